//! str splitting, joining, stripping and replacing: split/rsplit/splitlines,
//! join, strip/lstrip/rstrip, replace.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::methods_extra::py_isspace;
use super::{arg_str, s};

/// A `sep` argument of split/rsplit.
pub(super) fn sep_arg(vm: &mut Vm, x: ObjRef) -> PyResult<String> {
    match vm.heap.get(x) {
        Payload::Str(p) => Ok(p.s.clone()),
        _ => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("must be str or None, not {tn}")))
        }
    }
}

pub(super) fn str_split(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "split")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "split", &["sep", "maxsplit"], 0, 0)?;
    let maxsplit = match p[1] {
        Some(m) => vm.ssize_arg(m)?,
        None => -1,
    };
    let parts: Vec<String> = match p[0].filter(|&x| x != vm.none_obj) {
        None => {
            let mut v: Vec<String> = Vec::new();
            let mut rest = me.trim_start_matches(py_isspace);
            while !rest.is_empty() {
                if maxsplit >= 0 && v.len() as i64 >= maxsplit {
                    v.push(rest.to_string());
                    break;
                }
                let end = rest.find(py_isspace).unwrap_or(rest.len());
                v.push(rest[..end].to_string());
                rest = rest[end..].trim_start_matches(py_isspace);
            }
            v
        }
        Some(sep) => {
            let sep = sep_arg(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if sep_cannot_occur(&me, &sep) {
                let me_obj = vm.incref(args.args[0]);
                return Ok(vm.new_list(vec![me_obj]));
            }
            if maxsplit >= 0 {
                me.splitn(maxsplit as usize + 1, sep.as_str()).map(|x| x.to_string()).collect()
            } else {
                me.split(sep.as_str()).map(|x| x.to_string()).collect()
            }
        }
    };
    Ok(split_result(vm, args.args[0], &me, parts, maxsplit))
}

/// CPython's split/rsplit shortcut: a separator longer than the string, or
/// with wider characters, gives `[self]` in a one-slot list.
fn sep_cannot_occur(me: &str, sep: &str) -> bool {
    fn width(s: &str) -> u8 {
        match s.chars().map(|c| c as u32).max().unwrap_or(0) {
            0..=0xff => 1,
            0x100..=0xffff => 2,
            _ => 4,
        }
    }
    me.chars().count() < sep.chars().count() || width(me) < width(sep)
}

/// The list of split pieces; an unsplit exact str is its own only piece.
fn split_result(vm: &mut Vm, me_obj: ObjRef, me: &str, parts: Vec<String>, maxsplit: i64) -> ObjRef {
    let whole = parts.len() == 1 && parts[0].len() == me.len() && vm.ty(me_obj) == vm.t.str;
    let items: Vec<ObjRef> = if whole { vec![vm.incref(me_obj)] } else { parts.into_iter().map(|p| vm.new_str(p)).collect() };
    vm.new_split_list(items, maxsplit)
}

pub(super) fn str_rsplit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "rsplit")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "rsplit", &["sep", "maxsplit"], 0, 0)?;
    let maxsplit = match p[1] {
        Some(m) => vm.ssize_arg(m)?,
        None => -1,
    };
    let mut parts: Vec<String> = match p[0].filter(|&x| x != vm.none_obj) {
        None => {
            let mut v: Vec<String> = Vec::new();
            let mut rest = me.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if maxsplit >= 0 && v.len() as i64 >= maxsplit {
                    v.push(rest.to_string());
                    break;
                }
                let start = rest.rfind(py_isspace).map(|i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8())).unwrap_or(0);
                v.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(py_isspace);
            }
            v
        }
        Some(sep) => {
            let sep = sep_arg(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if sep_cannot_occur(&me, &sep) {
                let me_obj = vm.incref(args.args[0]);
                return Ok(vm.new_list(vec![me_obj]));
            }
            if maxsplit >= 0 {
                me.rsplitn(maxsplit as usize + 1, sep.as_str()).map(|x| x.to_string()).collect()
            } else {
                me.rsplit(sep.as_str()).map(|x| x.to_string()).collect()
            }
        }
    };
    parts.reverse();
    Ok(split_result(vm, args.args[0], &me, parts, maxsplit))
}

pub(super) fn strip_chars(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(String, Option<Vec<char>>)> {
    vm.check_method_args(args, name, 0, 1)?;
    let me = s(vm, args.args[0], name)?;
    let chars = match args.args.get(1).filter(|&&x| x != vm.none_obj) {
        Some(&c) => match vm.heap.get(c) {
            Payload::Str(p) => Some(p.s.chars().collect()),
            _ => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
        None => None,
    };
    Ok((me, chars))
}

pub(super) fn str_strip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, chars) = strip_chars(vm, args, "strip")?;
    let r = match chars {
        Some(c) => me.trim_matches(|x| c.contains(&x)).to_string(),
        None => me.trim_matches(py_isspace).to_string(),
    };
    Ok(same_or_new(vm, args.args[0], &me, r))
}

/// A result equal in length to an exact str receiver is the receiver itself
/// (CPython's strip/replace return `self` when nothing changed).
fn same_or_new(vm: &mut Vm, me_obj: ObjRef, me: &str, r: String) -> ObjRef {
    if r.len() == me.len() && vm.ty(me_obj) == vm.t.str {
        return vm.incref(me_obj);
    }
    vm.new_str(r)
}

pub(super) fn str_lstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, chars) = strip_chars(vm, args, "lstrip")?;
    let r = match chars {
        Some(c) => me.trim_start_matches(|x| c.contains(&x)).to_string(),
        None => me.trim_start_matches(py_isspace).to_string(),
    };
    Ok(same_or_new(vm, args.args[0], &me, r))
}

pub(super) fn str_rstrip(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (me, chars) = strip_chars(vm, args, "rstrip")?;
    let r = match chars {
        Some(c) => me.trim_end_matches(|x| c.contains(&x)).to_string(),
        None => me.trim_end_matches(py_isspace).to_string(),
    };
    Ok(same_or_new(vm, args.args[0], &me, r))
}

pub(super) fn str_splitlines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
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

pub(super) fn str_join(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "join", 1, 1)?;
    let sep = s(vm, args.args[0], "join")?;
    let it_ty = vm.ty(args.args[1]);
    if vm.lookup(it_ty, vm.n.__iter__).is_none() && vm.lookup(it_ty, vm.n.__getitem__).is_none() {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect_iter(args.args[1])?;
    // A single exact str is returned as is (CPython's fast path).
    if items.len() == 1 && vm.ty(items[0]) == vm.t.str {
        return Ok(items[0]);
    }
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

pub(super) fn str_replace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "replace", 2, 3)?;
    let me = s(vm, args.args[0], "replace")?;
    let old = arg_str(vm, args.args[1], "replace() argument 1")?;
    let new = arg_str(vm, args.args[2], "replace() argument 2")?;
    let count = match args.args.get(3) {
        Some(&c) => vm.index_value(c)?,
        None => -1,
    };
    // Nothing to replace: CPython returns the (exact) str itself.
    let nothing = count == 0 || old == new || (!old.is_empty() && !me.contains(old.as_str()));
    if nothing && vm.ty(args.args[0]) == vm.t.str {
        return Ok(vm.incref(args.args[0]));
    }
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if let Some(size) = big_replace_size(me.len(), old.len(), new.len(), limit, || {
        if old.is_empty() {
            me.chars().count() + 1
        } else {
            me.matches(old.as_str()).count()
        }
    }) {
        // A result the system cannot hold fails before any copying.
        if size > isize::MAX as u128 {
            return Err(vm.overflow_error("replace string is too long"));
        }
        drop(vm.alloc_string(size as usize)?);
    }
    let r = if count < 0 { me.replace(&old, &new) } else { me.replacen(&old, &new, count as usize) };
    Ok(vm.new_str(r))
}

/// The exact result length of a replace that could produce a huge result
/// (over 256 MiB at most), else None: counting the matches is a second pass,
/// so ordinary replaces skip it. `matches` counts the occurrences.
pub(crate) fn big_replace_size(len: usize, old: usize, new: usize, limit: usize, matches: impl FnOnce() -> usize) -> Option<u128> {
    if new <= old {
        return None;
    }
    let most = len.checked_div(old).unwrap_or(len + 1);
    let bound = len as u128 + (most.min(limit) as u128) * (new - old) as u128;
    if bound <= 1 << 28 {
        return None;
    }
    let n = matches().min(limit) as u128;
    Some(len as u128 + n * (new - old) as u128)
}
