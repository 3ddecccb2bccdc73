"""Text wrapping and filling: TextWrapper, wrap, fill, shorten, dedent, indent.

pyrite's own implementation in plain Python.  Words are split into chunks by
a hand-written scanner that follows CPython's rules (whitespace runs, words,
hyphenated-word breaks such as 'well-' + 'known', em-dashes '--').
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# ASCII whitespace only, as CPython's textwrap (not str.isspace()).
_WS = frozenset(' \t\n\r\x0b\x0c')
_TO_SPACE = {ord(ch): ' ' for ch in _WS}
_WORD_PUNCT = frozenset('!"\'&.,?')


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return c.isalpha() or c == '_'


def _is_word_punct(c):
    return _is_word(c) or c in _WORD_PUNCT


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _hyphen_break(text, k):
    """True if a word may be split just after the hyphen at text[k]."""
    before = ((_letter_at(text, k - 2) and _letter_at(text, k - 1)) or
              (_letter_at(text, k - 3) and k >= 2 and text[k - 2] == '-'
               and _letter_at(text, k - 1)))
    if not before or not _letter_at(text, k + 1):
        return False
    if _letter_at(text, k + 2):
        return True
    return k + 2 < len(text) and text[k + 2] == '-' and _letter_at(text, k + 3)


def _em_dash_at(text, k):
    """Length of an em-dash ('--' or longer followed by a word char) at k."""
    j = k
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    if j - k >= 2 and j < n and _is_word(text[j]):
        return j - k
    return 0


def _split_chunks(text, break_on_hyphens):
    n = len(text)
    chunks = []
    i = 0
    while i < n:
        if text[i] in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if not break_on_hyphens:
            j = i + 1
            while j < n and text[j] not in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]):
            dash = _em_dash_at(text, i)
            if dash:
                chunks.append(text[i:i + dash])
                i += dash
                continue
        # A word chunk: the shortest run of non-space characters ending at a
        # hyphen break, before whitespace or the end, or before an em-dash.
        k = i + 1
        while True:
            if k >= n or text[k] in _WS:
                end = k
                break
            if text[k] == '-':
                if _hyphen_break(text, k):
                    end = k + 1
                    break
                if _is_word_punct(text[k - 1]) and _em_dash_at(text, k):
                    end = k
                    break
            k += 1
        chunks.append(text[i:end])
        i = end
    return chunks


class TextWrapper:
    """Wraps one paragraph at a time (wrap() -> lines, fill() -> string).

    Options are plain attributes; the underscore methods (_munge_whitespace,
    _split, _fix_sentence_endings, _handle_long_word, _wrap_chunks) are the
    steps of the algorithm and may be overridden by subclasses."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        options = dict(width=width, initial_indent=initial_indent,
                       subsequent_indent=subsequent_indent, expand_tabs=expand_tabs,
                       replace_whitespace=replace_whitespace,
                       fix_sentence_endings=fix_sentence_endings,
                       break_long_words=break_long_words, drop_whitespace=drop_whitespace,
                       break_on_hyphens=break_on_hyphens, tabsize=tabsize,
                       max_lines=max_lines, placeholder=placeholder)
        for name, value in options.items():
            setattr(self, name, value)

    # -- the steps ------------------------------------------------------------
    def _munge_whitespace(self, text):
        """Expand tabs, then turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        return text.translate(_TO_SPACE) if self.replace_whitespace else text

    def _split(self, text):
        return _split_chunks(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        """Widen the single space after a sentence end to two spaces."""
        pos = 0
        while pos + 1 < len(chunks):
            if chunks[pos + 1] == ' ' and _closes_sentence(chunks[pos]):
                chunks[pos + 1] = '  '
                pos += 2
            else:
                pos += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """The next chunk does not fit on any line: put as much of it as fits
        (preferably up to a hyphen) on the current line."""
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        room = width - cur_len if width >= 1 else 1
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        """Assemble chunks into lines; chunks is consumed."""
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            first = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
            if len(self.placeholder.lstrip()) + len(first) > self.width:
                raise ValueError('placeholder too large for max width')
        pending = chunks
        pending.reverse()           # the next chunk is at the end
        lines = []
        while pending:
            prefix = self.initial_indent if not lines else self.subsequent_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            line, used = self._fill_line(pending, room)
            if not line:
                continue
            if self._line_allowed(lines, pending, used, room):
                lines.append(prefix + ''.join(line))
            else:
                self._truncate(lines, line, used, room, prefix)
                break
        return lines

    # -- helpers of _wrap_chunks ------------------------------------------------
    def _fill_line(self, pending, room):
        line = []
        used = 0
        while pending and used + len(pending[-1]) <= room:
            used += len(pending[-1])
            line.append(pending.pop())
        if pending and len(pending[-1]) > room:
            self._handle_long_word(pending, line, used, room)
            used = sum([len(piece) for piece in line])
        if line and self.drop_whitespace and not line[-1].strip():
            used -= len(line.pop())
        return line, used

    def _line_allowed(self, lines, pending, used, room):
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        # The last permitted line: fine only if nothing (but dropped
        # whitespace) follows and it fits.
        rest_blank = not pending or (self.drop_whitespace and len(pending) == 1
                                     and not pending[0].strip())
        return rest_blank and used <= room

    def _truncate(self, lines, line, used, room, prefix):
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public API -------------------------------------------------------------
    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return '\n'.join(self.wrap(text))


def _closes_sentence(chunk):
    # A lowercase ASCII letter, '.', '!' or '?', then at most one quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph; return the list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph; return it as one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Squeeze runs of whitespace and cut text (ending with the placeholder)
    so that it fits on one line of the given width."""
    squeezed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squeezed)


def _common_prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


def dedent(text):
    """Strip the whitespace prefix that all non-blank lines share; lines of
    only spaces and tabs become empty."""
    rows = text.split('\n')
    shared = None
    for n, row in enumerate(rows):
        body = row.lstrip(' \t')
        if not body:
            rows[n] = ''
            continue
        lead = row[:len(row) - len(body)]
        shared = lead if shared is None else _common_prefix(shared, lead)
    if shared:
        rows = [row[len(shared):] for row in rows]
    return '\n'.join(rows)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text for which predicate(line) is
    true (by default: lines that are not empty or blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)
