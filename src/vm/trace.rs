//! `sys.settrace` / `sys.setprofile`: delivering 'call', 'line', 'return'
//! and 'exception' events as CPython 3.11's `trace_trampoline` and
//! `profile_trampoline` do, and `sys._getframe`.
//!
//! The eval loop tests one flag (`vm.frames.tracing`) per instruction and
//! calls in here only when a trace or profile function is set.

use crate::bytecode::Instr;
use crate::heap::{ObjRef, Payload};
use crate::types::frame::{frame_data, frame_data_mut, frame_locals, locals_to_fast, materialize};

use super::frame::ENTRY_LASTI;
use super::{Args, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Event {
    Call,
    Line,
    Return,
    Exception,
}

impl Event {
    fn name(self) -> &'static str {
        match self {
            Event::Call => "call",
            Event::Line => "line",
            Event::Return => "return",
            Event::Exception => "exception",
        }
    }
}

impl Vm {
    /// Calls a trace/profile function as `func(frame, event, arg)` with the
    /// frame's `f_locals` synced around the call and tracing suspended.
    fn call_tracer(&mut self, func: ObjRef, fo: ObjRef, event: &str, arg: ObjRef) -> PyResult<ObjRef> {
        let l = frame_locals(self, fo)?;
        self.decref(l);
        let ev = self.intern(event);
        self.frames.in_tracer = true;
        self.frames.update_tracing();
        let r = self.call(func, &[fo, ev, arg]);
        self.frames.in_tracer = false;
        self.frames.update_tracing();
        self.decref(ev);
        locals_to_fast(self, fo);
        r
    }

    /// Delivers one event for the innermost frame to the trace function
    /// (global for 'call', the frame's `f_trace` otherwise) and, for 'call'
    /// and 'return', to the profile function.
    fn trace_event(&mut self, event: Event, arg: Option<ObjRef>) -> PyResult<()> {
        let n = self.frames.entries.len();
        if n == 0 {
            return Ok(());
        }
        let arg = arg.unwrap_or(self.none_obj);
        if let Some(tf) = self.frames.trace_func {
            let callback = if event == Event::Call {
                Some(tf)
            } else {
                self.frames.entries[n - 1].frame_obj.and_then(|fo| frame_data(self, fo)).and_then(|d| d.trace)
            };
            if let Some(cb) = callback {
                let fo = materialize(self, n - 1);
                self.incref(fo);
                self.incref(cb);
                let r = self.call_tracer(cb, fo, event.name(), arg);
                self.decref(cb);
                match r {
                    Err(e) => {
                        let old = self.frames.trace_func.take();
                        self.xdecref(old);
                        let old = frame_data_mut(self, fo).and_then(|d| d.trace.take());
                        self.xdecref(old);
                        self.frames.update_tracing();
                        self.decref(fo);
                        return Err(e);
                    }
                    Ok(res) => {
                        if res != self.none_obj {
                            let old = frame_data_mut(self, fo).and_then(|d| d.trace.replace(res));
                            self.xdecref(old);
                        } else {
                            self.decref(res);
                        }
                    }
                }
                self.decref(fo);
            }
        }
        if matches!(event, Event::Call | Event::Return) {
            if let Some(pf) = self.frames.profile_func {
                let fo = materialize(self, n - 1);
                self.incref(fo);
                self.incref(pf);
                let r = self.call_tracer(pf, fo, event.name(), arg);
                self.decref(pf);
                self.decref(fo);
                match r {
                    Err(e) => {
                        let old = self.frames.profile_func.take();
                        self.xdecref(old);
                        self.frames.update_tracing();
                        return Err(e);
                    }
                    Ok(res) => self.decref(res),
                }
            }
        }
        Ok(())
    }

    /// The 'call' event of a frame that starts or resumes.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_call_event(&mut self) -> PyResult<()> {
        self.trace_event(Event::Call, None)
    }

    /// The 'return' event (a return or a yield) with its value (borrowed).
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_return_event(&mut self, v: Option<ObjRef>) -> PyResult<()> {
        self.trace_event(Event::Return, v)
    }

    /// 'return' with None while an exception leaves the frame; errors of the
    /// trace function are dropped (the frame is already unwinding).
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_unwind_event(&mut self) {
        if let Err(e) = self.trace_event(Event::Return, None) {
            self.drop_err(e);
        }
    }

    /// The 'exception' event for a newly raised exception (borrowed).
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_exception_event(&mut self, exc: ObjRef) -> PyResult<()> {
        if self.frames.trace_func.is_none() {
            return Ok(());
        }
        let ty = self.ty(exc);
        self.incref(ty);
        self.incref(exc);
        let tb = match self.exc_data(exc).and_then(|d| d.traceback) {
            Some(t) => self.incref(t),
            None => self.none(),
        };
        let arg = self.new_tuple(vec![ty, exc, tb]);
        let r = self.trace_event(Event::Exception, Some(arg));
        self.decref(arg);
        r
    }

    /// Before instruction `pc` of the innermost frame runs: the 'line' event
    /// when it starts a new line or is the target of a backward jump.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_instruction(&mut self, pc: usize) -> PyResult<()> {
        let prev = self.frames.top_lasti;
        self.frames.top_lasti = pc as u32;
        if self.frames.trace_func.is_none() {
            return Ok(());
        }
        let Some(e) = self.frames.entries.last() else { return Ok(()) };
        let Some(fo) = e.frame_obj else { return Ok(()) };
        let Some(d) = frame_data(self, fo) else { return Ok(()) };
        if d.trace.is_none() || !d.trace_lines {
            return Ok(());
        }
        let Payload::Code(cd) = self.heap.get(e.code) else { return Ok(()) };
        let code = &cd.code;
        let line = code.line_of(pc);
        if line == 0 {
            return Ok(());
        }
        // The first traced instruction always starts a line (CPython: the
        // previous instruction is RESUME, whose "last line" counts as none).
        let lastline = if prev == ENTRY_LASTI { None } else { Some(code.line_of(prev as usize)) };
        let backward = prev != ENTRY_LASTI && (pc as u32) < prev && !matches!(code.instructions.get(pc), Some(Instr::Send(_)));
        if lastline != Some(line) || backward {
            self.trace_event(Event::Line, None)?;
        }
        Ok(())
    }
}

impl Vm {
    /// The callable a profile function sees in 'c_call' events for a call of
    /// `func` with positional `args` (owned): builtin functions themselves,
    /// method descriptors bound to their first argument; None for anything
    /// else (Python functions, classes), as CPython's `trace_call_function`.
    #[cold]
    #[inline(never)]
    pub(crate) fn c_profile_target(&mut self, func: ObjRef, args: &[ObjRef]) -> Option<ObjRef> {
        let Payload::Builtin(b) = self.heap.get(func) else { return None };
        // Slot wrappers are not C functions: CPython reports no 'c_call'.
        if self.heap.ty(func) == self.t.wrapper_descriptor {
            return None;
        }
        if b.self_.is_none() && b.binding == crate::heap::Binding::Method {
            let first = *args.first()?;
            return Some(self.bind_builtin(func, first));
        }
        Some(self.incref(func))
    }

    /// Sends 'c_call', 'c_return' or 'c_exception' to the profile function.
    #[cold]
    #[inline(never)]
    pub(crate) fn profile_c_event(&mut self, event: &str, arg: ObjRef) -> PyResult<()> {
        let (Some(pf), Some(n)) = (self.frames.profile_func, self.frames.entries.len().checked_sub(1)) else { return Ok(()) };
        if self.frames.in_tracer {
            return Ok(());
        }
        let fo = materialize(self, n);
        self.incref(fo);
        self.incref(pf);
        let r = self.call_tracer(pf, fo, event, arg);
        self.decref(pf);
        self.decref(fo);
        match r {
            Ok(res) => {
                self.decref(res);
                Ok(())
            }
            Err(e) => {
                let old = self.frames.profile_func.take();
                self.xdecref(old);
                self.frames.update_tracing();
                Err(e)
            }
        }
    }
}

fn set_hook(vm: &mut Vm, args: &Args, name: &str, profile: bool) -> PyResult<ObjRef> {
    vm.check_args(args, name, 1, 1)?;
    let f = args.args[0];
    let new = if f == vm.none_obj { None } else { Some(vm.incref(f)) };
    let old = if profile { std::mem::replace(&mut vm.frames.profile_func, new) } else { std::mem::replace(&mut vm.frames.trace_func, new) };
    vm.xdecref(old);
    vm.frames.update_tracing();
    Ok(vm.none())
}

/// `sys.settrace(func)`
pub fn sys_settrace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    set_hook(vm, args, "settrace", false)
}

/// `sys.setprofile(func)`
pub fn sys_setprofile(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    set_hook(vm, args, "setprofile", true)
}

/// `sys.gettrace()`
pub fn sys_gettrace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "gettrace", 0, 0)?;
    match vm.frames.trace_func {
        Some(f) => Ok(vm.incref(f)),
        None => Ok(vm.none()),
    }
}

/// `sys.getprofile()`
pub fn sys_getprofile(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getprofile", 0, 0)?;
    match vm.frames.profile_func {
        Some(f) => Ok(vm.incref(f)),
        None => Ok(vm.none()),
    }
}

/// `sys._getframe([depth])`
pub fn sys_getframe(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "_getframe", 0, 1)?;
    let depth = match args.args.first() {
        Some(&d) => vm.index_value(d)?,
        None => 0,
    };
    // A negative depth means the caller (CPython's loop never runs).
    let depth = depth.max(0);
    let n = vm.frames.entries.len() as i64;
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let fo = materialize(vm, (n - 1 - depth) as usize);
    Ok(vm.incref(fo))
}
