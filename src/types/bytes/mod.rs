//! bytes and bytearray: construction, the sequence protocol, operators and
//! registration. Read-only methods shared by both live in `methods.rs`;
//! bytearray's mutating methods in `bytearray.rs`.

mod bytearray;
mod methods;

use crate::heap::{IterData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

pub use bytearray::ba_resize;

/// A copy of the data of a bytes or bytearray object.
pub fn bytes_of(vm: &Vm, x: ObjRef) -> Option<Vec<u8>> {
    match vm.heap.get(x) {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.to_vec()),
        // memoryviews and native buffer exporters (mmap): the buffer protocol.
        Payload::Native(_) => vm.buffer_copy(x),
        _ => None,
    }
}

/// The bytes-like argument `x` or CPython's "a bytes-like object is required".
pub fn buf_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<u8>> {
    match bytes_of(vm, x) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn is_bytearray(vm: &Vm, x: ObjRef) -> bool {
    matches!(vm.heap.get(x), Payload::ByteArray(_))
}

/// A new object of the same kind as `like` (bytearray stays bytearray).
pub fn make_like(vm: &mut Vm, like: ObjRef, v: Vec<u8>) -> ObjRef {
    if is_bytearray(vm, like) {
        new_bytearray(vm, v)
    } else {
        vm.new_bytes(v)
    }
}

/// `make_like`, but a bytes result is a fresh object even for one byte
/// (CPython builds these results in a `_PyBytes_FromSize` buffer).
pub fn make_like_fresh(vm: &mut Vm, like: ObjRef, v: Vec<u8>) -> ObjRef {
    if is_bytearray(vm, like) {
        new_bytearray(vm, v)
    } else {
        vm.new_bytes_uncached(v)
    }
}

/// A new bytearray holding `v`, allocated the way CPython sizes a fresh one.
pub fn new_bytearray(vm: &mut Vm, v: Vec<u8>) -> ObjRef {
    let mut b = Vec::new();
    bytearray::resize_to(&mut b, v.len());
    b.extend_from_slice(&v);
    let t = vm.t.bytearray;
    vm.alloc(t, Payload::ByteArray(Box::new(b)))
}

/// The items of an iterable of ints as bytes (CPython's errors).
fn ints_to_bytes(vm: &mut Vm, src: ObjRef, plural: bool) -> PyResult<Vec<u8>> {
    // Items are converted as the iterator yields them, as CPython does: a
    // bad item stops the iteration there (`bytearray(range(10**11))` fails
    // at 256 without producing the rest).
    let it = vm.iter(src)?;
    let mut out = Vec::new();
    if plural && !matches!(vm.heap.get(src), Payload::List(_) | Payload::Tuple(_)) {
        // bytes() sizes its buffer from the length hint first.
        let hint = vm.length_hint(src, 64);
        match hint.and_then(|h| vm.alloc_vec(h)) {
            Ok(v) => out = v,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
    let err = loop {
        let item = match vm.next(it) {
            Ok(Some(i)) => i,
            Ok(None) => break None,
            Err(e) => break Some(e),
        };
        let v = byte_value(vm, item);
        vm.decref(item);
        match v {
            Ok(v) => out.push(v),
            Err(e) if plural && vm.err_matches(&e, vm.t.value_error) => {
                vm.drop_err(e);
                break Some(vm.value_error("bytes must be in range(0, 256)"));
            }
            Err(e) => break Some(e),
        }
    };
    vm.decref(it);
    match err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// An int in range(256) (via `__index__`), else CPython's errors.
pub fn byte_value(vm: &mut Vm, x: ObjRef) -> PyResult<u8> {
    let v = match vm.heap.get(x) {
        Payload::Int(i) => *i,
        Payload::BigInt(_) => -1,
        _ => {
            if vm.lookup(vm.ty(x), vm.n.__index__).is_none() {
                let tn = vm.type_name_of(x);
                return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
            }
            vm.index_value(x).unwrap_or(-1)
        }
    };
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(v as u8)
}

/// The data `bytes(...)`/`bytearray(...)` build from their arguments.
fn construct(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, name, &["source", "encoding", "errors"], 0, 0)?;
    let Some(src) = p[0] else {
        if p[1].is_some() || p[2].is_some() {
            let m = if p[1].is_some() { "encoding without a string argument" } else { "errors without a string argument" };
            return Err(vm.type_error(m));
        }
        return Ok(Vec::new());
    };
    if let Payload::Str(st) = vm.heap.get(src) {
        let s = st.s.clone();
        let Some(enc) = p[1] else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = super::str::arg_string(vm, enc, &format!("{name}() argument 'encoding'"))?;
        let errors = match p[2] {
            Some(e) => super::str::arg_string(vm, e, &format!("{name}() argument 'errors'"))?,
            None => "strict".into(),
        };
        return super::str::codec::encode(vm, &s, &enc, &errors);
    }
    if p[1].is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if p[2].is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(b) = bytes_of(vm, src) {
        return Ok(b);
    }
    if name == "bytes" {
        let name = vm.intern("__bytes__");
        let r = vm.call_special(src, name, &[]);
        vm.decref(name);
        if let Some(r) = r? {
            let b = bytes_of(vm, r);
            match b {
                Some(b) if matches!(vm.heap.get(r), Payload::Bytes(_)) => {
                    vm.decref(r);
                    return Ok(b);
                }
                _ => {
                    let tn = vm.type_name_of(r);
                    vm.decref(r);
                    return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
                }
            }
        }
    }
    let t = vm.ty(src);
    if matches!(vm.heap.get(src), Payload::Int(_) | Payload::BigInt(_)) || vm.lookup(t, vm.n.__index__).is_some() {
        let n = vm.index_value(src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        let mut v = vm.alloc_vec(n as usize)?;
        v.resize(n as usize, 0);
        return Ok(v);
    }
    if vm.lookup(t, vm.n.__iter__).is_none() && vm.lookup(t, vm.n.__getitem__).is_none() {
        let tn = vm.type_name_of(src);
        return Err(vm.type_error(format!("cannot convert '{tn}' object to {name}")));
    }
    ints_to_bytes(vm, src, name == "bytes")
}

fn b_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let src = if args.args.len() == 2 && args.kwnames.is_empty() { Some(args.args[1]) } else { None };
    // `bytes(b)` of an exact bytes object is that object, as in CPython.
    if let Some(x) = src {
        if cls == vm.t.bytes && vm.ty(x) == vm.t.bytes {
            return Ok(vm.incref(x));
        }
    }
    let data = construct(vm, args, "bytes")?;
    if cls == vm.t.bytes {
        // From a count, a tuple or a buffer CPython fills a fresh object
        // (`_PyBytes_FromSize`): no one-byte singleton there.
        let fresh = src.is_some_and(|x| matches!(vm.heap.get(x), Payload::Int(_) | Payload::BigInt(_) | Payload::Tuple(_) | Payload::ByteArray(_)) || vm.memoryview_of(x).is_some());
        return Ok(if fresh { vm.new_bytes_uncached(data) } else { vm.new_bytes(data) });
    }
    Ok(vm.alloc(cls, Payload::Bytes(data.into_boxed_slice())))
}

fn ba_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let data = construct(vm, args, "bytearray")?;
    let mut b = Vec::new();
    // Iterables other than lists, tuples and buffers are appended one item
    // at a time, so they leave CPython's growth slack behind.
    let src = args.args.get(1).copied().filter(|_| args.kwnames.is_empty());
    let one_by_one = src.is_some_and(|s| {
        !matches!(vm.heap.get(s), Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Int(_) | Payload::Str(_))
            && vm.lookup(vm.ty(s), vm.n.__index__).is_none()
            && vm.buffer_copy(s).is_none()
    });
    if one_by_one {
        b.reserve_exact(bytearray::alloc_after_appends(data.len()));
    } else {
        bytearray::resize_to(&mut b, data.len());
    }
    b.extend_from_slice(&data);
    Ok(vm.alloc(cls, Payload::ByteArray(Box::new(b))))
}

fn ba_init(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.none())
}

fn b_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let b = bytes_of(vm, me).unwrap_or_default();
    let r = crate::format::bytes_repr(&b);
    if is_bytearray(vm, me) {
        // CPython's bytearray repr escapes single quotes even inside b"...".
        let r = if r.starts_with("b\"") { r.replace('\'', "\\'") } else { r };
        let tn = vm.type_name_of(me);
        return Ok(vm.new_str(format!("{tn}({r})")));
    }
    Ok(vm.new_str(r))
}

fn b_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match vm.heap.get(args.args[0]) {
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.len(),
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

fn b_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let key = args.args[1];
    let n = match vm.heap.get(me) {
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.len(),
        _ => 0,
    };
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, _, step, len) = vm.slice_indices(key, n)?;
        let b = match vm.heap.get(me) {
            Payload::Bytes(b) => &b[..],
            Payload::ByteArray(b) => &b[..],
            _ => &[][..],
        };
        let mut out = Vec::with_capacity(len.max(0) as usize);
        let mut i = start;
        for _ in 0..len {
            out.push(b[i as usize]);
            i += step;
        }
        if step == 1 && !is_bytearray(vm, me) && out.len() == n && vm.ty(me) == vm.t.bytes {
            return Ok(vm.incref(me));
        }
        return Ok(make_like(vm, me, out));
    }
    let what = if is_bytearray(vm, me) { "bytearray" } else { "byte" };
    let i = super::list::seq_index(vm, key, what)?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        let m = if is_bytearray(vm, me) { "bytearray index out of range" } else { "index out of range" };
        return Err(vm.index_error(m));
    }
    let v = match vm.heap.get(me) {
        Payload::Bytes(b) => b[j as usize],
        Payload::ByteArray(b) => b[j as usize],
        _ => 0,
    };
    Ok(vm.new_int(v as i64))
}

fn b_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let b = bytes_of(vm, args.args[0]).unwrap_or_default();
    // ASCII bytes hash like the equal-looking str, as in CPython.
    let h = super::str::hash_str(&String::from_utf8_lossy(&b), vm.hash_seed);
    Ok(vm.new_int(h))
}

fn b_cmp(vm: &mut Vm, args: &Args, op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    // Other buffers (memoryview) compare by their own rules (reflected).
    if !matches!(vm.heap.get(args.args[1]), Payload::Bytes(_) | Payload::ByteArray(_)) {
        return Ok(vm.not_implemented());
    }
    let (Some(a), Some(b)) = (bytes_of(vm, args.args[0]), bytes_of(vm, args.args[1])) else { return Ok(vm.not_implemented()) };
    Ok(vm.new_bool(crate::vm::ops::ord_matches(a.cmp(&b), op)))
}
macro_rules! bcmp {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            b_cmp(vm, args, crate::bytecode::ComparisonOperator::$op)
        }
    };
}
bcmp!(b_lt, Lt);
bcmp!(b_le, Le);
bcmp!(b_eq, Eq);
bcmp!(b_ne, Ne);
bcmp!(b_gt, Gt);
bcmp!(b_ge, Ge);

fn b_add(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (Some(mut a), Some(b)) = (bytes_of(vm, args.args[0]), bytes_of(vm, args.args[1])) else {
        if bytes_of(vm, args.args[0]).is_some() && matches!(vm.heap.get(vm.ty(args.args[1])), Payload::Type(td) if td.heap_type) {
            return Ok(vm.not_implemented());
        }
        let tn = vm.type_name_of(args.args[1]);
        let me = if is_bytearray(vm, args.args[0]) { "bytearray" } else { "bytes" };
        return Err(vm.type_error(format!("can't concat {tn} to {me}")));
    };
    a.extend(b);
    Ok(make_like(vm, args.args[0], a))
}

fn b_mul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__mul__", 1, 1)?;
    let a = bytes_of(vm, args.args[0]).unwrap_or_default();
    let Some(n) = super::str::repeat_count(vm, args.args[1])? else { return Ok(vm.not_implemented()) };
    let n = n.max(0) as usize;
    if n == 1 && vm.ty(args.args[0]) == vm.t.bytes {
        return Ok(vm.incref(args.args[0]));
    }
    // bytes (not bytearray) reports a length past ssize_t as OverflowError.
    if !is_bytearray(vm, args.args[0]) && (a.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(vm.overflow_error("repeated bytes are too long"));
    }
    let v = repeat_bytes(vm, &a, n)?;
    Ok(make_like(vm, args.args[0], v))
}

/// `a * n` for bytes-like data. The allocation itself decides, as CPython's
/// malloc does: a request the system refuses becomes MemoryError instead of
/// aborting the process.
pub fn repeat_bytes(vm: &mut Vm, a: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = (a.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(vm.no_memory());
    }
    let mut out = vm.alloc_vec(total as usize)?;
    for _ in 0..n {
        out.extend_from_slice(a);
    }
    Ok(out)
}

fn b_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    vm.incref(me);
    let t = if matches!(vm.heap.get(me), Payload::ByteArray(_)) { vm.t.bytearray_iterator } else { vm.t.bytes_iterator };
    Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Seq { seq: me, index: 0 }))))
}

fn b_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match vm.heap.get(args.args[0]) {
        Payload::Bytes(b) => 33 + b.len(),
        Payload::ByteArray(b) => 56 + b.capacity(),
        _ => 0,
    } + crate::modules::sys::layout_extra(vm, args.args[0]);
    Ok(vm.new_int(n as i64))
}

fn b_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let b = bytes_of(vm, args.args[0]).unwrap_or_default();
    let x = args.args[1];
    let r = match bytes_of(vm, x) {
        Some(sub) => methods::find_sub(&b, &sub, 0).is_some(),
        None => {
            if !matches!(vm.heap.get(x), Payload::Int(_) | Payload::BigInt(_)) && vm.lookup(vm.ty(x), vm.n.__index__).is_none() {
                let tn = vm.type_name_of(x);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
            let v = byte_value(vm, x)?;
            b.contains(&v)
        }
    };
    Ok(vm.new_bool(r))
}

fn b_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let b = bytes_of(vm, args.args[0]).unwrap_or_default();
    let v = vm.new_bytes(b);
    Ok(vm.new_tuple(vec![v]))
}

fn b_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    if vm.ty(me) == vm.t.bytes {
        return Ok(vm.incref(me));
    }
    let b = bytes_of(vm, me).unwrap_or_default();
    Ok(vm.new_bytes(b))
}

/// Methods and operators common to bytes and bytearray.
const COMMON: &[MethodDef] = &[
    MethodDef::method("__repr__", b_repr),
    MethodDef::method("__str__", b_repr),
    MethodDef::method("__len__", b_len),
    MethodDef::method("__getitem__", b_getitem),
    MethodDef::method("__lt__", b_lt),
    MethodDef::method("__le__", b_le),
    MethodDef::method("__eq__", b_eq),
    MethodDef::method("__ne__", b_ne),
    MethodDef::method("__gt__", b_gt),
    MethodDef::method("__ge__", b_ge),
    MethodDef::method("__add__", b_add),
    MethodDef::method("__mul__", b_mul),
    MethodDef::method("__rmul__", b_mul),
    MethodDef::method("__iter__", b_iter),
    MethodDef::method("__contains__", b_contains),
    MethodDef::method("__sizeof__", b_sizeof),
];

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", b_new),
    MethodDef::method("__hash__", b_hash),
    MethodDef::method("__getnewargs__", b_getnewargs),
    MethodDef::method("__bytes__", b_bytes),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.bytes;
    vm.add_methods(t, COMMON);
    vm.add_methods(t, METHODS);
    vm.add_methods(t, methods::METHODS);
    let t = vm.t.bytearray;
    vm.add_methods(t, COMMON);
    vm.add_methods(t, methods::METHODS);
    vm.add_methods(t, &[MethodDef::staticmethod("__new__", ba_new), MethodDef::method("__init__", ba_init)]);
    vm.add_methods(t, bytearray::METHODS);
    let h = vm.n.__hash__;
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_item_str_key(d, h, none);
}
