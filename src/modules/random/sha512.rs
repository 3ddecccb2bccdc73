//! SHA-512 (FIPS 180-4), needed by `random.seed(str|bytes)`, which CPython
//! turns into an int via the seed's SHA-512 digest. The round constants are
//! derived at first use from the primes (fractional parts of square and cube
//! roots), exactly as the standard defines them.

use std::sync::OnceLock;

use num_bigint::BigUint;
use num_traits::ToPrimitive;

struct Consts {
    h: [u64; 8],
    k: [u64; 80],
}

fn primes(n: usize) -> Vec<u64> {
    let mut v = Vec::with_capacity(n);
    let mut c = 2u64;
    while v.len() < n {
        if v.iter().all(|p| !c.is_multiple_of(*p)) {
            v.push(c);
        }
        c += 1;
    }
    v
}

/// The first 64 bits of the fractional part of p^(1/root).
fn frac_bits(p: u64, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = scaled.nth_root(root);
    let mask = (BigUint::from(1u8) << 64usize) - 1u8;
    (r & mask).to_u64().unwrap_or(0)
}

fn consts() -> &'static Consts {
    static C: OnceLock<Consts> = OnceLock::new();
    C.get_or_init(|| {
        let ps = primes(80);
        let mut h = [0u64; 8];
        for (i, x) in h.iter_mut().enumerate() {
            *x = frac_bits(ps[i], 2);
        }
        let mut k = [0u64; 80];
        for (i, x) in k.iter_mut().enumerate() {
            *x = frac_bits(ps[i], 3);
        }
        Consts { h, k }
    })
}

pub fn sha512(data: &[u8]) -> [u8; 64] {
    let c = consts();
    let mut h = c.h;
    let mut msg = data.to_vec();
    let bitlen = (data.len() as u128) * 8;
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&bitlen.to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for (i, x) in w.iter_mut().take(16).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(&block[i * 8..i * 8 + 8]);
            *x = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut cc, mut d, mut e, mut f, mut g, mut hh] = h;
        for (&wi, &ki) in w.iter().zip(c.k.iter()) {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(ki).wrapping_add(wi);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & cc) ^ (b & cc);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = cc;
            cc = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, v) in h.iter_mut().zip([a, b, cc, d, e, f, g, hh]) {
            *x = x.wrapping_add(v);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn abc() {
        let d = super::sha512(b"abc");
        assert_eq!(&d[..8], &[0xdd, 0xaf, 0x35, 0xa1, 0x93, 0x61, 0x7a, 0xba]);
    }
}
