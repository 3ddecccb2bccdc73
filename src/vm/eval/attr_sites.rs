//! perf: LOAD_ATTR / STORE_ATTR inline caches for plain instances.
//!
//! An attribute kept in an instance's inline values (no `__dict__` object,
//! no class attribute of that name, no custom `__getattribute__` /
//! `__setattr__`) is read or replaced at the position where the same code
//! found it last time. A site records the type and the attribute-cache
//! epoch: any change to any type (or a type's death) moves the epoch on, so
//! "the class has no such attribute" still holds while the epoch is the
//! same; the entry at the position must still hold this very name. Anything
//! else takes the generic path, which then refreshes the site.

use crate::bytecode::code::AttrSite;
use crate::heap::{ObjRef, Payload};

use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The value at inline position `pos` of a plain instance, when that
    /// entry holds `name` and the instance has no materialised `__dict__`.
    #[inline]
    fn inline_value_at(&self, obj: ObjRef, name: ObjRef, pos: usize) -> Option<ObjRef> {
        if !matches!(self.heap.get(obj), Payload::Object) {
            return None;
        }
        let a = self.heap.attrs(obj)?;
        if a.dict.is_some() {
            return None;
        }
        match a.values.get(pos) {
            Some(&(k, v)) if k == name => Some(v),
            _ => None,
        }
    }

    /// Where generic attribute access on `obj` (of type `ty`) reads or
    /// writes `name` in the inline values, when nothing else can intervene.
    fn inline_site(&self, obj: ObjRef, ty: ObjRef, name: ObjRef, store: bool) -> Option<AttrSite> {
        if !matches!(self.heap.get(obj), Payload::Object) {
            return None;
        }
        let Payload::Type(td) = self.heap.get(ty) else { return None };
        if td.has_getattribute || (store && (td.has_setattr || !td.has_dict)) {
            return None;
        }
        if matches!(self.as_str(name), None | Some("__class__" | "__dict__")) {
            return None;
        }
        if self.lookup(ty, name).is_some() || self.slot_index(ty, name).is_some() {
            return None;
        }
        let a = self.heap.attrs(obj)?;
        if a.dict.is_some() {
            return None;
        }
        let pos = a.values.iter().position(|&(k, _)| k == name)?;
        Some(AttrSite { ty: ty.index() as u32, pos: pos as u32, epoch: self.attr_cache.epoch() })
    }

    /// LOAD_ATTR of `f.names[namei]` on `obj` (borrowed); returns a new reference.
    #[inline]
    pub(in crate::vm) fn load_attr_cached(&mut self, f: &Frame, namei: usize, obj: ObjRef) -> PyResult<ObjRef> {
        let name = f.names[namei];
        let site = &f.code.attr_cache[namei];
        let c = site.get();
        let ty = self.heap.ty(obj);
        if c.ty == ty.index() as u32 && c.epoch == self.attr_cache.epoch() {
            if let Some(v) = self.inline_value_at(obj, name, c.pos as usize) {
                return Ok(self.incref(v));
            }
        }
        let r = self.getattr(obj, name)?;
        if let Some(s) = self.inline_site(obj, ty, name, false) {
            site.set(s);
        }
        Ok(r)
    }

    /// STORE_ATTR of `f.names[namei]`: `obj.name = v` (both borrowed).
    #[inline]
    pub(in crate::vm) fn store_attr_cached(&mut self, f: &Frame, namei: usize, obj: ObjRef, v: ObjRef) -> PyResult<()> {
        let name = f.names[namei];
        let site = &f.code.attr_cache[namei];
        let c = site.get();
        let ty = self.heap.ty(obj);
        if c.ty == ty.index() as u32 && c.epoch == self.attr_cache.epoch() && self.inline_value_at(obj, name, c.pos as usize).is_some() {
            if let Some(a) = self.heap.attrs_mut(obj).as_mut() {
                let old = std::mem::replace(&mut a.values[c.pos as usize].1, v);
                self.incref(v);
                self.decref(old);
                return Ok(());
            }
        }
        self.setattr(obj, name, v)?;
        // The store may have run code (a descriptor, a finalizer): the site
        // describes the state now.
        if self.heap.is_live(obj) {
            if let Some(s) = self.inline_site(obj, self.heap.ty(obj), name, true) {
                site.set(s);
            }
        }
        Ok(())
    }
}
