//! The VM side of allocation tracing: what `Vm::alloc` (and the int/float
//! fast paths) call while `tracemalloc` is tracing, and what container
//! resizes call. It sizes the new object's blocks in CPython 3.11's layout
//! and captures the traceback of the running Python code.
//!
//! Nothing here runs when tracing is off: the callers test
//! `vm.heap.trace.is_some()` first (one predictable branch).

use crate::heap::trace::{TraceFrame, TraceTable};
use crate::heap::{ObjRef, Payload};
use crate::vm::Vm;

/// Frames from files with this prefix (pyrite's embedded stdlib, which is C
/// code in CPython) are not shown: their allocations are attributed to the
/// innermost user frame, as CPython attributes allocations made in C.
const HIDDEN_PREFIX: &str = "<pyrite-stdlib>/";
/// ... except tracemalloc's own Python module, which is Python in CPython
/// too (so `Filter(False, tracemalloc.__file__)` works as there).
const SHOWN_STDLIB: &str = "<pyrite-stdlib>/tracemalloc.py";

/// The running Python frames, innermost first: (code object, line).
fn python_stack(vm: &Vm) -> Vec<(ObjRef, u32)> {
    vm.python_stack(usize::MAX)
}

impl Vm {
    /// tracemalloc hook: `r` was just allocated while tracing.
    #[cold]
    #[inline(never)]
    pub fn trace_alloc(&mut self, r: ObjRef) {
        let (size, ssize) = block_sizes(self, r);
        let tb = self.trace_capture();
        if let Some(t) = &mut self.heap.trace {
            t.record_alloc(r.index(), size, ssize, tb);
        }
    }

    /// tracemalloc hook for containers whose storage may have been resized
    /// (list/dict/set/bytearray growth and shrinking): re-records the
    /// storage block when its size changed. Free when not tracing.
    #[inline]
    pub fn trace_resize(&mut self, r: ObjRef) {
        if self.heap.trace.is_some() {
            self.trace_resize_slow(r);
        }
    }

    #[cold]
    #[inline(never)]
    fn trace_resize_slow(&mut self, r: ObjRef) {
        if !self.heap.is_live(r) {
            return;
        }
        let (size, ssize) = block_sizes(self, r);
        let Some(t) = &self.heap.trace else { return };
        // Only a str's own block is ever resized (in-place `+=`); realloc of
        // an untraced block adds a trace of the new one, as in CPython.
        let main_changed = match t.traced_size_of(r.index()) {
            Some(s) => s != size,
            None => matches!(self.heap.get(r), Payload::Str(_)),
        };
        if t.storage_of(r.index()) == ssize && !main_changed {
            return;
        }
        let tb = self.trace_capture();
        let overlap = matches!(self.heap.get(r), Payload::Dict(_) | Payload::Set(_));
        if let Some(t) = &mut self.heap.trace {
            if main_changed {
                t.record_main_resize(r.index(), size, tb);
            }
            if t.storage_of(r.index()) != ssize {
                t.record_resize(r.index(), ssize, tb, overlap);
            }
        }
    }

    /// The interned traceback id of the running Python code.
    pub fn trace_capture(&mut self) -> u32 {
        let stack = python_stack(self);
        let Some(nframe) = self.heap.trace.as_ref().map(|t| t.nframe) else { return 0 };
        let mut frames: Vec<TraceFrame> = Vec::with_capacity(nframe.min(stack.len()).max(1));
        let mut total = 0u32;
        for (code, line) in stack {
            let Some((file, hidden)) = self.trace_code_file(code) else { continue };
            if hidden {
                continue;
            }
            total += 1;
            if frames.len() < nframe {
                frames.push((file, line));
            }
        }
        let Some(t) = &mut self.heap.trace else { return 0 };
        if frames.is_empty() {
            // CPython's empty traceback: one frame "<unknown>":0.
            let f = t.file_id("<unknown>");
            frames.push((f, 0));
            total = 1;
        }
        t.traceback_id(&frames, total)
    }

    /// The file name id of a code object's frames, and whether they are hidden.
    fn trace_code_file(&mut self, code: ObjRef) -> Option<(u32, bool)> {
        let rc = match self.heap.get(code) {
            Payload::Code(c) => c.code.clone(),
            _ => return None,
        };
        let t = self.heap.trace.as_mut()?;
        let key = std::rc::Rc::as_ptr(&rc) as usize;
        if let Some(&(_, f, hidden)) = t.code_files.get(&key) {
            return Some((f, hidden));
        }
        let name: &str = &rc.filename;
        let hidden = name.starts_with(HIDDEN_PREFIX) && name != SHOWN_STDLIB;
        let f = t.file_id(name);
        t.code_files.insert(key, (rc, f, hidden));
        Some((f, hidden))
    }

    /// Starts tracing with `nframe` frames per traceback (no-op when tracing).
    pub fn trace_start(&mut self, nframe: usize) {
        if self.heap.trace.is_some() {
            return;
        }
        let mut t = TraceTable::new(nframe);
        self.trace_baseline(&mut t);
        self.heap.trace = Some(Box::new(t));
    }

    /// Forgets every trace (`clear_traces`): what exists now counts as
    /// allocated before tracing.
    pub fn trace_clear(&mut self) {
        let Some(mut t) = self.heap.trace.take() else { return };
        t.clear();
        self.trace_baseline(&mut t);
        self.heap.trace = Some(t);
    }

    /// Objects that exist now are not traced, but the storage sizes of the
    /// containers among them are remembered so that a later resize is seen
    /// (CPython's realloc of an untraced block adds a trace of the new block).
    fn trace_baseline(&self, t: &mut TraceTable) {
        for r in self.heap.live_refs() {
            if matches!(self.heap.get(r), Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_)) {
                let (_, ssize) = block_sizes(self, r);
                if ssize > 0 {
                    t.record_baseline(r.index(), ssize);
                }
            }
        }
    }

    /// Stops tracing and forgets every trace.
    pub fn trace_stop(&mut self) {
        self.heap.trace = None;
    }
}

/// `block_sizes` of an instance of a class derived from a builtin type: the
/// builtin's blocks, with the class's slots/`__weakref__` (`layout_extra`),
/// the GC header every class has, and the managed-dict pre-header. A str
/// subclass instance is CPython's two-block str (object + character buffer).
fn subclass_block_sizes(vm: &Vm, r: ObjRef, has_dict: bool) -> (u64, u64) {
    use crate::heap::BaseKind as K;
    let extra = crate::modules::sys::layout_extra(vm, r) as u64;
    let kind = vm.type_data(vm.heap.ty(r)).base_kind;
    let own_dict = crate::modules::sys::builtin_base_has_dict(vm, vm.heap.ty(r));
    let managed = if has_dict && !own_dict && !matches!(kind, K::Int | K::Tuple | K::Bytes | K::Type | K::Module | K::Exception) { 16 } else { 0 };
    // Variable-sized bases (int, tuple, bytes): `PyType_GenericAlloc`
    // allocates room for one item more than the object holds (a sentinel),
    // rounded up to 8 bytes, after the class's slots and dict pointer.
    let var_block = |fixed: u64, items: u64, itemsize: u64| ((fixed + extra + (items + 1) * itemsize).div_ceil(8) * 8 + 16 + managed, 0);
    let (obj, data) = match vm.heap.get(r) {
        Payload::Int(_) | Payload::BigInt(_) => {
            let n = crate::types::int::int_size(&vm.as_bigint(r).unwrap_or_default()) as u64;
            // long_subtype_new allocates at least one digit (for zero too).
            let digits = (n.saturating_sub(24) / 4).max(1);
            return var_block(24, digits, 4);
        }
        Payload::Tuple(t) => return var_block(24, t.len() as u64, 8),
        Payload::Bytes(b) => return var_block(33, b.len() as u64, 1),
        Payload::Float(_) => (24, 0),
        Payload::Complex(_) => (32, 0),
        Payload::Str(p) => (80, ((p.char_len + 1) * [1, 1, 1, 2, 4][p.kind.min(4) as usize]) as u64),
        Payload::ByteArray(b) => (56, b.capacity() as u64),
        Payload::List(l) => (40, 8 * l.allocated as u64),
        Payload::Dict(d) => {
            let data = (d.sizeof() as u64).saturating_sub(64);
            match crate::types::collections::odict::odict_storage(vm, r) {
                Some(x) => (crate::types::collections::odict::BASICSIZE as u64, data + x),
                None => (48, data),
            }
        }
        Payload::Set(s) => (200, (s.sizeof() as u64).saturating_sub(216)),
        // Other bases: the class's basicsize already has the extras.
        _ => return (vm.type_data(vm.heap.ty(r)).basicsize as u64 + 16 + managed, crate::types::collections::deque::deque_storage(vm, r)),
    };
    (obj + extra + 16 + managed, data)
}

/// The sizes of an object's own block and of its separately allocated
/// storage, in CPython 3.11's x86-64 layout. Their sum is what
/// `sys.getsizeof` reports (plus an instance's values array, which
/// getsizeof leaves out), except for ints below 2**30: CPython allocates
/// those as a whole `PyLongObject` (32 bytes) though getsizeof says 28.
pub fn block_sizes(vm: &Vm, r: ObjRef) -> (u64, u64) {
    let ty = vm.heap.ty(r);
    let (heap_type, has_dict, basicsize, values) = match vm.heap.get(ty) {
        Payload::Type(t) => {
            // The values array of a new instance: the class's shared keys
            // size after this instance's decrement (`init_inline_values`).
            let k = t.shared.borrow();
            let usable = if k.usable > 1 { k.usable - 1 } else { k.usable };
            (t.heap_type, t.has_dict, t.basicsize as u64, (k.nentries + usable) as u64)
        }
        _ => (false, false, 16, 0),
    };
    let gc = if crate::modules::sys::is_gc_object(vm, r) { 16 } else { 0 };
    if heap_type && !matches!(vm.heap.get(r), Payload::Object) {
        return subclass_block_sizes(vm, r, has_dict);
    }
    match vm.heap.get(r) {
        Payload::Int(v) => {
            if v.unsigned_abs() < 1 << 30 {
                (32, 0)
            } else {
                (crate::types::int::int_size(&num_bigint::BigInt::from(*v)) as u64, 0)
            }
        }
        Payload::BigInt(b) => (crate::types::int::int_size(b) as u64, 0),
        Payload::Float(_) => (24, 0),
        Payload::Complex(_) => (32, 0),
        Payload::Str(p) => (crate::types::str::str_sizeof_of(p) as u64, 0),
        Payload::Bytes(b) => (33 + b.len() as u64, 0),
        Payload::ByteArray(b) => (56, b.capacity() as u64),
        Payload::List(l) => (56, 8 * l.allocated as u64),
        Payload::Tuple(t) => (24 + 8 * t.len() as u64 + gc, 0),
        Payload::Dict(d) => {
            let data = (d.sizeof() as u64).saturating_sub(64);
            match crate::types::collections::odict::odict_storage(vm, r) {
                Some(x) => (crate::types::collections::odict::BASICSIZE as u64 + 16, data + x),
                None => (64, data),
            }
        }
        Payload::Set(s) => (216, (s.sizeof() as u64).saturating_sub(216)),
        Payload::Object if heap_type && has_dict => {
            // Object + GC header + the managed dict/values pre-header, and the
            // values array (CPython's new_values: a prefix rounded to 8, then
            // one pointer per entry).
            (basicsize + gc + 16, (values + 2).div_ceil(8) * 8 + 8 * values)
        }
        _ => (basicsize + gc, crate::types::collections::deque::deque_storage(vm, r)),
    }
}
