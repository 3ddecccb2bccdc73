//! The `math` module: CPython's functions, constants and error messages
//! (`math domain error` when a finite input gives NaN, `math range error`
//! when it overflows), integer functions on arbitrary-size ints, exact
//! `fsum` (Shewchuk's partials with CPython's final rounding fix-up).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::BinaryOperator;
use crate::heap::{ObjRef, Payload};
use crate::numeric::convert::bigint_to_f64;
use crate::vm::{Args, PyErr, PyResult, Vm};

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
    vm.check_args(args, name, 1, 1)?;
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

/// erf by a series near 0 and a continued fraction for the tails.
fn erf_f(x: f64) -> f64 {
    const SQRTPI: f64 = 1.772_453_850_905_516;
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < 1.5 {
        let x2 = x * x;
        let mut acc = 0.0;
        let mut fk = 25.0 + 0.5;
        for _ in 0..25 {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        acc * x * (-x2).exp() / SQRTPI
    } else {
        let cf = if ax >= 30.0 {
            0.0
        } else {
            let x2 = ax * ax;
            let (mut a, mut da, mut p, mut p_last, mut q, mut q_last) = (0.0, 0.5, 1.0, 0.0, 0.5 + x2, 1.0);
            for _ in 0..50 {
                a += da;
                da += 2.0;
                let b = da + x2;
                let t = p;
                p = b * p - a * p_last;
                p_last = t;
                let t = q;
                q = b * q - a * q_last;
                q_last = t;
            }
            p / q * ax * (-x2).exp() / SQRTPI
        };
        if x > 0.0 {
            1.0 - cf
        } else {
            cf - 1.0
        }
    }
}

const LANCZOS: [f64; 9] = [
    0.999_999_999_999_809_9,
    676.520_368_121_885_1,
    -1_259.139_216_722_402_8,
    771.323_428_777_653_1,
    -176.615_029_162_140_6,
    12.507_343_278_686_905,
    -0.138_571_095_265_720_12,
    9.984_369_578_019_572e-6,
    1.505_632_735_149_311_6e-7,
];

fn gamma_f(x: f64) -> f64 {
    if x < 0.5 {
        std::f64::consts::PI / ((std::f64::consts::PI * x).sin() * gamma_f(1.0 - x))
    } else {
        let x = x - 1.0;
        let mut a = LANCZOS[0];
        let t = x + 7.5;
        for (i, c) in LANCZOS.iter().enumerate().skip(1) {
            a += c / (x + i as f64);
        }
        (2.0 * std::f64::consts::PI).sqrt() * t.powf(x + 0.5) * (-t).exp() * a
    }
}

fn gamma(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "gamma")?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(vm.new_float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain(vm));
    }
    // Exact values at small positive integers, as CPython's table gives.
    if x == x.floor() && x <= 23.0 {
        let mut f = 1.0f64;
        for i in 2..(x as u32) {
            f *= i as f64;
        }
        return Ok(vm.new_float(f));
    }
    if x > 171.7 {
        return Err(range(vm));
    }
    let r = gamma_f(x);
    checked(vm, x, r, false)
}

fn lgamma(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let x = one_arg(vm, args, "lgamma")?;
    if x.is_nan() {
        return Ok(vm.new_float(x));
    }
    if x.is_infinite() {
        return Ok(vm.new_float(f64::INFINITY));
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain(vm));
    }
    if x == 1.0 || x == 2.0 {
        return Ok(vm.new_float(0.0));
    }
    let r = if x < 0.5 {
        (std::f64::consts::PI / (std::f64::consts::PI * x).sin().abs()).ln() - lgamma_pos(1.0 - x)
    } else {
        lgamma_pos(x)
    };
    checked(vm, x, r, false)
}

fn lgamma_pos(x: f64) -> f64 {
    let x = x - 1.0;
    let mut a = LANCZOS[0];
    let t = x + 7.5;
    for (i, c) in LANCZOS.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + a.ln()
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

fn fsum(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
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
        let mut x = match r {
            Ok(x) => x,
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        };
        let xsave = x;
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
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    vm.decref(it);
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
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
    for &x0 in xs {
        let mut x = x0;
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
        partials.push(x);
    }
    partials.iter().sum()
}

fn hypot(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "hypot")?;
    let mut v = Vec::new();
    for &a in args.args {
        v.push(real(vm, a)?);
    }
    Ok(vm.new_float(norm(&v)))
}

fn dist(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
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

fn factorial(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
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

fn gcd(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "gcd")?;
    let mut g = BigInt::zero();
    for &a in args.args {
        let v = integer(vm, a)?;
        g = g.gcd(&v);
    }
    Ok(vm.new_bigint(g))
}

fn lcm(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "lcm")?;
    let mut l = BigInt::one();
    for &a in args.args {
        let v = integer(vm, a)?;
        l = if l.is_zero() || v.is_zero() { BigInt::zero() } else { l.lcm(&v) };
    }
    Ok(vm.new_bigint(l.abs()))
}

fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "isqrt", 1, 1)?;
    let n = integer(vm, args.args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn comb(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
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

fn perm(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
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

fn prod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.parse_args(args, "prod", &["iterable", "start"], 1, 1)?;
    let it = vm.iter(a[0].unwrap_or(vm.none_obj))?;
    let mut acc = match a[1] {
        Some(s) => vm.incref(s),
        None => vm.new_int(1),
    };
    loop {
        match vm.next(it) {
            Ok(Some(x)) => {
                let r = vm.binary_op(acc, x, BinaryOperator::Multiply);
                vm.decref(x);
                vm.decref(acc);
                match r {
                    Ok(v) => acc = v,
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
