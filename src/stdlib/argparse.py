"""pyrite's argparse: command-line parsing with generated usage and help.

Written for pyrite from the documented behaviour of Python 3.11's module and
its observed output (help layout, wrapping, error texts, exit status 2).

Layout of this file:
  * constants, Namespace and the repr helper;
  * HelpFormatter (+ the Raw*/ArgumentDefaults/MetavarType variants);
  * errors and Action classes, FileType;
  * _ActionsContainer (shared by parsers and groups), the groups;
  * ArgumentParser: the command-line scanner and the help/error output.

Matching a command line works like CPython's: every argument string is
classified as 'O' (an option), 'A' (an argument) or '-' (the '--' marker),
and each action's `nargs` becomes a small regular expression over that
string of letters, which says how many strings the action takes.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_LEFTOVER_ATTR = '_unrecognized_args'


def _(text):
    # Messages are not translated in pyrite.
    return text


def _ngettext(one, many, count):
    return one if count == 1 else many


# ------------------------------------------------------------ repr helper

class _AttributeHolder:
    """Gives `Name(arg, key=value, **{'odd-key': v})` reprs."""

    def __repr__(self):
        shown = [repr(a) for a in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            shown.append('**%r' % (odd,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return [*vars(self).items()]

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A plain object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for key, val in kwargs.items():
            setattr(self, key, val)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __contains__(self, key):
        return key in vars(self)

    __hash__ = None


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ------------------------------------------------------------ formatting

_ASCII_SPACE = '\t\n\x0b\x0c\r'


def _squash_spaces(text):
    # Runs of ASCII whitespace become one space; the ends are trimmed.
    for ch in _ASCII_SPACE:
        text = text.replace(ch, ' ')
    return ' '.join(w for w in text.split(' ') if w)


def _terminal_columns():
    try:
        cols = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        cols = 0
    if cols <= 0:
        try:
            cols = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
        except Exception:
            cols = 0
    return cols if cols > 0 else 80


def _usage_chunks(text):
    """Splits usage text into wrap units: a bracketed or parenthesised
    group reaching a run of closers followed by a blank or the end stays one
    unit; anything else splits at blanks."""
    units = []
    pos = 0
    size = len(text)
    while pos < size:
        if text[pos].isspace():
            pos += 1
            continue
        end = -1
        opener = text[pos]
        if opener in '[(':
            closer = ']' if opener == '[' else ')'
            k = pos + 1
            while k < size and text[k] != '\n':
                if text[k] == closer:
                    run = k
                    while run < size and text[run] == closer:
                        run += 1
                    if run == size or text[run].isspace():
                        end = run
                        break
                k += 1
        if end < 0:
            end = pos
            while end < size and not text[end].isspace():
                end += 1
        units.append(text[pos:end])
        pos = end
    return units


def _tidy_brackets(text):
    # "[ x" -> "[x", "x ]" -> "x]", and empty "[ ]"/"( )" pairs vanish.
    out = []
    k = 0
    while k < len(text):
        ch = text[k]
        if ch in '[(' and text[k + 1:k + 2] == ' ':
            out.append(ch)
            k += 2
        else:
            out.append(ch)
            k += 1
    text = ''.join(out)
    out = []
    k = 0
    while k < len(text):
        if text[k] == ' ' and text[k + 1:k + 2] in (']', ')'):
            out.append(text[k + 1])
            k += 2
        else:
            out.append(text[k])
            k += 1
    text = ''.join(out)
    out = []
    k = 0
    while k < len(text):
        if text[k] in '[(':
            j = k + 1
            while j < len(text) and text[j] == ' ':
                j += 1
            if j < len(text) and text[j] in '])':
                k = j + 1
                continue
        out.append(text[k])
        k += 1
    return ''.join(out).strip()


class _Block:
    """One section of a help text: a heading and the queued renderers."""

    def __init__(self, heading, parent):
        self.heading = heading
        self.parent = parent
        self.queue = []


class HelpFormatter:
    """Builds usage and help text.  Pieces are queued in nested blocks (one
    per section) and rendered only by format_help(), because the help column
    depends on the widest invocation of all the arguments."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        self._prog = prog
        self._width = (_terminal_columns() - 2) if width is None else width
        self._step = indent_increment
        self._help_col_cap = min(max_help_position,
                                 max(self._width - 20, 2 * indent_increment))
        self._current_indent = 0
        self._level = 0
        self._widest = 0
        self._block = _Block(None, None)

    def _indent(self):
        self._level += 1
        self._current_indent = self._current_indent + self._step

    def _dedent(self):
        self._level -= 1
        self._current_indent = self._current_indent - self._step
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')

    def _add_item(self, func, args):
        self._block.queue.append((func, args))

    def _render_block(self, block):
        if block.parent is not None:
            self._indent()
        body = self._join_parts([func(*args) for func, args in block.queue])
        if block.parent is not None:
            self._dedent()
        if not body:
            return ''
        head = block.heading
        title = '' if head is None or head is SUPPRESS else (
            ' ' * self._current_indent + head + ':\n')
        return self._join_parts(['\n', title, body, '\n'])

    # -- the building API

    def start_section(self, heading):
        self._indent()
        inner = _Block(heading, self._block)
        self._add_item(self._render_block, [inner])
        self._block = inner

    def end_section(self):
        self._dedent()
        self._block = self._block.parent

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, (text,))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help == SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action))]
        lengths.extend(len(self._format_action_invocation(sub))
                       for sub in self._iter_indented_subactions(action))
        # measured at the indentation the help line will be printed with
        self._widest = max(self._widest, max(lengths) + self._current_indent)
        self._add_item(self._format_action, (action,))

    def add_arguments(self, actions):
        for one in actions:
            self.add_argument(one)

    def format_help(self):
        text = self._render_block(self._block)
        if not text:
            return text
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    # -- usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        names = {'prog': self._prog}
        prog = '%(prog)s' % names
        if usage is not None:
            usage = usage % names
        elif not actions:
            usage = prog
        else:
            opts = [a for a in actions if a.option_strings]
            poss = [a for a in actions if not a.option_strings]
            whole = self._format_actions_usage(opts + poss, groups)
            usage = ' '.join(s for s in (prog, whole) if s)
            room = self._width - self._current_indent
            if len(prefix) + len(usage) > room:
                usage = self._wrapped_usage(prog, prefix, room,
                                            self._format_actions_usage(opts, groups),
                                            self._format_actions_usage(poss, groups))
        return prefix + usage + '\n\n'

    def _wrapped_usage(self, prog, prefix, room, opt_text, pos_text):
        opt_units = _usage_chunks(opt_text)
        pos_units = _usage_chunks(pos_text)
        # CPython asserts that the units rebuild the text (it fails, e.g.,
        # for an empty "[ ]" pair left by a fully hidden group)
        if ' '.join(opt_units) != opt_text or ' '.join(pos_units) != pos_text:
            raise AssertionError

        def fill(units, pad, first_prefix=None):
            rows = []
            row = []
            used = len(first_prefix if first_prefix is not None else pad) - 1
            for unit in units:
                if row and used + 1 + len(unit) > room:
                    rows.append(pad + ' '.join(row))
                    row = []
                    used = len(pad) - 1
                row.append(unit)
                used += len(unit) + 1
            if row:
                rows.append(pad + ' '.join(row))
            if first_prefix is not None:
                rows[0] = rows[0][len(pad):]
            return rows

        if len(prefix) + len(prog) <= 0.75 * room:
            # continuation lines line up after "usage: prog "
            pad = ' ' * (len(prefix) + len(prog) + 1)
            if opt_units:
                rows = fill([prog] + opt_units, pad, prefix)
                rows.extend(fill(pos_units, pad))
            elif pos_units:
                rows = fill([prog] + pos_units, pad, prefix)
            else:
                rows = [prog]
        else:
            # a long prog name gets a line of its own
            pad = ' ' * len(prefix)
            rows = fill(opt_units + pos_units, pad)
            if len(rows) > 1:
                rows = fill(opt_units, pad) + fill(pos_units, pad)
            rows = [prog] + rows
        return '\n'.join(rows)

    def _format_actions_usage(self, actions, groups):
        grouped = set()
        marks = {}

        def mark(at, text, joiner):
            # an opener meeting a closer at the same slot gets a blank
            marks[at] = marks[at] + joiner + text if at in marks else text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            try:
                first = actions.index(members[0])
            except ValueError:
                continue
            last = first + len(members)
            if actions[first:last] != members:
                continue
            shown = 0
            for member in members:
                grouped.add(member)
                if member.help is not SUPPRESS:
                    shown += 1
            if not group.required:
                mark(first, '[', ' ')
                mark(last, ']', '')
            elif shown > 1:
                mark(first, '(', ' ')
                mark(last, ')', '')
            for k in range(first + 1, last):
                marks[k] = '|'

        pieces = []
        for k, action in enumerate(actions):
            hidden = action.help is SUPPRESS
            if hidden:
                # a hidden member takes one '|' with it
                pieces.append(None)
                for at in (k, k + 1):
                    if marks.get(at) == '|':
                        del marks[at]
                        break
            elif len(action.option_strings) == 0:
                text = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and text[:1] == '[' and text[-1:] == ']':
                    text = text[1:-1]
                pieces.append(text)
            else:
                if action.nargs == 0:
                    text = action.format_usage()
                else:
                    text = '%s %s' % (action.option_strings[0], self._format_args(
                        action, self._get_default_metavar_for_optional(action)))
                if not action.required and action not in grouped:
                    text = '[%s]' % text
                pieces.append(text)
        for at in sorted(marks, reverse=True):
            pieces[at:at] = [marks[at]]
        return _tidy_brackets(' '.join(p for p in pieces if p is not None))

    # -- text and actions

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_col = min(self._widest + 2, self._help_col_cap)
        help_width = max(self._width - help_col, 11)
        name_width = help_col - self._current_indent - 2
        lead = ' ' * self._current_indent
        header = self._format_action_invocation(action)
        first_pad = 0
        if not action.help:
            header = lead + header + '\n'
        elif len(header) <= name_width:
            header = lead + header.ljust(name_width) + '  '
        else:
            header = lead + header + '\n'
            first_pad = help_col
        pieces = [header]
        wording = action.help.strip() if action.help else ''
        if wording:
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                pieces.append(' ' * first_pad + lines[0] + '\n')
                pieces.extend(' ' * help_col + line + '\n' for line in lines[1:])
        elif header[-1:] != '\n':
            pieces.append('\n')
        pieces.extend(self._format_action(sub)
                      for sub in self._iter_indented_subactions(action))
        return self._join_parts(pieces)

    def _format_action_invocation(self, action):
        opts = action.option_strings
        if opts:
            if action.nargs == 0:
                return ', '.join(opts)
            shape = self._format_args(action, self._get_default_metavar_for_optional(action))
            return ', '.join([opt + ' ' + shape for opt in opts])
        # a positional shows its single metavar
        only, = self._metavar_formatter(
            action, self._get_default_metavar_for_positional(action))(1)
        return only

    def _metavar_formatter(self, action, default_metavar):
        name = action.metavar
        if name is None:
            options = action.choices
            name = default_metavar if options is None else (
                '{' + ','.join(map(str, options)) + '}')

        def shaped(count):
            return name if isinstance(name, tuple) else (name,) * count
        return shaped

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        n = action.nargs
        if n is None:
            return '%s' % names(1)
        if n == OPTIONAL:
            return '[%s]' % names(1)
        if n == ZERO_OR_MORE:
            got = names(1)
            if len(got) == 2:
                return '[%s [%s ...]]' % got
            return '[%s ...]' % got
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if n == REMAINDER:
            return '...'
        if n == PARSER:
            return '%s ...' % names(1)
        if n == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * n
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(slots) % names(n)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key in list(values):
            if hasattr(values[key], '__name__'):
                values[key] = values[key].__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(c) for c in values['choices'])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        try:
            subs = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from subs()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squash_spaces(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squash_spaces(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        dest = action.dest
        return dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + piece for piece in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text (argument help too) as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to argument help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return _type_name(action)

    def _get_default_metavar_for_positional(self, action):
        return _type_name(action)


def _type_name(action):
    converter = action.type
    return converter.__name__


# ------------------------------------------------------------ errors

def _get_action_name(argument):
    """The name error messages use for an argument (or None)."""
    if argument is None:
        return None
    opts = argument.option_strings
    if opts:
        return '/'.join(opts)
    for name in (argument.metavar, argument.dest):
        if name is not None and name is not SUPPRESS:
            return name
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument (its name is put in front of the message)."""

    def __init__(self, argument, message):
        who = _get_action_name(argument)
        self.argument_name, self.message = who, message

    def __str__(self):
        who = self.argument_name
        return self.message if who is None else 'argument %s: %s' % (who, self.message)


class ArgumentTypeError(Exception):
    """Raised by type= converters to report a bad value with their own text."""


# ------------------------------------------------------------ actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default',
                  'type', 'choices', 'required', 'help', 'metavar')


def _assign(namespace, action, value):
    setattr(namespace, action.dest, value)


def _grown(namespace, action, extra, many):
    # append/extend never mutate a list they did not create (defaults!)
    items = _copy_items(getattr(namespace, action.dest, None))
    if many:
        items.extend(extra)
    else:
        items.append(extra)
    _assign(namespace, action, items)


def _check_value_nargs(nargs, const, zero_message):
    if nargs == 0:
        raise ValueError(zero_message)
    if nargs != OPTIONAL and const is not None:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class Action(_AttributeHolder):
    """What to do with the strings that one argument matched."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices,
                 required, help, metavar)
        for field, value in zip(_ACTION_FIELDS, given):
            setattr(self, field, value)

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        first = self.option_strings[0]
        return first

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        both = []
        for opt in option_strings:
            both.append(opt)
            if opt[:2] == '--':
                both.append('--no-' + opt[2:])
        super().__init__(both, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        _assign(namespace, self, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(list(self.option_strings))


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_nargs(nargs, const,
                           'nargs for store actions must be != 0; if you '
                           'have nothing to store, actions such as store '
                           'true or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _assign(namespace, self, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        _assign(namespace, self, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _check_value_nargs(nargs, const,
                           'nargs for append actions must be != 0; if arg '
                           'strings are not supplying the value to append, '
                           'the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type,
                         choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grown(namespace, self, values, False)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const,
                         default=default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grown(namespace, self, self.const, False)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        _assign(namespace, self, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            label = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            super().__init__([], name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._cmd_prefix = prog
        self._make_parser = parser_class
        # name (or alias) -> parser; also the action's `choices`
        # and the pseudo-actions listed under it in the help
        self._name_parser_map, self._choices_actions = {}, []
        super().__init__(option_strings, dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog', None) is None:
            kwargs['prog'] = self._cmd_prefix + ' ' + name
        aliases = tuple(kwargs.pop('aliases', ()))
        known = self._name_parser_map
        if name in known:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in known:
                raise ArgumentError(self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            entry = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(entry)
        made = self._make_parser(**kwargs)
        for key in (name,) + aliases:
            known[key] = made
        return made

    def _get_subactions(self):
        return list(self._choices_actions)

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest != SUPPRESS:
            _assign(namespace, self, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            msg = _('unknown parser %(parser_name)r (choices: %(choices)s)') % {
                'parser_name': name, 'choices': ', '.join(self._name_parser_map)}
            raise ArgumentError(self, msg) from None
        # The sub-parser fills its own namespace; its values override ours.
        sub_ns, rest = chosen.parse_known_args(rest, None)
        for attr, got in vars(sub_ns).items():
            setattr(namespace, attr, got)
        if rest:
            leftovers = vars(namespace).setdefault(_LEFTOVER_ATTR, [])
            leftovers.extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        _grown(namespace, self, values, True)


class FileType:
    """type= factory opening the named file ('-' is stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._how = (mode, bufsize, encoding, errors)

    def __call__(self, string):
        mode, bufsize, encoding, errors = self._how
        binary = 'b' in mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif any(c in mode for c in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError(_('argument "-" with mode %r') % mode)
            return stream.buffer if binary else stream
        try:
            return open(string, mode, bufsize, encoding, errors)
        except OSError as exc:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': exc})

    def __repr__(self):
        mode, bufsize, encoding, errors = self._how
        shown = [repr(a) for a in (mode, bufsize) if a != -1]
        shown += ['%s=%r' % kv for kv in (('encoding', encoding), ('errors', errors))
                  if kv[1] is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ------------------------------------------------------------ containers

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')

_ACTION_NAMES = {
    None: _StoreAction, 'store': _StoreAction,
    'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction,
    'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


def _identity(string):
    return string


class _ActionsContainer:
    """What parsers and argument groups share: add_argument and friends.
    A group shares the parser's tables (see _ArgumentGroup)."""

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registries = {'action': dict(_ACTION_NAMES)}
        self._get_handler()          # refuse unknown conflict handlers now
        self._actions = []           # every action, in the order added
        self._option_string_actions = {}   # '-x' / '--xx' -> action
        self._action_groups, self._mutually_exclusive_groups = [], []
        self._defaults = {}          # set_defaults() values
        self._negative_number_matcher = _NEGATIVE_NUMBER
        # non-empty once an option looks like a negative number ('-1')
        self._has_negative_number_optionals = list()

    def register(self, registry_name, value, object):
        table = self._registries.setdefault(registry_name, {})
        table[value] = object

    def _registry_get(self, registry_name, value, default=None):
        table = self._registries[registry_name]
        return table.get(value, default)

    def set_defaults(self, **kwargs):
        for dest, value in kwargs.items():
            self._defaults[dest] = value
        for act in self._actions:
            if act.dest in kwargs:
                act.default = kwargs[act.dest]

    def get_default(self, dest):
        for act in self._actions:
            if act.dest == dest and act.default is not None:
                return act.default
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ...) or add_argument('-o', '--option', ...)"""
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if 'dest' in kwargs and args:
                raise ValueError('dest supplied twice for positional argument')
            spec = self._positional_spec(*args, **kwargs)
        else:
            spec = self._optional_spec(*args, **kwargs)
        if 'default' not in spec:
            if spec['dest'] in self._defaults:
                spec['default'] = self._defaults[spec['dest']]
            elif self.argument_default is None:
                pass
            else:
                spec['default'] = self.argument_default
        cls = self._registry_get('action', spec.get('action'), spec.get('action'))
        spec.pop('action', None)
        if not callable(cls):
            raise ValueError('unknown action "%s"' % (cls,))
        action = cls(**spec)
        conv = self._registry_get('type', action.type, action.type)
        if not callable(conv):
            raise ValueError('%r is not callable' % (conv,))
        if conv is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (conv,))
        # parsers (not groups) check now that a metavar tuple fits nargs
        make_formatter = getattr(self, '_get_formatter', None)
        if make_formatter is not None:
            try:
                make_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        added = self._add_action(action)
        return added

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)     # may raise, or take strings away
        action.container = self
        self._actions += [action]
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
            if (self._negative_number_matcher.match(opt)
                    and not self._has_negative_number_optionals):
                self._has_negative_number_optionals[:] = [True]
        return action

    def _remove_action(self, action):
        del self._actions[self._actions.index(action)]

    def _add_container_actions(self, container):
        # parents=[...]: copy the parent's actions into same-titled groups
        by_title = {}
        for mine in self._action_groups:
            if mine.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r')
                                 % (mine.title,))
            by_title[mine.title] = mine
        target = {}
        for theirs in container._action_groups:
            if theirs.title not in by_title:
                by_title[theirs.title] = self.add_argument_group(
                    title=theirs.title, description=theirs.description,
                    conflict_handler=theirs.conflict_handler)
            for act in theirs._group_actions:
                target[act] = by_title[theirs.title]
        for theirs in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=theirs.required)
            for act in theirs._group_actions:
                target[act] = twin
        for act in container._actions:
            target.get(act, self)._add_action(act)

    def _positional_spec(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # only '?' and '*' with a default may be left out
        optional = nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in kwargs)
        if not optional:
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _optional_spec(self, *args, **kwargs):
        marks = self.prefix_chars
        for opt in args:
            if opt[0] not in marks:
                raise ValueError(
                    _('invalid option string %(option)r: must start with a '
                      'character %(prefix_chars)r')
                    % {'option': opt, 'prefix_chars': marks})
        dest = kwargs.pop('dest') if 'dest' in kwargs else None
        if dest is None:
            # the first long option names the attribute, else the first one
            longs = [o for o in args if len(o) > 1 and o[1] in marks]
            bare = (longs or list(args))[0].lstrip(marks)
            if not bare:
                raise ValueError(_('dest= is required for options like %r') % args[-1])
            dest = bare.replace('-', '_')
        kwargs.update(dest=dest, option_strings=list(args))
        return kwargs

    def _get_handler(self):
        try:
            return getattr(self, '_handle_conflict_' + self.conflict_handler)
        except AttributeError:
            raise ValueError(_('invalid conflict_resolution value: %r')
                             % self.conflict_handler)

    def _check_conflict(self, action):
        taken = self._option_string_actions
        clashes = [(o, taken[o]) for o in action.option_strings if o in taken]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        msg = _ngettext('conflicting option string: %s',
                        'conflicting option strings: %s',
                        len(conflicting_actions))
        raise ArgumentError(action, msg % ', '.join(o for o, _a in conflicting_actions))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # the newer action wins: the older one loses those strings
        for opt, older in conflicting_actions:
            older.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # everything but the group's own action list is the container's
        for shared in ('_registries', '_actions', '_option_string_actions',
                       '_defaults', '_has_negative_number_optionals',
                       '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        added = super()._add_action(action)
        self._group_actions.append(added)
        return added

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.',
                      DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)

    def _remove_action(self, action):
        super()._remove_action(action)
        mine = self._group_actions
        del mine[mine.index(action)]


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self._container, self.required = container, required

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)

    def _remove_action(self, action):
        mine = self._group_actions
        del mine[mine.index(action)]
        owner = self._container
        owner._remove_action(action)


# ------------------------------------------------------------ the parser

# How many 'A'/'O'/'-' letters each nargs value may consume, as a regular
# expression; '-' letters are allowed only for positionals.
_NARGS_SHAPES = {
    None: '-*A-*',
    OPTIONAL: '-*A?-*',
    ZERO_OR_MORE: '-*[A-]*',
    ONE_OR_MORE: '-*A[A-]*',
    REMAINDER: '[-AO]*',
    PARSER: '-*A[-AO]*',
    SUPPRESS: '-*-*',
}


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Converts a command line into a Namespace; see the argparse docs."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default,
                         conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class, self.add_help = formatter_class, add_help
        self.fromfile_prefix_chars, self.allow_abbrev = fromfile_prefix_chars, allow_abbrev
        self.exit_on_error = exit_on_error   # False: ArgumentError propagates
        # the two default sections of the help
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, _identity)
        if add_help:
            dash = prefix_chars[0] if '-' not in prefix_chars else '-'
            self.add_argument(dash + 'h', dash + dash + 'help', action='help',
                              default=SUPPRESS,
                              help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)   # parents' actions are shared
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        shown = ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')
        return [(key, getattr(self, key)) for key in shown]

    # -- building

    def add_subparsers(self, **kwargs):
        if self._subparsers is None:
            pass
        else:
            self.error(_('cannot have multiple subparser arguments'))
        if 'parser_class' not in kwargs:
            kwargs['parser_class'] = type(self)
        if any(key in kwargs for key in ('title', 'description')):
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', _('subcommands')), kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals   # listed with the positionals
        if kwargs.get('prog', None) is None:
            # "prog" of the sub-commands: our prog plus the positionals
            # that come before them
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        cls = self._registry_get('action', kind, kind)
        made = cls(option_strings=[], **kwargs)
        self._subparsers._add_action(made)
        return made

    def _add_action(self, action):
        section = self._optionals if action.option_strings else self._positionals
        section._add_action(action)
        return action

    def _get_optional_actions(self):
        return [act for act in self._actions if act.option_strings]

    def _get_positional_actions(self):
        return [act for act in self._actions if not act.option_strings]

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        result, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return result

    def parse_known_args(self, args=None, namespace=None):
        strings = list(_sys.argv[1:] if args is None else args)
        ns = Namespace() if namespace is None else namespace
        # defaults first, without overwriting what the namespace has
        for act in self._actions:
            if act.dest is SUPPRESS or act.default is SUPPRESS:
                continue
            if not hasattr(ns, act.dest):
                setattr(ns, act.dest, act.default)
        for dest, dflt in self._defaults.items():
            if not hasattr(ns, dest):
                setattr(ns, dest, dflt)
        if not self.exit_on_error:
            ns, strings = self._parse_known_args(strings, ns)
        else:
            try:
                ns, strings = self._parse_known_args(strings, ns)
            except ArgumentError as problem:
                self.error(str(problem))
        # strings that sub-parsers did not recognise
        pending = vars(ns).pop(_LEFTOVER_ATTR, None)
        if pending is not None:
            strings.extend(pending)
        return ns, strings

    def _parse_known_args(self, arg_strings, namespace):
        strings = arg_strings
        if self.fromfile_prefix_chars:
            strings = self._read_args_from_files(strings)

        # action -> the actions it may not be combined with
        rivals = {}
        for mutex in self._mutually_exclusive_groups:
            members = mutex._group_actions
            for k, member in enumerate(members):
                rivals.setdefault(member, []).extend(members[:k] + members[k + 1:])

        # Classify every string: 'O' option, 'A' argument, '-' for '--'
        # (everything after the first '--' is an argument).
        options_at = {}
        letters = []
        marker_seen = False
        for k, text in enumerate(strings):
            if marker_seen:
                letters.append('A')
            elif text == '--':
                letters.append('-')
                marker_seen = True
            else:
                found = self._parse_optional(text)
                if found is not None:
                    options_at[k] = found
                letters.append('A' if found is None else 'O')
        shape = ''.join(letters)

        seen = set()
        seen_explicit = set()
        extras = []

        def run_action(action, taken, option_string=None):
            seen.add(action)
            value = self._get_values(action, taken)
            # a value identical to the default does not count as "given"
            # for mutual exclusion
            if value is not action.default:
                seen_explicit.add(action)
                clash = [o for o in rivals.get(action, ()) if o in seen_explicit]
                if clash:
                    raise ArgumentError(action, _('not allowed with argument %s')
                                        % _get_action_name(clash[0]))
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        def take_option(at):
            action, opt, attached = options_at[at]
            todo = []
            while True:
                if action is None:
                    extras.append(strings[at])
                    return at + 1
                if attached is None:
                    first = at + 1
                    count = self._match_argument(action, shape[first:])
                    todo.append((action, strings[first:first + count], opt))
                    end = first + count
                    break
                count = self._match_argument(action, 'A')
                if (count == 0 and opt[1] not in self.prefix_chars
                        and attached != ''):
                    # "-xyz": -x takes nothing, so "-y" is the next flag
                    todo.append((action, [], opt))
                    opt = opt[0] + attached[0]
                    follower = self._option_string_actions.get(opt)
                    if follower is None:
                        raise ArgumentError(action, _('ignored explicit argument %r')
                                            % attached)
                    action, attached = follower, (attached[1:] or None)
                elif count == 1:
                    todo.append((action, [attached], opt))
                    end = at + 1
                    break
                else:
                    raise ArgumentError(action, _('ignored explicit argument %r')
                                        % attached)
            for step in todo:
                run_action(*step)
            return end

        waiting = self._get_positional_actions()

        def take_positionals(at):
            counts = self._match_arguments_partial(waiting, shape[at:])
            for action, count in zip(waiting, counts):
                run_action(action, strings[at:at + count])
                at += count
            del waiting[:len(counts)]
            return at

        pos = 0
        last_option = max(options_at, default=-1)
        while pos <= last_option:
            next_option = min(k for k in options_at if k >= pos)
            if pos < next_option:
                moved_to = take_positionals(pos)
                if moved_to > pos:
                    pos = moved_to
                    continue
            if pos not in options_at:
                # arguments no positional wanted, before the next option
                extras.extend(strings[pos:next_option])
                pos = next_option
            pos = take_option(pos)
        pos = take_positionals(pos)
        extras.extend(strings[pos:])

        missing = []
        for act in self._actions:
            if act in seen:
                continue
            if act.required:
                missing.append(_get_action_name(act))
                continue
            dflt = act.default
            # string defaults go through type= as if given on the line
            if (isinstance(dflt, str) and hasattr(namespace, act.dest)
                    and getattr(namespace, act.dest) is dflt):
                converted = self._get_value(act, dflt)
                setattr(namespace, act.dest, converted)
        if missing:
            self.error(_('the following arguments are required: %s')
                       % ', '.join(missing))
        for mutex in self._mutually_exclusive_groups:
            if not mutex.required:
                continue
            if any(a in seen_explicit for a in mutex._group_actions):
                continue
            names = [_get_action_name(a) for a in mutex._group_actions
                     if a.help is not SUPPRESS]
            self.error(_('one of the arguments %s is required') % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for text in arg_strings:
            if text == '' or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:]) as handle:
                    lines = handle.read().splitlines()
            except OSError as err:
                self.error(str(err))
            else:
                found = [piece for line in lines
                         for piece in self.convert_arg_line_to_args(line)]
                expanded.extend(self._read_args_from_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        n = action.nargs
        if n is None:
            msg = _('expected one argument')
        elif n == OPTIONAL:
            msg = _('expected at most one argument')
        elif n == ONE_OR_MORE:
            msg = _('expected at least one argument')
        else:
            msg = _ngettext('expected %s argument', 'expected %s arguments', n) % n
        raise ArgumentError(action, msg) from None

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # the longest prefix of `actions` that can all be satisfied
        for upto in range(len(actions), 0, -1):
            regex = ''.join(self._get_nargs_pattern(a) for a in actions[:upto])
            found = _re.match(regex, arg_strings_pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _get_nargs_pattern(self, action):
        n = action.nargs
        if n in _NARGS_SHAPES:
            body = _NARGS_SHAPES[n]
        else:
            body = '-*' + '-*'.join('A' * n) + '-*'
        if action.option_strings:
            # options never take '--' or what follows it
            body = body.replace('-*', '').replace('-', '')
        return '(' + body + ')'

    def _parse_optional(self, arg_string):
        """(action, option string, attached value) for an option-looking
        string; (None, string, None) for an unknown option; None for an
        argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if arg_string in table:
            return table[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            opt, attached = arg_string.split('=', 1)
            if opt in table:
                return table[opt], opt, attached
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            self.error(_('ambiguous option: %(option)s could match %(matches)s') % {
                'option': arg_string,
                'matches': ', '.join(c[1] for c in candidates)})
        if len(candidates) == 1:
            return candidates[0]
        # '-5' is a number unless the parser has options that look like one
        looks_negative = self._negative_number_matcher.match(arg_string)
        if looks_negative and not self._has_negative_number_optionals:
            return None
        return None if ' ' in arg_string else (None, arg_string, None)

    def _get_option_tuples(self, option_string):
        found = []
        marks = self.prefix_chars
        if option_string[0] not in marks:
            self.error(_('unexpected option string: %s') % option_string)
        elif option_string[1] in marks:
            if self.allow_abbrev:
                prefix, eq, attached = option_string.partition('=')
                attached = attached if eq else None
                for known, action in self._option_string_actions.items():
                    if known.startswith(prefix):
                        found.append((action, known, attached))
        else:
            short, short_rest = option_string[:2], option_string[2:]
            for known, action in self._option_string_actions.items():
                if known == short:
                    found.append((action, known, short_rest))
                elif known.startswith(option_string):
                    found.append((action, known, None))
        return found

    def _get_values(self, action, arg_strings):
        n = action.nargs
        if n not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        is_option = bool(action.option_strings)
        if not arg_strings and n == OPTIONAL:
            result = action.const if is_option else action.default
            if isinstance(result, str):
                result = self._get_value(action, result)
                self._check_value(action, result)
            return result
        if not arg_strings and n == ZERO_OR_MORE and not is_option:
            result = arg_strings if action.default is None else action.default
            self._check_value(action, result)
            return result
        if len(arg_strings) == 1 and n in (None, OPTIONAL):
            result = self._get_value(action, arg_strings[0])
            self._check_value(action, result)
            return result
        if n == SUPPRESS:
            return SUPPRESS
        result = [self._get_value(action, s) for s in arg_strings]
        if n == PARSER:
            self._check_value(action, result[0])
        elif n != REMAINDER:
            for item in result:
                self._check_value(action, item)
        return result

    def _get_value(self, action, arg_string):
        conv = self._registry_get('type', action.type, action.type)
        if not callable(conv):
            raise ArgumentError(action, _('%r is not callable') % (conv,))
        try:
            return conv(arg_string)
        except ArgumentTypeError as problem:
            raise ArgumentError(action, str(problem))
        except (ValueError, TypeError):
            label = getattr(action.type, '__name__', None)
            if label is None:
                label = repr(action.type)
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': label, 'value': arg_string})

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is None or value in allowed:
            return
        raise ArgumentError(action, _('invalid choice: %(value)r (choose from %(choices)s)') % {
            'value': value, 'choices': ', '.join([repr(c) for c in allowed])})

    # -- output

    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for section in self._action_groups:
            fmt.start_section(section.title)
            fmt.add_text(section.description)
            fmt.add_arguments(section._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        make = self.formatter_class
        return make(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        out = file if file else _sys.stderr
        try:
            out.write(message)
        except (OSError, AttributeError):
            pass     # a closed or missing stream: nothing to report to

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, file=_sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and 'prog: error: message' to stderr, exits 2."""
        err = _sys.stderr
        self.print_usage(err)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})

    def parse_intermixed_args(self, args=None, namespace=None):
        result, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return result

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # First pass: options only (positionals switched off); second
        # pass: the strings left over go to the positionals.
        pos_actions = self._get_positional_actions()
        unsupported = [a.nargs for a in pos_actions if a.nargs in (PARSER, REMAINDER)]
        if unsupported:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                            % unsupported[0])
        for mutex in self._mutually_exclusive_groups:
            if any(a in pos_actions for a in mutex._group_actions):
                raise TypeError('parse_intermixed_args: positional in'
                                ' mutuallyExclusiveGroup')
        own_usage = self.usage
        try:
            if own_usage is None:
                # keep the full usage for errors raised in either pass
                self.usage = self.format_usage()[len('usage: '):]
            remembered = [(a, a.nargs, a.default) for a in pos_actions]
            for act in pos_actions:
                act.nargs = act.default = SUPPRESS
            try:
                namespace, rest = self.parse_known_args(args, namespace)
            finally:
                for act, nargs, dflt in remembered:
                    act.nargs, act.default = nargs, dflt
            switched = self._get_optional_actions() + self._mutually_exclusive_groups
            was_required = [(obj, obj.required) for obj in switched]
            for obj in switched:
                obj.required = False
            try:
                namespace, leftover = self.parse_known_args(rest, namespace)
            finally:
                for obj, flag in was_required:
                    obj.required = flag
        finally:
            self.usage = own_usage
        return namespace, leftover
