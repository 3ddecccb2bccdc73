//! bytearray's mutating methods and its over-allocation.
//!
//! The Vec's capacity plays CPython's `ob_alloc` (data plus the trailing NUL),
//! so `__sizeof__` (56 + alloc) follows CPython's growth policy exactly; every
//! size change goes through [`resize_to`].

use crate::heap::{ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

use super::{buf_arg, byte_value, bytes_of};

/// Sets the capacity the way `PyByteArray_Resize` sets `ob_alloc` for a
/// new size (the data itself is adjusted by the caller).
pub fn resize_to(b: &mut Vec<u8>, size: usize) {
    let alloc = b.capacity();
    let new_alloc = new_alloc(alloc, size);
    if new_alloc != alloc {
        set_capacity(b, new_alloc);
    }
}

/// CPython's `ob_alloc` after `PyByteArray_Resize(size)` from `alloc`.
pub fn new_alloc(alloc: usize, size: usize) -> usize {
    if size == 0 && alloc == 0 {
        return 0;
    }
    if size < alloc {
        if size < alloc / 2 {
            size + 1
        } else {
            alloc
        }
    } else if (size as f64) <= (alloc as f64) * 1.125 {
        size + (size >> 3) + if size < 9 { 3 } else { 6 }
    } else {
        size + 1
    }
}

/// The allocation after appending `n` items one at a time (bytearray(iterable)).
pub fn alloc_after_appends(n: usize) -> usize {
    let mut alloc = 0;
    for size in 1..=n {
        if size >= alloc {
            alloc = new_alloc(alloc, size);
        }
    }
    alloc
}

fn set_capacity(b: &mut Vec<u8>, cap: usize) {
    if cap > b.capacity() {
        b.reserve_exact(cap - b.len());
    } else {
        b.truncate(cap.min(b.len()));
        b.shrink_to(cap);
    }
}

/// Resizes the bytearray object `x` to `size` bytes (used by `+=` too).
pub fn ba_resize(vm: &mut Vm, x: ObjRef, size: usize) {
    if let Payload::ByteArray(b) = vm.heap.get_mut(x) {
        resize_to(b, size);
        b.resize(size, 0);
    }
    vm.trace_resize(x);
}

fn data(vm: &mut Vm, x: ObjRef) -> Option<&mut Vec<u8>> {
    match vm.heap.get_mut(x) {
        Payload::ByteArray(b) => Some(b),
        _ => None,
    }
}

/// Replaces bytes [a, b) of `x` with `new`, resizing like CPython
/// (BufferError if the size changes while a memoryview exports `x`).
fn splice(vm: &mut Vm, x: ObjRef, a: usize, e: usize, new: &[u8]) -> PyResult<()> {
    let old_len = len_of(vm, x);
    vm.check_resize(x, old_len, old_len - (e - a) + new.len())?;
    if let Some(b) = data(vm, x) {
        let size = b.len() - (e - a) + new.len();
        if size > b.len() {
            resize_to(b, size);
        }
        b.splice(a..e, new.iter().copied());
        if size < b.capacity() {
            resize_to(b, size);
        }
    }
    // tracemalloc: the buffer may have been reallocated.
    vm.trace_resize(x);
    Ok(())
}

fn len_of(vm: &Vm, x: ObjRef) -> usize {
    match vm.heap.get(x) {
        Payload::ByteArray(b) => b.len(),
        _ => 0,
    }
}

fn ba_append(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "append", 1, 1)?;
    let v = byte_value(vm, args.args[1])?;
    let n = len_of(vm, args.args[0]);
    splice(vm, args.args[0], n, n, &[v])?;
    Ok(vm.none())
}

fn iterable_bytes(vm: &mut Vm, x: ObjRef, ctx: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, x) {
        return Ok(b);
    }
    let t = vm.ty(x);
    if vm.lookup(t, vm.n.__iter__).is_none() && vm.lookup(t, vm.n.__getitem__).is_none() {
        let tn = vm.type_name_of(x);
        return Err(vm.type_error(format!("{ctx}{tn}")));
    }
    super::ints_to_bytes(vm, x, false)
}

fn ba_extend(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "extend", 1, 1)?;
    let new = iterable_bytes(vm, args.args[1], "can't extend bytearray with ")?;
    let n = len_of(vm, args.args[0]);
    splice(vm, args.args[0], n, n, &new)?;
    Ok(vm.none())
}

fn ba_iadd(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Some(new) = bytes_of(vm, args.args[1]) else {
        let tn = vm.type_name_of(args.args[1]);
        return Err(vm.type_error(format!("can't concat {tn} to bytearray")));
    };
    let n = len_of(vm, args.args[0]);
    splice(vm, args.args[0], n, n, &new)?;
    Ok(vm.incref(args.args[0]))
}

fn ba_imul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Some(k) = crate::types::str::repeat_count(vm, args.args[1])? else { return Ok(vm.not_implemented()) };
    let cur = bytes_of(vm, args.args[0]).unwrap_or_default();
    let k = k.max(0) as usize;
    let new = super::repeat_bytes(vm, &cur, k)?;
    let n = cur.len();
    splice(vm, args.args[0], 0, n, &new)?;
    Ok(vm.incref(args.args[0]))
}

fn ba_insert(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "insert", 2, 2)?;
    let i = vm.ssize_arg(args.args[1])?;
    let v = byte_value(vm, args.args[2])?;
    let n = len_of(vm, args.args[0]) as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    splice(vm, args.args[0], j, j, &[v])?;
    Ok(vm.none())
}

fn ba_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "pop", 0, 1)?;
    let n = len_of(vm, args.args[0]) as i64;
    let i = match args.args.get(1) {
        Some(&x) => vm.index_value(x)?,
        None => -1,
    };
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = bytes_of(vm, args.args[0]).unwrap_or_default()[j as usize];
    splice(vm, args.args[0], j as usize, j as usize + 1, &[])?;
    Ok(vm.new_int(v as i64))
}

fn ba_remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "remove", 1, 1)?;
    let v = byte_value(vm, args.args[1])?;
    let cur = bytes_of(vm, args.args[0]).unwrap_or_default();
    match cur.iter().position(|&b| b == v) {
        Some(j) => {
            splice(vm, args.args[0], j, j + 1, &[])?;
            Ok(vm.none())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "reverse", 0, 0)?;
    if let Some(b) = data(vm, args.args[0]) {
        b.reverse();
    }
    Ok(vm.none())
}

fn ba_clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "clear", 0, 0)?;
    let n = len_of(vm, args.args[0]);
    splice(vm, args.args[0], 0, n, &[])?;
    Ok(vm.none())
}

fn ba_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "copy", 0, 0)?;
    let cur = bytes_of(vm, args.args[0]).unwrap_or_default();
    Ok(super::new_bytearray(vm, cur))
}

/// The positions a slice selects, in order.
fn slice_positions(vm: &mut Vm, key: ObjRef, n: usize) -> PyResult<(i64, i64, Vec<usize>)> {
    let (start, stop, step, len) = vm.slice_indices(key, n)?;
    let _ = stop;
    let mut v = Vec::with_capacity(len.max(0) as usize);
    let mut i = start;
    for _ in 0..len {
        v.push(i as usize);
        i += step;
    }
    Ok((start, step, v))
}

fn ba_setitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, key, val) = (args.args[0], args.args[1], args.args[2]);
    let n = len_of(vm, me);
    if let Payload::Slice(_) = vm.heap.get(key) {
        let new = if let Some(b) = bytes_of(vm, val) {
            b
        } else if matches!(vm.heap.get(val), Payload::Int(_) | Payload::Str(_)) || vm.lookup(vm.ty(val), vm.n.__iter__).is_none() {
            return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        } else {
            super::ints_to_bytes(vm, val, false)?
        };
        let (start, step, pos) = slice_positions(vm, key, n)?;
        if step == 1 {
            let a = start.clamp(0, n as i64) as usize;
            let e = (a + pos.len()).min(n);
            splice(vm, me, a, e.max(a), &new)?;
            return Ok(vm.none());
        }
        if new.len() != pos.len() {
            return Err(vm.value_error(format!("attempt to assign bytes of size {} to extended slice of size {}", new.len(), pos.len())));
        }
        if let Some(b) = data(vm, me) {
            for (k, p) in pos.into_iter().enumerate() {
                b[p] = new[k];
            }
        }
        return Ok(vm.none());
    }
    let i = crate::types::list::seq_index(vm, key, "bytearray")?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("bytearray index out of range"));
    }
    let v = byte_value(vm, val)?;
    if let Some(b) = data(vm, me) {
        b[j as usize] = v;
    }
    Ok(vm.none())
}

fn ba_delitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, key) = (args.args[0], args.args[1]);
    let n = len_of(vm, me);
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (_, _, mut pos) = slice_positions(vm, key, n)?;
        pos.sort_unstable();
        let cur = bytes_of(vm, me).unwrap_or_default();
        let kept: Vec<u8> = cur.iter().enumerate().filter(|(i, _)| pos.binary_search(i).is_err()).map(|(_, &b)| b).collect();
        splice(vm, me, 0, n, &kept)?;
        return Ok(vm.none());
    }
    let i = crate::types::list::seq_index(vm, key, "bytearray")?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("bytearray index out of range"));
    }
    splice(vm, me, j as usize, j as usize + 1, &[])?;
    Ok(vm.none())
}

fn ba_alloc(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match vm.heap.get(args.args[0]) {
        Payload::ByteArray(b) => b.capacity(),
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

fn ba_buf_check(vm: &mut Vm, x: ObjRef) -> PyResult<()> {
    buf_arg(vm, x).map(|_| ())
}

fn ba_reduce_ex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    ba_buf_check(vm, args.args[0])?;
    let cur = bytes_of(vm, args.args[0]).unwrap_or_default();
    let cls = vm.incref(vm.ty(args.args[0]));
    let s: String = cur.iter().map(|&b| b as char).collect();
    let so = vm.new_str(s);
    let enc = vm.new_str("latin-1");
    let inner = vm.new_tuple(vec![so, enc]);
    let none = vm.none();
    Ok(vm.new_tuple(vec![cls, inner, none]))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("append", ba_append),
    MethodDef::method("extend", ba_extend),
    MethodDef::method("__iadd__", ba_iadd),
    MethodDef::method("__imul__", ba_imul),
    MethodDef::method("insert", ba_insert),
    MethodDef::method("pop", ba_pop),
    MethodDef::method("remove", ba_remove),
    MethodDef::method("reverse", ba_reverse),
    MethodDef::method("clear", ba_clear),
    MethodDef::method("copy", ba_copy),
    MethodDef::method("__setitem__", ba_setitem),
    MethodDef::method("__delitem__", ba_delitem),
    MethodDef::method("__alloc__", ba_alloc),
    MethodDef::method("__reduce_ex__", ba_reduce_ex),
];

#[cfg(test)]
mod tests {
    use super::resize_to;

    #[test]
    fn growth_follows_cpython() {
        // sys.getsizeof(bytearray(b'hello')) == 56 + 6 + GC-less header.
        let mut b = Vec::new();
        resize_to(&mut b, 5);
        assert_eq!(b.capacity(), 6);
        b.extend_from_slice(b"hello");
        resize_to(&mut b, 6);
        assert_eq!(b.capacity(), 9);
    }
}
