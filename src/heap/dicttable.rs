//! The storage of a dict: CPython 3.11's compact ordered dict — an entries
//! vector in insertion order plus an open-addressing index with CPython's
//! probe sequence and growth rule, so sizes (`sys.getsizeof`) and orders
//! agree with CPython.
//!
//! Key comparison may call back into Python (`__eq__`), so the table exposes
//! a step-by-step probe ([`DictTable::probe`] / [`Probe::next`]) that the VM
//! drives, re-borrowing the table between steps.

use super::ObjRef;

#[derive(Clone, Copy, Debug)]
pub struct DictEntry {
    pub hash: i64,
    pub key: ObjRef,
    pub value: ObjRef,
}

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const LOG_MINSIZE: u8 = 3;

fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// A pure table search stopped because deciding equality needs Python code
/// (a user-defined `__eq__`); the caller falls back to the VM's comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedsPython;

#[derive(Clone)]
pub struct DictTable {
    /// Entries in insertion order; deleted ones are `None` until a resize compacts.
    pub entries: Vec<Option<DictEntry>>,
    /// Index table (empty while the dict uses CPython's shared empty keys).
    indices: Vec<i32>,
    /// Number of live entries.
    pub used: usize,
    /// Entries that may still be appended before a resize.
    usable: usize,
    /// All keys are str (CPython's unicode-keys layout: 16-byte entries).
    pub unicode_keys: bool,
    /// Bumped on every insertion/deletion (iteration change detection).
    pub version: u64,
    /// A materialised instance `__dict__` that still shares its class's keys
    /// (CPython's split table); its size follows the shared keys.
    pub split: Option<super::SharedKeysRef>,
    /// perf: a stamp naming this table's exact set of keys (0: none yet).
    /// Adding or removing a key resets it; a stamp is never handed out
    /// twice, so tables with the same nonzero stamp (copies) hold the same
    /// keys. LOAD_GLOBAL uses it to remember "this name is not a global".
    keys_stamp: u64,
}

/// The source of keys stamps (shared by all threads; 0 is never handed out).
static NEXT_KEYS_STAMP: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// An empty dict starts with the unicode-keys layout (as CPython's empty keys).
impl Default for DictTable {
    fn default() -> Self {
        DictTable::new()
    }
}

/// One step of a probe sequence.
pub enum ProbeStep {
    /// An empty index slot: the key is absent.
    Empty,
    /// A live entry to compare with.
    Entry(usize),
    /// A deleted slot: keep probing.
    Dummy,
}

pub struct Probe {
    pub slot: usize,
    perturb: u64,
    mask: usize,
    started: bool,
}

impl Probe {
    /// The next index slot's content.
    pub fn next(&mut self, t: &DictTable) -> ProbeStep {
        if t.indices.is_empty() {
            return ProbeStep::Empty;
        }
        if self.started {
            self.perturb >>= 5;
            self.slot = (self.slot.wrapping_mul(5).wrapping_add(self.perturb as usize).wrapping_add(1)) & self.mask;
        }
        self.started = true;
        match t.indices[self.slot] {
            EMPTY => ProbeStep::Empty,
            DUMMY => ProbeStep::Dummy,
            ix => ProbeStep::Entry(ix as usize),
        }
    }
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable { entries: Vec::new(), indices: Vec::new(), used: 0, usable: 0, unicode_keys: true, version: 0, split: None, keys_stamp: 0 }
    }

    /// A table presized for `n` items, as `dict_new_presized` (BUILD_MAP).
    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::new();
        if n > usable_fraction(1 << LOG_MINSIZE) {
            let log2 = calculate_log2((n * 3).div_ceil(2));
            t.indices = vec![EMPTY; 1 << log2];
            t.usable = usable_fraction(1 << log2);
        }
        t
    }

    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn probe(&self, hash: i64) -> Probe {
        let mask = self.indices.len().wrapping_sub(1);
        Probe { slot: (hash as u64 as usize) & mask, perturb: hash as u64, mask, started: false }
    }

    pub fn entry(&self, ix: usize) -> Option<&DictEntry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    /// Finds a key using a pure comparison (`eq` returns None when it
    /// cannot decide without running Python code; the search then stops with Err).
    pub fn find_with(&self, hash: i64, mut eq: impl FnMut(ObjRef) -> Option<bool>) -> Result<Option<usize>, NeedsPython> {
        let mut p = self.probe(hash);
        loop {
            match p.next(self) {
                ProbeStep::Empty => return Ok(None),
                ProbeStep::Dummy => {}
                ProbeStep::Entry(ix) => {
                    let e = self.entries[ix].as_ref().expect("index points at a live entry");
                    if e.hash == hash {
                        match eq(e.key) {
                            Some(true) => return Ok(Some(ix)),
                            Some(false) => {}
                            None => return Err(NeedsPython),
                        }
                    }
                }
            }
        }
    }

    /// Appends a key known to be absent. `is_str` tells whether it is a str
    /// (for the unicode-keys layout). Resizes as CPython does.
    pub fn insert_new(&mut self, hash: i64, key: ObjRef, value: ObjRef, is_str: bool) {
        if self.indices.is_empty() {
            self.indices = vec![EMPTY; 1 << LOG_MINSIZE];
            self.usable = usable_fraction(1 << LOG_MINSIZE);
        }
        if !is_str && self.unicode_keys {
            self.unicode_keys = false;
            // A non-str key converts the table with insertion_resize (CPython's
            // insertdict), even when there is room.
            if self.nentries() > 0 || self.used > 0 {
                self.resize(calculate_log2(self.used * 3));
            }
        }
        if self.usable == 0 {
            self.resize(calculate_log2(self.used * 3));
        }
        let ix = self.entries.len();
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.place(hash, ix);
        self.used += 1;
        self.usable -= 1;
        self.version += 1;
        self.keys_stamp = 0;
    }

    /// The stamp of the current set of keys (one is assigned on first use).
    pub fn keys_stamp(&mut self) -> u64 {
        if self.keys_stamp == 0 {
            self.keys_stamp = NEXT_KEYS_STAMP.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        self.keys_stamp
    }

    /// The current stamp without assigning one (0 when keys changed since).
    #[inline]
    pub fn current_keys_stamp(&self) -> u64 {
        self.keys_stamp
    }

    fn place(&mut self, hash: i64, ix: usize) {
        let mask = self.indices.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.indices[i] >= 0 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        self.indices[i] = ix as i32;
    }

    /// Index-table size (1 for CPython's shared empty keys).
    pub fn index_size(&self) -> usize {
        self.indices.len().max(1)
    }

    /// Entries slots in use, deleted ones included (`dk_nentries`).
    pub fn nentries(&self) -> usize {
        self.entries.len()
    }

    /// How many items the current index table holds before growing.
    pub fn capacity(&self) -> usize {
        usable_fraction(self.index_size())
    }

    /// dictresize to the smallest table (at least 8 slots) with `minsize`
    /// index slots (CPython's `calculate_log2_keysize`).
    pub fn resize_for(&mut self, minsize: usize) {
        let mut log2 = LOG_MINSIZE;
        while (1usize << log2) < minsize {
            log2 += 1;
        }
        self.resize(log2);
    }

    /// dictresize: rebuilds with `1 << log2` index slots, compacting the entries.
    pub fn resize(&mut self, log2: u8) {
        let old: Vec<DictEntry> = self.entries.drain(..).flatten().collect();
        self.indices = vec![EMPTY; 1 << log2];
        self.usable = usable_fraction(1 << log2) - old.len();
        for (ix, e) in old.iter().enumerate() {
            self.place(e.hash, ix);
        }
        self.entries = old.into_iter().map(Some).collect();
    }

    /// Removes the entry `ix` found through index slot `slot`; returns it (owned refs).
    pub fn remove_at(&mut self, slot: usize, ix: usize) -> DictEntry {
        self.indices[slot] = DUMMY;
        self.used -= 1;
        self.version += 1;
        self.keys_stamp = 0;
        self.entries[ix].take().expect("live entry")
    }

    /// Removes the entry `ix` (locating its index slot by probing for it).
    pub fn remove_entry(&mut self, ix: usize) -> DictEntry {
        let hash = self.entries[ix].as_ref().expect("live entry").hash;
        let mut p = self.probe(hash);
        loop {
            if let ProbeStep::Entry(j) = p.next(self) {
                if j == ix {
                    return self.remove_at(p.slot, ix);
                }
            }
        }
    }

    /// Replaces a value in place; returns the old value (owned).
    pub fn replace_value(&mut self, ix: usize, value: ObjRef) -> ObjRef {
        let e = self.entries[ix].as_mut().expect("live entry");
        std::mem::replace(&mut e.value, value)
    }

    /// Empties the table (returns the entries whose references must be dropped).
    pub fn clear(&mut self) -> Vec<DictEntry> {
        let old = self.entries.drain(..).flatten().collect();
        *self = DictTable::new();
        old
    }

    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().flatten()
    }

    /// The live entry at or after position `pos` (for iterators): (next pos, entry).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, DictEntry)> {
        while pos < self.entries.len() {
            if let Some(e) = self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    pub fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        for e in self.iter() {
            visit(e.key);
            visit(e.value);
        }
    }

    /// CPython 3.11's `dict.__sizeof__` + the GC header (what getsizeof reports).
    pub fn sizeof(&self) -> usize {
        if let Some(k) = &self.split {
            return k.borrow().split_dict_sizeof() + 16;
        }
        let base = 48 + 16;
        if self.indices.is_empty() {
            return base;
        }
        let size = self.indices.len();
        let index_bytes = if size <= 0x80 {
            1
        } else if size <= 0x8000 {
            2
        } else if size <= 0x8000_0000 {
            4
        } else {
            8
        };
        let entry = if self.unicode_keys { 16 } else { 24 };
        base + 32 + size * index_bytes + usable_fraction(size) * entry
    }
}

/// CPython's calculate_log2_keysize, quirks included: `(minsize | 8) - 1`
/// makes every minsize in 1..=7 round up to 16 (visible in `dict(d)` sizes).
fn calculate_log2(minsize: usize) -> u8 {
    let m = (minsize | (1 << LOG_MINSIZE)) - 1;
    let m = m | ((1 << LOG_MINSIZE) - 1);
    (usize::BITS - m.leading_zeros()) as u8
}

/// estimate_log2_keysize: a table that holds `n` items without resizing.
pub fn estimate_log2(n: usize) -> u8 {
    calculate_log2((n * 3).div_ceil(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_stamp_names_one_key_set() {
        let mut t = DictTable::new();
        t.insert_new(5, ObjRef::from_index(1), ObjRef::from_index(2), true);
        let s1 = t.keys_stamp();
        assert!(s1 != 0 && t.keys_stamp() == s1);
        // A value replacement keeps the keys; a copy shares them.
        t.replace_value(0, ObjRef::from_index(3));
        assert_eq!(t.current_keys_stamp(), s1);
        let mut c = t.clone();
        assert_eq!(c.current_keys_stamp(), s1);
        // New or removed keys need a new stamp, never an old one.
        c.insert_new(6, ObjRef::from_index(4), ObjRef::from_index(2), true);
        assert_eq!(c.current_keys_stamp(), 0);
        let s2 = c.keys_stamp();
        assert!(s2 != s1);
        t.remove_entry(0);
        assert_eq!(t.current_keys_stamp(), 0);
        assert!(t.keys_stamp() != s1);
    }

    #[test]
    fn sizes_follow_cpython_growth() {
        let mut t = DictTable::new();
        assert_eq!(t.sizeof(), 64);
        for i in 0..100 {
            t.insert_new(i, ObjRef::from_index(i as usize + 1), ObjRef::from_index(1), false);
        }
        assert_eq!(t.sizeof(), 4688);
        let mut s = DictTable::new();
        s.insert_new(7, ObjRef::from_index(1), ObjRef::from_index(1), true);
        assert_eq!(s.sizeof(), 184);
        assert_eq!(DictTable::with_capacity(6).sizeof() - 64 + 64, 272);
    }
}
