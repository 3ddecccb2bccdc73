//! The virtual machine: interpreter state, frames, the eval loop, calls,
//! attribute access, exceptions, generators and imports.
//!
//! # API for code that runs inside the VM (builtin types, builtins, modules)
//!
//! * **Objects** are [`ObjRef`]s (a heap slot index, `Copy`). Read an object's
//!   payload with `vm.heap.get(r)` (a [`Payload`]), its type with `vm.ty(r)`.
//!   Typed accessors: `vm.as_str(r) -> Option<&str>`, `vm.as_int(r) -> Option<i64>`, …
//! * **Reference counts** are manual and exact. Every function documents
//!   whether it takes/returns *owned* (counted) or *borrowed* references:
//!   - native functions receive their arguments **borrowed** (the caller
//!     keeps them alive) and return a **new** (owned) reference;
//!   - `vm.new_*` constructors and all protocol helpers (`vm.getattr`,
//!     `vm.call`, `vm.repr`, `vm.getitem`, `vm.iter`, `vm.next`, …) return
//!     owned references and borrow their inputs;
//!   - storing a reference somewhere (list item, attribute) needs its own
//!     count: `vm.incref(x)` before storing a borrowed one; `vm.decref(x)`
//!     when dropping an owned one. `vm.none()` / `vm.new_bool(b)` return
//!     owned references too (incremented singletons).
//!   - collections built from owned refs: `vm.new_list(vec)`, `vm.new_tuple(vec)`
//!     take ownership of the references in the Vec.
//! * **Errors**: functions return [`PyResult<T>`]; raise with
//!   `return Err(vm.type_error(format!("…")))` (also `value_error`,
//!   `index_error`, `key_error(key)`, `attribute_error`, `overflow_error`,
//!   `zero_division_error`, `runtime_error`, `name_error`, `new_error(ty, msg)`).
//!   A [`PyErr`] owns its exception object; to swallow one, `vm.drop_err(e)`.
//!   Test its class with `vm.err_matches(&e, vm.t.stop_iteration)`.
//! * **Calling back into Python**: `vm.call(f, &[args])`,
//!   `vm.call_method(obj, "name", &[args])`, `vm.call_kw(f, &args, &kwnames)`.
//! * **Arguments**: a native function gets `&Args` — `args.args` (positional
//!   then keyword values) and `args.kwnames` (names of the trailing keyword
//!   values). Use `args.check("append", 1, 1)?`-style helpers or
//!   `vm.parse_args(args, "sort", &["key", "reverse"], 0, …)`; see `args.rs`.
//! * **Builtin types' methods**: see `types/mod.rs`.

pub mod args;
pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod consts;
pub mod eval;
pub mod exc;
pub mod frame;
pub mod gen;
pub mod coro;
pub mod import;
pub mod names;
pub mod ops;
pub mod print_tb;
pub mod print_tb_group;
pub mod protocol;
pub mod syntax_warnings;
pub mod trace;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use num_bigint::BigInt;

pub use args::Args;
pub use names::Names;

pub use crate::heap::ObjRef;
use crate::heap::{Heap, Payload, PyList, PyStr, IMMORTAL_RC};
use crate::types::Types;

/// A raised Python exception: owns a reference to the exception instance.
#[derive(Debug)]
pub struct PyErr {
    pub exc: ObjRef,
}

pub type PyResult<T> = Result<T, PyErr>;

/// Buffered standard stream (stdout is block-buffered when not a tty, as CPython).
pub struct OutStream {
    pub buf: Vec<u8>,
    pub line_buffered: bool,
    pub is_stderr: bool,
    /// `-u` / PYTHONUNBUFFERED: every write goes straight out.
    pub unbuffered: bool,
    /// Captured output (tests): when Some, writes go here instead of the fd.
    pub capture: Option<Rc<std::cell::RefCell<Vec<u8>>>>,
}

impl OutStream {
    pub fn write(&mut self, s: &[u8]) {
        self.buf.extend_from_slice(s);
        if self.is_stderr || self.unbuffered || self.buf.len() > 8192 || (self.line_buffered && s.contains(&b'\n')) {
            self.flush();
        }
    }
    pub fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        if let Some(c) = &self.capture {
            c.borrow_mut().extend_from_slice(&self.buf);
        } else if self.is_stderr {
            let _ = std::io::stderr().write_all(&self.buf);
            let _ = std::io::stderr().flush();
        } else {
            let _ = std::io::stdout().write_all(&self.buf);
            let _ = std::io::stdout().flush();
        }
        self.buf.clear();
    }
}

pub struct Vm {
    pub heap: Heap,
    /// The builtin types (and exception classes).
    pub t: Types,
    /// Interned attribute names used by the runtime.
    pub n: Names,
    /// The NULL marker on the value stack (an immortal placeholder object).
    pub null: ObjRef,
    pub none_obj: ObjRef,
    pub true_obj: ObjRef,
    pub false_obj: ObjRef,
    pub ellipsis_obj: ObjRef,
    pub not_implemented_obj: ObjRef,
    pub empty_tuple: ObjRef,
    pub empty_str: ObjRef,
    small_ints: Vec<ObjRef>,
    /// Single-character latin-1 strings (CPython caches them).
    latin1_chars: Vec<Option<ObjRef>>,
    /// `b''` and the one-byte bytes objects (CPython's bytes singletons),
    /// made on first use and immortal like `latin1_chars`.
    byte_chars: Vec<Option<ObjRef>>,
    empty_bytes: Option<ObjRef>,
    /// `sys.intern` table: text → interned str (owned by the table).
    pub interned: HashMap<Rc<str>, ObjRef>,
    /// The `builtins` module and its dict.
    pub builtins_module: ObjRef,
    pub builtins: ObjRef,
    pub sys_module: ObjRef,
    /// `sys.modules`
    pub modules: ObjRef,
    /// Stack of exceptions being handled (sys.exc_info), innermost last.
    pub exc_info: Vec<Option<ObjRef>>,
    /// Current depth of Python calls and native re-entries.
    pub depth: usize,
    /// Set by `call_ex` for the `call_kw` it makes: the call came through
    /// `PyObject_Call` with a real argument tuple and keyword dict (see
    /// `Vm::hold_call_args`). Taken (reset) on entry to `call_kw`.
    pub(crate) ex_call: bool,
    pub recursion_limit: usize,
    /// Source text per file name, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    pub stdout: OutStream,
    pub stderr: OutStream,
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Deallocation worklist (iterative release of children).
    dealloc_queue: Vec<ObjRef>,
    deallocating: bool,
    /// perf: cache of MRO lookups (see `attr_cache.rs`).
    pub(crate) attr_cache: attr_cache::AttrCache,
    /// Reusable frame buffers (no allocation per call).
    #[allow(clippy::vec_box)] // boxed so a pooled frame keeps its address while the pool grows
    pub(crate) frame_pool: Vec<Box<frame::Frame>>,
    /// The running Python frames (shadow stack) and the trace/profile state.
    pub frames: frame::FrameStack,
    pub argv: Vec<String>,
    /// Path of the main script's directory (first entry of sys.path).
    pub main_dir: String,
    /// Hash secret (str hashes vary per run, as CPython's).
    pub hash_seed: u64,
    /// Native modules by name: their constructors (called on first import).
    pub native_modules: HashMap<&'static str, fn(&mut Vm) -> PyResult<ObjRef>>,
    /// The sys.stdout / sys.stderr stream objects created at startup.
    pub stdout_obj: Option<ObjRef>,
    pub stderr_obj: Option<ObjRef>,
    /// Globals of the innermost running frame (for `globals()`).
    pub current_globals: Option<ObjRef>,
    /// Locals mapping of the innermost running frame when it has one (module
    /// and class bodies, exec), for `locals()`/`eval()`/`exec()` (borrowed).
    pub current_locals: Option<ObjRef>,
    /// Builtin function objects (`locals`, `vars`, `dir`, `eval`, `exec`) that
    /// get a fast-locals snapshot as `current_locals` when called from a function.
    pub frame_locals_funcs: Vec<ObjRef>,
    /// `sys.get_int_max_str_digits()` (0 = no limit) for int<->str conversions.
    pub int_max_str_digits: usize,
    /// `open()` provided by the io module (None until registered).
    pub native_open: Option<crate::heap::NativeFn>,
    /// The member_descriptor and getset_descriptor types (types/descr.rs).
    pub descr_types: (ObjRef, ObjRef),
    /// Containers whose repr is being computed (`[...]` for recursion).
    pub repr_stack: Vec<ObjRef>,
    /// threading helper: the baton (GIL), the running thread's ident and the
    /// thread count (modules/thread). The "current thread" fields above
    /// (exc_info, depth, frames, current_globals/locals, repr_stack) belong to
    /// the thread holding the baton and are swapped at each hand-off.
    pub threads: crate::modules::thread::Threads,
    /// The member_descriptor type of struct sequence fields (types/structseq.rs; null until first use).
    pub structseq_member_type: ObjRef,
    /// The buffer protocol: exporter kinds and live export counts (types/memoryview).
    pub buffers: crate::types::memoryview::Buffers,
    /// perf helper: the import system's Python half loads lazily (vm/import.rs).
    pub import_sys: import::LazyImport,
}

impl Vm {
    /// A fresh interpreter with builtins and sys set up.
    pub fn new(argv: Vec<String>) -> Vm {
        let mut heap = Heap::new();
        let null = heap.alloc_untyped(Payload::Object);
        heap.set_rc(null, IMMORTAL_RC);
        let mut vm = Vm {
            heap,
            t: Types::placeholder(null),
            n: Names::placeholder(null),
            null,
            none_obj: null,
            true_obj: null,
            false_obj: null,
            ellipsis_obj: null,
            not_implemented_obj: null,
            empty_tuple: null,
            empty_str: null,
            small_ints: Vec::new(),
            latin1_chars: vec![None; 256],
            byte_chars: vec![None; 256],
            empty_bytes: None,
            interned: HashMap::new(),
            builtins_module: null,
            builtins: null,
            sys_module: null,
            modules: null,
            exc_info: vec![None],
            depth: 0,
            ex_call: false,
            recursion_limit: 1000,
            sources: HashMap::new(),
            stdout: OutStream { buf: Vec::new(), line_buffered: false, is_stderr: false, unbuffered: false, capture: None },
            stderr: OutStream { buf: Vec::new(), line_buffered: true, is_stderr: true, unbuffered: false, capture: None },
            interrupt: Default::default(),
            dealloc_queue: Vec::new(),
            deallocating: false,
            attr_cache: Default::default(),
            frame_pool: Vec::new(),
            frames: Default::default(),
            argv,
            main_dir: String::new(),
            hash_seed: 0,
            repr_stack: Vec::new(),
            threads: Default::default(),
            structseq_member_type: null,
            buffers: Default::default(),
            import_sys: Default::default(),
            descr_types: (null, null),
            stdout_obj: None,
            stderr_obj: None,
            current_globals: None,
            current_locals: None,
            frame_locals_funcs: Vec::new(),
            int_max_str_digits: crate::format::INT_MAX_STR_DIGITS,
            native_open: None,
            native_modules: HashMap::new(),
        };
        vm.hash_seed = {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
            t ^ (std::process::id() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        };
        crate::types::bootstrap(&mut vm);
        // gc helper: the exact types whose free lists gc.get_count() sees.
        vm.heap.gc.freelists.types = [vm.t.tuple.index() as u32, vm.t.list.index() as u32, vm.t.dict.index() as u32];
        vm.stdout.line_buffered = std::io::IsTerminal::is_terminal(&std::io::stdout());
        if std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()) {
            vm.stdout.unbuffered = true;
        }
        crate::builtins::init(&mut vm);
        crate::modules::init(&mut vm);
        vm.age_startup_objects();
        vm
    }

    /// The builtin types, their descriptors and the builtin modules were
    /// just built in Rust. CPython's counterparts sit in the oldest
    /// generation by the time a program starts (its startup collections
    /// age them), so they go there directly, and the allocation counters
    /// start from zero for the program (CPython's start at whatever its
    /// `site` import left pending: README, "Differences from CPython").
    fn age_startup_objects(&mut self) {
        // mem helper: the builtins as startup left them, restored at shutdown.
        let copy = self.dict_copy(self.builtins);
        self.heap.gc.builtins_copy = Some(copy);
        for g in 0..2 {
            let objs = self.heap.gc_members(g);
            self.heap.gc_move_to(&objs, 2);
            // Now empty: recompacting resets its bookkeeping.
            self.heap.gc_members(g);
        }
        self.heap.gc.long_lived_total = self.heap.gc_members(2).len() as i64;
        self.heap.gc.long_lived_pending = 0;
        self.heap.gc.count = [0; 3];
    }

    // ----- reference counting -------------------------------------------------

    #[inline]
    pub fn incref(&mut self, r: ObjRef) -> ObjRef {
        self.heap.incref(r);
        r
    }

    #[inline]
    pub fn decref(&mut self, r: ObjRef) {
        if self.heap.decref_hit_zero(r) {
            self.dealloc(r);
        }
    }

    pub fn xdecref(&mut self, r: Option<ObjRef>) {
        if let Some(r) = r {
            self.decref(r);
        }
    }

    /// Frees an object whose count reached zero: runs `__del__` (which may
    /// resurrect it), then releases its children iteratively.
    fn dealloc(&mut self, r: ObjRef) {
        // perf fast path: an exact int/float/str owns no references, has no
        // finalizer, weakrefs or attributes; release it directly (the same
        // slot order as the queue below, which is empty when not deallocating).
        if !self.deallocating && self.dealloc_queue.is_empty() {
            if let Some(ty) = self.heap.release_leaf(r, [self.t.float, self.t.int, self.t.str]) {
                self.decref(ty);
                return;
            }
        }
        self.dealloc_queue.push(r);
        if self.deallocating {
            return;
        }
        self.deallocating = true;
        while let Some(o) = self.dealloc_queue.pop() {
            if self.needs_finalizer(o) {
                self.heap.slot_mut(o).gc.finalized = true;
                self.heap.set_rc(o, 1);
                self.deallocating = false;
                self.run_finalizer(o);
                self.deallocating = true;
                if !self.heap.decref_hit_zero(o) {
                    continue; // resurrected
                }
            }
            // gc hook: weakrefs die (and their callbacks run) after __del__.
            if self.heap.slot(o).gc.flags & crate::heap::gc::HAS_WEAKREFS != 0 {
                self.deallocating = false;
                self.gc_clear_weakrefs(o);
                self.deallocating = true;
            }
            let ty = self.heap.ty(o);
            let (payload, attrs) = self.heap.release(o);
            if matches!(payload, Payload::Type(_)) {
                // perf cache: a new type may reuse this slot.
                self.attr_cache.invalidate();
            }
            let heap = &mut self.heap;
            let queue = &mut self.dealloc_queue;
            let mut drop_ref = |c: ObjRef| {
                if heap.decref_hit_zero(c) {
                    queue.push(c);
                }
            };
            payload.trace(&mut drop_ref);
            if let Some(a) = &attrs {
                a.trace(&mut drop_ref);
            }
            drop_ref(ty);
            // The payload's own Rust resources (strings, vectors) drop here.
            drop(payload);
        }
        self.deallocating = false;
    }

    pub(crate) fn needs_finalizer(&self, o: ObjRef) -> bool {
        let slot = self.heap.slot(o);
        if slot.gc.finalized {
            return false;
        }
        match &slot.payload {
            Payload::Generator(g) => {
                (g.frame.is_some() && !g.finished && g.frame.as_ref().is_some_and(|f| f.started())) || coro::never_awaited(self, o)
            }
            _ => match self.heap.get(self.heap.ty(o)) {
                Payload::Type(t) => t.has_del,
                _ => false,
            },
        }
    }

    pub(crate) fn run_finalizer(&mut self, o: ObjRef) {
        let saved = self.exc_info.len();
        if coro::never_awaited(self, o) {
            if let Err(e) = coro::warn_never_awaited(self, o) {
                self.write_unraisable(e, "Exception ignored in", o);
            }
        } else if let Payload::Generator(_) = self.heap.get(o) {
            if let Err(e) = gen::gen_close(self, o) {
                self.write_unraisable(e, "Exception ignored in", o);
            }
        } else {
            // checker fix: like CPython's slot_tp_finalize, `__del__` is looked
            // up on the type and called unbound (no bound method holding
            // `self`: `sys.getrefcount(self)` is 3 inside, as in CPython).
            let name = self.n.__del__;
            let ty = self.ty(o);
            if let Some(f) = self.lookup(ty, name) {
                let f = self.incref(f);
                let r = self.call_unbound(f, o, &[]);
                self.decref(f);
                match r {
                    Ok(r) => self.decref(r),
                    Err(e) => self.write_unraisable(e, "Exception ignored in", o),
                }
            }
        }
        self.exc_info.truncate(saved.max(self.exc_info.len().min(saved)));
    }

    // ----- singletons and small constructors ------------------------------------

    #[inline]
    pub fn none(&mut self) -> ObjRef {
        self.incref(self.none_obj)
    }
    #[inline]
    pub fn new_bool(&mut self, b: bool) -> ObjRef {
        let r = if b { self.true_obj } else { self.false_obj };
        self.incref(r)
    }
    pub fn not_implemented(&mut self) -> ObjRef {
        self.incref(self.not_implemented_obj)
    }
    #[inline]
    pub fn ty(&self, r: ObjRef) -> ObjRef {
        self.heap.ty(r)
    }
    /// Allocates an object of type `ty` (counts a reference to the type).
    #[inline]
    pub fn alloc(&mut self, ty: ObjRef, payload: Payload) -> ObjRef {
        // gc hook: an automatic collection may be due (modules/gc/collect.rs).
        if self.heap.gc.count[0] >= self.heap.gc.trigger {
            self.gc_alloc_hook(ty, &payload);
        }
        self.heap.incref(ty);
        let r = self.heap.alloc(ty, payload);
        // tracemalloc hook (modules/tracemalloc/hook.rs): one test when not tracing.
        if self.heap.trace.is_some() {
            self.trace_alloc(r);
        }
        r
    }

    #[inline]
    pub fn new_int(&mut self, v: i64) -> ObjRef {
        if (-5..=256).contains(&v) {
            let r = self.small_ints[(v + 5) as usize];
            return self.incref(r);
        }
        let t = self.t.int;
        self.heap.incref(t);
        let r = self.heap.alloc_leaf(t, Payload::Int(v));
        if self.heap.trace.is_some() {
            self.trace_alloc(r);
        }
        r
    }
    pub fn new_bigint(&mut self, v: BigInt) -> ObjRef {
        match i64::try_from(&v) {
            Ok(i) => self.new_int(i),
            Err(_) => {
                let t = self.t.int;
                self.alloc(t, Payload::BigInt(Box::new(v)))
            }
        }
    }
    #[inline]
    pub fn new_float(&mut self, v: f64) -> ObjRef {
        // perf: exact floats are not GC objects, so neither the collection
        // trigger nor the gc hook applies (see `Heap::alloc_leaf`).
        let t = self.t.float;
        self.heap.incref(t);
        let r = self.heap.alloc_leaf(t, Payload::Float(v));
        if self.heap.trace.is_some() {
            self.trace_alloc(r);
        }
        r
    }
    pub fn new_complex(&mut self, re: f64, im: f64) -> ObjRef {
        let t = self.t.complex;
        self.alloc(t, Payload::Complex(Box::new((re, im))))
    }
    pub fn new_str(&mut self, s: impl Into<String>) -> ObjRef {
        let s: String = s.into();
        if s.is_empty() {
            return self.incref(self.empty_str);
        }
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if (c as u32) < 256 {
                if let Some(r) = self.latin1_chars[c as usize] {
                    return self.incref(r);
                }
                let r = self.new_str_leaf(PyStr::new(s));
                self.heap.set_rc(r, IMMORTAL_RC);
                self.latin1_chars[c as usize] = Some(r);
                return r;
            }
        }
        self.new_str_leaf(PyStr::new(s))
    }
    /// A str that is never shared with a cached one (fresh object).
    pub fn new_str_fresh(&mut self, s: String) -> ObjRef {
        self.new_str_leaf(PyStr::new(s))
    }
    /// perf: an exact str is not a GC object, so it skips the collection
    /// trigger and the gc hook (which would find nothing to do), like
    /// `new_float`.
    #[inline]
    pub fn new_str_leaf(&mut self, s: PyStr) -> ObjRef {
        let t = self.t.str;
        self.heap.incref(t);
        let r = self.heap.alloc_leaf(t, Payload::Str(Box::new(s)));
        if self.heap.trace.is_some() {
            self.trace_alloc(r);
        }
        r
    }
    /// The interned str for `s` (owned reference).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(&r) = self.interned.get(s) {
            return self.incref(r);
        }
        // CPython 3.11 interns its deep-frozen modules' strings at startup;
        // of the one-char names only these are the one-char singletons
        // themselves (the others are separate objects: `chr(97) is 'a'` is
        // False, `chr(103) is 'g'` True).
        const SINGLETON_NAMES: &str = "guzADEFGHIJKMNOPQRUVWXYZ0123456789";
        let r = if s.len() == 1 && SINGLETON_NAMES.contains(s) { self.new_str(s.to_string()) } else { self.new_str_fresh(s.to_string()) };
        self.intern_obj(r)
    }
    /// Interns an existing str object (consumes `r`, returns the canonical one, owned).
    pub fn intern_obj(&mut self, r: ObjRef) -> ObjRef {
        // perf: an already-interned str is its own canonical object.
        if matches!(self.heap.get(r), Payload::Str(ps) if ps.interned.get()) {
            return r;
        }
        let found = self.interned.get(self.as_str(r).expect("intern of a str")).copied();
        if let Some(c) = found {
            self.decref(r);
            return self.incref(c);
        }
        let s = self.as_str(r).expect("intern of a str").to_string();
        if let Payload::Str(ps) = self.heap.get(r) {
            ps.interned.set(true);
        }
        self.incref(r); // the table's reference
        self.interned.insert(Rc::from(s.as_str()), r);
        r
    }
    /// A bytes object; `b''` and one-byte values are CPython's shared
    /// singletons (what `PyBytes_FromStringAndSize` returns).
    pub fn new_bytes(&mut self, b: Vec<u8>) -> ObjRef {
        let cached = match b.len() {
            0 => self.empty_bytes,
            1 => self.byte_chars[b[0] as usize],
            _ => return self.new_bytes_uncached(b),
        };
        if let Some(r) = cached {
            return self.incref(r);
        }
        let key = b.first().copied();
        let t = self.t.bytes;
        let r = self.alloc(t, Payload::Bytes(b.into_boxed_slice()));
        self.heap.set_rc(r, IMMORTAL_RC);
        match key {
            None => self.empty_bytes = Some(r),
            Some(k) => self.byte_chars[k as usize] = Some(r),
        }
        r
    }
    /// A bytes object that is a fresh one even for a single byte (CPython's
    /// `_PyBytes_FromSize` paths: `bytes(n)`, case mapping, `replace`, …);
    /// `b''` is still the singleton.
    pub fn new_bytes_uncached(&mut self, b: Vec<u8>) -> ObjRef {
        if b.is_empty() {
            return self.new_bytes(b);
        }
        let t = self.t.bytes;
        self.alloc(t, Payload::Bytes(b.into_boxed_slice()))
    }
    /// A list owning the given references; `allocated` = exact length (like a literal).
    pub fn new_list(&mut self, items: Vec<ObjRef>) -> ObjRef {
        let t = self.t.list;
        let allocated = items.len();
        self.alloc(t, Payload::List(Box::new(PyList { items, allocated })))
    }
    pub fn new_tuple(&mut self, items: Vec<ObjRef>) -> ObjRef {
        if items.is_empty() {
            return self.incref(self.empty_tuple);
        }
        let t = self.t.tuple;
        self.alloc(t, Payload::Tuple(items.into_boxed_slice()))
    }
    pub fn new_dict(&mut self) -> ObjRef {
        let t = self.t.dict;
        self.alloc(t, Payload::Dict(Box::default()))
    }

    // ----- typed accessors --------------------------------------------------------

    pub fn as_str(&self, r: ObjRef) -> Option<&str> {
        match self.heap.get(r) {
            Payload::Str(s) => Some(&s.s),
            _ => None,
        }
    }
    pub fn as_int(&self, r: ObjRef) -> Option<i64> {
        match self.heap.get(r) {
            Payload::Int(i) => Some(*i),
            _ => None,
        }
    }
    /// Any int (small or big) as a BigInt.
    pub fn as_bigint(&self, r: ObjRef) -> Option<BigInt> {
        match self.heap.get(r) {
            Payload::Int(i) => Some(BigInt::from(*i)),
            Payload::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    }
    pub fn as_float(&self, r: ObjRef) -> Option<f64> {
        match self.heap.get(r) {
            Payload::Float(f) => Some(*f),
            _ => None,
        }
    }
    pub fn tuple_items(&self, r: ObjRef) -> Option<&[ObjRef]> {
        match self.heap.get(r) {
            Payload::Tuple(t) => Some(t),
            _ => None,
        }
    }
    pub fn list_items(&self, r: ObjRef) -> Option<&[ObjRef]> {
        match self.heap.get(r) {
            Payload::List(l) => Some(&l.items),
            _ => None,
        }
    }
    /// Items of a list or tuple, copied (borrowed refs).
    pub fn seq_items(&self, r: ObjRef) -> Option<Vec<ObjRef>> {
        match self.heap.get(r) {
            Payload::List(l) => Some(l.items.clone()),
            Payload::Tuple(t) => Some(t.to_vec()),
            _ => None,
        }
    }
    pub fn is_none(&self, r: ObjRef) -> bool {
        r == self.none_obj
    }

    /// The type's name (`int`, `MyClass`).
    pub fn type_name(&self, ty: ObjRef) -> String {
        match self.heap.get(ty) {
            Payload::Type(t) => t.name.clone(),
            _ => "?".to_string(),
        }
    }
    /// The name of the type of `obj`.
    pub fn type_name_of(&self, obj: ObjRef) -> String {
        self.type_name(self.ty(obj))
    }

    /// Writes text to sys.stdout's buffer.
    pub fn write_stdout(&mut self, s: &str) {
        self.stdout.write(s.as_bytes());
    }
    pub fn write_stderr(&mut self, s: &str) {
        self.stdout.flush();
        self.stderr.write(s.as_bytes());
    }
    pub fn flush_std(&mut self) {
        self.stdout.flush();
        self.stderr.flush();
    }

    /// The eval breaker: checks the Ctrl-C flag (KeyboardInterrupt, main
    /// thread only, as CPython) and whether another thread asked for the baton
    /// (threading helper). The fast path is two relaxed loads.
    #[inline]
    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self.interrupt.load(std::sync::atomic::Ordering::Relaxed) | self.threads.baton.drop_requested() {
            return self.eval_breaker_slow();
        }
        Ok(())
    }

    /// The eval breaker fired: a pending Ctrl-C or a baton request.
    #[cold]
    #[inline(never)]
    fn eval_breaker_slow(&mut self) -> PyResult<()> {
        if self.threads.is_main && self.interrupt.swap(false, std::sync::atomic::Ordering::Relaxed) {
            let t = self.t.keyboard_interrupt;
            return Err(self.new_error_empty(t));
        }
        if self.threads.baton.drop_requested() {
            crate::modules::thread::switch(self);
        }
        Ok(())
    }
}

impl Vm {
    pub(crate) fn set_small_ints(&mut self, v: Vec<ObjRef>) {
        self.small_ints = v;
    }
    pub fn small_int(&self, v: i64) -> Option<ObjRef> {
        if (-5..=256).contains(&v) {
            Some(self.small_ints[(v + 5) as usize])
        } else {
            None
        }
    }
}
