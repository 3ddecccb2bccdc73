//! Generators: a generator object owns its suspended frame; `send`,
//! `throw` and `close` resume it. StopIteration inside becomes
//! RuntimeError (PEP 479); return values travel in StopIteration.value.
//! Coroutines and async generators are the same object with another type
//! (`coro.rs` adds their own methods); only the messages differ here.

use crate::bytecode::Instr;
use crate::heap::{GenData, ObjRef, Payload};
use crate::types::MethodDef;

use super::eval::FrameExit;
use super::frame::Frame;
use super::{Args, PyErr, PyResult, Vm};

pub enum GenResult {
    Yield(ObjRef),
    Return(ObjRef),
}

pub fn new_generator(vm: &mut Vm, frame: Box<Frame>, func: ObjRef) -> ObjRef {
    let (name, qualname) = match vm.heap.get(func) {
        Payload::Function(f) => (f.name, f.qualname),
        _ => (vm.empty_str, vm.empty_str),
    };
    vm.incref(name);
    vm.incref(qualname);
    let code = Some(vm.incref(frame.code_obj));
    let fl = frame.code.flags;
    let t = if fl & crate::bytecode::code::flags::COROUTINE != 0 {
        vm.t.coroutine
    } else if fl & crate::bytecode::code::flags::ASYNC_GENERATOR != 0 {
        vm.t.async_generator
    } else {
        vm.t.generator
    };
    vm.alloc(t, Payload::Generator(Box::new(GenData { frame: Some(frame), name, qualname, running: false, exc_state: None, finished: false, code })))
}

/// What the object calls itself in messages: "generator", "coroutine" or "async generator".
pub(super) fn kind_name(vm: &Vm, g: ObjRef) -> &'static str {
    let t = vm.ty(g);
    if t == vm.t.coroutine {
        "coroutine"
    } else if t == vm.t.async_generator {
        "async generator"
    } else {
        "generator"
    }
}

fn gen_data(vm: &mut Vm, g: ObjRef) -> &mut GenData {
    match vm.heap.get_mut(g) {
        Payload::Generator(d) => d,
        _ => panic!("not a generator"),
    }
}

/// Resumes the generator with `value` (borrowed), or with an error to raise inside it.
fn resume(vm: &mut Vm, g: ObjRef, value: Option<ObjRef>, error: Option<PyErr>) -> PyResult<GenResult> {
    let gd = gen_data(vm, g);
    if gd.running {
        if let Some(e) = error {
            vm.drop_err(e);
        }
        let kind = kind_name(vm, g);
        return Err(vm.value_error(format!("{kind} already executing")));
    }
    let Some(mut frame) = gd.frame.take() else {
        if vm.ty(g) == vm.t.coroutine {
            if let Some(e) = error {
                vm.drop_err(e);
            }
            return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
        }
        if let Some(e) = error {
            return Err(e);
        }
        return Ok(GenResult::Return(vm.none()));
    };
    if let Some(v) = value {
        if !frame.started() {
            if v != vm.none_obj {
                gen_data(vm, g).frame = Some(frame);
                let kind = if vm.ty(g) == vm.t.generator { "generator" } else { "coroutine" };
                return Err(vm.type_error(format!("can't send non-None value to a just-started {kind}")));
            }
            if matches!(frame.code.instructions.first(), Some(Instr::PopTop)) {
                vm.incref(v);
                frame.stack.push(v);
            }
        } else if error.is_none() {
            vm.incref(v);
            frame.stack.push(v);
        }
    }
    let gd = gen_data(vm, g);
    gd.running = true;
    let saved = gd.exc_state.take();
    vm.exc_info.push(saved);
    let r = if vm.depth >= vm.recursion_limit {
        if let Some(e) = error {
            vm.drop_err(e);
        }
        Err(vm.recursion_error("maximum recursion depth exceeded"))
    } else {
        vm.depth += 1;
        let r = vm.resume_frame(&mut frame, error);
        vm.depth -= 1;
        r
    };
    let state = vm.exc_info.pop().flatten();
    let gd = gen_data(vm, g);
    gd.running = false;
    match r {
        Ok(FrameExit::Yield(v)) => {
            gd.exc_state = state;
            gd.frame = Some(frame);
            Ok(GenResult::Yield(v))
        }
        Ok(FrameExit::Return(v)) => {
            gd.finished = true;
            vm.xdecref(state);
            vm.release_frame(frame);
            Ok(GenResult::Return(v))
        }
        Err(e) => {
            gd.finished = true;
            vm.xdecref(state);
            vm.release_frame(frame);
            let is_async_gen = vm.ty(g) == vm.t.async_generator;
            let stop = vm.err_matches(&e, vm.t.stop_iteration);
            if stop || (is_async_gen && vm.err_matches(&e, vm.t.stop_async_iteration)) {
                let exc = e.exc;
                let what = if stop { "StopIteration" } else { "StopAsyncIteration" };
                let kind = kind_name(vm, g);
                let r = vm.runtime_error(format!("{kind} raised {what}"));
                if let Some(d) = vm.exc_data_mut(r.exc) {
                    let old_cause = d.cause.replace(exc);
                    let old_ctx = d.context.replace(exc);
                    d.suppress_context = true;
                    vm.incref(exc);
                    vm.xdecref(old_cause);
                    vm.xdecref(old_ctx);
                } else {
                    vm.decref(exc);
                }
                return Err(r);
            }
            Err(e)
        }
    }
}

/// `gen.send(value)`.
pub fn gen_send(vm: &mut Vm, g: ObjRef, value: ObjRef) -> PyResult<GenResult> {
    resume(vm, g, Some(value), None)
}

/// The sub-iterator a generator suspended in `yield from` delegates to
/// (borrowed), with the SEND loop's exit target.
pub(super) fn delegate(vm: &Vm, g: ObjRef) -> Option<(ObjRef, usize)> {
    let Payload::Generator(gd) = vm.heap.get(g) else { return None };
    let f = gd.frame.as_ref()?;
    if !f.started() || f.lasti == 0 {
        return None;
    }
    match (f.code.instructions.get(f.lasti), f.code.instructions.get(f.lasti - 1)) {
        (Some(Instr::YieldValue), Some(Instr::Send(target))) => f.stack.last().map(|&r| (r, *target as usize)),
        _ => None,
    }
}

/// Leaves the SEND loop of a delegating generator: pops the sub-iterator and
/// continues after the loop (pushing the sub-iterator's return value, or
/// positioning for an error to be raised there).
fn leave_send_loop(vm: &mut Vm, g: ObjRef, target: usize, value: Option<ObjRef>) {
    let gd = gen_data(vm, g);
    let Some(f) = gd.frame.as_mut() else { return };
    let rcv = f.stack.pop();
    match value {
        Some(v) => {
            f.stack.push(v);
            f.pc = target;
        }
        None => {
            f.lasti = target.saturating_sub(1);
            f.pc = target;
        }
    }
    vm.xdecref(rcv);
}

/// `gen.throw(exc)`: raises `exc` (owned PyErr) at the suspension point,
/// delegating to the sub-iterator of a `yield from` first.
pub fn gen_throw(vm: &mut Vm, g: ObjRef, err: PyErr) -> PyResult<GenResult> {
    let started = match vm.heap.get(g) {
        Payload::Generator(d) => d.frame.as_ref().is_some_and(|f| f.started()),
        _ => false,
    };
    if !started {
        // Not started (or finished): the generator is closed and the error propagates.
        let gd = gen_data(vm, g);
        gd.finished = true;
        if let Some(f) = gd.frame.take() {
            vm.release_frame(f);
        }
        return Err(err);
    }
    let mut err = err;
    if let Some((yf, target)) = delegate(vm, g) {
        vm.incref(yf);
        if vm.err_matches(&err, vm.t.generator_exit) {
            let r = close_iter(vm, yf);
            vm.decref(yf);
            if let Err(e2) = r {
                vm.drop_err(err);
                err = e2;
            }
        } else {
            enum Sub {
                Done(PyResult<GenResult>),
                NoThrow(PyErr),
            }
            let sub = if let Payload::Generator(_) = vm.heap.get(yf) {
                Sub::Done(gen_throw(vm, yf, err))
            } else {
                match vm.getattr_str(yf, "throw") {
                    Ok(m) => {
                        let ty = vm.ty(err.exc);
                        let r = vm.call(m, &[ty, err.exc]);
                        vm.decref(m);
                        vm.drop_err(err);
                        Sub::Done(r.map(GenResult::Yield))
                    }
                    Err(e) => {
                        vm.drop_err(e);
                        Sub::NoThrow(err)
                    }
                }
            };
            vm.decref(yf);
            match sub {
                Sub::Done(Ok(GenResult::Yield(v))) => return Ok(GenResult::Yield(v)),
                Sub::Done(Ok(GenResult::Return(v))) => {
                    leave_send_loop(vm, g, target, Some(v));
                    return resume(vm, g, None, None);
                }
                Sub::Done(Err(e)) => {
                    if vm.err_matches(&e, vm.t.stop_iteration) {
                        let v = vm.stop_iteration_value(e.exc);
                        vm.drop_err(e);
                        leave_send_loop(vm, g, target, Some(v));
                        return resume(vm, g, None, None);
                    }
                    leave_send_loop(vm, g, target, None);
                    let none = vm.none_obj;
                    return resume(vm, g, Some(none), Some(e));
                }
                Sub::NoThrow(e) => err = e,
            }
        }
    }
    let none = vm.none_obj;
    resume(vm, g, Some(none), Some(err))
}

/// Closes a sub-iterator (generator.close() or its `close` method, if any).
fn close_iter(vm: &mut Vm, yf: ObjRef) -> PyResult<()> {
    if let Payload::Generator(_) = vm.heap.get(yf) {
        return gen_close(vm, yf);
    }
    match vm.getattr_str(yf, "close") {
        Ok(m) => {
            let r = vm.call(m, &[]);
            vm.decref(m);
            vm.decref(r?);
            Ok(())
        }
        Err(e) => {
            vm.drop_err(e);
            Ok(())
        }
    }
}

/// `gen.close()`.
pub fn gen_close(vm: &mut Vm, g: ObjRef) -> PyResult<()> {
    let started = match vm.heap.get(g) {
        Payload::Generator(d) => d.frame.as_ref().map(|f| f.started()),
        _ => None,
    };
    match started {
        None => return Ok(()),
        Some(false) => {
            let gd = gen_data(vm, g);
            gd.finished = true;
            if let Some(f) = gd.frame.take() {
                vm.release_frame(f);
            }
            return Ok(());
        }
        Some(true) => {}
    }
    let t = vm.t.generator_exit;
    let exc = vm.new_exception(t, &[]);
    match gen_throw(vm, g, PyErr { exc }) {
        Ok(GenResult::Yield(v)) => {
            vm.decref(v);
            let kind = kind_name(vm, g);
            Err(vm.runtime_error(format!("{kind} ignored GeneratorExit")))
        }
        Ok(GenResult::Return(v)) => {
            vm.decref(v);
            Ok(())
        }
        Err(e) if vm.err_matches(&e, vm.t.generator_exit) || vm.err_matches(&e, vm.t.stop_iteration) => {
            vm.drop_err(e);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

pub(super) fn result_to_value(vm: &mut Vm, r: PyResult<GenResult>) -> PyResult<ObjRef> {
    match r? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => {
            if v == vm.none_obj {
                vm.decref(v);
                Err(vm.stop_iteration(None))
            } else {
                let e = vm.stop_iteration(Some(v));
                vm.decref(v);
                Err(e)
            }
        }
    }
}

pub(super) fn g_send(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "send", 1, 1)?;
    let r = gen_send(vm, args.args[0], args.args[1]);
    result_to_value(vm, r)
}

fn g_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let none = vm.none_obj;
    let r = gen_send(vm, args.args[0], none);
    result_to_value(vm, r)
}

fn g_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    Ok(vm.incref(args.args[0]))
}

pub(super) fn g_throw(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "throw", 1, 3)?;
    let typ = args.args[1];
    let val = args.args.get(2).copied().filter(|&v| v != vm.none_obj);
    let exc = if vm.is_type(typ) {
        let r = match val {
            Some(v) if vm.isinstance_type(v, typ) => Ok(vm.incref(v)),
            Some(v) => vm.call(typ, &[v]),
            None => vm.call(typ, &[]),
        };
        r?
    } else if vm.isinstance_type(typ, vm.t.base_exception) {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        vm.incref(typ)
    } else {
        let tn = vm.type_name_of(typ);
        return Err(vm.type_error(format!("exceptions must be classes or instances deriving from BaseException, not {tn}")));
    };
    let r = gen_throw(vm, args.args[0], PyErr { exc });
    result_to_value(vm, r)
}

pub(super) fn g_close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    gen_close(vm, args.args[0])?;
    Ok(vm.none())
}

fn g_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = args.args[0];
    let q = match vm.heap.get(g) {
        Payload::Generator(d) => d.qualname,
        _ => vm.empty_str,
    };
    let q = vm.as_str(q).unwrap_or("").to_string();
    let addr = vm.heap.address(g);
    Ok(vm.new_str(format!("<generator object {q} at {addr:#x}>")))
}

pub(super) fn g_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = args.args[0];
    let n = match vm.heap.get(g) {
        Payload::Generator(d) => d.frame.as_ref().map_or(152, |f| 152 + 8 * (f.code.nlocalsplus() + f.code.stacksize as usize)),
        _ => 152,
    };
    Ok(vm.new_int(n as i64))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("send", g_send),
    MethodDef::method("throw", g_throw),
    MethodDef::method("close", g_close),
    MethodDef::method("__next__", g_next),
    MethodDef::method("__iter__", g_iter),
    MethodDef::method("__repr__", g_repr),
    MethodDef::method("__sizeof__", g_sizeof),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.generator;
    vm.add_methods(t, METHODS);
    super::coro::register(vm);
}
