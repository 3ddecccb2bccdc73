//! The cycle collector's heap side: CPython 3.11's three generations, their
//! counters and thresholds, which objects are GC objects and which are
//! tracked, the weak-reference registry, and the graph algorithm that finds
//! unreachable objects (`deduce_unreachable`: copy refcounts, subtract
//! internal references, propagate reachability in CPython's list order).
//!
//! Running finalizers, weakref callbacks and breaking cycles needs the VM;
//! that driver lives in `modules/gc/collect.rs`. The heap only keeps the
//! bookkeeping, updated by two hooks in `Heap::alloc` / `Heap::release`.
//!
//! Generation membership is kept in per-generation `Vec`s filled in
//! allocation order and filtered lazily: an entry is valid while its slot is
//! live, is a GC object and says it belongs to that generation. Stale or
//! duplicate entries (a slot freed and reused) are dropped by `members`.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::{Heap, ObjRef, Payload};

/// `GcHeader::flags` bits.
pub const IS_GC: u8 = 1;
/// The object has entries in `GcState::weakrefs`.
pub const HAS_WEAKREFS: u8 = 2;
/// A call-argument tuple (`Heap::alloc_call_tuple`): its slot goes back to
/// the call-tuple pool when it dies.
pub const CALL_TUPLE: u8 = 8;
/// Scratch bit used while deduplicating a generation list.
const SEEN: u8 = 4;

/// `Heap::gc_parser_init` ids of CPython keyword parsers.
pub const PARSER_PRINT: u32 = 0;
pub const PARSER_LIST_SORT: u32 = 1;
pub const PARSER_STR_ENCODE: u32 = 2;
pub const PARSER_INT: u32 = 3;
/// `Heap::gc_once`: the first `Py_ReprEnter` (thread-state dict and list).
pub const ONCE_REPR_ENTER: u32 = 32;

/// `GcHeader::generation` of frozen objects (`gc.freeze()`).
pub const PERMANENT: u8 = 3;

/// Identity hasher for slot indices (collections hash many ObjRefs).
#[derive(Default)]
pub struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}
pub type IdMap<V> = HashMap<ObjRef, V, BuildHasherDefault<IdHasher>>;
pub type IdSet = HashSet<ObjRef, BuildHasherDefault<IdHasher>>;

/// Per-generation statistics (`gc.get_stats()`).
#[derive(Clone, Copy, Default, Debug)]
pub struct GenStats {
    pub collections: i64,
    pub collected: i64,
    pub uncollectable: i64,
}

/// CPython 3.11's free lists of tuples (one per size 1..=20, up to 2000
/// each), lists (80) and dicts (80), kept as counters: an object of the
/// exact type taken from a free list is not counted by `gc.get_count()`, and
/// one put back on it is not uncounted (only `PyObject_GC_New` /
/// `PyObject_GC_Del` move the count). A full collection empties them.
#[derive(Default)]
pub struct FreeLists {
    /// Slot indices of the exact `tuple`, `list` and `dict` types.
    pub types: [u32; 3],
    tuples: [u16; 21],
    lists: u16,
    dicts: u16,
    /// The slot of the last object taken from a free list (see `gc_generic_alloc`).
    last_reused: u32,
    /// Keyword parsers already initialised (bits, see `Heap::gc_parser_init`).
    parsers: u64,
}

impl FreeLists {
    /// Takes an object of this kind from its free list (true: not counted).
    #[inline]
    fn pop(&mut self, ty: u32, payload: &Payload) -> bool {
        let n = if ty == 0 {
            return false;
        } else if ty == self.types[0] {
            match payload {
                Payload::Tuple(t) if (1..=20).contains(&t.len()) => &mut self.tuples[t.len()],
                _ => return false,
            }
        } else if ty == self.types[1] {
            &mut self.lists
        } else if ty == self.types[2] {
            &mut self.dicts
        } else {
            return false;
        };
        if *n > 0 {
            *n -= 1;
            true
        } else {
            false
        }
    }

    /// Puts a dying object on its free list when there is room (true: the
    /// count does not fall).
    #[inline]
    fn push(&mut self, ty: u32, payload: &Payload) -> bool {
        let (n, max) = if ty == 0 {
            return false;
        } else if ty == self.types[0] {
            match payload {
                Payload::Tuple(t) if (1..=20).contains(&t.len()) => (&mut self.tuples[t.len()], 2000),
                _ => return false,
            }
        } else if ty == self.types[1] {
            (&mut self.lists, 80)
        } else if ty == self.types[2] {
            (&mut self.dicts, 80)
        } else {
            return false;
        };
        if *n < max {
            *n += 1;
            true
        } else {
            false
        }
    }

    /// Empties the free lists (a full collection): how many objects they held.
    pub fn clear(&mut self) -> i64 {
        let n = self.tuples.iter().map(|&x| x as i64).sum::<i64>() + self.lists as i64 + self.dicts as i64;
        self.tuples = [0; 21];
        self.lists = 0;
        self.dicts = 0;
        n
    }
}

pub struct GcState {
    /// CPython's tuple/list/dict free lists (for the gen-0 count).
    pub freelists: FreeLists,
    pub enabled: bool,
    pub threshold: [i64; 3],
    /// `gc.get_count()`: gen 0 = GC allocations minus GC deallocations since
    /// the last collection; gens 1 and 2 = collections of the younger one.
    pub count: [i64; 3],
    pub gens: [Vec<ObjRef>; 3],
    pub permanent: Vec<ObjRef>,
    /// Sizes after the last compaction (bounds lazy growth).
    compacted_len: [usize; 3],
    pub long_lived_total: i64,
    pub long_lived_pending: i64,
    pub collecting: bool,
    pub debug: i64,
    pub stats: [GenStats; 3],
    /// referent → its weak reference objects (CPython's weaklist order:
    /// basic refs first, then callback refs newest-first).
    pub weakrefs: IdMap<Vec<ObjRef>>,
    /// `gc.garbage` and `gc.callbacks` lists (owned), set by the gc module.
    pub garbage: Option<ObjRef>,
    pub callbacks: Option<ObjRef>,
    /// The `atexit` registry: a list of `(func, args, kwargs)` (owned).
    pub atexit: Option<ObjRef>,
    /// A copy of the builtins dict as startup left it (CPython's
    /// `interp->builtins_copy`): shutdown restores builtins from it.
    pub builtins_copy: Option<ObjRef>,
    /// `Vm::alloc` checks `count[0] >= trigger` before allocating (cheap):
    /// `threshold[0]` while automatic collection is possible, else i64::MAX.
    pub trigger: i64,
    /// `weakref.ProxyType` and `weakref.CallableProxyType` (set by types/weakref.rs).
    pub proxy_types: Vec<ObjRef>,
    /// checker helper: the gc stress mode (`PYRITE_GC_STRESS=1`): a full
    /// collection before every GC allocation while collection is enabled,
    /// to expose references natives hold without counting them.
    pub stress: bool,
    /// `PYRITE_GC_STRESS=verify`: stress, and run the heap verifier after
    /// each of those collections (a miscount panics where it happens).
    pub stress_verify: bool,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            freelists: FreeLists::default(),
            enabled: true,
            threshold: [700, 10, 10],
            count: [0; 3],
            gens: [Vec::new(), Vec::new(), Vec::new()],
            permanent: Vec::new(),
            compacted_len: [0; 3],
            long_lived_total: 0,
            long_lived_pending: 0,
            collecting: false,
            debug: 0,
            stats: [GenStats::default(); 3],
            weakrefs: IdMap::default(),
            garbage: None,
            callbacks: None,
            atexit: None,
            builtins_copy: None,
            trigger: 700,
            proxy_types: Vec::new(),
            stress: std::env::var_os("PYRITE_GC_STRESS").is_some_and(|v| !v.is_empty() && v != "0"),
            stress_verify: std::env::var_os("PYRITE_GC_STRESS").is_some_and(|v| v == "verify"),
        }
        .with_trigger()
    }
}

impl GcState {
    /// Recomputes `trigger` after enable/disable/threshold/collecting changes.
    pub fn refresh_trigger(&mut self) {
        self.trigger = if !(self.enabled && self.threshold[0] > 0 && !self.collecting) {
            i64::MAX
        } else if self.stress {
            i64::MIN
        } else {
            self.threshold[0]
        };
    }

    fn with_trigger(mut self) -> Self {
        self.refresh_trigger();
        self
    }
}

/// Whether an object of this kind/type is a GC object in CPython 3.11
/// (has `Py_TPFLAGS_HAVE_GC`): counted by `gc.get_count()`, possibly tracked.
pub fn is_gc_kind(heap: &Heap, ty: ObjRef, payload: &Payload) -> bool {
    let heap_type = ty.index() != 0 && matches!(heap.slots.get(ty.index()).map(|s| &s.payload), Some(Payload::Type(t)) if t.heap_type);
    match payload {
        // Instances of classes (and of subclasses of builtins) are GC objects.
        _ if heap_type => true,
        Payload::Object | Payload::Code(_) | Payload::Range(_) => false,
        // Builtin (static) types are not GC objects in CPython.
        Payload::Type(t) => t.heap_type,
        p => p.is_container(),
    }
}

/// Position of each object of a collection's young list: a dense table
/// over the span of slots the young objects occupy when that span is not
/// much larger than the list (the usual case: young objects sit in recently
/// reused slots; a full collection covers most of the heap), a hash map
/// otherwise. perf: the dense table costs no hashing per traced reference.
enum YoungIndex {
    Dense { base: usize, table: Vec<u32> },
    Sparse(IdMap<usize>),
}

impl YoungIndex {
    fn new(young: &[ObjRef], _nslots: usize) -> YoungIndex {
        let (lo, hi) = young.iter().fold((usize::MAX, 0), |(lo, hi), o| (lo.min(o.index()), hi.max(o.index())));
        if !young.is_empty() && hi - lo < young.len() * 16 + 1024 {
            let mut table = vec![u32::MAX; hi - lo + 1];
            for (i, &o) in young.iter().enumerate() {
                table[o.index() - lo] = i as u32;
            }
            YoungIndex::Dense { base: lo, table }
        } else {
            let mut m: IdMap<usize> = IdMap::default();
            m.reserve(young.len());
            for (i, &o) in young.iter().enumerate() {
                m.insert(o, i);
            }
            YoungIndex::Sparse(m)
        }
    }

    #[inline]
    fn get(&self, o: ObjRef) -> Option<usize> {
        match self {
            YoungIndex::Dense { base, table } => o.index().checked_sub(*base).and_then(|i| table.get(i)).copied().filter(|&i| i != u32::MAX).map(|i| i as usize),
            YoungIndex::Sparse(m) => m.get(&o).copied(),
        }
    }
}

impl Heap {
    /// Allocation hook: GC objects are counted and linked into generation 0.
    /// Exact dicts start untracked, as in CPython 3.11, and are tracked when
    /// a key or value that may be tracked enters (`dict_maintain_tracking`).
    pub(crate) fn gc_on_alloc(&mut self, r: ObjRef) {
        let s = &self.slots[r.index()];
        let ty = ObjRef::from_index(if s.ty == 0 { 1 } else { s.ty as usize });
        if !is_gc_kind(self, ty, &self.slots[r.index()].payload) {
            return;
        }
        // dict_new untracks an exact dict only (a subclass instance also
        // holds its class, so it stays tracked).
        let untracked_dict = matches!(self.slots[r.index()].payload, Payload::Dict(_)) && !self.is_heap_type(ty);
        let s = &mut self.slots[r.index()];
        s.gc.flags |= IS_GC;
        s.gc.tracked = !untracked_dict;
        s.gc.generation = 0;
        if self.gc.freelists.pop(s.ty, &s.payload) {
            self.gc.freelists.last_reused = r.index() as u32;
        } else {
            self.gc.count[0] += 1;
        }
        self.gc.gens[0].push(r);
        if self.gc.gens[0].len() > 4 * self.gc.compacted_len[0] + 20_000 {
            self.gc_members(0);
        }
    }

    /// Release hook: the gen-0 count falls with each GC deallocation (as
    /// `PyObject_GC_Del` does); weak references to the dead object are
    /// detached (the VM already ran their callbacks) and a dying weakref
    /// leaves its referent's list.
    pub(crate) fn gc_on_release(&mut self, r: ObjRef) {
        let flags = self.slots[r.index()].gc.flags;
        if flags & IS_GC != 0 {
            let s = &self.slots[r.index()];
            if !self.gc.freelists.push(s.ty, &s.payload) && self.gc.count[0] > 0 {
                self.gc.count[0] -= 1;
            }
        }
        if flags & HAS_WEAKREFS != 0 {
            if let Some(list) = self.gc.weakrefs.remove(&r) {
                for w in list {
                    if let Payload::WeakRef(wd) = &mut self.slots[w.index()].payload {
                        wd.target = None;
                    }
                }
            }
        }
        if let Payload::WeakRef(wd) = &mut self.slots[r.index()].payload {
            if let Some(t) = wd.target.take() {
                self.weakref_unlink(t, r);
            }
        }
        self.slots[r.index()].gc = super::GcHeader::default();
    }

    /// CPython made and dropped a temporary tuple of `n` items here that
    /// pyrite never builds (the argument tuple of a `METH_VARARGS` call, the
    /// `*args` of an Argument Clinic function): taking it from the free list
    /// and putting it back leaves the count alone, otherwise the allocation
    /// is counted and the release, onto the free list, is not.
    pub fn gc_transient_tuple(&mut self, n: usize) {
        self.gc_transient_tuple_take(n);
        self.gc_transient_tuple_put(n);
    }

    /// The allocation half of `gc_transient_tuple`, when the tuple lives
    /// across other allocations (call `gc_transient_tuple_put` after).
    pub fn gc_transient_tuple_take(&mut self, n: usize) {
        if !(1..=20).contains(&n) {
            if n > 20 {
                self.gc.count[0] += 1;
            }
        } else if self.gc.freelists.tuples[n] > 0 {
            self.gc.freelists.tuples[n] -= 1;
        } else {
            self.gc.count[0] += 1;
        }
    }

    /// The release half of `gc_transient_tuple`.
    pub fn gc_transient_tuple_put(&mut self, n: usize) {
        if (1..=20).contains(&n) && self.gc.freelists.tuples[n] < 2000 {
            self.gc.freelists.tuples[n] += 1;
        } else if n > 0 && self.gc.count[0] > 0 {
            self.gc.count[0] -= 1;
        }
    }

    /// The argument tuple and keyword dict CPython 3.11 builds to call a
    /// function that takes them (`METH_VARARGS | METH_KEYWORDS`, `tp_new` of
    /// a type without vectorcall): both exist only for the call.
    pub fn gc_transient_call(&mut self, npos: usize, kw: bool) {
        self.gc_transient_tuple(npos);
        if kw {
            self.gc_transient_dict();
        }
    }

    /// The allocation half of a temporary dict (when `used`).
    pub fn gc_transient_dict_take(&mut self, used: bool) {
        if !used {
        } else if self.gc.freelists.dicts > 0 {
            self.gc.freelists.dicts -= 1;
        } else {
            self.gc.count[0] += 1;
        }
    }

    /// The release half of a temporary dict (when `used`).
    pub fn gc_transient_dict_put(&mut self, used: bool) {
        if !used {
        } else if self.gc.freelists.dicts < 80 {
            self.gc.freelists.dicts += 1;
        } else if self.gc.count[0] > 0 {
            self.gc.count[0] -= 1;
        }
    }

    /// A temporary dict (a `**kwargs` dict built for a call), as
    /// `gc_transient_tuple`.
    pub fn gc_transient_dict(&mut self) {
        if self.gc.freelists.dicts > 0 {
            return;
        }
        self.gc.count[0] += 1;
        self.gc.freelists.dicts = 1;
    }

    /// The first call of a CPython 3.11 function using a static keyword
    /// parser builds the parser's keyword-name tuple, kept for the life of
    /// the process: one counted allocation, once. `id` (< 64) names the
    /// parser (see the callers).
    pub fn gc_parser_init(&mut self, id: u32) {
        self.gc_once(id, 1);
    }

    /// `n` counted allocations of objects CPython makes once per process
    /// and keeps (`id` < 64 names the occasion: the `PARSER_*` and `ONCE_*`
    /// constants).
    pub fn gc_once(&mut self, id: u32, n: i64) {
        let bit = 1u64 << (id & 63);
        if self.gc.freelists.parsers & bit == 0 {
            self.gc.freelists.parsers |= bit;
            self.gc.count[0] += n;
        }
    }

    /// `r` was made by `list()` / `dict()` (CPython's PyType_GenericAlloc,
    /// which bypasses the free lists): if it came from one, it is counted.
    pub fn gc_generic_alloc(&mut self, r: ObjRef) {
        if self.gc.freelists.last_reused == r.index() as u32 && self.slots[r.index()].gc.flags & IS_GC != 0 {
            self.gc.freelists.last_reused = 0;
            let s = &self.slots[r.index()];
            self.gc.freelists.push(s.ty, &s.payload);
            self.gc.count[0] += 1;
        }
    }

    /// Removes weakref `w` from `target`'s list.
    pub fn weakref_unlink(&mut self, target: ObjRef, w: ObjRef) {
        if let Some(list) = self.gc.weakrefs.get_mut(&target) {
            list.retain(|&x| x != w);
            if list.is_empty() {
                self.gc.weakrefs.remove(&target);
                self.slots[target.index()].gc.flags &= !HAS_WEAKREFS;
            }
        }
    }

    /// Registers weakref `w` to `target` at CPython's position in the list.
    pub fn weakref_link(&mut self, target: ObjRef, w: ObjRef, basic: bool) {
        self.slots[target.index()].gc.flags |= HAS_WEAKREFS;
        let list = self.gc.weakrefs.entry(target).or_default();
        if basic {
            list.insert(0, w);
        } else {
            // After the basic ref/proxy (if any), before older callback refs.
            let pos = list.iter().take(2).take_while(|&&x| matches!(&self.slots[x.index()].payload, Payload::WeakRef(d) if d.callback.is_none())).count();
            list.insert(pos, w);
        }
    }

    fn is_heap_type(&self, ty: ObjRef) -> bool {
        matches!(self.slots.get(ty.index()).map(|s| &s.payload), Some(Payload::Type(t)) if t.heap_type)
    }

    /// CPython 3.11's MAINTAIN_TRACKING, run by every dict store: an
    /// untracked dict starts being tracked when the key or the value may be
    /// tracked (perf: one flag test on the usual path).
    #[inline]
    pub fn dict_maintain_tracking(&mut self, d: ObjRef, key: ObjRef, value: ObjRef) {
        if !self.slots[d.index()].gc.tracked && (self.may_be_tracked(value) || self.may_be_tracked(key)) {
            self.gc_track(d);
        }
    }

    /// `_PyObject_GC_TRACK` of an untracked GC object: it joins the tail of
    /// generation 0 now (the newest entry of a slot wins, see `gc_members`).
    pub fn gc_track(&mut self, r: ObjRef) {
        let s = &mut self.slots[r.index()];
        if s.gc.flags & IS_GC == 0 || s.gc.tracked {
            return;
        }
        s.gc.tracked = true;
        s.gc.generation = 0;
        self.gc.gens[0].push(r);
    }

    /// `_PyDict_MaybeUntrack` (full collections): an exact, tracked dict
    /// none of whose keys or values may be tracked stops being tracked.
    pub fn dict_maybe_untrack(&mut self, d: ObjRef, dict_type: ObjRef) {
        let s = &self.slots[d.index()];
        if s.gc.tracked && s.ty as usize == dict_type.index() && matches!(s.payload, Payload::Dict(_)) && !self.dict_may_track(d) {
            self.slots[d.index()].gc.tracked = false;
        }
    }

    /// `r` starts being tracked now in CPython (a dict made untracked that
    /// a container enters later): its place in its generation's list moves
    /// to the tail (the newest entry of a slot wins, see `gc_members`).
    pub fn gc_track_late(&mut self, r: ObjRef) {
        let s = &self.slots[r.index()];
        if s.gc.flags & IS_GC != 0 && s.gc.generation != PERMANENT {
            let g = s.gc.generation as usize;
            self.gc.gens[g].push(r);
        }
    }

    /// Moves every young object to the oldest generation (objects that
    /// CPython's startup collections have aged by the time a program runs:
    /// the builtin modules, `__main__` and its namespace).
    pub fn gc_age_young(&mut self) {
        for g in 0..2 {
            let objs = self.gc_members(g);
            self.gc.gens[g].clear();
            self.gc.long_lived_total += objs.len() as i64;
            self.gc_move_to(&objs, 2);
            // Now empty: recompacting resets its bookkeeping.
            self.gc_members(g);
        }
    }

    pub fn is_gc(&self, r: ObjRef) -> bool {
        self.slots[r.index()].gc.flags & IS_GC != 0
    }

    /// `gc.is_tracked`.
    pub fn gc_is_tracked(&self, r: ObjRef) -> bool {
        let s = &self.slots[r.index()];
        s.gc.flags & IS_GC != 0 && s.gc.tracked
    }

    /// `_PyObject_GC_MAY_BE_TRACKED`: a GC object that is not an untracked tuple.
    pub fn may_be_tracked(&self, x: ObjRef) -> bool {
        let s = &self.slots[x.index()];
        s.gc.flags & IS_GC != 0 && (s.gc.tracked || !matches!(s.payload, Payload::Tuple(_)))
    }

    /// Whether a dict's keys or values include an object that may be tracked.
    pub fn dict_may_track(&self, d: ObjRef) -> bool {
        let mut any = false;
        self.slots[d.index()].payload.trace(&mut |c| any = any || self.may_be_tracked(c));
        any
    }

    /// Whether a tuple can be untracked (no element may be tracked).
    pub fn tuple_may_untrack(&self, t: ObjRef) -> bool {
        let mut any = false;
        self.slots[t.index()].payload.trace(&mut |c| any = any || self.may_be_tracked(c));
        !any
    }

    /// The valid members of generation `g` (deduplicated, in list order);
    /// also compacts the stored list.
    pub fn gc_members(&mut self, g: usize) -> Vec<ObjRef> {
        let list = std::mem::take(&mut self.gc.gens[g]);
        let mut out = Vec::with_capacity(list.len());
        // Newest entry wins: an older entry for the same slot may be left
        // over from a dead object whose slot was reused.
        for r in list.into_iter().rev() {
            let s = &mut self.slots[r.index()];
            if s.rc > 0 && s.gc.flags & IS_GC != 0 && s.gc.flags & SEEN == 0 && s.gc.generation as usize == g {
                s.gc.flags |= SEEN;
                out.push(r);
            }
        }
        for &r in &out {
            self.slots[r.index()].gc.flags &= !SEEN;
        }
        out.reverse();
        self.gc.gens[g] = out.clone();
        self.gc.compacted_len[g] = out.len();
        out
    }

    /// Number of tracked objects in generation `g` (the debug-stats line).
    pub fn gc_gen_size(&mut self, g: usize) -> usize {
        let m = self.gc_members(g);
        m.iter().filter(|&&r| self.slots[r.index()].gc.tracked).count()
    }

    /// Live frozen objects.
    pub fn gc_permanent(&mut self) -> Vec<ObjRef> {
        let list = std::mem::take(&mut self.gc.permanent);
        let mut out = Vec::new();
        for r in list.into_iter().rev() {
            let s = &mut self.slots[r.index()];
            if s.rc > 0 && s.gc.flags & IS_GC != 0 && s.gc.flags & SEEN == 0 && s.gc.generation == PERMANENT {
                s.gc.flags |= SEEN;
                out.push(r);
            }
        }
        for &r in &out {
            self.slots[r.index()].gc.flags &= !SEEN;
        }
        out.reverse();
        self.gc.permanent = out.clone();
        out
    }

    /// Moves objects into generation `g` (or the permanent one).
    pub fn gc_move_to(&mut self, objs: &[ObjRef], g: u8) {
        for &r in objs {
            if self.slots[r.index()].rc > 0 {
                self.slots[r.index()].gc.generation = g;
                if g == PERMANENT {
                    self.gc.permanent.push(r);
                } else {
                    self.gc.gens[g as usize].push(r);
                }
            }
        }
        if g != PERMANENT {
            let g = g as usize;
            if self.gc.gens[g].len() > 2 * self.gc.compacted_len[g] + 20_000 {
                self.gc_members(g);
            }
        }
    }

    /// Every reference `o` holds that the collector follows, in CPython's
    /// `tp_traverse` order (see `gc_traverse`).
    pub fn gc_children(&self, o: ObjRef, visit: &mut dyn FnMut(ObjRef)) {
        self.gc_traverse(o, true, visit);
    }

    /// `o`'s references in the order CPython 3.11's `tp_traverse` of its type
    /// visits them: the one source of truth for the collector (`full`: also
    /// the references only pyrite's layout owns, so every owned reference is
    /// seen exactly once) and for `gc.get_referents` / `gc.get_referrers`
    /// (`full == false`: what CPython visits).
    pub fn gc_traverse(&self, o: ObjRef, full: bool, visit: &mut dyn FnMut(ObjRef)) {
        let s = &self.slots[o.index()];
        let ty = (s.ty != 0).then(|| ObjRef::from_index(s.ty as usize));
        let heap_type = ty.is_some_and(|t| matches!(&self.slots[t.index()].payload, Payload::Type(td) if td.heap_type));
        let attrs = s.attrs.as_deref();
        // Kinds with a dict slot of their own visit it in their traverse.
        let dict_in_payload = matches!(s.payload, Payload::Exception(_) | Payload::Function(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_));
        // subtype_traverse: `__slots__` values (the most derived class's
        // first), the instance's values or `__dict__`, then the class; the
        // builtin base's traverse follows.
        if let Some(a) = attrs {
            match ty {
                Some(t) if heap_type => self.traverse_slots(t, a, visit),
                _ if full => a.slots.iter().flatten().for_each(|&v| visit(v)),
                _ => {}
            }
            if !dict_in_payload {
                a.traverse(&mut |r, seen| {
                    if seen || full {
                        visit(r)
                    }
                });
            }
        }
        if heap_type {
            if let Some(t) = ty {
                visit(t);
            }
        }
        match &s.payload {
            // perf: the collector's commonest kinds without the second
            // indirection (the same order as `Payload::traverse`).
            Payload::List(l) => l.items.iter().rev().for_each(|&r| visit(r)),
            Payload::Tuple(t) => t.iter().rev().for_each(|&r| visit(r)),
            p => p.traverse(if dict_in_payload { attrs } else { None }, &mut |r, seen| {
                if seen || full {
                    visit(r)
                }
            }),
        }
        if !heap_type && full {
            // The type of a builtin-typed object (immortal static types).
            if let Some(t) = ty {
                visit(t);
            }
        }
    }

    /// An instance's `__slots__` values: each class of the `tp_base` chain
    /// visits its own slots, most derived first; any slot left (layouts
    /// merged from several bases) follows in storage order.
    fn traverse_slots(&self, ty: ObjRef, a: &super::Attrs, visit: &mut dyn FnMut(ObjRef)) {
        if a.slots.is_empty() {
            return;
        }
        // perf: a bit mask for the usual few slots, a vector beyond 64.
        let mut small: u64 = 0;
        let mut big = if a.slots.len() > 64 { vec![false; a.slots.len()] } else { Vec::new() };
        let mut mark = |i: usize| -> bool {
            if i < 64 && big.is_empty() {
                let fresh = small & (1 << i) == 0;
                small |= 1 << i;
                fresh
            } else {
                !std::mem::replace(&mut big[i], true)
            }
        };
        let mut t = Some(ty);
        while let Some(tr) = t {
            let Payload::Type(td) = &self.slots[tr.index()].payload else { break };
            if !td.heap_type {
                break;
            }
            let base = td.bases.first().copied();
            let base_len = match base.map(|b| &self.slots[b.index()].payload) {
                Some(Payload::Type(bt)) => bt.slot_names.len(),
                _ => 0,
            };
            for i in base_len..td.slot_names.len().min(a.slots.len()) {
                if mark(i) {
                    a.slots[i].iter().for_each(|&v| visit(v));
                }
            }
            t = base;
        }
        for (i, v) in a.slots.iter().enumerate() {
            if mark(i) {
                v.iter().for_each(|&v| visit(v));
            }
        }
    }

    /// CPython's `deduce_unreachable` over `young` (tracked objects only):
    /// `base(o)` is the starting gc_refs (the refcount, minus any extra
    /// holds the caller owns). Returns (reachable, unreachable), each in
    /// the order CPython's lists end up in.
    pub fn deduce_unreachable(&self, young: &[ObjRef], base: &dyn Fn(ObjRef) -> i64) -> (Vec<ObjRef>, Vec<ObjRef>) {
        let pos = YoungIndex::new(young, self.slots.len());
        let mut refs: Vec<i64> = young.iter().map(|&o| base(o)).collect();
        for &o in young {
            self.gc_children(o, &mut |c| {
                if let Some(i) = pos.get(c) {
                    refs[i] -= 1;
                }
            });
        }
        // Debug aid: PYRITE_GC_DEBUG=1 reports references traced but not counted.
        if cfg!(debug_assertions) && std::env::var_os("PYRITE_GC_DEBUG").is_some() {
            for (i, &o) in young.iter().enumerate() {
                if refs[i] < 0 {
                    eprintln!("gc: negative gc_refs {} for {:?} {}", refs[i], o, self.slots[o.index()].payload.kind_name());
                    for &p in young {
                        let mut hit = 0;
                        self.gc_children(p, &mut |c| if c == o { hit += 1 });
                        if hit > 0 {
                            eprintln!("   referrer {:?} {} x{}", p, self.slots[p.index()].payload.kind_name(), hit);
                        }
                    }
                }
            }
        }
        // move_unreachable: scan in order; objects still at 0 move to the
        // tentatively-unreachable list; reaching one moves it back to the
        // tail of the scan list.
        const YOUNG: u8 = 0;
        const UNREACH: u8 = 1;
        let mut state = vec![YOUNG; young.len()];
        let mut scan: Vec<usize> = (0..young.len()).collect();
        let mut unreach_order: Vec<usize> = Vec::new();
        let mut done = vec![false; young.len()];
        // The reachable list in CPython's final order: objects that never
        // left keep their place, ones moved back follow at the tail.
        let mut reach_order: Vec<usize> = Vec::with_capacity(young.len());
        let mut k = 0;
        while k < scan.len() {
            let i = scan[k];
            k += 1;
            if refs[i] > 0 {
                if done[i] {
                    continue;
                }
                done[i] = true;
                reach_order.push(i);
                self.gc_children(young[i], &mut |c| {
                    if let Some(j) = pos.get(c) {
                        if state[j] == UNREACH {
                            state[j] = YOUNG;
                            refs[j] = 1;
                            scan.push(j);
                        } else if refs[j] == 0 {
                            refs[j] = 1;
                        }
                    }
                });
            } else {
                state[i] = UNREACH;
                unreach_order.push(i);
            }
        }
        let mut in_unreach = vec![false; young.len()];
        let unreachable: Vec<ObjRef> = unreach_order
            .into_iter()
            .filter(|&i| {
                let keep = state[i] == UNREACH && !in_unreach[i];
                in_unreach[i] = true;
                keep
            })
            .map(|i| young[i])
            .collect();
        let reachable: Vec<ObjRef> = reach_order.into_iter().map(|i| young[i]).collect();
        (reachable, unreachable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::PyList;

    fn list(h: &mut Heap, items: Vec<ObjRef>) -> ObjRef {
        let n = items.len();
        h.alloc_untyped(Payload::List(Box::new(PyList { items, allocated: n })))
    }

    #[test]
    fn finds_a_self_cycle_and_keeps_externally_held_objects() {
        let mut h = Heap::new();
        let a = list(&mut h, vec![]);
        let b = list(&mut h, vec![]);
        // a -> b -> a, plus an external ref to nothing else.
        if let Payload::List(l) = h.get_mut(a) {
            l.items.push(b);
        }
        h.incref(b);
        if let Payload::List(l) = h.get_mut(b) {
            l.items.push(a);
        }
        h.incref(a);
        let c = list(&mut h, vec![]);
        let young = vec![a, b, c];
        // Drop the "external" refs of a and b: they are garbage now.
        h.set_rc(a, 1);
        h.set_rc(b, 1);
        let (reach, unreach) = h.deduce_unreachable(&young, &|o| h.rc(o) as i64);
        assert_eq!(unreach, vec![a, b]);
        assert_eq!(reach, vec![c]);
    }

    #[test]
    fn a_dict_is_tracked_when_a_container_enters_it() {
        let mut h = Heap::new();
        let d = h.alloc_untyped(Payload::Dict(Box::default()));
        // alloc_untyped gives no type: make it look like an exact dict.
        h.slots[d.index()].gc.tracked = false;
        let i = h.alloc_untyped(Payload::Int(1));
        h.dict_maintain_tracking(d, i, i);
        assert!(!h.gc_is_tracked(d));
        let l = list(&mut h, vec![]);
        h.dict_maintain_tracking(d, i, l);
        assert!(h.gc_is_tracked(d));
        // It joined generation 0 after the list.
        assert_eq!(h.gc_members(0).last(), Some(&d));
    }

    #[test]
    fn referents_leave_out_what_only_pyrite_owns() {
        let mut h = Heap::new();
        let a = list(&mut h, vec![]);
        let name = h.alloc_untyped(Payload::Int(7));
        let mut attrs = crate::heap::Attrs::default();
        attrs.values.push((name, a));
        let mut all = Vec::new();
        attrs.traverse(&mut |r, _| all.push(r));
        let mut seen = Vec::new();
        attrs.traverse(&mut |r, s| if s { seen.push(r) });
        assert_eq!(all, vec![a, name]);
        assert_eq!(seen, vec![a]);
    }

    #[test]
    fn lists_are_traversed_last_to_first() {
        let mut h = Heap::new();
        let a = list(&mut h, vec![]);
        let b = list(&mut h, vec![]);
        let outer = list(&mut h, vec![a, b]);
        let mut seen = Vec::new();
        h.gc_traverse(outer, false, &mut |c| seen.push(c));
        assert_eq!(seen, vec![b, a]);
    }
}
