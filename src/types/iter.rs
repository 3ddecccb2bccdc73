//! The builtin iterators (list/tuple/str/range/dict/set iterators, the
//! `__getitem__` protocol, enumerate, zip, map, filter, reversed,
//! `iter(callable, sentinel)`).

use crate::heap::{IterData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

fn data(vm: &mut Vm, it: ObjRef) -> &mut IterData {
    match vm.heap.get_mut(it) {
        Payload::Iter(d) => d,
        _ => panic!("not an iterator"),
    }
}

/// Marks an iterator exhausted, dropping what it held.
fn exhaust(vm: &mut Vm, it: ObjRef) {
    let old = std::mem::replace(data(vm, it), IterData::Exhausted);
    let mut refs = Vec::new();
    Payload::Iter(Box::new(old)).trace(&mut |r| refs.push(r));
    for r in refs {
        vm.decref(r);
    }
}

/// `next()` of a builtin iterator: Ok(None) when exhausted.
pub fn builtin_next(vm: &mut Vm, it: ObjRef) -> PyResult<Option<ObjRef>> {
    let d = match vm.heap.get(it) {
        Payload::Iter(d) => d,
        _ => return Ok(None),
    };
    match &**d {
        IterData::Seq { seq, index } => {
            let (seq, index) = (*seq, *index);
            enum Found {
                Ref(ObjRef),
                Char(char),
                Byte(u8),
                End,
            }
            let found = match vm.heap.get(seq) {
                Payload::List(l) => l.items.get(index).map_or(Found::End, |&v| Found::Ref(v)),
                Payload::Tuple(t) => t.get(index).map_or(Found::End, |&v| Found::Ref(v)),
                Payload::Str(_) => vm.str_char_at(seq, index).map_or(Found::End, Found::Char),
                Payload::Bytes(b) => b.get(index).map_or(Found::End, |&v| Found::Byte(v)),
                Payload::ByteArray(b) => b.get(index).map_or(Found::End, |&v| Found::Byte(v)),
                _ => Found::End,
            };
            if let Found::End = found {
                exhaust(vm, it);
                return Ok(None);
            }
            if let IterData::Seq { index, .. } = data(vm, it) {
                *index += 1;
            }
            Ok(Some(match found {
                Found::Ref(v) => vm.incref(v),
                Found::Char(c) => {
                    let mut b = [0u8; 4];
                    vm.new_str(c.encode_utf8(&mut b).to_string())
                }
                Found::Byte(b) => vm.new_int(b as i64),
                Found::End => unreachable!(),
            }))
        }
        IterData::Range { next, stop, step } => {
            let (n, stop, step) = (*next, *stop, *step);
            if (step > 0 && n < stop) || (step < 0 && n > stop) {
                if let IterData::Range { next, .. } = data(vm, it) {
                    *next = n + step;
                }
                Ok(Some(vm.new_int(n)))
            } else {
                Ok(None)
            }
        }
        IterData::Dict { dict, pos, kind, len, left, result } => {
            let (dict, pos, kind, len, left, cached) = (*dict, *pos, *kind, *len, *left, *result);
            if vm.dict_len(dict) != len {
                exhaust(vm, it);
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            let ty = vm.ty(it);
            let reverse = ty == vm.t.dict_reversekeyiterator || ty == vm.t.dict_reversevalueiterator || ty == vm.t.dict_reverseitemiterator;
            let found = if reverse {
                // `pos` counts entry slots already passed from the end.
                let t = vm.dict_table(dict);
                let n = t.nentries();
                let mut p = pos;
                let mut hit = None;
                while p < n {
                    if let Some(e) = t.entry(n - 1 - p) {
                        hit = Some((p + 1, *e));
                        break;
                    }
                    p += 1;
                }
                hit
            } else {
                vm.dict_table(dict).next_from(pos)
            };
            match found {
                Some(_) if left == 0 => {
                    exhaust(vm, it);
                    Err(vm.runtime_error("dictionary keys changed during iteration"))
                }
                Some((np, e)) => {
                    if let IterData::Dict { pos, left, .. } = data(vm, it) {
                        *pos = np;
                        *left -= 1;
                    }
                    Ok(Some(match kind {
                        0 => vm.incref(e.key),
                        1 => vm.incref(e.value),
                        _ => {
                            vm.incref(e.key);
                            vm.incref(e.value);
                            reuse_tuple(vm, cached, vec![e.key, e.value])
                        }
                    }))
                }
                None => {
                    exhaust(vm, it);
                    Ok(None)
                }
            }
        }
        IterData::Set { set, pos, len } => {
            let (set, pos, len) = (*set, *pos, *len);
            let Payload::Set(t) = vm.heap.get(set) else { return Ok(None) };
            if t.len() != len {
                exhaust(vm, it);
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            match t.next_from(pos) {
                Some((np, k)) => {
                    if let IterData::Set { pos, .. } = data(vm, it) {
                        *pos = np;
                    }
                    Ok(Some(vm.incref(k)))
                }
                None => {
                    exhaust(vm, it);
                    Ok(None)
                }
            }
        }
        IterData::GetItem { obj, index } => {
            let (obj, index) = (*obj, *index);
            let i = vm.new_int(index);
            let r = vm.getitem(obj, i);
            vm.decref(i);
            match r {
                Ok(v) => {
                    if let IterData::GetItem { index, .. } = data(vm, it) {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if vm.err_matches(&e, vm.t.index_error) || vm.err_matches(&e, vm.t.stop_iteration) => {
                    vm.drop_err(e);
                    exhaust(vm, it);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterData::Enumerate { it: inner, count, result } => {
            let (inner, count, cached) = (*inner, *count, *result);
            match vm.next(inner)? {
                Some(v) => {
                    if let IterData::Enumerate { count, .. } = data(vm, it) {
                        *count += 1;
                    }
                    let c = vm.new_int(count);
                    Ok(Some(reuse_tuple(vm, cached, vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterData::Zip { its, strict, result } => {
            let (its, strict, cached) = (its.clone(), *strict, *result);
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (k, &i) in its.iter().enumerate() {
                match vm.next(i) {
                    Ok(Some(v)) => out.push(v),
                    Ok(None) => {
                        for v in out {
                            vm.decref(v);
                        }
                        if strict {
                            if k > 0 {
                                let msg = format!("zip() argument {} is shorter than argument{} {}", k + 1, if k == 1 { "" } else { "s" }, if k == 1 { "1".to_string() } else { format!("1-{k}") });
                                return Err(vm.value_error(msg));
                            }
                            for (j, &other) in its.iter().enumerate().skip(1) {
                                if let Some(v) = vm.next(other)? {
                                    vm.decref(v);
                                    let msg = format!("zip() argument {} is longer than argument{} {}", j + 1, if j == 1 { "" } else { "s" }, if j == 1 { "1".to_string() } else { format!("1-{j}") });
                                    return Err(vm.value_error(msg));
                                }
                            }
                        }
                        return Ok(None);
                    }
                    Err(e) => {
                        for v in out {
                            vm.decref(v);
                        }
                        return Err(e);
                    }
                }
            }
            Ok(Some(reuse_tuple(vm, cached, out)))
        }
        IterData::Map { func, its } => {
            let (func, its) = (*func, its.clone());
            let mut vals = Vec::with_capacity(its.len());
            for &i in &its {
                match vm.next(i) {
                    Ok(Some(v)) => vals.push(v),
                    other => {
                        for v in vals {
                            vm.decref(v);
                        }
                        return other.map(|_| None);
                    }
                }
            }
            let r = vm.call(func, &vals);
            for v in vals {
                vm.decref(v);
            }
            r.map(Some)
        }
        IterData::Filter { func, it: inner } => {
            let (func, inner) = (*func, *inner);
            loop {
                let Some(v) = vm.next(inner)? else { return Ok(None) };
                let keep = if func == vm.none_obj {
                    vm.truthy(v)
                } else {
                    match vm.call(func, &[v]) {
                        Ok(r) => {
                            let t = vm.truthy(r);
                            vm.decref(r);
                            t
                        }
                        Err(e) => Err(e),
                    }
                };
                match keep {
                    Ok(true) => return Ok(Some(v)),
                    Ok(false) => vm.decref(v),
                    Err(e) => {
                        vm.decref(v);
                        return Err(e);
                    }
                }
            }
        }
        IterData::Reversed { seq, index } => {
            let (seq, index) = (*seq, *index);
            if index < 0 {
                exhaust(vm, it);
                return Ok(None);
            }
            let v = match vm.heap.get(seq) {
                Payload::List(l) => l.items.get(index as usize).copied().map(|v| vm.incref(v)),
                _ => {
                    let i = vm.new_int(index);
                    let r = vm.getitem(seq, i);
                    vm.decref(i);
                    Some(r?)
                }
            };
            match v {
                Some(v) => {
                    if let IterData::Reversed { index, .. } = data(vm, it) {
                        *index -= 1;
                    }
                    Ok(Some(v))
                }
                None => {
                    exhaust(vm, it);
                    Ok(None)
                }
            }
        }
        IterData::Callable { func, sentinel } => {
            let (func, sentinel) = (*func, *sentinel);
            let v = vm.call(func, &[])?;
            if vm.eq(v, sentinel)? {
                vm.decref(v);
                exhaust(vm, it);
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterData::Exhausted => Ok(None),
    }
}

fn it_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    Ok(vm.incref(args.args[0]))
}

fn it_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if let Some(r) = super::range::big_iter_next(vm, args.args[0]) {
        return r.ok_or_else(|| vm.stop_iteration(None));
    }
    if let Some(r) = big_enumerate_next(vm, args.args[0]) {
        return r?.ok_or_else(|| vm.stop_iteration(None));
    }
    match builtin_next(vm, args.args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn it_length_hint(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if let Some(left) = super::range::big_iter_left(vm, args.args[0]) {
        return Ok(vm.new_bigint(left));
    }
    let d = match vm.heap.get(args.args[0]) {
        Payload::Iter(d) => d,
        _ => return Ok(vm.new_int(0)),
    };
    let n = match &**d {
        IterData::Seq { seq, index } => {
            let (seq, index) = (*seq, *index);
            let len = match vm.heap.get(seq) {
                Payload::List(l) => l.items.len(),
                Payload::Tuple(t) => t.len(),
                Payload::Bytes(b) => b.len(),
                Payload::ByteArray(b) => b.len(),
                _ => vm.len(seq)?,
            };
            len.saturating_sub(index) as i64
        }
        IterData::Range { next, stop, step } => crate::heap::RangeData { start: *next, stop: *stop, step: *step }.len(),
        IterData::Dict { dict, len, left, .. } => {
            // CPython: the items still expected, 0 once the size changed.
            let (dict, len, left) = (*dict, *len, *left);
            if vm.dict_len(dict) == len { left as i64 } else { 0 }
        }
        IterData::Set { set, len, .. } => {
            let (set, len) = (*set, *len);
            let yielded = vm.iter_yielded(args.args[0]);
            let cur = match vm.heap.get(set) {
                Payload::Set(t) => t.len(),
                _ => 0,
            };
            if cur == len { len.saturating_sub(yielded) as i64 } else { 0 }
        }
        IterData::Reversed { seq, index } => {
            let (seq, index) = (*seq, *index);
            let len = match vm.heap.get(seq) {
                Payload::List(l) => l.items.len() as i64,
                _ => vm.len(seq)? as i64,
            };
            if index + 1 > len { 0 } else { index + 1 }
        }
        IterData::GetItem { obj, index } => {
            let (obj, index) = (*obj, *index);
            if vm.lookup(vm.ty(obj), vm.n.__len__).is_none() {
                return Ok(vm.not_implemented());
            }
            (vm.len(obj)? as i64 - index).max(0)
        }
        _ => 0,
    };
    Ok(vm.new_int(n.max(0)))
}

impl Vm {
    /// How many items a dict/set iterator has produced (its counter).
    fn iter_yielded(&self, it: ObjRef) -> usize {
        match self.heap.get(it) {
            Payload::Iter(d) => match **d {
                IterData::Set { set, pos, .. } => match self.heap.get(set) {
                    Payload::Set(t) => t.table.iter().take(pos).filter(|e| matches!(e, crate::heap::settable::SetSlot::Used(..))).count(),
                    _ => 0,
                },
                _ => 0,
            },
            _ => 0,
        }
    }
}

/// CPython's basic sizes of the iterator objects (`__sizeof__`, without the GC header).
fn it_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let ty = vm.ty(args.args[0]);
    let t = &vm.t;
    let n = if ty == t.range_iterator || ty == t.longrange_iterator {
        48
    } else if ty == t.enumerate
        || ty == t.dict_keyiterator
        || ty == t.dict_valueiterator
        || ty == t.dict_itemiterator
        || ty == t.dict_reversekeyiterator
        || ty == t.dict_reversevalueiterator
        || ty == t.dict_reverseitemiterator
    {
        56
    } else if ty == t.zip || ty == t.set_iterator || ty == t.memory_iterator {
        48
    } else {
        match vm.heap.get(args.args[0]) {
            Payload::Iter(d) => match &**d {
                IterData::Enumerate { .. } => 56,
                IterData::Dict { .. } => 56,
                IterData::Zip { .. } | IterData::Set { .. } => 48,
                _ => 32,
            },
            _ => 32,
        }
    };
    Ok(vm.new_int(n))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", it_iter),
    MethodDef::method("__next__", it_next),
    MethodDef::method("__sizeof__", it_sizeof),
];

const HINT: &[MethodDef] = &[MethodDef::method("__length_hint__", it_length_hint)];

fn enumerate_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    if inner.args.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let p = vm.parse_args(&inner, "enumerate", &["iterable", "start"], 0, 1)?;
    let start = match p[1] {
        Some(s) => super::range::index_bigint(vm, s)?,
        None => num_bigint::BigInt::from(0),
    };
    let it = vm.iter(p[0].expect("required"))?;
    match num_traits::ToPrimitive::to_i64(&start) {
        Some(count) => {
            let e = vm.alloc(cls, Payload::Iter(Box::new(IterData::Enumerate { it, count, result: None })));
            attach_result_tuple(vm, e, 2);
            Ok(e)
        }
        None => Ok(vm.alloc(cls, Payload::Native(Box::new(BigEnumerate { it, count: start })))),
    }
}

/// enumerate() whose counter does not fit i64.
struct BigEnumerate {
    it: ObjRef,
    count: num_bigint::BigInt,
}

impl crate::heap::NativeData for BigEnumerate {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.it);
    }
    fn sizeof(&self) -> usize {
        56
    }
}

/// `next()` of a BigEnumerate (None: not one).
fn big_enumerate_next(vm: &mut Vm, e: ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    let inner = match vm.heap.get(e) {
        Payload::Native(n) => n.as_any().downcast_ref::<BigEnumerate>()?.it,
        _ => return None,
    };
    Some(vm.next(inner).map(|v| {
        v.map(|v| {
            let count = match vm.heap.get_mut(e) {
                Payload::Native(n) => match n.as_any_mut().downcast_mut::<BigEnumerate>() {
                    Some(b) => {
                        let c = b.count.clone();
                        b.count += 1;
                        c
                    }
                    None => num_bigint::BigInt::from(0),
                },
                _ => num_bigint::BigInt::from(0),
            };
            let c = vm.new_bigint(count);
            vm.new_tuple(vec![c, v])
        })
    }))
}

fn zip_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    // CPython 3.11 calls zip with an argument tuple (no vectorcall) and
    // keeps the iterators in a tuple of its own (`ittuple`, not modelled as
    // an object: only its allocation is counted).
    let npos = args.pos().len() - 1;
    let builtin = !vm.type_data(cls).heap_type;
    if builtin {
        vm.heap.gc_transient_tuple_take(npos);
        vm.heap.gc_transient_tuple_take(npos);
    }
    let mut strict = false;
    if args.kwnames.len() > 1 {
        return Err(vm.type_error(format!("zip() takes at most 1 keyword argument ({} given)", args.kwnames.len())));
    }
    for (k, v) in (Args { args: &args.args[1..], kwnames: args.kwnames }).kw() {
        if vm.as_str(k) == Some("strict") {
            strict = vm.truthy(v)?;
        } else {
            let name = vm.as_str(k).unwrap_or("").to_string();
            return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for zip()")));
        }
    }
    let pos = Args { args: &args.args[1..], kwnames: args.kwnames }.pos();
    let mut its = Vec::new();
    for &a in pos {
        match vm.iter(a) {
            Ok(i) => its.push(i),
            Err(e) => {
                for i in its {
                    vm.decref(i);
                }
                return Err(e);
            }
        }
    }
    let n = its.len();
    let z = vm.alloc(cls, Payload::Iter(Box::new(IterData::Zip { its, strict, result: None })));
    attach_result_tuple(vm, z, n);
    if builtin {
        vm.heap.gc_transient_tuple_put(npos);
    }
    Ok(z)
}

/// checker fix (refcounts as CPython's): enumerate, zip and dict items
/// iterators allocate a result tuple of `n` Nones when they are created
/// (after the iterator object, as CPython does) and reuse it, see `reuse_tuple`.
pub(crate) fn attach_result_tuple(vm: &mut Vm, it: ObjRef, n: usize) {
    if n == 0 {
        return;
    }
    let items: Vec<ObjRef> = (0..n).map(|_| vm.none()).collect();
    let t = vm.new_tuple(items);
    match data(vm, it) {
        IterData::Enumerate { result, .. } | IterData::Zip { result, .. } | IterData::Dict { result, .. } => *result = Some(t),
        _ => unreachable!("attach_result_tuple on another iterator"),
    }
}

/// The next result of a tuple-producing iterator (`items` owned): while the
/// iterator holds the only reference to its result tuple, the tuple is
/// refilled in place and returned again; otherwise a new tuple is made (and
/// the iterator keeps the old one), exactly as CPython's enumerate, zip and
/// dict items iterators do.
fn reuse_tuple(vm: &mut Vm, cached: Option<ObjRef>, items: Vec<ObjRef>) -> ObjRef {
    if let Some(t) = cached {
        if vm.heap.rc(t) == 1 && vm.tuple_items(t).is_some_and(|old| old.len() == items.len()) {
            let old = match vm.heap.get_mut(t) {
                Payload::Tuple(slots) => std::mem::replace(slots, items.into_boxed_slice()),
                _ => unreachable!("checked above"),
            };
            vm.incref(t);
            for r in old.iter() {
                vm.decref(*r);
            }
            // The collector may have untracked it as a tuple of atoms.
            if vm.heap.is_gc(t) {
                vm.heap.slot_mut(t).gc.tracked = true;
            }
            return t;
        }
    }
    vm.new_tuple(items)
}

fn map_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    // CPython 3.11 calls this type with an argument tuple (no vectorcall).
    if !vm.type_data(cls).heap_type {
        vm.heap.gc_transient_call(args.pos().len() - 1, !args.kwnames.is_empty());
    }
    let pos = &args.args[1..];
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for &a in &pos[1..] {
        match vm.iter(a) {
            Ok(i) => its.push(i),
            Err(e) => {
                for i in its {
                    vm.decref(i);
                }
                return Err(e);
            }
        }
    }
    let func = vm.incref(pos[0]);
    Ok(vm.alloc(cls, Payload::Iter(Box::new(IterData::Map { func, its }))))
}

fn filter_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.check_args(&inner, "filter", 2, 2)?;
    let it = vm.iter(args.args[2])?;
    let func = vm.incref(args.args[1]);
    Ok(vm.alloc(cls, Payload::Iter(Box::new(IterData::Filter { func, it }))))
}

fn reversed_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.no_kwargs(&inner, "reversed")?;
    if inner.args.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", inner.args.len())));
    }
    let seq = args.args[1];
    if let Some(r) = vm.call_special(seq, vm.n.__reversed__, &[])? {
        return Ok(r);
    }
    if vm.lookup(vm.ty(seq), vm.n.__getitem__).is_none() || vm.is_dict(seq) {
        let tn = vm.type_name_of(seq);
        return Err(vm.type_error(format!("'{tn}' object is not reversible")));
    }
    let n = vm.len(seq)? as i64;
    vm.incref(seq);
    let t = vm.t.reversed;
    Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Reversed { seq, index: n - 1 }))))
}

pub fn register(vm: &mut Vm) {
    let types = [
        vm.t.list_iterator,
        vm.t.list_reverseiterator,
        vm.t.tuple_iterator,
        vm.t.range_iterator,
        vm.t.str_iterator,
        vm.t.str_ascii_iterator,
        vm.t.bytes_iterator,
        vm.t.bytearray_iterator,
        vm.t.memory_iterator,
        vm.t.dict_keyiterator,
        vm.t.dict_valueiterator,
        vm.t.dict_itemiterator,
        vm.t.set_iterator,
        vm.t.seq_iterator,
        vm.t.callable_iterator,
        vm.t.enumerate,
        vm.t.zip,
        vm.t.map,
        vm.t.filter,
        vm.t.reversed,
        vm.t.dict_reversekeyiterator,
        vm.t.dict_reversevalueiterator,
        vm.t.dict_reverseitemiterator,
        vm.t.longrange_iterator,
    ];
    // Only the sequence-like iterators have `__length_hint__` (not enumerate, zip, map…).
    let unhinted = [vm.t.callable_iterator, vm.t.enumerate, vm.t.zip, vm.t.map, vm.t.filter, vm.t.memory_iterator];
    for t in types {
        vm.add_methods(t, METHODS);
        if !unhinted.contains(&t) {
            vm.add_methods(t, HINT);
        }
    }
    let t = vm.t.enumerate;
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", enumerate_new)]);
    let t = vm.t.zip;
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", zip_new)]);
    let t = vm.t.map;
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", map_new)]);
    let t = vm.t.filter;
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", filter_new)]);
    let t = vm.t.reversed;
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", reversed_new)]);
}
