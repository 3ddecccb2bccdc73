# datetime: tzinfo subclasses, timezone, astimezone, comparisons across zones,
# hashing, strftime/strptime.
from datetime import date, time, datetime, timedelta, timezone, tzinfo
import copy


def attempt(label, func):
    try:
        print(label, '->', repr(func()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.delta = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.delta

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return 'Fixed(%s)' % self.name


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7


class Huge(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=24)


est = Fixed(-5, 'EST')
x = datetime(2024, 1, 1, 12, tzinfo=est)
print(repr(x), x.isoformat(), x.tzname(), x.utcoffset(), x.dst(), x.strftime('%Z %z %H'))
print(x.astimezone(timezone.utc), x.astimezone(timezone(timedelta(hours=2), 'X')))
print(datetime(2024, 1, 1, 17, tzinfo=timezone.utc).astimezone(est))
print(x.utctimetuple(), x.timetuple())
print(x == datetime(2024, 1, 1, 17, tzinfo=timezone.utc), x < datetime(2024, 1, 1, 18, tzinfo=timezone.utc))
print(hash(x) == hash(datetime(2024, 1, 1, 17, tzinfo=timezone.utc)))
print(x - datetime(2024, 1, 1, 12, tzinfo=timezone.utc))
print(x == datetime(2024, 1, 1, 12), x != datetime(2024, 1, 1, 12))
attempt('naive<aware', lambda: x < datetime(2024, 1, 1, 12))
attempt('naive-aware', lambda: x - datetime(2024, 1, 1, 12))
attempt('bad offset', lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())
attempt('bad name', lambda: datetime(2024, 1, 1, tzinfo=Bad()).tzname())
attempt('huge offset', lambda: datetime(2024, 1, 1, tzinfo=Huge()).utcoffset())
attempt('abstract', lambda: tzinfo().utcoffset(None))
attempt('fromutc other', lambda: est.fromutc(datetime(2024, 1, 1)))
attempt('fromutc type', lambda: est.fromutc(5))
print(est.fromutc(datetime(2024, 1, 1, 12, tzinfo=est)))

# timezone
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=1)),
           timezone(timedelta(hours=-1, seconds=30)), timezone(timedelta(hours=5, minutes=30, microseconds=1)),
           timezone(timedelta(hours=1), 'X'), timezone.min, timezone.max]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=3)) == timezone(timedelta(hours=3), 'X'))
print(hash(timezone(timedelta(hours=3))) == hash(timezone(timedelta(hours=3), 'Y')))
attempt('tz range', lambda: timezone(timedelta(hours=24)))
attempt('tz type', lambda: timezone(1))
attempt('tz name', lambda: timezone(timedelta(0), 1))
attempt('tz arg', lambda: timezone.utc.utcoffset(5))
attempt('tz fromutc', lambda: timezone.utc.fromutc(datetime(2024, 1, 1)))

# copies
y = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=1), 'X'))
print(copy.deepcopy(y), copy.copy(timedelta(3)), copy.copy(time(1, 2, tzinfo=timezone.utc)))
for obj in [y, date(2024, 5, 6), time(1, 2, 3, 4), timedelta(1, 2, 3), timezone.utc, datetime(2024, 1, 1, fold=1)]:
    back = copy.deepcopy(obj)
    print(repr(back), back == obj)


# subclasses
class MyDate(date):
    pass


class MyDT(datetime):
    pass


print(repr(MyDate(2024, 1, 2)), type(MyDate(2024, 1, 2) + timedelta(1)).__name__)
print(repr(MyDT(2024, 1, 2, 3)), type(MyDT.fromisoformat('2024-01-01')).__name__,
      type(MyDT.strptime('2024', '%Y')).__name__, type(MyDT(2024, 1, 1) - timedelta(1)).__name__)

# strptime
for s, f in [('2024-01-05 10:20', '%Y-%m-%d %H:%M'), ('5 jan 2024', '%d %b %Y'),
             ('Friday, January 05, 2024 3:04 PM', '%A, %B %d, %Y %I:%M %p'), ('12:30 AM', '%I:%M %p'),
             ('2024-01-05T10:20:30.5+0200', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2024-01-05T10:20:30Z', '%Y-%m-%dT%H:%M:%S%z'),
             ('+0130 UTC', '%z %Z'), ('70', '%y'), ('68', '%y'), ('2024 100', '%Y %j'), ('2024 10 3', '%Y %U %w'),
             ('2024 1 1', '%G %V %u'), ('Fri Jan  5 10:20:30 2024', '%c'), ('01/05/24', '%x'), ('2024115', '%Y%m%d'),
             ('2024-02-30', '%Y-%m-%d'), ('02-29', '%m-%d'), ('x', '%Q'), ('x', 'x%'), ('2024-01', '%Y %m'),
             ('2024-01-05x', '%Y-%m-%d'), ('+05:3000', '%z'), ('2024 1', '%G %V'), ('1 1', '%V %u'), ('100%', '%H%%')]:
    attempt('strptime(%r, %r)' % (s, f), lambda: datetime.strptime(s, f))
attempt('strptime type', lambda: datetime.strptime(2024, '%Y'))
