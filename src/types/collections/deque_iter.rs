//! `_collections._deque_iterator` and `_collections._deque_reverse_iterator`:
//! they remember the deque's `state` when made and fail with "deque mutated
//! during iteration" once the deque's ends have moved, as CPython's do.

use crate::heap::{NativeData, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

use super::deque::{deque_data, is_deque};

pub struct DequeIter {
    pub deque: ObjRef,
    /// The deque's state when the iterator was made.
    state: u64,
    /// Items still to yield.
    counter: usize,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.deque);
    }
    fn sizeof(&self) -> usize {
        // PyObject_HEAD, block pointer, index, deque, state, counter.
        56
    }
}

/// A forward or reverse iterator over deque `d` (borrowed); owned result.
pub fn new_iter(vm: &mut Vm, d: ObjRef, reverse: bool) -> ObjRef {
    let (state, counter) = deque_data(vm, d).map_or((0, 0), |q| (q.state, q.items.len()));
    vm.incref(d);
    let t = if reverse { vm.t.deque_reverse_iterator } else { vm.t.deque_iterator };
    vm.alloc(t, Payload::Native(Box::new(DequeIter { deque: d, state, counter, reverse })))
}

fn it_mut(vm: &mut Vm, r: ObjRef) -> Option<&mut DequeIter> {
    match vm.heap.get_mut(r) {
        Payload::Native(n) => n.as_any_mut().downcast_mut::<DequeIter>(),
        _ => None,
    }
}

fn me(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    let s = args.args[0];
    if it_mut(vm, s).is_some() {
        return Ok(s);
    }
    let tn = vm.type_name_of(s);
    Err(vm.type_error(format!("descriptor '{name}' for '_collections._deque_iterator' objects doesn't apply to a '{tn}' object")))
}

/// The next item (owned), None when exhausted.
pub fn iter_next(vm: &mut Vm, s: ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(it) = it_mut(vm, s) else { return Ok(None) };
    let (d, state, counter, reverse) = (it.deque, it.state, it.counter, it.reverse);
    let Some(q) = deque_data(vm, d) else { return Ok(None) };
    let (qstate, len) = (q.state, q.items.len());
    // The forward iterator checks the state first; the reverse one checks exhaustion first.
    if reverse && counter == 0 {
        return Ok(None);
    }
    if qstate != state {
        if let Some(it) = it_mut(vm, s) {
            it.counter = 0;
        }
        return Err(vm.runtime_error("deque mutated during iteration"));
    }
    if counter == 0 {
        return Ok(None);
    }
    let index = if reverse { counter - 1 } else { len - counter };
    let x = q.items.get(index).copied();
    if let Some(it) = it_mut(vm, s) {
        it.counter -= 1;
    }
    Ok(x.map(|x| vm.incref(x)))
}

fn di_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__next__")?;
    match iter_next(vm, s)? {
        Some(x) => Ok(x),
        None => Err(vm.stop_iteration(None)),
    }
}

fn di_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__iter__")?;
    Ok(vm.incref(s))
}

fn di_length_hint(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__length_hint__")?;
    let n = it_mut(vm, s).map_or(0, |i| i.counter);
    Ok(vm.new_int(n as i64))
}

fn di_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__reduce__")?;
    let (d, counter) = it_mut(vm, s).map_or((s, 0), |i| (i.deque, i.counter));
    let len = deque_data(vm, d).map_or(0, |q| q.items.len());
    let t = vm.incref(vm.ty(s));
    let d = vm.incref(d);
    let n = vm.new_int(len as i64 - counter as i64);
    let a = vm.new_tuple(vec![d, n]);
    Ok(vm.new_tuple(vec![t, a]))
}

/// `_deque_iterator(deque, index=0)`: an iterator advanced by `index` items.
fn make_new(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<ObjRef> {
    let name = if reverse { "_deque_reverse_iterator" } else { "_deque_iterator" };
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.no_kwargs(&inner, name)?;
    let n = inner.args.len();
    if n == 0 || n > 2 {
        return Err(vm.type_error(format!("{name} expected {} arguments, got {n}", if n == 0 { "at least 1" } else { "at most 2" })));
    }
    let d = inner.args[0];
    if !is_deque(vm, d) {
        let tn = vm.type_name_of(d);
        return Err(vm.type_error(format!("{name}() argument 1 must be collections.deque, not {tn}")));
    }
    let index = match inner.args.get(1) {
        Some(&i) => vm.ssize_arg(i)?,
        None => 0,
    };
    let it = new_iter(vm, d, reverse);
    for _ in 0..index.max(0) {
        match iter_next(vm, it) {
            Ok(Some(x)) => vm.decref(x),
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    Ok(it)
}

fn di_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    make_new(vm, args, false)
}

fn dri_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    make_new(vm, args, true)
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("__next__", di_next),
    MethodDef::method("__iter__", di_iter),
    MethodDef::method("__length_hint__", di_length_hint),
    MethodDef::method("__reduce__", di_reduce),
];

pub fn register(vm: &mut Vm) {
    for (name, reverse) in [("_collections._deque_iterator", false), ("_collections._deque_reverse_iterator", true)] {
        let t = vm.make_type(name, Some(vm.t.object), crate::heap::BaseKind::Other, false);
        let short = &name["_collections.".len()..];
        super::set_short_name(vm, t, short);
        vm.type_data_mut(t).basicsize = 56;
        vm.add_methods(t, METHODS);
        let new: crate::heap::NativeFn = if reverse { dri_new } else { di_new };
        vm.add_methods(t, &[MethodDef::staticmethod("__new__", new)]);
        vm.set_type_module(t, "_collections");
        if reverse {
            vm.t.deque_reverse_iterator = t;
        } else {
            vm.t.deque_iterator = t;
        }
    }
}
