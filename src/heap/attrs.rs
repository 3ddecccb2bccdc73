//! Per-instance attribute storage, kept in the slot header.
//!
//! Like CPython 3.11's "managed values", attributes live inline as a small
//! vector of (interned name, value) pairs; a real `__dict__` object is only
//! created when someone asks for `__dict__`, and from then on the dict is
//! the storage. `__slots__` instances use `slots` and have no dict at all.

use super::ObjRef;

#[derive(Default)]
pub struct Attrs {
    /// Inline attributes: interned name → value (both owned references).
    pub values: Vec<(ObjRef, ObjRef)>,
    /// The materialised `__dict__` (owned), once asked for.
    pub dict: Option<ObjRef>,
    /// `__slots__` storage, in the type's `slot_names` order.
    pub slots: Vec<Option<ObjRef>>,
}

impl Attrs {
    pub fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        for &(k, v) in &self.values {
            visit(k);
            visit(v);
        }
        self.dict.iter().for_each(|&d| visit(d));
        self.slots.iter().flatten().for_each(|&s| visit(s));
    }
    /// The inline values (with their names, which CPython's values array
    /// does not hold: `seen == false`) and the dict, as the collector visits
    /// them; `__slots__` storage is the instance's type's business.
    pub fn traverse(&self, visit: &mut dyn FnMut(ObjRef, bool)) {
        for &(k, v) in &self.values {
            visit(v, true);
            visit(k, false);
        }
        if let Some(d) = self.dict {
            visit(d, true);
        }
    }
    /// Inline lookup by identity of the interned name.
    pub fn get_inline(&self, name: ObjRef) -> Option<ObjRef> {
        self.values.iter().find(|(k, _)| *k == name).map(|&(_, v)| v)
    }
}
