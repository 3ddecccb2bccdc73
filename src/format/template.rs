//! `str.format` template parsing (CPython's `MarkupIterator` and
//! `FieldNameIterator`): literal text, `{field!conv:spec}` fields, `{{`/`}}`,
//! automatic/manual numbering and `.attr` / `[key]` chains.
//!
//! Parsing is lazy — [`TemplateIter`] yields one piece at a time — because
//! CPython formats each field before it parses the next, so a later syntax
//! error must not hide an earlier field's exception. The runtime walks it:
//!
//! ```text
//! for piece in TemplateIter::new(fmt) {
//!     match piece? {
//!         Piece::Literal(s) => out.push_str(s),
//!         Piece::Field(f) => {
//!             let first = resolve_first(&f.name, &mut auto)?;   // auto numbering
//!             // look up args[i] / kwargs[name], then apply f.name.rest in order
//!             // (getattr / getitem), raising f.name.rest_error afterwards if any;
//!             // then check_conversion(f.conversion) and convert; if
//!             // f.spec_needs_expanding, render f.spec recursively with the same
//!             // AutoNumber (depth 2 at top level: "Max string recursion
//!             // exceeded" below that), then format(obj, spec).
//!         }
//!     }
//! }
//! ```

use super::{FResult, FormatError};

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    /// `{}`: the next automatic index.
    Auto,
    /// `{0}`.
    Index(usize),
    /// `{name}`.
    Name(String),
}

/// One `.attr` or `[key]` step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    Attr(String),
    /// `[3]`: an all-digit key is an int.
    Index(usize),
    /// `[key]`: anything else is a str.
    Key(String),
}

/// A parsed field name: its first part and the accessor chain. A syntax
/// error in the chain is raised only after the accessors before it ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    pub first: FieldFirst,
    pub rest: Vec<Accessor>,
    pub rest_error: Option<FormatError>,
}

/// A replacement field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    /// The raw field name text (what CPython puts in KeyError etc.).
    pub raw_name: &'a str,
    pub name: FieldName,
    /// The character after `!`, unvalidated (see [`check_conversion`]).
    pub conversion: Option<char>,
    pub spec: &'a str,
    /// The spec contains `{`: render it as a template first.
    pub spec_needs_expanding: bool,
}

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Literal(&'a str),
    Field(Field<'a>),
}

/// Automatic field numbering state, shared by a template and the nested
/// templates in its format specs.
#[derive(Debug, Clone, Default)]
pub struct AutoNumber {
    /// `None` until the first numbered field; then `Some(true)` for auto.
    mode: Option<bool>,
    next: usize,
}

impl AutoNumber {
    pub fn new() -> Self {
        Self::default()
    }
}

/// Resolves `{}` to the next index and checks that automatic and manual
/// numbering are not mixed. Returns the positional index, or `None` for a
/// keyword field.
pub fn resolve_first(first: &FieldFirst, auto: &mut AutoNumber) -> FResult<Option<usize>> {
    match first {
        FieldFirst::Name(_) => Ok(None),
        FieldFirst::Auto => {
            if auto.mode == Some(false) {
                return Err(FormatError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            auto.mode = Some(true);
            let i = auto.next;
            auto.next += 1;
            Ok(Some(i))
        }
        FieldFirst::Index(i) => {
            if auto.mode == Some(true) {
                return Err(FormatError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            auto.mode = Some(false);
            Ok(Some(*i))
        }
    }
}

/// Validates a `!` conversion: `Ok(None)` for none, else `r`, `s` or `a`.
pub fn check_conversion(c: Option<char>) -> FResult<Option<char>> {
    match c {
        None => Ok(None),
        Some(c @ ('r' | 's' | 'a')) => Ok(Some(c)),
        Some(c) if (c as u32) > 32 && (c as u32) < 128 => Err(FormatError::value(format!(
            "Unknown conversion specifier {c}"
        ))),
        Some(c) => Err(FormatError::value(format!(
            "Unknown conversion specifier \\x{:x}",
            c as u32
        ))),
    }
}

/// Lazily parses a format template.
pub struct TemplateIter<'a> {
    s: &'a str,
    pos: usize,
    failed: bool,
}

impl<'a> TemplateIter<'a> {
    pub fn new(s: &'a str) -> Self {
        TemplateIter {
            s,
            pos: 0,
            failed: false,
        }
    }

    fn next_piece(&mut self) -> FResult<Option<Piece<'a>>> {
        let s = self.s;
        let b = s.as_bytes();
        if self.pos >= b.len() {
            return Ok(None);
        }
        let start = self.pos;
        let mut c = 0u8;
        let mut markup = false;
        while self.pos < b.len() {
            c = b[self.pos];
            self.pos += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = self.pos >= b.len();
        let mut end = self.pos;
        if c == b'}' && markup && (at_end || b[self.pos] != b'}') {
            return Err(FormatError::value(
                "Single '}' encountered in format string",
            ));
        }
        if at_end && c == b'{' && markup {
            return Err(FormatError::value(
                "Single '{' encountered in format string",
            ));
        }
        if markup && !at_end {
            if b[self.pos] == c {
                // `{{` or `}}`: the literal keeps one brace.
                self.pos += 1;
                markup = false;
            } else {
                end -= 1;
            }
        }
        let literal = &s[start..end];
        if !markup {
            return Ok(Some(Piece::Literal(literal)));
        }
        if !literal.is_empty() {
            // Emit the literal first; the field is parsed on the next call.
            self.pos -= 1;
            return Ok(Some(Piece::Literal(literal)));
        }
        self.parse_field().map(|f| Some(Piece::Field(f)))
    }

    /// Parses a field; `self.pos` is just after its `{`.
    fn parse_field(&mut self) -> FResult<Field<'a>> {
        let s = self.s;
        let b = s.as_bytes();
        let name_start = self.pos;
        let mut c = 0u8;
        while self.pos < b.len() {
            c = b[self.pos];
            self.pos += 1;
            match c {
                b'{' => return Err(FormatError::value("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < b.len() && b[self.pos] != b']' {
                        self.pos += 1;
                    }
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => continue,
            }
        }
        let name_end = self.pos.saturating_sub(1).max(name_start);
        let mut conversion = None;
        if c == b'!' || c == b':' {
            if c == b'!' {
                let Some(conv) = s[self.pos..].chars().next() else {
                    return Err(FormatError::value(
                        "end of string while looking for conversion specifier",
                    ));
                };
                conversion = Some(conv);
                self.pos += conv.len_utf8();
                if self.pos < b.len() {
                    let n = b[self.pos];
                    self.pos += 1;
                    if n == b'}' {
                        return self.finish(name_start, name_end, conversion, "", false);
                    }
                    if n != b':' {
                        return Err(FormatError::value(
                            "expected ':' after conversion specifier",
                        ));
                    }
                }
            }
            let spec_start = self.pos;
            let mut needs = false;
            let mut count = 1;
            while self.pos < b.len() {
                let ch = b[self.pos];
                self.pos += 1;
                match ch {
                    b'{' => {
                        needs = true;
                        count += 1;
                    }
                    b'}' => {
                        count -= 1;
                        if count == 0 {
                            let spec = &s[spec_start..self.pos - 1];
                            return self.finish(name_start, name_end, conversion, spec, needs);
                        }
                    }
                    _ => {}
                }
            }
            return Err(FormatError::value("unmatched '{' in format spec"));
        } else if c != b'}' {
            return Err(FormatError::value("expected '}' before end of string"));
        }
        self.finish(name_start, name_end, conversion, "", false)
    }

    fn finish(
        &self,
        name_start: usize,
        name_end: usize,
        conversion: Option<char>,
        spec: &'a str,
        needs: bool,
    ) -> FResult<Field<'a>> {
        let raw_name = &self.s[name_start..name_end];
        Ok(Field {
            raw_name,
            name: parse_field_name(raw_name)?,
            conversion,
            spec,
            spec_needs_expanding: needs,
        })
    }
}

impl<'a> Iterator for TemplateIter<'a> {
    type Item = FResult<Piece<'a>>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        match self.next_piece() {
            Ok(Some(p)) => Some(Ok(p)),
            Ok(None) => None,
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

/// Parses decimal digits the way `get_integer` does: `None` when `s` is
/// empty or has a non-digit.
fn all_digits(s: &str) -> FResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = super::parse_num::unicode_decimal(c) else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

/// Splits a field name into its first part and accessor chain.
pub fn parse_field_name(name: &str) -> FResult<FieldName> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first_text = &name[..first_end];
    let first = if first_text.is_empty() {
        FieldFirst::Auto
    } else {
        match all_digits(first_text)? {
            Some(i) => FieldFirst::Index(i),
            None => FieldFirst::Name(first_text.to_owned()),
        }
    };
    let mut rest = Vec::new();
    let mut rest_error = None;
    let b = name.as_bytes();
    let mut pos = first_end;
    while pos < b.len() {
        match b[pos] {
            b'.' => {
                pos += 1;
                let start = pos;
                while pos < b.len() && b[pos] != b'.' && b[pos] != b'[' {
                    pos += 1;
                }
                if pos == start {
                    rest_error = Some(FormatError::value("Empty attribute in format string"));
                    break;
                }
                rest.push(Accessor::Attr(name[start..pos].to_owned()));
            }
            b'[' => {
                pos += 1;
                let start = pos;
                while pos < b.len() && b[pos] != b']' {
                    pos += 1;
                }
                if pos >= b.len() {
                    rest_error = Some(FormatError::value("Missing ']' in format string"));
                    break;
                }
                let key = &name[start..pos];
                pos += 1;
                if key.is_empty() {
                    rest_error = Some(FormatError::value("Empty attribute in format string"));
                    break;
                }
                match all_digits(key) {
                    Ok(Some(i)) => rest.push(Accessor::Index(i)),
                    Ok(None) => rest.push(Accessor::Key(key.to_owned())),
                    Err(e) => {
                        rest_error = Some(e);
                        break;
                    }
                }
            }
            _ => {
                rest_error = Some(FormatError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
                break;
            }
        }
    }
    Ok(FieldName {
        first,
        rest,
        rest_error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(s: &str) -> Result<Vec<String>, String> {
        let mut out = Vec::new();
        for p in TemplateIter::new(s) {
            match p {
                Ok(Piece::Literal(l)) => out.push(format!("L{l}")),
                Ok(Piece::Field(f)) => out.push(format!(
                    "F{}|{:?}|{}|{}",
                    f.raw_name, f.conversion, f.spec, f.spec_needs_expanding
                )),
                Err(e) => return Err(e.message),
            }
        }
        Ok(out)
    }

    #[test]
    fn splits_templates() {
        assert_eq!(pieces("a{0}b").unwrap(), ["La", "F0|None||false", "Lb"]);
        assert_eq!(pieces("{{}}").unwrap(), ["L{", "L}"]);
        assert_eq!(
            pieces("x{!r:>{1}}").unwrap(),
            ["Lx", "F|Some('r')|>{1}|true"]
        );
        assert_eq!(pieces("{a.b[0]!s}").unwrap(), ["Fa.b[0]|Some('s')||false"]);
        assert_eq!(pieces("{0!r:}").unwrap(), ["F0|Some('r')||false"]);
        assert_eq!(pieces("é{}").unwrap(), ["Lé", "F|None||false"]);
    }

    #[test]
    fn template_errors() {
        let cases = [
            ("{0!}", "unmatched '{' in format spec"),
            ("{0!rr}", "expected ':' after conversion specifier"),
            ("{0!r", "unmatched '{' in format spec"),
            ("{0:", "unmatched '{' in format spec"),
            ("{0", "expected '}' before end of string"),
            ("{", "Single '{' encountered in format string"),
            ("}", "Single '}' encountered in format string"),
            ("a}b", "Single '}' encountered in format string"),
            ("{0[}", "expected '}' before end of string"),
            ("{a{}", "unexpected '{' in field name"),
            ("{0}}", "Single '}' encountered in format string"),
            ("x{0:}}", "Single '}' encountered in format string"),
            (
                "{99999999999999999999}",
                "Too many decimal digits in format string",
            ),
            (
                "{0!",
                "end of string while looking for conversion specifier",
            ),
        ];
        for (t, msg) in cases {
            assert_eq!(pieces(t).unwrap_err(), msg, "template {t:?}");
        }
    }

    #[test]
    fn field_names() {
        let f = parse_field_name("0[0]x").unwrap();
        assert_eq!(f.first, FieldFirst::Index(0));
        assert_eq!(f.rest, [Accessor::Index(0)]);
        assert_eq!(
            f.rest_error.unwrap().message,
            "Only '.' or '[' may follow ']' in format field specifier"
        );
        assert_eq!(
            parse_field_name("0.").unwrap().rest_error.unwrap().message,
            "Empty attribute in format string"
        );
        assert_eq!(
            parse_field_name("0[]").unwrap().rest_error.unwrap().message,
            "Empty attribute in format string"
        );
        assert_eq!(
            parse_field_name("0..a")
                .unwrap()
                .rest_error
                .unwrap()
                .message,
            "Empty attribute in format string"
        );
        let f = parse_field_name("[0]").unwrap();
        assert_eq!(
            (f.first, f.rest),
            (FieldFirst::Auto, vec![Accessor::Index(0)])
        );
        let f = parse_field_name("a.b[-1][x y]").unwrap();
        assert_eq!(f.first, FieldFirst::Name("a".into()));
        assert_eq!(
            f.rest,
            [
                Accessor::Attr("b".into()),
                Accessor::Key("-1".into()),
                Accessor::Key("x y".into())
            ]
        );
        assert_eq!(
            parse_field_name(" 0").unwrap().first,
            FieldFirst::Name(" 0".into())
        );
        assert_eq!(
            parse_field_name("0[99999999999999999999]")
                .unwrap()
                .rest_error
                .unwrap()
                .message,
            "Too many decimal digits in format string"
        );
        assert_eq!(
            check_conversion(Some('x')).unwrap_err().message,
            "Unknown conversion specifier x"
        );
        assert_eq!(
            check_conversion(Some('é')).unwrap_err().message,
            "Unknown conversion specifier \\xe9"
        );
    }

    #[test]
    fn numbering() {
        let mut a = AutoNumber::new();
        assert_eq!(resolve_first(&FieldFirst::Auto, &mut a).unwrap(), Some(0));
        assert_eq!(
            resolve_first(&FieldFirst::Name("x".into()), &mut a).unwrap(),
            None
        );
        assert_eq!(resolve_first(&FieldFirst::Auto, &mut a).unwrap(), Some(1));
        assert_eq!(
            resolve_first(&FieldFirst::Index(0), &mut a)
                .unwrap_err()
                .message,
            "cannot switch from automatic field numbering to manual field specification"
        );
        let mut m = AutoNumber::new();
        resolve_first(&FieldFirst::Index(3), &mut m).unwrap();
        assert_eq!(
            resolve_first(&FieldFirst::Auto, &mut m)
                .unwrap_err()
                .message,
            "cannot switch from manual field specification to automatic field numbering"
        );
    }
}
