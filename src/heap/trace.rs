//! Allocation tracing (the heap side of `tracemalloc`): while tracing, every
//! heap object allocated is recorded here with its size and the traceback of
//! the Python code that allocated it, and every release removes the record.
//!
//! An object is traced as up to two memory blocks, as CPython's allocator
//! sees it: the object itself and its separately allocated storage (a list's
//! item array, a dict's keys table, a set's large table, a bytearray's buffer,
//! an instance's values array). Storage that is resized is re-recorded with
//! the traceback of the resize, which is what `realloc` does under CPython's
//! tracemalloc. Records live in a vector indexed by slot, so the free path
//! (the only part that runs inside the heap) is O(1) and hash-free.
//!
//! The VM side (capturing tracebacks, computing sizes, the `_tracemalloc`
//! module) is `modules/tracemalloc`. The heap keeps this table behind an
//! `Option`: when not tracing, `Heap::release` pays one test of it.

use std::collections::HashMap;
use std::rc::Rc;

/// One frame of a traceback: (filename id, line number).
pub type TraceFrame = (u32, u32);

/// The trace record of one heap slot.
#[derive(Clone, Copy, Default, Debug)]
pub struct TraceEntry {
    /// Size of the object's own block (meaningful when `tb != 0`).
    pub size: u64,
    /// Size of the object's storage block: traced when `stb != 0`; otherwise
    /// the last known size of untraced storage (so a later resize can be seen).
    pub ssize: u64,
    /// Traceback id of the object's block; 0 = not traced.
    pub tb: u32,
    /// Traceback id of the storage block; 0 = not traced.
    pub stb: u32,
}

/// An interned traceback: frames innermost first, and the total depth of
/// the stack it was taken from (CPython's `total_nframe`).
pub struct TraceBack {
    pub frames: Box<[TraceFrame]>,
    pub total_nframe: u32,
}

/// The tracing state: records, counters and the intern tables.
pub struct TraceTable {
    /// Maximum number of frames stored per traceback.
    pub nframe: usize,
    /// Indexed by heap slot.
    pub entries: Vec<TraceEntry>,
    /// Sum of the sizes of traced blocks, and its maximum since the last reset.
    pub current: u64,
    pub peak: u64,
    /// Number of traced blocks.
    pub blocks: u64,
    /// Interned tracebacks; id `i` is `tracebacks[i - 1]`.
    pub tracebacks: Vec<TraceBack>,
    tb_index: HashMap<(Box<[TraceFrame]>, u32), u32>,
    /// Interned file names; id `i` is `filenames[i]`.
    pub filenames: Vec<Rc<str>>,
    file_index: HashMap<Rc<str>, u32>,
    /// Code object (by address of its shared `CodeObject`, kept alive here so
    /// the address cannot be reused) → (filename id, whether its frames are
    /// skipped in tracebacks).
    pub code_files: HashMap<usize, (Rc<crate::bytecode::CodeObject>, u32, bool)>,
}

impl TraceTable {
    pub fn new(nframe: usize) -> TraceTable {
        TraceTable {
            nframe,
            entries: Vec::new(),
            current: 0,
            peak: 0,
            blocks: 0,
            tracebacks: Vec::new(),
            tb_index: HashMap::new(),
            filenames: Vec::new(),
            file_index: HashMap::new(),
            code_files: HashMap::new(),
        }
    }

    /// The id of a file name (interned).
    pub fn file_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.file_index.get(name) {
            return i;
        }
        let rc: Rc<str> = Rc::from(name);
        let i = self.filenames.len() as u32;
        self.filenames.push(rc.clone());
        self.file_index.insert(rc, i);
        i
    }

    /// The id (≥ 1) of a traceback (interned).
    pub fn traceback_id(&mut self, frames: &[TraceFrame], total_nframe: u32) -> u32 {
        let key = (Box::<[TraceFrame]>::from(frames), total_nframe);
        if let Some(&i) = self.tb_index.get(&key) {
            return i;
        }
        self.tracebacks.push(TraceBack { frames: key.0.clone(), total_nframe });
        let i = self.tracebacks.len() as u32;
        self.tb_index.insert(key, i);
        i
    }

    pub fn traceback(&self, id: u32) -> &TraceBack {
        &self.tracebacks[id as usize - 1]
    }

    fn entry_mut(&mut self, slot: usize) -> &mut TraceEntry {
        if slot >= self.entries.len() {
            self.entries.resize(slot + 1, TraceEntry::default());
        }
        &mut self.entries[slot]
    }

    fn add(&mut self, size: u64) {
        self.current += size;
        self.blocks += 1;
        if self.current > self.peak {
            self.peak = self.current;
        }
    }

    fn sub(&mut self, size: u64) {
        self.current = self.current.saturating_sub(size);
        self.blocks = self.blocks.saturating_sub(1);
    }

    /// Records a new object: its own block, and its storage block when it has one.
    pub fn record_alloc(&mut self, slot: usize, size: u64, ssize: u64, tb: u32) {
        // A slot is only handed out after `on_free` cleared it.
        let e = self.entry_mut(slot);
        *e = TraceEntry { size, ssize, tb, stb: if ssize > 0 { tb } else { 0 } };
        self.current += size + ssize;
        self.blocks += 1 + u64::from(ssize > 0);
        if self.current > self.peak {
            self.peak = self.current;
        }
    }

    /// Remembers the storage size of an object that existed before tracing
    /// started (untraced), so that a later resize is recognised.
    pub fn record_baseline(&mut self, slot: usize, ssize: u64) {
        let e = self.entry_mut(slot);
        e.ssize = ssize;
        e.stb = 0;
    }

    /// The last recorded storage size of the object in `slot` (traced or baseline).
    pub fn storage_of(&self, slot: usize) -> u64 {
        self.entries.get(slot).map_or(0, |e| e.ssize)
    }

    /// The storage of the object in `slot` is now `ssize` bytes, different
    /// from [`TraceTable::storage_of`]: the storage block was reallocated by
    /// the code at traceback `tb`. The old block is forgotten and the new one
    /// traced, as tracemalloc's realloc hook does. With `overlap` the new
    /// block is allocated before the old one is freed (dict and set tables
    /// are rebuilt, not realloc'ed), which the peak sees.
    pub fn record_resize(&mut self, slot: usize, ssize: u64, tb: u32, overlap: bool) {
        let (old, old_tb) = match self.entries.get(slot) {
            Some(e) => (e.ssize, e.stb),
            None => (0, 0),
        };
        if old_tb != 0 && !overlap {
            self.sub(old);
        }
        if ssize != 0 {
            self.add(ssize);
        }
        if old_tb != 0 && overlap {
            self.sub(old);
        }
        let e = self.entry_mut(slot);
        e.ssize = ssize;
        e.stb = if ssize == 0 { 0 } else { tb };
    }

    /// The object's own block in `slot` was reallocated to `size` bytes by
    /// the code at traceback `tb` (a str grown in place); an untraced block
    /// becomes traced.
    pub fn record_main_resize(&mut self, slot: usize, size: u64, tb: u32) {
        let e = self.entry_mut(slot);
        let (old, old_tb) = (e.size, e.tb);
        if old_tb != 0 {
            self.sub(old);
        }
        self.add(size);
        let e = self.entry_mut(slot);
        e.size = size;
        e.tb = tb;
    }

    /// The size recorded for the object's own block, if it is traced.
    pub fn traced_size_of(&self, slot: usize) -> Option<u64> {
        self.entries.get(slot).filter(|e| e.tb != 0).map(|e| e.size)
    }

    /// The object in `slot` was released: forget its blocks.
    #[inline]
    pub fn on_free(&mut self, slot: usize) {
        let Some(e) = self.entries.get_mut(slot) else { return };
        let e = std::mem::take(e);
        if e.tb != 0 {
            self.sub(e.size);
        }
        if e.stb != 0 {
            self.sub(e.ssize);
        }
    }

    /// Forgets every trace (`tracemalloc.clear_traces`); counters restart at 0.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.current = 0;
        self.peak = 0;
        self.blocks = 0;
        self.tracebacks.clear();
        self.tb_index.clear();
    }

    /// Bytes used by this bookkeeping (`tracemalloc.get_tracemalloc_memory`).
    pub fn own_memory(&self) -> u64 {
        let tb_bytes: usize = self.tracebacks.iter().map(|t| t.frames.len() * 8 * 2 + 48).sum();
        let files: usize = self.filenames.iter().map(|f| f.len() + 40).sum();
        (std::mem::size_of::<TraceTable>()
            + self.entries.capacity() * std::mem::size_of::<TraceEntry>()
            + tb_bytes
            + files
            + self.code_files.capacity() * 40) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_follow_allocs_resizes_and_frees() {
        let mut t = TraceTable::new(1);
        let f = t.file_id("a.py");
        let tb = t.traceback_id(&[(f, 3)], 1);
        assert_eq!(tb, t.traceback_id(&[(f, 3)], 1));
        t.record_alloc(5, 56, 32, tb);
        assert_eq!((t.current, t.blocks), (88, 2));
        let tb2 = t.traceback_id(&[(f, 4)], 1);
        t.record_resize(5, 64, tb2, false);
        assert_eq!((t.current, t.peak, t.blocks), (120, 120, 2));
        // An untraced object's storage: only a change is traced.
        t.record_baseline(9, 100);
        assert_eq!(t.storage_of(9), 100);
        t.record_resize(9, 200, tb, true);
        assert_eq!((t.current, t.blocks), (320, 3));
        // A rebuilt table: old and new coexist for a moment.
        t.record_resize(9, 300, tb, true);
        assert_eq!((t.current, t.peak, t.blocks), (420, 620, 3));
        t.on_free(5);
        t.on_free(9);
        assert_eq!((t.current, t.peak, t.blocks), (0, 620, 0));
        t.on_free(1000);
    }
}
