//! The `time` module: clocks and `sleep` natively; `struct_time`, the
//! calendar conversions, `strftime`, `asctime`/`ctime` in a Python part run
//! in the module's namespace when it is created. Local time is UTC (the
//! machine's zone; no tz database is read).

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::heap::ObjRef;
use crate::syntax::Mode;
use crate::vm::{Args, PyResult, Vm};

fn since_epoch() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn mono_ns() -> i64 {
    // An offset keeps values positive and unrelated to 0, as CLOCK_MONOTONIC's are.
    start().elapsed().as_nanos() as i64 + 1_000_000_000
}

fn time(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "time", 0, 0)?;
    Ok(vm.new_float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "time_ns", 0, 0)?;
    Ok(vm.new_int(since_epoch().as_nanos() as i64))
}

fn monotonic(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "monotonic", 0, 0)?;
    Ok(vm.new_float(mono_ns() as f64 * 1e-9))
}

fn monotonic_ns(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "monotonic_ns", 0, 0)?;
    Ok(vm.new_int(mono_ns()))
}

/// User + system CPU time of the process in nanoseconds (from /proc, 100 Hz ticks).
fn cpu_ns() -> i64 {
    let Ok(s) = std::fs::read_to_string("/proc/self/stat") else { return 0 };
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = s.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let tick = |i: usize| f.get(i).and_then(|x| x.parse::<i64>().ok()).unwrap_or(0);
    (tick(11) + tick(12)) * 10_000_000
}

fn process_time(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "process_time", 0, 0)?;
    Ok(vm.new_float(cpu_ns() as f64 * 1e-9))
}

fn process_time_ns(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "process_time_ns", 0, 0)?;
    Ok(vm.new_int(cpu_ns()))
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "sleep", 1, 1)?;
    let x = args.args[0];
    let secs = match vm.heap.get(x) {
        crate::heap::Payload::Int(_) | crate::heap::Payload::BigInt(_) | crate::heap::Payload::Float(_) => {
            crate::types::float::float_of(vm, x)?
        }
        _ => {
            let tn = vm.type_name_of(x);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 1e12 {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    vm.flush_std();
    // threading helper: the sleep runs with the baton released, so other
    // threads run meanwhile; `sleep(0)` hands the baton to a waiting thread.
    if secs == 0.0 {
        crate::modules::thread::switch(vm);
        vm.check_interrupt()?;
        return Ok(vm.none());
    }
    // The main thread sleeps in slices so that Ctrl-C interrupts promptly.
    let end = Instant::now() + Duration::from_secs_f64(secs);
    loop {
        vm.check_interrupt()?;
        let now = Instant::now();
        if now >= end {
            break;
        }
        let slice = if vm.threads.is_main { (end - now).min(Duration::from_millis(20)) } else { end - now };
        crate::modules::thread::allow_threads(vm, || std::thread::sleep(slice));
    }
    Ok(vm.none())
}

const PY_PART: &str = r#"
# modsys helper: a real struct sequence, as CPython's (types/structseq.rs).
import _structseq
struct_time = _structseq.structseq_type('time', 'struct_time', (
    'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
    'tm_zone', 'tm_gmtoff'), 9,
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.\n\n"
    " Note that several fields' values are not the same as those defined by\n"
    " the C language standard for struct tm.  For example, the value of the\n"
    " field tm_year is the actual year, not year - 1900.  See individual\n"
    " fields' descriptions for details.")
del _structseq

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULLDAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULLMONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
               'September', 'October', 'November', 'December')


def _secs(secs):
    if secs is None:
        return time()
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    return secs


def _civil(days):
    # Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m - 3 if m > 2 else m + 9) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def gmtime(secs=None):
    s = int(_secs(secs) // 1)
    days, rem = divmod(s, 86400)
    y, m, d = _civil(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, (days + 3) % 7, yday, 0, 'GMT', 0))


def localtime(secs=None):
    return gmtime(secs)


def mktime(t):
    t = tuple(t)
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError('mktime(): illegal time tuple argument')
    y, mo, d, h, mi, s = t[:6]
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    return float(_days_from_civil(y, mo, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s


def _tuple(t, fname):
    # A checked copy of a time tuple, normalised as C's checktm() does.
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError('%s(): illegal time tuple argument' % fname)
    for x in t[:9]:
        if not isinstance(x, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    y, mo, d, h, mi, s, wd, yd, dst = t[:9]
    if mo == 0:
        mo = 1
    elif not 1 <= mo <= 12:
        raise ValueError('month out of range')
    if d == 0:
        d = 1
    elif not 0 <= d <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= h <= 23:
        raise ValueError('hour out of range')
    if not 0 <= mi <= 59:
        raise ValueError('minute out of range')
    if not 0 <= s <= 61:
        raise ValueError('seconds out of range')
    # C keeps Sunday=0 as (wday + 1) % 7 with C's remainder sign.
    cw = wd + 1
    cw = cw - 7 * int(cw / 7)
    if cw < 0:
        raise ValueError('day of week out of range')
    wd = (cw - 1) % 7
    if yd == 0:
        yd = 1
    elif not 1 <= yd <= 366:
        raise ValueError('day of year out of range')
    return (y, mo, d, h, mi, s, wd, yd, dst)


CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11


def get_clock_info(name):
    impl = {'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
            'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
            'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
            'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
            'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False)}.get(name)
    if impl is None:
        raise ValueError('unknown clock')
    import types
    return types.SimpleNamespace(implementation=impl[0], monotonic=impl[1],
                                 adjustable=impl[2], resolution=1e-09)


def asctime(t=None):
    t = _tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    t = _tuple(t, 'strftime')
    y, mo, d, h, mi, s, wd, yd = t[:8]
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        c = format[i + 1]
        i += 2
        if c == 'Y': out.append(str(y))
        elif c == 'm': out.append('%02d' % mo)
        elif c == 'd': out.append('%02d' % d)
        elif c == 'e': out.append('%2d' % d)
        elif c == 'H': out.append('%02d' % h)
        elif c == 'M': out.append('%02d' % mi)
        elif c == 'S': out.append('%02d' % s)
        elif c == 'y': out.append('%02d' % (y % 100))
        elif c == 'C': out.append('%02d' % (y // 100))
        elif c == 'j': out.append('%03d' % yd)
        elif c == 'a': out.append(_DAYS[wd])
        elif c == 'A': out.append(_FULLDAYS[wd])
        elif c == 'b' or c == 'h': out.append(_MONTHS[mo - 1])
        elif c == 'B': out.append(_FULLMONTHS[mo - 1])
        elif c == 'p': out.append('AM' if h < 12 else 'PM')
        elif c == 'I': out.append('%02d' % ((h - 1) % 12 + 1))
        elif c == 'l': out.append('%2d' % ((h - 1) % 12 + 1))
        elif c == 'w': out.append(str((wd + 1) % 7))
        elif c == 'u': out.append(str(wd + 1))
        elif c == 'Z': out.append('UTC')
        elif c == 'z': out.append('+0000')
        elif c == 'n': out.append('\n')
        elif c == 't': out.append('\t')
        elif c == '%': out.append('%')
        elif c == 'D': out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'F': out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 'T': out.append('%02d:%02d:%02d' % (h, mi, s))
        elif c == 'R': out.append('%02d:%02d' % (h, mi))
        elif c == 'r': out.append('%02d:%02d:%02d %s' % ((h - 1) % 12 + 1, mi, s, 'AM' if h < 12 else 'PM'))
        elif c == 'c': out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wd], _MONTHS[mo - 1], d, h, mi, s, y))
        elif c == 'x': out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X': out.append('%02d:%02d:%02d' % (h, mi, s))
        elif c == 's': out.append(str(int(mktime(t))))
        elif c == 'U': out.append('%02d' % ((yd - 1 + 7 - (wd + 1) % 7) // 7))
        elif c == 'W': out.append('%02d' % ((yd - 1 + 7 - wd) // 7))
        else: out.append('%' + c)
    return ''.join(out)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    for i, x in enumerate((string, format)):
        if not isinstance(x, str):
            raise TypeError('strptime() argument %d must be str, not %r' % (i, type(x)))
    # datetime's parser does the matching (same directives, same errors).
    import datetime
    y, mo, d, h, mi, s, us, tz = datetime._strptime(string, format)
    yday = _days_from_civil(y, mo, d) - _days_from_civil(y, 1, 1) + 1
    wday = (_days_from_civil(y, mo, d) + 3) % 7
    gmtoff = None
    if tz is not None:
        gmtoff = int(tz.utcoffset(None).total_seconds())
    return struct_time((y, mo, d, h, mi, s, wday, yday, -1, None, gmtoff))

"#;

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("time");
    vm.add_module_functions(
        m,
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", monotonic),
            ("perf_counter_ns", monotonic_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", process_time),
            ("thread_time_ns", process_time_ns),
            ("sleep", sleep),
        ],
    );
    let code = vm.compile_source(PY_PART, "<pyrite-stdlib>/time.py", Mode::Exec)?;
    if let Err(e) = vm.exec_module_code(&code, m) {
        vm.decref(m);
        return Err(e);
    }
    Ok(m)
}
