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
//!
//! A `__slots__` member is cached the same way (a site whose position has
//! [`SLOT_SITE`] set holds the member's storage index): while the type and
//! the epoch are the same, the MRO lookup still finds that very member
//! descriptor, so its storage is read or written directly.

use crate::bytecode::code::AttrSite;
use crate::heap::{ObjRef, Payload};

use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

/// Marks an [`AttrSite`] whose position is a `__slots__` storage index.
const SLOT_SITE: u32 = 1 << 31;

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

    /// The site of a `__slots__` member of `ty` named `name` (a member
    /// descriptor found by the MRO lookup, so generic attribute access
    /// reads or writes its storage), when no hook can intervene.
    fn slot_site(&self, obj: ObjRef, ty: ObjRef, name: ObjRef, store: bool) -> Option<AttrSite> {
        if !matches!(self.heap.get(obj), Payload::Object) {
            return None;
        }
        let Payload::Type(td) = self.heap.get(ty) else { return None };
        if td.has_getattribute || (store && td.has_setattr) {
            return None;
        }
        let m = self.member_of(self.lookup(ty, name)?)?;
        if m.index >= SLOT_SITE as usize || (store && m.readonly) {
            // (The special getsets have huge indices.)
            return None;
        }
        Some(AttrSite { ty: ty.index() as u32, pos: SLOT_SITE | m.index as u32, epoch: self.attr_cache.epoch() })
    }

    /// The value in `__slots__` storage `index` of `obj`, if set.
    #[inline]
    fn slot_value_at(&self, obj: ObjRef, index: usize) -> Option<ObjRef> {
        if !matches!(self.heap.get(obj), Payload::Object) {
            return None;
        }
        self.heap.attrs(obj)?.slots.get(index).copied().flatten()
    }

    /// Whether storing `name` (of a valid store site of `ty`) on `obj` would
    /// add it as a new inline value: a plain instance without a `__dict__`
    /// object nor this attribute, of a class whose shared keys already hold
    /// the (interned) name.
    fn can_append_inline(&self, obj: ObjRef, ty: ObjRef, name: ObjRef) -> bool {
        if !matches!(self.heap.get(obj), Payload::Object) || !matches!(self.heap.get(name), Payload::Str(s) if s.interned.get()) {
            return false;
        }
        if let Some(a) = self.heap.attrs(obj) {
            if a.dict.is_some() || a.values.iter().any(|&(k, _)| k == name) {
                return false;
            }
        }
        let Payload::Type(td) = self.heap.get(ty) else { return false };
        td.managed_dict() && td.shared.try_borrow().is_ok_and(|k| k.contains(name))
    }

    /// LOAD_ATTR of `f.names[namei]` on `obj` (borrowed); returns a new reference.
    #[inline]
    pub(in crate::vm) fn load_attr_cached(&mut self, f: &Frame, namei: usize, obj: ObjRef) -> PyResult<ObjRef> {
        let name = f.names[namei];
        let site = &f.code.attr_cache[namei];
        let c = site.get();
        let ty = self.heap.ty(obj);
        if c.ty == ty.index() as u32 && c.epoch == self.attr_cache.epoch() {
            let v = if c.pos & SLOT_SITE != 0 { self.slot_value_at(obj, (c.pos & !SLOT_SITE) as usize) } else { self.inline_value_at(obj, name, c.pos as usize) };
            if let Some(v) = v {
                return Ok(self.incref(v));
            }
        }
        let r = self.getattr(obj, name)?;
        if let Some(s) = self.inline_site(obj, ty, name, false).or_else(|| self.slot_site(obj, ty, name, false)) {
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
        if c.ty == ty.index() as u32 && c.epoch == self.attr_cache.epoch() && c.pos & SLOT_SITE != 0 && matches!(self.heap.get(obj), Payload::Object) {
            // What `member_set` does for a plain slot: store, then release the old value.
            let index = (c.pos & !SLOT_SITE) as usize;
            let old = {
                let a = self.heap.attrs_mut(obj).get_or_insert_with(Default::default);
                if a.slots.len() <= index {
                    a.slots.resize(index + 1, None);
                }
                a.slots[index].replace(v)
            };
            self.incref(v);
            if let Some(o) = old {
                self.decref(o);
            }
            return Ok(());
        }
        if c.ty == ty.index() as u32 && c.epoch == self.attr_cache.epoch() && c.pos & SLOT_SITE == 0 {
            if self.inline_value_at(obj, name, c.pos as usize).is_some() {
                if let Some(a) = self.heap.attrs_mut(obj).as_mut() {
                    let old = std::mem::replace(&mut a.values[c.pos as usize].1, v);
                    self.incref(v);
                    self.decref(old);
                    return Ok(());
                }
            }
            if self.can_append_inline(obj, ty, name) {
                // What the generic store does for a new name that is already
                // one of the class's shared keys: append it to the values.
                self.incref(name);
                self.incref(v);
                self.heap.attrs_mut(obj).get_or_insert_with(Default::default).values.push((name, v));
                return Ok(());
            }
        }
        self.setattr(obj, name, v)?;
        // The store may have run code (a descriptor, a finalizer): the site
        // describes the state now.
        if self.heap.is_live(obj) {
            let ty = self.heap.ty(obj);
            if let Some(s) = self.inline_site(obj, ty, name, true).or_else(|| self.slot_site(obj, ty, name, true)) {
                site.set(s);
            }
        }
        Ok(())
    }
}
