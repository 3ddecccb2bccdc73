//! The pickling protocol methods of `object` and `BaseException` as CPython
//! 3.11 has them: `object.__getstate__`, `object.__reduce__`,
//! `object.__reduce_ex__(protocol)` (copyreg's protocol 0/1 reduction and
//! the protocol 2+ `__newobj__` form), `BaseException.__reduce__` and
//! `BaseException.__setstate__`. The constructors the reductions name
//! (`copyreg._reconstructor`, `copyreg.__newobj__`) live in the embedded
//! `copyreg` module.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// `copyreg.<name>` (owned).
fn copyreg_attr(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let m = vm.import_dotted("copyreg")?;
    let r = vm.getattr_str(m, name);
    vm.decref(m);
    r
}

/// The instance's `__dict__` when it has a non-empty one (owned).
fn nonempty_dict(vm: &mut Vm, obj: ObjRef) -> PyResult<Option<ObjRef>> {
    if !vm.instance_has_dict(obj) || matches!(vm.heap.get(obj), Payload::Type(_) | Payload::Module(_)) {
        return Ok(None);
    }
    let empty = match vm.heap.attrs(obj) {
        None => true,
        Some(a) => a.values.is_empty() && a.dict.is_none(),
    };
    if empty {
        return Ok(None);
    }
    let d = vm.instance_dict(obj)?;
    if vm.dict_len(d) == 0 {
        vm.decref(d);
        return Ok(None);
    }
    Ok(Some(d))
}

/// CPython's object_getstate_default: the dict (or None), paired with a
/// dict of the set `__slots__` values when there are any.
fn default_state(vm: &mut Vm, obj: ObjRef) -> PyResult<ObjRef> {
    let state = match nonempty_dict(vm, obj)? {
        Some(d) => d,
        None => vm.none(),
    };
    let cls = vm.ty(obj);
    let slotnames_fn = match copyreg_attr(vm, "_slotnames") {
        Ok(f) => f,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    let names = vm.call(slotnames_fn, &[cls]);
    vm.decref(slotnames_fn);
    let names = match names {
        Ok(n) => n,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    let list = vm.collect_iter(names);
    vm.decref(names);
    let list = match list {
        Ok(l) => l,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    if list.is_empty() {
        return Ok(state);
    }
    let slots = vm.new_dict();
    let mut failed = None;
    for &n in &list {
        if failed.is_some() {
            continue;
        }
        match vm.getattr_opt(obj, n) {
            Ok(Some(v)) => {
                vm.dict_set_item(slots, n, v).unwrap_or_else(|e| failed = Some(e));
                vm.decref(v);
            }
            Ok(None) => {}
            Err(e) => failed = Some(e),
        }
    }
    list.into_iter().for_each(|n| vm.decref(n));
    if let Some(e) = failed {
        vm.decref(slots);
        vm.decref(state);
        return Err(e);
    }
    if vm.dict_len(slots) == 0 {
        vm.decref(slots);
        return Ok(state);
    }
    Ok(vm.new_tuple(vec![state, slots]))
}

fn object_getstate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__getstate__", 0, 0)?;
    default_state(vm, args.args[0])
}

/// copyreg._reduce_ex(self, proto) for protocols 0 and 1.
fn reduce_proto0(vm: &mut Vm, obj: ObjRef) -> PyResult<ObjRef> {
    let cls = vm.ty(obj);
    let mro = vm.type_data(cls).mro.clone();
    let base = mro.iter().copied().find(|&b| !vm.type_data(b).heap_type).unwrap_or(vm.t.object);
    let state = if base == vm.t.object {
        vm.none()
    } else {
        if base == cls {
            let tn = vm.type_name(cls);
            return Err(vm.type_error(format!("cannot pickle '{tn}' object")));
        }
        vm.call(base, &[obj])?
    };
    let getstate = vm.lookup_str(cls, "__getstate__");
    let own_getstate = vm.lookup_str(vm.t.object, "__getstate__");
    if getstate == own_getstate {
        let k = vm.intern("__slots__");
        let slots = vm.getattr_opt(obj, k);
        vm.decref(k);
        let slots = match slots {
            Ok(s) => s,
            Err(e) => {
                vm.decref(state);
                return Err(e);
            }
        };
        if let Some(s) = slots {
            let t = vm.truthy(s);
            vm.decref(s);
            if t.unwrap_or(false) {
                vm.decref(state);
                return Err(vm.type_error("a class that defines __slots__ without defining __getstate__ cannot be pickled"));
            }
        }
    }
    let dict = match vm.call_method(obj, "__getstate__", &[]) {
        Ok(d) => d,
        Err(e) => {
            vm.decref(state);
            return Err(e);
        }
    };
    let recon = match copyreg_attr(vm, "_reconstructor") {
        Ok(r) => r,
        Err(e) => {
            vm.decref(state);
            vm.decref(dict);
            return Err(e);
        }
    };
    let c = vm.incref(cls);
    let b = vm.incref(base);
    let args = vm.new_tuple(vec![c, b, state]);
    let keep = match vm.truthy(dict) {
        Ok(k) => k,
        Err(e) => {
            vm.decref(dict);
            vm.decref(recon);
            vm.decref(args);
            return Err(e);
        }
    };
    if keep {
        Ok(vm.new_tuple(vec![recon, args, dict]))
    } else {
        vm.decref(dict);
        Ok(vm.new_tuple(vec![recon, args]))
    }
}

/// CPython's reduce_newobj (protocols 2 and later).
fn reduce_newobj(vm: &mut Vm, obj: ObjRef) -> PyResult<ObjRef> {
    let cls = vm.ty(obj);
    let (args, kwargs) = getnewargs(vm, obj)?;
    let has_args = args.is_some();
    let args_v: Vec<ObjRef> = args.and_then(|a| vm.tuple_items(a).map(|t| t.to_vec())).unwrap_or_default();
    let has_kwargs = match kwargs {
        Some(k) => vm.dict_len(k) > 0,
        None => false,
    };
    let (newobj, newargs) = if !has_kwargs {
        let f = copyreg_attr(vm, "__newobj__");
        let f = match f {
            Ok(f) => f,
            Err(e) => {
                vm.xdecref(args);
                vm.xdecref(kwargs);
                return Err(e);
            }
        };
        let mut v = vec![vm.incref(cls)];
        for &a in &args_v {
            v.push(vm.incref(a));
        }
        (f, vm.new_tuple(v))
    } else {
        let f = copyreg_attr(vm, "__newobj_ex__");
        let f = match f {
            Ok(f) => f,
            Err(e) => {
                vm.xdecref(args);
                vm.xdecref(kwargs);
                return Err(e);
            }
        };
        let c = vm.incref(cls);
        let a = args.map(|a| vm.incref(a)).unwrap_or_else(|| vm.incref(vm.empty_tuple));
        let k = kwargs.map(|k| vm.incref(k)).expect("has kwargs");
        (f, vm.new_tuple(vec![c, a, k]))
    };
    vm.xdecref(args);
    vm.xdecref(kwargs);
    let is_list = vm.isinstance_type(obj, vm.t.list);
    let is_dict = vm.isinstance_type(obj, vm.t.dict);
    let _required = !has_args && !is_list && !is_dict;
    let state = match vm.call_method(obj, "__getstate__", &[]) {
        Ok(s) => s,
        Err(e) => {
            vm.decref(newobj);
            vm.decref(newargs);
            return Err(e);
        }
    };
    let listitems = if is_list { vm.iter(obj) } else { Ok(vm.none()) };
    let dictitems = if is_dict {
        vm.call_method(obj, "items", &[]).and_then(|items| {
            let it = vm.iter(items);
            vm.decref(items);
            it
        })
    } else {
        Ok(vm.none())
    };
    match (listitems, dictitems) {
        (Ok(l), Ok(d)) => Ok(vm.new_tuple(vec![newobj, newargs, state, l, d])),
        (l, d) => {
            let mut err = None;
            for r in [l, d] {
                match r {
                    Ok(x) => vm.decref(x),
                    Err(e) if err.is_none() => err = Some(e),
                    Err(e) => vm.drop_err(e),
                }
            }
            vm.decref(newobj);
            vm.decref(newargs);
            vm.decref(state);
            Err(err.expect("one failed"))
        }
    }
}

/// `__getnewargs_ex__()` / `__getnewargs__()` results: (args tuple, kwargs dict), owned.
fn getnewargs(vm: &mut Vm, obj: ObjRef) -> PyResult<(Option<ObjRef>, Option<ObjRef>)> {
    let k = vm.intern("__getnewargs_ex__");
    let f = vm.getattr_opt(obj, k);
    vm.decref(k);
    if let Some(f) = f? {
        let r = vm.call(f, &[]);
        vm.decref(f);
        let r = r?;
        let parts = vm.tuple_items(r).map(|t| t.to_vec());
        let Some(parts) = parts.filter(|_| vm.ty(r) == vm.t.tuple || vm.isinstance_type(r, vm.t.tuple)) else {
            let tn = vm.type_name_of(r);
            vm.decref(r);
            return Err(vm.type_error(format!("__getnewargs_ex__ should return a tuple, not '{tn}'")));
        };
        if parts.len() != 2 {
            vm.decref(r);
            return Err(vm.value_error(format!("__getnewargs_ex__ should return a tuple of length 2, not {}", parts.len())));
        }
        if !vm.isinstance_type(parts[0], vm.t.tuple) {
            let tn = vm.type_name_of(parts[0]);
            vm.decref(r);
            return Err(vm.type_error(format!("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{tn}'")));
        }
        if !vm.isinstance_type(parts[1], vm.t.dict) {
            let tn = vm.type_name_of(parts[1]);
            vm.decref(r);
            return Err(vm.type_error(format!("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{tn}'")));
        }
        let (a, kw) = (vm.incref(parts[0]), vm.incref(parts[1]));
        vm.decref(r);
        return Ok((Some(a), Some(kw)));
    }
    let k = vm.intern("__getnewargs__");
    let f = vm.getattr_opt(obj, k);
    vm.decref(k);
    if let Some(f) = f? {
        let r = vm.call(f, &[]);
        vm.decref(f);
        let r = r?;
        if !vm.isinstance_type(r, vm.t.tuple) {
            let tn = vm.type_name_of(r);
            vm.decref(r);
            return Err(vm.type_error(format!("__getnewargs__ should return a tuple, not '{tn}'")));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

fn common_reduce(vm: &mut Vm, obj: ObjRef, proto: i64) -> PyResult<ObjRef> {
    if proto >= 2 {
        reduce_newobj(vm, obj)
    } else {
        reduce_proto0(vm, obj)
    }
}

fn object_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__reduce__", 0, 0)?;
    common_reduce(vm, args.args[0], 0)
}

fn object_reduce_ex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__reduce_ex__", 1, 1)?;
    let obj = args.args[0];
    let proto = vm.index_value(args.args[1])?;
    // A class that overrides __reduce__ decides for itself.
    let cls = vm.ty(obj);
    let own = vm.lookup_str(vm.t.object, "__reduce__");
    if vm.lookup_str(cls, "__reduce__") != own {
        return vm.call_method(obj, "__reduce__", &[]);
    }
    common_reduce(vm, obj, proto)
}

/// `BaseException.__reduce__`: `(type, args)` plus the `__dict__` if any.
fn exc_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__reduce__", 0, 0)?;
    let me = args.args[0];
    let t = vm.incref(vm.ty(me));
    let a = vm.exc_data(me).map(|d| d.args);
    let a = match a {
        Some(a) => vm.incref(a),
        None => vm.incref(vm.empty_tuple),
    };
    match nonempty_dict(vm, me) {
        Ok(Some(d)) => Ok(vm.new_tuple(vec![t, a, d])),
        Ok(None) => Ok(vm.new_tuple(vec![t, a])),
        Err(e) => {
            vm.decref(t);
            vm.decref(a);
            Err(e)
        }
    }
}

/// `BaseException.__setstate__(state)`: sets each item of a dict state.
fn exc_setstate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__setstate__", 1, 1)?;
    let (me, state) = (args.args[0], args.args[1]);
    if state != vm.none_obj {
        if !vm.isinstance_type(state, vm.t.dict) {
            return Err(vm.type_error("state is not a dictionary"));
        }
        let items: Vec<(ObjRef, ObjRef)> = vm.dict_items(state);
        for &(k, v) in &items {
            vm.incref(k);
            vm.incref(v);
        }
        let mut res = Ok(());
        for (k, v) in items {
            if res.is_ok() {
                res = vm.setattr(me, k, v);
            }
            vm.decref(k);
            vm.decref(v);
        }
        res?;
    }
    Ok(vm.none())
}

pub fn register(vm: &mut Vm) {
    let o = vm.t.object;
    vm.add_methods(
        o,
        &[
            MethodDef::method("__getstate__", object_getstate),
            MethodDef::method("__reduce__", object_reduce),
            MethodDef::method("__reduce_ex__", object_reduce_ex),
        ],
    );
    let be = vm.t.base_exception;
    vm.add_methods(be, &[MethodDef::method("__reduce__", exc_reduce), MethodDef::method("__setstate__", exc_setstate)]);
}
