//! `memoryview`: a 1-D view of another object's bytes (bytes, bytearray, or
//! a native exporter registered through [`buffer`]), with `struct`-style
//! item formats (`cast`), slicing into new views, writes through to a
//! writable exporter, release / context manager, and CPython's messages.
//!
//! A view records its exporter (`obj`, owned) and where its items lie in the
//! exporter's buffer: `start` (byte offset of item 0), `len` items, `stride`
//! bytes apart. Bytes are read through the exporter on every access (never
//! copied), always with bounds checks, so a view can never read outside its
//! buffer even if the exporter shrank behind its back.

pub mod buffer;
mod format;

use std::cell::Cell;

use crate::heap::{BaseKind, IterData, NativeData, ObjRef, Payload};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::MethodDef;

pub use buffer::{BufferProcs, Buffers, Exporter};

pub struct MemoryView {
    /// The exporting object (a memoryview of a memoryview shares the original exporter).
    pub obj: ObjRef,
    pub start: usize,
    pub len: usize,
    pub stride: isize,
    pub fmt: char,
    pub itemsize: usize,
    pub readonly: bool,
    pub released: bool,
    /// 0 for a scalar view (`cast('B', [])`), else 1.
    pub ndim: usize,
    hash: Cell<Option<i64>>,
}

impl NativeData for MemoryView {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        if !self.released {
            visit(self.obj);
        }
    }
    fn sizeof(&self) -> usize {
        // CPython: tp_basicsize (144) + shape/strides/suboffsets per dimension.
        144 + 24 * self.ndim
    }
}

/// A copy of a view's state (so the heap can be used while working with it).
#[derive(Clone, Copy)]
struct View {
    obj: ObjRef,
    start: usize,
    len: usize,
    stride: isize,
    fmt: char,
    itemsize: usize,
    readonly: bool,
    ndim: usize,
}

impl View {
    fn of(m: &MemoryView) -> View {
        View { obj: m.obj, start: m.start, len: m.len, stride: m.stride, fmt: m.fmt, itemsize: m.itemsize, readonly: m.readonly, ndim: m.ndim }
    }
    fn nbytes(&self) -> usize {
        self.len * self.itemsize
    }
    fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize as isize
    }
}

impl Vm {
    /// The memoryview payload of `x`, if it is one.
    pub fn memoryview_of(&self, x: ObjRef) -> Option<&MemoryView> {
        match self.heap.get(x) {
            Payload::Native(n) => n.as_any().downcast_ref::<MemoryView>(),
            _ => None,
        }
    }

    /// The bytes of any buffer object — bytes, bytearray, a memoryview (its
    /// items in order) or a registered exporter — copied (None: not a buffer,
    /// or a released view).
    pub fn buffer_copy(&self, x: ObjRef) -> Option<Vec<u8>> {
        if let Some(m) = self.memoryview_of(x) {
            if m.released {
                return None;
            }
            return gather(self, &View::of(m));
        }
        self.buffer_bytes(x).map(|b| b.to_vec())
    }

    /// A new memoryview over exporter `obj` (owned).
    fn new_view(&mut self, v: View) -> ObjRef {
        self.incref(v.obj);
        let t = self.buffers.memoryview_type.unwrap_or(self.t.native_object);
        let m = MemoryView { obj: v.obj, start: v.start, len: v.len, stride: v.stride, fmt: v.fmt, itemsize: v.itemsize, readonly: v.readonly, released: false, ndim: v.ndim, hash: Cell::new(None) };
        let r = self.alloc(t, Payload::Native(Box::new(m)));
        self.buffer_add_export(v.obj, r);
        r
    }

    /// `memoryview(obj)` (owned), or the TypeError CPython raises.
    pub fn new_memoryview(&mut self, obj: ObjRef) -> PyResult<ObjRef> {
        if self.memoryview_of(obj).is_some() {
            let v = live(self, obj)?;
            return Ok(self.new_view(v));
        }
        if self.buffer_exporter(obj).is_none() {
            let tn = self.type_name_of(obj);
            return Err(self.type_error(format!("memoryview: a bytes-like object is required, not '{tn}'")));
        }
        let Some(len) = self.buffer_bytes(obj).map(|b| b.len()) else {
            return Err(self.value_error("cannot export a closed object"));
        };
        let readonly = self.buffer_readonly(obj);
        Ok(self.new_view(View { obj, start: 0, len, stride: 1, fmt: 'B', itemsize: 1, readonly, ndim: 1 }))
    }
}

/// The bytes of the view's items, in order (None if the exporter shrank).
fn gather(vm: &Vm, v: &View) -> Option<Vec<u8>> {
    let buf = vm.buffer_bytes(v.obj)?;
    if v.contiguous() {
        return buf.get(v.start..v.start + v.nbytes()).map(|s| s.to_vec());
    }
    let mut out = Vec::with_capacity(v.nbytes());
    for i in 0..v.len {
        let o = v.start as isize + i as isize * v.stride;
        out.extend_from_slice(buf.get(o as usize..o as usize + v.itemsize)?);
    }
    Some(out)
}

fn released_err(vm: &mut Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

fn exporter_gone(vm: &mut Vm) -> PyErr {
    vm.new_error(vm.t.buffer_error, "memoryview: underlying buffer is no longer valid")
}

/// The state of a live view, or CPython's error for a released one.
fn live(vm: &mut Vm, x: ObjRef) -> PyResult<View> {
    match vm.memoryview_of(x) {
        Some(m) if !m.released => Ok(View::of(m)),
        Some(_) => Err(released_err(vm)),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("descriptor requires a 'memoryview' object but received a '{tn}'")))
        }
    }
}

fn items_bytes(vm: &mut Vm, v: &View) -> PyResult<Vec<u8>> {
    match gather(vm, v) {
        Some(b) => Ok(b),
        None => Err(exporter_gone(vm)),
    }
}

fn unpack_all(vm: &mut Vm, v: &View) -> PyResult<Vec<ObjRef>> {
    let b = items_bytes(vm, v)?;
    Ok(b.chunks(v.itemsize.max(1)).map(|c| format::unpack(vm, v.fmt, c)).collect())
}

fn mv_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    // CPython 3.11 calls this type with an argument tuple (no vectorcall).
    if !vm.type_data(args.args[0]).heap_type {
        vm.heap.gc_transient_call(inner.pos().len(), !inner.kwnames.is_empty());
    }
    let p = vm.parse_args(&inner, "memoryview", &["object"], 0, 1)?;
    let obj = p[0].unwrap_or(vm.none_obj);
    vm.new_memoryview(obj)
}

fn mv_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    if v.ndim == 0 {
        return Err(vm.type_error("0-dim memory has no length"));
    }
    Ok(vm.new_int(v.len as i64))
}

/// The item index of an int key, or CPython's IndexError.
fn item_index(vm: &mut Vm, v: &View, key: ObjRef) -> PyResult<usize> {
    let i = vm.index_value(key)?;
    let n = v.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

#[derive(Clone, Copy)]
enum Key {
    Index,
    Slice,
    All,
}

fn classify_key(vm: &mut Vm, v: &View, key: ObjRef) -> PyResult<Key> {
    match vm.heap.get(key) {
        Payload::Slice(_) => Ok(Key::Slice),
        Payload::Int(_) | Payload::BigInt(_) => Ok(Key::Index),
        Payload::Tuple(t) => {
            let n = t.len();
            if n == 0 && v.ndim == 0 {
                return Ok(Key::All);
            }
            Err(vm.type_error(format!("cannot index {}-dimension view with {n}-element tuple", v.ndim)))
        }
        _ if key == vm.ellipsis_obj => Ok(Key::All),
        _ if vm.lookup(vm.ty(key), vm.n.__index__).is_some() => Ok(Key::Index),
        _ => Err(vm.type_error("memoryview: invalid slice key")),
    }
}

fn read_item(vm: &mut Vm, v: &View, i: usize) -> PyResult<ObjRef> {
    let o = (v.start as isize + i as isize * v.stride) as usize;
    let Some(b) = vm.buffer_bytes(v.obj).and_then(|b| b.get(o..o + v.itemsize)).map(|b| b.to_vec()) else {
        return Err(exporter_gone(vm));
    };
    Ok(format::unpack(vm, v.fmt, &b))
}

fn mv_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, key) = (args.args[0], args.args[1]);
    let v = live(vm, me)?;
    match classify_key(vm, &v, key)? {
        Key::All => Ok(vm.incref(me)),
        Key::Index => {
            if v.ndim == 0 {
                return Err(vm.type_error("invalid indexing of 0-dim memory"));
            }
            let i = item_index(vm, &v, key)?;
            read_item(vm, &v, i)
        }
        Key::Slice => {
            let (start, _, step, len) = vm.slice_indices(key, v.len)?;
            let nv = View { start: (v.start as isize + start as isize * v.stride) as usize, len: len.max(0) as usize, stride: v.stride * step as isize, ..v };
            Ok(vm.new_view(nv))
        }
    }
}

fn write_bytes(vm: &mut Vm, v: &View, i: usize, data: &[u8]) -> PyResult<()> {
    let o = (v.start as isize + i as isize * v.stride) as usize;
    match vm.buffer_bytes_mut(v.obj).and_then(|b| b.get_mut(o..o + data.len())) {
        Some(dst) => {
            dst.copy_from_slice(data);
            Ok(())
        }
        None => Err(exporter_gone(vm)),
    }
}

fn mv_setitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, key, val) = (args.args[0], args.args[1], args.args[2]);
    let v = live(vm, me)?;
    if v.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let k = classify_key(vm, &v, key)?;
    match k {
        Key::Index | Key::All if v.ndim == 0 || matches!(k, Key::Index) => {
            let i = if v.ndim == 0 { 0 } else { item_index(vm, &v, key)? };
            let data = format::pack(vm, v.fmt, val)?;
            write_bytes(vm, &v, i, &data)?;
            Ok(vm.none())
        }
        _ => {
            let target = match vm.heap.get(key) {
                Payload::Slice(_) => {
                    let (start, _, step, len) = vm.slice_indices(key, v.len)?;
                    View { start: (v.start as isize + start as isize * v.stride) as usize, len: len.max(0) as usize, stride: v.stride * step as isize, ..v }
                }
                _ => v,
            };
            // The source must be a buffer with the same item format and length.
            let (src_fmt, src_len, data) = match vm.memoryview_of(val).map(|m| (m.released, View::of(m))) {
                Some((true, _)) => return Err(released_err(vm)),
                Some((false, sv)) => (sv.fmt, sv.len, items_bytes(vm, &sv)?),
                None => match vm.buffer_copy(val) {
                    Some(b) => ('B', b.len(), b),
                    None => {
                        let tn = vm.type_name_of(val);
                        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
                    }
                },
            };
            if src_fmt != target.fmt || src_len != target.len {
                return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
            }
            for (i, chunk) in data.chunks(target.itemsize.max(1)).enumerate() {
                write_bytes(vm, &target, i, chunk)?;
            }
            Ok(vm.none())
        }
    }
}

fn mv_delitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    if v.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn mv_tobytes(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "tobytes", &["order"], 0, 0)?;
    if let Some(o) = p[0].filter(|&o| o != vm.none_obj) {
        match vm.as_str(o) {
            Some("C" | "F" | "A") => {}
            _ => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
        }
    }
    let v = live(vm, args.args[0])?;
    let b = items_bytes(vm, &v)?;
    Ok(vm.new_bytes_uncached(b))
}

fn mv_tolist(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "tolist", 0, 0)?;
    let v = live(vm, args.args[0])?;
    let items = unpack_all(vm, &v)?;
    if v.ndim == 0 {
        return Ok(items.into_iter().next().unwrap_or_else(|| vm.none()));
    }
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    let b = items_bytes(vm, &v)?;
    // Same arguments and output as bytes.hex.
    let tmp = vm.new_bytes(b);
    let f = vm.getattr_str(tmp, "hex");
    vm.decref(tmp);
    let f = f?;
    let r = vm.call_kw(f, &args.args[1..], args.kwnames);
    vm.decref(f);
    r
}

fn release(vm: &mut Vm, me: ObjRef) {
    let obj = match vm.heap.get_mut(me) {
        Payload::Native(n) => match n.as_any_mut().downcast_mut::<MemoryView>() {
            Some(m) if !m.released => {
                m.released = true;
                Some(m.obj)
            }
            _ => None,
        },
        _ => None,
    };
    if let Some(o) = obj {
        vm.decref(o);
    }
}

fn mv_release(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "release", 0, 0)?;
    release(vm, args.args[0]);
    Ok(vm.none())
}

fn mv_enter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    live(vm, args.args[0])?;
    Ok(vm.incref(args.args[0]))
}

fn mv_exit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    release(vm, args.args[0]);
    Ok(vm.none())
}

fn mv_cast(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "cast", &["format", "shape"], 0, 1)?;
    let v = live(vm, args.args[0])?;
    let fo = p[0].unwrap_or(vm.none_obj);
    let Some(fs) = vm.as_str(fo).map(|s| s.to_string()) else {
        let tn = vm.type_name_of(fo);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {tn}")));
    };
    if !v.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some(fmt) = format::parse(&fs) else {
        return Err(vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let byte_fmt = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_fmt(v.fmt) && !byte_fmt(fmt) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let itemsize = format::itemsize(fmt).unwrap_or(1);
    let nbytes = v.nbytes();
    let shape: Option<Vec<i64>> = match p[1] {
        Some(s) if matches!(vm.heap.get(s), Payload::List(_) | Payload::Tuple(_)) => {
            let items = vm.seq_items(s).map(|x| x.to_vec()).unwrap_or_default();
            let mut out = Vec::new();
            for it in items {
                out.push(vm.index_value(it)?);
            }
            Some(out)
        }
        Some(_) => return Err(vm.type_error("shape must be a list or a tuple")),
        None => None,
    };
    let (ndim, len) = match shape.as_deref() {
        None => {
            if nbytes % itemsize != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            (1, nbytes / itemsize)
        }
        Some([]) => {
            if nbytes != itemsize {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            (0, 1)
        }
        Some([n]) => {
            if *n <= 0 {
                return Err(vm.value_error("memoryview.cast(): elements of shape must be integers > 0"));
            }
            if *n as usize * itemsize != nbytes {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            (1, *n as usize)
        }
        Some(_) => return Err(vm.not_implemented_error("memoryview: multi-dimensional casts are not supported by pyrite")),
    };
    let nv = View { fmt, itemsize, len, stride: itemsize as isize, ndim, ..v };
    Ok(vm.new_view(nv))
}

fn mv_toreadonly(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "toreadonly", 0, 0)?;
    let v = live(vm, args.args[0])?;
    Ok(vm.new_view(View { readonly: true, ..v }))
}

fn mv_eq_impl(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<Option<bool>> {
    if a == b {
        return Ok(Some(true));
    }
    let Some(am) = vm.memoryview_of(a) else { return Ok(None) };
    if am.released {
        return Ok(Some(false));
    }
    let av = View::of(am);
    let (bfmt, blen, bitems) = match vm.memoryview_of(b).map(|m| (m.released, View::of(m))) {
        Some((true, _)) => return Ok(Some(false)),
        Some((false, bv)) => (bv.fmt, bv.len, items_bytes(vm, &bv)?),
        None => match vm.buffer_copy(b) {
            Some(d) => ('B', d.len(), d),
            None => return Ok(None),
        },
    };
    if blen != av.len {
        return Ok(Some(false));
    }
    let aitems = items_bytes(vm, &av)?;
    if av.fmt == bfmt {
        return Ok(Some(aitems == bitems));
    }
    // Different formats: compare the unpacked values.
    let bsize = format::itemsize(bfmt).unwrap_or(1);
    for (x, y) in aitems.chunks(av.itemsize.max(1)).zip(bitems.chunks(bsize)) {
        let xo = format::unpack(vm, av.fmt, x);
        let yo = format::unpack(vm, bfmt, y);
        let r = vm.eq(xo, yo);
        vm.decref(xo);
        vm.decref(yo);
        if !r? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn mv_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match mv_eq_impl(vm, args.args[0], args.args[1])? {
        Some(r) => Ok(vm.new_bool(r)),
        None => Ok(vm.not_implemented()),
    }
}

fn mv_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match mv_eq_impl(vm, args.args[0], args.args[1])? {
        Some(r) => Ok(vm.new_bool(!r)),
        None => Ok(vm.not_implemented()),
    }
}

fn mv_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    if let Some(h) = vm.memoryview_of(me).and_then(|m| m.hash.get()) {
        return Ok(vm.new_int(h));
    }
    let v = live(vm, me)?;
    if !v.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(v.fmt, 'B' | 'b' | 'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = items_bytes(vm, &v)?;
    let tmp = vm.new_bytes(b);
    let h = vm.hash(tmp);
    vm.decref(tmp);
    let h = h?;
    if let Some(m) = vm.memoryview_of(me) {
        m.hash.set(Some(h));
    }
    Ok(vm.new_int(h))
}

fn mv_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let released = vm.memoryview_of(me).is_some_and(|m| m.released);
    let a = vm.heap.address(me);
    let s = if released { format!("<released memory at {a:#x}>") } else { format!("<memory at {a:#x}>") };
    Ok(vm.new_str(s))
}

fn mv_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let v = live(vm, me)?;
    if v.ndim == 0 {
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    vm.incref(me);
    let t = vm.t.memory_iterator;
    Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::GetItem { obj: me, index: 0 }))))
}

fn mv_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = vm.memoryview_of(args.args[0]).map(|m| m.sizeof()).unwrap_or(144);
    Ok(vm.new_int(n as i64))
}

fn mv_reduce(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Err(vm.type_error("cannot pickle 'memoryview' object"))
}

// ----- properties -------------------------------------------------------------

fn p_obj(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    Ok(vm.incref(v.obj))
}
fn p_nbytes(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    Ok(vm.new_int(v.nbytes() as i64))
}
fn p_readonly(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    Ok(vm.new_bool(v.readonly))
}
fn p_itemsize(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    Ok(vm.new_int(v.itemsize as i64))
}
fn p_format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    Ok(vm.new_str(v.fmt.to_string()))
}
fn p_ndim(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    Ok(vm.new_int(v.ndim as i64))
}
fn p_shape(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    let items = if v.ndim == 0 { Vec::new() } else { vec![vm.new_int(v.len as i64)] };
    Ok(vm.new_tuple(items))
}
fn p_strides(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    let items = if v.ndim == 0 { Vec::new() } else { vec![vm.new_int(v.stride as i64)] };
    Ok(vm.new_tuple(items))
}
fn p_suboffsets(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    live(vm, args.args[0])?;
    Ok(vm.new_tuple(Vec::new()))
}
fn p_contiguous(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = live(vm, args.args[0])?;
    Ok(vm.new_bool(v.contiguous()))
}

const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", mv_new),
    MethodDef::method("__len__", mv_len),
    MethodDef::method("__getitem__", mv_getitem),
    MethodDef::method("__setitem__", mv_setitem),
    MethodDef::method("__delitem__", mv_delitem),
    MethodDef::method("__eq__", mv_eq),
    MethodDef::method("__ne__", mv_ne),
    MethodDef::method("__hash__", mv_hash),
    MethodDef::method("__repr__", mv_repr),
    MethodDef::method("__iter__", mv_iter),
    MethodDef::method("__enter__", mv_enter),
    MethodDef::method("__exit__", mv_exit),
    MethodDef::method("__sizeof__", mv_sizeof),
    MethodDef::method("__reduce__", mv_reduce),
    MethodDef::method("__reduce_ex__", mv_reduce),
    MethodDef::method("tobytes", mv_tobytes),
    MethodDef::method("tolist", mv_tolist),
    MethodDef::method("hex", mv_hex),
    MethodDef::method("release", mv_release),
    MethodDef::method("cast", mv_cast),
    MethodDef::method("toreadonly", mv_toreadonly),
];

const PROPS: &[MethodDef] = &[
    MethodDef::method("obj", p_obj),
    MethodDef::method("nbytes", p_nbytes),
    MethodDef::method("readonly", p_readonly),
    MethodDef::method("itemsize", p_itemsize),
    MethodDef::method("format", p_format),
    MethodDef::method("ndim", p_ndim),
    MethodDef::method("shape", p_shape),
    MethodDef::method("strides", p_strides),
    MethodDef::method("suboffsets", p_suboffsets),
    MethodDef::method("c_contiguous", p_contiguous),
    MethodDef::method("f_contiguous", p_contiguous),
    MethodDef::method("contiguous", p_contiguous),
];

/// Creates the memoryview type and puts it in builtins (after builtins exist).
pub fn register(vm: &mut Vm) {
    let o = Some(vm.t.object);
    let t = vm.make_type("memoryview", o, BaseKind::Other, false);
    vm.type_data_mut(t).basicsize = 144;
    vm.add_methods(t, METHODS);
    vm.add_properties(t, PROPS);
    let d = vm.type_dict(t);
    let doc = vm.new_str("Create a new memoryview object which references the given object.");
    vm.dict_set_str(d, "__doc__", doc);
    vm.decref(doc);
    vm.buffers.memoryview_type = Some(t);
    let b = vm.builtins;
    vm.dict_set_str(b, "memoryview", t);
}

#[cfg(test)]
mod tests {
    use crate::types::structseq::tests::run;

    #[test]
    fn exports_block_resizing_until_released_or_freed() {
        let out = run(r#"
b = bytearray(b'abc')
m = memoryview(b)
s = m[1:]
m.release()
try:
    b.append(1)
except BufferError as e:
    print(e)
del s
b.append(100)
with memoryview(b) as v:
    v[0] = 65
b.extend(b'!')
print(b, bytes(memoryview(b)[::2]))
"#);
        assert_eq!(out, "Existing exports of data: object cannot be re-sized\nbytearray(b'Abcd!') b'Ac!'\n");
    }
}
