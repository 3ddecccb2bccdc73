"""Calendar helpers and plain-text calendars: isleap, leapdays, weekday,
monthrange, monthcalendar, timegm, Calendar, TextCalendar, month/prmonth,
calendar/prcal, weekheader, setfirstweekday, the English (C locale) name
lists day_name/day_abbr/month_name/month_abbr and MONDAY..SUNDAY.

pyrite's own implementation.  HTMLCalendar, the Locale* calendars and the
command line are not provided.
"""

import datetime

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday',
           'firstweekday', 'isleap', 'leapdays', 'weekday', 'monthrange',
           'monthcalendar', 'prmonth', 'month', 'prcal', 'calendar', 'timegm',
           'month_name', 'month_abbr', 'day_name', 'day_abbr', 'Calendar',
           'TextCalendar', 'weekheader', 'MONDAY', 'TUESDAY', 'WEDNESDAY',
           'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'error']

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return 'bad month number %r; must be 1-12' % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ('bad weekday number %r; must be 0 (Monday) to 6 (Sunday)'
                % (self.weekday,))


MONDAY, TUESDAY, WEDNESDAY, THURSDAY = 0, 1, 2, 3
FRIDAY, SATURDAY, SUNDAY = 4, 5, 6
January, February = 1, 2

# Days per month of a common year; index 0 is a placeholder.
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _Names:
    """Read-only sequence of names supporting indexes and slices."""

    def __init__(self, names):
        self._all = tuple(names)

    def __getitem__(self, index):
        picked = self._all[index]
        return list(picked) if isinstance(index, slice) else picked

    def __len__(self):
        return len(self._all)


_DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
_MONTHS = ('January February March April May June July August September '
           'October November December').split()
day_name = _Names(_DAYS)
day_abbr = _Names(d[:3] for d in _DAYS)
month_name = _Names([''] + _MONTHS)
month_abbr = _Names([''] + [m[:3] for m in _MONTHS])


def isleap(year):
    """True when year is a leap year in the proleptic Gregorian calendar."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def _leaps_through(year):
    # Leap years in 1..year (for year >= 0; floor division keeps it exact below).
    return year // 4 - year // 100 + year // 400


def leapdays(y1, y2):
    """Count the leap years y with y1 <= y < y2."""
    return _leaps_through(y2 - 1) - _leaps_through(y1 - 1)


def weekday(year, month, day):
    """Day of the week, 0 (Monday) to 6 (Sunday)."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        # The Gregorian cycle repeats every 400 years.
        year = 2000 + year % 400
    return datetime.date(year, month, day).isoweekday() - 1


def _days_in(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the 1st, number of days) for the given month."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _in_rows(values, size):
    return [values[at:at + size] for at in range(0, len(values), size)]


class Calendar:
    """Iterators over the weeks of a month; weeks start on firstweekday."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._start % 7

    def setfirstweekday(self, firstweekday):
        self._start = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in display order."""
        first = self.firstweekday
        return iter([(first + k) % 7 for k in range(7)])

    def _padding(self, year, month):
        """(days shown before the 1st, days in month, days shown after)."""
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = -(before + length) % 7
        return before, length, after

    def itermonthdays(self, year, month):
        """Day numbers of the displayed weeks, 0 for days of other months."""
        before, length, after = self._padding(year, month)
        for _ in range(before):
            yield 0
        yield from range(1, length + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs; day number 0 outside the month."""
        wd = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        """(year, month, day) triples of every displayed day."""
        before, length, after = self._padding(year, month)
        if month == 1:
            prev_y, prev_m = year - 1, 12
        else:
            prev_y, prev_m = year, month - 1
        if month == 12:
            next_y, next_m = year + 1, 1
        else:
            next_y, next_m = year, month + 1
        prev_len = _days_in(prev_y, prev_m)
        for day in range(prev_len - before + 1, prev_len + 1):
            yield prev_y, prev_m, day
        for day in range(1, length + 1):
            yield year, month, day
        for day in range(1, after + 1):
            yield next_y, next_m, day

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) of every displayed day."""
        wd = self.firstweekday
        for ymd in self.itermonthdays3(year, month):
            yield ymd + (wd % 7,)
            wd += 1

    def itermonthdates(self, year, month):
        """datetime.date of every displayed day."""
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def monthdatescalendar(self, year, month):
        return _in_rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _in_rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _in_rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _in_rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _in_rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _in_rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


def _put(text):
    print(text, end='')


def _side_by_side(texts, colwidth, spacing):
    return (' ' * spacing).join([t.center(colwidth) for t in texts])


class TextCalendar(Calendar):
    """Calendars rendered as text, in the style of the Unix cal program."""

    def prweek(self, theweek, width):
        _put(self.formatweek(theweek, width))

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(day, wd, width) for day, wd in theweek])

    def formatweekday(self, day, width):
        source = day_name if width >= 9 else day_abbr
        return source[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title += ' ' + repr(theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        _put(self.formatmonth(theyear, themonth, w, l))

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """One month as a multi-line string."""
        w = w if w > 2 else 2
        gap = '\n' * (l if l > 1 else 1)
        rows = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                self.formatweekheader(w)]
        rows += [self.formatweek(wk, w) for wk in self.monthdays2calendar(theyear, themonth)]
        return ''.join([row.rstrip() + gap for row in rows])

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A whole year, m months side by side, as a multi-line string."""
        w = w if w > 2 else 2
        gap = '\n' * (l if l > 1 else 1)
        c = c if c > 2 else 2
        colwidth = 7 * (w + 1) - 1
        pieces = [repr(theyear).center(m * colwidth + (m - 1) * c).rstrip(), gap]
        names_row = self.formatweekheader(w)
        for band, cals in enumerate(self.yeardays2calendar(theyear, m)):
            first = band * m + 1
            months = range(first, min(first + m, 13))
            lines = [
                _side_by_side([self.formatmonthname(theyear, mo, colwidth, False)
                               for mo in months], colwidth, c),
                _side_by_side([names_row] * len(months), colwidth, c),
            ]
            for row in range(max([len(cal) for cal in cals])):
                lines.append(_side_by_side(
                    [self.formatweek(cal[row], w) if row < len(cal) else ''
                     for cal in cals], colwidth, c))
            pieces.append(gap)
            for line in lines:
                pieces.append(line.rstrip())
                pieces.append(gap)
        return ''.join(pieces)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        _put(self.formatyear(theyear, w, l, c, m))


# Module-level functions use one shared TextCalendar.
c = TextCalendar()
firstweekday = c.getfirstweekday
monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


def format(cols, colwidth=20, spacing=6):
    """Print the strings in cols centred in columns."""
    print(_side_by_side(cols, colwidth, spacing))


def formatstring(cols, colwidth=20, spacing=6):
    """The strings in cols centred in columns of colwidth, spacing apart."""
    return _side_by_side(cols, colwidth, spacing)


EPOCH = 1970
_EPOCH_DAY = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the Unix epoch of a UTC time tuple."""
    y, mo, d, h, mi, s = tuple[:6]
    days = datetime.date(y, mo, 1).toordinal() + (d - 1) - _EPOCH_DAY
    return ((days * 24 + h) * 60 + mi) * 60 + s
