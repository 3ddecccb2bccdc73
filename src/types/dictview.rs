//! dict views (`keys()`, `values()`, `items()`): len, iteration, `in`,
//! reversed, repr, and the set operations / comparisons of keys and items
//! views (results are sets, as in CPython's dictobject.c).

use crate::bytecode::ComparisonOperator as C;
use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::set::all_keys;
use super::MethodDef;

/// (dict, kind) of a view: 0 keys, 1 values, 2 items.
fn view(vm: &mut Vm, x: ObjRef) -> PyResult<(ObjRef, u8)> {
    match vm.heap.get(x) {
        Payload::DictView(v) => Ok(**v),
        _ => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("descriptor requires a dict view, not '{tn}'")))
        }
    }
}

fn is_setlike_view(vm: &Vm, x: ObjRef) -> bool {
    matches!(vm.heap.get(x), Payload::DictView(v) if v.1 != 1)
}

fn view_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, _) = view(vm, args.args[0])?;
    let n = vm.dict_len(d);
    Ok(vm.new_int(n as i64))
}

fn view_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, k) = view(vm, args.args[0])?;
    Ok(vm.new_dict_iter(d, k))
}

fn view_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, kind) = view(vm, args.args[0])?;
    Ok(vm.new_dict_reverse_iter(d, kind))
}

fn view_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    view(vm, me)?;
    let tn = vm.type_name_of(me);
    if !vm.repr_enter(me) {
        return Ok(vm.new_str("..."));
    }
    let l = vm.list_from_iterable(me);
    let inner = l.and_then(|l| {
        let r = vm.repr_string(l);
        vm.decref(l);
        r
    });
    vm.repr_leave(me);
    let s = format!("{tn}({})", inner?);
    Ok(vm.new_str(s))
}

/// `x in view`.
fn contains(vm: &mut Vm, me: ObjRef, x: ObjRef) -> PyResult<bool> {
    let (d, kind) = view(vm, me)?;
    match kind {
        0 => Ok(vm.dict_get_item(d, x)?.is_some()),
        2 => {
            let pair = match vm.heap.get(x) {
                Payload::Tuple(t) if t.len() == 2 => (t[0], t[1]),
                _ => return Ok(false),
            };
            match vm.dict_get_item(d, pair.0)? {
                None => Ok(false),
                Some(v) => {
                    vm.incref(v);
                    let r = vm.eq(v, pair.1);
                    vm.decref(v);
                    r
                }
            }
        }
        _ => {
            for (_, v) in vm.dict_items(d) {
                vm.incref(v);
                let r = vm.eq(v, x);
                vm.decref(v);
                if r? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = contains(vm, args.args[0], args.args[1])?;
    Ok(vm.new_bool(r))
}

/// A new set holding the items of `x` (any iterable).
/// `a OP b` where one side is a keys/items view: a set (CPython's dictviews_*).
fn setop(vm: &mut Vm, a: ObjRef, b: ObjRef, op: &str) -> PyResult<ObjRef> {
    if op == "&" {
        // Intersect: iterate the other operand, keep what the view contains.
        let (me, other) = if is_setlike_view(vm, a) { (a, b) } else { (b, a) };
        let result = vm.new_set(false);
        let items = match vm.collect_iter(other) {
            Ok(v) => v,
            Err(e) => {
                vm.decref(result);
                return Err(e);
            }
        };
        let mut res = Ok(());
        for &k in &items {
            if res.is_err() {
                break;
            }
            res = contains(vm, me, k).and_then(|c| if c { vm.set_add(result, k) } else { Ok(()) });
        }
        for k in items {
            vm.decref(k);
        }
        return match res {
            Ok(()) => Ok(result),
            Err(e) => {
                vm.decref(result);
                Err(e)
            }
        };
    }
    let result = vm.new_set_from(a)?;
    let meth = match op {
        "|" => "update",
        "-" => "difference_update",
        _ => "symmetric_difference_update",
    };
    match vm.call_method(result, meth, &[b]) {
        Ok(r) => {
            vm.decref(r);
            Ok(result)
        }
        Err(e) => {
            vm.decref(result);
            Err(e)
        }
    }
}

macro_rules! ops {
    ($($name:ident, $rname:ident, $op:literal;)*) => {$(
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            setop(vm, args.args[0], args.args[1], $op)
        }
        fn $rname(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            setop(vm, args.args[1], args.args[0], $op)
        }
    )*};
}
ops! {
    view_and, view_rand, "&";
    view_or, view_ror, "|";
    view_sub, view_rsub, "-";
    view_xor, view_rxor, "^";
}

/// Every item of `a` is in `b` (b a view or a set).
fn all_contained_in(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    let items = vm.collect_iter(a)?;
    all_keys(vm, items, |vm, k| if is_setlike_view(vm, b) { contains(vm, b, k) } else { vm.contains(b, k) })
}

fn richcompare(vm: &mut Vm, args: &Args, op: C) -> PyResult<ObjRef> {
    let (a, b) = (args.args[0], args.args[1]);
    let b_ok = vm.is_set(b) || is_setlike_view(vm, b);
    if !b_ok {
        return Ok(vm.not_implemented());
    }
    let la = vm.len(a)?;
    let lb = vm.len(b)?;
    let r = match op {
        C::Eq | C::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == C::Eq)
        }
        C::Lt => la < lb && all_contained_in(vm, a, b)?,
        C::Le => la <= lb && all_contained_in(vm, a, b)?,
        C::Gt => la > lb && all_contained_in(vm, b, a)?,
        C::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(vm.new_bool(r))
}
macro_rules! cmps {
    ($($name:ident, $op:ident;)*) => {$(
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            richcompare(vm, args, C::$op)
        }
    )*};
}
cmps! { view_lt, Lt; view_le, Le; view_eq, Eq; view_ne, Ne; view_gt, Gt; view_ge, Ge; }

fn view_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "isdisjoint", 1, 1)?;
    let (me, other) = (args.args[0], args.args[1]);
    let items = vm.collect_iter(other)?;
    let r = all_keys(vm, items, |vm, k| contains(vm, me, k).map(|c| !c))?;
    Ok(vm.new_bool(r))
}

pub const VIEW_METHODS: &[MethodDef] = &[
    MethodDef::method("__len__", view_len),
    MethodDef::method("__iter__", view_iter),
    MethodDef::method("__reversed__", view_reversed),
    MethodDef::method("__repr__", view_repr),
];

pub const SET_METHODS: &[MethodDef] = &[
    MethodDef::method("__and__", view_and),
    MethodDef::method("__rand__", view_rand),
    MethodDef::method("__or__", view_or),
    MethodDef::method("__ror__", view_ror),
    MethodDef::method("__sub__", view_sub),
    MethodDef::method("__rsub__", view_rsub),
    MethodDef::method("__xor__", view_xor),
    MethodDef::method("__rxor__", view_rxor),
    MethodDef::method("__lt__", view_lt),
    MethodDef::method("__le__", view_le),
    MethodDef::method("__eq__", view_eq),
    MethodDef::method("__ne__", view_ne),
    MethodDef::method("__gt__", view_gt),
    MethodDef::method("__ge__", view_ge),
    MethodDef::method("isdisjoint", view_isdisjoint),
];

pub fn register(vm: &mut Vm) {
    for t in [vm.t.dict_keys, vm.t.dict_values, vm.t.dict_items] {
        vm.add_methods(t, VIEW_METHODS);
    }
    for t in [vm.t.dict_keys, vm.t.dict_items] {
        // dict_values has no __contains__ (`in` iterates), as in CPython.
        vm.add_methods(t, &[MethodDef::method("__contains__", view_contains)]);
        vm.add_methods(t, SET_METHODS);
        // Set-like views compare by content, so they are unhashable.
        let h = vm.n.__hash__;
        let d = vm.type_dict(t);
        let none = vm.none_obj;
        vm.dict_set_item_str_key(d, h, none);
    }
}
