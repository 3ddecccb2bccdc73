//! SHA-1 (FIPS 180-4): eighty steps over a 32-bit word schedule.

use super::engine::Engine;

#[derive(Clone)]
pub struct Sha1([u32; 5]);

impl Sha1 {
    pub fn new() -> Sha1 {
        Sha1([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0])
    }
}

impl Engine for Sha1 {
    const BLOCK: usize = 64;
    const LEN_BYTES: usize = 8;
    const LITTLE_ENDIAN: bool = false;

    fn compress(&mut self, block: &[u8]) {
        let mut w = [0u32; 80];
        for (i, c) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = self.0;
        for (i, &wi) in w.iter().enumerate() {
            let (f, k) = match i / 20 {
                0 => ((b & c) | (!b & d), 0x5a827999),
                1 => (b ^ c ^ d, 0x6ed9eba1),
                2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
                _ => (b ^ c ^ d, 0xca62c1d6),
            };
            let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, v) in self.0.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(v);
        }
    }

    fn state_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|w| w.to_be_bytes()).collect()
    }
}
