//! Value helpers for the eval loop: expression echo, f-string formatting,
//! sequence unpacking, list appends and in-place string concatenation.

use crate::bytecode::opcode::format_value;
use crate::bytecode::Instr;
use crate::heap::{ObjRef, Payload, PyList};

use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// PRINT_EXPR (REPL echo) goes through `sys.displayhook` (modules/sys_hooks.rs).
    pub(in crate::vm) fn print_expr(&mut self, v: ObjRef) -> PyResult<()> {
        self.display_value(v)
    }

    pub(in crate::vm) fn format_value(&mut self, v: ObjRef, conversion: u8, spec: Option<ObjRef>) -> PyResult<ObjRef> {
        let converted = match conversion {
            format_value::STR => Some(self.str(v)?),
            format_value::REPR => Some(self.repr(v)?),
            format_value::ASCII => {
                let s = self.repr_string(v)?;
                Some(self.new_str(crate::format::repr::ascii_escape(&s)))
            }
            _ => None,
        };
        // Without a conversion the popped value itself is formatted (no
        // extra reference, as in CPython's FORMAT_VALUE).
        let x = converted.unwrap_or(v);
        if spec.is_none() && self.ty(x) == self.t.str {
            return Ok(converted.unwrap_or_else(|| self.incref(v)));
        }
        let spec = spec.unwrap_or(self.empty_str);
        let r = self.format(x, spec);
        self.xdecref(converted);
        r
    }

    /// `format(v, spec)` (owned str).
    pub fn format(&mut self, v: ObjRef, spec: ObjRef) -> PyResult<ObjRef> {
        // PyObject_Format finds `__format__` with _PyObject_LookupSpecial,
        // which binds a Python function: the bound method holds `v` too.
        let ty = self.ty(v);
        let binds = self.lookup(ty, self.n.__format__).is_some_and(|f| matches!(self.heap.get(f), Payload::Function(_)));
        if binds {
            self.incref(v);
        }
        let r = self.call_special(v, self.n.__format__, &[spec]);
        if binds {
            self.decref(v);
        }
        let r = match r? {
            Some(r) => r,
            None => {
                let tn = self.type_name_of(v);
                return Err(self.type_error(format!("Type {tn} doesn't define __format__")));
            }
        };
        if !matches!(self.heap.get(r), Payload::Str(_)) {
            let tn = self.type_name_of(r);
            self.decref(r);
            return Err(self.type_error(format!("__format__ must return a str, not {tn}")));
        }
        Ok(r)
    }

    /// Unpacks exactly `n` items (or `n` + star list + `after` items).
    /// UNPACK_SEQUENCE's fast path: pushes the items of an exact tuple or
    /// list of length `n` (last item first, new references) and returns
    /// true; anything else is left to `unpack`.
    #[inline]
    pub(in crate::vm) fn unpack_onto_stack(&mut self, seq: ObjRef, n: usize, stack: &mut Vec<ObjRef>) -> bool {
        let ty = self.heap.ty(seq);
        let items: &[ObjRef] = match self.heap.get(seq) {
            Payload::Tuple(t) if ty == self.t.tuple && t.len() == n => t,
            Payload::List(l) if ty == self.t.list && l.items.len() == n => &l.items,
            _ => return false,
        };
        stack.extend(items.iter().rev());
        for &i in &stack[stack.len() - n..] {
            self.heap.incref(i);
        }
        true
    }

    pub(in crate::vm) fn unpack(&mut self, seq: ObjRef, n: usize, after: Option<usize>) -> PyResult<Vec<ObjRef>> {
        // Exact tuples and lists only (as CPython): a subclass may override __iter__.
        let ty = self.ty(seq);
        let fast = match self.heap.get(seq) {
            Payload::Tuple(t) if ty == self.t.tuple && after.is_none() && t.len() == n => Some(t.to_vec()),
            Payload::List(l) if ty == self.t.list && after.is_none() && l.items.len() == n => Some(l.items.clone()),
            _ => None,
        };
        if let Some(items) = fast {
            for &i in &items {
                self.incref(i);
            }
            return Ok(items);
        }
        let it = match self.iter(seq) {
            Ok(it) => it,
            Err(e) => {
                if self.err_matches(&e, self.t.type_error) {
                    self.drop_err(e);
                    let tn = self.type_name_of(seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                return Err(e);
            }
        };
        let mut items = Vec::new();
        let release = |vm: &mut Vm, items: Vec<ObjRef>, it: ObjRef| {
            for i in items {
                vm.decref(i);
            }
            vm.decref(it);
        };
        for k in 0..n {
            match self.next(it) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => {
                    release(self, items, it);
                    let msg = match after {
                        Some(a) => format!("not enough values to unpack (expected at least {}, got {k})", n + a),
                        None => format!("not enough values to unpack (expected {n}, got {k})"),
                    };
                    return Err(self.value_error(msg));
                }
                Err(e) => {
                    release(self, items, it);
                    return Err(e);
                }
            }
        }
        match after {
            None => match self.next(it) {
                Ok(None) => {
                    self.decref(it);
                    Ok(items)
                }
                Ok(Some(v)) => {
                    self.decref(v);
                    release(self, items, it);
                    Err(self.value_error(format!("too many values to unpack (expected {n})")))
                }
                Err(e) => {
                    release(self, items, it);
                    Err(e)
                }
            },
            Some(a) => {
                let rest = match self.collect_iter(it) {
                    Ok(r) => r,
                    Err(e) => {
                        release(self, items, it);
                        return Err(e);
                    }
                };
                self.decref(it);
                if rest.len() < a {
                    let got = n + rest.len();
                    for r in rest {
                        self.decref(r);
                    }
                    for i in items {
                        self.decref(i);
                    }
                    return Err(self.value_error(format!("not enough values to unpack (expected at least {}, got {got})", n + a)));
                }
                let split = rest.len() - a;
                let mut rest = rest;
                let tail = rest.split_off(split);
                let l = self.new_list(rest);
                items.push(l);
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// Appends an owned reference to a list with CPython's over-allocation.
    pub fn list_append_owned(&mut self, l: ObjRef, v: ObjRef) {
        if let Payload::List(pl) = self.heap.get_mut(l) {
            let n = pl.items.len();
            let grows = n >= pl.allocated;
            list_resize(pl, n + 1);
            pl.items.push(v);
            // tracemalloc: the item array was reallocated.
            if grows {
                self.trace_resize(l);
            }
        }
    }

    pub(in crate::vm) fn try_str_concat_inplace(&mut self, f: &mut Frame, a: ObjRef, b: ObjRef, op: crate::bytecode::BinaryOperator) -> Option<ObjRef> {
        use crate::bytecode::BinaryOperator as B;
        if !matches!(op, B::Add | B::InplaceAdd) {
            return None;
        }
        if self.ty(a) != self.t.str || self.ty(b) != self.t.str {
            return None;
        }
        let is_interned = match self.heap.get(a) {
            Payload::Str(s) => s.interned.get(),
            _ => return None,
        };
        if is_interned || a == self.empty_str {
            return None;
        }
        let mut rc = self.heap.rc(a);
        // `s = s + t` / `s += t` followed by STORE_FAST s: the local's reference can go.
        let next_store = match f.code.instructions.get(f.pc) {
            Some(Instr::StoreFast(i)) if f.fast[*i as usize].get() == Some(a) => Some(*i as usize),
            _ => None,
        };
        if rc == 2 {
            if let Some(i) = next_store {
                f.fast[i].set(None);
                self.heap.decref_hit_zero(a);
                rc = 1;
            }
        }
        if rc != 1 {
            return None;
        }
        // a != b here (a's only reference is this one). perf: take a's
        // payload out for the append so b's text is read in place (no copy);
        // nothing runs in between.
        let mut pa = std::mem::replace(self.heap.get_mut(a), Payload::Free);
        if let (Payload::Str(s), Payload::Str(t)) = (&mut pa, self.heap.get(b)) {
            s.push_str(&t.s);
        }
        *self.heap.get_mut(a) = pa;
        // tracemalloc: the str was reallocated in place.
        self.trace_resize(a);
        self.decref(b);
        Some(a)
    }
}

/// CPython's list_resize: over-allocates `(n + (n >> 3) + 6) & !3`.
pub fn list_resize(l: &mut PyList, newsize: usize) {
    let allocated = l.allocated;
    if allocated >= newsize && newsize >= (allocated >> 1) {
        return;
    }
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize - l.items.len().min(newsize) > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3;
    }
    if newsize == 0 {
        new_allocated = 0;
    }
    l.allocated = new_allocated;
    if l.items.capacity() < new_allocated {
        l.items.reserve_exact(new_allocated - l.items.len());
    }
}
