//! RAISE, exception matching, `with` entry and generator delegation
//! (SEND / StopIteration values).

use crate::heap::{ObjRef, Payload};

use crate::vm::{PyErr, PyResult, Vm};
use super::Unwind;

impl Vm {
    pub(in crate::vm) fn send_to(&mut self, receiver: ObjRef, v: ObjRef) -> PyResult<crate::vm::gen::GenResult> {
        if let Payload::Generator(_) = self.heap.get(receiver) {
            return crate::vm::gen::gen_send(self, receiver, v);
        }
        let r = if v == self.none_obj && matches!(self.heap.get(receiver), Payload::Iter(_)) {
            self.next(receiver).map(|o| o.ok_or(()))
        } else if v == self.none_obj {
            // async/await: the StopIteration's value is the result (an
            // awaitable's `__next__`), which `next()` would drop.
            self.call_method(receiver, "__next__", &[]).map(Ok)
        } else {
            self.call_method(receiver, "send", &[v]).map(Ok)
        };
        match r {
            Ok(Ok(x)) => Ok(crate::vm::gen::GenResult::Yield(x)),
            Ok(Err(())) => Ok(crate::vm::gen::GenResult::Return(self.none())),
            Err(e) if self.err_matches(&e, self.t.stop_iteration) => {
                let v = self.stop_iteration_value(e.exc);
                self.drop_err(e);
                Ok(crate::vm::gen::GenResult::Return(v))
            }
            Err(e) => Err(e),
        }
    }

    /// The `value` of a StopIteration (owned).
    pub fn stop_iteration_value(&mut self, exc: ObjRef) -> ObjRef {
        let args = self.exc_data(exc).map(|d| d.args);
        match args.and_then(|a| self.tuple_items(a).and_then(|t| t.first().copied())) {
            Some(v) => self.incref(v),
            None => self.none(),
        }
    }

    /// RAISE_VARARGS: `raise` (re-raise), `raise exc`, `raise exc from cause` (owned operands).
    pub(in crate::vm) fn do_raise(&mut self, exc: Option<ObjRef>, cause: Option<ObjRef>) -> Unwind {
        let Some(exc) = exc else {
            return match self.current_exc() {
                Some(e) => {
                    self.incref(e);
                    Unwind { err: PyErr { exc: e }, tb: false }
                }
                None => self.runtime_error("No active exception to reraise").into(),
            };
        };
        let exc = match self.instantiate_exception(exc) {
            Ok(e) => e,
            Err(e) => {
                self.xdecref(cause);
                return e.into();
            }
        };
        if let Some(c) = cause {
            let cause = if c == self.none_obj {
                self.decref(c);
                None
            } else {
                match self.instantiate_exception(c) {
                    Ok(c) => Some(c),
                    Err(e) => {
                        self.decref(exc);
                        if self.err_matches(&e, self.t.type_error) {
                            self.drop_err(e);
                            return self.type_error("exception causes must derive from BaseException").into();
                        }
                        return e.into();
                    }
                }
            };
            if let Some(d) = self.exc_data_mut(exc) {
                let old = std::mem::replace(&mut d.cause, cause);
                d.suppress_context = true;
                self.xdecref(old);
            }
        }
        self.raise_obj(exc).into()
    }

    /// A raised class becomes an instance (called with no arguments); owned in, owned out.
    pub fn instantiate_exception(&mut self, exc: ObjRef) -> PyResult<ObjRef> {
        if self.is_type(exc) {
            if self.is_subtype(exc, self.t.base_exception) {
                let r = self.call(exc, &[]);
                self.decref(exc);
                let r = r?;
                if !self.isinstance_type(r, self.t.base_exception) {
                    let tn = self.type_name_of(r);
                    self.decref(r);
                    return Err(self.type_error(format!("calling {tn} should have returned an instance of BaseException, not {tn}")));
                }
                return Ok(r);
            }
        } else if self.isinstance_type(exc, self.t.base_exception) {
            return Ok(exc);
        }
        self.decref(exc);
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    pub(in crate::vm) fn check_exc_match(&mut self, exc: ObjRef, ty: ObjRef) -> PyResult<bool> {
        let valid = |vm: &Vm, t: ObjRef| vm.is_type(t) && vm.is_subtype(t, vm.t.base_exception);
        let ok = if let Some(items) = self.tuple_items(ty) { items.iter().all(|&t| valid(self, t)) } else { valid(self, ty) };
        if !ok {
            return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(self.exc_matches(exc, ty))
    }

    pub(in crate::vm) fn before_with(&mut self, mgr: ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        let ty = self.ty(mgr);
        let enter = self.lookup(ty, self.n.__enter__);
        let exit = self.lookup(ty, self.n.__exit__);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(ty);
            return Err(self.type_error(format!("'{tn}' object does not support the context manager protocol")));
        };
        self.enter_context(mgr, ty, enter, exit)
    }

    /// The shared end of BEFORE_WITH and BEFORE_ASYNC_WITH: binds the exit
    /// method (borrowed `exit`, found on `ty`), then calls the enter method;
    /// returns (bound exit, enter's result), both owned.
    pub(crate) fn enter_context(&mut self, mgr: ObjRef, ty: ObjRef, enter: ObjRef, exit: ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        let exit = self.incref(exit);
        let bound_exit = self.descr_get(exit, Some(mgr), ty);
        self.decref(exit);
        let bound_exit = bound_exit?;
        let enter = self.incref(enter);
        let r = self.call_unbound(enter, mgr, &[]);
        self.decref(enter);
        match r {
            Ok(v) => Ok((bound_exit, v)),
            Err(e) => {
                self.decref(bound_exit);
                Err(e)
            }
        }
    }
}
