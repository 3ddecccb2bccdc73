//! AST → bytecode: symbol tables, code generation, constant folding.
//! Depends only on `syntax` and `bytecode`; never touches the heap.

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::syntax::{ast, Mode, SyntaxError};

/// Compiles a parsed module into its code object. Errors found here
/// (`'return' outside function`, bad `nonlocal`, …) are SyntaxErrors with
/// CPython's messages and positions; `source` supplies the error's text line.
pub fn compile(module: &ast::Module, source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, SyntaxError> {
    let _ = (module, source, mode);
    Err(SyntaxError::new(crate::syntax::SyntaxErrorKind::SyntaxError, "compiler not built yet", filename, 1, 1, ""))
}
