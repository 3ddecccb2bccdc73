//! `repr(float)` and the general float-to-text engine behind every float
//! format (CPython's `PyOS_double_to_string`).
//!
//! Digits come from Rust's float formatting, which is exact: `{:e}` gives
//! the shortest round-tripping digits and `{:.Ne}` / `{:.N}` round the exact
//! binary value half-to-even, the same digits as CPython's dtoa. The layout
//! rules (when to switch to exponent notation, zero padding, `#`) follow
//! CPython's `format_float_short`.

use std::fmt::Write;

/// Flags for [`double_to_string`], mirroring CPython's `Py_DTSF_*`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// Add `.0` to integral results that are not in exponent form.
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `z`: a negative value that rounds to zero prints without `-`.
    pub no_neg_0: bool,
}

/// Fixed-capacity, allocation-free text sink for the shortest digits.
struct StackBuf {
    buf: [u8; 40],
    len: usize,
}

impl Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let b = s.as_bytes();
        let end = self.len + b.len();
        if end > self.buf.len() {
            return Err(std::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(b);
        self.len = end;
        Ok(())
    }
}

/// A digit string that stays on the stack for the short (repr-sized)
/// cases and spills to the heap only for long fixed/precision outputs.
struct Digits {
    inline: [u8; 40],
    len: usize,
    heap: Vec<u8>,
    spilled: bool,
}

impl Digits {
    fn new() -> Self {
        Digits {
            inline: [0; 40],
            len: 0,
            heap: Vec::new(),
            spilled: false,
        }
    }
    fn clear(&mut self) {
        self.len = 0;
        self.heap.clear();
        self.spilled = false;
    }
    fn push(&mut self, b: u8) {
        if !self.spilled && self.len < self.inline.len() {
            self.inline[self.len] = b;
            self.len += 1;
            return;
        }
        if !self.spilled {
            self.heap.extend_from_slice(&self.inline[..self.len]);
            self.spilled = true;
        }
        self.heap.push(b);
    }
    fn as_slice(&self) -> &[u8] {
        if self.spilled {
            &self.heap
        } else {
            &self.inline[..self.len]
        }
    }
    fn truncate(&mut self, n: usize) {
        if self.spilled {
            self.heap.truncate(n);
        } else {
            self.len = self.len.min(n);
        }
    }
    fn set(&mut self, bytes: &[u8]) {
        self.clear();
        for &b in bytes {
            self.push(b);
        }
    }
    /// Drops trailing zeros (keeping at least one digit); an all-zero
    /// string becomes `"0"`. Returns true in that case.
    fn normalize(&mut self) -> bool {
        let d = self.as_slice();
        let keep = d.iter().rposition(|&c| c != b'0').map_or(0, |p| p + 1);
        if keep == 0 {
            self.set(b"0");
            return true;
        }
        self.truncate(keep);
        false
    }
}

/// Splits Rust's `{:e}` output (`d[.ddd]e[-]x`) of a non-negative finite
/// value into its digits (trailing zeros removed) and the position of the
/// decimal point relative to the first digit (`decpt`, as in dtoa).
fn split_sci(s: &[u8], out: &mut Digits) -> i32 {
    let epos = s.iter().position(|&c| c == b'e').unwrap_or(s.len());
    out.clear();
    for &c in &s[..epos] {
        if c.is_ascii_digit() {
            out.push(c);
        }
    }
    let mut exp: i32 = 0;
    let mut neg = false;
    for &c in &s[(epos + 1).min(s.len())..] {
        if c == b'-' {
            neg = true;
        } else if c.is_ascii_digit() {
            exp = exp * 10 + i32::from(c - b'0');
        }
    }
    if neg {
        exp = -exp;
    }
    if out.normalize() {
        return 1;
    }
    exp + 1
}

/// Digits of `|x|` rounded to `ndigits` places after the point (dtoa mode 3).
fn fixed_digits(x: f64, ndigits: usize, out: &mut Digits) -> i32 {
    let s = format!("{:.*}", ndigits, x.abs());
    let bytes = s.as_bytes();
    let int_len = bytes.iter().position(|&c| c == b'.').unwrap_or(bytes.len());
    let lead = bytes
        .iter()
        .take_while(|&&c| c == b'0' || c == b'.')
        .filter(|&&c| c == b'0')
        .count();
    out.clear();
    let mut skipped = 0;
    for &c in bytes {
        if !c.is_ascii_digit() {
            continue;
        }
        if skipped < lead {
            skipped += 1;
            continue;
        }
        out.push(c);
    }
    if out.as_slice().is_empty() {
        out.set(b"0");
        return 1;
    }
    out.normalize();
    int_len as i32 - lead as i32
}

/// Shortest round-tripping digits of finite `|x|` (dtoa mode 0).
///
/// Rust's shortest algorithm may pick the upper of two equally near
/// candidates when `x` lies exactly halfway; dtoa picks the correctly
/// rounded (half-even) one. So the digit count comes from `{:e}` and the
/// digits from exact rounding to that many places, kept when they still
/// round-trip (they always do unless `x` sits on a binade boundary).
fn shortest_digits(x: f64, out: &mut Digits) -> i32 {
    let ax = x.abs();
    let mut sb = StackBuf {
        buf: [0; 40],
        len: 0,
    };
    // The shortest repr of an f64 never exceeds ~25 bytes in `{:e}` form.
    if write!(sb, "{:e}", ax).is_err() {
        let s = format!("{:e}", ax);
        return split_sci(s.as_bytes(), out);
    }
    let decpt = split_sci(&sb.buf[..sb.len], out);
    if !tie_possible(ax) {
        return decpt;
    }
    let n = out.as_slice().len();
    let mut sb2 = StackBuf {
        buf: [0; 40],
        len: 0,
    };
    if write!(sb2, "{:.*e}", n - 1, ax).is_ok() {
        let text = &sb2.buf[..sb2.len];
        if std::str::from_utf8(text)
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
            == Some(ax)
        {
            let mut alt = Digits::new();
            let alt_decpt = split_sci(text, &mut alt);
            if alt.as_slice() != out.as_slice() {
                out.set(alt.as_slice());
                return alt_decpt;
            }
        }
    }
    decpt
}

/// Whether `x`'s exact decimal expansion can end in a 5 at a position
/// ≤ 18, the only case where two shortest candidates are equally near.
/// With `x = m * 2^e` (m odd): for `e < 0` the expansion has at least
/// `0.69 * -e` significant digits; for `e >= 0` a trailing 5 needs 5 | m.
fn tie_possible(x: f64) -> bool {
    let (m, e) = crate::numeric::convert::decompose(x);
    if e < 0 {
        e >= -26
    } else {
        m % 5 == 0
    }
}

/// Digits of `|x|` rounded to `nsig` significant digits (dtoa mode 2).
fn significant_digits(x: f64, nsig: usize, out: &mut Digits) -> i32 {
    let p = nsig.saturating_sub(1);
    let mut sb = StackBuf {
        buf: [0; 40],
        len: 0,
    };
    if write!(sb, "{:.*e}", p, x.abs()).is_ok() {
        return split_sci(&sb.buf[..sb.len], out);
    }
    let s = format!("{:.*e}", p, x.abs());
    split_sci(s.as_bytes(), out)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` = repr: shortest digits, exponent
/// when the decimal exponent is < -4 or >= 16). The result contains a `-`
/// for negative values (or `+` when `flags.sign`).
pub fn double_to_string(x: f64, code: u8, precision: usize, flags: DtoaFlags) -> String {
    let mut out = String::with_capacity(24);
    write_double(&mut out, x, code, precision, flags);
    out
}

/// Appends [`double_to_string`]'s text to `out`.
pub fn write_double(out: &mut String, x: f64, code: u8, precision: usize, flags: DtoaFlags) {
    let upper = code.is_ascii_uppercase();
    let lower = code.to_ascii_lowercase();
    if x.is_nan() {
        if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return;
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return;
    }
    let mut digit_buf = Digits::new();
    let digits = &mut digit_buf;
    // (decpt, precision as used by the layout)
    let (decpt, precision) = match lower {
        b'e' => {
            let p = precision + 1;
            (significant_digits(x, p, digits), p as i64)
        }
        b'f' => (fixed_digits(x, precision, digits), precision as i64),
        b'g' => {
            let p = precision.max(1);
            (significant_digits(x, p, digits), p as i64)
        }
        _ => (shortest_digits(x, digits), 0),
    };
    let digits = digits.as_slice();
    let mut decpt_l = i64::from(decpt);
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match lower {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt_l + precision,
        b'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt_l <= -4 || decpt_l > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt_l <= -4 || decpt_l > 16 {
                use_exp = true;
            }
        }
    }
    let is_zero = digits == b"0";
    let mut exp = 0i64;
    if use_exp {
        exp = decpt_l - 1;
        decpt_l = 1;
    }
    let vdigits_start = if decpt_l <= 0 { decpt_l - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt_l + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt_l);
    }

    let drop_sign = flags.no_neg_0 && is_zero;
    if negative && !drop_sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let start = out.len();
    let push_zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let dstr = std::str::from_utf8(digits).unwrap_or("0");
    if decpt_l <= 0 {
        push_zeros(out, decpt_l - vdigits_start);
        out.push('.');
        push_zeros(out, -decpt_l);
    } else {
        push_zeros(out, -vdigits_start);
    }
    if 0 < decpt_l && decpt_l <= digits_len {
        let d = decpt_l as usize;
        out.push_str(&dstr[..d]);
        out.push('.');
        out.push_str(&dstr[d..]);
    } else {
        out.push_str(dstr);
    }
    if digits_len < decpt_l {
        push_zeros(out, decpt_l - digits_len);
        out.push('.');
        push_zeros(out, vdigits_end - decpt_l);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.len() > start && out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        let _ = write!(out, "{}", a);
    }
}

/// `repr(x)` (and `str(x)`, identical since Python 3.2).
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        b'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// Alias of [`float_repr`]: `str(float)` is the same text.
pub fn float_to_string(x: f64) -> String {
    float_repr(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_basic() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345.0, "123456789012345.0"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e22, "1e+22"),
            (9999999999999998.0, "9999999999999998.0"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.5e-5, "2.5e-05"),
            (-1.5, "-1.5"),
            (100.0, "100.0"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }
}
