//! The `pyrite` command line, modelled on `python3`'s:
//! `pyrite [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
//!
//! Usage errors use CPython's exact wording and exit code 2; the program
//! name in them is `argv[0]` as given, as CPython does. The interpreter runs
//! on a thread with a large reserved stack so that Python recursion up to
//! the recursion limit cannot overflow the native stack.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::sync::atomic::Ordering;

use pyrite::{Config, Interpreter};

mod repl;

/// Native stack reserved for the interpreter thread. Only the pages
/// actually touched are committed, so this costs address space, not memory.
const INTERPRETER_STACK: usize = 1 << 30;

/// The language version pyrite implements (what `-V` prints).
const PYTHON_VERSION: &str = "3.11.7";

/// What to run.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// `-c cmd`
    Command(String),
    /// `-m mod`
    Module(String),
    /// A script path.
    File(String),
    /// `-` or no target: read stdin (a REPL when it is a terminal).
    Stdin { explicit_dash: bool },
}

#[derive(Debug)]
struct Options {
    target: Target,
    /// Arguments after the target (`sys.argv[1:]`).
    args: Vec<String>,
    inspect: bool,
    quiet: bool,
    unbuffered: bool,
    /// `--dis FILE`
    dis: Option<String>,
    /// `-V` count.
    version: u32,
    help: bool,
    /// `-X tracemalloc[=N]`: trace allocations from the start with N frames.
    tracemalloc: Option<usize>,
}

/// A usage error: the message line before the usage text.
#[derive(Debug, PartialEq, Eq)]
struct UsageError(String);

/// Parses `args` (without argv[0]) the way CPython's getopt does: short
/// options may be bundled (`-qi`), an option argument may be attached
/// (`-cprint(1)`), and `-c`/`-m`/a file name/`-` end the option list.
fn parse_args(args: &[String]) -> Result<Options, UsageError> {
    let mut o = Options {
        target: Target::Stdin {
            explicit_dash: false,
        },
        args: Vec::new(),
        inspect: false,
        quiet: false,
        unbuffered: false,
        dis: None,
        version: 0,
        help: false,
        tracemalloc: None,
    };
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            break;
        }
        if arg == "-" {
            o.target = Target::Stdin {
                explicit_dash: true,
            };
            o.args = args[i..].to_vec();
            return Ok(o);
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "version" => o.version += 1,
                "help" => o.help = true,
                "dis" => {
                    let Some(file) = args.get(i) else {
                        return Err(UsageError("Argument expected for the --dis option".into()));
                    };
                    o.dis = Some(file.clone());
                    i += 1;
                }
                "check-hash-based-pycs" => i += 1,
                _ => return Err(UsageError(format!("unknown option --{long}"))),
            }
            continue;
        }
        let Some(flags) = arg.strip_prefix('-') else {
            o.target = Target::File(arg.clone());
            o.args = args[i..].to_vec();
            return Ok(o);
        };
        let chars: Vec<char> = flags.chars().collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            k += 1;
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    // The argument is the rest of this word, or the next word.
                    let value = if k < chars.len() {
                        let v: String = chars[k..].iter().collect();
                        k = chars.len();
                        v
                    } else if let Some(next) = args.get(i) {
                        i += 1;
                        next.clone()
                    } else {
                        return Err(UsageError(format!("Argument expected for the -{c} option")));
                    };
                    match c {
                        'c' => {
                            o.target = Target::Command(value);
                            o.args = args[i..].to_vec();
                            return Ok(o);
                        }
                        'm' => {
                            o.target = Target::Module(value);
                            o.args = args[i..].to_vec();
                            return Ok(o);
                        }
                        'X' if value == "tracemalloc" => o.tracemalloc = Some(1),
                        'X' if value.starts_with("tracemalloc=") => {
                            o.tracemalloc = value["tracemalloc=".len()..].parse().ok().filter(|n| (1..=65535).contains(n));
                        }
                        _ => {} // -W / other -X options: accepted and ignored
                    }
                }
                'i' => o.inspect = true,
                'q' => o.quiet = true,
                'u' => o.unbuffered = true,
                'V' => o.version += 1,
                'h' | '?' => o.help = true,
                // Accepted for compatibility; they change nothing in pyrite.
                'b' | 'B' | 'd' | 'E' | 'I' | 'O' | 'P' | 's' | 'S' | 'v' | 'x' | 'R' => {}
                _ => return Err(UsageError(format!("Unknown option: -{c}"))),
            }
        }
    }
    // `--` or the end: what follows `--` is the script and its arguments.
    if i < args.len() {
        if args[i] == "-" {
            o.target = Target::Stdin {
                explicit_dash: true,
            };
        } else {
            o.target = Target::File(args[i].clone());
        }
        o.args = args[i + 1..].to_vec();
    }
    Ok(o)
}

fn usage_line(prog: &str) -> String {
    format!("usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...")
}

fn help_text(prog: &str) -> String {
    format!(
        "{}\n\
Options:\n\
-c cmd : program passed in as string (terminates option list)\n\
-h     : print this help message and exit (also -? or --help)\n\
-i     : inspect interactively after running script; forces a prompt even\n\
         if stdin does not appear to be a terminal\n\
-m mod : run library module as a script (terminates option list)\n\
-q     : don't print version and copyright messages on interactive startup\n\
-u     : force the stdout and stderr streams to be unbuffered\n\
-V     : print the Python version number and exit (also --version)\n\
         when given twice, print more information about the build\n\
--dis file : print the bytecode of file (like `python3 -m dis file`) and exit\n\
-b -B -d -E -I -O -P -s -S -v -x -R, -W arg, -X opt : accepted and ignored\n\
\n\
Arguments:\n\
file   : program read from script file\n\
-      : program read from stdin (default; interactive mode if a tty)\n\
arg ...: arguments passed to program in sys.argv[1:]\n",
        usage_line(prog)
    )
}

fn main() {
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let prog = argv
        .first()
        .cloned()
        .unwrap_or_else(|| "pyrite".to_string());
    let opts = match parse_args(&argv[1.min(argv.len())..]) {
        Ok(o) => o,
        Err(UsageError(msg)) => {
            eprintln!(
                "{msg}\n{}\nTry `python -h' for more information.",
                usage_line(&prog)
            );
            std::process::exit(2);
        }
    };
    if opts.help {
        print!("{}", help_text(&prog));
        std::process::exit(0);
    }
    if opts.version > 0 {
        if opts.version == 1 {
            println!("Python {PYTHON_VERSION}");
        } else {
            println!("Python {PYTHON_VERSION} ({}) [Rust]", repl::build_info());
        }
        std::process::exit(0);
    }
    if let Some(file) = &opts.dis {
        std::process::exit(disassemble(&prog, file));
    }

    let code = std::thread::Builder::new()
        .name("pyrite-main".to_string())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run(&prog, opts))
        .map(|h| h.join().unwrap_or(70))
        .unwrap_or_else(|e| {
            eprintln!("pyrite: cannot start the interpreter thread: {e}");
            70
        });
    if code == KILLED_BY_SIGINT {
        die_by_sigint();
    }
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    std::process::exit(code);
}

fn disassemble(prog: &str, file: &str) -> i32 {
    match std::fs::read(file) {
        Ok(bytes) => match Interpreter::disassemble(&String::from_utf8_lossy(&bytes), file) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(err) => {
                eprint!("{err}");
                if !err.ends_with('\n') {
                    eprintln!();
                }
                1
            }
        },
        Err(e) => {
            eprintln!(
                "{prog}: can't open file {}: {}",
                py_quote(&absolute(file)),
                os_error(&e)
            );
            2
        }
    }
}

/// Runs the chosen target on the interpreter thread; returns the exit code.
fn run(prog: &str, opts: Options) -> i32 {
    let stdin_tty = std::io::stdin().is_terminal();
    let repl_only = matches!(opts.target, Target::Stdin { .. }) && (stdin_tty || opts.inspect);
    let mut argv: Vec<String> = match &opts.target {
        Target::Command(_) => vec!["-c".to_string()],
        // CPython puts the module's file path here once it is found; until
        // the import system reports it, `-m` is what CPython shows while
        // searching.
        Target::Module(_) => vec!["-m".to_string()],
        Target::File(f) => vec![f.clone()],
        Target::Stdin {
            explicit_dash: true,
        } if !repl_only => vec!["-".to_string()],
        Target::Stdin { .. } => vec![String::new()],
    };
    argv.extend(opts.args.iter().cloned());
    let config = Config {
        argv,
        unbuffered: opts.unbuffered,
        interactive: opts.inspect || repl_only,
        quiet: opts.quiet,
    };
    let mut interp = Interpreter::new(config);
    install_interrupt_handler(&interp);
    // tracemalloc helper: `-X tracemalloc[=N]` / PYTHONTRACEMALLOC=N start tracing now.
    let env_frames = std::env::var("PYTHONTRACEMALLOC").ok().and_then(|v| v.parse::<usize>().ok()).filter(|n| (1..=65535).contains(n));
    if let Some(n) = opts.tracemalloc.or(env_frames) {
        let vm = interp.vm();
        vm.heap.trace_limit = n;
        vm.trace_start(n);
    }

    let code = match &opts.target {
        Target::Command(cmd) => interp.run_source(&with_newline(cmd), "<string>"),
        Target::Module(name) => interp.run_module(name),
        Target::File(path) => match check_script(prog, path) {
            Ok(script) => interp.run_file(&script),
            Err(code) => return code,
        },
        Target::Stdin { .. } if repl_only => {
            let banner = !opts.quiet;
            let code = repl::run(&mut interp, banner);
            return finish(&mut interp, code);
        }
        Target::Stdin { .. } => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("{prog}: can't read <stdin>: {e}");
                return 2;
            }
            interp.run_source(&String::from_utf8_lossy(&bytes), "<stdin>")
        }
    };
    if opts.inspect {
        // `-i`: the REPL follows whatever the script did (CPython shows no
        // banner after a script).
        let code = repl::run(&mut interp, false);
        return finish(&mut interp, code);
    }
    finish(&mut interp, code)
}

/// Interpreter exit: non-daemon threads are joined first (CPython's
/// `threading._shutdown`), daemon threads are abandoned, then finalization.
fn finish(interp: &mut Interpreter, code: i32) -> i32 {
    pyrite::modules::thread::shutdown(interp.vm());
    let code = interp.finalize(code);
    // (Unless finalization changed the status, e.g. the heap verifier's 86.)
    if interp.ended_by_interrupt() && code == 130 {
        KILLED_BY_SIGINT
    } else {
        code
    }
}

/// `run`'s result when an uncaught KeyboardInterrupt ended the program.
const KILLED_BY_SIGINT: i32 = -2;

/// Ends the process the way CPython does after an uncaught
/// KeyboardInterrupt: by SIGINT with its default action, so a parent sees a
/// signal death (a shell shows status 130). Exit status 130 is the fallback.
fn die_by_sigint() -> ! {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    std::process::exit(130)
}

/// CPython rejects a missing or unreadable script before starting. Returns
/// the file to run: the script, or `DIR/__main__.py` for a directory.
fn check_script(prog: &str, path: &str) -> Result<String, i32> {
    let p = Path::new(path);
    if p.is_dir() {
        let main = p.join("__main__.py");
        if main.is_file() {
            return Ok(main.to_string_lossy().into_owned());
        }
        eprintln!("{prog}: can't find '__main__' module in {}", py_quote(path));
        return Err(1);
    }
    match std::fs::File::open(p) {
        Ok(_) => Ok(path.to_string()),
        Err(e) => {
            eprintln!(
                "{prog}: can't open file {}: {}",
                py_quote(&absolute(path)),
                os_error(&e)
            );
            Err(2)
        }
    }
}

/// `-c` source: CPython compiles it as a module; a final newline keeps
/// the parser from treating the end of the text as an incomplete line.
fn with_newline(src: &str) -> String {
    if src.ends_with('\n') {
        src.to_string()
    } else {
        format!("{src}\n")
    }
}

/// The path made absolute without resolving symlinks (as CPython reports it).
fn absolute(path: &str) -> String {
    let p = Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(p).to_string_lossy().into_owned(),
        Err(_) => path.to_string(),
    }
}

/// `[Errno 2] No such file or directory`, as Python formats OSError.
fn os_error(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(n) => {
            let text = e.to_string();
            // Rust appends " (os error N)"; Python puts the number first.
            let msg = text.split(" (os error").next().unwrap_or(&text);
            format!("[Errno {n}] {msg}")
        }
        None => e.to_string(),
    }
}

/// A Python `repr` of a plain string (enough for file paths).
fn py_quote(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

/// Ctrl-C sets the interpreter's interrupt flag; the VM raises
/// KeyboardInterrupt at its next check. If a second Ctrl-C arrives while the
/// first is still unhandled (the program is stuck somewhere that does not
/// check), the process exits as a SIGINT-killed process would, so it can
/// always be stopped.
fn install_interrupt_handler(interp: &Interpreter) {
    let flag = interp.interrupt_handle();
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            eprintln!();
            die_by_sigint();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Options, UsageError> {
        parse_args(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn targets_and_their_arguments() {
        let o = parse(&["-c", "print(1)", "a", "-i"]).unwrap();
        assert_eq!(o.target, Target::Command("print(1)".into()));
        assert_eq!(o.args, vec!["a", "-i"]);
        assert!(!o.inspect);
        let o = parse(&["-i", "x.py", "-c"]).unwrap();
        assert_eq!(o.target, Target::File("x.py".into()));
        assert_eq!(o.args, vec!["-c"]);
        assert!(o.inspect);
        let o = parse(&["-m", "mod", "z"]).unwrap();
        assert_eq!(o.target, Target::Module("mod".into()));
        let o = parse(&["-", "a"]).unwrap();
        assert_eq!(
            o.target,
            Target::Stdin {
                explicit_dash: true
            }
        );
        assert_eq!(o.args, vec!["a"]);
        let o = parse(&[]).unwrap();
        assert_eq!(
            o.target,
            Target::Stdin {
                explicit_dash: false
            }
        );
        let o = parse(&["--", "-x.py", "a"]).unwrap();
        assert_eq!(o.target, Target::File("-x.py".into()));
        assert_eq!(o.args, vec!["a"]);
    }

    #[test]
    fn bundled_and_attached_options() {
        let o = parse(&["-qic", "pass"]).unwrap();
        assert!(o.quiet && o.inspect);
        assert_eq!(o.target, Target::Command("pass".into()));
        let o = parse(&["-cprint(2)"]).unwrap();
        assert_eq!(o.target, Target::Command("print(2)".into()));
        let o = parse(&["-Werror", "-X", "dev", "-VV"]).unwrap();
        assert_eq!(o.version, 2);
        assert!(parse(&["-u", "--version"]).unwrap().version == 1);
    }

    #[test]
    fn usage_errors_use_cpython_wording() {
        assert_eq!(parse(&["-Z"]).unwrap_err().0, "Unknown option: -Z");
        assert_eq!(
            parse(&["-c"]).unwrap_err().0,
            "Argument expected for the -c option"
        );
        assert_eq!(
            parse(&["-m"]).unwrap_err().0,
            "Argument expected for the -m option"
        );
        assert_eq!(parse(&["--foo"]).unwrap_err().0, "unknown option --foo");
    }

    #[test]
    fn os_errors_read_like_python() {
        let e = std::fs::File::open("/nonexistent/definitely").unwrap_err();
        assert_eq!(os_error(&e), "[Errno 2] No such file or directory");
        assert_eq!(py_quote("/a/b.py"), "'/a/b.py'");
    }
}
