//! The interactive loop (CPython's classic REPL): `>>> ` / `... ` prompts,
//! each complete input handed to `Interpreter::run_interactive`.
//!
//! On a terminal it uses rustyline (line editing, `~/.pyrite_history`, Tab
//! completion through `Interpreter::completions`, Ctrl-C cancels the line,
//! Ctrl-D exits). When stdin is not a terminal it behaves byte for byte like
//! `python3 -i < file`: prompts go to stderr with no newline after them, a
//! line that ends without `\n` asks for one more line, and at end of input
//! the pending prompt is followed by `\n`.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::Ordering;

use pyrite::interactive::{input_state, is_blank_or_comment, InputState};
use pyrite::{Interpreter, ReplOutcome};
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

pub const PS1: &str = ">>> ";
pub const PS2: &str = "... ";

/// What goes in parentheses after the version (`-VV`, the banner).
pub fn build_info() -> String {
    format!("pyrite {}", env!("CARGO_PKG_VERSION"))
}

/// The startup banner, shaped like CPython's.
pub fn banner() -> String {
    format!(
        "Python {} ({}) [Rust] on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
        crate::PYTHON_VERSION,
        build_info(),
        std::env::consts::OS
    )
}

/// Runs the REPL until end of input or SystemExit; returns the exit code.
pub fn run(interp: &mut Interpreter, show_banner: bool) -> i32 {
    if show_banner {
        eprintln!("{}", banner());
    }
    if std::io::stdin().is_terminal() {
        match run_terminal(interp) {
            Ok(code) => code,
            // The terminal could not be set up: fall back to plain lines.
            Err(()) => run_piped(interp),
        }
    } else {
        run_piped(interp)
    }
}

/// The lines of one input being collected.
#[derive(Default)]
struct Pending {
    source: String,
    lines: usize,
}

/// What to do after a line was added.
enum Next {
    /// Read another line with this prompt.
    Prompt(&'static str),
    /// The input raised SystemExit.
    Exit(i32),
}

impl Pending {
    /// Adds one line (without its newline). `force_more` asks for another
    /// line whatever the line says (it ended without `\n` at end of input).
    fn push(&mut self, interp: &mut Interpreter, line: &str, force_more: bool) -> Next {
        if self.lines == 0 && is_blank_or_comment(line) {
            return Next::Prompt(PS1);
        }
        self.source.push_str(line);
        self.source.push('\n');
        self.lines += 1;
        if force_more || input_state(&self.source) == InputState::Incomplete {
            return Next::Prompt(PS2);
        }
        // An empty line ends the input for good (CPython's tokenizer turns
        // it into the end of the statement).
        let last_blank = line.trim().is_empty();
        self.dispatch(interp, last_blank)
    }

    /// Runs whatever has been collected. `finished`: no more lines can
    /// follow (an empty line or end of input ended it), so an input the
    /// parser still finds incomplete is a SyntaxError to report, as CPython
    /// reports `expected an indented block` or `'(' was never closed`.
    fn dispatch(&mut self, interp: &mut Interpreter, finished: bool) -> Next {
        let source = std::mem::take(&mut self.source);
        self.lines = 0;
        // A Ctrl-C pressed at the prompt must not interrupt the next input.
        interp.interrupt_handle().store(false, Ordering::SeqCst);
        let outcome = if finished {
            interp.run_interactive_final(&source)
        } else {
            interp.run_interactive(&source)
        };
        let _ = std::io::stdout().flush();
        match outcome {
            // The interpreter wants more than the scanner thought: keep the
            // lines and ask for the next one.
            ReplOutcome::Incomplete => {
                self.source = source;
                self.lines = self.source.lines().count();
                Next::Prompt(PS2)
            }
            ReplOutcome::Done => Next::Prompt(PS1),
            ReplOutcome::Exit(code) => Next::Exit(code),
        }
    }
}

/// `python3 -i < file`: read lines ourselves, prompts on stderr.
fn run_piped(interp: &mut Interpreter) -> i32 {
    let mut pending = Pending::default();
    let mut prompt = PS1;
    let mut buf = Vec::new();
    loop {
        let _ = std::io::stdout().flush();
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        buf.clear();
        // Lock only for the read: the program may read stdin itself.
        let read = std::io::stdin().lock().read_until(b'\n', &mut buf);
        let n = read.unwrap_or(0);
        if n == 0 {
            // End of input: CPython ends the prompt line, runs what is
            // pending and prompts again, and exits on the second EOF.
            // That newline goes to `sys.stderr`, prompts to the process's.
            let vm = interp.vm();
            vm.write_sys_stderr("\n");
            vm.flush_std();
            if pending.lines == 0 {
                return 0;
            }
            prompt = match pending.dispatch(interp, true) {
                Next::Prompt(_) => PS1,
                Next::Exit(code) => return code,
            };
            continue;
        }
        let had_newline = buf.last() == Some(&b'\n');
        let text = String::from_utf8_lossy(&buf);
        let line = text.trim_end_matches('\n').trim_end_matches('\r');
        let starts_input_with_nothing = pending.lines == 0 && is_blank_or_comment(line);
        let force_more = !had_newline && !starts_input_with_nothing;
        match pending.push(interp, line, force_more) {
            Next::Prompt(p) => prompt = p,
            Next::Exit(code) => return code,
        }
    }
}

/// Tab completion through the interpreter (rustyline only asks for it on a
/// terminal, on the interpreter's own thread).
struct PyHelper<'a> {
    interp: &'a RefCell<&'a mut Interpreter>,
}

impl Completer for PyHelper<'_> {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        if before.trim().is_empty() {
            // Tab at the start of a line indents, as in CPython.
            return Ok((pos, vec!["    ".to_string()]));
        }
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let word = &before[start..];
        let Ok(mut interp) = self.interp.try_borrow_mut() else {
            return Ok((pos, Vec::new()));
        };
        Ok((start, interp.completions(word)))
    }
}

impl Hinter for PyHelper<'_> {
    type Hint = String;
}

impl Highlighter for PyHelper<'_> {
    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        Cow::Borrowed(prompt)
    }
}

impl Validator for PyHelper<'_> {}

impl Helper for PyHelper<'_> {}

fn history_path() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyrite_history"))
}

/// The terminal REPL. Err when the terminal cannot be used.
fn run_terminal(interp: &mut Interpreter) -> Result<i32, ()> {
    let cell = RefCell::new(interp);
    let mut editor: Editor<PyHelper<'_>, rustyline::history::DefaultHistory> =
        Editor::new().map_err(|_| ())?;
    editor.set_helper(Some(PyHelper { interp: &cell }));
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let mut pending = Pending::default();
    let mut prompt = PS1;
    let code = loop {
        let _ = std::io::stdout().flush();
        match editor.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                let mut interp = cell.borrow_mut();
                match pending.push(&mut interp, &line, false) {
                    Next::Prompt(p) => prompt = p,
                    Next::Exit(code) => break code,
                }
            }
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C at a prompt drops the input being typed.
                eprintln!("KeyboardInterrupt");
                pending = Pending::default();
                prompt = PS1;
            }
            Err(ReadlineError::Eof) => {
                eprintln!();
                if pending.lines == 0 {
                    break 0;
                }
                let mut interp = cell.borrow_mut();
                match pending.dispatch(&mut interp, true) {
                    Next::Prompt(_) => prompt = PS1,
                    Next::Exit(code) => break code,
                }
            }
            Err(_) => break 1,
        }
    };
    if let Some(path) = &history {
        let _ = editor.save_history(path);
    }
    Ok(code)
}
