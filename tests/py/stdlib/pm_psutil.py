# psutil's memory-monitoring subset. python3 here may lack psutil, so the
# checks are relations true on any Linux machine; only failures are printed,
# and without psutil nothing is checked (the output is the same either way).
import os
import time

try:
    import psutil
except ImportError:
    psutil = None

failures = []


def check(name, cond):
    if not cond:
        failures.append(name)


if psutil is not None:
    p = psutil.Process(os.getpid())
    mi = p.memory_info()
    check("pmem fields", mi._fields == ("rss", "vms", "shared", "text", "lib", "data", "dirty"))
    check("pmem repr", repr(mi).startswith("pmem(rss=%d, vms=%d, " % (mi.rss, mi.vms)))
    check("rss < vms", 0 < mi.rss < mi.vms)
    check("pages", mi.rss % 4096 == 0 and mi.vms % 4096 == 0)
    check("pid", p.pid == os.getpid() and psutil.Process().pid == p.pid)
    check("equal", p == psutil.Process())
    check("repr", repr(p).startswith("psutil.Process(pid=%d, name=%r, status=" % (p.pid, p.name())))
    check("name", isinstance(p.name(), str) and p.name() != "")
    check("threads", p.num_threads() >= 1)
    pct = p.memory_percent()
    check("memory_percent", isinstance(pct, float) and 0 < pct < 100)
    check("cpu_percent", p.cpu_percent() == 0.0 and p.cpu_percent() >= 0.0)
    check("cpu_times", p.cpu_times().user >= 0 and len(p.cpu_times()) == 5)
    check("create_time", 0 < p.create_time() <= time.time() + 1)
    full = p.memory_full_info()
    check("full fields", full._fields[-3:] == ("uss", "pss", "swap") and full.uss <= full.rss + 4096 * 64)
    check("is_running", p.is_running())
    # Growing a list of a million ints raises RSS by several MiB.
    before = p.memory_info().rss
    data = list(range(1000000))
    check("rss grows", p.memory_info().rss - before > 4 * 2 ** 20)
    del data

    vm = psutil.virtual_memory()
    check("svmem fields", vm._fields == ("total", "available", "percent", "used", "free", "active",
                                        "inactive", "buffers", "cached", "shared", "slab"))
    check("svmem relations", 0 < vm.available <= vm.total and 0 <= vm.free <= vm.total and 0 <= vm.percent <= 100)
    check("svmem percent", vm.percent == round((vm.total - vm.available) / vm.total * 100, 1))
    sw = psutil.swap_memory()
    check("sswap", sw.used == sw.total - sw.free and 0 <= sw.percent <= 100)
    check("cpu_count", psutil.cpu_count() >= 1 and 1 <= psutil.cpu_count(logical=False) <= psutil.cpu_count())
    check("cpu_percent sys", 0.0 <= psutil.cpu_percent(interval=0.05) <= 100.0)
    check("pid_exists", psutil.pid_exists(os.getpid()) and not psutil.pid_exists(2 ** 22 + 1))
    check("pids", os.getpid() in psutil.pids())
    check("boot_time", 0 < psutil.boot_time() < time.time())
    try:
        psutil.Process(2 ** 22 + 1)
        check("NoSuchProcess raised", False)
    except psutil.NoSuchProcess as e:
        check("NoSuchProcess str", str(e) == "process PID not found (pid=%d)" % (2 ** 22 + 1))
        check("NoSuchProcess repr", repr(e) == "psutil.NoSuchProcess(pid=%d, msg='process PID not found')" % (2 ** 22 + 1))
        check("NoSuchProcess hierarchy", isinstance(e, psutil.Error) and e.pid == 2 ** 22 + 1)
    for bad, exc in (("1", TypeError), (-1, ValueError)):
        try:
            psutil.Process(bad)
            check("bad pid %r" % (bad,), False)
        except exc:
            pass
    try:
        p.memory_percent("nope")
        check("memtype", False)
    except ValueError as e:
        check("memtype message", str(e).startswith("invalid memtype 'nope'; valid types are ('rss', "))

print("psutil checks failed:", failures)
