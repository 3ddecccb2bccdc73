//! Source text → AST: logos tokens, the INDENT/DEDENT lexer, the lalrpop
//! grammar and f-string splitting. Depends on nothing else in the crate.

mod actions;
pub mod ast;
mod depth;
pub mod dump;
mod error;
mod fstring;
mod lexer;
mod match_actions;
mod literal;
mod parser;
mod single;
mod srcmap;
#[cfg(test)]
mod tests;
mod token;
mod unicode_names;

pub use error::{SyntaxError, SyntaxErrorKind};

thread_local! {
    /// Set while parsing source read from a file (see [`with_byte_offsets`]).
    static BYTE_OFFSETS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` (a parse of source that was read as bytes: a script or an
/// imported file) with parser errors' `offset`s counted in UTF-8 bytes, as
/// CPython counts them for byte sources (character offsets are for str
/// sources given to `compile()`/`exec()`).
pub fn with_byte_offsets<T>(f: impl FnOnce() -> T) -> T {
    let old = BYTE_OFFSETS.with(|b| b.replace(true));
    let r = f();
    BYTE_OFFSETS.with(|b| b.set(old));
    r
}

thread_local! {
    /// Set while parsing the main script file (see [`with_file_input`]).
    static FILE_INPUT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` (the parse of the script file named on the command line) as
/// CPython's file tokenizer reads it: byte offsets, and errors found at the
/// end of input (a DEDENT or ENDMARKER there, a lone backslash) have offset
/// 0 — no caret — because that tokenizer's line buffer is gone by then.
/// (An imported module is compiled from bytes, like `compile()`: not this.)
pub fn with_file_input<T>(f: impl FnOnce() -> T) -> T {
    let old = FILE_INPUT.with(|b| b.replace(true));
    let r = with_byte_offsets(f);
    FILE_INPUT.with(|b| b.set(old));
    r
}

/// True inside [`with_file_input`].
pub fn file_input() -> bool {
    FILE_INPUT.with(|b| b.get())
}

/// Runs `f` with character offsets whatever the source (errors CPython's
/// tokenizer reports).
pub(crate) fn without_byte_offsets<T>(f: impl FnOnce() -> T) -> T {
    let old = BYTE_OFFSETS.with(|b| b.replace(false));
    let r = f();
    BYTE_OFFSETS.with(|b| b.set(old));
    r
}

/// The `text` CPython shows for an error in a file: it reads the line
/// back with `fgets` into a 1000-byte buffer, so of a longer line only the
/// last 999-byte piece remains (`text` and the result have no newline).
pub fn file_line_text(text: &str) -> String {
    const PIECE: usize = 999;
    let line = format!("{text}\n");
    let b = line.as_bytes();
    let mut start = 0;
    while b.len() - start > PIECE && !b[start..start + PIECE].contains(&b'\n') {
        start += PIECE;
    }
    let piece = String::from_utf8_lossy(&b[start..]).into_owned();
    piece.strip_suffix('\n').unwrap_or(&piece).to_string()
}

/// True inside [`with_byte_offsets`] (source read from a file).
pub fn byte_offsets() -> bool {
    BYTE_OFFSETS.with(|b| b.get())
}

/// What a piece of source is parsed as (CPython's `compile()` modes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a file, `-c`, `exec()`.
    Exec,
    /// A single expression: `eval()`. The module holds one `Expr` statement.
    Eval,
    /// One REPL input: like Exec, but the compiler echoes expression statements.
    Single,
}

/// Parses `source` (already decoded UTF-8) into a module.
///
/// Errors carry CPython's exact message, line, offset and source line; when
/// the input merely ended too early (open bracket, open block, unterminated
/// triple-quoted string) `SyntaxError::incomplete` is set so the REPL can ask
/// for more lines.
pub fn parse(source: &str, filename: &str, mode: Mode) -> Result<ast::Module, SyntaxError> {
    if let Some(at) = source.find('\0') {
        // CPython's tokenizer stops at the line holding the NUL (no caret).
        let line = source[..at].matches('\n').count() as u32 + 1;
        let text = source.lines().nth(line as usize - 1).unwrap_or("");
        return Err(SyntaxError::new(SyntaxErrorKind::SyntaxError, "source code cannot contain null bytes", filename, line, 0, text));
    }
    let m = parser::parse_source(source, filename, mode)?;
    if depth::too_deep(&m.body, mode) {
        return Err(SyntaxError::new(SyntaxErrorKind::MemoryError, "", filename, 0, 0, ""));
    }
    Ok(m)
}

/// CPython's message for a source file that is not UTF-8 and declares no
/// encoding (None when it decodes, or declares one on its first two lines).
pub fn non_utf8_error(bytes: &[u8], filename: &str) -> Option<String> {
    let e = std::str::from_utf8(bytes).err()?;
    let declared = bytes.split(|&b| b == b'\n').take(2).any(|l| {
        let l = String::from_utf8_lossy(l);
        l.trim_start().starts_with('#') && (l.contains("coding:") || l.contains("coding="))
    });
    if declared {
        return None;
    }
    let at = e.valid_up_to();
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    Some(format!(
        "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
        bytes[at]
    ))
}

/// A SyntaxError located at a node's span, for errors found after parsing
/// (the compiler's "'return' outside function", "duplicate argument …", …).
/// `offset`/`end_offset` are 1-based character columns and `text` is the
/// source line, as CPython fills them when it reports the error from a file.
pub fn error_at_span(source: &str, filename: &str, msg: &str, span: ast::Span) -> SyntaxError {
    let src = parser::normalize(source);
    let map = srcmap::SrcMap::new(&src);
    map.error_span(msg, filename, span)
}
