//! Grammar actions for the match statement (PEP 634): pattern nodes with
//! CPython's spans, and the checks CPython's parser makes while building
//! them (capture targets, class-pattern argument order, complex literals);
//! and for `try` with `except*` clauses (PEP 654), which must not be mixed
//! with plain `except` clauses. Re-exported through `actions.rs`, which the
//! grammar calls `a`.

// Grammar symbols travel boxed (see `actions.rs`); the actions take them as they come.
#![allow(clippy::vec_box, clippy::boxed_local)]

use super::actions::{body_end, expr, stmt_to, PCtx, PResult};
use super::ast::*;
use super::literal::StrLit;
use super::token::Num;

pub fn pattern(c: &PCtx, kind: PatternKind, l: usize, r: usize) -> Box<Pattern> {
    Box::new(Pattern { kind, span: c.span(l, r) })
}

pub fn match_stmt(c: &PCtx, l: usize, subject: Expr, cases: Vec<Box<MatchCase>>) -> Box<Stmt> {
    let cases: Vec<MatchCase> = cases.into_iter().map(|m| *m).collect();
    let end = cases.last().map(|m| body_end(&m.body, &[])).unwrap_or_default();
    stmt_to(c, StmtKind::Match { subject, cases }, l, end)
}

/// A bare name: the wildcard `_`, or a capture.
pub fn capture_pattern(c: &PCtx, name: String, l: usize, r: usize) -> Box<Pattern> {
    let name = if name == "_" { None } else { Some(name) };
    pattern(c, PatternKind::MatchAs { pattern: None, name }, l, r)
}

/// `pattern as name`.
pub fn as_pattern(c: &PCtx, p: Box<Pattern>, name: String, l: usize, nl: usize, r: usize) -> PResult<Box<Pattern>> {
    if name == "_" {
        return Err(c.err_range("cannot use '_' as a target", nl, r));
    }
    Ok(pattern(c, PatternKind::MatchAs { pattern: Some(p), name: Some(name) }, l, r))
}

pub fn or_pattern(c: &PCtx, first: Box<Pattern>, rest: Vec<Box<Pattern>>, l: usize, r: usize) -> Box<Pattern> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(*first);
    v.extend(rest.into_iter().map(|p| *p));
    pattern(c, PatternKind::MatchOr(v), l, r)
}

/// An open (`a, b`) or parenthesised (`(a, b)`) sequence pattern.
pub fn seq_pattern(c: &PCtx, first: Box<Pattern>, rest: Vec<Box<Pattern>>, l: usize, r: usize) -> Box<Pattern> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(*first);
    v.extend(rest.into_iter().map(|p| *p));
    pattern(c, PatternKind::MatchSequence(v), l, r)
}

/// `*name` / `*_` in a sequence pattern.
pub fn star_pattern(c: &PCtx, name: String, l: usize, _nl: usize, r: usize) -> PResult<Box<Pattern>> {
    let name = if name == "_" { None } else { Some(name) };
    Ok(pattern(c, PatternKind::MatchStar(name), l, r))
}

/// The target of `**rest` in a mapping pattern: `_` is not allowed there.
pub fn double_star_target(c: &PCtx, name: String, nl: usize, r: usize) -> PResult<String> {
    if name == "_" {
        return Err(c.err_range("invalid syntax", nl, r));
    }
    Ok(name)
}

pub fn mapping_pattern(c: &PCtx, items: Vec<Box<(Expr, Pattern)>>, rest: Option<String>, l: usize, r: usize) -> Box<Pattern> {
    let (keys, patterns) = items.into_iter().map(|kv| *kv).unzip();
    pattern(c, PatternKind::MatchMapping { keys, patterns, rest }, l, r)
}

/// `None` / `True` / `False` as a mapping-pattern key.
pub fn keyword_const(c: &PCtx, k: &str, l: usize, r: usize) -> Expr {
    let k = match k {
        "None" => Constant::None,
        "True" => Constant::True,
        _ => Constant::False,
    };
    expr(c, ExprKind::Constant(k), l, r)
}

/// One argument of a class pattern as written.
pub enum ClassArg {
    Pos(Box<Pattern>),
    Kw(String, Box<Pattern>),
}

/// `Cls(p1, p2, name=p3)`: positional sub-patterns may not follow keyword ones.
pub fn class_pattern(c: &PCtx, cls: Expr, args: Vec<ClassArg>, l: usize, r: usize) -> PResult<Box<Pattern>> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    let mut it = args.into_iter().peekable();
    while let Some(a) = it.next() {
        match a {
            ClassArg::Pos(p) if !kwd_attrs.is_empty() => {
                // CPython underlines the run of positional patterns after the keyword.
                let mut last = p.span;
                while let Some(ClassArg::Pos(q)) = it.peek() {
                    last = q.span;
                    it.next();
                }
                return Err(c.err_span("positional patterns follow keyword patterns", p.span.to(last)));
            }
            ClassArg::Pos(p) => patterns.push(*p),
            ClassArg::Kw(n, p) => {
                kwd_attrs.push(n);
                kwd_patterns.push(*p);
            }
        }
    }
    Ok(pattern(c, PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns }, l, r))
}

/// Strings in a pattern. CPython's parser has read one token past them
/// when it rejects a bytes/str mix there, and reports it at that token.
pub fn pattern_strings(c: &PCtx, parts: Vec<(usize, Box<StrLit>, usize)>, l: usize, r: usize) -> PResult<Expr> {
    let has_bytes = parts.iter().any(|p| matches!(*p.1, StrLit::Bytes(_)));
    let all_bytes = parts.iter().all(|p| matches!(*p.1, StrLit::Bytes(_)));
    if has_bytes && !all_bytes {
        let rest = &c.map.src[r..];
        let next = r + (rest.len() - rest.trim_start_matches([' ', '\t', '\\', '\n']).len());
        let end = (next + 1).min(c.map.src.len());
        return Err(c.err_range("cannot mix bytes and nonbytes literals", next, end));
    }
    super::actions::strings(c, parts, l, r)
}

/// `real ± imag` in a pattern: the left part must be real, the right part imaginary.
pub fn complex_pattern(c: &PCtx, re: Expr, op: BinOp, im: Num, il: usize, l: usize, r: usize) -> PResult<Expr> {
    let real_ok = match &re.kind {
        ExprKind::Constant(k) => !matches!(k, Constant::Complex { .. }),
        ExprKind::UnaryOp { operand, .. } => !matches!(operand.kind, ExprKind::Constant(Constant::Complex { .. })),
        _ => true,
    };
    if !real_ok {
        return Err(c.err_span("real number required in complex literal", re.span));
    }
    if !matches!(im, Num::Imag(_)) {
        return Err(c.err_range("imaginary number required in complex literal", il, r));
    }
    let right = super::actions::number(c, im, il, r);
    Ok(super::actions::binop(c, re, op, right, l, r))
}

/// One except clause as written: the handler, whether it is `except*`,
/// and the end of its `except` / `except*` keyword (where a mix is reported).
pub struct Clause {
    pub handler: ExceptHandler,
    pub star: bool,
    pub keyword_end: usize,
}

pub fn clause(handler: Box<ExceptHandler>, star: Option<()>, keyword_end: usize) -> Box<Clause> {
    Box::new(Clause { handler: *handler, star: star.is_some(), keyword_end })
}

/// `except*:` with no type.
pub fn star_without_type(c: &PCtx, l: usize, r: usize) -> PResult<Box<Clause>> {
    Err(c.err_range("expected one or more exception types", l, r))
}

/// A `try` statement with except clauses: all plain (Try) or all starred (TryStar).
pub fn try_clauses(
    c: &PCtx,
    l: usize,
    body: Vec<Stmt>,
    clauses: Vec<Box<Clause>>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> PResult<Box<Stmt>> {
    let star = clauses.first().is_some_and(|k| k.star);
    if let Some(odd) = clauses.iter().find(|k| k.star != star) {
        let (line, col) = (odd.handler.span.line, odd.handler.span.col);
        let start = c.map.line_start(line) + col as usize;
        return Err(c.err_range("cannot have both 'except' and 'except*' on the same 'try'", start, odd.keyword_end));
    }
    let handlers: Vec<Box<ExceptHandler>> = clauses.into_iter().map(|k| Box::new(k.handler)).collect();
    let s = super::actions::try_stmt(c, l, body, handlers, orelse, finalbody);
    if !star {
        return Ok(s);
    }
    let span = s.span;
    match s.kind {
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            Ok(Box::new(Stmt { kind: StmtKind::TryStar { body, handlers, orelse, finalbody }, span }))
        }
        kind => Ok(Box::new(Stmt { kind, span })),
    }
}
