"""Basic date and time types: date, time, datetime, timedelta, tzinfo,
timezone (with timezone.utc / UTC), MINYEAR and MAXYEAR; isoformat /
fromisoformat (3.11 formats), strftime (through time.strftime) and a
regex-free strptime.

pyrite's own implementation in plain Python.  Local-time conversions use
time.time, time.localtime, time.gmtime and time.mktime; strftime needs
time.strftime and time.struct_time.
"""

import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
               'Oct', 'Nov', 'Dec']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_MONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                    'August', 'September', 'October', 'November', 'December']
_FULL_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                  'Sunday']


################################################################################
# Calendar arithmetic
################################################################################

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """Proleptic Gregorian ordinal (1 = 0001-01-01) to (year, month, day)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _isoweek1monday(year):
    """Ordinal of the Monday starting ISO week 1 (the week with Jan 4th)."""
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24).')


def _cls_name(obj):
    # Like a C type's tp_name: qualified for the module's own classes only.
    cls = type(obj)
    if cls in _BASE_CLASSES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a utcoffset (empty for None)."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    """Expand %f, %z and %Z (which time.strftime does not know) and call it."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif code == 'z':
            offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(offset, '') if offset is not None else '')
        elif code == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name else '')
        else:
            out.append('%' + code)
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


################################################################################
# timedelta
################################################################################

def _exact_ratio(value, what):
    if isinstance(value, int):
        return int(value), 1
    if isinstance(value, float):
        return value.as_integer_ratio()
    raise TypeError('unsupported type for timedelta %s component: %s'
                    % (what, type(value).__name__))


def _round_half_even(num, den):
    """num/den rounded to the nearest int, ties to even (den > 0)."""
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
    hours=0, weeks=0); all arguments may be ints or floats."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        parts = ((days, 86400 * 10 ** 6, 'days'), (seconds, 10 ** 6, 'seconds'),
                 (microseconds, 1, 'microseconds'), (milliseconds, 1000, 'milliseconds'),
                 (minutes, 60 * 10 ** 6, 'minutes'), (hours, 3600 * 10 ** 6, 'hours'),
                 (weeks, 7 * 86400 * 10 ** 6, 'weeks'))
        num, den = 0, 1
        for value, scale, what in parts:
            if not value and isinstance(value, (int, float)):
                continue
            n, d = _exact_ratio(value, what)
            num = num * d + n * scale * den
            den *= d
        total = num // den if den == 1 else _round_half_even(num, den)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        d, rem = divmod(total, 86400 * 10 ** 6)
        s, us = divmod(rem, 10 ** 6)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 10 ** 6 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_cls_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    @property
    def days(self):
        """days"""
        return self._days

    @property
    def seconds(self):
        """seconds"""
        return self._seconds

    @property
    def microseconds(self):
        """microseconds"""
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() +
                                                other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() -
                                                other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _round_half_even(self._to_microseconds() * a, b) if b > 0 else 0)
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            num, den = usec, other
        else:
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            num, den = b * usec, a
        if den < 0:
            num, den = -num, -den
        return timedelta._from_microseconds(_round_half_even(num, den))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() %
                                                other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _cmp(self, other):
        return (self._days, self._seconds, self._microseconds) > \
            (other._days, other._seconds, other._microseconds)

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, self._key())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


################################################################################
# date
################################################################################

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # -- constructors ---------------------------------------------------------
    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Construct a date from time.time()."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (1 = 0001-01-01)."""
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            fields = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_iso_to_ymd(year, week, day))

    # -- representations ----------------------------------------------------
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_cls_name(self), self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        """Format using strftime()."""
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO (YYYY-MM-DD)."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return a new date with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # -- comparisons ---------------------------------------------------------
    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._cmp_key(), other._cmp_key())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            return False
        return self._compare(other, lambda a, b: a == b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    # -- arithmetic ------------------------------------------------------------
    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


class _IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

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
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % ('datetime.IsoCalendarDate', self[0], self[1], self[2]))


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    day_offset = (week - 1) * 7 + (day - 1)
    return _ord2ymd(_isoweek1monday(year) + day_offset)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


################################################################################
# tzinfo and timezone
################################################################################

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot '
                                 'convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, getattr(self, '__dict__', None) or None)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.' % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_cls_name(self), self._offset)
        return '%s(%r, %r)' % (_cls_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst(dt) argument must be a datetime instance or None, not %s'
                        % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


################################################################################
# time
################################################################################

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other, op, allow_mixed=False):
        if not isinstance(other, time):
            return NotImplemented
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return op(self._key(), other._key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return op is _ne
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return op((myhhmm, self._second, self._microsecond),
                  (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        result = self._compare(other, _eq, allow_mixed=True)
        return result

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash(t._key())
            else:
                h, m = divmod(timedelta(hours=self.hour, minutes=self.minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self.second, self.microsecond))
                else:
                    self._hashcode = hash((h, m, self.second, self.microsecond))
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_cls_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return the time formatted according to ISO (HH:MM:SS[.ffffff][+HH:MM])."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            fields = _parse_isoformat_time(text)
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(*fields)

    def strftime(self, fmt):
        """Format using strftime(); the date part is 1900-01-01."""
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, _time.struct_time(timetuple))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError('tzinfo.tzname() must return None or a string, not %s'
                            % type(name).__name__)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset('dst', offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return a new time with new values for the specified fields."""
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (self.__class__, args)


def _eq(a, b):
    return a == b


def _ne(a, b):
    return a != b


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


################################################################################
# datetime
################################################################################

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -- constructors ---------------------------------------------------------
    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        t = float(t)
        whole = float(int(t))
        frac, t = t - whole, whole
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time())."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Construct a datetime from time.time() and optional time zone info."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Construct a UTC datetime from time.time()."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            separator = _find_isoformat_datetime_separator(date_string)
            date_part = date_string[:separator]
            time_part = date_string[separator + 1:]
            ymd = _parse_isoformat_date(date_part)
            if time_part:
                fields = _parse_isoformat_time(time_part)
            elif separator < len(date_string):
                raise ValueError('missing time')
            else:
                fields = [0, 0, 0, 0, None]
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*ymd, *fields)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        values = _strptime(date_string, format)
        return cls(*values)

    # -- conversions -----------------------------------------------------------
    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, dst)

    def _local_timestamp(self):
        """POSIX timestamp of this naive datetime taken as local time."""
        tt = (self.year, self.month, self.day, self.hour, self.minute, self.second,
              0, 0, -1)
        return _time.mktime(tt)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return self._local_timestamp() + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, 0)

    def date(self):
        """Return the date part."""
        return _date_class(self._year, self._month, self._day)

    def time(self):
        """Return the time part, with tzinfo None."""
        return _time_class(self.hour, self.minute, self.second, self.microsecond,
                           fold=self.fold)

    def timetz(self):
        """Return the time part, with same tzinfo."""
        return _time_class(self.hour, self.minute, self.second, self.microsecond,
                           self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _local_timezone(self):
        if self.tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        local = datetime(*localtm[:6])
        gmtoff = getattr(localtm, 'tm_gmtoff', None)
        zone = getattr(localtm, 'tm_zone', None)
        if gmtoff is None:
            gmtoff = (local - datetime(*_time.gmtime(ts)[:6])) // timedelta(seconds=1)
        return timezone(timedelta(seconds=gmtoff), zone) if zone else \
            timezone(timedelta(seconds=gmtoff))

    def astimezone(self, tz=None):
        """Convert to the time zone tz (local time when None)."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be an instance of tzinfo')
        mytz = self.tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # -- representations ----------------------------------------------------
    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        if parts[-1] == 0:
            del parts[-1]
        if parts[-1] == 0:
            del parts[-1]
        s = '%s(%s)' % (_cls_name(self), ', '.join(map(str, parts)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        """Convert to string, for str()."""
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        """Format using strftime()."""
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError('tzinfo.tzname() must return None or a string, not %s'
                            % type(name).__name__)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset('dst', offset)
        return offset

    # -- comparisons ---------------------------------------------------------
    def _full_key(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def _compare(self, other, op, allow_mixed=False):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op is _eq:
                    return False
                if op is _ne:
                    return True
                raise TypeError("can't compare %s to %s" % (_cls_name(self),
                                                            _cls_name(other)))
            return NotImplemented
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return op is _ne
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return op is _ne
            base_compare = myoff == otoff
        if base_compare:
            return op(self._full_key(), other._full_key())
        if myoff is None or otoff is None:
            if allow_mixed:
                return op is _ne
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        return op(diff._to_microseconds(), 0)

    def __eq__(self, other):
        return self._compare(other, _eq, allow_mixed=True)

    def __ne__(self, other):
        result = self._compare(other, _ne, allow_mixed=True)
        return result

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self.fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(t._full_key())
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond) - tzoff)
        return self._hashcode

    # -- arithmetic ------------------------------------------------------------
    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(_date_class.fromordinal(delta.days),
                                      _time_class(hour, minute, second, delta.microseconds,
                                                  tzinfo=self._tzinfo))
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2,
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (self.__class__, args)


_date_class = date
_time_class = time
_BASE_CLASSES = (date, datetime, time, timedelta, timezone, tzinfo)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


################################################################################
# ISO 8601 parsing
################################################################################

def _digits(text, count):
    if len(text) != count or not text.isdigit() or not text.isascii():
        raise ValueError('expected %d digits' % count)
    return int(text)


def _parse_isoformat_date(s):
    """YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D] -> [y, m, d]."""
    year = _digits(s[0:4], 4)
    rest = s[4:]
    extended = rest[:1] == '-'
    if extended:
        rest = rest[1:]
    if rest[:1] == 'W':
        rest = rest[1:]
        week = _digits(rest[0:2], 2)
        rest = rest[2:]
        day = 1
        if rest:
            if extended:
                if rest[0] != '-':
                    raise ValueError('bad week date')
                rest = rest[1:]
            day = _digits(rest, 1)
        return list(_iso_to_ymd(year, week, day))
    month = _digits(rest[0:2], 2)
    rest = rest[2:]
    if extended:
        if rest[:1] != '-':
            raise ValueError('bad date')
        rest = rest[1:]
    day = _digits(rest, 2)
    return [year, month, day]


def _find_isoformat_datetime_separator(s):
    """Index of the date/time separator (len(s) when there is no time part)."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if n < 10 or s[8] != '-':
                return 8
            return 10
        return 10
    if s[4] == 'W':
        # YYYYWww or YYYYWwwD
        if n > 7 and s[7].isdigit():
            return 8
        return 7
    return 8


def _parse_hh_mm_ss_ff(s):
    """HH[:MM[:SS[.fff[fff]]]] or HH[MM[SS[.ffffff]]] -> [h, m, s, us]."""
    fields = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    extended = None
    for i in range(3):
        fields[i] = _digits(s[pos:pos + 2], 2)
        pos += 2
        if pos >= n:
            return fields
        sep = s[pos]
        if sep == ':':
            if extended is False:
                raise ValueError('inconsistent separators')
            extended = True
            pos += 1
        elif sep in '.,':
            break
        else:
            if extended:
                raise ValueError('inconsistent separators')
            extended = False
        if i == 2:
            break
    if pos < n:
        if s[pos] not in '.,' or i != 2:
            raise ValueError('bad time')
        frac = s[pos + 1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError('bad fraction')
        frac = frac[:6]
        fields[3] = int(frac) * 10 ** (6 - len(frac))
    return fields


def _parse_isoformat_time(s):
    """Time with optional Z/offset -> [h, m, s, us, tzinfo]."""
    if not s:
        raise ValueError('empty time')
    tz_pos = -1
    for sign in ('Z', '+', '-'):
        k = s.find(sign)
        if k >= 0:
            tz_pos = k
            break
    time_text = s if tz_pos < 0 else s[:tz_pos]
    fields = _parse_hh_mm_ss_ff(time_text)
    tz = None
    if tz_pos >= 0:
        tz_text = s[tz_pos:]
        if tz_text == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if tz_text[0] == '-' else 1
            h, m, sec, us = _parse_hh_mm_ss_ff(tz_text[1:])
            offset = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            tz = timezone.utc if not offset else timezone(sign * offset)
    fields.append(tz)
    return fields


################################################################################
# strptime (C locale)
################################################################################

_STRPTIME_ALIASES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_DIGIT_PATTERNS = {
    # Alternatives in the order CPython's regular expressions try them:
    # (allowed lengths, validator).
    'd': (('3[01]', '[12]d', '0[1-9]', '[1-9]', ' [1-9]')),
    'm': (('1[0-2]', '0[1-9]', '[1-9]')),
    'H': (('2[0-3]', '[0-1]d', 'd')),
    'I': (('1[0-2]', '0[1-9]', '[1-9]')),
    'M': (('[0-5]d', 'd')),
    'S': (('6[0-1]', '[0-5]d', 'd')),
    'y': (('dd',)),
    'Y': (('dddd',)),
    'j': (('36[0-6]', '3[0-5]d', '[12]dd', '0[1-9]d', '00[1-9]', '[1-9]d', '0[1-9]',
           '[1-9]')),
    'U': (('5[0-3]', '[0-4]d', 'd')),
    'W': (('5[0-3]', '[0-4]d', 'd')),
    'w': (('[0-6]',)),
    'u': (('[1-7]',)),
    'G': (('dddd',)),
    'V': (('5[0-3]', '0[1-9]', '[1-4]d', '[1-9]')),
}


def _char_matches(ch, spec):
    if spec == 'd':
        return '0' <= ch <= '9'
    if spec.startswith('['):
        lo, hi = spec[1], spec[3]
        return lo <= ch <= hi
    return ch == spec


def _split_pattern(pattern):
    """'3[01]' -> ['3', '[0-1]'] (character classes as ranges)."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern[i] == '[':
            j = pattern.index(']', i)
            body = pattern[i + 1:j]
            if len(body) == 2:
                body = body[0] + '-' + body[1]
            out.append('[' + body + ']')
            i = j + 1
        else:
            out.append(pattern[i])
            i += 1
    return out


def _numeric_candidates(code, text, pos):
    """Lengths a numeric directive could match at text[pos], in try order."""
    for pattern in _DIGIT_PATTERNS[code]:
        parts = _split_pattern(pattern)
        if pos + len(parts) > len(text):
            continue
        if all(_char_matches(text[pos + k], p) for k, p in enumerate(parts)):
            yield len(parts)


def _name_candidates(names, text, pos):
    low = text[pos:].lower()
    for name in sorted(names, key=len, reverse=True):
        if name and low.startswith(name.lower()):
            yield len(name)


def _tz_names():
    names = {'utc', 'gmt'}
    for name in getattr(_time, 'tzname', ()):
        names.add(name.lower())
    return names


def _z_candidates(text, pos):
    if text[pos:pos + 1] == 'Z':
        yield 1
        return
    if text[pos:pos + 1] not in ('+', '-'):
        return
    i = pos + 1

    def two(k):
        return len(text) >= k + 2 and text[k:k + 2].isdigit()
    if not two(i):
        return
    i += 2
    if text[i:i + 1] == ':':
        i += 1
    if not (two(i) and text[i] <= '5'):
        return
    i += 2
    end_hhmm = i
    j = i
    if text[j:j + 1] == ':':
        j += 1
    if two(j) and text[j] <= '5':
        j += 2
        if text[j:j + 1] == '.' and text[j + 1:j + 2].isdigit():
            k = j + 1
            while k < len(text) and k < j + 7 and text[k].isdigit():
                k += 1
            yield k - pos
        yield j - pos
    yield end_hhmm - pos


def _tokenize_format(fmt):
    """Format -> list of ('lit', ch) / ('ws',) / ('dir', code) tokens."""
    tokens = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            code = fmt[i + 1]
            i += 2
            if code in _STRPTIME_ALIASES:
                tokens.extend(_tokenize_format(_STRPTIME_ALIASES[code]))
            elif code == '%':
                tokens.append(('lit', '%'))
            elif code in _DIGIT_PATTERNS or code in 'fbBhaApzZ':
                tokens.append(('dir', code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
        elif ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            tokens.append(('ws',))
        else:
            tokens.append(('lit', ch))
            i += 1
    return tokens


def _match_tokens(tokens, k, text, pos, found):
    """Backtracking match of tokens[k:] at text[pos]; returns end position or -1."""
    if k == len(tokens):
        return pos
    token = tokens[k]
    kind = token[0]
    if kind == 'lit':
        if pos < len(text) and text[pos].lower() == token[1].lower():
            return _match_tokens(tokens, k + 1, text, pos + 1, found)
        return -1
    if kind == 'ws':
        end = pos
        while end < len(text) and text[end].isspace():
            end += 1
        for stop in range(end, pos, -1):
            result = _match_tokens(tokens, k + 1, text, stop, found)
            if result >= 0:
                return result
        return -1
    code = token[1]
    if code in _DIGIT_PATTERNS:
        candidates = _numeric_candidates(code, text, pos)
    elif code == 'f':
        run = 0
        while pos + run < len(text) and run < 6 and text[pos + run].isdigit():
            run += 1
        candidates = range(run, 0, -1)
    elif code in 'bh':
        candidates = _name_candidates(_MONTHNAMES[1:], text, pos)
    elif code == 'B':
        candidates = _name_candidates(_FULL_MONTHNAMES[1:], text, pos)
    elif code == 'a':
        candidates = _name_candidates(_DAYNAMES[1:], text, pos)
    elif code == 'A':
        candidates = _name_candidates(_FULL_DAYNAMES, text, pos)
    elif code == 'p':
        candidates = _name_candidates(['AM', 'PM'], text, pos)
    elif code == 'z':
        candidates = _z_candidates(text, pos)
    else:
        candidates = _name_candidates(sorted(_tz_names()), text, pos)
    for length in list(candidates):
        found.append((code, text[pos:pos + length]))
        result = _match_tokens(tokens, k + 1, text, pos + length, found)
        if result >= 0:
            return result
        found.pop()
    return -1


def _strptime(data_string, format):
    """Parse data_string with format -> (y, m, d, H, M, S, us, tzinfo)."""
    for index, arg in enumerate([data_string, format], 1):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (index, type(arg).__name__))
    tokens = _tokenize_format(format)
    found = []
    end = _match_tokens(tokens, 0, data_string, 0, found)
    if end < 0:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if end != len(data_string):
        raise ValueError('unconverted data remains: %s' % data_string[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    julian = None
    ampm = None
    for code, value in found:
        if code == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif code in 'YG':
            year = int(value)
        elif code == 'm':
            month = int(value)
        elif code in 'bh':
            month = [n.lower() if n else n for n in _MONTHNAMES].index(value.lower())
        elif code == 'B':
            month = [n.lower() if n else n for n in _FULL_MONTHNAMES].index(value.lower())
        elif code == 'd':
            day = int(value)
        elif code == 'H':
            hour = int(value)
        elif code == 'I':
            hour = int(value)
            ampm = ampm if ampm is not None else ''
        elif code == 'M':
            minute = int(value)
        elif code == 'S':
            second = int(value)
        elif code == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif code == 'p':
            ampm = value.lower()
        elif code == 'j':
            julian = int(value)
        elif code == 'z':
            if value == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if value[0] == '-' else 1
                body = value[1:].replace(':', '')
                hours, minutes = int(body[0:2]), int(body[2:4])
                seconds = int(body[4:6]) if len(body) >= 6 else 0
                micro = body[7:] if len(body) > 7 else ''
                micro = int(micro + '0' * (6 - len(micro))) if micro else 0
                offset = timedelta(hours=hours, minutes=minutes, seconds=seconds,
                                   microseconds=micro)
                tz = timezone(sign * offset)
    if any(code == 'I' for code, _ in found):
        is_pm = ampm == 'pm'
        if is_pm:
            if hour != 12:
                hour += 12
        elif hour == 12:
            hour = 0
    leap_year_fix = False
    if year is None:
        year = 1900
        if month == 2 and day == 29:
            year = 1904
            leap_year_fix = True
    if julian is not None:
        ordinal = julian - 1 + _ymd2ord(year, 1, 1)
        year, month, day = _ord2ymd(ordinal)
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, tz)


for _cls in (timedelta, date, tzinfo, timezone, time, datetime):
    _cls.__module__ = 'datetime'
del _cls
