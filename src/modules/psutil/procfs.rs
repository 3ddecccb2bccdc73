//! Readers for the Linux `/proc` and `/sys` files that `psutil` (and `mmap`'s
//! PAGESIZE) are built on. Plain Rust, no interpreter types: each function
//! returns the kernel's numbers or an `io::Error` (ENOENT for a missing pid).

use std::collections::HashMap;
use std::fs;
use std::io;

/// A value from the auxiliary vector the kernel handed this process
/// (`/proc/self/auxv`: pairs of native-endian u64 type/value).
fn auxv(kind: u64) -> Option<u64> {
    let data = fs::read("/proc/self/auxv").ok()?;
    data.chunks_exact(16).find_map(|c| {
        let k = u64::from_ne_bytes(c[..8].try_into().ok()?);
        let v = u64::from_ne_bytes(c[8..].try_into().ok()?);
        (k == kind).then_some(v)
    })
}

/// The system page size (AT_PAGESZ), what `sysconf(_SC_PAGESIZE)` returns.
pub fn page_size() -> u64 {
    auxv(6).filter(|&v| v > 0).unwrap_or(4096)
}

/// Clock ticks per second (AT_CLKTCK), the unit of /proc/PID/stat times.
pub fn clock_ticks() -> u64 {
    auxv(17).filter(|&v| v > 0).unwrap_or(100)
}

fn pid_path(pid: i64, file: &str) -> String {
    format!("/proc/{pid}/{file}")
}

/// `/proc/PID/statm`: size resident shared text lib data dt, in pages.
pub fn statm(pid: i64) -> io::Result<[u64; 7]> {
    let s = fs::read_to_string(pid_path(pid, "statm"))?;
    let mut out = [0u64; 7];
    for (o, w) in out.iter_mut().zip(s.split_whitespace()) {
        *o = w.parse().unwrap_or(0);
    }
    Ok(out)
}

/// A "Key:   123 kB" file (meminfo, smaps_rollup, status) as key → bytes
/// (values without a unit are kept as they are).
pub fn kb_table(path: &str) -> io::Result<HashMap<String, u64>> {
    let s = fs::read_to_string(path)?;
    let mut m = HashMap::new();
    for line in s.lines() {
        let Some((k, rest)) = line.split_once(':') else { continue };
        let mut parts = rest.split_whitespace();
        let Some(Ok(v)) = parts.next().map(|v| v.parse::<u64>()) else { continue };
        let v = if parts.next() == Some("kB") { v * 1024 } else { v };
        m.insert(k.trim().to_string(), v);
    }
    Ok(m)
}

/// `/proc/meminfo` in bytes.
pub fn meminfo() -> io::Result<HashMap<String, u64>> {
    kb_table("/proc/meminfo")
}

/// `/proc/PID/smaps_rollup` (uss/pss/swap) in bytes.
pub fn smaps_rollup(pid: i64) -> io::Result<HashMap<String, u64>> {
    kb_table(&pid_path(pid, "smaps_rollup"))
}

/// `/proc/PID/status` (Threads:, PPid:, Uid: …): numeric first fields.
pub fn status(pid: i64) -> io::Result<HashMap<String, u64>> {
    kb_table(&pid_path(pid, "status"))
}

/// The fields of `/proc/PID/stat`: (comm, state, the numeric fields after
/// the state, numbered from field 4 = ppid at index 0).
pub struct Stat {
    pub comm: String,
    pub state: char,
    pub rest: Vec<i64>,
}

impl Stat {
    /// Field number `n` of proc(5) (1-based; n ≥ 4).
    pub fn field(&self, n: usize) -> i64 {
        self.rest.get(n.wrapping_sub(4)).copied().unwrap_or(0)
    }
}

pub fn stat(pid: i64) -> io::Result<Stat> {
    stat_path(&pid_path(pid, "stat"))
}

/// A stat file of proc(5) format (/proc/PID/stat, /proc/thread-self/stat).
pub fn stat_path(path: &str) -> io::Result<Stat> {
    let s = fs::read_to_string(path)?;
    // comm is in parentheses and may itself contain ") ".
    let (open, close) = match (s.find('('), s.rfind(')')) {
        (Some(o), Some(c)) if o < c => (o, c),
        _ => return Err(io::Error::new(io::ErrorKind::InvalidData, "malformed stat")),
    };
    let comm = s[open + 1..close].to_string();
    let mut it = s[close + 1..].split_whitespace();
    let state = it.next().and_then(|w| w.chars().next()).unwrap_or('?');
    let rest = it.map(|w| w.parse::<i64>().unwrap_or(0)).collect();
    Ok(Stat { comm, state, rest })
}

/// `/proc/PID/cmdline` split at NULs.
pub fn cmdline(pid: i64) -> io::Result<Vec<String>> {
    let b = fs::read(pid_path(pid, "cmdline"))?;
    let mut parts: Vec<String> = b.split(|&c| c == 0).map(|p| String::from_utf8_lossy(p).into_owned()).collect();
    if parts.last().is_some_and(|p| p.is_empty()) {
        parts.pop();
    }
    Ok(parts)
}

/// Target of a /proc/PID symlink (`exe`, `cwd`).
pub fn link(pid: i64, name: &str) -> io::Result<String> {
    Ok(fs::read_link(pid_path(pid, name))?.to_string_lossy().into_owned())
}

pub fn pid_exists(pid: i64) -> bool {
    pid >= 0 && fs::metadata(format!("/proc/{pid}")).is_ok()
}

/// All pids, ascending.
pub fn pids() -> io::Result<Vec<i64>> {
    let mut v: Vec<i64> = fs::read_dir("/proc")?
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .collect();
    v.sort_unstable();
    Ok(v)
}

/// System boot time (seconds since the epoch), `btime` of /proc/stat.
pub fn boot_time() -> io::Result<u64> {
    let s = fs::read_to_string("/proc/stat")?;
    s.lines()
        .find_map(|l| l.strip_prefix("btime ")?.trim().parse().ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "no btime"))
}

/// The aggregate "cpu" line of /proc/stat in seconds: user nice system idle
/// iowait irq softirq steal guest guest_nice.
pub fn cpu_times() -> io::Result<Vec<f64>> {
    let s = fs::read_to_string("/proc/stat")?;
    let line = s.lines().find(|l| l.starts_with("cpu ")).unwrap_or("cpu");
    let tick = clock_ticks() as f64;
    Ok(line.split_whitespace().skip(1).map(|w| w.parse::<f64>().unwrap_or(0.0) / tick).collect())
}

/// Number of online CPUs (`/sys/devices/system/cpu/online`, a range list
/// like "0-3,5"), as `sysconf(_SC_NPROCESSORS_ONLN)` counts them.
pub fn cpu_count_logical() -> Option<u64> {
    if let Ok(s) = fs::read_to_string("/sys/devices/system/cpu/online") {
        let n = count_range_list(s.trim());
        if n > 0 {
            return Some(n);
        }
    }
    let s = fs::read_to_string("/proc/cpuinfo").ok()?;
    let n = s.lines().filter(|l| l.starts_with("processor")).count() as u64;
    (n > 0).then_some(n)
}

/// Number of physical cores: distinct `core_cpus_list` (or
/// `thread_siblings_list`) sets over the CPUs in /sys, else distinct
/// (physical id, core id) pairs of /proc/cpuinfo.
pub fn cpu_count_cores() -> Option<u64> {
    let mut seen = std::collections::HashSet::new();
    if let Ok(dir) = fs::read_dir("/sys/devices/system/cpu") {
        for e in dir.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if !name.strip_prefix("cpu").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) {
                continue;
            }
            let topo = e.path().join("topology");
            let v = fs::read_to_string(topo.join("core_cpus_list")).or_else(|_| fs::read_to_string(topo.join("thread_siblings_list")));
            if let Ok(v) = v {
                seen.insert(v.trim().to_string());
            }
        }
    }
    if !seen.is_empty() {
        return Some(seen.len() as u64);
    }
    let s = fs::read_to_string("/proc/cpuinfo").ok()?;
    let mut phys = String::new();
    for l in s.lines() {
        if let Some((k, v)) = l.split_once(':') {
            match k.trim() {
                "physical id" => phys = v.trim().to_string(),
                "core id" => {
                    seen.insert(format!("{phys}/{}", v.trim()));
                }
                _ => {}
            }
        }
    }
    (!seen.is_empty()).then_some(seen.len() as u64)
}

fn count_range_list(s: &str) -> u64 {
    s.split(',')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('-') {
            Some((a, b)) => match (a.parse::<u64>(), b.parse::<u64>()) {
                (Ok(a), Ok(b)) if b >= a => b - a + 1,
                _ => 0,
            },
            None => u64::from(p.parse::<u64>().is_ok()),
        })
        .sum()
}

/// pswpin/pswpout of /proc/vmstat (pages swapped in/out since boot).
pub fn swap_io() -> (u64, u64) {
    let Ok(s) = fs::read_to_string("/proc/vmstat") else { return (0, 0) };
    let get = |key: &str| {
        s.lines()
            .find_map(|l| l.strip_prefix(key)?.trim().parse::<u64>().ok())
            .unwrap_or(0)
    };
    (get("pswpin "), get("pswpout "))
}

/// The open-mode bits (O_ACCMODE) of this process's file descriptor `fd`,
/// from `/proc/self/fdinfo/FD` (None: no such descriptor).
pub fn fd_access_mode(fd: i64) -> Option<u32> {
    let s = fs::read_to_string(format!("/proc/self/fdinfo/{fd}")).ok()?;
    let flags = s.lines().find_map(|l| l.strip_prefix("flags:"))?;
    u32::from_str_radix(flags.trim(), 8).ok().map(|f| f & 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_lists() {
        assert_eq!(count_range_list("0-3,5"), 5);
        assert_eq!(count_range_list("0"), 1);
        assert_eq!(count_range_list(""), 0);
    }

    #[test]
    fn own_process() {
        let me = std::process::id() as i64;
        let m = statm(me).unwrap();
        assert!(m[1] > 0 && m[1] <= m[0]);
        assert!(page_size() >= 4096);
        let st = stat(me).unwrap();
        assert_eq!(st.field(4) as u32, std::os::unix::process::parent_id());
        assert!(meminfo().unwrap().contains_key("MemTotal"));
        assert!(pid_exists(me));
        assert!(cpu_count_logical().unwrap() >= 1);
        assert!(fd_access_mode(0).is_some() || fd_access_mode(1).is_some());
    }
}
