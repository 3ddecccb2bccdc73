//! Builtins that convert or describe one value: `repr`, `ascii`, `chr`, `ord`,
//! `format`, `hex`/`oct`/`bin`, `hash`, `id`.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

pub fn b_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "repr", 1, 1)?;
    // CPython calls this one-argument builtin through a path that counts
    // a recursion level of its own (on top of PyObject_Repr's).
    vm.enter_recursive(" while calling a Python object")?;
    let r = vm.repr(args.args[0]);
    vm.depth -= 1;
    r
}

pub fn b_ascii(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "ascii", 1, 1)?;
    let s = vm.repr_string(args.args[0])?;
    Ok(vm.new_str(crate::format::repr::ascii_escape(&s)))
}

pub fn b_id(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "id", 1, 1)?;
    let a = vm.heap.address(args.args[0]);
    Ok(vm.new_int(a as i64))
}

pub fn b_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "hash", 1, 1)?;
    // A one-argument builtin: a recursion level, as for `repr`.
    vm.enter_recursive(" while calling a Python object")?;
    let h = vm.hash(args.args[0]);
    vm.depth -= 1;
    Ok(vm.new_int(h?))
}

pub fn b_chr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "chr", 1, 1)?;
    // CPython converts to a C int first.
    let i = vm.c_int_arg(args.args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

pub fn b_ord(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "ord", 1, 1)?;
    let x = args.args[0];
    match vm.heap.get(x) {
        Payload::Str(s) => {
            let n = s.char_len;
            if n != 1 {
                return Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")));
            }
            let c = s.s.chars().next().unwrap_or('\0');
            Ok(vm.new_int(c as i64))
        }
        Payload::Bytes(b) if b.len() == 1 => {
            let v = b[0] as i64;
            Ok(vm.new_int(v))
        }
        Payload::ByteArray(b) if b.len() == 1 => {
            let v = b[0] as i64;
            Ok(vm.new_int(v))
        }
        Payload::Bytes(b) => {
            let n = b.len();
            Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")))
        }
        Payload::ByteArray(b) => {
            let n = b.len();
            Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")))
        }
        _ => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

pub fn b_format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "format", 1, 2)?;
    let spec = args.args.get(1).copied().unwrap_or(vm.empty_str);
    if vm.as_str(spec).is_none() {
        let tn = vm.type_name_of(spec);
        return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
    }
    vm.format(args.args[0], spec)
}

pub fn radix(vm: &mut Vm, args: &Args, name: &str, base: u32, prefix: &str) -> PyResult<ObjRef> {
    vm.check_args(args, name, 1, 1)?;
    let x = args.args[0];
    let v = match vm.as_bigint(x) {
        Some(v) => v,
        None => {
            let i = vm.index_value(x)?;
            num_bigint::BigInt::from(i)
        }
    };
    let _ = prefix;
    Ok(vm.new_str(crate::format::int_to_string_radix(&v, base)))
}

pub fn b_hex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    radix(vm, args, "hex", 16, "0x")
}

pub fn b_oct(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    radix(vm, args, "oct", 8, "0o")
}

pub fn b_bin(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    radix(vm, args, "bin", 2, "0b")
}
