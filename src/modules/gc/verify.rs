//! The VM side of the heap verifier (`heap/verify.rs`) and of the checked
//! modes:
//! - `Vm::heap_roots`: every reference the interpreter holds outside heap
//!   objects (its own fields, the intern table, the running frames' shadow
//!   entries, the collector's lists). A new `Vm` field that owns references
//!   must be listed here, or the verifier reports what it holds as leaked.
//! - `Vm::verify_heap`: the recount; also checks that every valid entry of
//!   the attribute cache (which holds borrowed references) names a live
//!   object.
//! - `Vm::exit_heap_check`: at interpreter exit, after the shutdown
//!   collection, nothing may be leaked. Runs under the `refcheck` feature
//!   (a problem panics) and with `PYRITE_VERIFY_HEAP=1` (the report goes
//!   to stderr and the exit code becomes [`LEAK_EXIT_CODE`]).
//! - the Python hooks `sys._pyrite_verify_heap()` and
//!   `sys._pyrite_live_objects()`.
//!
//! The gc stress mode (`PYRITE_GC_STRESS=1`) lives in `heap/gc.rs`
//! (`GcState::stress`) and `collect.rs`.

use crate::heap::verify::HeapReport;
use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

/// Exit code of a run whose exit heap check failed (`PYRITE_VERIFY_HEAP=1`).
pub const LEAK_EXIT_CODE: i32 = 86;

/// Whether `PYRITE_VERIFY_HEAP` asks for the exit check (set and not `0`).
pub fn verify_requested() -> bool {
    std::env::var_os("PYRITE_VERIFY_HEAP").is_some_and(|v| !v.is_empty() && v != "0")
}

impl Vm {
    /// The interpreter's own references: (counted roots, one entry per owned
    /// reference; borrowed roots, for reachability only). Immortal objects
    /// (types, singletons, small ints, one-character strings) are roots by
    /// themselves and need not be listed.
    pub fn heap_roots(&self) -> (Vec<ObjRef>, Vec<ObjRef>) {
        let mut owned: Vec<ObjRef> = vec![self.builtins_module, self.sys_module, self.modules];
        owned.extend(self.stdout_obj);
        owned.extend(self.stderr_obj);
        owned.extend(self.exc_info.iter().flatten());
        owned.extend(self.interned.values());
        owned.extend(self.n.all());
        owned.extend(self.heap.gc.garbage);
        owned.extend(self.heap.gc.callbacks);
        owned.extend(self.heap.gc.atexit);
        owned.extend(self.heap.gc.builtins_copy);
        // Running frames: each owns its code, globals, builtins, function,
        // locals mapping and fast locals; the shadow entry owns the frame
        // object. (Their value stacks are not visible: references there
        // show up as excess counts while code runs.)
        for e in &self.frames.entries {
            owned.extend([e.code, e.globals, e.builtins]);
            owned.extend(e.locals);
            owned.extend(e.func);
            owned.extend(e.fast.iter().filter_map(std::cell::Cell::get));
            owned.extend(e.frame_obj);
        }
        owned.extend(self.frames.trace_func);
        owned.extend(self.frames.profile_func);
        let mut borrowed: Vec<ObjRef> = vec![self.builtins];
        borrowed.extend(self.current_globals);
        borrowed.extend(self.current_locals);
        borrowed.extend(self.frame_locals_funcs.iter().copied());
        borrowed.extend(self.repr_stack.iter().copied());
        (owned, borrowed)
    }

    /// Recounts every reference (see `heap/verify.rs`). Sound at any time:
    /// `over_released` and `dangling` are always bugs; `excess` and
    /// `unreachable` mean leaks only once no Python code runs.
    pub fn verify_heap(&self) -> HeapReport {
        self.verify_heap_with(&[])
    }

    /// [`Vm::verify_heap`] with extra owned roots held outside the VM.
    pub fn verify_heap_with(&self, held: &[ObjRef]) -> HeapReport {
        let (mut owned, borrowed) = self.heap_roots();
        owned.extend_from_slice(held);
        let mut report = self.heap.verify(&owned, &borrowed);
        self.attr_cache.for_each_valid(&mut |ty, name, value| {
            for (r, what) in [(Some(ty), "type"), (Some(name), "name"), (value, "value")] {
                if let Some(r) = r {
                    if !self.heap.is_live(r) {
                        report.dangling.push((r, format!("the attribute cache ({what})")));
                    }
                }
            }
        });
        report
    }

    /// The exit check (after the shutdown collection; see the module
    /// header). Returns false when a leak or a bad count was found and
    /// reported (under `refcheck` it panics instead).
    /// `held`: owned references the embedder holds (the facade's `__main__`).
    pub fn exit_heap_check(&mut self, held: &[ObjRef]) -> bool {
        if !cfg!(feature = "refcheck") && !verify_requested() {
            return true;
        }
        // Daemon threads still running hold references on their own native
        // stacks (frames, exception state): nothing can be concluded.
        if self.threads.running > 0 {
            return true;
        }
        self.flush_std();
        let report = self.verify_heap_with(held);
        if report.is_clean() {
            return true;
        }
        let verbose = std::env::var("PYRITE_VERIFY_HEAP").is_ok_and(|v| v == "all");
        let mut text = report.render(if verbose { usize::MAX } else { 25 });
        if verbose {
            text.push_str(&self.referrers_text(&report));
        }
        if cfg!(feature = "refcheck") {
            panic!("refcount checker: the heap is not clean at exit\n{text}");
        }
        self.write_stderr(&text);
        self.flush_std();
        false
    }
}

impl Vm {
    /// `PYRITE_VERIFY_HEAP=all`: who refers to each object in the report.
    fn referrers_text(&self, report: &HeapReport) -> String {
        let mut wanted: crate::heap::gc::IdMap<Vec<ObjRef>> = Default::default();
        for p in report.over_released.iter().chain(&report.excess).chain(&report.unreachable) {
            wanted.entry(p.obj).or_default();
        }
        for o in self.heap.live_refs() {
            self.heap.gc_children(o, &mut |c| {
                if let Some(v) = wanted.get_mut(&c) {
                    v.push(o);
                }
            });
        }
        let mut keys: Vec<&ObjRef> = wanted.keys().collect();
        keys.sort();
        let mut s = String::new();
        for k in keys {
            let from: Vec<String> = wanted[k].iter().map(|r| format!("{} {}", r.index(), self.heap.describe(*r))).collect();
            s.push_str(&format!("  referrers of slot {}: [{}]\n", k.index(), from.join("; ")));
        }
        s
    }
}

/// `sys._pyrite_live_objects()`: the number of live heap objects.
pub fn sys_live_objects(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "_pyrite_live_objects", 0, 0)?;
    let n = vm.heap.live_objects() as i64;
    Ok(vm.new_int(n))
}

/// `sys._pyrite_verify_heap()`: runs the verifier now. Raises SystemError
/// with the report when a count is wrong (over-released object, reference
/// to a freed slot); otherwise returns a dict of the report's numbers
/// (`live`, `reachable`, `excess`, `unreachable`, …). While code runs,
/// `excess` counts references held by value stacks and native code.
pub fn sys_verify_heap(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "_pyrite_verify_heap", 0, 0)?;
    let report = vm.verify_heap();
    if !report.is_sound() {
        let text = report.render(25);
        let t = vm.t.system_error;
        return Err(vm.new_error(t, text));
    }
    let d = vm.new_dict();
    for (k, v) in [
        ("live", report.live),
        ("reachable", report.reachable),
        ("over_released", report.over_released.len()),
        ("dangling", report.dangling.len()),
        ("excess", report.excess.len()),
        ("unreachable", report.unreachable.len()),
    ] {
        let v = vm.new_int(v as i64);
        vm.dict_set_str(d, k, v);
        vm.decref(v);
    }
    Ok(d)
}
