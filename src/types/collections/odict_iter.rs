//! `odict_iterator`: iterates an OrderedDict's keys, values or items, either
//! way, failing with "OrderedDict mutated during iteration" once keys were
//! added, removed or moved (CPython's `od_state` check), as odictobject.c does.

use crate::heap::{NativeData, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

pub struct OdictIter {
    od: Option<ObjRef>,
    /// 0 keys, 1 values, 2 items.
    kind: u8,
    reverse: bool,
    /// Forward: next table position to look at; reverse: one past it.
    pos: usize,
    /// The table's version and size when the iterator was made.
    version: u64,
    size: usize,
}

impl NativeData for OdictIter {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        if let Some(d) = self.od {
            visit(d);
        }
    }
    fn sizeof(&self) -> usize {
        // PyObject_HEAD, di_odict, di_size, di_state, di_current, di_result, kind.
        64
    }
    fn clear(&mut self) -> Vec<ObjRef> {
        self.od.take().into_iter().collect()
    }
}

/// An iterator over OrderedDict `d` (borrowed); owned result.
pub fn new_iter(vm: &mut Vm, d: ObjRef, kind: u8, reverse: bool) -> ObjRef {
    let t = vm.dict_table(d);
    let (version, size) = (t.version, t.len());
    let pos = if reverse { t.nentries() } else { 0 };
    let od = if size == 0 { None } else { Some(vm.incref(d)) };
    let ty = vm.t.odict_iterator;
    vm.alloc(ty, Payload::Native(Box::new(OdictIter { od, kind, reverse, pos, version, size })))
}

fn it_mut(vm: &mut Vm, r: ObjRef) -> Option<&mut OdictIter> {
    match vm.heap.get_mut(r) {
        Payload::Native(n) => n.as_any_mut().downcast_mut::<OdictIter>(),
        _ => None,
    }
}

fn me(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    let s = args.args[0];
    if it_mut(vm, s).is_some() {
        return Ok(s);
    }
    let tn = vm.type_name_of(s);
    Err(vm.type_error(format!("descriptor '{name}' for 'odict_iterator' objects doesn't apply to a '{tn}' object")))
}

/// Finishes the iterator (drops its reference to the dict).
fn finish(vm: &mut Vm, s: ObjRef) {
    let d = it_mut(vm, s).and_then(|i| i.od.take());
    if let Some(d) = d {
        vm.decref(d);
    }
}

/// The next (key, value) entry (borrowed refs), None when exhausted.
fn next_entry(vm: &mut Vm, s: ObjRef) -> PyResult<Option<(ObjRef, ObjRef)>> {
    let Some(it) = it_mut(vm, s) else { return Ok(None) };
    let (Some(d), version, size, pos, reverse) = (it.od, it.version, it.size, it.pos, it.reverse) else { return Ok(None) };
    if !vm.is_dict(d) {
        finish(vm, s);
        return Ok(None);
    }
    let t = vm.dict_table(d);
    if t.version != version {
        finish(vm, s);
        return Err(vm.runtime_error("OrderedDict mutated during iteration"));
    }
    if t.len() != size {
        finish(vm, s);
        return Err(vm.runtime_error("OrderedDict changed size during iteration"));
    }
    let found = if reverse {
        let mut p = pos.min(t.nentries());
        let mut got = None;
        while p > 0 {
            p -= 1;
            if let Some(e) = t.entry(p) {
                got = Some((p, e.key, e.value));
                break;
            }
        }
        got
    } else {
        t.next_from(pos).map(|(np, e)| (np - 1, e.key, e.value))
    };
    match found {
        Some((p, k, v)) => {
            if let Some(it) = it_mut(vm, s) {
                it.pos = if reverse { p } else { p + 1 };
            }
            Ok(Some((k, v)))
        }
        None => {
            finish(vm, s);
            Ok(None)
        }
    }
}

fn oi_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__next__")?;
    let kind = it_mut(vm, s).map_or(0, |i| i.kind);
    match next_entry(vm, s)? {
        Some((k, v)) => Ok(match kind {
            0 => vm.incref(k),
            1 => vm.incref(v),
            _ => {
                let (k, v) = (vm.incref(k), vm.incref(v));
                vm.new_tuple(vec![k, v])
            }
        }),
        None => Err(vm.stop_iteration(None)),
    }
}

fn oi_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__iter__")?;
    Ok(vm.incref(s))
}

/// `(iter, (remaining items as a list,))`, read without advancing.
fn oi_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__reduce__")?;
    let (od, kind, reverse, pos) = match it_mut(vm, s) {
        Some(i) => (i.od, i.kind, i.reverse, i.pos),
        None => (None, 0, false, 0),
    };
    let mut out = Vec::new();
    if let Some(d) = od {
        let entries: Vec<(ObjRef, ObjRef)> = {
            let t = vm.dict_table(d);
            let range: Vec<usize> = if reverse { (0..pos.min(t.nentries())).rev().collect() } else { (pos..t.nentries()).collect() };
            range.into_iter().filter_map(|p| t.entry(p).map(|e| (e.key, e.value))).collect()
        };
        for (k, v) in entries {
            out.push(match kind {
                0 => vm.incref(k),
                1 => vm.incref(v),
                _ => {
                    let (k, v) = (vm.incref(k), vm.incref(v));
                    vm.new_tuple(vec![k, v])
                }
            });
        }
    }
    let l = vm.new_list(out);
    let a = vm.new_tuple(vec![l]);
    let bm = vm.builtins_module;
    let f = vm.getattr_str(bm, "iter")?;
    Ok(vm.new_tuple(vec![f, a]))
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("__next__", oi_next),
    MethodDef::method("__iter__", oi_iter),
    MethodDef::method("__reduce__", oi_reduce),
];

pub fn register(vm: &mut Vm) {
    let t = vm.make_type("odict_iterator", Some(vm.t.object), crate::heap::BaseKind::Other, false);
    vm.type_data_mut(t).basicsize = 64;
    vm.add_methods(t, METHODS);
    vm.t.odict_iterator = t;
}
