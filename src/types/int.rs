//! int (and the shared numeric fast paths for int/float arithmetic).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::BinaryOperator as B;
use crate::heap::{ObjRef, Payload};
use crate::numeric::arith;
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// A number operand: small int, big int, or float.
pub enum Num {
    I(i64),
    Big(BigInt),
    F(f64),
}

pub fn num_of(vm: &Vm, x: ObjRef) -> Option<Num> {
    match vm.heap.get(x) {
        Payload::Int(i) => Some(Num::I(*i)),
        Payload::BigInt(b) => Some(Num::Big((**b).clone())),
        Payload::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        Num::F(_) => BigInt::zero(),
    }
}

fn to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::Big(b) => crate::numeric::convert::bigint_to_f64(b).map_err(|e| vm.format_err(e)),
        Num::F(f) => Ok(*f),
    }
}

/// int/float arithmetic for `op` (a plain operator); None when the operand
/// kinds don't apply (the caller then dispatches to dunders).
pub fn numeric_binop(vm: &mut Vm, a: ObjRef, b: ObjRef, op: B) -> Option<PyResult<ObjRef>> {
    let x = num_of(vm, a)?;
    let y = num_of(vm, b)?;
    Some(num_binop(vm, x, y, op))
}

fn num_binop(vm: &mut Vm, x: Num, y: Num, op: B) -> PyResult<ObjRef> {
    let fe = |vm: &mut Vm, e| vm.format_err(e);
    if let (Num::I(a), Num::I(b)) = (&x, &y) {
        let (a, b) = (*a, *b);
        let r = match op {
            B::Add => a.checked_add(b),
            B::Subtract => a.checked_sub(b),
            B::Multiply => a.checked_mul(b),
            B::FloorDivide => arith::floordiv_i64(a, b).map_err(|e| fe(vm, e))?,
            B::Remainder => Some(arith::mod_i64(a, b).map_err(|e| fe(vm, e))?),
            B::TrueDivide => {
                let f = arith::truediv_i64(a, b).map_err(|e| fe(vm, e))?;
                return Ok(vm.new_float(f));
            }
            B::And => Some(a & b),
            B::Or => Some(a | b),
            B::Xor => Some(a ^ b),
            B::Lshift => arith::lshift_i64(a, b).map_err(|e| fe(vm, e))?,
            B::Rshift => Some(arith::rshift_i64(a, b).map_err(|e| fe(vm, e))?),
            B::Power => {
                if (0..64).contains(&b) {
                    a.checked_pow(b as u32)
                } else {
                    None
                }
            }
            B::MatrixMultiply => return Ok(vm.not_implemented()),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(vm.new_int(r));
        }
    }
    let is_float = matches!(x, Num::F(_)) || matches!(y, Num::F(_));
    if is_float {
        let a = to_f64(vm, &x)?;
        let bf = to_f64(vm, &y)?;
        let r = match op {
            B::Add => a + bf,
            B::Subtract => a - bf,
            B::Multiply => a * bf,
            B::TrueDivide => arith::truediv_f64(a, bf).map_err(|e| fe(vm, e))?,
            B::FloorDivide => arith::floordiv_f64(a, bf).map_err(|e| fe(vm, e))?,
            B::Remainder => arith::mod_f64(a, bf).map_err(|e| fe(vm, e))?,
            B::Power => match arith::pow_float(a, bf).map_err(|e| fe(vm, e))? {
                arith::FloatPow::Float(f) => f,
                arith::FloatPow::Complex => {
                    return super::complex::complex_pow(vm, (a, 0.0), (bf, 0.0));
                }
            },
            _ => return Ok(vm.not_implemented()),
        };
        return Ok(vm.new_float(r));
    }
    let (a, b) = (to_big(&x), to_big(&y));
    let r = match op {
        B::Add => a + b,
        B::Subtract => a - b,
        B::Multiply => a * b,
        B::FloorDivide => arith::floordiv_big(&a, &b).map_err(|e| fe(vm, e))?,
        B::Remainder => arith::mod_big(&a, &b).map_err(|e| fe(vm, e))?,
        B::TrueDivide => {
            let f = arith::truediv_int(&a, &b).map_err(|e| fe(vm, e))?;
            return Ok(vm.new_float(f));
        }
        B::And => a & b,
        B::Or => a | b,
        B::Xor => a ^ b,
        B::Lshift => arith::lshift(&a, &b).map_err(|e| fe(vm, e))?,
        B::Rshift => arith::rshift(&a, &b).map_err(|e| fe(vm, e))?,
        B::Power => match arith::pow_int(&a, &b).map_err(|e| fe(vm, e))? {
            arith::IntPow::Int(i) => i,
            arith::IntPow::Float(f) => return Ok(vm.new_float(f)),
        },
        _ => return Ok(vm.not_implemented()),
    };
    Ok(vm.new_bigint(r))
}

fn self_int(vm: &mut Vm, x: ObjRef) -> PyResult<Num> {
    match vm.heap.get(x) {
        Payload::Int(i) => Ok(Num::I(*i)),
        Payload::BigInt(b) => Ok(Num::Big((**b).clone())),
        _ => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

macro_rules! int_binop_fn {
    ($name:ident, $rname:ident, $op:expr) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            let a = self_int(vm, args.args[0])?;
            let b = match vm.heap.get(args.args[1]) {
                Payload::Int(i) => Num::I(*i),
                Payload::BigInt(b) => Num::Big((**b).clone()),
                _ => return Ok(vm.not_implemented()),
            };
            num_binop(vm, a, b, $op)
        }
        fn $rname(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            let a = self_int(vm, args.args[0])?;
            let b = match vm.heap.get(args.args[1]) {
                Payload::Int(i) => Num::I(*i),
                Payload::BigInt(b) => Num::Big((**b).clone()),
                _ => return Ok(vm.not_implemented()),
            };
            num_binop(vm, b, a, $op)
        }
    };
}

int_binop_fn!(int_add, int_radd, B::Add);
int_binop_fn!(int_sub, int_rsub, B::Subtract);
int_binop_fn!(int_mul, int_rmul, B::Multiply);
int_binop_fn!(int_truediv, int_rtruediv, B::TrueDivide);
int_binop_fn!(int_floordiv, int_rfloordiv, B::FloorDivide);
int_binop_fn!(int_mod, int_rmod, B::Remainder);
int_binop_fn!(int_pow2, int_rpow, B::Power);
int_binop_fn!(int_and, int_rand, B::And);
int_binop_fn!(int_or, int_ror, B::Or);
int_binop_fn!(int_xor, int_rxor, B::Xor);
int_binop_fn!(int_lshift, int_rlshift, B::Lshift);
int_binop_fn!(int_rshift, int_rrshift, B::Rshift);

fn int_pow(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args.len() == 3 && args.args[2] != vm.none_obj {
        let (a, b, m) = (vm.as_bigint(args.args[0]), vm.as_bigint(args.args[1]), vm.as_bigint(args.args[2]));
        let (Some(a), Some(b), Some(m)) = (a, b, m) else {
            if vm.as_float(args.args[1]).is_some() || vm.as_float(args.args[2]).is_some() {
                return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            return Ok(vm.not_implemented());
        };
        let r = arith::pow_mod(&a, &b, &m).map_err(|e| vm.format_err(e))?;
        return Ok(vm.new_bigint(r));
    }
    int_pow2(vm, &Args { args: &args.args[..2], kwnames: &[] })
}

fn int_divmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (Some(a), Some(b)) = (vm.as_bigint(args.args[0]), vm.as_bigint(args.args[1])) else { return Ok(vm.not_implemented()) };
    let (q, r) = arith::divmod_big(&a, &b).map_err(|e| vm.format_err(e))?;
    let q = vm.new_bigint(q);
    let r = vm.new_bigint(r);
    Ok(vm.new_tuple(vec![q, r]))
}

/// `b.__rdivmod__(a)` is `divmod(a, b)`.
fn int_rdivmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__rdivmod__", 1, 1)?;
    let v = [args.args[1], args.args[0]];
    int_divmod(vm, &Args::new(&v))
}

fn int_neg(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if let Some(i) = vm.as_int(args.args[0]).and_then(i64::checked_neg) {
        return Ok(vm.new_int(i));
    }
    let a = vm.as_bigint(args.args[0]).unwrap_or_default();
    Ok(vm.new_bigint(-a))
}
fn int_pos(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.as_bigint(args.args[0]).unwrap_or_default();
    Ok(vm.new_bigint(a))
}
fn int_invert(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.as_bigint(args.args[0]).unwrap_or_default();
    Ok(vm.new_bigint(-a - 1))
}
fn int_abs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.as_bigint(args.args[0]).unwrap_or_default();
    Ok(vm.new_bigint(a.abs()))
}
fn int_bool(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let z = vm.as_bigint(args.args[0]).unwrap_or_default().is_zero();
    Ok(vm.new_bool(!z))
}
fn int_int(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if vm.ty(args.args[0]) == vm.t.int {
        return Ok(vm.incref(args.args[0]));
    }
    let a = vm.as_bigint(args.args[0]).unwrap_or_default();
    Ok(vm.new_bigint(a))
}
fn int_float(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.as_bigint(args.args[0]).unwrap_or_default();
    let f = crate::numeric::convert::bigint_to_f64(&a).map_err(|e| vm.format_err(e))?;
    Ok(vm.new_float(f))
}
fn int_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let h = match vm.heap.get(args.args[0]) {
        Payload::Int(i) => crate::numeric::hash::hash_i64(*i),
        Payload::BigInt(b) => crate::numeric::hash::hash_int(b),
        _ => 0,
    };
    Ok(vm.new_int(h))
}

pub fn int_to_string(vm: &Vm, x: ObjRef) -> String {
    match vm.heap.get(x) {
        Payload::Int(i) => i.to_string(),
        Payload::BigInt(b) => b.to_string(),
        _ => String::new(),
    }
}

fn int_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let limit = vm.int_max_str_digits;
    if let Payload::BigInt(b) = vm.heap.get(args.args[0]) {
        if crate::format::int_format::surely_exceeds_str_digits(b.bits(), limit) {
            let e = crate::format::int_format::str_digits_error(limit);
            return Err(vm.format_err(e));
        }
    }
    let s = int_to_string(vm, args.args[0]);
    if limit > 0 && s.trim_start_matches('-').len() > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    // CPython writes the digits into a new str: `str(7) is '7'` is False.
    Ok(vm.new_str_fresh(s))
}

fn int_cmp(vm: &mut Vm, args: &Args, op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    let a = args.args[0];
    let b = args.args[1];
    let Some(x) = vm.as_bigint(a) else { return Ok(vm.not_implemented()) };
    let ord = match vm.heap.get(b) {
        Payload::Int(_) | Payload::BigInt(_) => x.cmp(&vm.as_bigint(b).unwrap_or_default()),
        // int's comparison knows only ints; float's reflected method compares exactly.
        _ => return Ok(vm.not_implemented()),
    };
    Ok(vm.new_bool(crate::vm::ops::ord_matches(ord, op)))
}

macro_rules! cmp_fn {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            int_cmp(vm, args, crate::bytecode::ComparisonOperator::$op)
        }
    };
}
cmp_fn!(int_lt, Lt);
cmp_fn!(int_le, Le);
cmp_fn!(int_eq, Eq);
cmp_fn!(int_ne, Ne);
cmp_fn!(int_gt, Gt);
cmp_fn!(int_ge, Ge);

/// `int(x)` / `int(s, base)`.
fn int_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    // CPython 3.11 calls this type with an argument tuple (no vectorcall).
    if !vm.type_data(args.args[0]).heap_type {
        vm.heap.gc_transient_call(inner.pos().len(), !inner.kwnames.is_empty());
    }
    if !inner.kwnames.is_empty() {
        vm.heap.gc_parser_init(crate::heap::gc::PARSER_INT);
    }
    let p = vm.parse_args(&inner, "int", &["x", "base"], 1, 0)?;
    let v = match (p[0], p[1]) {
        (None, None) => vm.new_int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        // An exact int is returned as it is (PyNumber_Long).
        (Some(x), None) if vm.ty(x) == vm.t.int => vm.incref(x),
        (Some(x), base) => {
            let base_v = match base {
                Some(b) => Some(vm.index_value(b)?),
                None => None,
            };
            int_from_obj(vm, x, base_v)?
        }
    };
    if cls == vm.t.int {
        return Ok(v);
    }
    let big = vm.as_bigint(v).unwrap_or_default();
    vm.decref(v);
    let payload = match big.to_i64() {
        Some(i) => Payload::Int(i),
        None => Payload::BigInt(Box::new(big)),
    };
    Ok(vm.alloc(cls, payload))
}

pub fn int_from_obj(vm: &mut Vm, x: ObjRef, base: Option<i64>) -> PyResult<ObjRef> {
    if let Some(base) = base {
        let s = match vm.heap.get(x) {
            Payload::Str(s) => s.s.clone(),
            Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return parse_int_str(vm, &s, base);
    }
    match vm.heap.get(x) {
        Payload::Int(i) => {
            let i = *i;
            Ok(vm.new_int(i))
        }
        Payload::BigInt(b) => {
            let b = (**b).clone();
            Ok(vm.new_bigint(b))
        }
        Payload::Float(f) => {
            let f = *f;
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let b = crate::numeric::convert::f64_to_bigint(f.trunc()).map_err(|e| vm.format_err(e))?;
            Ok(vm.new_bigint(b))
        }
        Payload::Str(s) => {
            let s = s.s.clone();
            parse_int_str(vm, &s, 10)
        }
        Payload::Bytes(b) => {
            let s = String::from_utf8_lossy(b).into_owned();
            parse_int_str(vm, &s, 10)
        }
        _ => {
            for (name, label) in [(vm.n.__int__, "__int__"), (vm.n.__index__, "__index__")] {
                if let Some(r) = vm.call_special(x, name, &[])? {
                    return int_result(vm, r, label);
                }
            }
            if let Some(r) = vm.call_special(x, vm.n.__trunc__, &[])? {
                if matches!(vm.heap.get(r), Payload::Int(_) | Payload::BigInt(_)) {
                    return int_result(vm, r, "__trunc__");
                }
                // A non-int result of __trunc__ goes through __index__.
                let idx = vm.call_special(r, vm.n.__index__, &[]);
                let rt = vm.type_name_of(r);
                vm.decref(r);
                return match idx? {
                    Some(i) => int_result(vm, i, "__index__"),
                    None => Err(vm.type_error(format!("__trunc__ returned non-Integral (type {rt})"))),
                };
            }
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'")))
        }
    }
}

/// Checks that a conversion dunder returned an int (owned `r`); an exact int
/// is returned as is, an int subclass as a plain int.
fn int_result(vm: &mut Vm, r: ObjRef, label: &str) -> PyResult<ObjRef> {
    match vm.heap.get(r) {
        Payload::Int(_) | Payload::BigInt(_) if vm.is_subtype(vm.ty(r), vm.t.int) => {
            if vm.ty(r) == vm.t.int {
                return Ok(r);
            }
            let v = vm.as_bigint(r).unwrap_or_default();
            vm.decref(r);
            Ok(vm.new_bigint(v))
        }
        _ => {
            let rt = vm.type_name_of(r);
            vm.decref(r);
            Err(vm.type_error(format!("{label} returned non-int (type {rt})")))
        }
    }
}

fn parse_int_str(vm: &mut Vm, s: &str, base: i64) -> PyResult<ObjRef> {
    let limit = vm.int_max_str_digits;
    match crate::format::parse_num::parse_int_with_limit(s, base, limit) {
        Ok(b) => Ok(vm.new_bigint(b)),
        Err(e) => Err(vm.format_err(e)),
    }
}

fn int_format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let spec = vm.as_str(args.args[1]).unwrap_or("").to_string();
    if spec.is_empty() {
        let r = vm.str(args.args[0])?;
        return Ok(r);
    }
    // perf: an int that fits in i64 is formatted without a BigInt.
    let r = match vm.heap.get(args.args[0]) {
        Payload::Int(i) => crate::format::format_i64(*i, &spec),
        _ => crate::format::format_int(&vm.as_bigint(args.args[0]).unwrap_or_default(), &spec),
    };
    match r {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(vm.format_err(e)),
    }
}

fn int_bit_length(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = vm.as_bigint(args.args[0]).unwrap_or_default();
    Ok(vm.new_int(crate::numeric::convert::bit_length(&v) as i64))
}

fn int_index(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    int_int(vm, args)
}

fn int_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = vm.as_bigint(args.args[0]).unwrap_or_default();
    Ok(vm.new_int(int_size(&v) as i64))
}

/// CPython's int size: 24 + 4 per 30-bit digit (at least one digit, except 0 → 24+4? no: 0 is 24 in 3.11? it's 24+4=28).
pub fn int_size(v: &BigInt) -> usize {
    let bits = v.abs().bits() as usize;
    let digits = bits.div_ceil(30).max(1);
    24 + 4 * digits
}

fn int_conjugate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    int_int(vm, args)
}

fn int_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = int_int(vm, args)?;
    Ok(vm.new_tuple(vec![v]))
}

fn int_round(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = vm.as_bigint(args.args[0]).unwrap_or_default();
    match args.args.get(1).filter(|&&n| n != vm.none_obj) {
        None => Ok(vm.new_bigint(v)),
        Some(&n) => {
            let nd = vm.index_value(n)?;
            Ok(vm.new_bigint(crate::numeric::round::round_int(&v, nd)))
        }
    }
}

fn int_bit_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = vm.as_bigint(args.args[0]).unwrap_or_default();
    let n: u64 = v.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(vm.new_int(n as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = int_int(vm, args)?;
    let one = vm.new_int(1);
    Ok(vm.new_tuple(vec![a, one]))
}

fn int_zero(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_int(0))
}
fn int_one(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_int(1))
}

fn byteorder(vm: &mut Vm, x: Option<ObjRef>) -> PyResult<bool> {
    let Some(x) = x else { return Ok(false) };
    match vm.as_str(x) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("to_bytes() argument 'byteorder' must be str, not {tn}")))
        }
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = vm.as_bigint(args.args[0]).unwrap_or_default();
    let p = vm.parse_args(&Args { args: &args.args[1..], kwnames: args.kwnames }, "to_bytes", &["length", "byteorder", "signed"], 0, 0)?;
    let length = match p[0] {
        Some(l) => vm.ssize_arg(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder(vm, p[1])?;
    let signed = match p[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let b = crate::numeric::convert::to_bytes(&me, length as usize, little, signed).map_err(|e| vm.format_err(e))?;
    Ok(vm.new_bytes_uncached(b))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn int_from_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let p = vm.parse_args(&Args { args: &args.args[1..], kwnames: args.kwnames }, "from_bytes", &["bytes", "byteorder", "signed"], 0, 1)?;
    let src = p[0].expect("required");
    let data: Vec<u8> = match vm.heap.get(src) {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.to_vec(),
        _ => {
            let bt = vm.t.bytes;
            let b = vm.call(bt, &[src])?;
            let v = match vm.heap.get(b) {
                Payload::Bytes(b) => b.to_vec(),
                _ => Vec::new(),
            };
            vm.decref(b);
            v
        }
    };
    let little = byteorder(vm, p[1])?;
    let signed = match p[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let v = crate::numeric::convert::from_bytes(&data, little, signed);
    let r = vm.new_bigint(v);
    if cls == vm.t.int {
        return Ok(r);
    }
    let out = vm.call(cls, &[r]);
    vm.decref(r);
    out
}

/// `sys.get_int_max_str_digits()`.
pub fn sys_get_int_max_str_digits(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_int_max_str_digits", 0, 0)?;
    Ok(vm.new_int(vm.int_max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640.
pub fn sys_set_int_max_str_digits(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "set_int_max_str_digits", &["maxdigits"], 0, 1)?;
    let n = vm.index_value(p[0].expect("required"))?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(vm.none())
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", int_new),
    MethodDef::method("__add__", int_add),
    MethodDef::method("__radd__", int_radd),
    MethodDef::method("__sub__", int_sub),
    MethodDef::method("__rsub__", int_rsub),
    MethodDef::method("__mul__", int_mul),
    MethodDef::method("__rmul__", int_rmul),
    MethodDef::method("__truediv__", int_truediv),
    MethodDef::method("__rtruediv__", int_rtruediv),
    MethodDef::method("__floordiv__", int_floordiv),
    MethodDef::method("__rfloordiv__", int_rfloordiv),
    MethodDef::method("__mod__", int_mod),
    MethodDef::method("__rmod__", int_rmod),
    MethodDef::method("__pow__", int_pow),
    MethodDef::method("__rpow__", int_rpow),
    MethodDef::method("__divmod__", int_divmod),
    MethodDef::method("__rdivmod__", int_rdivmod),
    MethodDef::method("__and__", int_and),
    MethodDef::method("__rand__", int_rand),
    MethodDef::method("__or__", int_or),
    MethodDef::method("__ror__", int_ror),
    MethodDef::method("__xor__", int_xor),
    MethodDef::method("__rxor__", int_rxor),
    MethodDef::method("__lshift__", int_lshift),
    MethodDef::method("__rlshift__", int_rlshift),
    MethodDef::method("__rshift__", int_rshift),
    MethodDef::method("__rrshift__", int_rrshift),
    MethodDef::method("__neg__", int_neg),
    MethodDef::method("__pos__", int_pos),
    MethodDef::method("__invert__", int_invert),
    MethodDef::method("__abs__", int_abs),
    MethodDef::method("__bool__", int_bool),
    MethodDef::method("__int__", int_int),
    MethodDef::method("__index__", int_index),
    MethodDef::method("__float__", int_float),
    MethodDef::method("__hash__", int_hash),
    MethodDef::method("__repr__", int_repr),
    MethodDef::method("__lt__", int_lt),
    MethodDef::method("__le__", int_le),
    MethodDef::method("__eq__", int_eq),
    MethodDef::method("__ne__", int_ne),
    MethodDef::method("__gt__", int_gt),
    MethodDef::method("__ge__", int_ge),
    MethodDef::method("__format__", int_format),
    MethodDef::method("__sizeof__", int_sizeof),
    MethodDef::method("__round__", int_round),
    MethodDef::method("__trunc__", int_int),
    MethodDef::method("__floor__", int_int),
    MethodDef::method("__ceil__", int_int),
    MethodDef::method("__getnewargs__", int_getnewargs),
    MethodDef::method("bit_length", int_bit_length),
    MethodDef::method("conjugate", int_conjugate),
    MethodDef::method("bit_count", int_bit_count),
    MethodDef::method("as_integer_ratio", int_as_integer_ratio),
    MethodDef::method("to_bytes", int_to_bytes),
    MethodDef::classmethod("from_bytes", int_from_bytes),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.int;
    vm.add_methods(t, METHODS);
    vm.add_properties(
        t,
        &[
            MethodDef::method("real", int_int),
            MethodDef::method("imag", int_zero),
            MethodDef::method("numerator", int_int),
            MethodDef::method("denominator", int_one),
        ],
    );
}
