//! REPL transcripts: each `tests/repl/*.py` is fed through a pipe to
//! `pyrite -q -i` (stdin not a terminal, so prompts go to stderr exactly as
//! `python3 -q -i < file` writes them). Stdout, stderr and the exit code are
//! snapshotted and compared with python3's, except for inputs listed in
//! `tests/repl/known_differences.txt`.

mod common;

use std::path::PathBuf;

use common::Outcome;

fn repl_dir() -> PathBuf {
    common::tests_dir().join("repl")
}

fn inputs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(repl_dir())
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".py") && !n.starts_with('_'))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn transcript(interpreter: &str, name: &str) -> Outcome {
    let dir = repl_dir();
    common::run(interpreter, &["-q", "-i"], &dir, Some(&dir.join(name)))
}

#[test]
fn there_are_transcripts() {
    assert!(inputs().len() >= 3);
}

#[test]
fn snapshots() {
    let bin = common::pyrite_bin();
    insta::glob!("repl/*.py", |path| {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name.starts_with('_') {
            return;
        }
        insta::assert_snapshot!(transcript(&bin, &name).render());
    });
}

#[test]
fn differential_against_python3() {
    let python3 = match common::python3() {
        Ok(p) => p,
        Err(why) => {
            eprintln!("notice: REPL differential test skipped: {why}");
            return;
        }
    };
    let bin = common::pyrite_bin();
    let names = inputs();
    let results: Vec<(String, Outcome, Outcome)> = common::parallel_map(&names, |name| {
        (
            name.clone(),
            transcript(&bin, name),
            transcript(&python3, name),
        )
    });
    let known = common::known_differences(&repl_dir().join("known_differences.txt"));
    let report = common::differential_report(&results, &known, "tests/repl/known_differences.txt");
    assert!(report.is_empty(), "\n{report}");
}
