"""Command-line option parsing in the style of C's getopt(): short options
(``-a``, ``-bvalue``, ``-b value``, clusters ``-abc``) and long options
(``--name``, ``--name=value``, unique prefixes accepted).

pyrite's own implementation, written from the documented behaviour.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A malformed command line: ``msg`` says why, ``opt`` names the option
    concerned ('' when none)."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse ``args`` (usually ``sys.argv[1:]``); stop at the first
    non-option.  Returns ``(options, remaining_args)`` where options is a
    list of ``(option, value)`` pairs."""
    longopts = _long_list(longopts)
    opts = []
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _take_long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _take_short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and non-options may be mixed (non-options
    are collected), unless shortopts starts with '+' or the environment
    variable POSIXLY_CORRECT is set."""
    longopts = _long_list(longopts)
    opts = []
    rest = []
    args = list(args)
    options_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        options_first = True
    while args:
        a = args[0]
        if a == '--':
            rest += args[1:]
            break
        if a[:2] == '--':
            opts, args = _take_long(opts, a[2:], longopts, args[1:])
        elif a[:1] == '-' and a != '-':
            opts, args = _take_short(opts, a[1:], shortopts, args[1:])
        elif options_first:
            rest += args
            break
        else:
            rest.append(a)
            args = args[1:]
    return opts, rest


def _take_long(opts, text, longopts, args):
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    needs_arg, name = _resolve_long(name, longopts)
    if needs_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def _resolve_long(name, longopts):
    """(takes_argument, full_name) of the long option ``name`` abbreviates."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _take_short(opts, cluster, shortopts, args):
    while cluster:
        ch, cluster = cluster[0], cluster[1:]
        if _short_takes_arg(ch, shortopts):
            if not cluster:
                if not args:
                    raise GetoptError('option -%s requires argument' % ch, ch)
                cluster, args = args[0], args[1:]
            value, cluster = cluster, ''
        else:
            value = ''
        opts.append(('-' + ch, value))
    return opts, args


def _short_takes_arg(ch, shortopts):
    i = shortopts.find(ch)
    if ch == ':' or i < 0:
        raise GetoptError('option -%s not recognized' % ch, ch)
    return shortopts[i + 1:i + 2] == ':'
