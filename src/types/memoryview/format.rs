//! memoryview item formats (the native single-character `struct` codes):
//! sizes, unpacking an item to a Python object and packing one back, with
//! CPython's error messages.

use crate::heap::{ObjRef, Payload};
use crate::vm::{PyResult, Vm};

/// The item size of a supported format, None if unsupported.
pub fn itemsize(fmt: char) -> Option<usize> {
    Some(match fmt {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' | 'e' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'n' | 'N' | 'P' | 'd' => 8,
        _ => return None,
    })
}

/// Parses a format string: one native code, optionally after '@'.
pub fn parse(s: &str) -> Option<char> {
    let s = s.strip_prefix('@').unwrap_or(s);
    let mut it = s.chars();
    let c = it.next()?;
    if it.next().is_some() {
        return None;
    }
    itemsize(c).map(|_| c)
}

fn le_u64(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    a[..b.len()].copy_from_slice(b);
    u64::from_le_bytes(a)
}

fn sign_extend(v: u64, size: usize) -> i64 {
    let shift = 64 - 8 * size as u32;
    ((v << shift) as i64) >> shift
}

/// The Python value of one item (owned).
pub fn unpack(vm: &mut Vm, fmt: char, b: &[u8]) -> ObjRef {
    match fmt {
        'c' => vm.new_bytes(b.to_vec()),
        '?' => vm.new_bool(b[0] != 0),
        'f' => {
            let v = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            vm.new_float(v as f64)
        }
        'd' => vm.new_float(f64::from_le_bytes(le_u64(b).to_le_bytes())),
        'e' => vm.new_float(half_to_f64(u16::from_le_bytes([b[0], b[1]]))),
        'b' | 'h' | 'i' | 'l' | 'q' | 'n' => vm.new_int(sign_extend(le_u64(b), b.len())),
        _ => {
            let v = le_u64(b);
            if v > i64::MAX as u64 {
                vm.new_bigint(num_bigint::BigInt::from(v))
            } else {
                vm.new_int(v as i64)
            }
        }
    }
}

fn invalid_type(vm: &mut Vm, fmt: char) -> crate::vm::PyErr {
    vm.type_error(format!("memoryview: invalid type for format '{fmt}'"))
}
fn invalid_value(vm: &mut Vm, fmt: char) -> crate::vm::PyErr {
    vm.value_error(format!("memoryview: invalid value for format '{fmt}'"))
}

/// The bytes of `v` as one item of format `fmt`.
pub fn pack(vm: &mut Vm, fmt: char, v: ObjRef) -> PyResult<Vec<u8>> {
    let size = itemsize(fmt).unwrap_or(1);
    match fmt {
        'c' => match vm.heap.get(v) {
            Payload::Bytes(b) if b.len() == 1 => Ok(vec![b[0]]),
            Payload::Bytes(_) => Err(invalid_value(vm, fmt)),
            _ => Err(invalid_type(vm, fmt)),
        },
        '?' => {
            let t = vm.truthy(v)?;
            Ok(vec![t as u8])
        }
        'f' | 'd' | 'e' => {
            let x = match vm.heap.get(v) {
                Payload::Float(f) => *f,
                Payload::Int(i) => *i as f64,
                _ => {
                    if vm.lookup(vm.ty(v), vm.n.__float__).is_none() && vm.lookup(vm.ty(v), vm.n.__index__).is_none() {
                        return Err(invalid_type(vm, fmt));
                    }
                    let f = vm.call_special(v, vm.n.__float__, &[])?;
                    match f {
                        Some(f) => {
                            let x = vm.as_float(f).unwrap_or(0.0);
                            vm.decref(f);
                            x
                        }
                        None => vm.index_value(v)? as f64,
                    }
                }
            };
            Ok(match fmt {
                'f' => (x as f32).to_le_bytes().to_vec(),
                'e' => f64_to_half(x).to_le_bytes().to_vec(),
                _ => x.to_le_bytes().to_vec(),
            })
        }
        _ => {
            // Integer formats take ints (and __index__), not floats.
            let n: Option<num_bigint::BigInt> = match vm.heap.get(v) {
                Payload::Int(i) => Some((*i).into()),
                Payload::BigInt(b) => Some((**b).clone()),
                _ => None,
            };
            let n = match n {
                Some(n) => n,
                None => {
                    if vm.lookup(vm.ty(v), vm.n.__index__).is_none() {
                        return Err(invalid_type(vm, fmt));
                    }
                    num_bigint::BigInt::from(vm.index_value(v)?)
                }
            };
            let signed = matches!(fmt, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
            let bits = 8 * size as u32;
            let (lo, hi) = if signed {
                (-(num_bigint::BigInt::from(1) << (bits - 1)), (num_bigint::BigInt::from(1) << (bits - 1)) - 1)
            } else {
                (num_bigint::BigInt::from(0), (num_bigint::BigInt::from(1) << bits) - 1)
            };
            if n < lo || n > hi {
                return Err(invalid_value(vm, fmt));
            }
            let (_, mut bytes) = n.to_bytes_le();
            if n.sign() == num_bigint::Sign::Minus {
                bytes = n.to_signed_bytes_le();
            }
            let fill = if n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
            bytes.resize(size, fill);
            bytes.truncate(size);
            Ok(bytes)
        }
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    match exp {
        0 => sign * mant * 2f64.powi(-24),
        31 if mant == 0.0 => sign * f64::INFINITY,
        31 => f64::NAN,
        _ => sign * (1.0 + mant / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn f64_to_half(x: f64) -> u16 {
    // Round-to-nearest-even through f32's bits (adequate for memoryview 'e').
    let f = x as f32;
    let bits = f.to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    let exp = ((bits >> 23) & 0xff) as i32 - 127 + 15;
    let mant = bits & 0x7f_ffff;
    if f.is_nan() {
        return sign | 0x7e00;
    }
    if exp >= 31 {
        return sign | 0x7c00;
    }
    if exp <= 0 {
        if exp < -10 {
            return sign;
        }
        let m = (mant | 0x80_0000) >> (14 - exp);
        return sign | ((m + 0x1000) >> 13) as u16;
    }
    let h = sign as u32 | ((exp as u32) << 10) | (mant >> 13);
    let rem = mant & 0x1fff;
    let h = if rem > 0x1000 || (rem == 0x1000 && h & 1 == 1) { h + 1 } else { h };
    h as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(parse("@H"), Some('H'));
        assert_eq!(parse("HH"), None);
        assert_eq!(parse("z"), None);
        assert_eq!(itemsize('Q'), Some(8));
        assert_eq!(sign_extend(0xff, 1), -1);
        assert_eq!(half_to_f64(0x3c00), 1.0);
        assert_eq!(f64_to_half(1.0), 0x3c00);
    }
}
