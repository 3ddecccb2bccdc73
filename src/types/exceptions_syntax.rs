//! SyntaxError (and its subclasses IndentationError, TabError): the
//! `(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`
//! constructor, the attributes CPython exposes as members (None until set)
//! and `str()` — `msg (file.py, line N)`.
//!
//! The attributes live in the instance's namespace; the class holds a None
//! default for each, so an unset one reads as None as in CPython.

use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// The attributes every SyntaxError has (None until set).
const ATTRS: [&str; 8] = ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];

/// The details tuple's fields, in order.
const DETAILS: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

fn syntax_error_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = super::exceptions::exc_init(vm, args)?;
    vm.decref(r);
    let me = args.args[0];
    let pos = Args { args: &args.args[1..], kwnames: args.kwnames }.pos().to_vec();
    if let Some(&msg) = pos.first() {
        vm.setattr_str(me, "msg", msg)?;
    }
    if pos.len() == 2 {
        // CPython: tuple(details), then PyArg_ParseTuple(details, "OOOO|OO").
        let info = vm.collect_iter(pos[1])?;
        let n = info.len();
        let bad = if n < 4 {
            Some(format!("function takes at least 4 arguments ({n} given)"))
        } else if n > 6 {
            Some(format!("function takes at most 6 arguments ({n} given)"))
        } else {
            None
        };
        let r = match bad {
            Some(m) => Err(vm.type_error(m)),
            None => set_details(vm, me, &info),
        };
        for v in info {
            vm.decref(v);
        }
        r?;
        if n == 5 {
            return Err(vm.type_error("end_offset must be provided when end_lineno is provided"));
        }
    }
    Ok(vm.none())
}

fn set_details(vm: &mut Vm, me: ObjRef, info: &[ObjRef]) -> PyResult<()> {
    for (name, &v) in DETAILS.iter().zip(info) {
        vm.setattr_str(me, name, v)?;
    }
    Ok(())
}

/// The last path component (CPython's `my_basename`, '/' separator).
fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// `exc.msg` (owned). An instance made natively (`vm.new_error`), whose
/// `__init__` never ran, has no `msg` of its own: its first argument is
/// the message, as CPython's `__init__` would have set it.
pub fn syntax_error_msg(vm: &mut Vm, exc: ObjRef) -> PyResult<ObjRef> {
    let k = vm.intern("msg");
    let own = vm.instance_attr(exc, k);
    vm.decref(k);
    if let Some(v) = own? {
        return Ok(v);
    }
    let first = vm.exc_data(exc).and_then(|d| vm.tuple_items(d.args)).and_then(|t| t.first().copied());
    match first {
        Some(m) => Ok(vm.incref(m)),
        None => vm.getattr_str(exc, "msg"),
    }
}

fn syntax_error_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let msg = syntax_error_msg(vm, me)?;
    let filename = match vm.getattr_str(me, "filename") {
        Ok(f) => f,
        Err(e) => {
            vm.decref(msg);
            return Err(e);
        }
    };
    let lineno = match vm.getattr_str(me, "lineno") {
        Ok(l) => l,
        Err(e) => {
            vm.decref(msg);
            vm.decref(filename);
            return Err(e);
        }
    };
    let fname = vm.as_str(filename).map(|s| basename(s).to_string());
    // Only an exact int counts (CPython's PyLong_CheckExact).
    let line = if vm.ty(lineno) == vm.t.int { vm.as_bigint(lineno).map(|b| b.to_string()) } else { None };
    vm.decref(filename);
    vm.decref(lineno);
    let text = vm.str_string(msg);
    vm.decref(msg);
    let text = text?;
    let s = match (fname, line) {
        (None, None) => text,
        (Some(f), Some(l)) => format!("{text} ({f}, line {l})"),
        (Some(f), None) => format!("{text} ({f})"),
        (None, Some(l)) => format!("{text} (line {l})"),
    };
    Ok(vm.new_str(s))
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.syntax_error;
    vm.add_methods(t, &[MethodDef::method("__init__", syntax_error_init), MethodDef::method("__str__", syntax_error_str)]);
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    for name in ATTRS {
        vm.dict_set_str(d, name, none);
    }
    vm.type_modified(t);
}

#[cfg(test)]
mod tests {
    use super::basename;

    #[test]
    fn basename_takes_last_component() {
        assert_eq!(basename("/a/b/f.py"), "f.py");
        assert_eq!(basename("f.py"), "f.py");
        assert_eq!(basename("dir/"), "");
    }
}
