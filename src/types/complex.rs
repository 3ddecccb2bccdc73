//! complex: construction (numbers, strings, `__complex__`), arithmetic with
//! CPython's algorithms (`_Py_c_quot`, `_Py_c_pow`, integer powers by
//! repeated squaring), repr, hashing and comparisons.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// A complex value (real, imag).
pub type C = (f64, f64);

/// The value of an int, float or complex operand (None for anything else).
pub fn complex_of(vm: &mut Vm, x: ObjRef) -> PyResult<Option<C>> {
    Ok(match vm.heap.get(x) {
        Payload::Complex(c) => Some(**c),
        Payload::Float(f) => Some((*f, 0.0)),
        Payload::Int(i) => Some((*i as f64, 0.0)),
        Payload::BigInt(b) => {
            let b = (**b).clone();
            let f = crate::numeric::convert::bigint_to_f64(&b).map_err(|e| vm.format_err(e))?;
            Some((f, 0.0))
        }
        _ => None,
    })
}

fn c_mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: Smith's algorithm; None on division by zero.
pub fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`; Err(true) = zero to a negative/complex power.
fn c_pow(a: C, b: C) -> Result<C, bool> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(true);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: C, n: i64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

/// `a ** b` as complex_pow computes it (owned result or a Python error).
pub fn complex_pow(vm: &mut Vm, a: C, b: C) -> PyResult<ObjRef> {
    let r = if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            Ok(c_powu(a, n))
        } else {
            // 1/x**-n; a zero base makes the quotient fail.
            match c_quot((1.0, 0.0), c_powu(a, -n)) {
                Some(r) => Ok(r),
                None => Err(true),
            }
        }
    } else {
        c_pow(a, b)
    };
    match r {
        Err(_) => Err(vm.zero_division_error("0.0 to a negative or complex power")),
        Ok(r) if (r.0.is_infinite() || r.1.is_infinite()) && a.0.is_finite() && a.1.is_finite() && b.0.is_finite() && b.1.is_finite() => {
            Err(vm.overflow_error("complex exponentiation"))
        }
        Ok(r) => Ok(vm.new_complex(r.0, r.1)),
    }
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

fn binop(vm: &mut Vm, a: C, b: C, op: Op) -> PyResult<ObjRef> {
    let r = match op {
        Op::Add => (a.0 + b.0, a.1 + b.1),
        Op::Sub => (a.0 - b.0, a.1 - b.1),
        Op::Mul => c_mul(a, b),
        Op::Div => match c_quot(a, b) {
            Some(r) => r,
            None => return Err(vm.zero_division_error("complex division by zero")),
        },
        Op::Pow => return complex_pow(vm, a, b),
    };
    Ok(vm.new_complex(r.0, r.1))
}

fn operands(vm: &mut Vm, args: &Args) -> PyResult<Option<(C, C)>> {
    let Some(a) = complex_of(vm, args.args[0])? else { return Ok(None) };
    let Some(b) = complex_of(vm, args.args[1])? else { return Ok(None) };
    Ok(Some((a, b)))
}

macro_rules! c_binop {
    ($name:ident, $rname:ident, $op:expr) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            match operands(vm, args)? {
                Some((a, b)) => binop(vm, a, b, $op),
                None => Ok(vm.not_implemented()),
            }
        }
        fn $rname(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            match operands(vm, args)? {
                Some((a, b)) => binop(vm, b, a, $op),
                None => Ok(vm.not_implemented()),
            }
        }
    };
}
c_binop!(c_add_m, c_radd_m, Op::Add);
c_binop!(c_sub_m, c_rsub_m, Op::Sub);
c_binop!(c_mul_m, c_rmul_m, Op::Mul);
c_binop!(c_div_m, c_rdiv_m, Op::Div);
c_binop!(c_pow2, c_rpow_m, Op::Pow);

fn c_pow_m(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args.len() > 2 && args.args[2] != vm.none_obj {
        return Err(vm.value_error("complex modulo"));
    }
    c_pow2(vm, &Args { args: &args.args[..2], kwnames: &[] })
}

fn self_c(vm: &mut Vm, x: ObjRef) -> PyResult<C> {
    match vm.heap.get(x) {
        Payload::Complex(c) => Ok(**c),
        _ => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("descriptor requires a 'complex' object but received a '{tn}'")))
        }
    }
}

fn c_neg(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    Ok(vm.new_complex(-c.0, -c.1))
}
fn c_pos(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    Ok(vm.new_complex(c.0, c.1))
}
fn c_conjugate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    Ok(vm.new_complex(c.0, -c.1))
}
fn c_abs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    let r = if c.0.is_infinite() || c.1.is_infinite() { f64::INFINITY } else { c.0.hypot(c.1) };
    if r.is_infinite() && c.0.is_finite() && c.1.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(vm.new_float(r))
}
fn c_bool(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    Ok(vm.new_bool(c.0 != 0.0 || c.1 != 0.0))
}
fn c_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    Ok(vm.new_str(crate::format::complex_repr(c.0, c.1)))
}
fn c_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    let id = vm.heap.address(args.args[0]);
    Ok(vm.new_int(crate::numeric::hash::hash_complex(c.0, c.1, id)))
}
fn c_real(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    Ok(vm.new_float(c.0))
}
fn c_imag(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    Ok(vm.new_float(c.1))
}
fn c_complex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    if vm.ty(args.args[0]) == vm.t.complex {
        return Ok(vm.incref(args.args[0]));
    }
    Ok(vm.new_complex(c.0, c.1))
}
fn c_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let c = self_c(vm, args.args[0])?;
    let (a, b) = (vm.new_float(c.0), vm.new_float(c.1));
    Ok(vm.new_tuple(vec![a, b]))
}
fn c_format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__format__", 1, 1)?;
    let c = self_c(vm, args.args[0])?;
    let Some(spec) = vm.as_str(args.args[1]).map(str::to_string) else {
        let tn = vm.type_name_of(args.args[1]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    };
    match crate::format::format_complex(c.0, c.1, &spec) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(vm.format_err(e)),
    }
}

/// `==`/`!=`: exact against ints (through the real part), plain against floats.
fn c_eq_impl(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    let a = self_c(vm, args.args[0])?;
    let b = args.args[1];
    Ok(Some(match vm.heap.get(b) {
        Payload::Complex(c) => a.0 == c.0 && a.1 == c.1,
        Payload::Float(f) => a.1 == 0.0 && a.0 == *f,
        Payload::Int(i) => a.1 == 0.0 && crate::numeric::convert::compare_i64_float(*i, a.0) == Some(std::cmp::Ordering::Equal),
        Payload::BigInt(bi) => a.1 == 0.0 && crate::numeric::convert::compare_int_float(bi, a.0) == Some(std::cmp::Ordering::Equal),
        _ => return Ok(None),
    }))
}
fn c_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match c_eq_impl(vm, args)? {
        Some(b) => Ok(vm.new_bool(b)),
        None => Ok(vm.not_implemented()),
    }
}
fn c_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match c_eq_impl(vm, args)? {
        Some(b) => Ok(vm.new_bool(!b)),
        None => Ok(vm.not_implemented()),
    }
}

fn c_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let extra = crate::modules::sys::layout_extra(vm, args.args[0]) as i64;
    Ok(vm.new_int(32 + extra))
}

/// Parses `complex('...')`: `a`, `bj`, `a±bj`, optional parentheses.
pub fn parse_complex(s: &str) -> Option<C> {
    let t = s.trim();
    let t = match t.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim(),
        None => t,
    };
    if t.is_empty() || t.chars().any(char::is_whitespace) {
        return None;
    }
    let part = |p: &str| -> Option<f64> {
        match p {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => {
                let c = p.chars().last()?;
                // parse_float also accepts surrounding spaces and bare dots; require a number here.
                if !(c.is_ascii_alphanumeric() || c == '.') {
                    return None;
                }
                crate::format::parse_float(p).ok()
            }
        }
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return crate::format::parse_float(t).ok().map(|f| (f, 0.0));
    };
    let bytes = body.as_bytes();
    let split = (1..bytes.len()).rev().find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => {
            let re = &body[..i];
            if re.is_empty() || re == "+" || re == "-" {
                return None;
            }
            Some((crate::format::parse_float(re).ok()?, part(&body[i..])?))
        }
        None => Some((0.0, part(body)?)),
    }
}

/// `complex(x)` for a non-string first argument: complex, `__complex__`, or a real.
fn complex_arg(vm: &mut Vm, x: ObjRef, first: bool) -> PyResult<C> {
    if let Payload::Complex(c) = vm.heap.get(x) {
        return Ok(**c);
    }
    if first {
        let name = vm.intern_static("__complex__");
        if let Some(r) = vm.call_special(x, name, &[])? {
            let c = match vm.heap.get(r) {
                Payload::Complex(c) => Some(**c),
                _ => None,
            };
            let rt = vm.type_name_of(r);
            vm.decref(r);
            return c.ok_or_else(|| vm.type_error(format!("__complex__ returned non-complex (type {rt})")));
        }
    }
    match vm.heap.get(x) {
        Payload::Float(_) | Payload::Int(_) | Payload::BigInt(_) => Ok(complex_of(vm, x)?.unwrap_or((0.0, 0.0))),
        _ => {
            let has = vm.lookup(vm.ty(x), vm.n.__float__).is_some() || vm.lookup(vm.ty(x), vm.n.__index__).is_some();
            if has {
                let f = super::float::float_of(vm, x)?;
                return Ok((f, 0.0));
            }
            let tn = vm.type_name_of(x);
            let which = if first { "first argument must be a string or a number" } else { "second argument must be a number" };
            Err(vm.type_error(format!("complex() {which}, not '{tn}'")))
        }
    }
}

/// Whether `complex(x)` treats x as complex (a complex, or `__complex__`).
fn is_complexish(vm: &mut Vm, x: ObjRef) -> bool {
    if matches!(vm.heap.get(x), Payload::Complex(_)) {
        return true;
    }
    let name = vm.intern_static("__complex__");
    vm.lookup(vm.ty(x), name).is_some()
}

/// `complex(real=0, imag=0)`.
fn c_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "complex", &["real", "imag"], 0, 0)?;
    let (re, im) = match (p[0], p[1]) {
        (None, None) => (0.0, 0.0),
        (Some(x), imag) => {
            if let Some(s) = vm.as_str(x).map(str::to_string) {
                if imag.is_some() {
                    return Err(vm.type_error("complex() can't take second arg if first is a string"));
                }
                match parse_complex(&s) {
                    Some(c) => c,
                    None => return Err(vm.value_error("complex() arg is a malformed string")),
                }
            } else {
                if cls == vm.t.complex && imag.is_none() && vm.ty(x) == vm.t.complex {
                    return Ok(vm.incref(x));
                }
                if let Some(i) = imag {
                    if vm.as_str(i).is_some() {
                        return Err(vm.type_error("complex() second arg can't be a string"));
                    }
                }
                let a_complex = is_complexish(vm, x);
                let a = complex_arg(vm, x, true)?;
                match imag {
                    None => a,
                    Some(i) => {
                        let b_complex = matches!(vm.heap.get(i), Payload::Complex(_));
                        let b = complex_arg(vm, i, false)?;
                        // Only complex operands contribute cross terms (keeps -0.0 intact).
                        let re = if b_complex { a.0 - b.1 } else { a.0 };
                        let im = if a_complex { a.1 + b.0 } else { b.0 };
                        (re, im)
                    }
                }
            }
        }
        (None, Some(i)) => {
            if vm.as_str(i).is_some() {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            let b_complex = matches!(vm.heap.get(i), Payload::Complex(_));
            let b = complex_arg(vm, i, false)?;
            (if b_complex { -b.1 } else { 0.0 }, b.0)
        }
    };
    Ok(vm.alloc(cls, Payload::Complex(Box::new((re, im)))))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", c_new),
    MethodDef::method("__add__", c_add_m),
    MethodDef::method("__radd__", c_radd_m),
    MethodDef::method("__sub__", c_sub_m),
    MethodDef::method("__rsub__", c_rsub_m),
    MethodDef::method("__mul__", c_mul_m),
    MethodDef::method("__rmul__", c_rmul_m),
    MethodDef::method("__truediv__", c_div_m),
    MethodDef::method("__rtruediv__", c_rdiv_m),
    MethodDef::method("__pow__", c_pow_m),
    MethodDef::method("__rpow__", c_rpow_m),
    MethodDef::method("__neg__", c_neg),
    MethodDef::method("__pos__", c_pos),
    MethodDef::method("__abs__", c_abs),
    MethodDef::method("__bool__", c_bool),
    MethodDef::method("__repr__", c_repr),
    MethodDef::method("__hash__", c_hash),
    MethodDef::method("__eq__", c_eq),
    MethodDef::method("__ne__", c_ne),
    MethodDef::method("__format__", c_format),
    MethodDef::method("__complex__", c_complex),
    MethodDef::method("__getnewargs__", c_getnewargs),
    MethodDef::method("__sizeof__", c_sizeof),
    MethodDef::method("conjugate", c_conjugate),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.complex;
    vm.add_methods(t, METHODS);
    vm.add_properties(t, &[MethodDef::method("real", c_real), MethodDef::method("imag", c_imag)]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_forms() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex(" (1-j) "), Some((1.0, -1.0)));
        assert_eq!(parse_complex("j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex("-1e-3j"), Some((0.0, -1e-3)));
        assert_eq!(parse_complex("1e5+1e-5j"), Some((1e5, 1e-5)));
        assert_eq!(parse_complex("1 + 2j"), None);
        assert_eq!(parse_complex("1+"), None);
    }

    #[test]
    fn quotient() {
        assert_eq!(c_quot((1.0, 0.0), (0.0, 0.0)), None);
        assert_eq!(c_quot((4.0, 2.0), (2.0, 0.0)), Some((2.0, 1.0)));
    }
}
