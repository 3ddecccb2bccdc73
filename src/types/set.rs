//! set and frozenset.

use crate::heap::{IterData, ObjRef, Payload, SetTable};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

impl Vm {
    pub fn new_set(&mut self, frozen: bool) -> ObjRef {
        let t = if frozen { self.t.frozenset } else { self.t.set };
        self.alloc(t, Payload::Set(Box::default()))
    }
    pub fn is_set(&self, s: ObjRef) -> bool {
        matches!(self.heap.get(s), Payload::Set(_))
    }
    fn set_table(&self, s: ObjRef) -> &SetTable {
        match self.heap.get(s) {
            Payload::Set(t) => t,
            _ => panic!("not a set"),
        }
    }
    fn set_table_mut(&mut self, s: ObjRef) -> &mut SetTable {
        match self.heap.get_mut(s) {
            Payload::Set(t) => t,
            _ => panic!("not a set"),
        }
    }
    pub fn set_items(&self, s: ObjRef) -> Vec<ObjRef> {
        self.set_table(s).iter().map(|(_, k)| k).collect()
    }

    fn set_find(&mut self, s: ObjRef, key: ObjRef, hash: i64) -> PyResult<Option<usize>> {
        loop {
            let t = self.set_table(s);
            let version = t.version;
            match t.find_with(hash, |k| self.fast_eq(k, key)) {
                Ok(r) => return Ok(r),
                Err(()) => {}
            }
            // Slow path: compare with Python equality, slot by slot.
            let mut probe = self.set_table(s).probe(hash);
            let mut restart = false;
            loop {
                let slot = probe.next_slot();
                let entry = self.set_table(s).table[slot];
                match entry {
                    crate::heap::settable::SetSlot::Empty => return Ok(None),
                    crate::heap::settable::SetSlot::Dummy => {}
                    crate::heap::settable::SetSlot::Used(h, k) => {
                        if h == hash {
                            self.incref(k);
                            let r = self.eq(k, key);
                            self.decref(k);
                            if r? {
                                return Ok(Some(slot));
                            }
                            if self.set_table(s).version != version {
                                restart = true;
                                break;
                            }
                        }
                    }
                }
            }
            if !restart {
                return Ok(None);
            }
        }
    }

    /// Adds a borrowed key.
    pub fn set_add(&mut self, s: ObjRef, key: ObjRef) -> PyResult<()> {
        let h = self.hash(key)?;
        if self.set_find(s, key, h)?.is_none() {
            self.incref(key);
            self.set_table_mut(s).insert_new(h, key);
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: ObjRef, key: ObjRef) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // A set key that is itself a set is looked up as a frozenset.
                if self.is_set(key) && self.err_matches(&e, self.t.type_error) {
                    self.drop_err(e);
                    let fs = self.new_set(true);
                    for k in self.set_items(key) {
                        self.set_add(fs, k)?;
                    }
                    let r = self.set_contains(s, fs);
                    self.decref(fs);
                    return r;
                }
                return Err(e);
            }
        };
        Ok(self.set_find(s, key, h)?.is_some())
    }

    /// Removes a key; returns whether it was there.
    pub fn set_discard(&mut self, s: ObjRef, key: ObjRef) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.set_find(s, key, h)? {
            Some(slot) => {
                let k = self.set_table_mut(s).remove_at(slot);
                self.decref(k);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn set_update(&mut self, s: ObjRef, it: ObjRef) -> PyResult<()> {
        if self.is_set(it) {
            for k in self.set_items(it) {
                self.set_add(s, k)?;
            }
            return Ok(());
        }
        if self.is_dict(it) {
            for (k, _) in self.dict_items(it) {
                self.set_add(s, k)?;
            }
            return Ok(());
        }
        let items = self.collect_iter(it)?;
        let mut res = Ok(());
        for &i in &items {
            if res.is_ok() {
                res = self.set_add(s, i);
            }
        }
        for i in items {
            self.decref(i);
        }
        res
    }
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
        vm.check_args(&inner, "frozenset", 0, 1)?;
        let s = vm.alloc(cls, Payload::Set(Box::default()));
        if let Some(&src) = inner.pos().first() {
            if let Err(e) = vm.set_update(s, src) {
                vm.decref(s);
                return Err(e);
            }
        }
        return Ok(s);
    }
    Ok(vm.alloc(cls, Payload::Set(Box::default())))
}

fn s_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__init__")?;
    if vm.isinstance_type(s, vm.t.frozenset) {
        return Ok(vm.none());
    }
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.no_kwargs(&inner, "set")?;
    vm.check_args(&inner, "set", 0, 1)?;
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
fn s_remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "remove", 1, 1)?;
    let s = me(vm, args, "remove")?;
    if !vm.set_discard(s, args.args[1])? {
        return Err(vm.key_error(args.args[1]));
    }
    Ok(vm.none())
}
fn s_discard(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "discard", 1, 1)?;
    let s = me(vm, args, "discard")?;
    vm.set_discard(s, args.args[1])?;
    Ok(vm.none())
}
fn s_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "pop")?;
    let first = vm.set_table(s).table.iter().position(|e| matches!(e, crate::heap::settable::SetSlot::Used(..)));
    match first {
        Some(slot) => Ok(vm.set_table_mut(s).remove_at(slot)),
        None => Err(vm.new_error(vm.t.key_error, "pop from an empty set")),
    }
}
fn s_clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "clear")?;
    let old = vm.set_table_mut(s).clear();
    for o in old {
        vm.decref(o);
    }
    Ok(vm.none())
}
fn s_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "copy")?;
    let n = same_kind(vm, s);
    vm.set_update(n, s)?;
    Ok(n)
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
    let frozen = vm.isinstance_type(s, vm.t.frozenset);
    if items.is_empty() {
        return Ok(vm.new_str(format!("{tn}()")));
    }
    let inner = vm.seq_repr(s, &items, "{", "}", false)?;
    if frozen || vm.ty(s) != vm.t.set {
        return Ok(vm.new_str(format!("{tn}({inner})")));
    }
    Ok(vm.new_str(inner))
}
fn s_update(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "update")?;
    for &o in &args.args[1..] {
        vm.set_update(s, o)?;
    }
    Ok(vm.none())
}

fn other_set(vm: &mut Vm, o: ObjRef) -> PyResult<ObjRef> {
    if vm.is_set(o) {
        return Ok(vm.incref(o));
    }
    let s = vm.new_set(false);
    if let Err(e) = vm.set_update(s, o) {
        vm.decref(s);
        return Err(e);
    }
    Ok(s)
}

fn binop(vm: &mut Vm, a: ObjRef, b: ObjRef, kind: u8) -> PyResult<ObjRef> {
    let out = same_kind(vm, a);
    let ai = vm.set_items(a);
    let bi = vm.set_items(b);
    let r = (|| -> PyResult<()> {
        match kind {
            0 => {
                for k in ai.iter().chain(bi.iter()) {
                    vm.set_add(out, *k)?;
                }
            }
            1 => {
                for &k in &ai {
                    if vm.set_contains(b, k)? {
                        vm.set_add(out, k)?;
                    }
                }
            }
            2 => {
                for &k in &ai {
                    if !vm.set_contains(b, k)? {
                        vm.set_add(out, k)?;
                    }
                }
            }
            _ => {
                for &k in &ai {
                    if !vm.set_contains(b, k)? {
                        vm.set_add(out, k)?;
                    }
                }
                for &k in &bi {
                    if !vm.set_contains(a, k)? {
                        vm.set_add(out, k)?;
                    }
                }
            }
        }
        Ok(())
    })();
    match r {
        Ok(()) => Ok(out),
        Err(e) => {
            vm.decref(out);
            Err(e)
        }
    }
}

fn op_method(vm: &mut Vm, args: &Args, kind: u8, name: &str) -> PyResult<ObjRef> {
    let s = me(vm, args, name)?;
    let mut acc = vm.incref(s);
    let first = true;
    let _ = first;
    if args.args.len() == 1 {
        let r = binop(vm, s, s, if kind == 0 || kind == 1 { 1 } else { 0 });
        vm.decref(acc);
        if kind >= 2 {
            // difference with nothing: a copy
        }
        return r;
    }
    for &o in &args.args[1..] {
        let os = other_set(vm, o)?;
        let r = binop(vm, acc, os, kind);
        vm.decref(os);
        vm.decref(acc);
        acc = r?;
    }
    Ok(acc)
}
fn s_union(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    op_method(vm, args, 0, "union")
}
fn s_intersection(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    op_method(vm, args, 1, "intersection")
}
fn s_difference(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    op_method(vm, args, 2, "difference")
}
fn s_symdiff(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "symmetric_difference", 1, 1)?;
    op_method(vm, args, 3, "symmetric_difference")
}

fn dunder_op(vm: &mut Vm, args: &Args, kind: u8) -> PyResult<ObjRef> {
    let (a, b) = (args.args[0], args.args[1]);
    if !vm.is_set(a) || !vm.is_set(b) {
        return Ok(vm.not_implemented());
    }
    binop(vm, a, b, kind)
}
fn s_or(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    dunder_op(vm, args, 0)
}
fn s_and(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    dunder_op(vm, args, 1)
}
fn s_sub(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    dunder_op(vm, args, 2)
}
fn s_xor(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    dunder_op(vm, args, 3)
}

fn inplace(vm: &mut Vm, args: &Args, kind: u8) -> PyResult<ObjRef> {
    let (a, b) = (args.args[0], args.args[1]);
    if !vm.is_set(b) {
        return Ok(vm.not_implemented());
    }
    let r = binop(vm, a, b, kind)?;
    let new = vm.set_items(r);
    let old = vm.set_table_mut(a).clear();
    for &k in &new {
        vm.set_add(a, k)?;
    }
    for o in old {
        vm.decref(o);
    }
    vm.decref(r);
    Ok(vm.incref(a))
}
fn s_ior(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    inplace(vm, args, 0)
}
fn s_iand(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    inplace(vm, args, 1)
}
fn s_isub(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    inplace(vm, args, 2)
}
fn s_ixor(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    inplace(vm, args, 3)
}

fn subset(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    for k in vm.set_items(a) {
        if !vm.set_contains(b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn cmp(vm: &mut Vm, args: &Args, op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    use crate::bytecode::ComparisonOperator as C;
    let (a, b) = (args.args[0], args.args[1]);
    if !vm.is_set(a) || !vm.is_set(b) {
        return Ok(vm.not_implemented());
    }
    let (la, lb) = (vm.set_table(a).len(), vm.set_table(b).len());
    let r = match op {
        C::Eq => la == lb && subset(vm, a, b)?,
        C::Ne => !(la == lb && subset(vm, a, b)?),
        C::Le => la <= lb && subset(vm, a, b)?,
        C::Lt => la < lb && subset(vm, a, b)?,
        C::Ge => lb <= la && subset(vm, b, a)?,
        C::Gt => lb < la && subset(vm, b, a)?,
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

fn s_issubset(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "issubset", 1, 1)?;
    let o = other_set(vm, args.args[1])?;
    let r = subset(vm, args.args[0], o);
    vm.decref(o);
    let r = r?;
    Ok(vm.new_bool(r))
}
fn s_issuperset(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "issuperset", 1, 1)?;
    let o = other_set(vm, args.args[1])?;
    let r = subset(vm, o, args.args[0]);
    vm.decref(o);
    let r = r?;
    Ok(vm.new_bool(r))
}
fn s_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "isdisjoint", 1, 1)?;
    let o = other_set(vm, args.args[1])?;
    let mut r = Ok(true);
    for k in vm.set_items(args.args[0]) {
        match vm.set_contains(o, k) {
            Ok(true) => {
                r = Ok(false);
                break;
            }
            Ok(false) => {}
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    vm.decref(o);
    let r = r?;
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
    let n = vm.set_table(args.args[0]).sizeof() - 16;
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
