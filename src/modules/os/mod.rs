//! The native `posix` module: the system calls under `os`, `os.path` and
//! `io` (whose Python halves are `os.py`, `path.py` and `../io/io.py`, embedded
//! by `modules::stdlib`). Also the OSError-by-errno mapping (`os_error`) and
//! the raw file handle type (`_pyrite_file`) that `io`'s FileIO wraps.

use std::any::Any;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};

use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// `strerror(errno)` as the C library words it.
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError subclass CPython picks for an errno.
fn error_class(vm: &Vm, errno: i32) -> ObjRef {
    match errno {
        2 => vm.t.file_not_found_error,
        17 => vm.t.file_exists_error,
        21 => vm.t.is_a_directory_error,
        20 => vm.t.not_a_directory_error,
        1 | 13 => vm.t.permission_error,
        4 => vm.t.interrupted_error,
        32 => vm.t.broken_pipe_error,
        11 | 114 | 115 => vm.t.blocking_io_error,
        10 => vm.t.child_process_error,
        3 => vm.t.process_lookup_error,
        110 => vm.t.timeout_error,
        _ => vm.t.os_error,
    }
}

/// An OSError (subclass chosen by errno) for a failed system call on `filename`.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        let t = vm.t.os_error;
        return vm.new_error(t, e.to_string());
    };
    os_error_errno(vm, errno, filename)
}

pub fn os_error_errno(vm: &mut Vm, errno: i32, filename: Option<&str>) -> PyErr {
    let ty = error_class(vm, errno);
    let n = vm.new_int(errno as i64);
    let s = vm.new_str(strerror(errno));
    let mut a = vec![n, s];
    if let Some(f) = filename {
        a.push(vm.new_str(f));
    }
    let e = vm.new_error_obj(ty, &a);
    // Set the attributes directly: the exception may be created without running `__init__`.
    let none = vm.none_obj;
    let fname = a.get(2).copied().unwrap_or(none);
    for (k, v) in [("errno", a[0]), ("strerror", a[1]), ("filename", fname), ("filename2", none)] {
        if let Err(err) = vm.setattr_str(e.exc, k, v) {
            vm.drop_err(err);
        }
    }
    for x in a {
        vm.decref(x);
    }
    e
}

/// A path argument: str, bytes, or an object with `__fspath__`.
pub fn path_arg(vm: &mut Vm, x: ObjRef, fname: &str) -> PyResult<String> {
    if let Some(s) = vm.as_str(x) {
        return Ok(s.to_string());
    }
    if let Payload::Bytes(b) = vm.heap.get(x) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    match vm.call_method(x, "__fspath__", &[]) {
        Ok(r) => {
            let s = vm.as_str(r).map(|s| s.to_string());
            vm.decref(r);
            s.ok_or_else(|| vm.type_error("expected __fspath__() to return str or bytes"))
        }
        Err(e) if vm.err_matches(&e, vm.t.attribute_error) => {
            vm.drop_err(e);
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("{fname}: path should be string, bytes or os.PathLike, not {tn}")))
        }
        Err(e) => Err(e),
    }
}

fn arg_path(vm: &mut Vm, args: &Args, fname: &str, min: usize, max: usize) -> PyResult<String> {
    vm.check_args(args, fname, min, max)?;
    let x = args.args[0];
    path_arg(vm, x, fname)
}

fn none_or<T>(vm: &mut Vm, r: std::io::Result<T>, path: &str) -> PyResult<ObjRef> {
    match r {
        Ok(_) => Ok(vm.none()),
        Err(e) => Err(os_error(vm, &e, Some(path))),
    }
}

fn getpid(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_int(std::process::id() as i64))
}

fn getcwd(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.display().to_string())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn chdir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = arg_path(vm, args, "chdir", 1, 1)?;
    let r = std::env::set_current_dir(&p);
    none_or(vm, r, &p)
}

fn listdir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "listdir", 0, 1)?;
    let p = match args.args.first() {
        Some(&x) if x != vm.none_obj => path_arg(vm, x, "listdir")?,
        _ => ".".to_string(),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    let mut names = Vec::new();
    for ent in rd {
        match ent {
            Ok(ent) => names.push(ent.file_name().to_string_lossy().into_owned()),
            Err(e) => return Err(os_error(vm, &e, Some(&p))),
        }
    }
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

fn mkdir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.parse_args(args, "mkdir", &["path", "mode"], 0, 1)?;
    let p = path_arg(vm, a[0].unwrap_or(vm.none_obj), "mkdir")?;
    let mode = match a[1] {
        Some(m) => vm.index_value(m)? as u32,
        None => 0o777,
    };
    let mut b = std::fs::DirBuilder::new();
    std::os::unix::fs::DirBuilderExt::mode(&mut b, mode);
    let r = b.create(&p);
    none_or(vm, r, &p)
}

fn rmdir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = arg_path(vm, args, "rmdir", 1, 1)?;
    let r = std::fs::remove_dir(&p);
    none_or(vm, r, &p)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = arg_path(vm, args, "remove", 1, 1)?;
    // unlink(2) on a directory reports EISDIR on Linux.
    if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) {
        return Err(os_error_errno(vm, 21, Some(&p)));
    }
    let r = std::fs::remove_file(&p);
    none_or(vm, r, &p)
}

fn rename(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "rename", 2, 2)?;
    let a = path_arg(vm, args.args[0], "rename")?;
    let b = path_arg(vm, args.args[1], "rename")?;
    match std::fs::rename(&a, &b) {
        Ok(()) => Ok(vm.none()),
        Err(e) => {
            let err = os_error(vm, &e, Some(&a));
            let f2 = vm.new_str(b);
            let _ = vm.setattr_str(err.exc, "filename2", f2);
            vm.decref(f2);
            Err(err)
        }
    }
}

fn time_f(secs: i64, nsec: i64) -> f64 {
    secs as f64 + nsec as f64 * 1e-9
}

/// stat(path, follow) → (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, atime_ns, mtime_ns, ctime_ns).
fn do_stat(vm: &mut Vm, args: &Args, name: &str, follow: bool) -> PyResult<ObjRef> {
    let p = arg_path(vm, args, name, 1, 1)?;
    let m = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
    let m = m.map_err(|e| os_error(vm, &e, Some(&p)))?;
    let ns = |s: i64, n: i64| vm_bigns(s, n);
    let ints = [m.mode() as i64, m.ino() as i64, m.dev() as i64, m.nlink() as i64, m.uid() as i64, m.gid() as i64, m.size() as i64];
    let mut items: Vec<ObjRef> = ints.iter().map(|&i| vm.new_int(i)).collect();
    for (s, n) in [(m.atime(), m.atime_nsec()), (m.mtime(), m.mtime_nsec()), (m.ctime(), m.ctime_nsec())] {
        items.push(vm.new_float(time_f(s, n)));
    }
    for (s, n) in [(m.atime(), m.atime_nsec()), (m.mtime(), m.mtime_nsec()), (m.ctime(), m.ctime_nsec())] {
        let v = ns(s, n);
        items.push(vm.new_int(v));
    }
    Ok(vm.new_tuple(items))
}

fn vm_bigns(s: i64, n: i64) -> i64 {
    s.saturating_mul(1_000_000_000).saturating_add(n)
}

fn stat(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    do_stat(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    do_stat(vm, args, "lstat", false)
}

fn readlink(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = arg_path(vm, args, "readlink", 1, 1)?;
    match std::fs::read_link(&p) {
        Ok(t) => Ok(vm.new_str(t.display().to_string())),
        Err(e) => Err(os_error(vm, &e, Some(&p))),
    }
}

fn chmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "chmod", 2, 2)?;
    let p = path_arg(vm, args.args[0], "chmod")?;
    let mode = vm.index_value(args.args[1])? as u32;
    let r = std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode));
    none_or(vm, r, &p)
}

fn environ(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().into_owned());
        let v = vm.new_str(v.to_string_lossy().into_owned());
        let r = vm.dict_set_item(d, k, v);
        vm.decref(k);
        vm.decref(v);
        r?;
    }
    Ok(d)
}

fn putenv(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "putenv", 2, 2)?;
    let k = vm.str_string(args.args[0])?;
    let v = vm.str_string(args.args[1])?;
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::set_var(k, v);
    Ok(vm.none())
}

fn unsetenv(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "unsetenv", 1, 1)?;
    let k = vm.str_string(args.args[0])?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(vm.none())
}

fn urandom(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "urandom", 1, 1)?;
    let n = vm.index_value(args.args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if let Err(e) = r {
        return Err(os_error(vm, &e, None));
    }
    Ok(vm.new_bytes(buf))
}

fn cpu_count(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    match std::thread::available_parallelism() {
        Ok(n) => Ok(vm.new_int(n.get() as i64)),
        Err(_) => Ok(vm.none()),
    }
}

fn py_strerror(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "strerror", 1, 1)?;
    let n = vm.index_value(args.args[0])?;
    Ok(vm.new_str(strerror(n as i32)))
}

fn write_fd(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "write", 2, 2)?;
    let fd = vm.index_value(args.args[0])?;
    let data = match vm.heap.get(args.args[1]) {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.to_vec(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
    };
    vm.flush_std();
    let r = match fd {
        1 => std::io::stdout().write_all(&data).and_then(|_| std::io::stdout().flush()),
        2 => std::io::stderr().write_all(&data),
        _ => return Err(os_error_errno(vm, 9, None)),
    };
    match r {
        Ok(()) => Ok(vm.new_int(data.len() as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

// ---- Raw file handles for io.FileIO ----

/// An open file (None once closed).
pub struct RawFile {
    pub f: Option<File>,
}

impl NativeData for RawFile {
    fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
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

/// open_raw(path, mode) with mode one of r w a x, optionally with '+'.
fn open_raw(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "open_raw", 2, 2)?;
    let p = path_arg(vm, args.args[0], "open")?;
    let mode = vm.str_string(args.args[1])?;
    let plus = mode.contains('+');
    let mut o = std::fs::OpenOptions::new();
    match mode.chars().next() {
        Some('r') => o.read(true).write(plus),
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
    };
    let f = o.open(&p).map_err(|e| os_error(vm, &e, Some(&p)))?;
    // Opening a directory for reading succeeds in open(2); CPython reports EISDIR.
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(os_error_errno(vm, 21, Some(&p)));
    }
    let t = raw_type(vm)?;
    Ok(vm.alloc(t, Payload::Native(Box::new(RawFile { f: Some(f) }))))
}

fn with_file<T>(vm: &mut Vm, r: ObjRef, op: impl FnOnce(&mut File) -> std::io::Result<T>) -> PyResult<T> {
    let res = match vm.heap.get_mut(r) {
        Payload::Native(n) => match n.as_any_mut().downcast_mut::<RawFile>() {
            Some(RawFile { f: Some(f) }) => Some(op(f)),
            Some(RawFile { f: None }) => return Err(vm.value_error("I/O operation on closed file.")),
            None => None,
        },
        _ => None,
    };
    match res {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(os_error(vm, &e, None)),
        None => Err(vm.type_error("expected a raw file")),
    }
}

fn raw_read(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match args.args.get(1) {
        Some(&x) if x != vm.none_obj => vm.index_value(x)?,
        _ => -1,
    };
    let data = with_file(vm, args.args[0], |f| {
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
    let data = match vm.heap.get(args.args[1]) {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.to_vec(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
    };
    let n = data.len();
    with_file(vm, args.args[0], |f| f.write_all(&data))?;
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
    let p = with_file(vm, args.args[0], |f| f.seek(pos))?;
    Ok(vm.new_int(p as i64))
}

fn raw_tell(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = with_file(vm, args.args[0], |f| f.stream_position())?;
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
    let fd = with_file(vm, args.args[0], |f| Ok(std::os::fd::AsRawFd::as_raw_fd(f)))?;
    Ok(vm.new_int(fd as i64))
}

fn raw_isatty(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = with_file(vm, args.args[0], |f| Ok(std::io::IsTerminal::is_terminal(&*f)))?;
    Ok(vm.new_bool(t))
}

fn raw_close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if let Payload::Native(n) = vm.heap.get_mut(args.args[0]) {
        if let Some(rf) = n.as_any_mut().downcast_mut::<RawFile>() {
            rf.f = None;
        }
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

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("posix");
    vm.add_module_functions(
        m,
        &[
            ("getpid", getpid),
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("unlink", remove),
            ("rename", rename),
            ("replace", rename),
            ("stat", stat),
            ("lstat", lstat),
            ("readlink", readlink),
            ("chmod", chmod),
            ("_environ", environ),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("urandom", urandom),
            ("cpu_count", cpu_count),
            ("strerror", py_strerror),
            ("write", write_fd),
            ("_open_raw", open_raw),
        ],
    );
    let t = vm.make_type("_pyrite_file", Some(vm.t.object), BaseKind::Other, false);
    vm.add_methods(t, RAW_METHODS);
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "_pyrite_file", t);
    vm.decref(t);
    Ok(m)
}
