//! The object protocols every part of the runtime uses: hash, equality,
//! truth, repr/str, len, iteration, item access, containment.
//! Exact builtin types take fast paths; everything else goes through the
//! type's special methods (found on the MRO).

use crate::heap::{IterData, ObjRef, Payload};

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// Calls the special method `name` of type(obj) with obj as self.
    /// Returns Ok(None) when the type has no such method.
    pub fn call_special(&mut self, obj: ObjRef, name: ObjRef, args: &[ObjRef]) -> PyResult<Option<ObjRef>> {
        let ty = self.ty(obj);
        let Some(f) = self.lookup(ty, name) else { return Ok(None) };
        if f == self.none_obj {
            return Ok(None);
        }
        let f = self.incref(f);
        let r = self.call_unbound(f, obj, args);
        self.decref(f);
        r.map(Some)
    }

    /// `obj.name(*args)` where name is an interned str object.
    pub fn call_method_obj(&mut self, obj: ObjRef, name: ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
        let m = self.getattr(obj, name)?;
        let r = self.call(m, args);
        self.decref(m);
        r
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: ObjRef, name: &str, args: &[ObjRef]) -> PyResult<ObjRef> {
        let n = self.intern(name);
        let r = self.call_method_obj(obj, n, args);
        self.decref(n);
        r
    }

    // ----- hash ----------------------------------------------------------------

    pub fn hash(&mut self, x: ObjRef) -> PyResult<i64> {
        let ty = self.ty(x);
        match self.heap.get(x) {
            Payload::Str(_) if ty == self.t.str => return Ok(self.str_hash_pure(x)),
            Payload::Int(i) if ty == self.t.int || ty == self.t.bool => return Ok(crate::numeric::hash::hash_i64(*i)),
            _ => {}
        }
        match self.lookup(ty, self.n.__hash__) {
            Some(h) if h == self.none_obj => {
                let tn = self.type_name(ty);
                Err(self.type_error(format!("unhashable type: '{tn}'")))
            }
            Some(h) => {
                let h = self.incref(h);
                let r = self.call_unbound(h, x, &[]);
                self.decref(h);
                let r = r?;
                let v = match self.heap.get(r) {
                    Payload::Int(i) => Ok(*i),
                    Payload::BigInt(b) => Ok(crate::numeric::hash::hash_int(b)),
                    _ => Err(()),
                };
                self.decref(r);
                match v {
                    Ok(-1) => Ok(-2),
                    Ok(v) => Ok(v),
                    Err(()) => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            None => Ok(self.identity_hash(x)),
        }
    }

    pub fn identity_hash(&self, x: ObjRef) -> i64 {
        crate::numeric::hash::hash_pointer(self.heap.address(x))
    }

    // ----- equality and comparison -------------------------------------------------

    /// `a == b` as a bool, with the identity shortcut of containers
    /// (`PyObject_RichCompareBool`).
    pub fn eq(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if let Some(r) = self.fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, crate::bytecode::ComparisonOperator::Eq)?;
        let t = self.truthy(r);
        self.decref(r);
        t
    }

    // ----- truth -------------------------------------------------------------------

    pub fn truthy(&mut self, x: ObjRef) -> PyResult<bool> {
        if x == self.true_obj {
            return Ok(true);
        }
        if x == self.false_obj || x == self.none_obj {
            return Ok(false);
        }
        let ty = self.ty(x);
        let builtin = !self.type_data(ty).heap_type;
        if builtin {
            match self.heap.get(x) {
                Payload::Int(i) => return Ok(*i != 0),
                Payload::BigInt(_) => return Ok(true),
                Payload::Float(f) => return Ok(*f != 0.0),
                Payload::Str(s) => return Ok(!s.s.is_empty()),
                Payload::List(l) => return Ok(!l.items.is_empty()),
                Payload::Tuple(t) => return Ok(!t.is_empty()),
                Payload::Dict(d) => return Ok(!d.is_empty()),
                Payload::Set(s) => return Ok(!s.is_empty()),
                _ => {}
            }
        }
        if let Some(r) = self.call_special(x, self.n.__bool__, &[])? {
            let v = if r == self.true_obj {
                Ok(true)
            } else if r == self.false_obj {
                Ok(false)
            } else {
                let tn = self.type_name_of(r);
                Err(self.type_error(format!("__bool__ should return bool, returned {tn}")))
            };
            self.decref(r);
            return v;
        }
        if self.lookup(ty, self.n.__len__).is_some() {
            let n = self.len(x)?;
            return Ok(n != 0);
        }
        Ok(true)
    }

    // ----- repr / str -------------------------------------------------------------

    /// `repr(x)` as a str object (owned).
    pub fn repr(&mut self, x: ObjRef) -> PyResult<ObjRef> {
        let ty = self.ty(x);
        // CPython's PyObject_Repr counts one level of recursion.
        self.enter_recursive(" while getting the repr of an object")?;
        let r = self.call_special(x, self.n.__repr__, &[]);
        self.depth -= 1;
        let r = r?.expect("object defines __repr__");
        if !matches!(self.heap.get(r), Payload::Str(_)) {
            let tn = self.type_name_of(r);
            self.decref(r);
            let _ = ty;
            return Err(self.type_error(format!("__repr__ returned non-string (type {tn})")));
        }
        Ok(r)
    }

    /// `repr(x)` as a Rust String.
    pub fn repr_string(&mut self, x: ObjRef) -> PyResult<String> {
        let ty = self.ty(x);
        match self.heap.get(x) {
            Payload::Int(i) if ty == self.t.int => return Ok(i.to_string()),
            Payload::Str(s) if ty == self.t.str => return Ok(crate::format::str_repr(&s.s)),
            Payload::Float(f) if ty == self.t.float => return Ok(crate::format::float_repr(*f)),
            _ => {}
        }
        let r = self.repr(x)?;
        let s = self.as_str(r).unwrap_or("").to_string();
        self.decref(r);
        Ok(s)
    }

    /// `str(x)` as a str object (owned).
    pub fn str(&mut self, x: ObjRef) -> PyResult<ObjRef> {
        if self.ty(x) == self.t.str {
            return Ok(self.incref(x));
        }
        // CPython's PyObject_Str counts one level of recursion.
        self.enter_recursive(" while getting the str of an object")?;
        // perf: exact ints and floats make their text directly, as their
        // `__str__` (object.__str__ -> __repr__) would: a new str for an
        // int, the float repr's str for a float.
        let ty = self.ty(x);
        let fast = match self.heap.get(x) {
            Payload::Int(i) if ty == self.t.int => Some((i.to_string(), true)),
            Payload::Float(f) if ty == self.t.float => Some((crate::format::float_repr(*f), false)),
            _ => None,
        };
        if let Some((s, fresh)) = fast {
            self.depth -= 1;
            return Ok(if fresh { self.new_str_fresh(s) } else { self.new_str(s) });
        }
        let r = self.call_special(x, self.n.__str__, &[]);
        self.depth -= 1;
        let r = r?.expect("object defines __str__");
        if !matches!(self.heap.get(r), Payload::Str(_)) {
            let tn = self.type_name_of(r);
            self.decref(r);
            return Err(self.type_error(format!("__str__ returned non-string (type {tn})")));
        }
        Ok(r)
    }

    pub fn str_string(&mut self, x: ObjRef) -> PyResult<String> {
        let ty = self.ty(x);
        match self.heap.get(x) {
            Payload::Int(i) if ty == self.t.int => return Ok(i.to_string()),
            Payload::Str(s) if ty == self.t.str => return Ok(s.s.clone()),
            Payload::Float(f) if ty == self.t.float => return Ok(crate::format::float_repr(*f)),
            _ => {}
        }
        let r = self.str(x)?;
        let s = self.as_str(r).unwrap_or("").to_string();
        self.decref(r);
        Ok(s)
    }

    /// Guards recursive reprs of containers (`[...]`): false when already inside.
    pub fn repr_enter(&mut self, x: ObjRef) -> bool {
        // CPython's first Py_ReprEnter makes the thread state's dict and
        // its repr list, kept for good (`gc.get_count()` sees them).
        self.heap.gc_once(crate::heap::gc::ONCE_REPR_ENTER, 2);
        if self.repr_stack.contains(&x) {
            return false;
        }
        self.repr_stack.push(x);
        true
    }
    pub fn repr_leave(&mut self, x: ObjRef) {
        if let Some(p) = self.repr_stack.iter().rposition(|&y| y == x) {
            self.repr_stack.remove(p);
        }
    }

    /// Counts one level of native recursion (RecursionError past the limit).
    pub fn enter_recursive(&mut self, what: &str) -> PyResult<()> {
        self.depth += 1;
        // The same limit as a Python call's: whichever level trips it
        // names the error, as in CPython.
        if self.depth > self.recursion_limit {
            self.depth -= 1;
            return Err(self.recursion_error(format!("maximum recursion depth exceeded{what}")));
        }
        Ok(())
    }

    // ----- len / iteration ------------------------------------------------------

    pub fn len(&mut self, x: ObjRef) -> PyResult<usize> {
        // Fast paths for exact builtins only: a subclass may override __len__.
        let ty = self.ty(x);
        match self.heap.get(x) {
            Payload::List(l) if ty == self.t.list => return Ok(l.items.len()),
            Payload::Tuple(t) if ty == self.t.tuple => return Ok(t.len()),
            Payload::Str(s) if self.ty(x) == self.t.str => return Ok(s.char_len),
            Payload::Dict(d) if self.ty(x) == self.t.dict => return Ok(d.len()),
            _ => {}
        }
        match self.call_special(x, self.n.__len__, &[])? {
            Some(r) => {
                let v = self.index_value(r);
                self.decref(r);
                let v = v?;
                if v < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(v as usize)
            }
            None => {
                let tn = self.type_name_of(x);
                Err(self.type_error(format!("object of type '{tn}' has no len()")))
            }
        }
    }

    /// An int-like value as i64 (`__index__`); OverflowError when too big.
    pub fn index_value(&mut self, x: ObjRef) -> PyResult<i64> {
        match self.heap.get(x) {
            Payload::Int(i) => Ok(*i),
            Payload::BigInt(_) => {
                let tn = self.type_name_of(x);
                let _ = tn;
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => match self.call_special(x, self.n.__index__, &[])? {
                Some(r) => {
                    let v = self.index_value(r);
                    self.decref(r);
                    v
                }
                None => {
                    let tn = self.type_name_of(x);
                    Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
                }
            },
        }
    }

    /// An index converted to a C int, as CPython's "i" argument format:
    /// out of range either way is the same OverflowError.
    pub fn c_int_arg(&mut self, x: ObjRef) -> PyResult<i32> {
        match self.index_value(x) {
            Ok(i) => i32::try_from(i).map_err(|_| self.overflow_error("Python int too large to convert to C int")),
            Err(e) if self.err_matches(&e, self.t.overflow_error) => {
                self.drop_err(e);
                Err(self.overflow_error("Python int too large to convert to C int"))
            }
            Err(e) => Err(e),
        }
    }

    /// A method's `Py_ssize_t` argument (CPython's argument clinic "n"):
    /// like [`Vm::index_value`], but an int too big gives that converter's
    /// message, "Python int too large to convert to C ssize_t" (subscripts
    /// and `seq * n` keep "cannot fit 'int' into an index-sized integer").
    pub fn ssize_arg(&mut self, x: ObjRef) -> PyResult<i64> {
        match self.heap.get(x) {
            Payload::Int(i) => Ok(*i),
            Payload::BigInt(_) => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
            _ => match self.call_special(x, self.n.__index__, &[])? {
                Some(r) => {
                    let v = self.ssize_arg(r);
                    self.decref(r);
                    v
                }
                None => {
                    let tn = self.type_name_of(x);
                    Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
                }
            },
        }
    }

    /// `iter(x)` (owned).
    pub fn iter(&mut self, x: ObjRef) -> PyResult<ObjRef> {
        let ty = self.ty(x);
        let builtin = !self.type_data(ty).heap_type;
        if builtin {
            let made = match self.heap.get(x) {
                Payload::List(_) => Some((self.t.list_iterator, IterData::Seq { seq: x, index: 0 })),
                Payload::Tuple(_) => Some((self.t.tuple_iterator, IterData::Seq { seq: x, index: 0 })),
                Payload::Str(_) => Some((self.str_iterator_type(x), IterData::Seq { seq: x, index: 0 })),
                Payload::Range(r) => {
                    let r = **r;
                    let stop = r.start.saturating_add(r.len().saturating_mul(r.step));
                    let t = self.t.range_iterator;
                    return Ok(self.alloc(t, Payload::Iter(Box::new(IterData::Range { next: r.start, stop, step: r.step }))));
                }
                Payload::Iter(_) => return Ok(self.incref(x)),
                // Coroutines and async generators share the payload but are not iterable.
                Payload::Generator(_) if ty == self.t.generator => return Ok(self.incref(x)),
                _ => None,
            };
            if let Some((t, data)) = made {
                self.incref(x);
                return Ok(self.alloc(t, Payload::Iter(Box::new(data))));
            }
        }
        match self.lookup(ty, self.n.__iter__) {
            Some(f) if f != self.none_obj => {
                let f = self.incref(f);
                let r = self.call_unbound(f, x, &[]);
                self.decref(f);
                let r = r?;
                let rt = self.ty(r);
                if self.lookup(rt, self.n.__next__).is_none() && !matches!(self.heap.get(r), Payload::Iter(_) | Payload::Generator(_)) {
                    let tn = self.type_name(rt);
                    self.decref(r);
                    return Err(self.type_error(format!("iter() returned non-iterator of type '{tn}'")));
                }
                Ok(r)
            }
            Some(_) => {
                let tn = self.type_name(ty);
                Err(self.type_error(format!("'{tn}' object is not iterable")))
            }
            None => {
                if self.lookup(ty, self.n.__getitem__).is_some() && !matches!(self.heap.get(x), Payload::Dict(_)) {
                    self.incref(x);
                    let t = self.t.seq_iterator;
                    return Ok(self.alloc(t, Payload::Iter(Box::new(IterData::GetItem { obj: x, index: 0 }))));
                }
                let tn = self.type_name(ty);
                Err(self.type_error(format!("'{tn}' object is not iterable")))
            }
        }
    }

    /// `next(it)`: Ok(Some(item)) (owned), Ok(None) when exhausted
    /// (StopIteration is swallowed), Err on other errors.
    pub fn next(&mut self, it: ObjRef) -> PyResult<Option<ObjRef>> {
        if let Payload::Iter(_) = self.heap.get(it) {
            return crate::types::iter::builtin_next(self, it);
        }
        if matches!(self.heap.get(it), Payload::Generator(_)) && self.ty(it) == self.t.generator {
            let none = self.none_obj;
            return match super::gen::gen_send(self, it, none) {
                Ok(super::gen::GenResult::Yield(v)) => Ok(Some(v)),
                Ok(super::gen::GenResult::Return(v)) => {
                    self.decref(v);
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        match self.call_special(it, self.n.__next__, &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                let tn = self.type_name_of(it);
                Err(self.type_error(format!("'{tn}' object is not an iterator")))
            }
            Err(e) if self.err_matches(&e, self.t.stop_iteration) => {
                self.drop_err(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Drains an iterable into a Vec of owned references.
    pub fn collect_iter(&mut self, x: ObjRef) -> PyResult<Vec<ObjRef>> {
        if let Some(items) = self.seq_items(x) {
            if matches!(self.ty(x), t if t == self.t.list || t == self.t.tuple) {
                for &i in &items {
                    self.incref(i);
                }
                return Ok(items);
            }
        }
        let it = self.iter(x)?;
        let mut out = Vec::new();
        loop {
            match self.next(it) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => break,
                Err(e) => {
                    self.decref(it);
                    for v in out {
                        self.decref(v);
                    }
                    return Err(e);
                }
            }
        }
        self.decref(it);
        Ok(out)
    }

    /// `list(iterable)` with CPython's allocation pattern (owned).
    pub fn list_from_iterable(&mut self, x: ObjRef) -> PyResult<ObjRef> {
        // CPython's PySequence_List, with its allocation pattern (types/list.rs).
        self.list_of(x)
    }

    // ----- item access -----------------------------------------------------------

    /// `obj[key]` (owned).
    pub fn getitem(&mut self, obj: ObjRef, key: ObjRef) -> PyResult<ObjRef> {
        let ty = self.ty(obj);
        // Exact lists only: a subclass may override __getitem__.
        if let (Payload::List(l), Payload::Int(i), true) = (self.heap.get(obj), self.heap.get(key), ty == self.t.list) {
            let n = l.items.len() as i64;
            let j = if *i < 0 { *i + n } else { *i };
            if j >= 0 && j < n {
                let v = l.items[j as usize];
                return Ok(self.incref(v));
            }
        }
        if ty == self.t.dict {
            return match self.dict_get_item(obj, key)? {
                Some(v) => Ok(self.incref(v)),
                None => Err(self.key_error(key)),
            };
        }
        match self.call_special(obj, self.n.__getitem__, &[key])? {
            Some(r) => Ok(r),
            None => {
                if let Payload::Type(_) = self.heap.get(obj) {
                    if let Some(f) = self.lookup(obj, self.n.__class_getitem__) {
                        let f = self.incref(f);
                        let r = self.descr_get(f, None, obj);
                        self.decref(f);
                        let m = r?;
                        let r = self.call(m, &[key]);
                        self.decref(m);
                        return r;
                    }
                    if obj == self.t.type_ {
                        return Ok(self.incref(obj));
                    }
                    let tn = self.type_name(obj);
                    return Err(self.type_error(format!("type '{tn}' is not subscriptable")));
                }
                let tn = self.type_name(ty);
                Err(self.type_error(format!("'{tn}' object is not subscriptable")))
            }
        }
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: ObjRef, key: ObjRef, value: ObjRef) -> PyResult<()> {
        let ty = self.ty(obj);
        if ty == self.t.dict {
            return self.dict_set_item(obj, key, value);
        }
        // Exact lists only: a subclass may override __setitem__.
        if let (Payload::List(l), Payload::Int(i), true) = (self.heap.get(obj), self.heap.get(key), ty == self.t.list) {
            let n = l.items.len() as i64;
            let j = if *i < 0 { *i + n } else { *i };
            if j >= 0 && j < n {
                self.incref(value);
                let Payload::List(l) = self.heap.get_mut(obj) else { unreachable!() };
                let old = std::mem::replace(&mut l.items[j as usize], value);
                self.decref(old);
                return Ok(());
            }
        }
        match self.call_special(obj, self.n.__setitem__, &[key, value])? {
            Some(r) => {
                self.decref(r);
                Ok(())
            }
            None => {
                let tn = self.type_name(ty);
                Err(self.type_error(format!("'{tn}' object does not support item assignment")))
            }
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: ObjRef, key: ObjRef) -> PyResult<()> {
        match self.call_special(obj, self.n.__delitem__, &[key])? {
            Some(r) => {
                self.decref(r);
                Ok(())
            }
            None => {
                let tn = self.type_name_of(obj);
                Err(self.type_error(format!("'{tn}' object does not support item deletion")))
            }
        }
    }

    /// `x in container`.
    pub fn contains(&mut self, container: ObjRef, x: ObjRef) -> PyResult<bool> {
        let ty = self.ty(container);
        if ty == self.t.dict {
            return Ok(self.dict_get_item(container, x)?.is_some());
        }
        if ty == self.t.set || ty == self.t.frozenset {
            return self.set_contains(container, x);
        }
        if ty == self.t.list || ty == self.t.tuple {
            // Re-read the item each time: `__eq__` may shrink the list and
            // free the items a snapshot would still point at.
            let mut k = 0;
            loop {
                let item = match self.heap.get(container) {
                    Payload::List(l) => l.items.get(k).copied(),
                    Payload::Tuple(t) => t.get(k).copied(),
                    _ => None,
                };
                let Some(i) = item else { return Ok(false) };
                self.incref(i);
                let r = self.eq(i, x);
                self.decref(i);
                if r? {
                    return Ok(true);
                }
                k += 1;
            }
        }
        if let Some(r) = self.call_special(container, self.n.__contains__, &[x])? {
            let t = self.truthy(r);
            self.decref(r);
            return t;
        }
        // Fall back to iteration.
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) => {
                self.drop_err(e);
                let tn = self.type_name(ty);
                return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
            }
        };
        loop {
            match self.next(it) {
                Ok(Some(v)) => {
                    let r = self.eq(v, x);
                    self.decref(v);
                    match r {
                        Ok(true) => {
                            self.decref(it);
                            return Ok(true);
                        }
                        Ok(false) => {}
                        Err(e) => {
                            self.decref(it);
                            return Err(e);
                        }
                    }
                }
                Ok(None) => {
                    self.decref(it);
                    return Ok(false);
                }
                Err(e) => {
                    self.decref(it);
                    return Err(e);
                }
            }
        }
    }

    /// Converts a native error result into Python's `FormatError` kinds.
    pub fn format_err(&mut self, e: crate::format::FormatError) -> PyErr {
        // A failed allocation is a bare MemoryError (no args), as CPython's
        // PyErr_NoMemory.
        if e.kind == "MemoryError" {
            let t = self.t.memory_error;
            return self.new_error_obj(t, &[]);
        }
        let ty = match e.kind {
            "ValueError" => self.t.value_error,
            "TypeError" => self.t.type_error,
            "OverflowError" => self.t.overflow_error,
            "ZeroDivisionError" => self.t.zero_division_error,
            "KeyError" => self.t.key_error,
            "IndexError" => self.t.index_error,
            _ => self.t.value_error,
        };
        self.new_error(ty, e.message)
    }
}
