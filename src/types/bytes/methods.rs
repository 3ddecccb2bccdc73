//! The read-only methods shared by bytes and bytearray (results keep the
//! receiver's type, as in CPython).

use crate::heap::{ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

use super::{buf_arg, byte_value, bytes_of, make_like};

fn me(vm: &Vm, args: &Args) -> Vec<u8> {
    bytes_of(vm, args.args[0]).unwrap_or_default()
}

fn rest<'a>(args: &'a Args<'a>) -> Args<'a> {
    Args { args: &args.args[1..], kwnames: args.kwnames }
}

pub fn find_sub(h: &[u8], sub: &[u8], from: usize) -> Option<usize> {
    if sub.is_empty() {
        return (from <= h.len()).then_some(from);
    }
    if sub.len() > h.len() {
        return None;
    }
    (from..=h.len() - sub.len()).find(|&i| &h[i..i + sub.len()] == sub)
}

fn rfind_sub(h: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.len() > h.len() {
        return None;
    }
    (0..=h.len() - sub.len()).rev().find(|&i| &h[i..i + sub.len()] == sub)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The `sub` argument of find/count/index: bytes-like or an int byte.
fn sub_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, x) {
        return Ok(b);
    }
    if matches!(vm.heap.get(x), Payload::Int(_) | Payload::BigInt(_)) || vm.lookup(vm.ty(x), vm.n.__index__).is_some() {
        return Ok(vec![byte_value(vm, x)?]);
    }
    let tn = vm.type_name_of(x);
    Err(vm.type_error(format!("argument should be integer or bytes-like object, not '{tn}'")))
}

/// Clamped [start, end) of the optional bound arguments.
fn span(vm: &mut Vm, extra: &[ObjRef], n: usize) -> PyResult<Option<(usize, usize)>> {
    let (a, b) = crate::types::str::bounds(vm, extra)?;
    let n = n as i64;
    if (if a < 0 { (a + n).max(0) } else { a }) > n {
        return Ok(None);
    }
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let (a, b) = (norm(a), norm(b));
    Ok((a <= b).then_some((a as usize, b as usize)))
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    vm.check_method_args(args, name, 1, 3)?;
    let h = me(vm, args);
    let sub = sub_arg(vm, args.args[1])?;
    let Some((a, b)) = span(vm, &args.args[2..], h.len())? else { return Ok(-1) };
    let hay = &h[a..b];
    let r = if rev { rfind_sub(hay, &sub) } else { find_sub(hay, &sub, 0) };
    Ok(r.map_or(-1, |i| (i + a) as i64))
}
fn b_find(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "find", false)?;
    Ok(vm.new_int(r))
}
fn b_rfind(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "rfind", true)?;
    Ok(vm.new_int(r))
}
fn b_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "index", false)?;
    if r < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(vm.new_int(r))
}
fn b_rindex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "rindex", true)?;
    if r < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(vm.new_int(r))
}
fn b_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "count", 1, 3)?;
    let h = me(vm, args);
    let sub = sub_arg(vm, args.args[1])?;
    let Some((a, b)) = span(vm, &args.args[2..], h.len())? else { return Ok(vm.new_int(0)) };
    let hay = &h[a..b];
    let n = if sub.is_empty() {
        hay.len() + 1
    } else {
        let mut n = 0;
        let mut i = 0;
        while let Some(j) = find_sub(hay, &sub, i) {
            n += 1;
            i = j + sub.len();
        }
        n
    };
    Ok(vm.new_int(n as i64))
}

fn affix(vm: &mut Vm, args: &Args, name: &str, starts: bool) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 3)?;
    let h = me(vm, args);
    let pats: Vec<Vec<u8>> = if let Some(t) = vm.tuple_items(args.args[1]).map(|t| t.to_vec()) {
        let mut v = Vec::new();
        for x in t {
            match bytes_of(vm, x) {
                Some(b) => v.push(b),
                None => {
                    let tn = vm.type_name_of(x);
                    return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
                }
            }
        }
        v
    } else {
        match bytes_of(vm, args.args[1]) {
            Some(b) => vec![b],
            None => {
                let tn = vm.type_name_of(args.args[1]);
                return Err(vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")));
            }
        }
    };
    let Some((a, b)) = span(vm, &args.args[2..], h.len())? else { return Ok(vm.new_bool(false)) };
    let hay = &h[a..b];
    let r = pats.iter().any(|p| if starts { hay.starts_with(p) } else { hay.ends_with(p) });
    Ok(vm.new_bool(r))
}
fn b_startswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix(vm, args, "startswith", true)
}
fn b_endswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    affix(vm, args, "endswith", false)
}

fn b_decode(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let h = me(vm, args);
    let p = vm.parse_args(&rest(args), "decode", &["encoding", "errors"], 0, 0)?;
    let enc = match p[0] {
        Some(e) => crate::types::str::arg_string(vm, e, "decode() argument 'encoding'")?,
        None => "utf-8".into(),
    };
    let errors = match p[1] {
        Some(e) => crate::types::str::arg_string(vm, e, "decode() argument 'errors'")?,
        None => "strict".into(),
    };
    let s = crate::types::str::codec::decode(vm, &h, &enc, &errors)?;
    Ok(vm.new_str(s))
}

fn b_fromhex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "fromhex", 1, 1)?;
    let cls = args.args[0];
    let s = crate::types::str::arg_string(vm, args.args[1], "fromhex() argument")?;
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16).filter(|_| cs[i].is_ascii());
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"))),
            (Some(_), None) => return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1))),
        }
        i += 2;
    }
    if cls == vm.t.bytearray {
        return Ok(super::new_bytearray(vm, out));
    }
    let b = vm.new_bytes(out);
    if cls == vm.t.bytes {
        return Ok(b);
    }
    let r = vm.call(cls, &[b]);
    vm.decref(b);
    r
}

fn b_hex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let h = me(vm, args);
    let p = vm.parse_args(&rest(args), "hex", &["sep", "bytes_per_sep"], 0, 0)?;
    let digits: Vec<String> = h.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = p[0] else { return Ok(vm.new_str(digits.concat())) };
    let sep = match vm.heap.get(sep) {
        Payload::Str(s) => s.s.clone(),
        _ => match bytes_of(vm, sep) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => return Err(vm.type_error("sep must be str or bytes.")),
        },
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match p[1] {
        Some(x) => vm.index_value(x)?,
        None => 1,
    };
    if per == 0 || digits.is_empty() {
        return Ok(vm.new_str(digits.concat()));
    }
    let k = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups are counted from the right.
        let first = digits.len() % k;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(k).map(|c| c.concat()));
        g
    } else {
        digits.chunks(k).map(|c| c.concat()).collect()
    };
    Ok(vm.new_str(groups.join(&sep)))
}

fn b_join(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "join", 1, 1)?;
    let sep = me(vm, args);
    let items = vm.collect_iter(args.args[1])?;
    // One exact bytes item is the result itself (CPython's shortcut).
    if items.len() == 1 && vm.ty(items[0]) == vm.t.bytes && vm.ty(args.args[0]) == vm.t.bytes {
        return Ok(items[0]);
    }
    let fresh = items.len() > 1;
    let mut out = Vec::new();
    let mut err = None;
    for (i, &it) in items.iter().enumerate() {
        match bytes_of(vm, it) {
            Some(b) => {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                out.extend(b);
            }
            None => {
                let tn = vm.type_name_of(it);
                err = Some(format!("sequence item {i}: expected a bytes-like object, {tn} found"));
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
    if fresh {
        return Ok(super::make_like_fresh(vm, args.args[0], out));
    }
    Ok(make_like(vm, args.args[0], out))
}

fn strip_impl(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 0, 1)?;
    let h = me(vm, args);
    let chars = match args.args.get(1).filter(|&&x| x != vm.none_obj) {
        Some(&c) => Some(buf_arg(vm, c)?),
        None => None,
    };
    let keep = |b: &u8| match &chars {
        Some(c) => !c.contains(b),
        None => !is_space(*b),
    };
    let mut a = 0;
    let mut e = h.len();
    if left {
        while a < e && !keep(&h[a]) {
            a += 1;
        }
    }
    if right {
        while e > a && !keep(&h[e - 1]) {
            e -= 1;
        }
    }
    Ok(make_like(vm, args.args[0], h[a..e].to_vec()))
}
fn b_strip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_impl(vm, args, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn split_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<ObjRef> {
    let h = me(vm, args);
    let p = vm.parse_args(&rest(args), name, &["sep", "maxsplit"], 0, 0)?;
    let maxsplit = match p[1] {
        Some(m) => vm.index_value(m)?,
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match p[0].filter(|&x| x != vm.none_obj) {
        None => {
            let (mut a, mut e) = (0, h.len());
            if !rev {
                loop {
                    while a < e && is_space(h[a]) {
                        a += 1;
                    }
                    if a == e {
                        break;
                    }
                    if parts.len() == max {
                        let mut z = e;
                        while z > a && is_space(h[z - 1]) {
                            z -= 1;
                        }
                        parts.push(h[a..z].to_vec());
                        break;
                    }
                    let mut j = a;
                    while j < e && !is_space(h[j]) {
                        j += 1;
                    }
                    parts.push(h[a..j].to_vec());
                    a = j;
                }
            } else {
                loop {
                    while e > a && is_space(h[e - 1]) {
                        e -= 1;
                    }
                    if a == e {
                        break;
                    }
                    if parts.len() == max {
                        let mut z = a;
                        while z < e && is_space(h[z]) {
                            z += 1;
                        }
                        parts.push(h[z..e].to_vec());
                        break;
                    }
                    let mut j = e;
                    while j > a && !is_space(h[j - 1]) {
                        j -= 1;
                    }
                    parts.push(h[j..e].to_vec());
                    e = j;
                }
                parts.reverse();
            }
        }
        Some(sep) => {
            let sep = buf_arg(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if !rev {
                let mut a = 0;
                while parts.len() < max {
                    match find_sub(&h, &sep, a) {
                        Some(j) => {
                            parts.push(h[a..j].to_vec());
                            a = j + sep.len();
                        }
                        None => break,
                    }
                }
                parts.push(h[a..].to_vec());
            } else {
                let mut e = h.len();
                while parts.len() < max {
                    match rfind_sub(&h[..e], &sep) {
                        Some(j) => {
                            parts.push(h[j + sep.len()..e].to_vec());
                            e = j;
                        }
                        None => break,
                    }
                }
                parts.push(h[..e].to_vec());
                parts.reverse();
            }
        }
    }
    let me_obj = args.args[0];
    let whole = parts.len() == 1 && parts[0].len() == h.len() && vm.ty(me_obj) == vm.t.bytes;
    let items = if whole { vec![vm.incref(me_obj)] } else { parts.into_iter().map(|p| make_like(vm, me_obj, p)).collect() };
    Ok(vm.new_split_list(items, maxsplit))
}
fn b_split(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    split_impl(vm, args, "split", false)
}
fn b_rsplit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    split_impl(vm, args, "rsplit", true)
}

fn b_splitlines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let h = me(vm, args);
    let p = vm.parse_args(&rest(args), "splitlines", &["keepends"], 0, 0)?;
    let keep = match p[0] {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut a = 0;
    let mut i = 0;
    while i < h.len() {
        if h[i] == b'\n' || h[i] == b'\r' {
            let mut e = i + 1;
            if h[i] == b'\r' && h.get(i + 1) == Some(&b'\n') {
                e += 1;
            }
            parts.push(h[a..if keep { e } else { i }].to_vec());
            a = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if a < h.len() {
        parts.push(h[a..].to_vec());
    }
    let me_obj = args.args[0];
    let items = parts.into_iter().map(|p| make_like(vm, me_obj, p)).collect();
    Ok(vm.new_list(items))
}

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 1)?;
    let h = me(vm, args);
    let sep = buf_arg(vm, args.args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { rfind_sub(&h, &sep) } else { find_sub(&h, &sep, 0) };
    let (a, b, c) = match found {
        Some(i) => (h[..i].to_vec(), sep.clone(), h[i + sep.len()..].to_vec()),
        None if rev => (Vec::new(), Vec::new(), h.clone()),
        None => (h.clone(), Vec::new(), Vec::new()),
    };
    let m = args.args[0];
    let items = vec![make_like(vm, m, a), make_like(vm, m, b), make_like(vm, m, c)];
    Ok(vm.new_tuple(items))
}
fn b_partition(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    partition_impl(vm, args, "partition", false)
}
fn b_rpartition(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    partition_impl(vm, args, "rpartition", true)
}

fn b_replace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "replace", 2, 3)?;
    let h = me(vm, args);
    let old = buf_arg(vm, args.args[1])?;
    let new = buf_arg(vm, args.args[2])?;
    let count = match args.args.get(3) {
        Some(&c) => vm.index_value(c)?,
        None => -1,
    };
    let max = if count < 0 { usize::MAX } else { count as usize };
    let big = crate::types::str::big_replace_size(h.len(), old.len(), new.len(), max, || {
        if old.is_empty() {
            h.len() + 1
        } else {
            let (mut n, mut a) = (0, 0);
            while let Some(j) = find_sub(&h, &old, a) {
                n += 1;
                a = j + old.len();
            }
            n
        }
    });
    // A result the system cannot hold fails before any copying.
    if big.is_some_and(|size| size > isize::MAX as u128) {
        return Err(vm.overflow_error("replace bytes is too long"));
    }
    let mut out = vm.alloc_vec(big.map_or(h.len(), |size| size as usize))?;
    let mut n = 0;
    if old.is_empty() {
        for (i, &b) in h.iter().enumerate() {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
            let _ = i;
        }
        if n < max {
            out.extend_from_slice(&new);
        }
    } else {
        let mut a = 0;
        while n < max {
            match find_sub(&h, &old, a) {
                Some(j) => {
                    out.extend_from_slice(&h[a..j]);
                    out.extend_from_slice(&new);
                    a = j + old.len();
                    n += 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&h[a..]);
    }
    // Nothing replaced: an exact bytes is returned as it is.
    if n == 0 && vm.ty(args.args[0]) == vm.t.bytes {
        return Ok(vm.incref(args.args[0]));
    }
    Ok(super::make_like_fresh(vm, args.args[0], out))
}

fn map_bytes(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 0, 0)?;
    let h = me(vm, args);
    Ok(super::make_like_fresh(vm, args.args[0], f(&h)))
}
fn b_upper(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_bytes(vm, args, "upper", |h| h.to_ascii_uppercase())
}
fn b_lower(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_bytes(vm, args, "lower", |h| h.to_ascii_lowercase())
}
fn b_swapcase(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_bytes(vm, args, "swapcase", |h| h.iter().map(|&b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() }).collect())
}
fn b_capitalize(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_bytes(vm, args, "capitalize", |h| h.iter().enumerate().map(|(i, &b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect())
}
fn b_title(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    map_bytes(vm, args, "title", |h| {
        let mut prev = false;
        h.iter()
            .map(|&b| {
                let r = if prev { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
                prev = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 0, 0)?;
    let h = me(vm, args);
    Ok(vm.new_bool(f(&h)))
}
fn b_isdigit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isdigit", |h| !h.is_empty() && h.iter().all(u8::is_ascii_digit))
}
fn b_isalpha(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isalpha", |h| !h.is_empty() && h.iter().all(u8::is_ascii_alphabetic))
}
fn b_isalnum(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isalnum", |h| !h.is_empty() && h.iter().all(u8::is_ascii_alphanumeric))
}
fn b_isspace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isspace", |h| !h.is_empty() && h.iter().all(|&b| is_space(b)))
}
fn b_isascii(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isascii", |h| h.is_ascii())
}
fn b_islower(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "islower", |h| h.iter().any(u8::is_ascii_lowercase) && !h.iter().any(u8::is_ascii_uppercase))
}
fn b_isupper(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isupper", |h| h.iter().any(u8::is_ascii_uppercase) && !h.iter().any(u8::is_ascii_lowercase))
}
fn b_istitle(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "istitle", |h| {
        let (mut cased, mut prev) = (false, false);
        for &b in h {
            if b.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

fn justify(vm: &mut Vm, args: &Args, name: &str, kind: u8) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 2)?;
    let h = me(vm, args);
    let w = vm.index_value(args.args[1])?;
    let fill = match args.args.get(2) {
        Some(&f) => match bytes_of(vm, f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                let tn = vm.type_name_of(f);
                return Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {tn}")));
            }
        },
        None => b' ',
    };
    let n = h.len() as i64;
    if w <= n {
        return Ok(make_like(vm, args.args[0], h));
    }
    let (l, r) = crate::types::str::pad_split(kind, (w - n) as usize, w as usize);
    let mut out = vm.alloc_vec(w as usize)?;
    out.extend(std::iter::repeat_n(fill, l));
    out.extend(h);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(make_like(vm, args.args[0], out))
}
fn b_ljust(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    justify(vm, args, "ljust", 0)
}
fn b_rjust(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    justify(vm, args, "rjust", 1)
}
fn b_center(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    justify(vm, args, "center", 2)
}
fn b_zfill(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "zfill", 1, 1)?;
    let h = me(vm, args);
    let w = vm.index_value(args.args[1])?;
    if w <= h.len() as i64 {
        return Ok(make_like(vm, args.args[0], h));
    }
    let pad = w as usize - h.len();
    let mut out = vm.alloc_vec(w as usize)?;
    let mut body = &h[..];
    if matches!(h.first(), Some(b'+') | Some(b'-')) {
        out.push(h[0]);
        body = &h[1..];
    }
    out.extend(std::iter::repeat_n(b'0', pad));
    out.extend_from_slice(body);
    Ok(make_like(vm, args.args[0], out))
}
fn b_expandtabs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let h = me(vm, args);
    let p = vm.parse_args(&rest(args), "expandtabs", &["tabsize"], 0, 0)?;
    let ts = match p[0] {
        Some(t) => i64::from(vm.c_int_arg(t)?),
        None => 8,
    };
    // The result's length first (see str.expandtabs).
    let (mut size, mut col) = (0i64, 0i64);
    for &b in &h {
        match b {
            b'\t' if ts > 0 => {
                let n = ts - col % ts;
                col += n;
                size = size.saturating_add(n);
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                col = 0;
                size += 1;
            }
            _ => {
                col += 1;
                size += 1;
            }
        }
    }
    if size > isize::MAX as i64 {
        return Err(vm.overflow_error("result too long"));
    }
    let mut out = vm.alloc_vec(size as usize)?;
    let mut col = 0i64;
    for &b in &h {
        match b {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(make_like(vm, args.args[0], out))
}

fn b_removeprefix(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "removeprefix", 1, 1)?;
    let h = me(vm, args);
    let p = buf_arg(vm, args.args[1])?;
    let r = h.strip_prefix(&p[..]).unwrap_or(&h).to_vec();
    Ok(make_like(vm, args.args[0], r))
}
fn b_removesuffix(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "removesuffix", 1, 1)?;
    let h = me(vm, args);
    let p = buf_arg(vm, args.args[1])?;
    let r = h.strip_suffix(&p[..]).unwrap_or(&h).to_vec();
    Ok(make_like(vm, args.args[0], r))
}

fn b_translate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let h = me(vm, args);
    let p = vm.parse_args(&rest(args), "translate", &["table", "delete"], 1, 1)?;
    let table = match p[0].filter(|&t| t != vm.none_obj) {
        Some(t) => {
            let b = buf_arg(vm, t)?;
            if b.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(b)
        }
        None => None,
    };
    let delete = match p[1] {
        Some(d) => buf_arg(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = h.iter().filter(|b| !delete.contains(b)).map(|&b| table.as_ref().map_or(b, |t| t[b as usize])).collect();
    Ok(make_like(vm, args.args[0], out))
}

fn b_maketrans(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "maketrans", 2, 2)?;
    let a = buf_arg(vm, args.args[0])?;
    let b = buf_arg(vm, args.args[1])?;
    if a.len() != b.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (x, y) in a.into_iter().zip(b) {
        t[x as usize] = y;
    }
    Ok(vm.new_bytes(t))
}

fn b_mod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let h = me(vm, args);
    let r = crate::builtins::format_ops::percent_format_bytes(vm, &h, args.args[1])?;
    Ok(make_like(vm, args.args[0], r))
}
fn b_rmod(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.not_implemented())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::method("__mod__", b_mod),
    MethodDef::method("__rmod__", b_rmod),
    MethodDef::method("decode", b_decode),
    MethodDef::method("find", b_find),
    MethodDef::method("rfind", b_rfind),
    MethodDef::method("index", b_index),
    MethodDef::method("rindex", b_rindex),
    MethodDef::method("count", b_count),
    MethodDef::method("startswith", b_startswith),
    MethodDef::method("endswith", b_endswith),
    MethodDef::classmethod("fromhex", b_fromhex),
    MethodDef::method("hex", b_hex),
    MethodDef::method("join", b_join),
    MethodDef::method("strip", b_strip),
    MethodDef::method("lstrip", b_lstrip),
    MethodDef::method("rstrip", b_rstrip),
    MethodDef::method("split", b_split),
    MethodDef::method("rsplit", b_rsplit),
    MethodDef::method("splitlines", b_splitlines),
    MethodDef::method("partition", b_partition),
    MethodDef::method("rpartition", b_rpartition),
    MethodDef::method("replace", b_replace),
    MethodDef::method("upper", b_upper),
    MethodDef::method("lower", b_lower),
    MethodDef::method("swapcase", b_swapcase),
    MethodDef::method("capitalize", b_capitalize),
    MethodDef::method("title", b_title),
    MethodDef::method("isdigit", b_isdigit),
    MethodDef::method("isalpha", b_isalpha),
    MethodDef::method("isalnum", b_isalnum),
    MethodDef::method("isspace", b_isspace),
    MethodDef::method("isascii", b_isascii),
    MethodDef::method("islower", b_islower),
    MethodDef::method("isupper", b_isupper),
    MethodDef::method("istitle", b_istitle),
    MethodDef::method("ljust", b_ljust),
    MethodDef::method("rjust", b_rjust),
    MethodDef::method("center", b_center),
    MethodDef::method("zfill", b_zfill),
    MethodDef::method("expandtabs", b_expandtabs),
    MethodDef::method("removeprefix", b_removeprefix),
    MethodDef::method("removesuffix", b_removesuffix),
    MethodDef::method("translate", b_translate),
    MethodDef::staticmethod("maketrans", b_maketrans),
];
