//! str: hashing, indexing/slicing by character, and the core methods.

pub mod codec;
mod methods_extra;
mod methods_search;
mod methods_split;

pub use methods_extra::{bounds, py_isspace};
pub(crate) use methods_split::big_replace_size;
use methods_extra::*;
use methods_search::*;
use methods_split::*;

use crate::heap::{ObjRef, Payload, PyStr};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// The hash of a str (seeded per interpreter, like CPython's randomised hash).
pub fn hash_str(s: &str, seed: u64) -> i64 {
    // FNV-1a mixed with the seed, then finalised (splitmix64).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    let v = h as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

fn s(vm: &mut Vm, x: ObjRef, name: &str) -> PyResult<String> {
    match vm.heap.get(x) {
        Payload::Str(p) => Ok(p.s.clone()),
        _ => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{tn}' object")))
        }
    }
}


/// The str argument `x` or a TypeError "`what` must be str, not T".
pub fn arg_string(vm: &mut Vm, x: ObjRef, what: &str) -> PyResult<String> {
    arg_str(vm, x, what)
}

/// The str argument `x` or a TypeError mentioning `what`.
fn arg_str(vm: &mut Vm, x: ObjRef, what: &str) -> PyResult<String> {
    match vm.heap.get(x) {
        Payload::Str(p) => Ok(p.s.clone()),
        _ => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

/// Characters between two entries of a str's sparse char index.
const INDEX_STEP: usize = 64;

/// The byte offset of character `i` (`i <= char_len`), using the lazily
/// built sparse index for non-ASCII text.
pub fn byte_offset(p: &PyStr, i: usize) -> usize {
    if p.is_ascii() {
        return i;
    }
    if i >= p.char_len {
        return p.s.len();
    }
    let idx = p.char_index.get_or_init(|| {
        p.s.char_indices().step_by(INDEX_STEP).map(|(b, _)| b as u32).collect()
    });
    // Entries stay valid for a prefix; past the last one, scan from there.
    let k = (i / INDEX_STEP).min(idx.len().saturating_sub(1));
    let base = idx.get(k).map_or(0, |&b| b as usize);
    let skip = i - k * INDEX_STEP;
    match p.s[base..].char_indices().nth(skip) {
        Some((b, _)) => base + b,
        None => p.s.len(),
    }
}

impl Vm {
    /// The i-th character of a str object (None when out of range).
    pub fn str_char_at(&self, x: ObjRef, i: usize) -> Option<char> {
        match self.heap.get(x) {
            Payload::Str(p) => {
                if p.is_ascii() {
                    p.s.as_bytes().get(i).map(|&b| b as char)
                } else if i >= p.char_len {
                    None
                } else {
                    p.s[byte_offset(p, i)..].chars().next()
                }
            }
            _ => None,
        }
    }
}

fn str_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match vm.heap.get(args.args[0]) {
        Payload::Str(p) => p.char_len,
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

fn str_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = s(vm, args.args[0], "__repr__")?;
    Ok(vm.new_str(crate::format::str_repr(&v)))
}

fn str_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = args.args[0];
    if vm.ty(x) == vm.t.str {
        return Ok(vm.incref(x));
    }
    let v = s(vm, x, "__str__")?;
    Ok(vm.new_str(v))
}

fn str_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let h = vm.str_hash_pure(args.args[0]);
    Ok(vm.new_int(h))
}

fn str_cmp(vm: &mut Vm, args: &Args, op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    let (a, b) = (args.args[0], args.args[1]);
    let ord = match (vm.heap.get(a), vm.heap.get(b)) {
        (Payload::Str(x), Payload::Str(y)) => x.s.cmp(&y.s),
        _ => return Ok(vm.not_implemented()),
    };
    Ok(vm.new_bool(crate::vm::ops::ord_matches(ord, op)))
}
macro_rules! scmp {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            str_cmp(vm, args, crate::bytecode::ComparisonOperator::$op)
        }
    };
}
scmp!(str_lt, Lt);
scmp!(str_le, Le);
scmp!(str_eq, Eq);
scmp!(str_ne, Ne);
scmp!(str_gt, Gt);
scmp!(str_ge, Ge);

fn str_add(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = s(vm, args.args[0], "__add__")?;
    let b = match vm.heap.get(args.args[1]) {
        Payload::Str(p) => p.s.clone(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")));
        }
    };
    // Concatenating with '' gives the other (exact) str itself.
    let (x, y) = (args.args[0], args.args[1]);
    if b.is_empty() && vm.ty(x) == vm.t.str {
        return Ok(vm.incref(x));
    }
    if a.is_empty() && vm.ty(y) == vm.t.str {
        return Ok(vm.incref(y));
    }
    Ok(vm.new_str_fresh(a + &b))
}

/// The repeat count of `seq * n`, or None when `n` is not an integer and the
/// other operand may still handle the operation (its own `__rmul__`/`__mul__`).
pub fn repeat_count(vm: &mut Vm, n: ObjRef) -> PyResult<Option<i64>> {
    match vm.heap.get(n) {
        Payload::Int(i) => Ok(Some(*i)),
        Payload::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                Ok(Some(0))
            } else {
                let tn = vm.type_name_of(n);
                Err(vm.overflow_error(format!("cannot fit '{tn}' into an index-sized integer")))
            }
        }
        _ => {
            let t = vm.ty(n);
            if vm.lookup(t, vm.n.__index__).is_some() {
                return Ok(Some(vm.index_value(n)?));
            }
            let heap_type = matches!(vm.heap.get(t), Payload::Type(td) if td.heap_type);
            if heap_type {
                return Ok(None);
            }
            let tn = vm.type_name_of(n);
            Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")))
        }
    }
}

pub(crate) fn str_mul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__mul__", 1, 1)?;
    let a = s(vm, args.args[0], "__mul__")?;
    let Some(n) = repeat_count(vm, args.args[1])? else { return Ok(vm.not_implemented()) };
    if n <= 0 {
        return Ok(vm.incref(vm.empty_str));
    }
    if n == 1 && vm.ty(args.args[0]) == vm.t.str {
        return Ok(vm.incref(args.args[0]));
    }
    // A length past ssize_t is CPython's OverflowError; below that the
    // allocation itself decides (MemoryError when the system refuses).
    let total = (a.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        if (a.chars().count() as u128) * (n as u128) > isize::MAX as u128 {
            return Err(vm.overflow_error("repeated string is too long"));
        }
        return Err(vm.no_memory());
    }
    let mut out = vm.alloc_string(total as usize)?;
    for _ in 0..n {
        out.push_str(&a);
    }
    Ok(vm.new_str(out))
}

fn str_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = s(vm, args.args[0], "__contains__")?;
    let b = match vm.heap.get(args.args[1]) {
        Payload::Str(p) => p.s.clone(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("'in <string>' requires string as left operand, not {tn}")));
        }
    };
    Ok(vm.new_bool(a.contains(&b)))
}

fn str_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let key = args.args[1];
    let n = match vm.heap.get(me) {
        Payload::Str(p) => p.char_len,
        _ => 0,
    };
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, stop, step, len) = vm.slice_indices(key, n)?;
        if step == 1 {
            if len as usize == n && vm.ty(me) == vm.t.str {
                return Ok(vm.incref(me));
            }
            let sub = match vm.heap.get(me) {
                Payload::Str(p) => {
                    let a = byte_offset(p, start as usize);
                    let b = byte_offset(p, (start + len.max(0)) as usize);
                    p.s[a..b].to_string()
                }
                _ => String::new(),
            };
            return Ok(vm.new_str(sub));
        }
        let chars: Vec<char> = vm.as_str(me).unwrap_or("").chars().collect();
        let mut out = String::new();
        let mut i = start;
        for _ in 0..len {
            out.push(chars[i as usize]);
            i += step;
        }
        let _ = stop;
        return Ok(vm.new_str(out));
    }
    let i = match vm.heap.get(key) {
        Payload::Int(i) => *i,
        Payload::BigInt(_) => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
        _ => {
            if vm.lookup(vm.ty(key), vm.n.__index__).is_some() {
                vm.index_value(key)?
            } else {
                let tn = vm.type_name_of(key);
                return Err(vm.type_error(format!("string indices must be integers, not '{tn}'")));
            }
        }
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("string index out of range"));
    }
    let c = vm.str_char_at(me, j as usize).unwrap_or(' ');
    Ok(vm.new_str(c.to_string()))
}

impl Vm {
    /// The iterator type for a str: `str_ascii_iterator` for ASCII text, else `str_iterator`.
    pub fn str_iterator_type(&self, s: ObjRef) -> ObjRef {
        match self.heap.get(s) {
            Payload::Str(p) if p.kind == 1 => self.t.str_ascii_iterator,
            _ => self.t.str_iterator,
        }
    }
}

fn str_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    vm.incref(me);
    let t = vm.str_iterator_type(me);
    Ok(vm.alloc(t, Payload::Iter(Box::new(crate::heap::IterData::Seq { seq: me, index: 0 }))))
}








fn map_str(vm: &mut Vm, args: &Args, name: &str, f: fn(&str) -> String) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 0, 0)?;
    let me = s(vm, args.args[0], name)?;
    // Case mapping fills a new str (only '' is the shared empty one).
    let r = f(&me);
    Ok(if r.is_empty() { vm.new_str(r) } else { vm.new_str_fresh(r) })
}
fn str_upper(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "upper", |s| s.to_uppercase())
}
fn str_lower(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "lower", |s| s.to_lowercase())
}
fn str_capitalize(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "capitalize", capitalize)
}
fn str_title(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "title", title_case)
}
fn str_swapcase(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "swapcase", swapcase)
}


fn str_format_spec(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "__format__")?;
    vm.check_method_args(args, "__format__", 1, 1)?;
    let spec = match vm.heap.get(args.args[1]) {
        Payload::Str(p) => p.s.clone(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
        }
    };
    if spec.is_empty() {
        // Exact str: itself; subclasses go through their __str__.
        if vm.ty(args.args[0]) == vm.t.str {
            return Ok(vm.incref(args.args[0]));
        }
        return vm.str(args.args[0]);
    }
    match crate::format::format_str(&me, &spec) {
        Ok(r) => Ok(vm.new_str(r)),
        Err(e) => Err(vm.format_err(e)),
    }
}

fn str_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "str", &["object", "encoding", "errors"], 0, 0)?;
    // `str(x)` is the very object `x.__str__()` returns (PyObject_Str).
    if cls == vm.t.str && p[1].is_none() && p[2].is_none() {
        if let Some(o) = p[0] {
            return vm.str(o);
        }
    }
    let v = match (p[0], p[1]) {
        (None, _) => String::new(),
        (Some(o), None) if p[2].is_none() => vm.str_string(o)?,
        (Some(o), _) => decode_obj(vm, o, p[1], p[2])?,
    };
    if cls == vm.t.str {
        if p[0].is_some() && p[1].is_none() && p[2].is_none() && vm.ty(p[0].unwrap()) == vm.t.str {
            return Ok(vm.incref(p[0].unwrap()));
        }
        return Ok(vm.new_str(v));
    }
    Ok(vm.alloc(cls, Payload::Str(Box::new(PyStr::new(v)))))
}

pub(crate) fn str_mod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fmt = s(vm, args.args[0], "__mod__")?;
    crate::builtins::format_ops::percent_format_str(vm, &fmt, args.args[1])
}

fn str_rmod(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.not_implemented())
}

fn str_format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    // `METH_VARARGS | METH_KEYWORDS` in CPython 3.11.
    vm.heap.gc_transient_call(args.pos().len() - 1, !args.kwnames.is_empty());
    let fmt = s(vm, args.args[0], "format")?;
    // str.format is a METH_VARARGS method in CPython: the arguments sit in
    // a tuple (and keyword dict) for the whole call, one reference each.
    let rest = &args.args[1..];
    for &a in rest {
        vm.incref(a);
    }
    let r = crate::builtins::format_ops::str_format_method(vm, &fmt, rest, args.kwnames);
    for &a in rest {
        vm.decref(a);
    }
    r
}

fn str_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let exact = vm.ty(args.args[0]) == vm.t.str;
    let n = match vm.heap.get(args.args[0]) {
        Payload::Str(p) if exact => str_sizeof_of(p),
        // A str subclass instance is CPython's two-block (non-compact)
        // object: the 80-byte PyUnicodeObject plus its character buffer.
        Payload::Str(p) => 80 + (p.char_len + 1) * [1, 1, 1, 2, 4][p.kind.min(4) as usize],
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

/// CPython 3.11's str sizes (compact ascii / latin-1 / ucs2 / ucs4).
pub fn str_sizeof_of(p: &PyStr) -> usize {
    match p.kind {
        1 => 49 + p.char_len,
        2 => 73 + p.char_len,
        3 => 74 + 2 * p.char_len,
        _ => 76 + 4 * p.char_len,
    }
}

fn str_zfill(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "zfill", 1, 1)?;
    let me = s(vm, args.args[0], "zfill")?;
    let w = vm.ssize_arg(args.args[1])?;
    let n = me.chars().count() as i64;
    if w <= n {
        return Ok(vm.new_str(me));
    }
    let mut r = vm.alloc_string(me.len() + (w - n) as usize)?;
    let body = if me.starts_with('+') || me.starts_with('-') {
        r.push_str(&me[..1]);
        &me[1..]
    } else {
        &me[..]
    };
    r.extend(std::iter::repeat_n('0', (w - n) as usize));
    r.push_str(body);
    Ok(vm.new_str(r))
}

/// The left and right padding of ljust (kind 0), rjust (1) or center (2)
/// for `total` fill characters up to width `w`: center puts the odd one on
/// the left when the width is odd, as CPython's `pad()` does.
pub(crate) fn pad_split(kind: u8, total: usize, w: usize) -> (usize, usize) {
    match kind {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            let left = total / 2 + (total & w & 1);
            (left, total - left)
        }
    }
}

fn justify(vm: &mut Vm, args: &Args, name: &str, kind: u8) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 2)?;
    let me = s(vm, args.args[0], name)?;
    let w = vm.ssize_arg(args.args[1])?;
    let fill = match args.args.get(2) {
        Some(&f) => {
            let fs = arg_str(vm, f, "fill character")?;
            let mut c = fs.chars();
            match (c.next(), c.next()) {
                (Some(ch), None) => ch,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let n = me.chars().count() as i64;
    if w <= n {
        return Ok(vm.new_str(me));
    }
    let (l, r) = pad_split(kind, (w - n) as usize, w as usize);
    let Some(size) = (l + r).checked_mul(fill.len_utf8()).and_then(|p| p.checked_add(me.len())) else {
        return Err(vm.no_memory());
    };
    let mut out = vm.alloc_string(size)?;
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(&me);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(vm.new_str(out))
}
fn str_ljust(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    justify(vm, args, "ljust", 0)
}
fn str_rjust(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    justify(vm, args, "rjust", 1)
}
fn str_center(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    justify(vm, args, "center", 2)
}

fn str_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "__getnewargs__")?;
    let v = vm.new_str(me);
    Ok(vm.new_tuple(vec![v]))
}


pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", str_new),
    MethodDef::method("__len__", str_len),
    MethodDef::method("__repr__", str_repr),
    MethodDef::method("__str__", str_str),
    MethodDef::method("__hash__", str_hash),
    MethodDef::method("__lt__", str_lt),
    MethodDef::method("__le__", str_le),
    MethodDef::method("__eq__", str_eq),
    MethodDef::method("__ne__", str_ne),
    MethodDef::method("__gt__", str_gt),
    MethodDef::method("__ge__", str_ge),
    MethodDef::method("__add__", str_add),
    MethodDef::method("__mul__", str_mul),
    MethodDef::method("__rmul__", str_mul),
    MethodDef::method("__mod__", str_mod),
    MethodDef::method("__rmod__", str_rmod),
    MethodDef::method("__contains__", str_contains),
    MethodDef::method("__getitem__", str_getitem),
    MethodDef::method("__iter__", str_iter),
    MethodDef::method("__format__", str_format_spec),
    MethodDef::method("__sizeof__", str_sizeof),
    MethodDef::method("__getnewargs__", str_getnewargs),
    MethodDef::method("join", str_join),
    MethodDef::method("split", str_split),
    MethodDef::method("rsplit", str_rsplit),
    MethodDef::method("splitlines", str_splitlines),
    MethodDef::method("strip", str_strip),
    MethodDef::method("lstrip", str_lstrip),
    MethodDef::method("rstrip", str_rstrip),
    MethodDef::method("replace", str_replace),
    MethodDef::method("startswith", str_startswith),
    MethodDef::method("endswith", str_endswith),
    MethodDef::method("upper", str_upper),
    MethodDef::method("lower", str_lower),
    MethodDef::method("capitalize", str_capitalize),
    MethodDef::method("title", str_title),
    MethodDef::method("swapcase", str_swapcase),
    MethodDef::method("isdigit", str_isdigit),
    MethodDef::method("isdecimal", str_isdecimal),
    MethodDef::method("isnumeric", str_isnumeric),
    MethodDef::method("isascii", str_isascii),
    MethodDef::method("isprintable", str_isprintable),
    MethodDef::method("istitle", str_istitle),
    MethodDef::method("casefold", str_casefold),
    MethodDef::method("expandtabs", str_expandtabs),
    MethodDef::staticmethod("maketrans", str_maketrans),
    MethodDef::method("translate", str_translate),
    MethodDef::method("format_map", str_format_map),
    MethodDef::method("isalpha", str_isalpha),
    MethodDef::method("isalnum", str_isalnum),
    MethodDef::method("isspace", str_isspace),
    MethodDef::method("isupper", str_isupper),
    MethodDef::method("islower", str_islower),
    MethodDef::method("isidentifier", str_isidentifier),
    MethodDef::method("find", str_find),
    MethodDef::method("rfind", str_rfind),
    MethodDef::method("index", str_index),
    MethodDef::method("rindex", str_rindex),
    MethodDef::method("count", str_count),
    MethodDef::method("format", str_format),
    MethodDef::method("encode", str_encode),
    MethodDef::method("zfill", str_zfill),
    MethodDef::method("ljust", str_ljust),
    MethodDef::method("rjust", str_rjust),
    MethodDef::method("center", str_center),
    MethodDef::method("partition", str_partition),
    MethodDef::method("rpartition", str_rpartition),
    MethodDef::method("removeprefix", str_removeprefix),
    MethodDef::method("removesuffix", str_removesuffix),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.str;
    vm.add_methods(t, METHODS);
}
