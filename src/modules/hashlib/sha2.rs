//! SHA-2 (FIPS 180-4): SHA-256 with SHA-224, SHA-512 with SHA-384. The
//! initial values and round constants are derived at first use from the
//! primes (fractional bits of square and cube roots), as the standard
//! defines them.

use std::sync::OnceLock;

use num_bigint::BigUint;
use num_traits::ToPrimitive;

use super::engine::{Engine, Running};

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
fn frac64(p: u64, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = scaled.nth_root(root);
    let mask = (BigUint::from(1u8) << 64usize) - 1u8;
    (r & mask).to_u64().unwrap_or(0)
}

struct Consts {
    /// Square roots of the first 16 primes (64 bits each): the IVs.
    roots: [u64; 16],
    /// Cube roots of the first 80 primes (64 bits each): the round constants.
    k: [u64; 80],
}

fn consts() -> &'static Consts {
    static C: OnceLock<Consts> = OnceLock::new();
    C.get_or_init(|| {
        let ps = primes(80);
        let mut roots = [0u64; 16];
        for (x, &p) in roots.iter_mut().zip(&ps) {
            *x = frac64(p, 2);
        }
        let mut k = [0u64; 80];
        for (x, &p) in k.iter_mut().zip(&ps) {
            *x = frac64(p, 3);
        }
        Consts { roots, k }
    })
}

#[derive(Clone)]
pub struct Sha256([u32; 8]);

impl Sha256 {
    /// SHA-256: the high halves of the first 8 square roots.
    pub fn new() -> Sha256 {
        let r = &consts().roots;
        Sha256(std::array::from_fn(|i| (r[i] >> 32) as u32))
    }

    /// SHA-224: the low halves of the 9th to 16th square roots.
    pub fn new_224() -> Sha256 {
        let r = &consts().roots;
        Sha256(std::array::from_fn(|i| r[i + 8] as u32))
    }
}

impl Engine for Sha256 {
    const BLOCK: usize = 64;
    const LEN_BYTES: usize = 8;
    const LITTLE_ENDIAN: bool = false;

    fn compress(&mut self, block: &[u8]) {
        let k = &consts().k;
        let mut w = [0u32; 64];
        for (i, c) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = self.0;
        for (&wi, &ki) in w.iter().zip(k.iter()) {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = h.wrapping_add(s1).wrapping_add(ch).wrapping_add((ki >> 32) as u32).wrapping_add(wi);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, v) in self.0.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *x = x.wrapping_add(v);
        }
    }

    fn state_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|w| w.to_be_bytes()).collect()
    }
}

#[derive(Clone)]
pub struct Sha512([u64; 8]);

impl Sha512 {
    pub fn new() -> Sha512 {
        Sha512(std::array::from_fn(|i| consts().roots[i]))
    }

    /// SHA-384: the 9th to 16th square roots.
    pub fn new_384() -> Sha512 {
        Sha512(std::array::from_fn(|i| consts().roots[i + 8]))
    }
}

impl Engine for Sha512 {
    const BLOCK: usize = 128;
    const LEN_BYTES: usize = 16;
    const LITTLE_ENDIAN: bool = false;

    fn compress(&mut self, block: &[u8]) {
        let k = &consts().k;
        let mut w = [0u64; 80];
        for (i, c) in block.chunks_exact(8).enumerate() {
            w[i] = u64::from_be_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = self.0;
        for (&wi, &ki) in w.iter().zip(k.iter()) {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = h.wrapping_add(s1).wrapping_add(ch).wrapping_add(ki).wrapping_add(wi);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, v) in self.0.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *x = x.wrapping_add(v);
        }
    }

    fn state_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|w| w.to_be_bytes()).collect()
    }
}

/// SHA-512 of a whole message (random.seed of a str or bytes uses it).
pub fn sha512(data: &[u8]) -> Vec<u8> {
    let mut r = Running::new(Sha512::new(), 64);
    r.update(data);
    r.digest()
}
