//! The cycle collector's driver (CPython 3.11's `gc_collect_main`): merges
//! the generations being collected, finds the unreachable objects with the
//! heap's `deduce_unreachable`, clears weak references to them (running the
//! callbacks of reachable weakrefs), runs `__del__` once (PEP 442), drops
//! whatever a finalizer resurrected, and breaks the remaining cycles by
//! clearing the objects' references so reference counting frees them.
//! Also the automatic collection started from `Vm::alloc`, weakref clearing
//! at deallocation, and the shutdown sequence (`gc_finalize_modules`,
//! `gc_at_exit`).

use std::time::Instant;

use crate::heap::gc::{is_gc_kind, IdMap, IdSet, HAS_WEAKREFS};
use crate::heap::{ObjRef, Payload};
use crate::vm::{PyErr, Vm};

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;

impl Vm {
    /// Allocation hook (called by `Vm::alloc` when gen 0's count reached its
    /// threshold): like CPython's gc_alloc, a GC allocation that pushes the
    /// count past threshold 0 first runs `collect_generations`.
    pub fn gc_alloc_hook(&mut self, ty: ObjRef, payload: &Payload) {
        if !is_gc_kind(&self.heap, ty, payload) {
            return;
        }
        let g = &self.heap.gc;
        if !g.enabled || g.collecting || g.threshold[0] <= 0 {
            return;
        }
        if g.stress {
            // checker helper: the stress mode collects everything every time.
            self.gc_run(2, true);
            if self.heap.gc.stress_verify {
                let report = self.verify_heap();
                if !report.is_sound() {
                    panic!("refcount checker: heap verification failed after a stress collection\n{}", report.render(25));
                }
            }
            return;
        }
        // The allocation about to happen was counted before CPython collects.
        self.heap.gc.count[0] += 1;
        let mut gen = None;
        for i in (0..3).rev() {
            let g = &self.heap.gc;
            if g.count[i] > g.threshold[i] {
                // Full collections wait until 25% of the long-lived objects are new.
                if i == 2 && g.long_lived_pending < g.long_lived_total / 4 {
                    continue;
                }
                gen = Some(i);
                break;
            }
        }
        self.heap.gc.count[0] -= 1;
        if let Some(i) = gen {
            self.gc_run(i, true);
            // CPython reset the count after counting this allocation.
            self.heap.gc.count[0] -= 1;
        }
    }

    /// `gc.collect(generation)` and automatic collections: returns the number
    /// of unreachable objects found (0 when a collection is already running).
    pub fn gc_run(&mut self, generation: usize, with_callbacks: bool) -> i64 {
        if self.heap.gc.collecting {
            return 0;
        }
        self.heap.gc.collecting = true;
        self.heap.gc.refresh_trigger();
        if with_callbacks {
            self.gc_invoke_callbacks("start", generation, 0, 0);
        }
        let (collected, uncollectable) = self.gc_collect_main(generation);
        if with_callbacks {
            self.gc_invoke_callbacks("stop", generation, collected, uncollectable);
        }
        self.heap.gc.collecting = false;
        // (perf cache: `gc_clear` forgets cached lookups when it clears a
        // type; a collection that clears none changes no lookup.)
        self.heap.gc.refresh_trigger();
        collected + uncollectable
    }

    fn gc_invoke_callbacks(&mut self, phase: &str, generation: usize, collected: i64, uncollectable: i64) {
        let Some(cbs) = self.heap.gc.callbacks else { return };
        if !matches!(self.heap.get(cbs), Payload::List(l) if !l.items.is_empty()) {
            return;
        }
        let info = self.new_dict();
        for (k, v) in [("generation", generation as i64), ("collected", collected), ("uncollectable", uncollectable)] {
            let v = self.new_int(v);
            self.dict_set_str(info, k, v);
            self.decref(v);
        }
        let phase = self.new_str(phase);
        let list: Vec<ObjRef> = self.list_items(cbs).map(|s| s.to_vec()).unwrap_or_default();
        for &cb in &list {
            self.incref(cb);
        }
        for cb in list {
            match self.call(cb, &[phase, info]) {
                Ok(r) => self.decref(r),
                Err(e) => self.write_unraisable_plain(e, cb),
            }
            self.decref(cb);
        }
        self.decref(phase);
        self.decref(info);
    }

    /// `PyErr_WriteUnraisable(obj)`: "Exception ignored in: <repr>" + traceback,
    /// through `sys.unraisablehook`.
    pub fn write_unraisable_plain(&mut self, e: PyErr, obj: ObjRef) {
        self.report_unraisable(e, None, Some(obj));
    }

    /// Returns (collected, uncollectable).
    fn gc_collect_main(&mut self, generation: usize) -> (i64, i64) {
        let debug = self.heap.gc.debug;
        let t0 = Instant::now();
        if debug & DEBUG_STATS != 0 {
            let sizes: Vec<usize> = (0..3).map(|g| self.heap.gc_gen_size(g)).collect();
            let perm = self.heap.gc_permanent().len();
            self.write_stderr(&format!(
                "gc: collecting generation {generation}...\ngc: objects in each generation: {} {} {}\ngc: objects in permanent generation: {perm}\n",
                sizes[0], sizes[1], sizes[2]
            ));
        }
        // Update the counters as CPython does before collecting.
        if generation + 1 < 3 {
            self.heap.gc.count[generation + 1] += 1;
        }
        for i in 0..=generation {
            self.heap.gc.count[i] = 0;
        }
        // Merge the younger generations into the one being collected.
        let mut young = self.heap.gc_members(generation);
        for i in 0..generation {
            young.extend(self.heap.gc_members(i));
        }
        let (dict_t, tuple_t) = (self.t.dict, self.t.tuple);
        let all = young.clone();
        young.retain(|&o| self.heap.slot(o).gc.tracked);
        let heap = &self.heap;
        let (reachable, unreachable) = heap.deduce_unreachable(&young, &|o| heap.rc(o) as i64);
        // untrack_tuples: reachable tuples of atoms stop being tracked.
        for &o in &reachable {
            if matches!(self.heap.get(o), Payload::Tuple(_)) && self.heap.ty(o) == tuple_t && self.heap.tuple_may_untrack(o) {
                self.heap.slot_mut(o).gc.tracked = false;
            }
        }
        // untrack_dicts: a full collection stops tracking the reachable
        // exact dicts that hold no container (after the tuples above).
        let mut untracked_dicts = 0;
        if generation == 2 {
            for &o in &reachable {
                if matches!(self.heap.get(o), Payload::Dict(_)) {
                    self.heap.dict_maybe_untrack(o, dict_t);
                    untracked_dicts += i64::from(!self.heap.slot(o).gc.tracked);
                }
            }
        }
        // Survivors (and untracked members) move to the next generation.
        let old = (generation + 1).min(2);
        for i in 0..=generation {
            self.heap.gc.gens[i].clear();
        }
        let unreach_set: IdSet = unreachable.iter().copied().collect();
        // Survivors in CPython's list order (the reachable list after
        // move_unreachable), then the untracked members.
        let mut survivors = reachable.clone();
        let reach_set: IdSet = reachable.iter().copied().collect();
        survivors.extend(all.iter().copied().filter(|o| !unreach_set.contains(o) && !reach_set.contains(o)));
        self.heap.gc_move_to(&survivors, old as u8);
        if generation == 1 {
            self.heap.gc.long_lived_pending += reachable.len() as i64;
        } else if generation == 2 {
            self.heap.gc.long_lived_pending = 0;
            self.heap.gc.long_lived_total = reachable.len() as i64 - untracked_dicts;
        }
        // Whatever is still alive after this collection ends up in `old`.
        self.heap.gc_move_to(&unreachable, old as u8);
        if unreachable.is_empty() {
            return self.gc_finish(generation, debug, t0, 0);
        }
        // Hold every unreachable object so none is freed (and its slot
        // reused) while Python code runs below.
        for &o in &unreachable {
            self.incref(o);
        }
        if debug & DEBUG_COLLECTABLE != 0 {
            for &o in &unreachable {
                let name = self.type_data(self.ty(o)).name.clone();
                let line = format!("gc: collectable <{} 0x{:x}>\n", name, self.heap.address(o));
                self.write_stderr(&line);
            }
        }
        let m_weak = self.gc_handle_weakrefs(&unreachable, &unreach_set);
        // finalize_garbage: `__del__` once per object (PEP 442).
        for &o in &unreachable {
            if self.needs_finalizer(o) {
                self.heap.slot_mut(o).gc.finalized = true;
                self.run_finalizer(o);
            } else if self.gc_unstarted_generator(o) {
                // CPython's generator finalizer closes an unstarted one too
                // (its frame, and what the frame holds, goes).
                self.heap.slot_mut(o).gc.finalized = true;
                if let Err(e) = crate::vm::gen::gen_close(self, o) {
                    self.write_unraisable_plain(e, o);
                }
            }
        }
        // handle_resurrected_objects: what a finalizer made reachable survives.
        let still: Vec<ObjRef> = unreachable.iter().copied().filter(|&o| self.heap.is_live(o)).collect();
        let heap = &self.heap;
        let (_, final_unreachable) = heap.deduce_unreachable(&still, &|o| heap.rc(o) as i64 - 1);
        // Objects that finalizers freed (plain reference counting once our
        // hold goes) were deallocated during finalization in CPython: not counted.
        let freed = self.gc_freed_by_finalizers(&still);
        let counted: Vec<ObjRef> = final_unreachable.iter().copied().filter(|o| !freed.contains(o)).collect();
        let m = counted.len() as i64 + m_weak;
        if debug & DEBUG_SAVEALL != 0 {
            if let Some(g) = self.heap.gc.garbage {
                for &o in &final_unreachable {
                    self.list_append(g, o);
                }
            }
        } else {
            for &o in &final_unreachable {
                self.gc_clear(o);
            }
        }
        for &o in &unreachable {
            self.decref(o);
        }
        self.gc_finish(generation, debug, t0, m)
    }

    /// Whether `o` is a generator that never started (CPython's finalizer
    /// closes it; pyrite's deallocation just drops its frame).
    fn gc_unstarted_generator(&self, o: ObjRef) -> bool {
        let s = self.heap.slot(o);
        !s.gc.finalized && matches!(&s.payload, Payload::Generator(g) if !g.finished && g.frame.as_ref().is_some_and(|f| !f.started()))
    }

    /// The objects of `objs` (each held once by the collector) that plain
    /// reference counting frees once the collector's hold goes: no cycle
    /// keeps them alive.
    fn gc_freed_by_finalizers(&self, objs: &[ObjRef]) -> IdSet {
        let mut eff: IdMap<i64> = IdMap::default();
        for &o in objs {
            eff.insert(o, self.heap.rc(o) as i64 - 1);
        }
        let mut work: Vec<ObjRef> = objs.iter().copied().filter(|o| eff[o] <= 0).collect();
        let mut freed = IdSet::default();
        while let Some(o) = work.pop() {
            if !freed.insert(o) {
                continue;
            }
            let s = self.heap.slot(o);
            let mut refs = Vec::new();
            s.payload.trace(&mut |r| refs.push(r));
            if let Some(a) = &s.attrs {
                a.trace(&mut |r| refs.push(r));
            }
            refs.push(self.heap.ty(o));
            for r in refs {
                if let Some(n) = eff.get_mut(&r) {
                    *n -= 1;
                    if *n == 0 {
                        work.push(r);
                    }
                }
            }
        }
        freed
    }

    fn gc_finish(&mut self, generation: usize, debug: i64, t0: Instant, m: i64) -> (i64, i64) {
        if generation == 2 {
            // clear_freelists: PyObject_GC_Del lowers the gen-0 count.
            let n = self.heap.gc.freelists.clear();
            self.heap.gc.count[0] = (self.heap.gc.count[0] - n).max(0);
        }
        if debug & DEBUG_STATS != 0 {
            let d = t0.elapsed().as_secs_f64();
            self.write_stderr(&format!("gc: done, {m} unreachable, 0 uncollectable, {d:.4}s elapsed\n"));
        }
        let st = &mut self.heap.gc.stats[generation];
        st.collections += 1;
        st.collected += m;
        (m, 0)
    }

    /// CPython's handle_weakrefs: weakrefs that are themselves garbage are
    /// cleared silently; weakrefs to garbage are cleared, and the callbacks
    /// of the reachable ones run. Returns how many of those weakrefs died.
    fn gc_handle_weakrefs(&mut self, unreachable: &[ObjRef], unreach_set: &IdSet) -> i64 {
        for &o in unreachable {
            if let Payload::WeakRef(w) = self.heap.get_mut(o) {
                if let Some(t) = w.target.take() {
                    self.heap.weakref_unlink(t, o);
                }
            }
        }
        let mut to_call = Vec::new();
        for &o in unreachable {
            if self.heap.slot(o).gc.flags & HAS_WEAKREFS == 0 {
                continue;
            }
            let list = self.heap.gc.weakrefs.remove(&o).unwrap_or_default();
            self.heap.slot_mut(o).gc.flags &= !HAS_WEAKREFS;
            for w in list {
                let has_cb = match self.heap.get_mut(w) {
                    Payload::WeakRef(wd) => {
                        wd.target = None;
                        wd.callback.is_some()
                    }
                    _ => false,
                };
                if has_cb && !unreach_set.contains(&w) {
                    self.incref(w);
                    to_call.push(w);
                }
            }
        }
        let mut freed = 0;
        for w in to_call {
            let cb = match self.heap.get(w) {
                Payload::WeakRef(wd) => wd.callback,
                _ => None,
            };
            if let Some(cb) = cb {
                self.incref(cb);
                match self.call(cb, &[w]) {
                    Ok(r) => self.decref(r),
                    Err(e) => self.write_unraisable_plain(e, cb),
                }
                self.decref(cb);
            }
            if self.heap.rc(w) == 1 {
                freed += 1;
            }
            self.decref(w);
        }
        freed
    }

    /// Weakref clearing at deallocation (`PyObject_ClearWeakRefs`): every
    /// weakref to `o` goes dead, then callbacks run (list order, which is
    /// newest-callback-first as in CPython).
    pub fn gc_clear_weakrefs(&mut self, o: ObjRef) {
        let list = self.heap.gc.weakrefs.remove(&o).unwrap_or_default();
        self.heap.slot_mut(o).gc.flags &= !HAS_WEAKREFS;
        let mut to_call = Vec::new();
        for w in list {
            if let Payload::WeakRef(wd) = self.heap.get_mut(w) {
                wd.target = None;
                // CPython takes the callback out of the weakref before
                // calling it (`r.__callback__` is None inside it); its
                // reference now belongs to `to_call`.
                if let Some(cb) = wd.callback.take() {
                    to_call.push((w, cb));
                }
            }
        }
        for &(w, _) in &to_call {
            // The weakref may be released by its own callback: hold it.
            self.incref(w);
        }
        for (w, cb) in to_call {
            match self.call(cb, &[w]) {
                Ok(r) => self.decref(r),
                Err(e) => self.write_unraisable_plain(e, cb),
            }
            self.decref(cb);
            self.decref(w);
        }
    }

    /// tp_clear: drops the references an unreachable object holds so the
    /// cycle falls apart (lists/dicts/sets emptied, instance attributes
    /// cleared, cells emptied, optional function fields dropped…).
    fn gc_clear(&mut self, o: ObjRef) {
        if !self.heap.is_live(o) {
            return;
        }
        if matches!(self.heap.get(o), Payload::Type(_)) {
            // perf cache: clearing a type changes what lookups through it find.
            self.attr_cache.invalidate();
        }
        // perf: one allocation for the usual few references.
        let mut dropped: Vec<ObjRef> = Vec::with_capacity(8);
        let mut type_dict = None;
        let slot = self.heap.slot_mut(o);
        if let Some(a) = slot.attrs.as_mut() {
            for (k, v) in a.values.drain(..) {
                dropped.push(k);
                dropped.push(v);
            }
            if let Some(d) = a.dict.take() {
                dropped.push(d);
            }
            for s in a.slots.iter_mut() {
                if let Some(x) = s.take() {
                    dropped.push(x);
                }
            }
        }
        match &mut slot.payload {
            Payload::List(l) => dropped.append(&mut l.items),
            Payload::Dict(d) => {
                let old = std::mem::take(&mut **d);
                old.trace(&mut |r| dropped.push(r));
            }
            Payload::Set(s) => dropped.extend(s.clear()),
            Payload::Cell(c) => dropped.extend(c.take()),
            Payload::Function(f) => {
                for x in [f.defaults.take(), f.kwdefaults.take(), f.closure.take(), f.annotations.take()].into_iter().flatten() {
                    dropped.push(x);
                }
            }
            Payload::Exception(e) => {
                for x in [e.traceback.take(), e.cause.take(), e.context.take(), e.notes.take()].into_iter().flatten() {
                    dropped.push(x);
                }
            }
            Payload::WeakRef(w) => dropped.extend(w.callback.take()),
            Payload::Native(n) => dropped.extend(n.clear()),
            Payload::Property(p) => {
                for x in p.iter_mut() {
                    dropped.extend(x.take());
                }
            }
            Payload::Type(t) if t.heap_type => {
                // type_clear: the MRO tuple goes (the vector borrowed from
                // it is cut to the class itself) and the namespace is emptied.
                if let Some(m) = t.mro_tuple.take() {
                    t.mro = vec![o];
                    dropped.push(m);
                }
                type_dict = Some(t.dict);
            }
            _ => {}
        }
        if let Some(d) = type_dict {
            if let Payload::Dict(dd) = self.heap.get_mut(d) {
                let old = std::mem::take(&mut **dd);
                old.trace(&mut |r| dropped.push(r));
            }
        }
        for r in dropped {
            self.decref(r);
        }
    }

    /// Interpreter shutdown (CPython's `_PyGC_CollectNoFail` in
    /// finalize_modules): a full collection without callbacks.
    pub fn gc_at_exit(&mut self) {
        self.gc_run(2, false);
    }

    /// CPython's finalize_modules (called after atexit and a first
    /// collection): `sys.modules` lets go of every module (remembered
    /// weakly), a collection frees what only cycles kept alive, the modules
    /// still alive are wiped newest first (their globals set to None, so the
    /// objects they held are released and their `__del__` runs), then
    /// another collection. `gc_at_exit` is the last one.
    pub fn gc_finalize_modules(&mut self) {
        self.finalize_delete_special();
        let mods = self.modules;
        let wr_type = self.t.weakref;
        let mut weak: Vec<ObjRef> = Vec::new();
        let none = self.none_obj;
        for (k, m) in self.dict_items(mods) {
            if !matches!(self.heap.get(m), Payload::Module(_)) {
                continue;
            }
            match self.new_weakref(wr_type, m, None) {
                Ok(w) => weak.push(w),
                Err(e) => self.drop_err(e),
            }
            self.incref(k);
            if let Err(e) = self.dict_set_item(mods, k, none) {
                self.drop_err(e);
            }
            self.decref(k);
        }
        self.dict_clear(mods);
        // CPython's finalize_restore_builtins: names a program added to
        // builtins go (their objects may die now), the originals come back.
        // The current contents are held until builtins is whole again.
        if let Some(copy) = self.heap.gc.builtins_copy {
            let b = self.builtins;
            let held = self.dict_copy(b);
            self.dict_clear(b);
            if let Err(e) = self.dict_update(b, copy) {
                self.drop_err(e);
            }
            self.decref(held);
        }
        self.gc_run(2, false);
        self.flush_std();
        for &w in weak.iter().rev() {
            let Some(m) = self.weakref_target(w) else { continue };
            if m == self.sys_module || m == self.builtins_module || !matches!(self.heap.get(m), Payload::Module(_)) {
                continue;
            }
            self.incref(m);
            let d = self.module_dict(m);
            self.module_clear_dict(d);
            self.decref(m);
        }
        for w in weak {
            self.decref(w);
        }
        // CPython's finalize_clear_sys_builtins_dict: sys, then builtins.
        self.flush_std();
        if self.sys_module != self.null {
            let d = self.module_dict(self.sys_module);
            self.module_clear_dict(d);
        }
        let b = self.builtins;
        if b != self.null {
            self.module_clear_dict(b);
        }
        self.gc_run(2, false);
        self.flush_std();
    }

    /// CPython's `finalize_modules_delete_special`: `builtins._` and the sys
    /// attributes the import system and the REPL use become None, and the
    /// standard streams go back to the original ones.
    fn finalize_delete_special(&mut self) {
        let none = self.none_obj;
        if self.builtins != self.null {
            let b = self.builtins;
            self.dict_set_str(b, "_", none);
        }
        if self.sys_module == self.null {
            return;
        }
        let sd = self.module_dict(self.sys_module);
        for name in ["path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback", "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__"] {
            self.dict_set_str(sd, name, none);
        }
        for (name, orig) in [("stdin", "__stdin__"), ("stdout", "__stdout__"), ("stderr", "__stderr__")] {
            if let Some(v) = self.dict_get_str(sd, orig) {
                let v = self.incref(v);
                self.dict_set_str(sd, name, v);
                self.decref(v);
            }
        }
    }

    /// CPython's `_PyModule_ClearDict`: first the names with one leading
    /// underscore become None, then every other name but `__builtins__`, in
    /// the dict's order (so `__del__` methods running meanwhile see the
    /// public names longer than the private ones).
    pub fn module_clear_dict(&mut self, d: ObjRef) {
        // The keys are held (a `__del__` may delete entries meanwhile); the
        // values are read again at their turn, so each dies when replaced.
        let keys: Vec<ObjRef> = self.dict_items(d).into_iter().map(|(k, _)| k).collect();
        for &k in &keys {
            self.incref(k);
        }
        for pass in 0..2 {
            for &k in &keys {
                let Some(name) = self.as_str(k) else { continue };
                let single = name.starts_with('_') && !name[1..].starts_with('_');
                let clear = if pass == 0 { single } else { name != "__builtins__" };
                if !clear {
                    continue;
                }
                match self.dict_get_item(d, k) {
                    Ok(Some(v)) if v != self.none_obj => {}
                    Ok(_) => continue,
                    Err(e) => {
                        self.drop_err(e);
                        continue;
                    }
                }
                let none = self.none_obj;
                if let Err(e) = self.dict_set_item(d, k, none) {
                    self.drop_err(e);
                }
            }
        }
        for k in keys {
            self.decref(k);
        }
        self.flush_std();
    }
}
