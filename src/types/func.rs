//! function, method, builtin functions, property, staticmethod,
//! classmethod, cell, code and module objects.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

fn func_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = args.args[0];
    let q = vm.func_qualname(f);
    let a = vm.heap.address(f);
    Ok(vm.new_str(format!("<function {q} at {a:#x}>")))
}

fn func_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = args.args[0];
    let obj = args.args.get(1).copied().filter(|&o| o != vm.none_obj);
    match obj {
        Some(o) => Ok(vm.new_method(f, o)),
        None => Ok(vm.incref(f)),
    }
}

fn method_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.check_args(&inner, "method", 2, 2)?;
    let (f, s) = (args.args[1], args.args[2]);
    let callable = match vm.heap.get(f) {
        Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_) => true,
        _ => vm.lookup(vm.ty(f), vm.n.__call__).is_some(),
    };
    if !callable {
        return Err(vm.type_error("first argument must be callable"));
    }
    if s == vm.none_obj {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.new_method(f, s))
}

fn method_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Payload::BoundMethod(m) = vm.heap.get(args.args[0]) else { return Err(vm.type_error("expected method")) };
    let (f, s) = **m;
    let q = match vm.heap.get(f) {
        Payload::Function(_) => vm.func_qualname(f),
        _ => {
            let r = vm.getattr_str(f, "__qualname__")?;
            let s = vm.str_string(r)?;
            vm.decref(r);
            s
        }
    };
    let sr = vm.repr_string(s)?;
    Ok(vm.new_str(format!("<bound method {q} of {sr}>")))
}

fn method_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (a, b) = (args.args[0], args.args[1]);
    let (Payload::BoundMethod(x), Payload::BoundMethod(y)) = (vm.heap.get(a), vm.heap.get(b)) else { return Ok(vm.not_implemented()) };
    let r = x.0 == y.0 && x.1 == y.1;
    Ok(vm.new_bool(r))
}

fn method_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Payload::BoundMethod(m) = vm.heap.get(args.args[0]) else { return Err(vm.type_error("expected method")) };
    let (f, s) = **m;
    let h = vm.identity_hash(f) ^ vm.hash(s)?;
    Ok(vm.new_int(h))
}

fn builtin_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let Payload::Builtin(b) = vm.heap.get(me) else { return Err(vm.type_error("expected builtin")) };
    let (name, self_, owner, binding) = (b.name, b.self_, b.owner, b.binding);
    let s = match (self_, owner) {
        (Some(s), _) if !matches!(vm.heap.get(s), Payload::Module(_)) => {
            let tn = vm.type_name_of(s);
            let a = vm.heap.address(s);
            if vm.is_type(s) && binding == crate::heap::Binding::ClassMethod {
                format!("<built-in method {name} of type object at {a:#x}>")
            } else {
                format!("<built-in method {name} of {tn} object at {a:#x}>")
            }
        }
        (None, Some(o)) if binding == crate::heap::Binding::Method => {
            let tn = vm.type_name(o);
            format!("<method '{name}' of '{tn}' objects>")
        }
        _ => format!("<built-in function {name}>"),
    };
    Ok(vm.new_str(s))
}

fn builtin_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let obj = args.args.get(1).copied().filter(|&o| o != vm.none_obj);
    let Payload::Builtin(b) = vm.heap.get(me) else { return Ok(vm.incref(me)) };
    if b.binding != crate::heap::Binding::Method || b.self_.is_some() {
        return Ok(vm.incref(me));
    }
    match obj {
        Some(o) => Ok(vm.bind_builtin(me, o)),
        None => Ok(vm.incref(me)),
    }
}

fn prop_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    Ok(vm.alloc(cls, Payload::Property(Box::new([None, None, None, None]))))
}

fn prop_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "property", &["fget", "fset", "fdel", "doc"], 0, 0)?;
    let mut vals = [None; 4];
    for i in 0..4 {
        vals[i] = p[i].filter(|&v| v != vm.none_obj).map(|v| vm.incref(v));
    }
    // The getter's docstring becomes the property's, None included (it is
    // then what `prop_doc` holds and what the collector visits).
    if vals[3].is_none() {
        if let Some(fg) = vals[0] {
            if let Ok(Some(d)) = vm.getattr_opt(fg, vm.n.__doc__) {
                vals[3] = Some(d);
            }
        }
    }
    let old = match vm.heap.get_mut(me) {
        Payload::Property(p) => std::mem::replace(&mut **p, vals),
        _ => return Err(vm.type_error("property.__init__ on a non-property")),
    };
    for o in old.into_iter().flatten() {
        vm.decref(o);
    }
    Ok(vm.none())
}

fn prop_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let obj = args.args.get(1).copied().filter(|&o| o != vm.none_obj);
    let ty = args.args.get(2).copied().unwrap_or(vm.t.object);
    vm.descr_get(me, obj, ty)
}

fn prop_copy_with(vm: &mut Vm, args: &Args, which: usize) -> PyResult<ObjRef> {
    let me = args.args[0];
    let Payload::Property(p) = vm.heap.get(me) else { return Err(vm.type_error("expected property")) };
    let mut vals = **p;
    vals[which] = Some(args.args[1]);
    for v in vals.iter().flatten() {
        vm.incref(*v);
    }
    let t = vm.ty(me);
    Ok(vm.alloc(t, Payload::Property(Box::new(vals))))
}
fn prop_getter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    prop_copy_with(vm, args, 0)
}
fn prop_setter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    prop_copy_with(vm, args, 1)
}
fn prop_deleter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    prop_copy_with(vm, args, 2)
}
fn prop_set(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let Payload::Property(p) = vm.heap.get(me) else { return Err(vm.type_error("expected property")) };
    match p[1] {
        Some(f) => vm.call(f, &[args.args[1], args.args[2]]),
        None => Err(vm.attribute_error("can't set attribute")),
    }
}
fn prop_part(vm: &mut Vm, args: &Args, i: usize) -> PyResult<ObjRef> {
    let Payload::Property(p) = vm.heap.get(args.args[0]) else { return Err(vm.type_error("expected property")) };
    match p[i] {
        Some(v) => Ok(vm.incref(v)),
        None => Ok(vm.none()),
    }
}
fn prop_fget(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    prop_part(vm, args, 0)
}
fn prop_fset(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    prop_part(vm, args, 1)
}
fn prop_fdel(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    prop_part(vm, args, 2)
}
fn prop_doc(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    prop_part(vm, args, 3)
}

/// CPython's checks for `staticmethod(f)` / `classmethod(f)`: no keywords,
/// then exactly one positional argument (PyArg_UnpackTuple's message).
fn unpack_one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    if inner.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = inner.pos().len();
    if n != 1 {
        return Err(vm.type_error(format!("{name} expected 1 argument, got {n}")));
    }
    Ok(())
}

fn sm_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    unpack_one(vm, args, "staticmethod")?;
    let f = vm.incref(args.args[1]);
    let sm = vm.alloc(cls, Payload::StaticMethod(f));
    wraps_callable(vm, sm, f)?;
    Ok(sm)
}
fn cm_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    unpack_one(vm, args, "classmethod")?;
    let f = vm.incref(args.args[1]);
    let cm = vm.alloc(cls, Payload::ClassMethod(f));
    wraps_callable(vm, cm, f)?;
    Ok(cm)
}

/// What `staticmethod(f)` / `classmethod(f)` do since 3.10, like
/// `functools.wraps`: the callable's `__module__`, `__name__`,
/// `__qualname__`, `__doc__` and `__annotations__` (those it has) are copied
/// into the new object's `__dict__`, a real dict from then on. (Reading a
/// function's `__annotations__` gives it an empty dict if it had none.)
/// Releases `w` on error.
fn wraps_callable(vm: &mut Vm, w: ObjRef, f: ObjRef) -> PyResult<()> {
    for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        let key = vm.intern(name);
        let r = match vm.getattr_opt(f, key) {
            Ok(Some(v)) => {
                let r = vm.setattr(w, key, v);
                vm.decref(v);
                r
            }
            Ok(None) => Ok(()),
            Err(e) => Err(e),
        };
        vm.decref(key);
        if let Err(e) = r {
            vm.decref(w);
            return Err(e);
        }
    }
    Ok(())
}
fn wrapped_func(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match vm.heap.get(args.args[0]) {
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => {
            let f = *f;
            Ok(vm.incref(f))
        }
        _ => Err(vm.type_error("expected staticmethod or classmethod")),
    }
}
fn sm_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let obj = args.args.get(1).copied().filter(|&o| o != vm.none_obj);
    let ty = match args.args.get(2).copied().filter(|&o| o != vm.none_obj) {
        Some(t) => t,
        None => obj.map(|o| vm.ty(o)).unwrap_or(vm.t.object),
    };
    vm.descr_get(me, obj, ty)
}
fn sm_call(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Payload::StaticMethod(f) = vm.heap.get(args.args[0]) else { return Err(vm.type_error("expected staticmethod")) };
    let f = *f;
    vm.call_kw(f, &args.args[1..], args.kwnames)
}

fn cell_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let a = vm.heap.address(me);
    let s = match vm.heap.get(me) {
        Payload::Cell(Some(v)) => {
            let v = *v;
            let tn = vm.type_name_of(v);
            format!("<cell at {a:#x}: {tn} object at {:#x}>", vm.heap.address(v))
        }
        _ => format!("<cell at {a:#x}: empty>"),
    };
    Ok(vm.new_str(s))
}
fn cell_contents(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match vm.heap.get(args.args[0]) {
        Payload::Cell(Some(v)) => {
            let v = *v;
            Ok(vm.incref(v))
        }
        _ => Err(vm.value_error("Cell is empty")),
    }
}

fn code_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let Payload::Code(c) = vm.heap.get(me) else { return Err(vm.type_error("expected code")) };
    let (name, file, line) = (c.code.name.clone(), c.code.filename.clone(), c.code.first_line);
    let a = vm.heap.address(me);
    Ok(vm.new_str(format!("<code object {name} at {a:#x}, file \"{file}\", line {line}>")))
}

fn module_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    // modsys helper: CPython's repr comes from the module's spec/loader (importlib._bootstrap._module_repr).
    if let Some(b) = vm.importlib_bootstrap() {
        let b = vm.incref(b);
        let r = vm.call_method(b, "_module_repr", &[me]);
        vm.decref(b);
        return r;
    }
    let name = vm.module_name(me);
    let d = vm.module_dict(me);
    let s = match vm.dict_get_str(d, "__file__").and_then(|f| vm.as_str(f)).map(|s| s.to_string()) {
        Some(f) => format!("<module '{name}' from '{f}'>"),
        None => format!("<module '{name}' (built-in)>"),
    };
    Ok(vm.new_str(s))
}

fn module_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "module", &["name", "doc"], 0, 1)?;
    let name = vm.str_string(p[0].expect("required"))?;
    let m = vm.new_module(&name);
    if let Some(d) = p[1] {
        let md = vm.module_dict(m);
        vm.dict_set_str(md, "__doc__", d);
    }
    Ok(m)
}

fn module_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = vm.module_dict(args.args[0]);
    let keys: Vec<ObjRef> = vm.dict_items(d).into_iter().map(|(k, _)| k).collect();
    for &k in &keys {
        vm.incref(k);
    }
    let l = vm.new_list(keys);
    Ok(l)
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.function;
    vm.add_methods(t, &[MethodDef::method("__repr__", func_repr), MethodDef::method("__get__", func_get)]);
    let t = vm.t.method;
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", method_new), MethodDef::method("__repr__", method_repr), MethodDef::method("__eq__", method_eq), MethodDef::method("__hash__", method_hash)]);
    // builtin_function_or_method has no __get__ (builtins do not bind).
    let t = vm.t.builtin_function;
    vm.add_methods(t, &[MethodDef::method("__repr__", builtin_repr)]);
    for t in [vm.t.method_descriptor, vm.t.classmethod_descriptor] {
        vm.add_methods(t, &[MethodDef::method("__repr__", builtin_repr), MethodDef::method("__get__", builtin_get)]);
    }
    let t = vm.t.property;
    vm.add_methods(
        t,
        &[
            MethodDef::staticmethod("__new__", prop_new),
            MethodDef::method("__init__", prop_init),
            MethodDef::method("__get__", prop_get),
            MethodDef::method("__set__", prop_set),
            MethodDef::method("getter", prop_getter),
            MethodDef::method("setter", prop_setter),
            MethodDef::method("deleter", prop_deleter),
        ],
    );
    vm.add_properties(t, &[MethodDef::method("fget", prop_fget), MethodDef::method("fset", prop_fset), MethodDef::method("fdel", prop_fdel), MethodDef::method("__doc__", prop_doc)]);
    let t = vm.t.staticmethod;
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", sm_new), MethodDef::method("__get__", sm_get), MethodDef::method("__call__", sm_call)]);
    vm.add_properties(t, &[MethodDef::method("__func__", wrapped_func), MethodDef::method("__wrapped__", wrapped_func)]);
    vm.type_data_mut(t).has_dict = true;
    let t = vm.t.classmethod;
    vm.type_data_mut(t).has_dict = true;
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", cm_new), MethodDef::method("__get__", sm_get)]);
    vm.add_properties(t, &[MethodDef::method("__func__", wrapped_func), MethodDef::method("__wrapped__", wrapped_func)]);
    let t = vm.t.cell;
    vm.add_methods(t, &[MethodDef::method("__repr__", cell_repr)]);
    vm.add_properties(t, &[MethodDef::method("cell_contents", cell_contents)]);
    let t = vm.t.code;
    vm.add_methods(t, &[MethodDef::method("__repr__", code_repr)]);
    let t = vm.t.module;
    vm.add_methods(t, &[MethodDef::method("__repr__", module_repr), MethodDef::staticmethod("__new__", module_new), MethodDef::method("__dir__", module_dir)]);
    crate::vm::gen::register(vm);
}
