//! The storage of a set / frozenset: CPython's open-addressing table with
//! linear probes and perturbation, same sizes and resize rule, so iteration
//! order of small ints and `sys.getsizeof` agree with CPython.

use super::ObjRef;

const LINEAR_PROBES: usize = 9;
const MINSIZE: usize = 8;

#[derive(Clone, Copy, Debug)]
pub enum SetSlot {
    Empty,
    Dummy,
    Used(i64, ObjRef),
}

pub struct SetTable {
    pub table: Vec<SetSlot>,
    /// Active + dummy entries.
    pub fill: usize,
    /// Active entries.
    pub used: usize,
    pub version: u64,
    /// Cached hash for frozensets (-1: not computed).
    pub hash: i64,
    /// Where `set.pop()` resumes its scan (CPython's `finger`).
    pub finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// A probe over a set table; yields slot indices in CPython's order.
pub struct SetProbe {
    i: usize,
    j: usize,
    perturb: u64,
    mask: usize,
    probes_left: usize,
    started: bool,
}

impl SetProbe {
    pub fn next_slot(&mut self) -> usize {
        if !self.started {
            self.started = true;
            self.j = self.i;
            self.probes_left = if self.i + LINEAR_PROBES <= self.mask { LINEAR_PROBES } else { 0 };
            return self.j;
        }
        if self.probes_left > 0 {
            self.probes_left -= 1;
            self.j += 1;
            return self.j;
        }
        self.perturb >>= 5;
        self.i = (self.i.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize)) & self.mask;
        self.j = self.i;
        self.probes_left = if self.i + LINEAR_PROBES <= self.mask { LINEAR_PROBES } else { 0 };
        self.j
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable { table: vec![SetSlot::Empty; MINSIZE], fill: 0, used: 0, version: 0, hash: -1, finger: 0 }
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    pub fn probe(&self, hash: i64) -> SetProbe {
        let mask = self.table.len() - 1;
        SetProbe { i: (hash as u64 as usize) & mask, j: 0, perturb: hash as u64, mask, probes_left: 0, started: false }
    }

    /// Finds a key with a pure comparison (None from `eq`: undecidable without Python → Err).
    pub fn find_with(&self, hash: i64, mut eq: impl FnMut(ObjRef) -> Option<bool>) -> Result<Option<usize>, super::dicttable::NeedsPython> {
        let mut p = self.probe(hash);
        loop {
            let s = p.next_slot();
            match self.table[s] {
                SetSlot::Empty => return Ok(None),
                SetSlot::Dummy => {}
                SetSlot::Used(h, k) => {
                    if h == hash {
                        match eq(k) {
                            Some(true) => return Ok(Some(s)),
                            Some(false) => {}
                            None => return Err(super::dicttable::NeedsPython),
                        }
                    }
                }
            }
        }
    }

    /// Inserts a key known to be absent (set_add_entry's insertion path), resizing as CPython.
    pub fn insert_new(&mut self, hash: i64, key: ObjRef) {
        let mut p = self.probe(hash);
        let mut free = None;
        loop {
            let s = p.next_slot();
            match self.table[s] {
                SetSlot::Empty => {
                    match free {
                        Some(f) => {
                            // Reusing a dummy slot never triggers a resize (set_add_entry).
                            self.table[f] = SetSlot::Used(hash, key);
                            self.used += 1;
                            self.version += 1;
                            return;
                        }
                        None => {
                            self.table[s] = SetSlot::Used(hash, key);
                            self.fill += 1;
                            self.used += 1;
                        }
                    }
                    break;
                }
                SetSlot::Dummy => {
                    if free.is_none() {
                        free = Some(s);
                    }
                }
                SetSlot::Used(..) => {}
            }
        }
        self.version += 1;
        let mask = self.table.len() - 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 });
        }
    }

    /// set_table_resize: the smallest power of two above `minused`, entries reinserted in order.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![SetSlot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let SetSlot::Used(h, k) = s {
                let mut p = self.probe(h);
                loop {
                    let i = p.next_slot();
                    if matches!(self.table[i], SetSlot::Empty) {
                        self.table[i] = SetSlot::Used(h, k);
                        break;
                    }
                }
            }
        }
    }

    /// set_insert_clean: puts a key into the first empty slot of its probe
    /// sequence (the table has no dummies and does not hold the key).
    pub fn insert_clean(&mut self, hash: i64, key: ObjRef) {
        let mut p = self.probe(hash);
        loop {
            let i = p.next_slot();
            if matches!(self.table[i], SetSlot::Empty) {
                self.table[i] = SetSlot::Used(hash, key);
                self.fill += 1;
                self.used += 1;
                self.version += 1;
                return;
            }
        }
    }

    /// Removes the key at table slot `slot`; returns it (owned).
    pub fn remove_at(&mut self, slot: usize) -> ObjRef {
        let SetSlot::Used(_, k) = self.table[slot] else { panic!("removing an unused set slot") };
        self.table[slot] = SetSlot::Dummy;
        self.used -= 1;
        self.version += 1;
        k
    }

    pub fn clear(&mut self) -> Vec<ObjRef> {
        let old: Vec<ObjRef> = self.iter().map(|(_, k)| k).collect();
        *self = SetTable::new();
        old
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, ObjRef)> + '_ {
        self.table.iter().filter_map(|s| if let SetSlot::Used(h, k) = *s { Some((h, k)) } else { None })
    }

    /// The active entry at or after table position `pos`: (next pos, key).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, ObjRef)> {
        while pos < self.table.len() {
            if let SetSlot::Used(_, k) = self.table[pos] {
                return Some((pos + 1, k));
            }
            pos += 1;
        }
        None
    }

    pub fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        for (_, k) in self.iter() {
            visit(k);
        }
    }

    /// `sys.getsizeof` of a set: 200 + GC header, plus the table when it outgrew the small table.
    pub fn sizeof(&self) -> usize {
        let mut n = 200 + 16;
        if self.table.len() > MINSIZE {
            n += 16 * self.table.len();
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_cpython() {
        let mut s = SetTable::new();
        for i in 0..5 {
            s.insert_new(i, ObjRef::from_index(i as usize + 1));
        }
        assert_eq!(s.sizeof(), 728);
        let mut s = SetTable::new();
        for i in 0..100 {
            s.insert_new(i, ObjRef::from_index(i as usize + 1));
        }
        assert_eq!(s.sizeof(), 8408);
    }
}
