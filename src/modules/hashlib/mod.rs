//! The `hashlib` module: md5, sha1, sha224, sha256, sha384 and sha512
//! (`new(name)` and one constructor each), producing `_hashlib.HASH`
//! objects with update, digest, hexdigest, copy, name, digest_size and
//! block_size. The algorithms are written here (engine.rs frames them).

mod engine;
mod md5;
mod sha1;
mod sha2;

pub use sha2::sha512;


use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};
use engine::{Hasher, Running};

/// The algorithms, in the order `algorithms_available` lists them.
const NAMES: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

fn start(name: &str) -> Option<Box<dyn Hasher>> {
    Some(match name {
        "md5" => Box::new(Running::new(md5::Md5::new(), 16)),
        "sha1" => Box::new(Running::new(sha1::Sha1::new(), 20)),
        "sha224" => Box::new(Running::new(sha2::Sha256::new_224(), 28)),
        "sha256" => Box::new(Running::new(sha2::Sha256::new(), 32)),
        "sha384" => Box::new(Running::new(sha2::Sha512::new_384(), 48)),
        "sha512" => Box::new(Running::new(sha2::Sha512::new(), 64)),
        _ => return None,
    })
}

/// A `_hashlib.HASH` object's data.
struct Hash {
    name: &'static str,
    state: Box<dyn Hasher>,
}

impl NativeData for Hash {
    fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
    fn is_gc(&self) -> bool {
        false
    }
}

fn hash_of(vm: &Vm, x: ObjRef) -> Option<&Hash> {
    match vm.heap.get(x) {
        Payload::Native(n) => n.as_any().downcast_ref::<Hash>(),
        _ => None,
    }
}

fn this<'a>(vm: &'a mut Vm, args: &Args) -> PyResult<&'a Hash> {
    let me = args.args.first().copied().unwrap_or(vm.none_obj);
    if hash_of(vm, me).is_none() {
        return Err(vm.type_error("descriptor requires a '_hashlib.HASH' object"));
    }
    Ok(hash_of(vm, me).expect("checked above"))
}

/// The bytes of data to hash, with CPython's refusals.
fn data_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<u8>> {
    if vm.as_str(x).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    vm.buffer_copy(x).ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

fn hash_type(vm: &mut Vm) -> PyResult<ObjRef> {
    let modules = vm.modules;
    let m = vm.dict_get_str(modules, "hashlib");
    let t = m.and_then(|m| {
        let d = vm.module_dict(m);
        vm.dict_get_str(d, "_HASH")
    });
    t.ok_or_else(|| vm.runtime_error("hashlib is not initialised"))
}

fn new_hash(vm: &mut Vm, name: &'static str, data: Option<ObjRef>) -> PyResult<ObjRef> {
    let mut state = start(name).ok_or_else(|| vm.value_error(format!("unsupported hash type {name}")))?;
    if let Some(d) = data {
        let bytes = data_arg(vm, d)?;
        state.update(&bytes);
    }
    let t = hash_type(vm)?;
    Ok(vm.alloc(t, Payload::Native(Box::new(Hash { name, state }))))
}

/// `hashlib.new(name, data=b'', **kwargs)`.
fn new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "new", &["name", "data", "usedforsecurity"], 0, 1)?;
    let name_obj = p[0].unwrap_or(vm.none_obj);
    let Some(name) = vm.as_str(name_obj).map(|s| s.to_ascii_lowercase()) else {
        let tn = vm.type_name_of(name_obj);
        return Err(vm.type_error(format!("new() argument 'name' must be str, not {tn}")));
    };
    match NAMES.iter().find(|&&n| n == name) {
        Some(&n) => new_hash(vm, n, p[1]),
        None => {
            let shown = vm.as_str(name_obj).unwrap_or_default().to_string();
            Err(vm.value_error(format!("unsupported hash type {shown}")))
        }
    }
}

/// The shared body of `hashlib.md5(string=b'', *, usedforsecurity=True)` and the others.
fn named(vm: &mut Vm, args: &Args, name: &'static str) -> PyResult<ObjRef> {
    let fname = format!("openssl_{name}");
    let npos = args.args.len() - args.kwnames.len();
    if npos > 1 {
        return Err(vm.type_error(format!("{fname}() takes at most 1 positional argument ({npos} given)")));
    }
    let p = vm.parse_args(args, &fname, &["string", "usedforsecurity"], 0, 0)?;
    new_hash(vm, name, p[0])
}

fn md5_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    named(vm, args, "md5")
}
fn sha1_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    named(vm, args, "sha1")
}
fn sha224_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    named(vm, args, "sha224")
}
fn sha256_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    named(vm, args, "sha256")
}
fn sha384_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    named(vm, args, "sha384")
}
fn sha512_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    named(vm, args, "sha512")
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "update", 1, 1)?;
    this(vm, args)?;
    let bytes = data_arg(vm, args.args[1])?;
    if let Payload::Native(n) = vm.heap.get_mut(args.args[0]) {
        if let Some(h) = n.as_any_mut().downcast_mut::<Hash>() {
            h.state.update(&bytes);
        }
    }
    Ok(vm.none())
}

fn digest(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "digest", 0, 0)?;
    let d = this(vm, args)?.state.digest();
    Ok(vm.new_bytes(d))
}

fn hexdigest(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "hexdigest", 0, 0)?;
    let d = this(vm, args)?.state.digest();
    Ok(vm.new_str(engine::hex(&d)))
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "copy", 0, 0)?;
    let h = this(vm, args)?;
    let c = Hash { name: h.name, state: h.state.boxed_clone() };
    let t = vm.ty(args.args[0]);
    Ok(vm.alloc(t, Payload::Native(Box::new(c))))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let name = this(vm, args)?.name;
    let a = vm.heap.address(args.args[0]);
    Ok(vm.new_str(format!("<{name} _hashlib.HASH object @ {a:#x}>")))
}

fn name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = this(vm, args)?.name;
    Ok(vm.new_str(n))
}

fn digest_size(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = this(vm, args)?.state.digest_size();
    Ok(vm.new_int(n as i64))
}

fn block_size(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = this(vm, args)?.state.block_size();
    Ok(vm.new_int(n as i64))
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("update", update),
    MethodDef::method("digest", digest),
    MethodDef::method("hexdigest", hexdigest),
    MethodDef::method("copy", copy),
    MethodDef::method("__repr__", repr),
];

const PROPERTIES: &[MethodDef] =
    &[MethodDef::method("name", name), MethodDef::method("digest_size", digest_size), MethodDef::method("block_size", block_size)];

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("hashlib");
    vm.add_module_functions(
        m,
        &[
            ("new", new),
            ("md5", md5_new),
            ("sha1", sha1_new),
            ("sha224", sha224_new),
            ("sha256", sha256_new),
            ("sha384", sha384_new),
            ("sha512", sha512_new),
        ],
    );
    let t = vm.make_type("HASH", Some(vm.t.object), BaseKind::Other, false);
    vm.set_type_module(t, "_hashlib");
    vm.add_methods(t, METHODS);
    vm.add_properties(t, PROPERTIES);
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "_HASH", t);
    vm.decref(t);
    for attr in ["algorithms_guaranteed", "algorithms_available"] {
        let s = vm.new_set(true);
        for n in NAMES {
            let x = vm.new_str(*n);
            let r = vm.set_add(s, x);
            vm.decref(x);
            r?;
        }
        vm.dict_set_str(d, attr, s);
        vm.decref(s);
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::engine::hex;
    use super::*;

    fn digest_of(name: &str, data: &[u8]) -> String {
        let mut h = start(name).unwrap();
        h.update(data);
        hex(&h.digest())
    }

    #[test]
    fn known_answers() {
        assert_eq!(digest_of("md5", b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(digest_of("md5", b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(digest_of("sha1", b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(digest_of("sha224", b"abc"), "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
        assert_eq!(digest_of("sha256", b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(
            digest_of("sha384", b"abc"),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
        );
        assert_eq!(
            digest_of("sha512", b"abc"),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
    }

    #[test]
    fn updates_in_pieces_equal_one_update() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 251) as u8).collect();
        for name in NAMES {
            let whole = digest_of(name, &data);
            let mut h = start(name).unwrap();
            for chunk in data.chunks(37) {
                h.update(chunk);
            }
            assert_eq!(hex(&h.digest()), whole, "{name}");
        }
    }
}
