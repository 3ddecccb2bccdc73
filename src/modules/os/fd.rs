//! File descriptors: the process-wide table of the files pyrite has open
//! (`os.open`, `os.pipe`, `os.dup`, and every `open()`), the descriptor
//! functions of `posix` (`open`, `close`, `read`, `write`, `lseek`, `fstat`,
//! `ftruncate`, `pipe`, `dup`, `isatty`, `fsync`) and the raw file handle type
//! (`_pyrite_file`) that `io.FileIO` wraps.
//!
//! Without `unsafe` pyrite cannot turn a bare descriptor number into a file,
//! so every descriptor it opens is kept here, by number, as an `Arc<File>`.
//! A raw file handle only remembers its number and looks it up for each
//! operation: as in CPython, `os.close(f.fileno())` makes later operations on
//! `f` fail with EBADF, and closing a handle closes exactly the descriptor it
//! was opened with (a `closefd=False` handle never closes it).

use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;
use std::sync::{Arc, Mutex};

use super::{os_error, os_error_errno, path_arg};
use crate::heap::{NativeData, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

const EBADF: i32 = 9;

/// Linux open(2) flags (x86-64 / aarch64 generic values), as `os.O_*`.
pub const O_FLAGS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_ACCMODE", 3),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_NDELAY", 0o4000),
    ("O_DSYNC", 0o10000),
    ("O_SYNC", 0o4010000),
    ("O_DIRECTORY", 0o200000),
    ("O_NOFOLLOW", 0o400000),
    ("O_CLOEXEC", 0o2000000),
];

/// The open descriptors, by number. Process-wide because descriptors are.
static TABLE: Mutex<Option<HashMap<i32, Arc<File>>>> = Mutex::new(None);

fn with_table<R>(f: impl FnOnce(&mut HashMap<i32, Arc<File>>) -> R) -> R {
    let mut g = TABLE.lock().unwrap_or_else(|p| p.into_inner());
    f(g.get_or_insert_with(HashMap::new))
}

/// Keeps `file` open under its descriptor number and returns the number.
pub fn register(file: File) -> i32 {
    let fd = file.as_raw_fd();
    with_table(|t| t.insert(fd, Arc::new(file)));
    fd
}

/// The file open under `fd`, if pyrite opened it.
pub fn lookup(fd: i64) -> Option<Arc<File>> {
    let fd = i32::try_from(fd).ok()?;
    with_table(|t| t.get(&fd).cloned())
}

/// Closes `fd`; false if it was not open.
pub fn unregister(fd: i64) -> bool {
    let Ok(fd) = i32::try_from(fd) else { return false };
    with_table(|t| t.remove(&fd)).is_some()
}

fn file_or_ebadf(vm: &mut Vm, fd: i64) -> PyResult<Arc<File>> {
    lookup(fd).ok_or_else(|| os_error_errno(vm, EBADF, None))
}

fn fd_arg(vm: &mut Vm, x: ObjRef) -> PyResult<i64> {
    if vm.isinstance_type(x, vm.t.float) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    vm.index_value(x)
}

/// Bytes of a bytes-like argument (bytes, bytearray, memoryview via `bytes()`).
fn bytes_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<u8>> {
    match vm.heap.get(x) {
        Payload::Bytes(b) => return Ok(b.to_vec()),
        Payload::ByteArray(b) => return Ok(b.to_vec()),
        _ => {}
    }
    if vm.type_name_of(x) == "memoryview" {
        let b = vm.call_method(x, "tobytes", &[])?;
        let v = match vm.heap.get(b) {
            Payload::Bytes(b) => b.to_vec(),
            _ => Vec::new(),
        };
        vm.decref(b);
        return Ok(v);
    }
    let tn = vm.type_name_of(x);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

/// os.open(path, flags, mode=0o777, *, dir_fd=None)
fn os_open(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.parse_args(args, "open", &["path", "flags", "mode", "dir_fd"], 0, 2)?;
    let (Some(p), Some(fl)) = (a[0], a[1]) else { return Err(vm.type_error("open() missing required argument")) };
    let path = path_arg(vm, p, "open")?;
    let flags = fd_arg(vm, fl)?;
    let mode = match a[2] {
        Some(m) => fd_arg(vm, m)? as u32,
        None => 0o777,
    };
    let mut o = std::fs::OpenOptions::new();
    match flags & 3 {
        0 => o.read(true),
        1 => o.write(true),
        _ => o.read(true).write(true),
    };
    if flags & 0o2000 != 0 {
        o.append(true);
    }
    if flags & 0o100 != 0 {
        if flags & 0o200 != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    if flags & 0o1000 != 0 && flags & 3 != 0 {
        o.truncate(true);
    }
    let known = 3 | 0o100 | 0o200 | 0o1000 | 0o2000;
    o.custom_flags((flags & !known) as i32).mode(mode);
    let f = o.open(&path).map_err(|e| os_error(vm, &e, Some(&path)))?;
    Ok(vm.new_int(register(f) as i64))
}

fn os_close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "close", 1, 1)?;
    let fd = fd_arg(vm, args.args[0])?;
    if (0..=2).contains(&fd) || unregister(fd) {
        return Ok(vm.none());
    }
    Err(os_error_errno(vm, EBADF, None))
}

fn os_read(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "read", 2, 2)?;
    let fd = fd_arg(vm, args.args[0])?;
    let n = vm.index_value(args.args[1])?;
    if n < 0 {
        return Err(os_error_errno(vm, 22, None));
    }
    let mut buf = vec![0u8; n.min(1 << 30) as usize];
    let r = if fd == 0 {
        vm.flush_std();
        crate::modules::thread::allow_threads(vm, || std::io::stdin().lock().read(&mut buf))
    } else {
        let f = file_or_ebadf(vm, fd)?;
        // A pipe read blocks: let other threads run meanwhile.
        crate::modules::thread::allow_threads(vm, || (&*f).read(&mut buf))
    };
    match r {
        Ok(k) => {
            buf.truncate(k);
            Ok(vm.new_bytes(buf))
        }
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn os_write(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "write", 2, 2)?;
    let fd = fd_arg(vm, args.args[0])?;
    let data = bytes_arg(vm, args.args[1])?;
    vm.flush_std();
    let r = match fd {
        1 => std::io::stdout().write_all(&data).and_then(|_| std::io::stdout().flush()),
        2 => std::io::stderr().write_all(&data),
        _ => {
            let f = file_or_ebadf(vm, fd)?;
            (&*f).write_all(&data)
        }
    };
    match r {
        Ok(()) => Ok(vm.new_int(data.len() as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn seek_from(vm: &mut Vm, off: i64, whence: i64) -> PyResult<SeekFrom> {
    Ok(match whence {
        0 if off < 0 => return Err(os_error_errno(vm, 22, None)),
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => return Err(os_error_errno(vm, 22, None)),
    })
}

fn os_lseek(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "lseek", 3, 3)?;
    let fd = fd_arg(vm, args.args[0])?;
    let off = vm.index_value(args.args[1])?;
    let whence = vm.index_value(args.args[2])?;
    let pos = seek_from(vm, off, whence)?;
    let f = file_or_ebadf(vm, fd)?;
    match (&*f).seek(pos) {
        Ok(p) => Ok(vm.new_int(p as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

/// posix.fstat(fd): the same 13 values as posix.stat.
fn os_fstat(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "fstat", 1, 1)?;
    let fd = fd_arg(vm, args.args[0])?;
    let m = match fd {
        0..=2 => std::fs::metadata(format!("/proc/self/fd/{fd}")),
        _ => {
            let f = file_or_ebadf(vm, fd)?;
            f.metadata()
        }
    };
    match m {
        Ok(m) => Ok(super::stat_tuple(vm, &m)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn os_ftruncate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "ftruncate", 2, 2)?;
    let fd = fd_arg(vm, args.args[0])?;
    let len = vm.index_value(args.args[1])?;
    if len < 0 {
        return Err(os_error_errno(vm, 22, None));
    }
    let f = file_or_ebadf(vm, fd)?;
    match f.set_len(len as u64) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn os_fsync(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "fsync", 1, 1)?;
    let fd = match vm.call_method(args.args[0], "fileno", &[]) {
        Ok(r) => {
            let v = vm.index_value(r);
            vm.decref(r);
            v?
        }
        Err(e) => {
            vm.drop_err(e);
            fd_arg(vm, args.args[0])?
        }
    };
    let f = file_or_ebadf(vm, fd)?;
    match f.sync_all() {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn os_pipe(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "pipe", 0, 0)?;
    let (r, w) = std::io::pipe().map_err(|e| os_error(vm, &e, None))?;
    let r = register(File::from(std::os::fd::OwnedFd::from(r)));
    let w = register(File::from(std::os::fd::OwnedFd::from(w)));
    let items = vec![vm.new_int(r as i64), vm.new_int(w as i64)];
    Ok(vm.new_tuple(items))
}

fn os_dup(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "dup", 1, 1)?;
    let fd = fd_arg(vm, args.args[0])?;
    let f = file_or_ebadf(vm, fd)?;
    match f.try_clone() {
        Ok(c) => Ok(vm.new_int(register(c) as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn os_isatty(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "isatty", 1, 1)?;
    let fd = fd_arg(vm, args.args[0])?;
    let t = match fd {
        0 => std::io::IsTerminal::is_terminal(&std::io::stdin()),
        1 => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        2 => std::io::IsTerminal::is_terminal(&std::io::stderr()),
        _ => lookup(fd).is_some_and(|f| std::io::IsTerminal::is_terminal(&*f)),
    };
    Ok(vm.new_bool(t))
}

// ---- Raw file handles for io.FileIO ----

/// An open raw file: its descriptor (None once closed) and whether closing
/// the handle closes the descriptor.
pub struct RawFile {
    fd: Option<i64>,
    closefd: bool,
}

impl NativeData for RawFile {
    fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
}

/// The `_pyrite_file` type, kept in the `posix` module's namespace (so each
/// interpreter has its own).
fn raw_type(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = match vm.sys_modules_get("posix") {
        Some(m) => vm.incref(m),
        None => vm.import_dotted("posix")?,
    };
    let d = vm.module_dict(m);
    let t = vm.dict_get_str(d, "_pyrite_file");
    vm.decref(m);
    t.ok_or_else(|| vm.runtime_error("posix._pyrite_file is missing"))
}

/// _open_raw(path_or_fd, mode, closefd=True) with mode one of r w a x,
/// optionally with '+'. A descriptor must be one pyrite opened (or 0-2).
fn open_raw(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "open_raw", 2, 3)?;
    let mode = vm.str_string(args.args[1])?;
    let closefd = match args.args.get(2) {
        Some(&c) => vm.truthy(c)?,
        None => true,
    };
    let plus = mode.contains('+');
    let mut o = std::fs::OpenOptions::new();
    match mode.chars().next() {
        Some('r') => o.read(true).write(plus),
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let x = args.args[0];
    let fd = if vm.isinstance_type(x, vm.t.int) {
        let fd = vm.index_value(x)?;
        if fd < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
        if lookup(fd).is_none() {
            if !(0..=2).contains(&fd) {
                return Err(os_error_errno(vm, EBADF, None));
            }
            // The standard streams were not opened by pyrite: reach them
            // through /proc (a new descriptor on the same file).
            let f = o.open(format!("/proc/self/fd/{fd}")).map_err(|e| os_error(vm, &e, None))?;
            register(f) as i64
        } else {
            fd
        }
    } else {
        let p = path_arg(vm, x, "open")?;
        let f = o.open(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
        // Opening a directory for reading succeeds in open(2); CPython reports EISDIR.
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(os_error_errno(vm, 21, Some(&p)));
        }
        register(f) as i64
    };
    let t = raw_type(vm)?;
    Ok(vm.alloc(t, Payload::Native(Box::new(RawFile { fd: Some(fd), closefd }))))
}

/// The descriptor of a raw file handle (None once closed).
fn raw_fd(vm: &mut Vm, r: ObjRef) -> PyResult<i64> {
    match vm.heap.get(r) {
        Payload::Native(n) => match n.as_any().downcast_ref::<RawFile>() {
            Some(RawFile { fd: Some(fd), .. }) => Ok(*fd),
            Some(RawFile { fd: None, .. }) => Err(vm.value_error("I/O operation on closed file.")),
            None => Err(vm.type_error("expected a raw file")),
        },
        _ => Err(vm.type_error("expected a raw file")),
    }
}

fn with_file<T>(vm: &mut Vm, r: ObjRef, op: impl FnOnce(&File) -> std::io::Result<T>) -> PyResult<T> {
    let fd = raw_fd(vm, r)?;
    let f = file_or_ebadf(vm, fd)?;
    op(&f).map_err(|e| os_error(vm, &e, None))
}

fn raw_read(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match args.args.get(1) {
        Some(&x) if x != vm.none_obj => vm.index_value(x)?,
        _ => -1,
    };
    let data = with_file(vm, args.args[0], |mut f| {
        let mut buf = Vec::new();
        if n < 0 {
            f.read_to_end(&mut buf)?;
        } else {
            f.take(n as u64).read_to_end(&mut buf)?;
        }
        Ok(buf)
    })?;
    Ok(vm.new_bytes(data))
}

fn raw_write(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "write", 1, 1)?;
    let data = bytes_arg(vm, args.args[1])?;
    let n = data.len();
    with_file(vm, args.args[0], |mut f| f.write_all(&data))?;
    Ok(vm.new_int(n as i64))
}

fn raw_seek(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "seek", 1, 2)?;
    let off = vm.index_value(args.args[1])?;
    let whence = match args.args.get(2) {
        Some(&w) => vm.index_value(w)?,
        None => 0,
    };
    let pos = match whence {
        0 if off < 0 => return Err(vm.value_error(format!("negative seek position {off}"))),
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let p = with_file(vm, args.args[0], |mut f| f.seek(pos))?;
    Ok(vm.new_int(p as i64))
}

fn raw_tell(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = with_file(vm, args.args[0], |mut f| f.stream_position())?;
    Ok(vm.new_int(p as i64))
}

fn raw_truncate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "truncate", 1, 1)?;
    let size = vm.index_value(args.args[1])?;
    if size < 0 {
        return Err(vm.value_error(format!("negative size value {size}")));
    }
    with_file(vm, args.args[0], |f| f.set_len(size as u64))?;
    Ok(vm.new_int(size))
}

fn raw_fileno(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fd = raw_fd(vm, args.args[0])?;
    Ok(vm.new_int(fd))
}

fn raw_isatty(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = with_file(vm, args.args[0], |f| Ok(std::io::IsTerminal::is_terminal(f)))?;
    Ok(vm.new_bool(t))
}

fn raw_close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mut closing = None;
    if let Payload::Native(n) = vm.heap.get_mut(args.args[0]) {
        if let Some(rf) = n.as_any_mut().downcast_mut::<RawFile>() {
            if let Some(fd) = rf.fd.take() {
                if rf.closefd {
                    closing = Some(fd);
                }
            }
        }
    }
    if let Some(fd) = closing {
        unregister(fd);
    }
    Ok(vm.none())
}

const RAW_METHODS: &[MethodDef] = &[
    MethodDef::method("read", raw_read),
    MethodDef::method("write", raw_write),
    MethodDef::method("seek", raw_seek),
    MethodDef::method("tell", raw_tell),
    MethodDef::method("truncate", raw_truncate),
    MethodDef::method("fileno", raw_fileno),
    MethodDef::method("isatty", raw_isatty),
    MethodDef::method("close", raw_close),
];

/// Adds the descriptor functions, the O_* flags and the raw file type to `posix`.
pub fn add_to(vm: &mut Vm, m: ObjRef) {
    vm.add_module_functions(
        m,
        &[
            ("open", os_open),
            ("close", os_close),
            ("read", os_read),
            ("write", os_write),
            ("lseek", os_lseek),
            ("fstat", os_fstat),
            ("ftruncate", os_ftruncate),
            ("fsync", os_fsync),
            ("pipe", os_pipe),
            ("dup", os_dup),
            ("isatty", os_isatty),
            ("_open_raw", open_raw),
        ],
    );
    let d = vm.module_dict(m);
    for &(name, v) in O_FLAGS {
        let o = vm.new_int(v);
        vm.dict_set_str(d, name, o);
        vm.decref(o);
    }
    let t = vm.make_type("_pyrite_file", Some(vm.t.object), crate::heap::BaseKind::Other, false);
    vm.add_methods(t, RAW_METHODS);
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "_pyrite_file", t);
    vm.decref(t);
}
