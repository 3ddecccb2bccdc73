//! `collections.deque`, native as in CPython (`_collections.deque`).
//!
//! The items live in a `VecDeque` (O(1) at both ends). CPython stores them
//! in a chain of 64-slot blocks, and `__sizeof__` reports the blocks the
//! chain spans, so `Deque` also keeps CPython's `leftindex`/`rightindex`
//! (the positions of the end items inside their blocks), moved exactly as
//! CPython's operations move them: `sys.getsizeof` then follows CPython
//! through appends, pops, rotations and the "start filling from the left"
//! heuristic of `extend` on an empty deque.

use std::collections::VecDeque;

use crate::bytecode::ComparisonOperator as C;
use crate::heap::{NativeData, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

mod ops;
use ops::{deque_copy, deque_add, deque_mul, deque_imul, deque_eq, deque_ne, deque_lt, deque_le, deque_gt, deque_ge};

pub const BLOCKLEN: i64 = 64;
const CENTER: i64 = (BLOCKLEN - 1) / 2;
/// sizeof(dequeobject) in CPython 3.11 (with its free-block cache).
pub const BASICSIZE: usize = 216;
/// sizeof(block): two links and 64 item pointers.
const BLOCKSIZE: usize = 8 * (BLOCKLEN as usize + 2);

pub struct Deque {
    pub items: VecDeque<ObjRef>,
    /// None: unbounded.
    pub maxlen: Option<usize>,
    /// Bumped whenever the end positions move (iterators compare it).
    pub state: u64,
    leftindex: i64,
    rightindex: i64,
}

impl NativeData for Deque {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        for &x in &self.items {
            visit(x);
        }
    }
    fn sizeof(&self) -> usize {
        BASICSIZE + self.blocks() * BLOCKSIZE
    }
    fn clear(&mut self) -> Vec<ObjRef> {
        self.take_all()
    }
}

impl Deque {
    pub fn new(maxlen: Option<usize>) -> Deque {
        Deque { items: VecDeque::new(), maxlen, state: 0, leftindex: CENTER + 1, rightindex: CENTER }
    }

    /// The blocks CPython's `deque_sizeof` counts.
    pub fn blocks(&self) -> usize {
        ((self.leftindex + self.items.len() as i64 + BLOCKLEN - 1) / BLOCKLEN).max(1) as usize
    }

    fn recenter(&mut self) {
        self.leftindex = CENTER + 1;
        self.rightindex = CENTER;
    }

    fn needs_trim(&self) -> bool {
        self.maxlen.is_some_and(|m| self.items.len() > m)
    }

    /// Appends an owned ref; returns the item pushed out on the left by maxlen (owned).
    pub fn push_back(&mut self, x: ObjRef) -> Option<ObjRef> {
        if self.rightindex == BLOCKLEN - 1 {
            self.rightindex = -1;
        }
        self.rightindex += 1;
        self.items.push_back(x);
        if self.needs_trim() {
            self.pop_front()
        } else {
            self.state += 1;
            None
        }
    }

    pub fn push_front(&mut self, x: ObjRef) -> Option<ObjRef> {
        if self.leftindex == 0 {
            self.leftindex = BLOCKLEN;
        }
        self.leftindex -= 1;
        self.items.push_front(x);
        if self.needs_trim() {
            self.pop_back()
        } else {
            self.state += 1;
            None
        }
    }

    pub fn pop_back(&mut self) -> Option<ObjRef> {
        let x = self.items.pop_back()?;
        self.rightindex -= 1;
        self.state += 1;
        if self.rightindex < 0 {
            if self.items.is_empty() {
                self.recenter();
            } else {
                self.rightindex = BLOCKLEN - 1;
            }
        }
        Some(x)
    }

    pub fn pop_front(&mut self) -> Option<ObjRef> {
        let x = self.items.pop_front()?;
        self.leftindex += 1;
        self.state += 1;
        if self.leftindex == BLOCKLEN {
            if self.items.is_empty() {
                self.recenter();
            } else {
                self.leftindex = 0;
            }
        }
        Some(x)
    }

    /// CPython's `_deque_rotate`: n > 0 moves items from the right end to the left.
    pub fn rotate(&mut self, n: i64) {
        let len = self.items.len() as i64;
        if len <= 1 {
            return;
        }
        let half = len >> 1;
        let mut n = n;
        if n > half || n < -half {
            n %= len;
            if n > half {
                n -= len;
            } else if n < -half {
                n += len;
            }
        }
        self.state += 1;
        if n > 0 {
            self.items.rotate_right(n as usize);
        } else if n < 0 {
            self.items.rotate_left((-n) as usize);
        }
        self.leftindex = (self.leftindex - n).rem_euclid(BLOCKLEN);
        self.rightindex = (self.rightindex - n).rem_euclid(BLOCKLEN);
    }

    /// Empties the deque (`deque_clear`); the caller releases the returned refs.
    pub fn take_all(&mut self) -> Vec<ObjRef> {
        if self.items.is_empty() {
            return Vec::new();
        }
        self.recenter();
        self.state += 1;
        self.items.drain(..).collect()
    }

    /// `extend`'s space-saving start on an empty deque.
    fn start_right(&mut self) {
        if self.items.is_empty() {
            self.leftindex = 1;
            self.rightindex = 0;
        }
    }
    fn start_left(&mut self) {
        if self.items.is_empty() {
            self.leftindex = BLOCKLEN - 1;
            self.rightindex = BLOCKLEN - 2;
        }
    }
}

// ----- access -----------------------------------------------------------------

pub fn deque_data(vm: &Vm, r: ObjRef) -> Option<&Deque> {
    match vm.heap.get(r) {
        Payload::Native(n) => n.as_any().downcast_ref::<Deque>(),
        _ => None,
    }
}

pub fn deque_mut(vm: &mut Vm, r: ObjRef) -> Option<&mut Deque> {
    match vm.heap.get_mut(r) {
        Payload::Native(n) => n.as_any_mut().downcast_mut::<Deque>(),
        _ => None,
    }
}

/// tracemalloc: the bytes of a deque's blocks (0 for other objects).
pub fn deque_storage(vm: &Vm, r: ObjRef) -> u64 {
    deque_data(vm, r).map_or(0, |d| (d.blocks() * BLOCKSIZE) as u64)
}

pub fn is_deque(vm: &Vm, r: ObjRef) -> bool {
    deque_data(vm, r).is_some()
}

/// `self` checked for a method (CPython's descriptor error otherwise).
pub(super) fn me(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    let s = args.args[0];
    if is_deque(vm, s) {
        return Ok(s);
    }
    let tn = vm.type_name_of(s);
    Err(vm.type_error(format!("descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{tn}' object")))
}

pub(super) fn dq(vm: &mut Vm, r: ObjRef) -> &mut Deque {
    match vm.heap.get_mut(r) {
        Payload::Native(n) => match n.as_any_mut().downcast_mut::<Deque>() {
            Some(d) => d,
            None => unreachable!("checked by me()"),
        },
        _ => unreachable!("checked by me()"),
    }
}

pub(super) fn len_of(vm: &Vm, r: ObjRef) -> usize {
    deque_data(vm, r).map_or(0, |d| d.items.len())
}

fn state_of(vm: &Vm, r: ObjRef) -> u64 {
    deque_data(vm, r).map_or(0, |d| d.state)
}

pub(super) fn item_at(vm: &Vm, r: ObjRef, i: usize) -> Option<ObjRef> {
    deque_data(vm, r).and_then(|d| d.items.get(i).copied())
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    if args.args.len() != 2 {
        return Err(vm.type_error(format!("deque.{name}() takes exactly one argument ({} given)", args.args.len() - 1)));
    }
    Ok(args.args[1])
}

pub(super) fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("deque.{name}() takes no keyword arguments")));
    }
    if args.args.len() != 1 {
        return Err(vm.type_error(format!("deque.{name}() takes no arguments ({} given)", args.args.len() - 1)));
    }
    Ok(())
}

fn mutated(vm: &mut Vm) -> crate::vm::PyErr {
    vm.runtime_error("deque mutated during iteration")
}

// ----- creation -----------------------------------------------------------------

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque (arguments go to `__init__`).
fn deque_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    if !vm.is_type(cls) || !vm.is_subtype(cls, vm.t.deque) {
        return Err(vm.type_error("deque.__new__(X): X is not a subtype of collections.deque"));
    }
    Ok(vm.alloc(cls, Payload::Native(Box::new(Deque::new(None)))))
}

/// A new empty deque of exact type `deque` (owned).
pub fn new_deque(vm: &mut Vm, maxlen: Option<usize>) -> ObjRef {
    let t = vm.t.deque;
    vm.alloc(t, Payload::Native(Box::new(Deque::new(maxlen))))
}

fn deque_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__init__")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    if inner.kwnames.is_empty() && inner.args.len() > 2 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({} given)", inner.args.len())));
    }
    for &k in inner.kwnames {
        let ks = vm.as_str(k).unwrap_or("").to_string();
        if ks != "iterable" && ks != "maxlen" {
            return Err(vm.type_error(format!("'{ks}' is an invalid keyword argument for deque()")));
        }
    }
    let p = vm.parse_args(&inner, "deque", &["iterable", "maxlen"], 0, 0)?;
    let maxlen = match p[1] {
        Some(m) if m != vm.none_obj => {
            let v = match vm.heap.get(m) {
                Payload::Int(i) => *i,
                Payload::BigInt(_) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
                _ => {
                    if vm.lookup(vm.ty(m), vm.n.__index__).is_none() {
                        return Err(vm.type_error("an integer is required"));
                    }
                    vm.ssize_arg(m)?
                }
            };
            if v < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(v as usize)
        }
        _ => None,
    };
    dq(vm, s).maxlen = maxlen;
    let old = dq(vm, s).take_all();
    for x in old {
        vm.decref(x);
    }
    if let Some(it) = p[0] {
        extend_impl(vm, s, it, false)?;
    }
    vm.trace_resize(s);
    Ok(vm.none())
}

// ----- ends ---------------------------------------------------------------------

pub(super) fn release(vm: &mut Vm, x: Option<ObjRef>) {
    if let Some(x) = x {
        vm.decref(x);
    }
}

fn deque_append(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "append")?;
    let x = one_arg(vm, args, "append")?;
    vm.incref(x);
    let out = dq(vm, s).push_back(x);
    release(vm, out);
    vm.trace_resize(s);
    Ok(vm.none())
}

fn deque_appendleft(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "appendleft")?;
    let x = one_arg(vm, args, "appendleft")?;
    vm.incref(x);
    let out = dq(vm, s).push_front(x);
    release(vm, out);
    vm.trace_resize(s);
    Ok(vm.none())
}

fn deque_pop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "pop")?;
    no_args(vm, args, "pop")?;
    match dq(vm, s).pop_back() {
        Some(x) => {
            vm.trace_resize(s);
            Ok(x)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn deque_popleft(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "popleft")?;
    no_args(vm, args, "popleft")?;
    match dq(vm, s).pop_front() {
        Some(x) => {
            vm.trace_resize(s);
            Ok(x)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

/// `extend` / `extendleft` (CPython's deque_extend / deque_extendleft).
pub(super) fn extend_impl(vm: &mut Vm, s: ObjRef, iterable: ObjRef, left: bool) -> PyResult<()> {
    if iterable == s {
        let l = vm.list_from_iterable(iterable)?;
        let r = extend_impl(vm, s, l, left);
        vm.decref(l);
        return r;
    }
    // Lists and tuples: their items directly (what their iterator yields).
    let ty = vm.ty(iterable);
    if ty == vm.t.list || ty == vm.t.tuple {
        let items: Vec<ObjRef> = vm.seq_items(iterable).unwrap_or_default();
        if dq(vm, s).maxlen == Some(0) {
            return Ok(());
        }
        for &x in &items {
            vm.incref(x);
        }
        if left {
            dq(vm, s).start_left();
        } else {
            dq(vm, s).start_right();
        }
        let mut out = Vec::new();
        {
            let d = dq(vm, s);
            for x in items {
                let o = if left { d.push_front(x) } else { d.push_back(x) };
                out.extend(o);
            }
        }
        for o in out {
            vm.decref(o);
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    let zero = dq(vm, s).maxlen == Some(0);
    if !zero {
        if left {
            dq(vm, s).start_left();
        } else {
            dq(vm, s).start_right();
        }
    }
    loop {
        match vm.next(it) {
            Ok(Some(x)) => {
                if zero {
                    vm.decref(x);
                    continue;
                }
                let Some(d) = deque_mut(vm, s) else {
                    vm.decref(x);
                    continue;
                };
                let o = if left { d.push_front(x) } else { d.push_back(x) };
                release(vm, o);
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(())
}

fn deque_extend(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "extend")?;
    let x = one_arg(vm, args, "extend")?;
    extend_impl(vm, s, x, false)?;
    vm.trace_resize(s);
    Ok(vm.none())
}

fn deque_extendleft(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "extendleft")?;
    let x = one_arg(vm, args, "extendleft")?;
    extend_impl(vm, s, x, true)?;
    vm.trace_resize(s);
    Ok(vm.none())
}

fn deque_iadd(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__iadd__")?;
    extend_impl(vm, s, args.args[1], false)?;
    vm.trace_resize(s);
    Ok(vm.incref(s))
}

fn deque_clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "clear")?;
    no_args(vm, args, "clear")?;
    let old = dq(vm, s).take_all();
    for x in old {
        vm.decref(x);
    }
    vm.trace_resize(s);
    Ok(vm.none())
}

fn deque_rotate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "rotate")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("deque.rotate() takes no keyword arguments"));
    }
    if args.args.len() > 2 {
        return Err(vm.type_error(format!("rotate expected at most 1 argument, got {}", args.args.len() - 1)));
    }
    let n = match args.args.get(1) {
        Some(&n) => vm.ssize_arg(n)?,
        None => 1,
    };
    dq(vm, s).rotate(n);
    vm.trace_resize(s);
    Ok(vm.none())
}

fn deque_reverse(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "reverse")?;
    no_args(vm, args, "reverse")?;
    dq(vm, s).items.make_contiguous().reverse();
    Ok(vm.none())
}

// ----- searching ----------------------------------------------------------------

fn deque_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "count")?;
    let v = one_arg(vm, args, "count")?;
    let start = state_of(vm, s);
    let n = len_of(vm, s);
    let mut count = 0;
    for i in 0..n {
        let Some(item) = item_at(vm, s, i) else { break };
        vm.incref(item);
        let r = vm.eq(item, v);
        vm.decref(item);
        if r? {
            count += 1;
        }
        if state_of(vm, s) != start {
            return Err(mutated(vm));
        }
    }
    Ok(vm.new_int(count))
}

fn contains_impl(vm: &mut Vm, s: ObjRef, v: ObjRef) -> PyResult<bool> {
    let start = state_of(vm, s);
    let n = len_of(vm, s);
    for i in 0..n {
        let Some(item) = item_at(vm, s, i) else { break };
        vm.incref(item);
        let r = vm.eq(item, v);
        vm.decref(item);
        if r? {
            return Ok(true);
        }
        if state_of(vm, s) != start {
            return Err(mutated(vm));
        }
    }
    Ok(false)
}

fn deque_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__contains__")?;
    let v = one_arg(vm, args, "__contains__")?;
    let r = contains_impl(vm, s, v)?;
    Ok(vm.new_bool(r))
}

/// A slice-index argument (`_PyEval_SliceIndexNotNone`): big ints clamp.
fn slice_index(vm: &mut Vm, x: ObjRef) -> PyResult<i64> {
    match vm.heap.get(x) {
        Payload::Int(i) => Ok(*i),
        Payload::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
        _ => {
            if vm.lookup(vm.ty(x), vm.n.__index__).is_none() {
                return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
            }
            let r = vm.call_special(x, vm.n.__index__, &[])?;
            match r {
                Some(r) => {
                    let v = slice_index(vm, r);
                    vm.decref(r);
                    v
                }
                None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
            }
        }
    }
}

fn deque_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "index")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("deque.index() takes no keyword arguments"));
    }
    let n = args.args.len() - 1;
    if n == 0 {
        return Err(vm.type_error("index expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("index expected at most 3 arguments, got {n}")));
    }
    let v = args.args[1];
    let len = len_of(vm, s) as i64;
    let mut start = match args.args.get(2) {
        Some(&x) => slice_index(vm, x)?,
        None => 0,
    };
    let mut stop = match args.args.get(3) {
        Some(&x) => slice_index(vm, x)?,
        None => len,
    };
    let len = len_of(vm, s) as i64;
    if start < 0 {
        start = (start.saturating_add(len)).max(0);
    }
    if stop < 0 {
        stop = (stop.saturating_add(len)).max(0);
    }
    stop = stop.min(len);
    start = start.min(stop);
    let st = state_of(vm, s);
    for i in start..stop {
        let Some(item) = item_at(vm, s, i as usize) else { break };
        vm.incref(item);
        let r = vm.eq(item, v);
        vm.decref(item);
        if r? {
            return Ok(vm.new_int(i));
        }
        if state_of(vm, s) != st {
            return Err(mutated(vm));
        }
    }
    let r = vm.repr_string(v)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn deque_insert(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "insert")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("deque.insert() takes no keyword arguments"));
    }
    if args.args.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", args.args.len() - 1)));
    }
    let index = vm.ssize_arg(args.args[1])?;
    let v = args.args[2];
    let d = dq(vm, s);
    let n = d.items.len() as i64;
    if d.maxlen == Some(n as usize) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    vm.incref(v);
    let d = dq(vm, s);
    let out = if index >= n {
        d.push_back(v)
    } else if index <= -n || index == 0 {
        d.push_front(v)
    } else {
        d.rotate(-index);
        let o = if index < 0 { d.push_back(v) } else { d.push_front(v) };
        d.rotate(index);
        o
    };
    release(vm, out);
    vm.trace_resize(s);
    Ok(vm.none())
}

fn deque_remove(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "remove")?;
    let v = one_arg(vm, args, "remove")?;
    let n = len_of(vm, s);
    for i in 0..n {
        let Some(item) = item_at(vm, s, 0) else { break };
        vm.incref(item);
        let r = vm.eq(item, v);
        vm.decref(item);
        if len_of(vm, s) != n {
            if let Err(e) = r {
                vm.drop_err(e);
            }
            return Err(vm.index_error("deque mutated during remove()."));
        }
        match r {
            Ok(true) => {
                let d = dq(vm, s);
                let tgt = d.pop_front();
                d.rotate(i as i64);
                release(vm, tgt);
                vm.trace_resize(s);
                return Ok(vm.none());
            }
            Ok(false) => dq(vm, s).rotate(-1),
            Err(e) => {
                dq(vm, s).rotate(i as i64);
                return Err(e);
            }
        }
    }
    let r = vm.repr_string(v)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

// ----- sequence protocol ------------------------------------------------------------

fn deque_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__len__")?;
    let n = len_of(vm, s);
    Ok(vm.new_int(n as i64))
}

fn deque_bool(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__bool__")?;
    let n = len_of(vm, s);
    Ok(vm.new_bool(n != 0))
}

/// A subscript as a position (`sq_item`: negative counts from the end).
fn position(vm: &mut Vm, s: ObjRef, i: ObjRef) -> PyResult<usize> {
    let ity = vm.ty(i);
    let idx = match vm.heap.get(i) {
        Payload::Int(v) => *v,
        Payload::BigInt(_) => {
            let tn = vm.type_name_of(i);
            return Err(vm.index_error(format!("cannot fit '{tn}' into an index-sized integer")));
        }
        _ => {
            if vm.lookup(ity, vm.n.__index__).is_none() {
                let tn = vm.type_name(ity);
                return Err(vm.type_error(format!("sequence index must be integer, not '{tn}'")));
            }
            vm.index_value(i)?
        }
    };
    let n = len_of(vm, s) as i64;
    let idx = if idx < 0 { idx + n } else { idx };
    if idx < 0 || idx >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(idx as usize)
}

fn deque_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__getitem__")?;
    let i = position(vm, s, args.args[1])?;
    let x = item_at(vm, s, i).unwrap_or(vm.none_obj);
    Ok(vm.incref(x))
}

fn deque_setitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__setitem__")?;
    let i = position(vm, s, args.args[1])?;
    let v = vm.incref(args.args[2]);
    let old = std::mem::replace(&mut dq(vm, s).items[i], v);
    vm.decref(old);
    Ok(vm.none())
}

fn deque_delitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__delitem__")?;
    let i = position(vm, s, args.args[1])? as i64;
    let d = dq(vm, s);
    d.rotate(-i);
    let x = d.pop_front();
    d.rotate(i);
    release(vm, x);
    vm.trace_resize(s);
    Ok(vm.none())
}

fn deque_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__iter__")?;
    Ok(super::deque_iter::new_iter(vm, s, false))
}

fn deque_reversed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__reversed__")?;
    no_args(vm, args, "__reversed__")?;
    Ok(super::deque_iter::new_iter(vm, s, true))
}

// ----- repr, pickling, size ---------------------------------------------------------------

/// `_PyType_Name`: the type's name after its last dot.
pub fn short_type_name(vm: &Vm, x: ObjRef) -> String {
    let n = vm.type_name_of(x);
    match n.rfind('.') {
        Some(p) => n[p + 1..].to_string(),
        None => n,
    }
}

fn deque_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__repr__")?;
    if !vm.repr_enter(s) {
        return Ok(vm.new_str("[...]".to_string()));
    }
    let r = (|| {
        let l = vm.list_from_iterable(s)?;
        let lr = vm.repr_string(l);
        vm.decref(l);
        let lr = lr?;
        let name = short_type_name(vm, s);
        Ok(match dq(vm, s).maxlen {
            Some(m) => format!("{name}({lr}, maxlen={m})"),
            None => format!("{name}({lr})"),
        })
    })();
    vm.repr_leave(s);
    let r = r?;
    Ok(vm.new_str(r))
}

fn deque_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__reduce__")?;
    let dict = if vm.instance_has_dict(s) { vm.instance_dict(s)? } else { vm.none() };
    let it = match vm.iter(s) {
        Ok(i) => i,
        Err(e) => {
            vm.decref(dict);
            return Err(e);
        }
    };
    let t = vm.incref(vm.ty(s));
    let ctor_args = match dq(vm, s).maxlen {
        None => vm.new_tuple(Vec::new()),
        Some(m) => {
            let e = vm.new_tuple(Vec::new());
            let m = vm.new_int(m as i64);
            vm.new_tuple(vec![e, m])
        }
    };
    Ok(vm.new_tuple(vec![t, ctor_args, dict, it]))
}

fn deque_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "__sizeof__")?;
    let blocks = dq(vm, s).blocks();
    let base = vm.type_data(vm.ty(s)).basicsize;
    Ok(vm.new_int((base + blocks * BLOCKSIZE) as i64))
}

fn deque_maxlen(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let s = me(vm, args, "maxlen")?;
    match dq(vm, s).maxlen {
        Some(m) => Ok(vm.new_int(m as i64)),
        None => Ok(vm.none()),
    }
}

const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", deque_new),
    MethodDef::method("__init__", deque_init),
    MethodDef::method("append", deque_append),
    MethodDef::method("appendleft", deque_appendleft),
    MethodDef::method("clear", deque_clear),
    MethodDef::method("__copy__", deque_copy),
    MethodDef::method("copy", deque_copy),
    MethodDef::method("count", deque_count),
    MethodDef::method("extend", deque_extend),
    MethodDef::method("extendleft", deque_extendleft),
    MethodDef::method("index", deque_index),
    MethodDef::method("insert", deque_insert),
    MethodDef::method("pop", deque_pop),
    MethodDef::method("popleft", deque_popleft),
    MethodDef::method("__reduce__", deque_reduce),
    MethodDef::method("remove", deque_remove),
    MethodDef::method("__reversed__", deque_reversed),
    MethodDef::method("reverse", deque_reverse),
    MethodDef::method("rotate", deque_rotate),
    MethodDef::method("__sizeof__", deque_sizeof),
    MethodDef::classmethod("__class_getitem__", crate::types::generic_alias::class_getitem),
    MethodDef::method("__repr__", deque_repr),
    MethodDef::method("__len__", deque_len),
    MethodDef::method("__bool__", deque_bool),
    MethodDef::method("__iter__", deque_iter),
    MethodDef::method("__contains__", deque_contains),
    MethodDef::method("__getitem__", deque_getitem),
    MethodDef::method("__setitem__", deque_setitem),
    MethodDef::method("__delitem__", deque_delitem),
    MethodDef::method("__add__", deque_add),
    MethodDef::method("__iadd__", deque_iadd),
    MethodDef::method("__mul__", deque_mul),
    MethodDef::method("__rmul__", deque_mul),
    MethodDef::method("__imul__", deque_imul),
    MethodDef::method("__eq__", deque_eq),
    MethodDef::method("__ne__", deque_ne),
    MethodDef::method("__lt__", deque_lt),
    MethodDef::method("__le__", deque_le),
    MethodDef::method("__gt__", deque_gt),
    MethodDef::method("__ge__", deque_ge),
];

/// Creates `collections.deque`.
pub fn register(vm: &mut Vm) {
    let t = vm.make_type("collections.deque", Some(vm.t.object), crate::heap::BaseKind::Other, true);
    super::set_short_name(vm, t, "deque");
    vm.t.deque = t;
    vm.type_data_mut(t).basicsize = BASICSIZE;
    vm.add_methods(t, METHODS);
    vm.add_properties(t, &[MethodDef::method("maxlen", deque_maxlen)]);
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_str(d, "__hash__", none);
    let doc = vm.new_str("deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.".to_string());
    vm.dict_set_str(d, "__doc__", doc);
    vm.decref(doc);
    vm.set_type_module(t, "collections");
    vm.type_modified(t);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_follow_cpython() {
        let mut d = Deque::new(None);
        assert_eq!(d.blocks(), 1);
        d.start_right();
        let x = ObjRef::from_index(1);
        for _ in 0..63 {
            d.push_back(x);
        }
        assert_eq!(d.blocks(), 1);
        d.push_back(x);
        assert_eq!(d.blocks(), 2);
        d.rotate(5);
        assert_eq!(d.items.len(), 64);
        assert_eq!((d.leftindex, d.rightindex), (60, 59));
        while d.pop_front().is_some() {}
        // Emptied by the left without crossing a block end: no re-centering.
        assert_eq!((d.leftindex, d.rightindex), (60, 59));
        assert_eq!(d.blocks(), 1);
        d.push_back(x);
        assert_eq!(d.pop_back(), Some(x));
        assert_eq!((d.leftindex, d.rightindex), (60, 59));
    }
}
