//! perf: a cache of MRO lookups (`Vm::lookup`), like CPython's type
//! attribute cache. Entries are keyed by (type, interned name) and are valid
//! only for the epoch they were filled in; the epoch moves on whenever any
//! type may have changed (`type_modified`, any `type_dict` access — the path
//! every direct writer of a type dict takes —, a type's deallocation, and
//! each cycle collection), so a stale entry is never used.

use std::cell::Cell;

use crate::heap::ObjRef;

const SIZE: usize = 4096;

#[derive(Clone, Copy, Default)]
struct Entry {
    ty: u32,
    name: u32,
    epoch: u64,
    value: Option<ObjRef>,
}

pub struct AttrCache {
    entries: Box<[Cell<Entry>]>,
    /// Entries of another epoch are stale. Starts at 1 (empty entries have 0).
    epoch: Cell<u64>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache { entries: (0..SIZE).map(|_| Cell::new(Entry::default())).collect(), epoch: Cell::new(1) }
    }
}

impl AttrCache {
    #[inline]
    fn slot(ty: ObjRef, name: ObjRef) -> usize {
        ((ty.index() as u32).wrapping_mul(0x9E37_79B1) ^ (name.index() as u32).wrapping_mul(31)) as usize & (SIZE - 1)
    }

    /// The cached result of looking `name` up on `ty`: `Some(result)` on a hit.
    #[inline]
    pub fn get(&self, ty: ObjRef, name: ObjRef) -> Option<Option<ObjRef>> {
        let e = self.entries[Self::slot(ty, name)].get();
        (e.epoch == self.epoch.get() && e.ty == ty.index() as u32 && e.name == name.index() as u32).then_some(e.value)
    }

    #[inline]
    pub fn put(&self, ty: ObjRef, name: ObjRef, value: Option<ObjRef>) {
        self.entries[Self::slot(ty, name)].set(Entry { ty: ty.index() as u32, name: name.index() as u32, epoch: self.epoch.get(), value });
    }

    /// Calls `f(type, name, value)` for every entry of the current epoch
    /// (the heap verifier checks that they name live objects).
    pub fn for_each_valid(&self, f: &mut dyn FnMut(ObjRef, ObjRef, Option<ObjRef>)) {
        for e in self.entries.iter().map(Cell::get) {
            if e.epoch == self.epoch.get() && e.ty != 0 {
                f(ObjRef::from_index(e.ty as usize), ObjRef::from_index(e.name as usize), e.value);
            }
        }
    }

    /// The current epoch (inline caches elsewhere are stamped with it).
    #[inline]
    pub fn epoch(&self) -> u64 {
        self.epoch.get()
    }

    /// Forgets every entry (cheap: bumps the epoch).
    #[inline]
    pub fn invalidate(&self) {
        self.epoch.set(self.epoch.get() + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalidate_forgets_entries() {
        let c = AttrCache::default();
        let (t, n, v) = (ObjRef::from_index(3), ObjRef::from_index(7), ObjRef::from_index(9));
        assert_eq!(c.get(t, n), None);
        c.put(t, n, Some(v));
        assert_eq!(c.get(t, n), Some(Some(v)));
        c.invalidate();
        assert_eq!(c.get(t, n), None);
    }
}
