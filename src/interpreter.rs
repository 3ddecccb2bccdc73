//! The facade the CLI, the REPL and the tests use. Everything else is internal.

/// How the interpreter was started (what `sys.argv`, `sys.flags` and the
/// shutdown path need to know).
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `sys.argv`: `[script, args…]`, `['-c', args…]`, `['']` for the REPL, …
    pub argv: Vec<String>,
    /// `-u`: stdout and stderr unbuffered.
    pub unbuffered: bool,
    /// `-i` or the REPL: `sys.flags.interactive`.
    pub interactive: bool,
    /// `-q`: no banner.
    pub quiet: bool,
}

/// What happened to one REPL input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplOutcome {
    /// The input is not complete yet (open block/bracket/string): show `... `.
    Incomplete,
    /// It ran (results were echoed, a traceback printed if it raised).
    Done,
    /// It raised SystemExit: the process should exit with this code.
    Exit(i32),
}

/// One Python interpreter: its own heap, modules and state. Several can live
/// in one process.
pub struct Interpreter {
    config: Config,
}

impl Interpreter {
    pub fn new(config: Config) -> Interpreter {
        Interpreter { config }
    }

    /// Runs a file as `__main__`; returns the process exit code (0, 1 on an
    /// uncaught exception after printing its traceback, SystemExit's code).
    pub fn run_file(&mut self, path: &str) -> i32 {
        let _ = (&self.config, path);
        eprintln!("pyrite: the VM is not built yet");
        1
    }

    /// Runs source text as `__main__` under the given file name (`<string>` for `-c`, `<stdin>` for piped input).
    pub fn run_source(&mut self, source: &str, filename: &str) -> i32 {
        let _ = (source, filename);
        eprintln!("pyrite: the VM is not built yet");
        1
    }

    /// Runs a module as `__main__` (`-m name`).
    pub fn run_module(&mut self, name: &str) -> i32 {
        let _ = name;
        eprintln!("pyrite: the VM is not built yet");
        1
    }

    /// Feeds one REPL input (possibly several lines). Compiled on its own in
    /// 'single' mode: expression results are echoed with repr and stored in `_`.
    pub fn run_interactive(&mut self, source: &str) -> ReplOutcome {
        let _ = source;
        ReplOutcome::Done
    }

    /// Tab completion: names (`pri` → `print`) and attributes (`sys.getr` → `sys.getrefcount`).
    pub fn completions(&mut self, text: &str) -> Vec<String> {
        let _ = text;
        Vec::new()
    }

    /// Interpreter shutdown: atexit handlers, flushing, final collections.
    /// Returns the exit code to use (normally `code` unchanged).
    pub fn finalize(&mut self, code: i32) -> i32 {
        code
    }

    /// `pyrite --dis FILE`: the disassembly of the file's code, or the SyntaxError text.
    pub fn disassemble(source: &str, filename: &str) -> Result<String, String> {
        let _ = (source, filename);
        Err("disassembler not built yet".to_string())
    }
}
