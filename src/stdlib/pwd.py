"""pyrite's pwd: the Unix user account database, read from /etc/passwd
(name service switch sources such as LDAP are not consulted)."""

import _structseq

struct_passwd = _structseq.structseq_type(
    'pwd', 'struct_passwd',
    ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'), 7,
    'pwd.struct_passwd: one account of the user database, as the 7-tuple\n'
    '  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n'
    'or through attributes of those names.')

_DB = '/etc/passwd'


def _accounts():
    try:
        with open(_DB, encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        fields = line.split(':')
        if len(fields) != 7 or line.startswith(('#', '+', '-')):
            continue
        try:
            fields[2] = int(fields[2])
            fields[3] = int(fields[3])
        except ValueError:
            continue
        found.append(struct_passwd(fields))
    return found


def _id_arg(value, what):
    if not isinstance(value, int):
        try:
            value = value.__index__()
        except AttributeError:
            raise TypeError('%s should be integer, not %s' % (what, type(value).__name__)) from None
    return value


def getpwuid(uid):
    """The account whose user id is `uid` (KeyError if there is none)."""
    uid = _id_arg(uid, 'uid')
    if uid < 0 or uid > 0xFFFFFFFF:
        raise KeyError('getpwuid(): uid not found')
    for acc in _accounts():
        if acc.pw_uid == uid:
            return acc
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name):
    """The account called `name` (KeyError if there is none)."""
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    for acc in _accounts():
        if acc.pw_name == name:
            return acc
    raise KeyError('getpwnam(): name not found: %r' % (name,))


def getpwall():
    """Every account, in database order."""
    return _accounts()
