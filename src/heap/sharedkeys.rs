//! A class's shared instance-dict keys (CPython 3.11's `ht_cached_keys`).
//!
//! Instances of an ordinary class keep their attributes as values beside
//! one keys object shared by the whole class. Its `dk_usable` starts at 30
//! (the keys object has 64 index slots), drops by one per new instance (so
//! later instances reserve room for more values) and by one per new
//! attribute name. When it is exhausted, an instance that needs a new name
//! gets a private ("combined") dict instead. A materialised `__dict__` that
//! still shares the keys is sized from them: 48 + 8 × (entries + usable).
//!
//! The record is shared (`Rc`) between the class and the dicts that still
//! use it, because such a dict may outlive its class.

use std::cell::RefCell;
use std::rc::Rc;

use super::ObjRef;

/// CPython's initial `dk_usable` of a class's cached keys.
pub const SHARED_KEYS_USABLE: usize = 30;

pub struct SharedKeys {
    /// The attribute names, in insertion order (owned references, released
    /// through the class's trace when the class dies; cleared then).
    pub names: Vec<ObjRef>,
    /// `dk_nentries`: names ever added (kept after `names` is cleared).
    pub nentries: usize,
    /// `dk_usable`: names that can still be added.
    pub usable: usize,
}

pub type SharedKeysRef = Rc<RefCell<SharedKeys>>;

impl SharedKeys {
    pub fn new_ref() -> SharedKeysRef {
        Rc::new(RefCell::new(SharedKeys { names: Vec::new(), nentries: 0, usable: SHARED_KEYS_USABLE }))
    }

    /// `sys.getsizeof` of a split dict using these keys, without the GC header.
    pub fn split_dict_sizeof(&self) -> usize {
        48 + 8 * (self.nentries + self.usable)
    }

    /// A new instance was made: CPython's `init_inline_values`.
    pub fn new_instance(&mut self) {
        if self.usable > 1 {
            self.usable -= 1;
        }
    }

    pub fn contains(&self, name: ObjRef) -> bool {
        self.names.contains(&name)
    }

    /// Adds a name (the caller passes an owned reference) if there is room;
    /// returns false (and keeps nothing) when the keys are full.
    pub fn try_add(&mut self, name: ObjRef) -> bool {
        if self.usable == 0 {
            return false;
        }
        self.names.push(name);
        self.nentries += 1;
        self.usable -= 1;
        true
    }
}
