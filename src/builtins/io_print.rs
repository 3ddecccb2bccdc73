//! Console and file I/O builtins: `print`, `input`, `open`.

use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

pub fn b_print(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = None;
    let mut flush = false;
    for (k, v) in args.kw() {
        let k = vm.as_str(k).unwrap_or("").to_string();
        match k.as_str() {
            "sep" | "end" => {
                let s = if v == vm.none_obj {
                    if k == "sep" { " ".to_string() } else { "\n".to_string() }
                } else if let Some(s) = vm.as_str(v) {
                    s.to_string()
                } else {
                    let tn = vm.type_name_of(v);
                    return Err(vm.type_error(format!("{k} must be None or a string, not {tn}")));
                };
                if k == "sep" {
                    sep = s
                } else {
                    end = s
                }
            }
            "file" => file = Some(v).filter(|&f| f != vm.none_obj),
            "flush" => flush = vm.truthy(v)?,
            _ => return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))),
        }
    }
    // CPython 3.11's print is an Argument Clinic function with `*args`: the
    // first call builds its keyword parser's name tuple (kept), and every
    // call packs the positional arguments in a tuple (`gc.get_count()` sees both).
    vm.heap.gc_parser_init(crate::heap::gc::PARSER_PRINT);
    let npos = args.pos().len();
    vm.heap.gc_transient_tuple_take(npos);
    // That tuple holds each argument while it is printed (a `__str__` sees
    // the reference in `sys.getrefcount(self)`).
    for &a in args.pos() {
        vm.incref(a);
    }
    let r = print_to(vm, args, file, &sep, &end, flush);
    for &a in args.pos() {
        vm.decref(a);
    }
    vm.heap.gc_transient_tuple_put(npos);
    r
}

fn print_to(vm: &mut Vm, args: &Args, file: Option<ObjRef>, sep: &str, end: &str, flush: bool) -> PyResult<ObjRef> {
    let target = match file {
        Some(f) => Some(vm.incref(f)),
        None => vm.sys_stdout(),
    };
    // sys.stdout set to None (as at the end of interpreter shutdown): print does nothing.
    if target == Some(vm.none_obj) {
        vm.decref(vm.none_obj);
        return Ok(vm.none());
    }
    let Some(f) = target else {
        // The interpreter's own stdout: build the line and write it at once.
        let mut out = String::new();
        for (i, &a) in args.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(&vm.str_string(a)?);
        }
        out.push_str(end);
        vm.write_stdout(&out);
        if flush {
            vm.stdout.flush();
        }
        return Ok(vm.none());
    };
    let r = write_pieces(vm, f, args.pos(), sep, end, flush);
    vm.decref(f);
    r?;
    Ok(vm.none())
}

/// Writes print's pieces to a file object one `write` call each, as CPython does.
fn write_pieces(vm: &mut Vm, f: ObjRef, items: &[ObjRef], sep: &str, end: &str, flush: bool) -> PyResult<()> {
    let write = |vm: &mut Vm, s: ObjRef| -> PyResult<()> {
        let r = vm.call_method(f, "write", &[s]);
        vm.decref(s);
        vm.decref(r?);
        Ok(())
    };
    for (i, &a) in items.iter().enumerate() {
        if i > 0 {
            let s = vm.new_str(sep);
            write(vm, s)?;
        }
        let s = vm.str(a)?;
        write(vm, s)?;
    }
    let s = vm.new_str(end);
    write(vm, s)?;
    if flush {
        let r = vm.call_method(f, "flush", &[])?;
        vm.decref(r);
    }
    Ok(())
}

pub fn b_input(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "input", 0, 1)?;
    if let Some(&p) = args.args.first() {
        let s = vm.str_string(p)?;
        vm.write_stdout(&s);
    }
    vm.stdout.flush();
    let mut line = String::new();
    // Waiting for a line blocks: other threads run meanwhile (stdtests helper).
    let r = crate::modules::thread::allow_threads(vm, || std::io::stdin().read_line(&mut line));
    match r {
        Ok(0) => {
            let t = vm.t.eof_error;
            Err(vm.new_error(t, "EOF when reading a line"))
        }
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.new_error(vm.t.os_error, e.to_string())),
    }
}

pub fn b_open(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos().is_empty() && !args.kw().any(|(k, _)| vm.as_str(k) == Some("file")) {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    }
    let f = vm.native_open.ok_or(()).map_err(|_| vm.not_implemented_error("open() is not available yet"));
    let f = f?;
    f(vm, args)
}
