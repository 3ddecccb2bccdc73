//! The buffer protocol: which objects export a byte buffer (bytes, bytearray,
//! memoryview, and native kinds such as mmap that register themselves), and
//! the count of live exports that stops a bytearray from being resized
//! while a memoryview looks at it.
//!
//! # For native types (mmap & co.)
//!
//! ```ignore
//! static MMAP_BUFFER: BufferProcs = BufferProcs { bytes: mmap_bytes, bytes_mut: Some(mmap_bytes_mut) };
//! vm.register_buffer_type(mmap_type, &MMAP_BUFFER);   // once, when the type is made
//! // ... in mmap.close() / resize():
//! if vm.buffer_exports(me) > 0 { return Err(vm.new_error(vm.t.buffer_error, "cannot close exported pointers exist")) }
//! ```
//! `bytes` returns the whole buffer (None when the object cannot export now,
//! e.g. a closed mmap: memoryview() then raises ValueError); `bytes_mut`
//! (None in the table = read-only exporter) the same, writable. Instances of
//! the registered type and of its subclasses export.
//!
//! Export counting needs no dealloc hook: each memoryview is recorded under
//! its exporter, and a count keeps only the views that are still alive
//! (their slot still holds an unreleased memoryview of that exporter).

use std::collections::HashMap;

use crate::heap::{ObjRef, Payload};
use crate::vm::Vm;

use super::MemoryView;

/// Reads an exporter's whole buffer (None: cannot export now).
pub type GetBytes = fn(&Vm, ObjRef) -> Option<&[u8]>;
/// The same, writable.
pub type GetBytesMut = fn(&mut Vm, ObjRef) -> Option<&mut [u8]>;

/// How objects of a native type expose their bytes.
pub struct BufferProcs {
    pub bytes: GetBytes,
    /// None for read-only exporters.
    pub bytes_mut: Option<GetBytesMut>,
}

/// Per-interpreter buffer state (`vm.buffers`).
#[derive(Default)]
pub struct Buffers {
    /// Native exporter types and their accessors.
    procs: Vec<(ObjRef, &'static BufferProcs)>,
    /// Exporter → the memoryviews created over it (some may be dead).
    exports: HashMap<ObjRef, Vec<ObjRef>>,
    /// Size of `exports` after the last pruning of dead entries.
    pruned_at: usize,
    /// The memoryview type (null/None until registered).
    pub memoryview_type: Option<ObjRef>,
}

/// What kind of exporter an object is.
#[derive(Clone, Copy)]
pub enum Exporter {
    Bytes,
    ByteArray,
    Native(&'static BufferProcs),
}

impl Vm {
    /// Makes instances of `ty` (a native type) exporters of a byte buffer.
    pub fn register_buffer_type(&mut self, ty: ObjRef, procs: &'static BufferProcs) {
        self.buffers.procs.push((ty, procs));
    }

    /// The exporter kind of `obj` (None: not a buffer; memoryviews are
    /// handled by their own code, they are not exporters here).
    pub fn buffer_exporter(&self, obj: ObjRef) -> Option<Exporter> {
        match self.heap.get(obj) {
            Payload::Bytes(_) => Some(Exporter::Bytes),
            Payload::ByteArray(_) => Some(Exporter::ByteArray),
            Payload::Native(_) if !self.buffers.procs.is_empty() => {
                let t = self.ty(obj);
                self.buffers.procs.iter().find(|(pt, _)| self.is_subtype(t, *pt)).map(|&(_, p)| Exporter::Native(p))
            }
            _ => None,
        }
    }

    /// The whole buffer of an exporter (None when it is not one or cannot export now).
    pub fn buffer_bytes(&self, obj: ObjRef) -> Option<&[u8]> {
        match self.heap.get(obj) {
            Payload::Bytes(b) => Some(b),
            Payload::ByteArray(b) => Some(b),
            _ => match self.buffer_exporter(obj)? {
                Exporter::Native(p) => (p.bytes)(self, obj),
                _ => None,
            },
        }
    }

    /// The writable buffer of an exporter (None: read-only or not an exporter).
    pub fn buffer_bytes_mut(&mut self, obj: ObjRef) -> Option<&mut [u8]> {
        match self.buffer_exporter(obj)? {
            Exporter::Bytes => None,
            Exporter::ByteArray => match self.heap.get_mut(obj) {
                Payload::ByteArray(b) => Some(&mut b[..]),
                _ => None,
            },
            Exporter::Native(p) => (p.bytes_mut?)(self, obj),
        }
    }

    /// Whether the exporter hands out read-only memory.
    pub fn buffer_readonly(&self, obj: ObjRef) -> bool {
        match self.buffer_exporter(obj) {
            Some(Exporter::ByteArray) => false,
            Some(Exporter::Native(p)) => p.bytes_mut.is_none(),
            _ => true,
        }
    }

    /// The number of live, unreleased memoryviews over `obj`.
    pub fn buffer_exports(&mut self, obj: ObjRef) -> usize {
        if self.buffers.exports.is_empty() {
            return 0;
        }
        let Some(mut views) = self.buffers.exports.remove(&obj) else { return 0 };
        views.retain(|&v| self.is_live_view_of(v, obj));
        let n = views.len();
        if n > 0 {
            self.buffers.exports.insert(obj, views);
        }
        n
    }

    /// Records that memoryview `view` exports `obj`'s buffer.
    pub(super) fn buffer_add_export(&mut self, obj: ObjRef, view: ObjRef) {
        let e = self.buffers.exports.entry(obj).or_default();
        if !e.contains(&view) {
            e.push(view);
        }
        // Drop entries whose views are all gone, now and then.
        if self.buffers.exports.len() > 2 * self.buffers.pruned_at + 16 {
            let mut ex = std::mem::take(&mut self.buffers.exports);
            ex.retain(|&o, views| {
                views.retain(|&v| self.is_live_view_of(v, o));
                !views.is_empty()
            });
            self.buffers.pruned_at = ex.len();
            self.buffers.exports = ex;
        }
    }

    fn is_live_view_of(&self, v: ObjRef, obj: ObjRef) -> bool {
        match self.heap.get(v) {
            Payload::Native(n) => n.as_any().downcast_ref::<MemoryView>().is_some_and(|m| m.obj == obj && !m.released),
            _ => false,
        }
    }

    /// `BufferError` if `obj` (a bytearray) is exported and would change size.
    pub fn check_resize(&mut self, obj: ObjRef, old_len: usize, new_len: usize) -> crate::vm::PyResult<()> {
        if old_len != new_len && self.buffer_exports(obj) > 0 {
            let t = self.t.buffer_error;
            return Err(self.new_error(t, "Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }
}
