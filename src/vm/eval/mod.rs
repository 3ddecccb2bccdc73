//! The eval loop: one `match` per instruction, with CPython 3.11's stack
//! effects and reference behaviour, and exception-table unwinding. The
//! helpers the instructions call live in the submodules.

mod attr_sites;
mod calls;
mod except_star;
mod matching;
mod names;
mod raise;
mod values;

pub use values::list_resize;

use crate::bytecode::Instr;
use crate::heap::{DictTable, IterData, ObjRef, Payload};

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};

/// How a frame stopped running.
pub enum FrameExit {
    Return(ObjRef),
    Yield(ObjRef),
}

/// An error travelling out of an instruction; `tb` says whether the frame
/// must add itself to the traceback (false for re-raises).
pub struct Unwind {
    pub err: PyErr,
    pub tb: bool,
}

impl From<PyErr> for Unwind {
    fn from(err: PyErr) -> Unwind {
        Unwind { err, tb: true }
    }
}

pub(in crate::vm) type EResult<T> = Result<T, Unwind>;

impl Vm {
    /// Runs a frame until it returns, yields, or raises out of it.
    pub fn run_frame(&mut self, f: &mut Frame) -> PyResult<FrameExit> {
        self.resume_frame(f, None)
    }

    /// Runs a frame; with `pending`, first raises that error at the current
    /// instruction (generator `throw`). One function: the shadow-stack entry,
    /// the `globals()` record and the unwind loop are set up once per call.
    pub fn resume_frame(&mut self, f: &mut Frame, mut pending: Option<PyErr>) -> PyResult<FrameExit> {
        let saved_globals = self.current_globals.replace(f.globals);
        let saved_locals = std::mem::replace(&mut self.current_locals, f.locals);
        self.push_shadow(f);
        if pending.is_none() {
            if self.frames.tracing {
                // The 'call' event (CPython's RESUME); a throw() into a generator has none.
                if let Err(e) = self.trace_call_event() {
                    f.lasti = self.frames.top_lasti as usize;
                    pending = Some(e);
                }
            }
            // CPython's RESUME polls the eval breaker on frame entry and after a yield.
            if pending.is_none() {
                if let Err(e) = self.check_interrupt() {
                    f.lasti = self.frames.top_lasti as usize;
                    pending = Some(e);
                }
            }
        }
        f.started_flag = true;
        let r = loop {
            let u = match pending.take() {
                Some(err) => Unwind { err, tb: true },
                None => {
                    // One copy of the loop per tracing state, so the untraced
                    // one tests no flag per instruction; a loop whose state
                    // went stale returns None and the other one takes over.
                    let r = if self.frames.tracing { self.exec::<true>(f) } else { self.exec::<false>(f) };
                    f.lasti = self.frames.top_lasti as usize;
                    match r {
                        Ok(None) => continue,
                        Ok(Some(exit)) => {
                            if self.frames.tracing {
                                if let Err(e) = self.trace_exit(f, &exit) {
                                    break Err(e);
                                }
                            }
                            break Ok(exit);
                        }
                        Err(u) => u,
                    }
                }
            };
            if let Err(e) = self.unwind_to_handler(f, u) {
                break Err(e);
            }
        };
        self.pop_shadow(f);
        self.current_globals = saved_globals;
        self.current_locals = saved_locals;
        r
    }

    /// The 'return' event of a frame that returned or yielded; an error from
    /// the tracer replaces the result (which this then releases).
    #[cold]
    #[inline(never)]
    fn trace_exit(&mut self, f: &mut Frame, exit: &FrameExit) -> PyResult<()> {
        let v = match exit {
            FrameExit::Return(v) | FrameExit::Yield(v) => *v,
        };
        if let Err(e) = self.trace_return_event(Some(v)) {
            self.decref(v);
            while let Some(x) = f.stack.pop() {
                self.decref(x);
            }
            return Err(e);
        }
        Ok(())
    }

    /// An exception in frame `f`: records the traceback entry, then jumps to
    /// the handler the exception table names (Ok) or empties the stack and
    /// passes the error on (Err).
    fn unwind_to_handler(&mut self, f: &mut Frame, u: Unwind) -> PyResult<()> {
        if f.lasti == super::frame::ENTRY_LASTI as usize {
            f.lasti = 0;
            self.frames.top_lasti = 0;
        }
        let mut u = u;
        if u.tb {
            self.add_traceback(f, u.err.exc);
            if self.frames.tracing {
                if let Err(e) = self.trace_exception_event(u.err.exc) {
                    self.drop_err(std::mem::replace(&mut u.err, e));
                }
            }
        }
        match f.code.handler_for(f.lasti as u32).copied() {
            Some(h) => {
                while f.stack.len() > h.depth as usize {
                    let v = f.stack.pop().expect("stack");
                    self.decref(v);
                }
                if h.push_lasti {
                    let l = self.new_int(f.lasti as i64);
                    f.stack.push(l);
                }
                f.stack.push(u.err.exc);
                f.pc = h.target as usize;
                Ok(())
            }
            None => {
                while let Some(v) = f.stack.pop() {
                    self.decref(v);
                }
                if self.frames.tracing {
                    self.trace_unwind_event();
                }
                Err(u.err)
            }
        }
    }

    /// Prepends a traceback entry for frame `f` (the innermost running
    /// frame) to the exception.
    pub fn add_traceback(&mut self, f: &Frame, exc: ObjRef) {
        let lineno = f.code.line_of(f.lasti);
        let old = self.exc_data_mut(exc).and_then(|d| d.traceback.take());
        self.incref(f.code_obj);
        let n = self.frames.entries.len();
        let frame = (n > 0).then(|| {
            let fo = crate::types::frame::materialize(self, n - 1);
            self.incref(fo)
        });
        let t = self.t.traceback;
        let tb = self.alloc(t, Payload::Traceback(Box::new(crate::heap::TbData { next: old, code: f.code_obj, lasti: f.lasti as u32, lineno, frame })));
        if let Some(d) = self.exc_data_mut(exc) {
            d.traceback = Some(tb);
        } else {
            self.decref(tb);
        }
    }

    /// The truth of a value popped off the stack (an owned reference, which
    /// this releases); True and False skip the protocol.
    #[inline(always)]
    fn pop_truth(&mut self, v: ObjRef) -> PyResult<bool> {
        let r = if v == self.false_obj {
            Ok(false)
        } else if v == self.true_obj {
            Ok(true)
        } else if let (Payload::Int(i), true) = (self.heap.get(v), self.ty(v) == self.t.int) {
            // perf: `if n % 3:` on an exact int needs no protocol lookup.
            Ok(*i != 0)
        } else {
            self.truthy(v)
        };
        self.decref(v);
        r
    }

    /// The next item of a range or list/tuple iterator that has one (owned),
    /// else None (also for every other iterator).
    #[inline(always)]
    fn for_iter_fast(&mut self, it: ObjRef) -> Option<ObjRef> {
        let (seq, index) = match self.heap.get_mut(it) {
            Payload::Iter(d) => match &mut **d {
                IterData::Range { next, stop, step } => {
                    let n = *next;
                    if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                        *next = n + *step;
                        return Some(self.new_int(n));
                    }
                    return None;
                }
                IterData::Seq { seq, index } => (*seq, *index),
                _ => return None,
            },
            _ => return None,
        };
        let v = match self.heap.get(seq) {
            Payload::List(l) => l.items.get(index).copied(),
            Payload::Tuple(t) => t.get(index).copied(),
            _ => None,
        }?;
        if let Payload::Iter(d) = self.heap.get_mut(it) {
            if let IterData::Seq { index, .. } = &mut **d {
                *index += 1;
            }
        }
        Some(self.incref(v))
    }

    /// A jump from instruction `pc` to `t`; a backward one polls the eval
    /// breaker (Ctrl-C, thread switches) so that every loop can be stopped.
    #[inline]
    fn jump(&mut self, pc: usize, t: u32) -> PyResult<usize> {
        if (t as usize) <= pc {
            self.check_interrupt()?;
        }
        Ok(t as usize)
    }

    /// The instruction loop. The next instruction is kept in a local (`f.pc`
    /// is synced when the frame stops); `vm.frames.top_lasti` records the
    /// running one for anybody who looks (tracebacks, `f_lineno`, tracemalloc).
    /// `TRACING` is the tracing state this copy runs under; it is compared
    /// with `vm.frames.tracing` where a trace function can have been set or
    /// removed (after calls, attribute stores, backward jumps and trace
    /// events), and on a mismatch the loop returns `Ok(None)` with `f.pc` at
    /// the next instruction so that the caller switches copies.
    fn exec<const TRACING: bool>(&mut self, f: &mut Frame) -> EResult<Option<FrameExit>> {
        let code = f.code.clone();
        let instrs = &code.instructions[..];
        let mut pc = f.pc;
        macro_rules! pop {
            () => {
                f.stack.pop().expect("value stack underflow")
            };
        }
        // Leaves the loop for the other copy when the tracing state changed.
        macro_rules! recheck_tracing {
            () => {
                if self.frames.tracing != TRACING {
                    f.pc = pc;
                    return Ok(None);
                }
            };
        }
        macro_rules! top {
            () => {
                *f.stack.last().expect("value stack underflow")
            };
        }
        loop {
            let instr = instrs[pc];
            if TRACING {
                // (Also records the instruction in `top_lasti`.)
                self.trace_instruction(pc)?;
                recheck_tracing!();
            } else {
                self.frames.top_lasti = pc as u32;
            }
            let this = pc;
            pc += 1;
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    let v = pop!();
                    self.decref(v);
                }
                // NULL is immortal: pushing it changes no count (CALL skips
                // the decref; the rare other pops may lower its huge count).
                Instr::PushNull => f.stack.push(self.null),
                Instr::Copy(i) => {
                    let v = f.stack[f.stack.len() - i as usize];
                    self.incref(v);
                    f.stack.push(v);
                }
                Instr::Swap(i) => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - i as usize);
                }
                Instr::LoadFast(i) => match f.fast[i as usize].get() {
                    Some(v) => {
                        self.incref(v);
                        f.stack.push(v);
                    }
                    None => return Err(self.unbound_local(f, i).into()),
                },
                Instr::StoreFast(i) => {
                    let v = pop!();
                    if let Some(old) = f.fast[i as usize].replace(Some(v)) {
                        self.decref(old);
                    }
                }
                Instr::DeleteFast(i) => match f.fast[i as usize].take() {
                    Some(old) => self.decref(old),
                    None => return Err(self.unbound_local(f, i).into()),
                },
                Instr::LoadConst(i) => {
                    let v = f.consts[i as usize];
                    self.incref(v);
                    f.stack.push(v);
                }
                Instr::LoadGlobal { namei, push_null } => {
                    let v = self.load_global_cached(f, namei as usize)?;
                    if push_null {
                        f.stack.push(self.null);
                    }
                    f.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!();
                    let name = f.names[i as usize];
                    let r = self.dict_set_item(f.globals, name, v);
                    self.decref(v);
                    r?;
                }
                Instr::DeleteGlobal(i) => {
                    let name = f.names[i as usize];
                    if !self.dict_del_item(f.globals, name)? {
                        return Err(self.name_not_defined(f, name).into());
                    }
                }
                Instr::LoadName(i) => {
                    let name = f.names[i as usize];
                    let v = self.load_name(f, name)?;
                    f.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = pop!();
                    let name = f.names[i as usize];
                    let Some(locals) = f.locals else {
                        self.decref(v);
                        return Err(self.new_error(self.t.system_error, "no locals found when storing").into());
                    };
                    let r = if self.ty(locals) == self.t.dict { self.dict_set_item(locals, name, v) } else { self.setitem(locals, name, v) };
                    self.decref(v);
                    r?;
                }
                Instr::DeleteName(i) => {
                    let name = f.names[i as usize];
                    let locals = f.locals.unwrap_or(f.globals);
                    let ok = if self.ty(locals) == self.t.dict {
                        self.dict_del_item(locals, name)?
                    } else {
                        match self.delitem(locals, name) {
                            Ok(()) => true,
                            Err(e) if self.err_matches(&e, self.t.key_error) => {
                                self.drop_err(e);
                                false
                            }
                            Err(e) => return Err(e.into()),
                        }
                    };
                    if !ok {
                        return Err(self.name_not_defined(f, name).into());
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!();
                    let r = self.load_attr_cached(f, i as usize, obj);
                    self.decref(obj);
                    f.stack.push(r?);
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!();
                    let name = f.names[i as usize];
                    match self.load_method(obj, name) {
                        Ok(Some(meth)) => {
                            f.stack.push(meth);
                            f.stack.push(obj);
                        }
                        Ok(None) => {
                            let r = self.getattr(obj, name);
                            self.decref(obj);
                            f.stack.push(self.null);
                            f.stack.push(r?);
                        }
                        Err(e) => {
                            self.decref(obj);
                            return Err(e.into());
                        }
                    }
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!();
                    let v = pop!();
                    let r = self.store_attr_cached(f, i as usize, obj, v);
                    self.decref(obj);
                    self.decref(v);
                    r?;
                    // (`frame.f_trace = ...` may start line events here.)
                    recheck_tracing!();
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!();
                    let name = f.names[i as usize];
                    let r = self.delattr(obj, name);
                    self.decref(obj);
                    r?;
                }
                Instr::UnaryPositive | Instr::UnaryNegative | Instr::UnaryInvert => {
                    let v = pop!();
                    let r = self.unary_op(v, instr);
                    self.decref(v);
                    f.stack.push(r?);
                }
                Instr::UnaryNot => {
                    let v = pop!();
                    let t = self.truthy(v);
                    self.decref(v);
                    let r = self.new_bool(!t?);
                    f.stack.push(r);
                }
                Instr::BinaryOp(op) => {
                    let b = pop!();
                    let a = pop!();
                    if let Some(r) = self.binary_op_fast_owned(a, b, op) {
                        f.stack.push(r);
                        continue;
                    }
                    // `s += t` / `s = s + t` on a str: extend in place when nobody else sees s.
                    f.pc = pc;
                    if let Some(r) = self.try_str_concat_inplace(f, a, b, op) {
                        f.stack.push(r);
                        continue;
                    }
                    let r = self.binary_op(a, b, op);
                    self.decref(a);
                    self.decref(b);
                    f.stack.push(r?);
                }
                Instr::CompareOp(op) => {
                    let b = pop!();
                    let a = pop!();
                    if let Some(r) = self.compare_fast(a, b, op) {
                        self.decref(a);
                        self.decref(b);
                        let r = self.new_bool(r);
                        f.stack.push(r);
                        continue;
                    }
                    let r = self.rich_compare(a, b, op);
                    self.decref(a);
                    self.decref(b);
                    f.stack.push(r?);
                }
                Instr::IsOp(invert) => {
                    let b = pop!();
                    let a = pop!();
                    self.decref(a);
                    self.decref(b);
                    let r = self.new_bool((a == b) != invert);
                    f.stack.push(r);
                }
                Instr::ContainsOp(invert) => {
                    let b = pop!();
                    let a = pop!();
                    let r = self.contains(b, a);
                    self.decref(a);
                    self.decref(b);
                    let r = self.new_bool(r? != invert);
                    f.stack.push(r);
                }
                Instr::BinarySubscr => {
                    let key = pop!();
                    let c = pop!();
                    let r = self.getitem(c, key);
                    self.decref(c);
                    self.decref(key);
                    f.stack.push(r?);
                }
                Instr::StoreSubscr => {
                    let key = pop!();
                    let c = pop!();
                    let v = pop!();
                    let r = self.setitem(c, key, v);
                    self.decref(c);
                    self.decref(key);
                    self.decref(v);
                    r?;
                }
                Instr::DeleteSubscr => {
                    let key = pop!();
                    let c = pop!();
                    let r = self.delitem(c, key);
                    self.decref(c);
                    self.decref(key);
                    r?;
                }
                Instr::GetIter => {
                    let v = pop!();
                    let r = self.iter(v);
                    self.decref(v);
                    f.stack.push(r?);
                }
                Instr::GetYieldFromIter => {
                    let v = top!();
                    if self.ty(v) == self.t.coroutine {
                        self.check_yield_from_coroutine(&code)?;
                    } else if !matches!(self.heap.get(v), Payload::Generator(_)) {
                        let v = pop!();
                        let r = self.iter(v);
                        self.decref(v);
                        f.stack.push(r?);
                    }
                }
                Instr::ForIter(target) => {
                    let it = top!();
                    // perf: range and list/tuple iterators step here, without
                    // the protocol call (the same steps as `builtin_next`,
                    // which still handles their exhaustion).
                    if let Some(v) = self.for_iter_fast(it) {
                        f.stack.push(v);
                        continue;
                    }
                    match self.next(it)? {
                        Some(v) => f.stack.push(v),
                        None => {
                            let it = pop!();
                            self.decref(it);
                            pc = target as usize;
                        }
                    }
                }
                Instr::Jump(t) => {
                    // `<=`: `while True: pass` is a jump to itself.
                    pc = t as usize;
                    if pc <= this {
                        self.check_interrupt()?;
                        recheck_tracing!();
                    }
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!();
                    let b = self.pop_truth(v)?;
                    if !b {
                        // 3.11's while loops end in a conditional backward jump.
                        pc = self.jump(this, t)?;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!();
                    let b = self.pop_truth(v)?;
                    if b {
                        // 3.11's while loops end in a conditional backward jump.
                        pc = self.jump(this, t)?;
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    let v = pop!();
                    self.decref(v);
                    if v == self.none_obj {
                        pc = self.jump(this, t)?;
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    let v = pop!();
                    self.decref(v);
                    if v != self.none_obj {
                        pc = self.jump(this, t)?;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = top!();
                    if !self.truthy(v)? {
                        pc = t as usize;
                    } else {
                        pop!();
                        self.decref(v);
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = top!();
                    if self.truthy(v)? {
                        pc = t as usize;
                    } else {
                        pop!();
                        self.decref(v);
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let t = self.new_tuple(items);
                    f.stack.push(t);
                }
                Instr::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let l = self.new_list(items);
                    f.stack.push(l);
                }
                Instr::ListToTuple => {
                    let l = pop!();
                    let items = self.list_items(l).map(|i| i.to_vec()).unwrap_or_default();
                    for &i in &items {
                        self.incref(i);
                    }
                    self.decref(l);
                    let t = self.new_tuple(items);
                    f.stack.push(t);
                }
                Instr::BuildSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let s = self.new_set(false);
                    let mut res = Ok(());
                    for &i in &items {
                        if res.is_ok() {
                            res = self.set_add(s, i);
                        }
                    }
                    for i in items {
                        self.decref(i);
                    }
                    if let Err(e) = res {
                        self.decref(s);
                        return Err(e.into());
                    }
                    f.stack.push(s);
                }
                Instr::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    let t = self.t.dict;
                    let d = self.alloc(t, Payload::Dict(Box::new(DictTable::with_capacity(n as usize))));
                    let mut res = Ok(());
                    for kv in items.chunks(2) {
                        if res.is_ok() {
                            res = self.dict_set_item(d, kv[0], kv[1]);
                        }
                    }
                    for i in items {
                        self.decref(i);
                    }
                    if let Err(e) = res {
                        self.decref(d);
                        return Err(e.into());
                    }
                    f.stack.push(d);
                }
                Instr::BuildConstKeyMap(n) => {
                    let keys = pop!();
                    let values = f.stack.split_off(f.stack.len() - n as usize);
                    let ks = self.tuple_items(keys).map(|k| k.to_vec()).unwrap_or_default();
                    let t = self.t.dict;
                    let d = self.alloc(t, Payload::Dict(Box::new(DictTable::with_capacity(n as usize))));
                    let mut res = Ok(());
                    for (k, v) in ks.iter().zip(values.iter()) {
                        if res.is_ok() {
                            res = self.dict_set_item(d, *k, *v);
                        }
                    }
                    for v in values {
                        self.decref(v);
                    }
                    self.decref(keys);
                    if let Err(e) = res {
                        self.decref(d);
                        return Err(e.into());
                    }
                    f.stack.push(d);
                }
                Instr::BuildString(n) => {
                    let parts = f.stack.split_off(f.stack.len() - n as usize);
                    let mut s = String::new();
                    for &p in &parts {
                        s.push_str(self.as_str(p).unwrap_or(""));
                    }
                    for p in parts {
                        self.decref(p);
                    }
                    let r = self.new_str(s);
                    f.stack.push(r);
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { Some(pop!()) } else { None };
                    let stop = pop!();
                    let start = pop!();
                    let step = match step {
                        Some(s) => s,
                        None => self.none(),
                    };
                    let t = self.t.slice;
                    let s = self.alloc(t, Payload::Slice(Box::new([start, stop, step])));
                    f.stack.push(s);
                }
                Instr::ListAppend(i) => {
                    let v = pop!();
                    let l = f.stack[f.stack.len() - i as usize];
                    self.list_append_owned(l, v);
                }
                Instr::SetAdd(i) => {
                    let v = pop!();
                    let s = f.stack[f.stack.len() - i as usize];
                    let r = self.set_add(s, v);
                    self.decref(v);
                    r?;
                }
                Instr::MapAdd(i) => {
                    let v = pop!();
                    let k = pop!();
                    let d = f.stack[f.stack.len() - i as usize];
                    // MAP_ADD hands the popped references to the dict
                    // (_PyDict_SetItem_Take2): no extra ones while hashing.
                    let r = self.hash(k).and_then(|h| self.dict_set_item_hashed(d, k, h, v));
                    self.decref(k);
                    self.decref(v);
                    r?;
                }
                Instr::ListExtend(i) => {
                    let it = pop!();
                    let l = f.stack[f.stack.len() - i as usize];
                    let r = self.list_extend(l, it);
                    if let Err(e) = r {
                        if self.err_matches(&e, self.t.type_error) && self.lookup(self.ty(it), self.n.__iter__).is_none() && self.lookup(self.ty(it), self.n.__getitem__).is_none() {
                            self.drop_err(e);
                            let tn = self.type_name_of(it);
                            self.decref(it);
                            return Err(self.type_error(format!("Value after * must be an iterable, not {tn}")).into());
                        }
                        self.decref(it);
                        return Err(e.into());
                    }
                    self.decref(it);
                }
                Instr::SetUpdate(i) => {
                    let it = pop!();
                    let s = f.stack[f.stack.len() - i as usize];
                    let r = self.set_update(s, it);
                    self.decref(it);
                    r?;
                }
                Instr::DictUpdate(i) => {
                    let m = pop!();
                    let d = f.stack[f.stack.len() - i as usize];
                    let r = self.dict_update(d, m);
                    if let Err(e) = r {
                        if self.err_matches(&e, self.t.attribute_error) || self.err_matches(&e, self.t.type_error) && !self.is_dict(m) {
                            self.drop_err(e);
                            let tn = self.type_name_of(m);
                            self.decref(m);
                            return Err(self.type_error(format!("'{tn}' object is not a mapping")).into());
                        }
                        self.decref(m);
                        return Err(e.into());
                    }
                    self.decref(m);
                }
                Instr::DictMerge(i) => {
                    let m = pop!();
                    let n = f.stack.len();
                    let d = f.stack[n - i as usize];
                    let func = f.stack[n - i as usize - 2];
                    let r = self.dict_merge_kwargs(d, m, func);
                    self.decref(m);
                    r?;
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!();
                    // perf: an exact tuple or list of the right length goes
                    // straight onto the stack (no intermediate Vec).
                    if self.unpack_onto_stack(seq, n as usize, &mut f.stack) {
                        self.decref(seq);
                        continue;
                    }
                    let r = self.unpack(seq, n as usize, None);
                    self.decref(seq);
                    let items = r?;
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx { before, after } => {
                    let seq = pop!();
                    let r = self.unpack(seq, before as usize, Some(after as usize));
                    self.decref(seq);
                    let items = r?;
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::KwNames(i) => f.kwnames = Some(f.consts[i as usize]),
                Instr::Call(n) => {
                    let r = self.exec_call(f, n as usize);
                    f.stack.push(r?);
                    recheck_tracing!();
                }
                Instr::CallFunctionEx(has_kw) => {
                    let kwargs = if has_kw { Some(pop!()) } else { None };
                    let args = pop!();
                    let func = pop!();
                    let null = pop!();
                    debug_assert_eq!(null, self.null);
                    let r = self.call_ex_owned(func, args, kwargs);
                    self.decref(func);
                    self.xdecref(kwargs);
                    f.stack.push(r?);
                    recheck_tracing!();
                }
                Instr::MakeFunction(flags) => {
                    let func = self.make_function(f, flags);
                    f.stack.push(func);
                }
                Instr::ReturnValue => {
                    let v = pop!();
                    f.pc = pc;
                    return Ok(Some(FrameExit::Return(v)));
                }
                Instr::YieldValue => {
                    let v = pop!();
                    f.pc = pc;
                    return Ok(Some(FrameExit::Yield(v)));
                }
                Instr::Send(target) => {
                    let v = pop!();
                    let receiver = top!();
                    let r = self.send_to(receiver, v);
                    self.decref(v);
                    match r? {
                        super::gen::GenResult::Yield(x) => f.stack.push(x),
                        super::gen::GenResult::Return(x) => {
                            let rcv = pop!();
                            self.decref(rcv);
                            f.stack.push(x);
                            pc = target as usize;
                        }
                    }
                }
                Instr::PrintExpr => {
                    let v = pop!();
                    let r = self.print_expr(v);
                    self.decref(v);
                    r?;
                }
                Instr::LoadBuildClass => {
                    let name = self.n.__build_class__;
                    let h = self.str_hash_pure(name);
                    match self.dict_get_str_pure(f.builtins, name, h) {
                        Some(b) => {
                            self.incref(b);
                            f.stack.push(b);
                        }
                        None => return Err(self.name_error("__build_class__ not found").into()),
                    }
                }
                Instr::LoadAssertionError => {
                    let t = self.t.assertion_error;
                    self.incref(t);
                    f.stack.push(t);
                }
                Instr::SetupAnnotations => {
                    let locals = f.locals.unwrap_or(f.globals);
                    let k = self.n.__annotations__;
                    if self.dict_get_item(locals, k)?.is_none() {
                        let d = self.new_dict();
                        let r = self.dict_set_item(locals, k, d);
                        self.decref(d);
                        r?;
                    }
                }
                Instr::ImportName(i) => {
                    let fromlist = pop!();
                    let level = pop!();
                    let name = f.names[i as usize];
                    let r = self.import_name(f, name, fromlist, level);
                    self.decref(fromlist);
                    self.decref(level);
                    f.stack.push(r?);
                }
                Instr::ImportFrom(i) => {
                    let m = top!();
                    let name = f.names[i as usize];
                    let r = self.import_from(m, name)?;
                    f.stack.push(r);
                }
                Instr::ImportStar => {
                    let m = pop!();
                    let r = self.import_star(f, m);
                    self.decref(m);
                    r?;
                }
                Instr::RaiseVarargs(n) => {
                    let cause = if n == 2 { Some(pop!()) } else { None };
                    let exc = if n >= 1 { Some(pop!()) } else { None };
                    return Err(self.do_raise(exc, cause));
                }
                Instr::Reraise(_) | Instr::ReraiseLasti(_) => {
                    let exc = pop!();
                    return Err(Unwind { err: PyErr { exc }, tb: false });
                }
                Instr::PushExcInfo => {
                    let exc = pop!();
                    let slot = self.exc_info.last_mut().expect("exc_info");
                    let prev = slot.replace(exc);
                    self.incref(exc);
                    let prev = match prev {
                        Some(p) => p,
                        None => self.none(),
                    };
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Instr::PopExcept => {
                    let v = pop!();
                    let new = if v == self.none_obj {
                        self.decref(v);
                        None
                    } else {
                        Some(v)
                    };
                    let slot = self.exc_info.last_mut().expect("exc_info");
                    let old = std::mem::replace(slot, new);
                    self.xdecref(old);
                }
                Instr::CheckExcMatch => {
                    let ty = pop!();
                    let exc = top!();
                    let r = self.check_exc_match(exc, ty);
                    self.decref(ty);
                    let b = self.new_bool(r?);
                    f.stack.push(b);
                }
                Instr::WithExceptStart => {
                    let n = f.stack.len();
                    let exc = f.stack[n - 1];
                    let exit = f.stack[n - 4];
                    let ty = self.ty(exc);
                    let tb = self.exc_data(exc).and_then(|d| d.traceback).unwrap_or(self.none_obj);
                    let r = self.call(exit, &[ty, exc, tb]);
                    f.stack.push(r?);
                }
                Instr::BeforeWith => {
                    let mgr = pop!();
                    let r = self.before_with(mgr);
                    self.decref(mgr);
                    let (exit, entered) = r?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                // async/await: the protocols live in vm/coro.rs.
                Instr::GetAwaitable(w) => {
                    let v = pop!();
                    let r = self.get_awaitable(v, w);
                    self.decref(v);
                    f.stack.push(r?);
                }
                Instr::GetAiter => {
                    let v = pop!();
                    let r = self.get_aiter(v);
                    self.decref(v);
                    f.stack.push(r?);
                }
                Instr::GetAnext => {
                    let r = self.get_anext(top!());
                    f.stack.push(r?);
                }
                Instr::EndAsyncFor => {
                    let exc = pop!();
                    if !self.is_stop_async_iteration(exc) {
                        return Err(Unwind { err: PyErr { exc }, tb: false });
                    }
                    self.decref(exc);
                    let it = pop!();
                    self.decref(it);
                }
                Instr::BeforeAsyncWith => {
                    let mgr = pop!();
                    let r = self.before_async_with(mgr);
                    self.decref(mgr);
                    let (exit, entered) = r?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Instr::AsyncGenWrap => {
                    let v = pop!();
                    let w = self.async_gen_wrap(v);
                    f.stack.push(w);
                }
                Instr::MakeCell(i) => {
                    let v = f.fast[i as usize].take();
                    let t = self.t.cell;
                    let c = self.alloc(t, Payload::Cell(v));
                    f.fast[i as usize].set(Some(c));
                }
                Instr::CopyFreeVars(n) => {
                    let func = f.func.expect("closure without a function");
                    let Payload::Function(fd) = self.heap.get(func) else { unreachable!() };
                    let cells = fd.closure.and_then(|c| self.tuple_items(c)).map(|c| c.to_vec()).unwrap_or_default();
                    let base = f.code.nlocalsplus() - n as usize;
                    for (k, c) in cells.into_iter().enumerate().take(n as usize) {
                        self.incref(c);
                        f.fast[base + k].set(Some(c));
                    }
                }
                Instr::LoadClosure(i) => {
                    let c = f.fast[i as usize].get().expect("closure cell");
                    self.incref(c);
                    f.stack.push(c);
                }
                Instr::LoadDeref(i) => {
                    let c = f.fast[i as usize].get().expect("cell");
                    match self.heap.get(c) {
                        Payload::Cell(Some(v)) => {
                            let v = *v;
                            self.incref(v);
                            f.stack.push(v);
                        }
                        _ => return Err(self.unbound_deref(f, i).into()),
                    }
                }
                Instr::LoadClassDeref(i) => {
                    let name = f.code.localsplus_names[i as usize].clone();
                    let locals = f.locals.expect("class body locals");
                    let k = self.intern(&name);
                    let found = self.dict_get_item(locals, k);
                    self.decref(k);
                    if let Some(v) = found? {
                        self.incref(v);
                        f.stack.push(v);
                    } else {
                        let c = f.fast[i as usize].get().expect("cell");
                        match self.heap.get(c) {
                            Payload::Cell(Some(v)) => {
                                let v = *v;
                                self.incref(v);
                                f.stack.push(v);
                            }
                            _ => return Err(self.unbound_deref(f, i).into()),
                        }
                    }
                }
                Instr::StoreDeref(i) => {
                    let v = pop!();
                    let c = f.fast[i as usize].get().expect("cell");
                    let Payload::Cell(slot) = self.heap.get_mut(c) else { unreachable!() };
                    let old = slot.replace(v);
                    self.xdecref(old);
                }
                Instr::DeleteDeref(i) => {
                    let c = f.fast[i as usize].get().expect("cell");
                    let Payload::Cell(slot) = self.heap.get_mut(c) else { unreachable!() };
                    match slot.take() {
                        Some(old) => self.decref(old),
                        None => return Err(self.unbound_deref(f, i).into()),
                    }
                }
                Instr::FormatValue { conversion, has_spec } => {
                    let spec = if has_spec { Some(pop!()) } else { None };
                    let v = pop!();
                    let r = self.format_value(v, conversion, spec);
                    self.decref(v);
                    self.xdecref(spec);
                    f.stack.push(r?);
                }
                Instr::GetLen => {
                    let v = top!();
                    let n = self.len(v)?;
                    let r = self.new_int(n as i64);
                    f.stack.push(r);
                }
                Instr::MatchMapping => {
                    let v = top!();
                    let b = self.match_is_mapping(v)?;
                    let r = self.new_bool(b);
                    f.stack.push(r);
                }
                Instr::MatchSequence => {
                    let v = top!();
                    let b = self.match_is_sequence(v)?;
                    let r = self.new_bool(b);
                    f.stack.push(r);
                }
                Instr::MatchKeys => {
                    let n = f.stack.len();
                    let (subject, keys) = (f.stack[n - 2], f.stack[n - 1]);
                    let r = self.match_keys(subject, keys)?;
                    f.stack.push(r);
                }
                Instr::MatchClass(nargs) => {
                    let names = pop!();
                    let cls = pop!();
                    let subject = pop!();
                    let r = self.match_class(subject, cls, nargs as usize, names);
                    self.decref(names);
                    self.decref(cls);
                    self.decref(subject);
                    let r = match r? {
                        Some(t) => t,
                        None => self.none(),
                    };
                    f.stack.push(r);
                }
                Instr::CheckEgMatch => {
                    let ty = pop!();
                    let exc = pop!();
                    let r = self.check_eg_match(exc, ty);
                    self.decref(ty);
                    match r {
                        Ok((rest, matched)) => {
                            self.decref(exc);
                            f.stack.push(rest);
                            f.stack.push(matched);
                        }
                        Err(e) => {
                            self.decref(exc);
                            return Err(e.into());
                        }
                    }
                }
                Instr::PrepReraiseStar => {
                    let list = pop!();
                    let orig = pop!();
                    let r = self.prep_reraise_star(orig, list);
                    self.decref(list);
                    self.decref(orig);
                    f.stack.push(r?);
                }
            }
        }
    }
}
