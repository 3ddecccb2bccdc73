//! list: CPython's over-allocation, slicing, sorting and the methods.

use crate::heap::{IterData, ObjRef, Payload, PyList};
use crate::vm::eval::list_resize;
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

fn items(vm: &mut Vm, l: ObjRef, name: &str) -> PyResult<Vec<ObjRef>> {
    match vm.heap.get(l) {
        Payload::List(pl) => Ok(pl.items.clone()),
        _ => {
            let tn = vm.type_name_of(l);
            Err(vm.type_error(format!("descriptor '{name}' for 'list' objects doesn't apply to a '{tn}' object")))
        }
    }
}

fn pl(vm: &mut Vm, l: ObjRef) -> &mut PyList {
    match vm.heap.get_mut(l) {
        Payload::List(p) => p,
        _ => panic!("not a list"),
    }
}

impl Vm {
    /// Appends (borrowed `v`) to a list.
    pub fn list_append(&mut self, l: ObjRef, v: ObjRef) {
        self.incref(v);
        self.list_append_owned(l, v);
    }

    /// `l.extend(iterable)`, with CPython's allocation pattern.
    pub fn list_extend(&mut self, l: ObjRef, it: ObjRef) -> PyResult<()> {
        let exact_seq = matches!(self.heap.get(it), Payload::List(_) | Payload::Tuple(_));
        let hint = if exact_seq { 0 } else { self.length_hint(it, 8) };
        let new = self.collect_iter(it)?;
        let p = pl(self, l);
        let (m, n) = (p.items.len(), new.len());
        if exact_seq {
            if n > 0 {
                if p.allocated == 0 {
                    p.allocated = (n + 1) & !1;
                    p.items.reserve(p.allocated);
                } else {
                    list_resize(p, m + n);
                }
            }
        } else {
            p.allocated = allocated_after_iter_extend(m, p.allocated, n, hint);
        }
        p.items.extend(new);
        Ok(())
    }

    /// `operator.length_hint(x, default)`: `__len__`, then `__length_hint__`, else the default.
    pub fn length_hint(&mut self, x: ObjRef, default: usize) -> usize {
        match self.heap.get(x) {
            Payload::List(l) => return l.items.len(),
            Payload::Tuple(t) => return t.len(),
            Payload::Iter(d) => {
                if let IterData::Range { next, stop, step } = **d {
                    return crate::heap::RangeData { start: next, stop, step }.len().max(0) as usize;
                }
                if let IterData::Seq { seq, index } = **d {
                    let n = self.seq_items(seq).map(|v| v.len()).unwrap_or(0);
                    return n.saturating_sub(index);
                }
                return default;
            }
            _ => {}
        }
        let ty = self.ty(x);
        if self.lookup(ty, self.n.__len__).is_some() {
            return match self.len(x) {
                Ok(n) => n,
                Err(e) => {
                    self.drop_err(e);
                    default
                }
            };
        }
        default
    }

    /// Replaces a list's items (owned), dropping the old ones.
    pub fn list_set_items(&mut self, l: ObjRef, new: Vec<ObjRef>) {
        let old = std::mem::replace(&mut pl(self, l).items, new);
        for o in old {
            self.decref(o);
        }
    }
}

fn list_append(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "append", 1, 1)?;
    let l = args.args[0];
    items(vm, l, "append")?;
    vm.list_append(l, args.args[1]);
    Ok(vm.none())
}

fn list_extend(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "extend", 1, 1)?;
    vm.list_extend(args.args[0], args.args[1])?;
    Ok(vm.none())
}

fn list_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "pop", 0, 1)?;
    let l = args.args[0];
    let n = items(vm, l, "pop")?.len() as i64;
    let i = match args.args.get(1) {
        Some(&x) => vm.index_value(x)?,
        None => -1,
    };
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let p = pl(vm, l);
    let v = p.items.remove(j as usize);
    let newlen = p.items.len();
    list_resize(p, newlen);
    Ok(v)
}

fn list_insert(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "insert", 2, 2)?;
    let l = args.args[0];
    let n = items(vm, l, "insert")?.len() as i64;
    let i = vm.index_value(args.args[1])?;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    let v = vm.incref(args.args[2]);
    let p = pl(vm, l);
    list_resize(p, n as usize + 1);
    p.items.insert(j as usize, v);
    Ok(vm.none())
}

fn find_index(vm: &mut Vm, l: ObjRef, x: ObjRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match vm.heap.get(l) {
            Payload::List(p) if i < p.items.len().min(stop) => p.items[i],
            _ => return Ok(None),
        };
        vm.incref(item);
        let r = vm.eq(item, x);
        vm.decref(item);
        if r? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "remove", 1, 1)?;
    let l = args.args[0];
    items(vm, l, "remove")?;
    match find_index(vm, l, args.args[1], 0, usize::MAX)? {
        Some(i) => {
            let p = pl(vm, l);
            let v = p.items.remove(i);
            let n = p.items.len();
            list_resize(p, n);
            vm.decref(v);
            Ok(vm.none())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "index", 1, 3)?;
    let l = args.args[0];
    let n = items(vm, l, "index")?.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match args.args.get(2) {
        Some(&x) => norm(vm.index_value(x)?),
        None => 0,
    };
    let stop = match args.args.get(3) {
        Some(&x) => norm(vm.index_value(x)?),
        None => n as usize,
    };
    match find_index(vm, l, args.args[1], start, stop)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => {
            let r = vm.repr_string(args.args[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn list_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "count", 1, 1)?;
    let its = items(vm, args.args[0], "count")?;
    let mut c = 0;
    for i in its {
        vm.incref(i);
        let r = vm.eq(i, args.args[1]);
        vm.decref(i);
        if r? {
            c += 1;
        }
    }
    Ok(vm.new_int(c))
}

fn list_reverse(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "reverse", 0, 0)?;
    items(vm, args.args[0], "reverse")?;
    pl(vm, args.args[0]).items.reverse();
    Ok(vm.none())
}

fn list_clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "clear", 0, 0)?;
    items(vm, args.args[0], "clear")?;
    let p = pl(vm, args.args[0]);
    let old = std::mem::take(&mut p.items);
    p.allocated = 0;
    for o in old {
        vm.decref(o);
    }
    Ok(vm.none())
}

fn list_copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "copy", 0, 0)?;
    let its = items(vm, args.args[0], "copy")?;
    for &i in &its {
        vm.incref(i);
    }
    Ok(vm.new_list(its))
}

fn list_sort(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    items(vm, l, "sort")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    if !inner.pos().is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let p = vm.parse_args(&inner, "sort", &["key", "reverse"], 0, 0)?;
    let key = p[0].filter(|&k| k != vm.none_obj);
    let reverse = match p[1] {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    // Like CPython, the list is emptied during the sort.
    let its = std::mem::take(&mut pl(vm, l).items);
    let r = vm.sort_items(its, key, reverse);
    match r {
        Ok(sorted) => {
            let p = pl(vm, l);
            let modified = !p.items.is_empty();
            let old = std::mem::replace(&mut p.items, sorted);
            for o in old {
                vm.decref(o);
            }
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(vm.none())
        }
        Err((e, orig)) => {
            let old = std::mem::replace(&mut pl(vm, l).items, orig);
            for o in old {
                vm.decref(o);
            }
            Err(e)
        }
    }
}

impl Vm {
    /// Stable sort of owned items with an optional key function; on error
    /// returns the items (in some order) with the error.
    pub fn sort_items(&mut self, items: Vec<ObjRef>, key: Option<ObjRef>, reverse: bool) -> Result<Vec<ObjRef>, (crate::vm::PyErr, Vec<ObjRef>)> {
        let mut keyed: Vec<(ObjRef, ObjRef)> = Vec::with_capacity(items.len());
        for (i, &it) in items.iter().enumerate() {
            match key {
                Some(k) => match self.call(k, &[it]) {
                    Ok(kv) => keyed.push((kv, it)),
                    Err(e) => {
                        for (kv, _) in keyed {
                            self.decref(kv);
                        }
                        let _ = i;
                        return Err((e, items));
                    }
                },
                None => keyed.push((self.incref(it), it)),
            }
        }
        if reverse {
            keyed.reverse();
        }
        let mut err = None;
        // Merge sort via slice::sort_by with a fallible comparator.
        let lt = crate::bytecode::ComparisonOperator::Lt;
        keyed.sort_by(|a, b| {
            if err.is_some() {
                return std::cmp::Ordering::Equal;
            }
            match self.compare_bool(b.0, a.0, lt) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => match self.compare_bool(a.0, b.0, lt) {
                    Ok(true) => std::cmp::Ordering::Less,
                    Ok(false) => std::cmp::Ordering::Equal,
                    Err(e) => {
                        err = Some(e);
                        std::cmp::Ordering::Equal
                    }
                },
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            }
        });
        if reverse {
            keyed.reverse();
        }
        let out: Vec<ObjRef> = keyed.iter().map(|&(_, v)| v).collect();
        for (kv, _) in keyed {
            self.decref(kv);
        }
        match err {
            Some(e) => Err((e, out)),
            None => Ok(out),
        }
    }
}

fn list_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = items(vm, args.args[0], "__len__")?.len();
    Ok(vm.new_int(n as i64))
}

fn list_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    let key = args.args[1];
    let its = items(vm, l, "__getitem__")?;
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, _, step, len) = vm.slice_indices(key, its.len())?;
        let mut out = Vec::with_capacity(len as usize);
        let mut i = start;
        for _ in 0..len {
            out.push(vm.incref(its[i as usize]));
            i += step;
        }
        return Ok(vm.new_list(out));
    }
    let i = seq_index(vm, key, "list")?;
    let n = its.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("list index out of range"));
    }
    Ok(vm.incref(its[j as usize]))
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

fn list_setitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    let key = args.args[1];
    let v = args.args[2];
    let its = items(vm, l, "__setitem__")?;
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, stop, step, len) = vm.slice_indices(key, its.len())?;
        let new = if v == l { its.iter().map(|&i| vm.incref(i)).collect() } else { vm.collect_iter(v)? };
        if step == 1 {
            let stop = stop.max(start) as usize;
            let p = pl(vm, l);
            let removed: Vec<ObjRef> = p.items.splice(start as usize..stop, new).collect();
            let n = p.items.len();
            list_resize(p, n);
            for r in removed {
                vm.decref(r);
            }
            return Ok(vm.none());
        }
        if new.len() as i64 != len {
            let n = new.len();
            for x in new {
                vm.decref(x);
            }
            return Err(vm.value_error(format!("attempt to assign sequence of size {n} to extended slice of size {len}")));
        }
        let mut i = start;
        for x in new {
            let old = std::mem::replace(&mut pl(vm, l).items[i as usize], x);
            vm.decref(old);
            i += step;
        }
        return Ok(vm.none());
    }
    let i = seq_index(vm, key, "list")?;
    let n = its.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("list assignment index out of range"));
    }
    vm.incref(v);
    let old = std::mem::replace(&mut pl(vm, l).items[j as usize], v);
    vm.decref(old);
    Ok(vm.none())
}

fn list_delitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    let key = args.args[1];
    let its = items(vm, l, "__delitem__")?;
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, _, step, len) = vm.slice_indices(key, its.len())?;
        let mut idx: Vec<usize> = (0..len).map(|k| (start + k * step) as usize).collect();
        idx.sort_unstable();
        let p = pl(vm, l);
        let mut removed = Vec::new();
        for &i in idx.iter().rev() {
            removed.push(p.items.remove(i));
        }
        let n = p.items.len();
        list_resize(p, n);
        for r in removed {
            vm.decref(r);
        }
        return Ok(vm.none());
    }
    let i = seq_index(vm, key, "list")?;
    let n = its.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("list assignment index out of range"));
    }
    let p = pl(vm, l);
    let v = p.items.remove(j as usize);
    let n = p.items.len();
    list_resize(p, n);
    vm.decref(v);
    Ok(vm.none())
}

fn list_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    vm.incref(l);
    let t = vm.t.list_iterator;
    Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Seq { seq: l, index: 0 }))))
}

fn list_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    let n = items(vm, l, "__reversed__")?.len() as i64;
    vm.incref(l);
    let t = vm.t.list_reverseiterator;
    Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Reversed { seq: l, index: n - 1 }))))
}

fn list_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_index(vm, args.args[0], args.args[1], 0, usize::MAX)?.is_some();
    Ok(vm.new_bool(r))
}

fn list_add(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = items(vm, args.args[0], "__add__")?;
    let b = match vm.heap.get(args.args[1]) {
        Payload::List(p) => p.items.clone(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("can only concatenate list (not \"{tn}\") to list")));
        }
    };
    let all: Vec<ObjRef> = a.into_iter().chain(b).collect();
    for &i in &all {
        vm.incref(i);
    }
    Ok(vm.new_list(all))
}

fn list_iadd(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.list_extend(args.args[0], args.args[1])?;
    Ok(vm.incref(args.args[0]))
}

fn list_mul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = items(vm, args.args[0], "__mul__")?;
    let n = match vm.heap.get(args.args[1]) {
        Payload::Int(i) => (*i).max(0) as usize,
        _ => return Ok(vm.not_implemented()),
    };
    let mut out = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        for &i in &a {
            out.push(vm.incref(i));
        }
    }
    Ok(vm.new_list(out))
}

fn list_imul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = items(vm, args.args[0], "__imul__")?;
    let n = match vm.heap.get(args.args[1]) {
        Payload::Int(i) => (*i).max(0) as usize,
        _ => return Ok(vm.not_implemented()),
    };
    let mut out = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        for &i in &a {
            out.push(vm.incref(i));
        }
    }
    let len = out.len();
    vm.list_set_items(args.args[0], out);
    list_resize(pl(vm, args.args[0]), len);
    Ok(vm.incref(args.args[0]))
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

fn list_cmp(vm: &mut Vm, args: &Args, op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    let a = items(vm, args.args[0], "__eq__")?;
    let b = match vm.heap.get(args.args[1]) {
        Payload::List(p) => p.items.clone(),
        _ => return Ok(vm.not_implemented()),
    };
    seq_compare(vm, &a, &b, op)
}
macro_rules! lcmp {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            list_cmp(vm, args, crate::bytecode::ComparisonOperator::$op)
        }
    };
}
lcmp!(list_lt, Lt);
lcmp!(list_le, Le);
lcmp!(list_eq, Eq);
lcmp!(list_ne, Ne);
lcmp!(list_gt, Gt);
lcmp!(list_ge, Ge);

impl Vm {
    /// `[a, b, c]`-style repr of items, with `[...]` for recursion.
    pub fn seq_repr(&mut self, me: ObjRef, items: &[ObjRef], open: &str, close: &str, trailing_comma: bool) -> PyResult<String> {
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

fn list_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let its = items(vm, args.args[0], "__repr__")?;
    let s = vm.seq_repr(args.args[0], &its, "[", "]", false)?;
    Ok(vm.new_str(s))
}

fn list_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match vm.heap.get(args.args[0]) {
        Payload::List(p) => 40 + 8 * p.allocated,
        _ => 40,
    };
    Ok(vm.new_int(n as i64))
}

fn list_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    Ok(vm.alloc(cls, Payload::List(Box::new(PyList { items: Vec::new(), allocated: 0 }))))
}

fn list_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.no_kwargs(&inner, "list")?;
    vm.check_args(&inner, "list", 0, 1)?;
    if let Some(&src) = inner.pos().first() {
        let sized = vm.lookup(vm.ty(src), vm.n.__len__).is_some();
        let new = vm.collect_iter(src)?;
        let n = new.len();
        vm.list_set_items(l, new);
        let p = pl(vm, l);
        p.allocated = if sized { (n + 1) & !1 } else { allocated_after_iter_extend(0, 0, n, 8) };
    }
    Ok(vm.none())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", list_new),
    MethodDef::method("__init__", list_init),
    MethodDef::method("append", list_append),
    MethodDef::method("extend", list_extend),
    MethodDef::method("pop", list_pop),
    MethodDef::method("insert", list_insert),
    MethodDef::method("remove", list_remove),
    MethodDef::method("index", list_index),
    MethodDef::method("count", list_count),
    MethodDef::method("reverse", list_reverse),
    MethodDef::method("clear", list_clear),
    MethodDef::method("copy", list_copy),
    MethodDef::method("sort", list_sort),
    MethodDef::method("__len__", list_len),
    MethodDef::method("__getitem__", list_getitem),
    MethodDef::method("__setitem__", list_setitem),
    MethodDef::method("__delitem__", list_delitem),
    MethodDef::method("__iter__", list_iter),
    MethodDef::method("__reversed__", list_reversed),
    MethodDef::method("__contains__", list_contains),
    MethodDef::method("__add__", list_add),
    MethodDef::method("__iadd__", list_iadd),
    MethodDef::method("__mul__", list_mul),
    MethodDef::method("__rmul__", list_mul),
    MethodDef::method("__imul__", list_imul),
    MethodDef::method("__lt__", list_lt),
    MethodDef::method("__le__", list_le),
    MethodDef::method("__eq__", list_eq),
    MethodDef::method("__ne__", list_ne),
    MethodDef::method("__gt__", list_gt),
    MethodDef::method("__ge__", list_ge),
    MethodDef::method("__repr__", list_repr),
    MethodDef::method("__sizeof__", list_sizeof),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.list;
    vm.add_methods(t, METHODS);
    let h = vm.n.__hash__;
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_item_str_key(d, h, none);
}

/// `allocated` after extending a list of `m` items (`allocated` slots) from
/// an iterator yielding `n` items with length hint `hint`: CPython resizes
/// for the hint, appends, then shrinks to fit.
pub fn allocated_after_iter_extend(m: usize, allocated: usize, n: usize, hint: usize) -> usize {
    fn resize(alloc: &mut usize, size: usize, newsize: usize) {
        let allocated = *alloc;
        if allocated >= newsize && newsize >= (allocated >> 1) {
            return;
        }
        let mut na = (newsize + (newsize >> 3) + 6) & !3;
        if newsize.saturating_sub(size) > na - newsize {
            na = (newsize + 3) & !3;
        }
        if newsize == 0 {
            na = 0;
        }
        *alloc = na;
    }
    let mut alloc = allocated;
    let mut size = m;
    if hint > 0 {
        resize(&mut alloc, size, m + hint);
    }
    for _ in 0..n {
        if size >= alloc {
            resize(&mut alloc, size, size + 1);
        }
        size += 1;
    }
    if size < alloc {
        resize(&mut alloc, size, size);
    }
    alloc
}
