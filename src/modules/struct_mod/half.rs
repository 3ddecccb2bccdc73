//! IEEE 754 binary16 (`struct`'s `e` code): packing a double with
//! round-half-to-even (None when it is too large for a half), and unpacking.

/// The half-precision bits of `x`, or None when `x` is finite but rounds
/// past the largest half (65504).
pub fn pack(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    // Below 2**-14 the result is subnormal (or zero): a multiple of 2**-24.
    if a < 2f64.powi(-14) {
        // Exact: scaling by a power of two, then rounding to an integer
        // 0..=1024 (1024 is the smallest normal, 0x0400).
        let m = (a * 2f64.powi(24)).round_ties_even();
        return Some(sign | m as u16);
    }
    let exp = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    if exp > 15 {
        return None;
    }
    let frac = a / 2f64.powi(exp) - 1.0;
    let mut mant = (frac * 1024.0).round_ties_even() as u16;
    let mut e = (exp + 15) as u16;
    if mant == 1024 {
        mant = 0;
        e += 1;
        if e >= 31 {
            return None;
        }
    }
    Some(sign | (e << 10) | mant)
}

pub fn unpack(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((bits >> 10) & 0x1f) as i32;
    let m = (bits & 0x3ff) as f64;
    let v = match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    };
    sign * v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_and_limits() {
        assert_eq!(pack(65504.0), Some(0x7bff));
        assert_eq!(pack(65519.99), Some(0x7bff));
        assert_eq!(pack(65520.0), None);
        assert_eq!(pack(0.1), Some(0x2e66));
        assert_eq!(pack(1e-10), Some(0));
        assert_eq!(pack(-0.0), Some(0x8000));
        assert_eq!(pack(1.0), Some(0x3c00));
        assert_eq!(pack(2f64.powi(-24)), Some(1));
        assert_eq!(pack(f64::INFINITY), Some(0x7c00));
    }

    #[test]
    fn round_trip() {
        for bits in [0u16, 1, 0x3ff, 0x400, 0x3c00, 0x7bff, 0x8001, 0xfbff] {
            assert_eq!(pack(unpack(bits)), Some(bits));
        }
        assert!(unpack(0x7e00).is_nan());
    }
}
