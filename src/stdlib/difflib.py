"""pyrite's difflib: sequence comparison (SequenceMatcher), line deltas
(Differ, ndiff, restore), unified and context diffs, get_close_matches.

Written for pyrite from the documented behaviour of Python 3.11's module.
The matcher is the Ratcliff/Obershelp "gestalt" algorithm with the junk and
popularity heuristics the documentation describes, so the blocks, opcodes and
ratios it yields agree with CPython's.
"""

from collections import namedtuple as _namedtuple
import heapq as _heapq

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matched, total):
    # 2*M/T, with two empty sequences counting as identical.
    return 2.0 * matched / total if total else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements (see the difflib docs)."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def _forget(self):
        # results cached for the current pair of sequences
        self.matching_blocks = None
        self.opcodes = None

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self._forget()

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self._forget()
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Where each element of b occurs, minus junk and (for long b)
        # "popular" elements that occur in more than 1% of the positions.
        where = {}
        for pos, item in enumerate(self.b):
            slot = where.get(item)
            if slot is None:
                where[item] = [pos]
            else:
                slot.append(pos)
        junk = set()
        if self.isjunk is not None:
            for item in list(where):
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                del where[item]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for item, places in list(where.items()):
                if len(places) > limit:
                    popular.add(item)
            for item in popular:
                del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        start_a, start_b, length = alo, blo, 0
        # run_end[j] = length of the match of a[..i] and b[..j] ending at j
        run_end = {}
        for i in range(alo, ahi):
            current = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                run = run_end.get(j - 1, 0) + 1
                current[j] = run
                if run > length:
                    start_a, start_b, length = i - run + 1, j - run + 1, run
            run_end = current
        # Grow the core match over equal non-junk elements (popular ones
        # were left out of b2j), then over equal junk.
        for want_junk in (False, True):
            while (start_a > alo and start_b > blo
                   and (b[start_b - 1] in junk) == want_junk
                   and a[start_a - 1] == b[start_b - 1]):
                start_a -= 1
                start_b -= 1
                length += 1
            while (start_a + length < ahi and start_b + length < bhi
                   and (b[start_b + length] in junk) == want_junk
                   and a[start_a + length] == b[start_b + length]):
                length += 1
        return Match(start_a, start_b, length)

    def get_matching_blocks(self):
        known = self.matching_blocks
        if known is not None:
            return known
        found = []
        pending = [(0, len(self.a), 0, len(self.b))]
        while pending:
            a1, a2, b1, b2 = pending.pop()
            hit = self.find_longest_match(a1, a2, b1, b2)
            if not hit.size:
                continue
            found.append(hit)
            if a1 < hit.a and b1 < hit.b:
                pending.append((a1, hit.a, b1, hit.b))
            if hit.a + hit.size < a2 and hit.b + hit.size < b2:
                pending.append((hit.a + hit.size, a2, hit.b + hit.size, b2))
        found.sort()
        merged = []
        for blk in found:
            if merged:
                pa, pb, ps = merged[-1]
                if pa + ps == blk[0] and pb + ps == blk[1]:
                    merged[-1] = (pa, pb, ps + blk[2])
                    continue
            merged.append(tuple(blk))
        merged.append((len(self.a), len(self.b), 0))
        blocks = [Match(*m) for m in merged]
        self.matching_blocks = blocks
        return blocks

    def get_opcodes(self):
        known = self.opcodes
        if known is not None:
            return known
        ops = []
        pa = pb = 0
        for ma, mb, size in self.get_matching_blocks():
            if pa < ma:
                ops.append(('replace' if pb < mb else 'delete', pa, ma, pb, mb))
            elif pb < mb:
                ops.append(('insert', pa, ma, pb, mb))
            if size:
                ops.append(('equal', ma, ma + size, mb, mb + size))
            pa, pb = ma + size, mb + size
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        # The cached opcode list itself is trimmed, as CPython does (a later
        # get_opcodes() shows the trimmed ends).
        ops = self.get_opcodes()
        if not ops:
            ops = [('equal', 0, 1, 0, 1)]
        # Trim the unchanged context at both ends to n lines.
        tag, i1, i2, j1, j2 = ops[0]
        if tag == 'equal':
            ops[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = ops[-1]
        if tag == 'equal':
            ops[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        hunk = []
        for tag, i1, i2, j1, j2 in ops:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # A long unchanged stretch closes a hunk and opens the next.
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and not (len(hunk) == 1 and hunk[0][0] == 'equal'):
            yield hunk

    def ratio(self):
        same = 0
        for blk in self.get_matching_blocks():
            same += blk[2]
        return _ratio_of(same, len(self.a) + len(self.b))

    def quick_ratio(self):
        if not isinstance(self.fullbcount, dict):
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = {}
        same = 0
        for item in self.a:
            have = left[item] if item in left else self.fullbcount.get(item, 0)
            left[item] = have - 1
            if have > 0:
                same += 1
        return _ratio_of(same, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        na, nb = len(self.a), len(self.b)
        return _ratio_of(min(na, nb), na + nb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    sm = SequenceMatcher()
    sm.set_seq2(word)
    for cand in possibilities:
        sm.set_seq1(cand)
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff
                and sm.ratio() >= cutoff):
            scored.append((sm.ratio(), cand))
    return [cand for _, cand in _heapq.nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=None):
    if pat is not None:
        return bool(pat(line))
    # blank, or a lone '#', give or take whitespace
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def _mark_line(text, marks):
    # The '?' guide line: keep tabs/spaces of the original under blanks so
    # the markers line up, and drop trailing blanks.
    out = []
    for ch, mark in zip(text, marks):
        out.append(ch if mark == ' ' and ch.isspace() else mark)
    return ''.join(out).rstrip()


class Differ:
    """Produces human-readable line deltas ('- ', '+ ', '  ', '? ')."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        sm = SequenceMatcher(self.linejunk, a, b)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == 'equal':
                yield from self._lines(' ', a, i1, i2)
            elif tag == 'delete':
                yield from self._lines('-', a, i1, i2)
            elif tag == 'insert':
                yield from self._lines('+', b, j1, j2)
            else:
                yield from self._replace_block(a, i1, i2, b, j1, j2)

    def _lines(self, sign, seq, lo, hi):
        for k in range(lo, hi):
            yield '%s %s' % (sign, seq[k])

    def _both_blocks(self, a, i1, i2, b, j1, j2):
        # The shorter block goes first.
        if j2 - j1 < i2 - i1:
            yield from self._lines('+', b, j1, j2)
            yield from self._lines('-', a, i1, i2)
        else:
            yield from self._lines('-', a, i1, i2)
            yield from self._lines('+', b, j1, j2)

    def _replace_block(self, a, i1, i2, b, j1, j2):
        # Find the most similar pair of lines (ratio above 0.75), show it
        # as a changed line with '?' guides, and recurse on both sides.
        top = 0.74
        pick = None
        same_pair = None
        chars = SequenceMatcher(self.charjunk)
        for j in range(j1, j2):
            line_b = b[j]
            chars.set_seq2(line_b)
            for i in range(i1, i2):
                line_a = a[i]
                if line_a == line_b:
                    if same_pair is None:
                        same_pair = (i, j)
                    continue
                chars.set_seq1(line_a)
                if (chars.real_quick_ratio() > top and chars.quick_ratio() > top
                        and chars.ratio() > top):
                    top = chars.ratio()
                    pick = (i, j)
        if top < 0.75:
            if same_pair is None:
                yield from self._both_blocks(a, i1, i2, b, j1, j2)
                return
            pi, pj = same_pair
            identical = True
        else:
            pi, pj = pick
            identical = False
        yield from self._sub_replace(a, i1, pi, b, j1, pj)
        line_a, line_b = a[pi], b[pj]
        if identical:
            yield '  ' + line_a
        else:
            marks_a = []
            marks_b = []
            chars.set_seqs(line_a, line_b)
            for tag, x1, x2, y1, y2 in chars.get_opcodes():
                na, nb = x2 - x1, y2 - y1
                if tag == 'replace':
                    marks_a.append('^' * na)
                    marks_b.append('^' * nb)
                elif tag == 'delete':
                    marks_a.append('-' * na)
                elif tag == 'insert':
                    marks_b.append('+' * nb)
                elif tag == 'equal':
                    marks_a.append(' ' * na)
                    marks_b.append(' ' * nb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            guide_a = _mark_line(line_a, ''.join(marks_a))
            guide_b = _mark_line(line_b, ''.join(marks_b))
            yield '- ' + line_a
            if guide_a:
                yield '? %s\n' % guide_a
            yield '+ ' + line_b
            if guide_b:
                yield '? %s\n' % guide_b
        yield from self._sub_replace(a, pi + 1, i2, b, pj + 1, j2)

    def _sub_replace(self, a, i1, i2, b, j1, j2):
        if i1 < i2:
            if j1 < j2:
                yield from self._replace_block(a, i1, i2, b, j1, j2)
            else:
                yield from self._lines('-', a, i1, i2)
        elif j1 < j2:
            yield from self._lines('+', b, j1, j2)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    differ = Differ(linejunk, charjunk)
    return differ.compare(a, b)


def restore(delta, which):
    try:
        mine = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == mine:
            yield line[2:]


def _require_str(a, b, *names):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(seq[0]).__name__, seq[0]))
    for value in names:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _unified_span(lo, hi):
    count = hi - lo
    if count == 1:
        return str(lo + 1)
    return '%d,%d' % (lo + 1 if count else lo, count)


def _context_span(lo, hi):
    count = hi - lo
    first = lo + 1 if count else lo
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _dated(name, date):
    return name + ('\t' + date if date else '')


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield '--- ' + _dated(fromfile, fromfiledate) + lineterm
            yield '+++ ' + _dated(tofile, tofiledate) + lineterm
        yield '@@ -%s +%s @@%s' % (_unified_span(hunk[0][1], hunk[-1][2]),
                                   _unified_span(hunk[0][3], hunk[-1][4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_SIGN = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield '*** ' + _dated(fromfile, fromfiledate) + lineterm
            yield '--- ' + _dated(tofile, tofiledate) + lineterm
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_span(hunk[0][1], hunk[-1][2]),
                                 lineterm)
        tags = [op[0] for op in hunk]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_SIGN[tag] + line
        yield '--- %s ----%s' % (_context_span(hunk[0][3], hunk[-1][4]),
                                 lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_SIGN[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    def as_text(seq):
        try:
            return [s.decode('ascii', 'surrogateescape') for s in seq]
        except AttributeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(seq).__name__, seq)) from exc

    def one(value):
        try:
            return value.decode('ascii', 'surrogateescape')
        except AttributeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from exc

    out = dfunc(as_text(a), as_text(b), one(fromfile), one(tofile),
                one(fromfiledate), one(tofiledate), n, one(lineterm))
    for line in out:
        yield line.encode('ascii', 'surrogateescape')


class HtmlDiff:
    """Not provided by pyrite: constructing one raises NotImplementedError."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('difflib.HtmlDiff is not available in pyrite')
