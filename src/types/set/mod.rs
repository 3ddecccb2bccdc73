//! set and frozenset: the Python-visible methods and operators.

use crate::heap::settable::SetSlot;
use crate::heap::{IterData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

mod table;

/// A copy of a set (of its base kind: set or frozenset).
fn set_copy(vm: &mut Vm, s: ObjRef) -> PyResult<ObjRef> {
    let n = same_kind(vm, s);
    if let Err(e) = vm.set_update(n, s) {
        vm.decref(n);
        return Err(e);
    }
    Ok(n)
}

fn me(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    let s = args.args[0];
    if vm.is_set(s) {
        Ok(s)
    } else {
        Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object")))
    }
}

fn same_kind(vm: &mut Vm, s: ObjRef) -> ObjRef {
    let frozen = vm.isinstance_type(s, vm.t.frozenset);
    vm.new_set(frozen)
}

fn s_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    if vm.is_subtype(cls, vm.t.frozenset) {
        let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
        if cls == vm.t.frozenset {
            vm.no_kwargs(&inner, "frozenset")?;
        }
        vm.check_args(&inner, "frozenset", 0, 1)?;
        let src = inner.pos().first().copied();
        if let Some(src) = src {
            if cls == vm.t.frozenset && vm.ty(src) == vm.t.frozenset {
                return Ok(vm.incref(src));
            }
        }
        let s = vm.alloc(cls, Payload::Set(Box::default()));
        if let Some(src) = src {
            if let Err(e) = vm.set_update(s, src) {
                vm.decref(s);
                return Err(e);
            }
        }
        return Ok(s);
    }
    if cls == vm.t.set {
        let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
        vm.no_kwargs(&inner, "set")?;
    }
    Ok(vm.alloc(cls, Payload::Set(Box::default())))
}

fn s_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__init__")?;
    if vm.isinstance_type(s, vm.t.frozenset) {
        return Ok(vm.none());
    }
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    if vm.ty(s) == vm.t.set {
        vm.no_kwargs(&inner, "set")?;
    }
    vm.check_args(&inner, "set", 0, 1)?;
    if vm.set_table(s).fill > 0 {
        let old = vm.set_table_mut(s).clear();
        vm.trace_resize(s);
        for o in old {
            vm.decref(o);
        }
    }
    if let Some(&src) = inner.pos().first() {
        vm.set_update(s, src)?;
    }
    Ok(vm.none())
}

fn s_add(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "add", 1, 1)?;
    let s = me(vm, args, "add")?;
    vm.set_add(s, args.args[1])?;
    Ok(vm.none())
}

/// Discards `key`, looking a set key up as a frozenset (as CPython does).
fn discard_key(vm: &mut Vm, s: ObjRef, key: ObjRef) -> PyResult<bool> {
    match vm.set_discard(s, key) {
        Err(e) if vm.is_set(key) && vm.err_matches(&e, vm.t.type_error) => {
            vm.drop_err(e);
            let fs = vm.new_set(true);
            let r = vm.set_update(fs, key).and_then(|_| vm.set_discard(s, fs));
            vm.decref(fs);
            r
        }
        r => r,
    }
}

fn s_remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "remove", 1, 1)?;
    let s = me(vm, args, "remove")?;
    if !discard_key(vm, s, args.args[1])? {
        return Err(vm.key_error(args.args[1]));
    }
    Ok(vm.none())
}
fn s_discard(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "discard", 1, 1)?;
    let s = me(vm, args, "discard")?;
    discard_key(vm, s, args.args[1])?;
    Ok(vm.none())
}
fn s_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "pop", 0, 0)?;
    let s = me(vm, args, "pop")?;
    let t = vm.set_table_mut(s);
    if t.used == 0 {
        let k = vm.new_str("pop from an empty set");
        let ty = vm.t.key_error;
        let e = vm.new_error_obj(ty, &[k]);
        vm.decref(k);
        return Err(e);
    }
    // CPython scans from the `finger` left by the previous pop.
    let n = t.table.len();
    let mut i = t.finger & (n - 1);
    while !matches!(t.table[i], SetSlot::Used(..)) {
        i = (i + 1) % n;
    }
    t.finger = i + 1;
    Ok(t.remove_at(i))
}
fn s_clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "clear", 0, 0)?;
    let s = me(vm, args, "clear")?;
    let old = vm.set_table_mut(s).clear();
    vm.trace_resize(s);
    for o in old {
        vm.decref(o);
    }
    Ok(vm.none())
}
fn s_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "copy", 0, 0)?;
    let s = me(vm, args, "copy")?;
    if vm.ty(s) == vm.t.frozenset {
        return Ok(vm.incref(s));
    }
    set_copy(vm, s)
}
fn s_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__len__")?;
    let n = vm.set_table(s).len();
    Ok(vm.new_int(n as i64))
}
fn s_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__contains__")?;
    let r = vm.set_contains(s, args.args[1])?;
    Ok(vm.new_bool(r))
}
fn s_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__iter__")?;
    vm.incref(s);
    let len = vm.set_table(s).len();
    let t = vm.t.set_iterator;
    Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Set { set: s, pos: 0, len }))))
}
fn s_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__repr__")?;
    let items = vm.set_items(s);
    let tn = vm.type_name_of(s);
    if items.is_empty() {
        // CPython enters its recursion guard even for an empty set.
        vm.heap.gc_once(crate::heap::gc::ONCE_REPR_ENTER, 2);
        return Ok(vm.new_str(format!("{tn}()")));
    }
    if !vm.repr_enter(s) {
        return Ok(vm.new_str(format!("{tn}(...)")));
    }
    vm.repr_leave(s);
    let inner = vm.seq_repr(s, &items, "{", "}", false)?;
    if vm.ty(s) != vm.t.set {
        return Ok(vm.new_str(format!("{tn}({inner})")));
    }
    Ok(vm.new_str(inner))
}

fn s_update(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "set.update")?;
    let s = me(vm, args, "update")?;
    for &o in &args.args[1..] {
        vm.set_update(s, o)?;
    }
    Ok(vm.none())
}

fn s_union(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "set.union")?;
    let s = me(vm, args, "union")?;
    let r = set_copy(vm, s)?;
    for &o in &args.args[1..] {
        if o == s {
            continue;
        }
        if let Err(e) = vm.set_update(r, o) {
            vm.decref(r);
            return Err(e);
        }
    }
    Ok(r)
}

fn intersection_multi(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "set.intersection")?;
    let s = me(vm, args, "intersection")?;
    if args.args.len() == 1 {
        return set_copy(vm, s);
    }
    let mut acc = vm.incref(s);
    for &o in &args.args[1..] {
        let r = vm.set_intersection(acc, o);
        vm.decref(acc);
        acc = r?;
    }
    Ok(acc)
}
fn s_intersection(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    intersection_multi(vm, args)
}
fn s_intersection_update(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let tmp = intersection_multi(vm, args)?;
    vm.set_take_body(args.args[0], tmp);
    Ok(vm.none())
}

fn s_difference(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "set.difference")?;
    let s = me(vm, args, "difference")?;
    if args.args.len() == 1 {
        return set_copy(vm, s);
    }
    let r = vm.set_difference(s, args.args[1])?;
    for &o in &args.args[2..] {
        if let Err(e) = vm.set_difference_update(r, o) {
            vm.decref(r);
            return Err(e);
        }
    }
    Ok(r)
}
fn s_difference_update(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "set.difference_update")?;
    let s = me(vm, args, "difference_update")?;
    for &o in &args.args[1..] {
        vm.set_difference_update(s, o)?;
    }
    Ok(vm.none())
}

fn symdiff(vm: &mut Vm, s: ObjRef, other: ObjRef) -> PyResult<ObjRef> {
    // CPython copies `other` (as s's base kind) and folds `s` into it.
    let r = same_kind(vm, s);
    let res = vm.set_update(r, other).and_then(|_| vm.set_symdiff_update(r, s));
    match res {
        Ok(()) => Ok(r),
        Err(e) => {
            vm.decref(r);
            Err(e)
        }
    }
}
fn s_symdiff(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "symmetric_difference", 1, 1)?;
    let s = me(vm, args, "symmetric_difference")?;
    symdiff(vm, s, args.args[1])
}
fn s_symdiff_update(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "symmetric_difference_update", 1, 1)?;
    let s = me(vm, args, "symmetric_difference_update")?;
    vm.set_symdiff_update(s, args.args[1])?;
    Ok(vm.none())
}

fn both_sets(vm: &Vm, args: &Args) -> bool {
    vm.is_set(args.args[0]) && vm.is_set(args.args[1])
}
fn s_or(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !both_sets(vm, args) {
        return Ok(vm.not_implemented());
    }
    let r = set_copy(vm, args.args[0])?;
    if args.args[0] != args.args[1] {
        if let Err(e) = vm.set_update(r, args.args[1]) {
            vm.decref(r);
            return Err(e);
        }
    }
    Ok(r)
}
/// The reflected operators: `b.__ror__(a)` is `a | b` (a set on both sides).
fn swapped(vm: &mut Vm, args: &Args, name: &str, f: fn(&mut Vm, &Args) -> PyResult<ObjRef>) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 1)?;
    let v = [args.args[1], args.args[0]];
    f(vm, &Args::new(&v))
}
fn s_ror(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    swapped(vm, args, "__ror__", s_or)
}
fn s_rand(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    swapped(vm, args, "__rand__", s_and)
}
fn s_rsub(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    swapped(vm, args, "__rsub__", s_sub)
}
fn s_rxor(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    swapped(vm, args, "__rxor__", s_xor)
}
fn s_and(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !both_sets(vm, args) {
        return Ok(vm.not_implemented());
    }
    vm.set_intersection(args.args[0], args.args[1])
}
fn s_sub(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !both_sets(vm, args) {
        return Ok(vm.not_implemented());
    }
    vm.set_difference(args.args[0], args.args[1])
}
fn s_xor(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !both_sets(vm, args) {
        return Ok(vm.not_implemented());
    }
    symdiff(vm, args.args[0], args.args[1])
}
fn s_ior(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !both_sets(vm, args) {
        return Ok(vm.not_implemented());
    }
    vm.set_update(args.args[0], args.args[1])?;
    Ok(vm.incref(args.args[0]))
}
fn s_iand(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !both_sets(vm, args) {
        return Ok(vm.not_implemented());
    }
    let tmp = vm.set_intersection(args.args[0], args.args[1])?;
    vm.set_take_body(args.args[0], tmp);
    Ok(vm.incref(args.args[0]))
}
fn s_isub(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !both_sets(vm, args) {
        return Ok(vm.not_implemented());
    }
    vm.set_difference_update(args.args[0], args.args[1])?;
    Ok(vm.incref(args.args[0]))
}
fn s_ixor(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !both_sets(vm, args) {
        return Ok(vm.not_implemented());
    }
    vm.set_symdiff_update(args.args[0], args.args[1])?;
    Ok(vm.incref(args.args[0]))
}

/// Every item of set `a` is in set `b`.
fn subset(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    if vm.set_table(a).len() > vm.set_table(b).len() {
        return Ok(false);
    }
    let entries: Vec<(i64, ObjRef)> = vm.set_table(a).iter().collect();
    for (h, k) in entries {
        vm.incref(k);
        let r = vm.set_find(b, k, h);
        vm.decref(k);
        if r?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn cmp(vm: &mut Vm, args: &Args, op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    use crate::bytecode::ComparisonOperator as C;
    if !both_sets(vm, args) {
        return Ok(vm.not_implemented());
    }
    let (a, b) = (args.args[0], args.args[1]);
    let (la, lb) = (vm.set_table(a).len(), vm.set_table(b).len());
    let r = match op {
        C::Eq => la == lb && subset(vm, a, b)?,
        C::Ne => !(la == lb && subset(vm, a, b)?),
        C::Le => subset(vm, a, b)?,
        C::Lt => la < lb && subset(vm, a, b)?,
        C::Ge => subset(vm, b, a)?,
        C::Gt => la > lb && subset(vm, b, a)?,
    };
    Ok(vm.new_bool(r))
}
macro_rules! scmp {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            cmp(vm, args, crate::bytecode::ComparisonOperator::$op)
        }
    };
}
scmp!(s_lt, Lt);
scmp!(s_le, Le);
scmp!(s_eq, Eq);
scmp!(s_ne, Ne);
scmp!(s_gt, Gt);
scmp!(s_ge, Ge);

/// Whether `probe` holds for every one of `keys`, stopping at the first
/// false or error (CPython's subset/disjoint loops); the keys are owned
/// references, released here.
pub(crate) fn all_keys(vm: &mut Vm, keys: Vec<ObjRef>, mut probe: impl FnMut(&mut Vm, ObjRef) -> PyResult<bool>) -> PyResult<bool> {
    let mut res = Ok(true);
    for &k in &keys {
        match probe(vm, k) {
            Ok(true) => {}
            other => {
                res = other;
                break;
            }
        }
    }
    for k in keys {
        vm.decref(k);
    }
    res
}

/// `other` as a set (borrowed sets are increfed; other iterables copied).
fn other_set(vm: &mut Vm, o: ObjRef) -> PyResult<ObjRef> {
    if vm.is_set(o) {
        return Ok(vm.incref(o));
    }
    vm.new_set_from(o)
}

fn s_issubset(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "issubset", 1, 1)?;
    let s = me(vm, args, "issubset")?;
    let o = other_set(vm, args.args[1])?;
    let r = subset(vm, s, o);
    vm.decref(o);
    let r = r?;
    Ok(vm.new_bool(r))
}
fn s_issuperset(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "issuperset", 1, 1)?;
    let s = me(vm, args, "issuperset")?;
    let o = args.args[1];
    if vm.is_set(o) {
        let r = subset(vm, o, s)?;
        return Ok(vm.new_bool(r));
    }
    let keys = vm.collect_iter(o)?;
    let r = all_keys(vm, keys, |vm, k| vm.set_contains(s, k))?;
    Ok(vm.new_bool(r))
}
fn s_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "isdisjoint", 1, 1)?;
    let s = me(vm, args, "isdisjoint")?;
    let o = args.args[1];
    let (probe_in, keys) = if vm.is_set(o) {
        let (small, big) = if vm.set_table(o).len() < vm.set_table(s).len() { (o, s) } else { (s, o) };
        let v = vm.set_items(small);
        for &k in &v {
            vm.incref(k);
        }
        (big, v)
    } else {
        (s, vm.collect_iter(o)?)
    };
    let r = all_keys(vm, keys, |vm, k| vm.set_contains(probe_in, k).map(|c| !c))?;
    Ok(vm.new_bool(r))
}
fn s_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = args.args[0];
    let cached = vm.set_table(s).hash;
    if cached != -1 {
        return Ok(vm.new_int(cached));
    }
    // CPython's frozenset hash: xor of shuffled item hashes.
    let mut h: u64 = 0;
    for (kh, _) in vm.set_table(s).iter().collect::<Vec<_>>() {
        let x = kh as u64;
        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
    }
    let n = vm.set_table(s).len() as u64;
    h ^= (n + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let mut r = h as i64;
    if r == -1 {
        r = 590923713;
    }
    vm.set_table_mut(s).hash = r;
    Ok(vm.new_int(r))
}
fn s_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = vm.set_table(args.args[0]).sizeof() - 16 + crate::modules::sys::layout_extra(vm, args.args[0]);
    Ok(vm.new_int(n as i64))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", s_new),
    MethodDef::method("__init__", s_init),
    MethodDef::method("__len__", s_len),
    MethodDef::method("__contains__", s_contains),
    MethodDef::method("__iter__", s_iter),
    MethodDef::method("__repr__", s_repr),
    MethodDef::method("__or__", s_or),
    MethodDef::method("__and__", s_and),
    MethodDef::method("__sub__", s_sub),
    MethodDef::method("__xor__", s_xor),
    MethodDef::method("__ror__", s_ror),
    MethodDef::method("__rand__", s_rand),
    MethodDef::method("__rsub__", s_rsub),
    MethodDef::method("__rxor__", s_rxor),
    MethodDef::method("__lt__", s_lt),
    MethodDef::method("__le__", s_le),
    MethodDef::method("__eq__", s_eq),
    MethodDef::method("__ne__", s_ne),
    MethodDef::method("__gt__", s_gt),
    MethodDef::method("__ge__", s_ge),
    MethodDef::method("__sizeof__", s_sizeof),
    MethodDef::method("copy", s_copy),
    MethodDef::method("union", s_union),
    MethodDef::method("intersection", s_intersection),
    MethodDef::method("difference", s_difference),
    MethodDef::method("symmetric_difference", s_symdiff),
    MethodDef::method("issubset", s_issubset),
    MethodDef::method("issuperset", s_issuperset),
    MethodDef::method("isdisjoint", s_isdisjoint),
];

pub const MUTATING: &[MethodDef] = &[
    MethodDef::method("add", s_add),
    MethodDef::method("remove", s_remove),
    MethodDef::method("discard", s_discard),
    MethodDef::method("pop", s_pop),
    MethodDef::method("clear", s_clear),
    MethodDef::method("update", s_update),
    MethodDef::method("intersection_update", s_intersection_update),
    MethodDef::method("difference_update", s_difference_update),
    MethodDef::method("symmetric_difference_update", s_symdiff_update),
    MethodDef::method("__ior__", s_ior),
    MethodDef::method("__iand__", s_iand),
    MethodDef::method("__isub__", s_isub),
    MethodDef::method("__ixor__", s_ixor),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.set;
    vm.add_methods(t, METHODS);
    vm.add_methods(t, MUTATING);
    let h = vm.n.__hash__;
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_item_str_key(d, h, none);
    let t = vm.t.frozenset;
    vm.add_methods(t, METHODS);
    vm.add_methods(t, &[MethodDef::method("__hash__", s_hash)]);
}
