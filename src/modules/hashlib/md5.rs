//! MD5 (RFC 1321): four rounds of sixteen steps over 32-bit little-endian
//! words; the step constants are floor(|sin(i + 1)| * 2**32).

use std::sync::OnceLock;

use super::engine::Engine;

const SHIFTS: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

fn constants() -> &'static [u32; 64] {
    static K: OnceLock<[u32; 64]> = OnceLock::new();
    K.get_or_init(|| {
        let mut k = [0u32; 64];
        for (i, x) in k.iter_mut().enumerate() {
            *x = (((i + 1) as f64).sin().abs() * 4294967296.0) as u32;
        }
        k
    })
}

#[derive(Clone)]
pub struct Md5([u32; 4]);

impl Md5 {
    pub fn new() -> Md5 {
        Md5([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476])
    }
}

impl Engine for Md5 {
    const BLOCK: usize = 64;
    const LEN_BYTES: usize = 8;
    const LITTLE_ENDIAN: bool = true;

    fn compress(&mut self, block: &[u8]) {
        let k = constants();
        let m: Vec<u32> = block.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let [mut a, mut b, mut c, mut d] = self.0;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let s = SHIFTS[(i / 16) * 4 + i % 4];
            let t = a.wrapping_add(f).wrapping_add(k[i]).wrapping_add(m[g]).rotate_left(s);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(t);
        }
        for (x, v) in self.0.iter_mut().zip([a, b, c, d]) {
            *x = x.wrapping_add(v);
        }
    }

    fn state_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|w| w.to_le_bytes()).collect()
    }
}
