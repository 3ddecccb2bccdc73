"""Memory-block tracing for Python code (pyrite flavour).

Recording allocations is done natively by `_tracemalloc`, which hooks
pyrite's private heap.  This module is the analysis layer on top: it turns
the raw records into snapshots, per-key statistics, snapshot diffs and
filtered views, printing them in the same formats as CPython 3.11.

Raw records from `_get_traces()` are *grouped*: identical blocks appear once
as (domain, size, frames, total_nframe, count).  Everything here works on
those groups directly; only `Snapshot.traces` unrolls them into one `Trace`
per block, which is what user code expects to see.
"""
from collections.abc import Iterable, Sequence
from functools import total_ordering
import fnmatch
import linecache

from _tracemalloc import *
from _tracemalloc import _get_object_traceback, _get_traces


# ---------------------------------------------------------------- sizes

_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _human_size(nbytes, signed=False):
    """Render a byte count the way tracemalloc reports do ("12.3 KiB")."""
    plus = '+' if signed else ''
    value = nbytes
    last = len(_UNITS) - 1
    for idx, unit in enumerate(_UNITS):
        magnitude = abs(value)
        # Scaled units get one decimal while they stay below 100.
        if idx and magnitude < 100:
            return format(value, plus + '.1f') + ' ' + unit
        # Up to 10 KiB worth of a unit is shown whole; TiB never rolls over.
        if magnitude < 10240 or idx == last:
            return format(value, plus + '.0f') + ' ' + unit
        value = value / 1024


# ----------------------------------------------------------- statistics

class Statistic:
    """Memory used by the blocks that share one traceback key."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def _fields(self):
        return (self.traceback, self.size, self.count)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if isinstance(other, Statistic):
            return self._fields() == other._fields()
        return NotImplemented

    def __str__(self):
        out = "%s: size=%s, count=%i" % (
            self.traceback, _human_size(self.size), self.count)
        if self.count:
            out += ", average=" + _human_size(self.size / self.count)
        return out

    def __repr__(self):
        return "<Statistic traceback=%r size=%i count=%i>" % self._fields()

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """How the memory of one traceback key changed between two snapshots."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def _fields(self):
        return (self.traceback, self.size, self.size_diff,
                self.count, self.count_diff)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if isinstance(other, StatisticDiff):
            return self._fields() == other._fields()
        return NotImplemented

    def __str__(self):
        out = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _human_size(self.size),
            _human_size(self.size_diff, True), self.count, self.count_diff)
        if self.count:
            out += ", average=" + _human_size(self.size / self.count)
        return out

    def __repr__(self):
        return ("<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>"
                % self._fields())

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff),
                self.count, self.traceback)


def _diff_stats(before, after):
    """Pair up two {Traceback: Statistic} maps into StatisticDiff objects."""
    result = []
    for key, now in after.items():
        then = before.get(key)
        old_size = then.size if then is not None else 0
        old_count = then.count if then is not None else 0
        result.append(StatisticDiff(key, now.size, now.size - old_size,
                                    now.count, now.count - old_count))
    for key, then in before.items():
        if key not in after:
            result.append(StatisticDiff(key, 0, -then.size, 0, -then.count))
    return result


# ------------------------------------------------------ frames & stacks

@total_ordering
class Frame:
    """One (filename, lineno) entry of an allocation traceback."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame   # raw pair: (filename, lineno)

    filename = property(lambda self: self._frame[0])
    lineno = property(lambda self: self._frame[1])

    def __eq__(self, other):
        if isinstance(other, Frame):
            return self._frame == other._frame
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Frame):
            return self._frame < other._frame
        return NotImplemented

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "{}:{}".format(*self._frame)

    def __repr__(self):
        return "<Frame filename={!r} lineno={!r}>".format(*self._frame)


@total_ordering
class Traceback(Sequence):
    """The frames of an allocation, oldest call first, as Frame objects."""

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        # The native layer reports innermost-first; store outermost-first.
        self._frames = tuple(frames)[::-1]
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        picked = self._frames[index]
        if isinstance(index, slice):
            return tuple(map(Frame, picked))
        return Frame(picked)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if isinstance(other, Traceback):
            return self._frames == other._frames
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Traceback):
            return self._frames < other._frames
        return NotImplemented

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        tail = "" if self._total_nframe is None else \
            " total_nframe=%s" % (self._total_nframe,)
        return "<Traceback %s%s>" % (tuple(self), tail)

    def format(self, limit=None, most_recent_first=False):
        """Lines like a Python traceback: 'File ..., line N' plus source."""
        chosen = list(self)
        if limit is not None:
            # Positive limit keeps the newest frames, negative the oldest.
            chosen = chosen[-limit:] if limit > 0 else chosen[:limit]
        if most_recent_first:
            chosen.reverse()
        out = []
        for fr in chosen:
            out.append('  File "%s", line %s' % (fr.filename, fr.lineno))
            src = linecache.getline(fr.filename, fr.lineno).strip()
            if src:
                out.append('    ' + src)
        return out


def get_object_traceback(obj):
    """Traceback of the allocation of *obj*, or None when it is unknown
    (tracing off, or the object was allocated while not tracing)."""
    raw = _get_object_traceback(obj)
    return None if raw is None else Traceback(raw)


# --------------------------------------------------------------- traces

class Trace:
    """A single traced memory block."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace   # (domain, size, frames, total_nframe)

    domain = property(lambda self: self._trace[0])
    size = property(lambda self: self._trace[1])

    @property
    def traceback(self):
        return Traceback(self._trace[2], self._trace[3])

    def __eq__(self, other):
        if isinstance(other, Trace):
            return self._trace == other._trace
        return NotImplemented

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _human_size(self.size))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _human_size(self.size), self.traceback)


def _as_groups(records):
    """Normalise raw records to 5-tuples; plain 4-tuples count once."""
    return [rec if len(rec) == 5 else tuple(rec[:4]) + (1,)
            for rec in records]


class _Traces(Sequence):
    """Read-only sequence of Trace objects, one per block."""

    def __init__(self, traces):
        self._groups = _as_groups(traces)
        self._blocks = None   # unrolled list, built on first need

    @property
    def _traces(self):
        if self._blocks is None:
            blocks = []
            for grp in self._groups:
                blocks.extend([grp[:4]] * grp[4])
            self._blocks = blocks
        return self._blocks

    def __len__(self):
        if self._blocks is None:
            return sum(grp[4] for grp in self._groups)
        return len(self._blocks)

    def __getitem__(self, index):
        picked = self._traces[index]
        if isinstance(index, slice):
            return tuple(map(Trace, picked))
        return Trace(picked)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if isinstance(other, _Traces):
            return self._traces == other._traces
        return NotImplemented

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


# -------------------------------------------------------------- filters

def _canonical_name(path):
    """Case-fold like fnmatch does and map compiled .pyc names to .py."""
    path = fnmatch._normcase(path)
    return path[:-1] if path.endswith('.pyc') else path


class BaseFilter:
    """Common base of the snapshot filters; *inclusive* picks keep/drop."""

    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (or drop) blocks by filename pattern, line and domain."""

    def __init__(self, inclusive, filename_pattern,
                 lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _canonical_name(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _hits(self, frame):
        """Does this (filename, lineno) pair satisfy the pattern/line?"""
        name, line = frame
        if not fnmatch.fnmatch(_canonical_name(name), self._filename_pattern):
            return False
        return self.lineno is None or line == self.lineno

    def _match_frames(self, frames):
        if self.all_frames:
            found = any(self._hits(fr) for fr in frames)
        else:
            found = self._hits(frames[0])   # innermost frame only
        return found == bool(self.inclusive)

    def _match(self, trace):
        ok = self._match_frames(trace[2])
        if self.domain is None:
            return ok
        same_domain = trace[0] == self.domain
        return (ok and same_domain) if self.inclusive else (ok or not same_domain)


class DomainFilter(BaseFilter):
    """Keep (or drop) blocks of one allocation domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) == bool(self.inclusive)


# ------------------------------------------------------ dump/load format
#
# pyrite's own plain-text layout (not CPython's pickle):
#   pyrite-tracemalloc-snapshot 1
#   limit <traceback_limit>
#   T <domain> <size> <total_nframe or -> <count> <frame count>
#   F <lineno> <filename with backslash, CR and LF escaped>   (per frame)

_HEADER = "pyrite-tracemalloc-snapshot 1"
_ESCAPES = {'\\': '\\\\', '\n': '\\n', '\r': '\\r'}
_UNESCAPES = {'n': '\n', 'r': '\r'}


def _quote(text):
    return ''.join(_ESCAPES.get(ch, ch) for ch in text)


def _unquote(text):
    pieces = []
    chars = iter(text)
    for ch in chars:
        if ch == '\\':
            nxt = next(chars, None)
            if nxt is None:
                pieces.append(ch)
            else:
                pieces.append(_UNESCAPES.get(nxt, nxt))
        else:
            pieces.append(ch)
    return ''.join(pieces)


def _write_snapshot(path, limit, groups):
    rows = [_HEADER, "limit %s" % limit]
    for domain, size, frames, total, count in groups:
        rows.append("T %d %d %s %d %d" % (
            domain, size, '-' if total is None else total, count, len(frames)))
        rows.extend("F %d %s" % (line, _quote(name)) for name, line in frames)
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")


def _read_snapshot(path):
    with open(path, encoding="utf-8") as src:
        rows = src.read().split("\n")
    if not rows or rows[0] != _HEADER:
        raise ValueError("not a tracemalloc snapshot file: %r" % (path,))
    limit = int(rows[1].partition(" ")[2])
    groups = []
    pos = 2
    while pos < len(rows) and rows[pos]:
        _tag, domain, size, total, count, nframes = rows[pos].split(" ")
        pos += 1
        frames = []
        for _ in range(int(nframes)):
            _tag, line, name = rows[pos].split(" ", 2)
            frames.append((_unquote(name), int(line)))
            pos += 1
        groups.append((int(domain), int(size), tuple(frames),
                       None if total == '-' else int(total), int(count)))
    return limit, groups


# ------------------------------------------------------------ snapshots

_KEY_TYPES = ('traceback', 'filename', 'lineno')


def _key_frames(frames, key_type):
    """The frames that identify a group for a non-cumulative key."""
    if key_type == 'traceback':
        return frames
    if key_type == 'lineno':
        return frames[:1]
    return ((frames[0][0], 0),)   # 'filename': the line is irrelevant


class Snapshot:
    """Frozen copy of the traced blocks at one moment."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Save this snapshot to *filename* (reload with Snapshot.load)."""
        _write_snapshot(filename, self.traceback_limit, self.traces._groups)

    @staticmethod
    def load(filename):
        """Read a snapshot previously written by dump()."""
        limit, groups = _read_snapshot(filename)
        return Snapshot(groups, limit)

    def filter_traces(self, filters):
        """New Snapshot keeping the blocks accepted by *filters* (Filter /
        DomainFilter objects); an empty list just copies the traces."""
        if not isinstance(filters, Iterable):
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__)
        filters = list(filters)
        keep = [f for f in filters if f.inclusive]
        drop = [f for f in filters if not f.inclusive]

        def wanted(group):
            if keep and not any(f._match(group) for f in keep):
                return False
            return all(f._match(group) for f in drop)

        kept = [g for g in self.traces._groups if wanted(g)]
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in _KEY_TYPES:
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type == 'traceback':
            raise ValueError("cumulative mode cannot by used "
                             "with key type %r" % key_type)

        totals = {}
        # Build each Traceback key once per distinct raw input.
        key_cache = {}

        def add(raw, frames, size, count):
            key = key_cache.get(raw)
            if key is None:
                key = key_cache[raw] = Traceback(frames)
            stat = totals.get(key)
            if stat is None:
                totals[key] = Statistic(key, size * count, count)
            else:
                stat.size += size * count
                stat.count += count

        for _domain, size, frames, _total, count in self.traces._groups:
            if not cumulative:
                add(frames, _key_frames(frames, key_type), size, count)
                continue
            # Cumulative: every frame of the stack is charged the block.
            for fr in frames:
                if key_type == 'lineno':
                    add(fr, (fr,), size, count)
                else:
                    add(fr, ((fr[0], 0),), size, count)
        return totals

    def statistics(self, key_type, cumulative=False):
        """Statistic objects grouped by *key_type*, biggest first."""
        stats = list(self._group_by(key_type, cumulative).values())
        stats.sort(key=Statistic._sort_key, reverse=True)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff objects describing what changed since
        *old_snapshot*, biggest change first."""
        after = self._group_by(key_type, cumulative)
        before = old_snapshot._group_by(key_type, cumulative)
        diffs = _diff_stats(before, after)
        diffs.sort(key=StatisticDiff._sort_key, reverse=True)
        return diffs


def take_snapshot():
    """Capture the currently traced blocks as a Snapshot."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
