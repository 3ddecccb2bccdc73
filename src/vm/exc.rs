//! Raising exceptions from Rust: constructors for PyErr with CPython's
//! classes, matching, `__context__` chaining, and unraisable-error reports.

use crate::heap::{ExcData, ObjRef, Payload};

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// A new exception instance of class `ty` with the given args (borrowed), owned.
    pub fn new_exception(&mut self, ty: ObjRef, args: &[ObjRef]) -> ObjRef {
        for &a in args {
            self.incref(a);
        }
        let args = self.new_tuple(args.to_vec());
        let data = ExcData { args, traceback: None, cause: None, context: None, suppress_context: false, notes: None };
        let e = self.alloc(ty, Payload::Exception(Box::new(data)));
        // SyntaxError's members start as None (attribute storage of other
        // exceptions is created lazily by setattr).
        crate::types::exceptions_syntax::init_slots(self, e);
        e
    }

    /// Wraps an exception instance (owned) into a PyErr, chaining the
    /// exception being handled as its `__context__`.
    pub fn raise_obj(&mut self, exc: ObjRef) -> PyErr {
        self.set_context(exc);
        PyErr { exc }
    }

    /// `ty(msg)` as a raised error.
    pub fn new_error(&mut self, ty: ObjRef, msg: impl Into<String>) -> PyErr {
        let m = self.new_str(msg.into());
        let e = self.new_exception(ty, &[m]);
        self.decref(m);
        self.raise_obj(e)
    }
    /// `ty(*args)` as a raised error (args borrowed).
    pub fn new_error_obj(&mut self, ty: ObjRef, args: &[ObjRef]) -> PyErr {
        let e = self.new_exception(ty, args);
        self.raise_obj(e)
    }
    /// `ty()` as a raised error.
    pub fn new_error_empty(&mut self, ty: ObjRef) -> PyErr {
        let e = self.new_exception(ty, &[]);
        self.raise_obj(e)
    }

    /// A bare MemoryError (no args), as CPython's `PyErr_NoMemory`.
    pub fn no_memory(&mut self) -> PyErr {
        let t = self.t.memory_error;
        self.new_error_empty(t)
    }

    /// An empty buffer with room for `n` items. Sizes come from user input
    /// (`'a'.ljust(10**12)`), so the system's refusal is a MemoryError, as
    /// CPython's failed malloc is, instead of aborting the process.
    pub fn alloc_vec<T>(&mut self, n: usize) -> PyResult<Vec<T>> {
        let mut v = Vec::new();
        match v.try_reserve_exact(n) {
            Ok(()) => Ok(v),
            Err(_) => Err(self.no_memory()),
        }
    }

    /// An empty string with room for `n` bytes; MemoryError as `alloc_vec`.
    pub fn alloc_string(&mut self, n: usize) -> PyResult<String> {
        let mut s = String::new();
        match s.try_reserve_exact(n) {
            Ok(()) => Ok(s),
            Err(_) => Err(self.no_memory()),
        }
    }

    pub fn type_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.type_error;
        self.new_error(t, msg)
    }
    pub fn value_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.value_error;
        self.new_error(t, msg)
    }
    pub fn index_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.index_error;
        self.new_error(t, msg)
    }
    pub fn attribute_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.attribute_error;
        self.new_error(t, msg)
    }
    /// AttributeError that records `name` and `obj` (for "Did you mean" suggestions).
    pub fn attribute_error_obj(&mut self, msg: impl Into<String>, obj: ObjRef, name: ObjRef) -> PyErr {
        let e = self.attribute_error(msg);
        let (n1, n2) = (self.n.name, self.n.obj);
        let _ = self.generic_setattr(e.exc, n1, Some(name));
        let _ = self.generic_setattr(e.exc, n2, Some(obj));
        e
    }
    pub fn name_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.name_error;
        self.new_error(t, msg)
    }
    pub fn overflow_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.overflow_error;
        self.new_error(t, msg)
    }
    pub fn zero_division_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.zero_division_error;
        self.new_error(t, msg)
    }
    pub fn runtime_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.runtime_error;
        self.new_error(t, msg)
    }
    pub fn recursion_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.recursion_error;
        self.new_error(t, msg)
    }
    pub fn import_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.import_error;
        self.new_error(t, msg)
    }
    pub fn not_implemented_error(&mut self, msg: impl Into<String>) -> PyErr {
        let t = self.t.not_implemented_error;
        self.new_error(t, msg)
    }
    /// `KeyError(key)` (repr of the key is what gets printed).
    pub fn key_error(&mut self, key: ObjRef) -> PyErr {
        let t = self.t.key_error;
        self.new_error_obj(t, &[key])
    }
    /// `StopIteration(value)`.
    pub fn stop_iteration(&mut self, value: Option<ObjRef>) -> PyErr {
        let t = self.t.stop_iteration;
        match value {
            Some(v) => self.new_error_obj(t, &[v]),
            None => self.new_error_empty(t),
        }
    }

    /// True when the error is an instance of `ty` (a class or a tuple of classes).
    pub fn err_matches(&self, e: &PyErr, ty: ObjRef) -> bool {
        self.exc_matches(e.exc, ty)
    }

    pub fn exc_matches(&self, exc: ObjRef, ty: ObjRef) -> bool {
        if let Payload::Tuple(items) = self.heap.get(ty) {
            return items.iter().any(|&t| self.exc_matches(exc, t));
        }
        self.isinstance_type(exc, ty)
    }

    /// Drops an error that was handled in Rust.
    pub fn drop_err(&mut self, e: PyErr) {
        self.decref(e.exc);
    }

    pub fn exc_data(&self, e: ObjRef) -> Option<&ExcData> {
        match self.heap.get(e) {
            Payload::Exception(d) => Some(d),
            _ => None,
        }
    }
    pub fn exc_data_mut(&mut self, e: ObjRef) -> Option<&mut ExcData> {
        match self.heap.get_mut(e) {
            Payload::Exception(d) => Some(d),
            _ => None,
        }
    }

    /// The exception currently being handled (borrowed), if any.
    pub fn current_exc(&self) -> Option<ObjRef> {
        self.exc_info.iter().rev().find_map(|e| *e)
    }

    /// Sets `exc.__context__` to the exception being handled, avoiding cycles.
    pub fn set_context(&mut self, exc: ObjRef) {
        let Some(cur) = self.current_exc() else { return };
        if cur == exc {
            return;
        }
        // Break a cycle: if exc already appears in cur's context chain, cut it there.
        let mut o = cur;
        loop {
            let next = self.exc_data(o).and_then(|d| d.context);
            match next {
                Some(n) if n == exc => {
                    if let Some(d) = self.exc_data_mut(o) {
                        d.context = None;
                    }
                    self.decref(exc);
                    break;
                }
                Some(n) => o = n,
                None => break,
            }
        }
        self.incref(cur);
        let old = self.exc_data_mut(exc).and_then(|d| d.context.replace(cur));
        self.xdecref(old);
    }

    /// Prints "Exception ignored in: …" and the traceback to stderr (errors in `__del__`).
    pub fn write_unraisable(&mut self, e: PyErr, what: &str, obj: ObjRef) {
        // gc helper: like slot_tp_finalize, a failing `__del__` is reported
        // about the type's `__del__` function; through `sys.unraisablehook`
        // (modules/gc/unraisable.rs).
        let target = if let Payload::Function(_) | Payload::BoundMethod(_) = self.heap.get(obj) {
            obj
        } else {
            self.lookup(self.ty(obj), self.n.__del__).unwrap_or(obj)
        };
        let msg = if what == "Exception ignored in" { None } else { Some(what) };
        self.report_unraisable(e, msg, Some(target));
    }

    /// Converts a Rust-level result of a "must not fail" call into an Option, reporting errors.
    pub fn ok_or_report<T>(&mut self, r: PyResult<T>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.print_exception(e.exc);
                self.drop_err(e);
                None
            }
        }
    }
}
