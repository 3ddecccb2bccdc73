//! The `math` module: CPython's functions, constants and error messages
//! (`math domain error` when a finite input gives NaN, `math range error`
//! when it overflows), integer functions on arbitrary-size ints, exact
//! `fsum` (Shewchuk's partials with CPython's final rounding fix-up).

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::heap::{ObjRef, Payload};
use crate::numeric::convert::bigint_to_f64;
use crate::vm::{Args, PyErr, PyResult, Vm};

mod integer;
mod special;
mod sums;
use integer::*;
use special::*;
use sums::*;

/// A real-number argument as f64 (`must be real number, not str`).
fn real(vm: &mut Vm, x: ObjRef) -> PyResult<f64> {
    match vm.heap.get(x) {
        Payload::Float(f) => return Ok(*f),
        Payload::Int(i) => return Ok(*i as f64),
        Payload::BigInt(b) => {
            let b = (**b).clone();
            return bigint_to_f64(&b).map_err(|_| vm.overflow_error("int too large to convert to float"));
        }
        _ => {}
    }
    if let Some(r) = vm.call_special(x, vm.n.__float__, &[])? {
        let f = vm.as_float(r);
        vm.decref(r);
        return f.ok_or_else(|| vm.type_error("__float__ returned non-float"));
    }
    if let Some(r) = vm.call_special(x, vm.n.__index__, &[])? {
        let v = real(vm, r);
        vm.decref(r);
        return v;
    }
    let tn = vm.type_name_of(x);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

/// An integer argument (via `__index__`) as a BigInt.
fn integer(vm: &mut Vm, x: ObjRef) -> PyResult<BigInt> {
    if let Some(b) = vm.as_bigint(x) {
        return Ok(b);
    }
    match vm.call_special(x, vm.n.__index__, &[])? {
        Some(r) => {
            let v = integer(vm, r);
            vm.decref(r);
            v
        }
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn domain(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// Applies `f` with CPython's errno rules: NaN from non-NaN is a domain error,
/// infinity from a finite value is a range error (or a domain error when `inf_is_domain`).
fn checked(vm: &mut Vm, x: f64, r: f64, inf_is_domain: bool) -> PyResult<ObjRef> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if inf_is_domain { domain(vm) } else { range(vm) });
    }
    Ok(vm.new_float(r))
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.args.len() != 1 {
        return Err(vm.type_error(format!("math.{name}() takes exactly one argument ({} given)", args.args.len())));
    }
    real(vm, args.args[0])
}

macro_rules! unary {
    ($fname:ident, $name:literal, $f:expr, $dom:expr) => {
        fn $fname(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            let x = one_arg(vm, args, $name)?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, x, f(x), $dom)
        }
    };
}

unary!(sqrt, "sqrt", f64::sqrt, false);
unary!(exp, "exp", f64::exp, false);
unary!(exp2, "exp2", f64::exp2, false);
unary!(expm1, "expm1", f64::exp_m1, false);
unary!(sin, "sin", f64::sin, false);
unary!(cos, "cos", f64::cos, false);
unary!(tan, "tan", f64::tan, false);
unary!(asin, "asin", f64::asin, false);
unary!(acos, "acos", f64::acos, false);
unary!(atan, "atan", f64::atan, false);
unary!(sinh, "sinh", f64::sinh, false);
unary!(cosh, "cosh", f64::cosh, false);
unary!(tanh, "tanh", f64::tanh, false);
unary!(asinh, "asinh", f64::asinh, false);
unary!(acosh, "acosh", f64::acosh, false);
unary!(atanh, "atanh", |x| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() }, false);
unary!(fabs, "fabs", f64::abs, false);
unary!(cbrt, "cbrt", f64::cbrt, false);
unary!(degrees, "degrees", |x| x * (180.0 / std::f64::consts::PI), false);
unary!(radians, "radians", |x| x * (std::f64::consts::PI / 180.0), false);
unary!(erf, "erf", erf_f, false);
unary!(erfc, "erfc", |x| 1.0 - erf_f(x), false);

fn sin_checked(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    sin(vm, args)
}

/// `func` of a positive int of any size, as CPython's loghelper does it:
/// `func(m) + func(2.0) * e` with `x = m * 2**e` when x is too big for a float.
fn log_int(vm: &mut Vm, b: &BigInt, func: fn(f64) -> f64) -> PyResult<f64> {
    if b.sign() != Sign::Plus {
        return Err(domain(vm));
    }
    match bigint_to_f64(b) {
        Ok(f) if f.is_finite() => Ok(func(f)),
        _ => {
            let bits = b.bits();
            let shift = bits - 64;
            let top: BigInt = b >> shift;
            let m = top.to_f64().unwrap_or(1.0) * 2f64.powi(-64);
            Ok(func(m) + func(2.0) * bits as f64)
        }
    }
}

fn ln_of(vm: &mut Vm, x: ObjRef) -> PyResult<f64> {
    if let Some(b) = vm.as_bigint(x) {
        return log_int(vm, &b, f64::ln);
    }
    let f = real(vm, x)?;
    if f.is_nan() || f == f64::INFINITY {
        return Ok(f);
    }
    if f <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f.ln())
}

fn log(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "log", 1, 2)?;
    let num = ln_of(vm, args.args[0])?;
    match args.args.get(1) {
        None => Ok(vm.new_float(num)),
        Some(&b) => {
            let den = ln_of(vm, b)?;
            if den == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            Ok(vm.new_float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "log2", 1, 1)?;
    if let Some(b) = vm.as_bigint(args.args[0]) {
        let v = log_int(vm, &b, f64::log2)?;
        return Ok(vm.new_float(v));
    }
    let x = real(vm, args.args[0])?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x.log2()))
}

fn log10(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "log10", 1, 1)?;
    if let Some(b) = vm.as_bigint(args.args[0]) {
        let v = log_int(vm, &b, f64::log10)?;
        return Ok(vm.new_float(v));
    }
    let x = real(vm, args.args[0])?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x.log10()))
}

fn log1p(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "log1p")?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(vm.new_float(x.ln_1p()))
}

fn two_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    vm.check_args(args, name, 2, 2)?;
    let a = real(vm, args.args[0])?;
    let b = real(vm, args.args[1])?;
    Ok((a, b))
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (x, y) = two_args(vm, args, "pow")?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn atan2(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (y, x) = two_args(vm, args, "atan2")?;
    Ok(vm.new_float(y.atan2(x)))
}

fn fmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (x, y) = two_args(vm, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = x % y;
    checked(vm, if y == 0.0 { 0.0 } else { x }, r, false)
}

fn remainder(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (x, y) = two_args(vm, args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(vm.new_float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(vm.new_float(x));
    }
    // IEEE remainder: x - n*y with n the nearest integer to x/y (ties to even).
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: choose the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(vm.new_float(1f64.copysign(x) * r))
}

fn copysign(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (x, y) = two_args(vm, args, "copysign")?;
    Ok(vm.new_float(x.copysign(y)))
}

fn nextafter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (x, y) = two_args(vm, args, "nextafter")?;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else {
        let bits = x.to_bits();
        let up = (y > x) == (x > 0.0);
        f64::from_bits(if up { bits + 1 } else { bits - 1 })
    };
    Ok(vm.new_float(r))
}

fn ulp(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "ulp")?.abs();
    let r = if x.is_nan() || x.is_infinite() {
        x
    } else if x == f64::MAX {
        x - f64::from_bits(x.to_bits() - 1)
    } else {
        f64::from_bits(x.to_bits() + 1) - x
    };
    Ok(vm.new_float(r))
}

fn isfinite(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "isfinite")?;
    Ok(vm.new_bool(x.is_finite()))
}

fn isinf(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "isinf")?;
    Ok(vm.new_bool(x.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "isnan")?;
    Ok(vm.new_bool(x.is_nan()))
}

fn isclose(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.pos().len())));
    }
    let a = vm.parse_args(args, "isclose", &["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let x = real(vm, a[0].unwrap_or(vm.none_obj))?;
    let y = real(vm, a[1].unwrap_or(vm.none_obj))?;
    let rel = match a[2] {
        Some(r) => real(vm, r)?,
        None => 1e-9,
    };
    let abs = match a[3] {
        Some(r) => real(vm, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(vm.new_bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = (y - x).abs();
    let r = diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs;
    Ok(vm.new_bool(r))
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<ObjRef> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    match crate::numeric::convert::f64_to_i64(f) {
        Some(i) => Ok(vm.new_int(i)),
        None => {
            let b = crate::numeric::convert::f64_to_bigint(f).map_err(|e| vm.format_err(e))?;
            Ok(vm.new_bigint(b))
        }
    }
}

/// floor/ceil: ints return themselves, floats round, others use the dunder or `__float__`.
fn rounding(vm: &mut Vm, args: &Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<ObjRef> {
    vm.check_args(args, name, 1, 1)?;
    let x = args.args[0];
    match vm.heap.get(x) {
        Payload::Float(v) if vm.ty(x) == vm.t.float => {
            let v = *v;
            return float_to_int(vm, f(v));
        }
        Payload::Int(_) | Payload::BigInt(_) if vm.ty(x) == vm.t.int || vm.ty(x) == vm.t.bool => {
            let b = vm.as_bigint(x).unwrap_or_default();
            return Ok(vm.new_bigint(b));
        }
        _ => {}
    }
    let ty = vm.ty(x);
    if let Some(m) = vm.lookup_str(ty, dunder) {
        let _ = m;
        return vm.call_method(x, dunder, &[]);
    }
    let v = real(vm, x)?;
    float_to_int(vm, f(v))
}

fn floor(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "trunc", 1, 1)?;
    let x = args.args[0];
    if let Payload::Float(v) = vm.heap.get(x) {
        let v = *v;
        if vm.ty(x) == vm.t.float {
            return float_to_int(vm, v.trunc());
        }
    }
    let ty = vm.ty(x);
    if vm.lookup_str(ty, "__trunc__").is_some() {
        return vm.call_method(x, "__trunc__", &[]);
    }
    let tn = vm.type_name(ty);
    Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")))
}

fn frexp(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "frexp")?;
    let (m, e) = if x == 0.0 || x.is_nan() || x.is_infinite() {
        (x, 0)
    } else {
        let mut e = 0i64;
        let mut v = x;
        // Normalise subnormals first.
        if v.abs() < f64::MIN_POSITIVE {
            v *= 2f64.powi(64);
            e -= 64;
        }
        let bits = v.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        e += exp - 1022;
        let mbits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
        (f64::from_bits(mbits), e)
    };
    let a = vm.new_float(m);
    let b = vm.new_int(e);
    Ok(vm.new_tuple(vec![a, b]))
}

fn ldexp(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "ldexp", 2, 2)?;
    let x = real(vm, args.args[0])?;
    let e = match vm.heap.get(args.args[1]) {
        Payload::Int(i) => *i,
        Payload::BigInt(b) => {
            if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = crate::numeric::convert::ldexp(x, e);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn modf(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "modf")?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    let a = vm.new_float(f);
    let b = vm.new_float(i);
    Ok(vm.new_tuple(vec![a, b]))
}


pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("math");
    vm.add_module_functions(
        m,
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("sin", sin_checked),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("fabs", fabs),
            ("cbrt", cbrt),
            ("degrees", degrees),
            ("radians", radians),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("log1p", log1p),
            ("pow", pow),
            ("fmod", fmod),
            ("remainder", remainder),
            ("copysign", copysign),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("modf", modf),
            ("fsum", fsum),
            ("hypot", hypot),
            ("dist", dist),
            ("factorial", factorial),
            ("gcd", gcd),
            ("lcm", lcm),
            ("isqrt", isqrt),
            ("comb", comb),
            ("perm", perm),
            ("prod", prod),
        ],
    );
    let d = vm.module_dict(m);
    for (k, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let o = vm.new_float(v);
        vm.dict_set_str(d, k, o);
        vm.decref(o);
    }
    Ok(m)
}
