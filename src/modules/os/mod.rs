//! The native `posix` module: the system calls under `os`, `os.path` and
//! `io` (whose Python halves are `os.py`, `path.py` and `../io/io.py`, embedded
//! by `modules::stdlib`). Also the OSError-by-errno mapping (`os_error`) and
//! the raw file handle type (`_pyrite_file`) that `io`'s FileIO wraps.

mod fd;
mod fsinfo;

use std::os::unix::fs::{MetadataExt, PermissionsExt};

use crate::heap::{ObjRef, Payload};
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
    let s = path_arg_text(vm, x, fname)?;
    // The OS cannot take a NUL inside a path; CPython refuses it up front.
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(s)
}

fn path_arg_text(vm: &mut Vm, x: ObjRef, fname: &str) -> PyResult<String> {
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
    // listdir(bytes) names the entries with bytes.
    let as_bytes = args.args.first().is_some_and(|&x| matches!(vm.heap.get(x), Payload::Bytes(_)));
    let items = names.into_iter().map(|n| if as_bytes { vm.new_bytes(n.into_bytes()) } else { vm.new_str(n) }).collect();
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
    Ok(stat_tuple(vm, &m))
}

/// The 13 values `posix.stat` returns, from a file's metadata.
pub(crate) fn stat_tuple(vm: &mut Vm, m: &std::fs::Metadata) -> ObjRef {
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
    vm.new_tuple(items)
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

/// `chown(path, uid, gid)` / `lchown`: -1 leaves that id unchanged.
fn chown_impl(vm: &mut Vm, args: &Args, name: &str, follow: bool) -> PyResult<ObjRef> {
    vm.check_args(args, name, 3, 3)?;
    let p = path_arg(vm, args.args[0], name)?;
    let mut ids = [None, None];
    for (slot, &x) in ids.iter_mut().zip(&args.args[1..3]) {
        let v = vm.index_value(x)?;
        if v != -1 {
            *slot = Some(u32::try_from(v).map_err(|_| vm.overflow_error("uid/gid out of range"))?);
        }
    }
    let r = if follow {
        std::os::unix::fs::chown(&p, ids[0], ids[1])
    } else {
        std::os::unix::fs::lchown(&p, ids[0], ids[1])
    };
    none_or(vm, r, &p)
}

fn chown(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    chown_impl(vm, args, "chown", true)
}

fn lchown(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    chown_impl(vm, args, "lchown", false)
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
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
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

fn symlink(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "symlink", 2, 3)?;
    let src = path_arg(vm, args.args[0], "symlink")?;
    let dst = path_arg(vm, args.args[1], "symlink")?;
    match std::os::unix::fs::symlink(&src, &dst) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(os_error2(vm, &e, &src, &dst)),
    }
}

fn link(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "link", 2, 2)?;
    let src = path_arg(vm, args.args[0], "link")?;
    let dst = path_arg(vm, args.args[1], "link")?;
    match std::fs::hard_link(&src, &dst) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(os_error2(vm, &e, &src, &dst)),
    }
}

/// An OSError naming two paths (`[Errno 17] File exists: 'a' -> 'b'`).
fn os_error2(vm: &mut Vm, e: &std::io::Error, src: &str, dst: &str) -> PyErr {
    let err = os_error(vm, e, Some(src));
    let d = vm.new_str(dst);
    if let Err(x) = vm.setattr_str(err.exc, "filename2", d) {
        vm.drop_err(x);
    }
    vm.decref(d);
    err
}

/// truncate(path_or_fd, length)
fn truncate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "truncate", 2, 2)?;
    let len = vm.index_value(args.args[1])?;
    let p = path_arg(vm, args.args[0], "truncate")?;
    if len < 0 {
        return Err(os_error_errno(vm, 22, Some(&p)));
    }
    let r = std::fs::OpenOptions::new().write(true).open(&p).and_then(|f| f.set_len(len as u64));
    none_or(vm, r, &p)
}

/// utime(path, times=None, *, ns=None): times as (atime, mtime) seconds.
fn utime(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.parse_args(args, "utime", &["path", "times", "ns", "dir_fd", "follow_symlinks"], 0, 1)?;
    let Some(pobj) = a[0] else { return Err(vm.type_error("utime() missing required argument 'path' (pos 1)")) };
    let p = path_arg(vm, pobj, "utime")?;
    let to_time = |secs: f64| std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(secs.max(0.0));
    let (at, mt) = match (a[1].filter(|&t| t != vm.none_obj), a[2]) {
        (Some(_), Some(_)) => {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
        }
        (Some(t), None) => {
            let items = vm.tuple_items(t).map(|s| s.to_vec());
            let Some(items) = items.filter(|v| v.len() == 2) else {
                return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
            };
            let f0 = crate::types::float::float_of(vm, items[0])?;
            let f1 = crate::types::float::float_of(vm, items[1])?;
            (to_time(f0), to_time(f1))
        }
        (None, Some(n)) => {
            let items = vm.tuple_items(n).map(|s| s.to_vec());
            let Some(items) = items.filter(|v| v.len() == 2) else {
                return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
            };
            let n0 = vm.index_value(items[0])?;
            let n1 = vm.index_value(items[1])?;
            // Exact nanoseconds (a float would lose the last digits, and
            // shutil.copy2 must reproduce st_mtime_ns exactly).
            let from_ns = |n: i64| std::time::UNIX_EPOCH + std::time::Duration::from_nanos(n.max(0) as u64);
            (from_ns(n0), from_ns(n1))
        }
        (None, None) => (std::time::SystemTime::now(), std::time::SystemTime::now()),
    };
    let times = std::fs::FileTimes::new().set_accessed(at).set_modified(mt);
    let r = std::fs::File::open(&p).and_then(|f| f.set_times(times));
    none_or(vm, r, &p)
}

fn getppid(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_int(std::os::unix::process::parent_id() as i64))
}

/// _ids() -> (uid, euid, gid, egid), from /proc/self/status.
fn ids(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| -> Vec<i64> {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|rest| rest.split_whitespace().filter_map(|x| x.parse().ok()).collect())
            .unwrap_or_default()
    };
    let (u, g) = (field("Uid:"), field("Gid:"));
    let get = |v: &Vec<i64>, i: usize| v.get(i).copied().unwrap_or(0);
    let items = vec![vm.new_int(get(&u, 0)), vm.new_int(get(&u, 1)), vm.new_int(get(&g, 0)), vm.new_int(get(&g, 1))];
    Ok(vm.new_tuple(items))
}

/// _uname() -> (sysname, nodename, release, version, machine), from /proc.
fn uname(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let read = |f: &str| std::fs::read_to_string(format!("/proc/sys/kernel/{f}")).map(|s| s.trim_end().to_string()).unwrap_or_default();
    let parts = [read("ostype"), read("hostname"), read("osrelease"), read("version"), std::env::consts::ARCH.to_string()];
    let items = parts.into_iter().map(|s| vm.new_str(s)).collect();
    Ok(vm.new_tuple(items))
}

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
            ("statvfs", fsinfo::statvfs),
            ("chown", chown),
            ("lchown", lchown),
            ("chmod", chmod),
            ("_environ", environ),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("urandom", urandom),
            ("cpu_count", cpu_count),
            ("strerror", py_strerror),
            ("symlink", symlink),
            ("link", link),
            ("truncate", truncate),
            ("utime", utime),
            ("getppid", getppid),
            ("_ids", ids),
            ("_uname", uname),
        ],
    );
    fd::add_to(vm, m);
    Ok(m)
}
