//! The baton (pyrite's global interpreter lock): the one primitive that lets
//! several OS threads run Python on one interpreter, one at a time.
//!
//! # Why OS threads and a baton (not coroutines)
//! The VM is a `&mut Vm` threaded through a recursive Rust call stack
//! (a Python call is a Rust call), so a Python thread's state is a whole
//! native stack, not one frame object. Real OS threads give every Python
//! thread its own native stack for free, and blocking calls (sleep, lock
//! waits, I/O) simply block that OS thread with the baton released — no
//! scheduler, timers or stack switching of our own. Only one OS thread runs
//! Python at any moment: the one holding the baton.
//!
//! # Protocol (what makes the shared `&mut` sound in practice)
//! * The thread that creates the interpreter holds the baton from the start.
//!   Other threads get the interpreter through a [`SharedMut`] made by
//!   [`Baton::share`], and can dereference it only inside
//!   [`SharedMut::enter`], which first acquires the baton and releases it when
//!   the closure returns.
//! * A holder gives the baton up only inside [`Baton::unlocked`] (a blocking
//!   call) or [`Baton::yield_now`] (a forced switch). Both take the holder's
//!   `&mut T` for their whole duration and never dereference it, so the
//!   holder cannot touch the interpreter while another thread may, and the
//!   compiler must assume the interpreter changed when they return.
//! * The mutex hand-off orders every access of one holder before every
//!   access of the next (acquire/release), so the non-atomic parts of the
//!   interpreter (`Rc`, `Cell`) are never used by two threads at once.
//! * A thread waiting for the baton never touches the interpreter.
//! * [`Baton::close`] (at interpreter exit, by the holder) makes every later
//!   acquisition block forever: threads still waiting (daemon threads) never
//!   run again, so the interpreter may be freed while they are parked.
//!
//! # Switching
//! A waiter that has waited one switch interval (default 5 ms, as CPython's
//! `sys.getswitchinterval()`) without the baton changing hands sets
//! `drop_request`; the holder checks that flag in the eval breaker
//! (`Vm::check_interrupt`) and calls [`Baton::yield_now`], which hands the
//! baton to a waiter and waits until one took it (CPython's forced switching).

use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

#[derive(Debug, Default)]
struct State {
    /// Some thread holds the baton.
    held: bool,
    /// Threads blocked in `acquire`.
    waiters: usize,
    /// Counts acquisitions: a waiter sees whether the baton moved while it slept.
    switches: u64,
    /// The interpreter is finalizing: nobody acquires the baton again.
    closed: bool,
}

/// The global interpreter lock of one interpreter.
#[derive(Debug)]
pub struct Baton {
    state: Mutex<State>,
    cv: Condvar,
    /// A waiter asks the holder to give the baton up (eval-breaker flag).
    drop_request: AtomicBool,
    /// The switch interval in nanoseconds.
    interval_ns: AtomicU64,
    /// Address of the shared object (debug check that `unlocked` gets it).
    owner_addr: AtomicU64,
}

impl Default for Baton {
    fn default() -> Self {
        Baton {
            state: Mutex::new(State { held: true, ..State::default() }),
            cv: Condvar::new(),
            drop_request: AtomicBool::new(false),
            interval_ns: AtomicU64::new(5_000_000),
            owner_addr: AtomicU64::new(0),
        }
    }
}

/// A `&mut T` lent to other OS threads; usable only while holding the baton.
pub struct SharedMut<T> {
    ptr: NonNull<T>,
    baton: Arc<Baton>,
    _not_sync: PhantomData<*mut T>,
}

// SAFETY: a SharedMut is only dereferenced inside `enter`, i.e. while its
// thread holds the baton, and the baton's mutex orders that thread's accesses
// after the previous holder's (see the module protocol). The object itself
// is never accessed by two threads at the same time.
unsafe impl<T> Send for SharedMut<T> {}

impl<T> SharedMut<T> {
    /// Runs `f` with the shared object once this thread holds the baton, then
    /// releases it. If the baton was closed this never returns: the thread
    /// parks forever (a daemon thread at interpreter exit).
    pub fn enter<R>(self, f: impl FnOnce(&mut T) -> R) -> R {
        self.baton.acquire();
        let mut ptr = self.ptr;
        // SAFETY: this thread holds the baton (acquired just above); the
        // object outlives every thread that can still acquire it (the owner
        // closes the baton before freeing it, and a closed baton is never
        // acquired); no other thread touches it until we release the baton.
        let r = f(unsafe { ptr.as_mut() });
        self.baton.release();
        r
    }
}

fn lock(m: &Mutex<State>) -> MutexGuard<'_, State> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Baton {
    /// A baton held by the calling thread.
    pub fn new() -> Arc<Baton> {
        Arc::new(Baton::default())
    }

    /// Lends `owner` to other threads (see [`SharedMut::enter`]). The caller
    /// must hold the baton and keep `owner` alive until it calls `close`.
    pub fn share<T>(self: &Arc<Self>, owner: &mut T) -> SharedMut<T> {
        let ptr = NonNull::from(owner);
        self.owner_addr.store(ptr.as_ptr() as usize as u64, Ordering::Relaxed);
        SharedMut { ptr, baton: self.clone(), _not_sync: PhantomData }
    }

    /// The eval-breaker test: has a waiter asked for the baton?
    #[inline(always)]
    pub fn drop_requested(&self) -> bool {
        self.drop_request.load(Ordering::Relaxed)
    }

    pub fn switch_interval(&self) -> Duration {
        Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed))
    }

    /// Sets the switch interval.
    pub fn set_switch_interval(&self, d: Duration) {
        self.interval_ns.store(d.as_nanos().min(u64::MAX as u128) as u64, Ordering::Relaxed);
    }

    fn debug_check_owner<T>(&self, owner: &mut T) {
        let addr = self.owner_addr.load(Ordering::Relaxed);
        debug_assert!(addr == 0 || addr == owner as *mut T as usize as u64, "baton released with a foreign object");
    }

    /// Blocks until this thread holds the baton (forever once it is closed).
    fn acquire(&self) {
        let mut st = lock(&self.state);
        st.waiters += 1;
        loop {
            if st.closed {
                drop(st);
                loop {
                    std::thread::park();
                }
            }
            if !st.held {
                break;
            }
            let seen = st.switches;
            let interval = self.switch_interval().max(Duration::from_micros(1));
            let (g, res) = self.cv.wait_timeout(st, interval).unwrap_or_else(|e| e.into_inner());
            st = g;
            if res.timed_out() && st.held && st.switches == seen {
                self.drop_request.store(true, Ordering::Relaxed);
            }
        }
        st.waiters -= 1;
        st.held = true;
        st.switches += 1;
        self.drop_request.store(false, Ordering::Relaxed);
    }

    fn release(&self) {
        let mut st = lock(&self.state);
        st.held = false;
        drop(st);
        self.cv.notify_all();
    }

    /// Releases the baton around a blocking call `f` (which must not use the
    /// interpreter: it cannot, `owner` is borrowed until we return) and takes
    /// it back afterwards. After `close` the baton is kept (nobody else may run).
    pub fn unlocked<T, R>(&self, owner: &mut T, f: impl FnOnce() -> R) -> R {
        self.debug_check_owner(owner);
        if lock(&self.state).closed {
            return f();
        }
        self.release();
        let r = f();
        self.acquire();
        r
    }

    /// A forced switch: if a thread waits for the baton, hands it over and
    /// waits until some thread took it, then queues for it again.
    pub fn yield_now<T>(&self, owner: &mut T) {
        self.debug_check_owner(owner);
        let mut st = lock(&self.state);
        if st.waiters == 0 || st.closed {
            self.drop_request.store(false, Ordering::Relaxed);
            return;
        }
        st.held = false;
        let seen = st.switches;
        self.cv.notify_all();
        while st.switches == seen && !st.closed {
            st = self.cv.wait(st).unwrap_or_else(|e| e.into_inner());
        }
        drop(st);
        self.acquire();
    }

    /// Whether other threads wait for the baton.
    pub fn has_waiters(&self) -> bool {
        lock(&self.state).waiters > 0
    }

    /// Interpreter exit (called by the holder): no other thread runs again.
    pub fn close(&self) {
        lock(&self.state).closed = true;
        self.drop_request.store(false, Ordering::Relaxed);
    }

    pub fn is_closed(&self) -> bool {
        lock(&self.state).closed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threads_take_turns() {
        let baton = Baton::new();
        let mut counter: Vec<u32> = Vec::new();
        let shared = baton.share(&mut counter);
        let h = std::thread::spawn(move || {
            shared.enter(|v| {
                for i in 0..3 {
                    v.push(i);
                }
            })
        });
        // The spawned thread cannot run until we give the baton up.
        std::thread::sleep(Duration::from_millis(20));
        assert!(counter.is_empty());
        baton.unlocked(&mut counter, || h.join().unwrap());
        assert_eq!(counter, vec![0, 1, 2]);
    }

    #[test]
    fn waiter_requests_a_switch() {
        let baton = Baton::new();
        baton.set_switch_interval(Duration::from_millis(1));
        let mut n = 0u32;
        let shared = baton.share(&mut n);
        let h = std::thread::spawn(move || shared.enter(|n| *n += 1));
        while !baton.drop_requested() {
            std::thread::sleep(Duration::from_millis(1));
        }
        baton.yield_now(&mut n);
        assert_eq!(n, 1);
        baton.unlocked(&mut n, || h.join().unwrap());
    }
}
