//! Source text → AST: logos tokens, the INDENT/DEDENT lexer, the lalrpop
//! grammar and f-string splitting. Depends on nothing else in the crate.

mod actions;
pub mod ast;
mod depth;
pub mod dump;
mod error;
mod fstring;
mod lexer;
mod literal;
mod parser;
mod single;
mod srcmap;
#[cfg(test)]
mod tests;
mod token;
mod unicode_names;

pub use error::{SyntaxError, SyntaxErrorKind};

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
    let m = parser::parse_source(source, filename, mode)?;
    if depth::too_deep(&m.body, mode) {
        return Err(SyntaxError::new(SyntaxErrorKind::MemoryError, "", filename, 0, 0, ""));
    }
    Ok(m)
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
