//! Drives the generated LR(1) parser and turns its failures into SyntaxErrors
//! worded and positioned as CPython 3.11 words and positions them.

use std::borrow::Cow;

use lalrpop_util::ParseError;

use super::actions::{PCtx, PResult, Top};
use super::ast::{Expr, Module, Stmt, StmtKind};
use super::lexer::{Lexer, TokInfo};
use super::srcmap::SrcMap;
use super::token::Tok;
use super::{Mode, SyntaxError, SyntaxErrorKind};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, dead_code)]
    grammar,
    "python.rs"
);

/// Parses a whole source text (see [`super::parse`]).
/// The text positions refer to: without a BOM, with universal newlines (as
/// CPython reads source files).
pub fn normalize(source: &str) -> Cow<'_, str> {
    let src = source.strip_prefix('\u{feff}').unwrap_or(source);
    if src.contains('\r') {
        Cow::Owned(src.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(src)
    }
}

pub fn parse_source(source: &str, filename: &str, mode: Mode) -> Result<Module, SyntaxError> {
    let normalized = normalize(source);
    let mut src: &str = &normalized;
    if mode == Mode::Eval {
        // eval() ignores leading spaces and tabs.
        src = src.trim_start_matches([' ', '\t']);
    }
    let c = PCtx { map: SrcMap::new(src), filename };
    let start = if mode == Mode::Eval { Tok::StartExpr } else { Tok::StartModule };
    let mut lexer = Lexer::new(&c, start);
    let parser = grammar::TopParser::new();
    let result = parser.parse(&c, &mut lexer);
    match result {
        Ok(Top::Module(body)) => {
            if mode == Mode::Single {
                super::single::check(&c.map, filename, &body)?;
            }
            Ok(Module { body })
        }
        Ok(Top::Expr(e)) => {
            let span = e.span;
            Ok(Module { body: vec![Stmt { kind: StmtKind::Expr(e), span }] })
        }
        Err(e) => {
            let mut err = map_error(&c, &lexer, e);
            if mode == Mode::Eval {
                eval_top_level_assign(&mut err);
            }
            // CPython lets a later tokenizer error win over a parser error
            // (but not over "unexpected indent").
            if !lexer.failed && err.msg != "unexpected indent" {
                if let Some(later) = lexer.later_tokenizer_error() {
                    err = later;
                }
            }
            Err(err)
        }
    }
}

/// `eval("x = 1")`: eval's grammar never reaches the rule that suggests
/// '==' or ':=' for a top-level `name = …` (only a bracketed one does), so
/// CPython reports a plain "invalid syntax" at the `=`.
fn eval_top_level_assign(err: &mut SyntaxError) {
    if err.msg != "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" || err.line != 1 || err.offset != 1 {
        return;
    }
    let Some(eq) = err.text.find('=') else { return };
    let col = err.text[..eq].chars().count() as u32 + 1;
    err.msg = "invalid syntax".to_string();
    err.offset = col;
    err.end_line = 1;
    err.end_offset = col + 1;
}

/// Parses the expression of an f-string field at `start..end`.
pub fn parse_fstring_expr(c: &PCtx, start: usize, end: usize) -> PResult<Expr> {
    let mut lexer = Lexer::for_fstring(c, start, end);
    let parser = grammar::TopParser::new();
    match parser.parse(c, &mut lexer) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => Err(c.err_range("f-string: invalid syntax", start, end)),
        Err(e) => {
            let user = matches!(e, ParseError::User { .. });
            let mut err = map_error(c, &lexer, e);
            if !err.msg.starts_with("f-string") {
                err.msg = format!("f-string: {}", err.msg);
            }
            err.incomplete = false;
            if !user {
                // CPython 3.11 parses the field as "(expr)" on its own and
                // reports positions within that text.
                let base = c.map.char_offset(start);
                let line = c.map.line(start);
                if err.line == line {
                    err.offset = (err.offset + 2).saturating_sub(base);
                }
                if err.end_line == line {
                    err.end_offset = (err.end_offset + 2).saturating_sub(base);
                }
                err.text = format!("({})", &c.map.src[start..end]);
            }
            Err(ParseError::User { error: err })
        }
    }
}

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

/// The keyword that opens a compound statement, as named by "expected an indented block after …".
fn block_name(word: &str) -> Option<&'static str> {
    Some(match word {
        "if" => "'if' statement",
        "elif" => "'elif' statement",
        "else" => "'else' statement",
        "for" => "'for' statement",
        "while" => "'while' statement",
        "with" => "'with' statement",
        "try" => "'try' statement",
        "except" => "'except' statement",
        "finally" => "'finally' statement",
        "def" => "function definition",
        "class" => "class definition",
        "match" => "'match' statement",
        "case" => "'case' statement",
        _ => return None,
    })
}

fn first_word(src: &str, pos: usize) -> &str {
    let rest = &src[pos..];
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
    &rest[..end]
}

/// The keyword of the block header that ends just before `pos`: the last
/// compound keyword at the start of a logical line, scanning back.
fn header_before(c: &PCtx, lexer: &Lexer, pos: usize) -> Option<(&'static str, u32)> {
    let src = c.map.src;
    let first = if lexer.line_ended { lexer.line.first()?.start } else { lexer.prev_line_first? };
    if first >= pos {
        return None;
    }
    let mut word = first_word(src, first);
    let mut at = first;
    // `else:` after `if x: pass` on one line etc. is fine; a one-line header
    // such as `if x: y = 1` never ends with a bare NEWLINE, so the previous
    // logical line is the header. Decorators precede `def`/`class` directly.
    if word == "@" || word.is_empty() {
        return None;
    }
    if block_name(word).is_none() {
        // E.g. `x = 1; if y:` cannot happen; fall back to `if` etc. later on the line.
        let line_text = &src[first..pos];
        for kw in ["if", "for", "while", "with", "try", "def", "class"] {
            if let Some(p) = line_text.find(kw) {
                word = kw;
                at = first + p;
                break;
            }
        }
    }
    block_name(word).map(|n| (n, c.map.line(at)))
}

/// "expected an indented block" when the input ends after the header: CPython
/// reports it at the end of the last line.
fn block_expected_at_eof(c: &PCtx, what: &str, line: u32) -> SyntaxError {
    let src = c.map.src;
    let msg = format!("expected an indented block after {what} on line {line}");
    let pos = if src.ends_with('\n') { src.len() - 1 } else { src.len() };
    let mut err = c.map.error(SyntaxErrorKind::IndentationError, &msg, c.filename, pos, pos);
    if super::file_input() {
        err.offset = 0;
    }
    err.end_offset = 0;
    err.incomplete = true;
    err
}

/// An error on the last line of the source (CPython's tokenizer position at
/// end of input): offset 0, or just past the line's end with `at_end`.
fn at_last_line(c: &PCtx, kind: SyntaxErrorKind, msg: &str, at_end: bool) -> SyntaxError {
    let src = c.map.src;
    if src.is_empty() {
        // No line at all (`eval('')`): CPython reports line 0, text ''.
        return SyntaxError::new(kind, msg, c.filename, 0, 0, "");
    }
    let body = src.strip_suffix('\n').unwrap_or(src);
    let start = body.rfind('\n').map_or(0, |p| p + 1);
    let mut err = c.map.error(kind, msg, c.filename, start, start);
    err.offset = if at_end { body[start..].chars().count() as u32 + 1 } else { 0 };
    err.end_line = err.line;
    err.end_offset = 0;
    err
}

/// Turns a parse failure into CPython's SyntaxError.
pub fn map_error(c: &PCtx, lexer: &Lexer, e: ParseError<usize, Tok, SyntaxError>) -> SyntaxError {
    let map = &c.map;
    let src = map.src;
    let fname = c.filename;
    let invalid = |start: usize, end: usize| map.error(SyntaxErrorKind::SyntaxError, "invalid syntax", fname, start, end);
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => invalid(location, location + 1),
        ParseError::ExtraToken { token: (l, _, r) } => invalid(l, r),
        ParseError::UnrecognizedEof { location, expected } => {
            let loc = location.min(src.len());
            if expects(&expected, "\"except\"") && expects(&expected, "\"finally\"") {
                let p = loc.saturating_sub(1);
                let mut e = map.error(SyntaxErrorKind::SyntaxError, "expected 'except' or 'finally' block", fname, p, p);
                e.end_offset = 0;
                // The REPL keeps prompting: an `except` may still follow.
                e.incomplete = true;
                return e;
            }
            if expects(&expected, "INDENT") {
                if let Some((what, line)) = header_before(c, lexer, loc) {
                    return block_expected_at_eof(c, what, line);
                }
            }
            // CPython fails on its ENDMARKER token, which sits on the last
            // line read with column -1 (offset 0): `@d` alone at the end.
            let mut err = at_last_line(c, SyntaxErrorKind::SyntaxError, "invalid syntax", false);
            err.incomplete = true;
            err
        }
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            if let Some(err) = fstring_error_before(c, lexer, l) {
                // Reported at the token CPython's parser had just read.
                let at = map.error(err.kind, &err.msg, fname, l, r);
                return SyntaxError { offset: at.offset, end_line: at.end_line, end_offset: at.end_offset, ..err };
            }
            if tok == Tok::Indent {
                let mut err = map.error(SyntaxErrorKind::IndentationError, "unexpected indent", fname, l, l);
                err.offset = err.offset.saturating_sub(1);
                err.end_offset = 0;
                return err;
            }
            if expects(&expected, "INDENT") {
                if let Some((what, line)) = header_before(c, lexer, l) {
                    if l >= src.len() {
                        return block_expected_at_eof(c, what, line);
                    }
                    let msg = format!("expected an indented block after {what} on line {line}");
                    let r2 = if tok == Tok::Dedent || tok == Tok::Newline { l } else { r };
                    return map.error(SyntaxErrorKind::IndentationError, &msg, fname, l, r2);
                }
            }
            let line_toks = &lexer.line;
            let first = line_toks.first().map(|t| first_word(src, t.start)).unwrap_or("");
            // `if x` NEWLINE: CPython says "expected ':'".
            if tok == Tok::Newline && expects(&expected, "\":\"") && block_name(first).is_some() {
                return map.error(SyntaxErrorKind::SyntaxError, "expected ':'", fname, l, l);
            }
            // `print "x"` / `exec "code"`: Python 2 statements.
            if (first == "print" || first == "exec") && line_toks.len() >= 2 && line_toks[1].start == l && tok.starts_expr() {
                let ls = line_toks[0].start;
                let rest = &src[ls..];
                let stmt_end = rest.find('\n').map(|p| ls + p).unwrap_or(src.len());
                let end = ls + src[ls..stmt_end].trim_end().len();
                let msg = format!("Missing parentheses in call to '{first}'. Did you mean {first}(...)?");
                return map.error(SyntaxErrorKind::SyntaxError, &msg, fname, ls, end);
            }
            if expects(&expected, "\"except\"") && expects(&expected, "\"finally\"") {
                let msg = "expected 'except' or 'finally' block";
                if tok == Tok::Dedent || tok == Tok::Newline || l >= src.len() {
                    let p = l.min(src.len()).saturating_sub(1);
                    let mut e = map.error(SyntaxErrorKind::SyntaxError, msg, fname, p, p);
                    e.end_offset = 0;
                    return e;
                }
                return map.error(SyntaxErrorKind::SyntaxError, msg, fname, l, r);
            }
            // `case 1 as 2:`: the target of `as` in a pattern must be a name.
            if !matches!(tok, Tok::Name(_) | Tok::Newline | Tok::Dedent) && tok.starts_expr() {
                let toks = &lexer.line;
                if let Some(k) = toks.iter().rposition(|t| t.start < l) {
                    let prev = &src[toks[k].start..toks[k].end];
                    if prev == "as" && first_word(src, toks[0].start) == "case" && lexer.case_line {
                        let (s, e) = strip_parens(src, l, expr_end_after(src, l));
                        return map.error(SyntaxErrorKind::SyntaxError, "invalid pattern target", fname, s, e);
                    }
                }
            }
            if let Some(err) = explain(c, lexer, l, r, &tok, &expected) {
                return err;
            }
            if tok == Tok::Dedent {
                // CPython's generic error on a DEDENT token is an
                // IndentationError with no caret (end_offset -1, shown as 0
                // here); the token sits at the new indentation, or at the
                // end of the last line when the input ends.
                if l >= src.len() {
                    return at_last_line(c, SyntaxErrorKind::IndentationError, "unexpected unindent", !super::file_input());
                }
                let mut err = map.error(SyntaxErrorKind::IndentationError, "unexpected unindent", fname, l, l);
                err.offset = err.offset.saturating_sub(1);
                err.end_offset = 0;
                return err;
            }
            if tok == Tok::Newline || tok == Tok::Dedent {
                return invalid(l, l);
            }
            invalid(l, r)
        }
    }
}

/// The error in an f-string among the string tokens just before the
/// token at `l` (see [`fstring::token_error`]): the first one wins.
fn fstring_error_before(c: &PCtx, lexer: &Lexer, l: usize) -> Option<SyntaxError> {
    let src = c.map.src;
    let toks = &lexer.line;
    let idx = toks.partition_point(|t| t.start < l);
    let is_string = |t: &TokInfo| {
        let text = &src[t.start..t.end];
        let plen = text.find(|ch: char| !ch.is_ascii_alphabetic()).unwrap_or(text.len());
        plen <= 3 && matches!(text.as_bytes().get(plen), Some(b'\'' | b'"'))
    };
    let mut first = idx;
    while first > 0 && is_string(&toks[first - 1]) {
        first -= 1;
    }
    toks[first..idx].iter().find_map(|t| super::fstring::token_error(c, t.start, t.end))
}

/// Index of the first token of the expression that ends at token `idx`
/// (walking back to a separator at the same bracket depth).
fn expr_start(toks: &[TokInfo], idx: usize) -> usize {
    let depth = toks[idx].depth;
    let mut k = idx;
    while k > 0 {
        let t = toks[k - 1];
        // An opening bracket at this depth starts a nested, closed group.
        if t.depth < depth || (t.depth == depth && t.separator && !t.open) {
            break;
        }
        k -= 1;
    }
    k
}

/// Index of the bracket that opened depth `depth` before token `idx`.
fn opener(toks: &[TokInfo], idx: usize, depth: u16) -> Option<usize> {
    // Everything between the opener and `idx` is nested deeper, and a closing
    // bracket at the outer depth would have ended the group.
    (0..idx).rev().find(|&k| toks[k].depth < depth)
}

/// End offset of the expression starting at byte `pos`: scans forward to a
/// comma or closing bracket at the same depth, or the end of the line.
fn expr_end_after(src: &str, pos: usize) -> usize {
    use logos::Logos;
    let mut lex = Tok::lexer(&src[pos..]);
    let mut depth = 0usize;
    let mut end = pos;
    while let Some(t) = lex.next() {
        match t {
            Ok(Tok::LPar | Tok::LSqb | Tok::LBrace) => depth += 1,
            Ok(Tok::RPar | Tok::RSqb | Tok::RBrace) => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            Ok(Tok::Comma | Tok::Colon | Tok::As) if depth == 0 => break,
            Ok(Tok::Newline) if depth == 0 => break,
            Ok(_) => {}
            Err(_) => break,
        }
        end = pos + lex.span().end;
    }
    end
}

/// The range of an expression without the parentheses around it (an AST
/// node's span does not include them).
fn strip_parens(src: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    loop {
        let text = &src[s..e];
        if !(text.starts_with('(') && text.ends_with(')') && text.len() >= 2) {
            return (s, e);
        }
        // The opening parenthesis must close at the very end.
        let mut depth = 0i32;
        for (i, ch) in text.char_indices() {
            match ch {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => {
                    depth -= 1;
                    if depth == 0 && i + 1 != text.len() {
                        return (s, e);
                    }
                }
                _ => {}
            }
        }
        let inner = &src[s + 1..e - 1];
        let lead = inner.len() - inner.trim_start().len();
        let trail = inner.len() - inner.trim_end().len();
        s = s + 1 + lead;
        e = e - 1 - trail;
    }
}

/// CPython's more specific explanations of common mistakes (its `invalid_*`
/// grammar rules), recognised from the tokens of the current line.
fn explain(c: &PCtx, lexer: &Lexer, l: usize, r: usize, tok: &Tok, expected: &[String]) -> Option<SyntaxError> {
    let map = &c.map;
    let src = map.src;
    let fname = c.filename;
    let toks = &lexer.line;
    let n = toks.len();
    let text = |t: &TokInfo| &src[t.start..t.end];
    let err = |msg: &str, s: usize, e: usize| map.error(SyntaxErrorKind::SyntaxError, msg, fname, s, e);
    // Index of the error token among the line's tokens, if it was recorded.
    let cur = toks.iter().rposition(|t| t.start == l && t.end == r);
    let before = cur.unwrap_or(n);
    if before == 0 {
        return None;
    }
    let prev = toks[before - 1];
    // A closing bracket is recorded outside its group; judge it from inside.
    let closing = matches!(tok, Tok::RPar | Tok::RSqb | Tok::RBrace);
    let depth = if closing { prev.depth } else { cur.map(|k| toks[k].depth).unwrap_or(prev.depth) };
    let in_fstring = lexer.is_fstring();
    let first = text(&toks[0]);

    // `else if x:` / `try x:`: these keywords must be followed by ':'.
    if before == 1 && matches!(first, "else" | "try" | "finally") && expects(expected, "\":\"") {
        return Some(err("expected ':'", l, r));
    }
    // `"key": value,` at statement level: an annotation of a literal.
    if before >= 3 && toks[0].depth == 0 && text(&toks[1]) == ":" && toks[1].depth == 0 {
        let t0 = text(&toks[0]);
        let literal = t0.starts_with(|ch: char| ch.is_ascii_digit() || ch == '\'' || ch == '"')
            || (t0.ends_with(['\'', '"']) && t0.len() >= 2 && !t0.starts_with('.'));
        if literal {
            return Some(err("illegal target for annotation", toks[0].start, toks[0].end));
        }
    }
    // `def f x():`
    if before == 2 && first == "def" && expects(expected, "\"(\"") {
        return Some(err("expected '('", l, r));
    }
    // `from x import a,`
    if *tok == Tok::Newline && first == "from" && text(&prev) == "," && depth == 0 {
        return Some(err("trailing comma not allowed without surrounding parentheses", l, l));
    }
    // `except A, B:`
    if *tok == Tok::Comma && first == "except" && depth == 0 && before >= 2 {
        let e = expr_end_after(src, r);
        // `except* A, B:` underlines from the first type.
        let first_type = if text(&toks[1]) == "*" && before >= 3 { toks[2].start } else { toks[1].start };
        return Some(err("multiple exception types must be parenthesized", first_type, e));
    }
    // `(a.b := 1)` / `(a[0] := 1)`
    if *tok == Tok::ColonEqual && prev.ends_expr && before >= 2 {
        let s = expr_start(toks, before - 1);
        let what = if text(&prev) == "]" {
            Some("subscript")
        } else if text(&toks[before - 2]) == "." {
            Some("attribute")
        } else {
            None
        };
        if let Some(what) = what {
            return Some(err(&format!("cannot use assignment expressions with {what}"), toks[s].start, prev.end));
        }
    }
    // `if x = 1:` / `[x = 1]` / `f(a.b=1)`.
    if *tok == Tok::Equal && prev.ends_expr {
        let s = expr_start(toks, before - 1);
        let open = if depth > 0 { opener(toks, before, depth) } else { None };
        let is_call = open.map(|k| k > 0 && toks[k - 1].ends_expr && text(&toks[k]) == "(").unwrap_or(false);
        if is_call {
            return Some(err("expression cannot contain assignment, perhaps you meant \"==\"?", toks[s].start, r));
        }
        if s == before - 1 && matches!(src[prev.start..].chars().next(), Some(ch) if ch.is_alphabetic() || ch == '_') {
            let e = expr_end_after(src, r);
            return Some(err("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[s].start, e));
        }
    }

    // `1 if 2`: a conditional expression without `else`.
    if expects(expected, "\"else\"") && *tok != Tok::Else {
        if let Some(k) = (0..before).rev().find(|&k| toks[k].depth == depth && text(&toks[k]) == "if") {
            if k > 0 {
                let s = expr_start(toks, k - 1);
                return Some(err("expected 'else' after 'if' expression", toks[s].start, prev.end));
            }
        }
    }

    if depth > 0 || in_fstring {
        let open = if depth > 0 { opener(toks, before, depth) } else { None };
        let open_ch = open.map(|k| text(&toks[k])).unwrap_or("(");
        let is_call = open.map(|k| k > 0 && toks[k - 1].ends_expr && open_ch == "(").unwrap_or(false);
        let from = open.map(|k| k + 1).unwrap_or(0);
        let same_depth = |k: &usize| toks[*k].depth == depth;
        let has_for = (from..before).filter(same_depth).any(|k| text(&toks[k]) == "for");

        // `[x, y for x, y in z]`
        if !is_call && *tok == Tok::For && (from..before).filter(same_depth).any(|k| text(&toks[k]) == ",") {
            return Some(err("did you forget parentheses around the comprehension target?", toks[from].start, prev.end));
        }
        // `f(x for x in y, 1)` / `f(1, x for x in y)`.
        if is_call {
            if *tok == Tok::Comma && has_for {
                let k = (from..before).filter(same_depth).find(|&k| text(&toks[k]) == "for").unwrap_or(from);
                let s = if k > from { expr_start(toks, k - 1) } else { from };
                return Some(err("Generator expression must be parenthesized", toks[s].start, prev.end));
            }
            if *tok == Tok::For && (from..before).filter(same_depth).any(|k| text(&toks[k]) == ",") {
                let s = expr_start(toks, before - 1);
                let e = expr_end_after(src, l);
                return Some(err("Generator expression must be parenthesized", toks[s].start, e));
            }
        }

        // `{1: 2, 3}`: a dict display whose last key has no value.
        if open_ch == "{" && matches!(tok, Tok::RBrace | Tok::Comma) && prev.ends_expr {
            let s = expr_start(toks, before - 1);
            let has_colon = (from..s).filter(same_depth).any(|k| text(&toks[k]) == ":");
            if has_colon && !(s..before).any(|k| text(&toks[k]) == ":") {
                let mut e = err("':' expected after dictionary key", toks[s].start, toks[s].start);
                e.end_offset = 0;
                return Some(e);
            }
        }

        // Two expressions side by side inside brackets: a missing comma.
        if tok.starts_expr() && prev.ends_expr && prev.depth == depth && !has_for && cur.is_some() {
            let s = expr_start(toks, before - 1);
            return Some(err("invalid syntax. Perhaps you forgot a comma?", toks[s].start, r));
        }
    }
    None
}
