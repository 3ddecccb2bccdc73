//! `types.GenericAlias`: what `list[int]` (`__class_getitem__` of the
//! builtin containers) returns. Minimal CPython 3.11 behaviour: repr
//! `list[int]`, `__origin__` / `__args__` / `__parameters__`, equality and
//! hashing, calling constructs the origin, other attributes come from the
//! origin, `class C(list[int])` works through `__mro_entries__`, and
//! `isinstance(x, list[int])` raises CPython's TypeError.


use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// The origin class and the argument tuple (both owned).
pub struct GenericAlias {
    pub origin: ObjRef,
    pub args: ObjRef,
}

impl NativeData for GenericAlias {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.origin);
        visit(self.args);
    }
    fn sizeof(&self) -> usize {
        // sizeof(gaobject) in CPython 3.11.
        56
    }
    fn clear(&mut self) -> Vec<ObjRef> {
        Vec::new()
    }
}

/// Attributes a GenericAlias answers itself; all others come from the origin.
const OWN_ATTRS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

impl Vm {
    /// `origin[args]` as a GenericAlias (args borrowed; a non-tuple becomes a 1-tuple).
    pub fn new_generic_alias(&mut self, origin: ObjRef, args: ObjRef) -> ObjRef {
        let one = self.incref(args);
        let args = if self.ty(args) == self.t.tuple { one } else { self.new_tuple(vec![one]) };
        self.incref(origin);
        let t = self.t.generic_alias;
        self.alloc(t, Payload::Native(Box::new(GenericAlias { origin, args })))
    }

    /// (origin, args) of a GenericAlias, borrowed.
    pub fn generic_alias_parts(&self, x: ObjRef) -> Option<(ObjRef, ObjRef)> {
        match self.heap.get(x) {
            Payload::Native(n) => n.as_any().downcast_ref::<GenericAlias>().map(|g| (g.origin, g.args)),
            _ => None,
        }
    }
}

fn parts(vm: &mut Vm, x: ObjRef) -> PyResult<(ObjRef, ObjRef)> {
    match vm.generic_alias_parts(x) {
        Some(p) => Ok(p),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("descriptor requires a 'types.GenericAlias' object but received a '{tn}'")))
        }
    }
}

/// `__class_getitem__` of the builtin generic classes (a classmethod).
pub fn class_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__class_getitem__", 1, 1)?;
    Ok(vm.new_generic_alias(args.args[0], args.args[1]))
}

fn ga_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    if inner.has_kw() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    vm.check_args(&inner, "GenericAlias", 2, 2)?;
    Ok(vm.new_generic_alias(inner.args[0], inner.args[1]))
}

/// CPython's ga_repr_item: `...`, `module.qualname` for classes, else repr.
fn repr_item(vm: &mut Vm, x: ObjRef) -> PyResult<String> {
    if x == vm.ellipsis_obj {
        return Ok("...".to_string());
    }
    if vm.generic_alias_parts(x).is_some() {
        return vm.repr_string(x);
    }
    let origin = vm.intern("__origin__");
    let has_origin = vm.getattr_opt(x, origin);
    vm.decref(origin);
    if let Some(o) = has_origin? {
        vm.decref(o);
        let k = vm.intern("__args__");
        let a = vm.getattr_opt(x, k);
        vm.decref(k);
        if let Some(a) = a? {
            vm.decref(a);
            return vm.repr_string(x);
        }
    }
    let kq = vm.n.__qualname__;
    let q = vm.getattr_opt(x, kq)?;
    let Some(q) = q else { return vm.repr_string(x) };
    let km = vm.n.__module__;
    let m = match vm.getattr_opt(x, km) {
        Ok(m) => m,
        Err(e) => {
            vm.decref(q);
            return Err(e);
        }
    };
    let Some(m) = m else {
        vm.decref(q);
        return vm.repr_string(x);
    };
    let r = if m == vm.none_obj { vm.repr_string(x) } else { module_qualname(vm, m, q) };
    vm.decref(q);
    vm.decref(m);
    r
}

fn module_qualname(vm: &mut Vm, m: ObjRef, q: ObjRef) -> PyResult<String> {
    let ms = vm.str_string(m)?;
    let qs = vm.str_string(q)?;
    Ok(if ms == "builtins" { qs } else { format!("{ms}.{qs}") })
}

/// An argument of the alias: lists (Callable's parameter list) as `[a, b]`.
fn repr_arg(vm: &mut Vm, x: ObjRef) -> PyResult<String> {
    if vm.ty(x) == vm.t.list {
        let items = vm.list_items(x).map(|l| l.to_vec()).unwrap_or_default();
        let mut parts = Vec::new();
        for it in items {
            vm.incref(it);
            let r = repr_item(vm, it);
            vm.decref(it);
            parts.push(r?);
        }
        return Ok(format!("[{}]", parts.join(", ")));
    }
    repr_item(vm, x)
}

fn ga_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (origin, a) = parts(vm, args.args[0])?;
    let mut s = repr_item(vm, origin)?;
    let items = vm.tuple_items(a).map(|t| t.to_vec()).unwrap_or_default();
    s.push('[');
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_arg(vm, it)?);
    }
    s.push(']');
    Ok(vm.new_str(s))
}

/// The type variables among the args (objects with `__typing_subst__`, and
/// the `__parameters__` of nested aliases), without duplicates.
fn parameters(vm: &mut Vm, args: ObjRef) -> PyResult<Vec<ObjRef>> {
    let items = vm.tuple_items(args).map(|t| t.to_vec()).unwrap_or_default();
    let mut params: Vec<ObjRef> = Vec::new();
    for t in items {
        if vm.is_type(t) {
            continue;
        }
        let k = vm.intern("__typing_subst__");
        let subst = vm.getattr_opt(t, k);
        vm.decref(k);
        if let Some(s) = subst? {
            vm.decref(s);
            if !params.contains(&t) {
                params.push(t);
            }
            continue;
        }
        let k = vm.intern("__parameters__");
        let sub = vm.getattr_opt(t, k);
        vm.decref(k);
        if let Some(sub) = sub? {
            if let Some(ps) = vm.tuple_items(sub).map(|t| t.to_vec()) {
                for p in ps {
                    if !params.contains(&p) {
                        params.push(p);
                    }
                }
            }
            vm.decref(sub);
        }
    }
    Ok(params)
}

fn ga_getattribute(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__getattribute__", 1, 1)?;
    let (me, name) = (args.args[0], args.args[1]);
    let (origin, a) = parts(vm, me)?;
    let Some(n) = vm.as_str(name).map(|s| s.to_string()) else {
        let tn = vm.type_name_of(name);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    };
    match n.as_str() {
        "__origin__" => return Ok(vm.incref(origin)),
        "__args__" => return Ok(vm.incref(a)),
        "__unpacked__" => return Ok(vm.new_bool(false)),
        "__typing_unpacked_tuple_args__" => return Ok(vm.none()),
        "__parameters__" => {
            let ps = parameters(vm, a)?;
            for &p in &ps {
                vm.incref(p);
            }
            return Ok(vm.new_tuple(ps));
        }
        _ => {}
    }
    if OWN_ATTRS.contains(&n.as_str()) {
        return vm.generic_getattr(me, name, true);
    }
    vm.getattr(origin, name)
}

fn ga_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__eq__", 1, 1)?;
    let (a, b) = (args.args[0], args.args[1]);
    let (Some((oa, aa)), Some((ob, ab))) = (vm.generic_alias_parts(a), vm.generic_alias_parts(b)) else {
        return Ok(vm.not_implemented());
    };
    let same = vm.eq(oa, ob)? && vm.eq(aa, ab)?;
    Ok(vm.new_bool(same))
}

fn ga_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = ga_eq(vm, args)?;
    if r == vm.not_implemented_obj {
        return Ok(r);
    }
    let b = r == vm.true_obj;
    vm.decref(r);
    Ok(vm.new_bool(!b))
}

fn ga_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (origin, a) = parts(vm, args.args[0])?;
    let h = vm.hash(origin)? ^ vm.hash(a)?;
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}

/// Calling the alias constructs the origin, then records `__orig_class__`.
fn ga_call(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let (origin, _) = parts(vm, me)?;
    let r = vm.call_kw(origin, &args.args[1..], args.kwnames)?;
    if let Err(e) = vm.setattr_str(r, "__orig_class__", me) {
        if vm.err_matches(&e, vm.t.attribute_error) || vm.err_matches(&e, vm.t.type_error) {
            vm.drop_err(e);
        } else {
            vm.decref(r);
            return Err(e);
        }
    }
    Ok(r)
}

fn ga_mro_entries(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (origin, _) = parts(vm, args.args[0])?;
    let o = vm.incref(origin);
    Ok(vm.new_tuple(vec![o]))
}

fn ga_instancecheck(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn ga_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (origin, a) = parts(vm, args.args[0])?;
    let t = vm.incref(vm.t.generic_alias);
    let (o, a) = (vm.incref(origin), vm.incref(a));
    let inner = vm.new_tuple(vec![o, a]);
    Ok(vm.new_tuple(vec![t, inner]))
}

/// `alias[...]`: substitutes the alias's type variables.
fn ga_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__getitem__", 1, 1)?;
    let (me, item) = (args.args[0], args.args[1]);
    let (origin, a) = parts(vm, me)?;
    let params = parameters(vm, a)?;
    if params.is_empty() {
        let r = vm.repr_string(me)?;
        return Err(vm.type_error(format!("{r} is not a generic class")));
    }
    let subs: Vec<ObjRef> = match vm.tuple_items(item) {
        Some(t) if vm.ty(item) == vm.t.tuple => t.to_vec(),
        _ => vec![item],
    };
    if subs.len() != params.len() {
        let r = vm.repr_string(me)?;
        let which = if subs.len() > params.len() { "many" } else { "few" };
        return Err(vm.type_error(format!("Too {which} arguments for {r}; actual {}, expected {}", subs.len(), params.len())));
    }
    let items = vm.tuple_items(a).map(|t| t.to_vec()).unwrap_or_default();
    let mut out = Vec::new();
    for it in items {
        if let Some(i) = params.iter().position(|&p| p == it) {
            out.push(vm.incref(subs[i]));
            continue;
        }
        let sub_params = if vm.is_type(it) { Vec::new() } else { parameters_of(vm, it)? };
        if sub_params.is_empty() {
            out.push(vm.incref(it));
            continue;
        }
        let picked: Vec<ObjRef> = sub_params.iter().map(|p| params.iter().position(|q| q == p).map_or(*p, |i| subs[i])).collect();
        for &p in &picked {
            vm.incref(p);
        }
        let key = if picked.len() == 1 { picked[0] } else { vm.new_tuple(picked.clone()) };
        let r = vm.getitem(it, key);
        vm.decref(key);
        match r {
            Ok(v) => out.push(v),
            Err(e) => {
                out.into_iter().for_each(|x| vm.decref(x));
                return Err(e);
            }
        }
    }
    let t = vm.new_tuple(out);
    let r = vm.new_generic_alias(origin, t);
    vm.decref(t);
    Ok(r)
}

fn parameters_of(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<ObjRef>> {
    let k = vm.intern("__parameters__");
    let sub = vm.getattr_opt(x, k);
    vm.decref(k);
    let Some(sub) = sub? else { return Ok(Vec::new()) };
    let v = vm.tuple_items(sub).map(|t| t.to_vec()).unwrap_or_default();
    vm.decref(sub);
    Ok(v)
}

fn ga_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (origin, _) = parts(vm, args.args[0])?;
    // dir(origin): the metatype's __dir__.
    let k = vm.intern("__dir__");
    let d = vm.call_special(origin, k, &[]);
    vm.decref(k);
    let d = match d? {
        Some(d) => d,
        None => vm.new_list(Vec::new()),
    };
    let l = vm.list_from_iterable(d);
    vm.decref(d);
    let l = l?;
    for name in OWN_ATTRS {
        let s = vm.new_str(*name);
        if !vm.contains(l, s)? {
            vm.list_append(l, s);
        }
        vm.decref(s);
    }
    Ok(l)
}

const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", ga_new),
    MethodDef::method("__repr__", ga_repr),
    MethodDef::method("__getattribute__", ga_getattribute),
    MethodDef::method("__eq__", ga_eq),
    MethodDef::method("__ne__", ga_ne),
    MethodDef::method("__hash__", ga_hash),
    MethodDef::method("__call__", ga_call),
    MethodDef::method("__mro_entries__", ga_mro_entries),
    MethodDef::method("__instancecheck__", ga_instancecheck),
    MethodDef::method("__subclasscheck__", ga_subclasscheck),
    MethodDef::method("__reduce__", ga_reduce),
    MethodDef::method("__getitem__", ga_getitem),
    MethodDef::method("__dir__", ga_dir),
];

/// Creates `types.GenericAlias` and gives the builtin generic classes their
/// `__class_getitem__`.
pub fn register(vm: &mut Vm) {
    let o = Some(vm.t.object);
    let t = vm.make_type("GenericAlias", o, BaseKind::Other, true);
    vm.t.generic_alias = t;
    vm.add_methods(t, METHODS);
    vm.set_type_module(t, "types");
    let d = vm.type_dict(t);
    let doc = vm.new_str("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).");
    vm.dict_set_str(d, "__doc__", doc);
    vm.decref(doc);
    vm.type_modified(t);
    let generic = [vm.t.list, vm.t.tuple, vm.t.dict, vm.t.set, vm.t.frozenset, vm.t.enumerate, vm.t.base_exception_group];
    for ty in generic {
        vm.add_methods(ty, &[MethodDef::classmethod("__class_getitem__", class_getitem)]);
    }
}
