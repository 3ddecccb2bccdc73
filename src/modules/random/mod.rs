//! The native `_random` module: a Mersenne Twister (MT19937) generator that
//! produces exactly CPython's streams — `seed(int)` through `init_by_array`
//! over the absolute value's 32-bit words, `random()` from two outputs
//! (53 bits), `getrandbits(k)` word by word. The Python half (`random.py`,
//! embedded by `modules::stdlib`) builds `randrange`, `choice`, `shuffle`, …
//! on top with CPython's algorithms.

use std::io::Read;

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

const N: usize = 624;
const M: usize = 397;

pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl NativeData for Mt {
    fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt { state: [0; N], index: N + 1 };
        m.init_genrand(19650218);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        for _ in 0..N.max(klen) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn genrand(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX: u32 = 0x9908_b0df;
        if self.index >= N {
            for k in 0..N {
                let y = (self.state[k] & UPPER) | (self.state[(k + 1) % N] & LOWER);
                let mag = if y & 1 == 1 { MATRIX } else { 0 };
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    fn random(&mut self) -> f64 {
        let a = (self.genrand() >> 5) as f64;
        let b = (self.genrand() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

fn with_mt<T>(vm: &mut Vm, r: ObjRef, f: impl FnOnce(&mut Mt) -> T) -> PyResult<T> {
    match vm.heap.get_mut(r) {
        Payload::Native(n) => match n.as_any_mut().downcast_mut::<Mt>() {
            Some(m) => Ok(f(m)),
            None => Err(vm.type_error("expected a generator")),
        },
        _ => Err(vm.type_error("expected a generator")),
    }
}

/// `seed(n)`: n an int (its absolute value is used) or None (from urandom).
fn seed(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "seed", 0, 1)?;
    let key: Vec<u32> = match args.args.get(1) {
        Some(&x) if x != vm.none_obj => {
            let Some(b) = vm.as_bigint(x) else {
                return Err(vm.type_error("seed must be an int"));
            };
            let (_, words) = b.abs().to_u32_digits();
            if words.is_empty() {
                vec![0]
            } else {
                words
            }
        }
        _ => {
            let mut buf = [0u8; 2496];
            let got = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
            if got.is_err() {
                let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
                let v = t.as_nanos() as u64 ^ ((std::process::id() as u64) << 32);
                buf[..8].copy_from_slice(&v.to_le_bytes());
            }
            buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
        }
    };
    with_mt(vm, args.args[0], |m| m.init_by_array(&key))?;
    Ok(vm.none())
}

fn random(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let v = with_mt(vm, args.args[0], |m| m.random())?;
    Ok(vm.new_float(v))
}

fn getrandbits(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "getrandbits", 1, 1)?;
    let k = vm.index_value(args.args[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(vm.new_int(0));
    }
    if k <= 32 {
        let v = with_mt(vm, args.args[0], |m| m.genrand() >> (32 - k))?;
        return Ok(vm.new_int(v as i64));
    }
    let words = with_mt(vm, args.args[0], |m| {
        let mut w = Vec::new();
        let mut left = k;
        while left > 0 {
            let mut r = m.genrand();
            if left < 32 {
                r >>= 32 - left;
            }
            w.push(r);
            left -= 32;
        }
        w
    })?;
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

fn getstate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (st, idx) = with_mt(vm, args.args[0], |m| (m.state.to_vec(), m.index))?;
    let mut items: Vec<ObjRef> = st.into_iter().map(|w| vm.new_int(w as i64)).collect();
    items.push(vm.new_int(idx as i64));
    Ok(vm.new_tuple(items))
}

fn setstate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "setstate", 1, 1)?;
    let items = vm.tuple_items(args.args[1]).map(|t| t.to_vec()).unwrap_or_default();
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut st = [0u32; N];
    for (i, &x) in items[..N].iter().enumerate() {
        st[i] = vm.as_int(x).unwrap_or(0) as u32;
    }
    let idx = vm.as_int(items[N]).unwrap_or(0);
    if !(0..=N as i64).contains(&idx) {
        return Err(vm.value_error("invalid state"));
    }
    with_mt(vm, args.args[0], |m| {
        m.state = st;
        m.index = idx as usize;
    })?;
    Ok(vm.none())
}

/// `_random.sha512(data)`: the digest as bytes (for str/bytes seeds).
fn sha512_digest(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "sha512", 1, 1)?;
    let data = match vm.heap.get(args.args[0]) {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.to_vec(),
        _ => return Err(vm.type_error("sha512() argument must be bytes")),
    };
    Ok(vm.new_bytes(crate::modules::hashlib::sha512(&data)))
}

/// `_random.generator()`: a new, unseeded generator.
fn generator(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let m = vm.sys_modules_get("_random").ok_or_else(|| vm.runtime_error("_random is not imported"))?;
    let d = vm.module_dict(m);
    let t = vm.dict_get_str(d, "_Generator").ok_or_else(|| vm.runtime_error("_random._Generator is missing"))?;
    Ok(vm.alloc(t, Payload::Native(Box::new(Mt::new()))))
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("seed", seed),
    MethodDef::method("random", random),
    MethodDef::method("getrandbits", getrandbits),
    MethodDef::method("getstate", getstate),
    MethodDef::method("setstate", setstate),
];

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_random");
    vm.add_module_functions(m, &[("generator", generator), ("sha512", sha512_digest)]);
    let t = vm.make_type("_Generator", Some(vm.t.object), BaseKind::Other, false);
    vm.add_methods(t, METHODS);
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "_Generator", t);
    vm.decref(t);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_cpython_seed_42() {
        // random.seed(42); random.random() == 0.6394267984578837 in CPython.
        let mut m = Mt::new();
        m.init_by_array(&[42]);
        assert_eq!(m.random(), 0.6394267984578837);
    }
}
