//! CPython 3.11's PEG parser gives up with a bare `MemoryError` when its
//! rule nesting passes `MAXSTACK` (6000) — long before the compiler's
//! RecursionError for chains the grammar nests one rule per operator:
//! `-`/`+`/`~` and `not` (one level each), `a if b else …` (one level per
//! `else`), `lambda: …` and `x ** …` (two levels each).
//!
//! pyrite's LR parser has no such limit, so after parsing this module
//! estimates the PEG depth of those chains, with CPython's depths measured
//! for the common contexts (an expression statement, an assignment, a
//! `return`, `eval()` input, statements inside blocks). Other nodes end a
//! chain: their own nesting is bounded by the tokenizer's 200-bracket limit
//! or reported by the compiler as RecursionError.

use super::ast::{BinOp, Expr, ExprKind, Stmt, StmtKind, UnaryOp};
use super::Mode;

/// CPython's parser stack limit.
const MAXSTACK: u32 = 6000;
/// Depth of `expression` for a module-level expression statement
/// (`"-" * 5970 + "1"` is the first unary chain CPython rejects).
const STMT_BASE: u32 = 30;
/// `eval()` input starts 6 rules shallower.
const EVAL_BASE: u32 = 24;
/// Each enclosing block (def, if, for, …) adds this many levels.
const BLOCK_COST: u32 = 7;

/// True when CPython's parser would run out of stack on this module.
pub fn too_deep(body: &[Stmt], mode: Mode) -> bool {
    if mode == Mode::Eval {
        return body.iter().any(|s| match &s.kind {
            StmtKind::Expr(e) => chain_depth(e, EVAL_BASE) >= MAXSTACK,
            _ => false,
        });
    }
    stmts_too_deep(body, STMT_BASE)
}

fn stmts_too_deep(body: &[Stmt], base: u32) -> bool {
    body.iter().any(|s| stmt_too_deep(s, base))
}

fn stmt_too_deep(s: &Stmt, base: u32) -> bool {
    let inner = base + BLOCK_COST;
    let deep = |e: &Expr, extra: u32| chain_depth(e, base + extra) >= MAXSTACK;
    match &s.kind {
        StmtKind::Expr(e) => deep(e, 0),
        StmtKind::Assign { value, .. } => deep(value, 2),
        StmtKind::AugAssign { value, .. } => deep(value, 2),
        StmtKind::AnnAssign { value: Some(v), .. } => deep(v, 2),
        StmtKind::Return(Some(v)) => deep(v, 1),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            deep(test, 0) || stmts_too_deep(body, inner) || stmts_too_deep(orelse, inner)
        }
        StmtKind::For { body, orelse, .. } => stmts_too_deep(body, inner) || stmts_too_deep(orelse, inner),
        StmtKind::With { body, .. } => stmts_too_deep(body, inner),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            stmts_too_deep(body, inner)
                || handlers.iter().any(|h| stmts_too_deep(&h.body, inner))
                || stmts_too_deep(orelse, inner)
                || stmts_too_deep(finalbody, inner)
        }
        StmtKind::FunctionDef(f) => stmts_too_deep(&f.body, inner),
        StmtKind::ClassDef(c) => stmts_too_deep(&c.body, inner),
        _ => false,
    }
}

/// The PEG depth reached at the end of the operator chain starting at `e`
/// (iteratively: the chains are thousands of nodes long).
fn chain_depth(mut e: &Expr, mut depth: u32) -> u32 {
    loop {
        let (next, cost) = match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert | UnaryOp::Not, operand } => (&**operand, 1),
            ExprKind::IfExp { orelse, .. } => (&**orelse, 1),
            ExprKind::Lambda { body, .. } => (&**body, 2),
            ExprKind::BinOp { op: BinOp::Pow, right, .. } => (&**right, 2),
            _ => return depth,
        };
        depth += cost;
        if depth >= MAXSTACK {
            return depth;
        }
        e = next;
    }
}
