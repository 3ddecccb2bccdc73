"""Functions creating iterators for efficient looping.

pyrite's own implementation in plain Python.  count and repeat are classes
(their reprs are visible to programs); the other tools validate their
arguments eagerly, as CPython does, and then return a generator.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _is_number(value):
    try:
        value + 0
    except TypeError:
        return False
    return not isinstance(value, (str, bytes))


################################################################################
# Infinite iterators
################################################################################

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)

    def __reduce__(self):
        return type(self), (self._value, self._step)


def cycle(*args):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    if len(args) != 1:
        raise TypeError('cycle expected 1 argument, got %d' % len(args))
    return _cycle(iter(args[0]))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    __slots__ = ('_object', '_times')

    def __init__(self, *args, **kwargs):
        if 'object' in kwargs:
            args = (kwargs.pop('object'),) + args
        if not args:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        times = kwargs.pop('times', args[1] if len(args) > 1 else None)
        if kwargs:
            raise TypeError("repeat() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        if len(args) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)' % len(args))
        self._object = args[0]
        if times is not None:
            times = max(_as_index(times), 0)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


################################################################################
# Iterators terminating on the shortest input sequence
################################################################################

def accumulate(iterable=None, func=None, *, initial=None, **kwargs):
    """Return series of accumulated sums (or other binary function results)."""
    if iterable is None and 'iterable' not in kwargs:
        raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def _chain(iterables):
    for it in iterables:
        yield from it


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    return _chain(iterables)


def _from_iterable(iterable):
    """Alternative chain() constructor taking a single iterable argument that
    evaluates lazily."""
    return _chain(iterable)


chain.from_iterable = _from_iterable


def compress(data=None, selectors=None, **kwargs):
    """Return data elements corresponding to true selector elements."""
    if data is None:
        raise TypeError("compress() missing required argument 'data' (pos 1)")
    if selectors is None:
        raise TypeError("compress() missing required argument 'selectors' (pos 2)")
    return (d for d, s in zip(iter(data), iter(selectors)) if s)


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""
    it = iter(iterable)
    if function is None:
        return (x for x in it if not x)
    return (x for x in it if not function(x))


def starmap(*args):
    """Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence."""
    if len(args) != 2:
        raise TypeError('starmap expected 2 arguments, got %d' % len(args))
    function, it = args[0], iter(args[1])
    return _starmap(function, it)


def _starmap(function, it):
    for a in it:
        # C's starmap turns each item into a tuple first, so a non-iterable
        # item fails with the plain "not iterable" message.
        if not isinstance(a, tuple):
            a = tuple(a)
        yield function(*a)


def pairwise(*args):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    if len(args) != 1:
        raise TypeError('pairwise expected 1 argument, got %d' % len(args))
    return _pairwise(iter(args[0]))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def zip_longest(*iterables, fillvalue=None, **kwargs):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument, padding
    exhausted iterables with fillvalue."""
    if kwargs:
        raise TypeError('zip_longest() got an unexpected keyword argument')
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


_ISLICE_STOP = ('Stop argument for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')
_ISLICE_INDICES = ('Indices for islice() must be None or an integer: '
                   '0 <= x <= sys.maxsize.')


def _islice_arg(value, message):
    if value is None:
        return None
    try:
        value = _as_index(value)
    except TypeError:
        raise ValueError(message) from None
    if value < 0 or value > _sys.maxsize:
        raise ValueError(message)
    return value


def islice(*args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable."""
    if len(args) < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
    if len(args) == 2:
        start, step = 0, 1
        stop = _islice_arg(args[1], _ISLICE_STOP)
    else:
        start = _islice_arg(args[1], _ISLICE_INDICES)
        stop = _islice_arg(args[2], _ISLICE_INDICES)
        step = args[3] if len(args) == 4 else None
        if start is None:
            start = 0
        if step is None:
            step = 1
        else:
            try:
                step = _as_index(step)
            except TypeError:
                step = 0
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(args[0]), start, stop, step)


def _islice(it, start, stop, step):
    # Like CPython, the first skip always reaches start; later skips stop at
    # stop, so exactly the elements before stop are consumed.
    if stop is not None and stop < start:
        stop = start
    index = 0
    wanted = start
    while True:
        limit = wanted if stop is None or wanted < stop else stop
        while index < limit:
            try:
                next(it)
            except StopIteration:
                return
            index += 1
        if stop is not None and index >= stop:
            return
        try:
            value = next(it)
        except StopIteration:
            return
        index += 1
        yield value
        wanted += step


class _GroupState:
    """The shared cursor of a groupby and its groups."""

    __slots__ = ('it', 'keyfunc', 'value', 'key', 'done', 'token')

    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.done = False
        self.token = None
        self.step()

    def step(self):
        try:
            value = next(self.it)
        except StopIteration:
            self.done = True
            return
        self.value = value
        self.key = value if self.keyfunc is None else self.keyfunc(value)


def groupby(*args, **kwargs):
    """make an iterator that returns consecutive keys and groups from the
    iterable."""
    if not args and 'iterable' not in kwargs:
        raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
    return _groupby_args(*args, **kwargs)


def _groupby_args(iterable, key=None):
    return _groupby(iter(iterable), key)


def _groupby(it, keyfunc):
    state = _GroupState(it, keyfunc)
    while not state.done:
        token = object()
        state.token = token
        target = state.key
        yield target, _group(state, token, target)
        # Skip whatever the consumer left of this group.
        while not state.done and state.key == target:
            state.step()


def _group(state, token, target):
    # A group stops as soon as the groupby moves on (its token changes).
    while state.token is token and not state.done and state.key == target:
        yield state.value
        if state.token is token:
            state.step()


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class _tee:
    """An iterator sharing a lazily filled linked list with its copies."""

    __slots__ = ('_source', '_link', '__weakref__')

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._source)
            link[0] = value
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._source, self._link)


_tee.__name__ = _tee.__qualname__ = '_tee'


################################################################################
# Combinatoric iterators
################################################################################

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    if any(not pool for pool in pools):
        return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[k][indices[k]] for k in range(n))


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        r = _as_index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices.append(indices.pop(i))
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr(pool, r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[k] for k in indices)


for _cls in (count, repeat):
    _cls.__module__ = 'itertools'
del _cls
