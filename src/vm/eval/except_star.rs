//! The `except*` instructions' helpers (PEP 654): CHECK_EG_MATCH splits an
//! exception group by the handler's types, PREP_RERAISE_STAR assembles
//! what the handlers raised or left unhandled into the group to re-raise.

use crate::heap::ObjRef;
use crate::types::exceptions_group::{group_exceptions, is_group, project};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// CHECK_EG_MATCH: `(rest, match)` for the exception `exc` (owned
    /// results); `match` is None when nothing matched, and then `rest` is
    /// `exc` itself. A match becomes the exception being handled.
    pub(in crate::vm) fn check_eg_match(&mut self, exc: ObjRef, ty: ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        let valid = |vm: &Vm, t: ObjRef| vm.is_type(t) && vm.is_subtype(t, vm.t.base_exception);
        let items = self.tuple_items(ty).map(|t| t.to_vec()).unwrap_or_else(|| vec![ty]);
        if !items.iter().all(|&t| valid(self, t)) {
            return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        if items.iter().any(|&t| self.is_subtype(t, self.t.base_exception_group)) {
            return Err(self.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
        let (rest, matched) = self.exception_group_match(exc, ty)?;
        if matched == self.none_obj {
            self.decref(rest);
            return Ok((self.incref(exc), matched));
        }
        let slot = self.exc_info.last_mut().expect("exc_info");
        let old = slot.replace(matched);
        self.incref(matched);
        self.xdecref(old);
        Ok((rest, matched))
    }

    /// CPython's `exception_group_match`: (rest, match), both owned.
    fn exception_group_match(&mut self, exc: ObjRef, ty: ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        if exc == self.none_obj {
            return Ok((self.none(), self.none()));
        }
        if self.exc_matches(exc, ty) {
            // The whole exception matches; a naked one is wrapped in a group.
            let matched = if is_group(self, exc) {
                self.incref(exc)
            } else {
                let msg = self.new_str(String::new());
                let inner = self.incref(exc);
                let excs = self.new_tuple(vec![inner]);
                let beg = self.t.base_exception_group;
                let r = self.call(beg, &[msg, excs]);
                self.decref(msg);
                self.decref(excs);
                r?
            };
            return Ok((self.none(), matched));
        }
        if is_group(self, exc) {
            let pair = self.call_method(exc, "split", &[ty])?;
            let items = self.tuple_items(pair).map(|t| t.to_vec()).unwrap_or_default();
            let (m, r) = match items.as_slice() {
                [m, r] => (self.incref(*m), self.incref(*r)),
                _ => (self.none(), self.none()),
            };
            self.decref(pair);
            return Ok((r, m));
        }
        Ok((self.none(), self.none()))
    }

    /// The leaf exceptions of a group (or the exception itself), borrowed.
    fn leaf_exceptions(&self, e: ObjRef, out: &mut Vec<ObjRef>) {
        match group_exceptions(self, e) {
            Some(subs) => {
                for s in subs {
                    self.leaf_exceptions(s, out);
                }
            }
            None => out.push(e),
        }
    }

    /// True when `a` carries `b`'s traceback, cause, context and notes (a
    /// part of `b` that a handler re-raised, or left unhandled).
    fn same_exception_metadata(&mut self, a: ObjRef, b: ObjRef) -> bool {
        let meta = |vm: &Vm, e: ObjRef| vm.exc_data(e).map(|d| (d.traceback, d.cause, d.context));
        if meta(self, a) != meta(self, b) {
            return false;
        }
        let k = self.intern("__notes__");
        let na = self.getattr_opt(a, k).ok().flatten();
        let nb = self.getattr_opt(b, k).ok().flatten();
        self.decref(k);
        let same = na == nb;
        self.xdecref(na);
        self.xdecref(nb);
        same
    }

    /// PREP_RERAISE_STAR: from the original exception and the list of what
    /// the clauses raised (None entries skipped), the exception to re-raise
    /// (owned), or None.
    pub(in crate::vm) fn prep_reraise_star(&mut self, orig: ObjRef, list: ObjRef) -> PyResult<ObjRef> {
        let excs: Vec<ObjRef> = self.list_items(list).map(|l| l.to_vec()).unwrap_or_default();
        if excs.is_empty() {
            return Ok(self.none());
        }
        if !is_group(self, orig) {
            // A naked exception was wrapped: at most one clause ran.
            return Ok(self.incref(excs[0]));
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in excs {
            if e == self.none_obj {
                continue;
            }
            if self.same_exception_metadata(e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut keep = Vec::new();
        for &e in &reraised {
            self.leaf_exceptions(e, &mut keep);
        }
        let reraised_eg = project(self, orig, keep)?;
        if raised.is_empty() {
            return Ok(reraised_eg.unwrap_or_else(|| self.none()));
        }
        let mut all: Vec<ObjRef> = raised.iter().map(|&e| self.incref(e)).collect();
        all.extend(reraised_eg);
        if all.len() == 1 {
            return Ok(all[0]);
        }
        let msg = self.new_str(String::new());
        let l = self.new_list(all);
        let beg = self.t.base_exception_group;
        let r = self.call(beg, &[msg, l]);
        self.decref(msg);
        self.decref(l);
        r
    }
}
