//! Builtins that consume iterables: `len`, `iter`, `next`, `any`, `all`, `sum`,
//! `min`, `max`, `sorted`.

use crate::bytecode::ComparisonOperator;
use crate::heap::{IterData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

pub fn b_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "len", 1, 1)?;
    let n = vm.len(args.args[0])?;
    Ok(vm.new_int(n as i64))
}

pub fn b_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "iter", 1, 2)?;
    if args.args.len() == 2 {
        let f = args.args[0];
        let callable = match vm.heap.get(f) {
            Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_) => true,
            _ => vm.lookup(vm.ty(f), vm.n.__call__).is_some(),
        };
        if !callable {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let (f, s) = (vm.incref(args.args[0]), vm.incref(args.args[1]));
        let t = vm.t.callable_iterator;
        return Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Callable { func: f, sentinel: s }))));
    }
    vm.iter(args.args[0])
}

pub fn b_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "next", 1, 2)?;
    let it = args.args[0];
    let ty = vm.ty(it);
    if vm.lookup(ty, vm.n.__next__).is_none() {
        let tn = vm.type_name(ty);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match vm.call_special(it, vm.n.__next__, &[]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => unreachable!(),
        Err(e) if args.args.len() == 2 && vm.err_matches(&e, vm.t.stop_iteration) => {
            vm.drop_err(e);
            Ok(vm.incref(args.args[1]))
        }
        Err(e) => Err(e),
    }
}

pub fn iter_all(vm: &mut Vm, x: ObjRef, want: bool) -> PyResult<bool> {
    let it = vm.iter(x)?;
    loop {
        match vm.next(it) {
            Ok(Some(v)) => {
                let t = vm.truthy(v);
                vm.decref(v);
                match t {
                    Ok(b) if b == want => {
                        vm.decref(it);
                        return Ok(true);
                    }
                    Ok(_) => {}
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => {
                vm.decref(it);
                return Ok(false);
            }
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
}

pub fn b_any(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "any", 1, 1)?;
    let r = iter_all(vm, args.args[0], true)?;
    Ok(vm.new_bool(r))
}

pub fn b_all(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "all", 1, 1)?;
    let r = iter_all(vm, args.args[0], false)?;
    Ok(vm.new_bool(!r))
}

pub fn b_sum(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos().is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let p = vm.parse_args(args, "sum", &["iterable", "start"], 1, 1)?;
    let start = p[1];
    if let Some(s) = start {
        match vm.heap.get(s) {
            Payload::Str(_) => return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]")),
            Payload::Bytes(_) => return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
            Payload::ByteArray(_) => return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]")),
            _ => {}
        }
    }
    let acc = match start {
        Some(s) => vm.incref(s),
        None => vm.new_int(0),
    };
    fold_binary(vm, p[0].expect("required"), acc, crate::bytecode::BinaryOperator::Add)
}

/// `acc = acc <op> item` over an iterable, as `sum` and `math.prod` do it.
/// Takes ownership of `acc` (released on error) and returns the result.
pub fn fold_binary(vm: &mut Vm, iterable: ObjRef, mut acc: ObjRef, op: crate::bytecode::BinaryOperator) -> PyResult<ObjRef> {
    let it = match vm.iter(iterable) {
        Ok(it) => it,
        Err(e) => {
            vm.decref(acc);
            return Err(e);
        }
    };
    loop {
        match vm.next(it) {
            Ok(Some(v)) => {
                let r = vm.binary_op(acc, v, op);
                vm.decref(v);
                vm.decref(acc);
                match r {
                    Ok(r) => acc = r,
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                vm.decref(acc);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(acc)
}

pub fn minmax(vm: &mut Vm, args: &Args, name: &str, op: ComparisonOperator) -> PyResult<ObjRef> {
    let mut key = None;
    let mut default = None;
    // CPython checks the positional arguments first, then the keywords.
    if args.pos().is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let nkw = args.kw().count();
    if nkw > 2 {
        return Err(vm.type_error(format!("{name}() takes at most 2 keyword arguments ({nkw} given)")));
    }
    for (k, v) in args.kw() {
        match vm.as_str(k).unwrap_or("") {
            "key" => key = Some(v).filter(|&v| v != vm.none_obj),
            "default" => default = Some(v),
            other => {
                let other = other.to_string();
                return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for {name}()")));
            }
        }
    }
    let pos = args.pos();
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iter(pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            pos.iter().map(|&p| vm.incref(p)).collect()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(vm.incref(d)),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call(k, &[best]),
        None => Ok(vm.incref(best)),
    };
    let mut res = Ok(());
    for &it in &items[1..] {
        let bk = match &best_key {
            Ok(b) => *b,
            Err(_) => break,
        };
        let k = match key {
            Some(kf) => match vm.call(kf, &[it]) {
                Ok(k) => k,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            },
            None => vm.incref(it),
        };
        match vm.compare_bool(k, bk, op) {
            Ok(true) => {
                best = it;
                vm.decref(bk);
                best_key = Ok(k);
            }
            Ok(false) => vm.decref(k),
            Err(e) => {
                vm.decref(k);
                res = Err(e);
                break;
            }
        }
    }
    let best = vm.incref(best);
    for i in items {
        vm.decref(i);
    }
    match best_key {
        Ok(k) => vm.decref(k),
        Err(e) => {
            vm.decref(best);
            return Err(e);
        }
    }
    if let Err(e) = res {
        vm.decref(best);
        return Err(e);
    }
    Ok(best)
}

pub fn b_min(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    varargs_call(vm, args, |vm| minmax(vm, args, "min", ComparisonOperator::Lt))
}

pub fn b_max(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    varargs_call(vm, args, |vm| minmax(vm, args, "max", ComparisonOperator::Gt))
}

/// Runs a builtin that CPython 3.11 calls as `METH_VARARGS | METH_KEYWORDS`:
/// its argument tuple (and keyword dict) exist for the call's duration, which
/// `gc.get_count()` sees through the free lists.
fn varargs_call(vm: &mut Vm, args: &Args, f: impl FnOnce(&mut Vm) -> PyResult<ObjRef>) -> PyResult<ObjRef> {
    let n = args.pos().len();
    vm.heap.gc_transient_tuple_take(n);
    if !args.kwnames.is_empty() {
        vm.heap.gc_transient_dict();
    }
    let r = f(vm);
    vm.heap.gc_transient_tuple_put(n);
    r
}

pub fn b_sorted(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let l = vm.list_from_iterable(pos[0])?;
    let mut v = vec![l];
    v.extend(args.kw().map(|(_, v)| v));
    let kwn: Vec<ObjRef> = args.kwnames.to_vec();
    let sort = vm.lookup_str(vm.t.list, "sort").expect("list.sort");
    let r = vm.call_kw(sort, &v, &kwn);
    match r {
        Ok(r) => {
            vm.decref(r);
            Ok(l)
        }
        Err(e) => {
            vm.decref(l);
            Err(e)
        }
    }
}

/// `aiter(async_iterable)`: the object's `__aiter__()`.
pub fn b_aiter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "aiter", 1, 1)?;
    let name = vm.intern_static("__aiter__");
    match vm.call_special(args.args[0], name, &[])? {
        Some(r) => {
            let anext = vm.intern_static("__anext__");
            if vm.lookup(vm.ty(r), anext).is_none() {
                let tn = vm.type_name_of(r);
                vm.decref(r);
                return Err(vm.type_error(format!("aiter() returned not an async iterator of type '{tn}'")));
            }
            Ok(r)
        }
        None => {
            let tn = vm.type_name_of(args.args[0]);
            Err(vm.type_error(format!("'{tn}' object is not an async iterable")))
        }
    }
}

/// `anext(async_iterator)`: the awaitable from `__anext__()`. The two-argument
/// form needs an awaitable wrapper that catches StopAsyncIteration; it is
/// reported as not supported.
pub fn b_anext(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "anext", 1, 2)?;
    let name = vm.intern_static("__anext__");
    if vm.lookup(vm.ty(args.args[0]), name).is_none() {
        let tn = vm.type_name_of(args.args[0]);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterator")));
    }
    if args.args.len() == 2 {
        return Err(vm.not_implemented_error("anext() with a default value is not supported"));
    }
    match vm.call_special(args.args[0], name, &[])? {
        Some(r) => Ok(r),
        None => Ok(vm.none()),
    }
}
