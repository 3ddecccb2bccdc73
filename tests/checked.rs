//! The checked modes over every `tests/py` program (ignored by a plain
//! `cargo test`; `.ci/run` runs them with `-- --ignored`):
//! - `heap_verified_at_exit`: each program runs with `PYRITE_VERIFY_HEAP=1`;
//!   at exit, after the shutdown collection, the heap verifier must find no
//!   leaked reference, no unreachable object and no bad count (otherwise
//!   pyrite prints its report and exits with code 86).
//! - `gc_stress`: each program runs with `PYRITE_GC_STRESS=1` (a full
//!   collection before every GC allocation) and must print exactly what it
//!   prints normally, except the programs listed in
//!   `tests/py/gc_stress_exempt.txt`, whose output depends on when
//!   collections happen; those must still finish without a crash or a
//!   refcount-checker report.

mod common;

use std::path::{Path, PathBuf};

use common::Outcome;

fn py_dir() -> PathBuf {
    common::tests_dir().join("py")
}

fn programs() -> Vec<String> {
    fn collect(dir: &Path, prefix: &str, found: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('_') || name.starts_with('.') {
                continue;
            }
            let rel = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}/{name}")
            };
            if entry.path().is_dir() {
                collect(&entry.path(), &rel, found);
            } else if name.ends_with(".py") {
                found.push(rel);
            }
        }
    }
    let mut found = Vec::new();
    collect(&py_dir(), "", &mut found);
    found.sort();
    found
}

/// A full collection per allocation is quadratic in the heap's size: the
/// programs that import much of the stdlib need more than the usual 20 s.
const STRESS_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

fn run_program(rel: &str, env: &[(&str, &str)]) -> Outcome {
    let path = py_dir().join(rel);
    let folder = path.parent().expect("a program lives in a folder");
    let file = path.file_name().expect("a file name").to_string_lossy().into_owned();
    let timeout = if env.is_empty() { common::TIMEOUT } else { STRESS_TIMEOUT };
    common::run_env(&common::pyrite_bin(), &[&file], folder, None, env, timeout)
}

/// Signs of a crash or of the refcount checker in a run.
fn crashed(o: &Outcome) -> Option<String> {
    if o.timed_out {
        return Some("timed out".to_string());
    }
    // SIGINT is how an uncaught KeyboardInterrupt ends a program (as in
    // CPython); any other signal is a crash.
    if o.code.is_none() && o.signal != Some(2) {
        return Some("killed by a signal".to_string());
    }
    for sign in ["refcount checker", "pyrite heap verifier", "panicked at"] {
        if let Some(line) = o.stderr.lines().find(|l| l.contains(sign)) {
            return Some(line.chars().take(200).collect());
        }
    }
    None
}

#[test]
#[ignore = "checked mode: run by .ci/run (cargo test --test checked -- --ignored)"]
fn heap_verified_at_exit() {
    if common::bin_overridden() {
        eprintln!("notice: PYRITE_BIN is set; the heap verifier is pyrite's own");
        return;
    }
    let programs = programs();
    let results = common::parallel_map(&programs, |rel| run_program(rel, &[("PYRITE_VERIFY_HEAP", "1")]));
    let mut bad = Vec::new();
    for (rel, o) in programs.iter().zip(&results) {
        if o.code == Some(86) || crashed(o).is_some() {
            let report: Vec<&str> = o
                .stderr
                .lines()
                .skip_while(|l| !l.contains("pyrite heap verifier") && !l.contains("panicked"))
                .take(8)
                .collect();
            bad.push(format!("  {rel}:\n    {}", report.join("\n    ")));
        }
    }
    eprintln!("heap verifier: {} programs, {} clean at exit", programs.len(), programs.len() - bad.len());
    assert!(bad.is_empty(), "{} program(s) leak or miscount:\n{}", bad.len(), bad.join("\n"));
}

#[test]
#[ignore = "checked mode: run by .ci/run (cargo test --test checked -- --ignored)"]
fn gc_stress() {
    if common::bin_overridden() {
        eprintln!("notice: PYRITE_BIN is set; the stress mode is pyrite's own");
        return;
    }
    let programs = programs();
    let exempt = common::known_differences(&py_dir().join("gc_stress_exempt.txt"));
    let results = common::parallel_map(&programs, |rel| {
        let normal = if exempt.contains_key(rel) { None } else { Some(run_program(rel, &[])) };
        (normal, run_program(rel, &[("PYRITE_GC_STRESS", "1")]))
    });
    let mut bad = Vec::new();
    for (rel, (normal, stressed)) in programs.iter().zip(&results) {
        if let Some(why) = crashed(stressed) {
            bad.push(format!("  {rel}: {why}"));
        } else if let Some(normal) = normal {
            if normal != stressed {
                bad.push(format!("  {rel}: {}", common::describe_difference(stressed, normal).replace("python3", "normal run")));
            }
        }
    }
    for name in exempt.keys() {
        if !programs.contains(name) {
            bad.push(format!("  gc_stress_exempt.txt names a program that does not exist: {name}"));
        }
    }
    eprintln!("gc stress: {} programs, {} as normal or exempt", programs.len(), programs.len() - bad.len());
    assert!(bad.is_empty(), "{} program(s) fail under PYRITE_GC_STRESS=1:\n{}", bad.len(), bad.join("\n"));
}
