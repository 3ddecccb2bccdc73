//! slice objects (`slice(1, 2, 3)`, `.indices()`, comparison) and the
//! slice-index normalisation every sequence uses.

use crate::heap::{ObjRef, Payload};
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

fn slice_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    // CPython 3.11 calls this type with an argument tuple (no vectorcall).
    if !vm.type_data(args.args[0]).heap_type {
        vm.heap.gc_transient_call(inner.pos().len(), !inner.kwnames.is_empty());
    }
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

/// `slice.__reduce__()`: `(slice, (start, stop, step))`.
fn slice_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__reduce__", 0, 0)?;
    let Payload::Slice(s) = vm.heap.get(args.args[0]) else { return Err(vm.type_error("expected slice")) };
    let parts: Vec<ObjRef> = s.to_vec();
    let parts = parts.into_iter().map(|x| vm.incref(x)).collect();
    let inner = vm.new_tuple(parts);
    let t = vm.incref(vm.t.slice);
    Ok(vm.new_tuple(vec![t, inner]))
}

pub const SLICE_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", slice_new),
    MethodDef::method("__repr__", slice_repr),
    MethodDef::method("indices", slice_indices_m),
    MethodDef::method("__reduce__", slice_reduce),
];
pub const SLICE_PROPS: &[MethodDef] = &[
    MethodDef::method("start", slice_start),
    MethodDef::method("stop", slice_stop),
    MethodDef::method("step", slice_step),
];

fn slice_cmp(vm: &mut Vm, args: &Args, op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    let (a, b) = (args.args[0], args.args[1]);
    let (Payload::Slice(x), Payload::Slice(y)) = (vm.heap.get(a), vm.heap.get(b)) else { return Ok(vm.not_implemented()) };
    let (x, y) = (x.to_vec(), y.to_vec());
    super::list::seq_compare(vm, &x, &y, op)
}
macro_rules! slcmp {
    ($($name:ident, $op:ident;)*) => {$(
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            slice_cmp(vm, args, crate::bytecode::ComparisonOperator::$op)
        }
    )*};
}
slcmp! { slice_lt, Lt; slice_le, Le; slice_eq, Eq; slice_ne, Ne; slice_gt, Gt; slice_ge, Ge; }

const SLICE_CMP: &[MethodDef] = &[
    MethodDef::method("__lt__", slice_lt),
    MethodDef::method("__le__", slice_le),
    MethodDef::method("__eq__", slice_eq),
    MethodDef::method("__ne__", slice_ne),
    MethodDef::method("__gt__", slice_gt),
    MethodDef::method("__ge__", slice_ge),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.slice;
    vm.add_methods(t, SLICE_METHODS);
    vm.add_methods(t, SLICE_CMP);
    vm.add_properties(t, SLICE_PROPS);
    // Slices are unhashable in 3.11.
    let h = vm.n.__hash__;
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_item_str_key(d, h, none);
}
