//! range and slice objects, and slice-index normalisation.

use crate::heap::{IterData, ObjRef, Payload, RangeData};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

impl Vm {
    /// `slice.indices(len)`: (start, stop, step, slicelength) per CPython's PySlice_AdjustIndices.
    pub fn slice_indices(&mut self, slice: ObjRef, len: usize) -> PyResult<(i64, i64, i64, i64)> {
        let Payload::Slice(s) = self.heap.get(slice) else { return Err(self.type_error("expected a slice")) };
        let [a, b, c] = **s;
        let get = |vm: &mut Vm, x: ObjRef| -> PyResult<Option<i64>> {
            if x == vm.none_obj {
                return Ok(None);
            }
            match vm.heap.get(x) {
                Payload::Int(i) => Ok(Some(*i)),
                Payload::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 })),
                _ => {
                    if vm.lookup(vm.ty(x), vm.n.__index__).is_none() {
                        return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
                    }
                    vm.index_value(x).map(Some)
                }
            }
        };
        let step = get(self, c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let n = len as i64;
        let (lo_default, hi_default) = if step < 0 { (n - 1, -1) } else { (0, n) };
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut v) => {
                    if v < 0 {
                        v += n;
                        if v < 0 {
                            v = if step < 0 { -1 } else { 0 };
                        }
                    } else if v >= n {
                        v = if step < 0 { n - 1 } else { n };
                    }
                    v
                }
            }
        };
        let start = adjust(get(self, a)?, lo_default);
        let stop = adjust(get(self, b)?, hi_default);
        let slen = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start, stop, step, slen))
    }
}

fn range_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.no_kwargs(&inner, "range")?;
    let p = inner.pos();
    let idx = |vm: &mut Vm, x: ObjRef| -> PyResult<i64> {
        match vm.heap.get(x) {
            Payload::Int(i) => Ok(*i),
            Payload::Float(_) | Payload::Str(_) => {
                let tn = vm.type_name_of(x);
                Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
            _ => vm.index_value(x),
        }
    };
    let (start, stop, step) = match p.len() {
        1 => (0, idx(vm, p[0])?, 1),
        2 => (idx(vm, p[0])?, idx(vm, p[1])?, 1),
        3 => (idx(vm, p[0])?, idx(vm, p[1])?, idx(vm, p[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    let t = vm.t.range;
    Ok(vm.alloc(t, Payload::Range(Box::new(RangeData { start, stop, step }))))
}

fn rd(vm: &mut Vm, x: ObjRef) -> PyResult<RangeData> {
    match vm.heap.get(x) {
        Payload::Range(r) => Ok(**r),
        _ => Err(vm.type_error("expected a range")),
    }
}

fn range_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rd(vm, args.args[0])?;
    Ok(vm.new_int(r.len()))
}

fn range_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rd(vm, args.args[0])?;
    let s = if r.step == 1 { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) };
    Ok(vm.new_str(s))
}

fn range_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rd(vm, args.args[0])?;
    let stop = r.start.saturating_add(r.len().saturating_mul(r.step));
    let t = vm.t.range_iterator;
    Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Range { next: r.start, stop, step: r.step }))))
}

fn range_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rd(vm, args.args[0])?;
    let key = args.args[1];
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, stop, step, _) = vm.slice_indices(key, r.len() as usize)?;
        let nr = RangeData { start: r.start + start * r.step, stop: r.start + stop * r.step, step: r.step * step };
        let t = vm.t.range;
        return Ok(vm.alloc(t, Payload::Range(Box::new(nr))));
    }
    let i = vm.index_value(key)?;
    let n = r.len();
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int(r.start + j * r.step))
}

fn range_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rd(vm, args.args[0])?;
    let x = args.args[1];
    let res = match vm.heap.get(x) {
        Payload::Int(i) if vm.ty(x) == vm.t.int || vm.ty(x) == vm.t.bool => {
            let i = *i;
            let inr = if r.step > 0 { i >= r.start && i < r.stop } else { i <= r.start && i > r.stop };
            inr && (i - r.start) % r.step == 0
        }
        _ => {
            let l = vm.list_from_iterable(args.args[0])?;
            let res = vm.contains(l, x);
            vm.decref(l);
            res?
        }
    };
    Ok(vm.new_bool(res))
}

fn range_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = rd(vm, args.args[0])?;
    let Payload::Range(b) = vm.heap.get(args.args[1]) else { return Ok(vm.not_implemented()) };
    let b = **b;
    let same = a.len() == b.len() && (a.len() == 0 || a.start == b.start && (a.len() == 1 || a.step == b.step));
    Ok(vm.new_bool(same))
}

fn range_attr(vm: &mut Vm, args: &Args, which: u8) -> PyResult<ObjRef> {
    let r = rd(vm, args.args[0])?;
    Ok(vm.new_int(match which {
        0 => r.start,
        1 => r.stop,
        _ => r.step,
    }))
}
fn range_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rd(vm, args.args[0])?;
    if let Some(i) = vm.as_int(args.args[1]) {
        let inr = if r.step > 0 { i >= r.start && i < r.stop } else { i <= r.start && i > r.stop };
        if inr && (i - r.start) % r.step == 0 {
            return Ok(vm.new_int((i - r.start) / r.step));
        }
    }
    let s = vm.repr_string(args.args[1])?;
    Err(vm.value_error(format!("{s} is not in range")))
}
fn range_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = range_contains(vm, args)?;
    let b = r == vm.true_obj;
    vm.decref(r);
    Ok(vm.new_int(b as i64))
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
fn range_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rd(vm, args.args[0])?;
    let n = r.len();
    let h = crate::numeric::hash::hash_tuple(&[n, r.start, r.step]);
    Ok(vm.new_int(h))
}
fn range_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = rd(vm, args.args[0])?;
    let n = r.len();
    let last = r.start + (n - 1) * r.step;
    let t = vm.t.range_iterator;
    let stop = last - n * r.step;
    Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Range { next: if n == 0 { 0 } else { last }, stop: if n == 0 { 0 } else { stop }, step: -r.step }))))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", range_new),
    MethodDef::method("__len__", range_len),
    MethodDef::method("__repr__", range_repr),
    MethodDef::method("__iter__", range_iter),
    MethodDef::method("__reversed__", range_reversed),
    MethodDef::method("__getitem__", range_getitem),
    MethodDef::method("__contains__", range_contains),
    MethodDef::method("__eq__", range_eq),
    MethodDef::method("__hash__", range_hash),
    MethodDef::method("__sizeof__", range_sizeof),
    MethodDef::method("index", range_index),
    MethodDef::method("count", range_count),
];

pub const PROPS: &[MethodDef] = &[
    MethodDef::method("start", range_start),
    MethodDef::method("stop", range_stop),
    MethodDef::method("step", range_step),
];

fn slice_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.check_args(&inner, "slice", 1, 3)?;
    let p = inner.pos();
    let (a, b, c) = match p.len() {
        1 => (vm.none_obj, p[0], vm.none_obj),
        2 => (p[0], p[1], vm.none_obj),
        _ => (p[0], p[1], p[2]),
    };
    for x in [a, b, c] {
        vm.incref(x);
    }
    let t = vm.t.slice;
    Ok(vm.alloc(t, Payload::Slice(Box::new([a, b, c]))))
}

fn slice_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Payload::Slice(s) = vm.heap.get(args.args[0]) else { return Err(vm.type_error("expected slice")) };
    let [a, b, c] = **s;
    let (ra, rb, rc) = (vm.repr_string(a)?, vm.repr_string(b)?, vm.repr_string(c)?);
    Ok(vm.new_str(format!("slice({ra}, {rb}, {rc})")))
}

fn slice_indices_m(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "indices", 1, 1)?;
    let n = vm.index_value(args.args[1])?;
    let (a, b, c, _) = vm.slice_indices(args.args[0], n.max(0) as usize)?;
    let items = vec![vm.new_int(a), vm.new_int(b), vm.new_int(c)];
    Ok(vm.new_tuple(items))
}

fn slice_part(vm: &mut Vm, args: &Args, i: usize) -> PyResult<ObjRef> {
    let Payload::Slice(s) = vm.heap.get(args.args[0]) else { return Err(vm.type_error("expected slice")) };
    let v = s[i];
    Ok(vm.incref(v))
}
fn slice_start(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    slice_part(vm, args, 0)
}
fn slice_stop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    slice_part(vm, args, 1)
}
fn slice_step(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    slice_part(vm, args, 2)
}

pub const SLICE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", slice_new),
    MethodDef::method("__repr__", slice_repr),
    MethodDef::method("indices", slice_indices_m),
];
pub const SLICE_PROPS: &[MethodDef] = &[
    MethodDef::method("start", slice_start),
    MethodDef::method("stop", slice_stop),
    MethodDef::method("step", slice_step),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.range;
    vm.add_methods(t, METHODS);
    vm.add_properties(t, PROPS);
    let t = vm.t.slice;
    vm.add_methods(t, SLICE_METHODS);
    vm.add_properties(t, SLICE_PROPS);
    let h = vm.n.__hash__;
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_item_str_key(d, h, none);
}
