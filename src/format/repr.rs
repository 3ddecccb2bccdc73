//! `repr(str)`, `ascii()`, `repr(bytes)` / `repr(bytearray)` and
//! `str.isprintable`, byte for byte as CPython 3.11.
//!
//! The code-point entry points take `u32`s so the runtime can pass strings
//! that hold lone surrogates (which a Rust `str` cannot).

use std::fmt::Write;

use super::unicode_printable::is_printable_cp;

/// `chr(cp).isprintable()`.
pub fn is_printable_char(cp: u32) -> bool {
    is_printable_cp(cp)
}

/// `s.isprintable()`.
pub fn is_printable(s: &str) -> bool {
    s.chars().all(|c| is_printable_cp(c as u32))
}

/// The quote `repr` picks: `'` unless the text has `'` and no `"`.
fn choose_quote<I: Iterator<Item = u32>>(cps: I) -> char {
    let (mut single, mut double) = (false, false);
    for c in cps {
        if c == u32::from(b'\'') {
            single = true;
        } else if c == u32::from(b'"') {
            double = true;
        }
    }
    if single && !double {
        '"'
    } else {
        '\''
    }
}

fn escape_cp(out: &mut String, c: u32, quote: char, ascii_only: bool) {
    match c {
        0x5c => out.push_str("\\\\"),
        0x09 => out.push_str("\\t"),
        0x0a => out.push_str("\\n"),
        0x0d => out.push_str("\\r"),
        _ if c == quote as u32 => {
            out.push('\\');
            out.push(quote);
        }
        _ if c < 0x20 || c == 0x7f => {
            let _ = write!(out, "\\x{c:02x}");
        }
        _ if c < 0x7f => out.push(c as u8 as char),
        _ if !ascii_only && is_printable_cp(c) => {
            // Printable code points are never surrogates.
            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
        }
        _ if c <= 0xff => {
            let _ = write!(out, "\\x{c:02x}");
        }
        _ if c <= 0xffff => {
            let _ = write!(out, "\\u{c:04x}");
        }
        _ => {
            let _ = write!(out, "\\U{c:08x}");
        }
    }
}

/// Appends `repr()` (or `ascii()` when `ascii_only`) of a string given as
/// code points.
pub fn write_str_repr_cps<I>(out: &mut String, cps: I, ascii_only: bool)
where
    I: Iterator<Item = u32> + Clone,
{
    let quote = choose_quote(cps.clone());
    out.push(quote);
    for c in cps {
        escape_cp(out, c, quote, ascii_only);
    }
    out.push(quote);
}

/// `repr(s)`.
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str_repr_cps(&mut out, s.chars().map(|c| c as u32), false);
    out
}

/// `ascii(s)` for a str (the repr with every non-ASCII character escaped).
pub fn ascii_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str_repr_cps(&mut out, s.chars().map(|c| c as u32), true);
    out
}

/// Escapes non-ASCII characters of an already built text (what `ascii()`
/// does to the result of an arbitrary object's `repr`).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp <= 0xff {
            let _ = write!(out, "\\x{cp:02x}");
        } else if cp <= 0xffff {
            let _ = write!(out, "\\u{cp:04x}");
        } else {
            let _ = write!(out, "\\U{cp:08x}");
        }
    }
    out
}

fn write_bytes_body(out: &mut String, b: &[u8], quote: u8, always_escape_single: bool) {
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            _ if !(0x20..0x7f).contains(&c) => {
                let _ = write!(out, "\\x{c:02x}");
            }
            _ => out.push(c as char),
        }
    }
}

fn bytes_quote(b: &[u8]) -> u8 {
    if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    }
}

/// `repr(bytes)`: `b'\x00\n'`.
pub fn bytes_repr(b: &[u8]) -> String {
    let q = bytes_quote(b);
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(q as char);
    write_bytes_body(&mut out, b, q, false);
    out.push(q as char);
    out
}

/// `repr(bytearray)` for the type named `type_name` (`bytearray` or a
/// subclass): CPython escapes `'` even inside double quotes here.
pub fn bytearray_repr(b: &[u8], type_name: &str) -> String {
    let q = bytes_quote(b);
    let mut out = String::with_capacity(b.len() + type_name.len() + 5);
    out.push_str(type_name);
    out.push_str("(b");
    out.push(q as char);
    write_bytes_body(&mut out, b, q, true);
    out.push(q as char);
    out.push(')');
    out
}
