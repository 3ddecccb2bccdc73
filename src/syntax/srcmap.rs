//! Byte offsets → CPython positions (1-based line, 0-based byte column) and
//! the source-line text and character offsets that SyntaxErrors report.

use super::ast::Span;
use super::{SyntaxError, SyntaxErrorKind};

pub struct SrcMap<'a> {
    pub src: &'a str,
    /// Byte offset where each line starts (line 1 at index 0).
    starts: Vec<usize>,
}

impl<'a> SrcMap<'a> {
    pub fn new(src: &'a str) -> SrcMap<'a> {
        let mut starts = Vec::with_capacity(src.len() / 32 + 1);
        starts.push(0);
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        SrcMap { src, starts }
    }

    /// 0-based line index containing byte `pos`.
    fn line_index(&self, pos: usize) -> usize {
        match self.starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// (1-based line, 0-based byte column) of `pos`.
    pub fn pos(&self, pos: usize) -> (u32, u32) {
        let i = self.line_index(pos);
        ((i + 1) as u32, (pos - self.starts[i]) as u32)
    }

    pub fn line(&self, pos: usize) -> u32 {
        (self.line_index(pos) + 1) as u32
    }

    pub fn span(&self, l: usize, r: usize) -> Span {
        let (line, col) = self.pos(l);
        let (end_line, end_col) = self.pos(r);
        Span { line, col, end_line, end_col }
    }

    /// Byte offset of the start of a 1-based line.
    pub fn line_start(&self, line: u32) -> usize {
        self.starts.get((line as usize).saturating_sub(1)).copied().unwrap_or(self.src.len())
    }

    /// Text of the 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &'a str {
        let i = (line as usize).saturating_sub(1);
        let Some(&s) = self.starts.get(i) else { return "" };
        let e = self.starts.get(i + 1).map(|e| e - 1).unwrap_or(self.src.len());
        self.src.get(s..e.max(s)).unwrap_or("")
    }

    /// 1-based character offset of byte `pos` within its line (CPython's
    /// `offset`; a byte offset under `with_byte_offsets`).
    pub fn char_offset(&self, pos: usize) -> u32 {
        let i = self.line_index(pos);
        let s = self.starts[i];
        let pos = pos.min(self.src.len());
        if super::byte_offsets() {
            return (pos.saturating_sub(s)) as u32 + 1;
        }
        let mut p = pos;
        while p > s && !self.src.is_char_boundary(p) {
            p -= 1;
        }
        self.src[s..p].chars().count() as u32 + 1
    }

    /// 1-based character offset of a 0-based byte column on a 1-based line.
    pub fn char_offset_col(&self, line: u32, col: u32) -> u32 {
        self.char_offset(self.line_start(line) + col as usize)
    }

    /// An error covering bytes `start..end`.
    pub fn error(&self, kind: SyntaxErrorKind, msg: &str, filename: &str, start: usize, end: usize) -> SyntaxError {
        let line = self.line(start);
        let mut e = SyntaxError::new(kind, msg, filename, line, self.char_offset(start), self.line_text(line));
        e.end_line = self.line(end);
        e.end_offset = self.char_offset(end);
        e
    }

    /// An error covering a node's span.
    pub fn error_span(&self, msg: &str, filename: &str, span: Span) -> SyntaxError {
        let mut e = SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            msg,
            filename,
            span.line,
            self.char_offset_col(span.line, span.col),
            self.line_text(span.line),
        );
        e.end_line = span.end_line;
        e.end_offset = self.char_offset_col(span.end_line, span.end_col);
        e
    }
}
