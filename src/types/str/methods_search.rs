//! str searching: find/rfind/index/rindex, startswith/endswith,
//! partition/rpartition, removeprefix/removesuffix.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::methods_extra::{bounds, char_range};
use super::{arg_str, s};

pub(super) fn find_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    vm.check_method_args(args, name, 1, 3)?;
    let me = s(vm, args.args[0], name)?;
    let sub = match vm.heap.get(args.args[1]) {
        Payload::Str(p) => p.s.clone(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("must be str, not {tn}")));
        }
    };
    let (st, en) = bounds(vm, &args.args[2..])?;
    let n = if me.is_ascii() { me.len() } else { me.chars().count() };
    let st_adj = if st < 0 { (st + n as i64).max(0) } else { st };
    if st_adj > n as i64 {
        return Ok(-1);
    }
    let Some((a, b)) = char_range(&me, n, st, en) else { return Ok(-1) };
    let hay = &me[a..b];
    let r = if rev { hay.rfind(sub.as_str()) } else { hay.find(sub.as_str()) };
    Ok(match r {
        Some(bi) => st_adj + if me.is_ascii() { bi as i64 } else { hay[..bi].chars().count() as i64 },
        None => -1,
    })
}

pub(super) fn str_find(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "find", false)?;
    Ok(vm.new_int(r))
}

pub(super) fn str_rfind(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "rfind", true)?;
    Ok(vm.new_int(r))
}

pub(super) fn str_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "index", false)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(r))
}

pub(super) fn str_rindex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = find_impl(vm, args, "rindex", true)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(vm.new_int(r))
}

pub(super) fn prefix_check(vm: &mut Vm, args: &Args, name: &str, starts: bool) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 1, 3)?;
    let me = s(vm, args.args[0], name)?;
    let n = if me.is_ascii() { me.len() } else { me.chars().count() };
    let (st, en) = bounds(vm, &args.args[2..])?;
    let raw_start = if st < 0 { (st + n as i64).max(0) } else { st };
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
    if raw_start > n as i64 {
        return Ok(vm.new_bool(false));
    }
    let Some((a, b)) = char_range(&me, n, st, en) else { return Ok(vm.new_bool(false)) };
    let sub = &me[a..b];
    let r = pats.iter().any(|p| if starts { sub.starts_with(p.as_str()) } else { sub.ends_with(p.as_str()) });
    Ok(vm.new_bool(r))
}

pub(super) fn str_startswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    // `METH_VARARGS` in CPython 3.11 (as endswith).
    vm.heap.gc_transient_call(args.pos().len() - 1, false);
    prefix_check(vm, args, "startswith", true)
}

pub(super) fn str_endswith(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.heap.gc_transient_call(args.pos().len() - 1, false);
    prefix_check(vm, args, "endswith", false)
}

pub(super) fn str_partition(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
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

pub(super) fn str_rpartition(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
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

pub(super) fn str_removeprefix(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "removeprefix", 1, 1)?;
    let me = s(vm, args.args[0], "removeprefix")?;
    let p = arg_str(vm, args.args[1], "removeprefix() argument")?;
    Ok(vm.new_str(me.strip_prefix(p.as_str()).unwrap_or(&me).to_string()))
}

pub(super) fn str_removesuffix(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "removesuffix", 1, 1)?;
    let me = s(vm, args.args[0], "removesuffix")?;
    let p = arg_str(vm, args.args[1], "removesuffix() argument")?;
    Ok(vm.new_str(me.strip_suffix(p.as_str()).unwrap_or(&me).to_string()))
}
