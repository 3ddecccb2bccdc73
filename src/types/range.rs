//! range objects. Ranges whose bounds and length fit in i64 use the compact
//! `Payload::Range`; others (`range(10**20)`) are a native `BigRange`, with
//! a native iterator (CPython's longrange_iterator).


use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::heap::{IterData, NativeData, ObjRef, Payload, RangeData};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// A range outside i64.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl NativeData for BigRange {
    fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
    fn sizeof(&self) -> usize {
        48
    }
    fn is_gc(&self) -> bool {
        false
    }
}

/// The iterator over a BigRange: next value, step, items left.
pub struct BigRangeIter {
    pub next: BigInt,
    pub step: BigInt,
    pub left: BigInt,
}

impl NativeData for BigRangeIter {
    fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
    fn sizeof(&self) -> usize {
        48
    }
    fn is_gc(&self) -> bool {
        false
    }
}

/// A range's (start, stop, step) as big ints.
#[derive(Clone)]
struct R {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
}

impl R {
    fn len(&self) -> BigInt {
        let (lo, hi, step) = (&self.start, &self.stop, &self.step);
        if step.is_positive() && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step.is_negative() && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            BigInt::zero()
        }
    }
    fn contains_int(&self, x: &BigInt) -> bool {
        let inr = if self.step.is_positive() { *x >= self.start && *x < self.stop } else { *x <= self.start && *x > self.stop };
        inr && ((x - &self.start) % &self.step).is_zero()
    }
}

fn rget(vm: &mut Vm, x: ObjRef) -> PyResult<R> {
    match vm.heap.get(x) {
        Payload::Range(r) => Ok(R { start: r.start.into(), stop: r.stop.into(), step: r.step.into() }),
        Payload::Native(n) => match n.as_any().downcast_ref::<BigRange>() {
            Some(b) => Ok(R { start: b.start.clone(), stop: b.stop.clone(), step: b.step.clone() }),
            None => Err(vm.type_error("descriptor requires a 'range' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

fn is_range(vm: &Vm, x: ObjRef) -> bool {
    vm.ty(x) == vm.t.range
}

/// A range object for r: compact when everything fits in i64.
fn make_range(vm: &mut Vm, r: R) -> ObjRef {
    let t = vm.t.range;
    if let (Some(start), Some(stop), Some(step)) = (r.start.to_i64(), r.stop.to_i64(), r.step.to_i64()) {
        if r.len().to_i64().is_some() {
            return vm.alloc(t, Payload::Range(Box::new(RangeData { start, stop, step })));
        }
    }
    vm.alloc(t, Payload::Native(Box::new(BigRange { start: r.start, stop: r.stop, step: r.step })))
}

/// An int (or `__index__`) argument as a BigInt, with CPython's message.
pub fn index_bigint(vm: &mut Vm, x: ObjRef) -> PyResult<BigInt> {
    if let Some(b) = vm.as_bigint(x) {
        return Ok(b);
    }
    match vm.call_special(x, vm.n.__index__, &[])? {
        Some(r) => {
            let b = vm.as_bigint(r);
            let tn = vm.type_name_of(r);
            vm.decref(r);
            match b {
                Some(b) => Ok(b),
                None => Err(vm.type_error(format!("__index__ returned non-int (type {tn})"))),
            }
        }
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn range_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.no_kwargs(&inner, "range")?;
    let p = inner.pos();
    let r = match p.len() {
        1 => R { start: BigInt::zero(), stop: index_bigint(vm, p[0])?, step: BigInt::one() },
        2 => R { start: index_bigint(vm, p[0])?, stop: index_bigint(vm, p[1])?, step: BigInt::one() },
        3 => R { start: index_bigint(vm, p[0])?, stop: index_bigint(vm, p[1])?, step: index_bigint(vm, p[2])? },
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if r.step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(make_range(vm, r))
}

fn range_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if let Payload::Range(r) = vm.heap.get(args.args[0]) {
        let n = r.len();
        return Ok(vm.new_int(n));
    }
    let r = rget(vm, args.args[0])?;
    match r.len().to_i64() {
        Some(n) => Ok(vm.new_int(n)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rget(vm, args.args[0])?;
    let b = !r.len().is_zero();
    Ok(vm.new_bool(b))
}

fn range_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rget(vm, args.args[0])?;
    let s = if r.step.is_one() { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) };
    Ok(vm.new_str(s))
}

fn range_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rget(vm, args.args[0])?;
    new_range_iter(vm, r.start.clone(), r.step.clone(), r.len())
}

/// An iterator yielding `len` values from `start` by `step`.
fn new_range_iter(vm: &mut Vm, start: BigInt, step: BigInt, len: BigInt) -> PyResult<ObjRef> {
    let t = vm.t.range_iterator;
    let end = &start + &len * &step;
    if let (Some(next), Some(stop), Some(st), Some(_)) = (start.to_i64(), end.to_i64(), step.to_i64(), len.to_i64()) {
        return Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Range { next, stop, step: st }))));
    }
    Ok(vm.alloc(vm.t.longrange_iterator, Payload::Native(Box::new(BigRangeIter { next: start, step, left: len }))))
}

/// `next()` of a big range iterator (None: exhausted or not one).
pub fn big_iter_next(vm: &mut Vm, it: ObjRef) -> Option<Option<ObjRef>> {
    let v = match vm.heap.get_mut(it) {
        Payload::Native(n) => {
            let b = n.as_any_mut().downcast_mut::<BigRangeIter>()?;
            if b.left.is_positive() {
                let v = b.next.clone();
                b.next += &b.step;
                b.left -= 1;
                Some(v)
            } else {
                None
            }
        }
        _ => return None,
    };
    Some(v.map(|v| vm.new_bigint(v)))
}

/// `__length_hint__` of a big range iterator.
pub fn big_iter_left(vm: &Vm, it: ObjRef) -> Option<BigInt> {
    match vm.heap.get(it) {
        Payload::Native(n) => n.as_any().downcast_ref::<BigRangeIter>().map(|b| b.left.clone()),
        _ => None,
    }
}

fn range_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let key = args.args[1];
    // Fast path: small range, small index.
    if let (Payload::Range(r), Payload::Int(i)) = (vm.heap.get(args.args[0]), vm.heap.get(key)) {
        let (r, i) = (**r, *i);
        let n = r.len();
        let j = if i < 0 { i + n } else { i };
        if j >= 0 && j < n {
            if let Some(v) = j.checked_mul(r.step).and_then(|x| x.checked_add(r.start)) {
                return Ok(vm.new_int(v));
            }
        }
    }
    let r = rget(vm, args.args[0])?;
    let len = r.len();
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, stop, step) = big_slice_indices(vm, key, &len)?;
        let nr = R { start: &r.start + &start * &r.step, stop: &r.start + &stop * &r.step, step: &r.step * &step };
        return Ok(make_range(vm, nr));
    }
    let has_index = matches!(vm.heap.get(key), Payload::Int(_) | Payload::BigInt(_)) || vm.lookup(vm.ty(key), vm.n.__index__).is_some();
    if !has_index {
        let tn = vm.type_name_of(key);
        return Err(vm.type_error(format!("range indices must be integers or slices, not {tn}")));
    }
    let i = index_bigint(vm, key)?;
    let j = if i.is_negative() { i + &len } else { i };
    if j.is_negative() || j >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    let v = &r.start + j * &r.step;
    Ok(vm.new_bigint(v))
}

/// PySlice_GetIndicesEx over a big length: (start, stop, step), normalised.
fn big_slice_indices(vm: &mut Vm, slice: ObjRef, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let Payload::Slice(s) = vm.heap.get(slice) else { return Err(vm.type_error("expected a slice")) };
    let [a, b, c] = **s;
    let get = |vm: &mut Vm, x: ObjRef| -> PyResult<Option<BigInt>> {
        if x == vm.none_obj {
            return Ok(None);
        }
        if !matches!(vm.heap.get(x), Payload::Int(_) | Payload::BigInt(_)) && vm.lookup(vm.ty(x), vm.n.__index__).is_none() {
            return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
        }
        index_bigint(vm, x).map(Some)
    };
    let step = get(vm, c)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), len - 1) } else { (BigInt::zero(), len.clone()) };
    let adjust = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(v) => {
                if v.is_negative() {
                    let v = v + len;
                    if v < lower {
                        lower.clone()
                    } else {
                        v
                    }
                } else if v > upper {
                    upper.clone()
                } else {
                    v
                }
            }
        }
    };
    let start = adjust(get(vm, a)?, if neg { &upper } else { &lower });
    let stop = adjust(get(vm, b)?, if neg { &lower } else { &upper });
    Ok((start, stop, step))
}

fn range_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rget(vm, args.args[0])?;
    let x = args.args[1];
    let res = if vm.ty(x) == vm.t.int || vm.ty(x) == vm.t.bool {
        let b = vm.as_bigint(x).unwrap_or_default();
        r.contains_int(&b)
    } else {
        linear_search(vm, args.args[0], x, false)? > 0
    };
    Ok(vm.new_bool(res))
}

/// Counts (or finds) `x` by iteration, for non-int values (`4.0 in r`).
fn linear_search(vm: &mut Vm, me: ObjRef, x: ObjRef, count_all: bool) -> PyResult<usize> {
    let it = vm.iter(me)?;
    let mut n = 0;
    loop {
        match vm.next(it) {
            Ok(Some(v)) => {
                let r = vm.eq(v, x);
                vm.decref(v);
                match r {
                    Ok(true) => {
                        n += 1;
                        if !count_all {
                            break;
                        }
                    }
                    Ok(false) => {}
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(n)
}

fn same_range(a: &R, b: &R) -> bool {
    let (la, lb) = (a.len(), b.len());
    la == lb && (la.is_zero() || a.start == b.start && (la.is_one() || a.step == b.step))
}

fn range_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !is_range(vm, args.args[1]) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = (rget(vm, args.args[0])?, rget(vm, args.args[1])?);
    Ok(vm.new_bool(same_range(&a, &b)))
}
fn range_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !is_range(vm, args.args[1]) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = (rget(vm, args.args[0])?, rget(vm, args.args[1])?);
    Ok(vm.new_bool(!same_range(&a, &b)))
}

fn range_attr(vm: &mut Vm, args: &Args, which: u8) -> PyResult<ObjRef> {
    if let Payload::Range(r) = vm.heap.get(args.args[0]) {
        let v = [r.start, r.stop, r.step][which as usize];
        return Ok(vm.new_int(v));
    }
    let r = rget(vm, args.args[0])?;
    Ok(vm.new_bigint(match which {
        0 => r.start,
        1 => r.stop,
        _ => r.step,
    }))
}
fn range_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "index", 1, 1)?;
    let r = rget(vm, args.args[0])?;
    let x = args.args[1];
    if vm.ty(x) == vm.t.int || vm.ty(x) == vm.t.bool {
        let b = vm.as_bigint(x).unwrap_or_default();
        if r.contains_int(&b) {
            return Ok(vm.new_bigint((b - &r.start) / &r.step));
        }
        let s = vm.repr_string(x)?;
        return Err(vm.value_error(format!("{s} is not in range")));
    }
    // Other values: search by equality (CPython's _PySequence_IterSearch).
    let it = vm.iter(args.args[0])?;
    let mut i = 0i64;
    loop {
        match vm.next(it) {
            Ok(Some(v)) => {
                let r = vm.eq(v, x);
                vm.decref(v);
                match r {
                    Ok(true) => {
                        vm.decref(it);
                        return Ok(vm.new_int(i));
                    }
                    Ok(false) => i += 1,
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}
fn range_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "count", 1, 1)?;
    let r = rget(vm, args.args[0])?;
    let x = args.args[1];
    let n = if vm.ty(x) == vm.t.int || vm.ty(x) == vm.t.bool {
        let b = vm.as_bigint(x).unwrap_or_default();
        r.contains_int(&b) as usize
    } else {
        linear_search(vm, args.args[0], x, true)?
    };
    Ok(vm.new_int(n as i64))
}
fn range_sizeof(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_int(48))
}
fn range_start(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    range_attr(vm, args, 0)
}
fn range_stop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    range_attr(vm, args, 1)
}
fn range_step(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    range_attr(vm, args, 2)
}
/// hash((len, start, step)) with None for start/step when they do not matter.
fn range_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rget(vm, args.args[0])?;
    let len = r.len();
    let none = vm.none_obj;
    let l = vm.new_bigint(len.clone());
    let (s, st) = if len.is_zero() {
        (vm.incref(none), vm.incref(none))
    } else if len.is_one() {
        (vm.new_bigint(r.start.clone()), vm.incref(none))
    } else {
        (vm.new_bigint(r.start.clone()), vm.new_bigint(r.step.clone()))
    };
    let t = vm.new_tuple(vec![l, s, st]);
    let h = vm.hash(t);
    vm.decref(t);
    let h = h?;
    Ok(vm.new_int(h))
}
fn range_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rget(vm, args.args[0])?;
    let len = r.len();
    let last = &r.start + (&len - 1) * &r.step;
    new_range_iter(vm, last, -r.step, len)
}
fn range_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rget(vm, args.args[0])?;
    let items = vec![vm.new_bigint(r.start), vm.new_bigint(r.stop), vm.new_bigint(r.step)];
    let t = vm.new_tuple(items);
    let ty = vm.incref(vm.t.range);
    Ok(vm.new_tuple(vec![ty, t]))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", range_new),
    MethodDef::method("__len__", range_len),
    MethodDef::method("__bool__", range_bool),
    MethodDef::method("__repr__", range_repr),
    MethodDef::method("__iter__", range_iter),
    MethodDef::method("__reversed__", range_reversed),
    MethodDef::method("__getitem__", range_getitem),
    MethodDef::method("__contains__", range_contains),
    MethodDef::method("__eq__", range_eq),
    MethodDef::method("__ne__", range_ne),
    MethodDef::method("__hash__", range_hash),
    MethodDef::method("__sizeof__", range_sizeof),
    MethodDef::method("__reduce__", range_reduce),
    MethodDef::method("index", range_index),
    MethodDef::method("count", range_count),
];

pub const PROPS: &[MethodDef] = &[
    MethodDef::method("start", range_start),
    MethodDef::method("stop", range_stop),
    MethodDef::method("step", range_step),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.range;
    vm.add_methods(t, METHODS);
    vm.add_properties(t, PROPS);
    super::slice::register(vm);
}
