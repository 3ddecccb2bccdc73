//! Files: the builtin `open()` (it calls `io.open`, written in Python in
//! `io.py` and embedded by `modules::stdlib`) and a native `sys.stdin`
//! (readline, read, readlines, iteration) over the process's standard input.

use std::io::{BufRead, Read};

use crate::heap::{BaseKind, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

/// The builtin `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, ...)`.
pub fn b_open(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let io = vm.import_dotted("io")?;
    let f = vm.getattr_str(io, "open");
    vm.decref(io);
    let f = f?;
    let r = vm.call_kw(f, args.args, args.kwnames);
    vm.decref(f);
    // open() is a C function in CPython: its errors carry no frames of io.py.
    if let Err(e) = &r {
        let tb = vm.exc_data_mut(e.exc).and_then(|d| d.traceback.take());
        vm.xdecref(tb);
    }
    r
}

fn read_line() -> std::io::Result<String> {
    let mut buf = Vec::new();
    std::io::stdin().lock().read_until(b'\n', &mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn stdin_readline(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "readline", 0, 1)?;
    vm.flush_std();
    match crate::modules::thread::allow_threads(vm, read_line) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(crate::modules::os::os_error(vm, &e, None)),
    }
}

fn stdin_read(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "read", 0, 1)?;
    let n = match args.args.get(1) {
        Some(&x) if x != vm.none_obj => vm.index_value(x)?,
        _ => -1,
    };
    vm.flush_std();
    // The reads block: they run with the thread baton released.
    crate::modules::thread::allow_threads(vm, || read_chars(n))
        .map(|s| vm.new_str(s))
        .map_err(|e| crate::modules::os::os_error(vm, &e, None))
}

/// Reads `n` characters (all of stdin if n < 0).
fn read_chars(n: i64) -> std::io::Result<String> {
    let mut buf = Vec::new();
    let r = if n < 0 {
        std::io::stdin().lock().read_to_end(&mut buf).map(|_| ())
    } else {
        // Read whole characters: n characters are at most 4n bytes; stop at n chars.
        let mut out = String::new();
        let mut stdin = std::io::stdin().lock();
        let mut count = 0;
        let mut pend = Vec::new();
        let mut res = Ok(());
        while count < n {
            let mut b = [0u8; 1];
            match stdin.read(&mut b) {
                Ok(0) => break,
                Ok(_) => {
                    pend.push(b[0]);
                    if let Ok(s) = std::str::from_utf8(&pend) {
                        out.push_str(s);
                        pend.clear();
                        count += 1;
                    } else if pend.len() >= 4 {
                        out.push_str(&String::from_utf8_lossy(&pend));
                        pend.clear();
                        count += 1;
                    }
                }
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        buf = out.into_bytes();
        res
    };
    r?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn stdin_readlines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.flush_std();
    let mut lines = Vec::new();
    loop {
        match crate::modules::thread::allow_threads(vm, read_line) {
            Ok(s) if s.is_empty() => break,
            Ok(s) => lines.push(s),
            Err(e) => return Err(crate::modules::os::os_error(vm, &e, None)),
        }
    }
    let _ = args;
    let items = lines.into_iter().map(|s| vm.new_str(s)).collect();
    Ok(vm.new_list(items))
}

fn stdin_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    Ok(vm.incref(args.args[0]))
}

fn stdin_next(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    vm.flush_std();
    match crate::modules::thread::allow_threads(vm, read_line) {
        Ok(s) if s.is_empty() => Err(vm.stop_iteration(None)),
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(crate::modules::os::os_error(vm, &e, None)),
    }
}

fn stdin_fileno(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_int(0))
}

fn stdin_isatty(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_bool(std::io::IsTerminal::is_terminal(&std::io::stdin())))
}

fn stdin_true(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_bool(true))
}

fn stdin_false(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_bool(false))
}

fn stdin_none(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.none())
}

fn stdin_repr(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"))
}

fn stdin_encoding(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("utf-8"))
}

fn stdin_errors(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("strict"))
}

fn stdin_name(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("<stdin>"))
}

fn stdin_mode(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("r"))
}

const STDIN_PROPERTIES: &[MethodDef] = &[
    MethodDef::method("encoding", stdin_encoding),
    MethodDef::method("errors", stdin_errors),
    MethodDef::method("name", stdin_name),
    MethodDef::method("mode", stdin_mode),
    MethodDef::method("closed", stdin_false),
];

const STDIN_METHODS: &[MethodDef] = &[
    MethodDef::method("readline", stdin_readline),
    MethodDef::method("read", stdin_read),
    MethodDef::method("readlines", stdin_readlines),
    MethodDef::method("__iter__", stdin_iter),
    MethodDef::method("__next__", stdin_next),
    MethodDef::method("fileno", stdin_fileno),
    MethodDef::method("isatty", stdin_isatty),
    MethodDef::method("readable", stdin_true),
    MethodDef::method("writable", stdin_false),
    MethodDef::method("seekable", stdin_false),
    MethodDef::method("close", stdin_none),
    MethodDef::method("flush", stdin_none),
    MethodDef::method("__repr__", stdin_repr),
];

/// Sets `sys.stdin` / `sys.__stdin__` unless the runtime already made them.
pub fn init_stdin(vm: &mut Vm) {
    let sys = vm.sys_module;
    let d = vm.module_dict(sys);
    if vm.dict_get_str(d, "stdin").is_some() {
        return;
    }
    let t = vm.make_type("TextIOWrapper", Some(vm.t.object), BaseKind::Other, false);
    vm.set_type_module(t, "_io");
    vm.add_methods(t, STDIN_METHODS);
    vm.add_properties(t, STDIN_PROPERTIES);
    let s = vm.alloc(t, Payload::Object);
    vm.dict_set_str(d, "stdin", s);
    vm.dict_set_str(d, "__stdin__", s);
    vm.decref(s);
}
