//! Per-thread interpreter state and the baton hand-off around it.
//!
//! The `Vm` holds one set of "current thread" fields (the exception stack of
//! `sys.exc_info`, the call depth for the recursion limit, the shadow frame
//! stack with the trace functions, the `globals()`/`locals()` record, the
//! repr recursion guard, the thread's ident). They always belong to the
//! thread holding the baton: before a thread gives the baton up it moves its
//! fields out into a [`ThreadState`] on its own native stack (leaving empty
//! defaults behind), and after it takes the baton back it moves them in again.
//! A new thread starts with a fresh `ThreadState`.

use std::sync::Arc;

use crate::heap::gil::Baton;
use crate::heap::ObjRef;
use crate::vm::frame::FrameStack;
use crate::vm::Vm;

/// Native stack of a new thread: only the pages actually used are committed,
/// so this costs address space, not memory. 8 MiB already carries the
/// default recursion limit (1000) with room to spare; 64 MiB leaves headroom
/// for a raised limit while a dozen threads still fit in a 4 GiB address
/// space (the test harness caps it so).
pub const DEFAULT_STACK: usize = 64 << 20;

/// The threading runtime of one interpreter (a `Vm` field).
pub struct Threads {
    /// The global interpreter lock.
    pub baton: Arc<Baton>,
    /// OS threads started by `_thread.start_new_thread` and still running.
    pub running: usize,
    /// `_thread.stack_size()` (0 = the default).
    pub stack_size: usize,
    /// The `_thread.lock` and `_thread.RLock` types once `_thread` is imported.
    pub lock_type: Option<ObjRef>,
    pub rlock_type: Option<ObjRef>,
    /// Per-thread: the running thread's ident (`_thread.get_ident()`).
    pub ident: u64,
    /// Per-thread: the running thread is the main thread (it alone gets
    /// KeyboardInterrupt, as in CPython).
    pub is_main: bool,
    /// The main thread's ident.
    pub main_ident: u64,
    /// Keeps the main thread's ident (an address) unique while it lives.
    _main_anchor: Box<u64>,
}

impl Default for Threads {
    fn default() -> Self {
        let anchor = Box::new(0u64);
        let ident = &*anchor as *const u64 as usize as u64;
        Threads {
            baton: Baton::new(),
            running: 0,
            stack_size: 0,
            lock_type: None,
            rlock_type: None,
            ident,
            is_main: true,
            main_ident: ident,
            _main_anchor: anchor,
        }
    }
}

/// The "current thread" fields of the Vm, moved out while another thread runs.
pub struct ThreadState {
    exc_info: Vec<Option<ObjRef>>,
    depth: usize,
    frames: FrameStack,
    current_globals: Option<ObjRef>,
    current_locals: Option<ObjRef>,
    repr_stack: Vec<ObjRef>,
    ident: u64,
    is_main: bool,
}

impl ThreadState {
    /// The state of a thread that has not run yet.
    pub fn fresh(ident: u64) -> ThreadState {
        ThreadState {
            exc_info: vec![None],
            depth: 0,
            frames: FrameStack::default(),
            current_globals: None,
            current_locals: None,
            repr_stack: Vec::new(),
            ident,
            is_main: false,
        }
    }

    /// Moves the running thread's fields out of the Vm.
    pub fn take(vm: &mut Vm) -> ThreadState {
        ThreadState {
            exc_info: std::mem::take(&mut vm.exc_info),
            depth: std::mem::take(&mut vm.depth),
            frames: std::mem::take(&mut vm.frames),
            current_globals: vm.current_globals.take(),
            current_locals: vm.current_locals.take(),
            repr_stack: std::mem::take(&mut vm.repr_stack),
            ident: vm.threads.ident,
            is_main: vm.threads.is_main,
        }
    }

    /// Moves this thread's fields into the Vm (which holds only defaults).
    pub fn put(self, vm: &mut Vm) {
        vm.exc_info = self.exc_info;
        vm.depth = self.depth;
        vm.frames = self.frames;
        vm.current_globals = self.current_globals;
        vm.current_locals = self.current_locals;
        vm.repr_stack = self.repr_stack;
        vm.threads.ident = self.ident;
        vm.threads.is_main = self.is_main;
    }

    /// A finished thread's state: drops the references it still owns.
    pub fn release(self, vm: &mut Vm) {
        for e in self.exc_info.into_iter().flatten() {
            vm.decref(e);
        }
        let mut frames = self.frames;
        vm.xdecref(frames.trace_func.take());
        vm.xdecref(frames.profile_func.take());
    }
}

/// The eval breaker's switch: another thread asked for the baton (the
/// baton's drop request is set); hand it over and queue for it again.
pub fn switch(vm: &mut Vm) {
    let st = ThreadState::take(vm);
    let baton = vm.threads.baton.clone();
    baton.yield_now(vm);
    st.put(vm);
}

/// Runs the blocking call `f` (a sleep, a lock wait, I/O) with the baton
/// released so that other threads run meanwhile. `f` cannot use the Vm.
pub fn allow_threads<R>(vm: &mut Vm, f: impl FnOnce() -> R) -> R {
    if vm.threads.running == 0 {
        // No other thread exists (only a baton holder can start one).
        return f();
    }
    let st = ThreadState::take(vm);
    let baton = vm.threads.baton.clone();
    let r = baton.unlocked(vm, f);
    st.put(vm);
    r
}
