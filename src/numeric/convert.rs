//! Exact conversions between Python ints and floats: `float(int)` with
//! correct rounding, `int(float)`, `as_integer_ratio`, exact int/float
//! comparison, `bit_length`, `to_bytes` / `from_bytes`.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{FResult, FormatError};

/// Multiplies `x` by `2^e` exactly whenever the result is representable.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let step_up = f64::from_bits(((1023 + 1000) as u64) << 52); // 2^1000
    let step_down = f64::from_bits(((1023 - 1000) as u64) << 52); // 2^-1000
    while e > 1000 {
        x *= step_up;
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= step_down;
        e += 1000;
    }
    if e >= -1022 {
        x * f64::from_bits(((1023 + e) as u64) << 52)
    } else {
        // Two exact steps keep intermediate values normal.
        x * f64::from_bits(((1023 + e + 60) as u64) << 52)
            * f64::from_bits(((1023 - 60) as u64) << 52)
    }
}

/// Splits a finite nonzero float into (integer mantissa, exponent) with
/// `|x| == m * 2^e`; `m` is odd unless zero.
pub fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if m != 0 {
        let tz = m.trailing_zeros();
        m >>= tz;
        e += i64::from(tz);
    }
    (m, e)
}

/// `float(n)`: correctly rounded (half to even), OverflowError
/// `int too large to convert to float` when out of range.
pub fn bigint_to_f64(n: &BigInt) -> FResult<f64> {
    let bits = n.bits();
    let mag = if bits <= 64 {
        n.magnitude().to_u64().unwrap_or(0) as f64
    } else {
        let shift = bits - 64;
        let mut top = (n.magnitude() >> shift).to_u64().unwrap_or(u64::MAX);
        // A sticky bit below the rounding position makes the u64→f64
        // conversion round exactly as if all lower bits were present.
        if n.magnitude().trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        ldexp(top as f64, shift as i64)
    };
    if mag.is_infinite() {
        return Err(FormatError::overflow("int too large to convert to float"));
    }
    Ok(if n.is_negative() { -mag } else { mag })
}

/// `int(x)` for a float: truncation toward zero.
pub fn f64_to_bigint(x: f64) -> FResult<BigInt> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    Ok(exact_integral_to_bigint(t))
}

/// `int(x)` when it fits in an i64 (`None` for NaN, infinities and
/// values out of range: use [`f64_to_bigint`] for the error or big value).
pub fn f64_to_i64(x: f64) -> Option<i64> {
    let t = x.trunc();
    // 2^63 is exactly representable; every float below it converts exactly.
    (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0)
        .contains(&t)
        .then_some(t as i64)
}

/// An integral finite float as a BigInt (exact).
fn exact_integral_to_bigint(t: f64) -> BigInt {
    if t == 0.0 {
        return BigInt::zero();
    }
    let (m, e) = decompose(t);
    let mut v = BigInt::from(m);
    if e > 0 {
        v <<= e as usize;
    } else if e < 0 {
        v >>= (-e) as usize;
    }
    if t < 0.0 {
        -v
    } else {
        v
    }
}

/// `float.as_integer_ratio()`.
pub fn as_integer_ratio(x: f64) -> FResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (m, e) = decompose(x);
    let mut num = BigInt::from(m);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if x < 0.0 {
        num = -num;
    }
    Ok((num, den))
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}

/// Exact comparison of an int with a float (`None` when `x` is NaN), so
/// that `2**53 + 1 == 2.0**53` is False.
pub fn compare_int_float(n: &BigInt, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = x.floor();
    let fi = exact_integral_to_bigint(fl);
    match n.cmp(&fi) {
        Ordering::Equal if fl != x => Some(Ordering::Less),
        o => Some(o),
    }
}

/// [`compare_int_float`] for an i64 (exact as well).
pub fn compare_i64_float(n: i64, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if (n as f64) as i64 == n && n.unsigned_abs() < (1u64 << 53) {
        return (n as f64).partial_cmp(&x);
    }
    compare_int_float(&BigInt::from(n), x)
}

/// `int.bit_length()`.
pub fn bit_length(n: &BigInt) -> u64 {
    n.bits()
}

/// `int.to_bytes(length, byteorder, signed=...)`.
pub fn to_bytes(n: &BigInt, length: usize, little: bool, signed: bool) -> FResult<Vec<u8>> {
    if !signed && n.is_negative() {
        return Err(FormatError::overflow(
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.magnitude().to_bytes_le()
    };
    if n.is_zero() {
        bytes.clear();
    }
    // to_signed_bytes_le may carry one redundant sign byte; trim it.
    if signed {
        while bytes.len() > 1 {
            let last = bytes[bytes.len() - 1];
            let prev = bytes[bytes.len() - 2];
            if (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0) {
                bytes.pop();
            } else {
                break;
            }
        }
        if bytes.len() == 1 && bytes[0] == 0 {
            bytes.clear();
        }
    }
    if bytes.len() > length {
        return Err(FormatError::overflow("int too big to convert"));
    }
    let pad = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, pad);
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder, signed=...)`.
pub fn from_bytes(bytes: &[u8], little: bool, signed: bool) -> BigInt {
    if bytes.is_empty() {
        return BigInt::zero();
    }
    if signed {
        if little {
            BigInt::from_signed_bytes_le(bytes)
        } else {
            BigInt::from_signed_bytes_be(bytes)
        }
    } else if little {
        BigInt::from_bytes_le(Sign::Plus, bytes)
    } else {
        BigInt::from_bytes_be(Sign::Plus, bytes)
    }
}
