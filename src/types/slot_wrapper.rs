//! Slot wrappers: the dunders CPython fills a builtin type's slots with
//! (`tp_repr`, `nb_add`, `sq_length`, …) are `wrapper_descriptor`s on the
//! type (`int.__add__` → `<slot wrapper '__add__' of 'int' objects>`) and
//! `method-wrapper`s when bound (`(1).__add__`).
//!
//! Storage: a wrapper descriptor is an ordinary native method
//! (`Payload::Builtin`, binding `Method`) whose type is `wrapper_descriptor`
//! and whose `doc` is the slot's docstring (`Some("")` for the slots without
//! one) — so calls take the same fast paths as `method_descriptor`s. A
//! method-wrapper is a `Payload::BoundMethod(descriptor, self)` of type
//! `method-wrapper`: calling it unpacks to the descriptor like a bound
//! method, and the collector sees `[descriptor, self]` as CPython's
//! `wrapper_traverse` does.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::MethodDef;

/// How many arguments (after self) a slot's wrapper function takes, and
/// which CPython helper checks them (its error messages differ).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arity {
    /// `check_num_args`: "expected 1 argument, got 2".
    Exact(usize),
    /// `PyArg_UnpackTuple(args, "", min, max)`: " expected at least 1 argument, got 0".
    Unpack(usize, usize),
    /// `__init__` / `__call__`: anything (keywords too).
    Any,
}

/// One CPython slot wrapper: name, `__doc__` ("" = None), `__text_signature__`.
struct Slot {
    name: &'static str,
    doc: &'static str,
    sig: &'static str,
    arity: Arity,
}

const fn s(name: &'static str, doc: &'static str, sig: &'static str, arity: Arity) -> Slot {
    Slot { name, doc, sig, arity }
}

const UNARY: &str = "($self, /)";
const BINARY: &str = "($self, value, /)";
const TERNARY: &str = "($self, value, mod=None, /)";
const E0: Arity = Arity::Exact(0);
const E1: Arity = Arity::Exact(1);

/// CPython 3.11's slot table, as the wrappers it makes present themselves.
const SLOTS: &[Slot] = &[
    s("__getattribute__", "Return getattr(self, name).", "($self, name, /)", E1),
    s("__setattr__", "Implement setattr(self, name, value).", "($self, name, value, /)", Arity::Unpack(2, 2)),
    s("__delattr__", "Implement delattr(self, name).", "($self, name, /)", E1),
    s("__repr__", "Return repr(self).", UNARY, E0),
    s("__hash__", "Return hash(self).", UNARY, E0),
    s("__call__", "Call self as a function.", "($self, /, *args, **kwargs)", Arity::Any),
    s("__str__", "Return str(self).", UNARY, E0),
    s("__lt__", "Return self<value.", BINARY, E1),
    s("__le__", "Return self<=value.", BINARY, E1),
    s("__eq__", "Return self==value.", BINARY, E1),
    s("__ne__", "Return self!=value.", BINARY, E1),
    s("__gt__", "Return self>value.", BINARY, E1),
    s("__ge__", "Return self>=value.", BINARY, E1),
    s("__iter__", "Implement iter(self).", UNARY, E0),
    s("__next__", "Implement next(self).", UNARY, E0),
    s("__get__", "Return an attribute of instance, which is of type owner.", "($self, instance, owner=None, /)", Arity::Unpack(1, 2)),
    s("__set__", "Set an attribute of instance to value.", "($self, instance, value, /)", Arity::Unpack(2, 2)),
    s("__delete__", "Delete an attribute of instance.", "($self, instance, /)", E1),
    s("__init__", "Initialize self.  See help(type(self)) for accurate signature.", "($self, /, *args, **kwargs)", Arity::Any),
    s("__del__", "", "", E0),
    s("__await__", "Return an iterator to be used in await expression.", UNARY, E0),
    s("__aiter__", "Return an awaitable, that resolves in asynchronous iterator.", UNARY, E0),
    s("__anext__", "Return a value or raise StopAsyncIteration.", UNARY, E0),
    s("__add__", "Return self+value.", BINARY, E1),
    s("__radd__", "Return value+self.", BINARY, E1),
    s("__sub__", "Return self-value.", BINARY, E1),
    s("__rsub__", "Return value-self.", BINARY, E1),
    s("__mul__", "Return self*value.", BINARY, E1),
    s("__rmul__", "Return value*self.", BINARY, E1),
    s("__mod__", "Return self%value.", BINARY, E1),
    s("__rmod__", "Return value%self.", BINARY, E1),
    s("__divmod__", "Return divmod(self, value).", BINARY, E1),
    s("__rdivmod__", "Return divmod(value, self).", BINARY, E1),
    s("__pow__", "Return pow(self, value, mod).", TERNARY, Arity::Unpack(1, 2)),
    s("__rpow__", "Return pow(value, self, mod).", TERNARY, Arity::Unpack(1, 2)),
    s("__neg__", "-self", UNARY, E0),
    s("__pos__", "+self", UNARY, E0),
    s("__abs__", "abs(self)", UNARY, E0),
    s("__bool__", "True if self else False", UNARY, E0),
    s("__invert__", "~self", UNARY, E0),
    s("__lshift__", "Return self<<value.", BINARY, E1),
    s("__rlshift__", "Return value<<self.", BINARY, E1),
    s("__rshift__", "Return self>>value.", BINARY, E1),
    s("__rrshift__", "Return value>>self.", BINARY, E1),
    s("__and__", "Return self&value.", BINARY, E1),
    s("__rand__", "Return value&self.", BINARY, E1),
    s("__xor__", "Return self^value.", BINARY, E1),
    s("__rxor__", "Return value^self.", BINARY, E1),
    s("__or__", "Return self|value.", BINARY, E1),
    s("__ror__", "Return value|self.", BINARY, E1),
    s("__int__", "int(self)", UNARY, E0),
    s("__float__", "float(self)", UNARY, E0),
    // The builtin types with `+=` / `*=` implement them as sequence slots.
    s("__iadd__", "Implement self+=value.", BINARY, E1),
    s("__isub__", "Return self-=value.", BINARY, E1),
    s("__imul__", "Implement self*=value.", BINARY, E1),
    s("__imod__", "Return self%=value.", BINARY, E1),
    s("__ipow__", "Return self**=value.", BINARY, Arity::Unpack(1, 2)),
    s("__ilshift__", "Return self<<=value.", BINARY, E1),
    s("__irshift__", "Return self>>=value.", BINARY, E1),
    s("__iand__", "Return self&=value.", BINARY, E1),
    s("__ixor__", "Return self^=value.", BINARY, E1),
    s("__ior__", "Return self|=value.", BINARY, E1),
    s("__floordiv__", "Return self//value.", BINARY, E1),
    s("__rfloordiv__", "Return value//self.", BINARY, E1),
    s("__truediv__", "Return self/value.", BINARY, E1),
    s("__rtruediv__", "Return value/self.", BINARY, E1),
    s("__ifloordiv__", "Return self//=value.", BINARY, E1),
    s("__itruediv__", "Return self/=value.", BINARY, E1),
    s("__index__", "Return self converted to an integer, if self is suitable for use as an index into a list.", UNARY, E0),
    s("__matmul__", "Return self@value.", BINARY, E1),
    s("__rmatmul__", "Return value@self.", BINARY, E1),
    s("__imatmul__", "Return self@=value.", BINARY, E1),
    s("__len__", "Return len(self).", UNARY, E0),
    s("__getitem__", "Return self[key].", "($self, key, /)", E1),
    s("__setitem__", "Set self[key] to value.", "($self, key, value, /)", Arity::Unpack(2, 2)),
    s("__delitem__", "Delete self[key].", "($self, key, /)", E1),
    s("__contains__", "Return key in self.", "($self, key, /)", E1),
];

fn slot(name: &str) -> Option<&'static Slot> {
    // Every slot name is a dunder: skip the search for ordinary methods.
    if !name.starts_with("__") {
        return None;
    }
    SLOTS.iter().find(|s| s.name == name)
}

/// The docstring that marks a type's native method `name` as a slot wrapper
/// (None: an ordinary method descriptor). The few dunders CPython's types
/// define as methods that coexist with their slot stay method descriptors.
pub fn slot_doc(vm: &Vm, owner: ObjRef, name: &str) -> Option<&'static str> {
    let sl = slot(name)?;
    let t = &vm.t;
    let as_method = match name {
        "__getitem__" => owner == t.dict || owner == t.list,
        "__contains__" => owner == t.dict || owner == t.set || owner == t.frozenset,
        _ => false,
    };
    (!as_method).then_some(sl.doc)
}

/// `__text_signature__` of a slot wrapper (None for `__del__`).
pub fn slot_signature(name: &str) -> Option<&'static str> {
    slot(name).map(|s| s.sig).filter(|s| !s.is_empty())
}

/// Whether `n` arguments (after self) fit slot `name`'s wrapper.
pub fn arity_ok(name: &str, n: usize) -> bool {
    // perf: `super().__init__(…)` and `__call__` take anything; skip the search.
    if name == "__init__" || name == "__call__" {
        return true;
    }
    match slot(name).map(|s| s.arity) {
        Some(Arity::Exact(k)) => n == k,
        Some(Arity::Unpack(lo, hi)) => (lo..=hi).contains(&n),
        Some(Arity::Any) | None => true,
    }
}

/// Sequence types whose `*` is `sq_repeat`, checked by `PyArg_UnpackTuple`.
fn repeat_owner(vm: &Vm, owner: Option<ObjRef>) -> bool {
    let t = &vm.t;
    owner.is_some_and(|o| [t.list, t.tuple, t.str, t.bytes, t.bytearray].contains(&o))
}

impl Vm {
    /// CPython's TypeError for a slot wrapper called with the wrong number
    /// of arguments (`n` after self).
    pub fn slot_arity_error(&mut self, name: &str, owner: Option<ObjRef>, n: usize) -> PyErr {
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let arity = match slot(name).map(|s| s.arity) {
            Some(Arity::Exact(1)) if matches!(name, "__mul__" | "__rmul__" | "__imul__") && repeat_owner(self, owner) => Arity::Unpack(1, 1),
            Some(a) => a,
            None => Arity::Any,
        };
        let msg = match arity {
            Arity::Exact(k) => format!("expected {k} argument{}, got {n}", plural(k)),
            Arity::Unpack(lo, hi) if lo == hi => format!(" expected {lo} argument{}, got {n}", plural(lo)),
            Arity::Unpack(lo, _) if n < lo => format!(" expected at least {lo} argument{}, got {n}", plural(lo)),
            Arity::Unpack(_, hi) => format!(" expected at most {hi} argument{}, got {n}", plural(hi)),
            Arity::Any => format!("{name}() got {n} arguments"),
        };
        self.type_error(msg)
    }

    /// `descr.__get__(obj)` for a wrapper descriptor: a method-wrapper (owned).
    pub fn new_method_wrapper(&mut self, descr: ObjRef, self_: ObjRef) -> ObjRef {
        self.incref(descr);
        self.incref(self_);
        let t = self.t.method_wrapper;
        self.alloc(t, Payload::BoundMethod(Box::new((descr, self_))))
    }

    /// The (descriptor, self) of a method-wrapper.
    fn method_wrapper_parts(&mut self, mw: ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        match self.heap.get(mw) {
            Payload::BoundMethod(m) if self.ty(mw) == self.t.method_wrapper => Ok(**m),
            _ => Err(self.type_error("expected a method-wrapper")),
        }
    }
}

/// (name, owner type) of a wrapper descriptor.
fn descr_parts(vm: &mut Vm, d: ObjRef) -> PyResult<(&'static str, Option<ObjRef>)> {
    match vm.heap.get(d) {
        Payload::Builtin(b) => Ok((b.name, b.owner)),
        _ => Err(vm.type_error("expected a wrapper_descriptor")),
    }
}

fn wd_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (name, owner) = descr_parts(vm, args.args[0])?;
    let tn = owner.map(|o| vm.type_name(o)).unwrap_or_default();
    Ok(vm.new_str(format!("<slot wrapper '{name}' of '{tn}' objects>")))
}

/// `wrapper_descriptor.__get__(obj, type=None)`: binds like a method
/// descriptor, after CPython's `descr_check`.
fn wd_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let obj = args.args.get(1).copied().unwrap_or(vm.none_obj);
    let ty = args.args.get(2).copied().unwrap_or(vm.none_obj);
    if obj == vm.none_obj {
        if ty == vm.none_obj {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(vm.incref(me));
    }
    let (name, owner) = descr_parts(vm, me)?;
    if let Some(o) = owner {
        if !vm.isinstance_type(obj, o) {
            let (on, tn) = (vm.type_name(o), vm.type_name_of(obj));
            return Err(vm.type_error(format!("descriptor '{name}' for '{on}' objects doesn't apply to a '{tn}' object")));
        }
    }
    Ok(vm.new_method_wrapper(me, obj))
}

/// `(getattr, (owner, name))`, what both kinds reduce to.
fn reduce_to_getattr(vm: &mut Vm, target: ObjRef, name: &str) -> PyResult<ObjRef> {
    let bd = vm.module_dict(vm.builtins_module);
    let Some(g) = vm.dict_get_str(bd, "getattr") else { return Err(vm.runtime_error("lost builtins.getattr")) };
    let g = vm.incref(g);
    let t = vm.incref(target);
    let n = vm.new_str(name);
    let inner = vm.new_tuple(vec![t, n]);
    Ok(vm.new_tuple(vec![g, inner]))
}

fn wd_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__reduce__", 0, 0)?;
    let (name, owner) = descr_parts(vm, args.args[0])?;
    let o = owner.unwrap_or(vm.t.object);
    reduce_to_getattr(vm, o, name)
}

fn mw_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, s) = vm.method_wrapper_parts(args.args[0])?;
    let (name, _) = descr_parts(vm, d)?;
    let tn = vm.type_name_of(s);
    let a = vm.heap.address(s);
    Ok(vm.new_str(format!("<method-wrapper '{name}' of {tn} object at {a:#x}>")))
}

/// Equal when both wrap the same descriptor and the very same object.
fn mw_same(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    let (a, b) = (args.args[0], args.args[1]);
    if vm.ty(b) != vm.t.method_wrapper {
        return Ok(None);
    }
    let x = vm.method_wrapper_parts(a)?;
    let y = vm.method_wrapper_parts(b)?;
    Ok(Some(x == y))
}

fn mw_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__eq__", 1, 1)?;
    match mw_same(vm, args)? {
        Some(r) => Ok(vm.new_bool(r)),
        None => Ok(vm.not_implemented()),
    }
}

fn mw_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__ne__", 1, 1)?;
    match mw_same(vm, args)? {
        Some(r) => Ok(vm.new_bool(!r)),
        None => Ok(vm.not_implemented()),
    }
}

fn mw_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (d, s) = vm.method_wrapper_parts(args.args[0])?;
    let h = vm.identity_hash(s) ^ vm.identity_hash(d);
    // -1 is reserved for errors in CPython's hashes.
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}

fn mw_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__reduce__", 0, 0)?;
    let (d, s) = vm.method_wrapper_parts(args.args[0])?;
    let (name, _) = descr_parts(vm, d)?;
    reduce_to_getattr(vm, s, name)
}

/// `f.__call__(*args, **kw)`: the wrapper itself, called.
fn call_self(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.call_kw(args.args[0], &args.args[1..], args.kwnames)
}

impl Vm {
    /// Native attributes of a wrapper descriptor or method-wrapper that
    /// `builtin_attr` does not know: `__text_signature__`, `__objclass__`.
    pub fn slot_wrapper_attr(&mut self, obj: ObjRef, name: &str) -> Option<ObjRef> {
        let d = match self.heap.get(obj) {
            Payload::BoundMethod(m) if self.ty(obj) == self.t.method_wrapper => m.0,
            Payload::Builtin(_) if self.ty(obj) == self.t.wrapper_descriptor => obj,
            _ => return None,
        };
        let Payload::Builtin(b) = self.heap.get(d) else { return None };
        let (bname, owner) = (b.name, b.owner);
        match name {
            "__text_signature__" => Some(match slot_signature(bname) {
                Some(sig) => self.new_str(sig),
                None => self.none(),
            }),
            "__objclass__" => owner.map(|o| self.incref(o)),
            _ => None,
        }
    }
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.wrapper_descriptor;
    vm.add_methods(
        t,
        &[
            MethodDef::method("__repr__", wd_repr),
            MethodDef::method("__get__", wd_get),
            MethodDef::method("__call__", call_self),
            MethodDef::method("__reduce__", wd_reduce),
        ],
    );
    let t = vm.t.method_wrapper;
    vm.add_methods(
        t,
        &[
            MethodDef::method("__repr__", mw_repr),
            MethodDef::method("__call__", call_self),
            MethodDef::method("__eq__", mw_eq),
            MethodDef::method("__ne__", mw_ne),
            MethodDef::method("__hash__", mw_hash),
            MethodDef::method("__reduce__", mw_reduce),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_names_are_unique_dunders() {
        for (i, s) in SLOTS.iter().enumerate() {
            assert!(s.name.starts_with("__") && s.name.ends_with("__"), "{}", s.name);
            assert!(SLOTS[..i].iter().all(|o| o.name != s.name), "duplicate {}", s.name);
        }
    }

    #[test]
    fn arity_follows_the_slot_kind() {
        assert!(arity_ok("__add__", 1) && !arity_ok("__add__", 0));
        assert!(arity_ok("__pow__", 2) && !arity_ok("__pow__", 3));
        assert!(arity_ok("__init__", 5) && arity_ok("append", 9));
        assert_eq!(slot_signature("__del__"), None);
    }
}
