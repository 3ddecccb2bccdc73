//! The Merkle–Damgård frame shared by MD5, SHA-1 and SHA-2: input is cut
//! into fixed blocks for a compression function, and the final block is
//! padded with 0x80, zeros and the message length in bits (little endian
//! for MD5, big endian for the SHAs). `digest` pads a copy, so hashing can
//! go on after it, as Python's `digest()` allows.

/// One algorithm's compression function and state.
pub trait Engine: Clone + 'static {
    /// Block size in bytes (64 or 128).
    const BLOCK: usize;
    /// Bytes of the length field (8 or 16).
    const LEN_BYTES: usize;
    /// MD5 writes the length little endian.
    const LITTLE_ENDIAN: bool;
    fn compress(&mut self, block: &[u8]);
    /// The whole state, serialised (the digest is a prefix of it).
    fn state_bytes(&self) -> Vec<u8>;
}

/// A running hash: the engine, the unprocessed tail and the total length.
#[derive(Clone)]
pub struct Running<E: Engine> {
    engine: E,
    tail: Vec<u8>,
    len: u128,
    digest_size: usize,
}

impl<E: Engine> Running<E> {
    pub fn new(engine: E, digest_size: usize) -> Self {
        Running { engine, tail: Vec::with_capacity(E::BLOCK), len: 0, digest_size }
    }

    pub fn update(&mut self, mut data: &[u8]) {
        self.len += data.len() as u128;
        if !self.tail.is_empty() {
            let take = (E::BLOCK - self.tail.len()).min(data.len());
            self.tail.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.tail.len() < E::BLOCK {
                return;
            }
            let block = std::mem::take(&mut self.tail);
            self.engine.compress(&block);
            self.tail = block;
            self.tail.clear();
        }
        let mut blocks = data.chunks_exact(E::BLOCK);
        for b in &mut blocks {
            self.engine.compress(b);
        }
        self.tail.extend_from_slice(blocks.remainder());
    }

    pub fn digest(&self) -> Vec<u8> {
        let mut e = self.engine.clone();
        let mut last = self.tail.clone();
        last.push(0x80);
        while last.len() % E::BLOCK != E::BLOCK - E::LEN_BYTES {
            last.push(0);
        }
        let bits = self.len.wrapping_mul(8);
        if E::LITTLE_ENDIAN {
            last.extend_from_slice(&bits.to_le_bytes()[..E::LEN_BYTES]);
        } else {
            last.extend_from_slice(&bits.to_be_bytes()[16 - E::LEN_BYTES..]);
        }
        for b in last.chunks_exact(E::BLOCK) {
            e.compress(b);
        }
        let mut out = e.state_bytes();
        out.truncate(self.digest_size);
        out
    }
}

/// What the Python object holds: any running hash, behind one interface.
pub trait Hasher {
    fn update(&mut self, data: &[u8]);
    fn digest(&self) -> Vec<u8>;
    fn boxed_clone(&self) -> Box<dyn Hasher>;
    fn block_size(&self) -> usize;
    fn digest_size(&self) -> usize;
}

impl<E: Engine> Hasher for Running<E> {
    fn update(&mut self, data: &[u8]) {
        Running::update(self, data)
    }
    fn digest(&self) -> Vec<u8> {
        Running::digest(self)
    }
    fn boxed_clone(&self) -> Box<dyn Hasher> {
        Box::new(self.clone())
    }
    fn block_size(&self) -> usize {
        E::BLOCK
    }
    fn digest_size(&self) -> usize {
        self.digest_size
    }
}

/// Lowercase hex of a digest.
pub fn hex(d: &[u8]) -> String {
    d.iter().map(|b| format!("{b:02x}")).collect()
}
