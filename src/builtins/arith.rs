//! Arithmetic builtins: `abs`, `divmod`, `pow`, `round`.

use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

pub fn b_abs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "abs", 1, 1)?;
    match vm.call_special(args.args[0], vm.n.__abs__, &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name_of(args.args[0]);
            Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
        }
    }
}

pub fn b_divmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "divmod", 2, 2)?;
    let (a, b) = (args.args[0], args.args[1]);
    if let (Some(x), Some(y)) = (vm.as_float(a).or(vm.as_int(a).map(|i| i as f64)), vm.as_float(b).or(vm.as_int(b).map(|i| i as f64))) {
        if vm.as_float(a).is_some() || vm.as_float(b).is_some() {
            let (q, r) = crate::numeric::arith::divmod_f64(x, y).map_err(|e| vm.format_err(e))?;
            let q = vm.new_float(q);
            let r = vm.new_float(r);
            return Ok(vm.new_tuple(vec![q, r]));
        }
    }
    let (n1, n2) = (vm.n.__divmod__, vm.n.__rdivmod__);
    match vm.binary_op1(a, b, n1, n2)? {
        Some(r) => Ok(r),
        None => {
            let (x, y) = (vm.type_name_of(a), vm.type_name_of(b));
            Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{x}' and '{y}'")))
        }
    }
}

pub fn b_pow(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "pow", &["base", "exp", "mod"], 0, 2)?;
    let (a, b) = (p[0].expect("required"), p[1].expect("required"));
    match p[2].filter(|&m| m != vm.none_obj) {
        None => vm.binary_op(a, b, crate::bytecode::BinaryOperator::Power),
        Some(m) => {
            // Ternary pow only tries the left operand's __pow__ (as CPython's
            // slot does for builtin numbers).
            let f = vm.lookup(vm.ty(a), vm.n.__pow__);
            let r = match f {
                Some(f) => {
                    let f = vm.incref(f);
                    let r = vm.call_unbound(f, a, &[b, m]);
                    vm.decref(f);
                    r?
                }
                None => vm.not_implemented(),
            };
            if r == vm.not_implemented_obj {
                vm.decref(r);
                let (x, y, z) = (vm.type_name_of(a), vm.type_name_of(b), vm.type_name_of(m));
                return Err(vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{x}', '{y}', '{z}'")));
            }
            Ok(r)
        }
    }
}

pub fn b_round(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "round", &["number", "ndigits"], 0, 1)?;
    let x = p[0].expect("required");
    let extra: Vec<ObjRef> = p[1].filter(|&n| n != vm.none_obj).into_iter().collect();
    match vm.call_special(x, vm.n.__round__, &extra)? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
        }
    }
}
