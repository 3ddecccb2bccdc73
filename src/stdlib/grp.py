"""pyrite's grp: the Unix group database, read from /etc/group (name
service switch sources such as LDAP are not consulted)."""

import _structseq

struct_group = _structseq.structseq_type(
    'grp', 'struct_group', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'), 4,
    'grp.struct_group: one group of the group database, as the 4-tuple\n'
    '  (gr_name,gr_passwd,gr_gid,gr_mem)\n'
    'or through attributes of those names.')

_DB = '/etc/group'


def _groups():
    try:
        with open(_DB, encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        fields = line.split(':')
        if len(fields) != 4 or line.startswith(('#', '+', '-')):
            continue
        try:
            gid = int(fields[2])
        except ValueError:
            continue
        members = [m for m in fields[3].split(',') if m]
        found.append(struct_group((fields[0], fields[1], gid, members)))
    return found


def getgrgid(id):
    """The group whose id is `id` (KeyError if there is none)."""
    if not isinstance(id, int):
        try:
            id = id.__index__()
        except AttributeError:
            raise TypeError('gid should be integer, not %s' % type(id).__name__) from None
    for g in _groups():
        if g.gr_gid == id:
            return g
    raise KeyError('getgrgid(): gid not found: %d' % id)


def getgrnam(name):
    """The group called `name` (KeyError if there is none)."""
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument must be str, not %s' % type(name).__name__)
    for g in _groups():
        if g.gr_name == name:
            return g
    raise KeyError('getgrnam(): name not found: %r' % (name,))


def getgrall():
    """Every group, in database order."""
    return _groups()
