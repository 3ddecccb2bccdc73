//! bytes and bytearray (core methods; the rest comes later).

use crate::heap::{IterData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

pub fn bytes_of(vm: &Vm, x: ObjRef) -> Option<Vec<u8>> {
    match vm.heap.get(x) {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.to_vec()),
        _ => None,
    }
}

fn b_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "bytes", &["source", "encoding", "errors"], 0, 0)?;
    let data = match p[0] {
        None => Vec::new(),
        Some(src) => {
            if let Some(enc) = p[1] {
                let r = vm.call_method(src, "encode", &[enc])?;
                let b = bytes_of(vm, r).unwrap_or_default();
                vm.decref(r);
                b
            } else {
                match vm.heap.get(src) {
                    Payload::Bytes(b) => b.to_vec(),
                    Payload::ByteArray(b) => b.to_vec(),
                    Payload::Int(n) => {
                        if *n < 0 {
                            return Err(vm.value_error("negative count"));
                        }
                        vec![0; *n as usize]
                    }
                    Payload::Str(_) => return Err(vm.type_error("string argument without an encoding")),
                    _ => {
                        let items = vm.collect_iter(src)?;
                        let mut out = Vec::new();
                        let mut err = None;
                        for &i in &items {
                            match vm.as_int(i) {
                                Some(v) if (0..256).contains(&v) => out.push(v as u8),
                                Some(_) => err = Some(vm.value_error("bytes must be in range(0, 256)")),
                                None => {
                                    let tn = vm.type_name_of(i);
                                    err = Some(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                                }
                            }
                            if err.is_some() {
                                break;
                            }
                        }
                        for i in items {
                            vm.decref(i);
                        }
                        if let Some(e) = err {
                            return Err(e);
                        }
                        out
                    }
                }
            }
        }
    };
    if cls == vm.t.bytearray || vm.is_subtype(cls, vm.t.bytearray) {
        return Ok(vm.alloc(cls, Payload::ByteArray(Box::new(data))));
    }
    Ok(vm.alloc(cls, Payload::Bytes(data.into_boxed_slice())))
}

fn b_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let b = bytes_of(vm, me).unwrap_or_default();
    let r = crate::format::bytes_repr(&b);
    if let Payload::ByteArray(_) = vm.heap.get(me) {
        return Ok(vm.new_str(format!("bytearray({r})")));
    }
    Ok(vm.new_str(r))
}

fn b_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = bytes_of(vm, args.args[0]).unwrap_or_default().len();
    Ok(vm.new_int(n as i64))
}

fn b_getitem(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let b = bytes_of(vm, me).unwrap_or_default();
    let key = args.args[1];
    if let Payload::Slice(_) = vm.heap.get(key) {
        let (start, _, step, len) = vm.slice_indices(key, b.len())?;
        let mut out = Vec::new();
        let mut i = start;
        for _ in 0..len {
            out.push(b[i as usize]);
            i += step;
        }
        if let Payload::ByteArray(_) = vm.heap.get(me) {
            let t = vm.t.bytearray;
            return Ok(vm.alloc(t, Payload::ByteArray(Box::new(out))));
        }
        return Ok(vm.new_bytes(out));
    }
    let i = super::list::seq_index(vm, key, "byte")?;
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of range"));
    }
    Ok(vm.new_int(b[j as usize] as i64))
}

fn b_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let b = bytes_of(vm, args.args[0]).unwrap_or_default();
    let h = super::str::hash_str(&String::from_utf8_lossy(&b), vm.hash_seed ^ 0x5bd1e995);
    Ok(vm.new_int(h))
}

fn b_eq(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (Some(a), Some(b)) = (bytes_of(vm, args.args[0]), bytes_of(vm, args.args[1])) else { return Ok(vm.not_implemented()) };
    Ok(vm.new_bool(a == b))
}
fn b_ne(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (Some(a), Some(b)) = (bytes_of(vm, args.args[0]), bytes_of(vm, args.args[1])) else { return Ok(vm.not_implemented()) };
    Ok(vm.new_bool(a != b))
}

fn b_add(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (Some(mut a), Some(b)) = (bytes_of(vm, args.args[0]), bytes_of(vm, args.args[1])) else {
        let tn = vm.type_name_of(args.args[1]);
        return Err(vm.type_error(format!("can't concat {tn} to bytes")));
    };
    a.extend(b);
    if let Payload::ByteArray(_) = vm.heap.get(args.args[0]) {
        let t = vm.t.bytearray;
        return Ok(vm.alloc(t, Payload::ByteArray(Box::new(a))));
    }
    Ok(vm.new_bytes(a))
}

fn b_decode(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let b = bytes_of(vm, args.args[0]).unwrap_or_default();
    match String::from_utf8(b) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[pos];
            let t = vm.t.unicode_decode_error;
            Err(vm.new_error(t, format!("'utf-8' codec can't decode byte {byte:#04x} in position {pos}: invalid start byte")))
        }
    }
}

fn b_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    vm.incref(me);
    let t = vm.t.bytes_iterator;
    Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Seq { seq: me, index: 0 }))))
}

fn b_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = match vm.heap.get(args.args[0]) {
        Payload::Bytes(b) => 33 + b.len(),
        Payload::ByteArray(b) => 56 + if b.is_empty() { 0 } else { b.len() + 1 },
        _ => 0,
    };
    Ok(vm.new_int(n as i64 - 0))
}

fn ba_append(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "append", 1, 1)?;
    let v = vm.index_value(args.args[1])?;
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    if let Payload::ByteArray(b) = vm.heap.get_mut(args.args[0]) {
        b.push(v as u8);
    }
    Ok(vm.none())
}

fn b_contains(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let b = bytes_of(vm, args.args[0]).unwrap_or_default();
    let r = match vm.as_int(args.args[1]) {
        Some(v) => b.contains(&(v as u8)),
        None => match bytes_of(vm, args.args[1]) {
            Some(sub) => sub.is_empty() || b.windows(sub.len()).any(|w| w == sub.as_slice()),
            None => return Err(vm.type_error("a bytes-like object is required")),
        },
    };
    Ok(vm.new_bool(r))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", b_new),
    MethodDef::method("__repr__", b_repr),
    MethodDef::method("__len__", b_len),
    MethodDef::method("__getitem__", b_getitem),
    MethodDef::method("__hash__", b_hash),
    MethodDef::method("__eq__", b_eq),
    MethodDef::method("__ne__", b_ne),
    MethodDef::method("__add__", b_add),
    MethodDef::method("__iter__", b_iter),
    MethodDef::method("__contains__", b_contains),
    MethodDef::method("__sizeof__", b_sizeof),
    MethodDef::method("decode", b_decode),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.bytes;
    vm.add_methods(t, METHODS);
    let t = vm.t.bytearray;
    vm.add_methods(t, METHODS);
    vm.add_methods(t, &[MethodDef::method("append", ba_append)]);
    let h = vm.n.__hash__;
    let d = vm.type_dict(t);
    let none = vm.none_obj;
    vm.dict_set_item_str_key(d, h, none);
}
