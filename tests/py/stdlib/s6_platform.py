# platform: only values and relations that agree between interpreters.
import os
import sys
import platform

print(platform.system(), platform.machine())
u = platform.uname()
print(type(u).__name__, len(u), u._fields)
print(u.system == platform.system() == u[0], u.machine == platform.machine() == u[4])
osu = os.uname()
print(u.node == osu.nodename == platform.node(), u.release == osu.release == platform.release(),
      u.version == osu.version == platform.version())
print(list(u)[:5] == [osu.sysname, osu.nodename, osu.release, osu.version, osu.machine])
print(u.processor == platform.processor() == u[5] == u[-1], type(u.processor).__name__)
print(u[:2] == (osu.sysname, osu.nodename), platform.uname() is u)
print(repr(u).startswith("uname_result(system=%r, node=" % osu.sysname), "processor" in repr(u))
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(n) for n in sys.version_info[:3]))
name = platform.python_implementation()
print(type(name).__name__, name.lower() == sys.implementation.name)
build = platform.python_build()
print(type(build).__name__, len(build), all(isinstance(x, str) for x in build))
print(type(platform.python_compiler()).__name__, platform.python_compiler() in sys.version)
print(platform.python_branch() == platform.python_branch(), type(platform.python_revision()).__name__)
bits, linkage = platform.architecture()
print(bits, linkage, bits == "%dbit" % (sys.maxsize.bit_length() + 1))
lib, ver = platform.libc_ver()
print(lib, ver.count(".") >= 1, all(p.isdigit() for p in ver.split(".")))
p = platform.platform()
print(p.startswith("%s-%s" % (platform.system(), platform.release().replace(" ", "_"))),
      p.endswith("-with-%s%s" % (lib, ver)), platform.machine() in p)
print(platform.platform(terse=True) == p, platform.platform(aliased=True) == p)
print(platform.java_ver(), platform.win32_ver(), platform.mac_ver())
print(platform.win32_edition(), platform.win32_is_iot())
print(platform.system_alias("SunOS", "5.8", "v"), platform.system_alias("Linux", "6", "x"))
info = platform.freedesktop_os_release()
print(sorted(k for k in ("NAME", "ID", "PRETTY_NAME") if k in info))
print(info == platform.freedesktop_os_release(), info is not platform.freedesktop_os_release())
