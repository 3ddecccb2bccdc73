//! mmap's sequence protocol: `m[i]` (an int), `m[a:b:c]` (bytes), item and
//! slice assignment, and iteration (1-byte bytes objects, as CPython's
//! sq_item yields), with CPython 3.11's messages.


use crate::heap::{NativeData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::{bytes_arg, with_map};

/// A lazy iterator over a map: yields 1-byte bytes objects, as iterating
/// CPython's mmap through its sequence protocol does.
struct MmapIter {
    map: Option<ObjRef>,
    index: usize,
}

impl NativeData for MmapIter {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        if let Some(m) = self.map {
            visit(m);
        }
    }
}

fn is_index(vm: &Vm, x: ObjRef) -> bool {
    matches!(vm.heap.get(x), Payload::Int(_) | Payload::BigInt(_)) || vm.lookup(vm.ty(x), vm.n.__index__).is_some()
}

/// An index argument as `PyNumber_AsSsize_t(x, IndexError)` converts it.
fn index_arg(vm: &mut Vm, x: ObjRef) -> PyResult<i64> {
    match vm.index_value(x) {
        Err(e) if vm.err_matches(&e, vm.t.overflow_error) => {
            vm.drop_err(e);
            let tn = vm.type_name_of(x);
            Err(vm.index_error(format!("cannot fit '{tn}' into an index-sized integer")))
        }
        r => r,
    }
}

pub(super) fn mm_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__getitem__", 1, 1)?;
    let (me, key) = (args.args[0], args.args[1]);
    let len = with_map(vm, me, |m| Ok(m.len))?;
    if is_index(vm, key) {
        let mut i = index_arg(vm, key)?;
        if i < 0 {
            i += len as i64;
        }
        if i < 0 || i >= len as i64 {
            return Err(vm.index_error("mmap index out of range"));
        }
        let b = with_map(vm, me, |m| m.byte(i as usize))?;
        return Ok(vm.new_int(b as i64));
    }
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, _stop, step, slen) = vm.slice_indices(key, len)?;
        let data = with_map(vm, me, |m| {
            if slen <= 0 {
                return Ok(Vec::new());
            }
            if step == 1 {
                return m.read_range(start as usize, (start + slen) as usize);
            }
            let (lo, hi) = if step > 0 { (start, start + step * (slen - 1)) } else { (start + step * (slen - 1), start) };
            let span = m.read_range(lo as usize, hi as usize + 1)?;
            Ok((0..slen).map(|k| span.get((start + k * step - lo) as usize).copied().unwrap_or(0)).collect())
        })?;
        return Ok(vm.new_bytes(data));
    }
    Err(vm.type_error("mmap indices must be integers"))
}

pub(super) fn mm_setitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__setitem__", 2, 2)?;
    let (me, key, value) = (args.args[0], args.args[1], args.args[2]);
    let len = with_map(vm, me, |m| m.writable().map(|_| m.len))?;
    if is_index(vm, key) {
        let mut i = index_arg(vm, key)?;
        if i < 0 {
            i += len as i64;
        }
        if i < 0 || i >= len as i64 {
            return Err(vm.index_error("mmap index out of range"));
        }
        if !is_index(vm, value) {
            return Err(vm.type_error("mmap item value must be an int"));
        }
        let v = vm.index_value(value)?;
        if !(0..=255).contains(&v) {
            return Err(vm.value_error("mmap item value must be in range(0, 256)"));
        }
        with_map(vm, me, |m| m.write_range(i as usize, &[v as u8]))?;
        return Ok(vm.none());
    }
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, _stop, step, slen) = vm.slice_indices(key, len)?;
        let data = bytes_arg(vm, value)?;
        if data.len() as i64 != slen {
            return Err(vm.index_error("mmap slice assignment is wrong size"));
        }
        with_map(vm, me, |m| {
            if slen == 0 {
                return Ok(());
            }
            if step == 1 {
                return m.write_range(start as usize, &data);
            }
            for (k, &b) in data.iter().enumerate() {
                m.write_range((start + k as i64 * step) as usize, &[b])?;
            }
            Ok(())
        })?;
        return Ok(vm.none());
    }
    Err(vm.type_error("mmap indices must be integer"))
}

pub(super) fn mm_delitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__delitem__", 1, 1)?;
    let (me, key) = (args.args[0], args.args[1]);
    with_map(vm, me, |m| m.writable())?;
    if let Payload::Slice(_) = vm.heap.get(key) {
        return Err(vm.type_error("mmap object doesn't support slice deletion"));
    }
    if is_index(vm, key) {
        let len = with_map(vm, me, |m| Ok(m.len))? as i64;
        let i = index_arg(vm, key)?;
        if !(-len..len).contains(&i) {
            return Err(vm.index_error("mmap index out of range"));
        }
        return Err(vm.type_error("mmap doesn't support item deletion"));
    }
    Err(vm.type_error("mmap indices must be integer"))
}

pub(super) fn module_type(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let m = match vm.sys_modules_get("mmap") {
        Some(m) => vm.incref(m),
        None => vm.import_dotted("mmap")?,
    };
    let d = vm.module_dict(m);
    let t = vm.dict_get_str(d, name);
    vm.decref(m);
    t.ok_or_else(|| vm.runtime_error(format!("mmap.{name} is missing")))
}

pub(super) fn mm_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    with_map(vm, me, |_| Ok(()))?;
    let t = module_type(vm, "_iterator")?;
    vm.incref(me);
    Ok(vm.alloc(t, Payload::Native(Box::new(MmapIter { map: Some(me), index: 0 }))))
}

pub(super) fn it_self(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    Ok(vm.incref(args.args[0]))
}

pub(super) fn it_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let (map, index) = match vm.heap.get(me) {
        Payload::Native(n) => match n.as_any().downcast_ref::<MmapIter>() {
            Some(it) => (it.map, it.index),
            None => return Err(vm.type_error("expected an mmap iterator")),
        },
        _ => return Err(vm.type_error("expected an mmap iterator")),
    };
    let Some(map) = map else { return Err(vm.stop_iteration(None)) };
    let byte = with_map(vm, map, |m| if index < m.len { m.byte(index).map(Some) } else { Ok(None) })?;
    let set = |vm: &mut Vm, next: Option<usize>| {
        if let Payload::Native(n) = vm.heap.get_mut(me) {
            if let Some(it) = n.as_any_mut().downcast_mut::<MmapIter>() {
                match next {
                    Some(i) => it.index = i,
                    None => it.map = None,
                }
            }
        }
    };
    match byte {
        Some(b) => {
            set(vm, Some(index + 1));
            Ok(vm.new_bytes(vec![b]))
        }
        None => {
            set(vm, None);
            vm.decref(map);
            Err(vm.stop_iteration(None))
        }
    }
}
