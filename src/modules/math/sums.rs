//! math's exact float summation and norms: `fsum` (Shewchuk's partials with
//! CPython's final rounding fix-up), `hypot` and `dist`.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::real;

/// Shewchuk's step: adds `x` into the non-overlapping `partials` (kept in
/// increasing magnitude), keeping the nonzero low parts and returning the
/// running high part, which the caller decides whether to append.
fn add_partial(partials: &mut Vec<f64>, mut x: f64) -> f64 {
    let mut i = 0;
    for j in 0..partials.len() {
        let mut y = partials[j];
        if x.abs() < y.abs() {
            std::mem::swap(&mut x, &mut y);
        }
        let hi = x + y;
        let lo = y - (hi - x);
        if lo != 0.0 {
            partials[i] = lo;
            i += 1;
        }
        x = hi;
    }
    partials.truncate(i);
    x
}

pub(super) fn fsum(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "fsum", 1, 1)?;
    let it = vm.iter(args.args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    loop {
        let item = match vm.next(it) {
            Ok(Some(v)) => v,
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        };
        let r = real(vm, item);
        vm.decref(item);
        let x = match r {
            Ok(x) => x,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        };
        let hi = add_partial(&mut partials, x);
        if hi != 0.0 {
            if !hi.is_finite() {
                if x.is_finite() {
                    vm.decref(it);
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if x.is_infinite() {
                    inf_sum += x;
                }
                special += x;
                partials.clear();
            } else {
                partials.push(hi);
            }
        }
    }
    vm.decref(it);
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the rest of the partials push past the tie.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(vm.new_float(hi))
}

fn collect_reals(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<f64>> {
    let items = vm.collect_iter(x)?;
    let mut out = Vec::with_capacity(items.len());
    let mut err = None;
    for &i in &items {
        if err.is_none() {
            match real(vm, i) {
                Ok(v) => out.push(v),
                Err(e) => err = Some(e),
            }
        }
    }
    for i in items {
        vm.decref(i);
    }
    match err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// Euclidean norm with scaling against overflow.
fn norm(v: &[f64]) -> f64 {
    if v.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if v.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if v.len() == 2 {
        return v[0].hypot(v[1]);
    }
    let max = v.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 || v.len() == 1 {
        return max;
    }
    let mut parts: Vec<f64> = Vec::new();
    for x in v {
        let s = x / max;
        parts.push(s * s);
    }
    max * exact_sum(&parts).sqrt()
}

fn exact_sum(xs: &[f64]) -> f64 {
    let mut partials: Vec<f64> = Vec::new();
    for &x in xs {
        let hi = add_partial(&mut partials, x);
        partials.push(hi);
    }
    partials.iter().sum()
}

pub(super) fn hypot(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "hypot")?;
    let mut v = Vec::new();
    for &a in args.args {
        v.push(real(vm, a)?);
    }
    Ok(vm.new_float(norm(&v)))
}

pub(super) fn dist(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "dist", 2, 2)?;
    for &a in &args.args[..2] {
        if !matches!(vm.heap.get(a), Payload::Tuple(_) | Payload::List(_)) {
            let tn = vm.type_name_of(a);
            return Err(vm.type_error(format!("dist(): argument must be tuple, not {tn}")));
        }
    }
    let p = collect_reals(vm, args.args[0])?;
    let q = collect_reals(vm, args.args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let d: Vec<f64> = p.iter().zip(&q).map(|(a, b)| (a - b).abs()).collect();
    Ok(vm.new_float(norm(&d)))
}

