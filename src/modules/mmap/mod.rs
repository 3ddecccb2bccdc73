//! The `mmap` module: `mmap.mmap(fileno, length, flags, prot, access, offset)`
//! over a real file descriptor (or `-1` for an anonymous map) with CPython
//! 3.11's methods, sequence protocol, repr, constants and error messages.
//! How the bytes are backed is explained in map.rs.

mod map;
mod seq;

use std::cell::OnceCell;

use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::modules::os::{os_error, os_error_errno};
use crate::modules::psutil::procfs;
use crate::types::memoryview::BufferProcs;
use crate::types::MethodDef;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub use map::{MapErr, Mmap};
use seq::{it_next, it_self, mm_delitem, mm_getitem, mm_iter, mm_setitem, module_type};
use map::{ACCESS_COPY, ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE};

const MAP_SHARED: i64 = 1;
const MAP_PRIVATE: i64 = 2;
const PROT_READ: i64 = 1;
const PROT_WRITE: i64 = 2;

impl NativeData for Mmap {
    fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
    /// CPython 3.11's `mmap_object` is 80 bytes (getsizeof adds the GC header).
    fn sizeof(&self) -> usize {
        80
    }
}

fn raise(vm: &mut Vm, e: MapErr) -> PyErr {
    match e {
        MapErr::Closed => vm.value_error("mmap closed or invalid"),
        MapErr::Value(m) => vm.value_error(m),
        MapErr::Index(m) => vm.index_error(m),
        MapErr::Type(m) => vm.type_error(m),
        MapErr::Buffer(m) => {
            let t = vm.t.buffer_error;
            vm.new_error(t, m)
        }
        MapErr::Io(e) => os_error(vm, &e, None),
        MapErr::Errno(n) => os_error_errno(vm, n, None),
    }
}

/// Runs `f` on the map `r` after checking that it is open.
fn with_map<T>(vm: &mut Vm, r: ObjRef, f: impl FnOnce(&mut Mmap) -> map::MapResult<T>) -> PyResult<T> {
    let res = match vm.heap.get_mut(r) {
        Payload::Native(n) => n.as_any_mut().downcast_mut::<Mmap>().map(|m| m.check().and_then(|_| f(m))),
        _ => None,
    };
    match res {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(raise(vm, e)),
        None => {
            let tn = vm.type_name_of(r);
            Err(vm.type_error(format!("descriptor requires a 'mmap.mmap' object but received a '{tn}'")))
        }
    }
}

fn map_ref(vm: &Vm, r: ObjRef) -> Option<&Mmap> {
    match vm.heap.get(r) {
        Payload::Native(n) => n.as_any().downcast_ref::<Mmap>(),
        _ => None,
    }
}

/// A bytes-like argument, or CPython's "a bytes-like object is required".
fn bytes_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<u8>> {
    crate::types::bytes::buf_arg(vm, x)
}

/// `n` (Py_ssize_t) or `None` → default.
fn opt_index(vm: &mut Vm, x: Option<ObjRef>, default: i64) -> PyResult<i64> {
    match x {
        Some(v) if v != vm.none_obj => vm.index_value(v),
        _ => Ok(default),
    }
}

// ---- construction ----

/// Arguments of `mmap()` parsed as CPython's "in|iiiL" format without a
/// function name (hence "function ..." in its messages).
fn parse_new_args(vm: &mut Vm, args: &Args) -> PyResult<[Option<ObjRef>; 6]> {
    const NAMES: [&str; 6] = ["fileno", "length", "flags", "prot", "access", "offset"];
    let pos = args.pos();
    let mut out = [None; 6];
    if pos.len() + args.kwnames.len() > 6 {
        let n = pos.len() + args.kwnames.len();
        return Err(vm.type_error(format!("function takes at most 6 arguments ({n} given)")));
    }
    for (i, &a) in pos.iter().enumerate() {
        out[i] = Some(a);
    }
    for (k, v) in args.kw() {
        let name = vm.as_str(k).unwrap_or("").to_string();
        match NAMES.iter().position(|n| *n == name) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!("argument for function given by name ('{name}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = Some(v),
            None => return Err(vm.type_error(format!("'{name}' is an invalid keyword argument for this function"))),
        }
    }
    for (i, name) in NAMES.iter().enumerate().take(2) {
        if out[i].is_none() {
            return Err(vm.type_error(format!("function missing required argument '{name}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

fn mmap_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let a = parse_new_args(vm, &inner)?;
    let int = |vm: &mut Vm, x: Option<ObjRef>, d: i64| -> PyResult<i64> {
        match x {
            Some(v) => vm.index_value(v),
            None => Ok(d),
        }
    };
    let fd = int(vm, a[0], 0)?;
    let length = int(vm, a[1], 0)?;
    let mut flags = int(vm, a[2], MAP_SHARED)?;
    let mut prot = int(vm, a[3], PROT_WRITE | PROT_READ)?;
    let mut access = int(vm, a[4], ACCESS_DEFAULT)?;
    let offset = int(vm, a[5], 0)?;
    if length < 0 {
        return Err(vm.overflow_error("memory mapped length must be positive"));
    }
    if offset < 0 {
        return Err(vm.overflow_error("memory mapped offset must be positive"));
    }
    if access != ACCESS_DEFAULT && (flags != MAP_SHARED || prot != (PROT_WRITE | PROT_READ)) {
        return Err(vm.value_error("mmap can't specify both access and flags, prot."));
    }
    match access {
        ACCESS_READ => (flags, prot) = (MAP_SHARED, PROT_READ),
        ACCESS_WRITE => (flags, prot) = (MAP_SHARED, PROT_READ | PROT_WRITE),
        ACCESS_COPY => (flags, prot) = (MAP_PRIVATE, PROT_READ | PROT_WRITE),
        ACCESS_DEFAULT => {
            if prot & PROT_READ != 0 && prot & PROT_WRITE != 0 {
            } else if prot & PROT_WRITE != 0 {
                access = ACCESS_WRITE;
            } else {
                access = ACCESS_READ;
            }
        }
        _ => return Err(vm.value_error("mmap invalid access parameter.")),
    }
    let private = flags & MAP_PRIVATE != 0 && flags & MAP_SHARED == 0;
    let page = procfs::page_size() as i64;
    let mut m = Mmap { closed: false, file: None, private: None, len: length as usize, pos: 0, offset: offset as u64, access, snapshot: OnceCell::new(), dirty: false };
    if fd == -1 {
        // Anonymous memory: zero-filled, owned here.
        if length == 0 || offset % page != 0 {
            return Err(os_error_errno(vm, 22, None));
        }
        m.private = Some(vec![0u8; length as usize]);
    } else {
        let path = format!("/proc/self/fd/{fd}");
        let meta = if fd >= 0 { std::fs::metadata(&path).ok() } else { None };
        if let Some(st) = &meta {
            if st.is_file() {
                let size = st.len() as i64;
                if length == 0 {
                    if size == 0 {
                        return Err(vm.value_error("cannot mmap an empty file"));
                    }
                    if offset >= size {
                        return Err(vm.value_error("mmap offset is greater than file size"));
                    }
                    m.len = (size - offset) as usize;
                } else if offset > size || size - offset < length {
                    return Err(vm.value_error("mmap length is greater than file size"));
                }
            }
        }
        // dup(fd): the descriptor must exist.
        let (Some(st), Some(mode)) = (meta, procfs::fd_access_mode(fd)) else {
            return Err(os_error_errno(vm, 9, None));
        };
        // What mmap(2) checks: a readable descriptor, writable too for a
        // shared writable map; offsets on page boundaries; files only.
        let readable = mode == 0 || mode == 2;
        let shared_write = !private && prot & PROT_WRITE != 0;
        if !readable || (shared_write && mode != 2) {
            return Err(os_error_errno(vm, 13, None));
        }
        if offset % page != 0 || m.len == 0 {
            return Err(os_error_errno(vm, 22, None));
        }
        if !st.is_file() {
            return Err(os_error_errno(vm, 19, None));
        }
        let file = std::fs::OpenOptions::new().read(true).write(shared_write).open(&path);
        let file = match file {
            Ok(f) => f,
            Err(e) => return Err(os_error(vm, &e, None)),
        };
        m.file = Some(file);
        if private {
            // Copy-on-write: this map's own copy of the file's bytes.
            let bytes = m.read_range(0, m.len).map_err(|e| raise(vm, e))?;
            m.private = Some(bytes);
        }
    }
    Ok(vm.alloc(cls, Payload::Native(Box::new(m))))
}

// ---- methods ----

fn mm_close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "close", 0, 0)?;
    let me = args.args[0];
    let open = map_ref(vm, me).is_some_and(|m| !m.closed);
    if open && vm.buffer_exports(me) > 0 {
        let t = vm.t.buffer_error;
        return Err(vm.new_error(t, "cannot close exported pointers exist"));
    }
    if open {
        with_map(vm, me, |m| {
            m.close();
            Ok(())
        })?;
    }
    Ok(vm.none())
}

fn mm_closed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let closed = map_ref(vm, args.args[0]).is_none_or(|m| m.closed);
    Ok(vm.new_bool(closed))
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 3)?;
    let me = args.args[0];
    let sub = bytes_arg(vm, args.args[1])?;
    let (pos, len) = match map_ref(vm, me) {
        Some(m) => (m.pos as i64, m.len as i64),
        None => (0, 0),
    };
    let start = opt_index(vm, args.args.get(2).copied(), pos)?;
    let end = opt_index(vm, args.args.get(3).copied(), len)?;
    let r = with_map(vm, me, |m| m.find(&sub, start, end, reverse))?;
    Ok(vm.new_int(r))
}

fn mm_find(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    find_impl(vm, args, "find", false)
}

fn mm_rfind(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    find_impl(vm, args, "rfind", true)
}

fn mm_flush(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "flush", 0, 2)?;
    let me = args.args[0];
    let offset = opt_index(vm, args.args.get(1).copied(), 0)?;
    let len = map_ref(vm, me).map_or(0, |m| m.len as i64);
    let size = opt_index(vm, args.args.get(2).copied(), len)?;
    with_map(vm, me, |m| {
        if size < 0 || offset < 0 || (m.len as i64) - offset < size {
            return Err(MapErr::Value("flush values out of range"));
        }
        m.flush()
    })?;
    Ok(vm.none())
}

fn mm_madvise(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "madvise", 1, 3)?;
    let me = args.args[0];
    let option = vm.index_value(args.args[1])?;
    let start = opt_index(vm, args.args.get(2).copied(), 0)?;
    let len = map_ref(vm, me).map_or(0, |m| m.len as i64);
    let length = opt_index(vm, args.args.get(3).copied(), len)?;
    with_map(vm, me, |m| {
        if start < 0 || start >= m.len as i64 {
            return Err(MapErr::Value("madvise start out of bounds"));
        }
        if length < 0 {
            return Err(MapErr::Value("madvise length invalid"));
        }
        // The advice values madvise(2) accepts on Linux; the hint itself has
        // nothing to act on in a pread/pwrite-backed map.
        if !matches!(option, 0..=4 | 8..=25 | 100 | 101) {
            return Err(MapErr::Errno(22));
        }
        Ok(())
    })?;
    Ok(vm.none())
}

fn mm_move(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "move", 3, 3)?;
    let dest = vm.index_value(args.args[1])?;
    let src = vm.index_value(args.args[2])?;
    let cnt = vm.index_value(args.args[3])?;
    with_map(vm, args.args[0], |m| {
        m.writable()?;
        let size = m.len as i64;
        if dest < 0 || src < 0 || cnt < 0 || size - dest < cnt || size - src < cnt {
            return Err(MapErr::Value("source, destination, or count out of range"));
        }
        let data = m.read_range(src as usize, (src + cnt) as usize)?;
        m.write_range(dest as usize, &data)
    })?;
    Ok(vm.none())
}

fn mm_read(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "read", 0, 1)?;
    let me = args.args[0];
    with_map(vm, me, |_| Ok(()))?;
    let n = match args.args.get(1) {
        Some(&x) if x != vm.none_obj => {
            if vm.lookup(vm.ty(x), vm.n.__index__).is_none() {
                let tn = vm.type_name_of(x);
                return Err(vm.type_error(format!("argument should be integer or None, not '{tn}'")));
            }
            vm.index_value(x)?
        }
        _ => i64::MAX,
    };
    let data = with_map(vm, me, |m| {
        let remaining = m.len.saturating_sub(m.pos);
        let n = if n < 0 || n as u64 > remaining as u64 { remaining } else { n as usize };
        let d = m.read_range(m.pos, m.pos + n)?;
        m.pos += n;
        Ok(d)
    })?;
    Ok(vm.new_bytes(data))
}

fn mm_read_byte(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "read_byte", 0, 0)?;
    let b = with_map(vm, args.args[0], |m| {
        if m.pos >= m.len {
            return Err(MapErr::Value("read byte out of range"));
        }
        let b = m.byte(m.pos)?;
        m.pos += 1;
        Ok(b)
    })?;
    Ok(vm.new_int(b as i64))
}

fn mm_readline(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "readline", 0, 0)?;
    let line = with_map(vm, args.args[0], |m| {
        let start = m.pos.min(m.len);
        // Read in blocks until a newline (the map may be a large file).
        let mut end = start;
        let mut out = Vec::new();
        while end < m.len {
            let stop = (end + 8192).min(m.len);
            let block = m.read_range(end, stop)?;
            if let Some(i) = block.iter().position(|&c| c == b'\n') {
                out.extend_from_slice(&block[..=i]);
                end += i + 1;
                m.pos = end;
                return Ok(out);
            }
            out.extend_from_slice(&block);
            end = stop;
        }
        m.pos = end.max(m.pos);
        Ok(out)
    })?;
    Ok(vm.new_bytes(line))
}

fn mm_resize(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "resize", 1, 1)?;
    let me = args.args[0];
    let n = vm.index_value(args.args[1])?;
    with_map(vm, me, |_| Ok(()))?;
    if vm.buffer_exports(me) > 0 {
        let t = vm.t.buffer_error;
        return Err(vm.new_error(t, "mmap can't resize with extant buffers exported."));
    }
    with_map(vm, me, |m| {
        if m.access != ACCESS_WRITE && m.access != ACCESS_DEFAULT {
            return Err(MapErr::Type("mmap can't resize a readonly or copy-on-write memory map."));
        }
        if n < 0 || (i64::MAX - n) < m.offset as i64 {
            return Err(MapErr::Value("new size out of range"));
        }
        m.resize(n as usize)
    })?;
    Ok(vm.none())
}

fn mm_seek(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "seek", 1, 2)?;
    let dist = vm.index_value(args.args[1])?;
    let how = match args.args.get(2) {
        Some(&h) => vm.index_value(h)?,
        None => 0,
    };
    with_map(vm, args.args[0], |m| {
        let size = m.len as i64;
        let base = match how {
            0 => 0,
            1 => m.pos as i64,
            2 => size,
            _ => return Err(MapErr::Value("unknown seek type")),
        };
        let target = base.checked_add(dist).filter(|&w| (0..=size).contains(&w));
        match target {
            Some(w) => {
                m.pos = w as usize;
                Ok(())
            }
            None => Err(MapErr::Value("seek out of range")),
        }
    })?;
    Ok(vm.none())
}

fn mm_size(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "size", 0, 0)?;
    let n = with_map(vm, args.args[0], |m| m.file_size())?;
    Ok(vm.new_int(n as i64))
}

fn mm_tell(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "tell", 0, 0)?;
    let p = with_map(vm, args.args[0], |m| Ok(m.pos))?;
    Ok(vm.new_int(p as i64))
}

fn mm_write(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "write", 1, 1)?;
    let me = args.args[0];
    with_map(vm, me, |_| Ok(()))?;
    let data = bytes_arg(vm, args.args[1])?;
    let n = with_map(vm, me, |m| {
        m.writable()?;
        if m.pos > m.len || m.len - m.pos < data.len() {
            return Err(MapErr::Value("data out of range"));
        }
        m.write_range(m.pos, &data)?;
        m.pos += data.len();
        Ok(data.len())
    })?;
    Ok(vm.new_int(n as i64))
}

fn mm_write_byte(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "write_byte", 1, 1)?;
    let v = vm.index_value(args.args[1])?;
    if v < 0 {
        return Err(vm.overflow_error("unsigned byte integer is less than minimum"));
    }
    if v > 255 {
        return Err(vm.overflow_error("unsigned byte integer is greater than maximum"));
    }
    with_map(vm, args.args[0], |m| {
        m.writable()?;
        if m.pos >= m.len {
            return Err(MapErr::Value("write byte out of range"));
        }
        m.write_range(m.pos, &[v as u8])?;
        m.pos += 1;
        Ok(())
    })?;
    Ok(vm.none())
}

fn mm_enter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    with_map(vm, args.args[0], |_| Ok(()))?;
    Ok(vm.incref(args.args[0]))
}

fn mm_exit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = [args.args[0]];
    let r = mm_close(vm, &Args { args: &me, kwnames: &[] })?;
    vm.decref(r);
    Ok(vm.none())
}

fn mm_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = with_map(vm, args.args[0], |m| Ok(m.len))?;
    Ok(vm.new_int(n as i64))
}

fn mm_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let ty = vm.ty(me);
    let base = module_type(vm, "mmap")?;
    let name = if ty == base { "mmap.mmap".to_string() } else { vm.type_name(ty) };
    let s = match map_ref(vm, me) {
        Some(m) if !m.closed => {
            let access = ["ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"][m.access.clamp(0, 3) as usize];
            format!("<{name} closed=False, access={access}, length={}, pos={}, offset={}>", m.len, m.pos, m.offset)
        }
        _ => format!("<{name} closed=True>"),
    };
    Ok(vm.new_str(s))
}

fn mm_sizeof(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_int(80))
}

const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", mmap_new),
    MethodDef::method("close", mm_close),
    MethodDef::method("find", mm_find),
    MethodDef::method("rfind", mm_rfind),
    MethodDef::method("flush", mm_flush),
    MethodDef::method("madvise", mm_madvise),
    MethodDef::method("move", mm_move),
    MethodDef::method("read", mm_read),
    MethodDef::method("read_byte", mm_read_byte),
    MethodDef::method("readline", mm_readline),
    MethodDef::method("resize", mm_resize),
    MethodDef::method("seek", mm_seek),
    MethodDef::method("size", mm_size),
    MethodDef::method("tell", mm_tell),
    MethodDef::method("write", mm_write),
    MethodDef::method("write_byte", mm_write_byte),
    MethodDef::method("__enter__", mm_enter),
    MethodDef::method("__exit__", mm_exit),
    MethodDef::method("__len__", mm_len),
    MethodDef::method("__getitem__", mm_getitem),
    MethodDef::method("__setitem__", mm_setitem),
    MethodDef::method("__delitem__", mm_delitem),
    MethodDef::method("__iter__", mm_iter),
    MethodDef::method("__repr__", mm_repr),
    MethodDef::method("__sizeof__", mm_sizeof),
];

// ---- buffer protocol (memoryview(m), bytes(m), b"".join([m]) …) ----

fn buf_bytes(vm: &Vm, r: ObjRef) -> Option<&[u8]> {
    map_ref(vm, r)?.buffer()
}

fn buf_bytes_mut(vm: &mut Vm, r: ObjRef) -> Option<&mut [u8]> {
    match vm.heap.get_mut(r) {
        Payload::Native(n) => n.as_any_mut().downcast_mut::<Mmap>()?.buffer_mut(),
        _ => None,
    }
}

static MMAP_BUFFER: BufferProcs = BufferProcs { bytes: buf_bytes, bytes_mut: Some(buf_bytes_mut) };

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("mmap");
    let d = vm.module_dict(m);
    let modname = vm.new_str("mmap");

    let t = vm.make_type("mmap", Some(vm.t.object), BaseKind::Other, true);
    let td = vm.type_dict(t);
    vm.dict_set_str(td, "__module__", modname);
    vm.add_methods(t, METHODS);
    vm.add_properties(t, &[MethodDef::method("closed", mm_closed)]);
    vm.register_buffer_type(t, &MMAP_BUFFER);
    vm.dict_set_str(d, "mmap", t);
    vm.decref(t);

    let it = vm.make_type("iterator", Some(vm.t.object), BaseKind::Other, false);
    vm.add_methods(it, &[MethodDef::method("__iter__", it_self), MethodDef::method("__next__", it_next)]);
    vm.dict_set_str(d, "_iterator", it);
    vm.decref(it);
    vm.decref(modname);

    let os_error = vm.t.os_error;
    vm.dict_set_str(d, "error", os_error);
    let page = procfs::page_size() as i64;
    let consts: &[(&str, i64)] = &[
        ("ACCESS_DEFAULT", ACCESS_DEFAULT),
        ("ACCESS_READ", ACCESS_READ),
        ("ACCESS_WRITE", ACCESS_WRITE),
        ("ACCESS_COPY", ACCESS_COPY),
        ("ALLOCATIONGRANULARITY", page),
        ("PAGESIZE", page),
        ("MAP_SHARED", MAP_SHARED),
        ("MAP_PRIVATE", MAP_PRIVATE),
        ("MAP_ANON", 32),
        ("MAP_ANONYMOUS", 32),
        ("MAP_DENYWRITE", 2048),
        ("MAP_EXECUTABLE", 4096),
        ("MAP_POPULATE", 32768),
        ("MAP_STACK", 131072),
        ("PROT_READ", PROT_READ),
        ("PROT_WRITE", PROT_WRITE),
        ("PROT_EXEC", 4),
        ("MADV_NORMAL", 0),
        ("MADV_RANDOM", 1),
        ("MADV_SEQUENTIAL", 2),
        ("MADV_WILLNEED", 3),
        ("MADV_DONTNEED", 4),
        ("MADV_FREE", 8),
        ("MADV_REMOVE", 9),
        ("MADV_DONTFORK", 10),
        ("MADV_DOFORK", 11),
        ("MADV_MERGEABLE", 12),
        ("MADV_UNMERGEABLE", 13),
        ("MADV_HUGEPAGE", 14),
        ("MADV_NOHUGEPAGE", 15),
        ("MADV_DONTDUMP", 16),
        ("MADV_DODUMP", 17),
        ("MADV_HWPOISON", 100),
    ];
    for &(name, v) in consts {
        let o = vm.new_int(v);
        vm.dict_set_str(d, name, o);
        vm.decref(o);
    }
    Ok(m)
}
