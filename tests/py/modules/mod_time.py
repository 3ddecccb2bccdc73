import time

t0 = time.time()
print(type(t0).__name__, t0 > 1.6e9, type(time.time_ns()).__name__)
a = time.perf_counter(); time.sleep(0.01); b = time.perf_counter()
print(b - a >= 0.009, time.monotonic() <= time.monotonic(), time.perf_counter_ns() > 0, time.process_time() >= 0)
st = time.gmtime(1700000000)
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_wday, st.tm_yday, st[0], len(st), tuple(st)[:3])
print(time.gmtime(0), time.gmtime(951782400), time.gmtime(-86400))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%', st))
print(time.asctime(st), time.ctime(0))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0 + time.timezone)
print(time.strftime('%Y', time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))))
for args in [(-1,), ('x',)]:
    try:
        time.sleep(*args)
    except Exception as e:
        print(type(e).__name__, e)
