//! printf-style `str % args` and `bytes % args` formatting (CPython 3.11's
//! `PyUnicode_Format` / `_PyBytes_FormatEx`): `%s %r %a %d %i %u %o %x %X
//! %e %E %f %F %g %G %c %%` (and `%b` for bytes), flags `-+ #0`, width and
//! precision (with `*`), `%(key)s` lookups.
//!
//! Everything that needs a Python object goes through [`PercentArgs`],
//! which the runtime implements; its error type lets user code exceptions
//! (from `__str__`, `__index__`, `__getitem__`, …) pass through unchanged.

use num_bigint::BigInt;
use num_traits::Signed;

use super::float_repr::{double_to_string, DtoaFlags};
use super::int_format::DEFAULT_MAX_STR_DIGITS;
use super::FormatError;

/// How `%d`-style conversions want an integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntWant {
    /// `%d %i %u`: `int(x)` for any number (floats truncate).
    Number,
    /// `%o %x %X`, `*` widths and `%c`: `operator.index(x)`.
    Index,
}

/// The runtime's view of the right operand of `%`.
pub trait PercentArgs {
    /// A handle to one argument object.
    type Arg;
    /// The runtime's exception type; format errors convert into it.
    type Error: From<FormatError>;

    /// `Some(len)` when the operand is a tuple, `None` for a single value.
    fn tuple_len(&self) -> Option<usize>;
    /// The `i`-th item of the tuple operand.
    fn item(&mut self, i: usize) -> Self::Arg;
    /// The operand itself (single-value form and `%s` of a mapping).
    fn whole(&mut self) -> Self::Arg;
    /// CPython's test: `PyMapping_Check(args)` and not a tuple or str.
    fn is_mapping(&self) -> bool;
    /// `args[key]` (KeyError or whatever the mapping raises).
    fn get_by_key(&mut self, key: &str) -> Result<Self::Arg, Self::Error>;

    fn to_str(&mut self, a: &Self::Arg) -> Result<String, Self::Error>;
    fn to_repr(&mut self, a: &Self::Arg) -> Result<String, Self::Error>;
    /// `ascii(a)`; the default escapes the repr's non-ASCII characters.
    fn to_ascii(&mut self, a: &Self::Arg) -> Result<String, Self::Error> {
        let r = self.to_repr(a)?;
        Ok(super::repr::ascii_escape(&r))
    }
    /// The type's `__name__` for error messages.
    fn type_name(&mut self, a: &Self::Arg) -> String;
    /// The integer value, or `Ok(None)` when the object is not a number
    /// (`Number`) / has no `__index__` (`Index`): a TypeError worded by the
    /// caller. Other failures (NaN, user exceptions) are `Err`.
    fn as_int(&mut self, a: &Self::Arg, want: IntWant) -> Result<Option<BigInt>, Self::Error>;
    /// `float(a)` for `%e %f %g`, `Ok(None)` when not a real number.
    fn as_float(&mut self, a: &Self::Arg) -> Result<Option<f64>, Self::Error>;
    /// `Some(code point)` when `a` is a str of length 1, `Some(None)` for a
    /// str of another length, `None` when it is not a str.
    fn as_char(&mut self, a: &Self::Arg) -> Option<Option<u32>>;
    /// `sys.get_int_max_str_digits()`.
    fn max_str_digits(&self) -> usize {
        DEFAULT_MAX_STR_DIGITS
    }

    // ---- bytes formatting only (defaults suit a str-only runtime) ----

    /// `args[key]` for a bytes key.
    fn get_by_key_bytes(&mut self, key: &[u8]) -> Result<Self::Arg, Self::Error> {
        Err(FormatError::new("KeyError", super::repr::bytes_repr(key)).into())
    }
    /// The buffer or `__bytes__` of `a` for `%b`/`%s`, `Ok(None)` if it
    /// has neither.
    fn to_bytes(&mut self, a: &Self::Arg) -> Result<Option<Vec<u8>>, Self::Error> {
        let _ = a;
        Ok(None)
    }
    /// `Some(Some(byte))` for a bytes/bytearray of length 1, `Some(None)`
    /// for one of another length, `None` otherwise.
    fn as_byte(&mut self, a: &Self::Arg) -> Option<Option<u8>> {
        let _ = a;
        None
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// Widths beyond this would need gigabytes; CPython fails to allocate them.
const MAX_WIDTH: i64 = 1 << 31;

/// A code unit of the format string: `char` for str, `u8` for bytes.
trait Unit: Copy + PartialEq {
    const BYTES: bool;
    fn ascii(b: u8) -> Self;
    fn code(self) -> u32;
    fn push_text(out: &mut Vec<Self>, s: &str);
    fn push_raw(out: &mut Vec<Self>, b: &[u8]);
}

impl Unit for char {
    const BYTES: bool = false;
    fn ascii(b: u8) -> Self {
        b as char
    }
    fn code(self) -> u32 {
        self as u32
    }
    fn push_text(out: &mut Vec<Self>, s: &str) {
        out.extend(s.chars());
    }
    fn push_raw(out: &mut Vec<Self>, b: &[u8]) {
        out.extend(b.iter().map(|&c| c as char));
    }
}

impl Unit for u8 {
    const BYTES: bool = true;
    fn ascii(b: u8) -> Self {
        b
    }
    fn code(self) -> u32 {
        u32::from(self)
    }
    fn push_text(out: &mut Vec<Self>, s: &str) {
        // Only ASCII text (numbers, ascii() reprs) reaches bytes output.
        out.extend(s.bytes());
    }
    fn push_raw(out: &mut Vec<Self>, b: &[u8]) {
        out.extend_from_slice(b);
    }
}

fn is<U: Unit>(u: Option<&U>, c: u8) -> bool {
    u.is_some_and(|&x| x == U::ascii(c))
}

struct State<Arg> {
    /// Next tuple index, CPython's `argidx` (-2 for an unread single value).
    argidx: i64,
    /// CPython's `arglen` (-1 for a single value).
    arglen: i64,
    /// A `%(key)` lookup result waiting to be consumed.
    keyed: Option<Arg>,
}

fn next_arg<A: PercentArgs>(args: &mut A, st: &mut State<A::Arg>) -> Result<A::Arg, A::Error> {
    if st.argidx < st.arglen {
        let idx = st.argidx;
        st.argidx += 1;
        if st.arglen < 0 {
            if let Some(v) = st.keyed.take() {
                return Ok(v);
            }
            return Ok(args.whole());
        }
        return Ok(args.item(idx as usize));
    }
    Err(FormatError::type_error("not enough arguments for format string").into())
}

/// `fmt % args` for a str.
pub fn percent_format<A: PercentArgs>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let out = engine(&chars, args)?;
    Ok(out.into_iter().collect())
}

/// `fmt % args` for bytes (and bytearray).
pub fn percent_format_bytes<A: PercentArgs>(fmt: &[u8], args: &mut A) -> Result<Vec<u8>, A::Error> {
    engine(fmt, args)
}

fn engine<A: PercentArgs, U: Unit>(chars: &[U], args: &mut A) -> Result<Vec<U>, A::Error> {
    let mut out: Vec<U> = Vec::with_capacity(chars.len() + 16);
    let (arglen, argidx) = match args.tuple_len() {
        Some(n) => (n as i64, 0),
        None => (-1, -2),
    };
    let dict = args.is_mapping();
    let mut st: State<A::Arg> = State {
        argidx,
        arglen,
        keyed: None,
    };
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        if c != U::ascii(b'%') {
            out.push(c);
            pos += 1;
            continue;
        }
        pos += 1;
        if is(chars.get(pos), b'%') {
            out.push(c);
            pos += 1;
            continue;
        }
        // Mapping key.
        if is(chars.get(pos), b'(') {
            if !dict {
                return Err(FormatError::type_error("format requires a mapping").into());
            }
            pos += 1;
            let start = pos;
            let mut depth = 1;
            while pos < chars.len() {
                if chars[pos] == U::ascii(b'(') {
                    depth += 1;
                } else if chars[pos] == U::ascii(b')') {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                pos += 1;
            }
            if depth != 0 {
                return Err(FormatError::value("incomplete format key").into());
            }
            let key = &chars[start..pos];
            pos += 1;
            let value = if U::BYTES {
                let kb: Vec<u8> = key.iter().map(|u| u.code() as u8).collect();
                args.get_by_key_bytes(&kb)?
            } else {
                let ks: String = key
                    .iter()
                    .filter_map(|u| char::from_u32(u.code()))
                    .collect();
                args.get_by_key(&ks)?
            };
            st = State {
                argidx: -2,
                arglen: -1,
                keyed: Some(value),
            };
        }
        // Flags.
        let mut flags = 0u8;
        while let Some(&f) = chars.get(pos) {
            flags |= match f.code() {
                0x2d => F_LJUST,
                0x2b => F_SIGN,
                0x20 => F_BLANK,
                0x23 => F_ALT,
                0x30 => F_ZERO,
                _ => break,
            };
            pos += 1;
        }
        // Width.
        let mut width: i64 = -1;
        if is(chars.get(pos), b'*') {
            pos += 1;
            let a = next_arg(args, &mut st)?;
            let w = star_value(
                args,
                &a,
                "Python int too large to convert to C ssize_t",
                i64::MAX,
            )?;
            if w < 0 {
                flags |= F_LJUST;
            }
            // CPython's -w overflows for the most negative ssize_t.
            width = w.checked_abs().unwrap_or(-1);
        } else if let Some(w) = read_number(chars, &mut pos, "width too big", i64::MAX)? {
            width = w;
        }
        if width > MAX_WIDTH {
            return Err(FormatError::new("MemoryError", "").into());
        }
        // Precision.
        let mut prec: i64 = -1;
        if is(chars.get(pos), b'.') {
            pos += 1;
            if is(chars.get(pos), b'*') {
                pos += 1;
                let a = next_arg(args, &mut st)?;
                prec = star_value(
                    args,
                    &a,
                    "Python int too large to convert to C int",
                    i64::from(i32::MAX),
                )?
                .max(0);
            } else {
                prec = read_number(chars, &mut pos, "precision too big", i64::from(i32::MAX))?
                    .unwrap_or(0);
            }
        }
        // Length modifiers are accepted and ignored.
        while chars
            .get(pos)
            .is_some_and(|u| matches!(u.code(), 0x68 | 0x6c | 0x4c))
        {
            pos += 1;
        }
        let Some(&conv) = chars.get(pos) else {
            return Err(FormatError::value("incomplete format").into());
        };
        pos += 1;
        let arg = next_arg(args, &mut st)?;
        let spec = ArgSpec {
            flags,
            width,
            prec,
            conv: conv.code(),
        };
        format_one(args, &arg, &spec, pos - 1, &mut out)?;
    }
    if st.argidx < st.arglen && !dict {
        let what = if U::BYTES { "bytes" } else { "string" };
        return Err(FormatError::type_error(format!(
            "not all arguments converted during {what} formatting"
        ))
        .into());
    }
    Ok(out)
}

fn read_number<U: Unit>(
    chars: &[U],
    pos: &mut usize,
    too_big: &str,
    max: i64,
) -> Result<Option<i64>, FormatError> {
    let mut v: Option<i64> = None;
    while let Some(d) = chars
        .get(*pos)
        .and_then(|c| char::from_u32(c.code()))
        .and_then(|c| c.to_digit(10))
    {
        let cur = v.unwrap_or(0);
        if cur > (max - i64::from(d)) / 10 {
            return Err(FormatError::value(too_big));
        }
        v = Some(cur * 10 + i64::from(d));
        *pos += 1;
    }
    Ok(v)
}

fn star_value<A: PercentArgs>(
    args: &mut A,
    a: &A::Arg,
    overflow: &str,
    max: i64,
) -> Result<i64, A::Error> {
    let v = args.as_int(a, IntWant::Index)?;
    let v = v.ok_or_else(|| FormatError::type_error("* wants int"))?;
    i64::try_from(&v)
        .ok()
        .filter(|x| *x <= max && *x >= -max - 1)
        .ok_or_else(|| FormatError::overflow(overflow).into())
}

struct ArgSpec {
    flags: u8,
    width: i64,
    prec: i64,
    /// The conversion character's code point.
    conv: u32,
}

fn format_one<A: PercentArgs, U: Unit>(
    args: &mut A,
    arg: &A::Arg,
    spec: &ArgSpec,
    index: usize,
    out: &mut Vec<U>,
) -> Result<(), A::Error> {
    let conv = char::from_u32(spec.conv).unwrap_or('\0');
    let mut text: Vec<U> = Vec::new();
    let numeric = match conv {
        's' | 'b' if U::BYTES => {
            match args.to_bytes(arg)? {
                Some(b) => U::push_raw(&mut text, &b),
                None => {
                    let tn = args.type_name(arg);
                    return Err(FormatError::type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                    ))
                    .into());
                }
            }
            false
        }
        's' => {
            U::push_text(&mut text, &args.to_str(arg)?);
            false
        }
        'r' if !U::BYTES => {
            U::push_text(&mut text, &args.to_repr(arg)?);
            false
        }
        'r' | 'a' => {
            U::push_text(&mut text, &args.to_ascii(arg)?);
            false
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let want = if matches!(conv, 'o' | 'x' | 'X') {
                IntWant::Index
            } else {
                IntWant::Number
            };
            let Some(v) = args.as_int(arg, want)? else {
                let tn = args.type_name(arg);
                let what = if want == IntWant::Index {
                    "an integer"
                } else {
                    "a real number"
                };
                return Err(FormatError::type_error(format!(
                    "%{conv} format: {what} is required, not {tn}"
                ))
                .into());
            };
            U::push_text(
                &mut text,
                &format_long(&v, spec, conv, args.max_str_digits())?,
            );
            true
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let Some(x) = args.as_float(arg)? else {
                let tn = args.type_name(arg);
                let msg = if U::BYTES {
                    format!("float argument required, not {tn}")
                } else {
                    format!("must be real number, not {tn}")
                };
                return Err(FormatError::type_error(msg).into());
            };
            let prec = if spec.prec < 0 { 6 } else { spec.prec as usize };
            let flags = DtoaFlags {
                alt: spec.flags & F_ALT != 0,
                ..DtoaFlags::default()
            };
            U::push_text(&mut text, &double_to_string(x, conv as u8, prec, flags));
            true
        }
        'c' if U::BYTES => {
            let bad =
                || FormatError::type_error("%c requires an integer in range(256) or a single byte");
            let b = match args.as_byte(arg) {
                Some(Some(b)) => b,
                Some(None) => return Err(bad().into()),
                None => {
                    let v = args
                        .as_int(arg, IntWant::Index)
                        .ok()
                        .flatten()
                        .ok_or_else(bad)?;
                    u8::try_from(&v)
                        .map_err(|_| FormatError::overflow("%c arg not in range(256)"))?
                }
            };
            text.push(U::ascii(b));
            false
        }
        'c' => {
            let cp = match args.as_char(arg) {
                Some(Some(cp)) => cp,
                Some(None) => return Err(FormatError::type_error("%c requires int or char").into()),
                None => {
                    let v = args
                        .as_int(arg, IntWant::Index)
                        .ok()
                        .flatten()
                        .ok_or_else(|| FormatError::type_error("%c requires int or char"))?;
                    u32::try_from(&v)
                        .ok()
                        .filter(|&c| c <= 0x10ffff)
                        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?
                }
            };
            // Lone surrogates cannot live in a Rust string (documented gap).
            let ch = char::from_u32(cp).unwrap_or('\u{fffd}');
            let mut tmp = [0u8; 4];
            U::push_text(&mut text, ch.encode_utf8(&mut tmp));
            false
        }
        _ => {
            if U::BYTES && spec.conv >= 0x80 {
                // CPython formats the (signed) char with %c and fails.
                return Err(
                    FormatError::overflow("character argument not in range(0x110000)").into(),
                );
            }
            let shown = if (31..=126).contains(&spec.conv) || U::BYTES {
                conv
            } else {
                '?'
            };
            return Err(FormatError::value(format!(
                "unsupported format character '{shown}' ({:#x}) at index {index}",
                spec.conv
            ))
            .into());
        }
    };
    write_output(out, &text, spec, numeric);
    Ok(())
}

/// `_PyUnicode_FormatLong`: digits in the conversion's base, zero-extended
/// to the precision, with `-` and the `#` prefix.
fn format_long(
    v: &BigInt,
    spec: &ArgSpec,
    conv: char,
    limit: usize,
) -> Result<String, FormatError> {
    let radix = match conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let digits = v.magnitude().to_str_radix(radix);
    if radix == 10 && limit != 0 && digits.len() > limit {
        return Err(FormatError::value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    let mut s = String::with_capacity(digits.len() + 4);
    if v.is_negative() {
        s.push('-');
    }
    if spec.flags & F_ALT != 0 && radix != 10 {
        s.push('0');
        s.push(if conv == 'o' { 'o' } else { 'x' });
    }
    let prec = spec.prec.max(0) as usize;
    for _ in digits.len()..prec {
        s.push('0');
    }
    s.push_str(&digits);
    if conv == 'X' {
        s.make_ascii_uppercase();
    }
    Ok(s)
}

fn push_n<U: Unit>(out: &mut Vec<U>, c: U, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// `unicode_format_arg_output`: sign, `#` prefix, zero or space padding.
fn write_output<U: Unit>(out: &mut Vec<U>, text: &[U], spec: &ArgSpec, numeric: bool) {
    let conv = spec.conv;
    let mut flags = spec.flags;
    let fill = U::ascii(if numeric && flags & F_ZERO != 0 && flags & F_LJUST == 0 {
        b'0'
    } else {
        b' '
    });
    let space = U::ascii(b' ');
    if !numeric {
        flags &= !(F_SIGN | F_BLANK);
    }
    let mut len = text.len() as i64;
    let mut width = spec.width;
    if (width == -1 || width <= len)
        && (spec.prec == -1 || spec.prec >= len || numeric)
        && flags & (F_SIGN | F_BLANK) == 0
    {
        out.extend_from_slice(text);
        return;
    }
    // `%s %r %a %b` truncate to the precision.
    if matches!(conv, 0x73 | 0x72 | 0x61 | 0x62) && spec.prec >= 0 && len > spec.prec {
        len = spec.prec;
    }
    let mut pindex = 0usize;
    let mut sign: Option<U> = None;
    if numeric {
        match text.first() {
            Some(&c) if c == U::ascii(b'-') || c == U::ascii(b'+') => {
                sign = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if flags & F_SIGN != 0 => sign = Some(U::ascii(b'+')),
            _ if flags & F_BLANK != 0 => sign = Some(space),
            _ => {}
        }
    }
    if width < len {
        width = len;
    }
    if let Some(s) = sign {
        if fill != space {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(conv, 0x78 | 0x58 | 0x6f);
    let conv_unit = U::ascii(conv as u8);
    if alt_prefix {
        if fill != space {
            out.push(U::ascii(b'0'));
            out.push(conv_unit);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        push_n(out, fill, width - len);
        width = len;
    }
    if fill == space {
        if let Some(s) = sign {
            out.push(s);
        }
        if alt_prefix {
            out.push(U::ascii(b'0'));
            out.push(conv_unit);
            pindex += 2;
        }
    }
    out.extend_from_slice(&text[pindex..pindex + len.max(0) as usize]);
    if width > len {
        push_n(out, space, width - len);
    }
}
