//! `collections.OrderedDict`, native as in CPython (`Objects/odictobject.c`).
//!
//! An OrderedDict is a dict (its payload is the dict table, so every dict
//! method and fast path applies) whose order is the table's insertion
//! order. `move_to_end` moves the entry inside the table without growing
//! it (compacting in place when there is no free entry slot), so the dict
//! part keeps CPython's size; `__sizeof__` adds what CPython's odict keeps
//! beside its dict: eight more header fields, the "fast nodes" array (one
//! pointer per index slot, kept while the table has entries) and one
//! 32-byte node per key.

use crate::bytecode::ComparisonOperator as C;
use crate::heap::dicttable::ProbeStep;
use crate::heap::{ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

/// sizeof(PyODictObject): the dict's 48 bytes + od_first, od_last,
/// od_fast_nodes, od_fast_nodes_size, od_resize_sentinel, od_state,
/// od_inst_dict, od_weakreflist.
pub const BASICSIZE: usize = 112;
/// sizeof(_odictnode): key, hash, next, prev.
const NODESIZE: usize = 32;

pub fn is_odict(vm: &Vm, x: ObjRef) -> bool {
    vm.is_dict(x) && vm.is_subtype(vm.ty(x), vm.t.odict)
}

fn me(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(&s) if is_odict(vm, s) => Ok(s),
        Some(&s) => {
            let tn = vm.type_name_of(s);
            Err(vm.type_error(format!("descriptor '{name}' for 'collections.OrderedDict' objects doesn't apply to a '{tn}' object")))
        }
        None => Err(vm.type_error(format!("descriptor '{name}' of 'collections.OrderedDict' object needs an argument"))),
    }
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("OrderedDict.{name}() takes no keyword arguments")));
    }
    if args.args.len() != 1 {
        return Err(vm.type_error(format!("OrderedDict.{name}() takes no arguments ({} given)", args.args.len() - 1)));
    }
    Ok(())
}

fn method_args<'a>(args: &'a Args<'a>) -> Args<'a> {
    Args { args: &args.args[1..], kwnames: args.kwnames }
}

/// The table position of `key` in dict `d` (None: absent), comparing with
/// `__eq__` when needed and restarting if the table changes meanwhile.
fn find_ix(vm: &mut Vm, d: ObjRef, key: ObjRef, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let version = vm.dict_table(d).version;
        let mut probe = vm.dict_table(d).probe(hash);
        if vm.dict_table(d).is_empty() {
            return Ok(None);
        }
        loop {
            let step = probe.next(vm.dict_table(d));
            match step {
                ProbeStep::Empty => return Ok(None),
                ProbeStep::Dummy => {}
                ProbeStep::Entry(ix) => {
                    let Some(e) = vm.dict_table(d).entry(ix).copied() else { continue };
                    if e.hash != hash {
                        continue;
                    }
                    if e.key == key {
                        return Ok(Some(ix));
                    }
                    let eq = match vm.fast_eq(e.key, key) {
                        Some(b) => b,
                        None => {
                            vm.incref(e.key);
                            let r = vm.eq(e.key, key);
                            vm.decref(e.key);
                            let r = r?;
                            if !vm.is_dict(d) || vm.dict_table(d).version != version {
                                continue 'restart;
                            }
                            r
                        }
                    };
                    if eq {
                        return Ok(Some(ix));
                    }
                }
            }
        }
    }
}

/// Moves the entry at `ix` to the end (or the front) of the table's order,
/// keeping the table's size.
fn move_entry(vm: &mut Vm, d: ObjRef, ix: usize, last: bool) {
    let t = vm.dict_table_mut(d);
    let log2 = t.index_size().trailing_zeros() as u8;
    let e = t.remove_entry(ix);
    if last {
        if t.nentries() >= t.capacity() {
            t.resize(log2);
        }
        let is_str = t.unicode_keys;
        t.insert_new(e.hash, e.key, e.value, is_str);
    } else {
        t.entries.insert(0, Some(e));
        t.used += 1;
        t.version += 1;
        t.resize(log2);
    }
}

// ----- creation and update ------------------------------------------------------

/// `OrderedDict.__new__`: an empty dict of class `cls`, tracked by the
/// collector from the start (CPython allocates it through `PyType_GenericAlloc`).
fn od_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    if !vm.is_type(cls) || !vm.is_subtype(cls, vm.t.odict) {
        return Err(vm.type_error("OrderedDict.__new__(X): X is not a subtype of OrderedDict"));
    }
    let d = vm.alloc(cls, Payload::Dict(Box::default()));
    vm.heap.gc_generic_alloc(d);
    if vm.heap.is_gc(d) {
        vm.heap.slot_mut(d).gc.tracked = true;
    }
    Ok(d)
}

/// A new empty exact OrderedDict (owned).
pub fn new_odict(vm: &mut Vm) -> PyResult<ObjRef> {
    let t = vm.t.odict;
    od_new(vm, &Args::new(&[t]))
}

fn has_attr(vm: &mut Vm, x: ObjRef, name: &str) -> PyResult<bool> {
    match vm.getattr_str(x, name) {
        Ok(v) => {
            vm.decref(v);
            Ok(true)
        }
        Err(e) if vm.err_matches(&e, vm.t.attribute_error) => {
            vm.drop_err(e);
            Ok(false)
        }
        Err(e) => Err(e),
    }
}

/// Stores `(key, value)` pairs from an iterable of pairs through `self[k] = v`.
fn add_pairs(vm: &mut Vm, s: ObjRef, pairs: ObjRef) -> PyResult<()> {
    let it = vm.iter(pairs)?;
    let r = (|| loop {
        let Some(pair) = vm.next(it)? else { return Ok(()) };
        let items = vm.collect_iter(pair);
        vm.decref(pair);
        let items = items?;
        let r = match items.len() {
            2 => vm.setitem(s, items[0], items[1]),
            n if n < 2 => Err(vm.value_error(format!("need more than {n} value{} to unpack", if n == 1 { "" } else { "s" }))),
            _ => Err(vm.value_error("too many values to unpack (expected 2)")),
        };
        for x in items {
            vm.decref(x);
        }
        r?;
    })();
    vm.decref(it);
    r
}

/// CPython's `mutablemapping_update_arg`: a dict, something with `keys()`,
/// something with `items()`, or pairs — always through `self[k] = v`.
fn update_arg(vm: &mut Vm, s: ObjRef, arg: ObjRef) -> PyResult<()> {
    if vm.ty(arg) == vm.t.dict {
        let items: Vec<(ObjRef, ObjRef)> = vm.dict_items(arg);
        for &(k, v) in &items {
            vm.incref(k);
            vm.incref(v);
        }
        let mut res = Ok(());
        for &(k, v) in &items {
            if res.is_ok() {
                res = vm.setitem(s, k, v);
            }
        }
        for (k, v) in items {
            vm.decref(k);
            vm.decref(v);
        }
        return res;
    }
    if has_attr(vm, arg, "keys")? {
        let keys = vm.call_method(arg, "keys", &[])?;
        let it = vm.iter(keys);
        vm.decref(keys);
        let it = it?;
        let r = (|| loop {
            let Some(k) = vm.next(it)? else { return Ok(()) };
            let r = vm.getitem(arg, k).and_then(|v| {
                let r = vm.setitem(s, k, v);
                vm.decref(v);
                r
            });
            vm.decref(k);
            r?;
        })();
        vm.decref(it);
        return r;
    }
    if has_attr(vm, arg, "items")? {
        let items = vm.call_method(arg, "items", &[])?;
        let r = add_pairs(vm, s, items);
        vm.decref(items);
        return r;
    }
    add_pairs(vm, s, arg)
}

fn update_impl(vm: &mut Vm, s: ObjRef, args: &Args, name: &str) -> PyResult<()> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(format!("{name}() takes at most 1 positional argument ({} given)", pos.len())));
    }
    if let Some(&a) = pos.first() {
        update_arg(vm, s, a)?;
    }
    for (k, v) in args.kw() {
        vm.setitem(s, k, v)?;
    }
    Ok(())
}

fn od_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__init__")?;
    let inner = method_args(args);
    let n = inner.pos().len();
    if n > 1 {
        return Err(vm.type_error(format!("expected at most 1 arguments, got {n}")));
    }
    update_impl(vm, s, &inner, "update")?;
    Ok(vm.none())
}

fn od_update(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args.is_empty() {
        return Err(vm.type_error("unbound method OrderedDict.update() needs an argument"));
    }
    let s = me(vm, args, "update")?;
    update_impl(vm, s, &method_args(args), "update")?;
    Ok(vm.none())
}

fn od_setitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__setitem__")?;
    vm.check_method_args(args, "__setitem__", 2, 2)?;
    vm.dict_set_item(s, args.args[1], args.args[2])?;
    Ok(vm.none())
}

fn od_delitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__delitem__")?;
    vm.check_method_args(args, "__delitem__", 1, 1)?;
    if !vm.dict_del_item(s, args.args[1])? {
        return Err(vm.key_error(args.args[1]));
    }
    Ok(vm.none())
}

// ----- order operations -----------------------------------------------------------

fn od_move_to_end(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "move_to_end")?;
    let p = vm.parse_args(&method_args(args), "move_to_end", &["key", "last"], 0, 1)?;
    let key = p[0].unwrap_or(vm.none_obj);
    let last = match p[1] {
        Some(l) => vm.truthy(l)?,
        None => true,
    };
    let hash = vm.hash(key)?;
    let Some(ix) = find_ix(vm, s, key, hash)? else { return Err(vm.key_error(key)) };
    let t = vm.dict_table(s);
    // Nothing to do when the key is already at that end.
    let at_end = if last { t.entries.iter().rposition(|e| e.is_some()) == Some(ix) } else { t.entries.iter().position(|e| e.is_some()) == Some(ix) };
    if !at_end {
        move_entry(vm, s, ix, last);
    }
    Ok(vm.none())
}

/// Removes `key` and returns its value (owned); subclasses go through
/// `self[key]` and `del self[key]`, as CPython's `_odict_popkey_hash` does.
fn pop_key(vm: &mut Vm, s: ObjRef, key: ObjRef) -> PyResult<Option<ObjRef>> {
    if vm.ty(s) == vm.t.odict {
        return vm.dict_pop_item(s, key);
    }
    let hash = vm.hash(key)?;
    if find_ix(vm, s, key, hash)?.is_none() {
        return Ok(None);
    }
    let v = vm.getitem(s, key)?;
    if let Err(e) = vm.delitem(s, key) {
        vm.decref(v);
        return Err(e);
    }
    Ok(Some(v))
}

fn od_popitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "popitem")?;
    let p = vm.parse_args(&method_args(args), "popitem", &["last"], 0, 0)?;
    let last = match p[0] {
        Some(l) => vm.truthy(l)?,
        None => true,
    };
    let t = vm.dict_table(s);
    let ix = if last { t.entries.iter().rposition(|e| e.is_some()) } else { t.entries.iter().position(|e| e.is_some()) };
    let Some(ix) = ix else {
        let k = vm.new_str("dictionary is empty");
        let t = vm.t.key_error;
        let e = vm.new_error_obj(t, &[k]);
        vm.decref(k);
        return Err(e);
    };
    let key = vm.dict_table(s).entry(ix).map(|e| e.key).unwrap_or(vm.none_obj);
    let key = vm.incref(key);
    match pop_key(vm, s, key) {
        Ok(Some(v)) => Ok(vm.new_tuple(vec![key, v])),
        Ok(None) => {
            let e = vm.key_error(key);
            vm.decref(key);
            Err(e)
        }
        Err(e) => {
            vm.decref(key);
            Err(e)
        }
    }
}

fn od_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "pop")?;
    let p = vm.parse_args(&method_args(args), "pop", &["key", "default"], 0, 1)?;
    let key = p[0].unwrap_or(vm.none_obj);
    match pop_key(vm, s, key)? {
        Some(v) => Ok(v),
        None => match p[1] {
            Some(d) => Ok(vm.incref(d)),
            None => Err(vm.key_error(key)),
        },
    }
}

fn od_setdefault(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "setdefault")?;
    let p = vm.parse_args(&method_args(args), "setdefault", &["key", "default"], 0, 1)?;
    let key = p[0].unwrap_or(vm.none_obj);
    let dflt = p[1].unwrap_or(vm.none_obj);
    if vm.ty(s) == vm.t.odict {
        if let Some(v) = vm.dict_get_item(s, key)? {
            return Ok(vm.incref(v));
        }
        vm.dict_set_item(s, key, dflt)?;
        return Ok(vm.incref(dflt));
    }
    match vm.getitem(s, key) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_matches(&e, vm.t.key_error) => {
            vm.drop_err(e);
            vm.setitem(s, key, dflt)?;
            Ok(vm.incref(dflt))
        }
        Err(e) => Err(e),
    }
}

// ----- views and iteration ----------------------------------------------------------

fn new_view(vm: &mut Vm, s: ObjRef, kind: u8) -> ObjRef {
    vm.incref(s);
    let t = [vm.t.odict_keys, vm.t.odict_values, vm.t.odict_items][kind as usize];
    vm.alloc(t, Payload::DictView(Box::new((s, kind))))
}

fn od_keys(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "keys")?;
    no_args(vm, args, "keys")?;
    Ok(new_view(vm, s, 0))
}

fn od_values(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "values")?;
    no_args(vm, args, "values")?;
    Ok(new_view(vm, s, 1))
}

fn od_items(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "items")?;
    no_args(vm, args, "items")?;
    Ok(new_view(vm, s, 2))
}

fn od_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__iter__")?;
    Ok(super::odict_iter::new_iter(vm, s, 0, false))
}

fn od_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__reversed__")?;
    no_args(vm, args, "__reversed__")?;
    Ok(super::odict_iter::new_iter(vm, s, 0, true))
}

/// (odict, kind) of an odict view.
fn view_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(ObjRef, u8)> {
    match vm.heap.get(args.args[0]) {
        Payload::DictView(v) => Ok(**v),
        _ => {
            let tn = vm.type_name_of(args.args[0]);
            Err(vm.type_error(format!("descriptor '{name}' requires an odict view, not '{tn}'")))
        }
    }
}

fn view_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, kind) = view_of(vm, args, "__iter__")?;
    Ok(super::odict_iter::new_iter(vm, d, kind, false))
}

fn view_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, kind) = view_of(vm, args, "__reversed__")?;
    Ok(super::odict_iter::new_iter(vm, d, kind, true))
}

// ----- copies, comparison, repr, pickling, size ------------------------------------------

fn od_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "copy")?;
    no_args(vm, args, "copy")?;
    let exact = vm.ty(s) == vm.t.odict;
    let new = if exact {
        new_odict(vm)?
    } else {
        let t = vm.ty(s);
        vm.call(t, &[])?
    };
    let items: Vec<(ObjRef, ObjRef)> = vm.dict_items(s);
    for &(k, v) in &items {
        vm.incref(k);
        vm.incref(v);
    }
    let mut res = Ok(());
    for &(k, v) in &items {
        if res.is_err() {
            break;
        }
        res = if exact {
            vm.dict_set_item(new, k, v)
        } else {
            vm.getitem(s, k).and_then(|v2| {
                let r = vm.setitem(new, k, v2);
                vm.decref(v2);
                r
            })
        };
        let _ = v;
    }
    for (k, v) in items {
        vm.decref(k);
        vm.decref(v);
    }
    match res {
        Ok(()) => Ok(new),
        Err(e) => {
            vm.decref(new);
            Err(e)
        }
    }
}

fn od_fromkeys(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let p = vm.parse_args(&method_args(args), "fromkeys", &["iterable", "value"], 0, 1)?;
    let iterable = p[0].unwrap_or(vm.none_obj);
    let value = p[1].unwrap_or(vm.none_obj);
    let d = vm.call(cls, &[])?;
    let it = match vm.iter(iterable) {
        Ok(i) => i,
        Err(e) => {
            vm.decref(d);
            return Err(e);
        }
    };
    let r = (|| loop {
        let Some(k) = vm.next(it)? else { return Ok(()) };
        let r = vm.setitem(d, k, value);
        vm.decref(k);
        r?;
    })();
    vm.decref(it);
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

/// The keys of two OrderedDicts in the same order (`_odict_keys_equal`).
fn keys_equal(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    let ka: Vec<ObjRef> = vm.dict_table(a).iter().map(|e| e.key).collect();
    let kb: Vec<ObjRef> = vm.dict_table(b).iter().map(|e| e.key).collect();
    let (va, vb) = (vm.dict_table(a).version, vm.dict_table(b).version);
    for (&x, &y) in ka.iter().zip(kb.iter()) {
        vm.incref(x);
        vm.incref(y);
        let r = vm.eq(x, y);
        vm.decref(x);
        vm.decref(y);
        if !r? {
            return Ok(false);
        }
        if !vm.is_dict(a) || !vm.is_dict(b) || vm.dict_table(a).version != va || vm.dict_table(b).version != vb {
            return Err(vm.runtime_error("OrderedDict mutated during iteration"));
        }
    }
    Ok(ka.len() == kb.len())
}

fn richcompare(vm: &mut Vm, args: &Args, op: C, name: &str) -> PyResult<ObjRef> {
    let v = me(vm, args, name)?;
    let w = args.args[1];
    if !vm.is_dict(w) || !matches!(op, C::Eq | C::Ne) {
        return Ok(vm.not_implemented());
    }
    let mut eq = vm.dict_equal(v, w)?;
    if eq && is_odict(vm, w) {
        eq = keys_equal(vm, v, w)?;
    }
    Ok(vm.new_bool(if op == C::Eq { eq } else { !eq }))
}

fn od_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    richcompare(vm, args, C::Eq, "__eq__")
}
fn od_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    richcompare(vm, args, C::Ne, "__ne__")
}
fn od_lt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    richcompare(vm, args, C::Lt, "__lt__")
}
fn od_le(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    richcompare(vm, args, C::Le, "__le__")
}
fn od_gt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    richcompare(vm, args, C::Gt, "__gt__")
}
fn od_ge(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    richcompare(vm, args, C::Ge, "__ge__")
}

fn od_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__repr__")?;
    let name = super::deque::short_type_name(vm, s);
    if vm.dict_len(s) == 0 {
        return Ok(vm.new_str(format!("{name}()")));
    }
    if !vm.repr_enter(s) {
        return Ok(vm.new_str("...".to_string()));
    }
    let r = (|| {
        let pairs = if vm.ty(s) == vm.t.odict {
            let items: Vec<(ObjRef, ObjRef)> = vm.dict_items(s);
            let tuples: Vec<ObjRef> = items
                .into_iter()
                .map(|(k, v)| {
                    let (k, v) = (vm.incref(k), vm.incref(v));
                    vm.new_tuple(vec![k, v])
                })
                .collect();
            vm.new_list(tuples)
        } else {
            let items = vm.call_method(s, "items", &[])?;
            let l = vm.list_from_iterable(items);
            vm.decref(items);
            l?
        };
        let r = vm.repr_string(pairs);
        vm.decref(pairs);
        r
    })();
    vm.repr_leave(s);
    let r = r?;
    Ok(vm.new_str(format!("{name}({r})")))
}

fn od_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__reduce__")?;
    no_args(vm, args, "__reduce__")?;
    let state = if vm.heap.attrs(s).is_some() {
        let d = vm.instance_dict(s)?;
        if vm.dict_len(d) == 0 {
            vm.decref(d);
            vm.none()
        } else {
            d
        }
    } else {
        vm.none()
    };
    let items = match vm.call_method(s, "items", &[]) {
        Ok(i) => i,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    let it = vm.iter(items);
    vm.decref(items);
    let it = match it {
        Ok(i) => i,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    let t = vm.incref(vm.ty(s));
    let empty = vm.new_tuple(Vec::new());
    let none = vm.none();
    Ok(vm.new_tuple(vec![t, empty, state, none, it]))
}

/// `odict_sizeof`: the dict's size, the extra header, the fast-nodes array
/// and the nodes.
pub fn odict_size(vm: &Vm, s: ObjRef) -> usize {
    let t = vm.dict_table(s);
    let fast = if t.nentries() > 0 { t.index_size() * 8 } else { 0 };
    t.sizeof() - 16 + (BASICSIZE - 48) + crate::modules::sys::layout_extra(vm, s) + fast + t.len() * NODESIZE
}

/// tracemalloc: the blocks an OrderedDict keeps beside its dict (the
/// fast-nodes array and the nodes); None for other objects.
pub fn odict_storage(vm: &Vm, s: ObjRef) -> Option<u64> {
    if !is_odict(vm, s) {
        return None;
    }
    let t = vm.dict_table(s);
    let fast = if t.nentries() > 0 { t.index_size() * 8 } else { 0 };
    Some((fast + t.len() * NODESIZE) as u64)
}

fn od_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__sizeof__")?;
    let n = odict_size(vm, s);
    Ok(vm.new_int(n as i64))
}

fn od_or(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__or__")?;
    let other = args.args[1];
    if !vm.is_dict(other) {
        return Ok(vm.not_implemented());
    }
    let t = vm.ty(s);
    let new = vm.call(t, &[s])?;
    if let Err(e) = update_arg(vm, new, other) {
        vm.decref(new);
        return Err(e);
    }
    Ok(new)
}

fn od_ror(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__ror__")?;
    let other = args.args[1];
    if !vm.is_dict(other) {
        return Ok(vm.not_implemented());
    }
    let t = vm.ty(s);
    let new = vm.call(t, &[other])?;
    if let Err(e) = update_arg(vm, new, s) {
        vm.decref(new);
        return Err(e);
    }
    Ok(new)
}

fn od_ior(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__ior__")?;
    update_arg(vm, s, args.args[1])?;
    Ok(vm.incref(s))
}

fn od_clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "clear")?;
    no_args(vm, args, "clear")?;
    vm.dict_clear(s);
    Ok(vm.none())
}

const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", od_new),
    MethodDef::method("__repr__", od_repr),
    MethodDef::method("__lt__", od_lt),
    MethodDef::method("__le__", od_le),
    MethodDef::method("__eq__", od_eq),
    MethodDef::method("__ne__", od_ne),
    MethodDef::method("__gt__", od_gt),
    MethodDef::method("__ge__", od_ge),
    MethodDef::method("__iter__", od_iter),
    MethodDef::method("__init__", od_init),
    MethodDef::method("__or__", od_or),
    MethodDef::method("__ror__", od_ror),
    MethodDef::method("__ior__", od_ior),
    MethodDef::method("__setitem__", od_setitem),
    MethodDef::method("__delitem__", od_delitem),
    MethodDef::classmethod("fromkeys", od_fromkeys),
    MethodDef::method("__sizeof__", od_sizeof),
    MethodDef::method("__reduce__", od_reduce),
    MethodDef::method("setdefault", od_setdefault),
    MethodDef::method("pop", od_pop),
    MethodDef::method("popitem", od_popitem),
    MethodDef::method("keys", od_keys),
    MethodDef::method("values", od_values),
    MethodDef::method("items", od_items),
    MethodDef::method("update", od_update),
    MethodDef::method("clear", od_clear),
    MethodDef::method("copy", od_copy),
    MethodDef::method("__reversed__", od_reversed),
    MethodDef::method("move_to_end", od_move_to_end),
];

const VIEW_METHODS: &[MethodDef] = &[MethodDef::method("__iter__", view_iter), MethodDef::method("__reversed__", view_reversed)];

/// Creates `collections.OrderedDict` and its three view types.
pub fn register(vm: &mut Vm) {
    use crate::heap::BaseKind;
    let t = vm.make_type("collections.OrderedDict", Some(vm.t.dict), BaseKind::Dict, true);
    super::set_short_name(vm, t, "OrderedDict");
    vm.t.odict = t;
    vm.type_data_mut(t).basicsize = BASICSIZE;
    // od_inst_dict: instances take attributes.
    vm.type_data_mut(t).has_dict = true;
    vm.add_methods(t, METHODS);
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_str(d, "__hash__", none);
    let doc = vm.new_str("Dictionary that remembers insertion order".to_string());
    vm.dict_set_str(d, "__doc__", doc);
    vm.decref(doc);
    vm.set_type_module(t, "collections");
    vm.type_modified(t);

    let bases = [vm.t.dict_keys, vm.t.dict_values, vm.t.dict_items];
    let mut made = Vec::new();
    for (name, base) in ["odict_keys", "odict_values", "odict_items"].into_iter().zip(bases) {
        let vt = vm.make_type(name, Some(base), BaseKind::Other, false);
        vm.type_data_mut(vt).basicsize = vm.type_data(base).basicsize;
        vm.add_methods(vt, VIEW_METHODS);
        made.push(vt);
    }
    vm.t.odict_keys = made[0];
    vm.t.odict_values = made[1];
    vm.t.odict_items = made[2];
}
