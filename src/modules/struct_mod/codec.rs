//! Converting between Python values and the bytes of one `struct` field,
//! with CPython's checks: integer ranges (and which of its two messages a
//! code uses), floats that overflow a `f`/`e` field, one-byte `c` values,
//! `s`/`p` byte strings.

use num_traits::ToPrimitive;

use super::format::{Field, Order};
use super::half;
use crate::heap::{ObjRef, Payload};
use crate::vm::{PyErr, PyResult, Vm};

/// Raises `struct.error(msg)`.
pub fn struct_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    vm.module_error("_struct", "error", msg.into())
}

/// An integer argument (via `__index__`); None when it does not fit an i128.
fn int_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Option<i128>> {
    match vm.heap.get(x) {
        Payload::Int(i) => return Ok(Some(*i as i128)),
        Payload::BigInt(b) => return Ok(b.to_i128()),
        _ => {}
    }
    match vm.call_special(x, vm.n.__index__, &[])? {
        Some(r) => {
            let v = match vm.heap.get(r) {
                Payload::Int(i) => Some(*i as i128),
                Payload::BigInt(b) => b.to_i128(),
                _ => None,
            };
            vm.decref(r);
            Ok(v)
        }
        None => Err(struct_error(vm, "required argument is not an integer")),
    }
}

/// A float argument as `PyFloat_AsDouble` takes it.
fn float_arg(vm: &mut Vm, x: ObjRef) -> PyResult<f64> {
    match vm.heap.get(x) {
        Payload::Float(f) => return Ok(*f),
        Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) => {
            return Err(struct_error(vm, "required argument is not a float"))
        }
        _ => {}
    }
    // Every conversion failure (no __float__, an int too large) becomes the
    // same struct.error, as CPython replaces the pending exception.
    match crate::types::float::float_of(vm, x) {
        Err(e) => {
            vm.drop_err(e);
            Err(struct_error(vm, "required argument is not a float"))
        }
        r => r,
    }
}

/// Checks an integer against the field's range, with the message CPython
/// gives for that code in that mode.
fn check_int(vm: &mut Vm, code: u8, size: usize, v: Option<i128>) -> PyResult<i128> {
    let out_of_range = |vm: &mut Vm| Err(struct_error(vm, "argument out of range"));
    let Some(v) = v else {
        if code == b'P' {
            return Err(struct_error(vm, "int too large to convert"));
        }
        return out_of_range(vm);
    };
    let named = |vm: &mut Vm, name: &str, lo: i128, hi: i128| {
        Err(struct_error(vm, format!("{name} format requires {lo} <= number <= {hi}")))
    };
    if code != b'P' && code != b'Q' && code != b'L' && code != b'N' && code != b'I' && i64::try_from(v).is_err() {
        // Beyond a C long: the conversion itself fails.
        return out_of_range(vm);
    }
    match (code, size) {
        (b'b', _) if !(-128..=127).contains(&v) => named(vm, "byte", -128, 127),
        (b'B', _) if !(0..=255).contains(&v) => named(vm, "ubyte", 0, 255),
        (b'h', _) if !(-32768..=32767).contains(&v) => named(vm, "short", -32768, 32767),
        (b'H', _) if !(0..=65535).contains(&v) => named(vm, "ushort", 0, 65535),
        (b'i' | b'l', 4) => {
            if i64::try_from(v).is_err() {
                out_of_range(vm)
            } else if i32::try_from(v).is_err() {
                named(vm, &format!("'{}'", code as char), i32::MIN as i128, i32::MAX as i128)
            } else {
                Ok(v)
            }
        }
        (b'I' | b'L', 4) => {
            if v < 0 || u64::try_from(v).is_err() {
                out_of_range(vm)
            } else if u32::try_from(v).is_err() {
                named(vm, &format!("'{}'", code as char), 0, u32::MAX as i128)
            } else {
                Ok(v)
            }
        }
        (b'q' | b'l' | b'n', 8) if i64::try_from(v).is_err() => out_of_range(vm),
        (b'Q' | b'L' | b'N', 8) if u64::try_from(v).is_err() => out_of_range(vm),
        (b'P', _) if v < i64::MIN as i128 || v > u64::MAX as i128 => Err(struct_error(vm, "int too large to convert")),
        _ => Ok(v),
    }
}

fn put(out: &mut [u8], order: Order, bytes_le: &[u8]) {
    match order {
        Order::Big => {
            for (o, b) in out.iter_mut().zip(bytes_le.iter().rev()) {
                *o = *b;
            }
        }
        _ => out.copy_from_slice(bytes_le),
    }
}

fn bytes_arg(vm: &Vm, x: ObjRef) -> Option<&[u8]> {
    match vm.heap.get(x) {
        Payload::Bytes(b) => Some(b),
        Payload::ByteArray(b) => Some(b),
        _ => None,
    }
}

/// Packs the field's values (taken from `vals`) into `out` (the field's
/// bytes, already zeroed).
pub fn pack_field(vm: &mut Vm, f: &Field, order: Order, vals: &[ObjRef], out: &mut [u8]) -> PyResult<()> {
    match f.code {
        b'x' => Ok(()),
        b's' | b'p' => {
            let Some(data) = bytes_arg(vm, vals[0]) else {
                return Err(struct_error(vm, format!("argument for '{}' must be a bytes object", f.code as char)));
            };
            if f.code == b's' {
                let n = data.len().min(f.count);
                out[..n].copy_from_slice(&data[..n]);
            } else if f.count > 0 {
                // Pascal string: a length byte, then at most 255 bytes.
                let n = data.len().min(f.count - 1).min(255);
                out[1..=n].copy_from_slice(&data[..n]);
                out[0] = n as u8;
            }
            Ok(())
        }
        _ => {
            for (k, &v) in vals.iter().enumerate() {
                let slot = &mut out[k * f.size..(k + 1) * f.size];
                pack_one(vm, f, order, v, slot)?;
            }
            Ok(())
        }
    }
}

fn pack_one(vm: &mut Vm, f: &Field, order: Order, v: ObjRef, slot: &mut [u8]) -> PyResult<()> {
    match f.code {
        b'c' => match bytes_arg(vm, v) {
            Some(&[b]) => slot[0] = b,
            _ => return Err(struct_error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => slot[0] = vm.truthy(v)? as u8,
        b'e' => {
            let x = float_arg(vm, v)?;
            let Some(bits) = half::pack(x) else {
                return Err(vm.overflow_error("float too large to pack with e format"));
            };
            put(slot, order, &bits.to_le_bytes());
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            // Native `f` is a C cast (inf on overflow); the standard sizes refuse.
            if order != Order::Native && y.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put(slot, order, &y.to_le_bytes());
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put(slot, order, &x.to_le_bytes());
        }
        code => {
            let n = int_arg(vm, v)?;
            let n = check_int(vm, code, f.size, n)?;
            let le = n.to_le_bytes();
            put(slot, order, &le[..f.size]);
        }
    }
    Ok(())
}

fn get(data: &[u8], order: Order) -> u64 {
    let mut v: u64 = 0;
    match order {
        Order::Big => {
            for &b in data {
                v = (v << 8) | b as u64;
            }
        }
        _ => {
            for &b in data.iter().rev() {
                v = (v << 8) | b as u64;
            }
        }
    }
    v
}

/// Unpacks the field from `data` (its bytes), appending the values to `out` (owned).
pub fn unpack_field(vm: &mut Vm, f: &Field, order: Order, data: &[u8], out: &mut Vec<ObjRef>) {
    match f.code {
        b'x' => {}
        b's' => out.push(vm.new_bytes(data[..f.count].to_vec())),
        b'p' => {
            let n = if f.count == 0 { 0 } else { (data[0] as usize).min(f.count - 1) };
            out.push(vm.new_bytes(data[1.min(f.count)..1.min(f.count) + n].to_vec()));
        }
        code => {
            for k in 0..f.count {
                let b = &data[k * f.size..(k + 1) * f.size];
                let raw = get(b, order);
                let v = match code {
                    b'c' => vm.new_bytes(vec![b[0]]),
                    b'?' => vm.new_bool(raw != 0),
                    b'e' => vm.new_float(half::unpack(raw as u16)),
                    b'f' => vm.new_float(f32::from_bits(raw as u32) as f64),
                    b'd' => vm.new_float(f64::from_bits(raw)),
                    b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                        // Sign-extend from the field's width.
                        let shift = 64 - 8 * f.size as u32;
                        vm.new_int(((raw << shift) as i64) >> shift)
                    }
                    _ => match i64::try_from(raw) {
                        Ok(i) => vm.new_int(i),
                        Err(_) => vm.new_bigint(raw.into()),
                    },
                };
                out.push(v);
            }
        }
    }
}
