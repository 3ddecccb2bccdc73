"""psutil (built into pyrite): the process and system memory subset.

Numbers come live from /proc through the native `_psutil` module; the
named tuples, formulas, reprs and exceptions follow psutil 5.9 on Linux.
"""

import os as _os
import time as _time
from collections import namedtuple as _nt

import _psutil

__all__ = [
    "Error", "NoSuchProcess", "ZombieProcess", "AccessDenied", "TimeoutExpired",
    "Process", "pids", "pid_exists", "process_iter", "virtual_memory",
    "swap_memory", "cpu_count", "cpu_times", "cpu_percent", "boot_time",
    "STATUS_RUNNING", "STATUS_SLEEPING", "STATUS_DISK_SLEEP", "STATUS_STOPPED",
    "STATUS_TRACING_STOP", "STATUS_ZOMBIE", "STATUS_DEAD", "STATUS_WAKING",
    "STATUS_IDLE", "STATUS_PARKED", "LINUX", "POSIX", "version_info",
]

__version__ = "5.9.8"
version_info = (5, 9, 8)

LINUX = True
POSIX = True
WINDOWS = OSX = MACOS = FREEBSD = OPENBSD = NETBSD = BSD = SUNOS = AIX = False
PROCFS_PATH = "/proc"
PAGESIZE = _psutil.PAGESIZE

STATUS_RUNNING = "running"
STATUS_SLEEPING = "sleeping"
STATUS_DISK_SLEEP = "disk-sleep"
STATUS_STOPPED = "stopped"
STATUS_TRACING_STOP = "tracing-stop"
STATUS_ZOMBIE = "zombie"
STATUS_DEAD = "dead"
STATUS_WAKE_KILL = "wake-kill"
STATUS_WAKING = "waking"
STATUS_IDLE = "idle"
STATUS_PARKED = "parked"

_STATUS = {
    "R": STATUS_RUNNING, "S": STATUS_SLEEPING, "D": STATUS_DISK_SLEEP,
    "T": STATUS_STOPPED, "t": STATUS_TRACING_STOP, "Z": STATUS_ZOMBIE,
    "X": STATUS_DEAD, "x": STATUS_DEAD, "K": STATUS_WAKE_KILL,
    "W": STATUS_WAKING, "I": STATUS_IDLE, "P": STATUS_PARKED,
}

# ---- result types --------------------------------------------------------

svmem = _nt("svmem", ["total", "available", "percent", "used", "free", "active",
                      "inactive", "buffers", "cached", "shared", "slab"])
sswap = _nt("sswap", ["total", "used", "free", "percent", "sin", "sout"])
pmem = _nt("pmem", ["rss", "vms", "shared", "text", "lib", "data", "dirty"])
pfullmem = _nt("pfullmem", pmem._fields + ("uss", "pss", "swap"))
pcputimes = _nt("pcputimes", ["user", "system", "children_user", "children_system", "iowait"])
scputimes = _nt("scputimes", ["user", "nice", "system", "idle", "iowait", "irq",
                              "softirq", "steal", "guest", "guest_nice"])
for _t in (svmem, sswap, pmem, pfullmem, pcputimes, scputimes):
    _t.__module__ = "psutil._pslinux" if _t not in (sswap, scputimes) else "psutil._common"
del _t

# ---- exceptions -----------------------------------------------------------


class Error(Exception):
    """Base exception class. All other psutil exceptions inherit from this one."""

    __module__ = "psutil"

    def _infodict(self, attrs):
        info = {}
        for name in attrs:
            value = getattr(self, name, None)
            if value:
                info[name] = value
            elif name == "pid" and value == 0:
                info[name] = value
        return info

    def __str__(self):
        info = self._infodict(("pid", "ppid", "name"))
        if info:
            details = "(%s)" % ", ".join("%s=%r" % (k, v) for k, v in info.items())
        else:
            details = None
        return " ".join(x for x in (getattr(self, "msg", ""), details) if x)

    def __repr__(self):
        info = self._infodict(("pid", "ppid", "name", "seconds", "msg"))
        details = ", ".join("%s=%r" % (k, v) for k, v in info.items())
        return "psutil.%s(%s)" % (self.__class__.__name__, details)


class NoSuchProcess(Error):
    """Exception raised when a process with a certain PID doesn't
    or no longer exists.
    """

    __module__ = "psutil"

    def __init__(self, pid, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or "process no longer exists"


class ZombieProcess(NoSuchProcess):
    """Exception raised when querying a zombie process."""

    __module__ = "psutil"

    def __init__(self, pid, name=None, ppid=None, msg=None):
        NoSuchProcess.__init__(self, pid, name, msg)
        self.ppid = ppid
        self.msg = msg or "PID still exists but it's a zombie"


class AccessDenied(Error):
    """Exception raised when permission to perform an action is denied."""

    __module__ = "psutil"

    def __init__(self, pid=None, name=None, msg=None):
        Error.__init__(self)
        self.pid = pid
        self.name = name
        self.msg = msg or ""


class TimeoutExpired(Error):
    """Raised on Process.wait(timeout) if timeout expires and process
    is still alive.
    """

    __module__ = "psutil"

    def __init__(self, seconds, pid=None, name=None):
        Error.__init__(self)
        self.seconds = seconds
        self.pid = pid
        self.name = name
        self.msg = "timeout after %s seconds" % seconds


# ---- helpers --------------------------------------------------------------


def _usage_percent(used, total, round_=None):
    try:
        ret = (float(used) / total) * 100
    except ZeroDivisionError:
        return 0.0
    if round_ is not None:
        ret = round(ret, round_)
    return ret


def _pprint_secs(secs):
    now = _time.time()
    secs_ago = int(now - secs)
    fmt = "%H:%M:%S" if secs_ago < 60 * 60 * 24 else "%Y-%m-%d %H:%M:%S"
    return _time.strftime(fmt, _time.localtime(secs))


# ---- system-wide ----------------------------------------------------------


def virtual_memory():
    """System memory usage (bytes) from /proc/meminfo, as psutil computes it."""
    mems = _psutil.meminfo()
    total = mems["MemTotal"]
    free = mems["MemFree"]
    buffers = mems.get("Buffers", 0)
    cached = mems.get("Cached", 0) + mems.get("SReclaimable", 0)
    shared = mems.get("Shmem", mems.get("MemShared", 0))
    active = mems.get("Active", 0)
    if "Inactive" in mems:
        inactive = mems["Inactive"]
    else:
        inactive = (mems.get("Inact_dirty", 0) + mems.get("Inact_clean", 0)
                    + mems.get("Inact_laundry", 0))
    slab = mems.get("Slab", 0)
    used = total - free - cached - buffers
    if used < 0:
        used = total - free
    if "MemAvailable" in mems:
        avail = mems["MemAvailable"]
    else:
        avail = free + cached + buffers
    if avail < 0:
        avail = 0
    if avail > total:
        avail = free
    percent = _usage_percent(total - avail, total, round_=1)
    return svmem(total, avail, percent, used, free, active, inactive, buffers,
                 cached, shared, slab)


def swap_memory():
    """Swap memory statistics from /proc/meminfo and /proc/vmstat."""
    mems = _psutil.meminfo()
    total = mems.get("SwapTotal", 0)
    free = mems.get("SwapFree", 0)
    used = total - free
    percent = _usage_percent(used, total, round_=1)
    sin, sout = _psutil.swap_io()
    return sswap(total, used, free, percent, sin, sout)


def cpu_count(logical=True):
    """The number of logical CPUs (or physical cores); None if undetermined."""
    ret = _psutil.cpu_count_logical() if logical else _psutil.cpu_count_cores()
    if ret is not None and ret < 1:
        ret = None
    return ret


def cpu_times(percpu=False):
    """System-wide CPU times (seconds) from /proc/stat."""
    t = list(_psutil.cpu_times()) + [0.0] * 10
    return scputimes(*t[:10])


def _cpu_busy(t):
    total = sum(t) - t.guest - t.guest_nice
    return total, total - t.idle - t.iowait


_last_cpu_times = cpu_times()


def cpu_percent(interval=None, percpu=False):
    """System-wide CPU utilization as a percentage."""
    global _last_cpu_times
    if interval is not None and interval < 0:
        raise ValueError("interval is not positive (got %r)" % interval)
    if interval is not None and interval > 0.0:
        t1 = cpu_times()
        _time.sleep(interval)
    else:
        t1 = _last_cpu_times
    t2 = cpu_times()
    _last_cpu_times = t2
    all1, busy1 = _cpu_busy(t1)
    all2, busy2 = _cpu_busy(t2)
    busy_delta = max(0.0, busy2 - busy1)
    all_delta = all2 - all1
    if all_delta <= 0:
        return 0.0
    return round(min(100.0, busy_delta / all_delta * 100), 1)


def boot_time():
    """System boot time in seconds since the epoch."""
    return _psutil.boot_time()


def pids():
    """Sorted list of current process PIDs."""
    return _psutil.pids()


def pid_exists(pid):
    """Whether the given PID exists in the current process list."""
    if pid < 0:
        return False
    if pid == 0:
        return True
    return _psutil.pid_exists(pid)


def process_iter(attrs=None, ad_value=None):
    """Yields a Process for each running process, in PID order."""
    for pid in pids():
        try:
            p = Process(pid)
            if attrs is not None:
                p.info = p.as_dict(attrs=attrs, ad_value=ad_value)
            yield p
        except NoSuchProcess:
            pass


# ---- processes --------------------------------------------------------------


class _Oneshot:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Process:
    """Represents an OS process with the given PID (default: this one)."""

    __module__ = "psutil"

    def __init__(self, pid=None):
        if pid is None:
            pid = _os.getpid()
        else:
            if not isinstance(pid, int):
                raise TypeError("pid must be an integer (got %r)" % pid)
            if pid < 0:
                raise ValueError("pid must be a positive integer (got %s)" % pid)
        self._pid = pid
        self._name = None
        self._create_time = None
        self._last_sys_cpu_times = None
        self._last_proc_cpu_times = None
        try:
            self.create_time()
        except AccessDenied:
            pass
        except NoSuchProcess:
            raise NoSuchProcess(pid, msg="process PID not found") from None

    # -- plumbing
    def _call(self, fun):
        try:
            return fun(self._pid)
        except ProcessLookupError:
            raise NoSuchProcess(self._pid, self._name) from None
        except PermissionError:
            raise AccessDenied(self._pid, self._name) from None

    def _stat(self):
        return self._call(_psutil.proc_stat)

    def __str__(self):
        info = {"pid": self._pid}
        if self._name:
            info["name"] = self._name
        try:
            info["name"] = self.name()
            info["status"] = self.status()
        except ZombieProcess:
            info["status"] = "zombie"
        except NoSuchProcess:
            info["status"] = "terminated"
        except AccessDenied:
            pass
        if self._create_time is not None:
            info["started"] = _pprint_secs(self._create_time)
        return "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__name__,
                              ", ".join("%s=%r" % (k, v) for k, v in info.items()))

    __repr__ = __str__

    def __eq__(self, other):
        if not isinstance(other, Process):
            return NotImplemented
        return (self._pid, self._create_time) == (other._pid, other._create_time)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self._pid, self._create_time))

    @property
    def pid(self):
        """The process PID."""
        return self._pid

    def oneshot(self):
        """Context manager that (in real psutil) caches process info."""
        return _Oneshot()

    # -- identity
    def create_time(self):
        """The process creation time in seconds since the epoch."""
        if self._create_time is None:
            self._create_time = self._stat()[7]
        return self._create_time

    def name(self):
        """The process name (extended from the command line when the kernel's is cut)."""
        name = self._stat()[0]
        if len(name) >= 15:
            try:
                cmdline = self.cmdline()
            except (AccessDenied, NoSuchProcess):
                cmdline = []
            if cmdline:
                extended = _os.path.basename(cmdline[0])
                if extended.startswith(name):
                    name = extended
        self._name = name
        return name

    def status(self):
        letter = self._stat()[1]
        return _STATUS.get(letter, "?")

    def ppid(self):
        return self._stat()[2]

    def parent(self):
        ppid = self.ppid()
        if ppid:
            try:
                return Process(ppid)
            except NoSuchProcess:
                pass
        return None

    def is_running(self):
        try:
            return self == Process(self._pid)
        except NoSuchProcess:
            return False

    def cmdline(self):
        return self._call(_psutil.cmdline)

    def exe(self):
        try:
            return self._call(_psutil.exe)
        except AccessDenied:
            return ""

    def cwd(self):
        return self._call(_psutil.cwd)

    def num_fds(self):
        return self._call(_psutil.num_fds)

    def num_threads(self):
        return self._call(_psutil.proc_status)["Threads"]

    # -- cpu
    def cpu_times(self):
        st = self._stat()
        return pcputimes(st[3], st[4], st[5], st[6], st[8])

    def cpu_percent(self, interval=None):
        """The process CPU utilization as a percentage (may exceed 100 with several CPUs)."""
        blocking = interval is not None and interval > 0.0
        if interval is not None and interval < 0:
            raise ValueError("interval is not positive (got %r)" % interval)
        num_cpus = cpu_count() or 1

        def timer():
            return _time.monotonic() * num_cpus

        if blocking:
            st1 = timer()
            pt1 = self.cpu_times()
            _time.sleep(interval)
            st2 = timer()
            pt2 = self.cpu_times()
        else:
            st1 = self._last_sys_cpu_times
            pt1 = self._last_proc_cpu_times
            st2 = timer()
            pt2 = self.cpu_times()
            if st1 is None or pt1 is None:
                self._last_sys_cpu_times = st2
                self._last_proc_cpu_times = pt2
                return 0.0
        delta_proc = (pt2.user - pt1.user) + (pt2.system - pt1.system)
        delta_time = st2 - st1
        self._last_sys_cpu_times = st2
        self._last_proc_cpu_times = pt2
        try:
            overall = (delta_proc / delta_time) * 100
        except ZeroDivisionError:
            return 0.0
        return round(overall * num_cpus, 1)

    # -- memory
    def memory_info(self):
        """pmem(rss, vms, shared, text, lib, data, dirty) in bytes (/proc/PID/statm)."""
        vms, rss, shared, text, lib, data, dirty = self._call(_psutil.statm)
        return pmem(rss, vms, shared, text, lib, data, dirty)

    def memory_full_info(self):
        """memory_info() plus uss, pss and swap from /proc/PID/smaps_rollup."""
        basic = self.memory_info()
        sm = self._call(_psutil.smaps_rollup)
        uss = sm.get("Private_Clean", 0) + sm.get("Private_Dirty", 0) + sm.get("Private_Hugetlb", 0)
        return pfullmem(*basic, uss, sm.get("Pss", 0), sm.get("Swap", 0))

    def memory_percent(self, memtype="rss"):
        """Process memory as a percentage of total physical memory."""
        valid = pfullmem._fields
        if memtype not in valid:
            raise ValueError("invalid memtype %r; valid types are %r" % (memtype, tuple(valid)))
        metrics = self.memory_info() if memtype in pmem._fields else self.memory_full_info()
        value = getattr(metrics, memtype)
        total = virtual_memory().total
        if not total > 0:
            raise ValueError(
                "can't calculate process memory percent because total physical "
                "system memory is not positive (%r)" % total)
        return (value / float(total)) * 100

    def as_dict(self, attrs=None, ad_value=None):
        names = attrs if attrs is not None else [
            "pid", "name", "ppid", "status", "create_time", "cmdline", "exe", "cwd",
            "num_threads", "num_fds", "cpu_times", "memory_info", "memory_percent"]
        out = {}
        for name in names:
            try:
                attr = getattr(self, name)
                out[name] = attr() if callable(attr) else attr
            except (AccessDenied, ZombieProcess):
                out[name] = ad_value
        return out
