//! The native `_weakref` module: `ref`, `proxy`, `getweakrefcount`,
//! `getweakrefs` and the reference/proxy types. The `weakref` module itself
//! (`WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`, `finalize`,
//! `WeakMethod`) is Python in `weakref.py`, embedded by `modules/stdlib.rs`.

use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    crate::types::weakref::register(vm);
    let m = vm.new_module("_weakref");
    vm.add_module_functions(m, &[("proxy", proxy), ("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs)]);
    let d = vm.module_dict(m);
    let r = vm.t.weakref;
    vm.dict_set_str(d, "ref", r);
    vm.dict_set_str(d, "ReferenceType", r);
    let p = vm.heap.gc.proxy_types.clone();
    vm.dict_set_str(d, "ProxyType", p[0]);
    vm.dict_set_str(d, "CallableProxyType", p[1]);
    Ok(m)
}

fn is_callable(vm: &Vm, x: ObjRef) -> bool {
    use crate::heap::Payload;
    match vm.heap.get(x) {
        Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_) => true,
        _ => vm.lookup(vm.ty(x), vm.n.__call__).is_some(),
    }
}

fn proxy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "proxy", 1, 2)?;
    let ob = args.args[0];
    let cls = vm.heap.gc.proxy_types[usize::from(is_callable(vm, ob))];
    vm.new_weakref(cls, ob, args.args.get(1).copied())
}

fn weakrefs_of(vm: &Vm, ob: ObjRef) -> Vec<ObjRef> {
    vm.heap.gc.weakrefs.get(&ob).cloned().unwrap_or_default()
}

fn getweakrefcount(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getweakrefcount", 1, 1)?;
    let n = weakrefs_of(vm, args.args[0]).len();
    Ok(vm.new_int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getweakrefs", 1, 1)?;
    let items: Vec<ObjRef> = weakrefs_of(vm, args.args[0]).into_iter().map(|w| vm.incref(w)).collect();
    Ok(vm.new_list(items))
}
