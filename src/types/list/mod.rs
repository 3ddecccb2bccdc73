//! list: CPython's over-allocation, slicing, sorting and the methods.

use crate::heap::{IterData, ObjRef, Payload, PyList};
use crate::vm::eval::list_resize;
use crate::vm::{Args, PyResult, Vm};

use super::listsort::timsort;
use super::MethodDef;

mod sequence;
pub use sequence::{count_eq, repeat_count, repeated, seq_compare, seq_fast, seq_index};

fn items(vm: &mut Vm, l: ObjRef, name: &str) -> PyResult<Vec<ObjRef>> {
    match vm.heap.get(l) {
        Payload::List(pl) => Ok(pl.items.clone()),
        _ => {
            let tn = vm.type_name_of(l);
            Err(vm.type_error(format!("descriptor '{name}' for 'list' objects doesn't apply to a '{tn}' object")))
        }
    }
}

/// Type-checks self without copying the items; returns the length.
fn check(vm: &mut Vm, l: ObjRef, name: &str) -> PyResult<usize> {
    match vm.heap.get(l) {
        Payload::List(pl) => Ok(pl.items.len()),
        _ => {
            let tn = vm.type_name_of(l);
            Err(vm.type_error(format!("descriptor '{name}' for 'list' objects doesn't apply to a '{tn}' object")))
        }
    }
}

fn item_at(vm: &Vm, l: ObjRef, i: usize) -> ObjRef {
    match vm.heap.get(l) {
        Payload::List(pl) => pl.items[i],
        _ => unreachable!(),
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
        let exact_seq = it == l || matches!(self.heap.get(it), Payload::List(_) | Payload::Tuple(_)) && {
            let t = self.ty(it);
            t == self.t.list || t == self.t.tuple
        };
        if exact_seq {
            let new: Vec<ObjRef> = self.seq_items(it).map(|v| v.to_vec()).unwrap_or_default();
            for &x in &new {
                self.incref(x);
            }
            let p = pl(self, l);
            let (m, n) = (p.items.len(), new.len());
            if n > 0 {
                if p.allocated == 0 {
                    p.allocated = (n + 1) & !1;
                } else {
                    list_resize(p, m + n);
                }
            }
            p.items.extend(new);
            self.trace_resize(l);
            return Ok(());
        }
        let iter = self.iter(it)?;
        let hint = match self.length_hint(it, 8) {
            Ok(h) => h,
            Err(e) => {
                self.decref(iter);
                return Err(e);
            }
        };
        {
            let p = pl(self, l);
            let m = p.items.len();
            // CPython allocates the hinted length up front, so a hint the
            // system cannot satisfy is a MemoryError before any item is read
            // (`list(range(10**11))`), not a slow climb to exhausting memory.
            if hint > 0 && p.items.try_reserve_exact(hint).is_err() {
                self.decref(iter);
                return Err(self.no_memory());
            }
            let p = pl(self, l);
            if hint > 0 {
                if p.allocated == 0 {
                    // An empty list preallocates the hint exactly (list_preallocate_exact).
                    p.allocated = (hint + 1) & !1;
                } else {
                    list_resize(p, m + hint);
                }
            }
        }
        loop {
            match self.next(iter) {
                Ok(Some(v)) => {
                    if !matches!(self.heap.get(l), Payload::List(_)) {
                        self.decref(v);
                        break;
                    }
                    let p = pl(self, l);
                    if p.items.len() >= p.allocated {
                        let n = p.items.len();
                        list_resize(p, n + 1);
                    }
                    p.items.push(v);
                }
                Ok(None) => break,
                Err(e) => {
                    self.decref(iter);
                    return Err(e);
                }
            }
        }
        self.decref(iter);
        let p = pl(self, l);
        if p.items.len() < p.allocated {
            let n = p.items.len();
            list_resize(p, n);
        }
        self.trace_resize(l);
        Ok(())
    }

    /// `operator.length_hint(x, default)`: `__len__`, then `__length_hint__`, else the default.
    pub fn length_hint(&mut self, x: ObjRef, default: usize) -> PyResult<usize> {
        match self.heap.get(x) {
            Payload::List(l) => return Ok(l.items.len()),
            Payload::Tuple(t) => return Ok(t.len()),
            _ => {}
        }
        let ty = self.ty(x);
        if self.lookup(ty, self.n.__len__).is_some() {
            match self.len(x) {
                Ok(n) => return Ok(n),
                Err(e) if self.err_matches(&e, self.t.type_error) => self.drop_err(e),
                Err(e) => return Err(e),
            }
        }
        let name = self.intern("__length_hint__");
        let r = self.call_special(x, name, &[]);
        self.decref(name);
        let r = match r {
            Ok(Some(r)) => r,
            Ok(None) => return Ok(default),
            Err(e) if self.err_matches(&e, self.t.type_error) => {
                self.drop_err(e);
                return Ok(default);
            }
            Err(e) => return Err(e),
        };
        if r == self.not_implemented_obj {
            self.decref(r);
            return Ok(default);
        }
        let v = match self.heap.get(r) {
            Payload::Int(i) => Some(*i),
            Payload::BigInt(_) => Some(i64::MAX),
            _ => None,
        };
        let tn = self.type_name_of(r);
        self.decref(r);
        match v {
            None => Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))),
            Some(v) if v < 0 => Err(self.value_error("__length_hint__() should return >= 0")),
            Some(v) => Ok(v as usize),
        }
    }

    /// `list(iterable)` as PySequence_List (a new list extended by the iterable).
    pub fn list_of(&mut self, it: ObjRef) -> PyResult<ObjRef> {
        let l = self.new_list(Vec::new());
        match self.list_extend(l, it) {
            Ok(()) => Ok(l),
            Err(e) => {
                self.decref(l);
                Err(e)
            }
        }
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
    check(vm, l, "append")?;
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
    let n = check(vm, l, "pop")? as i64;
    let i = match args.args.get(1) {
        Some(&x) => vm.ssize_arg(x)?,
        None => -1,
    };
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(remove_at(vm, l, j as usize))
}

/// Removes the item at `j` (in range) and shrinks the allocation as
/// CPython's list_resize does; returns the removed reference.
fn remove_at(vm: &mut Vm, l: ObjRef, j: usize) -> ObjRef {
    let p = pl(vm, l);
    let v = p.items.remove(j);
    let n = p.items.len();
    list_resize(p, n);
    vm.trace_resize(l);
    v
}

fn list_insert(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "insert", 2, 2)?;
    let l = args.args[0];
    let n = check(vm, l, "insert")? as i64;
    let i = vm.ssize_arg(args.args[1])?;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    let v = vm.incref(args.args[2]);
    let p = pl(vm, l);
    list_resize(p, n as usize + 1);
    p.items.insert(j as usize, v);
    vm.trace_resize(l);
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
    check(vm, l, "remove")?;
    match find_index(vm, l, args.args[1], 0, usize::MAX)? {
        Some(i) => {
            let p = pl(vm, l);
            let v = p.items.remove(i);
            let n = p.items.len();
            list_resize(p, n);
            vm.trace_resize(l);
            vm.decref(v);
            Ok(vm.none())
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "index", 1, 3)?;
    let l = args.args[0];
    let n = check(vm, l, "index")? as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match args.args.get(2) {
        Some(&x) => norm(super::tuple::slice_bound(vm, x)?),
        None => 0,
    };
    let stop = match args.args.get(3) {
        Some(&x) => norm(super::tuple::slice_bound(vm, x)?),
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
    let c = count_eq(vm, &its, args.args[1])?;
    Ok(vm.new_int(c))
}

fn list_reverse(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "reverse", 0, 0)?;
    check(vm, args.args[0], "reverse")?;
    pl(vm, args.args[0]).items.reverse();
    Ok(vm.none())
}

fn list_clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "clear", 0, 0)?;
    check(vm, args.args[0], "clear")?;
    let p = pl(vm, args.args[0]);
    let old = std::mem::take(&mut p.items);
    p.allocated = 0;
    vm.trace_resize(args.args[0]);
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
    // CPython's keyword parser for sort() is built on first use with keywords.
    if !args.kwnames.is_empty() {
        vm.heap.gc_parser_init(crate::heap::gc::PARSER_LIST_SORT);
    }
    check(vm, l, "sort")?;
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
        let err = timsort(self, &mut keyed).err();
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
    let n = check(vm, args.args[0], "__len__")?;
    Ok(vm.new_int(n as i64))
}

fn list_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    // `[].__getitem__()` is a method descriptor call: no slot wrapper checked it.
    if args.args.len() != 2 || args.has_kw() {
        vm.check_method_args(args, "__getitem__", 1, 1)?;
    }
    let l = args.args[0];
    let key = args.args[1];
    let n = check(vm, l, "__getitem__")?;
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, _, step, len) = vm.slice_indices(key, n)?;
        let mut out = Vec::with_capacity(len as usize);
        let mut i = start;
        for _ in 0..len {
            let v = item_at(vm, l, i as usize);
            out.push(vm.incref(v));
            i += step;
        }
        return Ok(vm.new_list(out));
    }
    let i = seq_index(vm, key, "list")?;
    let n = n as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("list index out of range"));
    }
    let v = item_at(vm, l, j as usize);
    Ok(vm.incref(v))
}

fn list_setitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    let key = args.args[1];
    let v = args.args[2];
    let n = check(vm, l, "__setitem__")?;
    if let Payload::Slice(_) = vm.heap.get(key) {
        let its = items(vm, l, "__setitem__")?;
        let (start, stop, step, len) = vm.slice_indices(key, its.len())?;
        let new = if v == l { its.iter().map(|&i| vm.incref(i)).collect() } else { seq_fast(vm, v, "can only assign an iterable")? };
        if step == 1 {
            let stop = stop.max(start) as usize;
            let p = pl(vm, l);
            // Resize first: list_resize compares with the old size (list_ass_slice).
            let newlen = p.items.len() - (stop - start as usize) + new.len();
            if newlen > p.items.len() {
                list_resize(p, newlen);
            }
            let removed: Vec<ObjRef> = p.items.splice(start as usize..stop, new).collect();
            list_resize(p, newlen);
            vm.trace_resize(l);
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
    let n = n as i64;
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
    let n = check(vm, l, "__delitem__")?;
    if let Payload::Slice(_) = vm.heap.get(key) {
        let its = items(vm, l, "__delitem__")?;
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
        vm.trace_resize(l);
        for r in removed {
            vm.decref(r);
        }
        return Ok(vm.none());
    }
    let i = seq_index(vm, key, "list")?;
    let n = n as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("list assignment index out of range"));
    }
    let v = remove_at(vm, l, j as usize);
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
    let n = check(vm, l, "__reversed__")? as i64;
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
    let Some(n) = repeat_count(vm, a.len(), args.args[1])? else { return Ok(vm.not_implemented()) };
    let out = repeated(vm, &a, n)?;
    Ok(vm.new_list(out))
}

fn list_imul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    let a = items(vm, l, "__imul__")?;
    let Some(n) = repeat_count(vm, a.len(), args.args[1])? else { return Ok(vm.not_implemented()) };
    if n == 0 || a.is_empty() {
        let p = pl(vm, l);
        let old = std::mem::take(&mut p.items);
        p.allocated = 0;
        for o in old {
            vm.decref(o);
        }
    } else if n > 1 {
        // list_resize sees the old size, as in CPython's list_inplace_repeat.
        let extra = repeated(vm, &a, n - 1)?;
        list_resize(pl(vm, l), a.len() * n);
        pl(vm, l).items.extend(extra);
    }
    vm.trace_resize(l);
    Ok(vm.incref(l))
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

fn list_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let its = items(vm, args.args[0], "__repr__")?;
    let s = vm.seq_repr(args.args[0], &its, "[", "]", false)?;
    Ok(vm.new_str(s))
}

fn list_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match vm.heap.get(args.args[0]) {
        Payload::List(p) => 40 + 8 * p.allocated,
        _ => 40,
    } + crate::modules::sys::layout_extra(vm, args.args[0]);
    Ok(vm.new_int(n as i64))
}

fn list_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let r = vm.alloc(cls, Payload::List(Box::new(PyList { items: Vec::new(), allocated: 0 })));
    // gc helper: `list()` allocates without the free list (gc.get_count).
    vm.heap.gc_generic_alloc(r);
    Ok(r)
}

fn list_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let l = args.args[0];
    items(vm, l, "__init__")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    vm.no_kwargs(&inner, "list")?;
    vm.check_args(&inner, "list", 0, 1)?;
    // Re-initialising empties the list first.
    if !pl(vm, l).items.is_empty() {
        vm.list_set_items(l, Vec::new());
        pl(vm, l).allocated = 0;
    }
    if let Some(&src) = inner.pos().first() {
        // list_extend takes the length hint (one `__len__` call, as CPython).
        vm.list_extend(l, src)?;
    }
    vm.trace_resize(l);
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

impl Vm {
    /// The list `str.split`/`rsplit` (and the bytes versions) return: CPython
    /// preallocates `min(maxsplit + 1, 12)` slots (12 when unbounded) and
    /// appends past them, so `getsizeof` shows that allocation.
    pub fn new_split_list(&mut self, items: Vec<ObjRef>, maxsplit: i64) -> ObjRef {
        const MAX_PREALLOC: usize = 12;
        let prealloc = if maxsplit < 0 || maxsplit as usize >= MAX_PREALLOC { MAX_PREALLOC } else { maxsplit as usize + 1 };
        let mut items = items.into_iter();
        let first: Vec<ObjRef> = items.by_ref().take(prealloc).collect();
        let l = self.new_list(first);
        if let Payload::List(pl) = self.heap.get_mut(l) {
            pl.allocated = prealloc;
        }
        for it in items {
            self.list_append_owned(l, it);
        }
        l
    }
}
