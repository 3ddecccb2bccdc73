import os, time, sys
s = os.stat('.')
print(type(s), type(s).__mro__, os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(len(s), type(s.st_atime).__name__, type(s[7]).__name__, s.st_mtime_ns > 0, s[8] == int(s.st_mtime))
print(repr(s).startswith('os.stat_result(st_mode='), 'st_atime=' in repr(s), repr(s).count('='))
print(os.stat_result.__match_args__)
t = time.gmtime(0)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t[:3], time.struct_time.n_fields)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone)
try: time.struct_time((1, 2))
except TypeError as e: print(e)
try: t.tm_year = 5
except AttributeError as e: print(e)
print(time.mktime(time.localtime(100)) == 100.0, time.strftime('%Y', t))
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
import datetime
print(datetime.date(2020, 5, 1).timetuple())
print(type(t).__name__, type(t).__module__, type(s).__qualname__)
