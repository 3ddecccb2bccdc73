//! math's integer functions on arbitrary-size ints: factorial, gcd, lcm,
//! isqrt, comb, perm, and the generic `prod`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::BinaryOperator;
use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

use super::*;

pub(super) fn factorial(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "factorial", 1, 1)?;
    let n = integer(vm, args.args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(vm.new_bigint(product_range(1, n)))
}

/// The product lo*(lo+1)*...*hi by halving (fast for big ranges).
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for i in lo..=hi {
            p *= i;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

pub(super) fn gcd(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "gcd")?;
    let mut g = BigInt::zero();
    for &a in args.args {
        let v = integer(vm, a)?;
        g = g.gcd(&v);
    }
    Ok(vm.new_bigint(g))
}

pub(super) fn lcm(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "lcm")?;
    let mut l = BigInt::one();
    for &a in args.args {
        let v = integer(vm, a)?;
        l = if l.is_zero() || v.is_zero() { BigInt::zero() } else { l.lcm(&v) };
    }
    Ok(vm.new_bigint(l.abs()))
}

pub(super) fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "isqrt", 1, 1)?;
    let n = integer(vm, args.args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

pub(super) fn comb(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "comb", 2, 2)?;
    let n = integer(vm, args.args[0])?;
    let k = integer(vm, args.args[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.new_bigint(r))
}

pub(super) fn perm(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "perm", 1, 2)?;
    let n = integer(vm, args.args[0])?;
    let k = match args.args.get(1) {
        Some(&k) if k != vm.none_obj => integer(vm, k)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(vm.new_int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(vm.new_bigint(r))
}

pub(super) fn prod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.parse_args(args, "prod", &["iterable", "start"], 1, 1)?;
    let acc = match a[1] {
        Some(s) => vm.incref(s),
        None => vm.new_int(1),
    };
    crate::builtins::iteration::fold_binary(vm, a[0].unwrap_or(vm.none_obj), acc, BinaryOperator::Multiply)
}
