//! object: the root type's methods, and the attributes every object kind
//! exposes natively (`__class__`, `__dict__`, function and type metadata…).

use crate::heap::{Attrs, BaseKind, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

fn object_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    if !vm.is_type(cls) {
        let tn = vm.type_name_of(cls);
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({tn})")));
    }
    let excess = args.args.len() > 1;
    if excess {
        let obj_new = vm.lookup(vm.t.object, vm.n.__new__);
        let obj_init = vm.lookup(vm.t.object, vm.n.__init__);
        if vm.lookup(cls, vm.n.__new__) != obj_new {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if vm.lookup(cls, vm.n.__init__) == obj_init {
            let tn = vm.type_name(cls);
            return Err(vm.type_error(format!("{tn}() takes no arguments")));
        }
    }
    vm.new_instance(cls)
}

impl Vm {
    /// Allocates an instance of `cls` with the payload its builtin base needs.
    pub fn new_instance(&mut self, cls: ObjRef) -> PyResult<ObjRef> {
        let td = self.type_data(cls);
        let kind = td.base_kind;
        let nslots = td.slot_names.len();
        if !td.base_ok && !td.heap_type && kind == BaseKind::Other {
            let tn = td.name.clone();
            return Err(self.type_error(format!("cannot create '{tn}' instances")));
        }
        let payload = match kind {
            BaseKind::Object | BaseKind::Other => Payload::Object,
            BaseKind::Int => Payload::Int(0),
            BaseKind::Float => Payload::Float(0.0),
            BaseKind::Str => Payload::Str(Box::new(crate::heap::PyStr::new(String::new()))),
            BaseKind::List => Payload::List(Box::new(crate::heap::PyList { items: Vec::new(), allocated: 0 })),
            BaseKind::Tuple => Payload::Tuple(Box::new([])),
            BaseKind::Dict => Payload::Dict(Box::default()),
            BaseKind::Set | BaseKind::FrozenSet => Payload::Set(Box::default()),
            BaseKind::Exception => {
                let args = self.incref(self.empty_tuple);
                Payload::Exception(Box::new(crate::heap::ExcData { args, traceback: None, cause: None, context: None, suppress_context: false, notes: None }))
            }
            _ => Payload::Object,
        };
        let r = self.alloc(cls, payload);
        // Each new instance shrinks the class's shared keys by one (CPython 3.11).
        let td = self.type_data(cls);
        if td.managed_dict() {
            td.shared.borrow_mut().new_instance();
        }
        if nslots > 0 {
            let a = self.heap.attrs_mut(r).get_or_insert_with(|| Box::new(Attrs::default()));
            a.slots = vec![None; nslots];
        }
        Ok(r)
    }

    /// `module.Qualname`, omitting only the builtins module.
    pub fn type_qualified_name(&mut self, ty: ObjRef) -> String {
        let q = self.type_data(ty).qualname;
        let qual = self.as_str(q).map(|s| s.to_string()).unwrap_or_else(|| self.type_data(ty).name.clone());
        let d = self.type_dict(ty);
        match self.dict_get_str(d, "__module__").and_then(|m| self.as_str(m)).map(|s| s.to_string()) {
            None => qual,
            Some(m) if m == "builtins" => qual,
            Some(m) => format!("{m}.{qual}"),
        }
    }

    /// `<module.Qualname object at 0x…>`
    pub fn default_repr(&mut self, obj: ObjRef) -> String {
        let ty = self.ty(obj);
        let name = self.type_qualified_name(ty);
        let a = self.heap.address(obj);
        format!("<{name} object at {a:#x}>")
    }
}

fn object_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args.len() > 1 {
        let me = args.args[0];
        let ty = vm.ty(me);
        let obj_new = vm.lookup(vm.t.object, vm.n.__new__);
        let obj_init = vm.lookup(vm.t.object, vm.n.__init__);
        if vm.lookup(ty, vm.n.__init__) != obj_init {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if vm.lookup(ty, vm.n.__new__) == obj_new {
            let tn = vm.type_name(ty);
            return Err(vm.type_error(format!("{tn}() takes no arguments")));
        }
    }
    Ok(vm.none())
}

fn object_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = vm.default_repr(args.args[0]);
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.repr(args.args[0])
}

fn object_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args[0] == args.args[1] {
        return Ok(vm.new_bool(true));
    }
    Ok(vm.not_implemented())
}

fn object_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (a, b) = (args.args[0], args.args[1]);
    let r = match vm.call_special(a, vm.n.__eq__, &[b])? {
        Some(r) => r,
        None => return Ok(vm.not_implemented()),
    };
    if r == vm.not_implemented_obj {
        return Ok(r);
    }
    let t = vm.truthy(r);
    vm.decref(r);
    let t = t?;
    Ok(vm.new_bool(!t))
}

fn object_cmp_ni(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.not_implemented())
}

fn object_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let h = vm.identity_hash(args.args[0]);
    Ok(vm.new_int(h))
}

fn object_format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__format__", 1, 1)?;
    let spec = args.args[1];
    let empty = vm.as_str(spec).map(|s| s.is_empty());
    match empty {
        Some(true) => vm.str(args.args[0]),
        Some(false) => {
            let tn = vm.type_name_of(args.args[0]);
            Err(vm.type_error(format!("unsupported format string passed to {tn}.__format__")))
        }
        None => {
            let tn = vm.type_name_of(spec);
            Err(vm.type_error(format!("__format__() argument must be str, not {tn}")))
        }
    }
}

fn object_getattribute(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__getattribute__", 1, 1)?;
    let name = args.args[1];
    if vm.as_str(name).is_none() {
        let tn = vm.type_name_of(name);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    vm.generic_getattr(args.args[0], name, true)
}

fn object_setattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__setattr__", 2, 2)?;
    vm.generic_setattr(args.args[0], args.args[1], Some(args.args[2]))?;
    Ok(vm.none())
}

fn object_delattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__delattr__", 1, 1)?;
    vm.generic_setattr(args.args[0], args.args[1], None)?;
    Ok(vm.none())
}

fn object_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let ty = vm.ty(me);
    let n = vm.type_data(ty).basicsize;
    Ok(vm.new_int(n as i64))
}

fn object_init_subclass(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.none())
}

fn object_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let names = vm.dir_names(me)?;
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn object_reduce_ex(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Err(vm.type_error("cannot pickle object"))
}

fn object_subclasshook(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.not_implemented())
}

impl Vm {
    /// Attribute names for `dir()`: instance dict, then the class MRO's dicts, sorted.
    pub fn dir_names(&mut self, obj: ObjRef) -> PyResult<Vec<String>> {
        let mut names = std::collections::BTreeSet::new();
        names.insert("__class__".to_string());
        if let Some(a) = self.heap.attrs(obj) {
            for &(k, _) in &a.values {
                if let Some(s) = self.as_str(k) {
                    names.insert(s.to_string());
                }
            }
            if let Some(d) = a.dict {
                for (k, _) in self.dict_items(d) {
                    if let Some(s) = self.as_str(k) {
                        names.insert(s.to_string());
                    }
                }
            }
        }
        let mros: Vec<ObjRef> = if self.is_type(obj) {
            self.type_data(obj).mro.clone()
        } else {
            let t = self.ty(obj);
            self.type_data(t).mro.clone()
        };
        for t in mros {
            let d = self.type_dict(t);
            for (k, _) in self.dict_items(d) {
                if let Some(s) = self.as_str(k) {
                    names.insert(s.to_string());
                }
            }
        }
        if let Payload::Module(m) = self.heap.get(obj) {
            let d = m.dict;
            names.clear();
            for (k, _) in self.dict_items(d) {
                if let Some(s) = self.as_str(k) {
                    names.insert(s.to_string());
                }
            }
        }
        Ok(names.into_iter().collect())
    }

    /// A type's `__mro__` (`mro`) or `__bases__` tuple (owned): the one the
    /// type stores. A builtin type makes it on first use; a class the
    /// collector cleared has no MRO left (None, as CPython's NULL `tp_mro`).
    pub fn type_tuple(&mut self, ty: ObjRef, mro: bool) -> ObjRef {
        let td = self.type_data(ty);
        let (stored, items, heap) = if mro { (td.mro_tuple, td.mro.clone(), td.heap_type) } else { (td.bases_tuple, td.bases.clone(), td.heap_type) };
        if let Some(t) = stored {
            return self.incref(t);
        }
        if heap {
            return self.none();
        }
        let owned: Vec<ObjRef> = items.iter().map(|&x| self.incref(x)).collect();
        let t = self.new_tuple(owned);
        let td = self.type_data_mut(ty);
        if mro {
            td.mro_tuple = Some(t);
        } else {
            td.bases_tuple = Some(t);
        }
        self.incref(t)
    }

    /// Attributes every object kind provides natively (`__class__`, `__dict__`,
    /// function/type/exception metadata). None when `name` is not one of them.
    pub fn builtin_attr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let Some(n) = self.as_str(name).map(|s| s.to_string()) else { return Ok(None) };
        let n = n.as_str();
        if n == "__class__" {
            let t = self.ty(obj);
            return Ok(Some(self.incref(t)));
        }
        // A class's namespace is seen through a new read-only proxy each time.
        if n == "__dict__" && matches!(self.heap.get(obj), Payload::Type(_)) {
            let d = self.type_dict(obj);
            return Ok(Some(self.new_mappingproxy(d)));
        }
        if n == "__dict__" && (self.instance_has_dict(obj) || matches!(self.heap.get(obj), Payload::Module(_))) {
            return self.instance_dict(obj).map(Some);
        }
        let opt = |vm: &mut Vm, v: Option<ObjRef>| -> ObjRef {
            match v {
                Some(v) => vm.incref(v),
                None => vm.none(),
            }
        };
        let r = match self.heap.get(obj) {
            Payload::Type(t) => {
                let (qualname, bases, name_s) = (t.qualname, t.bases.clone(), t.name.clone());
                match n {
                    // A builtin type's tp_name may be dotted ("sys.float_info"): __name__ is the last part.
                    "__name__" if !self.type_data(obj).heap_type => Some(self.new_str(name_s.rsplit('.').next().unwrap_or(""))),
                    "__name__" => Some(self.new_str(name_s)),
                    "__qualname__" => Some(self.incref(qualname)),
                    "__bases__" => Some(self.type_tuple(obj, false)),
                    "__base__" => {
                        let b = bases.first().copied();
                        Some(opt(self, b))
                    }
                    "__mro__" => Some(self.type_tuple(obj, true)),
                    "__doc__" => Some(self.none()),
                    "__module__" if !self.type_data(obj).heap_type => Some(self.new_str("builtins")),
                    // slots helper: the layout attributes (type_layout.rs).
                    "__basicsize__" | "__itemsize__" | "__dictoffset__" | "__weakrefoffset__" => {
                        let l = self.type_layout(obj);
                        let v = match n {
                            "__basicsize__" => l.basicsize,
                            "__itemsize__" => l.itemsize,
                            "__dictoffset__" => l.dictoffset,
                            _ => l.weaklistoffset,
                        };
                        Some(self.new_int(v))
                    }
                    "__flags__" => {
                        let f = self.type_flags(obj);
                        Some(self.new_int(f))
                    }
                    _ => None,
                }
            }
            Payload::Function(f) => {
                let (fname, qual, doc, module, defaults, kwdefaults, code, globals, closure, ann) =
                    (f.name, f.qualname, f.doc, f.module, f.defaults, f.kwdefaults, f.code, f.globals, f.closure, f.annotations);
                match n {
                    "__name__" => Some(self.incref(fname)),
                    "__qualname__" => Some(self.incref(qual)),
                    "__doc__" => Some(self.incref(doc)),
                    "__module__" => Some(self.incref(module)),
                    "__defaults__" => Some(opt(self, defaults)),
                    "__kwdefaults__" => Some(opt(self, kwdefaults)),
                    "__code__" => Some(self.incref(code)),
                    "__globals__" => Some(self.incref(globals)),
                    "__closure__" => Some(opt(self, closure)),
                    "__builtins__" => Some(self.incref(self.builtins)),
                    "__annotations__" => match ann {
                        Some(a) if self.tuple_items(a).is_some() => {
                            // MAKE_FUNCTION gives (name, value, …) pairs; the dict is built on first use.
                            let items = self.tuple_items(a).map(|t| t.to_vec()).unwrap_or_default();
                            let d = self.new_dict();
                            for kv in items.chunks(2) {
                                if let [k, v] = kv {
                                    self.dict_set_item(d, *k, *v)?;
                                }
                            }
                            if let Payload::Function(f) = self.heap.get_mut(obj) {
                                f.annotations = Some(d);
                            }
                            self.decref(a);
                            Some(self.incref(d))
                        }
                        Some(a) => Some(self.incref(a)),
                        None => {
                            let d = self.new_dict();
                            if let Payload::Function(f) = self.heap.get_mut(obj) {
                                f.annotations = Some(d);
                            }
                            Some(self.incref(d))
                        }
                    },
                    _ => None,
                }
            }
            Payload::BoundMethod(m) => {
                let (f, s) = **m;
                // slots helper: a method-wrapper has no __func__/__module__.
                let wrapper = self.heap.ty(obj) == self.t.method_wrapper;
                match n {
                    "__func__" | "__module__" if wrapper => None,
                    "__text_signature__" | "__objclass__" if wrapper => self.slot_wrapper_attr(obj, n),
                    "__func__" => Some(self.incref(f)),
                    "__self__" => Some(self.incref(s)),
                    "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                        let nm = self.intern(n);
                        let r = self.getattr(f, nm);
                        self.decref(nm);
                        Some(r?)
                    }
                    _ => None,
                }
            }
            Payload::Builtin(b) => {
                let (bname, self_, owner, doc) = (b.name, b.self_, b.owner, b.doc);
                // slots helper: unbound method descriptors (method, classmethod
                // and slot wrappers) have neither __self__ nor __module__.
                let unbound_descr = self_.is_none() && owner.is_some() && matches!(b.binding, crate::heap::Binding::Method | crate::heap::Binding::ClassMethod);
                match n {
                    "__self__" | "__module__" if unbound_descr => None,
                    "__text_signature__" => self.slot_wrapper_attr(obj, n),
                    "__doc__" if doc.is_some_and(|d| !d.is_empty()) => Some(self.new_str(doc.unwrap_or_default())),
                    "__name__" => Some(self.new_str(bname)),
                    "__qualname__" => {
                        let q = match owner {
                            Some(o) => format!("{}.{bname}", self.type_name(o)),
                            None => bname.to_string(),
                        };
                        Some(self.new_str(q))
                    }
                    "__self__" => {
                        let s = self_.unwrap_or(self.builtins_module);
                        Some(self.incref(s))
                    }
                    "__doc__" => Some(self.none()),
                    "__module__" => Some(if owner.is_none() { self.new_str("builtins") } else { self.none() }),
                    "__objclass__" => owner.map(|o| self.incref(o)),
                    _ => None,
                }
            }
            Payload::Exception(e) => {
                let (a, tb, cause, ctx, sup) = (e.args, e.traceback, e.cause, e.context, e.suppress_context);
                match n {
                    "args" => Some(self.incref(a)),
                    "__traceback__" => Some(opt(self, tb)),
                    "__cause__" => Some(opt(self, cause)),
                    "__context__" => Some(opt(self, ctx)),
                    "__suppress_context__" => Some(self.new_bool(sup)),
                    _ => None,
                }
            }
            Payload::Generator(g) => {
                let (gn, gq, running, frame_alive) = (g.name, g.qualname, g.running, g.frame.is_some());
                match n {
                    "__name__" => Some(self.incref(gn)),
                    "__qualname__" => Some(self.incref(gq)),
                    "gi_running" => Some(self.new_bool(running)),
                    "gi_suspended" => {
                        let suspended = match self.heap.get(obj) {
                            Payload::Generator(g) => !g.running && g.frame.as_ref().is_some_and(|f| f.started()),
                            _ => false,
                        };
                        Some(self.new_bool(suspended))
                    }
                    "gi_frame" => Some(if frame_alive { crate::types::frame::gen_frame(self, obj).unwrap_or_else(|| self.none()) } else { self.none() }),
                    "gi_code" => {
                        let code = match self.heap.get(obj) {
                            Payload::Generator(g) => g.frame.as_ref().map(|f| f.code_obj).or(g.code),
                            _ => None,
                        };
                        Some(match code {
                            Some(c) => self.incref(c),
                            None => self.none(),
                        })
                    }
                    _ => None,
                }
            }
            Payload::Code(c) => {
                let code = c.code.clone();
                match n {
                    "co_name" => Some(self.new_str(code.name.to_string())),
                    "co_qualname" => Some(self.new_str(code.qualname.to_string())),
                    "co_filename" => Some(self.new_str(code.filename.to_string())),
                    "co_firstlineno" => Some(self.new_int(code.first_line as i64)),
                    "co_argcount" => Some(self.new_int(code.argcount as i64)),
                    "co_posonlyargcount" => Some(self.new_int(code.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Some(self.new_int(code.kwonlyargcount as i64)),
                    "co_flags" => Some(self.new_int(code.flags as i64)),
                    "co_nlocals" => Some(self.new_int(code.nlocals as i64)),
                    "co_varnames" | "co_freevars" | "co_cellvars" | "co_names" => {
                        let names: Vec<String> = match n {
                            "co_varnames" => code.varnames().iter().map(|s| s.to_string()).collect(),
                            "co_freevars" => code.freevars().iter().map(|s| s.to_string()).collect(),
                            "co_cellvars" => code.cellvars().iter().map(|s| s.to_string()).collect(),
                            _ => code.names.iter().map(|s| s.to_string()).collect(),
                        };
                        let items = names.into_iter().map(|s| self.new_str(s)).collect();
                        Some(self.new_tuple(items))
                    }
                    _ => None,
                }
            }
            Payload::Traceback(t) => {
                let (next, code, lasti, lineno) = (t.next, t.frame.unwrap_or(t.code), t.lasti, t.lineno);
                match n {
                    "tb_next" => Some(opt(self, next)),
                    "tb_lineno" => Some(self.new_int(lineno as i64)),
                    "tb_lasti" => Some(self.new_int(lasti as i64 * 2)),
                    "tb_frame" => Some(self.incref(code)),
                    _ => None,
                }
            }
            _ => None,
        };
        Ok(r)
    }

    /// `tb.NAME = value` on a traceback: only `tb_next` is writable (a
    /// traceback or None, never making a loop), as CPython's tb_next setter.
    fn traceback_setattr(&mut self, tb: ObjRef, name: &str, value: Option<ObjRef>) -> PyResult<()> {
        match (name, value) {
            ("tb_next", None) => Err(self.type_error("can't delete tb_next attribute")),
            ("tb_next", Some(v)) => {
                let new = if v == self.none_obj {
                    None
                } else if matches!(self.heap.get(v), Payload::Traceback(_)) {
                    // Walking the new chain must not come back to `tb`.
                    let mut cur = Some(v);
                    while let Some(c) = cur {
                        if c == tb {
                            return Err(self.value_error("traceback loop detected"));
                        }
                        cur = match self.heap.get(c) {
                            Payload::Traceback(t) => t.next,
                            _ => None,
                        };
                    }
                    Some(self.incref(v))
                } else {
                    let tn = self.type_name_of(v);
                    return Err(self.type_error(format!("expected traceback object, got '{tn}'")));
                };
                let old = match self.heap.get_mut(tb) {
                    Payload::Traceback(t) => std::mem::replace(&mut t.next, new),
                    _ => None,
                };
                self.xdecref(old);
                Ok(())
            }
            // tb_lineno is a getset without a setter, the others read-only members.
            ("tb_lineno", _) => Err(self.attribute_error("attribute 'tb_lineno' of 'traceback' objects is not writable")),
            ("tb_frame" | "tb_lasti", _) => Err(self.attribute_error("readonly attribute")),
            _ => Err(self.attribute_error(format!("'traceback' object has no attribute '{name}'"))),
        }
    }

    /// Native attribute assignment (`__class__`, function metadata, exception
    /// chaining fields). Ok(Some(())) when handled.
    pub fn builtin_setattr(&mut self, obj: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<Option<()>> {
        // perf: a plain instance only has __class__ and __dict__ here; decide
        // that without copying the name (this runs for every setattr).
        match self.as_str(name) {
            None => return Ok(None),
            Some(s) if s != "__class__" && s != "__dict__" && !matches!(self.heap.get(obj), Payload::Function(_) | Payload::Exception(_) | Payload::Type(_) | Payload::Traceback(_)) => {
                return Ok(None);
            }
            Some(_) => {}
        }
        let Some(n) = self.as_str(name).map(|s| s.to_string()) else { return Ok(None) };
        let n = n.as_str();
        if n == "__class__" {
            let Some(v) = value else { return Err(self.type_error("can't delete __class__ attribute")) };
            if !self.is_type(v) {
                let tn = self.type_name_of(v);
                return Err(self.type_error(format!("__class__ must be set to a class, not '{tn}' object")));
            }
            let old = self.ty(obj);
            self.incref(v);
            self.heap.set_ty(obj, v);
            self.decref(old);
            return Ok(Some(()));
        }
        if n == "__dict__" && self.instance_has_dict(obj) {
            let Some(v) = value.filter(|&v| self.is_dict(v)) else {
                return Err(self.type_error("__dict__ must be set to a dictionary"));
            };
            self.incref(v);
            let a = self.heap.attrs_mut(obj).get_or_insert_with(|| Box::new(Attrs::default()));
            let old_vals = std::mem::take(&mut a.values);
            let old = a.dict.replace(v);
            for (k, x) in old_vals {
                self.decref(k);
                self.decref(x);
            }
            self.xdecref(old);
            return Ok(Some(()));
        }
        if matches!(self.heap.get(obj), Payload::Traceback(_)) {
            return self.traceback_setattr(obj, n, value).map(Some);
        }
        let set_opt = |vm: &mut Vm, slot: &mut Option<ObjRef>, v: Option<ObjRef>| {
            let v = v.filter(|&x| x != vm.none_obj);
            if let Some(x) = v {
                vm.incref(x);
            }
            let old = std::mem::replace(slot, v);
            vm.xdecref(old);
        };
        match self.heap.get(obj) {
            Payload::Function(_) => {
                let v = value;
                let mut f = match self.heap.get_mut(obj) {
                    Payload::Function(f) => std::mem::replace(
                        f,
                        Box::new(crate::heap::FunctionData {
                            code: obj,
                            globals: obj,
                            builtins: obj,
                            name: obj,
                            qualname: obj,
                            defaults: None,
                            kwdefaults: None,
                            closure: None,
                            doc: obj,
                            module: obj,
                            annotations: None,
                        }),
                    ),
                    _ => unreachable!(),
                };
                let handled = match n {
                    "__name__" | "__qualname__" => {
                        match v.filter(|&x| self.as_str(x).is_some()) {
                            Some(x) => {
                                self.incref(x);
                                let slot = if n == "__name__" { &mut f.name } else { &mut f.qualname };
                                let old = std::mem::replace(slot, x);
                                self.decref(old);
                            }
                            None => {
                                self.restore_function(obj, f);
                                return Err(self.type_error(format!("{n} must be set to a string object")));
                            }
                        }
                        true
                    }
                    "__doc__" | "__module__" => {
                        let x = match v {
                            Some(x) => self.incref(x),
                            None => self.none(),
                        };
                        let slot = if n == "__doc__" { &mut f.doc } else { &mut f.module };
                        let old = std::mem::replace(slot, x);
                        self.decref(old);
                        true
                    }
                    "__defaults__" => {
                        set_opt(self, &mut f.defaults, v);
                        true
                    }
                    "__kwdefaults__" => {
                        set_opt(self, &mut f.kwdefaults, v);
                        true
                    }
                    "__annotations__" => {
                        set_opt(self, &mut f.annotations, v);
                        true
                    }
                    _ => false,
                };
                self.restore_function(obj, f);
                Ok(handled.then_some(()))
            }
            Payload::Exception(_) => {
                let v = value;
                match n {
                    "__traceback__" | "__cause__" | "__context__" => {
                        if let Some(x) = v {
                            if x != self.none_obj {
                                let ok = if n == "__traceback__" { matches!(self.heap.get(x), Payload::Traceback(_)) } else { self.isinstance_type(x, self.t.base_exception) };
                                if !ok {
                                    let msg = if n == "__traceback__" { "__traceback__ must be a traceback or None".to_string() } else { format!("exception {} must be None or derive from BaseException", if n == "__cause__" { "cause" } else { "context" }) };
                                    return Err(self.type_error(msg));
                                }
                            }
                        }
                        let v = v.filter(|&x| x != self.none_obj);
                        if let Some(x) = v {
                            self.incref(x);
                        }
                        let d = self.exc_data_mut(obj).expect("exception");
                        let old = match n {
                            "__traceback__" => std::mem::replace(&mut d.traceback, v),
                            "__cause__" => {
                                d.suppress_context = true;
                                std::mem::replace(&mut d.cause, v)
                            }
                            _ => std::mem::replace(&mut d.context, v),
                        };
                        self.xdecref(old);
                        Ok(Some(()))
                    }
                    "__suppress_context__" => {
                        let b = match v {
                            Some(x) => self.truthy(x)?,
                            None => false,
                        };
                        self.exc_data_mut(obj).expect("exception").suppress_context = b;
                        Ok(Some(()))
                    }
                    "args" => {
                        let items = match v {
                            Some(x) => self.collect_iter(x)?,
                            None => Vec::new(),
                        };
                        let t = self.new_tuple(items);
                        let old = std::mem::replace(&mut self.exc_data_mut(obj).expect("exception").args, t);
                        self.decref(old);
                        Ok(Some(()))
                    }
                    _ => Ok(None),
                }
            }
            Payload::Type(_) => {
                match n {
                    "__name__" => {
                        let Some(s) = value.and_then(|v| self.as_str(v)).map(|s| s.to_string()) else {
                            return Err(self.type_error("can only assign string to __name__"));
                        };
                        self.type_data_mut(obj).name = s;
                        Ok(Some(()))
                    }
                    "__qualname__" => {
                        let Some(v) = value.filter(|&v| self.as_str(v).is_some()) else {
                            return Err(self.type_error("can only assign string to __qualname__"));
                        };
                        self.incref(v);
                        let old = std::mem::replace(&mut self.type_data_mut(obj).qualname, v);
                        self.decref(old);
                        Ok(Some(()))
                    }
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    fn restore_function(&mut self, obj: ObjRef, f: Box<crate::heap::FunctionData>) {
        if let Payload::Function(slot) = self.heap.get_mut(obj) {
            *slot = f;
        }
    }
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", object_new),
    MethodDef::method("__init__", object_init),
    MethodDef::method("__repr__", object_repr),
    MethodDef::method("__str__", object_str),
    MethodDef::method("__eq__", object_eq),
    MethodDef::method("__ne__", object_ne),
    MethodDef::method("__lt__", object_cmp_ni),
    MethodDef::method("__le__", object_cmp_ni),
    MethodDef::method("__gt__", object_cmp_ni),
    MethodDef::method("__ge__", object_cmp_ni),
    MethodDef::method("__hash__", object_hash),
    MethodDef::method("__format__", object_format),
    MethodDef::method("__getattribute__", object_getattribute),
    MethodDef::method("__setattr__", object_setattr),
    MethodDef::method("__delattr__", object_delattr),
    MethodDef::method("__sizeof__", object_sizeof),
    MethodDef::method("__dir__", object_dir),
    MethodDef::method("__reduce_ex__", object_reduce_ex),
    MethodDef::classmethod("__init_subclass__", object_init_subclass),
    MethodDef::classmethod("__subclasshook__", object_subclasshook),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.object;
    vm.add_methods(t, METHODS);
    let t = vm.t.function;
    vm.type_data_mut(t).has_dict = true;
}
