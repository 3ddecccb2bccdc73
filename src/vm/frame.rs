//! Frames: the state of one running (or suspended) code object — fast
//! locals ("localsplus"), the value stack, the instruction pointer — and the
//! *shadow stack* ([`FrameStack`]), the VM's always-readable record of the
//! running Python frames (CPython's chain of `_PyInterpreterFrame`s).
//!
//! Frames of ordinary calls are recycled through `Vm::frame_pool`; a
//! generator's frame lives inside the generator object.
//!
//! The eval loop runs a `&mut Frame` owned by the Rust caller, which native
//! code cannot reach. So every running frame also has a [`ShadowFrame`] on
//! `vm.frames.entries` (pushed and popped by `resume_frame`) holding borrowed
//! refs to its code, globals and locals, a shared handle on its fast locals
//! (`FastSlots`, cells that both see) and, for frames that are not innermost,
//! the instruction they are paused at. The innermost frame's instruction is
//! `vm.frames.top_lasti`, written by the eval loop at every instruction in
//! place of a frame field (one store either way), so `python_stack()` and
//! `current_location()` are exact at any moment, allocation time included.

use std::cell::Cell;
use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::heap::{ObjRef, Payload};

use super::Vm;

/// Fast-local slots shared between a frame, its shadow entry and its frame
/// object. `Cell`s of a `Copy` value: reads and writes are plain loads and
/// stores. May be longer than the code's `nlocalsplus()` (a pooled buffer).
pub type FastSlots = Rc<[Cell<Option<ObjRef>>]>;

/// Marks a frame that has not run an instruction yet: its line is the
/// code's first line (CPython's RESUME instruction).
pub const ENTRY_LASTI: u32 = u32::MAX;

pub fn new_slots(n: usize) -> FastSlots {
    (0..n).map(|_| Cell::new(None)).collect()
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The heap code object (owned): keeps the constants alive.
    pub code_obj: ObjRef,
    pub consts: Rc<[ObjRef]>,
    pub names: Rc<[ObjRef]>,
    /// The function being run (owned), for closures and defaults.
    pub func: Option<ObjRef>,
    /// Globals dict (owned).
    pub globals: ObjRef,
    /// Builtins dict (owned).
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (owned).
    pub locals: Option<ObjRef>,
    /// Fast locals: arguments, locals, cells, free variables (owned values).
    pub fast: FastSlots,
    /// The value stack (owned references; `vm.null` marks NULL).
    pub stack: Vec<ObjRef>,
    /// Next instruction.
    pub pc: usize,
    /// The instruction being executed (for tracebacks and line numbers).
    /// While the frame runs the live value is `vm.frames.top_lasti`; this
    /// field is synced whenever the eval loop leaves the frame.
    pub lasti: usize,
    /// Keyword names of the next call (from `KwNames`), borrowed from consts.
    pub kwnames: Option<ObjRef>,
    /// Has begun executing (generators).
    pub started_flag: bool,
    /// The frame object (owned), once Python code asked for one. While the
    /// frame runs it is held by its shadow entry instead.
    pub frame_obj: Option<ObjRef>,
}

impl Frame {
    pub fn started(&self) -> bool {
        self.started_flag
    }

    pub fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.code_obj);
        visit(self.globals);
        visit(self.builtins);
        self.func.iter().for_each(|&f| visit(f));
        self.locals.iter().for_each(|&l| visit(l));
        self.fast.iter().filter_map(Cell::get).for_each(&mut *visit);
        self.stack.iter().for_each(|&v| visit(v));
        self.frame_obj.iter().for_each(|&v| visit(v));
    }
}

/// What the VM knows about one running frame (all refs borrowed from the
/// `Frame`, except `frame_obj`).
pub struct ShadowFrame {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub locals: Option<ObjRef>,
    pub func: Option<ObjRef>,
    pub fast: FastSlots,
    /// The paused instruction of a frame that is not innermost.
    pub lasti: u32,
    /// The frame object (owned), if one was made.
    pub frame_obj: Option<ObjRef>,
}

/// The running Python frames, innermost last, plus the tracing state.
#[derive(Default)]
pub struct FrameStack {
    pub entries: Vec<ShadowFrame>,
    /// The instruction the innermost frame is executing.
    pub top_lasti: u32,
    /// A trace or profile function is set and none is running: the eval loop
    /// checks this one flag per instruction.
    pub tracing: bool,
    /// `sys.settrace` / `sys.setprofile` functions (owned).
    pub trace_func: Option<ObjRef>,
    pub profile_func: Option<ObjRef>,
    /// A trace or profile function is running (no events inside it).
    pub in_tracer: bool,
}

impl FrameStack {
    /// Recomputes `tracing` after the trace state changed.
    pub fn update_tracing(&mut self) {
        self.tracing = (self.trace_func.is_some() || self.profile_func.is_some()) && !self.in_tracer;
    }

    /// The instruction index of entry `i`.
    #[inline]
    pub fn lasti_of(&self, i: usize) -> u32 {
        if i + 1 == self.entries.len() {
            self.top_lasti
        } else {
            self.entries[i].lasti
        }
    }
}

/// The line of instruction `lasti` of `code` (the first line before the
/// first instruction).
#[inline]
pub fn line_at(code: &CodeObject, lasti: u32) -> u32 {
    if lasti == ENTRY_LASTI {
        code.first_line
    } else {
        code.line_of(lasti as usize)
    }
}

impl Vm {
    /// The running Python frames, innermost first, at most `limit` of them:
    /// (code object, borrowed; current line number). Cheap: no allocation
    /// besides the Vec.
    pub fn python_stack(&self, limit: usize) -> Vec<(ObjRef, u32)> {
        let n = self.frames.entries.len();
        let mut out = Vec::with_capacity(limit.min(n));
        for i in (0..n).rev().take(limit) {
            let e = &self.frames.entries[i];
            let line = match self.heap.get(e.code) {
                Payload::Code(cd) => line_at(&cd.code, self.frames.lasti_of(i)),
                _ => 0,
            };
            out.push((e.code, line));
        }
        out
    }

    /// The innermost running Python frame's code object (borrowed) and line.
    pub fn current_location(&self) -> Option<(ObjRef, u32)> {
        let e = self.frames.entries.last()?;
        let line = match self.heap.get(e.code) {
            Payload::Code(cd) => line_at(&cd.code, self.frames.top_lasti),
            _ => 0,
        };
        Some((e.code, line))
    }

    /// Number of running Python frames.
    pub fn python_depth(&self) -> usize {
        self.frames.entries.len()
    }

    /// Records that `f` starts (or resumes) running: it becomes the innermost frame.
    #[inline]
    pub(crate) fn push_shadow(&mut self, f: &mut Frame) {
        let n = self.frames.entries.len();
        if n > 0 {
            self.frames.entries[n - 1].lasti = self.frames.top_lasti;
        }
        self.frames.entries.push(ShadowFrame {
            code: f.code_obj,
            globals: f.globals,
            builtins: f.builtins,
            locals: f.locals,
            func: f.func,
            fast: f.fast.clone(),
            lasti: 0,
            frame_obj: f.frame_obj.take(),
        });
        self.frames.top_lasti = if f.started_flag { f.lasti as u32 } else { ENTRY_LASTI };
    }

    /// Records that the innermost frame `f` stopped running (returned,
    /// yielded or raised); `f.lasti` is already synced.
    #[inline]
    pub(crate) fn pop_shadow(&mut self, f: &mut Frame) {
        let e = self.frames.entries.pop().expect("shadow stack underflow");
        if let Some(fo) = e.frame_obj {
            crate::types::frame::set_lasti(self, fo, f.lasti as u32);
            f.frame_obj = Some(fo);
        }
        if let Some(top) = self.frames.entries.last() {
            self.frames.top_lasti = top.lasti;
        }
    }

    /// A frame for running `code_obj` (a heap code object) with the given
    /// globals; takes new references to everything it holds.
    pub fn new_frame(&mut self, code_obj: ObjRef, globals: ObjRef, builtins: ObjRef, func: Option<ObjRef>, locals: Option<ObjRef>) -> Box<Frame> {
        let Payload::Code(cd) = self.heap.get(code_obj) else { panic!("new_frame of a non-code object") };
        // A pooled frame that last ran this same code (recursion, a function
        // called in a loop) keeps its handles: no reference-count traffic.
        let same_code = self.frame_pool.last().is_some_and(|f| Rc::ptr_eq(&f.code, &cd.code) && Rc::ptr_eq(&f.consts, &cd.consts) && Rc::ptr_eq(&f.names, &cd.names));
        let handles = if same_code { None } else { Some((cd.code.clone(), cd.consts.clone(), cd.names.clone())) };
        self.incref(code_obj);
        self.incref(globals);
        self.incref(builtins);
        if let Some(fu) = func {
            self.incref(fu);
        }
        if let Some(l) = locals {
            self.incref(l);
        }
        let mut f = match handles {
            None => self.frame_pool.pop().expect("checked above"),
            // Reuse a pooled frame in place: no allocation, no large moves.
            Some((code, consts, names)) => match self.frame_pool.pop() {
                Some(mut f) => {
                    f.stack.reserve(code.stacksize as usize);
                    f.code = code;
                    f.consts = consts;
                    f.names = names;
                    f
                }
                None => {
                    let n = code.nlocalsplus();
                    let stacksize = code.stacksize as usize;
                    return Box::new(Frame {
                        code,
                        code_obj,
                        consts,
                        names,
                        func,
                        globals,
                        builtins,
                        locals,
                        fast: new_slots(n),
                        stack: Vec::with_capacity(stacksize),
                        pc: 0,
                        lasti: 0,
                        kwnames: None,
                        started_flag: false,
                        frame_obj: None,
                    });
                }
            },
        };
        // A pooled frame's slots are all empty; reuse them unless something
        // else still shares them or they are too short.
        let n = f.code.nlocalsplus();
        if f.fast.len() < n || Rc::strong_count(&f.fast) != 1 {
            f.fast = new_slots(n);
        }
        f.stack.clear();
        f.code_obj = code_obj;
        f.func = func;
        f.globals = globals;
        f.builtins = builtins;
        f.locals = locals;
        f.pc = 0;
        f.lasti = 0;
        f.kwnames = None;
        f.started_flag = false;
        f.frame_obj = None;
        f
    }

    /// Drops all references a frame holds and recycles its buffers. A frame
    /// object that outlives the frame takes over its locals (CPython's
    /// `take_ownership`).
    pub fn release_frame(&mut self, mut f: Box<Frame>) {
        if let Some(fo) = f.frame_obj.take() {
            if crate::types::frame::frame_finished(self, fo, f.lasti as u32) {
                // The frame object now owns the values in the slots.
                f.fast = new_slots(0);
            }
            self.decref(fo);
        }
        while let Some(v) = f.stack.pop() {
            self.decref(v);
        }
        // Only this code's slots can be set (a pooled buffer may be longer).
        let n = f.code.nlocalsplus().min(f.fast.len());
        for slot in &f.fast[..n] {
            if let Some(v) = slot.take() {
                self.decref(v);
            }
        }
        self.decref(f.code_obj);
        self.decref(f.globals);
        self.decref(f.builtins);
        self.xdecref(f.func.take());
        self.xdecref(f.locals.take());
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::heap::{ObjRef, Payload};
    use crate::vm::{Args, PyResult, Vm};

    /// A builtin that prints `python_stack()` and `current_location()`.
    fn probe(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
        let mut parts = Vec::new();
        for (code, line) in vm.python_stack(10) {
            let Payload::Code(cd) = vm.heap.get(code) else { panic!("not a code object") };
            parts.push(format!("{}:{line}", cd.code.name));
        }
        let (code, line) = vm.current_location().expect("a running frame");
        let Payload::Code(cd) = vm.heap.get(code) else { panic!("not a code object") };
        parts.push(format!("top={}:{line}", cd.code.name));
        let s = parts.join(" ");
        Ok(vm.new_str(s))
    }

    #[test]
    fn python_stack_lists_running_frames_innermost_first() {
        let out = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(|| {
                let mut vm = Vm::new(vec!["t.py".to_string()]);
                let f = vm.new_builtin_function("probe", probe);
                let b = vm.builtins;
                vm.dict_set_str(b, "probe", f);
                vm.decref(f);
                let m = vm.new_module("__main__");
                let src = "def inner():\n    x = 1\n    return probe()\n\ndef outer():\n    return inner()\n\nr = outer()\n";
                let code = vm.compile_source(src, "t.py", crate::syntax::Mode::Exec).unwrap_or_else(|_| panic!("compiles"));
                assert!(vm.exec_module_code(&code, m).is_ok());
                assert!(vm.python_stack(10).is_empty());
                let d = vm.module_dict(m);
                let r = vm.dict_get_str(d, "r").expect("r is set");
                vm.as_str(r).unwrap_or("").to_string()
            })
            .expect("thread")
            .join()
            .expect("join");
        assert_eq!(out, "inner:3 outer:6 <module>:8 top=inner:3");
    }
}
