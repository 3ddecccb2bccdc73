//! The built-in codecs behind `str.encode`, `bytes.decode` and `str(b, enc)`:
//! utf-8, ascii, latin-1, utf-16 and utf-32 (with byte-order variants) and the
//! error handlers strict / ignore / replace / backslashreplace /
//! xmlcharrefreplace, raising CPython's Unicode{En,De}codeError messages.

use crate::vm::{PyErr, PyResult, Vm};

/// A codec name normalised the way CPython's lookup does, or None if unknown.
fn normalize(enc: &str) -> Option<&'static str> {
    let e = enc.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    Some(match e.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => "latin-1",
        "utf-16" | "utf16" => "utf-16",
        "utf-16-le" | "utf-16le" => "utf-16-le",
        "utf-16-be" | "utf-16be" => "utf-16-be",
        "utf-32" | "utf32" => "utf-32",
        "utf-32-le" | "utf-32le" => "utf-32-le",
        "utf-32-be" | "utf-32be" => "utf-32-be",
        _ => return None,
    })
}

fn unknown(vm: &mut Vm, enc: &str) -> PyErr {
    let t = vm.t.lookup_error;
    vm.new_error(t, format!("unknown encoding: {enc}"))
}

fn bad_handler(vm: &mut Vm, errors: &str) -> PyErr {
    let t = vm.t.lookup_error;
    vm.new_error(t, format!("unknown error handler name '{errors}'"))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` as CPython writes a character in codec errors.
fn escape_cp(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// Encodes `s` with the named codec and error handler.
pub fn encode(vm: &mut Vm, s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = normalize(enc) else { return Err(unknown(vm, enc)) };
    let limit: u32 = match codec {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 0x80,
        "latin-1" => 0x100,
        _ => {
            let mut out = Vec::new();
            let (wide, le, bom) = match codec {
                "utf-16" => (false, true, true),
                "utf-16-le" => (false, true, false),
                "utf-16-be" => (false, false, false),
                "utf-32" => (true, true, true),
                "utf-32-le" => (true, true, false),
                _ => (true, false, false),
            };
            let put16 = |out: &mut Vec<u8>, u: u16| out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            if wide {
                let put32 = |out: &mut Vec<u8>, u: u32| out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
                if bom {
                    put32(&mut out, 0xFEFF);
                }
                for c in s.chars() {
                    put32(&mut out, c as u32);
                }
            } else {
                if bom {
                    put16(&mut out, 0xFEFF);
                }
                let mut buf = [0u16; 2];
                for c in s.chars() {
                    for &u in c.encode_utf16(&mut buf).iter() {
                        put16(&mut out, u);
                    }
                }
            }
            return Ok(out);
        }
    };
    if !matches!(errors, "strict" | "ignore" | "replace" | "backslashreplace" | "xmlcharrefreplace" | "surrogateescape" | "namereplace") {
        return Err(bad_handler(vm, errors));
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" | "namereplace" => out.extend(escape_cp(c).bytes()),
            "xmlcharrefreplace" => out.extend(format!("&#{c};").bytes()),
            _ => {
                // strict: the error covers the whole run of unencodable characters.
                let mut j = i + 1;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let what = if j - i == 1 {
                    format!("character '{}' in position {i}", escape_cp(c))
                } else {
                    format!("characters in position {i}-{}", j - 1)
                };
                let t = vm.t.unicode_encode_error;
                return Err(vm.new_error(t, format!("'{codec}' codec can't encode {what}: ordinal not in range({limit})")));
            }
        }
        i += 1;
    }
    Ok(out)
}

fn decode_error(vm: &mut Vm, codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start <= 1 {
        format!("byte 0x{:02x} in position {start}", b[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    let t = vm.t.unicode_decode_error;
    vm.new_error(t, format!("'{codec}' codec can't decode {what}: {reason}"))
}

/// Decodes `b` with the named codec and error handler.
pub fn decode(vm: &mut Vm, b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = normalize(enc) else { return Err(unknown(vm, enc)) };
    if !matches!(errors, "strict" | "ignore" | "replace" | "backslashreplace" | "surrogateescape") {
        return Err(bad_handler(vm, errors));
    }
    match codec {
        "utf-8" => decode_utf8(vm, b, errors),
        "ascii" | "latin-1" => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if codec == "latin-1" || x < 0x80 {
                    out.push(x as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => out.push_str(&format!("\\x{x:02x}")),
                    _ => return Err(decode_error(vm, "ascii", b, i, i + 1, "ordinal not in range(128)")),
                }
            }
            Ok(out)
        }
        _ => decode_wide(vm, b, codec, errors),
    }
}

fn decode_utf8(vm: &mut Vm, b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut base = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let bad = e.error_len().unwrap_or(rest.len() - good);
                let first = rest[good];
                let reason = if e.error_len().is_none() {
                    "unexpected end of data"
                } else if !(0xC2..=0xF4).contains(&first) {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => {
                        for x in &rest[good..good + bad] {
                            out.push_str(&format!("\\x{x:02x}"));
                        }
                    }
                    _ => return Err(decode_error(vm, "utf-8", b, base + good, base + good + bad, reason)),
                }
                base += good + bad;
                rest = &rest[good + bad..];
            }
        }
    }
}

fn decode_wide(vm: &mut Vm, b: &[u8], codec: &str, errors: &str) -> PyResult<String> {
    let wide = codec.starts_with("utf-32");
    let unit = if wide { 4 } else { 2 };
    let mut le = !codec.ends_with("-be");
    let mut data = b;
    if codec == "utf-16" || codec == "utf-32" {
        // A byte-order mark picks the order and is dropped.
        if wide && data.len() >= 4 {
            if data[..4] == [0xFF, 0xFE, 0, 0] {
                data = &data[4..];
            } else if data[..4] == [0, 0, 0xFE, 0xFF] {
                le = false;
                data = &data[4..];
            }
        } else if !wide && data.len() >= 2 {
            if data[..2] == [0xFF, 0xFE] {
                data = &data[2..];
            } else if data[..2] == [0xFE, 0xFF] {
                le = false;
                data = &data[2..];
            }
        }
    }
    let off = b.len() - data.len();
    let name = if codec.starts_with("utf-16") { if le { "utf-16-le" } else { "utf-16-be" } } else if le { "utf-32-le" } else { "utf-32-be" };
    let name = if codec == "utf-16" || codec == "utf-32" { codec } else { name };
    let mut out = String::new();
    let n = data.len() / unit * unit;
    let rd16 = |i: usize| if le { u16::from_le_bytes([data[i], data[i + 1]]) } else { u16::from_be_bytes([data[i], data[i + 1]]) };
    let mut i = 0;
    let mut fail: Option<(usize, usize, &str)> = None;
    while i < n {
        if wide {
            let v = if le { u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]) } else { u32::from_be_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]) };
            match char::from_u32(v) {
                Some(c) => out.push(c),
                None => fail = Some((i, i + 4, if v > 0x10FFFF { "code point not in range(0x110000)" } else { "code point in surrogate code point range(0xd800, 0xe000)" })),
            }
            i += 4;
        } else {
            let u = rd16(i);
            if (0xD800..0xDC00).contains(&u) {
                if i + 4 > data.len() {
                    fail = Some((i, data.len(), "unexpected end of data"));
                    i = data.len();
                } else {
                    let l = rd16(i + 2);
                    if (0xDC00..0xE000).contains(&l) {
                        let c = 0x10000 + (((u as u32) - 0xD800) << 10) + ((l as u32) - 0xDC00);
                        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                        i += 4;
                    } else {
                        fail = Some((i, i + 2, "illegal UTF-16 surrogate"));
                        i += 2;
                    }
                }
            } else if (0xDC00..0xE000).contains(&u) {
                fail = Some((i, i + 2, "illegal encoding"));
                i += 2;
            } else {
                out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
                i += 2;
            }
        }
        if let Some((s, e, why)) = fail.take() {
            match errors {
                "ignore" => {}
                "replace" => out.push('\u{FFFD}'),
                _ => return Err(decode_error(vm, name, b, off + s, off + e, why)),
            }
        }
    }
    if n < data.len() && i <= n {
        match errors {
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            _ => {
                return Err(decode_error(vm, name, b, off + n, b.len(), "truncated data"));
            }
        }
    }
    Ok(out)
}
