//! CPython 3.11's numeric hashes: ints and floats reduced modulo the
//! Mersenne prime 2^61 - 1 (so equal numbers hash equal across types),
//! `hash(-1) == -2`, `inf` → 314159, NaN by identity, complex, and the
//! xxHash-based tuple hash.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// `sys.hash_info.modulus`.
pub const MODULUS: u64 = (1u64 << 61) - 1;
const BITS: u32 = 61;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314_159;
/// `sys.hash_info.imag`.
pub const HASH_IMAG: u64 = 1_000_003;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an i64.
pub fn hash_i64(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if n < 0 { -m } else { m })
}

/// `hash(n)` for any int.
pub fn hash_int(n: &BigInt) -> i64 {
    if let Some(v) = n.to_i64() {
        return hash_i64(v);
    }
    let m = (n.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    fix_minus_one(if n.is_negative() { -m } else { m })
}

/// `hash(object)` for identity-hashed objects: CPython rotates the address
/// right by 4 bits (`_Py_HashPointer`).
pub fn hash_pointer(id: u64) -> i64 {
    fix_minus_one(id.rotate_right(4) as i64)
}

/// `hash(x)` for a float; `id` is the object's identity, used for NaN.
pub fn hash_float(x: f64, id: u64) -> i64 {
    if x.is_nan() {
        return hash_pointer(id);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    // x = m * 2^e exactly; hash = m * 2^e mod P, where 2^-1 is taken in
    // the field (2^61 ≡ 1, so multiplying by 2^k is a 61-bit rotation).
    let (m, e) = super::convert::decompose(x);
    let mut h = m % MODULUS;
    let e = e.rem_euclid(i64::from(BITS)) as u32;
    if e != 0 {
        h = ((h << e) & MODULUS) | (h >> (BITS - e));
    }
    let h = h as i64;
    fix_minus_one(if x < 0.0 { -h } else { h })
}

/// `hash(complex(re, im))`.
pub fn hash_complex(re: f64, im: f64, id: u64) -> i64 {
    let hr = hash_float(re, id) as u64;
    let hi = hash_float(im, id) as u64;
    fix_minus_one(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
}

/// `hash(tuple)` from the items' hashes (CPython 3.11's xxHash variant).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        // Expected values from python3 3.11.
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64(i64::MAX), 3);
        assert_eq!(hash_float(1.5, 0), 1_152_921_504_606_846_977);
        assert_eq!(hash_float(-0.5, 0), -1_152_921_504_606_846_976);
        assert_eq!(hash_float(2.0, 0), 2);
        assert_eq!(hash_float(-1.0, 0), -2);
        assert_eq!(hash_float(f64::INFINITY, 0), 314_159);
        assert_eq!(hash_float(f64::NEG_INFINITY, 0), -314_159);
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
        assert_eq!(hash_tuple(&[1, 2]), -3_550_055_125_485_641_917);
        assert_eq!(hash_tuple(&[1]), -6_644_214_454_873_602_895);
        assert_eq!(hash_tuple(&[-2]), 8_078_679_518_589_016_365);
        assert_eq!(hash_tuple(&[hash_tuple(&[])]), -5_486_347_211_504_344_842);
        assert_eq!(hash_float(0.1, 0), 230_584_300_921_369_408);
        assert_eq!(hash_float(1e300, 0), 1_224_995_262_755_759_164);
        assert_eq!(hash_float(5e-324, 0), 16_777_216);
        assert_eq!(hash_float(-1e-300, 0), -482_449_582_752_280_463);
        let big: BigInt = BigInt::from(1) << 100;
        assert_eq!(hash_int(&big), 549_755_813_888);
        assert_eq!(hash_int(&-big), -549_755_813_888);
        assert_eq!(hash_complex(1.5, 2.5, 0), 4_611_686_018_429_387_911);
        assert_eq!(hash_complex(0.0, -1.0, 0), -2_000_006);
        // Integral floats hash like the equal int.
        for x in [
            1e300,
            -1e300,
            2f64.powi(100),
            -2f64.powi(61),
            2f64.powi(61) - 2f64.powi(9),
            123456789.0,
            -1.0,
        ] {
            let n = crate::numeric::convert::f64_to_bigint(x).unwrap();
            assert_eq!(hash_float(x, 0), hash_int(&n), "hash({x:e})");
        }
        assert_eq!(
            hash_float(f64::NAN, 0x7f00_1234_5670),
            hash_pointer(0x7f00_1234_5670)
        );
        assert_eq!(hash_pointer(0x7f00_1234_5670), 0x07f0_0123_4567);
    }
}
