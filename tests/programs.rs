//! Runs every Python program under `tests/py/<area>/` (files and folders
//! whose names start with `_` are helpers, not tests) as `pyrite NAME.py`
//! in the program's folder with no stdin, and
//! - snapshots its exit code, stdout and stderr (one insta snapshot each);
//! - compares the same with `python3` (3.11), failing on any difference not
//!   listed in `tests/py/known_differences.txt`, and on listed programs that
//!   now match.
//!
//! `PYRITE_BIN=python3 cargo test --test programs differential` checks the
//! harness itself: it must report no difference.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::Outcome;

fn py_dir() -> PathBuf {
    common::tests_dir().join("py")
}

/// Every test program, as paths relative to `tests/py` with `/` separators.
fn programs() -> &'static Vec<String> {
    static PROGRAMS: OnceLock<Vec<String>> = OnceLock::new();
    PROGRAMS.get_or_init(|| {
        let mut found = Vec::new();
        collect(&py_dir(), "", &mut found);
        found.sort();
        found
    })
}

fn collect(dir: &Path, prefix: &str, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let rel = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}/{name}")
        };
        if path.is_dir() {
            collect(&path, &rel, found);
        } else if name.ends_with(".py") {
            found.push(rel);
        }
    }
}

/// Runs `interpreter` on one program the way the tests do.
fn run_program(interpreter: &str, rel: &str) -> Outcome {
    let path = py_dir().join(rel);
    let folder = path
        .parent()
        .expect("a program lives in a folder")
        .to_path_buf();
    let file = path
        .file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned();
    common::run(interpreter, &[&file], &folder, None)
}

/// pyrite's outcome for every program, computed once (in parallel) and
/// shared by the snapshot and differential tests.
fn pyrite_results() -> &'static Vec<Outcome> {
    static RESULTS: OnceLock<Vec<Outcome>> = OnceLock::new();
    RESULTS.get_or_init(|| {
        let bin = common::pyrite_bin();
        common::parallel_map(programs(), |rel| run_program(&bin, rel))
    })
}

fn pyrite_result(rel: &str) -> &'static Outcome {
    let i = programs()
        .iter()
        .position(|p| p == rel)
        .expect("a known program");
    &pyrite_results()[i]
}

#[test]
fn there_are_programs() {
    assert!(
        programs().len() >= 170,
        "only {} test programs",
        programs().len()
    );
}

#[test]
fn snapshots() {
    // Start all runs in parallel before the (sequential) snapshot checks.
    let _ = pyrite_results();
    insta::glob!("py/**/*.py", |path| {
        let rel = path
            .strip_prefix(py_dir())
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        if rel.split('/').any(|part| part.starts_with('_')) {
            return; // a helper module, not a test
        }
        insta::assert_snapshot!(pyrite_result(&rel).render());
    });
}

#[test]
fn differential_against_python3() {
    let python3 = match common::python3() {
        Ok(p) => p,
        Err(why) => {
            eprintln!("notice: differential test skipped: {why}");
            return;
        }
    };
    let ours = pyrite_results();
    let theirs = common::parallel_map(programs(), |rel| run_program(&python3, rel));
    let results: Vec<(String, Outcome, Outcome)> = programs()
        .iter()
        .zip(ours.iter().zip(theirs))
        .map(|(name, (o, t))| (name.clone(), o.clone(), t))
        .collect();
    let known = common::known_differences(&py_dir().join("known_differences.txt"));
    let report = common::differential_report(&results, &known, "tests/py/known_differences.txt");
    let differing = results.iter().filter(|r| r.1 != r.2).count();
    eprintln!(
        "differential: {} programs, {} identical to python3, {} listed as known differences",
        results.len(),
        results.len() - differing,
        known.len()
    );
    assert!(report.is_empty(), "\n{report}");
}
