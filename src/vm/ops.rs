//! Operators: binary (with reflected and in-place variants and
//! NotImplemented), unary, and rich comparison, with fast paths for exact
//! int / float / str operands.

use crate::bytecode::{BinaryOperator as B, ComparisonOperator as C, Instr};
use crate::heap::{ObjRef, Payload};

use super::{PyResult, Vm};

fn dunder_names(vm: &Vm, op: B) -> (ObjRef, ObjRef, ObjRef) {
    let n = &vm.n;
    match op.base() {
        B::Add => (n.__add__, n.__radd__, n.__iadd__),
        B::Subtract => (n.__sub__, n.__rsub__, n.__isub__),
        B::Multiply => (n.__mul__, n.__rmul__, n.__imul__),
        B::TrueDivide => (n.__truediv__, n.__rtruediv__, n.__itruediv__),
        B::FloorDivide => (n.__floordiv__, n.__rfloordiv__, n.__ifloordiv__),
        B::Remainder => (n.__mod__, n.__rmod__, n.__imod__),
        B::Power => (n.__pow__, n.__rpow__, n.__ipow__),
        B::MatrixMultiply => (n.__matmul__, n.__rmatmul__, n.__imatmul__),
        B::Lshift => (n.__lshift__, n.__rlshift__, n.__ilshift__),
        B::Rshift => (n.__rshift__, n.__rrshift__, n.__irshift__),
        B::And => (n.__and__, n.__rand__, n.__iand__),
        B::Or => (n.__or__, n.__ror__, n.__ior__),
        B::Xor => (n.__xor__, n.__rxor__, n.__ixor__),
        _ => unreachable!("base() returns a plain operator"),
    }
}

impl Vm {
    /// `a op b` (owned result; borrows operands).
    pub fn binary_op(&mut self, a: ObjRef, b: ObjRef, op: B) -> PyResult<ObjRef> {
        // perf: callers outside the eval loop (sum(), reductions, natives)
        // get the exact-int/float fast path too.
        if let Some(r) = self.binary_op_fast(a, b, op) {
            return Ok(r);
        }
        let (ta, tb) = (self.ty(a), self.ty(b));
        let t = &self.t;
        if (ta == t.int || ta == t.float) && (tb == t.int || tb == t.float) {
            if let Some(r) = crate::types::int::numeric_binop(self, a, b, op.base()) {
                return r;
            }
        } else if ta == t.str && tb == t.str && op.base() == B::Add {
            // Concatenating with '' gives the other str itself, as in CPython.
            if self.as_str(b) == Some("") {
                return Ok(self.incref(a));
            }
            if self.as_str(a) == Some("") {
                return Ok(self.incref(b));
            }
            let (x, y) = (self.as_str(a).unwrap_or(""), self.as_str(b).unwrap_or(""));
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            return Ok(self.new_str_fresh(s));
        } else if ta == t.str && matches!(op.base(), B::Remainder | B::Multiply) && (tb == t.int || !self.type_data(tb).heap_type) && (op.base() == B::Remainder || tb == t.int) {
            // perf: `fmt % args` and `s * n` on an exact str go straight to
            // str's own slot: with a builtin right operand (not a str
            // subclass) nothing else can answer first, and str has no
            // in-place variant.
            let args = [a, b];
            let args = super::Args { args: &args, kwnames: &[] };
            return if op.base() == B::Remainder { crate::types::str::str_mod(self, &args) } else { crate::types::str::str_mul(self, &args) };
        }
        let (name, rname, iname) = dunder_names(self, op);
        if op.is_inplace() {
            if let Some(r) = self.call_special(a, iname, &[b])? {
                if r != self.not_implemented_obj {
                    return Ok(r);
                }
                self.decref(r);
            }
        }
        if let Some(r) = self.binary_op1(a, b, name, rname)? {
            return Ok(r);
        }
        if op.base() == B::Power {
            // pow() with a modulus is only via the builtin.
        }
        let (an, bn) = (self.type_name(ta), self.type_name(tb));
        let sym = op.symbol();
        if op.base() == B::Power && !op.is_inplace() {
            return Err(self.type_error(format!("unsupported operand type(s) for ** or pow(): '{an}' and '{bn}'")));
        }
        if op.base() == B::Rshift && !op.is_inplace() && self.is_builtin_print(a) {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for >>: '{an}' and '{bn}'. Did you mean \"print(<message>, file=<output_stream>)\"?"
            )));
        }
        Err(self.type_error(format!("unsupported operand type(s) for {sym}: '{an}' and '{bn}'")))
    }

    /// perf: `a op b` for exact int/float operands whose result needs no
    /// error or overflow handling, computed without any dunder lookup; None
    /// sends the caller to [`Vm::binary_op`] (which gives the same results).
    #[inline(always)]
    pub(crate) fn binary_op_fast(&mut self, a: ObjRef, b: ObjRef, op: B) -> Option<ObjRef> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let (ti, tf) = (self.t.int, self.t.float);
        let tb_ = self.t.bool;
        let (x, y) = match (self.heap.get(a), self.heap.get(b)) {
            // Bools count as ints in arithmetic (`sum(flags)`), not in `& | ^`,
            // whose result stays a bool.
            (Payload::Int(x), Payload::Int(y)) if (ta == ti && tb == ti) || ((ta == ti || ta == tb_) && (tb == ti || tb == tb_) && !matches!(op.base(), B::And | B::Or | B::Xor)) => {
                let r = int_fast(op, *x, *y)?;
                return Some(self.new_int(r));
            }
            (Payload::Float(x), Payload::Float(y)) if ta == tf && tb == tf => (*x, *y),
            // i64 -> f64 rounds to nearest-even, as CPython's int-to-float does.
            (Payload::Float(x), Payload::Int(y)) if ta == tf && tb == ti => (*x, *y as f64),
            (Payload::Int(x), Payload::Float(y)) if ta == ti && tb == tf => (*x as f64, *y),
            _ => return None,
        };
        Some(self.new_float(float_fast(op, x, y)?))
    }

    /// perf: [`Vm::binary_op_fast`] on owned operands, which it releases
    /// when it answers (None: the caller still owns both). A result that
    /// is not a cached small int is written into an operand that dies here
    /// (an exact int or float that nobody else holds), as CPython's free
    /// lists would hand the same memory back: no release, no allocation.
    /// Not while tracemalloc runs: each result has its own allocation site.
    #[inline(always)]
    pub(crate) fn binary_op_fast_owned(&mut self, a: ObjRef, b: ObjRef, op: B) -> Option<ObjRef> {
        if self.heap.trace.is_none() {
            let (ta, tb) = (self.ty(a), self.ty(b));
            let (ti, tf) = (self.t.int, self.t.float);
            let r = match (self.heap.get(a), self.heap.get(b)) {
                (Payload::Float(x), Payload::Float(y)) if ta == tf && tb == tf => {
                    Payload::Float(float_fast(op, *x, *y)?)
                }
                (Payload::Int(x), Payload::Int(y)) if ta == ti && tb == ti => {
                    let v = int_fast(op, *x, *y)?;
                    if (-5..=256).contains(&v) {
                        let r = self.new_int(v);
                        self.decref(a);
                        self.decref(b);
                        return Some(r);
                    }
                    Payload::Int(v)
                }
                _ => return self.binary_op_fast_release(a, b, op),
            };
            // (a == b means two references: neither count is 1.)
            let (keep, other) = if self.heap.rc(a) == 1 {
                (a, b)
            } else if self.heap.rc(b) == 1 && ta == tb {
                (b, a)
            } else {
                let r = match r {
                    Payload::Float(v) => self.new_float(v),
                    Payload::Int(v) => self.new_int(v),
                    _ => unreachable!("only numbers are computed above"),
                };
                self.decref(a);
                self.decref(b);
                return Some(r);
            };
            // Overwrite the number in place: the kept operand has the
            // result's kind (both operands do), and no drop glue runs.
            match (self.heap.get_mut(keep), r) {
                (Payload::Float(x), Payload::Float(v)) => *x = v,
                (Payload::Int(x), Payload::Int(v)) => *x = v,
                (slot, r) => *slot = r,
            }
            self.decref(other);
            return Some(keep);
        }
        self.binary_op_fast_release(a, b, op)
    }

    #[inline(always)]
    fn binary_op_fast_release(&mut self, a: ObjRef, b: ObjRef, op: B) -> Option<ObjRef> {
        let r = self.binary_op_fast(a, b, op)?;
        self.decref(a);
        self.decref(b);
        Some(r)
    }

    /// perf: comparison of two exact ints or two exact floats; None for
    /// anything else (the caller falls back to [`Vm::rich_compare`]).
    #[inline(always)]
    pub(crate) fn compare_fast(&self, a: ObjRef, b: ObjRef, op: C) -> Option<bool> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        match (self.heap.get(a), self.heap.get(b)) {
            (Payload::Int(x), Payload::Int(y)) if ta == self.t.int && tb == self.t.int => Some(ord_matches(x.cmp(y), op)),
            (Payload::Float(x), Payload::Float(y)) if ta == self.t.float && tb == self.t.float => Some(match op {
                C::Lt => x < y,
                C::Le => x <= y,
                C::Eq => x == y,
                C::Ne => x != y,
                C::Gt => x > y,
                C::Ge => x >= y,
            }),
            _ => None,
        }
    }

    fn is_builtin_print(&self, a: ObjRef) -> bool {
        matches!(self.heap.get(a), Payload::Builtin(b) if b.name == "print")
    }

    /// Tries `a.__op__(b)` then `b.__rop__(a)` (reflected first for a subclass
    /// that overrides it); None when both return NotImplemented.
    pub fn binary_op1(&mut self, a: ObjRef, b: ObjRef, name: ObjRef, rname: ObjRef) -> PyResult<Option<ObjRef>> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let lhs = self.lookup(ta, name);
        let rhs = if ta != tb { self.lookup(tb, rname) } else { None };
        let rhs_first = rhs.is_some() && self.is_subtype(tb, ta) && self.lookup(ta, rname) != rhs;
        let mut order: Vec<(ObjRef, ObjRef, ObjRef)> = Vec::with_capacity(2);
        if let Some(r) = rhs.filter(|_| rhs_first) {
            order.push((r, b, a));
        }
        if let Some(l) = lhs {
            order.push((l, a, b));
        }
        if let Some(r) = rhs.filter(|_| !rhs_first) {
            order.push((r, b, a));
        }
        for (f, x, y) in order {
            if f == self.none_obj {
                continue;
            }
            let f = self.incref(f);
            let r = self.call_unbound(f, x, &[y]);
            self.decref(f);
            let r = r?;
            if r != self.not_implemented_obj {
                return Ok(Some(r));
            }
            self.decref(r);
        }
        Ok(None)
    }

    pub fn unary_op(&mut self, v: ObjRef, instr: Instr) -> PyResult<ObjRef> {
        let (name, sym) = match instr {
            Instr::UnaryNegative => (self.n.__neg__, "-"),
            Instr::UnaryPositive => (self.n.__pos__, "+"),
            _ => (self.n.__invert__, "~"),
        };
        if self.ty(v) == self.t.int {
            if let Payload::Int(i) = self.heap.get(v) {
                let i = *i;
                match instr {
                    Instr::UnaryNegative => {
                        if let Some(r) = i.checked_neg() {
                            return Ok(self.new_int(r));
                        }
                    }
                    Instr::UnaryPositive => return Ok(self.incref(v)),
                    _ => return Ok(self.new_int(!i)),
                }
            }
        }
        match self.call_special(v, name, &[])? {
            Some(r) => Ok(r),
            None => {
                let tn = self.type_name_of(v);
                Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
            }
        }
    }

    fn cmp_names(&self, op: C) -> ObjRef {
        match op {
            C::Lt => self.n.__lt__,
            C::Le => self.n.__le__,
            C::Eq => self.n.__eq__,
            C::Ne => self.n.__ne__,
            C::Gt => self.n.__gt__,
            C::Ge => self.n.__ge__,
        }
    }

    /// `a op b` for comparisons (owned result).
    pub fn rich_compare(&mut self, a: ObjRef, b: ObjRef, op: C) -> PyResult<ObjRef> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let fast = {
            let t = &self.t;
            match (self.heap.get(a), self.heap.get(b)) {
                (Payload::Int(x), Payload::Int(y)) if (ta == t.int || ta == t.bool) && (tb == t.int || tb == t.bool) => Some(x.cmp(y)),
                (Payload::Float(x), Payload::Float(y)) if ta == t.float && tb == t.float => {
                    let r = match op {
                        C::Lt => x < y,
                        C::Le => x <= y,
                        C::Eq => x == y,
                        C::Ne => x != y,
                        C::Gt => x > y,
                        C::Ge => x >= y,
                    };
                    return Ok(self.new_bool(r));
                }
                (Payload::Str(x), Payload::Str(y)) if ta == t.str && tb == t.str => Some(x.s.cmp(&y.s)),
                _ => None,
            }
        };
        if let Some(ord) = fast {
            return Ok(self.new_bool(ord_matches(ord, op)));
        }
        self.enter_recursive(" in comparison")?;
        let r = self.rich_compare_slow(a, b, op);
        self.depth -= 1;
        r
    }

    fn rich_compare_slow(&mut self, a: ObjRef, b: ObjRef, op: C) -> PyResult<ObjRef> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let name = self.cmp_names(op);
        let rname = self.cmp_names(op.swapped());
        let mut tried_reflected = false;
        if ta != tb && self.is_subtype(tb, ta) && self.lookup(tb, rname).is_some() {
            tried_reflected = true;
            if let Some(r) = self.call_special(b, rname, &[a])? {
                if r != self.not_implemented_obj {
                    return Ok(r);
                }
                self.decref(r);
            }
        }
        if let Some(r) = self.call_special(a, name, &[b])? {
            if r != self.not_implemented_obj {
                return Ok(r);
            }
            self.decref(r);
        }
        if !tried_reflected {
            if let Some(r) = self.call_special(b, rname, &[a])? {
                if r != self.not_implemented_obj {
                    return Ok(r);
                }
                self.decref(r);
            }
        }
        match op {
            C::Eq => Ok(self.new_bool(a == b)),
            C::Ne => Ok(self.new_bool(a != b)),
            _ => {
                let (an, bn) = (self.type_name(ta), self.type_name(tb));
                Err(self.type_error(format!("'{}' not supported between instances of '{an}' and '{bn}'", op.symbol())))
            }
        }
    }

    /// `a < b` etc. as a bool.
    pub fn compare_bool(&mut self, a: ObjRef, b: ObjRef, op: C) -> PyResult<bool> {
        let r = self.rich_compare(a, b, op)?;
        let t = self.truthy(r);
        self.decref(r);
        t
    }
}

pub fn ord_matches(ord: std::cmp::Ordering, op: C) -> bool {
    use std::cmp::Ordering::*;
    match op {
        C::Lt => ord == Less,
        C::Le => ord != Greater,
        C::Eq => ord == Equal,
        C::Ne => ord != Equal,
        C::Gt => ord == Greater,
        C::Ge => ord != Less,
    }
}

/// The machine-int results the fast paths compute themselves (None: the
/// full protocol decides — overflow, division by a non-positive number,
/// other operators).
#[inline(always)]
fn int_fast(op: B, x: i64, y: i64) -> Option<i64> {
    match op.base() {
        B::Add => x.checked_add(y),
        B::Subtract => x.checked_sub(y),
        B::Multiply => x.checked_mul(y),
        // For a positive divisor Python's floor division and modulo are
        // the Euclidean ones.
        B::FloorDivide if y > 0 => Some(x.div_euclid(y)),
        B::Remainder if y > 0 => Some(x.rem_euclid(y)),
        B::And => Some(x & y),
        B::Or => Some(x | y),
        B::Xor => Some(x ^ y),
        _ => None,
    }
}

/// The float results the fast paths compute themselves.
#[inline(always)]
fn float_fast(op: B, x: f64, y: f64) -> Option<f64> {
    Some(match op.base() {
        B::Add => x + y,
        B::Subtract => x - y,
        B::Multiply => x * y,
        B::TrueDivide if y != 0.0 => x / y,
        _ => return None,
    })
}
