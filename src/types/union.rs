//! `types.UnionType`: what `int | str` (`type.__or__` / `__ror__`) builds,
//! as CPython 3.11's `Objects/unionobject.c`: the arguments flattened and
//! deduplicated (`None` stored as `NoneType`), a single argument returned
//! as itself, repr `int | str`, `__args__`, order-insensitive equality and
//! hash, and `isinstance` / `issubclass` over the arguments.


use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// The argument tuple (owned).
pub struct Union {
    pub args: ObjRef,
}

impl NativeData for Union {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.args);
    }
    fn sizeof(&self) -> usize {
        // sizeof(unionobject) in CPython 3.11 (header, args, parameters).
        32
    }
}

impl Vm {
    /// The argument tuple of a union (borrowed).
    pub fn union_args(&self, x: ObjRef) -> Option<ObjRef> {
        match self.heap.get(x) {
            Payload::Native(n) => n.as_any().downcast_ref::<Union>().map(|u| u.args),
            _ => None,
        }
    }

    /// CPython's `is_unionable`: None, classes, generic aliases and unions.
    fn is_unionable(&self, x: ObjRef) -> bool {
        x == self.none_obj || self.is_type(x) || self.generic_alias_parts(x).is_some() || self.union_args(x).is_some()
    }

    /// `a | b` for unionable operands (borrowed); None when either is not.
    pub fn union_or(&mut self, a: ObjRef, b: ObjRef) -> PyResult<Option<ObjRef>> {
        if !self.is_unionable(a) || !self.is_unionable(b) {
            return Ok(None);
        }
        let mut items: Vec<ObjRef> = Vec::new();
        for x in [a, b] {
            match self.union_args(x) {
                Some(t) => items.extend(self.tuple_items(t).map(|t| t.to_vec()).unwrap_or_default()),
                None => items.push(if x == self.none_obj { self.t.none_type } else { x }),
            }
        }
        // Deduplicate: by identity, and by equality between generic aliases.
        let mut kept: Vec<ObjRef> = Vec::new();
        for x in items {
            let mut dup = false;
            for &k in &kept {
                if k == x {
                    dup = true;
                } else if self.generic_alias_parts(k).is_some() && self.generic_alias_parts(x).is_some() {
                    dup = self.compare_bool(k, x, crate::bytecode::ComparisonOperator::Eq)?;
                }
                if dup {
                    break;
                }
            }
            if !dup {
                kept.push(x);
            }
        }
        if kept.len() == 1 {
            return Ok(Some(self.incref(kept[0])));
        }
        for &k in &kept {
            self.incref(k);
        }
        let args = self.new_tuple(kept);
        let t = self.t.union_type;
        Ok(Some(self.alloc(t, Payload::Native(Box::new(Union { args })))))
    }
}

fn args_of(vm: &mut Vm, x: ObjRef) -> PyResult<ObjRef> {
    match vm.union_args(x) {
        Some(a) => Ok(a),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("descriptor requires a 'types.UnionType' object but received a '{tn}'")))
        }
    }
}

/// `type.__or__` / `type.__ror__` and the union's own: NotImplemented for
/// operands that cannot be in a union.
pub fn union_or_method(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__or__", 1, 1)?;
    match vm.union_or(args.args[0], args.args[1])? {
        Some(u) => Ok(u),
        None => Ok(vm.not_implemented()),
    }
}

pub fn union_ror_method(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__ror__", 1, 1)?;
    match vm.union_or(args.args[1], args.args[0])? {
        Some(u) => Ok(u),
        None => Ok(vm.not_implemented()),
    }
}

/// CPython's `union_repr_item`.
fn repr_item(vm: &mut Vm, x: ObjRef) -> PyResult<String> {
    if x == vm.t.none_type {
        return Ok("None".to_string());
    }
    if vm.generic_alias_parts(x).is_some() || vm.union_args(x).is_some() || !vm.is_type(x) {
        return vm.repr_string(x);
    }
    let q = vm.getattr_str(x, "__qualname__")?;
    let m = match vm.getattr_str(x, "__module__") {
        Ok(m) => m,
        Err(e) => {
            vm.decref(q);
            return Err(e);
        }
    };
    let qs = vm.str_string(q);
    let ms = vm.str_string(m);
    vm.decref(q);
    vm.decref(m);
    let (qs, ms) = (qs?, ms?);
    Ok(if ms == "builtins" { qs } else { format!("{ms}.{qs}") })
}

fn union_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__repr__", 0, 0)?;
    let a = args_of(vm, args.args[0])?;
    let items = vm.tuple_items(a).map(|t| t.to_vec()).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for x in items {
        parts.push(repr_item(vm, x)?);
    }
    Ok(vm.new_str(parts.join(" | ")))
}

fn union_get_args(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = args_of(vm, args.args[0])?;
    Ok(vm.incref(a))
}

fn union_parameters(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    args_of(vm, args.args[0])?;
    Ok(vm.new_tuple(Vec::new()))
}

/// The arguments as a frozenset (equality and hashing ignore order).
fn args_set(vm: &mut Vm, x: ObjRef) -> PyResult<ObjRef> {
    let a = args_of(vm, x)?;
    let s = vm.new_set(true);
    let items = vm.tuple_items(a).map(|t| t.to_vec()).unwrap_or_default();
    for i in items {
        if let Err(e) = vm.set_add(s, i) {
            vm.decref(s);
            return Err(e);
        }
    }
    Ok(s)
}

fn union_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__eq__", 1, 1)?;
    let (a, b) = (args.args[0], args.args[1]);
    if vm.union_args(b).is_none() {
        return Ok(vm.not_implemented());
    }
    let sa = args_set(vm, a)?;
    let sb = match args_set(vm, b) {
        Ok(s) => s,
        Err(e) => {
            vm.decref(sa);
            return Err(e);
        }
    };
    let r = vm.rich_compare(sa, sb, crate::bytecode::ComparisonOperator::Eq);
    vm.decref(sa);
    vm.decref(sb);
    r
}

fn union_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__hash__", 0, 0)?;
    let s = args_set(vm, args.args[0])?;
    let h = vm.hash(s);
    vm.decref(s);
    let h = h?;
    Ok(vm.new_int(h))
}

/// `isinstance(x, U)` / `issubclass(c, U)`: like a tuple of the arguments,
/// in order (a parameterized generic raises only when it is reached).
fn check_each(vm: &mut Vm, u: ObjRef, x: ObjRef, subclass: bool) -> PyResult<ObjRef> {
    let a = args_of(vm, u)?;
    let items = vm.tuple_items(a).map(|t| t.to_vec()).unwrap_or_default();
    for arg in items {
        let hit = if subclass { vm.issubclass(x, arg)? } else { vm.isinstance(x, arg)? };
        if hit {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn union_instancecheck(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__instancecheck__", 1, 1)?;
    check_each(vm, args.args[0], args.args[1], false)
}

fn union_subclasscheck(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__subclasscheck__", 1, 1)?;
    check_each(vm, args.args[0], args.args[1], true)
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", union_repr),
    MethodDef::method("__or__", union_or_method),
    MethodDef::method("__ror__", union_ror_method),
    MethodDef::method("__eq__", union_eq),
    MethodDef::method("__hash__", union_hash),
    MethodDef::method("__instancecheck__", union_instancecheck),
    MethodDef::method("__subclasscheck__", union_subclasscheck),
];

pub fn register(vm: &mut Vm) {
    let o = Some(vm.t.object);
    let t = vm.make_type("UnionType", o, BaseKind::Other, false);
    vm.t.union_type = t;
    vm.add_methods(t, METHODS);
    vm.add_properties(t, &[MethodDef::method("__args__", union_get_args), MethodDef::method("__parameters__", union_parameters)]);
    vm.set_type_module(t, "types");
    let d = vm.type_dict(t);
    let doc = vm.new_str("Represent a PEP 604 union type\n\nE.g. for int | str");
    vm.dict_set_str(d, "__doc__", doc);
    vm.decref(doc);
    vm.type_modified(t);
    // `list[int] | None` (GenericAlias has the same operators in CPython).
    let ga = vm.t.generic_alias;
    vm.add_methods(ga, &[MethodDef::method("__or__", union_or_method), MethodDef::method("__ror__", union_ror_method)]);
    vm.type_modified(ga);
}
