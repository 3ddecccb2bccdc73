//! Ctrl-C: starts `pyrite` on programs that loop (or block) forever, sends
//! SIGINT once the program says it is running, and checks what CPython does:
//! a traceback ending in `KeyboardInterrupt`, death by SIGINT (which a shell
//! reports as status 130, so the tests compare 128 + signal), no panic.
//! The signal is sent with the `kill` command, so no libc binding is needed.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Sends SIGINT to the child with `kill -INT PID`.
fn interrupt(child: &Child) {
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -INT failed");
}

/// Waits for the child to exit (killing it after a timeout); returns its
/// exit code (None when killed by a signal), stdout and stderr.
fn finish(mut child: Child, mut stdout: impl Read + Send + 'static) -> (Option<i32>, String, String) {
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let mut err_pipe = child.stderr.take().expect("stderr");
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err_pipe.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break Some(st);
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    use std::os::unix::process::ExitStatusExt;
    let code = status.and_then(|s| s.code().or_else(|| s.signal().map(|n| 128 + n)));
    (code, out.join().unwrap_or_default(), err.join().unwrap_or_default())
}

/// Runs `prog` with `-c`; it must print "ready" (flushed) before looping.
/// Sends SIGINT ~300 ms after that line arrives.
fn run_interrupted(prog: &str) -> (Option<i32>, String, String) {
    let mut child = Command::new(common::pyrite_bin())
        .args(["-c", prog])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pyrite");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    reader.read_line(&mut line).expect("read ready line");
    assert_eq!(line, "ready\n", "program did not start: {prog}");
    std::thread::sleep(Duration::from_millis(300));
    interrupt(&child);
    finish(child, reader)
}

fn assert_keyboard_interrupt(prog: &str) {
    let (code, _out, err) = run_interrupted(prog);
    assert!(!err.contains("panicked at"), "panic for {prog:?}:\n{err}");
    assert!(err.starts_with("Traceback (most recent call last):\n"), "no traceback for {prog:?}:\n{err}");
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "no KeyboardInterrupt for {prog:?}:\n{err}");
    assert_eq!(code, Some(130), "exit status for {prog:?}:\n{err}");
}

const READY: &str = "print('ready', flush=True)\n";

#[test]
fn while_loop_with_a_call_in_its_condition() {
    assert_keyboard_interrupt(&format!("{READY}l = [1]; x = 0\nwhile len(l) >= 0: x = x + 1\n"));
}

#[test]
fn while_loop_ending_in_a_conditional_backward_jump() {
    assert_keyboard_interrupt(&format!("{READY}x = 0\nwhile x < 10**12: x += 1\n"));
}

#[test]
fn while_loop_in_a_function() {
    assert_keyboard_interrupt(&format!("{READY}def f():\n    x = 0\n    while x >= 0:\n        x = x + 1\nf()\n"));
}

#[test]
fn while_true() {
    assert_keyboard_interrupt(&format!("{READY}while True: pass\n"));
}

#[test]
fn while_is_not_none() {
    assert_keyboard_interrupt(&format!("{READY}x = 1\nwhile x is not None: x = x\n"));
}

#[test]
fn for_loop() {
    assert_keyboard_interrupt(&format!("{READY}for i in range(10**15): pass\n"));
}

#[test]
fn generator_loop() {
    assert_keyboard_interrupt(&format!("{READY}def g():\n    while 1:\n        yield 1\nfor x in g(): pass\n"));
}

#[test]
fn loop_of_python_calls() {
    assert_keyboard_interrupt(&format!("{READY}def f(): return 1\nwhile f(): pass\n"));
}

#[test]
fn time_sleep() {
    assert_keyboard_interrupt(&format!("{READY}import time\ntime.sleep(60)\n"));
}

#[test]
fn handled_interrupt_lets_the_program_continue() {
    let prog = format!("{READY}try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')\n");
    let (code, out, err) = run_interrupted(&prog);
    assert_eq!((code, out.as_str(), err.as_str()), (Some(0), "caught\n", ""));
}

/// The piped REPL (`pyrite -i`): Ctrl-C during a running statement prints
/// the traceback and the next input runs.
#[test]
fn repl_statement_is_interrupted() {
    let mut child = Command::new(common::pyrite_bin())
        .args(["-q", "-i"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pyrite");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"print('ready', flush=True)\nwhile True: pass\n\n").expect("write");
    stdin.flush().expect("flush");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    reader.read_line(&mut line).expect("read ready line");
    assert_eq!(line, "ready\n");
    std::thread::sleep(Duration::from_millis(300));
    interrupt(&child);
    stdin.write_all(b"print('after')\n").expect("write");
    drop(stdin);
    let (code, out, err) = finish(child, reader);
    assert!(!err.contains("panicked at"), "{err}");
    assert!(err.contains("\nKeyboardInterrupt\n>>> "), "{err}");
    assert_eq!(out, "after\n");
    assert_eq!(code, Some(0));
}
