//! Source text → AST: logos tokens, the INDENT/DEDENT lexer, the lalrpop
//! grammar and f-string splitting. Depends on nothing else in the crate.

pub mod ast;
mod error;

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
    let _ = (source, filename, mode);
    Err(SyntaxError::new(SyntaxErrorKind::SyntaxError, "parser not built yet", filename, 1, 1, ""))
}
