//! float.

use crate::bytecode::BinaryOperator as B;
use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::int::{num_of, numeric_binop};
use super::MethodDef;

fn self_f(vm: &mut Vm, x: ObjRef) -> PyResult<f64> {
    match vm.heap.get(x) {
        Payload::Float(f) => Ok(*f),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

macro_rules! fl_binop {
    ($name:ident, $rname:ident, $op:expr) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            let (a, b) = (args.args[0], args.args[1]);
            if num_of(vm, b).is_none() {
                return Ok(vm.not_implemented());
            }
            numeric_binop(vm, a, b, $op).unwrap_or_else(|| Ok(vm.not_implemented()))
        }
        fn $rname(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            let (a, b) = (args.args[0], args.args[1]);
            if num_of(vm, b).is_none() {
                return Ok(vm.not_implemented());
            }
            numeric_binop(vm, b, a, $op).unwrap_or_else(|| Ok(vm.not_implemented()))
        }
    };
}
fl_binop!(f_add, f_radd, B::Add);
fl_binop!(f_sub, f_rsub, B::Subtract);
fl_binop!(f_mul, f_rmul, B::Multiply);
fl_binop!(f_truediv, f_rtruediv, B::TrueDivide);
fl_binop!(f_floordiv, f_rfloordiv, B::FloorDivide);
fl_binop!(f_mod, f_rmod, B::Remainder);
fl_binop!(f_pow2, f_rpow, B::Power);

fn f_pow(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args.len() > 2 && args.args[2] != vm.none_obj {
        if num_of(vm, args.args[1]).is_none() {
            return Ok(vm.not_implemented());
        }
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    f_pow2(vm, &Args { args: &args.args[..2], kwnames: &[] })
}

fn f_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    Ok(vm.new_str(crate::format::float_repr(f)))
}
fn f_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    let h = crate::numeric::hash::hash_float(f, vm.heap.address(args.args[0]));
    Ok(vm.new_int(h))
}
fn f_bool(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    Ok(vm.new_bool(f != 0.0))
}
fn f_neg(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    Ok(vm.new_float(-f))
}
fn f_pos(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    Ok(vm.new_float(f))
}
fn f_abs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    Ok(vm.new_float(f.abs()))
}
fn f_float(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    Ok(vm.new_float(f))
}
fn f_is_integer(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    Ok(vm.new_bool(f.is_finite() && f.fract() == 0.0))
}
fn f_format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    let spec = vm.as_str(args.args[1]).unwrap_or("").to_string();
    match crate::format::format_float(f, &spec) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(vm.format_err(e)),
    }
}
fn f_round(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    match args.args.get(1).filter(|&&n| n != vm.none_obj) {
        None => {
            let b = crate::numeric::round::round_float_to_int(f).map_err(|e| vm.format_err(e))?;
            Ok(vm.new_bigint(b))
        }
        Some(&n) => {
            // CPython clamps an ndigits beyond a machine word.
            let nd = match vm.index_value(n) {
                Ok(v) => v,
                Err(e) if vm.err_matches(&e, vm.t.overflow_error) => {
                    vm.drop_err(e);
                    let neg = vm.as_bigint(n).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
                    if neg {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
                Err(e) => return Err(e),
            };
            let r = crate::numeric::round::round_float(f, nd).map_err(|e| vm.format_err(e))?;
            Ok(vm.new_float(r))
        }
    }
}
fn f_cmp(vm: &mut Vm, args: &Args, op: crate::bytecode::ComparisonOperator) -> PyResult<ObjRef> {
    use crate::bytecode::ComparisonOperator as C;
    let a = self_f(vm, args.args[0])?;
    let b = args.args[1];
    let ord = match vm.heap.get(b) {
        Payload::Float(y) => a.partial_cmp(y),
        Payload::Int(i) => crate::numeric::convert::compare_i64_float(*i, a).map(|o| o.reverse()),
        Payload::BigInt(bi) => crate::numeric::convert::compare_int_float(bi, a).map(|o| o.reverse()),
        _ => return Ok(vm.not_implemented()),
    };
    let r = match ord {
        Some(o) => crate::vm::ops::ord_matches(o, op),
        None => op == C::Ne,
    };
    Ok(vm.new_bool(r))
}
macro_rules! fcmp {
    ($name:ident, $op:ident) => {
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
            f_cmp(vm, args, crate::bytecode::ComparisonOperator::$op)
        }
    };
}
fcmp!(f_lt, Lt);
fcmp!(f_le, Le);
fcmp!(f_eq, Eq);
fcmp!(f_ne, Ne);
fcmp!(f_gt, Gt);
fcmp!(f_ge, Ge);

/// `float(x)`.
fn f_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    vm.check_args(&Args { args: &args.args[1..], kwnames: args.kwnames }, "float", 0, 1)?;
    let v = match args.args.get(1) {
        None => 0.0,
        Some(&x) => {
            if cls == vm.t.float && vm.ty(x) == vm.t.float {
                return Ok(vm.incref(x));
            }
            float_of(vm, x)?
        }
    };
    Ok(vm.alloc(cls, Payload::Float(v)))
}

/// Converts to a float as `float(x)` does.
pub fn float_of(vm: &mut Vm, x: ObjRef) -> PyResult<f64> {
    match vm.heap.get(x) {
        Payload::Float(f) => Ok(*f),
        Payload::Int(i) => Ok(*i as f64),
        Payload::BigInt(b) => {
            let b = (**b).clone();
            crate::numeric::convert::bigint_to_f64(&b).map_err(|e| vm.format_err(e))
        }
        Payload::Str(s) => {
            let s = s.s.clone();
            crate::format::parse_float(&s).map_err(|e| vm.format_err(e))
        }
        Payload::Bytes(b) => {
            let b = b.to_vec();
            crate::format::parse_num::parse_float_bytes(&b, false).map_err(|e| vm.format_err(e))
        }
        Payload::ByteArray(b) => {
            let b = b.to_vec();
            crate::format::parse_num::parse_float_bytes(&b, true).map_err(|e| vm.format_err(e))
        }
        _ => {
            if let Some(r) = vm.call_special(x, vm.n.__float__, &[])? {
                let f = vm.as_float(r);
                let rt = vm.type_name_of(r);
                vm.decref(r);
                let tn = vm.type_name_of(x);
                return f.ok_or_else(|| vm.type_error(format!("{tn}.__float__ returned non-float (type {rt})")));
            }
            if let Some(r) = vm.call_special(x, vm.n.__index__, &[])? {
                let f = vm.as_bigint(r).map(|b| crate::numeric::convert::bigint_to_f64(&b));
                let rt = vm.type_name_of(r);
                vm.decref(r);
                return match f {
                    Some(Ok(f)) => Ok(f),
                    Some(Err(e)) => Err(vm.format_err(e)),
                    None => Err(vm.type_error(format!("__index__ returned non-int (type {rt})"))),
                };
            }
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
        }
    }
}

fn f_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    let (n, d) = crate::numeric::convert::as_integer_ratio(f).map_err(|e| vm.format_err(e))?;
    let (n, d) = (vm.new_bigint(n), vm.new_bigint(d));
    Ok(vm.new_tuple(vec![n, d]))
}
fn f_hex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    Ok(vm.new_str(crate::format::float_hex(f)))
}
/// `float.fromhex(s)` (a classmethod: subclasses are called with the value).
fn f_fromhex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "fromhex", 1, 1)?;
    let cls = args.args[0];
    let Some(s) = vm.as_str(args.args[1]).map(str::to_string) else {
        let tn = vm.type_name_of(args.args[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let v = crate::format::float_fromhex(&s).map_err(|e| vm.format_err(e))?;
    let r = vm.new_float(v);
    if cls == vm.t.float {
        return Ok(r);
    }
    let out = vm.call(cls, &[r]);
    vm.decref(r);
    out
}
fn f_conjugate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    if vm.ty(args.args[0]) == vm.t.float {
        return Ok(vm.incref(args.args[0]));
    }
    Ok(vm.new_float(f))
}
fn f_imag(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    self_f(vm, args.args[0])?;
    Ok(vm.new_float(0.0))
}
fn f_to_int(vm: &mut Vm, f: f64) -> PyResult<ObjRef> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let b = crate::numeric::convert::f64_to_bigint(f).map_err(|e| vm.format_err(e))?;
    Ok(vm.new_bigint(b))
}
fn f_floor(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    f_to_int(vm, f.floor())
}
fn f_ceil(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    f_to_int(vm, f.ceil())
}
fn f_trunc(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    f_to_int(vm, f.trunc())
}
fn f_divmod_impl(vm: &mut Vm, a: ObjRef, b: ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (as_f(vm, a)?, as_f(vm, b)?) else { return Ok(vm.not_implemented()) };
    let (q, r) = crate::numeric::arith::divmod_f64(x, y).map_err(|e| vm.format_err(e))?;
    let (q, r) = (vm.new_float(q), vm.new_float(r));
    Ok(vm.new_tuple(vec![q, r]))
}
/// An int or float operand as f64 (None for other kinds).
fn as_f(vm: &mut Vm, x: ObjRef) -> PyResult<Option<f64>> {
    match num_of(vm, x) {
        Some(super::int::Num::F(f)) => Ok(Some(f)),
        Some(super::int::Num::I(i)) => Ok(Some(i as f64)),
        Some(super::int::Num::Big(b)) => crate::numeric::convert::bigint_to_f64(&b).map(Some).map_err(|e| vm.format_err(e)),
        None => Ok(None),
    }
}
fn f_divmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    f_divmod_impl(vm, args.args[0], args.args[1])
}
fn f_rdivmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    f_divmod_impl(vm, args.args[1], args.args[0])
}
fn f_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = self_f(vm, args.args[0])?;
    let v = vm.new_float(f);
    Ok(vm.new_tuple(vec![v]))
}
fn f_getformat(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__getformat__", 1, 1)?;
    match vm.as_str(args.args[1]) {
        Some("double") | Some("float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => {
            let tn = vm.type_name_of(args.args[1]);
            Err(vm.type_error(format!("__getformat__() argument must be str, not {tn}")))
        }
    }
}

fn f_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let extra = crate::modules::sys::layout_extra(vm, args.args[0]) as i64;
    Ok(vm.new_int(24 + extra))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", f_new),
    MethodDef::method("__add__", f_add),
    MethodDef::method("__radd__", f_radd),
    MethodDef::method("__sub__", f_sub),
    MethodDef::method("__rsub__", f_rsub),
    MethodDef::method("__mul__", f_mul),
    MethodDef::method("__rmul__", f_rmul),
    MethodDef::method("__truediv__", f_truediv),
    MethodDef::method("__rtruediv__", f_rtruediv),
    MethodDef::method("__floordiv__", f_floordiv),
    MethodDef::method("__rfloordiv__", f_rfloordiv),
    MethodDef::method("__mod__", f_mod),
    MethodDef::method("__rmod__", f_rmod),
    MethodDef::method("__pow__", f_pow),
    MethodDef::method("__rpow__", f_rpow),
    MethodDef::method("__repr__", f_repr),
    MethodDef::method("__hash__", f_hash),
    MethodDef::method("__bool__", f_bool),
    MethodDef::method("__neg__", f_neg),
    MethodDef::method("__pos__", f_pos),
    MethodDef::method("__abs__", f_abs),
    MethodDef::method("__int__", f_trunc),
    MethodDef::method("__trunc__", f_trunc),
    MethodDef::method("__float__", f_float),
    MethodDef::method("__format__", f_format),
    MethodDef::method("__round__", f_round),
    MethodDef::method("__lt__", f_lt),
    MethodDef::method("__le__", f_le),
    MethodDef::method("__eq__", f_eq),
    MethodDef::method("__ne__", f_ne),
    MethodDef::method("__gt__", f_gt),
    MethodDef::method("__ge__", f_ge),
    MethodDef::method("__sizeof__", f_sizeof),
    MethodDef::method("is_integer", f_is_integer),
    MethodDef::method("as_integer_ratio", f_as_integer_ratio),
    MethodDef::method("hex", f_hex),
    MethodDef::classmethod("fromhex", f_fromhex),
    MethodDef::classmethod("__getformat__", f_getformat),
    MethodDef::method("conjugate", f_conjugate),
    MethodDef::method("__floor__", f_floor),
    MethodDef::method("__ceil__", f_ceil),
    MethodDef::method("__divmod__", f_divmod),
    MethodDef::method("__rdivmod__", f_rdivmod),
    MethodDef::method("__getnewargs__", f_getnewargs),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.float;
    vm.add_methods(t, METHODS);
    vm.add_properties(t, &[MethodDef::method("real", f_conjugate), MethodDef::method("imag", f_imag)]);
}
