//! str: hashing, indexing/slicing by character, and the core methods.

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
            Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object but received a '{tn}'")))
        }
    }
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

impl Vm {
    /// The i-th character of a str object (None when out of range).
    pub fn str_char_at(&self, x: ObjRef, i: usize) -> Option<char> {
        match self.heap.get(x) {
            Payload::Str(p) => {
                if p.is_ascii() {
                    p.s.as_bytes().get(i).map(|&b| b as char)
                } else {
                    p.s.chars().nth(i)
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
    Ok(vm.new_str_fresh(a + &b))
}

fn str_mul(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = s(vm, args.args[0], "__mul__")?;
    let n = match vm.heap.get(args.args[1]) {
        Payload::Int(i) => *i,
        Payload::BigInt(_) => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        _ => return Ok(vm.not_implemented()),
    };
    if n <= 0 {
        return Ok(vm.incref(vm.empty_str));
    }
    if n == 1 && vm.ty(args.args[0]) == vm.t.str {
        return Ok(vm.incref(args.args[0]));
    }
    Ok(vm.new_str(a.repeat(n as usize)))
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
        Payload::Int(_) | Payload::BigInt(_) => vm.index_value(key).unwrap_or(i64::MAX),
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

fn str_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    vm.incref(me);
    let t = vm.t.str_iterator;
    Ok(vm.alloc(t, Payload::Iter(Box::new(crate::heap::IterData::Seq { seq: me, index: 0 }))))
}

fn str_join(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "join", 1, 1)?;
    let sep = s(vm, args.args[0], "join")?;
    let items = vm.collect_iter(args.args[1])?;
    let mut out = String::new();
    let mut err = None;
    for (i, &it) in items.iter().enumerate() {
        match vm.heap.get(it) {
            Payload::Str(p) => {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(&p.s);
            }
            _ => {
                let tn = vm.type_name_of(it);
                err = Some(format!("sequence item {i}: expected str instance, {tn} found"));
                break;
            }
        }
    }
    for it in items {
        vm.decref(it);
    }
    if let Some(e) = err {
        return Err(vm.type_error(e));
    }
    Ok(vm.new_str(out))
}

fn str_split(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "split")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "split", &["sep", "maxsplit"], 0, 0)?;
    let maxsplit = match p[1] {
        Some(m) => vm.index_value(m)?,
        None => -1,
    };
    let parts: Vec<String> = match p[0].filter(|&x| x != vm.none_obj) {
        None => {
            let mut v: Vec<String> = Vec::new();
            let mut rest = me.trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && v.len() as i64 >= maxsplit {
                    v.push(rest.to_string());
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                v.push(rest[..end].to_string());
                rest = rest[end..].trim_start();
            }
            v
        }
        Some(sep) => {
            let sep = arg_str(vm, sep, "sep")?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit >= 0 {
                me.splitn(maxsplit as usize + 1, sep.as_str()).map(|x| x.to_string()).collect()
            } else {
                me.split(sep.as_str()).map(|x| x.to_string()).collect()
            }
        }
    };
    let items: Vec<ObjRef> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    let n = items.len();
    let l = vm.new_list(items);
    if let Payload::List(pl) = vm.heap.get_mut(l) {
        pl.allocated = n;
    }
    Ok(l)
}

fn str_rsplit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "rsplit")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "rsplit", &["sep", "maxsplit"], 0, 0)?;
    let maxsplit = match p[1] {
        Some(m) => vm.index_value(m)?,
        None => -1,
    };
    let mut parts: Vec<String> = match p[0].filter(|&x| x != vm.none_obj) {
        None => {
            let mut v: Vec<String> = Vec::new();
            let mut rest = me.trim_end();
            while !rest.is_empty() {
                if maxsplit >= 0 && v.len() as i64 >= maxsplit {
                    v.push(rest.to_string());
                    break;
                }
                let start = rest.rfind(char::is_whitespace).map(|i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8())).unwrap_or(0);
                v.push(rest[start..].to_string());
                rest = rest[..start].trim_end();
            }
            v
        }
        Some(sep) => {
            let sep = arg_str(vm, sep, "sep")?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit >= 0 {
                me.rsplitn(maxsplit as usize + 1, sep.as_str()).map(|x| x.to_string()).collect()
            } else {
                me.rsplit(sep.as_str()).map(|x| x.to_string()).collect()
            }
        }
    };
    parts.reverse();
    let items: Vec<ObjRef> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn strip_chars(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(String, Option<Vec<char>>)> {
    vm.check_method_args(args, name, 0, 1)?;
    let me = s(vm, args.args[0], name)?;
    let chars = match args.args.get(1).filter(|&&x| x != vm.none_obj) {
        Some(&c) => Some(arg_str(vm, c, &format!("{name} arg"))?.chars().collect()),
        None => None,
    };
    Ok((me, chars))
}

fn str_strip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, chars) = strip_chars(vm, args, "strip")?;
    let r = match chars {
        Some(c) => me.trim_matches(|x| c.contains(&x)).to_string(),
        None => me.trim().to_string(),
    };
    Ok(vm.new_str(r))
}
fn str_lstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, chars) = strip_chars(vm, args, "lstrip")?;
    let r = match chars {
        Some(c) => me.trim_start_matches(|x| c.contains(&x)).to_string(),
        None => me.trim_start().to_string(),
    };
    Ok(vm.new_str(r))
}
fn str_rstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, chars) = strip_chars(vm, args, "rstrip")?;
    let r = match chars {
        Some(c) => me.trim_end_matches(|x| c.contains(&x)).to_string(),
        None => me.trim_end().to_string(),
    };
    Ok(vm.new_str(r))
}

fn str_replace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "replace", 2, 3)?;
    let me = s(vm, args.args[0], "replace")?;
    let old = arg_str(vm, args.args[1], "replace() argument 1")?;
    let new = arg_str(vm, args.args[2], "replace() argument 2")?;
    let count = match args.args.get(3) {
        Some(&c) => vm.index_value(c)?,
        None => -1,
    };
    let r = if count < 0 { me.replace(&old, &new) } else { me.replacen(&old, &new, count as usize) };
    Ok(vm.new_str(r))
}

fn prefix_check(vm: &mut Vm, args: &Args, name: &str, starts: bool) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 3)?;
    let me = s(vm, args.args[0], name)?;
    let chars: Vec<char> = me.chars().collect();
    let n = chars.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.args.get(2).filter(|&&x| x != vm.none_obj) {
        Some(&x) => norm(vm.index_value(x)?),
        None => 0,
    };
    let end = match args.args.get(3).filter(|&&x| x != vm.none_obj) {
        Some(&x) => norm(vm.index_value(x)?),
        None => n,
    };
    let sub: String = if start <= end { chars[start as usize..end as usize].iter().collect() } else { String::new() };
    let pats: Vec<String> = match vm.heap.get(args.args[1]) {
        Payload::Str(p) => vec![p.s.clone()],
        Payload::Tuple(t) => {
            let t = t.to_vec();
            let mut v = Vec::new();
            for x in t {
                match vm.heap.get(x) {
                    Payload::Str(p) => v.push(p.s.clone()),
                    _ => {
                        let tn = vm.type_name_of(x);
                        return Err(vm.type_error(format!("tuple for {name} must only contain str, not {tn}")));
                    }
                }
            }
            v
        }
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("{name} first arg must be str or a tuple of str, not {tn}")));
        }
    };
    if start > n || (start > end && !pats.iter().any(|p| p.is_empty())) {
        return Ok(vm.new_bool(false));
    }
    let r = pats.iter().any(|p| if starts { sub.starts_with(p.as_str()) } else { sub.ends_with(p.as_str()) });
    Ok(vm.new_bool(r))
}
fn str_startswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    prefix_check(vm, args, "startswith", true)
}
fn str_endswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    prefix_check(vm, args, "endswith", false)
}

fn map_str(vm: &mut Vm, args: &Args, name: &str, f: fn(&str) -> String) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 0, 0)?;
    let me = s(vm, args.args[0], name)?;
    Ok(vm.new_str(f(&me)))
}
fn str_upper(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "upper", |s| s.to_uppercase())
}
fn str_lower(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "lower", |s| s.to_lowercase())
}
fn str_capitalize(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "capitalize", |s| {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
            None => String::new(),
        }
    })
}
fn str_title(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for ch in s.chars() {
            if prev_cased {
                out.extend(ch.to_lowercase());
            } else {
                out.extend(ch.to_uppercase());
            }
            prev_cased = ch.is_alphabetic();
        }
        out
    })
}
fn str_swapcase(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_str(vm, args, "swapcase", |s| s.chars().flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() }).collect())
}

fn pred(vm: &mut Vm, args: &Args, f: fn(&str) -> bool) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "is")?;
    Ok(vm.new_bool(f(&me)))
}
fn str_isdigit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(|c| c.is_numeric()))
}
fn str_isalpha(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(|c| c.is_alphabetic()))
}
fn str_isalnum(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric()))
}
fn str_isspace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(|c| c.is_whitespace()))
}
fn str_isupper(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, |s| s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase()))
}
fn str_islower(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, |s| s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase()))
}
fn str_isidentifier(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, |s| {
        let mut c = s.chars();
        matches!(c.next(), Some(f) if f == '_' || f.is_alphabetic()) && c.all(|x| x == '_' || x.is_alphanumeric())
    })
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    vm.check_method_args(args, name, 1, 3)?;
    let me = s(vm, args.args[0], name)?;
    let sub = arg_str(vm, args.args[1], "must be str")?;
    let chars: Vec<char> = me.chars().collect();
    let n = chars.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.args.get(2).filter(|&&x| x != vm.none_obj) {
        Some(&x) => norm(vm.index_value(x)?),
        None => 0,
    };
    let end = match args.args.get(3).filter(|&&x| x != vm.none_obj) {
        Some(&x) => norm(vm.index_value(x)?),
        None => n,
    };
    if start > end {
        return Ok(-1);
    }
    let hay: String = chars[start as usize..end as usize].iter().collect();
    let r = if rev { hay.rfind(&sub) } else { hay.find(&sub) };
    Ok(match r {
        Some(b) => start + hay[..b].chars().count() as i64,
        None => -1,
    })
}
fn str_find(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "find", false)?;
    Ok(vm.new_int(r))
}
fn str_rfind(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "rfind", true)?;
    Ok(vm.new_int(r))
}
fn str_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "index", false)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(r))
}
fn str_rindex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "rindex", true)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(r))
}
fn str_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "count", 1, 3)?;
    let me = s(vm, args.args[0], "count")?;
    let sub = arg_str(vm, args.args[1], "must be str")?;
    let n = if sub.is_empty() { me.chars().count() + 1 } else { me.matches(&sub).count() };
    Ok(vm.new_int(n as i64))
}

fn str_format_spec(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "__format__")?;
    let spec = arg_str(vm, args.args[1], "format spec")?;
    if spec.is_empty() {
        return str_str(vm, args);
    }
    match crate::format::format_str(&me, &spec) {
        Ok(r) => Ok(vm.new_str(r)),
        Err(e) => Err(vm.format_err(e)),
    }
}

fn str_encode(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "encode")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "encode", &["encoding", "errors"], 0, 0)?;
    let enc = match p[0] {
        Some(e) => arg_str(vm, e, "encode() argument 'encoding'")?.to_lowercase().replace('_', "-"),
        None => "utf-8".to_string(),
    };
    let bytes = match enc.as_str() {
        "utf-8" | "utf8" => me.into_bytes(),
        "ascii" => {
            if let Some((i, c)) = me.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                let t = vm.t.unicode_encode_error;
                return Err(vm.new_error(t, format!("'ascii' codec can't encode character '\\u{:04x}' in position {i}: ordinal not in range(128)", c as u32)));
            }
            me.into_bytes()
        }
        "latin-1" | "latin1" | "iso-8859-1" => me.chars().map(|c| c as u32 as u8).collect(),
        _ => return Err(vm.new_error(vm.t.lookup_error, format!("unknown encoding: {enc}"))),
    };
    Ok(vm.new_bytes(bytes))
}

fn str_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "str", &["object", "encoding", "errors"], 0, 0)?;
    let v = match (p[0], p[1]) {
        (None, _) => String::new(),
        (Some(o), None) if p[2].is_none() => vm.str_string(o)?,
        (Some(o), _) => match vm.heap.get(o) {
            Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            Payload::ByteArray(b) => String::from_utf8_lossy(b).into_owned(),
            _ => {
                let tn = vm.type_name_of(o);
                return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found")));
            }
        },
    };
    if cls == vm.t.str {
        if p[0].is_some() && p[1].is_none() && vm.ty(p[0].unwrap()) == vm.t.str {
            return Ok(vm.incref(p[0].unwrap()));
        }
        return Ok(vm.new_str(v));
    }
    Ok(vm.alloc(cls, Payload::Str(Box::new(PyStr::new(v)))))
}

fn str_mod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fmt = s(vm, args.args[0], "__mod__")?;
    crate::builtins::format_ops::percent_format_str(vm, &fmt, args.args[1])
}

fn str_rmod(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.not_implemented())
}

fn str_format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fmt = s(vm, args.args[0], "format")?;
    crate::builtins::format_ops::str_format_method(vm, &fmt, &args.args[1..], args.kwnames)
}

fn str_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match vm.heap.get(args.args[0]) {
        Payload::Str(p) => str_sizeof_of(p),
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
    let w = vm.index_value(args.args[1])?;
    let n = me.chars().count() as i64;
    if w <= n {
        return Ok(vm.new_str(me));
    }
    let pad = "0".repeat((w - n) as usize);
    let r = if me.starts_with('+') || me.starts_with('-') { format!("{}{}{}", &me[..1], pad, &me[1..]) } else { pad + &me };
    Ok(vm.new_str(r))
}

fn justify(vm: &mut Vm, args: &Args, name: &str, kind: u8) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 2)?;
    let me = s(vm, args.args[0], name)?;
    let w = vm.index_value(args.args[1])?;
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
    let total = (w - n) as usize;
    let (l, r) = match kind {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            let left = total / 2 + (total & (w as usize) & 1);
            (left, total - left)
        }
    };
    let f = |k: usize| fill.to_string().repeat(k);
    Ok(vm.new_str(format!("{}{}{}", f(l), me, f(r))))
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

fn str_splitlines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "splitlines")?;
    let keep = match args.args.get(1) {
        Some(&k) => vm.truthy(k)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut it = me.chars().peekable();
    while let Some(c) = it.next() {
        if matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            let mut term = c.to_string();
            if c == '\r' && it.peek() == Some(&'\n') {
                it.next();
                term.push('\n');
            }
            if keep {
                cur.push_str(&term);
            }
            parts.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn str_partition(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "partition", 1, 1)?;
    let me = s(vm, args.args[0], "partition")?;
    let sep = arg_str(vm, args.args[1], "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (a, b, c) = match me.find(&sep) {
        Some(i) => (me[..i].to_string(), sep.clone(), me[i + sep.len()..].to_string()),
        None => (me.clone(), String::new(), String::new()),
    };
    let items = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(items))
}

fn str_rpartition(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "rpartition", 1, 1)?;
    let me = s(vm, args.args[0], "rpartition")?;
    let sep = arg_str(vm, args.args[1], "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (a, b, c) = match me.rfind(&sep) {
        Some(i) => (me[..i].to_string(), sep.clone(), me[i + sep.len()..].to_string()),
        None => (String::new(), String::new(), me.clone()),
    };
    let items = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(items))
}

fn str_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "__getnewargs__")?;
    let v = vm.new_str(me);
    Ok(vm.new_tuple(vec![v]))
}

fn str_removeprefix(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "removeprefix", 1, 1)?;
    let me = s(vm, args.args[0], "removeprefix")?;
    let p = arg_str(vm, args.args[1], "removeprefix() argument")?;
    Ok(vm.new_str(me.strip_prefix(p.as_str()).unwrap_or(&me).to_string()))
}
fn str_removesuffix(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "removesuffix", 1, 1)?;
    let me = s(vm, args.args[0], "removesuffix")?;
    let p = arg_str(vm, args.args[1], "removesuffix() argument")?;
    Ok(vm.new_str(me.strip_suffix(p.as_str()).unwrap_or(&me).to_string()))
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
    MethodDef::method("isdecimal", str_isdigit),
    MethodDef::method("isnumeric", str_isdigit),
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
