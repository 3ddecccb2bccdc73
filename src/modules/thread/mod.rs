//! The native `_thread` module: OS threads running Python one at a time
//! under the baton (`heap/gil.rs`, pyrite's GIL), plus locks.
//!
//! # Design
//! pyrite's VM is a `&mut Vm` threaded through a recursive Rust call stack,
//! so a Python thread cannot be suspended by saving one frame. Each Python
//! thread therefore is a real OS thread with its own native stack
//! ([`state::DEFAULT_STACK`], reserved, committed as used), and the baton
//! makes sure exactly one of them runs Python at a time:
//! * the eval breaker (`Vm::check_interrupt`, polled at backward jumps and
//!   function entries) hands the baton over when a waiting thread asked for
//!   it (after one switch interval, `sys.getswitchinterval()` = 5 ms);
//! * blocking calls (`time.sleep`, lock waits, `join`) release it while they
//!   block ([`state::allow_threads`]);
//! * the per-thread parts of the Vm (exception stack, recursion depth, shadow
//!   frame stack, thread ident) are swapped at every hand-off ([`state`]).
//!
//! Stackful coroutines would avoid OS threads but need a scheduler, timers
//! and our own blocking primitives; OS threads get all of that from the OS.
//!
//! Shutdown ([`shutdown`], called by main.rs before finalizing): like
//! CPython's `threading._shutdown`, the main thread joins every non-daemon
//! thread, then closes the baton so that daemon threads never run again.

pub mod lock;
pub mod state;

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

pub use state::{allow_threads, switch, ThreadState, Threads};

/// `_thread.start_new_thread(function, args[, kwargs])`: runs
/// `function(*args, **kwargs)` in a new OS thread; returns its ident.
fn start_new_thread(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "start_new_thread")?;
    vm.check_args(args, "start_new_thread", 2, 3)?;
    let (func, fargs) = (args.args[0], args.args[1]);
    let kwargs = args.args.get(2).copied();
    let callable = match vm.heap.get(func) {
        Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_) => true,
        _ => vm.lookup(vm.ty(func), vm.n.__call__).is_some(),
    };
    if !callable {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !vm.isinstance_type(fargs, vm.t.tuple) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    if let Some(k) = kwargs {
        if !vm.isinstance_type(k, vm.t.dict) {
            return Err(vm.type_error("optional 3rd arg must be a dictionary"));
        }
    }
    // The ident: the address of a block the thread keeps while it lives (as
    // CPython's is the address of the thread's control block).
    let anchor = Box::new(0u64);
    let ident = &*anchor as *const u64 as usize as u64;
    vm.incref(func);
    vm.incref(fargs);
    if let Some(k) = kwargs {
        vm.incref(k);
    }
    let baton = vm.threads.baton.clone();
    let shared = baton.share(vm);
    let size = if vm.threads.stack_size > 0 { vm.threads.stack_size } else { state::DEFAULT_STACK };
    vm.threads.running += 1;
    let spawned = std::thread::Builder::new().stack_size(size).spawn(move || {
        shared.enter(|vm| thread_main(vm, func, fargs, kwargs, ident));
        drop(anchor);
    });
    match spawned {
        Ok(_) => Ok(vm.new_bigint(ident.into())),
        Err(_) => {
            vm.threads.running -= 1;
            vm.decref(func);
            vm.decref(fargs);
            vm.xdecref(kwargs);
            Err(vm.runtime_error("can't start new thread"))
        }
    }
}

/// The body of a new thread (runs holding the baton).
fn thread_main(vm: &mut Vm, func: ObjRef, fargs: ObjRef, kwargs: Option<ObjRef>, ident: u64) {
    ThreadState::fresh(ident).put(vm);
    match vm.call_ex(func, fargs, kwargs) {
        Ok(r) => vm.decref(r),
        Err(e) if vm.err_matches(&e, vm.t.system_exit) => vm.drop_err(e),
        Err(e) => vm.write_unraisable(e, "Exception ignored in thread started by", func),
    }
    vm.decref(func);
    vm.decref(fargs);
    vm.xdecref(kwargs);
    vm.threads.running -= 1;
    ThreadState::take(vm).release(vm);
}

fn get_ident(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_ident", 0, 0)?;
    let id = vm.threads.ident;
    Ok(vm.new_bigint(id.into()))
}

/// The kernel's id of the calling OS thread (from /proc/thread-self).
fn native_thread_id() -> i64 {
    std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| p.file_name().and_then(|n| n.to_str()).and_then(|s| s.parse().ok()))
        .unwrap_or_else(|| std::process::id() as i64)
}

fn get_native_id(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_native_id", 0, 0)?;
    Ok(vm.new_int(native_thread_id()))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "_count", 0, 0)?;
    let n = vm.threads.running;
    Ok(vm.new_int(n as i64))
}

fn stack_size(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "stack_size", 0, 1)?;
    let old = vm.threads.stack_size;
    if let Some(&s) = args.args.first() {
        let n = vm.index_value(s)?;
        if n != 0 && n < 32768 {
            return Err(vm.value_error("size not valid: 32768 bytes"));
        }
        if n < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        vm.threads.stack_size = n as usize;
    }
    Ok(vm.new_int(old as i64))
}

fn exit(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let t = vm.t.system_exit;
    Err(vm.new_error_empty(t))
}

/// `interrupt_main()`: KeyboardInterrupt in the main thread at its next check.
fn interrupt_main(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    vm.interrupt.store(true, std::sync::atomic::Ordering::SeqCst);
    Ok(vm.none())
}

/// `_thread._excepthook(args)`: the default `threading.excepthook`. Writes
/// `Exception in thread NAME:` and the traceback (as an uncaught exception
/// prints) to `sys.stderr`, or to the thread's saved stderr when that is None.
fn excepthook(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "_excepthook", 1, 1)?;
    let a = args.args[0];
    let exc_type = vm.getattr_str(a, "exc_type")?;
    let is_exit = exc_type == vm.t.system_exit;
    vm.decref(exc_type);
    if is_exit {
        return Ok(vm.none());
    }
    let exc_value = vm.getattr_str(a, "exc_value")?;
    let thread = vm.getattr_str(a, "thread")?;
    let sys = vm.sys_module;
    let mut file = vm.getattr_str(sys, "stderr")?;
    if file == vm.none_obj && thread != vm.none_obj {
        vm.decref(file);
        file = match vm.getattr_str(thread, "_stderr") {
            Ok(f) => f,
            Err(e) => {
                vm.drop_err(e);
                vm.none()
            }
        };
    }
    let result = if file == vm.none_obj { Ok(()) } else { write_thread_exception(vm, file, exc_value, thread) };
    vm.decref(file);
    vm.decref(thread);
    vm.decref(exc_value);
    result?;
    Ok(vm.none())
}

fn write_thread_exception(vm: &mut Vm, file: ObjRef, exc_value: ObjRef, thread: ObjRef) -> PyResult<()> {
    let name = if thread != vm.none_obj {
        let n = vm.getattr_str(thread, "name")?;
        let s = vm.str_string(n);
        vm.decref(n);
        s?
    } else {
        vm.threads.ident.to_string()
    };
    let text = if exc_value == vm.none_obj { "NoneType: None\n".to_string() } else { vm.format_exception_text(exc_value) };
    for part in [format!("Exception in thread {name}:\n"), text] {
        let s = vm.new_str(part);
        let r = vm.call_method(file, "write", &[s]);
        vm.decref(s);
        vm.decref(r?);
    }
    let r = vm.call_method(file, "flush", &[])?;
    vm.decref(r);
    Ok(())
}

fn daemon_threads_allowed(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_bool(true))
}

/// `sys.getswitchinterval()`: seconds a thread runs before it hands the
/// baton to a waiting thread.
fn getswitchinterval(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getswitchinterval", 0, 0)?;
    // Kept in whole microseconds, as CPython does.
    let secs = vm.threads.baton.switch_interval().as_micros() as f64 / 1e6;
    Ok(vm.new_float(secs))
}

fn setswitchinterval(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "setswitchinterval", 1, 1)?;
    let x = args.args[0];
    if !matches!(vm.heap.get(x), Payload::Float(_) | Payload::Int(_) | Payload::BigInt(_)) && !vm.isinstance_type(x, vm.t.float) {
        let tn = vm.type_name_of(x);
        return Err(vm.type_error(format!("must be real number, not {tn}")));
    }
    let secs = crate::types::float::float_of(vm, x)?;
    if secs <= 0.0 || secs.is_nan() {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let us = (secs * 1e6).min(u64::MAX as f64 / 1e3) as u64;
    vm.threads.baton.set_switch_interval(std::time::Duration::from_micros(us));
    Ok(vm.none())
}

/// Adds `sys.getswitchinterval` / `sys.setswitchinterval` (called by
/// `modules::init` after `sys` exists).
pub fn init_sys(vm: &mut Vm) {
    let sys = vm.sys_module;
    vm.add_module_functions(sys, &[("getswitchinterval", getswitchinterval), ("setswitchinterval", setswitchinterval)]);
}

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_thread");
    vm.add_module_functions(
        m,
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("allocate_lock", lock::allocate_lock),
            ("allocate", lock::allocate_lock),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("stack_size", stack_size),
            ("exit", exit),
            ("exit_thread", exit),
            ("interrupt_main", interrupt_main),
            ("daemon_threads_allowed", daemon_threads_allowed),
            ("_excepthook", excepthook),
        ],
    );
    let (lt, rt) = lock::make_types(vm);
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "LockType", lt);
    vm.dict_set_str(d, "RLock", rt);
    let err = vm.t.runtime_error;
    vm.dict_set_str(d, "error", err);
    let tm = vm.new_float(lock::TIMEOUT_MAX);
    vm.dict_set_str(d, "TIMEOUT_MAX", tm);
    vm.decref(tm);
    Ok(m)
}

/// Interpreter exit, before finalization (main.rs): joins the non-daemon
/// threads through `threading._shutdown()` when `threading` was imported,
/// then closes the baton: daemon threads never run again.
pub fn shutdown(vm: &mut Vm) {
    if let Some(m) = vm.sys_modules_get("threading") {
        let m = vm.incref(m);
        match vm.getattr_str(m, "_shutdown") {
            Ok(f) => {
                match vm.call(f, &[]) {
                    Ok(r) => vm.decref(r),
                    Err(e) => vm.write_unraisable(e, "Exception ignored in", f),
                }
                vm.decref(f);
            }
            Err(e) => vm.drop_err(e),
        }
        vm.decref(m);
    }
    vm.flush_std();
    vm.threads.baton.close();
}
