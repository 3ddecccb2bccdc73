//! bool, None, NotImplemented and Ellipsis.

use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

fn bool_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.no_kwargs(&inner, "bool")?;
    vm.check_args(&inner, "bool", 0, 1)?;
    let b = match inner.pos().first() {
        Some(&x) => vm.truthy(x)?,
        None => false,
    };
    Ok(vm.new_bool(b))
}

fn bool_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let b = args.args[0] == vm.true_obj;
    Ok(vm.new_str(if b { "True" } else { "False" }))
}

fn bool_logic(vm: &mut Vm, args: &Args, op: u8) -> PyResult<ObjRef> {
    let (a, b) = (args.args[0], args.args[1]);
    let is_bool = |vm: &Vm, x: ObjRef| x == vm.true_obj || x == vm.false_obj;
    if !is_bool(vm, a) || !is_bool(vm, b) {
        let name = [vm.n.__and__, vm.n.__or__, vm.n.__xor__][op as usize];
        let f = vm.lookup(vm.t.int, name).expect("int op");
        let f = vm.incref(f);
        let r = vm.call(f, &[a, b]);
        vm.decref(f);
        return r;
    }
    let (x, y) = (a == vm.true_obj, b == vm.true_obj);
    let r = match op {
        0 => x & y,
        1 => x | y,
        _ => x ^ y,
    };
    Ok(vm.new_bool(r))
}
fn bool_and(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    bool_logic(vm, args, 0)
}
fn bool_or(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    bool_logic(vm, args, 1)
}
fn bool_xor(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    bool_logic(vm, args, 2)
}

fn none_repr(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("None"))
}
fn none_bool(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_bool(false))
}
fn none_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args.len() > 1 {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(vm.none())
}
/// `type(NotImplemented)()` / `type(...)()` return the singletons.
fn ni_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args.len() > 1 {
        return Err(vm.type_error("NotImplementedType takes no arguments"));
    }
    Ok(vm.not_implemented())
}
fn ellipsis_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args.len() > 1 {
        return Err(vm.type_error("EllipsisType takes no arguments"));
    }
    Ok(vm.incref(vm.ellipsis_obj))
}
fn ni_repr(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("NotImplemented"))
}
fn ellipsis_repr(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("Ellipsis"))
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.bool;
    vm.add_methods(
        t,
        &[
            MethodDef::staticmethod("__new__", bool_new),
            MethodDef::method("__repr__", bool_repr),
            MethodDef::method("__and__", bool_and),
            MethodDef::method("__rand__", bool_and),
            MethodDef::method("__or__", bool_or),
            MethodDef::method("__ror__", bool_or),
            MethodDef::method("__xor__", bool_xor),
            MethodDef::method("__rxor__", bool_xor),
        ],
    );
    let t = vm.t.none_type;
    vm.add_methods(t, &[MethodDef::method("__repr__", none_repr), MethodDef::method("__bool__", none_bool), MethodDef::staticmethod("__new__", none_new)]);
    let t = vm.t.not_implemented_type;
    vm.add_methods(t, &[MethodDef::method("__repr__", ni_repr), MethodDef::staticmethod("__new__", ni_new)]);
    let t = vm.t.ellipsis_type;
    vm.add_methods(t, &[MethodDef::method("__repr__", ellipsis_repr), MethodDef::staticmethod("__new__", ellipsis_new)]);
}
