//! Attribute access: type lookup through the MRO, descriptors, instance
//! storage (inline values, materialised `__dict__`, `__slots__`), and the
//! `__getattr__` / `__getattribute__` / `__setattr__` / `__delattr__` hooks.

use crate::heap::{Attrs, Binding, BuiltinData, ObjRef, Payload};

use super::{PyResult, Vm};

/// What a type-level lookup found, classified for the descriptor protocol.
enum DescrKind {
    Function,
    BuiltinMethod,
    ClassMethodDescr,
    StaticMethod,
    ClassMethod,
    Property,
    Other,
}

impl Vm {
    /// Looks `name` up along the MRO of `ty` (borrowed result). Pure: never runs Python.
    pub fn lookup(&self, ty: ObjRef, name: ObjRef) -> Option<ObjRef> {
        let Payload::Type(td) = self.heap.get(ty) else { return None };
        // perf: cached for interned (immortal) names outside cycle collections.
        let cacheable = !self.heap.gc.collecting && matches!(self.heap.get(name), Payload::Str(s) if s.interned.get());
        if cacheable {
            if let Some(r) = self.attr_cache.get(ty, name) {
                return r;
            }
        }
        let hash = self.str_hash_pure(name);
        let mut found = None;
        for &t in &td.mro {
            let Payload::Type(tt) = self.heap.get(t) else { continue };
            if let Some(v) = self.dict_get_str_pure(tt.dict, name, hash) {
                found = Some(v);
                break;
            }
        }
        if cacheable {
            self.attr_cache.put(ty, name, found);
        }
        found
    }

    /// `lookup` by Rust string.
    pub fn lookup_str(&mut self, ty: ObjRef, name: &str) -> Option<ObjRef> {
        let n = self.intern(name);
        let r = self.lookup(ty, n);
        self.decref(n);
        r
    }

    /// True when `a` is `b` or a subclass of it.
    pub fn is_subtype(&self, a: ObjRef, b: ObjRef) -> bool {
        if a == b {
            return true;
        }
        match self.heap.get(a) {
            Payload::Type(t) => t.mro.contains(&b),
            _ => false,
        }
    }
    /// `isinstance(obj, ty)` for a type (no `__instancecheck__`).
    pub fn isinstance_type(&self, obj: ObjRef, ty: ObjRef) -> bool {
        self.is_subtype(self.ty(obj), ty)
    }

    /// Marks a type (and its subclasses) as changed: refreshes cached flags.
    pub fn type_modified(&mut self, ty: ObjRef) {
        // perf cache: lookups through this type (and its subclasses) may now
        // differ; forget them before recomputing the flags below.
        self.attr_cache.invalidate();
        let has = |vm: &Vm, n: ObjRef, base_default: ObjRef| vm.lookup(ty, n).is_some_and(|f| vm.lookup(base_default, n) != Some(f));
        let obj = self.t.object;
        let has_del = self.lookup(ty, self.n.__del__).is_some();
        let has_getattr = self.lookup(ty, self.n.__getattr__).is_some();
        let has_getattribute = has(self, self.n.__getattribute__, obj);
        let has_setattr = has(self, self.n.__setattr__, obj) || has(self, self.n.__delattr__, obj);
        let subs = {
            let td = self.type_data_mut(ty);
            td.version = td.version.wrapping_add(1);
            td.has_del = has_del;
            td.has_getattr = has_getattr;
            td.has_getattribute = has_getattribute;
            td.has_setattr = has_setattr;
            td.subclasses.clone()
        };
        for s in subs {
            if self.heap.is_live(s) && self.is_type(s) && s != ty {
                self.type_modified(s);
            }
        }
    }

    fn descr_kind(&self, d: ObjRef) -> DescrKind {
        match self.heap.get(d) {
            Payload::Function(_) => DescrKind::Function,
            Payload::Builtin(b) => match b.binding {
                Binding::Method => DescrKind::BuiltinMethod,
                Binding::ClassMethod => DescrKind::ClassMethodDescr,
                _ => DescrKind::Other,
            },
            Payload::StaticMethod(_) => DescrKind::StaticMethod,
            Payload::ClassMethod(_) => DescrKind::ClassMethod,
            Payload::Property(_) => DescrKind::Property,
            _ => DescrKind::Other,
        }
    }

    /// Binds a descriptor found on a type: `descr.__get__(obj, ty)` (obj None for class access).
    pub fn descr_get(&mut self, descr: ObjRef, obj: Option<ObjRef>, ty: ObjRef) -> PyResult<ObjRef> {
        match self.descr_kind(descr) {
            DescrKind::Function => match obj {
                Some(o) => Ok(self.new_method(descr, o)),
                None => Ok(self.incref(descr)),
            },
            DescrKind::BuiltinMethod => match obj {
                Some(o) => Ok(self.bind_builtin(descr, o)),
                None => Ok(self.incref(descr)),
            },
            DescrKind::ClassMethodDescr => Ok(self.bind_builtin(descr, ty)),
            DescrKind::StaticMethod => {
                let Payload::StaticMethod(f) = self.heap.get(descr) else { unreachable!() };
                let f = *f;
                Ok(self.incref(f))
            }
            DescrKind::ClassMethod => {
                let Payload::ClassMethod(f) = self.heap.get(descr) else { unreachable!() };
                let f = *f;
                Ok(self.new_method(f, ty))
            }
            DescrKind::Property => match obj {
                None => Ok(self.incref(descr)),
                Some(o) => {
                    let Payload::Property(p) = self.heap.get(descr) else { unreachable!() };
                    match p[0] {
                        Some(fget) => self.call(fget, &[o]),
                        None => {
                            let name = self.property_name(descr);
                            let tn = self.type_name_of(o);
                            Err(self.attribute_error(format!("property {name}of '{tn}' object has no getter")))
                        }
                    }
                }
            },
            DescrKind::Other => {
                let dty = self.ty(descr);
                if let Some(get) = self.lookup(dty, self.n.__get__) {
                    let get = self.incref(get);
                    let o = obj.unwrap_or(self.none_obj);
                    let r = self.call(get, &[descr, o, ty]);
                    self.decref(get);
                    r
                } else {
                    Ok(self.incref(descr))
                }
            }
        }
    }

    /// `'name' ` of a property (from its getter's `__name__`), or empty.
    fn property_name(&self, prop: ObjRef) -> String {
        let Payload::Property(p) = self.heap.get(prop) else { return String::new() };
        match p[0].map(|f| self.heap.get(f)) {
            Some(Payload::Function(fd)) => match self.as_str(fd.name) {
                Some(n) => format!("'{n}' "),
                None => String::new(),
            },
            _ => String::new(),
        }
    }

    /// True for data descriptors (`__set__` or `__delete__` on their type, or property).
    pub fn is_data_descr(&self, d: ObjRef) -> bool {
        match self.heap.get(d) {
            Payload::Property(_) => true,
            Payload::Function(_) | Payload::Builtin(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Int(_) | Payload::Str(_) => false,
            _ => {
                let t = self.ty(d);
                self.lookup(t, self.n.__set__).is_some() || self.lookup(t, self.n.__delete__).is_some()
            }
        }
    }

    /// A bound method object (owned); counts references to both parts.
    pub fn new_method(&mut self, func: ObjRef, self_: ObjRef) -> ObjRef {
        self.incref(func);
        self.incref(self_);
        let t = self.t.method;
        self.alloc(t, Payload::BoundMethod(Box::new((func, self_))))
    }

    /// A builtin method descriptor bound to `self_` (owned).
    pub fn bind_builtin(&mut self, descr: ObjRef, self_: ObjRef) -> ObjRef {
        let Payload::Builtin(b) = self.heap.get(descr) else { return self.incref(descr) };
        // slots helper: a slot wrapper binds to a method-wrapper.
        if b.binding == Binding::Method && self.heap.ty(descr) == self.t.wrapper_descriptor {
            return self.new_method_wrapper(descr, self_);
        }
        let data = BuiltinData { name: b.name, func: b.func, self_: Some(self_), owner: b.owner, is_method: b.is_method, binding: b.binding, doc: b.doc };
        self.incref(self_);
        let t = self.t.builtin_function;
        self.alloc(t, Payload::Builtin(Box::new(data)))
    }

    // ----- getattr --------------------------------------------------------------

    /// `getattr(obj, name)` with `name` a str object (borrowed). Returns an owned reference.
    pub fn getattr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        let ty = self.ty(obj);
        let (has_getattribute, has_getattr) = match self.heap.get(ty) {
            Payload::Type(t) => (t.has_getattribute, t.has_getattr),
            _ => (false, false),
        };
        let r = if has_getattribute {
            let f = self.lookup(ty, self.n.__getattribute__).expect("flag says present");
            let f = self.incref(f);
            let r = self.call_attribute_hook(f, obj, name);
            self.decref(f);
            r
        } else {
            self.generic_getattr(obj, name, !has_getattr)
        };
        match r {
            Err(e) if has_getattr && self.err_matches(&e, self.t.attribute_error) => {
                self.drop_err(e);
                let f = self.lookup(ty, self.n.__getattr__).expect("flag says present");
                let f = self.incref(f);
                let r = self.call_attribute_hook(f, obj, name);
                self.decref(f);
                r
            }
            r => r,
        }
    }

    /// Calls a `__getattribute__`/`__getattr__` hook. CPython's
    /// `call_attribute` binds a Python function to the instance first, so
    /// the bound method holds one more reference to it during the call.
    fn call_attribute_hook(&mut self, f: ObjRef, obj: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        let binds = matches!(self.heap.get(f), Payload::Function(_));
        if binds {
            self.incref(obj);
        }
        let r = self.call_unbound(f, obj, &[name]);
        if binds {
            self.decref(obj);
        }
        r
    }

    /// getattr by Rust string name.
    pub fn getattr_str(&mut self, obj: ObjRef, name: &str) -> PyResult<ObjRef> {
        let n = self.intern(name);
        let r = self.getattr(obj, n);
        self.decref(n);
        r
    }

    /// getattr that turns AttributeError into None.
    pub fn getattr_opt(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, self.t.attribute_error) => {
                self.drop_err(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__`: descriptors, instance storage, then class attributes.
    pub fn generic_getattr(&mut self, obj: ObjRef, name: ObjRef, _raise_detailed: bool) -> PyResult<ObjRef> {
        if let Payload::Type(_) = self.heap.get(obj) {
            return self.type_getattr(obj, name);
        }
        let ty = self.ty(obj);
        // Native attributes of these kinds are data descriptors in CPython
        // (e.g. a function's `__module__` must not come from the type's dict).
        if matches!(self.heap.get(obj), Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Code(_) | Payload::Generator(_)) {
            if let Some(r) = self.builtin_attr(obj, name)? {
                return Ok(r);
            }
        }
        let descr = self.lookup(ty, name);
        if let Some(d) = descr {
            if self.member_of(d).is_some() {
                return self.member_get(d, obj);
            }
            if self.is_data_descr(d) {
                let d = self.incref(d);
                let r = self.descr_get(d, Some(obj), ty);
                self.decref(d);
                return r;
            }
        }
        // __slots__ members act as data descriptors.
        if let Some(ix) = self.slot_index(ty, name) {
            let v = self.heap.attrs(obj).and_then(|a| a.slots.get(ix).copied().flatten());
            return match v {
                Some(v) => Ok(self.incref(v)),
                None => {
                    let n = self.as_str(name).unwrap_or("").to_string();
                    Err(self.attribute_error(format!("'{}' object has no attribute '{n}'", self.type_name(ty))))
                }
            };
        }
        if let Some(v) = self.instance_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(d) = descr {
            let d = self.incref(d);
            let r = self.descr_get(d, Some(obj), ty);
            self.decref(d);
            return r;
        }
        if let Some(r) = self.builtin_attr(obj, name)? {
            return Ok(r);
        }
        // A bound method forwards other attributes to its function, as
        // CPython's method_getattro (`obj.m.flag` after `C.m.flag = 1`).
        if let (Payload::BoundMethod(m), true) = (self.heap.get(obj), ty == self.t.method) {
            let f = self.incref(m.0);
            let r = self.getattr(f, name);
            self.decref(f);
            return r;
        }
        let n = self.as_str(name).unwrap_or("").to_string();
        if let Payload::Module(m) = self.heap.get(obj) {
            // re helper: a module-level `__getattr__` (PEP 562) answers missing names.
            let d = m.dict;
            if let Some(f) = self.dict_get_str(d, "__getattr__") {
                let f = self.incref(f);
                let r = self.call(f, &[name]);
                self.decref(f);
                return r;
            }
            let mname = self.module_name(obj);
            return Err(self.attribute_error_obj(format!("module '{mname}' has no attribute '{n}'"), obj, name));
        }
        let tn = self.type_name(ty);
        Err(self.attribute_error_obj(format!("'{tn}' object has no attribute '{n}'"), obj, name))
    }

    /// The instance's own attribute `name` (module dict, inline values, `__dict__`).
    pub fn instance_attr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        if let Payload::Module(m) = self.heap.get(obj) {
            let d = m.dict;
            let h = self.str_hash_pure(name);
            let v = self.dict_get_str_pure(d, name, h);
            // perf helper: the import system loads lazily, on first sight of what it sets (vm/import.rs).
            if self.import_system_pending() && v.is_none_or(|v| v == self.none_obj) && self.is_lazy_import_attr(name) {
                self.ensure_import_system();
                return Ok(self.dict_get_str_pure(d, name, h).map(|v| self.incref(v)));
            }
            return Ok(v.map(|v| self.incref(v)));
        }
        let Some(a) = self.heap.attrs(obj) else { return Ok(None) };
        if let Some(d) = a.dict {
            let v = self.dict_get_item(d, name)?;
            return Ok(v.map(|v| self.incref(v)));
        }
        if let Some(v) = a.get_inline(name) {
            return Ok(Some(self.incref(v)));
        }
        // Names that were not interned (setattr with a computed str): compare text.
        let s = self.as_str(name).unwrap_or("");
        let found = a.values.iter().find(|(k, _)| self.as_str(*k) == Some(s)).map(|&(_, v)| v);
        Ok(found.map(|v| self.incref(v)))
    }

    pub(crate) fn slot_index(&self, ty: ObjRef, name: ObjRef) -> Option<usize> {
        let Payload::Type(td) = self.heap.get(ty) else { return None };
        if td.slot_names.is_empty() {
            return None;
        }
        // perf: names are usually the interned slot names themselves.
        if let Some(i) = td.slot_names.iter().position(|&n| n == name) {
            return Some(i);
        }
        let s = self.as_str(name)?;
        td.slot_names.iter().position(|&n| self.as_str(n) == Some(s))
    }

    /// Attribute lookup on a type object: the metatype's data descriptors,
    /// then the type's own MRO, then the metatype's other attributes.
    pub fn type_getattr(&mut self, tobj: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        // The metatype's getsets (`__name__`, `__dict__`, `__mro__`…) are data
        // descriptors: they win over the class's own namespace.
        if matches!(self.as_str(name), Some("__name__" | "__qualname__" | "__dict__" | "__mro__" | "__bases__" | "__base__" | "__basicsize__" | "__itemsize__" | "__dictoffset__" | "__weakrefoffset__" | "__flags__" | "__class__")) {
            if let Some(r) = self.builtin_attr(tobj, name)? {
                return Ok(r);
            }
        }
        let meta = self.ty(tobj);
        let meta_attr = self.lookup(meta, name);
        if let Some(d) = meta_attr {
            if self.is_data_descr(d) {
                let d = self.incref(d);
                let r = self.descr_get(d, Some(tobj), meta);
                self.decref(d);
                return r;
            }
        }
        if let Some(v) = self.lookup(tobj, name) {
            let v = self.incref(v);
            let r = self.descr_get(v, None, tobj);
            self.decref(v);
            return r;
        }
        if let Some(r) = self.builtin_attr(tobj, name)? {
            return Ok(r);
        }
        if let Some(d) = meta_attr {
            let d = self.incref(d);
            let r = self.descr_get(d, Some(tobj), meta);
            self.decref(d);
            return r;
        }
        let n = self.as_str(name).unwrap_or("").to_string();
        let tn = self.type_name(tobj);
        Err(self.attribute_error_obj(format!("type object '{tn}' has no attribute '{n}'"), tobj, name))
    }

    // ----- setattr / delattr ------------------------------------------------------

    /// `setattr(obj, name, value)`: borrows all three.
    pub fn setattr(&mut self, obj: ObjRef, name: ObjRef, value: ObjRef) -> PyResult<()> {
        let ty = self.ty(obj);
        if let Payload::Type(t) = self.heap.get(ty) {
            if t.has_setattr {
                if let Some(f) = self.lookup(ty, self.n.__setattr__) {
                    let f = self.incref(f);
                    let r = self.call_unbound(f, obj, &[name, value]);
                    self.decref(f);
                    let r = r?;
                    self.decref(r);
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    pub fn setattr_str(&mut self, obj: ObjRef, name: &str, value: ObjRef) -> PyResult<()> {
        let n = self.intern(name);
        let r = self.setattr(obj, n, value);
        self.decref(n);
        r
    }

    pub fn delattr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<()> {
        let ty = self.ty(obj);
        if let Payload::Type(t) = self.heap.get(ty) {
            if t.has_setattr {
                if let Some(f) = self.lookup(ty, self.n.__delattr__) {
                    let f = self.incref(f);
                    let r = self.call_unbound(f, obj, &[name]);
                    self.decref(f);
                    let r = r?;
                    self.decref(r);
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value None = delete).
    pub fn generic_setattr(&mut self, obj: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        // perf: the name is only formatted on the error paths (no allocation per setattr).
        if let Payload::Type(_) = self.heap.get(obj) {
            return self.type_setattr(obj, name, value);
        }
        let ty = self.ty(obj);
        if let Some(d) = self.lookup(ty, name) {
            if self.member_of(d).is_some() {
                return self.member_set(d, obj, value);
            }
            if self.is_data_descr(d) {
                let d = self.incref(d);
                let r = self.descr_set(d, obj, value);
                self.decref(d);
                return r;
            }
        }
        if let Some(ix) = self.slot_index(ty, name) {
            let old = {
                let a = self.heap.attrs_mut(obj).get_or_insert_with(Default::default);
                if a.slots.len() <= ix {
                    a.slots.resize(ix + 1, None);
                }
                std::mem::replace(&mut a.slots[ix], value)
            };
            if let Some(v) = value {
                self.incref(v);
            }
            return match old {
                Some(o) => {
                    self.decref(o);
                    Ok(())
                }
                None if value.is_none() => Err(self.attribute_error(format!("'{}' object has no attribute '{name_s}'", self.type_name(ty), name_s = self.as_str(name).unwrap_or("")))),
                None => Ok(()),
            };
        }
        if let Payload::Module(m) = self.heap.get(obj) {
            let d = m.dict;
            // perf helper: sys.meta_path & co. are the lazily loaded import system's (vm/import.rs).
            if obj == self.sys_module && self.import_system_pending() && self.is_lazy_import_attr(name) {
                self.ensure_import_system();
            }
            return match value {
                Some(v) => self.dict_set_item(d, name, v),
                None => {
                    if !self.dict_del_item(d, name)? {
                        let mname = self.module_name(obj);
                        return Err(self.attribute_error(format!("module '{mname}' has no attribute '{name_s}'", name_s = self.as_str(name).unwrap_or(""))));
                    }
                    Ok(())
                }
            };
        }
        if !self.instance_has_dict(obj) {
            let tn = self.type_name(ty);
            if let Some(r) = self.builtin_setattr(obj, name, value)? {
                return Ok(r);
            }
            if self.lookup(ty, name).is_some() {
                return Err(self.attribute_error(format!("'{tn}' object attribute '{name_s}' is read-only", name_s = self.as_str(name).unwrap_or(""))));
            }
            return Err(self.attribute_error(format!("'{tn}' object has no attribute '{name_s}'", name_s = self.as_str(name).unwrap_or(""))));
        }
        if let Some(r) = self.builtin_setattr(obj, name, value)? {
            return Ok(r);
        }
        // Attribute names are kept interned so lookups compare by identity.
        let key = if self.as_str(name).is_some() {
            let k = self.incref(name);
            self.intern_obj(k)
        } else {
            return Err(self.type_error(format!("attribute name must be string, not '{}'", self.type_name_of(name))));
        };
        let mut dict = self.heap.attrs(obj).and_then(|a| a.dict);
        // Inline values exist only for instances `object.__new__` made of a
        // class with a managed dict (CPython 3.11's `_PyObject_InitializeDict`);
        // functions, exceptions, static/class methods and instances of
        // subclasses of other builtins get a real `__dict__` on their first
        // attribute, as in CPython.
        if dict.is_none() && value.is_some() && !(matches!(self.heap.get(obj), Payload::Object) && self.type_data(ty).managed_dict()) {
            match self.instance_dict(obj) {
                Ok(d) => {
                    self.decref(d);
                    dict = Some(d);
                }
                Err(e) => {
                    self.decref(key);
                    return Err(e);
                }
            }
        }
        if let Some(d) = dict {
            let r = match value {
                Some(v) => self.dict_set_item(d, key, v),
                None => match self.dict_del_item(d, key) {
                    Ok(true) => Ok(()),
                    Ok(false) => Err(self.attribute_error_obj(format!("'{}' object has no attribute '{name_s}'", self.type_name(ty), name_s = self.as_str(name).unwrap_or("")), obj, name)),
                    Err(e) => Err(e),
                },
            };
            self.decref(key);
            return r;
        }
        match value {
            Some(v) => {
                let existing = self.heap.attrs(obj).and_then(|a| a.values.iter().position(|(k, _)| *k == key));
                if let Some(i) = existing {
                    self.incref(v);
                    let a = self.heap.attrs_mut(obj).as_mut().expect("attrs");
                    let old = std::mem::replace(&mut a.values[i].1, v);
                    self.decref(key);
                    self.decref(old);
                    return Ok(());
                }
                // A new attribute name joins the class's shared keys; when
                // they are full the instance gets a dict of its own
                // (CPython's `_PyObject_StoreInstanceAttribute`).
                let td = self.type_data(ty);
                if td.managed_dict() {
                    let shared = td.shared.clone();
                    let known = shared.borrow().contains(key);
                    if !known {
                        let k = self.incref(key);
                        if !shared.borrow_mut().try_add(k) {
                            self.decref(k);
                            let d = self.instance_dict(obj)?;
                            let r = self.dict_set_item(d, key, v);
                            self.decref(d);
                            self.decref(key);
                            return r;
                        }
                    }
                }
                self.incref(v);
                self.heap.attrs_mut(obj).get_or_insert_with(Default::default).values.push((key, v));
                Ok(())
            }
            None => {
                let pos = self.heap.attrs(obj).and_then(|a| a.values.iter().position(|(k, _)| *k == key));
                self.decref(key);
                match pos {
                    Some(p) => {
                        let (k, v) = self.heap.attrs_mut(obj).as_mut().expect("attrs").values.remove(p);
                        self.decref(k);
                        self.decref(v);
                        Ok(())
                    }
                    None => Err(self.attribute_error_obj(format!("'{}' object has no attribute '{name_s}'", self.type_name(ty), name_s = self.as_str(name).unwrap_or("")), obj, name)),
                }
            }
        }
    }

    fn descr_set(&mut self, d: ObjRef, obj: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        if let Payload::Property(p) = self.heap.get(d) {
            let f = if value.is_some() { p[1] } else { p[2] };
            return match f {
                Some(f) => {
                    let r = match value {
                        Some(v) => self.call(f, &[obj, v])?,
                        None => self.call(f, &[obj])?,
                    };
                    self.decref(r);
                    Ok(())
                }
                None => {
                    let tn = self.type_name_of(obj);
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    let pname = self.property_name(d);
                    Err(self.attribute_error(format!("property {pname}of '{tn}' object has no {what}")))
                }
            };
        }
        let dty = self.ty(d);
        let (meth, args): (ObjRef, Vec<ObjRef>) = match value {
            Some(v) => (self.n.__set__, vec![obj, v]),
            None => (self.n.__delete__, vec![obj]),
        };
        match self.lookup(dty, meth) {
            Some(f) => {
                let f = self.incref(f);
                let r = self.call_unbound(f, d, &args);
                self.decref(f);
                let r = r?;
                self.decref(r);
                Ok(())
            }
            None => Err(self.attribute_error("__set__".to_string())),
        }
    }

    fn type_setattr(&mut self, tobj: ObjRef, name: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let meta = self.ty(tobj);
        if meta != self.t.type_ {
            if let Some(d) = self.lookup(meta, name) {
                if self.is_data_descr(d) {
                    let d = self.incref(d);
                    let r = self.descr_set(d, tobj, value);
                    self.decref(d);
                    return r;
                }
            }
        }
        let name_s = self.as_str(name).unwrap_or("").to_string();
        if !self.type_data(tobj).heap_type {
            let tn = self.type_name(tobj);
            return Err(self.type_error(format!("cannot set '{name_s}' attribute of immutable type '{tn}'")));
        }
        if let Some(r) = self.builtin_setattr(tobj, name, value)? {
            return Ok(r);
        }
        let d = self.type_dict(tobj);
        let key = {
            let k = self.incref(name);
            self.intern_obj(k)
        };
        let r = match value {
            Some(v) => self.dict_set_item(d, key, v),
            None => match self.dict_del_item(d, key) {
                Ok(true) => Ok(()),
                Ok(false) => {
                    let tn = self.type_name(tobj);
                    Err(self.attribute_error(format!("type object '{tn}' has no attribute '{name_s}'")))
                }
                Err(e) => Err(e),
            },
        };
        self.decref(key);
        self.type_modified(tobj);
        r
    }

    /// Whether instances of this object's type carry a `__dict__`.
    pub fn instance_has_dict(&self, obj: ObjRef) -> bool {
        match self.heap.get(self.ty(obj)) {
            Payload::Type(t) => t.has_dict,
            _ => false,
        }
    }

    /// The instance `__dict__`, materialised on first use (owned).
    pub fn instance_dict(&mut self, obj: ObjRef) -> PyResult<ObjRef> {
        if let Payload::Module(m) = self.heap.get(obj) {
            let d = m.dict;
            return Ok(self.incref(d));
        }
        if let Payload::Type(t) = self.heap.get(obj) {
            let d = t.dict;
            return Ok(self.incref(d));
        }
        if let Some(d) = self.heap.attrs(obj).and_then(|a| a.dict) {
            return Ok(self.incref(d));
        }
        let d = self.new_dict();
        let values = match self.heap.attrs_mut(obj) {
            Some(a) => std::mem::take(&mut a.values),
            None => Vec::new(),
        };
        for (k, v) in values {
            self.dict_set_item(d, k, v)?;
            self.decref(k);
            self.decref(v);
        }
        let a = self.heap.attrs_mut(obj).get_or_insert_with(|| Box::new(Attrs::default()));
        a.dict = Some(d);
        // Still sharing the class's keys: CPython's split dict.
        let ty = self.ty(obj);
        if let Payload::Type(td) = self.heap.get(ty) {
            if td.managed_dict() {
                let shared = td.shared.clone();
                self.dict_table_mut(d).split = Some(shared);
            }
        }
        Ok(self.incref(d))
    }

    /// The `__module__`-style name of a module object.
    pub fn module_name(&mut self, m: ObjRef) -> String {
        if let Payload::Module(md) = self.heap.get(m) {
            let d = md.dict;
            let k = self.n.__name__;
            let h = self.str_hash_pure(k);
            if let Some(n) = self.dict_get_str_pure(d, k, h) {
                if let Some(s) = self.as_str(n) {
                    return s.to_string();
                }
            }
        }
        "?".to_string()
    }
}
