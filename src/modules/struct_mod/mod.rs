//! The native half of `struct` (`_struct`): calcsize, pack, pack_into,
//! unpack, unpack_from and the buffer walk behind iter_unpack, over parsed
//! formats cached by their text. `src/stdlib/struct.py` adds the `Struct`
//! class and the iterator on top.

mod codec;
mod format;
mod half;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};
use codec::struct_error;
use format::Format;

thread_local! {
    /// Parsed formats by their bytes (CPython keeps a similar cache;
    /// `_clearcache` empties it).
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Format>>> = RefCell::new(HashMap::new());
}

/// Entries kept before the cache is emptied, so hostile programs cannot
/// grow it without bound.
const CACHE_LIMIT: usize = 100;

/// The parsed format of a `str` or `bytes` format argument.
fn format_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Rc<Format>> {
    let text: Vec<u8> = match vm.heap.get(x) {
        Payload::Str(s) => s.s.as_bytes().to_vec(),
        Payload::Bytes(b) => b.to_vec(),
        _ => {
            let tn = vm.type_name_of(x);
            return Err(vm.type_error(format!("Struct() argument 1 must be a str or bytes object, not {tn}")));
        }
    };
    if let Some(f) = CACHE.with(|c| c.borrow().get(&text).cloned()) {
        return Ok(f);
    }
    match format::parse(&text) {
        Ok(f) => {
            let f = Rc::new(f);
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= CACHE_LIMIT {
                    c.clear();
                }
                c.insert(text, f.clone());
            });
            Ok(f)
        }
        Err(e) => Err(struct_error(vm, e.message())),
    }
}

fn pack_values(vm: &mut Vm, f: &Format, vals: &[ObjRef], out: &mut [u8]) -> PyResult<()> {
    let mut next = 0;
    for field in &f.fields {
        let n = field.values();
        let end = field.offset + if matches!(field.code, b's' | b'p') { field.count } else { field.count * field.size };
        codec::pack_field(vm, field, f.order, &vals[next..next + n], &mut out[field.offset..end])?;
        next += n;
    }
    Ok(())
}

fn check_count(vm: &mut Vm, what: &str, f: &Format, got: usize) -> PyResult<()> {
    if got != f.values {
        return Err(struct_error(vm, format!("{what} expected {} items for packing (got {got})", f.values)));
    }
    Ok(())
}

fn unpack_values(vm: &mut Vm, f: &Format, data: &[u8]) -> ObjRef {
    let mut out = Vec::with_capacity(f.values);
    for field in &f.fields {
        codec::unpack_field(vm, field, f.order, &data[field.offset..], &mut out);
    }
    vm.new_tuple(out)
}

/// The bytes of a buffer argument (TypeError as CPython's for non-buffers).
fn buffer_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<u8>> {
    match vm.buffer_copy(x) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn calcsize(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "calcsize", 1, 1)?;
    let f = format_arg(vm, args.args[0])?;
    Ok(vm.new_int(f.size as i64))
}

fn pack(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "pack")?;
    let Some((&fmt, vals)) = args.args.split_first() else {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    };
    let f = format_arg(vm, fmt)?;
    check_count(vm, "pack", &f, vals.len())?;
    let mut out = vec![0u8; f.size];
    pack_values(vm, &f, vals, &mut out)?;
    Ok(vm.new_bytes(out))
}

/// Resolves a possibly negative offset into a buffer of `len` bytes for a
/// struct of `size` bytes, with CPython's messages.
fn place(vm: &mut Vm, what: &str, verb: &str, size: usize, offset: i64, len: usize) -> PyResult<usize> {
    let start = if offset < 0 {
        if offset.unsigned_abs() as usize > len {
            return Err(struct_error(vm, format!("offset {offset} out of range for {len}-byte buffer")));
        }
        let s = len - offset.unsigned_abs() as usize;
        if len - s < size {
            let msg = if verb == "packing" { "no space to pack" } else { "not enough data to unpack" };
            return Err(struct_error(vm, format!("{msg} {size} bytes at offset {offset}")));
        }
        s
    } else {
        let s = offset as usize;
        if len < size || s > len - size {
            return Err(struct_error(vm, format!(
                "{what} requires a buffer of at least {} bytes for {verb} {size} bytes at offset {offset} (actual buffer size is {len})",
                size as u128 + s as u128
            )));
        }
        s
    };
    Ok(start)
}

fn pack_into(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "pack_into")?;
    if args.args.len() < 3 {
        let msg = if args.args.is_empty() { "pack_into expected buffer argument" } else { "pack_into expected offset argument" };
        return Err(vm.type_error(msg));
    }
    let f = format_arg(vm, args.args[0])?;
    let buf = args.args[1];
    let vals = &args.args[3..];
    check_count(vm, "pack_into", &f, vals.len())?;
    if vm.buffer_bytes_mut(buf).is_none() {
        let tn = vm.type_name_of(buf);
        return Err(vm.type_error(format!("argument must be read-write bytes-like object, not {tn}")));
    }
    let offset = vm.index_value(args.args[2])?;
    let len = vm.buffer_bytes_mut(buf).map_or(0, |b| b.len());
    let start = place(vm, "pack_into", "packing", f.size, offset, len)?;
    let mut out = vec![0u8; f.size];
    pack_values(vm, &f, vals, &mut out)?;
    // Packing runs Python code (__index__, __bool__), which may resize a bytearray.
    match vm.buffer_bytes_mut(buf) {
        Some(b) if b.len() >= start + f.size => b[start..start + f.size].copy_from_slice(&out),
        _ => return Err(struct_error(vm, "buffer changed size during pack_into")),
    }
    Ok(vm.none())
}

fn unpack(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "unpack", 2, 2)?;
    let f = format_arg(vm, args.args[0])?;
    let data = buffer_arg(vm, args.args[1])?;
    if data.len() != f.size {
        return Err(struct_error(vm, format!("unpack requires a buffer of {} bytes", f.size)));
    }
    Ok(unpack_values(vm, &f, &data))
}

fn unpack_from(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "unpack_from", &["format", "buffer", "offset"], 1, 2)?;
    let f = format_arg(vm, p[0].unwrap_or(vm.none_obj))?;
    let data = buffer_arg(vm, p[1].unwrap_or(vm.none_obj))?;
    let offset = match p[2] {
        Some(o) => vm.index_value(o)?,
        None => 0,
    };
    let start = place(vm, "unpack_from", "unpacking", f.size, offset, data.len())?;
    Ok(unpack_values(vm, &f, &data[start..start + f.size]))
}

/// `_iter_unpack(format, buffer)`: every record of the buffer, as a list of
/// tuples (the Python `unpack_iterator` walks it).
fn iter_unpack_all(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "iter_unpack", 2, 2)?;
    let f = format_arg(vm, args.args[0])?;
    let data = buffer_arg(vm, args.args[1])?;
    if f.size == 0 {
        return Err(struct_error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % f.size != 0 {
        return Err(struct_error(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", f.size)));
    }
    let records: Vec<ObjRef> = data.chunks_exact(f.size).map(|c| unpack_values(vm, &f, c)).collect();
    Ok(vm.new_list(records))
}

fn clearcache(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(vm.none())
}

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_struct");
    vm.add_module_functions(
        m,
        &[
            ("calcsize", calcsize),
            ("pack", pack),
            ("pack_into", pack_into),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("_iter_unpack", iter_unpack_all),
            ("_clearcache", clearcache),
        ],
    );
    // struct.error: a plain Exception subclass whose __module__ is "struct".
    let exc = vm.t.exception;
    let err = vm.new_module_exception("struct", "error", exc)?;
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "error", err);
    vm.decref(err);
    Ok(m)
}
