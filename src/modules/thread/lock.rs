//! `_thread.lock` and `_thread.RLock`: real OS-level locks (a mutex-guarded
//! state plus a condition variable). A thread that has to wait releases the
//! baton while it waits (`allow_threads`), so the holder can run and release
//! the lock. On the main thread the wait is sliced so that Ctrl-C raises
//! KeyboardInterrupt promptly, as CPython's lock waits do.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::state::allow_threads;
use crate::heap::{NativeData, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

/// `_thread.TIMEOUT_MAX`: the largest timeout in seconds (i64 nanoseconds).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// The shared state of a lock: who holds it. `owner` is 0 when free; a plain
/// lock uses 1 for "held" (it has no owner); an RLock stores the owner's ident.
#[derive(Default)]
pub struct LockCore {
    state: Mutex<(u64, u64)>,
    cv: Condvar,
}

fn guard(m: &Mutex<(u64, u64)>) -> MutexGuard<'_, (u64, u64)> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

enum Waited {
    Acquired,
    TimedOut,
    Interrupted,
}

impl LockCore {
    /// Takes the lock for `owner` if it is free (no waiting).
    fn try_take(&self, owner: u64) -> bool {
        let mut st = guard(&self.state);
        if st.0 == 0 {
            *st = (owner, 1);
            true
        } else {
            false
        }
    }

    /// Waits (without the baton) until the lock is free or the deadline
    /// passes; checks `interrupt` every 20 ms when given.
    fn wait_take(&self, owner: u64, deadline: Option<Instant>, interrupt: Option<&AtomicBool>) -> Waited {
        let mut st = guard(&self.state);
        loop {
            if st.0 == 0 {
                *st = (owner, 1);
                return Waited::Acquired;
            }
            if interrupt.is_some_and(|f| f.load(Ordering::Relaxed)) {
                return Waited::Interrupted;
            }
            let mut wait = Duration::from_millis(20);
            if let Some(d) = deadline {
                let now = Instant::now();
                if now >= d {
                    return Waited::TimedOut;
                }
                wait = wait.min(d - now);
            } else if interrupt.is_none() {
                st = self.cv.wait(st).unwrap_or_else(|e| e.into_inner());
                continue;
            }
            st = self.cv.wait_timeout(st, wait).unwrap_or_else(|e| e.into_inner()).0;
        }
    }

    /// Frees the lock and wakes a waiter.
    fn free(&self) {
        *guard(&self.state) = (0, 0);
        self.cv.notify_one();
    }

    fn get(&self) -> (u64, u64) {
        *guard(&self.state)
    }

    fn set(&self, v: (u64, u64)) {
        *guard(&self.state) = v;
    }
}

/// Acquires `core` for `owner`, blocking (with the baton released) as asked.
/// `timeout` < 0 means no timeout.
pub fn acquire_core(vm: &mut Vm, core: &Arc<LockCore>, owner: u64, blocking: bool, timeout: f64) -> PyResult<bool> {
    if core.try_take(owner) {
        return Ok(true);
    }
    if !blocking {
        return Ok(false);
    }
    let deadline = if timeout >= 0.0 { Some(Instant::now() + Duration::from_secs_f64(timeout)) } else { None };
    loop {
        let c = core.clone();
        let flag = if vm.threads.is_main { Some(vm.interrupt.clone()) } else { None };
        let r = allow_threads(vm, move || c.wait_take(owner, deadline, flag.as_deref()));
        match r {
            Waited::Acquired => return Ok(true),
            Waited::TimedOut => return Ok(false),
            Waited::Interrupted => vm.check_interrupt()?,
        }
    }
}

/// Parses `acquire(blocking=True, timeout=-1)` with CPython's checks.
fn acquire_args(vm: &mut Vm, args: &Args) -> PyResult<(bool, f64)> {
    let rest = Args { args: &args.args[1..], kwnames: args.kwnames };
    let a = vm.parse_args(&rest, "acquire", &["blocking", "timeout"], 0, 0)?;
    let blocking = match a[0] {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let timeout = match a[1] {
        Some(t) => crate::types::float::float_of(vm, t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout * 1e9 >= i64::MAX as f64 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok((blocking, timeout))
}

/// A `_thread.lock` object.
pub struct Lock(pub Arc<LockCore>);

/// A `_thread.RLock` object (the core's state is (owner ident, count)).
pub struct RLock(pub Arc<LockCore>);

macro_rules! native_data {
    ($t:ty, $size:expr) => {
        impl NativeData for $t {
            fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
            fn sizeof(&self) -> usize {
                $size
            }
        }
    };
}
native_data!(Lock, 40);
native_data!(RLock, 48);

fn lock_core(vm: &mut Vm, r: ObjRef) -> PyResult<Arc<LockCore>> {
    if let Payload::Native(n) = vm.heap.get(r) {
        if let Some(l) = n.as_any().downcast_ref::<Lock>() {
            return Ok(l.0.clone());
        }
    }
    let tn = vm.type_name_of(r);
    Err(vm.type_error(format!("descriptor requires a '_thread.lock' object but received a '{tn}'")))
}

fn rlock_core(vm: &mut Vm, r: ObjRef) -> PyResult<Arc<LockCore>> {
    if let Payload::Native(n) = vm.heap.get(r) {
        if let Some(l) = n.as_any().downcast_ref::<RLock>() {
            return Ok(l.0.clone());
        }
    }
    let tn = vm.type_name_of(r);
    Err(vm.type_error(format!("descriptor requires a '_thread.RLock' object but received a '{tn}'")))
}

/// `_thread.allocate_lock()`: a new unlocked lock.
pub fn allocate_lock(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "allocate_lock", 0, 0)?;
    new_lock(vm)
}

pub fn new_lock(vm: &mut Vm) -> PyResult<ObjRef> {
    let t = vm.threads.lock_type.ok_or_else(|| vm.runtime_error("_thread is not initialised"))?;
    Ok(vm.alloc(t, Payload::Native(Box::new(Lock(Arc::default())))))
}

fn lock_acquire(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = lock_core(vm, args.args[0])?;
    let (blocking, timeout) = acquire_args(vm, args)?;
    let ok = acquire_core(vm, &core, 1, blocking, timeout)?;
    Ok(vm.new_bool(ok))
}

fn lock_release(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = lock_core(vm, args.args[0])?;
    if core.get().0 == 0 {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    core.free();
    Ok(vm.none())
}

fn lock_exit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    lock_release(vm, &Args { args: &args.args[..1], kwnames: &[] })
}

fn lock_locked(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "locked", 0, 0)?;
    let core = lock_core(vm, args.args[0])?;
    let held = core.get().0 != 0;
    Ok(vm.new_bool(held))
}

fn lock_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = lock_core(vm, args.args[0])?;
    let state = if core.get().0 != 0 { "locked" } else { "unlocked" };
    let addr = vm.heap.address(args.args[0]);
    Ok(vm.new_str(format!("<{state} _thread.lock object at {addr:#x}>")))
}

fn lock_at_fork_reinit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = lock_core(vm, args.args[0])?;
    core.set((0, 0));
    Ok(vm.none())
}

const LOCK_METHODS: &[MethodDef] = &[
    MethodDef::method("acquire", lock_acquire),
    MethodDef::method("acquire_lock", lock_acquire),
    MethodDef::method("__enter__", lock_acquire),
    MethodDef::method("release", lock_release),
    MethodDef::method("release_lock", lock_release),
    MethodDef::method("__exit__", lock_exit),
    MethodDef::method("locked", lock_locked),
    MethodDef::method("locked_lock", lock_locked),
    MethodDef::method("_at_fork_reinit", lock_at_fork_reinit),
    MethodDef::method("__repr__", lock_repr),
];

// ----- RLock -------------------------------------------------------------------

fn rlock_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    Ok(vm.alloc(cls, Payload::Native(Box::new(RLock(Arc::default())))))
}

fn rlock_acquire(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = rlock_core(vm, args.args[0])?;
    let (blocking, timeout) = acquire_args(vm, args)?;
    let me = vm.threads.ident;
    {
        let mut st = guard(&core.state);
        if st.0 == me && st.1 > 0 {
            if st.1 == u64::MAX {
                drop(st);
                return Err(vm.overflow_error("Internal lock count overflowed"));
            }
            st.1 += 1;
            drop(st);
            return Ok(vm.new_bool(true));
        }
    }
    let ok = acquire_core(vm, &core, me, blocking, timeout)?;
    Ok(vm.new_bool(ok))
}

fn rlock_release(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = rlock_core(vm, args.args[0])?;
    let me = vm.threads.ident;
    let (owner, count) = core.get();
    if owner != me || count == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    if count == 1 {
        core.free();
    } else {
        core.set((owner, count - 1));
    }
    Ok(vm.none())
}

fn rlock_exit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    rlock_release(vm, &Args { args: &args.args[..1], kwnames: &[] })
}

fn rlock_is_owned(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = rlock_core(vm, args.args[0])?;
    let (owner, count) = core.get();
    let me = vm.threads.ident;
    Ok(vm.new_bool(owner == me && count > 0))
}

fn rlock_recursion_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = rlock_core(vm, args.args[0])?;
    let (owner, count) = core.get();
    let n = if owner == vm.threads.ident { count } else { 0 };
    Ok(vm.new_int(n as i64))
}

/// `_release_save()`: drops a recursive hold entirely (Condition.wait).
fn rlock_release_save(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = rlock_core(vm, args.args[0])?;
    let (owner, count) = core.get();
    if count == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    core.free();
    let c = vm.new_bigint(count.into());
    let o = vm.new_bigint(owner.into());
    Ok(vm.new_tuple(vec![c, o]))
}

/// `_acquire_restore((count, owner))`: takes the lock back after a wait.
fn rlock_acquire_restore(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "_acquire_restore", 1, 1)?;
    let core = rlock_core(vm, args.args[0])?;
    let state = args.args[1];
    let items = vm.tuple_items(state).map(|s| s.to_vec()).unwrap_or_default();
    if items.len() != 2 {
        return Err(vm.type_error("_acquire_restore() argument 1 must be a 2-tuple"));
    }
    let count = vm.index_value(items[0])? as u64;
    let owner = match vm.as_bigint(items[1]) {
        Some(b) => u64::try_from(b).unwrap_or(0),
        None => return Err(vm.type_error("an integer is required")),
    };
    acquire_core(vm, &core, owner, true, -1.0)?;
    core.set((owner, count));
    Ok(vm.none())
}

fn rlock_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = rlock_core(vm, args.args[0])?;
    let (owner, count) = core.get();
    let state = if count > 0 { "locked" } else { "unlocked" };
    let addr = vm.heap.address(args.args[0]);
    let tn = vm.type_name_of(args.args[0]);
    let module = if tn == "RLock" { "_thread." } else { "" };
    Ok(vm.new_str(format!("<{state} {module}{tn} object owner={owner} count={count} at {addr:#x}>")))
}

fn rlock_at_fork_reinit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let core = rlock_core(vm, args.args[0])?;
    core.set((0, 0));
    Ok(vm.none())
}

const RLOCK_METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", rlock_new),
    MethodDef::method("acquire", rlock_acquire),
    MethodDef::method("__enter__", rlock_acquire),
    MethodDef::method("release", rlock_release),
    MethodDef::method("__exit__", rlock_exit),
    MethodDef::method("_is_owned", rlock_is_owned),
    MethodDef::method("_recursion_count", rlock_recursion_count),
    MethodDef::method("_release_save", rlock_release_save),
    MethodDef::method("_acquire_restore", rlock_acquire_restore),
    MethodDef::method("_at_fork_reinit", rlock_at_fork_reinit),
    MethodDef::method("__repr__", rlock_repr),
];

/// Creates the lock types and records them in `vm.threads`; returns (lock, RLock).
pub fn make_types(vm: &mut Vm) -> (ObjRef, ObjRef) {
    if let (Some(l), Some(r)) = (vm.threads.lock_type, vm.threads.rlock_type) {
        return (l, r);
    }
    let lt = vm.make_type("lock", Some(vm.t.object), crate::heap::BaseKind::Other, false);
    vm.add_methods(lt, LOCK_METHODS);
    let rt = vm.make_type("RLock", Some(vm.t.object), crate::heap::BaseKind::Other, true);
    vm.add_methods(rt, RLOCK_METHODS);
    for t in [lt, rt] {
        let m = vm.new_str("_thread");
        let d = vm.type_dict(t);
        vm.dict_set_str(d, "__module__", m);
        vm.decref(m);
    }
    vm.threads.lock_type = Some(lt);
    vm.threads.rlock_type = Some(rt);
    (lt, rt)
}
