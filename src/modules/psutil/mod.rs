//! `_psutil`: the native half of the built-in `psutil` (the memory-monitoring
//! subset). Each function reads the kernel's live numbers from /proc or /sys
//! (procfs.rs) and returns plain ints, floats, tuples and dicts; the Python
//! half (psutil.py, embedded by `modules::stdlib`) builds psutil's named
//! tuples, `Process` and the exceptions on top with psutil's formulas.
//!
//! A missing process raises `ProcessLookupError` (errno ESRCH), which the
//! Python half turns into `psutil.NoSuchProcess`.

pub mod procfs;

use std::collections::HashMap;
use std::io;

use crate::heap::ObjRef;
use crate::modules::os::{os_error, os_error_errno};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// ENOENT under /proc/PID means the process is gone: ESRCH.
fn proc_err(vm: &mut Vm, e: io::Error, pid: i64) -> PyErr {
    if e.kind() == io::ErrorKind::NotFound || !procfs::pid_exists(pid) {
        return os_error_errno(vm, 3, None);
    }
    os_error(vm, &e, None)
}

fn pid_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    vm.check_args(args, name, 1, 1)?;
    vm.index_value(args.args[0])
}

fn int(vm: &mut Vm, v: u64) -> ObjRef {
    match i64::try_from(v) {
        Ok(i) => vm.new_int(i),
        Err(_) => vm.new_bigint(v.into()),
    }
}

fn table_to_dict(vm: &mut Vm, t: HashMap<String, u64>) -> PyResult<ObjRef> {
    let d = vm.new_dict();
    for (k, v) in t {
        let o = int(vm, v);
        vm.dict_set_str(d, &k, o);
        vm.decref(o);
    }
    Ok(d)
}

/// `statm(pid)`: (vms, rss, shared, text, lib, data, dirty) in bytes.
fn statm(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pid = pid_arg(vm, args, "statm")?;
    let m = procfs::statm(pid).map_err(|e| proc_err(vm, e, pid))?;
    let page = procfs::page_size();
    let items = m.iter().map(|&p| int(vm, p * page)).collect();
    Ok(vm.new_tuple(items))
}

/// `meminfo()`: /proc/meminfo as {name: bytes}.
fn meminfo(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "meminfo", 0, 0)?;
    let t = procfs::meminfo().map_err(|e| os_error(vm, &e, None))?;
    table_to_dict(vm, t)
}

/// `smaps_rollup(pid)`: {name: bytes} of /proc/PID/smaps_rollup.
fn smaps_rollup(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pid = pid_arg(vm, args, "smaps_rollup")?;
    let t = procfs::smaps_rollup(pid).map_err(|e| proc_err(vm, e, pid))?;
    table_to_dict(vm, t)
}

/// `proc_status(pid)`: the numeric fields of /proc/PID/status.
fn proc_status(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pid = pid_arg(vm, args, "proc_status")?;
    let t = procfs::status(pid).map_err(|e| proc_err(vm, e, pid))?;
    table_to_dict(vm, t)
}

/// `proc_stat(pid)`: (name, status letter, ppid, utime, stime,
/// children_utime, children_stime, create_time, iowait, num_threads), times
/// in seconds, create_time since the epoch.
fn proc_stat(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pid = pid_arg(vm, args, "proc_stat")?;
    let mut st = procfs::stat(pid).map_err(|e| proc_err(vm, e, pid))?;
    // pyrite runs Python on its own thread while the main thread waits: this
    // process's state is the state of the thread asking (as in CPython,
    // whose main thread is the one running Python).
    if pid == std::process::id() as i64 {
        if let Ok(me) = procfs::stat_path("/proc/thread-self/stat") {
            st.state = me.state;
        }
    }
    let tick = procfs::clock_ticks() as f64;
    let boot = procfs::boot_time().unwrap_or(0) as f64;
    let secs = |n: usize| st.field(n) as f64 / tick;
    let items = vec![
        vm.new_str(st.comm.clone()),
        vm.new_str(st.state.to_string()),
        vm.new_int(st.field(4)),
        vm.new_float(secs(14)),
        vm.new_float(secs(15)),
        vm.new_float(secs(16)),
        vm.new_float(secs(17)),
        vm.new_float(boot + secs(22)),
        vm.new_float(secs(42)),
        vm.new_int(st.field(20)),
    ];
    Ok(vm.new_tuple(items))
}

fn cmdline(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pid = pid_arg(vm, args, "cmdline")?;
    let parts = procfs::cmdline(pid).map_err(|e| proc_err(vm, e, pid))?;
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn link(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    let pid = pid_arg(vm, args, name)?;
    let s = procfs::link(pid, name).map_err(|e| proc_err(vm, e, pid))?;
    Ok(vm.new_str(s))
}

fn exe(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    link(vm, args, "exe")
}

fn cwd(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    link(vm, args, "cwd")
}

fn num_fds(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pid = pid_arg(vm, args, "num_fds")?;
    let n = std::fs::read_dir(format!("/proc/{pid}/fd")).map_err(|e| proc_err(vm, e, pid))?.count();
    Ok(vm.new_int(n as i64))
}

fn pid_exists(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pid = pid_arg(vm, args, "pid_exists")?;
    Ok(vm.new_bool(procfs::pid_exists(pid)))
}

fn pids(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "pids", 0, 0)?;
    let v = procfs::pids().map_err(|e| os_error(vm, &e, None))?;
    let items = v.into_iter().map(|p| vm.new_int(p)).collect();
    Ok(vm.new_list(items))
}

fn boot_time(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "boot_time", 0, 0)?;
    let t = procfs::boot_time().map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.new_float(t as f64))
}

/// `cpu_times()`: the aggregate CPU times of /proc/stat in seconds.
fn cpu_times(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "cpu_times", 0, 0)?;
    let v = procfs::cpu_times().map_err(|e| os_error(vm, &e, None))?;
    let items = v.into_iter().map(|x| vm.new_float(x)).collect();
    Ok(vm.new_tuple(items))
}

fn opt_count(vm: &mut Vm, n: Option<u64>) -> ObjRef {
    match n {
        Some(n) => vm.new_int(n as i64),
        None => vm.none(),
    }
}

fn cpu_count_logical(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(opt_count(vm, procfs::cpu_count_logical()))
}

fn cpu_count_cores(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(opt_count(vm, procfs::cpu_count_cores()))
}

/// `swap_io()`: (bytes swapped in, bytes swapped out) since boot.
fn swap_io(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let (i, o) = procfs::swap_io();
    let page = procfs::page_size();
    let items = vec![int(vm, i * page), int(vm, o * page)];
    Ok(vm.new_tuple(items))
}

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_psutil");
    vm.add_module_functions(
        m,
        &[
            ("statm", statm),
            ("meminfo", meminfo),
            ("smaps_rollup", smaps_rollup),
            ("proc_status", proc_status),
            ("proc_stat", proc_stat),
            ("cmdline", cmdline),
            ("exe", exe),
            ("cwd", cwd),
            ("num_fds", num_fds),
            ("pid_exists", pid_exists),
            ("pids", pids),
            ("boot_time", boot_time),
            ("cpu_times", cpu_times),
            ("cpu_count_logical", cpu_count_logical),
            ("cpu_count_cores", cpu_count_cores),
            ("swap_io", swap_io),
        ],
    );
    let d = vm.module_dict(m);
    for (name, v) in [("PAGESIZE", procfs::page_size()), ("CLOCK_TICKS", procfs::clock_ticks())] {
        let o = int(vm, v);
        vm.dict_set_str(d, name, o);
        vm.decref(o);
    }
    Ok(m)
}
