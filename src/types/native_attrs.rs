//! Namespace entries that make `dir()` / `vars()` of builtin types list
//! what CPython 3.11 lists: getset descriptors for attributes the VM
//! provides natively (`BaseException.args`, `function.__code__`, …; reads
//! and writes go through `builtin_attr` / `builtin_setattr`), the `__call__`
//! of the callable kinds, and a few reflected operators.

use crate::vm::{Args, PyResult, Vm};

use crate::heap::{ObjRef, Payload};

use super::descr::{DICT_GETSET, NATIVE_GETSET};
use super::MethodDef;

/// `f.__call__(*args, **kw)` for functions, methods and builtins.
fn call_self(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.call_kw(args.args[0], &args.args[1..], args.kwnames)
}

/// Native attributes CPython exposes as read-only members
/// (assignment: `AttributeError: readonly attribute`).
fn add_native_readonly(vm: &mut Vm, ty: ObjRef, names: &[&str]) {
    for name in names {
        let n = vm.intern(name);
        let d = vm.new_readonly_member_descr(n, ty, NATIVE_GETSET);
        let dict = vm.type_dict(ty);
        vm.dict_set_item_str_key(dict, n, d);
        vm.decref(d);
        vm.decref(n);
    }
    vm.type_modified(ty);
}

fn add_dict_getset(vm: &mut Vm, ty: ObjRef) {
    let n = vm.n.__dict__;
    let d = vm.new_member_descr(n, ty, DICT_GETSET);
    let dict = vm.type_dict(ty);
    vm.dict_set_item_str_key(dict, n, d);
    vm.decref(d);
    vm.type_modified(ty);
}

/// Class attributes that type's getsets keep in the class's own namespace.
const TYPE_DICT_ATTRS: &[&str] = &["__module__", "__annotations__", "__abstractmethods__"];

impl Vm {
    /// Reads a native getset (see descr.rs `NATIVE_GETSET`).
    pub fn native_getset_get(&mut self, obj: ObjRef, name: ObjRef, owner: ObjRef) -> PyResult<ObjRef> {
        let n = self.as_str(name).unwrap_or("").to_string();
        if !self.isinstance_type(obj, owner) {
            let (on, tn) = (self.type_name(owner), self.type_name_of(obj));
            return Err(self.type_error(format!("descriptor '{n}' for '{on}' objects doesn't apply to a '{tn}' object")));
        }
        if self.is_type(obj) && TYPE_DICT_ATTRS.contains(&n.as_str()) {
            let d = self.type_dict(obj);
            // `type`'s own namespace holds the getset itself: skip it.
            if let Some(v) = self.dict_get_item(d, name)?.filter(|&v| self.member_of(v).is_none()) {
                return Ok(self.incref(v));
            }
            let heap = self.type_data(obj).heap_type;
            match n.as_str() {
                "__annotations__" if heap => {
                    let a = self.new_dict();
                    let d = self.type_dict(obj);
                    self.dict_set_item(d, name, a)?;
                    self.type_modified(obj);
                    return Ok(a);
                }
                "__abstractmethods__" => return Err(self.attribute_error(n)),
                "__module__" if !heap => return Ok(self.new_str("builtins")),
                _ => {}
            }
        }
        match self.builtin_attr(obj, name)? {
            Some(v) => Ok(v),
            None if self.is_type(obj) => {
                let tn = self.type_name(obj);
                Err(self.attribute_error(format!("type object '{tn}' has no attribute '{n}'")))
            }
            None => {
                let tn = self.type_name_of(obj);
                Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
            }
        }
    }

    /// Sets (Some) or deletes (None) a native getset.
    pub fn native_getset_set(&mut self, obj: ObjRef, name: ObjRef, owner: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let n = self.as_str(name).unwrap_or("").to_string();
        if self.is_type(obj) && TYPE_DICT_ATTRS.contains(&n.as_str()) {
            if !self.type_data(obj).heap_type {
                let tn = self.type_name(obj);
                return Err(self.type_error(format!("cannot set '{n}' attribute of immutable type '{tn}'")));
            }
            let d = self.type_dict(obj);
            let r = match value {
                Some(v) => self.dict_set_item(d, name, v),
                None => match self.dict_del_item(d, name)? {
                    true => Ok(()),
                    false => Err(self.attribute_error(n)),
                },
            };
            self.type_modified(obj);
            return r;
        }
        match self.builtin_setattr(obj, name, value)? {
            Some(()) => Ok(()),
            None => {
                let on = self.type_name(owner);
                Err(self.attribute_error(format!("attribute '{n}' of '{on}' objects is not writable")))
            }
        }
    }
}

/// `property.__delete__(obj)`: calls fdel.
fn prop_delete(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__delete__", 1, 1)?;
    let (me, obj) = (args.args[0], args.args[1]);
    let Payload::Property(p) = vm.heap.get(me) else { return Err(vm.type_error("expected property")) };
    let (fget, fdel) = (p[0], p[2]);
    if let Some(f) = fdel {
        return vm.call(f, &[obj]);
    }
    let tn = vm.type_name_of(obj);
    let name = match fget {
        Some(g) => {
            let k = vm.n.__name__;
            match vm.getattr_opt(g, k)? {
                Some(n) => {
                    let r = vm.repr_string(n);
                    vm.decref(n);
                    Some(r?)
                }
                None => None,
            }
        }
        None => None,
    };
    Err(match name {
        Some(n) => vm.attribute_error(format!("property {n} of '{tn}' object has no deleter")),
        None => vm.attribute_error(format!("property of '{tn}' object has no deleter")),
    })
}

/// Whether `f.__isabstractmethod__` is true (errors other than AttributeError propagate).
fn is_abstract(vm: &mut Vm, f: ObjRef) -> PyResult<bool> {
    let k = vm.n.__isabstractmethod__;
    match vm.getattr_opt(f, k)? {
        Some(v) => {
            let t = vm.truthy(v);
            vm.decref(v);
            t
        }
        None => Ok(false),
    }
}

fn prop_isabstract(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Payload::Property(p) = vm.heap.get(args.args[0]) else { return Err(vm.type_error("expected property")) };
    let parts: Vec<ObjRef> = p[..3].iter().flatten().copied().collect();
    for f in parts {
        if is_abstract(vm, f)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn wrapper_isabstract(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = match vm.heap.get(args.args[0]) {
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => *f,
        _ => return Err(vm.type_error("expected staticmethod or classmethod")),
    };
    let r = is_abstract(vm, f)?;
    Ok(vm.new_bool(r))
}

/// `method.__ne__`: the negation of method equality (same function and self).
fn method_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__ne__", 1, 1)?;
    let (a, b) = (args.args[0], args.args[1]);
    let (Payload::BoundMethod(x), Payload::BoundMethod(y)) = (vm.heap.get(a), vm.heap.get(b)) else { return Ok(vm.not_implemented()) };
    let same = x.0 == y.0 && x.1 == y.1;
    Ok(vm.new_bool(!same))
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.method;
    vm.add_methods(t, &[MethodDef::method("__ne__", method_ne)]);
    let t = vm.t.object;
    vm.add_native_getsets(t, &["__class__"]);
    let t = vm.t.property;
    vm.add_methods(t, &[MethodDef::method("__delete__", prop_delete)]);
    vm.add_properties(t, &[MethodDef::method("__isabstractmethod__", prop_isabstract)]);
    for t in [vm.t.staticmethod, vm.t.classmethod] {
        vm.add_properties(t, &[MethodDef::method("__isabstractmethod__", wrapper_isabstract)]);
    }

    let t = vm.t.type_;
    vm.add_native_getsets(t, &["__abstractmethods__", "__annotations__", "__base__", "__bases__", "__module__", "__mro__", "__name__", "__qualname__"]);
    // slots helper: the rest of the layout (types/type_layout.rs), read-only members in CPython.
    add_native_readonly(vm, t, &["__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__", "__flags__"]);
    add_dict_getset(vm, t);

    let t = vm.t.base_exception;
    vm.add_native_getsets(t, &["args", "__traceback__", "__cause__", "__context__", "__suppress_context__"]);
    add_dict_getset(vm, t);

    let t = vm.t.function;
    vm.add_native_getsets(t, &["__annotations__", "__code__", "__defaults__", "__kwdefaults__", "__module__", "__name__", "__qualname__"]);
    add_native_readonly(vm, t, &["__builtins__", "__closure__", "__globals__"]);
    add_dict_getset(vm, t);
    let call = [MethodDef::method("__call__", call_self)];
    for t in [vm.t.function, vm.t.method, vm.t.builtin_function, vm.t.method_descriptor, vm.t.classmethod_descriptor] {
        vm.add_methods(t, &call);
    }
    let t = vm.t.method;
    add_native_readonly(vm, t, &["__func__", "__self__"]);
    let t = vm.t.builtin_function;
    vm.add_native_getsets(t, &["__module__", "__name__", "__qualname__", "__self__"]);
    for t in [vm.t.method_descriptor, vm.t.classmethod_descriptor] {
        vm.add_native_getsets(t, &["__name__", "__objclass__", "__qualname__"]);
    }
    // slots helper: CPython's members and getsets of the slot wrapper kinds.
    let t = vm.t.wrapper_descriptor;
    add_native_readonly(vm, t, &["__name__", "__objclass__"]);
    vm.add_native_getsets(t, &["__qualname__", "__text_signature__"]);
    let t = vm.t.method_wrapper;
    add_native_readonly(vm, t, &["__self__"]);
    vm.add_native_getsets(t, &["__name__", "__objclass__", "__qualname__", "__text_signature__"]);
    let t = vm.t.generator;
    vm.add_native_getsets(t, &["__name__", "__qualname__", "gi_running", "gi_suspended"]);
    let t = vm.t.code;
    add_native_readonly(
        vm,
        t,
        &[
            "co_argcount",
            "co_cellvars",
            "co_filename",
            "co_firstlineno",
            "co_flags",
            "co_freevars",
            "co_kwonlyargcount",
            "co_name",
            "co_names",
            "co_nlocals",
            "co_posonlyargcount",
            "co_qualname",
            "co_varnames",
        ],
    );
}
