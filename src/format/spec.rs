//! The format-spec mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! parsed exactly as CPython 3.11's `parse_internal_render_format_spec`.

use super::{FResult, FormatError};

/// Thousands grouping requested by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal types).
    Underscore,
    /// `_` every four digits (`b`, `o`, `x`, `X`).
    UnderscoreFour,
}

/// A parsed format spec. `align` is already resolved to the type's default
/// (`<` for str, `>` for numbers) when the spec does not give one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: char,
    /// `'+'`, `'-'`, `' '`, or `None` when not given.
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type, or `None` when omitted.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads decimal digits at `pos`; returns (value, digits consumed).
fn get_integer(chars: &[char], pos: &mut usize) -> FResult<(usize, usize)> {
    let mut acc: i64 = 0;
    let mut n = 0;
    // Any Unicode decimal digit counts, as with `Py_UNICODE_TODECIMAL`.
    while let Some(d) = chars
        .get(*pos)
        .and_then(|&c| super::parse_num::unicode_decimal(c))
    {
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc as usize, n))
}

/// Parses `spec` for an object of type `type_name`. `default_type` is the
/// presentation type used when none is given (`s` for str, `d` for int,
/// `None` for float); it matters for the grouping check. `default_align` is `'<'`
/// for strings and `'>'` for numbers (it also decides whether a leading `0`
/// implies `=` alignment, as in 3.11).
pub fn parse_spec(
    spec: &str,
    default_type: Option<char>,
    default_align: char,
    type_name: &str,
) -> FResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(chars[1]) {
        f.align = chars[1];
        f.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    let (w, n) = get_integer(&chars, &mut pos)?;
    if n > 0 {
        f.width = Some(w);
    }
    let both = || FormatError::value("Cannot specify both ',' and '_'.");
    if pos < end && chars[pos] == ',' {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping != Grouping::None {
            return Err(both());
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Grouping::Underscore {
        return Err(both());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (p, n) = get_integer(&chars, &mut pos)?;
        if n == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        f.precision = Some(p);
    }
    if end - pos > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if pos < end {
        f.ty = Some(chars[pos]);
    }
    if f.grouping != Grouping::None {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some(t @ ('b' | 'o' | 'x' | 'X')) => {
                if f.grouping == Grouping::Underscore {
                    f.grouping = Grouping::UnderscoreFour;
                } else {
                    return Err(invalid_sep_type(f.grouping, t));
                }
            }
            Some(t) => return Err(invalid_sep_type(f.grouping, t)),
        }
    }
    Ok(f)
}

fn invalid_sep_type(g: Grouping, t: char) -> FormatError {
    let sep = if g == Grouping::Comma { ',' } else { '_' };
    if (t as u32) > 32 && (t as u32) < 128 {
        FormatError::value(format!("Cannot specify '{sep}' with '{t}'."))
    } else {
        FormatError::value(format!("Cannot specify '{sep}' with '\\x{:x}'.", t as u32))
    }
}

/// CPython's `unknown_presentation_type` error.
pub fn unknown_code(t: char, type_name: &str) -> FormatError {
    if (t as u32) > 32 && (t as u32) < 128 {
        FormatError::value(format!(
            "Unknown format code '{t}' for object of type '{type_name}'"
        ))
    } else {
        FormatError::value(format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            t as u32
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields() {
        let f = parse_spec("*^+z#012,.3f", None, '>', "float").unwrap();
        assert_eq!(f.fill, '*');
        assert_eq!(f.align, '^');
        assert_eq!(f.sign, Some('+'));
        assert!(f.no_neg_0 && f.alternate);
        // An explicit fill disables the `0` flag, so `012` is the width.
        assert_eq!(f.width, Some(12));
        assert_eq!(f.grouping, Grouping::Comma);
        assert_eq!(f.precision, Some(3));
        assert_eq!(f.ty, Some('f'));
        let g = parse_spec("010", Some('d'), '>', "int").unwrap();
        // Non-ASCII decimal digits work as widths (U+0665 is ARABIC-INDIC FIVE).
        assert_eq!(
            parse_spec("\u{665}", Some('d'), '>', "int").unwrap().width,
            Some(5)
        );
        assert_eq!((g.fill, g.align, g.width), ('0', '=', Some(10)));
        let s = parse_spec("05", Some('s'), '<', "str").unwrap();
        assert_eq!((s.fill, s.align, s.width), ('0', '<', Some(5)));
        assert_eq!(
            parse_spec("_x", Some('d'), '>', "int").unwrap().grouping,
            Grouping::UnderscoreFour
        );
    }

    #[test]
    fn errors() {
        let cases: &[(&str, &str)] = &[
            (
                "abc",
                "Invalid format specifier 'abc' for object of type 'float'",
            ),
            (".", "Format specifier missing precision"),
            (
                "9999999999999999999999",
                "Too many decimal digits in format string",
            ),
            (
                ".9999999999999999999",
                "Too many decimal digits in format string",
            ),
            (",_", "Cannot specify both ',' and '_'."),
            ("_,", "Cannot specify both ',' and '_'."),
            (",,", "Cannot specify ',' with ','."),
            ("__", "Cannot specify '_' with '_'."),
            (",b", "Cannot specify ',' with 'b'."),
            (",x", "Cannot specify ',' with 'x'."),
            (",s", "Cannot specify ',' with 's'."),
            (
                "n,",
                "Invalid format specifier 'n,' for object of type 'float'",
            ),
            (
                ".2_f",
                "Invalid format specifier '.2_f' for object of type 'float'",
            ),
        ];
        for &(spec, msg) in cases {
            let e = parse_spec(spec, None, '>', "float").unwrap_err();
            assert_eq!(e.message, msg, "spec {spec:?}");
        }
    }
}
