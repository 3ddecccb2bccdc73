//! `types.MappingProxyType` (`mappingproxy`): the read-only view that a
//! class's `__dict__` returns, as CPython 3.11's `Objects/descrobject.c`.
//! Every read operation is forwarded to the wrapped mapping; item
//! assignment and deletion fail because the type simply has no
//! `__setitem__` / `__delitem__`. A new proxy is made on each
//! `cls.__dict__` access (so `A.__dict__ is A.__dict__` is False, and its
//! size is CPython's 40 bytes: GC header + refcount, type, mapping).


use crate::bytecode::{BinaryOperator, ComparisonOperator};
use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// The wrapped mapping (owned).
pub struct MappingProxy {
    pub mapping: ObjRef,
}

impl NativeData for MappingProxy {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.mapping);
    }
    fn sizeof(&self) -> usize {
        // sizeof(mappingproxyobject): refcount, type, mapping.
        24
    }
}

impl Vm {
    /// A new read-only proxy over `mapping` (borrowed).
    pub fn new_mappingproxy(&mut self, mapping: ObjRef) -> ObjRef {
        let mapping = self.incref(mapping);
        let t = self.t.mappingproxy;
        self.alloc(t, Payload::Native(Box::new(MappingProxy { mapping })))
    }

    /// The mapping behind a proxy (borrowed); None for other objects.
    pub fn mappingproxy_target(&self, x: ObjRef) -> Option<ObjRef> {
        match self.heap.get(x) {
            Payload::Native(n) => n.as_any().downcast_ref::<MappingProxy>().map(|p| p.mapping),
            _ => None,
        }
    }
}

/// The wrapped mapping of `self` (borrowed), or CPython's descriptor error.
fn target(vm: &mut Vm, x: ObjRef) -> PyResult<ObjRef> {
    match vm.mappingproxy_target(x) {
        Some(m) => Ok(m),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("descriptor requires a 'mappingproxy' object but received a '{tn}'")))
        }
    }
}

fn mp_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let got = vm.parse_args(&inner, "mappingproxy", &["mapping"], 0, 0)?;
    let Some(mapping) = got[0] else {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    };
    let ty = vm.ty(mapping);
    let subscriptable = vm.lookup(ty, vm.n.__getitem__).is_some();
    if !subscriptable || vm.isinstance_type(mapping, vm.t.list) || vm.isinstance_type(mapping, vm.t.tuple) {
        let tn = vm.type_name_of(mapping);
        return Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {tn}")));
    }
    Ok(vm.new_mappingproxy(mapping))
}

fn mp_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__getitem__", 1, 1)?;
    let m = target(vm, args.args[0])?;
    vm.getitem(m, args.args[1])
}

fn mp_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__contains__", 1, 1)?;
    let m = target(vm, args.args[0])?;
    let r = vm.contains(m, args.args[1])?;
    Ok(vm.new_bool(r))
}

fn mp_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__len__", 0, 0)?;
    let m = target(vm, args.args[0])?;
    let n = vm.len(m)?;
    Ok(vm.new_int(n as i64))
}

fn mp_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__iter__", 0, 0)?;
    let m = target(vm, args.args[0])?;
    vm.iter(m)
}

fn mp_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__reversed__", 0, 0)?;
    let m = target(vm, args.args[0])?;
    let r = vm.t.reversed;
    vm.call(r, &[m])
}

fn mp_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__repr__", 0, 0)?;
    let m = target(vm, args.args[0])?;
    let inner = vm.repr_string(m)?;
    Ok(vm.new_str(format!("mappingproxy({inner})")))
}

fn mp_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__str__", 0, 0)?;
    let m = target(vm, args.args[0])?;
    vm.str(m)
}

/// `get(key, default=None)`: the mapping's own `get`, positional only.
fn mp_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.has_kw() {
        return Err(vm.type_error("get() takes no keyword arguments"));
    }
    vm.check_method_args(args, "get", 1, 2)?;
    let m = target(vm, args.args[0])?;
    vm.call_method(m, "get", &args.args[1..])
}

/// `keys()`, `values()`, `items()` and `copy()` ask the mapping.
fn forward(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 0, 0)?;
    let m = target(vm, args.args[0])?;
    vm.call_method(m, name, &[])
}

fn mp_keys(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    forward(vm, args, "keys")
}

fn mp_values(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    forward(vm, args, "values")
}

fn mp_items(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    forward(vm, args, "items")
}

fn mp_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    forward(vm, args, "copy")
}

/// Comparisons compare the wrapped mapping with the other operand.
fn compare(vm: &mut Vm, args: &Args, name: &str, op: ComparisonOperator) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 1)?;
    let m = target(vm, args.args[0])?;
    vm.rich_compare(m, args.args[1], op)
}

fn mp_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, "__eq__", ComparisonOperator::Eq)
}

fn mp_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, "__ne__", ComparisonOperator::Ne)
}

fn mp_lt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, "__lt__", ComparisonOperator::Lt)
}

fn mp_le(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, "__le__", ComparisonOperator::Le)
}

fn mp_gt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, "__gt__", ComparisonOperator::Gt)
}

fn mp_ge(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    compare(vm, args, "__ge__", ComparisonOperator::Ge)
}

/// `a | b`: proxies on either side are unwrapped, then the mappings are or-ed.
fn or_operands(vm: &Vm, a: ObjRef, b: ObjRef) -> (ObjRef, ObjRef) {
    (vm.mappingproxy_target(a).unwrap_or(a), vm.mappingproxy_target(b).unwrap_or(b))
}

fn mp_or(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__or__", 1, 1)?;
    let (a, b) = or_operands(vm, args.args[0], args.args[1]);
    vm.binary_op(a, b, BinaryOperator::Or)
}

fn mp_ror(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__ror__", 1, 1)?;
    let (a, b) = or_operands(vm, args.args[1], args.args[0]);
    vm.binary_op(a, b, BinaryOperator::Or)
}

fn mp_ior(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__ior__", 1, 1)?;
    Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", mp_new),
    MethodDef::method("__getitem__", mp_getitem),
    MethodDef::method("__contains__", mp_contains),
    MethodDef::method("__len__", mp_len),
    MethodDef::method("__iter__", mp_iter),
    MethodDef::method("__reversed__", mp_reversed),
    MethodDef::method("__repr__", mp_repr),
    MethodDef::method("__str__", mp_str),
    MethodDef::method("__eq__", mp_eq),
    MethodDef::method("__ne__", mp_ne),
    MethodDef::method("__lt__", mp_lt),
    MethodDef::method("__le__", mp_le),
    MethodDef::method("__gt__", mp_gt),
    MethodDef::method("__ge__", mp_ge),
    MethodDef::method("__or__", mp_or),
    MethodDef::method("__ror__", mp_ror),
    MethodDef::method("__ior__", mp_ior),
    MethodDef::method("get", mp_get),
    MethodDef::method("keys", mp_keys),
    MethodDef::method("values", mp_values),
    MethodDef::method("items", mp_items),
    MethodDef::method("copy", mp_copy),
    MethodDef::classmethod("__class_getitem__", super::generic_alias::class_getitem),
];

pub fn register(vm: &mut Vm) {
    let o = Some(vm.t.object);
    let t = vm.make_type("mappingproxy", o, BaseKind::Other, false);
    vm.t.mappingproxy = t;
    vm.add_methods(t, METHODS);
    vm.type_data_mut(t).basicsize = 24;
    // Unhashable, as in 3.11 (the hash came in 3.12).
    let h = vm.n.__hash__;
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_item_str_key(d, h, none);
    vm.type_modified(t);
}
