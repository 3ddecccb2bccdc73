//! Python's arithmetic rules for int and float: floor division and modulo
//! (result takes the divisor's sign), divmod, correctly rounded int/int
//! true division, `**` and three-argument `pow`, and shifts — with
//! CPython 3.11's exception messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::convert::{bigint_to_f64, ldexp};
use super::{FResult, FormatError};

fn int_div_zero() -> FormatError {
    FormatError::zero_division("integer division or modulo by zero")
}

fn int_mod_zero() -> FormatError {
    FormatError::zero_division("integer modulo by zero")
}

/// `a // b` for i64; `Ok(None)` when the result overflows i64
/// (`i64::MIN // -1`) and the caller must use [`floordiv_big`].
pub fn floordiv_i64(a: i64, b: i64) -> FResult<Option<i64>> {
    if b == 0 {
        return Err(int_div_zero());
    }
    if a == i64::MIN && b == -1 {
        return Ok(None);
    }
    Ok(Some(Integer::div_floor(&a, &b)))
}

/// `a % b` for i64 (never overflows).
pub fn mod_i64(a: i64, b: i64) -> FResult<i64> {
    if b == 0 {
        return Err(int_mod_zero());
    }
    if b == -1 {
        return Ok(0);
    }
    Ok(Integer::mod_floor(&a, &b))
}

/// `divmod(a, b)` for i64; `Ok(None)` on overflow.
pub fn divmod_i64(a: i64, b: i64) -> FResult<Option<(i64, i64)>> {
    if b == 0 {
        return Err(int_div_zero());
    }
    if a == i64::MIN && b == -1 {
        return Ok(None);
    }
    Ok(Some(Integer::div_mod_floor(&a, &b)))
}

/// `a // b` for ints.
pub fn floordiv_big(a: &BigInt, b: &BigInt) -> FResult<BigInt> {
    if b.is_zero() {
        return Err(int_div_zero());
    }
    Ok(a.div_floor(b))
}

/// `a % b` for ints.
pub fn mod_big(a: &BigInt, b: &BigInt) -> FResult<BigInt> {
    if b.is_zero() {
        return Err(int_mod_zero());
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)` for ints.
pub fn divmod_big(a: &BigInt, b: &BigInt) -> FResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(int_div_zero());
    }
    Ok(a.div_mod_floor(b))
}

/// `a / b` for floats.
pub fn truediv_f64(a: f64, b: f64) -> FResult<f64> {
    if b == 0.0 {
        return Err(FormatError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// `a % b` for floats (sign of the divisor, signed zeros as CPython).
pub fn mod_f64(a: f64, b: f64) -> FResult<f64> {
    if b == 0.0 {
        return Err(FormatError::zero_division("float modulo"));
    }
    Ok(float_mod(a, b))
}

fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn floordiv_f64(a: f64, b: f64) -> FResult<f64> {
    if b == 0.0 {
        return Err(FormatError::zero_division("float floor division by zero"));
    }
    Ok(float_divmod(a, b).0)
}

/// `divmod(a, b)` for floats.
pub fn divmod_f64(a: f64, b: f64) -> FResult<(f64, f64)> {
    if b == 0.0 {
        return Err(FormatError::zero_division("float divmod()"));
    }
    Ok(float_divmod(a, b))
}

fn too_large_quotient() -> FormatError {
    FormatError::overflow("integer division result too large for a float")
}

/// `a / b` for i64 operands (correctly rounded).
pub fn truediv_i64(a: i64, b: i64) -> FResult<f64> {
    if b == 0 {
        return Err(FormatError::zero_division("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        return Ok(a as f64 / b as f64);
    }
    truediv_int(&BigInt::from(a), &BigInt::from(b))
}

/// `a / b` for ints, correctly rounded (half to even) however large the
/// operands are: `10**400 / 10**399 == 10.0`.
pub fn truediv_int(a: &BigInt, b: &BigInt) -> FResult<f64> {
    if b.is_zero() {
        return Err(FormatError::zero_division("division by zero"));
    }
    if a.is_zero() {
        return Ok(if b.is_negative() { -0.0 } else { 0.0 });
    }
    let negative = a.is_negative() != b.is_negative();
    let (ma, mb) = (a.magnitude(), b.magnitude());
    if ma.bits() <= 53 && mb.bits() <= 53 {
        let q = ma.to_u64().unwrap_or(0) as f64 / mb.to_u64().unwrap_or(1) as f64;
        return Ok(if negative { -q } else { q });
    }
    let diff = ma.bits() as i64 - mb.bits() as i64;
    // a/b lies in [2^(diff-1), 2^(diff+1)).
    if diff > 1025 {
        return Err(too_large_quotient());
    }
    // Scale so that the quotient carries at least 55 significant bits
    // (or enough for the subnormal range), then round by hand.
    let shift = diff.max(-1021) - 55;
    let (q, r) = if shift >= 0 {
        ma.div_rem(&(mb << shift as usize))
    } else {
        (ma << (-shift) as usize).div_rem(mb)
    };
    let q = q.to_u128().unwrap_or(u128::MAX);
    let sticky = !r.is_zero();
    let qbits = 128 - i64::from(q.leading_zeros());
    let top = qbits - 1 + shift; // exponent of the leading bit
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = (qbits - keep).max(0);
    let mut mant = if drop >= 128 { 0 } else { q >> drop };
    if drop > 0 {
        let rem = if drop >= 128 {
            q
        } else {
            q & ((1u128 << drop) - 1)
        };
        let half = 1u128 << (drop - 1);
        if rem > half || (rem == half && (sticky || mant & 1 == 1)) {
            mant += 1;
        }
    }
    let v = ldexp(mant as f64, shift + drop);
    if v.is_infinite() {
        return Err(too_large_quotient());
    }
    Ok(if negative { -v } else { v })
}

/// The result of `int ** int`.
#[derive(Debug, Clone, PartialEq)]
pub enum IntPow {
    Int(BigInt),
    /// Negative exponents give floats.
    Float(f64),
}

/// `base ** exp` for i64 when `exp >= 0` and the result fits; `None`
/// means "use [`pow_int`]".
pub fn pow_i64(base: i64, exp: i64) -> Option<i64> {
    let e = u32::try_from(exp).ok()?;
    base.checked_pow(e)
}

/// `base ** exp` for ints.
pub fn pow_int(base: &BigInt, exp: &BigInt) -> FResult<IntPow> {
    if exp.is_negative() {
        let b = bigint_to_f64(base)?;
        let e = bigint_to_f64(exp)?;
        return match pow_float(b, e)? {
            FloatPow::Float(v) => Ok(IntPow::Float(v)),
            // A negative integral exponent never needs a complex result.
            FloatPow::Complex => Ok(IntPow::Float(f64::NAN)),
        };
    }
    if base.is_zero() {
        return Ok(IntPow::Int(if exp.is_zero() {
            BigInt::one()
        } else {
            BigInt::zero()
        }));
    }
    if base.is_one() {
        return Ok(IntPow::Int(BigInt::one()));
    }
    if *base == BigInt::from(-1) {
        return Ok(IntPow::Int(if exp.is_even() {
            BigInt::one()
        } else {
            base.clone()
        }));
    }
    let e = exp
        .to_u32()
        .ok_or_else(|| FormatError::new("MemoryError", ""))?;
    Ok(IntPow::Int(num_traits::pow::Pow::pow(base, e)))
}

/// `pow(base, exp, m)` for ints (negative `exp` uses the modular inverse).
pub fn pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> FResult<BigInt> {
    if m.is_zero() {
        return Err(FormatError::value("pow() 3rd argument cannot be 0"));
    }
    let negative_mod = m.is_negative();
    let mm = m.abs();
    let mut b = base.mod_floor(&mm);
    let mut e = exp.clone();
    if e.is_negative() {
        b = mod_inverse(&b, &mm)
            .ok_or_else(|| FormatError::value("base is not invertible for the given modulus"))?;
        e = -e;
    }
    if mm.is_one() {
        return Ok(BigInt::zero());
    }
    let mut r = b.modpow(&e, &mm);
    if negative_mod && !r.is_zero() {
        r -= &mm;
    }
    Ok(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// The result of `float ** float`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FloatPow {
    Float(f64),
    /// Negative base with a non-integral exponent: Python computes the
    /// power in the complex domain instead (`complex(a) ** complex(b)`).
    Complex,
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x && (x / 2.0).trunc() != x / 2.0
}

/// `a ** b` for floats with CPython's special cases and errors.
pub fn pow_float(a: f64, b: f64) -> FResult<FloatPow> {
    use FloatPow::Float;
    if b == 0.0 {
        return Ok(Float(1.0));
    }
    if a.is_nan() {
        return Ok(Float(a));
    }
    if b.is_nan() {
        return Ok(Float(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        let aa = a.abs();
        return Ok(Float(if aa == 1.0 {
            1.0
        } else if (b > 0.0) == (aa > 1.0) {
            b.abs()
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(Float(if a > 0.0 {
            if b > 0.0 {
                a
            } else {
                0.0
            }
        } else if b > 0.0 {
            if odd {
                a
            } else {
                -a
            }
        } else if odd {
            (0.0f64).copysign(a)
        } else {
            0.0
        }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(FormatError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Float(if is_odd_integer(b) { a } else { 0.0 }));
    }
    let mut negate = false;
    let mut base = a;
    if a < 0.0 {
        if b.floor() != b {
            return Ok(FloatPow::Complex);
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(FormatError::overflow(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(Float(if negate { -r } else { r }))
}

/// `a << n`.
pub fn lshift(a: &BigInt, n: &BigInt) -> FResult<BigInt> {
    if n.is_negative() {
        return Err(FormatError::value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let s = n
        .to_u64()
        .ok_or_else(|| FormatError::overflow("too many digits in integer"))?;
    // CPython would try (and fail) to allocate the result.
    if s >= (1u64 << 38) {
        return Err(FormatError::new("MemoryError", ""));
    }
    Ok(a << s as usize)
}

/// `a >> n` (floor semantics: `-5 >> 100 == -1`).
pub fn rshift(a: &BigInt, n: &BigInt) -> FResult<BigInt> {
    if n.is_negative() {
        return Err(FormatError::value("negative shift count"));
    }
    match n.to_u64().filter(|&s| s < a.bits() + 1) {
        Some(s) => Ok(a >> s as usize),
        None => Ok(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

/// `a << n` for i64 with a fast path; `Ok(None)` means "use [`lshift`]".
pub fn lshift_i64(a: i64, n: i64) -> FResult<Option<i64>> {
    if n < 0 {
        return Err(FormatError::value("negative shift count"));
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if n < 63 {
        let r = a << n;
        if r >> n == a {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// `a >> n` for i64.
pub fn rshift_i64(a: i64, n: i64) -> FResult<i64> {
    if n < 0 {
        return Err(FormatError::value("negative shift count"));
    }
    Ok(a >> n.min(63))
}
