//! `types.SimpleNamespace` (CPython's `Objects/namespaceobject.c`, the type
//! of `sys.implementation`): an object whose `__init__` keywords become
//! attributes in its `__dict__`. Instances are 24 bytes plus the GC header
//! (refcount, type, dict pointer), are tracked by the collector and take no
//! weak references (subclasses do).

use crate::bytecode::ComparisonOperator as C;
use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

/// The (empty) native part; the attributes are the instance's own storage.
pub struct Namespace;

impl NativeData for Namespace {
    fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
    fn sizeof(&self) -> usize {
        24
    }
}

pub fn is_namespace(vm: &Vm, x: ObjRef) -> bool {
    matches!(vm.heap.get(x), Payload::Native(n) if n.as_any().is::<Namespace>())
}

fn me(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(&s) if is_namespace(vm, s) => Ok(s),
        Some(&s) => {
            let tn = vm.type_name_of(s);
            Err(vm.type_error(format!("descriptor '{name}' for 'types.SimpleNamespace' objects doesn't apply to a '{tn}' object")))
        }
        None => Err(vm.type_error(format!("descriptor '{name}' of 'types.SimpleNamespace' object needs an argument"))),
    }
}

/// A new empty `types.SimpleNamespace` (owned).
pub fn new_namespace(vm: &mut Vm) -> ObjRef {
    let t = vm.t.simple_namespace;
    vm.alloc(t, Payload::Native(Box::new(Namespace)))
}

fn ns_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    if !vm.is_type(cls) || !vm.is_subtype(cls, vm.t.simple_namespace) {
        return Err(vm.type_error("SimpleNamespace.__new__(X): X is not a subtype of types.SimpleNamespace"));
    }
    Ok(vm.alloc(cls, Payload::Native(Box::new(Namespace))))
}

fn ns_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__init__")?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("no positional arguments expected"));
    }
    let d = vm.instance_dict(s)?;
    let mut res = Ok(());
    for (k, v) in args.kw() {
        if vm.as_str(k).is_none() {
            let tn = vm.type_name_of(k);
            res = Err(vm.type_error(format!("keywords must be strings, not '{tn}'")));
            break;
        }
        if let Err(e) = vm.dict_set_item(d, k, v) {
            res = Err(e);
            break;
        }
    }
    vm.decref(d);
    res?;
    Ok(vm.none())
}

fn ns_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__repr__")?;
    let name = if vm.ty(s) == vm.t.simple_namespace { "namespace".to_string() } else { vm.type_name_of(s) };
    if !vm.repr_enter(s) {
        return Ok(vm.new_str(format!("{name}(...)")));
    }
    let r = (|| {
        let d = vm.instance_dict(s)?;
        let items: Vec<(ObjRef, ObjRef)> = vm.dict_items(d);
        for &(k, v) in &items {
            vm.incref(k);
            vm.incref(v);
        }
        let mut parts = Vec::new();
        let mut res = Ok(());
        for &(k, v) in &items {
            // Only non-empty str keys are shown.
            let Some(ks) = vm.as_str(k).filter(|k| !k.is_empty()).map(|k| k.to_string()) else { continue };
            match vm.repr_string(v) {
                Ok(vr) => parts.push(format!("{ks}={vr}")),
                Err(e) => {
                    res = Err(e);
                    break;
                }
            }
        }
        for (k, v) in items {
            vm.decref(k);
            vm.decref(v);
        }
        vm.decref(d);
        res.map(|()| parts.join(", "))
    })();
    vm.repr_leave(s);
    let body = r?;
    Ok(vm.new_str(format!("{name}({body})")))
}

fn compare(vm: &mut Vm, args: &Args, op: C, name: &str) -> PyResult<ObjRef> {
    let a = me(vm, args, name)?;
    let b = args.args[1];
    if !is_namespace(vm, b) {
        return Ok(vm.not_implemented());
    }
    let da = vm.instance_dict(a)?;
    let db = match vm.instance_dict(b) {
        Ok(d) => d,
        Err(e) => {
            vm.decref(da);
            return Err(e);
        }
    };
    let r = vm.rich_compare(da, db, op);
    vm.decref(da);
    vm.decref(db);
    r
}

fn ns_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Eq, "__eq__")
}
fn ns_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Ne, "__ne__")
}
fn ns_lt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Lt, "__lt__")
}
fn ns_le(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Le, "__le__")
}
fn ns_gt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Gt, "__gt__")
}
fn ns_ge(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, C::Ge, "__ge__")
}

fn ns_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__reduce__")?;
    let d = vm.instance_dict(s)?;
    let t = vm.incref(vm.ty(s));
    let e = vm.new_tuple(Vec::new());
    Ok(vm.new_tuple(vec![t, e, d]))
}

const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", ns_new),
    MethodDef::method("__repr__", ns_repr),
    MethodDef::method("__lt__", ns_lt),
    MethodDef::method("__le__", ns_le),
    MethodDef::method("__eq__", ns_eq),
    MethodDef::method("__ne__", ns_ne),
    MethodDef::method("__gt__", ns_gt),
    MethodDef::method("__ge__", ns_ge),
    MethodDef::method("__init__", ns_init),
    MethodDef::method("__reduce__", ns_reduce),
];

/// Creates `types.SimpleNamespace`.
pub fn register(vm: &mut Vm) {
    let t = vm.make_type("types.SimpleNamespace", Some(vm.t.object), BaseKind::Other, true);
    crate::types::collections::set_short_name(vm, t, "SimpleNamespace");
    vm.t.simple_namespace = t;
    vm.type_data_mut(t).has_dict = true;
    vm.type_data_mut(t).basicsize = 24;
    vm.add_methods(t, METHODS);
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_str(d, "__hash__", none);
    let doc = vm.new_str("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)".to_string());
    vm.dict_set_str(d, "__doc__", doc);
    vm.decref(doc);
    vm.set_type_module(t, "types");
    vm.type_modified(t);
}
