"""Information about the platform and the interpreter (pyrite's own
implementation of the platform API of Python 3.11).

The values describe what is really running: the interpreter fields come
from sys.implementation and sys.version, the system fields from os.uname(),
the C library from the loaded libc.  No subprocess is started, so
processor() is '' (what `uname -p` gives on most Linux systems)."""

import os
import sys
import functools
import itertools
import collections

__version__ = '1.0.8'

_IMPLEMENTATION_NAMES = {
    'cpython': 'CPython',
    'pypy': 'PyPy',
    'ironpython': 'IronPython',
    'jython': 'Jython',
}


# The interpreter.

def _parse_sys_version():
    # sys.version looks like "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]":
    # the version, then (build, date, time) and [compiler] when present.
    text = sys.version
    version = text.split()[0] if text.split() else ''
    build_no = build_date = compiler = ''
    open_at = text.find('(')
    close_at = text.find(')', open_at + 1)
    if open_at >= 0 and close_at > open_at:
        pieces = [p.strip() for p in text[open_at + 1:close_at].split(',')]
        build_no = pieces[0]
        build_date = ' '.join(p for p in pieces[1:] if p)
        rest = text[close_at + 1:]
    else:
        rest = text[len(version):]
    lb = rest.find('[')
    rb = rest.find(']', lb + 1)
    if lb >= 0 and rb > lb:
        compiler = rest[lb + 1:rb]
    return version, build_no, build_date, compiler


def python_implementation():
    """The implementation's name as it spells it: 'CPython', 'PyPy', ..."""
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name.capitalize())


def python_version():
    """'major.minor.patchlevel' (a release tag may follow, as in 3.12.0a1)."""
    return _parse_sys_version()[0]


def python_version_tuple():
    """python_version() as a tuple of strings."""
    parts = python_version().split('.')
    while len(parts) < 3:
        parts.append('0')
    return tuple(parts[:3])


def python_build():
    """(build number, build date) as sys.version states them."""
    _, number, date, _ = _parse_sys_version()
    return number, date


def python_compiler():
    """The compiler named in sys.version."""
    return _parse_sys_version()[3]


def _git_field(index):
    info = getattr(sys, '_git', None)
    if info is None:
        return ''
    return info[index]


def python_branch():
    return _git_field(1)


def python_revision():
    return _git_field(2)


# The system.

class uname_result(collections.namedtuple(
        "uname_result_base", "system node release version machine", module=__name__)):
    """System, node, release, version and machine as os.uname() gives them,
    plus processor (computed when first asked for)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @functools.cached_property
    def processor(self):
        return _processor()

    def __iter__(self):
        return itertools.chain(tuple.__iter__(self), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(self._fields)

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


def _processor():
    # CPython asks `uname -p`, which answers 'unknown' on most Linux
    # systems (shown as ''); pyrite starts no subprocess.
    return ''


_uname_cache = None


def uname():
    """The cached uname_result of this machine."""
    global _uname_cache
    if _uname_cache is None:
        info = os.uname()
        system, node, release, version, machine = (
            info.sysname, info.nodename, info.release, info.version, info.machine)
        _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """'Linux', 'Darwin', 'Windows', ... ('' when unknown)."""
    return uname().system


def node():
    """The network name of this computer ('' when unknown)."""
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    """The machine type, such as 'x86_64' ('' when unknown)."""
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    """Marketing names for some systems (SunOS 5 and later is Solaris);
    others are returned unchanged."""
    if system == 'SunOS' and release >= '5':
        major, dot, rest = release.partition('.')
        try:
            release = str(int(major) - 3) + dot + rest
        except ValueError:
            pass
        system = 'Solaris'
    elif system == 'IRIX64':
        system = 'IRIX'
        version = version + ' (64bit)' if version else '64bit'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


# Executables.

def _read_elf_class(path):
    try:
        with open(path, 'rb') as f:
            head = f.read(5)
    except OSError:
        return None
    if head[:4] != b'\x7fELF' or len(head) < 5:
        return None
    return {1: '32bit', 2: '64bit'}.get(head[4], '')


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of executable, read from its header: ('64bit', 'ELF')."""
    if not bits:
        bits = '%dbit' % ((sys.maxsize.bit_length() + 1))
    if executable:
        elf = _read_elf_class(executable)
        if elf is not None:
            return (elf or bits), 'ELF'
    return bits, linkage


def _libc_from_maps():
    # The C library this process has loaded, from /proc/self/maps.
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.rstrip('\n').split(None, 5)[-1]
                base = os.path.basename(path)
                if base.startswith('libc.so') or base.startswith('libc-'):
                    return path
    except OSError:
        pass
    return None


def _glibc_release(path):
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return None
    marker = b'release version '
    at = data.find(marker)
    if at < 0:
        return None
    end = at + len(marker)
    stop = end
    while stop < len(data) and data[stop:stop + 1] in b'0123456789.':
        stop += 1
    found = data[end:stop].decode('ascii').rstrip('.')
    return found or None


def _version_key(text):
    key = []
    for part in text.split('.'):
        key.append(int(part) if part.isdigit() else 0)
    return key


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library: the one this process runs on
    when executable is not given, else the newest glibc symbol version
    the executable refers to."""
    if not executable:
        confstr = getattr(os, 'confstr', None)
        if confstr is not None:
            try:
                parts = confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
            except (OSError, ValueError, AttributeError):
                parts = []
            if len(parts) == 2:
                return tuple(parts)
        path = _libc_from_maps()
        if path is not None:
            found = _glibc_release(path)
            if found:
                return 'glibc', found
        executable = sys.executable
        if not executable:
            return lib, version
    try:
        with open(os.path.realpath(executable), 'rb') as f:
            data = f.read()
    except OSError:
        return lib, version
    best = None
    start = 0
    while True:
        at = data.find(b'GLIBC_', start)
        if at < 0:
            break
        end = at + 6
        while end < len(data) and data[end:end + 1] in b'0123456789.':
            end += 1
        found = data[at + 6:end].decode('ascii').strip('.')
        if found and found[0].isdigit():
            if best is None or _version_key(found) > _version_key(best):
                best = found
        start = end
    if best is not None:
        return 'glibc', best
    return lib, version


def _join_platform(*parts):
    text = '-'.join(p.strip() for p in parts if p)
    for bad in ' /\\:;"()':
        text = text.replace(bad, '_' if bad == ' ' else '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One string describing the platform, such as
    'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    sysname, _node, rel, ver, mach, proc = uname()
    if mach == proc:
        proc = ''
    if aliased:
        sysname, rel, ver = system_alias(sysname, rel, ver)
    if sysname == 'Darwin':
        mac_release = mac_ver()[0]
        if mac_release:
            sysname, rel, mach = 'macOS', mac_release, mac_ver()[2]
    if sysname == 'Linux':
        # terse makes no difference here (as in CPython).
        name, found = libc_ver()
        text = _join_platform(sysname, rel, mach, proc, 'with', name + found)
    elif terse:
        text = _join_platform(sysname, rel)
    elif sysname == 'Windows':
        text = _join_platform(sysname, rel, ver)
    else:
        bits, link = architecture(sys.executable)
        text = _join_platform(sysname, rel, mach, proc, bits, link)
    _platform_cache[key] = text
    return text


# Other systems: empty answers on this one.

def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    if sys.platform == 'darwin':
        try:
            import plistlib
        except ImportError:
            return release, versioninfo, machine
        try:
            with open('/System/Library/CoreServices/SystemVersion.plist', 'rb') as f:
                info = plistlib.load(f)
        except OSError:
            return release, versioninfo, machine
        return info['ProductVersion'], versioninfo, os.uname().machine
    return release, versioninfo, machine


_os_release_info = None
_OS_RELEASE_FILES = ("/etc/os-release", "/usr/lib/os-release")


def _unquote_os_release(value):
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        inner = value[1:-1]
        out = []
        i = 0
        while i < len(inner):
            ch = inner[i]
            if ch == '\\' and i + 1 < len(inner) and inner[i + 1] in '\\$"\'`':
                out.append(inner[i + 1])
                i += 2
                continue
            out.append(ch)
            i += 1
        return ''.join(out)
    return value


def _parse_os_release(lines):
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        line = line.rstrip('\n')
        if not line or line.lstrip().startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if not key or not (key[0].isalpha() or key[0] == '_'):
            continue
        if not all(c.isalnum() or c == '_' for c in key) or not key.isascii():
            continue
        info[key] = _unquote_os_release(value.strip())
    return info


def freedesktop_os_release():
    """/etc/os-release (or /usr/lib/os-release) as a dict (OSError if neither
    can be read)."""
    global _os_release_info
    if _os_release_info is None:
        failure = None
        for candidate in _OS_RELEASE_FILES:
            try:
                with open(candidate, encoding='utf-8') as stream:
                    _os_release_info = _parse_os_release(stream)
                break
            except OSError as e:
                failure = e.errno
        else:
            raise OSError(failure, f"Unable to read files {', '.join(_OS_RELEASE_FILES)}")
    return _os_release_info.copy()
