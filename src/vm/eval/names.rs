//! Name lookups for LOAD_GLOBAL / LOAD_NAME / LOAD_METHOD and the
//! NameError / UnboundLocalError messages they raise.

use crate::heap::{ObjRef, Payload};

use crate::vm::frame::Frame;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// LOAD_GLOBAL of `f.names[namei]`, first through the code's inline
    /// cache: the globals entry where the name was found last time. An entry
    /// holding the very same key object is the name's entry (a dict has one
    /// entry per key), so no version check is needed; anything else (a
    /// builtin, a moved entry, other globals) takes the full lookup.
    #[inline]
    pub(in crate::vm) fn load_global_cached(&mut self, f: &Frame, namei: usize) -> PyResult<ObjRef> {
        let name = f.names[namei];
        let cache = &f.code.global_cache[namei];
        let Payload::Dict(t) = self.heap.get(f.globals) else { return self.load_global(f, name) };
        if let Some(Some(e)) = t.entries.get(cache.get() as usize) {
            if e.key == name && t.split.is_none() && (e.value != self.none_obj || !self.import_system_pending()) {
                let v = e.value;
                return Ok(self.incref(v));
            }
        }
        // A builtin: valid while the globals keep the keys they had when the
        // name was missing there (same stamp) and the builtins entry at the
        // cached index still has this very key.
        let stamp = f.code.builtin_cache[namei].get();
        if stamp != 0 && stamp == t.current_keys_stamp() && t.split.is_none() {
            if let Payload::Dict(b) = self.heap.get(f.builtins) {
                if let Some(Some(e)) = b.entries.get(cache.get() as usize) {
                    if e.key == name {
                        let v = e.value;
                        return Ok(self.incref(v));
                    }
                }
            }
        }
        let h = self.str_hash_pure(name);
        let Some(s) = self.as_str(name) else { return self.load_global(f, name) };
        match t.find_with(h, |k| Some(k == name || self.as_str(k) == Some(s))) {
            Ok(Some(ix)) => {
                let Some(e) = t.entry(ix) else { return self.load_global(f, name) };
                if e.key == name && t.split.is_none() {
                    cache.set(ix as u32);
                }
                let v = e.value;
                if v == self.none_obj && self.import_system_pending() {
                    return self.load_global(f, name);
                }
                Ok(self.incref(v))
            }
            Ok(None) => {
                let split = t.split.is_some();
                if let Payload::Dict(b) = self.heap.get(f.builtins) {
                    if let Ok(Some(ix)) = b.find_with(h, |k| Some(k == name || self.as_str(k) == Some(s))) {
                        let Some(e) = b.entry(ix) else { return self.load_global(f, name) };
                        let v = e.value;
                        if e.key == name && !split {
                            cache.set(ix as u32);
                            let stamp = match self.heap.get_mut(f.globals) {
                                Payload::Dict(t) => t.keys_stamp(),
                                _ => 0,
                            };
                            f.code.builtin_cache[namei].set(stamp);
                        }
                        return Ok(self.incref(v));
                    }
                }
                match self.dict_get_str_pure(f.builtins, name, h) {
                    Some(v) => Ok(self.incref(v)),
                    None => Err(self.name_not_defined(f, name)),
                }
            }
            Err(_) => self.load_global(f, name),
        }
    }

    pub(in crate::vm) fn load_global(&mut self, f: &Frame, name: ObjRef) -> PyResult<ObjRef> {
        let h = self.str_hash_pure(name);
        if let Some(v) = self.dict_get_str_pure(f.globals, name, h) {
            if v == self.none_obj && self.import_system_pending() && self.is_lazy_import_attr(name) {
                // `__loader__`/`__spec__` of a module: set by the lazily loaded import system.
                self.ensure_import_system();
                return self.load_global(f, name);
            }
            return Ok(self.incref(v));
        }
        if let Some(v) = self.dict_get_str_pure(f.builtins, name, h) {
            return Ok(self.incref(v));
        }
        Err(self.name_not_defined(f, name))
    }

    pub(in crate::vm) fn load_name(&mut self, f: &Frame, name: ObjRef) -> PyResult<ObjRef> {
        if let Some(l) = f.locals {
            if self.ty(l) == self.t.dict {
                if let Some(v) = self.dict_get_item(l, name)? {
                    if v == self.none_obj && self.import_system_pending() && self.is_lazy_import_attr(name) {
                        self.ensure_import_system();
                        return self.load_name(f, name);
                    }
                    return Ok(self.incref(v));
                }
            } else {
                match self.getitem(l, name) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.err_matches(&e, self.t.key_error) => self.drop_err(e),
                    Err(e) => return Err(e),
                }
            }
        }
        self.load_global(f, name)
    }

    /// NameError with CPython 3.11's "Did you mean" suggestion.
    pub(in crate::vm) fn name_not_defined(&mut self, f: &Frame, name: ObjRef) -> PyErr {
        let n = self.as_str(name).unwrap_or("").to_string();
        let mut candidates: Vec<String> = f.code.varnames().iter().map(|s| s.to_string()).collect();
        for d in [f.locals, Some(f.globals), Some(f.builtins)].into_iter().flatten() {
            if self.is_dict(d) {
                for (k, _) in self.dict_items(d) {
                    if let Some(s) = self.as_str(k) {
                        candidates.push(s.to_string());
                    }
                }
            }
        }
        let e = self.name_error(format!("name '{n}' is not defined"));
        let k = self.n.name;
        let _ = self.generic_setattr(e.exc, k, Some(name));
        if let Some(s) = crate::vm::print_tb::suggest(&n, &candidates) {
            let sv = self.new_str(s);
            let _ = self.setattr_str(e.exc, "_pyrite_suggestion", sv);
            self.decref(sv);
        }
        e
    }

    pub(in crate::vm) fn unbound_local(&mut self, f: &Frame, i: u32) -> PyErr {
        let name = f.code.localsplus_names[i as usize].clone();
        let t = self.t.unbound_local_error;
        self.new_error(t, format!("cannot access local variable '{name}' where it is not associated with a value"))
    }

    pub(in crate::vm) fn unbound_deref(&mut self, f: &Frame, i: u32) -> PyErr {
        let name = f.code.localsplus_names[i as usize].clone();
        let nfree = f.code.nfrees as usize;
        if (i as usize) >= f.code.nlocalsplus() - nfree {
            self.name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
        } else {
            let t = self.t.unbound_local_error;
            self.new_error(t, format!("cannot access local variable '{name}' where it is not associated with a value"))
        }
    }

    /// LOAD_METHOD: Some(unbound function) when `name` is a plain method on the type
    /// and not shadowed by an instance attribute (then `obj` stays on the stack as self).
    pub(in crate::vm) fn load_method(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let ty = self.ty(obj);
        if let Payload::Type(td) = self.heap.get(ty) {
            if td.has_getattribute {
                return Ok(None);
            }
        }
        if matches!(self.heap.get(obj), Payload::Type(_) | Payload::Module(_)) {
            return Ok(None);
        }
        let Some(d) = self.lookup(ty, name) else { return Ok(None) };
        let is_method = match self.heap.get(d) {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.binding == crate::heap::Binding::Method,
            _ => false,
        };
        if !is_method {
            return Ok(None);
        }
        if self.heap.attrs(obj).is_some() {
            // An instance attribute would shadow the method.
            if let Some(v) = self.instance_attr(obj, name)? {
                self.decref(v);
                return Ok(None);
            }
        }
        Ok(Some(self.incref(d)))
    }
}
