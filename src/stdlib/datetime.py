"""pyrite's datetime module: date, time, datetime, timedelta, tzinfo, timezone.

Written for pyrite from the documented API and the observable behaviour of
CPython 3.11 (whose datetime is implemented in C): the same reprs, str and
isoformat output, arithmetic rounding, comparison rules and error messages.
strftime delegates to the native time.strftime after expanding %f, %z and
%Z; strptime is a small backtracking matcher for the C locale.
"""

import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999

# ---------------------------------------------------------------------------
# Calendar arithmetic (proleptic Gregorian, ordinal 1 == 0001-01-01)

_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_CUMULATIVE = [0, 0]
for _n in _MONTH_LENGTHS[1:12]:
    _CUMULATIVE.append(_CUMULATIVE[-1] + _n)
del _n

_ABBR_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_ABBR_MONTHS = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
                'Nov', 'Dec')
_FULL_MONTHS = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DAYS = 999999999
_LAST_ORDINAL = 3652059  # 9999-12-31


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_length(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_LENGTHS[m]


def _ordinal(y, m, d):
    prev = y - 1
    days = prev * 365 + prev // 4 - prev // 100 + prev // 400
    days += _CUMULATIVE[m]
    if m > 2 and _leap(y):
        days += 1
    return days + d


def _from_ordinal(n):
    # Count days from 0000-03-01 so that the leap day ends each cycle year.
    z = n + 305
    cycle, rest = divmod(z, 146097)
    yoc = (rest - rest // 1460 + rest // 36524 - rest // 146096) // 365
    doy = rest - (365 * yoc + yoc // 4 - yoc // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        month = mp + 3
        year = cycle * 400 + yoc
    else:
        month = mp - 9
        year = cycle * 400 + yoc + 1
    return year, month, day


def _day_of_year(y, m, d):
    extra = 1 if m > 2 and _leap(y) else 0
    return _CUMULATIVE[m] + extra + d


def _iso_week_one(year):
    """Ordinal of the Monday starting ISO week 1 of year."""
    jan4 = _ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _iso_triple(y, m, d):
    n = _ordinal(y, m, d)
    start = _iso_week_one(y)
    if n < start:
        y -= 1
        start = _iso_week_one(y)
    else:
        following = _iso_week_one(y + 1)
        if n >= following:
            y += 1
            start = following
    weeks, days = divmod(n - start, 7)
    return y, weeks + 1, days + 1


def _has_53_weeks(year):
    jan1 = (_ordinal(year, 1, 1) + 6) % 7
    return jan1 == 3 or (jan1 == 2 and _leap(year))


# ---------------------------------------------------------------------------
# Argument helpers

def _as_int(value):
    if type(value) is int:
        return value
    hook = getattr(type(value), '__index__', None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return hook(value)


def _type_label(obj):
    """The C type name CPython shows: qualified for the module's own classes."""
    cls = type(obj)
    if cls in _OWN_CLASSES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _checked_date(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _checked_time(hour, minute, second, microsecond, fold):
    h, mi, sec, us = _as_int(hour), _as_int(minute), _as_int(second), _as_int(microsecond)
    for value, top, label in ((h, 23, 'hour'), (mi, 59, 'minute'), (sec, 59, 'second'),
                              (us, 999999, 'microsecond')):
        if value < 0 or value > top:
            raise ValueError('%s must be in 0..%d' % (label, top))
    if fold != 0 and fold != 1:
        raise ValueError('fold must be either 0 or 1')
    return h, mi, sec, us, fold


def _checked_tz(tz):
    if not (tz is None or isinstance(tz, tzinfo)):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                        % type(tz).__name__)
    return tz


def _offset_from(tz, method, arg):
    """Call tz.utcoffset/dst(arg) and validate the answer like CPython."""
    if tz is None:
        return None
    value = getattr(tz, method)(arg)
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (method, type(value).__name__))
    if not -_DAY_DELTA < value < _DAY_DELTA:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24).')
    return value


def _name_from(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if not (name is None or isinstance(name, str)):
        raise TypeError('tzinfo.tzname() must return None or a string, not %r'
                        % type(name).__name__)
    return name


def _offset_text(delta, colon):
    """'+HH:MM[:SS[.ffffff]]' (colon) or '+HHMM[SS[.ffffff]]' for an offset."""
    if delta is None:
        return ''
    sign = '+'
    if delta.days < 0:
        sign = '-'
        delta = -delta
    mins, secs = divmod(delta.seconds, 60)
    hours, mins = divmod(mins, 60)
    sep = ':' if colon else ''
    text = '%s%02d%s%02d' % (sign, hours, sep, mins)
    if secs or delta.microseconds:
        text += '%s%02d' % (sep, secs)
        if delta.microseconds:
            text += '.%06d' % delta.microseconds
    return text


_TIMESPECS = ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')


def _clock_text(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'seconds' if us == 0 else 'microseconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')


def _expand_format(fmt, us, tz, tzarg):
    """Replace %f, %z and %Z, which the native strftime does not know."""
    pieces = []
    i = 0
    end = len(fmt)
    while i < end:
        pct = fmt.find('%', i)
        if pct < 0 or pct + 1 >= end:
            pieces.append(fmt[i:])
            break
        pieces.append(fmt[i:pct])
        code = fmt[pct + 1]
        if code == 'f':
            pieces.append('%06d' % us)
        elif code == 'z':
            pieces.append(_offset_text(_offset_from(tz, 'utcoffset', tzarg), False))
        elif code == 'Z':
            name = _name_from(tz, tzarg)
            if name:
                pieces.append(name.replace('%', '%%'))
        else:
            pieces.append(fmt[pct:pct + 2])
        i = pct + 2
    return ''.join(pieces)


def _strftime_checked(fmt, label='strftime'):
    if isinstance(fmt, str):
        return
    raise TypeError('%s() argument 1 must be str, not %s' % (label, type(fmt).__name__))


def _struct(y, m, d, hh, mm, ss, dst):
    weekday = (_ordinal(y, m, d) + 6) % 7
    return _time.struct_time((y, m, d, hh, mm, ss, weekday, _day_of_year(y, m, d), dst))


# ---------------------------------------------------------------------------
# Rich comparisons.  Each class defines _order(other, ordering) returning
# NotImplemented, a sign (-1, 0, 1) or _UNEQUAL for values that are simply
# different (naive vs aware under ==); ordering is true for < <= > >=.

_UNEQUAL = float('nan')  # compares unequal to 0 and is never < or > 0


def _sign(a, b):
    return (a > b) - (a < b)


def _add_comparisons(cls):
    def build(name, accept, ordering):
        def method(self, other):
            verdict = self._order(other, ordering)
            if verdict is NotImplemented:
                return verdict
            return accept(verdict)
        method.__name__ = name
        method.__qualname__ = cls.__name__ + '.' + name
        return method
    table = (('__eq__', lambda v: v == 0, False), ('__ne__', lambda v: v != 0, False),
             ('__lt__', lambda v: v < 0, True), ('__le__', lambda v: v <= 0, True),
             ('__gt__', lambda v: v > 0, True), ('__ge__', lambda v: v >= 0, True))
    for name, accept, ordering in table:
        setattr(cls, name, build(name, accept, ordering))
    return cls


# ---------------------------------------------------------------------------
# timedelta

def _round_div(num, den):
    """num / den rounded to the nearest integer, halves to even."""
    q, r = divmod(num, den)
    twice = 2 * r
    if den > 0:
        if twice > den or (twice == den and q & 1):
            q += 1
    else:
        if twice < den or (twice == den and q & 1):
            q += 1
    return q


_UNIT_FACTORS = (('microseconds', 1), ('milliseconds', 1000),
                 ('seconds', _US_PER_SECOND), ('minutes', 60 * _US_PER_SECOND),
                 ('hours', 3600 * _US_PER_SECOND), ('days', _US_PER_DAY),
                 ('weeks', 7 * _US_PER_DAY))


def _c_round(x):
    """Round half away from zero (C's round()), for finite floats."""
    whole = float(int(x))
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


def _us_of(value):
    """Total microseconds of a timedelta operand, None for anything else."""
    return value._total_us() if isinstance(value, timedelta) else None


def _exact_ratio(value):
    """(numerator, denominator) of an int or float operand, else None."""
    if isinstance(value, int):
        return value, 1
    if isinstance(value, float):
        return value.as_integer_ratio()
    return None


@_add_comparisons
class timedelta:
    __slots__ = ('_days', '_secs', '_us', '_hash')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        given = {'days': days, 'seconds': seconds, 'microseconds': microseconds,
                 'milliseconds': milliseconds, 'minutes': minutes, 'hours': hours,
                 'weeks': weeks}
        total = 0
        spare = 0.0
        # Integer parts are summed exactly; fractional microseconds collect in
        # a float that is rounded (halves to even) once at the end.
        for name, factor in _UNIT_FACTORS:
            value = given[name]
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                if value != value or value in (float('inf'), float('-inf')):
                    int(value)  # raises the same error CPython reports
                whole = int(value)
                total += whole * factor
                frac = value - whole
                if frac:
                    scaled = factor * frac
                    carried = int(scaled)
                    total += carried
                    spare += scaled - carried
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, _type_label(value)))
        if spare:
            near = _c_round(spare)
            if abs(near - spare) == 0.5:
                odd = total & 1
                near = 2.0 * _c_round((spare + odd) * 0.5) - odd
            total += int(near)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        secs, us = divmod(total, _US_PER_SECOND)
        days, secs = divmod(secs, 86400)
        if not -2 ** 31 <= days < 2 ** 31:
            raise OverflowError('Python int too large to convert to C int')
        if not -_MAX_DAYS <= days <= _MAX_DAYS:
            raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_DAYS))
        obj = object.__new__(cls)
        obj._days = days
        obj._secs = secs
        obj._us = us
        obj._hash = None
        return obj

    def _total_us(self):
        return (self._days * 86400 + self._secs) * _US_PER_SECOND + self._us

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._secs

    @property
    def microseconds(self):
        return self._us

    def total_seconds(self):
        return self._total_us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._secs:
            parts.append('seconds=%d' % self._secs)
        if self._us:
            parts.append('microseconds=%d' % self._us)
        return '%s(%s)' % (_type_label(self), ', '.join(parts) or '0')

    def __str__(self):
        mins, s = divmod(self._secs, 60)
        h, mins = divmod(mins, 60)
        text = '%d:%02d:%02d' % (h, mins, s)
        if self._us:
            text += '.%06d' % self._us
        if self._days:
            unit = 'day' if abs(self._days) == 1 else 'days'
            text = '%d %s, %s' % (self._days, unit, text)
        return text

    def __add__(self, other):
        theirs = _us_of(other)
        if theirs is None:
            return NotImplemented
        return timedelta._from_us(self._total_us() + theirs)

    __radd__ = __add__

    def __sub__(self, other):
        theirs = _us_of(other)
        if theirs is None:
            return NotImplemented
        return timedelta._from_us(self._total_us() - theirs)

    def __rsub__(self, other):
        theirs = _us_of(other)
        if theirs is None:
            return NotImplemented
        return timedelta._from_us(theirs - self._total_us())

    def __neg__(self):
        return timedelta._from_us(-self._total_us())

    def __pos__(self):
        return timedelta._from_us(self._total_us())

    def __abs__(self):
        return timedelta._from_us(abs(self._total_us()))

    def __mul__(self, other):
        ratio = _exact_ratio(other)
        if ratio is None:
            return NotImplemented
        return timedelta._from_us(_round_div(self._total_us() * ratio[0], ratio[1]))

    __rmul__ = __mul__

    def __truediv__(self, other):
        theirs = _us_of(other)
        if theirs is not None:
            return self._total_us() / theirs
        ratio = _exact_ratio(other)
        if ratio is None:
            return NotImplemented
        return timedelta._from_us(_round_div(self._total_us() * ratio[1], ratio[0]))

    def __floordiv__(self, other):
        theirs = _us_of(other)
        if theirs is not None:
            return self._total_us() // theirs
        if isinstance(other, int):
            return timedelta._from_us(self._total_us() // other)
        return NotImplemented

    def __mod__(self, other):
        theirs = _us_of(other)
        if theirs is None:
            return NotImplemented
        return timedelta._from_us(self._total_us() % theirs)

    def __divmod__(self, other):
        theirs = _us_of(other)
        if theirs is None:
            return NotImplemented
        whole, rest = divmod(self._total_us(), theirs)
        return whole, timedelta._from_us(rest)

    def _key(self):
        return (self._days, self._secs, self._us)

    def _order(self, other, ordering):
        if not isinstance(other, timedelta):
            return NotImplemented
        return _sign(self._key(), other._key())

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._key())
        return self._hash

    def __bool__(self):
        return bool(self._days or self._secs or self._us)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(_MAX_DAYS, 86399, 999999)
timedelta.resolution = timedelta(0, 0, 1)
_DAY_DELTA = timedelta(1)
_ZERO = timedelta(0)


# ---------------------------------------------------------------------------
# date

@_add_comparisons
class date:
    __slots__ = ('_y', '_m', '_d', '_hash')

    def __new__(cls, year, month, day):
        y, m, d = _checked_date(year, month, day)
        obj = object.__new__(cls)
        obj._y = y
        obj._m = m
        obj._d = d
        obj._hash = None
        return obj

    # -- alternative constructors
    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        seconds = _timestamp_floor(t)
        parts = _time.localtime(seconds)
        return cls(parts[0], parts[1], parts[2])

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, text):
        _need_text(text)
        raw = _utf8(text)
        parsed = None
        if raw is not None and len(raw) in (7, 8, 10):
            parsed = _iso_date_part(raw, len(raw))
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % text)
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _from_iso_calendar(year, week, day)
        return cls(y, m, d)

    # -- fields
    @property
    def year(self):
        return self._y

    @property
    def month(self):
        return self._m

    @property
    def day(self):
        return self._d

    # -- text
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_label(self), self._y, self._m, self._d)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._y, self._m, self._d)

    __str__ = isoformat

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_ABBR_DAYS[self.weekday()],
                                            _ABBR_MONTHS[self._m], self._d, self._y)

    def strftime(self, format):
        _strftime_checked(format)
        return _time.strftime(_expand_format(format, 0, None, None), self.timetuple())

    def __format__(self, fmt):
        _strftime_checked(fmt, '__format__')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- conversions
    def timetuple(self):
        return _struct(self._y, self._m, self._d, 0, 0, 0, -1)

    def toordinal(self):
        return _ordinal(self._y, self._m, self._d)

    def weekday(self):
        return (_ordinal(self._y, self._m, self._d) + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_triple(self._y, self._m, self._d))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._y if year is None else year,
                          self._m if month is None else month,
                          self._d if day is None else day)

    # -- comparisons: a datetime never compares as a date (see datetime)
    def _order(self, other, ordering):
        if isinstance(other, datetime) or not isinstance(other, date):
            return NotImplemented
        return _sign((self._y, self._m, self._d), (other._y, other._m, other._d))

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(('date', self._y, self._m, self._d))
        return self._hash

    # -- arithmetic (days only)
    def _shifted(self, days):
        n = _ordinal(self._y, self._m, self._d) + days
        if not 1 <= n <= _LAST_ORDINAL:
            raise OverflowError('date value out of range')
        return type(self)(*_from_ordinal(n))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._shifted(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._y, self._m, self._d))


_date_type = date
date.min = date(1, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(1)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_type_label(self), self[0], self[1],
                                                     self[2])


def _from_iso_calendar(year, week, day):
    year = _as_int(year)
    week = _as_int(week)
    day = _as_int(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53 and not (week == 53 and _has_53_weeks(year)):
        raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _from_ordinal(_iso_week_one(year) + (week - 1) * 7 + day - 1)


# ---------------------------------------------------------------------------
# tzinfo and timezone

def _fromutc_arg(zone, dt):
    if isinstance(dt, datetime):
        if dt.tzinfo is zone:
            return
        raise ValueError('fromutc: dt.tzinfo is not self')
    raise TypeError('fromutc: argument must be a datetime')


class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        _fromutc_arg(self, dt)
        offset = _offset_from(self, 'utcoffset', dt)
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        saving = _offset_from(self, 'dst', dt)
        if saving is None:
            raise ValueError('fromutc: non-None dst() result required')
        standard = offset - saving
        if standard:
            dt = dt + standard
            saving = _offset_from(self, 'dst', dt)
            if saving is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + saving

    def __reduce__(self):
        initargs = getattr(self, '__getinitargs__', None)
        args = initargs() if initargs is not None else ()
        state = getattr(self, '__dict__', None)
        if state:
            return (type(self), args, state)
        return (type(self), args)


_NO_NAME = object()  # timezone(offset) without a name argument


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):  # C-style argument check
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is _NO_NAME:
            name = None
            if not offset and _UTC_SINGLETON:
                return _UTC_SINGLETON[0]
        elif type(name) is not str and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % ('None' if name is None else type(name).__name__))
        if not -_DAY_DELTA < offset < _DAY_DELTA:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % (offset,))
        zone = object.__new__(cls)
        zone._offset = offset
        zone._name = name
        return zone

    def __getinitargs__(self):
        args = (self._offset,)
        if self._name is not None:
            args += (self._name,)
        return args

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if not isinstance(other, timezone):
            return NotImplemented
        return other._offset == self._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC_SINGLETON[0]:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    @staticmethod
    def _check_arg(method, dt):
        if not (dt is None or isinstance(dt, datetime)):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg('utcoffset', dt)
        return self._offset

    def dst(self, dt):
        self._check_arg('dst', dt)
        return None

    def tzname(self, dt):
        self._check_arg('tzname', dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _offset_text(self._offset, True)

    def fromutc(self, dt):
        _fromutc_arg(self, dt)
        return dt + self._offset


_UTC_SINGLETON = []
_UTC_SINGLETON.append(timezone(_ZERO, 'UTC'))
_UTC_SINGLETON[0]._name = None
timezone.utc = _UTC_SINGLETON[0]
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---------------------------------------------------------------------------
# time

@_add_comparisons
class time:
    __slots__ = ('_hh', '_mi', '_ss', '_us', '_tz', '_fold', '_hash')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        fields = _checked_time(hour, minute, second, microsecond, fold)
        _checked_tz(tzinfo)
        obj = object.__new__(cls)
        obj._hh, obj._mi, obj._ss, obj._us, obj._fold = fields
        obj._tz = tzinfo
        obj._hash = None
        return obj

    @property
    def hour(self):
        return self._hh

    @property
    def minute(self):
        return self._mi

    @property
    def second(self):
        return self._ss

    @property
    def microsecond(self):
        return self._us

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, text):
        _need_text(text)
        raw = _utf8(text)
        parsed = None
        if raw is not None:
            if raw[:1] == b'T':
                raw = raw[1:]
            parsed = _iso_time_part(raw)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % text)
        h, m, s, us, tz = parsed
        return cls(h, m, s, us, tz)

    def utcoffset(self):
        return _offset_from(self._tz, 'utcoffset', None)

    def dst(self):
        return _offset_from(self._tz, 'dst', None)

    def tzname(self):
        return _name_from(self._tz, None)

    def __repr__(self):
        if self._us:
            inner = '%d, %d, %d, %d' % (self._hh, self._mi, self._ss, self._us)
        elif self._ss:
            inner = '%d, %d, %d' % (self._hh, self._mi, self._ss)
        else:
            inner = '%d, %d' % (self._hh, self._mi)
        if self._tz is not None:
            inner += ', tzinfo=%r' % (self._tz,)
        if self._fold:
            inner += ', fold=1'
        return '%s(%s)' % (_type_label(self), inner)

    def isoformat(self, timespec='auto'):
        text = _clock_text(self._hh, self._mi, self._ss, self._us, timespec)
        return text + _offset_text(self.utcoffset(), True)

    __str__ = isoformat

    def strftime(self, format):
        _strftime_checked(format)
        fmt = _expand_format(format, self._us, self._tz, None)
        return _time.strftime(fmt, (1900, 1, 1, self._hh, self._mi, self._ss, 0, 1, -1))

    def __format__(self, fmt):
        _strftime_checked(fmt, '__format__')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hh if hour is None else hour,
                          self._mi if minute is None else minute,
                          self._ss if second is None else second,
                          self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _seconds(self):
        return self._hh * 3600 + self._mi * 60 + self._ss

    def _order(self, other, ordering):
        if not isinstance(other, time):
            return NotImplemented
        mine_fields = (self._hh, self._mi, self._ss, self._us)
        their_fields = (other._hh, other._mi, other._ss, other._us)
        if self._tz is other._tz:
            return _sign(mine_fields, their_fields)
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if mine == theirs:
            return _sign(mine_fields, their_fields)
        if mine is None or theirs is None:
            if ordering:
                raise TypeError("can't compare offset-naive and offset-aware times")
            return _UNEQUAL
        shift_a = mine._days * 86400 + mine._secs
        shift_b = theirs._days * 86400 + theirs._secs
        return _sign((self._seconds() - shift_a, self._us),
                     (other._seconds() - shift_b, other._us))

    def __hash__(self):
        if self._hash is None:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            if offset is None:
                self._hash = hash(('time', self._hh, self._mi, self._ss, self._us))
            else:
                self._hash = hash(timedelta(0, self._seconds(), self._us) - offset)
        return self._hash

    def __bool__(self):
        return True

    def __reduce__(self):
        args = (self._hh, self._mi, self._ss, self._us, self._tz)
        if self._fold:
            return (type(self), args, self._fold)
        return (type(self), args)

    def __setstate__(self, fold):
        self._fold = fold


_time_type = time
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, _US_PER_SECOND - 1)
time.resolution = timedelta.resolution


# ---------------------------------------------------------------------------
# datetime

def _timestamp_parts(t, rounding_floor):
    """Split a timestamp into (whole seconds, microseconds)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        whole = int(t) if t not in (float('inf'), float('-inf')) else None
        if whole is None or not -2 ** 63 <= whole < 2 ** 63:
            raise OverflowError('timestamp out of range for platform time_t')
        frac = (t - whole) * 1e6
        if rounding_floor:
            us = int(frac // 1)
        else:
            us = round(frac)
        if us >= 1000000:
            us -= 1000000
            whole += 1
        elif us < 0:
            us += 1000000
            whole -= 1
        return whole, us
    whole = _as_int(t)
    if not -2 ** 63 <= whole < 2 ** 63:
        raise OverflowError('timestamp out of range for platform time_t')
    return whole, 0


def _timestamp_floor(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        whole = int(t)
        if whole > t:
            whole -= 1
        return whole
    return _as_int(t)


def _broken_down(seconds, utc):
    return (_time.gmtime if utc else _time.localtime)(seconds)


@_add_comparisons
class datetime(date):
    __slots__ = ('_hh', '_mi', '_ss', '_us', '_tz', '_fold')

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        y, m, d = _checked_date(year, month, day)
        clock = _checked_time(hour, minute, second, microsecond, fold)
        _checked_tz(tzinfo)
        obj = object.__new__(cls)
        obj._y = y
        obj._m = m
        obj._d = d
        obj._hh, obj._mi, obj._ss, obj._us, obj._fold = clock
        obj._tz = tzinfo
        obj._hash = None
        return obj

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -- alternative constructors
    @classmethod
    def _from_seconds(cls, whole, us, utc, tz):
        parts = _broken_down(whole, utc)
        moment = cls(parts[0], parts[1], parts[2], parts[3], parts[4], min(parts[5], 59),
                     us, tz)
        return moment if tz is None else tz.fromutc(moment)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _checked_tz(tz)
        whole, us = _timestamp_parts(t, False)
        return cls._from_seconds(whole, us, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        whole, us = _timestamp_parts(t, False)
        return cls._from_seconds(whole, us, True, None)

    @classmethod
    def now(cls, tz=None):
        _checked_tz(tz)
        whole, us = _timestamp_parts(_time.time(), True)
        return cls._from_seconds(whole, us, tz is not None, tz)

    @classmethod
    def utcnow(cls):
        whole, us = _timestamp_parts(_time.time(), True)
        return cls._from_seconds(whole, us, True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_type):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_type):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tz
        return cls(date.year, date.month, date.day, time._hh, time._mi, time._ss,
                   time._us, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, text):
        _need_text(text)
        parsed = _iso_datetime(text)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % text)
        (y, m, d), (hh, mi, ss, us, tz) = parsed
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):  # as the C argument parser
            raise TypeError('strptime() argument 1 must be str, not %s'
                            % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError('strptime() argument 2 must be str, not %s'
                            % type(format).__name__)
        return cls(*_strptime(date_string, format))

    # -- tz queries
    def utcoffset(self):
        return _offset_from(self._tz, 'utcoffset', self)

    def dst(self):
        return _offset_from(self._tz, 'dst', self)

    def tzname(self):
        return _name_from(self._tz, self)

    # -- parts
    def date(self):
        return _date_type(self._y, self._m, self._d)

    def time(self):
        return _time_type(self._hh, self._mi, self._ss, self._us, fold=self._fold)

    def timetz(self):
        return _time_type(self._hh, self._mi, self._ss, self._us, self._tz, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._y if year is None else year,
                          self._m if month is None else month,
                          self._d if day is None else day,
                          self._hh if hour is None else hour,
                          self._mi if minute is None else minute,
                          self._ss if second is None else second,
                          self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- text
    def __repr__(self):
        values = [self._y, self._m, self._d, self._hh, self._mi, self._ss, self._us]
        while len(values) > 5 and values[-1] == 0:
            values.pop()
        inner = ', '.join('%d' % v for v in values)
        if self._tz is not None:
            inner += ', tzinfo=%r' % (self._tz,)
        if self._fold:
            inner += ', fold=1'
        return '%s(%s)' % (_type_label(self), inner)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        clock = _clock_text(self._hh, self._mi, self._ss, self._us, timespec)
        return '%04d-%02d-%02d%s%s%s' % (self._y, self._m, self._d, sep, clock,
                                         _offset_text(self.utcoffset(), True))

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _ABBR_DAYS[self.weekday()], _ABBR_MONTHS[self._m], self._d, self._hh, self._mi,
            self._ss, self._y)

    def strftime(self, format):
        _strftime_checked(format)
        fmt = _expand_format(format, self._us, self._tz, self)
        return _time.strftime(fmt, self.timetuple())

    # -- conversions
    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _struct(self._y, self._m, self._d, self._hh, self._mi, self._ss, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self
        if offset:
            moment = self - offset
        return _struct(moment._y, moment._m, moment._d, moment._hh, moment._mi,
                       moment._ss, 0)

    def _as_local_seconds(self):
        stamp = _time.mktime((self._y, self._m, self._d, self._hh, self._mi, self._ss,
                              0, 0, -1))
        return int(stamp)

    def timestamp(self):
        if self._tz is None:
            return self._as_local_seconds() + self._us / 1e6
        return (self - _EPOCH)._total_us() / 10 ** 6

    def _local_zone(self):
        if self._tz is None or self.utcoffset() is None:
            seconds = self._as_local_seconds()
        else:
            seconds = (self - _EPOCH) // timedelta(seconds=1)
        parts = _time.localtime(seconds)
        gmtoff = getattr(parts, 'tm_gmtoff', None)
        if gmtoff is None:
            here = datetime(*parts[:6])
            there = datetime(*_time.gmtime(seconds)[:6])
            gmtoff = (here - there) // timedelta(seconds=1)
        label = getattr(parts, 'tm_zone', None)
        shift = timedelta(seconds=gmtoff)
        return timezone(shift, label) if label else timezone(shift)

    def astimezone(self, tz=None):
        if tz is not None:
            _checked_tz(tz)
        own = self._tz
        offset = None
        if own is not None:
            if own is tz:
                return self
            offset = self.utcoffset()
        if offset is None:
            own = self._local_zone()
            if own is tz:
                return self
            offset = own.utcoffset(self)
        moment = self - offset
        utc = datetime(moment._y, moment._m, moment._d, moment._hh, moment._mi, moment._ss,
                       moment._us, timezone.utc)
        if tz is None:
            tz = utc._local_zone()
        shifted = type(self)(utc._y, utc._m, utc._d, utc._hh, utc._mi, utc._ss, utc._us, tz)
        return tz.fromutc(shifted)

    # -- arithmetic
    def _us_since_origin(self):
        days = _ordinal(self._y, self._m, self._d)
        return (days * 86400 + self._hh * 3600 + self._mi * 60 + self._ss) * _US_PER_SECOND \
            + self._us

    def _moved(self, delta_us):
        total = self._us_since_origin() + delta_us
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _LAST_ORDINAL:
            raise OverflowError('date value out of range')
        secs, us = divmod(rest, _US_PER_SECOND)
        mins, s = divmod(secs, 60)
        h, mins = divmod(mins, 60)
        y, m, d = _from_ordinal(days)
        return type(self)(y, m, d, h, mins, s, us, self._tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._moved(other._total_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._moved(-other._total_us())
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_since_origin() - other._us_since_origin()
        if self._tz is not other._tz:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None and mine != theirs:
                diff -= mine._total_us() - theirs._total_us()
        return timedelta._from_us(diff)

    # -- comparisons
    def _flip_changes_offset(self, offset):
        flipped = self.replace(fold=1 - self._fold).utcoffset()
        return flipped is not offset and flipped != offset

    def _order(self, other, ordering):
        if not isinstance(other, datetime):
            if not isinstance(other, date):
                return NotImplemented
            # Never fall back to date's comparison of the date parts.
            if ordering:
                raise TypeError("can't compare %s to %s"
                                % (_type_label(self), _type_label(other)))
            return _UNEQUAL
        a = self._us_since_origin()
        b = other._us_since_origin()
        if self._tz is other._tz:
            return _sign(a, b)
        mine = self.utcoffset()
        theirs = other.utcoffset()
        if mine != theirs and not (mine is None and theirs is None):
            if mine is None or theirs is None:
                if ordering:
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                return _UNEQUAL
            a -= mine._total_us()
            b -= theirs._total_us()
        result = _sign(a, b)
        if result == 0 and not ordering:
            # PEP 495: an ambiguous or missing local time never equals a time
            # in another zone.
            if self._flip_changes_offset(mine) or other._flip_changes_offset(theirs):
                return _UNEQUAL
        return result

    def __hash__(self):
        if self._hash is None:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            if offset is None:
                self._hash = hash(('datetime', self._us_since_origin()))
            else:
                self._hash = hash(timedelta._from_us(self._us_since_origin())
                                  - offset)
        return self._hash

    def __reduce__(self):
        args = (self._y, self._m, self._d, self._hh, self._mi, self._ss, self._us, self._tz)
        if self._fold:
            return (type(self), args, self._fold)
        return (type(self), args)

    def __setstate__(self, fold):
        self._fold = fold


datetime.min = datetime.combine(date.min, time.min)
datetime.max = datetime.combine(date.max, time.max)
datetime.resolution = timedelta.resolution

_OWN_CLASSES = (date, datetime, time, timedelta, timezone, tzinfo, IsoCalendarDate)
_EPOCH = datetime(1970, 1, 1, 0, 0, 0, 0, UTC)


# ---------------------------------------------------------------------------
# ISO 8601 parsing (the grammar accepted by CPython 3.11's fromisoformat).
# Works on the UTF-8 bytes, as the C implementation does, so that lengths and
# positions agree for non-ASCII input.

def _need_text(text):
    if not isinstance(text, str):
        raise TypeError('fromisoformat: argument must be str')


def _utf8(text):
    try:
        return text.encode('utf-8')
    except ValueError:  # lone surrogates
        return None


_DIGITS = b'0123456789'


def _number(raw, pos, count):
    """Integer from exactly count ASCII digits at pos, or None."""
    chunk = raw[pos:pos + count]
    if len(chunk) != count:
        return None
    value = 0
    for byte in chunk:
        if not 48 <= byte <= 57:
            return None
        value = value * 10 + byte - 48
    return value


def _byte(raw, pos):
    return raw[pos] if pos < len(raw) else 0


def _iso_date_part(raw, size):
    """(y, m, d) from raw[:size] or None; date-range errors raise as CPython's do."""
    year = _number(raw, 0, 4)
    if year is None:
        return None
    pos = 4
    dashed = _byte(raw, pos) == 45  # '-'
    if dashed:
        pos += 1
    if _byte(raw, pos) == 87:  # 'W'
        pos += 1
        week = _number(raw, pos, 2)
        if week is None:
            return None
        pos += 2
        day = 1
        if pos < size:
            if dashed:
                if _byte(raw, pos) != 45:
                    return None
                pos += 1
            day = _number(raw, pos, 1)
            if day is None:
                return None
        if not 0 < week < 53 and not (week == 53 and _has_53_weeks(year)):
            return None
        if not 0 < day < 8:
            return None
        return _from_ordinal(_iso_week_one(year) + (week - 1) * 7 + day - 1)
    month = _number(raw, pos, 2)
    if month is None:
        return None
    pos += 2
    if dashed:
        if _byte(raw, pos) != 45:
            return None
        pos += 1
    day = _number(raw, pos, 2)
    if day is None:
        return None
    return year, month, day


def _clock_fields(raw, start, stop):
    """Parse HH[:MM[:SS[.ffffff]]] starting at raw[start], the field ending at stop.

    Returns (status, h, m, s, us) with status 1 when text other than the end
    of the string follows, 0 at the end; None when malformed."""
    values = [0, 0, 0]
    pos = start
    separated = True
    for index in range(3):
        number = _number(raw, pos, 2)
        if number is None:
            return None
        values[index] = number
        pos += 2
        ch = _byte(raw, pos)
        pos += 1
        if index == 0:
            separated = ch == 58  # ':'
        if ch == 0 or pos >= stop:
            return (1 if ch else 0, values[0], values[1], values[2], 0)
        if separated and ch == 58:
            continue
        if ch == 46 or ch == 44:  # '.' or ','
            break
        if separated:
            return None
        pos -= 1  # compact form: the byte read belongs to the next field
    take = min(6, stop - pos)
    if take <= 0:
        return None
    micro = _number(raw, pos, take)
    if micro is None:
        return None
    micro *= 10 ** (6 - take)
    pos += take
    while 48 <= _byte(raw, pos) <= 57:
        pos += 1
    return (1 if _byte(raw, pos) else 0, values[0], values[1], values[2], micro)


def _iso_time_part(raw):
    """(h, m, s, us, tzinfo) from the time portion (bytes) or None."""
    size = len(raw)
    zone_at = 0
    while zone_at < size and raw[zone_at] not in (90, 43, 45):  # 'Z' '+' '-'
        zone_at += 1
    clock = _clock_fields(raw, 0, zone_at)
    if clock is None:
        return None
    status, h, m, s, us = clock
    if zone_at >= size:
        if status == 1:
            return None
        return h, m, s, us, None
    if raw[zone_at] == 90:
        if zone_at + 1 != size:
            return None
        return h, m, s, us, timezone.utc
    sign = -1 if raw[zone_at] == 45 else 1
    zone = _clock_fields(raw, zone_at + 1, size)
    if zone is None or zone[0]:
        return None
    _, zh, zm, zs, zus = zone
    offset_seconds = sign * (zh * 3600 + zm * 60 + zs)
    offset_us = sign * zus
    if offset_seconds == 0 and offset_us == 0:
        return h, m, s, us, timezone.utc
    return h, m, s, us, timezone(timedelta(seconds=offset_seconds, microseconds=offset_us))


def _separator_position(raw):
    """Where the date ends in a datetime string (see the 3.11 formats)."""
    size = len(raw)
    if size == 7:
        return 7
    if _byte(raw, 4) == 45:  # YYYY-...
        if _byte(raw, 5) != 87:  # not a week date: YYYY-MM-DD
            return 10
        if size < 8:
            return -1
        if size > 8 and _byte(raw, 8) == 45:
            if size == 9:
                return -1
            if size > 10 and 48 <= _byte(raw, 10) <= 57:
                return 8
            return 10
        return 8
    if _byte(raw, 4) == 87:  # YYYYWww[d]
        pos = 7
        while pos < size and 48 <= raw[pos] <= 57:
            pos += 1
        if pos < 9:
            return pos
        return 7 if pos % 2 == 0 else 8
    return 8


def _iso_datetime(text):
    raw = _utf8(text)
    if raw is None or len(raw) < 7:
        return None
    cut = _separator_position(raw)
    if cut < 0:
        return None
    ymd = _iso_date_part(raw, cut)
    if ymd is None:
        return None
    clock = (0, 0, 0, 0, None)
    if len(raw) > cut:
        # Skip the separator, which may be any single (multi-byte) character.
        lead = raw[cut]
        width = 1
        if lead >= 0xF0:
            width = 4
        elif lead >= 0xE0:
            width = 3
        elif lead >= 0xC0:
            width = 2
        clock = _iso_time_part(raw[cut + width:])
        if clock is None:
            return None
    return ymd, clock


# ---------------------------------------------------------------------------
# strptime: the format becomes a list of tokens, matched by backtracking in
# the same preference order as CPython's regular expressions.

_ALIASES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

# For each numeric directive: allowed widths (tried in order) and a check
# of the digits taken.
_NUMERIC = {
    'd': ((2, 1), lambda v, w: 1 <= v <= 31),
    'H': ((2, 1), lambda v, w: v <= 23 if w == 2 else True),
    'I': ((2, 1), lambda v, w: 1 <= v <= 12),
    'm': ((2, 1), lambda v, w: 1 <= v <= 12),
    'M': ((2, 1), lambda v, w: v <= 59),
    'S': ((2, 1), lambda v, w: v <= 61),
    'j': ((3, 2, 1), lambda v, w: 1 <= v <= 366),
    'U': ((2, 1), lambda v, w: v <= 53),
    'W': ((2, 1), lambda v, w: v <= 53),
    'V': ((2, 1), lambda v, w: (1 <= v <= 53) if w == 2 else True),
    'y': ((2,), lambda v, w: True),
    'Y': ((4,), lambda v, w: True),
    'G': ((4,), lambda v, w: True),
    'f': ((6, 5, 4, 3, 2, 1), lambda v, w: True),
    'w': ((1,), lambda v, w: v <= 6),
    'u': ((1,), lambda v, w: 1 <= v <= 7),
}
_ASCII_ONLY = frozenset('fwu')
_NAMES = {
    'a': _ABBR_DAYS, 'A': _FULL_DAYS, 'b': _ABBR_MONTHS[1:], 'B': _FULL_MONTHS[1:],
    'p': ('AM', 'PM'),
}
_REGEX_SPECIALS = frozenset('\\.^$*+?(){}[]|')


def _zone_names():
    names = {'utc', 'gmt'}
    zones = getattr(_time, 'tzname', ('', ''))
    if zones[0]:
        names.add(zones[0].lower())
    if getattr(_time, 'daylight', 0) and zones[1]:
        names.add(zones[1].lower())
    return sorted(names, key=len, reverse=True)


def _tokens(fmt, whole_format):
    """('lit', text) / ('ws',) / ('dir', code) tokens, or a ValueError."""
    out = []
    i = 0
    end = len(fmt)
    while i < end:
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= end:
                raise ValueError("stray %% in format '%s'" % whole_format)
            code = fmt[i + 1]
            i += 2
            if code in _ALIASES:
                out.extend(_tokens(_ALIASES[code], whole_format))
            elif code == '%':
                out.append(('lit', '%'))
            elif code in _NUMERIC or code in _NAMES or code in 'zZ':
                out.append(('dir', code))
            else:
                bad = '%' if code.isspace() or code in _REGEX_SPECIALS else code
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (bad, whole_format))
        elif ch.isspace():
            while i < end and fmt[i].isspace():
                i += 1
            out.append(('ws',))
        else:
            out.append(('lit', ch))
            i += 1
    return out


def _digits_ok(text, ascii_only):
    if ascii_only:
        return all('0' <= c <= '9' for c in text)
    return text.isdecimal()


def _zone_offset_ends(text, pos):
    """End positions of the %z forms starting at pos, preferred first."""
    if text[pos:pos + 1] == 'Z':
        return [pos + 1]
    if text[pos:pos + 1] not in ('+', '-'):
        return []
    p = pos + 1
    if not _digits_ok(text[p:p + 2], False) or len(text[p:p + 2]) != 2:
        return []
    p += 2
    minute_starts = []
    if text[p:p + 1] == ':':
        minute_starts.append(p + 1)
    minute_starts.append(p)
    ends = []
    for q in minute_starts:
        mm = text[q:q + 2]
        if len(mm) != 2 or not ('0' <= mm[0] <= '5') or not _digits_ok(mm[1], False):
            continue
        q += 2
        second_starts = []
        if text[q:q + 1] == ':':
            second_starts.append(q + 1)
        second_starts.append(q)
        longer = []
        for r in second_starts:
            ss = text[r:r + 2]
            if len(ss) != 2 or not ('0' <= ss[0] <= '5') or not _digits_ok(ss[1], False):
                continue
            r += 2
            if text[r:r + 1] == '.':
                run = 0
                while run < 6 and _digits_ok(text[r + 1 + run:r + 2 + run], False) \
                        and r + 1 + run < len(text):
                    run += 1
                for take in range(run, 0, -1):
                    longer.append(r + 1 + take)
            longer.append(r)
        ends.extend(longer)
        ends.append(q)
    return ends


def _candidates(code, text, pos):
    """(end, value) pairs for directive code at pos, most preferred first."""
    found = []
    if code in _NUMERIC:
        widths, valid = _NUMERIC[code]
        ascii_only = code in _ASCII_ONLY
        for width in widths:
            piece = text[pos:pos + width]
            if len(piece) == width and _digits_ok(piece, ascii_only) \
                    and valid(int(piece), width):
                found.append((pos + width, piece))
        if code == 'd' and text[pos:pos + 1] == ' ':
            piece = text[pos + 1:pos + 2]
            if piece and '1' <= piece <= '9':
                found.append((pos + 2, piece))
        return found
    if code in _NAMES:
        choices = sorted((n.lower() for n in _NAMES[code]), key=len, reverse=True)
    elif code == 'Z':
        choices = _zone_names()
    else:
        return [(end, text[pos:end]) for end in _zone_offset_ends(text, pos)]
    for name in choices:
        piece = text[pos:pos + len(name)]
        if piece.lower() == name:
            found.append((pos + len(name), piece))
    return found


def _match(tokens, index, text, pos, found):
    if index == len(tokens):
        return pos
    token = tokens[index]
    kind = token[0]
    if kind == 'lit':
        ch = token[1]
        piece = text[pos:pos + 1]
        if piece and (piece == ch or piece.lower() == ch.lower()):
            return _match(tokens, index + 1, text, pos + 1, found)
        return None
    if kind == 'ws':
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        while end > pos:
            result = _match(tokens, index + 1, text, end, found)
            if result is not None:
                return result
            end -= 1
        return None
    code = token[1]
    for end, value in _candidates(code, text, pos):
        found[code] = value
        result = _match(tokens, index + 1, text, end, found)
        if result is not None:
            return result
        del found[code]
    return None


def _strptime(text, fmt):
    tokens = _tokens(fmt, fmt)
    seen = []
    for token in tokens:
        if token[0] == 'dir':
            if token[1] in seen:
                # CPython's regular expression cannot hold a group twice.
                _duplicate_directive(token[1], len(seen) + 1, seen.index(token[1]) + 1)
            seen.append(token[1])
    found = {}
    stop = _match(tokens, 0, text, 0, found)
    if stop is None:
        raise ValueError('time data %r does not match format %r' % (text, fmt))
    if stop != len(text):
        raise ValueError('unconverted data remains: %s' % text[stop:])

    year = None
    month = day = 1
    hour = minute = second = micro = 0
    gmtoff = None
    gmtoff_us = 0
    zone_name = None
    iso_year = iso_week = None
    weekday = julian = None
    week_number = None
    week_from_monday = True
    for code, value in found.items():
        if code == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif code == 'Y':
            year = int(value)
        elif code == 'G':
            iso_year = int(value)
        elif code == 'm':
            month = int(value)
        elif code in 'bB':
            month = [n.lower() for n in _NAMES[code]].index(value.lower()) + 1
        elif code == 'd':
            day = int(value)
        elif code == 'H':
            hour = int(value)
        elif code == 'I':
            hour = int(value)
            meridian = found.get('p', '').lower()
            if meridian in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif code == 'M':
            minute = int(value)
        elif code == 'S':
            second = int(value)
        elif code == 'f':
            micro = int(value + '0' * (6 - len(value)))
        elif code in 'aA':
            weekday = [n.lower() for n in _NAMES[code]].index(value.lower())
        elif code == 'w':
            weekday = (int(value) + 6) % 7
        elif code == 'u':
            weekday = int(value) - 1
        elif code == 'j':
            julian = int(value)
        elif code in 'UW':
            week_number = int(value)
            week_from_monday = code == 'W'
        elif code == 'V':
            iso_week = int(value)
        elif code == 'z':
            gmtoff, gmtoff_us = _parse_z(value)
        elif code == 'Z':
            zone_name = value

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None and week_number is None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")

    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900

    if julian is None and weekday is not None:
        if week_number is not None:
            first = (_ordinal(year, 1, 1) + 6) % 7
            wd = weekday
            if not week_from_monday:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week_number == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_number - 1) + wd
        elif iso_year is not None and iso_week is not None:
            n = _iso_week_one(iso_year) + (iso_week - 1) * 7 + weekday
            year = iso_year
            julian = n - _ordinal(year, 1, 1) + 1
            if julian < 1:
                year -= 1
                julian = n - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365

    if julian is not None:
        n = julian - 1 + _ordinal(year, 1, 1)
        if not 1 <= n <= _LAST_ORDINAL:
            y, m, d = _from_ordinal(max(n, 1))
            raise ValueError('year %d is out of range' % (y if n >= 1 else 0))
        year, month, day = _from_ordinal(n)
    else:
        _checked_date(year, month, day)
    if leap_fix:
        year = 1900

    tz = None
    if gmtoff is not None:
        delta = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
        tz = timezone(delta, zone_name) if zone_name else timezone(delta)
    return year, month, day, hour, minute, second, micro, tz


def _duplicate_directive(code, again, first):
    message = 'redefinition of group name %r as group %d; was group %d' % (code, again, first)
    import re
    raise re.error(message)


def _parse_z(value):
    if value == 'Z':
        return 0, 0
    body = value
    if body[3] == ':':
        body = body[:3] + body[4:]
        if len(body) > 5:
            if body[5] != ':':
                raise ValueError('Inconsistent use of : in %s' % value)
            body = body[:5] + body[6:]
    seconds = int(body[1:3]) * 3600 + int(body[3:5]) * 60 + int(body[5:7] or 0)
    frac = body[8:]
    micro = int(frac + '0' * (6 - len(frac))) if frac else 0
    if body[0] == '-':
        return -seconds, -micro
    return seconds, micro
