//! Introspection builtins: `isinstance`, `issubclass`, attribute access
//! functions, `callable`, `globals`, `locals`, `vars`, `dir`.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

impl Vm {
    /// `isinstance(obj, cls)` with tuples and `__instancecheck__`.
    pub fn isinstance(&mut self, obj: ObjRef, cls: ObjRef) -> PyResult<bool> {
        if let Some(items) = self.tuple_items(cls).map(|t| t.to_vec()) {
            for c in items {
                if self.isinstance(obj, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if self.ty(obj) == cls {
            return Ok(true);
        }
        if !self.is_type(cls) {
            // Non-class objects may define __instancecheck__ (GenericAlias, unions).
            if let Some(r) = self.call_special(cls, self.n.__instancecheck__, &[obj])? {
                let t = self.truthy(r);
                self.decref(r);
                return t;
            }
            return Err(self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        }
        let meta = self.ty(cls);
        if meta != self.t.type_ {
            if let Some(r) = self.call_special(cls, self.n.__instancecheck__, &[obj])? {
                let t = self.truthy(r);
                self.decref(r);
                return t;
            }
        }
        Ok(self.isinstance_type(obj, cls))
    }

    pub fn issubclass(&mut self, a: ObjRef, cls: ObjRef) -> PyResult<bool> {
        if let Some(items) = self.tuple_items(cls).map(|t| t.to_vec()) {
            for c in items {
                if self.issubclass(a, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !self.is_type(cls) {
            if let Some(r) = self.call_special(cls, self.n.__subclasscheck__, &[a])? {
                let t = self.truthy(r);
                self.decref(r);
                return t;
            }
            return Err(self.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        if !self.is_type(a) {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        let meta = self.ty(cls);
        if meta != self.t.type_ {
            if let Some(r) = self.call_special(cls, self.n.__subclasscheck__, &[a])? {
                let t = self.truthy(r);
                self.decref(r);
                return t;
            }
        }
        Ok(self.is_subtype(a, cls))
    }

    /// `sys.stdout` when it was replaced by a Python object (owned), else None.
    pub fn sys_stdout(&mut self) -> Option<ObjRef> {
        let sys = self.sys_module;
        if sys == self.null {
            return None;
        }
        let d = self.module_dict(sys);
        let v = self.dict_get_str(d, "stdout")?;
        if matches!(self.heap.get(v), Payload::Native(_)) && self.ty(v) == self.t.native_object {
            return None;
        }
        if self.stdout_obj == Some(v) {
            return None;
        }
        Some(self.incref(v))
    }
}

pub fn b_isinstance(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "isinstance", 2, 2)?;
    let r = vm.isinstance(args.args[0], args.args[1])?;
    Ok(vm.new_bool(r))
}

pub fn b_issubclass(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "issubclass", 2, 2)?;
    let r = vm.issubclass(args.args[0], args.args[1])?;
    Ok(vm.new_bool(r))
}

pub fn b_getattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getattr", 2, 3)?;
    let name = args.args[1];
    if vm.as_str(name).is_none() {
        let tn = vm.type_name_of(name);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    if args.args.len() == 3 {
        match vm.getattr_opt(args.args[0], name)? {
            Some(v) => Ok(v),
            None => Ok(vm.incref(args.args[2])),
        }
    } else {
        vm.getattr(args.args[0], name)
    }
}

pub fn b_setattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "setattr", 3, 3)?;
    if vm.as_str(args.args[1]).is_none() {
        let tn = vm.type_name_of(args.args[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    vm.setattr(args.args[0], args.args[1], args.args[2])?;
    Ok(vm.none())
}

pub fn b_delattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "delattr", 2, 2)?;
    if vm.as_str(args.args[1]).is_none() {
        let tn = vm.type_name_of(args.args[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    vm.delattr(args.args[0], args.args[1])?;
    Ok(vm.none())
}

pub fn b_hasattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "hasattr", 2, 2)?;
    if vm.as_str(args.args[1]).is_none() {
        let tn = vm.type_name_of(args.args[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    let r = vm.getattr_opt(args.args[0], args.args[1])?;
    let b = r.is_some();
    vm.xdecref(r);
    Ok(vm.new_bool(b))
}

pub fn b_callable(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "callable", 1, 1)?;
    let x = args.args[0];
    let r = match vm.heap.get(x) {
        Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_) => true,
        _ => vm.lookup(vm.ty(x), vm.n.__call__).is_some(),
    };
    Ok(vm.new_bool(r))
}

pub fn b_globals(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "globals", 0, 0)?;
    // perf helper: a namespace shows `__loader__`/`__spec__` (the import system loads lazily).
    vm.ensure_import_system();
    match vm.current_globals {
        Some(g) => Ok(vm.incref(g)),
        None => Ok(vm.new_dict()),
    }
}

/// `locals()`: the running frame's locals mapping (module and class bodies,
/// or a function frame's locals dict, which the call site provides).
pub fn b_locals(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "locals", 0, 0)?;
    vm.ensure_import_system();
    match vm.current_locals {
        Some(l) => Ok(vm.incref(l)),
        None => Ok(vm.new_dict()),
    }
}

/// The caller's locals mapping (owned): the frame's mapping or fast-locals
/// snapshot, else its globals.
pub fn caller_locals(vm: &mut Vm) -> ObjRef {
    vm.ensure_import_system();
    match vm.current_locals.or(vm.current_globals) {
        Some(l) => vm.incref(l),
        None => vm.new_dict(),
    }
}

pub fn b_vars(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "vars", 0, 1)?;
    match args.args.first() {
        None => Ok(caller_locals(vm)),
        Some(&o) => match vm.getattr_opt(o, vm.n.__dict__)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

pub fn b_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "dir", 0, 1)?;
    match args.args.first() {
        None => {
            let ns = caller_locals(vm);
            let l = vm.list_from_iterable(ns);
            vm.decref(ns);
            let l = l?;
            let sort = vm.lookup_str(vm.t.list, "sort").expect("list.sort");
            let s = vm.call(sort, &[l]);
            match s {
                Ok(s) => {
                    vm.decref(s);
                    Ok(l)
                }
                Err(e) => {
                    vm.decref(l);
                    Err(e)
                }
            }
        }
        Some(&o) => {
            let dn = vm.intern_static("__dir__");
            let r = vm.call_special(o, dn, &[])?;
            let r = match r {
                Some(r) => r,
                None => return Ok(vm.new_list(Vec::new())),
            };
            let l = vm.list_from_iterable(r);
            vm.decref(r);
            let l = l?;
            let sort = vm.lookup_str(vm.t.list, "sort").expect("list.sort");
            let s = vm.call(sort, &[l])?;
            vm.decref(s);
            Ok(l)
        }
    }
}

/// The builtins that read the caller's namespace when called without explicit
/// mappings; in function frames the VM gives them the frame's locals dict
/// (`types::frame::innermost_fast_locals`).
pub const FRAME_LOCALS_USERS: &[&str] = &["locals", "vars", "dir", "eval", "exec"];

/// `breakpoint()`: there is no debugger; like `PYTHONBREAKPOINT=0`, a no-op.
pub fn b_breakpoint(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.none())
}
