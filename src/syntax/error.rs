//! SyntaxError / IndentationError / TabError as the parser and compiler report them.

/// Which exception class the error becomes at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a syntax error: the compiler's "maximum recursion depth exceeded
    /// during compilation", raised as RecursionError with only `msg` set.
    RecursionError,
    /// Not a syntax error either: CPython's parser ran out of stack (a
    /// chain nested past its 6000 rule levels), a bare MemoryError.
    MemoryError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
            SyntaxErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A syntax error with the fields of CPython's `SyntaxError` object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// `msg`, e.g. `invalid syntax`, `'(' was never closed`.
    pub msg: String,
    pub filename: String,
    /// 1-based line (`lineno`).
    pub line: u32,
    /// 1-based column in characters (`offset`), where the caret starts.
    pub offset: u32,
    /// `end_lineno` / `end_offset` (0 when CPython gives none).
    pub end_line: u32,
    pub end_offset: u32,
    /// The source line the error is on (`text`), without its newline.
    pub text: String,
    /// True when more input could complete the source (the REPL's `... ` prompt).
    pub incomplete: bool,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: &str, filename: &str, line: u32, offset: u32, text: &str) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.to_string(),
            filename: filename.to_string(),
            line,
            offset,
            end_line: 0,
            end_offset: 0,
            text: text.to_string(),
            incomplete: false,
        }
    }
}
