# datetime: timedelta, date, time, datetime basics (no current times).
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone


def attempt(label, func):
    try:
        print(label, '->', repr(func()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


# timedelta normalisation, reprs and str
for args in [(), (1,), (-1, 5), (0, 0, 1), (0, 0, -1), (0.5,), (0, 1.5), (0, 0, 2.5),
             (0, 0, 3.5), (0, 0, -1.5), (1, -1, 1), (0, 86400), (-2, 3 * 3600)]:
    d = timedelta(*args)
    print(repr(d), str(d), d.days, d.seconds, d.microseconds, d.total_seconds(), bool(d))
print(timedelta(weeks=1, days=2, hours=3, minutes=4, seconds=5, milliseconds=6, microseconds=7))
print(timedelta(hours=25.5), timedelta(minutes=1.1, hours=-0.3), timedelta(0.1, 0.1, 0.1))
print(repr(timedelta.max), repr(timedelta.min), repr(timedelta.resolution))
attempt('overflow', lambda: timedelta(days=10 ** 9))
attempt('bad type', lambda: timedelta('1'))
attempt('td arg', lambda: timedelta(timedelta(1)))

a, b = timedelta(hours=5), timedelta(hours=2)
print(a + b, a - b, -a, +a, abs(-a), a * 2, 2 * a, a * 0.3, a / 3, a / 2.5, a / b, a // b,
      a // 7, a % b, divmod(a, b))
print(a < b, a == timedelta(seconds=18000), a != b, a == 5, hash(a) == hash(timedelta(seconds=18000)))
attempt('div zero', lambda: a / 0)
attempt('floordiv zero', lambda: a // 0)
attempt('mod zero', lambda: a % timedelta(0))
attempt('td/td zero', lambda: a / timedelta(0))
attempt('mul nan', lambda: a * float('nan'))

# date
d = date(2024, 2, 29)
print(repr(d), str(d), d.isoformat(), d.ctime(), d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.timetuple())
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2023, 2, 28), d + timedelta(hours=47))
print(d.replace(year=2023, day=28), d.replace(month=3), date.fromordinal(738000), date.fromordinal(1))
print(date.fromisocalendar(2020, 53, 7), date.fromisoformat('2024-W01-1'), date.fromisoformat('20240105'))
print(date.min, date.max, date.resolution, dt.MINYEAR, dt.MAXYEAR)
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %% %H:%M:%S|%f|%z|%Z|'), format(d, '%d/%m'), f'{d}', f'{d:%Y}')
for args in [(2024, 13, 1), (2023, 2, 29), (0, 1, 1), (10000, 1, 1), ('x', 1, 1), (2024.0, 1, 1)]:
    attempt('date%r' % (args,), lambda: date(*args))
attempt('fromordinal 0', lambda: date.fromordinal(0))
attempt('fromordinal big', lambda: date.fromordinal(3652060))
attempt('isocal week', lambda: date.fromisocalendar(2024, 53, 1))
attempt('isocal day', lambda: date.fromisocalendar(2024, 1, 8))
attempt('isocal year', lambda: date.fromisocalendar(0, 1, 1))
attempt('date overflow', lambda: date(9999, 12, 31) + timedelta(1))
attempt('strftime type', lambda: d.strftime(5))
print(sorted([date(2024, 1, 3), date(2023, 5, 1), date(2024, 1, 1)]))

# time
for t in [time(), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999, fold=1),
          time(12, tzinfo=timezone.utc), time(5, 6, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))]:
    print(repr(t), str(t), t.isoformat('minutes'), t.utcoffset(), t.tzname(), t.dst())
t = time(1, 2, 3, 450)
print([t.isoformat(s) for s in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')])
print(t.replace(hour=7), t.strftime('%H %M %S %f %p %I'), time.min, time.max, time.resolution)
print(time(1) < time(2), time(1) == time(1, tzinfo=timezone.utc),
      time(3, tzinfo=timezone(timedelta(hours=2))) == time(1, tzinfo=timezone.utc))
attempt('time 24', lambda: time(24))
attempt('time fold', lambda: time(fold=2))
attempt('time tz', lambda: time(tzinfo=1))
attempt('time naive/aware', lambda: time(1, tzinfo=timezone.utc) < time(1))
attempt('isoformat spec', lambda: t.isoformat('x'))

# datetime
x = datetime(2024, 1, 5, 1, 2, 3, 4)
print(repr(x), str(x), x.isoformat(), x.isoformat(' ', 'milliseconds'), x.ctime())
print(repr(datetime(2024, 1, 5)), repr(datetime(2024, 1, 5, 0, 0, 7)), repr(datetime(2024, 1, 1, fold=1)))
print(x.date(), x.time(), x.timetz(), x.timetuple(), x.weekday(), x.toordinal())
print(x + timedelta(days=1, hours=23), x - timedelta(microseconds=5), x - datetime(2023, 1, 1))
print(datetime.combine(date(2024, 1, 1), time(5, tzinfo=timezone.utc)), datetime.fromordinal(738000))
print(datetime.min, datetime.max, x.replace(year=2020, microsecond=0))
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) != datetime(2024, 1, 1))
attempt('dt<date', lambda: datetime(2024, 1, 1) < date(2024, 1, 1))
attempt('date<dt', lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
attempt('dt overflow', lambda: datetime(9999, 12, 31) + timedelta(days=1))
attempt('dt hour', lambda: datetime(2024, 1, 1, 24))
attempt('combine', lambda: datetime.combine(5, time()))
attempt('sep', lambda: x.isoformat('ab'))

# fromisoformat
for s in ['2024-01-05T10:20:30.5+02:00', '2024-01-05 10:20:30,123', '2024-01-05T10', '2024-01-05T1020',
          '2024-W01-2T10:20', '2024-01-05T10:20:30.1234567', '2024-01-05T10:20:30+0530',
          '20240105T102030Z', '2024-01-05T24:00', 'x', '2024-01-05T', '2024-01-05T10:2', '2024W017']:
    attempt('dt.fromiso %r' % s, lambda: datetime.fromisoformat(s))
for s in ['10:20:30Z', 'T10:20', '10:20:30.123+01:00', '102030', '25:00', '10:20:30:123']:
    attempt('time.fromiso %r' % s, lambda: time.fromisoformat(s))
attempt('fromiso type', lambda: date.fromisoformat(5))

# utc timestamps
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(86400.5), datetime.utcfromtimestamp(-1.25))
print(datetime.fromtimestamp(1700000000.123456, timezone(timedelta(hours=3))))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, tzinfo=timezone.utc).timestamp())
