#!/usr/bin/env python3
"""Compare src/stdlib/calendar.py with CPython's calendar."""
import calendar as real
import sys
from harness import load, Checker

mine = load('calendar')
c = Checker('calendar')
EXPRS = r'''
k.month(2024, 1)
k.month(2024, 2, 3, 2)
k.month(2023, 12, 1)
k.calendar(2024)
k.calendar(2023, 3, 2, 4, 4)
k.monthrange(2024, 2)
k.monthrange(2023, 2)
k.monthrange(2024, 13)
k.isleap(2024), k.isleap(1900), k.isleap(2000)
k.leapdays(2000, 2025)
k.leapdays(1, 10000)
k.weekday(2024, 1, 5)
k.weekday(10000, 1, 1)
k.monthcalendar(2024, 2)
list(k.day_name), list(k.month_abbr), list(k.month_name), list(k.day_abbr)
k.MONDAY, k.SUNDAY, k.firstweekday()
k.TextCalendar(k.SUNDAY).formatmonth(2024, 2, w=3, l=2)
k.TextCalendar(6).formatyear(2024)
k.timegm((2024, 1, 1, 0, 0, 0))
k.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0))
list(k.Calendar().itermonthdays(2024, 2))
list(k.Calendar(3).itermonthdays2(2024, 3))
list(k.Calendar(6).itermonthdays3(2024, 1))
list(k.Calendar(2).itermonthdays4(2024, 12))[:10]
[d.isoformat() for d in k.Calendar().itermonthdates(2024, 5)]
k.Calendar().yeardayscalendar(2024, 4)[0][0]
k.weekheader(2)
k.weekheader(3)
k.weekheader(10)
k.TextCalendar().formatweekday(0, 12)
k.formatstring(['a', 'b'], 5, 2)
k.day_name[0], k.month_name[1], len(k.month_name), k.month_abbr[-1]
list(k.Calendar(1).iterweekdays())
k.setfirstweekday(9)
k.setfirstweekday(-1)
k.day_name[1:3], k.month_abbr[::4], k.mdays
list(k.Calendar().itermonthdays3(1, 1))[:3], list(k.Calendar(6).itermonthdays4(9999, 12))[-3:]
k.weekday(-5, 3, 1), k.weekday(12345, 6, 7)
k.TextCalendar(2).formatyear(2025, 3, 2, 1, 5)
k.TextCalendar(4).formatyear(2021, 1, 0, 0, 12)
k.TextCalendar().formatmonthname(2024, 3, 20), k.TextCalendar().formatmonthname(2024, 3, 20, False)
k.TextCalendar().formatweek([(0, 0), (1, 1), (31, 2)], 4)
k.Calendar(5).monthdatescalendar(2024, 6)[0], k.Calendar(9).firstweekday, k.Calendar(9).getfirstweekday()
k.Calendar().yeardays2calendar(2023, 5)[2][1][0], k.Calendar().yeardatescalendar(2023)[3][2][-1]
k.timegm((2000, 2, 29, 12, 30, 15)), k.leapdays(-100, 100), k.leapdays(2024, 2000)
'''
c.expr(EXPRS.strip().split('\n'), {'k': real}, {'k': mine})
for y in (1, 1999, 2000, 2024, 9999):
    for m in range(1, 13):
        for fw in (0, 6, 3):
            c.same('%d-%d fw%d' % (y, m, fw), lambda: real.TextCalendar(fw).formatmonth(y, m),
                   lambda: mine.TextCalendar(fw).formatmonth(y, m))
ok = c.report()
sys.exit(0 if ok else 1)
