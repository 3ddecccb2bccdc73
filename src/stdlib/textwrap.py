"""Text wrapping and filling: TextWrapper, wrap, fill, shorten, dedent, indent.

pyrite's own implementation in plain Python.  Words are split into chunks by
a hand-written scanner that follows CPython's rules (whitespace runs, words,
hyphenated-word breaks such as 'well-' + 'known', em-dashes '--').
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
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
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in '\t\n\x0b\x0c\r':
                text = text.replace(ch, ' ')
        return text

    def _split(self, text):
        return _split_chunks(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == ' ' and self._ends_sentence(chunk):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        # A lowercase letter, then . ! or ?, then an optional quote.
        if chunk and chunk[-1] in '"\'':
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?'
                and 'a' <= chunk[-2] <= 'z')

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or ((not chunks or (self.drop_whitespace and len(chunks) == 1
                                            and not chunks[0].strip()))
                            and cur_len <= width)):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of no
        more than 'self.width' columns, and return a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no more
        than 'self.width' columns, and return a new string containing the
        entire wrapped paragraph."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of spaces and tabs are normalised to empty."""
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[index] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            i = 0
            for a, b in zip(margin, indent):
                if a != b:
                    break
                i += 1
            margin = margin[:i]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True.  If 'predicate' is not provided, it
    will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters."""
    if predicate is None:
        predicate = str.strip
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
