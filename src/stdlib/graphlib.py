"""Topological sorting of a graph of hashable nodes (pyrite's own
implementation of the graphlib API of Python 3.11)."""

import types

__all__ = ['TopologicalSorter', 'CycleError']

# Marks kept in a node's pending-predecessor count once it leaves the graph.
_HANDED_OUT = -1
_FINISHED = -2


class _Node:
    __slots__ = ("node", "pending", "after")

    def __init__(self, node):
        self.node = node
        self.pending = 0      # predecessors not yet done (or a mark above)
        self.after = []       # successors, in the order they were declared


class CycleError(ValueError):
    """The graph has a cycle.  args[1] lists its nodes, the first node
    repeated at the end: each node comes before the next in the graph."""


class TopologicalSorter:
    """Sorts a graph topologically, either all at once (static_order) or
    in ready batches that the caller marks done (get_ready / done)."""

    def __init__(self, graph=None):
        self._info = {}
        self._ready = None          # None until prepare() is called
        self._handed_out = 0
        self._finished = 0
        for node, before in (graph or {}).items():
            self.add(node, *before)

    def _entry(self, node):
        entry = self._info.get(node)
        if entry is None:
            entry = self._info[node] = _Node(node)
        return entry

    def add(self, node, *predecessors):
        """Add node, which comes after every one of predecessors."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        entry = self._entry(node)
        entry.pending += len(predecessors)
        for before in predecessors:
            self._entry(before).after.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [e.node for e in self._info.values() if e.pending == 0]
        loop = self._find_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        for node in batch:
            self._info[node].pending = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether more nodes can be got: some are ready, or some handed
        out are not done yet."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (returned by get_ready) as processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        info = self._info
        for node in nodes:
            entry = info.get(node)
            if entry is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = entry.pending
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            entry.pending = _FINISHED
            for later in entry.after:
                succ = info[later]
                succ.pending -= 1
                if succ.pending == 0:
                    self._ready.append(later)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first walk along successor edges, in insertion order; an
        # edge back to a node on the current path closes a cycle.
        info = self._info
        visited = set()
        for start in info:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            cursors = [0]
            visited.add(start)
            while path:
                top = path[-1]
                successors = info[top].after
                i = cursors[-1]
                if i == len(successors):
                    del on_path[top]
                    path.pop()
                    cursors.pop()
                    continue
                cursors[-1] = i + 1
                nxt = successors[i]
                if nxt in on_path:
                    return path[on_path[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                on_path[nxt] = len(path)
                path.append(nxt)
                cursors.append(0)
        return None

    def static_order(self):
        """Iterate over the nodes in a topological order (prepares the
        sorter; CycleError is raised on the first step)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(types.GenericAlias)
