//! The `binascii` module: hex (with separators), base64 (CPython's lenient
//! decoder and its strict mode), CRC-32 and CRC-CCITT, and the
//! `binascii.Error` / `binascii.Incomplete` exceptions. `base64.py` builds
//! on it.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyErr, PyResult, Vm};

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Raises `binascii.Error(msg)`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    vm.module_error("binascii", "Error", msg.into())
}

/// Binary data: any buffer.
fn bytes_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<u8>> {
    vm.buffer_copy(x).ok_or_else(|| {
        let tn = vm.type_name_of(x);
        vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
    })
}

/// ASCII input of the a2b functions: a buffer or an ASCII-only str.
fn ascii_arg(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.as_str(x) {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match vm.buffer_copy(x) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("argument should be bytes, buffer or ASCII string, not '{tn}'")))
        }
    }
}

/// Hex digits with an optional separator every `per` bytes (counted from
/// the right when positive, from the left when negative).
pub fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep.filter(|_| group > 0 && i > 0) {
            let boundary = if per > 0 { (n - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    out
}

fn hexlify(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "hexlify", &["data", "sep", "bytes_per_sep"], 0, 1)?;
    let data = bytes_arg(vm, p[0].unwrap_or(vm.none_obj))?;
    let sep = match p[1] {
        None => None,
        Some(s) => {
            let raw = match vm.as_str(s) {
                Some(t) => t.as_bytes().to_vec(),
                None => bytes_arg(vm, s)?,
            };
            if raw.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !raw[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(raw[0])
        }
    };
    let per = match p[2] {
        Some(x) => vm.index_value(x)?,
        None => 1,
    };
    Ok(vm.new_bytes(hex_with_sep(&data, sep, per)))
}

fn unhexlify(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "unhexlify", 1, 1)?;
    let s = ascii_arg(vm, args.args[0])?;
    if s.len() % 2 == 1 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks_exact(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

pub fn b64_encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if c.len() > 1 { B64[(n >> 6) as usize & 63] } else { b'=' });
        out.push(if c.len() > 2 { B64[n as usize & 63] } else { b'=' });
    }
    if newline {
        out.push(b'\n');
    }
    out
}

fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// CPython's base64 decoder: in lenient mode characters outside the
/// alphabet are skipped and a completed padding ends the input; strict
/// mode refuses anything irregular.
fn b64_decode(s: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    let (mut acc, mut bits, mut quad, mut pads, mut data_chars) = (0u32, 0u32, 0usize, 0usize, 0usize);
    let mut padding = false;
    if strict && s.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    for (i, &c) in s.iter().enumerate() {
        if c == b'=' {
            padding = true;
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                if strict && i + 1 < s.len() {
                    return Err("Excess data after padding".into());
                }
                return Ok(out);
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        data_chars += 1;
        acc = (acc << 6) | v;
        bits += 6;
        quad = (quad + 1) % 4;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if quad != 0 {
        if quad == 1 {
            return Err(format!(
                "Invalid base64-encoded string: number of data characters ({data_chars}) cannot be 1 more than a multiple of 4"
            ));
        }
        return Err("Incorrect padding".into());
    }
    Ok(out)
}

fn b2a_base64(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "b2a_base64", &["data", "newline"], 1, 1)?;
    let data = bytes_arg(vm, p[0].unwrap_or(vm.none_obj))?;
    let newline = match p[1] {
        Some(x) => vm.truthy(x)?,
        None => true,
    };
    Ok(vm.new_bytes(b64_encode(&data, newline)))
}

fn a2b_base64(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "a2b_base64", &["data", "strict_mode"], 1, 1)?;
    let s = ascii_arg(vm, p[0].unwrap_or(vm.none_obj))?;
    let strict = match p[1] {
        Some(x) => vm.truthy(x)?,
        None => false,
    };
    match b64_decode(&s, strict) {
        Ok(b) => Ok(vm.new_bytes(b)),
        Err(m) => Err(error(vm, m)),
    }
}

fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// An unsigned value argument reduced modulo 2**bits (CPython masks the start value).
fn masked(vm: &mut Vm, x: ObjRef, bits: u32) -> PyResult<u32> {
    match vm.heap.get(x) {
        Payload::Int(i) => Ok((*i as u64 & ((1u64 << bits) - 1)) as u32),
        Payload::BigInt(b) => {
            let m = num_bigint::BigInt::from(1u64 << bits);
            let r = ((&**b % &m) + &m) % &m;
            Ok(u32::try_from(r).unwrap_or(0))
        }
        _ => {
            let v = vm.index_value(x)?;
            Ok((v as u64 & ((1u64 << bits) - 1)) as u32)
        }
    }
}

fn crc32(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "crc32", 1, 2)?;
    let data = bytes_arg(vm, args.args[0])?;
    let start = match args.args.get(1) {
        Some(&x) => masked(vm, x, 32)?,
        None => 0,
    };
    Ok(vm.new_int(crc32_update(start, &data) as i64))
}

fn crc_hqx(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "crc_hqx", 2, 2)?;
    let data = bytes_arg(vm, args.args[0])?;
    let mut crc = masked(vm, args.args[1], 16)?;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
        crc &= 0xffff;
    }
    Ok(vm.new_int(crc as i64))
}

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("binascii");
    vm.add_module_functions(
        m,
        &[
            ("hexlify", hexlify),
            ("b2a_hex", hexlify),
            ("unhexlify", unhexlify),
            ("a2b_hex", unhexlify),
            ("b2a_base64", b2a_base64),
            ("a2b_base64", a2b_base64),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
        ],
    );
    let d = vm.module_dict(m);
    let ve = vm.t.value_error;
    let e = vm.new_module_exception("binascii", "Error", ve)?;
    vm.dict_set_str(d, "Error", e);
    vm.decref(e);
    let ex = vm.t.exception;
    let inc = vm.new_module_exception("binascii", "Incomplete", ex)?;
    vm.dict_set_str(d, "Incomplete", inc);
    vm.decref(inc);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip_and_lenient_rules() {
        for n in 0..10 {
            let data: Vec<u8> = (0..n).map(|i| (i * 37) as u8).collect();
            let enc = b64_encode(&data, false);
            assert_eq!(b64_decode(&enc, true).unwrap(), data);
        }
        assert_eq!(b64_decode(b"YW!Jj\nZA==", false).unwrap(), b"abcd");
        assert_eq!(b64_decode(b"YWJjZA==YQ==", false).unwrap(), b"abcd");
        assert_eq!(b64_decode(b"=YWJj", false).unwrap(), b"abc");
        assert_eq!(b64_decode(b"YWJjZA=", false).unwrap_err(), "Incorrect padding");
        assert!(b64_decode(b"YWJjZ", false).unwrap_err().contains("(5)"));
    }

    #[test]
    fn hex_separators_and_crc() {
        assert_eq!(hex_with_sep(&[1, 0xab, 0xcd, 0xef], Some(b':'), 2), b"01ab:cdef");
        assert_eq!(hex_with_sep(&[1, 0xab, 0xcd, 0xef], Some(b':'), -3), b"01abcd:ef");
        assert_eq!(hex_with_sep(&[1, 0xab, 0xcd, 0xef], Some(b':'), 3), b"01:abcdef");
        assert_eq!(crc32_update(0, b"hello"), 907060870);
    }
}
