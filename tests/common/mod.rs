//! Shared by the program and REPL tests: running a program with a timeout,
//! normalising its output, comparing with python3, and the list of known
//! differences.

#![allow(dead_code)] // each test crate uses a different part of this module

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A program that has not finished after this long has failed.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// Address-space limit for each program run (4 GiB; pyrite reserves 1 GiB
/// of it for its interpreter thread's stack).
pub const MEMORY_LIMIT_KIB: u64 = 4 * 1024 * 1024;

/// The binary under test: `PYRITE_BIN` if set (e.g. `PYRITE_BIN=python3`,
/// to check the harness itself), else the freshly built `pyrite`.
pub fn pyrite_bin() -> String {
    std::env::var("PYRITE_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_pyrite").to_string())
}

/// True when `PYRITE_BIN` replaces the built binary.
pub fn bin_overridden() -> bool {
    std::env::var_os("PYRITE_BIN").is_some()
}

pub fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// What one run produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// None when killed by a signal or the timeout.
    pub code: Option<i32>,
    /// The signal that ended the process, if one did.
    pub signal: Option<i32>,
    pub timed_out: bool,
}

impl Outcome {
    /// The snapshot text: exit code, then stdout and stderr.
    pub fn render(&self) -> String {
        let code = match (self.timed_out, self.code) {
            (true, _) => format!("TIMEOUT after {} s", TIMEOUT.as_secs()),
            (false, Some(c)) => c.to_string(),
            (false, None) => "killed by a signal".to_string(),
        };
        format!(
            "exit code: {code}\n--- stdout ---\n{}--- stderr ---\n{}",
            self.stdout, self.stderr
        )
    }
}

/// Runs `program args…` in `cwd` with `stdin` (None: no input at all),
/// killing it after [`TIMEOUT`]. Output has `cwd`'s absolute path removed.
pub fn run(program: &str, args: &[&str], cwd: &Path, stdin: Option<&Path>) -> Outcome {
    run_env(program, args, cwd, stdin, &[], TIMEOUT)
}

/// [`run`] with extra environment variables (the checked modes' switches)
/// and another timeout (the gc stress mode is slow on big heaps).
pub fn run_env(
    program: &str,
    args: &[&str],
    cwd: &Path,
    stdin: Option<&Path>,
    env: &[(&str, &str)],
    timeout: Duration,
) -> Outcome {
    // Through a shell that caps the address space, so that a program that
    // really tries to allocate terabytes fails with MemoryError (or dies)
    // instead of exhausting the shared machine's memory.
    let mut cmd = Command::new("/bin/sh");
    cmd.arg("-c")
        .arg(format!(
            "ulimit -v {} 2>/dev/null; exec \"$@\"",
            MEMORY_LIMIT_KIB
        ))
        .arg("sh")
        .arg(program)
        .args(args)
        .current_dir(cwd)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Keep CPython from writing __pycache__ into tests/ and from reading
        // the developer's startup files.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONINSPECT")
        .env_remove("PYTHONHASHSEED")
        .envs(env.iter().copied());
    match stdin {
        Some(file) => match std::fs::File::open(file) {
            Ok(f) => cmd.stdin(Stdio::from(f)),
            Err(e) => panic!("cannot open {}: {e}", file.display()),
        },
        None => cmd.stdin(Stdio::null()),
    };
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => panic!("cannot run {program}: {e}"),
    };
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                timed_out = true;
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Outcome {
        stdout: normalise(&stdout, cwd),
        stderr: normalise(&stderr, cwd),
        code: if timed_out {
            None
        } else {
            status.and_then(|s| s.code())
        },
        signal: if timed_out {
            None
        } else {
            use std::os::unix::process::ExitStatusExt;
            status.and_then(|s| s.signal())
        },
        timed_out,
    }
}

/// Removes the folder a program ran in from its output (as seedcheck does),
/// so snapshots do not depend on where the repository is.
pub fn normalise(text: &str, folder: &Path) -> String {
    let dir = folder.to_string_lossy();
    let text = text.replace(&format!("{dir}/"), "").replace(dir.as_ref(), "");
    mask_addresses(&text)
}

/// Replaces memory addresses (`0x` + at least 8 hex digits, as in
/// `<function f at 0x7f3a1c010e60>`) with `0x<addr>`: they differ from run
/// to run on CPython itself, so neither side's value can be compared.
pub fn mask_addresses(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'0' && bytes.get(i + 1) == Some(&b'x') {
            let digits = bytes[i + 2..].iter().take_while(|b| b.is_ascii_hexdigit()).count();
            if digits >= 8 {
                out.push_str("0x<addr>");
                i += 2 + digits;
                continue;
            }
        }
        let ch_len = text[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&text[i..i + ch_len]);
        i += ch_len;
    }
    out
}


/// Runs `jobs` on up to `threads` worker threads, keeping their order.
pub fn parallel_map<T: Sync, R: Send>(jobs: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 4);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> =
        jobs.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if i >= jobs.len() {
                    break;
                }
                let r = f(&jobs[i]);
                *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
            });
        }
    });
    results
        .into_iter()
        .map(|m| {
            m.into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .expect("every job ran")
        })
        .collect()
}

/// The python3 3.11 to compare with, as the path of its real executable
/// (skipping wrappers such as pyenv's shims, which cost ~100 ms a run), or
/// why there is none.
pub fn python3() -> Result<String, String> {
    static FOUND: std::sync::OnceLock<Result<String, String>> = std::sync::OnceLock::new();
    FOUND
        .get_or_init(|| {
            let out = Command::new("python3")
                .args([
                    "-c",
                    "import sys; print('%d.%d' % sys.version_info[:2]); print(sys.executable)",
                ])
                .stdin(Stdio::null())
                .output();
            match out {
                Ok(o) if o.status.success() => {
                    let text = String::from_utf8_lossy(&o.stdout).into_owned();
                    let mut lines = text.lines();
                    let version = lines.next().unwrap_or("").trim().to_string();
                    let exe = lines.next().unwrap_or("").trim().to_string();
                    if version != "3.11" {
                        Err(format!("python3 is {version}, not 3.11"))
                    } else if exe.is_empty() {
                        Ok("python3".to_string())
                    } else {
                        Ok(exe)
                    }
                }
                _ => Err("python3 is not installed".to_string()),
            }
        })
        .clone()
}

/// `known_differences.txt`: `path: reason` per line, `#` comments.
pub fn known_differences(file: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let mut map = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (path, reason) = line.split_once(':').unwrap_or((line, ""));
        map.insert(path.trim().to_string(), reason.trim().to_string());
    }
    map
}

fn describe_exit(o: &Outcome) -> String {
    match (o.timed_out, o.code) {
        (true, _) => "timed out".to_string(),
        (false, Some(c)) => format!("exit {c}"),
        (false, None) => "killed by a signal".to_string(),
    }
}

/// One line saying where two outcomes first differ.
pub fn describe_difference(ours: &Outcome, theirs: &Outcome) -> String {
    if ours.code != theirs.code || ours.timed_out != theirs.timed_out {
        let last = ours.stderr.lines().last().unwrap_or("");
        let last: String = last.chars().take(120).collect();
        return format!(
            "{} (python3: {}); last stderr line: {last:?}",
            describe_exit(ours),
            describe_exit(theirs)
        );
    }
    for (what, a, b) in [
        ("stdout", &ours.stdout, &theirs.stdout),
        ("stderr", &ours.stderr, &theirs.stderr),
    ] {
        if a != b {
            let (mut al, mut bl) = (a.lines(), b.lines());
            let mut n = 1;
            loop {
                match (al.next(), bl.next()) {
                    (Some(x), Some(y)) if x == y => n += 1,
                    (None, None) => return format!("{what} differs in line endings"),
                    (x, y) => {
                        let cut = |s: Option<&str>| {
                            s.map(|s| s.chars().take(150).collect::<String>())
                                .unwrap_or_else(|| "<end>".to_string())
                        };
                        return format!(
                            "{what} line {n}: pyrite {:?}, python3 {:?}",
                            cut(x),
                            cut(y)
                        );
                    }
                }
            }
        }
    }
    "identical".to_string()
}

/// Compares every program's outcome with python3's and returns a report of
/// the problems (empty when all is well): unexpected differences, and
/// listed differences that no longer differ (so the list stays honest).
pub fn differential_report(
    results: &[(String, Outcome, Outcome)],
    known: &BTreeMap<String, String>,
    list_name: &str,
) -> String {
    let mut unexpected = Vec::new();
    let mut stale = Vec::new();
    for (name, ours, theirs) in results {
        let same = ours == theirs;
        match (same, known.contains_key(name)) {
            (false, false) => {
                unexpected.push(format!("  {name}: {}", describe_difference(ours, theirs)))
            }
            (true, true) => stale.push(format!("  {name}")),
            _ => {}
        }
    }
    let names: Vec<&String> = results.iter().map(|r| &r.0).collect();
    let missing: Vec<String> = known
        .keys()
        .filter(|k| !names.contains(k))
        .map(|k| format!("  {k}"))
        .collect();
    let mut report = String::new();
    if !unexpected.is_empty() {
        report += &format!(
            "{} program(s) differ from python3:\n{}\n",
            unexpected.len(),
            unexpected.join("\n")
        );
    }
    if !stale.is_empty() {
        let msg = format!(
            "{} program(s) in {list_name} now match python3 (remove them from the list):\n{}\n",
            stale.len(),
            stale.join("\n")
        );
        if bin_overridden() {
            eprintln!("notice (PYRITE_BIN is set, not a failure): {msg}");
        } else {
            report += &msg;
        }
    }
    if !missing.is_empty() {
        report += &format!(
            "{list_name} names program(s) that do not exist:\n{}\n",
            missing.join("\n")
        );
    }
    report
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_are_masked_and_short_hex_kept() {
        assert_eq!(
            super::mask_addresses("<f at 0x7f3a1c010e60> 0xff é"),
            "<f at 0x<addr>> 0xff é"
        );
    }
}
