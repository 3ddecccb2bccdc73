//! SyntaxError (and its subclasses IndentationError, TabError): the
//! `(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`
//! constructor, the attributes CPython exposes as members (None until set)
//! and `str()` — `msg (file.py, line N)`.
//!
//! The attributes are members, as in CPython: they live in the instance's
//! slot storage (the type's `slot_names`), not its `__dict__` — `vars(e)`
//! is `{}` — and every instance starts with all of them None, `msg` being
//! the first argument (see [`init_slots`]).

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

/// `exc.msg` (owned).
pub fn syntax_error_msg(vm: &mut Vm, exc: ObjRef) -> PyResult<ObjRef> {
    vm.getattr_str(exc, "msg")
}

/// Gives a new SyntaxError instance (of any subclass) its member slots:
/// all None but `msg`, which is the first argument — what CPython's
/// `__init__` sets, so an instance made natively (`vm.new_error`), whose
/// `__init__` never runs, reads the same. Other exceptions are left alone.
pub fn init_slots(vm: &mut Vm, exc: ObjRef) {
    let ty = vm.ty(exc);
    if !vm.is_subtype(ty, vm.t.syntax_error) {
        return;
    }
    let first = vm.exc_data(exc).and_then(|d| vm.tuple_items(d.args)).and_then(|t| t.first().copied());
    let msg = vm.incref(first.unwrap_or(vm.none_obj));
    let none = vm.none_obj;
    for _ in 1..ATTRS.len() {
        vm.incref(none);
    }
    let n = vm.type_data(ty).slot_names.len().max(ATTRS.len());
    let a = vm.heap.attrs_mut(exc).get_or_insert_with(Default::default);
    a.slots = vec![None; n];
    a.slots[0] = Some(msg);
    for slot in &mut a.slots[1..ATTRS.len()] {
        *slot = Some(none);
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
    let names: Vec<ObjRef> = ATTRS.iter().map(|n| vm.intern(n)).collect();
    // The subclasses were made before: they share the layout.
    for sub in [vm.t.syntax_error, vm.t.indentation_error, vm.t.tab_error] {
        for &n in &names {
            vm.incref(n);
        }
        let old = std::mem::replace(&mut vm.type_data_mut(sub).slot_names, names.clone());
        for o in old {
            vm.decref(o);
        }
    }
    let d = vm.type_dict(t);
    for (i, &n) in names.iter().enumerate() {
        let m = vm.new_member_descr(n, t, i);
        vm.dict_set_item_str_key(d, n, m);
        vm.decref(m);
        vm.decref(n);
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
