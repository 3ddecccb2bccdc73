//! tuple.

use crate::heap::{IterData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::list::{count_eq, seq_compare, seq_index};
use super::MethodDef;

fn items(vm: &mut Vm, t: ObjRef) -> PyResult<Vec<ObjRef>> {
    match vm.heap.get(t) {
        Payload::Tuple(p) => Ok(p.to_vec()),
        _ => Err(vm.type_error("descriptor requires a 'tuple' object")),
    }
}

fn t_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.no_kwargs(&inner, "tuple")?;
    vm.check_args(&inner, "tuple", 0, 1)?;
    let its = match inner.pos().first() {
        Some(&src) => {
            if vm.ty(src) == vm.t.tuple && cls == vm.t.tuple {
                return Ok(vm.incref(src));
            }
            // PySequence_Tuple sizes its result from the length hint first,
            // so an impossible size is a MemoryError before iterating.
            let seq = matches!(vm.heap.get(src), Payload::List(_) | Payload::Tuple(_));
            if !seq {
                let hint = vm.length_hint(src, 10)?;
                drop(vm.alloc_vec::<ObjRef>(hint)?);
            }
            vm.collect_iter(src)?
        }
        None => Vec::new(),
    };
    if cls == vm.t.tuple {
        return Ok(vm.new_tuple(its));
    }
    Ok(vm.alloc(cls, Payload::Tuple(its.into_boxed_slice())))
}

fn t_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = items(vm, args.args[0])?.len();
    Ok(vm.new_int(n as i64))
}

fn t_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let its = items(vm, args.args[0])?;
    let key = args.args[1];
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, _, step, len) = vm.slice_indices(key, its.len())?;
        if start == 0 && step == 1 && len as usize == its.len() && vm.ty(args.args[0]) == vm.t.tuple {
            return Ok(vm.incref(args.args[0]));
        }
        let mut out = Vec::with_capacity(len as usize);
        let mut i = start;
        for _ in 0..len {
            out.push(vm.incref(its[i as usize]));
            i += step;
        }
        return Ok(vm.new_tuple(out));
    }
    let i = seq_index(vm, key, "tuple")?;
    let n = its.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("tuple index out of range"));
    }
    Ok(vm.incref(its[j as usize]))
}

fn t_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = args.args[0];
    vm.incref(t);
    let ty = vm.t.tuple_iterator;
    Ok(vm.alloc(ty, Payload::Iter(Box::new(IterData::Seq { seq: t, index: 0 }))))
}

fn t_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let its = items(vm, args.args[0])?;
    for i in its {
        vm.incref(i);
        let r = vm.eq(i, args.args[1]);
        vm.decref(i);
        if r? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn t_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let its = items(vm, args.args[0])?;
    let mut hs = Vec::with_capacity(its.len());
    for i in its {
        hs.push(vm.hash(i)?);
    }
    Ok(vm.new_int(crate::numeric::hash::hash_tuple(&hs)))
}

fn t_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let its = items(vm, args.args[0])?;
    let s = vm.seq_repr(args.args[0], &its, "(", ")", true)?;
    Ok(vm.new_str(s))
}

fn t_add(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = items(vm, args.args[0])?;
    let b = match vm.heap.get(args.args[1]) {
        Payload::Tuple(p) => p.to_vec(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("can only concatenate tuple (not \"{tn}\") to tuple")));
        }
    };
    let all: Vec<ObjRef> = a.into_iter().chain(b).collect();
    for &i in &all {
        vm.incref(i);
    }
    Ok(vm.new_tuple(all))
}

fn t_mul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = items(vm, args.args[0])?;
    let Some(n) = super::list::repeat_count(vm, a.len(), args.args[1])? else { return Ok(vm.not_implemented()) };
    if (n == 1 || a.is_empty()) && vm.ty(args.args[0]) == vm.t.tuple {
        return Ok(vm.incref(args.args[0]));
    }
    let out = super::list::repeated(vm, &a, n)?;
    Ok(vm.new_tuple(out))
}

fn t_cmp(vm: &mut Vm, args: &Args, op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    let a = items(vm, args.args[0])?;
    let b = match vm.heap.get(args.args[1]) {
        Payload::Tuple(p) => p.to_vec(),
        _ => return Ok(vm.not_implemented()),
    };
    seq_compare(vm, &a, &b, op)
}
macro_rules! tcmp {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            t_cmp(vm, args, crate::bytecode::ComparisonOperator::$op)
        }
    };
}
tcmp!(t_lt, Lt);
tcmp!(t_le, Le);
tcmp!(t_eq, Eq);
tcmp!(t_ne, Ne);
tcmp!(t_gt, Gt);
tcmp!(t_ge, Ge);

fn t_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "index", 1, 3)?;
    let its = items(vm, args.args[0])?;
    let n = its.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let bound = |vm: &mut Vm, x: Option<&ObjRef>, dflt: usize| -> PyResult<usize> {
        match x {
            Some(&x) => Ok(norm(slice_bound(vm, x)?)),
            None => Ok(dflt),
        }
    };
    let start = bound(vm, args.args.get(2), 0)?;
    let stop = bound(vm, args.args.get(3), its.len())?;
    for (k, &i) in its.iter().enumerate().take(stop).skip(start) {
        vm.incref(i);
        let r = vm.eq(i, args.args[1]);
        vm.decref(i);
        if r? {
            return Ok(vm.new_int(k as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

/// A start/stop argument of `index()`: an index, clamped like a slice bound.
pub fn slice_bound(vm: &mut Vm, x: ObjRef) -> PyResult<i64> {
    match vm.heap.get(x) {
        Payload::Int(i) => Ok(*i),
        Payload::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 }),
        _ => {
            if vm.lookup(vm.ty(x), vm.n.__index__).is_none() {
                return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
            }
            vm.index_value(x)
        }
    }
}

fn t_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "count", 1, 1)?;
    let its = items(vm, args.args[0])?;
    let c = count_eq(vm, &its, args.args[1])?;
    Ok(vm.new_int(c))
}

fn t_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = items(vm, args.args[0])?.len();
    let extra = crate::modules::sys::layout_extra(vm, args.args[0]) as i64;
    Ok(vm.new_int(24 + 8 * n as i64 + extra))
}

fn t_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let its = items(vm, args.args[0])?;
    for &i in &its {
        vm.incref(i);
    }
    let t = vm.new_tuple(its);
    Ok(vm.new_tuple(vec![t]))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", t_new),
    MethodDef::method("__len__", t_len),
    MethodDef::method("__getitem__", t_getitem),
    MethodDef::method("__iter__", t_iter),
    MethodDef::method("__contains__", t_contains),
    MethodDef::method("__hash__", t_hash),
    MethodDef::method("__repr__", t_repr),
    MethodDef::method("__add__", t_add),
    MethodDef::method("__mul__", t_mul),
    MethodDef::method("__rmul__", t_mul),
    MethodDef::method("__lt__", t_lt),
    MethodDef::method("__le__", t_le),
    MethodDef::method("__eq__", t_eq),
    MethodDef::method("__ne__", t_ne),
    MethodDef::method("__gt__", t_gt),
    MethodDef::method("__ge__", t_ge),
    MethodDef::method("__sizeof__", t_sizeof),
    MethodDef::method("__getnewargs__", t_getnewargs),
    MethodDef::method("index", t_index),
    MethodDef::method("count", t_count),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.tuple;
    vm.add_methods(t, METHODS);
}
