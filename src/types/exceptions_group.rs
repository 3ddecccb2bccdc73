//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654) as CPython 3.11 has
//! them: construction rules and messages, `message` / `exceptions`,
//! `derive`, `split`, `subgroup` and `__str__`.
//!
//! A group keeps its message and its exceptions tuple in the instance's slot
//! storage (indices 0 and 1, the type's `slot_names`), exposed through two
//! read-only member descriptors — CPython's `PyBaseExceptionGroupObject`
//! fields `msg` / `excs`. `args` keeps what the constructor was given.

use crate::heap::{Attrs, BaseKind, ExcData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

const MSG_SLOT: usize = 0;
const EXCS_SLOT: usize = 1;

/// Creates the two group types (after the rest of the hierarchy).
pub fn create_types(vm: &mut Vm) {
    let be = vm.t.base_exception;
    let beg = vm.make_type("BaseExceptionGroup", Some(be), BaseKind::Exception, true);
    let names = vec![vm.intern("message"), vm.intern("exceptions")];
    {
        let td = vm.type_data_mut(beg);
        td.has_dict = true;
        td.basicsize = 88;
        td.slot_names = names;
    }
    let eg = vm.make_type("ExceptionGroup", Some(beg), BaseKind::Exception, true);
    // ExceptionGroup(BaseExceptionGroup, Exception): fix the bases and MRO
    // that make_type built for a single base.
    let exc = vm.t.exception;
    vm.incref(exc);
    let mut mro = vec![eg, beg, exc];
    mro.extend(vm.type_data(exc).mro[1..].iter().copied());
    for &m in &mro[3..] {
        vm.incref(m);
    }
    let old_mro = std::mem::replace(&mut vm.type_data_mut(eg).mro, mro);
    for &m in &old_mro[1..] {
        vm.decref(m);
    }
    let slot_names: Vec<ObjRef> = vm.type_data(beg).slot_names.clone();
    for &n in &slot_names {
        vm.incref(n);
    }
    {
        let td = vm.type_data_mut(eg);
        td.bases.push(exc);
        td.has_dict = true;
        // ExceptionGroup is made by PyErr_NewException: it adds a __weakref__ slot.
        td.basicsize = 96;
        td.slot_names = slot_names;
    }
    vm.t.base_exception_group = beg;
    vm.t.exception_group = eg;
}

/// True when `e` is an exception group instance.
pub fn is_group(vm: &Vm, e: ObjRef) -> bool {
    let t = vm.t.base_exception_group;
    t != vm.null && vm.isinstance_type(e, t)
}

/// The sub-exceptions of a group (borrowed), or None for other objects.
pub fn group_exceptions(vm: &Vm, e: ObjRef) -> Option<Vec<ObjRef>> {
    if !is_group(vm, e) {
        return None;
    }
    let t = vm.heap.attrs(e).and_then(|a| a.slots.get(EXCS_SLOT).copied().flatten())?;
    vm.tuple_items(t).map(|t| t.to_vec())
}

fn group_message(vm: &Vm, e: ObjRef) -> Option<ObjRef> {
    vm.heap.attrs(e).and_then(|a| a.slots.get(MSG_SLOT).copied().flatten())
}

/// True when `x` can be indexed like a sequence (CPython's PySequence_Check).
fn is_sequence(vm: &mut Vm, x: ObjRef) -> bool {
    let t = vm.ty(x);
    if vm.is_subtype(t, vm.t.dict) {
        return false;
    }
    vm.lookup_str(t, "__getitem__").is_some()
}

fn beg_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let pos = Args { args: &args.args[1..], kwnames: args.kwnames }.pos().to_vec();
    if pos.len() != 2 {
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len())));
    }
    let (message, excs) = (pos[0], pos[1]);
    if vm.as_str(message).is_none() {
        let tn = vm.type_name_of(message);
        return Err(vm.type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {tn}")));
    }
    if !is_sequence(vm, excs) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iter(excs)?;
    let release = |vm: &mut Vm, items: Vec<ObjRef>| items.into_iter().for_each(|i| vm.decref(i));
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, &e) in items.iter().enumerate() {
        if !vm.isinstance_type(e, vm.t.base_exception) {
            release(vm, items);
            return Err(vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !vm.isinstance_type(e, vm.t.exception) {
            nested_base = true;
        }
    }
    let mut cls = cls;
    if cls == vm.t.base_exception_group {
        if !nested_base {
            cls = vm.t.exception_group;
        }
    } else if cls == vm.t.exception_group {
        if nested_base {
            release(vm, items);
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && vm.is_subtype(cls, vm.t.exception) {
        release(vm, items);
        let tn = vm.type_name(cls);
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{tn}'")));
    }
    let excs_tuple = if vm.ty(excs) == vm.t.tuple {
        release(vm, items);
        vm.incref(excs)
    } else {
        vm.new_tuple(items)
    };
    for &a in &pos {
        vm.incref(a);
    }
    let a = vm.new_tuple(pos);
    let data = ExcData { args: a, traceback: None, cause: None, context: None, suppress_context: false, notes: None };
    let e = vm.alloc(cls, Payload::Exception(Box::new(data)));
    vm.incref(message);
    let nslots = vm.type_data(cls).slot_names.len().max(2);
    let attrs = vm.heap.attrs_mut(e).get_or_insert_with(|| Box::new(Attrs::default()));
    attrs.slots = vec![None; nslots];
    attrs.slots[MSG_SLOT] = Some(message);
    attrs.slots[EXCS_SLOT] = Some(excs_tuple);
    Ok(e)
}

fn beg_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    if args.has_kw() {
        let tn = vm.type_name_of(me);
        return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
    }
    let pos = args.args[1..].to_vec();
    for &a in &pos {
        vm.incref(a);
    }
    let t = vm.new_tuple(pos);
    match vm.exc_data_mut(me) {
        Some(d) => {
            let old = std::mem::replace(&mut d.args, t);
            vm.decref(old);
        }
        None => vm.decref(t),
    }
    Ok(vm.none())
}

fn beg_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let msg = match group_message(vm, me) {
        Some(m) => vm.str_string(m)?,
        None => String::new(),
    };
    let n = group_exceptions(vm, me).map_or(0, |v| v.len());
    Ok(vm.new_str(format!("{msg} ({n} sub-exception{})", if n > 1 { "s" } else { "" })))
}

/// `BaseExceptionGroup(self.message, excs)`: what split/subgroup build parts with.
fn beg_derive(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.has_kw() {
        return Err(vm.type_error("BaseExceptionGroup.derive() takes no keyword arguments"));
    }
    if args.args.len() != 2 {
        return Err(vm.type_error(format!("function takes exactly 1 argument ({} given)", args.args.len() - 1)));
    }
    let me = args.args[0];
    let msg = match group_message(vm, me) {
        Some(m) => vm.incref(m),
        None => vm.incref(vm.empty_str),
    };
    let t = vm.t.base_exception_group;
    let r = vm.call(t, &[msg, args.args[1]]);
    vm.decref(msg);
    r
}

enum Matcher {
    Type(ObjRef),
    Predicate(ObjRef),
    /// These very exception objects (`except*`'s re-raise bookkeeping).
    Ids(Vec<ObjRef>),
}

fn is_exception_class(vm: &Vm, x: ObjRef) -> bool {
    vm.is_type(x) && vm.is_subtype(x, vm.t.base_exception)
}

fn is_callable(vm: &Vm, x: ObjRef) -> bool {
    match vm.heap.get(x) {
        Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_) => true,
        _ => vm.lookup(vm.ty(x), vm.n.__call__).is_some(),
    }
}

fn matcher(vm: &mut Vm, value: ObjRef) -> PyResult<Matcher> {
    if is_callable(vm, value) && !vm.is_type(value) {
        return Ok(Matcher::Predicate(value));
    }
    if is_exception_class(vm, value) {
        return Ok(Matcher::Type(value));
    }
    if vm.ty(value) == vm.t.tuple {
        let items = vm.tuple_items(value).map(|t| t.to_vec()).unwrap_or_default();
        if items.iter().all(|&t| is_exception_class(vm, t)) {
            return Ok(Matcher::Type(value));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, m: &Matcher, e: ObjRef) -> PyResult<bool> {
    match *m {
        Matcher::Ids(ref ids) => Ok(ids.contains(&e)),
        Matcher::Type(t) => Ok(vm.exc_matches(e, t)),
        Matcher::Predicate(f) => {
            let r = vm.call(f, &[e])?;
            let b = vm.truthy(r);
            vm.decref(r);
            b
        }
    }
}

/// A part of `orig` holding `excs` (owned refs): `orig.derive(excs)` with
/// orig's traceback, cause, context and a copy of its notes. None when empty.
fn subset(vm: &mut Vm, orig: ObjRef, excs: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let l = vm.new_list(excs);
    let r = vm.call_method(orig, "derive", &[l]);
    vm.decref(l);
    let eg = r?;
    if !is_group(vm, eg) {
        vm.decref(eg);
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (tb, cause, ctx) = match vm.exc_data(orig) {
        Some(d) => (d.traceback, d.cause, d.context),
        None => (None, None, None),
    };
    for x in [tb, cause, ctx].into_iter().flatten() {
        vm.incref(x);
    }
    if let Some(d) = vm.exc_data_mut(eg) {
        let old_tb = if tb.is_some() { std::mem::replace(&mut d.traceback, tb) } else { None };
        let old_ctx = std::mem::replace(&mut d.context, ctx);
        let old_cause = std::mem::replace(&mut d.cause, cause);
        // PyException_SetCause also sets __suppress_context__.
        d.suppress_context = true;
        for x in [old_tb, old_ctx, old_cause].into_iter().flatten() {
            vm.decref(x);
        }
    } else {
        vm.xdecref(tb);
        vm.xdecref(cause);
        vm.xdecref(ctx);
    }
    let k = vm.intern("__notes__");
    let notes = vm.getattr_opt(orig, k);
    let notes = match notes {
        Ok(n) => n,
        Err(e) => {
            vm.decref(k);
            vm.decref(eg);
            return Err(e);
        }
    };
    if let Some(n) = notes {
        // Each part gets its own notes list; a non-sequence is ignored here.
        if is_sequence(vm, n) {
            let copy = vm.list_from_iterable(n);
            let r = copy.and_then(|c| {
                let r = vm.setattr(eg, k, c);
                vm.decref(c);
                r
            });
            if let Err(e) = r {
                vm.decref(n);
                vm.decref(k);
                vm.decref(eg);
                return Err(e);
            }
        }
        vm.decref(n);
    }
    vm.decref(k);
    Ok(Some(eg))
}

/// CPython's exceptiongroup_split_recursive: (match, rest), owned.
fn split_rec(vm: &mut Vm, exc: ObjRef, m: &Matcher, want_rest: bool) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    if matches(vm, m, exc)? {
        return Ok((Some(vm.incref(exc)), None));
    }
    let Some(subs) = group_exceptions(vm, exc) else {
        return Ok((None, want_rest.then(|| vm.incref(exc))));
    };
    for &s in &subs {
        vm.incref(s);
    }
    let (mut ms, mut rs) = (Vec::new(), Vec::new());
    let mut failed = None;
    for &s in &subs {
        if failed.is_none() {
            match vm.enter_recursive(" in split").and_then(|_| {
                let r = split_rec(vm, s, m, want_rest);
                vm.depth -= 1;
                r
            }) {
                Ok((a, b)) => {
                    ms.extend(a);
                    rs.extend(b);
                }
                Err(e) => failed = Some(e),
            }
        }
        vm.decref(s);
    }
    if let Some(e) = failed {
        ms.into_iter().chain(rs).for_each(|x| vm.decref(x));
        return Err(e);
    }
    let matched = match subset(vm, exc, ms) {
        Ok(x) => x,
        Err(e) => {
            rs.into_iter().for_each(|x| vm.decref(x));
            return Err(e);
        }
    };
    let rest = if want_rest {
        match subset(vm, exc, rs) {
            Ok(x) => x,
            Err(e) => {
                vm.xdecref(matched);
                return Err(e);
            }
        }
    } else {
        None
    };
    Ok((matched, rest))
}

/// The part of group `eg` whose leaf exceptions are among `leaves` (by
/// identity), with eg's metadata, or None (CPython's
/// `exception_group_projection`, used by `except*` to re-raise).
pub fn project(vm: &mut Vm, eg: ObjRef, leaves: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
    if leaves.is_empty() {
        return Ok(None);
    }
    let (m, _) = split_rec(vm, eg, &Matcher::Ids(leaves), false)?;
    Ok(m)
}

/// split/subgroup take one positional argument (METH_VARARGS messages).
fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(vm.type_error(format!("BaseExceptionGroup.{name}() takes no keyword arguments")));
    }
    match args.args.len() - 1 {
        1 => Ok(()),
        n => Err(vm.type_error(format!("{name} expected 1 argument, got {n}"))),
    }
}

fn beg_split(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    one_arg(vm, args, "split")?;
    let m = matcher(vm, args.args[1])?;
    let (a, b) = split_rec(vm, args.args[0], &m, true)?;
    let a = a.unwrap_or_else(|| vm.none());
    let b = b.unwrap_or_else(|| vm.none());
    Ok(vm.new_tuple(vec![a, b]))
}

fn beg_subgroup(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    one_arg(vm, args, "subgroup")?;
    let m = matcher(vm, args.args[1])?;
    let (a, _) = split_rec(vm, args.args[0], &m, false)?;
    Ok(a.unwrap_or_else(|| vm.none()))
}

const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", beg_new),
    MethodDef::method("__init__", beg_init),
    MethodDef::method("__str__", beg_str),
    MethodDef::method("derive", beg_derive),
    MethodDef::method("split", beg_split),
    MethodDef::method("subgroup", beg_subgroup),
];

pub fn register(vm: &mut Vm) {
    let beg = vm.t.base_exception_group;
    vm.add_methods(beg, METHODS);
    for (i, name) in ["message", "exceptions"].into_iter().enumerate() {
        let n = vm.intern(name);
        let d = vm.new_readonly_member_descr(n, beg, i);
        let dict = vm.type_dict(beg);
        vm.dict_set_item_str_key(dict, n, d);
        vm.decref(d);
        vm.decref(n);
    }
    let doc = vm.new_str("A combination of multiple unrelated exceptions.");
    let dict = vm.type_dict(beg);
    vm.dict_set_str(dict, "__doc__", doc);
    vm.decref(doc);
    // ExceptionGroup is made like a Python class in CPython (PyErr_NewException).
    let eg = vm.t.exception_group;
    vm.set_type_module(eg, "builtins");
    let dict = vm.type_dict(eg);
    let n = vm.n.__weakref__;
    let d = vm.new_member_descr(n, eg, super::descr::WEAKREF_GETSET);
    vm.dict_set_item_str_key(dict, n, d);
    vm.decref(d);
    vm.type_modified(beg);
    vm.type_modified(eg);
}
