//! The cycle collector's driver (CPython 3.11's `gc_collect_main`): merges
//! the generations being collected, finds the unreachable objects with the
//! heap's `deduce_unreachable`, clears weak references to them (running the
//! callbacks of reachable weakrefs), runs `__del__` once (PEP 442), drops
//! whatever a finalizer resurrected, and breaks the remaining cycles by
//! clearing the objects' references so reference counting frees them.
//! Also the automatic collection started from `Vm::alloc`, weakref clearing
//! at deallocation, and the shutdown collection.

use std::time::Instant;

use crate::heap::gc::{is_gc_kind, IdSet, HAS_WEAKREFS};
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
        // perf cache: the collection may have cleared type dicts.
        self.attr_cache.invalidate();
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

    /// `PyErr_WriteUnraisable(obj)`: "Exception ignored in: <repr>" + traceback.
    pub fn write_unraisable_plain(&mut self, e: PyErr, obj: ObjRef) {
        let desc = match self.repr_string(obj) {
            Ok(s) => s,
            Err(e2) => {
                self.drop_err(e2);
                "<object repr() failed>".to_string()
            }
        };
        self.write_stderr(&format!("Exception ignored in: {desc}\n"));
        self.print_exception(e.exc);
        self.drop_err(e);
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
        // Lazily track dicts that hold containers (3.11 does it on insert);
        // a full collection also untracks atomic dicts.
        for &o in &young {
            if matches!(self.heap.get(o), Payload::Dict(_)) {
                let may = self.heap.dict_may_track(o);
                let s = self.heap.slot_mut(o);
                if may {
                    s.gc.tracked = true;
                } else if generation == 2 {
                    s.gc.tracked = false;
                }
            }
        }
        let all = young.clone();
        young.retain(|&o| self.heap.slot(o).gc.tracked);
        let heap = &self.heap;
        let (reachable, unreachable) = heap.deduce_unreachable(&young, &|o| heap.rc(o) as i64);
        // untrack_tuples: reachable tuples of atoms stop being tracked.
        for &o in &reachable {
            if matches!(self.heap.get(o), Payload::Tuple(_)) && self.heap.tuple_may_untrack(o) {
                self.heap.slot_mut(o).gc.tracked = false;
            }
        }
        // Survivors (and untracked members) move to the next generation.
        let old = (generation + 1).min(2);
        for i in 0..=generation {
            self.heap.gc.gens[i].clear();
        }
        let unreach_set: IdSet = unreachable.iter().copied().collect();
        let survivors: Vec<ObjRef> = all.iter().copied().filter(|o| !unreach_set.contains(o)).collect();
        self.heap.gc_move_to(&survivors, old as u8);
        if generation == 1 {
            self.heap.gc.long_lived_pending += reachable.len() as i64;
        } else if generation == 2 {
            self.heap.gc.long_lived_pending = 0;
            self.heap.gc.long_lived_total = reachable.len() as i64;
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
            }
        }
        // handle_resurrected_objects: what a finalizer made reachable survives.
        let still: Vec<ObjRef> = unreachable.iter().copied().filter(|&o| self.heap.is_live(o)).collect();
        let heap = &self.heap;
        let (_, final_unreachable) = heap.deduce_unreachable(&still, &|o| heap.rc(o) as i64 - 1);
        let m = final_unreachable.len() as i64 + m_weak + self.gc_phantom_dicts(&final_unreachable);
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

    /// Functions keep their attributes inline here, but CPython stores them
    /// in a real (tracked) `__dict__`, which a collection also counts.
    fn gc_phantom_dicts(&self, objs: &[ObjRef]) -> i64 {
        let mut n = 0;
        for &o in objs {
            let s = self.heap.slot(o);
            if let (Payload::Function(_), Some(a)) = (&s.payload, &s.attrs) {
                if a.dict.is_none() && a.values.iter().any(|&(_, v)| self.heap.may_be_tracked(v)) {
                    n += 1;
                }
            }
        }
        n
    }

    fn gc_finish(&mut self, generation: usize, debug: i64, t0: Instant, m: i64) -> (i64, i64) {
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
                if let Some(cb) = wd.callback {
                    // The weakref may be released by its own callback: hold it.
                    to_call.push((w, cb));
                }
            }
        }
        for &(w, cb) in &to_call {
            self.incref(w);
            self.incref(cb);
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
        let mut dropped: Vec<ObjRef> = Vec::new();
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
            _ => {}
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
}
