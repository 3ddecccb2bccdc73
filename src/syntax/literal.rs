//! Numeric and string literals: the hand-written scanners behind the logos
//! patterns in `token.rs`, and escape-sequence decoding, with CPython 3.11's
//! error messages and error positions.

use logos::Lexer;
use num_bigint::BigInt;

use super::token::{LexError, Num, Tok};
use super::unicode_names;

/// A decoded string literal token.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string: decoded later (its fields are parsed as expressions).
    /// `start..end` is the text between the quotes, as absolute byte offsets.
    FStr { raw: bool, start: usize, end: usize },
}

/// `sys.get_int_max_str_digits()`'s default, which bounds decimal literals.
const MAX_STR_DIGITS: usize = 4300;

fn msg(m: impl Into<String>, start: usize, end: usize) -> LexError {
    LexError::Msg { msg: m.into(), start, end }
}

/// logos callback: the token so far is one digit or `.digit`; scan the rest.
pub fn lex_number(lex: &mut Lexer<Tok>) -> Result<Num, LexError> {
    let start = lex.span().start;
    let already = lex.span().end;
    let b = lex.source().as_bytes();
    match scan_number(b, start) {
        Ok((end, num)) => {
            lex.bump(end - already);
            Ok(num)
        }
        Err(e) => {
            // Skip the rest of the malformed number so lexing could go on.
            let mut end = already;
            while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b'_' || b[end] == b'.') {
                end += 1;
            }
            lex.bump(end - already);
            Err(e)
        }
    }
}

fn is_id_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// CPython's `verify_end_of_number`: a number may be followed directly by a few
/// keywords (`1if x else y`), but not by any other identifier character.
fn verify_end(b: &[u8], i: usize, start: usize, kind: &str) -> Result<(), LexError> {
    if i >= b.len() || !is_id_byte(b[i]) {
        return Ok(());
    }
    let rest = &b[i..];
    for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
        if rest.starts_with(kw.as_bytes()) {
            return Ok(());
        }
    }
    // CPython points at the last character of the number.
    let _ = start;
    Err(msg(format!("invalid {kind} literal"), i - 1, i - 1))
}

/// Scans a number starting at `s`; returns its end and value.
pub fn scan_number(b: &[u8], s: usize) -> Result<(usize, Num), LexError> {
    let len = b.len();
    let at = |i: usize| if i < len { b[i] } else { 0 };
    if at(s) == b'0' && matches!(at(s + 1) | 0x20, b'x' | b'o' | b'b') {
        let (radix, name) = match at(s + 1) | 0x20 {
            b'x' => (16, "hexadecimal"),
            b'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        let mut i = s + 2;
        let mut digits: Vec<u8> = Vec::new();
        loop {
            if at(i) == b'_' {
                i += 1;
            }
            let before = i;
            while i < len && (b[i] as char).is_digit(radix) {
                digits.push(b[i]);
                i += 1;
            }
            if i == before {
                if at(i).is_ascii_digit() {
                    return Err(msg(format!("invalid digit '{}' in {name} literal", at(i) as char), i, i));
                }
                return Err(msg(format!("invalid {name} literal"), i - 1, i - 1));
            }
            if at(i) != b'_' {
                break;
            }
        }
        if at(i).is_ascii_digit() {
            return Err(msg(format!("invalid digit '{}' in {name} literal", at(i) as char), i, i));
        }
        verify_end(b, i, s, name)?;
        let v = BigInt::parse_bytes(&digits, radix).unwrap_or_default();
        return Ok((i, Num::Int(v)));
    }

    let mut text: Vec<u8> = Vec::with_capacity(16);
    let mut i = s;
    // Decimal digits with single underscores between them.
    let decimal_tail = |i: &mut usize, text: &mut Vec<u8>| -> Result<(), LexError> {
        loop {
            while *i < len && b[*i].is_ascii_digit() {
                text.push(b[*i]);
                *i += 1;
            }
            if at(*i) != b'_' {
                return Ok(());
            }
            *i += 1;
            if !at(*i).is_ascii_digit() {
                return Err(msg("invalid decimal literal", *i - 1, *i - 1));
            }
        }
    };
    let mut is_float = false;
    if at(i) != b'.' {
        decimal_tail(&mut i, &mut text)?;
    }
    let int_end = i;
    if at(i) == b'.' {
        is_float = true;
        text.push(b'.');
        i += 1;
        if at(i).is_ascii_digit() {
            decimal_tail(&mut i, &mut text)?;
        }
    }
    if at(i) | 0x20 == b'e' {
        let save = i;
        let mut j = i + 1;
        if at(j) == b'+' || at(j) == b'-' {
            j += 1;
        }
        if at(j).is_ascii_digit() {
            is_float = true;
            text.push(b'e');
            if at(i + 1) == b'-' {
                text.push(b'-');
            }
            i = j;
            decimal_tail(&mut i, &mut text)?;
        } else {
            // `1e` / `1e+`: CPython reports an invalid decimal literal
            // where its tokenizer stopped: on the `e` (it backs up over a
            // letter-like exponent marker), or after the sign.
            let at_err = if j > save + 1 { j - 1 } else { save - 1 };
            return Err(msg("invalid decimal literal", at_err, at_err));
        }
    }
    if at(i) | 0x20 == b'j' {
        i += 1;
        verify_end(b, i, s, "imaginary")?;
        let t = std::str::from_utf8(&text).unwrap_or("0");
        return Ok((i, Num::Imag(t.parse::<f64>().unwrap_or(0.0))));
    }
    if is_float {
        verify_end(b, i, s, "decimal")?;
        let t = std::str::from_utf8(&text).unwrap_or("0");
        return Ok((i, Num::Float(t.parse::<f64>().unwrap_or(0.0))));
    }
    // A plain integer: leading zeros are only allowed for zero itself.
    if text.len() > 1 && text[0] == b'0' && text.iter().any(|&c| c != b'0') {
        // The range runs up to the first non-zero digit.
        let nonzero = (s..int_end).find(|&k| b[k] != b'0' && b[k] != b'_').unwrap_or(s + 1);
        return Err(msg(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            s,
            nonzero,
        ));
    }
    verify_end(b, i, s, "decimal")?;
    if text.len() > MAX_STR_DIGITS {
        // int() of the literal's digits fails on CPython's default limit.
        let n = text.len();
        return Err(LexError::NoCaret {
            msg: format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
            ),
            at: s,
        });
    }
    let v = if text.len() <= 18 {
        let mut n: i64 = 0;
        for &c in &text {
            n = n * 10 + (c - b'0') as i64;
        }
        BigInt::from(n)
    } else {
        BigInt::parse_bytes(&text, 10).unwrap_or_default()
    };
    Ok((i, Num::Int(v)))
}

/// logos callback: the token so far is an optional prefix and one quote.
pub fn lex_string(lex: &mut Lexer<Tok>) -> Result<Box<StrLit>, LexError> {
    let span = lex.span();
    let slice = lex.slice();
    let b = lex.source().as_bytes();
    let quote = b[span.end - 1];
    let prefix = &slice[..slice.len() - 1];
    let (mut raw, mut bytes, mut fstr) = (false, false, false);
    for c in prefix.bytes() {
        match c | 0x20 {
            b'r' => raw = true,
            b'b' => bytes = true,
            b'f' => fstr = true,
            _ => {}
        }
    }
    let len = b.len();
    let mut i = span.end;
    let triple = i + 1 < len && b[i] == quote && b[i + 1] == quote;
    if triple {
        i += 2;
    }
    let content_start = i;
    let content_end;
    loop {
        if i >= len {
            lex.bump(len - span.end);
            return Err(if triple {
                LexError::UnterminatedTriple { detected_at: len.saturating_sub(1) }
            } else {
                LexError::Unterminated { detected_at: len }
            });
        }
        let c = b[i];
        if c == b'\\' {
            i += 1;
            if i < len {
                i += utf8_len(b[i]);
            }
        } else if c == b'\n' && !triple {
            lex.bump(i - span.end);
            return Err(LexError::Unterminated { detected_at: i });
        } else if c == quote && (!triple || (i + 2 < len && b[i + 1] == quote && b[i + 2] == quote)) {
            content_end = i;
            i += if triple { 3 } else { 1 };
            break;
        } else {
            i += 1;
        }
    }
    lex.bump(i - span.end);
    let src = lex.source();
    let content = &src[content_start..content_end];
    if fstr {
        return Ok(Box::new(StrLit::FStr { raw, start: content_start, end: content_end }));
    }
    if bytes {
        if !content.is_ascii() {
            return Err(msg("bytes can only contain ASCII literal characters", span.start, i));
        }
        if raw {
            return Ok(Box::new(StrLit::Bytes(content.as_bytes().to_vec())));
        }
        return decode_bytes(content).map(|v| Box::new(StrLit::Bytes(v))).map_err(|m| msg(m, i, i));
    }
    if raw || !content.contains('\\') {
        return Ok(Box::new(StrLit::Str(content.to_string())));
    }
    decode_str(content).map(|v| Box::new(StrLit::Str(v))).map_err(|m| msg(m, i, i))
}

fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Decodes the escapes of a (non-raw) str literal body. The error text is
/// CPython's complete message.
pub fn decode_str(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut lit_start = 0;
    let uerr = |from: usize, to: usize, what: &str| {
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}")
    };
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[lit_start..i]);
        let bs = i;
        i += 1;
        if i >= b.len() {
            // A lone trailing backslash cannot occur (it would escape the quote).
            out.push('\\');
            lit_start = i;
            break;
        }
        let c = b[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                let mut k = 0;
                while k < n && i < b.len() && b[i].is_ascii_hexdigit() {
                    v = v * 16 + (b[i] as char).to_digit(16).unwrap_or(0);
                    i += 1;
                    k += 1;
                }
                if k < n {
                    return Err(uerr(bs, i - 1, what));
                }
                if v > 0x10ffff {
                    return Err(uerr(bs, i - 1, "illegal Unicode character"));
                }
                // Lone surrogates cannot live in a Rust string.
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'N' => {
                if i >= b.len() || b[i] != b'{' {
                    return Err(uerr(bs, i - 1, "malformed \\N character escape"));
                }
                let name_start = i + 1;
                let Some(close) = s[name_start..].find('}') else {
                    return Err(uerr(bs, b.len() - 1, "malformed \\N character escape"));
                };
                let name = &s[name_start..name_start + close];
                i = name_start + close + 1;
                match unicode_names::lookup(name) {
                    Some(ch) => out.push(ch),
                    None => return Err(uerr(bs, i - 1, "unknown Unicode character name")),
                }
            }
            _ => {
                // Unknown escape: kept as written (CPython only warns).
                i = bs + 1;
                out.push('\\');
            }
        }
        lit_start = i;
    }
    out.push_str(&s[lit_start.min(s.len())..]);
    Ok(out)
}

/// Decodes the escapes of a (non-raw) bytes literal body (already checked ASCII).
pub fn decode_bytes(s: &str) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let bs = i;
        i += 1;
        if i >= b.len() {
            out.push(b'\\');
            break;
        }
        let c = b[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                if i + 1 < b.len() && b[i].is_ascii_hexdigit() && b[i + 1].is_ascii_hexdigit() {
                    let v = u8::from_str_radix(&s[i..i + 2], 16).unwrap_or(0);
                    out.push(v);
                    i += 2;
                } else {
                    return Err(format!("(value error) invalid \\x escape at position {bs}"));
                }
            }
            _ => {
                i = bs + 1;
                out.push(b'\\');
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Num {
        match scan_number(s.as_bytes(), 0) {
            Ok((end, n)) => {
                assert_eq!(end, s.len(), "{s} not fully scanned");
                n
            }
            Err(e) => panic!("{s}: {e:?}"),
        }
    }

    fn num_err(s: &str) -> String {
        match scan_number(s.as_bytes(), 0) {
            Ok(_) => panic!("{s} should fail"),
            Err(LexError::Msg { msg, start, .. }) => format!("{msg} @{start}"),
            Err(e) => format!("{e:?}"),
        }
    }

    #[test]
    fn integers() {
        assert_eq!(num("0"), Num::Int(0.into()));
        assert_eq!(num("00"), Num::Int(0.into()));
        assert_eq!(num("1_000"), Num::Int(1000.into()));
        assert_eq!(num("0xFF"), Num::Int(255.into()));
        assert_eq!(num("0X_f"), Num::Int(15.into()));
        assert_eq!(num("0o17"), Num::Int(15.into()));
        assert_eq!(num("0b1_0"), Num::Int(2.into()));
        let big: BigInt = "123456789012345678901234567890".parse().unwrap();
        assert_eq!(num("123456789012345678901234567890"), Num::Int(big));
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(num("1e-5"), Num::Float(1e-5));
        assert_eq!(num(".5"), Num::Float(0.5));
        assert_eq!(num("1_0.0"), Num::Float(10.0));
        assert_eq!(num("1."), Num::Float(1.0));
        assert_eq!(num("1E+3"), Num::Float(1000.0));
        assert_eq!(num("3j"), Num::Imag(3.0));
        assert_eq!(num("1.5J"), Num::Imag(1.5));
        assert_eq!(num("1e999"), Num::Float(f64::INFINITY));
        assert_eq!(num("09.5"), Num::Float(9.5));
    }

    #[test]
    fn number_errors() {
        assert_eq!(
            num_err("0777"),
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @0"
        );
        assert_eq!(num_err("1_"), "invalid decimal literal @1");
        assert_eq!(num_err("1__0"), "invalid decimal literal @1");
        assert_eq!(num_err("1abc"), "invalid decimal literal @0");
        assert_eq!(num_err("0x"), "invalid hexadecimal literal @1");
        assert_eq!(num_err("0b2"), "invalid digit '2' in binary literal @2");
        assert_eq!(num_err("0o8"), "invalid digit '8' in octal literal @2");
        assert_eq!(num_err("1jx"), "invalid imaginary literal @1");
        // A keyword may follow a number directly.
        assert!(scan_number(b"1if", 0).is_ok());
    }

    #[test]
    fn string_escapes() {
        assert_eq!(decode_str(r#"a\nb\tc\\d\'e\"f"#).unwrap(), "a\nb\tc\\d'e\"f");
        assert_eq!(decode_str(r"\a\b\f\v\0").unwrap(), "\x07\x08\x0c\x0b\0");
        assert_eq!(decode_str(r"\101\7\777").unwrap(), "A\x07\u{1ff}");
        assert_eq!(decode_str(r"\x41\u00e9\U0001F600").unwrap(), "Aé😀");
        assert_eq!(decode_str(r"\N{BULLET}\N{latin small letter a}").unwrap(), "•a");
        assert_eq!(decode_str("a\\\nb").unwrap(), "ab");
        // Unknown escapes keep their backslash.
        assert_eq!(decode_str(r"\d\q\é").unwrap(), "\\d\\q\\é");
        assert_eq!(
            decode_str(r"\x4").unwrap_err(),
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"
        );
        assert_eq!(
            decode_str(r"\N{nope}").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name"
        );
        assert!(decode_str(r"\U00110000").unwrap_err().ends_with("illegal Unicode character"));
    }

    #[test]
    fn bytes_escapes() {
        assert_eq!(decode_bytes(r"\x00\xff\n\101\q").unwrap(), b"\x00\xff\nA\\q".to_vec());
        assert_eq!(decode_bytes(r"a\x4").unwrap_err(), r"(value error) invalid \x escape at position 1");
        assert_eq!(decode_bytes(r"\u0041").unwrap(), b"\\u0041".to_vec());
    }
}
