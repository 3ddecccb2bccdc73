//! Coroutines (`async def`), async generators and their helper objects.
//!
//! A coroutine or an async generator is a generator object (`gen.rs` runs
//! it) with another type. This file adds what differs:
//! * `coroutine`: send/throw/close, `__await__` (a `coroutine_wrapper`
//!   iterator), `cr_*` attributes, the "never awaited" RuntimeWarning;
//! * `async_generator`: `yield v` wraps v (ASYNC_GEN_WRAP) so that the
//!   awaitables `__anext__()`/`asend()` (`async_generator_asend`) and
//!   `athrow()`/`aclose()` (`async_generator_athrow`) can tell a value for the
//!   consumer (it ends the await: StopIteration(v)) from a value an inner
//!   `await` passes out to the event loop (passed through);
//! * the await protocol used by GET_AWAITABLE, GET_AITER, GET_ANEXT,
//!   BEFORE_ASYNC_WITH and END_ASYNC_FOR (`eval/async_ops.rs`).

use crate::bytecode::code::flags;
use crate::heap::{NativeData, ObjRef, Payload};
use crate::types::MethodDef;

use super::gen::{self, GenResult};
use super::{Args, PyErr, PyResult, Vm};

/// A value an async generator yields to its consumer.
struct Wrapped(ObjRef);

impl NativeData for Wrapped {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.0);
    }
}

/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
struct CoroWrapper(ObjRef);

impl NativeData for CoroWrapper {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.0);
    }
    fn sizeof(&self) -> usize {
        24
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// `__anext__()` / `asend(v)`.
struct Asend {
    gen: ObjRef,
    value: Option<ObjRef>,
    state: AwaitState,
}

impl NativeData for Asend {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.gen);
        if let Some(v) = self.value {
            visit(v);
        }
    }
    fn sizeof(&self) -> usize {
        40
    }
}

/// `athrow(...)` / `aclose()` (`exc` None).
struct Athrow {
    gen: ObjRef,
    exc: Option<ObjRef>,
    state: AwaitState,
}

impl NativeData for Athrow {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.gen);
        if let Some(v) = self.exc {
            visit(v);
        }
    }
    fn sizeof(&self) -> usize {
        40
    }
}

fn native<T: 'static>(vm: &Vm, o: ObjRef) -> Option<&T> {
    match vm.heap.get(o) {
        Payload::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

fn native_mut<T: 'static>(vm: &mut Vm, o: ObjRef) -> Option<&mut T> {
    match vm.heap.get_mut(o) {
        Payload::Native(n) => n.as_any_mut().downcast_mut::<T>(),
        _ => None,
    }
}

/// The code flags of a generator-like object.
fn gen_flags(vm: &Vm, g: ObjRef) -> u32 {
    let Payload::Generator(gd) = vm.heap.get(g) else { return 0 };
    if let Some(f) = gd.frame.as_ref() {
        return f.code.flags;
    }
    match gd.code.map(|c| vm.heap.get(c)) {
        Some(Payload::Code(cd)) => cd.code.flags,
        _ => 0,
    }
}

/// A coroutine, or a generator made awaitable by `types.coroutine`.
pub fn is_coroutine_like(vm: &Vm, x: ObjRef) -> bool {
    let t = vm.ty(x);
    t == vm.t.coroutine || (t == vm.t.generator && gen_flags(vm, x) & flags::ITERABLE_COROUTINE != 0)
}

fn finished(vm: &Vm, g: ObjRef) -> bool {
    match vm.heap.get(g) {
        Payload::Generator(gd) => gd.frame.is_none() || gd.finished,
        _ => true,
    }
}

// ----- the await protocol (used by the eval loop) ---------------------------

impl Vm {
    /// GET_AWAITABLE: the iterator an `await x` delegates to (owned).
    pub(crate) fn get_awaitable(&mut self, x: ObjRef, where_: u32) -> PyResult<ObjRef> {
        if is_coroutine_like(self, x) {
            if self.ty(x) == self.t.coroutine && gen::delegate(self, x).is_some() {
                return Err(self.runtime_error("coroutine is being awaited already"));
            }
            return Ok(self.incref(x));
        }
        let ty = self.ty(x);
        let Some(getter) = self.lookup_str(ty, "__await__") else {
            let tn = self.type_name(ty);
            let msg = match where_ {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {tn}"),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}"),
                _ => format!("object {tn} can't be used in 'await' expression"),
            };
            return Err(self.type_error(msg));
        };
        let getter = self.incref(getter);
        let r = self.call_unbound(getter, x, &[]);
        self.decref(getter);
        let r = r?;
        if is_coroutine_like(self, r) {
            self.decref(r);
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        let rt = self.ty(r);
        if self.lookup_str(rt, "__next__").is_none() && !matches!(self.heap.get(r), Payload::Iter(_) | Payload::Generator(_)) {
            let tn = self.type_name(rt);
            self.decref(r);
            return Err(self.type_error(format!("__await__() returned non-iterator of type '{tn}'")));
        }
        Ok(r)
    }

    /// GET_AITER: `x.__aiter__()` (owned).
    pub(crate) fn get_aiter(&mut self, x: ObjRef) -> PyResult<ObjRef> {
        let ty = self.ty(x);
        let Some(f) = self.lookup_str(ty, "__aiter__") else {
            let tn = self.type_name(ty);
            return Err(self.type_error(format!("'async for' requires an object with __aiter__ method, got {tn}")));
        };
        let f = self.incref(f);
        let r = self.call_unbound(f, x, &[]);
        self.decref(f);
        let r = r?;
        let rt = self.ty(r);
        if self.lookup_str(rt, "__anext__").is_none() {
            let tn = self.type_name(rt);
            self.decref(r);
            return Err(self.type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {tn}")));
        }
        Ok(r)
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()` (owned).
    pub(crate) fn get_anext(&mut self, aiter: ObjRef) -> PyResult<ObjRef> {
        let ty = self.ty(aiter);
        if ty == self.t.async_generator {
            return Ok(new_asend(self, aiter, None));
        }
        let Some(f) = self.lookup_str(ty, "__anext__") else {
            let tn = self.type_name(ty);
            return Err(self.type_error(format!("'async for' requires an iterator with __anext__ method, got {tn}")));
        };
        let f = self.incref(f);
        let r = self.call_unbound(f, aiter, &[]);
        self.decref(f);
        let next = r?;
        let r = self.get_awaitable(next, 0);
        if let Err(e) = r {
            let tn = self.type_name_of(next);
            self.decref(next);
            let err = self.type_error(format!("'async for' received an invalid object from __anext__: {tn}"));
            if let Some(d) = self.exc_data_mut(err.exc) {
                let old = d.context.replace(e.exc);
                self.xdecref(old);
            } else {
                self.drop_err(e);
            }
            return Err(err);
        }
        self.decref(next);
        r
    }

    /// BEFORE_ASYNC_WITH: (bound `__aexit__`, result of `__aenter__()`), both owned.
    pub(crate) fn before_async_with(&mut self, mgr: ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        let ty = self.ty(mgr);
        let tn = self.type_name(ty);
        let Some(enter) = self.lookup_str(ty, "__aenter__") else {
            return Err(self.type_error(format!("'{tn}' object does not support the asynchronous context manager protocol")));
        };
        let Some(exit) = self.lookup_str(ty, "__aexit__") else {
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        self.enter_context(mgr, ty, enter, exit)
    }

    /// ASYNC_GEN_WRAP: takes `v` (owned), returns the wrapped value (owned).
    pub(crate) fn async_gen_wrap(&mut self, v: ObjRef) -> ObjRef {
        let t = self.t.async_generator_wrapped_value;
        self.alloc(t, Payload::Native(Box::new(Wrapped(v))))
    }

    /// GET_YIELD_FROM_ITER on a coroutine: only coroutine code (or a
    /// `types.coroutine` generator) may delegate to one.
    pub(crate) fn check_yield_from_coroutine(&mut self, code: &crate::bytecode::CodeObject) -> PyResult<()> {
        if code.flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) == 0 {
            return Err(self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
        }
        Ok(())
    }

    /// END_ASYNC_FOR's test: is `exc` a StopAsyncIteration?
    pub(crate) fn is_stop_async_iteration(&self, exc: ObjRef) -> bool {
        self.isinstance_type(exc, self.t.stop_async_iteration)
    }
}

// ----- coroutine ------------------------------------------------------------

fn check_kind(vm: &mut Vm, o: ObjRef, t: ObjRef, what: &str) -> PyResult<()> {
    if vm.ty(o) == t {
        Ok(())
    } else {
        let tn = vm.type_name_of(o);
        Err(vm.type_error(format!("descriptor requires a '{what}' object but received a '{tn}'")))
    }
}

fn gen_repr(vm: &mut Vm, args: &Args, what: &str) -> PyResult<ObjRef> {
    let g = args.args[0];
    let q = match vm.heap.get(g) {
        Payload::Generator(d) => d.qualname,
        _ => vm.empty_str,
    };
    let q = vm.as_str(q).unwrap_or("").to_string();
    let addr = vm.heap.address(g);
    Ok(vm.new_str(format!("<{what} object {q} at {addr:#x}>")))
}

fn c_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    gen_repr(vm, args, "coroutine")
}

fn c_await(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = args.args[0];
    let t = vm.t.coroutine;
    check_kind(vm, c, t, "coroutine")?;
    vm.incref(c);
    let t = vm.t.coroutine_wrapper;
    Ok(vm.alloc(t, Payload::Native(Box::new(CoroWrapper(c)))))
}

fn c_running(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = matches!(vm.heap.get(args.args[0]), Payload::Generator(g) if g.running);
    Ok(vm.new_bool(r))
}

fn c_frame(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    Ok(crate::types::frame::gen_frame(vm, args.args[0]).unwrap_or_else(|| vm.none()))
}

fn c_code(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let code = match vm.heap.get(args.args[0]) {
        Payload::Generator(g) => g.frame.as_ref().map(|f| f.code_obj).or(g.code),
        _ => None,
    };
    Ok(match code {
        Some(c) => vm.incref(c),
        None => vm.none(),
    })
}

fn c_await_attr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    Ok(match gen::delegate(vm, args.args[0]) {
        Some((yf, _)) => vm.incref(yf),
        None => vm.none(),
    })
}

fn c_none(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.none())
}

fn c_suspended(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = matches!(vm.heap.get(args.args[0]), Payload::Generator(g) if !g.running && g.frame.as_ref().is_some_and(|f| f.started()));
    Ok(vm.new_bool(r))
}

const COROUTINE_METHODS: &[MethodDef] = &[
    MethodDef::method("send", gen::g_send),
    MethodDef::method("throw", gen::g_throw),
    MethodDef::method("close", gen::g_close),
    MethodDef::method("__await__", c_await),
    MethodDef::method("__repr__", c_repr),
    MethodDef::method("__sizeof__", gen::g_sizeof),
];

const COROUTINE_PROPS: &[MethodDef] = &[
    MethodDef::method("cr_running", c_running),
    MethodDef::method("cr_frame", c_frame),
    MethodDef::method("cr_code", c_code),
    MethodDef::method("cr_await", c_await_attr),
    MethodDef::method("cr_origin", c_none),
    MethodDef::method("cr_suspended", c_suspended),
];

// ----- coroutine_wrapper ----------------------------------------------------

fn wrapped_coro(vm: &mut Vm, w: ObjRef) -> PyResult<ObjRef> {
    match native::<CoroWrapper>(vm, w) {
        Some(c) => Ok(c.0),
        None => Err(vm.type_error("expected a coroutine_wrapper")),
    }
}

fn w_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = wrapped_coro(vm, args.args[0])?;
    let none = vm.none_obj;
    let r = gen::gen_send(vm, c, none);
    gen::result_to_value(vm, r)
}

fn w_send(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "send", 1, 1)?;
    let c = wrapped_coro(vm, args.args[0])?;
    let r = gen::gen_send(vm, c, args.args[1]);
    gen::result_to_value(vm, r)
}

fn w_throw(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = wrapped_coro(vm, args.args[0])?;
    let mut v = args.args.to_vec();
    v[0] = c;
    gen::g_throw(vm, &Args { args: &v, kwnames: args.kwnames })
}

fn w_close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = wrapped_coro(vm, args.args[0])?;
    gen::gen_close(vm, c)?;
    Ok(vm.none())
}

fn self_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    Ok(vm.incref(args.args[0]))
}

const WRAPPER_METHODS: &[MethodDef] = &[
    MethodDef::method("__next__", w_next),
    MethodDef::method("__iter__", self_iter),
    MethodDef::method("send", w_send),
    MethodDef::method("throw", w_throw),
    MethodDef::method("close", w_close),
];

// ----- async generators -----------------------------------------------------

fn new_asend(vm: &mut Vm, g: ObjRef, value: Option<ObjRef>) -> ObjRef {
    vm.incref(g);
    if let Some(v) = value {
        vm.incref(v);
    }
    let t = vm.t.async_generator_asend;
    vm.alloc(t, Payload::Native(Box::new(Asend { gen: g, value, state: AwaitState::Init })))
}

fn ag_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    gen_repr(vm, args, "async_generator")
}

fn ag_check(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = args.args[0];
    let t = vm.t.async_generator;
    check_kind(vm, g, t, "async_generator")?;
    Ok(g)
}

fn ag_anext(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = ag_check(vm, args)?;
    Ok(new_asend(vm, g, None))
}

fn ag_asend(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "asend", 1, 1)?;
    let g = ag_check(vm, args)?;
    Ok(new_asend(vm, g, Some(args.args[1])))
}

fn ag_athrow(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "athrow", 1, 3)?;
    let g = ag_check(vm, args)?;
    let exc = make_exception(vm, &args.args[1..])?;
    vm.incref(g);
    let t = vm.t.async_generator_athrow;
    Ok(vm.alloc(t, Payload::Native(Box::new(Athrow { gen: g, exc: Some(exc), state: AwaitState::Init }))))
}

fn ag_aclose(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let g = ag_check(vm, args)?;
    vm.incref(g);
    let t = vm.t.async_generator_athrow;
    Ok(vm.alloc(t, Payload::Native(Box::new(Athrow { gen: g, exc: None, state: AwaitState::Init }))))
}

/// `throw(type[, value[, tb]])` arguments → an exception instance (owned).
fn make_exception(vm: &mut Vm, a: &[ObjRef]) -> PyResult<ObjRef> {
    let typ = a[0];
    let val = a.get(1).copied().filter(|&v| v != vm.none_obj);
    if vm.is_type(typ) && vm.is_subtype(typ, vm.t.base_exception) {
        match val {
            Some(v) if vm.isinstance_type(v, typ) => Ok(vm.incref(v)),
            Some(v) => vm.call(typ, &[v]),
            None => vm.call(typ, &[]),
        }
    } else if vm.isinstance_type(typ, vm.t.base_exception) {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        Ok(vm.incref(typ))
    } else {
        let tn = vm.type_name_of(typ);
        Err(vm.type_error(format!("exceptions must be classes or instances deriving from BaseException, not {tn}")))
    }
}

fn ag_running(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    c_running(vm, args)
}

const ASYNC_GEN_METHODS: &[MethodDef] = &[
    MethodDef::method("__aiter__", self_iter),
    MethodDef::method("__anext__", ag_anext),
    MethodDef::method("asend", ag_asend),
    MethodDef::method("athrow", ag_athrow),
    MethodDef::method("aclose", ag_aclose),
    MethodDef::method("__repr__", ag_repr),
    MethodDef::method("__sizeof__", gen::g_sizeof),
];

const ASYNC_GEN_PROPS: &[MethodDef] = &[
    MethodDef::method("ag_running", ag_running),
    MethodDef::method("ag_frame", c_frame),
    MethodDef::method("ag_code", c_code),
    MethodDef::method("ag_await", c_await_attr),
    MethodDef::method("ag_suspended", c_suspended),
];

/// Turns what the async generator produced into the awaitable's result: a
/// wrapped value ends the await (StopIteration(value)); another value is
/// passed out to whoever drives the await; a return ends the iteration.
fn unwrap_result(vm: &mut Vm, r: PyResult<GenResult>, on_return: ObjRef) -> PyResult<(ObjRef, bool)> {
    match r {
        Ok(GenResult::Yield(v)) => {
            if let Some(w) = native::<Wrapped>(vm, v).map(|w| w.0) {
                let e = vm.stop_iteration(Some(w));
                vm.decref(v);
                return Err(e);
            }
            Ok((v, false))
        }
        Ok(GenResult::Return(v)) => {
            vm.decref(v);
            Err(vm.new_error_obj(on_return, &[]))
        }
        Err(e) => Err(e),
    }
}

fn asend_state(vm: &mut Vm, o: ObjRef) -> PyResult<(ObjRef, Option<ObjRef>, AwaitState)> {
    match native::<Asend>(vm, o) {
        Some(a) => Ok((a.gen, a.value, a.state)),
        None => Err(vm.type_error("expected an async_generator_asend")),
    }
}

fn set_asend_state(vm: &mut Vm, o: ObjRef, st: AwaitState) {
    if let Some(a) = native_mut::<Asend>(vm, o) {
        a.state = st;
    }
}

fn asend_send_impl(vm: &mut Vm, o: ObjRef, v: ObjRef) -> PyResult<ObjRef> {
    let (g, value, state) = asend_state(vm, o)?;
    if state == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let mut v = v;
    if state == AwaitState::Init {
        if v == vm.none_obj {
            if let Some(x) = value {
                v = x;
            }
        }
        set_asend_state(vm, o, AwaitState::Iter);
    }
    if finished(vm, g) {
        set_asend_state(vm, o, AwaitState::Closed);
        let t = vm.t.stop_async_iteration;
        return Err(vm.new_error_obj(t, &[]));
    }
    let r = gen::gen_send(vm, g, v);
    let sai = vm.t.stop_async_iteration;
    let r = unwrap_result(vm, r, sai);
    finish_await(vm, o, r, set_asend_state)
}

fn finish_await(vm: &mut Vm, o: ObjRef, r: PyResult<(ObjRef, bool)>, set: fn(&mut Vm, ObjRef, AwaitState)) -> PyResult<ObjRef> {
    match r {
        Ok((v, _)) => Ok(v),
        Err(e) => {
            set(vm, o, AwaitState::Closed);
            Err(e)
        }
    }
}

fn asend_send(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "send", 1, 1)?;
    asend_send_impl(vm, args.args[0], args.args[1])
}

fn asend_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let none = vm.none_obj;
    asend_send_impl(vm, args.args[0], none)
}

fn asend_throw(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "throw", 1, 3)?;
    let o = args.args[0];
    let (g, _, state) = asend_state(vm, o)?;
    if state == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let exc = make_exception(vm, &args.args[1..])?;
    let r = gen::gen_throw(vm, g, PyErr { exc });
    let sai = vm.t.stop_async_iteration;
    let r = unwrap_result(vm, r, sai);
    finish_await(vm, o, r, set_asend_state)
}

fn asend_close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    set_asend_state(vm, args.args[0], AwaitState::Closed);
    Ok(vm.none())
}

const ASEND_METHODS: &[MethodDef] = &[
    MethodDef::method("send", asend_send),
    MethodDef::method("throw", asend_throw),
    MethodDef::method("close", asend_close),
    MethodDef::method("__next__", asend_next),
    MethodDef::method("__iter__", self_iter),
    MethodDef::method("__await__", self_iter),
];

fn athrow_state(vm: &mut Vm, o: ObjRef) -> PyResult<(ObjRef, Option<ObjRef>, AwaitState)> {
    match native::<Athrow>(vm, o) {
        Some(a) => Ok((a.gen, a.exc, a.state)),
        None => Err(vm.type_error("expected an async_generator_athrow")),
    }
}

fn set_athrow_state(vm: &mut Vm, o: ObjRef, st: AwaitState) {
    if let Some(a) = native_mut::<Athrow>(vm, o) {
        a.state = st;
    }
}

/// The outcome of resuming the generator for `athrow`/`aclose`.
fn athrow_result(vm: &mut Vm, o: ObjRef, is_close: bool, r: PyResult<GenResult>) -> PyResult<ObjRef> {
    if is_close {
        let r = match r {
            Ok(GenResult::Yield(v)) => {
                if native::<Wrapped>(vm, v).is_some() {
                    vm.decref(v);
                    Err(vm.runtime_error("async generator ignored GeneratorExit"))
                } else {
                    return Ok(v);
                }
            }
            Ok(GenResult::Return(v)) => {
                vm.decref(v);
                Err(vm.stop_iteration(None))
            }
            Err(e) if vm.err_matches(&e, vm.t.stop_async_iteration) || vm.err_matches(&e, vm.t.generator_exit) => {
                vm.drop_err(e);
                Err(vm.stop_iteration(None))
            }
            Err(e) => Err(e),
        };
        return finish_await(vm, o, r.map(|v| (v, false)), set_athrow_state);
    }
    let sai = vm.t.stop_async_iteration;
    let r = unwrap_result(vm, r, sai);
    finish_await(vm, o, r, set_athrow_state)
}

fn athrow_send_impl(vm: &mut Vm, o: ObjRef, v: ObjRef) -> PyResult<ObjRef> {
    let (g, exc, state) = athrow_state(vm, o)?;
    if state == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if finished(vm, g) {
        set_athrow_state(vm, o, AwaitState::Closed);
        return Err(if exc.is_none() { vm.stop_iteration(None) } else { vm.new_error_obj(vm.t.stop_async_iteration, &[]) });
    }
    if state == AwaitState::Init {
        if v != vm.none_obj {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        set_athrow_state(vm, o, AwaitState::Iter);
        let e = match exc {
            Some(e) => vm.incref(e),
            None => {
                let t = vm.t.generator_exit;
                vm.new_exception(t, &[])
            }
        };
        let r = gen::gen_throw(vm, g, PyErr { exc: e });
        return athrow_result(vm, o, exc.is_none(), r);
    }
    let r = gen::gen_send(vm, g, v);
    athrow_result(vm, o, exc.is_none(), r)
}

fn athrow_send(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "send", 1, 1)?;
    athrow_send_impl(vm, args.args[0], args.args[1])
}

fn athrow_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let none = vm.none_obj;
    athrow_send_impl(vm, args.args[0], none)
}

fn athrow_throw(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "throw", 1, 3)?;
    let o = args.args[0];
    let (g, exc, state) = athrow_state(vm, o)?;
    if state == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let e = make_exception(vm, &args.args[1..])?;
    let r = gen::gen_throw(vm, g, PyErr { exc: e });
    athrow_result(vm, o, exc.is_none(), r)
}

fn athrow_close(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    set_athrow_state(vm, args.args[0], AwaitState::Closed);
    Ok(vm.none())
}

const ATHROW_METHODS: &[MethodDef] = &[
    MethodDef::method("send", athrow_send),
    MethodDef::method("throw", athrow_throw),
    MethodDef::method("close", athrow_close),
    MethodDef::method("__next__", athrow_next),
    MethodDef::method("__iter__", self_iter),
    MethodDef::method("__await__", self_iter),
];

// ----- finalization -----------------------------------------------------------

/// Whether freeing `o` must warn that the coroutine was never awaited.
pub(crate) fn never_awaited(vm: &Vm, o: ObjRef) -> bool {
    vm.ty(o) == vm.t.coroutine
        && matches!(vm.heap.get(o), Payload::Generator(g) if !g.finished && g.frame.as_ref().is_some_and(|f| !f.started()))
}

/// CPython's `_PyErr_WarnUnawaitedCoroutine`: `RuntimeWarning: coroutine
/// 'f' was never awaited`, through `warnings.warn` with the coroutine as
/// the source (which adds the tracemalloc hint).
pub(crate) fn warn_never_awaited(vm: &mut Vm, o: ObjRef) -> PyResult<()> {
    let q = match vm.heap.get(o) {
        Payload::Generator(g) => g.qualname,
        _ => return Ok(()),
    };
    let q = vm.as_str(q).unwrap_or("").to_string();
    // Drop the frame first: the coroutine counts as closed from now on.
    if let Payload::Generator(g) = vm.heap.get_mut(o) {
        g.finished = true;
        if let Some(f) = g.frame.take() {
            vm.release_frame(f);
        }
    }
    let none = vm.none_obj;
    let module = vm.import_module_level("warnings", none, none, 0)?;
    let warn = vm.getattr_str(module, "warn");
    vm.decref(module);
    let warn = warn?;
    let msg = vm.new_str(format!("coroutine '{q}' was never awaited"));
    let cat = vm.t.runtime_warning;
    let one = vm.new_int(1);
    let kw = vm.intern("source");
    let r = vm.call_kw(warn, &[msg, cat, one, o], &[kw]);
    vm.decref(kw);
    vm.decref(one);
    vm.decref(msg);
    vm.decref(warn);
    vm.decref(r?);
    Ok(())
}

// ----- types.coroutine support ----------------------------------------------

/// `_pyrite_coro.mark_iterable_coroutine(func)`: sets CO_ITERABLE_COROUTINE
/// on a generator function's code (what `types.coroutine` does with
/// `code.replace`), so that its generators can be awaited.
fn mark_iterable_coroutine(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "mark_iterable_coroutine", 1, 1)?;
    let func = args.args[0];
    let Payload::Function(fd) = vm.heap.get(func) else {
        return Err(vm.type_error("expected a function"));
    };
    let old = fd.code;
    let Payload::Code(cd) = vm.heap.get(old) else {
        return Err(vm.type_error("expected a code object"));
    };
    let mut code = (*cd.code).clone();
    code.flags |= flags::ITERABLE_COROUTINE;
    let (consts, names) = (cd.consts.clone(), cd.names.clone());
    for &c in consts.iter().chain(names.iter()) {
        vm.incref(c);
    }
    let t = vm.t.code;
    let new = vm.alloc(t, Payload::Code(Box::new(crate::heap::CodeData { code: std::rc::Rc::new(code), consts, names })));
    if let Payload::Function(fd) = vm.heap.get_mut(func) {
        fd.code = new;
    }
    vm.decref(old);
    Ok(vm.incref(func))
}

pub fn make_module(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_pyrite_coro");
    vm.add_module_functions(m, &[("mark_iterable_coroutine", mark_iterable_coroutine)]);
    Ok(m)
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.coroutine;
    vm.add_methods(t, COROUTINE_METHODS);
    vm.add_properties(t, COROUTINE_PROPS);
    let t = vm.t.coroutine_wrapper;
    vm.add_methods(t, WRAPPER_METHODS);
    let t = vm.t.async_generator;
    vm.add_methods(t, ASYNC_GEN_METHODS);
    vm.add_properties(t, ASYNC_GEN_PROPS);
    let t = vm.t.async_generator_asend;
    vm.add_methods(t, ASEND_METHODS);
    let t = vm.t.async_generator_athrow;
    vm.add_methods(t, ATHROW_METHODS);
}
