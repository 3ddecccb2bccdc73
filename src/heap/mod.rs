//! The private heap: every Python object lives in a slot of one `Vec`, named
//! by an [`ObjRef`] (a non-zero slot index). A slot holds the header (exact
//! reference count, the object's type, gc state, optional inline attribute
//! storage) and the object's [`Payload`].
//!
//! The heap only stores, counts and frees. It never runs Python code: when a
//! count reaches zero the VM (`Vm::decref`) decides what happens (`__del__`,
//! weakref callbacks) and then asks the heap to release the slot, collecting
//! the children whose references must be dropped (iteratively, by the VM's
//! worklist, never by recursion).
//!
//! Freed slots are reused last-freed-first, which is what makes `id()` values
//! get reused the way CPython's addresses are.

pub mod attrs;
pub mod dicttable;
pub mod payload;
pub mod settable;
pub mod sharedkeys;
// gc helper: the cycle collector's heap side (generations, weakref registry).
pub mod gc;
// tracemalloc helper: allocation tracing records (see heap/trace.rs).
pub mod trace;
// checker helper: the heap verifier (recounts references, finds leaks).
pub mod verify;
// threading helper: the baton (global interpreter lock) for OS threads.
#[allow(unsafe_code)]
pub mod gil;

use std::num::NonZeroU32;

pub use attrs::Attrs;
pub use dicttable::{DictEntry, DictTable};
pub use payload::*;
pub use settable::SetTable;
pub use sharedkeys::{SharedKeys, SharedKeysRef};

/// A reference to a heap object: a slot index (never 0). `Copy`; whether a
/// given `ObjRef` value is an *owned* reference (counted) or *borrowed* is a
/// convention documented on each function (see `vm/mod.rs`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(NonZeroU32);

impl ObjRef {
    #[inline]
    pub fn index(self) -> usize {
        self.0.get() as usize
    }
    #[inline]
    pub fn from_index(i: usize) -> ObjRef {
        ObjRef(NonZeroU32::new(i as u32).expect("slot 0 is never used"))
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// Garbage-collector bookkeeping per object (room for the three-generation
/// collector: tracked flag, generation, gc_refs scratch and intrusive links).
///
/// Kept to 4 bytes so a slot stays small (a 10**7-element list of ints must
/// fit); the collector keeps its scratch (gc_refs, generation lists) in side
/// tables during a collection.
#[derive(Clone, Copy, Debug, Default)]
pub struct GcHeader {
    pub tracked: bool,
    pub generation: u8,
    /// PEP 442: `__del__` already ran once.
    pub finalized: bool,
    pub flags: u8,
}

/// One heap slot. `rc == 0` means the slot is free.
pub struct Slot {
    pub rc: u32,
    pub ty: u32,
    pub gc: GcHeader,
    /// Instance attributes (managed values / materialised `__dict__` / slots).
    pub attrs: Option<Box<Attrs>>,
    pub payload: Payload,
}

/// Reference count given to objects that must never die (small ints,
/// singletons). CPython 3.11's static objects start near this value.
pub const IMMORTAL_RC: u32 = 1_000_000_000;

pub struct Heap {
    slots: Vec<Slot>,
    free: Vec<u32>,
    /// Slots of dead call-argument tuples (see `alloc_call_tuple`).
    call_free: Vec<u32>,
    live: usize,
    /// Number of allocations of gc-tracked objects since the last collection
    /// (generation 0 count, for `gc.get_count()`).
    pub gc_gen0_count: i64,
    /// gc helper: the cycle collector's state (see `heap/gc.rs`).
    pub gc: gc::GcState,
    /// tracemalloc: the allocation trace records while tracing (None = off).
    pub trace: Option<Box<trace::TraceTable>>,
    /// tracemalloc: the traceback limit of the last `start()` (kept after `stop()`).
    pub trace_limit: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        // Slot 0 is a permanent placeholder so every ObjRef is non-zero.
        let placeholder = Slot { rc: IMMORTAL_RC, ty: 0, gc: GcHeader::default(), attrs: None, payload: Payload::Free };
        Heap { slots: vec![placeholder], free: Vec::new(), call_free: Vec::new(), live: 0, gc_gen0_count: 0, gc: gc::GcState::default(), trace: None, trace_limit: 1 }
    }

    /// Allocates a new object with reference count 1 (an owned reference).
    #[inline]
    pub fn alloc(&mut self, ty: ObjRef, payload: Payload) -> ObjRef {
        let r = self.alloc_leaf(ty, payload);
        // gc hook: count GC objects and link them into generation 0.
        self.gc_on_alloc(r);
        r
    }

    /// Allocates an object the caller knows is not a GC object (an exact
    /// builtin int/float/str): the same as [`Heap::alloc`] minus the gc hook,
    /// which would find nothing to do (perf: the float/int hot path).
    #[inline]
    pub fn alloc_leaf(&mut self, ty: ObjRef, payload: Payload) -> ObjRef {
        self.live += 1;
        if let Some(i) = self.free.pop() {
            let s = &mut self.slots[i as usize];
            s.rc = 1;
            s.ty = ty.0.get();
            s.gc = GcHeader::default();
            debug_assert!(s.attrs.is_none() && matches!(s.payload, Payload::Free));
            // A free slot holds `Payload::Free` (see `release`), which owns
            // nothing: overwrite it without running drop glue.
            std::mem::forget(std::mem::replace(&mut s.payload, payload));
            ObjRef(NonZeroU32::new(i).expect("slot 0 is never freed"))
        } else {
            let i = self.slots.len();
            self.slots.push(Slot { rc: 1, ty: ty.0.get(), gc: GcHeader::default(), attrs: None, payload });
            ObjRef::from_index(i)
        }
    }

    /// A tuple packing a call's arguments, as CPython's
    /// `_PyObject_MakeTpCall` does (the VM holds it for the call). CPython
    /// takes such tuples from its tuple free list, so they never take the
    /// memory (the `id`) the next ordinary object gets, and are not GC
    /// allocations: here they come from a separate pool of slots, uncounted
    /// and untracked. `items` are owned references.
    pub fn alloc_call_tuple(&mut self, ty: ObjRef, items: Box<[ObjRef]>) -> ObjRef {
        self.live += 1;
        let payload = Payload::Tuple(items);
        let i = match self.call_free.pop() {
            Some(i) => {
                let s = &mut self.slots[i as usize];
                s.rc = 1;
                s.ty = ty.0.get();
                // A free slot holds `Payload::Free`, which owns nothing.
                std::mem::forget(std::mem::replace(&mut s.payload, payload));
                i as usize
            }
            None => {
                self.slots.push(Slot { rc: 1, ty: ty.0.get(), gc: GcHeader::default(), attrs: None, payload });
                self.slots.len() - 1
            }
        };
        self.slots[i].gc = GcHeader { flags: gc::CALL_TUPLE, ..GcHeader::default() };
        ObjRef::from_index(i)
    }

    /// Allocates with a placeholder type (used while bootstrapping `type`).
    pub fn alloc_untyped(&mut self, payload: Payload) -> ObjRef {
        let r = self.alloc(ObjRef::from_index(1), payload);
        self.slots[r.index()].ty = 0;
        r
    }

    #[inline]
    pub fn slot(&self, r: ObjRef) -> &Slot {
        &self.slots[r.index()]
    }
    #[inline]
    pub fn slot_mut(&mut self, r: ObjRef) -> &mut Slot {
        &mut self.slots[r.index()]
    }
    #[inline]
    pub fn get(&self, r: ObjRef) -> &Payload {
        &self.slots[r.index()].payload
    }
    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Payload {
        &mut self.slots[r.index()].payload
    }
    #[inline]
    pub fn ty(&self, r: ObjRef) -> ObjRef {
        ObjRef(NonZeroU32::new(self.slots[r.index()].ty).expect("object without a type"))
    }
    pub fn set_ty(&mut self, r: ObjRef, ty: ObjRef) {
        self.slots[r.index()].ty = ty.0.get();
    }
    #[inline]
    pub fn rc(&self, r: ObjRef) -> u32 {
        self.slots[r.index()].rc
    }
    #[inline]
    pub fn incref(&mut self, r: ObjRef) {
        #[cfg(any(debug_assertions, feature = "refcheck"))]
        self.check_live(r, "incref");
        self.slots[r.index()].rc += 1;
    }
    /// Decrements; returns true when the count reached zero (the caller must
    /// then deallocate through the VM).
    #[inline]
    pub fn decref_hit_zero(&mut self, r: ObjRef) -> bool {
        #[cfg(any(debug_assertions, feature = "refcheck"))]
        self.check_live(r, "decref");
        let s = &mut self.slots[r.index()];
        s.rc -= 1;
        s.rc == 0
    }

    /// The refcount checker (debug builds and the `refcheck` feature): a
    /// count change on a free slot, or a decref of a count already at zero,
    /// is a double release (or a use after free) — stop at once, naming the
    /// object's type (kept in a freed slot under the checker) and slot.
    #[cfg(any(debug_assertions, feature = "refcheck"))]
    #[cold]
    #[inline(never)]
    fn check_live_slow(&self, r: ObjRef, op: &str) {
        let s = &self.slots[r.index()];
        let state = if matches!(s.payload, Payload::Free) { "a freed object" } else { "an object whose count is already 0" };
        panic!("refcount checker: {op} of {state} (slot {}, type '{}', payload {}): double release or use after free", r.index(), self.type_name_of(r), s.payload.kind_name());
    }

    #[cfg(any(debug_assertions, feature = "refcheck"))]
    #[inline(always)]
    fn check_live(&self, r: ObjRef, op: &str) {
        match self.slots.get(r.index()) {
            Some(s) if s.rc > 0 => {}
            Some(_) => self.check_live_slow(r, op),
            None => panic!("refcount checker: {op} of slot {} past the end of the heap", r.index()),
        }
    }
    /// Sets the count directly (immortal objects, resurrection).
    pub fn set_rc(&mut self, r: ObjRef, rc: u32) {
        self.slots[r.index()].rc = rc;
    }
    pub fn is_live(&self, r: ObjRef) -> bool {
        self.slots.get(r.index()).is_some_and(|s| s.rc > 0)
    }
    pub fn attrs(&self, r: ObjRef) -> Option<&Attrs> {
        self.slots[r.index()].attrs.as_deref()
    }
    pub fn attrs_mut(&mut self, r: ObjRef) -> &mut Option<Box<Attrs>> {
        &mut self.slots[r.index()].attrs
    }

    /// Releases a dead slot: takes its payload and attribute storage out
    /// (the caller drops the references they hold) and puts the slot on the
    /// free list.
    pub fn release(&mut self, r: ObjRef) -> (Payload, Option<Box<Attrs>>) {
        #[cfg(any(debug_assertions, feature = "refcheck"))]
        if self.slots[r.index()].rc != 0 || matches!(self.slots[r.index()].payload, Payload::Free) {
            panic!("refcount checker: release of slot {} (type '{}') with count {}", r.index(), self.type_name_of(r), self.slots[r.index()].rc);
        }
        let call_tuple = self.slots[r.index()].gc.flags & gc::CALL_TUPLE != 0;
        // gc hook: gen-0 count and weakref registry (needs the payload still in place).
        self.gc_on_release(r);
        // tracemalloc hook: forget the traced blocks of this object.
        if let Some(t) = &mut self.trace {
            t.on_free(r.index());
        }
        let s = &mut self.slots[r.index()];
        let payload = std::mem::replace(&mut s.payload, Payload::Free);
        let attrs = s.attrs.take();
        // The refcount checker names the type of a freed object in its
        // messages: keep the type index in the free slot (nothing reads it).
        #[cfg(not(any(debug_assertions, feature = "refcheck")))]
        {
            s.ty = 0;
        }
        self.live -= 1;
        if call_tuple {
            self.call_free.push(r.0.get());
        } else {
            self.free.push(r.0.get());
        }
        (payload, attrs)
    }

    /// perf: releases a dead object in one step when it is an exact leaf —
    /// an int, float or str whose type is one of `leaf_types` and that has
    /// no gc flags, attributes, finalizer state or trace record (what
    /// [`Heap::release`] would do for it, minus the hooks that find nothing
    /// to do). Returns its type (whose reference the caller drops), or None
    /// when the object is not such a leaf (nothing was done).
    #[inline]
    pub fn release_leaf(&mut self, r: ObjRef, leaf_types: [ObjRef; 3]) -> Option<ObjRef> {
        if self.trace.is_some() {
            return None;
        }
        let s = &mut self.slots[r.index()];
        let ty = s.ty;
        if s.gc.flags != 0 || s.gc.finalized || s.attrs.is_some() || !leaf_types.iter().any(|t| t.0.get() == ty) {
            return None;
        }
        #[cfg(any(debug_assertions, feature = "refcheck"))]
        if s.rc != 0 {
            panic!("refcount checker: release of slot {} with count {}", r.index(), s.rc);
        }
        match &mut s.payload {
            // Own nothing: overwrite without drop glue.
            Payload::Int(_) | Payload::Float(_) => {}
            Payload::Str(_) => {
                let old = std::mem::replace(&mut s.payload, Payload::Free);
                drop(old);
            }
            _ => return None,
        }
        std::mem::forget(std::mem::replace(&mut s.payload, Payload::Free));
        s.gc = GcHeader::default();
        #[cfg(not(any(debug_assertions, feature = "refcheck")))]
        {
            s.ty = 0;
        }
        self.live -= 1;
        self.free.push(r.0.get());
        Some(ObjRef(NonZeroU32::new(ty).expect("object without a type")))
    }

    /// Number of live objects.
    pub fn live_objects(&self) -> usize {
        self.live
    }

    /// A fake address for `id()`: 16-byte aligned, looks like CPython's heap.
    pub fn address(&self, r: ObjRef) -> u64 {
        0x7f3a_1c00_0000 + (r.index() as u64) * 32
    }

    /// Iterates over all live objects (gc, heap verifier).
    pub fn live_refs(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.slots.iter().enumerate().skip(1).filter(|(_, s)| s.rc > 0 && !matches!(s.payload, Payload::Free)).map(|(i, _)| ObjRef::from_index(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_reused_last_freed_first() {
        let mut h = Heap::new();
        let a = h.alloc_untyped(Payload::Float(1.0));
        let b = h.alloc_untyped(Payload::Float(2.0));
        assert!(h.decref_hit_zero(a));
        h.release(a);
        assert!(h.decref_hit_zero(b));
        h.release(b);
        let c = h.alloc_untyped(Payload::Float(3.0));
        assert_eq!(c, b);
        assert_eq!(h.address(c) % 16, 0);
    }

    #[cfg(any(debug_assertions, feature = "refcheck"))]
    #[test]
    #[should_panic(expected = "decref of a freed object")]
    fn the_checker_stops_a_double_release() {
        let mut h = Heap::new();
        let a = h.alloc_untyped(Payload::Float(1.0));
        assert!(h.decref_hit_zero(a));
        h.release(a);
        h.decref_hit_zero(a);
    }

    #[cfg(any(debug_assertions, feature = "refcheck"))]
    #[test]
    #[should_panic(expected = "incref of a freed object")]
    fn the_checker_stops_a_use_after_free() {
        let mut h = Heap::new();
        let a = h.alloc_untyped(Payload::Float(1.0));
        assert!(h.decref_hit_zero(a));
        h.release(a);
        h.incref(a);
    }
}
