//! f-strings: splitting the body of an f-string literal into literal text and
//! `{expr!conv:spec=}` fields, parsing each field's expression with the main
//! grammar (through the START_EXPR sentinel) at its real position in the
//! file, with CPython 3.11's f-string error messages.
//!
//! As in CPython 3.11, the Constant and FormattedValue nodes of a JoinedStr
//! carry the span of the whole string literal; the field expressions carry
//! their own exact spans.

use super::actions::{PCtx, PResult};
use super::ast::{Constant, Expr, ExprKind, Span};
use super::literal::decode_str;
use super::parser;

/// Facts about the f-string token being split.
#[derive(Clone, Copy)]
pub struct FTok {
    pub raw: bool,
    /// Span of the whole (possibly concatenated) string atom.
    pub span: Span,
    /// Span of this f-string token alone.
    pub tok_span: Span,
    /// Byte offset just past this token: where CPython reports f-string errors.
    pub tok_end: usize,
}

/// Splits the f-string body at `start..end` (byte offsets in the source),
/// appending literal text to `pending` and fields to `values`.
pub fn split(
    c: &PCtx,
    f: FTok,
    start: usize,
    end: usize,
    pending: &mut String,
    values: &mut Vec<Expr>,
    depth: u32,
) -> PResult<()> {
    let src = c.map.src;
    let b = src.as_bytes();
    let raw = f.raw;
    // Errors are reported at the end of the literal, as CPython 3.11 does.
    let err_pos = f.tok_end.min(src.len());
    let fail = |msg: &str| Err(c.err_range(msg, err_pos, err_pos));
    let mut i = start;
    let mut lit_start = start;
    let flush = |pending: &mut String, from: usize, to: usize| -> PResult<()> {
        if from >= to {
            return Ok(());
        }
        let text = &src[from..to];
        if raw || !text.contains('\\') {
            pending.push_str(text);
        } else {
            match decode_str(text) {
                Ok(s) => pending.push_str(&s),
                Err(m) => return Err(c.err_range(&m, err_pos, err_pos)),
            }
        }
        Ok(())
    };
    while i < end {
        let ch = b[i];
        if ch == b'\\' && !raw {
            // `\N{NAME}` is an escape, not a field.
            if i + 2 < end && b[i + 1] == b'N' && b[i + 2] == b'{' {
                if let Some(p) = src[i..end].find('}') {
                    i += p + 1;
                    continue;
                }
            }
            i += 2;
            continue;
        }
        if ch == b'}' {
            if i + 1 < end && b[i + 1] == b'}' {
                flush(pending, lit_start, i + 1)?;
                i += 2;
                lit_start = i;
                continue;
            }
            return fail("f-string: single '}' is not allowed");
        }
        if ch != b'{' {
            i += 1;
            continue;
        }
        if i + 1 < end && b[i + 1] == b'{' {
            flush(pending, lit_start, i + 1)?;
            i += 2;
            lit_start = i;
            continue;
        }
        flush(pending, lit_start, i)?;
        if depth >= 2 {
            return fail("f-string: expressions nested too deeply");
        }
        i = field(c, f, i + 1, end, pending, values, depth)?;
        lit_start = i;
    }
    flush(pending, lit_start, end)?;
    Ok(())
}

/// The error an f-string token at `tl..tr` (its prefix and quotes
/// included) holds, if any. CPython's parser splits an f-string as soon as
/// it has read the string atom, so such an error wins over a syntax error
/// at the token after it (`f'{'a'}'` is "f-string: expecting '}'").
pub fn token_error(c: &PCtx, tl: usize, tr: usize) -> Option<super::SyntaxError> {
    let text = c.map.src.get(tl..tr)?;
    let plen = text.find(['\'', '"'])?;
    let prefix = &text[..plen];
    if !prefix.contains(['f', 'F']) {
        return None;
    }
    let raw = prefix.contains(['r', 'R']);
    let q = &text[plen..plen + 1];
    let triple_q = q.repeat(3);
    let quote_len = if text.len() >= plen + 6 && text[plen..].starts_with(&triple_q) && text.ends_with(&triple_q) { 3 } else { 1 };
    if text.len() < plen + 2 * quote_len {
        return None;
    }
    let (start, end) = (tl + plen + quote_len, tr - quote_len);
    let f = FTok { raw, span: c.span(tl, tr), tok_span: c.span(tl, tr), tok_end: tr };
    match split(c, f, start, end, &mut String::new(), &mut Vec::new(), 0) {
        Err(lalrpop_util::ParseError::User { error }) => Some(error),
        _ => None,
    }
}

/// Parses one field starting after its `{`; returns the offset after its `}`.
fn field(
    c: &PCtx,
    f: FTok,
    start: usize,
    end: usize,
    pending: &mut String,
    values: &mut Vec<Expr>,
    depth: u32,
) -> PResult<usize> {
    let src = c.map.src;
    let b = src.as_bytes();
    let (span, tok_span) = (f.span, f.tok_span);
    let err_pos = f.tok_end.min(src.len());
    let fail = |msg: &str| Err(c.err_range(msg, err_pos, err_pos));
    // Find the end of the expression: a top-level `!`, `:`, `=`, or `}`.
    let mut i = start;
    let mut nest: Vec<u8> = Vec::new();
    let mut quote: Option<(u8, bool)> = None;
    while i < end {
        let ch = b[i];
        if ch == b'\\' {
            return fail("f-string expression part cannot include a backslash");
        }
        if let Some((q, triple)) = quote {
            if ch == q {
                if !triple {
                    quote = None;
                } else if i + 2 < end && b[i + 1] == q && b[i + 2] == q {
                    quote = None;
                    i += 2;
                }
            }
            i += 1;
            continue;
        }
        match ch {
            b'\'' | b'"' => {
                let triple = i + 2 < end && b[i + 1] == ch && b[i + 2] == ch;
                quote = Some((ch, triple));
                i += if triple { 3 } else { 1 };
                continue;
            }
            b'(' | b'[' | b'{' => nest.push(ch),
            b')' | b']' | b'}' if !nest.is_empty() => {
                let open = nest.pop().unwrap_or(b'(');
                let want = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if ch != want {
                    let msg = format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    );
                    return fail(&msg);
                }
            }
            b'#' => return fail("f-string expression part cannot include '#'"),
            _ if !nest.is_empty() => {}
            b'}' | b':' => break,
            b'!' if !(i + 1 < end && b[i + 1] == b'=') => break,
            b'=' => {
                let prev = if i > start { b[i - 1] } else { 0 };
                let next = if i + 1 < end { b[i + 1] } else { 0 };
                if next != b'=' && !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                    break;
                }
                if next == b'=' {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if quote.is_some() {
        return fail("f-string: unterminated string");
    }
    if let Some(&open) = nest.last() {
        return fail(&format!("f-string: unmatched '{}'", open as char));
    }
    if i >= end {
        return fail("f-string: expecting '}'");
    }
    let expr_end = i;
    if src[start..expr_end].trim_matches(|c: char| c == ' ' || c == '\t' || c == '\n' || c == '\x0c').is_empty() {
        if b[i] == b'}' {
            return fail("f-string: empty expression not allowed");
        }
        return fail(&format!("f-string: expression required before '{}'", b[i] as char));
    }
    let value = parser::parse_fstring_expr(c, start, expr_end)?;
    let mut conversion: i32 = -1;
    let mut self_doc = false;
    if b[i] == b'=' {
        self_doc = true;
        i += 1;
        // Whitespace after `=` belongs to the echoed text too.
        while i < end && matches!(b[i], b' ' | b'\t' | b'\n') {
            i += 1;
        }
        pending.push_str(&src[start..i]);
    }
    if i < end && b[i] == b'!' {
        i += 1;
        if i >= end {
            return fail("f-string: expecting '}'");
        }
        conversion = match b[i] {
            b's' | b'r' | b'a' => b[i] as i32,
            _ => return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        };
        i += 1;
        if i >= end || (b[i] != b':' && b[i] != b'}') {
            if i < end && b[i] != b':' && b[i] != b'}' {
                return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            return fail("f-string: expecting '}'");
        }
    }
    let mut format_spec = None;
    if i < end && b[i] == b':' {
        i += 1;
        let spec_start = i;
        let mut level = 0usize;
        while i < end {
            match b[i] {
                b'{' => level += 1,
                b'}' if level == 0 => break,
                b'}' => level -= 1,
                _ => {}
            }
            i += 1;
        }
        if i >= end {
            return fail("f-string: expecting '}'");
        }
        let mut spec_pending = String::new();
        let mut spec_values = Vec::new();
        split(c, f, spec_start, i, &mut spec_pending, &mut spec_values, depth + 1)?;
        if !spec_pending.is_empty() {
            spec_values.push(Expr { kind: ExprKind::Constant(Constant::Str(spec_pending)), span });
        }
        // CPython 3.11 quirk: a format spec carries the span of its own string
        // token, and so do its parts when it is plain text.
        if spec_values.iter().all(|v| matches!(v.kind, ExprKind::Constant(_))) {
            for v in &mut spec_values {
                v.span = tok_span;
            }
        }
        format_spec = Some(Box::new(Expr { kind: ExprKind::JoinedStr(spec_values), span: tok_span }));
    }
    if i >= end || b[i] != b'}' {
        return fail("f-string: expecting '}'");
    }
    i += 1;
    if self_doc && conversion == -1 && format_spec.is_none() {
        conversion = b'r' as i32;
    }
    if !pending.is_empty() {
        values.push(Expr { kind: ExprKind::Constant(Constant::Str(std::mem::take(pending))), span });
    }
    values.push(Expr { kind: ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec }, span });
    Ok(i)
}

#[cfg(test)]
mod tests {
    use super::super::dump::dump_module;
    use super::super::{parse, Mode};

    fn d(src: &str) -> String {
        dump_module(&parse(src, "<t>", Mode::Exec).unwrap())
    }

    fn e(src: &str) -> String {
        let e = parse(src, "<t>", Mode::Exec).unwrap_err();
        format!("{} {}:{}", e.msg, e.line, e.offset)
    }

    #[test]
    fn literal_parts_and_fields() {
        assert_eq!(
            d("f'a{b}c'"),
            "Expr(value=JoinedStr(values=[Constant(value=s\"a\", @1:0-1:8), FormattedValue(value=Name(id=\"b\", ctx=Load, @1:4-1:5), conversion=-1, @1:0-1:8), Constant(value=s\"c\", @1:0-1:8)], @1:0-1:8), @1:0-1:8)\n"
        );
        assert_eq!(d("f'{{x}}'"), "Expr(value=JoinedStr(values=[Constant(value=s\"{x}\", @1:0-1:8)], @1:0-1:8), @1:0-1:8)\n");
        assert_eq!(d("f''"), "Expr(value=JoinedStr(values=[], @1:0-1:3), @1:0-1:3)\n");
    }

    #[test]
    fn self_documenting_and_conversions() {
        assert_eq!(
            d("f'{x=}'"),
            "Expr(value=JoinedStr(values=[Constant(value=s\"x=\", @1:0-1:7), FormattedValue(value=Name(id=\"x\", ctx=Load, @1:3-1:4), conversion=114, @1:0-1:7)], @1:0-1:7), @1:0-1:7)\n"
        );
        assert!(d("f'{x = !s}'").contains("Constant(value=s\"x = \""));
        assert!(d("f'{x = !s}'").contains("conversion=115"));
        assert!(d("f'{x=:>5}'").contains("conversion=-1"));
        assert!(d("f'{x!a}'").contains("conversion=97"));
        assert!(d("f'{a == b}'").contains("Compare"));
        assert!(d("f'{a != b}'").contains("Compare"));
    }

    #[test]
    fn nested_format_specs_and_strings() {
        let s = d("f'{x:{w}.{p}f}'");
        assert!(s.contains("format_spec=JoinedStr(values=[FormattedValue(value=Name(id=\"w\""), "{s}");
        assert!(s.contains("Constant(value=s\".\""), "{s}");
        assert!(d("f'{d[\"k\"]}'").contains("Constant(value=s\"k\", @1:5-1:8)"));
        assert!(d("f'''{\nx\n}'''").contains("Name(id=\"x\", ctx=Load, @2:0-2:1)"));
        assert!(d("f'{ {1: 2}[1] }'").contains("Dict("));
        assert!(d("rf'\\n{x}'").contains("s\"\\\\n\""));
    }

    #[test]
    fn errors() {
        assert_eq!(e("f'{}'"), "f-string: empty expression not allowed 1:6");
        assert_eq!(e("f'{a'"), "f-string: expecting '}' 1:6");
        assert_eq!(e("f'}'"), "f-string: single '}' is not allowed 1:5");
        assert_eq!(e("f'{a!x}'"), "f-string: invalid conversion character: expected 's', 'r', or 'a' 1:9");
        assert_eq!(e("f'{#}'"), "f-string expression part cannot include '#' 1:7");
        assert_eq!(e("f'{\\n}'"), "f-string expression part cannot include a backslash 1:8");
        assert_eq!(e("f'{a:{b:{c}}}'"), "f-string: expressions nested too deeply 1:15");
        assert_eq!(e("f'{a b}'"), "f-string: invalid syntax. Perhaps you forgot a comma? 1:2");
        // The end of the string comes before an empty expression's check.
        assert_eq!(e("f'{'"), "f-string: expecting '}' 1:5");
        assert_eq!(e("f'{(a'"), "f-string: unmatched '(' 1:7");
        assert_eq!(e("f'{[a}'"), "f-string: closing parenthesis '}' does not match opening parenthesis '[' 1:8");
        assert_eq!(e("f'{!r}'"), "f-string: expression required before '!' 1:8");
        assert_eq!(e("f'{:x}'"), "f-string: expression required before ':' 1:8");
    }
}
