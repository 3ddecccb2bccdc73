//! `round()` for floats and ints with round-half-to-even on the exact
//! binary value, as CPython's `double_round` (dtoa based) does.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::convert::{bigint_to_f64, decompose, f64_to_bigint};
use super::{FResult, FormatError};

/// `round(x)` (no ndigits): an int, half to even.
pub fn round_float_to_int(x: f64) -> FResult<BigInt> {
    f64_to_bigint(x.round_ties_even())
}

/// Rounds the non-negative rational `num / den` to an integer, ties to even.
fn round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_rem(den);
    let twice: BigInt = r << 1usize;
    match twice.cmp(den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

/// `round(x, ndigits)` for a float.
pub fn round_float(x: f64, ndigits: i64) -> FResult<f64> {
    // Beyond these the result is x itself or a zero (CPython's NDIGITS_MAX
    // and NDIGITS_MIN for IEEE doubles).
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let r = if ndigits >= 0 {
        // Rust's fixed formatting rounds the exact value half to even and
        // parsing is correctly rounded: the same pair dtoa/strtod uses.
        format!("{:.*}", ndigits as usize, x)
            .parse::<f64>()
            .unwrap_or(x)
    } else {
        let (m, e) = decompose(x);
        let scale = num_traits::pow::Pow::pow(BigInt::from(10u32), (-ndigits) as u32);
        let mut num = BigInt::from(m);
        let mut den = scale.clone();
        if e >= 0 {
            num <<= e as usize;
        } else {
            den <<= (-e) as usize;
        }
        let q = round_half_even(&num, &den) * scale;
        let v = bigint_to_f64(&q)
            .map_err(|_| FormatError::overflow("rounded value too large to represent"))?;
        if x < 0.0 {
            -v
        } else {
            v
        }
    };
    if r.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(r)
}

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else
/// rounded half to even to a multiple of `10**-ndigits`.
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    let Some(k32) = k.to_u32() else {
        return BigInt::zero();
    };
    // 10**k beyond the value's size rounds everything to zero.
    if u64::from(k32) > n.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let scale = num_traits::pow::Pow::pow(BigInt::from(10u32), k32);
    let q = round_half_even(&n.abs(), &scale) * scale;
    if n.is_negative() {
        -q
    } else {
        q
    }
}
