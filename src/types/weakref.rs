//! Weak references: `weakref.ReferenceType` (`weakref.ref`) and the proxy
//! types. A weakref holds its target uncounted; the heap's registry
//! (`heap.gc.weakrefs`) lists the weakrefs of each object, and they are
//! cleared (callbacks run) exactly when the target dies — by refcount in
//! `Vm::dealloc`, or by the cycle collector.

use crate::heap::{BaseKind, ObjRef, Payload, WeakRefData};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

/// Whether instances like `ob` accept weak references (CPython's
/// `tp_weaklistoffset != 0`).
pub fn supports_weakref(vm: &mut Vm, ob: ObjRef) -> bool {
    let ty = vm.ty(ob);
    // slots helper: a class laid out without a weakref list (a subclass of
    // int, tuple or bytes without `__weakref__`), and method-wrappers.
    if ty == vm.t.method_wrapper || (vm.type_data(ty).heap_type && vm.type_layout(ty).weaklistoffset == 0 && vm.type_layout(ty).itemsize != 0) {
        return false;
    }
    let Payload::Type(td) = vm.heap.get(ty) else { return false };
    for t in td.mro.clone() {
        let Payload::Type(t) = vm.heap.get(t) else { continue };
        if !t.heap_type {
            break;
        }
        let d = t.dict;
        match vm.dict_get_str(d, "__slots__") {
            None => return true,
            Some(slots) => {
                if slots_mention_weakref(vm, slots) {
                    return true;
                }
            }
        }
    }
    // types.SimpleNamespace has no weakref list (tp_weaklistoffset 0).
    if crate::types::namespace::is_namespace(vm, ob) {
        return false;
    }
    matches!(
        vm.heap.get(ob),
        Payload::Function(_) | Payload::Type(_) | Payload::Set(_) | Payload::Generator(_) | Payload::BoundMethod(_) | Payload::Code(_) | Payload::Module(_) | Payload::Builtin(_) | Payload::Native(_)
    )
}

fn slots_mention_weakref(vm: &Vm, slots: ObjRef) -> bool {
    if vm.as_str(slots) == Some("__weakref__") {
        return true;
    }
    match vm.heap.get(slots) {
        Payload::List(l) => l.items.iter().any(|&s| vm.as_str(s) == Some("__weakref__")),
        Payload::Tuple(t) => t.iter().any(|&s| vm.as_str(s) == Some("__weakref__")),
        _ => false,
    }
}

impl Vm {
    /// The target of a weakref/proxy (borrowed), None once dead.
    pub fn weakref_target(&self, w: ObjRef) -> Option<ObjRef> {
        match self.heap.get(w) {
            Payload::WeakRef(d) => d.target.filter(|&t| self.heap.is_live(t)),
            _ => None,
        }
    }

    /// Creates a weakref (or proxy) of type `cls` to `ob` (owned result).
    pub fn new_weakref(&mut self, cls: ObjRef, ob: ObjRef, callback: Option<ObjRef>) -> PyResult<ObjRef> {
        if !supports_weakref(self, ob) {
            let n = self.type_name_of(ob);
            return Err(self.type_error(format!("cannot create weak reference to '{n}' object")));
        }
        let callback = callback.filter(|&c| c != self.none_obj);
        // ref(ob) without a callback reuses the existing basic reference.
        let basic = callback.is_none() && (cls == self.t.weakref || self.heap.gc.proxy_types.contains(&cls));
        if basic {
            if let Some(list) = self.heap.gc.weakrefs.get(&ob) {
                if let Some(&w) = list.iter().find(|&&w| self.ty(w) == cls && matches!(self.heap.get(w), Payload::WeakRef(d) if d.callback.is_none())) {
                    return Ok(self.incref(w));
                }
            }
        }
        if let Some(c) = callback {
            self.incref(c);
        }
        let w = self.alloc(cls, Payload::WeakRef(Box::new(WeakRefData { target: Some(ob), callback, hash: std::cell::Cell::new(-1) })));
        self.heap.weakref_link(ob, w, basic);
        Ok(w)
    }

    fn dead_proxy_error(&mut self) -> crate::vm::PyErr {
        let t = self.t.reference_error;
        self.new_error(t, "weakly-referenced object no longer exists")
    }

    /// The live target of a proxy (borrowed) or ReferenceError.
    pub fn proxy_target(&mut self, p: ObjRef) -> PyResult<ObjRef> {
        match self.weakref_target(p) {
            Some(t) => Ok(t),
            None => Err(self.dead_proxy_error()),
        }
    }
}

fn ref_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let rest = Args { args: &args.args[1..], kwnames: args.kwnames };
    let n = rest.pos().len();
    // CPython unpacks `(ob[, callback])` under the name `__new__`.
    if n < 1 {
        return Err(vm.type_error(format!("__new__ expected at least 1 argument, got {n}")));
    }
    if n > 2 {
        return Err(vm.type_error(format!("__new__ expected at most 2 arguments, got {n}")));
    }
    let cb = if n == 2 { Some(rest.args[1]) } else { None };
    vm.new_weakref(cls, rest.args[0], cb)
}

fn ref_init(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.none())
}

fn ref_call(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "weakref", 0, 0)?;
    match vm.weakref_target(args.args[0]) {
        Some(t) => Ok(vm.incref(t)),
        None => Ok(vm.none()),
    }
}

fn ref_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let w = args.args[0];
    if let Payload::WeakRef(d) = vm.heap.get(w) {
        let h = d.hash.get();
        if h != -1 {
            return Ok(vm.new_int(h));
        }
    }
    let Some(t) = vm.weakref_target(w) else { return Err(vm.type_error("weak object has gone away")) };
    let h = vm.hash(t)?;
    if let Payload::WeakRef(d) = vm.heap.get(w) {
        d.hash.set(h);
    }
    Ok(vm.new_int(h))
}

fn ref_richcmp(vm: &mut Vm, args: &Args, eq: bool) -> PyResult<ObjRef> {
    let (a, b) = (args.args[0], args.args[1]);
    if !vm.isinstance_type(b, vm.t.weakref) {
        return Ok(vm.not_implemented());
    }
    match (vm.weakref_target(a), vm.weakref_target(b)) {
        (Some(x), Some(y)) => {
            let x = vm.incref(x);
            let y = vm.incref(y);
            let r = if eq { vm.rich_compare(x, y, crate::bytecode::ComparisonOperator::Eq) } else { vm.rich_compare(x, y, crate::bytecode::ComparisonOperator::Ne) };
            vm.decref(x);
            vm.decref(y);
            r
        }
        _ => Ok(vm.new_bool((a == b) == eq)),
    }
}

fn ref_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    ref_richcmp(vm, args, true)
}
fn ref_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    ref_richcmp(vm, args, false)
}

fn ref_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let w = args.args[0];
    let wa = vm.heap.address(w);
    let Some(t) = vm.weakref_target(w) else { return Ok(vm.new_str(format!("<weakref at {wa:#x}; dead>"))) };
    let tn = vm.type_name_of(t);
    let ta = vm.heap.address(t);
    let t = vm.incref(t);
    let name = match vm.getattr_str(t, "__name__") {
        Ok(n) => {
            let s = vm.as_str(n).map(|s| s.to_string());
            vm.decref(n);
            s
        }
        Err(e) => {
            vm.drop_err(e);
            None
        }
    };
    vm.decref(t);
    let s = match name {
        Some(n) => format!("<weakref at {wa:#x}; to '{tn}' at {ta:#x} ({n})>"),
        None => format!("<weakref at {wa:#x}; to '{tn}' at {ta:#x}>"),
    };
    Ok(vm.new_str(s))
}

fn ref_callback(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cb = match vm.heap.get(args.args[0]) {
        Payload::WeakRef(d) => d.callback,
        _ => None,
    };
    match cb {
        Some(c) => Ok(vm.incref(c)),
        None => Ok(vm.none()),
    }
}

const REF_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", ref_new),
    MethodDef::method("__init__", ref_init),
    MethodDef::method("__call__", ref_call),
    MethodDef::method("__hash__", ref_hash),
    MethodDef::method("__eq__", ref_eq),
    MethodDef::method("__ne__", ref_ne),
    MethodDef::method("__repr__", ref_repr),
];

// ----- proxies ----------------------------------------------------------------

fn proxy_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = args.args[0];
    let pa = vm.heap.address(p);
    // 3.11 formats a dead proxy's referent as None.
    let t = vm.weakref_target(p).unwrap_or(vm.none_obj);
    let tn = vm.type_name_of(t);
    let ta = vm.heap.address(t);
    Ok(vm.new_str(format!("<weakproxy at {pa:#x} to {tn} at {ta:#x}>")))
}

fn proxy_getattribute(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = vm.proxy_target(args.args[0])?;
    let t = vm.incref(t);
    let r = vm.getattr(t, args.args[1]);
    vm.decref(t);
    r
}

fn proxy_setattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = vm.proxy_target(args.args[0])?;
    let t = vm.incref(t);
    let r = vm.setattr(t, args.args[1], args.args[2]);
    vm.decref(t);
    r?;
    Ok(vm.none())
}

fn proxy_delattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = vm.proxy_target(args.args[0])?;
    let t = vm.incref(t);
    let r = vm.call_method(t, "__delattr__", &[args.args[1]]);
    vm.decref(t);
    r
}

fn proxy_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = vm.type_name_of(args.args[0]);
    Err(vm.type_error(format!("unhashable type: '{n}'")))
}

fn proxy_bool(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = vm.proxy_target(args.args[0])?;
    let t = vm.incref(t);
    let r = vm.truthy(t);
    vm.decref(t);
    let b = r?;
    Ok(vm.new_bool(b))
}

fn proxy_call(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = vm.proxy_target(args.args[0])?;
    let t = vm.incref(t);
    let names: Vec<ObjRef> = args.kwnames.to_vec();
    let r = vm.call_kw(t, &args.args[1..], &names);
    vm.decref(t);
    r
}

/// Forwards a dunder to the referent, unwrapping proxy arguments.
fn forward(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    let t = vm.proxy_target(args.args[0])?;
    let t = vm.incref(t);
    let mut rest = Vec::new();
    for &a in &args.args[1..] {
        let a = if vm.heap.gc.proxy_types.contains(&vm.ty(a)) {
            match vm.proxy_target(a) {
                Ok(x) => x,
                Err(e) => {
                    vm.decref(t);
                    return Err(e);
                }
            }
        } else {
            a
        };
        rest.push(a);
    }
    let r = vm.call_method(t, name, &rest);
    vm.decref(t);
    r
}

macro_rules! forwarders {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> { forward(vm, args, $name) })*
        const PROXY_FORWARDS: &[MethodDef] = &[$(MethodDef::method($name, $f)),*];
    };
}

forwarders! {
    p_str => "__str__", p_len => "__len__", p_getitem => "__getitem__", p_setitem => "__setitem__",
    p_delitem => "__delitem__", p_contains => "__contains__", p_iter => "__iter__", p_next => "__next__",
    p_eq => "__eq__", p_ne => "__ne__", p_lt => "__lt__", p_le => "__le__", p_gt => "__gt__", p_ge => "__ge__",
    p_add => "__add__", p_sub => "__sub__", p_mul => "__mul__", p_truediv => "__truediv__",
    p_floordiv => "__floordiv__", p_mod => "__mod__", p_pow => "__pow__", p_neg => "__neg__",
    p_pos => "__pos__", p_abs => "__abs__", p_radd => "__radd__", p_rsub => "__rsub__", p_rmul => "__rmul__",
    p_iadd => "__iadd__", p_index => "__index__", p_int => "__int__", p_float => "__float__",
    p_and => "__and__", p_or => "__or__", p_xor => "__xor__", p_reversed => "__reversed__",
}

const PROXY_METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", proxy_repr),
    MethodDef::method("__getattribute__", proxy_getattribute),
    MethodDef::method("__getattr__", proxy_getattribute),
    MethodDef::method("__setattr__", proxy_setattr),
    MethodDef::method("__delattr__", proxy_delattr),
    MethodDef::method("__hash__", proxy_hash),
    MethodDef::method("__bool__", proxy_bool),
];

fn set_names(vm: &mut Vm, ty: ObjRef, name: &str) {
    let q = vm.new_str(name);
    let old = {
        let td = vm.type_data_mut(ty);
        td.name = name.to_string();
        std::mem::replace(&mut td.qualname, q)
    };
    vm.decref(old);
    let d = vm.type_dict(ty);
    let m = vm.intern("weakref");
    vm.dict_set_str(d, "__module__", m);
    vm.decref(m);
}

/// Sets up `weakref.ReferenceType` and creates the proxy types (once).
pub fn register(vm: &mut Vm) {
    if !vm.heap.gc.proxy_types.is_empty() {
        return;
    }
    let t = vm.t.weakref;
    vm.add_methods(t, REF_METHODS);
    vm.add_properties(t, &[MethodDef::method("__callback__", ref_callback)]);
    set_names(vm, t, "ReferenceType");
    vm.type_modified(t);
    let o = vm.t.object;
    for name in ["ProxyType", "CallableProxyType"] {
        let p = vm.make_type(name, Some(o), BaseKind::Other, false);
        // CPython's proxies are PyWeakReference objects (tp_basicsize 64).
        vm.type_data_mut(p).basicsize = 64;
        vm.add_methods(p, PROXY_METHODS);
        vm.add_methods(p, PROXY_FORWARDS);
        if name == "CallableProxyType" {
            vm.add_methods(p, &[MethodDef::method("__call__", proxy_call)]);
        }
        set_names(vm, p, name);
        vm.type_modified(p);
        vm.heap.gc.proxy_types.push(p);
    }
}
