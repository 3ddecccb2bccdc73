# errno: the names and errorcode table match the OS errors raised by open/os.
import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EINVAL)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.EWOULDBLOCK == errno.EAGAIN)
print(errno.EDEADLK == errno.EDEADLOCK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(len(errno.errorcode), sorted(errno.errorcode)[:5], max(errno.errorcode))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))

try:
    open("/nonexistent/file")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])

try:
    os.mkdir("/")
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
