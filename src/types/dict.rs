//! dict: the VM-level dict API (`dict_get_item`, `dict_set_item`, …) and
//! the dict type's methods.

use crate::heap::{DictTable, IterData, ObjRef, Payload};
use crate::heap::dicttable::ProbeStep;
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// Where a key was found: the entry index and its index slot.
struct Found {
    ix: usize,
    slot: usize,
}

impl Vm {
    pub fn dict_table(&self, d: ObjRef) -> &DictTable {
        match self.heap.get(d) {
            Payload::Dict(t) => t,
            _ => panic!("dict_table of a {}", self.heap.get(d).kind_name()),
        }
    }
    pub fn dict_table_mut(&mut self, d: ObjRef) -> &mut DictTable {
        match self.heap.get_mut(d) {
            Payload::Dict(t) => t,
            _ => panic!("dict_table of a non-dict"),
        }
    }
    pub fn is_dict(&self, d: ObjRef) -> bool {
        matches!(self.heap.get(d), Payload::Dict(_))
    }

    /// Pure equality for dict/set probing: Some(answer) when no Python code is needed.
    pub fn fast_eq(&self, a: ObjRef, b: ObjRef) -> Option<bool> {
        if a == b {
            return Some(true);
        }
        let (ta, tb) = (self.ty(a), self.ty(b));
        match (self.heap.get(a), self.heap.get(b)) {
            (Payload::Str(x), Payload::Str(y)) if ta == self.t.str && tb == self.t.str => Some(x.s == y.s),
            (Payload::Int(x), Payload::Int(y)) if (ta == self.t.int || ta == self.t.bool) && (tb == self.t.int || tb == self.t.bool) => Some(x == y),
            (Payload::Str(_), Payload::Int(_)) | (Payload::Int(_), Payload::Str(_)) if (ta == self.t.str || tb == self.t.str) && (ta == self.t.int || tb == self.t.int) => Some(false),
            (Payload::Float(x), Payload::Float(y)) if ta == self.t.float && tb == self.t.float => Some(x == y),
            (Payload::Str(_), Payload::Float(_)) | (Payload::Float(_), Payload::Str(_)) if (ta == self.t.str || tb == self.t.str) => Some(false),
            _ => None,
        }
    }

    fn dict_find(&mut self, d: ObjRef, key: ObjRef, hash: i64) -> PyResult<Option<Found>> {
        loop {
            let mut probe = self.dict_table(d).probe(hash);
            let version = self.dict_table(d).version;
            loop {
                let t = self.dict_table(d);
                match probe.next(t) {
                    ProbeStep::Empty => return Ok(None),
                    ProbeStep::Dummy => {}
                    ProbeStep::Entry(ix) => {
                        let e = *t.entry(ix).expect("live entry");
                        if e.hash != hash {
                            continue;
                        }
                        let eq = match self.fast_eq(e.key, key) {
                            Some(b) => b,
                            None => {
                                self.incref(e.key);
                                let r = self.eq(e.key, key);
                                self.decref(e.key);
                                let r = r?;
                                if !self.is_dict(d) || self.dict_table(d).version != version {
                                    // The dict changed under us: restart, as CPython does.
                                    break;
                                }
                                r
                            }
                        };
                        if eq {
                            return Ok(Some(Found { ix, slot: probe.slot }));
                        }
                    }
                }
            }
        }
    }

    /// Hash of a str key without running Python (computes and caches).
    pub fn str_hash_pure(&self, s: ObjRef) -> i64 {
        match self.heap.get(s) {
            Payload::Str(ps) => {
                let h = ps.hash.get();
                if h != -1 {
                    return h;
                }
                let h = crate::types::str::hash_str(&ps.s, self.hash_seed);
                ps.hash.set(h);
                h
            }
            _ => 0,
        }
    }

    /// Looks up a str key without running Python (type dicts, module dicts).
    pub fn dict_get_str_pure(&self, d: ObjRef, key: ObjRef, hash: i64) -> Option<ObjRef> {
        let Payload::Dict(t) = self.heap.get(d) else { return None };
        let ks = self.as_str(key)?;
        let r = t.find_with(hash, |k| Some(k == key || self.as_str(k) == Some(ks)));
        match r {
            Ok(Some(ix)) => t.entry(ix).map(|e| e.value),
            _ => None,
        }
    }

    /// `d[key]` or None (borrowed result). Raises for unhashable keys or a failing `__eq__`.
    pub fn dict_get_item(&mut self, d: ObjRef, key: ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = self.hash(key)?;
        self.dict_get_item_hashed(d, key, hash)
    }

    pub fn dict_get_item_hashed(&mut self, d: ObjRef, key: ObjRef, hash: i64) -> PyResult<Option<ObjRef>> {
        Ok(self.dict_find(d, key, hash)?.map(|f| self.dict_table(d).entry(f.ix).expect("entry").value))
    }

    /// Lookup by Rust string (borrowed result).
    pub fn dict_get_str(&mut self, d: ObjRef, key: &str) -> Option<ObjRef> {
        let k = self.intern(key);
        let h = self.str_hash_pure(k);
        let r = self.dict_get_str_pure(d, k, h);
        self.decref(k);
        r
    }

    /// `d[key] = value` (borrows both; the dict takes its own references).
    pub fn dict_set_item(&mut self, d: ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        // CPython 3.11's PyDict_SetItem takes its references to the key and
        // the value before hashing: a `__hash__` sees them.
        if matches!(self.heap.get(key), Payload::Str(_) | Payload::Int(_)) {
            let hash = self.hash(key)?;
            return self.dict_set_item_hashed(d, key, hash, value);
        }
        self.incref(key);
        self.incref(value);
        let r = match self.hash(key) {
            Ok(hash) => self.dict_set_item_hashed(d, key, hash, value),
            Err(e) => Err(e),
        };
        self.decref(key);
        self.decref(value);
        r
    }

    pub fn dict_set_item_hashed(&mut self, d: ObjRef, key: ObjRef, hash: i64, value: ObjRef) -> PyResult<()> {
        self.incref(value);
        // The key's reference is taken before the lookup too (an `__eq__`
        // sees it), and dropped again when the key is already present.
        self.incref(key);
        match self.dict_find(d, key, hash) {
            Ok(Some(f)) => {
                self.decref(key);
                // gc: MAINTAIN_TRACKING (an untracked dict that receives a container is tracked).
                self.heap.dict_maintain_tracking(d, key, value);
                let old = self.dict_table_mut(d).replace_value(f.ix, value);
                self.decref(old);
                Ok(())
            }
            Ok(None) => {
                let is_str = matches!(self.heap.get(key), Payload::Str(_));
                if self.dict_table(d).split.is_some() {
                    self.split_dict_new_key(d, key, is_str);
                }
                self.heap.dict_maintain_tracking(d, key, value);
                self.dict_table_mut(d).insert_new(hash, key, value, is_str);
                // tracemalloc: the keys table may have been reallocated.
                self.trace_resize(d);
                Ok(())
            }
            Err(e) => {
                self.decref(key);
                self.decref(value);
                Err(e)
            }
        }
    }

    /// A new key for a dict that shares its class's keys (CPython 3.11's
    /// split table): a str key joins the shared keys while they have room
    /// and the dict stays split; otherwise the dict gets keys of its own,
    /// resized for three times its items (`insertion_resize`).
    fn split_dict_new_key(&mut self, d: ObjRef, key: ObjRef, is_str: bool) {
        let Some(shared) = self.dict_table(d).split.clone() else { return };
        if is_str {
            if shared.borrow().contains(key) {
                return;
            }
            let k = self.incref(key);
            if shared.borrow_mut().try_add(k) {
                return;
            }
            self.decref(k);
        }
        let t = self.dict_table_mut(d);
        t.split = None;
        if is_str {
            t.resize_for(t.used * 3);
        }
    }

    /// Sets a str key (no errors possible).
    pub fn dict_set_item_str_key(&mut self, d: ObjRef, key: ObjRef, value: ObjRef) {
        let h = self.str_hash_pure(key);
        let _ = self.dict_set_item_hashed(d, key, h, value);
    }

    /// `d[name] = value` by Rust string (borrows value).
    pub fn dict_set_str(&mut self, d: ObjRef, key: &str, value: ObjRef) {
        let k = self.intern(key);
        self.dict_set_item_str_key(d, k, value);
        self.decref(k);
    }

    /// `del d[key]`; returns whether it was present.
    pub fn dict_del_item(&mut self, d: ObjRef, key: ObjRef) -> PyResult<bool> {
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Some(f) => {
                let e = self.dict_table_mut(d).remove_at(f.slot, f.ix);
                self.decref(e.key);
                self.decref(e.value);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Removes and returns (owned) the value for key.
    pub fn dict_pop_item(&mut self, d: ObjRef, key: ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = self.hash(key)?;
        match self.dict_find(d, key, hash)? {
            Some(f) => {
                let e = self.dict_table_mut(d).remove_at(f.slot, f.ix);
                self.decref(e.key);
                Ok(Some(e.value))
            }
            None => Ok(None),
        }
    }

    pub fn dict_len(&self, d: ObjRef) -> usize {
        self.dict_table(d).len()
    }

    /// (key, value) pairs, borrowed.
    pub fn dict_items(&self, d: ObjRef) -> Vec<(ObjRef, ObjRef)> {
        self.dict_table(d).iter().map(|e| (e.key, e.value)).collect()
    }

    pub fn dict_clear(&mut self, d: ObjRef) {
        let old = self.dict_table_mut(d).clear();
        self.trace_resize(d);
        for e in old {
            self.decref(e.key);
            self.decref(e.value);
        }
    }

    /// `dst.update(src)` for a dict or any mapping with keys() / iterable of pairs.
    pub fn dict_update(&mut self, dst: ObjRef, src: ObjRef) -> PyResult<()> {
        if self.is_dict(src) && self.dict_iter_is_native(src) {
            return self.dict_merge(dst, src);
        }
        if let Some(keys) = self.getattr_opt(src, self.n.keys)? {
            let ks = self.call(keys, &[]);
            self.decref(keys);
            let ks = ks?;
            let items = self.collect_iter(ks);
            self.decref(ks);
            for k in items? {
                let v = self.getitem(src, k);
                let r = v.and_then(|v| {
                    let r = self.dict_set_item(dst, k, v);
                    self.decref(v);
                    r
                });
                self.decref(k);
                r?;
            }
            return Ok(());
        }
        let items = self.collect_iter(src)?;
        let mut res = Ok(());
        for (i, it) in items.iter().enumerate() {
            if res.is_err() {
                break;
            }
            let pair = self.collect_iter(*it);
            res = match pair {
                Ok(p) if p.len() == 2 => {
                    let r = self.dict_set_item(dst, p[0], p[1]);
                    for x in p {
                        self.decref(x);
                    }
                    r
                }
                Ok(p) => {
                    let n = p.len();
                    for x in p {
                        self.decref(x);
                    }
                    Err(self.value_error(format!("dictionary update sequence element #{i} has length {n}; 2 is required")))
                }
                Err(e) => {
                    if self.err_matches(&e, self.t.type_error) {
                        self.drop_err(e);
                        let tn = self.type_name_of(*it);
                        { let _ = tn; Err(self.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))) }
                    } else {
                        Err(e)
                    }
                }
            };
        }
        for it in items {
            self.decref(it);
        }
        res
    }

    /// Whether iterating `d` is dict's own iteration (CPython checks tp_iter).
    fn dict_iter_is_native(&self, d: ObjRef) -> bool {
        let ty = self.ty(d);
        ty == self.t.dict || self.lookup(ty, self.n.__iter__) == self.lookup(self.t.dict, self.n.__iter__)
    }

    /// dict_merge for a dict source: clone a clean table into an empty dict,
    /// else presize once and insert (CPython's sizes follow from this).
    pub fn dict_merge(&mut self, dst: ObjRef, src: ObjRef) -> PyResult<()> {
        if dst == src || self.dict_len(src) == 0 {
            return Ok(());
        }
        let (o_used, o_nentries, o_size) = {
            let t = self.dict_table(src);
            (t.len(), t.nentries(), t.index_size())
        };
        if self.dict_len(dst) == 0 && o_used == o_nentries && (o_size == 8 || usable(o_size / 2) < o_used) {
            self.dict_clone_into(dst, src);
            return Ok(());
        }
        {
            let t = self.dict_table_mut(dst);
            if t.capacity() < o_used {
                let log2 = crate::heap::dicttable::estimate_log2(t.len() + o_used);
                t.resize(log2);
            }
        }
        let entries: Vec<_> = self.dict_table(src).iter().copied().collect();
        for e in &entries {
            self.incref(e.key);
            self.incref(e.value);
        }
        let mut res = Ok(());
        for e in &entries {
            if res.is_ok() {
                res = self.dict_set_item_hashed(dst, e.key, e.hash, e.value);
            }
        }
        for e in entries {
            self.decref(e.key);
            self.decref(e.value);
        }
        res
    }

    /// Replaces dst's (empty) table with a copy of src's, holes included.
    fn dict_clone_into(&mut self, dst: ObjRef, src: ObjRef) {
        let mut t = self.dict_table(src).clone();
        t.version = self.dict_table(dst).version + 1;
        let refs: Vec<ObjRef> = t.iter().flat_map(|e| [e.key, e.value]).collect();
        for r in refs {
            self.incref(r);
        }
        let old = std::mem::replace(self.dict_table_mut(dst), t);
        // gc: a clone is tracked when the original is (clone_combined_dict).
        if self.heap.gc_is_tracked(src) {
            self.heap.gc_track(dst);
        }
        self.trace_resize(dst);
        for e in old.iter() {
            self.decref(e.key);
            self.decref(e.value);
        }
    }

    /// A new dict copying `src` (owned), as PyDict_Copy.
    pub fn dict_copy(&mut self, src: ObjRef) -> ObjRef {
        let d = self.new_dict();
        let (used, nentries) = {
            let t = self.dict_table(src);
            (t.len(), t.nentries())
        };
        if used == 0 {
            return d;
        }
        if self.dict_iter_is_native(src) && used >= nentries * 2 / 3 {
            self.dict_clone_into(d, src);
            return d;
        }
        // Plain keys and values: the merge cannot fail.
        let _ = self.dict_merge(d, src);
        d
    }
}

fn usable(size: usize) -> usize {
    (size << 1) / 3
}


fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(&d) if vm.is_dict(d) => Ok(d),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'dict' object"))),
    }
}

fn dict_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__getitem__")?;
    vm.check_method_args(args, "__getitem__", 1, 1)?;
    let k = args.args[1];
    match vm.dict_get_item(d, k)? {
        Some(v) => Ok(vm.incref(v)),
        None => {
            if vm.ty(d) != vm.t.dict {
                let ty = vm.ty(d);
                if let Some(m) = vm.lookup(ty, vm.n.__missing__) {
                    let m = vm.incref(m);
                    let r = vm.call_unbound(m, d, &[k]);
                    vm.decref(m);
                    return r;
                }
            }
            Err(vm.key_error(k))
        }
    }
}

fn dict_setitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__setitem__")?;
    vm.check_method_args(args, "__setitem__", 2, 2)?;
    vm.dict_set_item(d, args.args[1], args.args[2])?;
    Ok(vm.none())
}

fn dict_delitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__delitem__")?;
    vm.check_method_args(args, "__delitem__", 1, 1)?;
    if !vm.dict_del_item(d, args.args[1])? {
        return Err(vm.key_error(args.args[1]));
    }
    Ok(vm.none())
}

fn dict_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__contains__")?;
    vm.check_method_args(args, "__contains__", 1, 1)?;
    let r = vm.dict_get_item(d, args.args[1])?.is_some();
    Ok(vm.new_bool(r))
}

fn dict_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__len__")?;
    let n = vm.dict_len(d);
    Ok(vm.new_int(n as i64))
}

fn dict_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "get")?;
    vm.check_method_args(args, "get", 1, 2)?;
    match vm.dict_get_item(d, args.args[1])? {
        Some(v) => Ok(vm.incref(v)),
        None => Ok(vm.incref(args.args.get(2).copied().unwrap_or(vm.none_obj))),
    }
}

fn dict_setdefault(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "setdefault")?;
    vm.check_method_args(args, "setdefault", 1, 2)?;
    match vm.dict_get_item(d, args.args[1])? {
        Some(v) => Ok(vm.incref(v)),
        None => {
            let v = args.args.get(2).copied().unwrap_or(vm.none_obj);
            vm.dict_set_item(d, args.args[1], v)?;
            Ok(vm.incref(v))
        }
    }
}

fn dict_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "pop")?;
    vm.check_method_args(args, "pop", 1, 2)?;
    match vm.dict_pop_item(d, args.args[1])? {
        Some(v) => Ok(v),
        None => match args.args.get(2) {
            Some(&dflt) => Ok(vm.incref(dflt)),
            None => Err(vm.key_error(args.args[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "popitem")?;
    vm.check_method_args(args, "popitem", 0, 0)?;
    let last = vm.dict_table(d).entries.iter().rposition(|e| e.is_some());
    match last {
        Some(ix) => {
            let e = vm.dict_table_mut(d).remove_entry(ix);
            Ok(vm.new_tuple(vec![e.key, e.value]))
        }
        None => {
            let k = vm.new_str("popitem(): dictionary is empty");
            let t = vm.t.key_error;
            let e = vm.new_error_obj(t, &[k]);
            vm.decref(k);
            Err(e)
        }
    }
}

fn dict_keys(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "keys")?;
    vm.check_method_args(args, "keys", 0, 0)?;
    Ok(vm.new_dict_view(d, 0))
}
fn dict_values(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "values")?;
    vm.check_method_args(args, "values", 0, 0)?;
    Ok(vm.new_dict_view(d, 1))
}
fn dict_items_m(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "items")?;
    vm.check_method_args(args, "items", 0, 0)?;
    Ok(vm.new_dict_view(d, 2))
}

fn dict_clear_m(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "clear")?;
    vm.check_method_args(args, "clear", 0, 0)?;
    vm.dict_clear(d);
    Ok(vm.none())
}

fn dict_copy_m(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "copy")?;
    vm.check_method_args(args, "copy", 0, 0)?;
    Ok(vm.dict_copy(d))
}

fn dict_update_m(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    // `METH_VARARGS | METH_KEYWORDS` in CPython 3.11.
    vm.heap.gc_transient_call(args.pos().len().saturating_sub(1), !args.kwnames.is_empty());
    let d = this(vm, args, "update")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", pos.len() - 1)));
    }
    if let Some(&src) = pos.get(1) {
        vm.dict_update(d, src)?;
    }
    for (k, v) in args.kw() {
        vm.dict_set_item(d, k, v)?;
    }
    Ok(vm.none())
}

fn dict_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__iter__")?;
    Ok(vm.new_dict_iter(d, 0))
}

fn dict_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__repr__")?;
    let s = vm.dict_repr_string(d)?;
    Ok(vm.new_str(s))
}

fn dict_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = this(vm, args, "__eq__")?;
    let b = args.args[1];
    if !vm.is_dict(b) {
        return Ok(vm.not_implemented());
    }
    let r = vm.dict_equal(a, b)?;
    Ok(vm.new_bool(r))
}

fn dict_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = this(vm, args, "__ne__")?;
    let b = args.args[1];
    if !vm.is_dict(b) {
        return Ok(vm.not_implemented());
    }
    let r = vm.dict_equal(a, b)?;
    Ok(vm.new_bool(!r))
}

fn dict_or(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = this(vm, args, "__or__")?;
    let b = args.args[1];
    if !vm.is_dict(b) {
        return Ok(vm.not_implemented());
    }
    let d = vm.dict_copy(a);
    if let Err(e) = vm.dict_update(d, b) {
        vm.decref(d);
        return Err(e);
    }
    Ok(d)
}

/// `d.__ror__(other)`: `other | d` when other is a dict too.
fn dict_ror(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let _ = this(vm, args, "__ror__")?;
    let other = args.args[1];
    if !vm.is_dict(other) {
        return Ok(vm.not_implemented());
    }
    let v = [other, args.args[0]];
    dict_or(vm, &Args::new(&v))
}

fn dict_ior(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = this(vm, args, "__ior__")?;
    vm.dict_update(a, args.args[1])?;
    Ok(vm.incref(a))
}

fn dict_fromkeys(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    vm.check_method_args(args, "fromkeys", 1, 2)?;
    let value = args.args.get(2).copied().unwrap_or(vm.none_obj);
    let d = vm.call(cls, &[])?;
    let keys = vm.collect_iter(args.args[1]);
    let keys = match keys {
        Ok(k) => k,
        Err(e) => {
            vm.decref(d);
            return Err(e);
        }
    };
    let mut res = Ok(());
    for &k in &keys {
        if res.is_ok() {
            res = vm.setitem(d, k, value);
        }
    }
    for k in keys {
        vm.decref(k);
    }
    match res {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

fn dict_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__sizeof__")?;
    let n = vm.dict_table(d).sizeof() - 16 + crate::modules::sys::layout_extra(vm, d);
    Ok(vm.new_int(n as i64))
}

fn dict_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let t = vm.t.dict;
    let d = vm.alloc(cls, Payload::Dict(Box::default()));
    let _ = t;
    // gc helper: `dict()` allocates without the free list (gc.get_count).
    vm.heap.gc_generic_alloc(d);
    Ok(d)
}

fn dict_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__init__")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", pos.len() - 1)));
    }
    if let Some(&src) = pos.get(1) {
        vm.dict_update(d, src)?;
    }
    for (k, v) in args.kw() {
        vm.dict_set_item(d, k, v)?;
    }
    Ok(vm.none())
}

fn dict_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = this(vm, args, "__reversed__")?;
    Ok(vm.new_dict_reverse_iter(d, 0))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", dict_new),
    MethodDef::method("__init__", dict_init),
    MethodDef::method("__getitem__", dict_getitem),
    MethodDef::method("__setitem__", dict_setitem),
    MethodDef::method("__delitem__", dict_delitem),
    MethodDef::method("__contains__", dict_contains),
    MethodDef::method("__len__", dict_len),
    MethodDef::method("__iter__", dict_iter),
    MethodDef::method("__reversed__", dict_reversed),
    MethodDef::method("__repr__", dict_repr),
    MethodDef::method("__eq__", dict_eq),
    MethodDef::method("__ne__", dict_ne),
    MethodDef::method("__or__", dict_or),
    MethodDef::method("__ror__", dict_ror),
    MethodDef::method("__ior__", dict_ior),
    MethodDef::method("__sizeof__", dict_sizeof),
    MethodDef::method("get", dict_get),
    MethodDef::method("setdefault", dict_setdefault),
    MethodDef::method("pop", dict_pop),
    MethodDef::method("popitem", dict_popitem),
    MethodDef::method("keys", dict_keys),
    MethodDef::method("values", dict_values),
    MethodDef::method("items", dict_items_m),
    MethodDef::method("clear", dict_clear_m),
    MethodDef::method("copy", dict_copy_m),
    MethodDef::method("update", dict_update_m),
    MethodDef::classmethod("fromkeys", dict_fromkeys),
];

impl Vm {
    pub fn new_dict_view(&mut self, d: ObjRef, kind: u8) -> ObjRef {
        self.incref(d);
        let t = [self.t.dict_keys, self.t.dict_values, self.t.dict_items][kind as usize];
        self.alloc(t, Payload::DictView(Box::new((d, kind))))
    }
    pub fn new_dict_iter(&mut self, d: ObjRef, kind: u8) -> ObjRef {
        self.incref(d);
        let len = self.dict_len(d);
        let t = [self.t.dict_keyiterator, self.t.dict_valueiterator, self.t.dict_itemiterator][kind as usize];
        let it = self.alloc(t, Payload::Iter(Box::new(IterData::Dict { dict: d, pos: 0, kind, len, left: len, result: None })));
        crate::types::iter::attach_result_tuple(self, it, if kind == 2 { 2 } else { 0 });
        it
    }

    /// `reversed(d)` / `reversed(d.keys())`…: walks the entries backwards.
    pub fn new_dict_reverse_iter(&mut self, d: ObjRef, kind: u8) -> ObjRef {
        self.incref(d);
        let len = self.dict_len(d);
        let t = [self.t.dict_reversekeyiterator, self.t.dict_reversevalueiterator, self.t.dict_reverseitemiterator][kind as usize];
        let it = self.alloc(t, Payload::Iter(Box::new(IterData::Dict { dict: d, pos: 0, kind, len, left: len, result: None })));
        crate::types::iter::attach_result_tuple(self, it, if kind == 2 { 2 } else { 0 });
        it
    }

    pub fn dict_repr_string(&mut self, d: ObjRef) -> PyResult<String> {
        if self.dict_len(d) == 0 {
            return Ok("{}".to_string());
        }
        if !self.repr_enter(d) {
            return Ok("{...}".to_string());
        }
        let items = self.dict_items(d);
        let mut out = String::from("{");
        let mut res = Ok(());
        for (i, &(k, v)) in items.iter().enumerate() {
            self.incref(k);
            self.incref(v);
            let r = self.repr_string(k).and_then(|ks| Ok((ks, self.repr_string(v)?)));
            self.decref(k);
            self.decref(v);
            match r {
                Ok((ks, vs)) => {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&ks);
                    out.push_str(": ");
                    out.push_str(&vs);
                }
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        self.repr_leave(d);
        res?;
        out.push('}');
        Ok(out)
    }

    pub fn dict_equal(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        if self.dict_len(a) != self.dict_len(b) {
            return Ok(false);
        }
        // Looked up with the hashes stored in `a` (no `__hash__` calls).
        let entries: Vec<(ObjRef, ObjRef, i64)> = self.dict_table(a).iter().map(|e| (e.key, e.value, e.hash)).collect();
        for (k, v, h) in entries {
            self.incref(k);
            self.incref(v);
            let r = self.dict_get_item_hashed(b, k, h).and_then(|bv| match bv {
                Some(bv) => {
                    self.incref(bv);
                    let r = self.eq(v, bv);
                    self.decref(bv);
                    r
                }
                None => Ok(false),
            });
            self.decref(k);
            self.decref(v);
            if !r? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.dict;
    vm.add_methods(t, METHODS);
    let h = vm.n.__hash__;
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_item_str_key(d, h, none);
    super::dictview::register(vm);
}
