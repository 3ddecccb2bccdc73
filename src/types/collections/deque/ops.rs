//! `deque`'s copies and operators: `copy`, `+`, `*` and `*=` (CPython's
//! deque_copy / deque_concat / deque_inplace_repeat) and the rich
//! comparisons, which compare item by item as sequences do.

use super::*;

/// `deque_copy`: a new deque of the same type and maxlen (owned).
pub(super) fn copy_impl(vm: &mut Vm, s: ObjRef) -> PyResult<ObjRef> {
    let maxlen = dq(vm, s).maxlen;
    if vm.ty(s) == vm.t.deque {
        let nd = new_deque(vm, maxlen);
        if len_of(vm, s) == 1 {
            let x = item_at(vm, s, 0).unwrap_or(vm.none_obj);
            vm.incref(x);
            let o = dq(vm, nd).push_back(x);
            release(vm, o);
        } else if let Err(e) = extend_impl(vm, nd, s, false) {
            vm.decref(nd);
            return Err(e);
        }
        vm.trace_resize(nd);
        return Ok(nd);
    }
    let t = vm.ty(s);
    let r = match maxlen {
        None => vm.call(t, &[s])?,
        Some(m) => {
            let m = vm.new_int(m as i64);
            let r = vm.call(t, &[s, m]);
            vm.decref(m);
            r?
        }
    };
    if !is_deque(vm, r) {
        let (a, b) = (vm.type_name_of(s), vm.type_name_of(r));
        vm.decref(r);
        return Err(vm.type_error(format!("{a}() must return a deque, not {b}")));
    }
    Ok(r)
}

pub(super) fn deque_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "copy")?;
    no_args(vm, args, "copy")?;
    copy_impl(vm, s)
}

pub(super) fn deque_add(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__add__")?;
    let other = args.args[1];
    if !is_deque(vm, other) {
        let tn = vm.type_name_of(other);
        return Err(vm.type_error(format!("can only concatenate deque (not \"{tn}\") to deque")));
    }
    let nd = copy_impl(vm, s)?;
    if let Err(e) = extend_impl(vm, nd, other, false) {
        vm.decref(nd);
        return Err(e);
    }
    vm.trace_resize(nd);
    Ok(nd)
}

/// The repeat count of `d * n` (None: let the other operand try).
pub(super) fn repeat_count(vm: &mut Vm, n: ObjRef) -> PyResult<Option<i64>> {
    match vm.heap.get(n) {
        Payload::Int(i) => Ok(Some(*i)),
        Payload::BigInt(_) => {
            let tn = vm.type_name_of(n);
            Err(vm.overflow_error(format!("cannot fit '{tn}' into an index-sized integer")))
        }
        _ => {
            let t = vm.ty(n);
            if vm.lookup(t, vm.n.__index__).is_some() {
                return Ok(Some(vm.index_value(n)?));
            }
            let rmul = vm.intern("__rmul__");
            let has_rmul = vm.type_data(t).heap_type && vm.lookup(t, rmul).is_some();
            vm.decref(rmul);
            if has_rmul {
                return Ok(None);
            }
            let tn = vm.type_name_of(n);
            Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")))
        }
    }
}

/// `deque_inplace_repeat`.
pub(super) fn repeat_in_place(vm: &mut Vm, s: ObjRef, n: i64) -> PyResult<()> {
    let size = len_of(vm, s) as i64;
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n <= 0 {
        let old = dq(vm, s).take_all();
        for x in old {
            vm.decref(x);
        }
        return Ok(());
    }
    let maxlen = dq(vm, s).maxlen;
    if size == 1 {
        let n = match maxlen {
            Some(m) if n as u64 > m as u64 => m as i64,
            _ => n,
        };
        let x = item_at(vm, s, 0).unwrap_or(vm.none_obj);
        let d = dq(vm, s);
        d.state += 1;
        for _ in 0..(n - 1).max(0) {
            if d.rightindex == BLOCKLEN - 1 {
                d.rightindex = -1;
            }
            d.rightindex += 1;
            d.items.push_back(x);
        }
        for _ in 0..(n - 1).max(0) {
            vm.incref(x);
        }
        return Ok(());
    }
    if size.checked_mul(n).is_none_or(|t| t > isize::MAX as i64 / 8) {
        let t = vm.t.memory_error;
        return Err(vm.new_error_obj(t, &[]));
    }
    let seq = vm.list_from_iterable(s)?;
    let mut n = n;
    if let Some(m) = maxlen {
        if n * size > m as i64 {
            n = (m as i64 + size - 1) / size;
        }
    }
    for _ in 0..n - 1 {
        if let Err(e) = extend_impl(vm, s, seq, false) {
            vm.decref(seq);
            return Err(e);
        }
    }
    vm.decref(seq);
    Ok(())
}

pub(super) fn deque_mul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__mul__")?;
    let Some(n) = repeat_count(vm, args.args[1])? else { return Ok(vm.not_implemented()) };
    let nd = copy_impl(vm, s)?;
    if let Err(e) = repeat_in_place(vm, nd, n) {
        vm.decref(nd);
        return Err(e);
    }
    vm.trace_resize(nd);
    Ok(nd)
}

pub(super) fn deque_imul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__imul__")?;
    let Some(n) = repeat_count(vm, args.args[1])? else { return Ok(vm.not_implemented()) };
    repeat_in_place(vm, s, n)?;
    vm.trace_resize(s);
    Ok(vm.incref(s))
}

pub(super) fn compare(vm: &mut Vm, args: &Args, op: C, name: &str) -> PyResult<ObjRef> {
    let v = me(vm, args, name)?;
    let w = args.args[1];
    if !is_deque(vm, w) {
        return Ok(vm.not_implemented());
    }
    let (vs, ws) = (len_of(vm, v), len_of(vm, w));
    match op {
        C::Eq if v == w => return Ok(vm.new_bool(true)),
        C::Eq if vs != ws => return Ok(vm.new_bool(false)),
        C::Ne if v == w => return Ok(vm.new_bool(false)),
        C::Ne if vs != ws => return Ok(vm.new_bool(true)),
        _ => {}
    }
    let it1 = vm.iter(v)?;
    let it2 = match vm.iter(w) {
        Ok(i) => i,
        Err(e) => {
            vm.decref(it1);
            return Err(e);
        }
    };
    let r = compare_iters(vm, it1, it2, op);
    vm.decref(it1);
    vm.decref(it2);
    Ok(vm.new_bool(r?))
}

pub(super) fn compare_iters(vm: &mut Vm, it1: ObjRef, it2: ObjRef, op: C) -> PyResult<bool> {
    loop {
        let x = vm.next(it1)?;
        let y = match vm.next(it2) {
            Ok(y) => y,
            Err(e) => {
                if let Some(x) = x {
                    vm.decref(x);
                }
                return Err(e);
            }
        };
        match (x, y) {
            (Some(x), Some(y)) => {
                let b = vm.eq(x, y);
                let r = match b {
                    Ok(true) => None,
                    Ok(false) => Some(vm.compare_bool(x, y, op)),
                    Err(e) => Some(Err(e)),
                };
                vm.decref(x);
                vm.decref(y);
                if let Some(r) = r {
                    return r;
                }
            }
            (x, y) => {
                let (xn, yn) = (x.is_none(), y.is_none());
                if let Some(x) = x {
                    vm.decref(x);
                }
                if let Some(y) = y {
                    vm.decref(y);
                }
                return Ok(match op {
                    C::Lt => !yn,
                    C::Le => xn,
                    C::Eq => xn && yn,
                    C::Ne => xn != yn,
                    C::Gt => !xn,
                    C::Ge => yn,
                });
            }
        }
    }
}

pub(super) fn deque_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Eq, "__eq__")
}
pub(super) fn deque_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Ne, "__ne__")
}
pub(super) fn deque_lt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Lt, "__lt__")
}
pub(super) fn deque_le(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Le, "__le__")
}
pub(super) fn deque_gt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Gt, "__gt__")
}
pub(super) fn deque_ge(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Ge, "__ge__")
}
