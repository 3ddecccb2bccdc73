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
        StmtKind::Expr(e) => stmt_value_depth(s, e, base) >= MAXSTACK,
        StmtKind::Assign { value, .. } => stmt_value_depth(s, value, base + 2) >= MAXSTACK,
        StmtKind::AugAssign { value, .. } => deep(value, 2),
        StmtKind::AnnAssign { value: Some(v), .. } => deep(v, 2),
        StmtKind::Return(Some(v)) => deep(v, 1),
        StmtKind::If { .. } => if_chain_too_deep(s, base),
        StmtKind::While { test, body, orelse } => deep(test, 0) || stmts_too_deep(body, inner) || stmts_too_deep(orelse, inner),
        StmtKind::For { body, orelse, .. } => stmts_too_deep(body, inner) || stmts_too_deep(orelse, inner),
        StmtKind::With { body, .. } => stmts_too_deep(body, inner),
        StmtKind::Match { cases, .. } => cases.iter().any(|m| stmts_too_deep(&m.body, inner)),
        StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
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

/// An `if` statement with its `elif` chain, walked iteratively: each
/// `elif` nests one rule deeper than the one before (not a whole block),
/// and an `if` test sits one level above an expression statement's value.
fn if_chain_too_deep(mut s: &Stmt, base: u32) -> bool {
    let inner = base + BLOCK_COST;
    let mut test_depth = base.saturating_sub(1);
    loop {
        let StmtKind::If { test, body, orelse } = &s.kind else { return stmt_too_deep(s, base) };
        if chain_depth(test, test_depth) >= MAXSTACK || stmts_too_deep(body, inner) {
            return true;
        }
        // An `elif` is the else-branch's only statement, starting in the
        // `if`'s column (an `else:` block's `if` is indented further).
        match orelse.as_slice() {
            [next] if matches!(next.kind, StmtKind::If { .. }) && next.span.col == s.span.col && next.span.line > s.span.line => {
                s = next;
                test_depth += 1;
            }
            _ => return stmts_too_deep(orelse, inner),
        }
    }
}

/// An expression statement's chain, whose value may be a parenthesized
/// group: the first group costs `FIRST_GROUP` levels in all (a lambda's
/// own two included), as measured against CPython.
fn stmt_value_depth(s: &Stmt, e: &Expr, base: u32) -> u32 {
    match &e.kind {
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } if !elts.is_empty() => {
            chain_depth(elts.last().expect("non-empty"), base + FIRST_GROUP)
        }
        // The lambda's own step into its body is counted by `chain_depth`.
        ExprKind::Lambda { .. } if ends_before(e, s.span) => chain_depth(e, base + FIRST_GROUP - 2),
        _ => chain_depth(e, base),
    }
}

/// A parenthesized group (the first one of a statement costs less).
const FIRST_GROUP: u32 = 11;
const GROUP: u32 = 30;

/// True when `e` ends before `outer` does: a closing parenthesis follows it.
fn ends_before(e: &Expr, outer: super::ast::Span) -> bool {
    (e.span.end_line, e.span.end_col) < (outer.end_line, outer.end_col)
}

/// The PEG depth reached at the end of the operator chain starting at `e`
/// (iteratively: the chains are thousands of nodes long).
fn chain_depth(mut e: &Expr, mut depth: u32) -> u32 {
    loop {
        let (next, cost) = match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::USub | UnaryOp::UAdd | UnaryOp::Invert | UnaryOp::Not, operand } => (&**operand, 1),
            ExprKind::IfExp { orelse, .. } => (&**orelse, 1),
            // `lambda: (…)`: the body's group costs a whole expression's rules.
            ExprKind::Lambda { body, .. } if ends_before(body, e.span) => (&**body, GROUP),
            ExprKind::Lambda { body, .. } => (&**body, 2),
            // A tuple inside a chain is parenthesized: `(1, (1, …))`.
            // So is a list display: `[1, [1, …]]`.
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } if !elts.is_empty() => (elts.last().expect("non-empty"), GROUP),
            ExprKind::BinOp { op: BinOp::Pow, right, .. } => (&**right, 2),
            // A comparison's right operands sit nine rules below its
            // left one (compare_op_bitwise_or_pair → … → bitwise_or).
            ExprKind::Compare { .. } => return depth + 9,
            _ => return depth,
        };
        depth += cost;
        if depth >= MAXSTACK {
            return depth;
        }
        e = next;
    }
}
