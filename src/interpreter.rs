//! The facade the CLI, the REPL and the tests use. Everything else is internal.

use crate::heap::ObjRef;
use crate::syntax::Mode;
use crate::vm::{PyErr, Vm};

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
    interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    vm: Box<Vm>,
    main_module: Option<ObjRef>,
    /// The last REPL input ended in an uncaught KeyboardInterrupt: the
    /// process then exits with status 130, as CPython's does.
    repl_keyboard_interrupt: bool,
    /// An uncaught KeyboardInterrupt ended the program: CPython then dies by
    /// SIGINT (see `ended_by_interrupt`).
    ended_by_interrupt: bool,
}

impl Interpreter {
    pub fn new(config: Config) -> Interpreter {
        let mut vm = Box::new(Vm::new(config.argv.clone()));
        if config.unbuffered {
            vm.stdout.unbuffered = true;
        }
        let interrupt = vm.interrupt.clone();
        Interpreter { config, interrupt, vm, main_module: None, repl_keyboard_interrupt: false, ended_by_interrupt: false }
    }

    /// A flag a signal handler sets on Ctrl-C: the VM polls it between
    /// instructions and raises KeyboardInterrupt (then clears it).
    pub fn interrupt_handle(&self) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
        self.interrupt.clone()
    }

    /// Direct access to the VM (tests and embedding).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    fn set_sys_path(&mut self, first: &str) {
        let vm = &mut self.vm;
        vm.main_dir = first.to_string();
        let sys = vm.sys_module;
        let d = vm.module_dict(sys);
        if let Some(p) = vm.dict_get_str(d, "path") {
            let s = vm.new_str(first);
            if let Some(items) = vm.list_items(p) {
                if items.is_empty() {
                    vm.list_append(p, s);
                }
            }
            vm.decref(s);
            if let Ok(extra) = std::env::var("PYTHONPATH") {
                for part in extra.split(':').filter(|s| !s.is_empty()) {
                    let s = vm.new_str(part);
                    vm.list_append(p, s);
                    vm.decref(s);
                }
            }
        }
    }

    /// The `__main__` module (created on first use).
    fn main_module(&mut self) -> ObjRef {
        if let Some(m) = self.main_module {
            return m;
        }
        let vm = &mut self.vm;
        let m = vm.new_module("__main__");
        let d = vm.module_dict(m);
        let b = vm.builtins_module;
        vm.dict_set_str(d, "__builtins__", b);
        let mods = vm.modules;
        vm.dict_set_str(mods, "__main__", m);
        // `__loader__` (BuiltinImporter until a script or -m module sets its own).
        vm.init_main_attrs(m, "string", None, None);
        // mem helper: CPython's `__main__` and its dict are in the oldest
        // generation when the program starts (startup collections aged them).
        vm.heap.gc_age_young();
        self.main_module = Some(m);
        m
    }

    /// Runs a file as `__main__`; returns the process exit code (0, 1 on an
    /// uncaught exception after printing its traceback, SystemExit's code).
    pub fn run_file(&mut self, path: &str) -> i32 {
        self.run_file_as(path, None)
    }

    /// `run_file`; with `spec_name` (for `-m`) `__main__` gets that module's `__spec__`.
    fn run_file_as(&mut self, path: &str, spec_name: Option<&str>) -> i32 {
        let source_bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                let prog = std::env::args().next().unwrap_or_else(|| "pyrite".to_string());
                let msg = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    _ => e.to_string(),
                };
                let code = e.raw_os_error().unwrap_or(2);
                eprintln!("{prog}: can't open file '{}': [Errno {code}] {msg}", absolute(path));
                return 2;
            }
        };
        if let Some(msg) = crate::syntax::non_utf8_error(&source_bytes, &absolute(path)) {
            // lang helper: CPython refuses undeclared non-UTF-8 source before running anything.
            let t = self.vm.t.syntax_error;
            let e = self.vm.new_error(t, msg);
            self.vm.print_exception(e.exc);
            self.vm.drop_err(e);
            self.vm.flush_std();
            return 1;
        }
        let source = String::from_utf8_lossy(&source_bytes).into_owned();
        let dir = std::path::Path::new(path).parent().map(|p| p.display().to_string()).unwrap_or_default();
        let dir = if dir.is_empty() { absolute(".") } else { absolute(&dir) };
        self.set_sys_path(&dir);
        // CPython 3.11 runs the script under its absolute path.
        let full = absolute(path);
        let m = self.main_module();
        let d = self.vm.module_dict(m);
        let f = self.vm.new_str(full.clone());
        self.vm.dict_set_str(d, "__file__", f);
        self.vm.decref(f);
        match spec_name {
            Some(n) => self.vm.init_main_attrs(m, "module", Some(&full), Some(n)),
            None => self.vm.init_main_attrs(m, "script", Some(&full), None),
        }
        // `-m` compiles through the import system (no parser arena, see `load_code_with_arena`).
        self.exec_main_as(&source, &full, spec_name.is_none())
    }

    /// Runs source text as `__main__` under the given file name (`<string>` for `-c`, `<stdin>` for piped input).
    pub fn run_source(&mut self, source: &str, filename: &str) -> i32 {
        if self.vm.main_dir.is_empty() {
            self.set_sys_path(&absolute("."));
        }
        let m = self.main_module();
        if filename == "<stdin>" {
            self.vm.init_main_attrs(m, "stdin", Some(filename), None);
        }
        self.exec_main(source, filename)
    }

    fn exec_main(&mut self, source: &str, filename: &str) -> i32 {
        self.exec_main_as(source, filename, true)
    }

    fn exec_main_as(&mut self, source: &str, filename: &str, from_source: bool) -> i32 {
        let m = self.main_module();
        // lang helper: a script file is bytes to CPython's parser (byte offsets in SyntaxErrors).
        let compiled = if filename.starts_with('<') {
            self.vm.compile_source(source, filename, Mode::Exec)
        } else {
            crate::syntax::with_file_input(|| self.vm.compile_source(source, filename, Mode::Exec))
        };
        let code = match compiled {
            Ok(c) => c,
            Err(e) => return self.report(e),
        };
        match self.vm.exec_module_code_as(&code, m, from_source) {
            Ok(()) => {
                self.vm.flush_std();
                0
            }
            Err(e) => self.report(e),
        }
    }

    /// Prints an uncaught exception (or handles SystemExit); returns the exit code.
    fn report(&mut self, e: PyErr) -> i32 {
        let vm = &mut self.vm;
        // With `-i` CPython prints SystemExit's traceback like any other
        // exception's and goes on to the REPL.
        if !self.config.interactive && vm.err_matches(&e, vm.t.system_exit) {
            let code = system_exit_code(vm, e.exc);
            vm.drop_err(e);
            vm.flush_std();
            return code;
        }
        vm.stdout.flush();
        // An uncaught KeyboardInterrupt (exactly that type, as CPython checks)
        // ends the process as if killed by SIGINT: exit status 130.
        let code = if vm.ty(e.exc) == vm.t.keyboard_interrupt { 130 } else { 1 };
        self.ended_by_interrupt |= code == 130 && !self.config.interactive;
        vm.display_uncaught(e.exc);
        vm.drop_err(e);
        vm.flush_std();
        code
    }

    /// `sys.argv[0] = path` (`-m` shows the module's file once it is found).
    fn set_argv0(&mut self, path: &str) {
        let vm = &mut self.vm;
        let sys = vm.sys_module;
        let d = vm.module_dict(sys);
        if let Some(argv) = vm.dict_get_str(d, "argv") {
            let i = vm.new_int(0);
            let s = vm.new_str(path);
            if let Err(e) = vm.setitem(argv, i, s) {
                vm.drop_err(e);
            }
            vm.decref(i);
            vm.decref(s);
        }
    }

    /// Runs a module as `__main__` (`-m name`).
    pub fn run_module(&mut self, name: &str) -> i32 {
        self.set_sys_path(&absolute("."));
        let dirs = vec![absolute(".")];
        for d in dirs {
            let file = format!("{d}/{}.py", name.replace('.', "/"));
            if std::path::Path::new(&file).is_file() {
                self.set_argv0(&absolute(&file));
                return self.run_file_as(&file, Some(name));
            }
            let pkg = format!("{d}/{}/__main__.py", name.replace('.', "/"));
            if std::path::Path::new(&pkg).is_file() {
                self.set_argv0(&absolute(&pkg));
                return self.run_file_as(&pkg, Some(&format!("{name}.__main__")));
            }
        }
        // psmmap helper: modules embedded in the binary (`-m memory_profiler`, `-m timeit`).
        if let Some((source, false)) = crate::modules::stdlib::lookup(name) {
            let file = crate::modules::stdlib::file_name(name, false);
            self.set_argv0(&file);
            let m = self.main_module();
            let d = self.vm.module_dict(m);
            let f = self.vm.new_str(file.clone());
            self.vm.dict_set_str(d, "__file__", f);
            self.vm.decref(f);
            self.vm.init_main_attrs(m, "module", Some(&file), Some(name));
            return self.exec_main_as(source, &file, false);
        }
        let prog = std::env::args().next().unwrap_or_else(|| "pyrite".to_string());
        eprintln!("{prog}: No module named {name}");
        1
    }

    /// Like `run_interactive`, for an input that can get no more lines (an
    /// empty line or end of input ended it): if it is still unfinished, the
    /// SyntaxError is printed as CPython's REPL prints it.
    pub fn run_interactive_final(&mut self, source: &str) -> ReplOutcome {
        match crate::syntax::parse(source, "<stdin>", Mode::Single) {
            Err(e) if e.incomplete => {
                let exc = self.vm.syntax_error_obj(&e);
                self.vm.print_exception(exc);
                self.vm.decref(exc);
                self.vm.flush_std();
                ReplOutcome::Done
            }
            _ => self.run_interactive(source),
        }
    }

    /// Feeds one REPL input (possibly several lines). Compiled on its own in
    /// 'single' mode: expression results are echoed with repr and stored in `_`.
    pub fn run_interactive(&mut self, source: &str) -> ReplOutcome {
        if self.vm.main_dir.is_empty() {
            self.set_sys_path("");
        }
        let m = self.main_module();
        let parsed = crate::syntax::parse(source, "<stdin>", Mode::Single);
        let module = match parsed {
            Ok(m) => m,
            Err(e) if e.incomplete => return ReplOutcome::Incomplete,
            Err(e) => {
                let exc = self.vm.syntax_error_obj(&e);
                self.vm.print_exception(exc);
                self.vm.decref(exc);
                self.vm.flush_std();
                return ReplOutcome::Done;
            }
        };
        self.vm.sources.insert("<stdin>".to_string(), std::rc::Rc::from(source));
        let compiled = crate::compile::compile(&module, source, "<stdin>", Mode::Single);
        if let Err(e) = self.vm.issue_syntax_warnings(source, "<stdin>") {
            self.vm.print_exception(e.exc);
            self.vm.drop_err(e);
            self.vm.flush_std();
            return ReplOutcome::Done;
        }
        let code = match compiled {
            Ok(c) => c,
            Err(e) => {
                let exc = self.vm.syntax_error_obj(&e);
                self.vm.print_exception(exc);
                self.vm.decref(exc);
                self.vm.flush_std();
                return ReplOutcome::Done;
            }
        };
        let r = self.vm.exec_module_code_as(&code, m, true);
        self.vm.flush_std();
        self.repl_keyboard_interrupt = matches!(&r, Err(e) if self.vm.ty(e.exc) == self.vm.t.keyboard_interrupt);
        match r {
            Ok(()) => ReplOutcome::Done,
            Err(e) => {
                if self.vm.err_matches(&e, self.vm.t.system_exit) {
                    let code = system_exit_code(&mut self.vm, e.exc);
                    self.vm.drop_err(e);
                    self.vm.flush_std();
                    return ReplOutcome::Exit(code);
                }
                self.vm.display_uncaught(e.exc);
                self.vm.drop_err(e);
                self.vm.flush_std();
                ReplOutcome::Done
            }
        }
    }

    /// Tab completion: names (`pri` → `print`) and attributes (`sys.getr` → `sys.getrefcount`).
    pub fn completions(&mut self, text: &str) -> Vec<String> {
        let m = self.main_module();
        let vm = &mut self.vm;
        let gd = vm.module_dict(m);
        if let Some((obj_path, attr)) = text.rsplit_once('.') {
            let mut parts = obj_path.split('.');
            let first = parts.next().unwrap_or("");
            let Some(mut obj) = vm.dict_get_str(gd, first).or_else(|| vm.dict_get_str(vm.builtins, first)) else { return Vec::new() };
            vm.incref(obj);
            for p in parts {
                match vm.getattr_str(obj, p) {
                    Ok(o) => {
                        vm.decref(obj);
                        obj = o;
                    }
                    Err(e) => {
                        vm.drop_err(e);
                        vm.decref(obj);
                        return Vec::new();
                    }
                }
            }
            let names = vm.dir_names(obj).unwrap_or_default();
            vm.decref(obj);
            let mut out: Vec<String> = names.into_iter().filter(|n| n.starts_with(attr) && (attr.starts_with('_') || !n.starts_with('_'))).map(|n| format!("{obj_path}.{n}")).collect();
            out.sort();
            return out;
        }
        let mut out = Vec::new();
        for d in [gd, vm.builtins] {
            for (k, _) in vm.dict_items(d) {
                if let Some(s) = vm.as_str(k) {
                    if s.starts_with(text) && !out.contains(&s.to_string()) && (text.starts_with('_') || !s.starts_with('_')) {
                        out.push(s.to_string());
                    }
                }
            }
        }
        for kw in ["and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"] {
            if kw.starts_with(text) {
                out.push(kw.to_string());
            }
        }
        out.sort();
        out
    }

    /// Interpreter shutdown: atexit handlers, flushing, final collections.
    /// Returns the exit code to use (normally `code` unchanged).
    /// Whether the program ended with an uncaught KeyboardInterrupt (after
    /// `finalize`): CPython then re-raises SIGINT with its default action,
    /// so a parent sees a process killed by the signal, not an exit status.
    pub fn ended_by_interrupt(&self) -> bool {
        self.ended_by_interrupt
    }

    pub fn finalize(&mut self, code: i32) -> i32 {
        // gc helper: atexit functions run first (CPython's _PyAtExit_Call),
        // then PyGC_Collect (a collection with callbacks, when enabled).
        self.vm.run_atexit();
        self.vm.flush_std();
        if self.vm.heap.gc.enabled {
            self.vm.gc_run(2, true);
        }
        let _ = &self.config;
        // Like CPython's finalize_modules (modules/gc/collect.rs): sys.modules
        // lets go of the modules, a collection frees what only cycles kept
        // alive, the modules still alive are wiped, so remaining objects'
        // __del__ methods run at exit. The facade's own reference to
        // __main__ is not one CPython has: it goes first.
        if let Some(m) = self.main_module.take() {
            self.vm.decref(m);
        }
        self.vm.gc_finalize_modules();
        // gc helper: the shutdown collection (CPython's _PyGC_CollectNoFail in
        // finalize_modules): cyclic garbage's __del__ runs, debug stats print.
        self.vm.gc_at_exit();
        self.vm.flush_std();
        // checker helper: under `refcheck` / PYRITE_VERIFY_HEAP=1 nothing may
        // be leaked now (modules/gc/verify.rs).
        let held: Vec<ObjRef> = Vec::new();
        if !self.vm.exit_heap_check(&held) {
            return crate::modules::gc::verify::LEAK_EXIT_CODE;
        }
        if self.repl_keyboard_interrupt {
            self.ended_by_interrupt = true;
            return 130;
        }
        code
    }

    /// `pyrite --dis FILE`: the disassembly of the file's code, or the SyntaxError text.
    pub fn disassemble(source: &str, filename: &str) -> Result<String, String> {
        let _ = (source, filename);
        Err("disassembler not built yet".to_string())
    }
}

fn absolute(p: &str) -> String {
    std::fs::canonicalize(p).map(|x| x.display().to_string()).unwrap_or_else(|_| p.to_string())
}

/// The process exit code for a SystemExit (printing a non-int code to stderr).
fn system_exit_code(vm: &mut Vm, exc: ObjRef) -> i32 {
    let code = match vm.getattr_str(exc, "code") {
        Ok(c) => c,
        Err(e) => {
            vm.drop_err(e);
            return 1;
        }
    };
    let r = if code == vm.none_obj {
        0
    } else if let Some(i) = vm.as_int(code) {
        i as i32
    } else {
        match vm.str_string(code) {
            Ok(s) => {
                vm.write_stderr(&format!("{s}\n"));
            }
            Err(e) => vm.drop_err(e),
        }
        1
    };
    vm.decref(code);
    r
}
