# sched: a scheduler driven by a fake clock, then a short real-time run.
import sched
import time

print(sched.__all__)


class Clock:
    def __init__(self):
        self.now = 100.0
        self.sleeps = []

    def time(self):
        return self.now

    def sleep(self, d):
        self.sleeps.append(round(d, 6))
        self.now += d


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []


def act(name, *more, **kw):
    log.append((name, round(clock.now, 6), more, kw))


print(s.empty(), s.queue)
e1 = s.enter(5, 1, act, ("five",))
e2 = s.enterabs(102, 2, act, argument=("abs",), kwargs={"k": 1})
e3 = s.enter(5, 0, act, ("five-first",))
e4 = s.enter(5, 0, act, ("five-second",))
e5 = s.enter(1, 0, act, ("cancelled",))
print(e2._replace(action=None))
print(type(e1).__name__, e1.time, e1.priority, e1.action is act, e1.argument, e1.kwargs)
print(e3.sequence < e4.sequence, e1 < e3, e3 < e1, e3 < e4)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print("ValueError", e)
print([(e.time, e.priority, e.argument) for e in s.queue])
print(s.empty())
print(s.run(blocking=False))
s.run()
for entry in log:
    print(entry)
print(clock.sleeps, s.empty(), s.run(), s.run(blocking=False))

# Events scheduled while running, and an action that raises.
clock2 = Clock()
s2 = sched.scheduler(clock2.time, clock2.sleep)
out = []


def chain(n):
    out.append(n)
    if n < 3:
        s2.enter(1, 0, chain, (n + 1,))


def boom():
    raise RuntimeError("boom")


s2.enter(0, 0, chain, (0,))
s2.enter(1.5, 0, boom)
s2.enter(10, 0, out.append, ("late",))
try:
    s2.run()
except RuntimeError as e:
    print("RuntimeError", e, out, len(s2.queue))
s2.run()
print(out, clock2.now)

# The default clock: time.monotonic and time.sleep.
s3 = sched.scheduler()
print(s3.timefunc is time.monotonic, s3.delayfunc is time.sleep)
seen = []
start = time.monotonic()
s3.enterabs(start + 0.02, 1, seen.append, ("b",))
s3.enterabs(start + 0.01, 1, seen.append, ("a",))
s3.enterabs(start + 0.01, 0, seen.append, ("a0",))
s3.run()
print(seen, time.monotonic() - start >= 0.02)
print(sched.Event._fields)
