//! The layer between logos and the grammar: NEWLINE / INDENT / DEDENT,
//! implicit line joining inside brackets, backslash continuations, blank and
//! comment-only lines, bracket matching, and tokenizer errors with CPython
//! 3.11's messages. It also remembers the current logical line's tokens so
//! that parse errors can be explained the way CPython explains them.

use std::collections::VecDeque;

use logos::Logos;

use super::actions::PCtx;
use super::token::{LexError, Tok};
use super::{SyntaxError, SyntaxErrorKind};

pub type Spanned = (usize, Tok, usize);

/// CPython's tokenizer limit on bracket nesting (MAXLEVEL).
const MAX_LEVEL: usize = 200;
/// CPython's tokenizer limit on indentation depth (MAXINDENT).
const MAX_INDENT: usize = 100;

/// A coarse token class kept for error heuristics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TokInfo {
    pub start: usize,
    pub end: usize,
    pub depth: u16,
    pub starts_expr: bool,
    pub ends_expr: bool,
    /// `,`, an opening bracket, `:`, `=`, or a keyword that begins a new expression.
    pub separator: bool,
    /// An opening bracket.
    pub open: bool,
}

pub struct Lexer<'a> {
    c: &'a PCtx<'a>,
    src: &'a str,
    inner: logos::Lexer<'a, Tok>,
    pending: VecDeque<Spanned>,
    /// Indentation stack: (column with tabs to 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    /// Open brackets: (the bracket character, its byte offset).
    pub brackets: Vec<(u8, usize)>,
    line_has_tokens: bool,
    fstring: bool,
    done: bool,
    /// Offset of a backslash continuation seen just before the current token.
    cont: Option<usize>,
    prev_was_with: bool,
    /// Tokens of the current logical line.
    pub line: Vec<TokInfo>,
    /// Start offset of the first token of the previous logical line.
    pub prev_line_first: Option<usize>,
    /// The logical line ended (NEWLINE sent); `line` is cleared lazily.
    pub line_ended: bool,
    /// The lexer itself reported an error.
    pub failed: bool,
    /// The current logical line is a case clause (starts with the keyword `case`).
    pub case_line: bool,
    /// Start of the last token handed out (the furthest the parser read).
    pub last_start: usize,
    /// The error just returned was an unknown ASCII character.
    soft_error: bool,
    /// The coming line's indentation was already handled.
    indent_done: bool,
    /// The line just lexed is a match statement's header: the next INDENT
    /// opens its block of case clauses.
    match_header: bool,
    /// Indentation depths (`indents.len()`) of open match blocks: a line
    /// starting with `case` at such a depth begins a case clause.
    match_levels: Vec<usize>,
}

impl<'a> Lexer<'a> {
    /// A lexer over the whole source, starting with the given sentinel.
    pub fn new(c: &'a PCtx<'a>, start_tok: Tok) -> Lexer<'a> {
        let src = c.map.src;
        let mut pending = VecDeque::new();
        pending.push_back((0, start_tok, 0));
        Lexer {
            c,
            src,
            inner: Tok::lexer(src),
            pending,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line_has_tokens: false,
            fstring: false,
            done: false,
            cont: None,
            prev_was_with: false,
            line: Vec::new(),
            prev_line_first: None,
            line_ended: false,
            failed: false,
            last_start: 0,
            soft_error: false,
            indent_done: false,
            match_header: false,
            match_levels: Vec::new(),
            case_line: false,
        }
    }

    /// A lexer over `start..end` of the source: one f-string field expression,
    /// lexed as if inside parentheses (newlines are insignificant).
    pub fn for_fstring(c: &'a PCtx<'a>, start: usize, end: usize) -> Lexer<'a> {
        let src = &c.map.src[..end];
        let mut inner = Tok::lexer(src);
        inner.bump(start);
        let mut pending = VecDeque::new();
        pending.push_back((start, Tok::StartExpr, start));
        Lexer {
            c,
            src,
            inner,
            pending,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line_has_tokens: true,
            fstring: true,
            done: false,
            cont: None,
            prev_was_with: false,
            line: Vec::new(),
            prev_line_first: None,
            line_ended: false,
            failed: false,
            last_start: 0,
            soft_error: false,
            indent_done: false,
            match_header: false,
            match_levels: Vec::new(),
            case_line: false,
        }
    }

    /// True when lexing one f-string field expression.
    pub fn is_fstring(&self) -> bool {
        self.fstring
    }

    /// An error CPython's tokenizer reports: its offsets count characters
    /// even for a byte source.
    fn err(&self, kind: SyntaxErrorKind, msg: &str, start: usize, end: usize) -> SyntaxError {
        super::without_byte_offsets(|| self.c.map.error(kind, msg, self.c.filename, start, end))
    }

    /// An error CPython's parser reports (decoding a literal, rejecting an
    /// error token): byte offsets for a byte source, like its other errors.
    fn literal_err(&self, msg: &str, start: usize, end: usize) -> SyntaxError {
        self.c.map.error(SyntaxErrorKind::SyntaxError, msg, self.c.filename, start, end)
    }

    fn lex_error(&self, e: LexError, span: std::ops::Range<usize>) -> SyntaxError {
        match e {
            LexError::Invalid => {
                let ch = self.src[span.start..].chars().next().unwrap_or(' ');
                if ch.is_ascii() {
                    // An error token the parser rejects (a parser error).
                    return self.literal_err("invalid syntax", span.start, span.start + 1);
                }
                let msg = if ch.is_whitespace() || ch.is_control() || ch == '\u{feff}' || ch == '\u{200b}' {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                } else {
                    format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                };
                self.err(SyntaxErrorKind::SyntaxError, &msg, span.start, span.start)
            }
            LexError::Msg { msg, start, end } if msg.starts_with("bytes can only") || msg.starts_with("(unicode error)") => self.literal_err(&msg, start, end),
            LexError::Msg { msg, start, end } => self.err(SyntaxErrorKind::SyntaxError, &msg, start, end),
            LexError::NoCaret { msg, at } => {
                // Raised by CPython's parser, which reads a file's line back.
                let mut e = self.literal_err(&msg, at, at);
                if super::byte_offsets() {
                    e.text = super::file_line_text(&e.text);
                }
                e.offset = 0;
                e.end_line = e.line;
                e.end_offset = 0;
                e
            }
            LexError::Unterminated { detected_at } => {
                let line = self.c.map.line(detected_at.min(self.src.len()));
                let msg = format!("unterminated string literal (detected at line {line})");
                self.err(SyntaxErrorKind::SyntaxError, &msg, span.start, span.start)
            }
            LexError::UnterminatedTriple { detected_at } => {
                let line = self.c.map.line(detected_at.min(self.src.len()));
                let msg = format!("unterminated triple-quoted string literal (detected at line {line})");
                let mut e = self.err(SyntaxErrorKind::SyntaxError, &msg, span.start, span.start);
                e.incomplete = true;
                e
            }
        }
    }

    /// Handles the first token of a logical line: compares its indentation
    /// with the stack and queues INDENT/DEDENT tokens.
    fn indentation(&mut self, start: usize) -> Result<(), SyntaxError> {
        let after_match = std::mem::take(&mut self.match_header);
        let line_start = self.src[..start].rfind('\n').map(|p| p + 1).unwrap_or(0);
        let (mut col, mut alt) = (0u32, 0u32);
        for b in self.src[line_start..start].bytes() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                // Something else before the first token (a continuation line):
                // indentation is that of the physical line it started on.
                _ => return Ok(()),
            }
        }
        let tab_error = || {
            let line = self.c.map.line(start);
            let mut e = SyntaxError::new(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                self.c.filename,
                line,
                1,
                self.c.map.line_text(line),
            );
            e.end_line = line;
            e
        };
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT {
                // CPython reports it at the line's first column (offset 1,
                // no end): inside the indentation, so no caret is shown.
                let mut e = self.err(SyntaxErrorKind::IndentationError, "too many levels of indentation", start, start);
                e.offset = 1;
                e.end_offset = 0;
                return Err(e);
            }
            self.indents.push((col, alt));
            if after_match {
                self.match_levels.push(self.indents.len());
            }
            self.pending.push_back((start, Tok::Indent, start));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map(|x| x.0).unwrap_or(0) {
                self.indents.pop();
                self.pending.push_back((start, Tok::Dedent, start));
            }
            let depth = self.indents.len();
            self.match_levels.retain(|&l| l <= depth);
            let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let line = self.c.map.line(start);
                let text = self.c.map.line_text(line);
                let mut e = SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    self.c.filename,
                    line,
                    text.chars().count() as u32 + 1,
                    text,
                );
                e.end_line = line;
                return Err(e);
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// At end of input: pending NEWLINE and DEDENTs, or an error.
    fn at_eof(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        self.done = true;
        let eof = self.src.len();
        if let Some(pos) = self.cont {
            let mut e = self.err(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", pos + 1, pos + 1);
            // CPython's file tokenizer loses the column of a backslash
            // that starts the line.
            if super::file_input() && (pos == 0 || self.src.as_bytes()[pos - 1] == b'\n') {
                e.offset = 0;
            }
            e.end_offset = 0;
            e.incomplete = true;
            return Some(Err(e));
        }
        if self.fstring {
            return None;
        }
        if let Some(&(ch, pos)) = self.brackets.last() {
            let msg = format!("'{}' was never closed", ch as char);
            let mut e = self.err(SyntaxErrorKind::SyntaxError, &msg, pos, pos);
            e.end_offset = 0;
            e.incomplete = true;
            return Some(Err(e));
        }
        if self.line_has_tokens {
            self.pending.push_back((eof, Tok::Newline, eof));
            self.line_has_tokens = false;
            self.line_ended = true;
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back((eof, Tok::Dedent, eof));
        }
        self.pending.pop_front().map(Ok)
    }

    /// `with (` whose matching `)` is followed by `:` opens parenthesised with-items.
    fn with_paren_follows_colon(&self) -> bool {
        let mut look = self.inner.clone();
        let mut depth = 1usize;
        while let Some(t) = look.next() {
            match t {
                Ok(Tok::LPar | Tok::LSqb | Tok::LBrace) => depth += 1,
                Ok(Tok::RPar | Tok::RSqb | Tok::RBrace) => {
                    depth -= 1;
                    if depth == 0 {
                        loop {
                            match look.next() {
                                Some(Ok(Tok::Newline | Tok::LineCont)) => continue,
                                Some(Ok(Tok::Colon)) => return true,
                                _ => return false,
                            }
                        }
                    }
                }
                Ok(_) => {}
                Err(_) => return false,
            }
        }
        false
    }

    /// At a logical line's first token `match`: is it the soft keyword? It
    /// is when the line ends with a `:` outside brackets (`match x:`; no
    /// other statement that starts with a name ends that way), or when the
    /// next token could not follow a name in any statement (`match x` with
    /// a missing colon), so that errors are reported as CPython's match rule
    /// reports them.
    fn opens_match_statement(&self) -> bool {
        let look = self.inner.clone();
        let mut depth = 0usize;
        let mut last_colon = false;
        let mut count = 0usize;
        let mut second: Option<Tok> = None;
        for t in look {
            let Ok(t) = t else { return false };
            match t {
                Tok::LineCont => continue,
                Tok::Newline if depth == 0 => break,
                Tok::Newline => continue,
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                _ => {}
            }
            last_colon = depth == 0 && t == Tok::Colon;
            count += 1;
            if second.is_none() {
                second = Some(t);
            }
        }
        let Some(second) = second else { return false };
        if second == Tok::Colon {
            return false;
        }
        if last_colon && count >= 2 {
            return true;
        }
        matches!(
            second,
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::LBrace
                | Tok::Tilde
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::Lambda
        )
    }

    fn record(&mut self, tok: &Tok, start: usize, end: usize) {
        if self.line_ended {
            self.line_ended = false;
            self.prev_line_first = self.line.first().map(|t| t.start);
            self.line.clear();
        }
        let separator = matches!(
            tok,
            Tok::Comma
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::WithLParen
                | Tok::Colon
                | Tok::Equal
                | Tok::ColonEqual
                | Tok::If
                | Tok::Else
                | Tok::For
                | Tok::Lambda
                | Tok::Yield
                | Tok::Return
                | Tok::Await
                | Tok::Semi
                | Tok::Assert
                | Tok::Del
                | Tok::Elif
                | Tok::While
                | Tok::With
                | Tok::As
                | Tok::Raise
                | Tok::Import
                | Tok::From
                | Tok::Match
                | Tok::Case
        ) || matches!(
            tok,
            Tok::PlusEqual
                | Tok::MinusEqual
                | Tok::StarEqual
                | Tok::SlashEqual
                | Tok::DoubleSlashEqual
                | Tok::PercentEqual
                | Tok::AtEqual
                | Tok::AmperEqual
                | Tok::VBarEqual
                | Tok::CircumflexEqual
                | Tok::RShiftEqual
                | Tok::LShiftEqual
                | Tok::DoubleStarEqual
                | Tok::RArrow
        );
        self.line.push(TokInfo {
            start,
            end,
            depth: self.brackets.len() as u16,
            starts_expr: tok.starts_expr(),
            ends_expr: tok.ends_expr(),
            separator,
            open: matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLParen),
        });
    }
}

impl Lexer<'_> {
    /// At the bracket past the tokenizer's limit: would CPython's parser
    /// have run out of stack (a bare MemoryError) before asking for it?
    /// Its tokenizer is lazy, so the parser's 6000-rule limit wins when the
    /// open groups are expensive ones. A group whose bracket follows a `,`
    /// (a tuple/list element) or a lambda's `:` costs about a whole
    /// expression's rules (30 levels, as measured against CPython: 200 such
    /// groups overflow, 199 and one plain group do not); other groups cost
    /// fewer. The outermost bracket is not counted (its parse has not
    /// descended yet when the next one is fetched).
    fn parser_stack_overflows(&self, new_start: usize) -> bool {
        const HEAVY: u32 = 30;
        const LIGHT: u32 = 20;
        const MAXSTACK: u32 = 6000;
        let opens = self.brackets.iter().skip(1).map(|b| b.1).chain(std::iter::once(new_start));
        let mut depth = 0;
        for pos in opens {
            let i = self.line.partition_point(|t| t.start < pos);
            let heavy = i > 0 && {
                let p = &self.line[i - 1];
                match &self.src[p.start..p.end] {
                    "," => true,
                    ":" => self.lambda_before(i - 1),
                    _ => false,
                }
            };
            depth += if heavy { HEAVY } else { LIGHT };
        }
        depth >= MAXSTACK
    }

    /// True when a `lambda` keyword precedes `self.line[j]` (a `:`) in the
    /// same bracket.
    fn lambda_before(&self, j: usize) -> bool {
        let depth = self.line[j].depth;
        for t in self.line[..j].iter().rev() {
            if t.depth < depth {
                return false;
            }
            if t.depth == depth && &self.src[t.start..t.end] == "lambda" {
                return true;
            }
        }
        false
    }

    /// After a parse error on line `err_line`, tokenizes the rest of the
    /// source as CPython does: a tokenizer error found later wins, and so does
    /// an unclosed bracket opened on an earlier line.
    pub fn later_tokenizer_error(&mut self) -> Option<SyntaxError> {
        let err_line = self.c.map.line(self.last_start.min(self.src.len()));
        while let Some(item) = self.next_item() {
            if self.soft_error {
                self.soft_error = false;
                continue;
            }
            if let Err(e) = item {
                // Errors CPython's tokenizer only signals through its state
                // (not as an exception) stop the scan without winning.
                let state_only = e.kind != SyntaxErrorKind::SyntaxError
                    || e.msg == "unexpected character after line continuation character"
                    || e.msg == "unexpected EOF while parsing";
                if state_only || (e.msg.ends_with("was never closed") && err_line <= e.line) {
                    return None;
                }
                return Some(e);
            }
        }
        None
    }

    /// Offset of the first character of the next logical line's first
    /// token, skipping blank and comment-only lines (None at end of input).
    fn next_line_start(&self, mut p: usize) -> Option<usize> {
        let b = self.src.as_bytes();
        loop {
            while p < b.len() && matches!(b[p], b' ' | b'\t' | b'\x0c') {
                p += 1;
            }
            if p >= b.len() {
                return None;
            }
            match b[p] {
                b'#' => {
                    p = self.src[p..].find('\n').map(|k| p + k).unwrap_or(b.len());
                }
                b'\n' => p += 1,
                b'\\' => return None,
                _ => return Some(p),
            }
        }
    }

    fn next_item(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Some(Ok(t));
            }
            if self.done {
                return None;
            }
            // Indentation is judged before the line's first token is lexed, so
            // that "unexpected indent" comes before errors inside that token.
            if !self.line_has_tokens && !self.indent_done && self.brackets.is_empty() && !self.fstring {
                if let Some(p) = self.next_line_start(self.inner.span().end) {
                    self.indent_done = true;
                    if let Err(e) = self.indentation(p) {
                        self.done = true;
                        return Some(Err(e));
                    }
                    if let Some(t) = self.pending.pop_front() {
                        return Some(Ok(t));
                    }
                }
            }
            let raw = self.inner.next();
            let span = self.inner.span();
            let tok = match raw {
                None => return self.at_eof(),
                Some(Err(e)) => {
                    // An unknown ASCII character (`$`, `?`, a backtick) is not
                    // a tokenizer failure in CPython: the parser rejects it
                    // as "invalid syntax" and lexing can go on.
                    let soft = e == LexError::Invalid && self.src.as_bytes()[span.start].is_ascii();
                    if soft {
                        self.soft_error = true;
                    } else {
                        self.done = true;
                    }
                    return Some(Err(self.lex_error(e, span)));
                }
                Some(Ok(t)) => t,
            };
            match tok {
                Tok::Newline => {
                    self.cont = None;
                    if !self.brackets.is_empty() || !self.line_has_tokens || self.fstring {
                        continue;
                    }
                    self.line_has_tokens = false;
                    // The line's tokens stay available (for error messages
                    // about this NEWLINE) until the next line starts.
                    self.line_ended = true;
                    return Some(Ok((span.start, Tok::Newline, span.end)));
                }
                Tok::LineCont => {
                    self.cont = Some(span.start);
                    continue;
                }
                Tok::Backslash if span.end >= self.src.len() => {
                    // A backslash at the very end: the continuation line is missing.
                    self.cont = Some(span.start);
                    return self.at_eof();
                }
                Tok::Backslash => {
                    self.done = true;
                    let mut e = self.err(
                        SyntaxErrorKind::SyntaxError,
                        "unexpected character after line continuation character",
                        span.start + 1,
                        span.start + 1,
                    );
                    e.end_offset = 0;
                    return Some(Err(e));
                }
                _ => {}
            }
            self.cont = None;
            let first_on_line = !self.line_has_tokens && self.brackets.is_empty() && !self.fstring;
            if !self.line_has_tokens && self.brackets.is_empty() {
                if !self.indent_done {
                    if let Err(e) = self.indentation(span.start) {
                        self.done = true;
                        return Some(Err(e));
                    }
                }
                self.line_has_tokens = true;
                self.indent_done = false;
            }
            let mut tok = tok;
            if first_on_line {
                if let Tok::Name(n) = &tok {
                    if n == "match" && self.opens_match_statement() {
                        tok = Tok::Match;
                        self.match_header = true;
                    } else if n == "case" && self.match_levels.last() == Some(&self.indents.len()) {
                        tok = Tok::Case;
                    }
                }
                self.case_line = tok == Tok::Case;
            }
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace => {
                    if self.brackets.len() >= MAX_LEVEL {
                        self.done = true;
                        if self.parser_stack_overflows(span.start) {
                            return Some(Err(SyntaxError::new(SyntaxErrorKind::MemoryError, "", self.c.filename, 0, 0, "")));
                        }
                        return Some(Err(self.err(
                            SyntaxErrorKind::SyntaxError,
                            "too many nested parentheses",
                            span.start,
                            span.start,
                        )));
                    }
                    let ch = self.src.as_bytes()[span.start];
                    if tok == Tok::LPar && self.prev_was_with && self.with_paren_follows_colon() {
                        tok = Tok::WithLParen;
                    }
                    self.record(&tok, span.start, span.end);
                    self.brackets.push((ch, span.start));
                }
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    let close = self.src.as_bytes()[span.start];
                    match self.brackets.pop() {
                        None => {
                            self.done = true;
                            let msg = format!("unmatched '{}'", close as char);
                            return Some(Err(self.err(SyntaxErrorKind::SyntaxError, &msg, span.start, span.start)));
                        }
                        Some((open, pos)) => {
                            let expect = match open {
                                b'(' => b')',
                                b'[' => b']',
                                _ => b'}',
                            };
                            if expect != close {
                                self.done = true;
                                let oline = self.c.map.line(pos);
                                let msg = if oline != self.c.map.line(span.start) {
                                    format!(
                                        "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                        close as char, open as char, oline
                                    )
                                } else {
                                    format!(
                                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                        close as char, open as char
                                    )
                                };
                                return Some(Err(self.err(SyntaxErrorKind::SyntaxError, &msg, span.start, span.start)));
                            }
                        }
                    }
                    self.record(&tok, span.start, span.end);
                }
                _ => self.record(&tok, span.start, span.end),
            }
            self.prev_was_with = tok == Tok::With;
            if self.pending.is_empty() {
                return Some(Ok((span.start, tok, span.end)));
            }
            self.pending.push_back((span.start, tok, span.end));
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.next_item();
        match &item {
            Some(Err(_)) if self.soft_error => self.soft_error = false,
            Some(Err(_)) => self.failed = true,
            Some(Ok((start, _, _))) => self.last_start = *start,
            None => {}
        }
        item
    }
}

#[cfg(test)]
mod tests {
    use super::super::actions::PCtx;
    use super::super::srcmap::SrcMap;
    use super::*;

    /// The token stream as short names: NL, IN, DE, names, or the Debug form.
    fn toks(src: &str) -> Result<Vec<String>, String> {
        let c = PCtx { map: SrcMap::new(src), filename: "<t>" };
        let mut out = Vec::new();
        for item in Lexer::new(&c, Tok::StartModule) {
            match item {
                Ok((_, t, _)) => out.push(match t {
                    Tok::StartModule => continue,
                    Tok::Newline => "NL".to_string(),
                    Tok::Indent => "IN".to_string(),
                    Tok::Dedent => "DE".to_string(),
                    Tok::Name(n) => n,
                    Tok::Number(_) => "num".to_string(),
                    Tok::Str(_) => "str".to_string(),
                    other => format!("{other:?}"),
                }),
                Err(e) => return Err(format!("{}: {} {}:{}", e.kind.name(), e.msg, e.line, e.offset)),
            }
        }
        Ok(out)
    }

    fn ok(src: &str) -> String {
        toks(src).unwrap().join(" ")
    }

    #[test]
    fn blocks_and_dedent_at_eof() {
        assert_eq!(ok("if x:\n    y\n"), "If x Colon NL IN y NL DE");
        assert_eq!(ok("if x:\n  if y:\n    z"), "If x Colon NL IN If y Colon NL IN z NL DE DE");
        assert_eq!(ok("x"), "x NL");
        assert_eq!(ok(""), "");
    }

    #[test]
    fn blank_comment_and_whitespace_lines() {
        assert_eq!(ok("if x:\n    y\n\n  # odd comment\n      \n    z\n"), "If x Colon NL IN y NL z NL DE");
        // A last line of only spaces (the seed scripts end that way).
        assert_eq!(ok("if x:\n    y\n        "), "If x Colon NL IN y NL DE");
        assert_eq!(ok("# only a comment"), "");
        assert_eq!(ok("x = 1  # trailing\n"), "x Equal num NL");
    }

    #[test]
    fn tabs_count_to_multiples_of_eight() {
        assert_eq!(ok("if x:\n\tif y:\n\t\tz\n\tw\n"), "If x Colon NL IN If y Colon NL IN z NL DE w NL DE");
        assert_eq!(ok("if x:\n  \ty\n  \tz\n"), "If x Colon NL IN y NL z NL DE");
        let e = toks("if x:\n\ty\n        z\n").unwrap_err();
        assert_eq!(e, "TabError: inconsistent use of tabs and spaces in indentation 3:1");
    }

    #[test]
    fn line_joining() {
        assert_eq!(ok("x = (1,\n   2)\n"), "x Equal LPar num Comma num RPar NL");
        assert_eq!(ok("x = 1 + \\\n  2\n"), "x Equal num Plus num NL");
        assert_eq!(ok("if x:\n    y = [\n  1,\n]\n    z\n"), "If x Colon NL IN y Equal LSqb num Comma RSqb NL z NL DE");
        assert_eq!(ok("x = '''a\n  b'''\ny\n"), "x Equal str NL y NL");
    }

    #[test]
    fn form_feed_resets_indentation() {
        assert_eq!(ok("x\n\x0cy\n"), "x NL y NL");
    }

    #[test]
    fn with_parenthesised_items() {
        assert_eq!(ok("with (a, b):\n pass\n"), "With WithLParen a Comma b RPar Colon NL IN Pass NL DE");
        assert_eq!(ok("with (a, b) as c:\n pass\n"), "With LPar a Comma b RPar As c Colon NL IN Pass NL DE");
    }

    #[test]
    fn match_and_case_are_soft_keywords() {
        // A match statement and its case clauses.
        assert_eq!(ok("match x:\n    case 1:\n        pass\n"), "Match x Colon NL IN Case num Colon NL IN Pass NL DE DE");
        assert_eq!(ok("match (x):\n case [a]: pass\n"), "Match LPar x RPar Colon NL IN Case LSqb a RSqb Colon Pass NL DE");
        assert_eq!(ok("match x, y:\n case _: pass\n"), "Match x Comma y Colon NL IN Case _ Colon Pass NL DE");
        // A missing colon still reads as a match statement (for the error).
        assert_eq!(ok("match x\n"), "Match x NL");
        // Names everywhere else.
        assert_eq!(ok("match = 3\n"), "match Equal num NL");
        assert_eq!(ok("match(x)\n"), "match LPar x RPar NL");
        assert_eq!(ok("match[x]: int = 1\n"), "match LSqb x RSqb Colon int Equal num NL");
        assert_eq!(ok("match.x: int\n"), "match Dot x Colon int NL");
        assert_eq!(ok("match: int\n"), "match Colon int NL");
        assert_eq!(ok("case = 1\n"), "case Equal num NL");
        assert_eq!(ok("x = match + case\n"), "x Equal match Plus case NL");
        assert_eq!(ok("if x:\n    case(1)\n"), "If x Colon NL IN case LPar num RPar NL DE");
        assert_eq!(ok("match -1:\n case 1: pass\n"), "Match Minus num Colon NL IN Case num Colon Pass NL DE");
    }

    #[test]
    fn case_is_a_keyword_only_at_the_case_level() {
        // Inside a case body `case` is a name again; after the match block too.
        assert_eq!(
            ok("match x:\n case 1:\n  case = 2\ncase = 3\n"),
            "Match x Colon NL IN Case num Colon NL IN case Equal num NL DE DE case Equal num NL"
        );
        // Nested match statements each open their own case level.
        assert_eq!(
            ok("match a:\n case 1:\n  match b:\n   case 2: pass\n case 3: pass\n"),
            "Match a Colon NL IN Case num Colon NL IN Match b Colon NL IN Case num Colon Pass NL DE DE Case num Colon Pass NL DE"
        );
        // `match` spread over lines by brackets still ends with its colon.
        assert_eq!(ok("match (a,\n  b):\n case _: pass\n"), "Match LPar a Comma b RPar Colon NL IN Case _ Colon Pass NL DE");
    }

    #[test]
    fn indentation_errors() {
        assert_eq!(
            toks("if x:\n    y\n  z\n").unwrap_err(),
            "IndentationError: unindent does not match any outer indentation level 3:4"
        );
        assert_eq!(toks("x = )").unwrap_err(), "SyntaxError: unmatched ')' 1:5");
        assert_eq!(toks("x = (\n").unwrap_err(), "SyntaxError: '(' was never closed 1:5");
        assert_eq!(toks("x = \\").unwrap_err(), "SyntaxError: unexpected EOF while parsing 1:6");
        assert_eq!(toks("x = \\\n").unwrap_err(), "SyntaxError: unexpected EOF while parsing 1:6");
    }
}
