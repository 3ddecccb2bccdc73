//! The native types behind `collections` (CPython's `_collections` module
//! and `Objects/odictobject.c`): `deque` with its iterators, and
//! `OrderedDict` with its views and iterator. `modules` registers the
//! `_collections` module made here; `collections/__init__.py` imports from it.

pub mod deque;
pub mod deque_iter;
pub mod odict;
pub mod odict_iter;

use crate::heap::ObjRef;
use crate::vm::{PyResult, Vm};

/// Sets a builtin type's `__qualname__` (its name is the dotted `tp_name`).
pub(crate) fn set_short_name(vm: &mut Vm, t: ObjRef, short: &str) {
    let q = vm.new_str(short.to_string());
    let old = std::mem::replace(&mut vm.type_data_mut(t).qualname, q);
    vm.decref(old);
}

/// Creates the types (called from `types::bootstrap`).
pub fn register(vm: &mut Vm) {
    deque::register(vm);
    deque_iter::register(vm);
    odict::register(vm);
    odict_iter::register(vm);
}

/// The `_collections` module.
pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_collections");
    let d = vm.module_dict(m);
    let entries = [
        ("deque", vm.t.deque),
        ("_deque_iterator", vm.t.deque_iterator),
        ("_deque_reverse_iterator", vm.t.deque_reverse_iterator),
        ("OrderedDict", vm.t.odict),
    ];
    for (k, v) in entries {
        vm.dict_set_str(d, k, v);
    }
    Ok(m)
}
