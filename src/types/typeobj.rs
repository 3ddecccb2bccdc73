//! type: class creation (`type(name, bases, ns)` and class statements), C3
//! MRO, `__slots__`, and the metatype's methods.

use crate::heap::{BaseKind, ObjRef, Payload, TypeData};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

impl Vm {
    /// C3 linearisation of `bases` for a new class (not including the class).
    pub fn c3_mro(&mut self, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|&b| self.type_data(b).mro.clone()).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let cand = seqs.iter().map(|s| s[0]).find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
            match cand {
                Some(c) => {
                    out.push(c);
                    for s in seqs.iter_mut() {
                        if s[0] == c {
                            s.remove(0);
                        }
                    }
                }
                None => {
                    let mut names: Vec<String> = Vec::new();
                    for s in &seqs {
                        let n = self.type_name(s[0]);
                        if !names.contains(&n) {
                            names.push(n);
                        }
                    }
                    return Err(self.type_error(format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "))));
                }
            }
        }
    }

    /// `type.__new__(meta, name, bases, ns)`: creates a class (owned).
    pub fn new_class(&mut self, meta: ObjRef, name: &str, bases: &[ObjRef], ns: ObjRef, kwargs: &[(ObjRef, ObjRef)]) -> PyResult<ObjRef> {
        let bases: Vec<ObjRef> = if bases.is_empty() { vec![self.t.object] } else { bases.to_vec() };
        for &b in &bases {
            if !self.is_type(b) {
                let tn = self.type_name_of(b);
                let _ = tn;
                return Err(self.type_error("bases must be types"));
            }
            let td = self.type_data(b);
            if !td.base_ok {
                let n = td.name.clone();
                return Err(self.type_error(format!("type '{n}' is not an acceptable base type")));
            }
        }
        // The builtin layout the instances carry.
        let mut kind = BaseKind::Object;
        for &b in &bases {
            let k = self.type_data(b).base_kind;
            if k != BaseKind::Object {
                if kind != BaseKind::Object && kind != k {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                kind = k;
            }
        }
        let mut mro_tail = self.c3_mro(&bases)?;
        let dict = self.dict_copy(ns);
        // __qualname__ comes out of the namespace.
        let qualname = match self.dict_get_str(dict, "__qualname__") {
            Some(q) => {
                if self.as_str(q).is_none() {
                    self.decref(dict);
                    let tn = self.type_name_of(q);
                    return Err(self.type_error(format!("type __qualname__ must be a str, not {tn}")));
                }
                let q = self.incref(q);
                let k = self.n.__qualname__;
                self.dict_del_item(dict, k)?;
                q
            }
            None => self.new_str(name),
        };
        // __slots__
        let base_has_dict = bases.iter().any(|&b| self.type_data(b).has_dict);
        let mut slot_names: Vec<ObjRef> = Vec::new();
        for &b in bases.iter().rev() {
            for &s in &self.type_data(b).slot_names.clone() {
                if !slot_names.contains(&s) {
                    // The new type owns a reference to each inherited name too.
                    slot_names.push(self.incref(s));
                }
            }
        }
        let mut has_dict = true;
        let mut own_slots = 0usize;
        let mut adds_weakref = true;
        if let Some(slots) = self.dict_get_str(dict, "__slots__") {
            let slots = self.incref(slots);
            let items = if self.as_str(slots).is_some() { vec![self.incref(slots)] } else { self.collect_iter(slots)? };
            self.decref(slots);
            has_dict = base_has_dict;
            adds_weakref = false;
            for it in items {
                let s = self.as_str(it).map(|s| s.to_string());
                match s {
                    Some(s) if s == "__dict__" => has_dict = true,
                    Some(s) if s == "__weakref__" => adds_weakref = true,
                    Some(s) => {
                        let k = self.intern(&s);
                        if self.dict_get_item(dict, k)?.is_some() {
                            self.decref(k);
                            self.decref(it);
                            self.decref(dict);
                            return Err(self.value_error(format!("'{s}' in __slots__ conflicts with class variable")));
                        }
                        slot_names.push(k);
                        own_slots += 1;
                    }
                    None => {
                        let tn = self.type_name_of(it);
                        self.decref(it);
                        self.decref(dict);
                        return Err(self.type_error(format!("__slots__ items must be strings, not '{tn}'")));
                    }
                }
                self.decref(it);
            }
        }
        // type(name, bases, ns) takes __module__ from the calling code's globals.
        if self.dict_get_str(dict, "__module__").is_none() {
            if let Some(g) = self.current_globals {
                if let Some(n) = self.dict_get_str(g, "__name__") {
                    self.dict_set_str(dict, "__module__", n);
                }
            }
        }
        // Defining __eq__ without __hash__ makes instances unhashable.
        if self.dict_get_str(dict, "__eq__").is_some() && self.dict_get_str(dict, "__hash__").is_none() {
            let none = self.none_obj;
            self.dict_set_str(dict, "__hash__", none);
        }
        // Implicit staticmethod / classmethod wrappers.
        for (n, wrap_static) in [("__new__", true), ("__init_subclass__", false), ("__class_getitem__", false)] {
            if let Some(f) = self.dict_get_str(dict, n) {
                if let Payload::Function(_) = self.heap.get(f) {
                    self.incref(f);
                    let t = if wrap_static { self.t.staticmethod } else { self.t.classmethod };
                    let w = self.alloc(t, if wrap_static { Payload::StaticMethod(f) } else { Payload::ClassMethod(f) });
                    self.dict_set_str(dict, n, w);
                    self.decref(w);
                }
            }
        }
        let base_size = bases.iter().map(|&b| self.type_data(b).basicsize).max().unwrap_or(16);
        let wr = self.n.__weakref__;
        // A base has weak reference support when a `__weakref__` getset is
        // found or a builtin base keeps a weakref list itself (tp_weaklistoffset).
        let weaklist_builtins = [self.t.type_, self.t.set, self.t.frozenset, self.t.deque, self.t.odict];
        let base_weakref = bases.iter().any(|&b| self.lookup(b, wr).is_some() || self.type_data(b).mro.iter().any(|m| weaklist_builtins.contains(m)));
        // type_new adds a weakref list slot unless a base has one; on a
        // variable-sized base (int, tuple, bytes: tp_itemsize != 0) the 8
        // bytes stand for the `__dict__` pointer CPython puts there instead.
        let var_sized = [self.t.int, self.t.tuple, self.t.bytes];
        let var_base = bases.iter().any(|&b| self.type_data(b).mro.iter().any(|m| var_sized.contains(m)));
        let extra_slot = if var_base {
            adds_weakref && !base_weakref && (has_dict && !base_has_dict || self.dict_get_str(dict, "__slots__").is_some())
        } else {
            adds_weakref && !base_weakref
        };
        let basicsize = base_size + 8 * own_slots + if extra_slot { 8 } else { 0 };
        // `__bases__` is a tuple made before the class (CPython gets it from
        // __build_class__ or makes `(object,)` in type_new); the class also
        // owns its first base (`tp_base`). The vectors borrow from the tuples.
        let base_items: Vec<ObjRef> = bases.iter().map(|&b| self.incref(b)).collect();
        let bases_tuple = self.new_tuple(base_items);
        self.incref(bases[0]);
        let td = TypeData {
            name: name.to_string(),
            qualname,
            bases: bases.clone(),
            mro: Vec::new(),
            bases_tuple: Some(bases_tuple),
            mro_tuple: None,
            dict,
            base_kind: kind,
            heap_type: true,
            has_dict,
            slot_names,
            base_ok: true,
            version: 0,
            has_del: false,
            has_getattr: false,
            has_getattribute: false,
            has_setattr: false,
            basicsize,
            subclasses: Vec::new(),
            native_new: None,
            shared: crate::heap::SharedKeys::new_ref(),
        };
        let cls = self.alloc(meta, Payload::Type(Box::new(td)));
        mro_tail.insert(0, cls);
        // The `__mro__` tuple holds the class itself: a class is cyclic
        // garbage, as in CPython.
        let mro_items: Vec<ObjRef> = mro_tail.iter().map(|&m| self.incref(m)).collect();
        let mro_tuple = self.new_tuple(mro_items);
        let td = self.type_data_mut(cls);
        td.mro = mro_tail;
        td.mro_tuple = Some(mro_tuple);
        for &b in &bases {
            self.type_data_mut(b).subclasses.push(cls);
        }
        // Slot members and the __dict__ / __weakref__ getsets live in the class dict.
        let own: Vec<ObjRef> = self.type_data(cls).slot_names[self.type_data(cls).slot_names.len() - own_slots..].to_vec();
        let first_own = self.type_data(cls).slot_names.len() - own_slots;
        for (k, &n) in own.iter().enumerate() {
            let d = self.new_member_descr(n, cls, first_own + k);
            self.dict_set_item_str_key(dict, n, d);
            self.decref(d);
        }
        if has_dict && !base_has_dict {
            let n = self.n.__dict__;
            let d = self.new_member_descr(n, cls, crate::types::descr::DICT_GETSET);
            self.dict_set_item_str_key(dict, n, d);
            self.decref(d);
        }
        // A variable-sized base (int, tuple, bytes) leaves no room for a
        // weakref list: instances of such classes are not weakly referenceable.
        if adds_weakref && !base_weakref && !var_base {
            let n = self.n.__weakref__;
            let d = self.new_member_descr(n, cls, crate::types::descr::WEAKREF_GETSET);
            self.dict_set_item_str_key(dict, n, d);
            self.decref(d);
        }
        if self.dict_get_str(dict, "__doc__").is_none() {
            let none = self.none_obj;
            self.dict_set_str(dict, "__doc__", none);
        }
        self.type_modified(cls);
        // __classcell__
        if let Some(cell) = self.dict_get_str(dict, "__classcell__") {
            if let Payload::Cell(c) = self.heap.get_mut(cell) {
                let old = c.replace(cls);
                self.incref(cls);
                self.xdecref(old);
            }
            let k = self.n.__classcell__;
            let _ = self.dict_del_item(dict, k);
        }
        // __set_name__
        for (k, v) in self.dict_items(dict) {
            let vt = self.ty(v);
            if let Some(sn) = self.lookup(vt, self.n.__set_name__) {
                let sn = self.incref(sn);
                self.incref(v);
                self.incref(k);
                let r = self.call_unbound(sn, v, &[cls, k]);
                self.decref(sn);
                self.decref(v);
                self.decref(k);
                match r {
                    Ok(r) => self.decref(r),
                    Err(e) => {
                        self.decref(cls);
                        return Err(e);
                    }
                }
            }
        }
        // __init_subclass__ of the parent.
        let sup = self.new_super(cls, cls);
        let r = (|| {
            let isc = self.getattr(sup, self.n.__init_subclass__)?;
            let names: Vec<ObjRef> = kwargs.iter().map(|&(k, _)| k).collect();
            let vals: Vec<ObjRef> = kwargs.iter().map(|&(_, v)| v).collect();
            let r = self.call_kw(isc, &vals, &names);
            self.decref(isc);
            r
        })();
        self.decref(sup);
        match r {
            Ok(r) => self.decref(r),
            Err(e) => {
                self.decref(cls);
                return Err(e);
            }
        }
        Ok(cls)
    }

    /// `super(start_after, obj)` where obj is an instance or a subclass (owned).
    pub fn new_super(&mut self, ty: ObjRef, obj: ObjRef) -> ObjRef {
        let obj_type = if self.is_type(obj) && self.is_subtype(obj, ty) { obj } else { self.ty(obj) };
        self.incref(ty);
        self.incref(obj);
        self.incref(obj_type);
        let t = self.t.super_;
        self.alloc(t, Payload::Super(Box::new((ty, Some(obj), Some(obj_type)))))
    }

    /// The most derived metaclass of `meta` and the bases' types.
    pub fn calculate_metaclass(&mut self, meta: ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
        let mut winner = meta;
        for &b in bases {
            let bt = self.ty(b);
            if self.is_subtype(winner, bt) {
                continue;
            }
            if self.is_subtype(bt, winner) {
                winner = bt;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }
}

fn type_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let meta = args.args[0];
    let pos = Args { args: &args.args[1..], kwnames: args.kwnames }.pos();
    if pos.len() == 1 && meta == vm.t.type_ {
        let t = vm.ty(pos[0]);
        return Ok(vm.incref(t));
    }
    if pos.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = vm.as_str(pos[0]).map(|s| s.to_string()) else {
        let tn = vm.type_name_of(pos[0]);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
    };
    let Some(bases) = vm.tuple_items(pos[1]).map(|b| b.to_vec()) else {
        let tn = vm.type_name_of(pos[1]);
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
    };
    if !vm.is_dict(pos[2]) {
        let tn = vm.type_name_of(pos[2]);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
    }
    let meta = vm.calculate_metaclass(meta, &bases)?;
    let kw: Vec<(ObjRef, ObjRef)> = Args { args: &args.args[1..], kwnames: args.kwnames }.kw().collect();
    vm.new_class(meta, &name, &bases, pos[2], &kw)
}

fn type_init(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.none())
}

fn type_call(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let n = args.args.len() - 1;
    let _ = n;
    vm.type_call_default(cls, &args.args[1..], args.kwnames)
}

fn type_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = args.args[0];
    let name = vm.type_qualified_name(t);
    Ok(vm.new_str(format!("<class '{name}'>")))
}

fn type_mro(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mro = vm.type_data(args.args[0]).mro.clone();
    for &m in &mro {
        vm.incref(m);
    }
    Ok(vm.new_list(mro))
}

fn type_subclasses(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let subs: Vec<ObjRef> = vm.type_data(args.args[0]).subclasses.iter().copied().filter(|&s| vm.heap.is_live(s) && vm.is_type(s)).collect();
    for &s in &subs {
        vm.incref(s);
    }
    Ok(vm.new_list(subs))
}

fn type_instancecheck(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = vm.isinstance_type(args.args[1], args.args[0]);
    Ok(vm.new_bool(r))
}

fn type_subclasscheck(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !vm.is_type(args.args[1]) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = vm.is_subtype(args.args[1], args.args[0]);
    Ok(vm.new_bool(r))
}

fn type_prepare(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_dict())
}

/// CPython 3.11's `type.__sizeof__`: a static (builtin) type is a bare
/// `PyTypeObject` (408 bytes); a class is a `PyHeapTypeObject` (904) plus,
/// when its instances keep their `__dict__` "managed" (`TypeData::managed_dict`),
/// the cached shared-keys object made for it (768 bytes: 64 index bytes and
/// 42 entries).
fn type_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    const STATIC_TYPE: i64 = 408;
    const HEAP_TYPE: i64 = 904;
    const CACHED_SHARED_KEYS: i64 = 768;
    let Some(&t) = args.args.first() else { return Ok(vm.new_int(STATIC_TYPE)) };
    let Payload::Type(td) = vm.heap.get(t) else { return Err(vm.type_error("descriptor '__sizeof__' requires a 'type' object")) };
    if !td.heap_type {
        return Ok(vm.new_int(STATIC_TYPE));
    }
    Ok(vm.new_int(if td.managed_dict() { HEAP_TYPE + CACHED_SHARED_KEYS } else { HEAP_TYPE }))
}

fn type_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let names = vm.dir_names(args.args[0])?;
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", type_new),
    MethodDef::method("__init__", type_init),
    MethodDef::method("__call__", type_call),
    MethodDef::method("__repr__", type_repr),
    MethodDef::method("mro", type_mro),
    MethodDef::method("__subclasses__", type_subclasses),
    MethodDef::method("__instancecheck__", type_instancecheck),
    MethodDef::method("__subclasscheck__", type_subclasscheck),
    MethodDef::classmethod("__prepare__", type_prepare),
    MethodDef::method("__sizeof__", type_sizeof),
    MethodDef::method("__dir__", type_dir),
    // `int | str`: types.UnionType (union.rs).
    MethodDef::method("__or__", super::union::union_or_method),
    MethodDef::method("__ror__", super::union::union_ror_method),
];

fn super_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pos = Args { args: &args.args[1..], kwnames: args.kwnames }.pos();
    match pos.len() {
        2 => {
            let (t, o) = (pos[0], pos[1]);
            if !vm.is_type(t) {
                let tn = vm.type_name_of(t);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
            }
            let ok = vm.isinstance_type(o, t) || (vm.is_type(o) && vm.is_subtype(o, t));
            if !ok {
                return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
            Ok(vm.new_super(t, o))
        }
        1 => {
            let t = pos[0];
            if !vm.is_type(t) {
                let tn = vm.type_name_of(t);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
            }
            vm.incref(t);
            let st = vm.t.super_;
            Ok(vm.alloc(st, Payload::Super(Box::new((t, None, None)))))
        }
        0 => Err(vm.runtime_error("super(): no arguments")),
        _ => Err(vm.type_error("super() takes at most 2 arguments")),
    }
}

fn super_getattribute(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let name = args.args[1];
    let Payload::Super(s) = vm.heap.get(me) else { return Err(vm.type_error("expected super")) };
    let (start, obj, obj_type) = **s;
    let (Some(obj), Some(obj_type)) = (obj, obj_type) else {
        return vm.generic_getattr(me, name, true);
    };
    if vm.as_str(name) != Some("__class__") {
        let mro = vm.type_data(obj_type).mro.clone();
        let pos = mro.iter().position(|&t| t == start).map_or(mro.len(), |p| p + 1);
        let h = vm.str_hash_pure(name);
        for &t in &mro[pos..] {
            let d = vm.type_dict(t);
            if let Some(v) = vm.dict_get_str_pure(d, name, h) {
                let v = vm.incref(v);
                let inst = if obj == obj_type { None } else { Some(obj) };
                let r = vm.descr_get(v, inst, obj_type);
                vm.decref(v);
                return r;
            }
        }
    }
    vm.generic_getattr(me, name, true)
}

fn super_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Payload::Super(s) = vm.heap.get(args.args[0]) else { return Err(vm.type_error("expected super")) };
    let (t, _, ot) = **s;
    let tn = vm.type_name(t);
    let s = match ot {
        Some(o) => format!("<super: <class '{tn}'>, <{} object>>", vm.type_name(o)),
        None => format!("<super: <class '{tn}'>, NULL>"),
    };
    Ok(vm.new_str(s))
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.type_;
    vm.add_methods(t, METHODS);
    let t = vm.t.super_;
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", super_new), MethodDef::method("__getattribute__", super_getattribute), MethodDef::method("__repr__", super_repr)]);
}
