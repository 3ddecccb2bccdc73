//! Sequence helpers shared by list and tuple (and other sequence types):
//! PySequence_Fast, index coercion, repetition counts, lexicographic
//! comparison and the recursive-safe repr.

use crate::heap::{ObjRef, Payload};
use crate::vm::{PyResult, Vm};

/// PySequence_Fast: the items of an iterable (owned); a non-iterable raises
/// TypeError with `msg`.
pub fn seq_fast(vm: &mut Vm, v: ObjRef, msg: &str) -> PyResult<Vec<ObjRef>> {
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, vm.t.type_error) => {
            vm.drop_err(e);
            return Err(vm.type_error(msg.to_string()));
        }
        Err(e) => return Err(e),
    };
    let r = vm.collect_iter(it);
    vm.decref(it);
    r
}

/// An index for sequence subscription with CPython's message.
pub fn seq_index(vm: &mut Vm, key: ObjRef, what: &str) -> PyResult<i64> {
    match vm.heap.get(key) {
        Payload::Int(i) => Ok(*i),
        Payload::BigInt(_) => {
            let tn = vm.type_name_of(key);
            Err(vm.index_error(format!("cannot fit '{tn}' into an index-sized integer")))
        }
        _ => {
            if vm.lookup(vm.ty(key), vm.n.__index__).is_some() {
                return vm.index_value(key);
            }
            let tn = vm.type_name_of(key);
            Err(vm.type_error(format!("{what} indices must be integers or slices, not {tn}")))
        }
    }
}

/// The count of `seq * n`: None when the other operand should get a chance
/// (`__rmul__` of a user class); CPython's errors otherwise.
pub fn repeat_count(vm: &mut Vm, seq_len: usize, n: ObjRef) -> PyResult<Option<usize>> {
    let count = match vm.heap.get(n) {
        Payload::Int(i) => *i,
        Payload::BigInt(b) => {
            if num_traits::Signed::is_negative(&**b) {
                0
            } else {
                let tn = vm.type_name_of(n);
                return Err(vm.overflow_error(format!("cannot fit '{tn}' into an index-sized integer")));
            }
        }
        _ => {
            let tn = vm.ty(n);
            if vm.lookup(tn, vm.n.__index__).is_some() {
                vm.index_value(n)?
            } else {
                let heap = matches!(vm.heap.get(tn), Payload::Type(t) if t.heap_type);
                let rmul = vm.intern("__rmul__");
                let has_rmul = vm.lookup(tn, rmul).is_some();
                vm.decref(rmul);
                if heap && has_rmul {
                    return Ok(None);
                }
                let name = vm.type_name_of(n);
                return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{name}'")));
            }
        }
    };
    let count = count.max(0) as usize;
    if seq_len > 0 && count > (isize::MAX as usize / 8) / seq_len {
        let t = vm.t.memory_error;
        return Err(vm.new_error_obj(t, &[]));
    }
    Ok(Some(count))
}

/// The items of `a` repeated `n` times, each with a new reference.
pub fn repeated(vm: &mut Vm, a: &[ObjRef], n: usize) -> PyResult<Vec<ObjRef>> {
    let mut out = vm.alloc_vec(a.len() * n)?;
    for _ in 0..n {
        for &i in a {
            out.push(vm.incref(i));
        }
    }
    Ok(out)
}

/// How many of `items` compare equal to `x` (`list.count`, `tuple.count`).
pub fn count_eq(vm: &mut Vm, items: &[ObjRef], x: ObjRef) -> PyResult<i64> {
    let mut c = 0;
    for &i in items {
        // Held across the comparison: a user __eq__ may drop the container's
        // reference to the item.
        vm.incref(i);
        let r = vm.eq(i, x);
        vm.decref(i);
        if r? {
            c += 1;
        }
    }
    Ok(c)
}

/// Lexicographic comparison of two sequences (lists or tuples).
pub fn seq_compare(vm: &mut Vm, a: &[ObjRef], b: &[ObjRef], op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    use crate::bytecode::ComparisonOperator as C;
    if a.len() != b.len() && matches!(op, C::Eq | C::Ne) {
        return Ok(vm.new_bool(op == C::Ne));
    }
    for i in 0..a.len().min(b.len()) {
        vm.incref(a[i]);
        vm.incref(b[i]);
        let r = vm.eq(a[i], b[i]);
        if !matches!(r, Ok(true)) {
            let res = match r {
                Err(e) => Err(e),
                _ => match op {
                    C::Eq => Ok(vm.new_bool(false)),
                    C::Ne => Ok(vm.new_bool(true)),
                    _ => vm.rich_compare(a[i], b[i], op),
                },
            };
            vm.decref(a[i]);
            vm.decref(b[i]);
            return res;
        }
        vm.decref(a[i]);
        vm.decref(b[i]);
    }
    Ok(vm.new_bool(crate::vm::ops::ord_matches(a.len().cmp(&b.len()), op)))
}

impl Vm {
    /// `[a, b, c]`-style repr of items, with `[...]` for recursion.
    pub fn seq_repr(&mut self, me: ObjRef, items: &[ObjRef], open: &str, close: &str, trailing_comma: bool) -> PyResult<String> {
        // CPython answers `[]` / `()` before its recursion guard.
        if items.is_empty() {
            return Ok(format!("{open}{close}"));
        }
        if !self.repr_enter(me) {
            return Ok(format!("{open}...{close}"));
        }
        let mut out = String::from(open);
        for (i, &it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.incref(it);
            let r = self.repr_string(it);
            self.decref(it);
            match r {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    self.repr_leave(me);
                    return Err(e);
                }
            }
        }
        self.repr_leave(me);
        if trailing_comma && items.len() == 1 {
            out.push(',');
        }
        out.push_str(close);
        Ok(out)
    }
}
