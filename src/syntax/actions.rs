//! The Rust side of the grammar's actions: node construction with CPython
//! spans, and the checks CPython's parser makes while building its AST
//! (assignment targets, argument order, parameter order) with its messages.

// Grammar symbols are boxed (Box<Stmt>, Box<Param>, …) so that the parser's
// stack slots, sized by the largest symbol, stay small; the actions receive
// them in vectors as they come.
#![allow(clippy::vec_box)]

use lalrpop_util::ParseError;

use super::ast::*;
use super::fstring;
use super::literal::StrLit;
use super::srcmap::SrcMap;
use super::token::{Num, Tok};
use super::{SyntaxError, SyntaxErrorKind};

pub use super::match_actions::*;

pub type PResult<T> = Result<T, ParseError<usize, Tok, SyntaxError>>;

/// What the parser was started for.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// Parse context handed to every action: source positions and the file name.
pub struct PCtx<'a> {
    pub map: SrcMap<'a>,
    pub filename: &'a str,
}

impl<'a> PCtx<'a> {
    pub fn span(&self, l: usize, r: usize) -> Span {
        self.map.span(l, r)
    }

    pub fn err_span(&self, msg: &str, span: Span) -> ParseError<usize, Tok, SyntaxError> {
        ParseError::User { error: self.map.error_span(msg, self.filename, span) }
    }

    pub fn err_range(&self, msg: &str, l: usize, r: usize) -> ParseError<usize, Tok, SyntaxError> {
        ParseError::User { error: self.map.error(SyntaxErrorKind::SyntaxError, msg, self.filename, l, r) }
    }
}

pub fn expr(c: &PCtx, kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr { kind, span: c.span(l, r) }
}

pub fn stmt(c: &PCtx, kind: StmtKind, l: usize, r: usize) -> Box<Stmt> {
    Box::new(Stmt { kind, span: c.span(l, r) })
}

/// A statement from byte `l` to the end of `end` (a compound statement ends
/// where its last nested statement ends).
pub fn stmt_to(c: &PCtx, kind: StmtKind, l: usize, end: Span) -> Box<Stmt> {
    let (line, col) = c.map.pos(l);
    Box::new(Stmt { kind, span: Span { line, col, end_line: end.end_line, end_col: end.end_col } })
}

/// The span of the last statement of `orelse`, or else of `body`.
pub fn body_end(body: &[Stmt], orelse: &[Stmt]) -> Span {
    orelse.last().or(body.last()).map(|s| s.span).unwrap_or_default()
}

pub fn tuple(c: &PCtx, elts: Vec<Expr>, l: usize, r: usize) -> Expr {
    expr(c, ExprKind::Tuple { elts, ctx: Ctx::Load }, l, r)
}

pub fn binop(c: &PCtx, left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    expr(c, ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, l, r)
}

pub fn boolop(c: &PCtx, op: BoolOpKind, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(c, ExprKind::BoolOp { op, values }, l, r)
}

pub fn number(c: &PCtx, n: Num, l: usize, r: usize) -> Expr {
    let k = match n {
        Num::Int(i) => Constant::Int(i),
        Num::Float(f) => Constant::Float(f),
        Num::Imag(f) => Constant::Complex { real: 0.0, imag: f },
    };
    expr(c, ExprKind::Constant(k), l, r)
}

/// A parenthesised single expression: the parentheses are not part of its span.
pub fn paren(c: &PCtx, e: Expr) -> PResult<Expr> {
    if let ExprKind::Starred { .. } = e.kind {
        return Err(c.err_span("cannot use starred expression here", e.span));
    }
    Ok(e)
}

/// Adjacent string literals: concatenated constants, or a JoinedStr when any is an f-string.
pub fn strings(c: &PCtx, parts: Vec<(usize, Box<StrLit>, usize)>, l: usize, r: usize) -> PResult<Expr> {
    let span = c.span(l, r);
    let has_bytes = parts.iter().any(|p| matches!(*p.1, StrLit::Bytes(_)));
    let all_bytes = parts.iter().all(|p| matches!(*p.1, StrLit::Bytes(_)));
    if has_bytes && !all_bytes {
        return Err(c.err_range("cannot mix bytes and nonbytes literals", r, r));
    }
    if all_bytes {
        let mut out = Vec::new();
        for (_, s, _) in parts {
            if let StrLit::Bytes(b) = *s {
                out.extend(b);
            }
        }
        return Ok(Expr { kind: ExprKind::Constant(Constant::Bytes(out)), span });
    }
    let has_f = parts.iter().any(|p| matches!(*p.1, StrLit::FStr { .. }));
    if !has_f {
        let mut out = String::new();
        for (_, s, _) in parts {
            if let StrLit::Str(v) = *s {
                if out.is_empty() {
                    out = v;
                } else {
                    out.push_str(&v);
                }
            }
        }
        return Ok(Expr { kind: ExprKind::Constant(Constant::Str(out)), span });
    }
    let mut values: Vec<Expr> = Vec::new();
    let mut pending = String::new();
    for (tl, s, tr) in parts {
        match *s {
            StrLit::Str(v) => pending.push_str(&v),
            StrLit::FStr { raw, start, end } => {
                let f = fstring::FTok { raw, span, tok_span: c.span(tl, tr), tok_end: tr };
                fstring::split(c, f, start, end, &mut pending, &mut values, 0)?;
            }
            StrLit::Bytes(_) => {}
        }
    }
    if !pending.is_empty() {
        values.push(Expr { kind: ExprKind::Constant(Constant::Str(pending)), span });
    }
    Ok(Expr { kind: ExprKind::JoinedStr(values), span })
}

/// CPython's name for an expression kind in "cannot assign to …" messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target (CPython's `_PyPegen_get_invalid_target`).
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } => {
            if del {
                Some(e)
            } else {
                invalid_target(value, del)
            }
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().find_map(|x| invalid_target(x, del)),
        _ => Some(e),
    }
}

/// Marks `e` (and its elements) as a Store/Del target, or reports CPython's error.
pub fn set_ctx(c: &PCtx, e: Expr, ctx: Ctx) -> PResult<Expr> {
    if let Some(bad) = invalid_target(&e, ctx == Ctx::Del) {
        let msg = if ctx == Ctx::Del {
            format!("cannot delete {}", expr_name(bad))
        } else if matches!(bad.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            "assignment to yield expression not possible".to_string()
        } else {
            format!("cannot assign to {}", expr_name(bad))
        };
        return Err(c.err_span(&msg, bad.span));
    }
    Ok(apply_ctx(e, ctx))
}

fn apply_ctx(mut e: Expr, new: Ctx) -> Expr {
    match &mut e.kind {
        ExprKind::Name { ctx, .. } | ExprKind::Attribute { ctx, .. } | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            let v = std::mem::replace(value.as_mut(), placeholder());
            **value = apply_ctx(v, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            let old = std::mem::take(elts);
            *elts = old.into_iter().map(|x| apply_ctx(x, new)).collect();
        }
        _ => {}
    }
    e
}

fn placeholder() -> Expr {
    Expr { kind: ExprKind::Constant(Constant::None), span: Span::default() }
}

pub fn del_stmt(c: &PCtx, targets: Vec<Expr>, l: usize, r: usize) -> PResult<Box<Stmt>> {
    let mut v = Vec::with_capacity(targets.len());
    for t in targets {
        v.push(set_ctx(c, t, Ctx::Del)?);
    }
    Ok(stmt(c, StmtKind::Delete(v), l, r))
}

pub fn assign(c: &PCtx, first: Expr, mut rest: Vec<Expr>, l: usize, r: usize) -> PResult<Box<Stmt>> {
    let value = rest.pop().unwrap_or_else(placeholder);
    let single = rest.is_empty();
    let mut targets = Vec::with_capacity(rest.len() + 1);
    for (i, t) in std::iter::once(first).chain(rest).enumerate() {
        // `f() = 1`: CPython suggests '==' when a lone non-display target is invalid.
        if single && i == 0 {
            let display = matches!(
                t.kind,
                ExprKind::Tuple { .. }
                    | ExprKind::List { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
                    | ExprKind::Yield(_)
                    | ExprKind::YieldFrom(_)
                    | ExprKind::Starred { .. }
                    | ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::NamedExpr { .. }
            ) || matches!(t.kind, ExprKind::UnaryOp { op: UnaryOp::Not, .. });
            if !display && invalid_target(&t, false).is_some() {
                let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&t));
                return Err(c.err_span(&msg, t.span));
            }
        }
        targets.push(set_ctx(c, t, Ctx::Store)?);
    }
    Ok(stmt(c, StmtKind::Assign { targets, value }, l, r))
}

pub fn aug_assign(c: &PCtx, target: Expr, op: BinOp, value: Expr, l: usize, r: usize) -> PResult<Box<Stmt>> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&target));
            return Err(c.err_span(&msg, target.span));
        }
    }
    let target = apply_ctx(target, Ctx::Store);
    Ok(stmt(c, StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_assign(c: &PCtx, target: Expr, annotation: Expr, value: Option<Expr>, l: usize, r: usize) -> PResult<Box<Stmt>> {
    let parenthesised = c.map.pos(l) != (target.span.line, target.span.col);
    let simple = matches!(target.kind, ExprKind::Name { .. }) && !parenthesised;
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple { ref elts, .. } => {
            // A bare `a, b: int` is reported at its first element only.
            let span = match elts.first() {
                Some(first) if (first.span.line, first.span.col) == (target.span.line, target.span.col) => first.span,
                _ => target.span,
            };
            return Err(c.err_span("only single target (not tuple) can be annotated", span));
        }
        ExprKind::List { .. } => return Err(c.err_span("only single target (not list) can be annotated", target.span)),
        _ => return Err(c.err_span("illegal target for annotation", target.span)),
    }
    let target = apply_ctx(target, Ctx::Store);
    Ok(stmt(c, StmtKind::AnnAssign { target, annotation, value, simple }, l, r))
}

pub fn if_stmt(
    c: &PCtx,
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<Box<(usize, Expr, Vec<Stmt>)>>,
    else_: Option<Vec<Stmt>>,
) -> Box<Stmt> {
    let mut orelse = else_.unwrap_or_default();
    for elif in elifs.into_iter().rev() {
        let (el, t, b) = *elif;
        let end = body_end(&b, &orelse);
        orelse = vec![*stmt_to(c, StmtKind::If { test: t, body: b, orelse }, el, end)];
    }
    let end = body_end(&body, &orelse);
    stmt_to(c, StmtKind::If { test, body, orelse }, l, end)
}

pub fn try_stmt(
    c: &PCtx,
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<Box<ExceptHandler>>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Box<Stmt> {
    let handlers: Vec<ExceptHandler> = handlers.into_iter().map(|h| *h).collect();
    let end = finalbody
        .last()
        .or(orelse.last())
        .map(|s| s.span)
        .or(handlers.last().map(|h| h.span))
        .or(body.last().map(|s| s.span))
        .unwrap_or_default();
    stmt_to(c, StmtKind::Try { body, handlers, orelse, finalbody }, l, end)
}

pub fn handler(c: &PCtx, l: usize, typ: Option<Expr>, name: Option<String>, body: Vec<Stmt>) -> Box<ExceptHandler> {
    let (line, col) = c.map.pos(l);
    let end = body_end(&body, &[]);
    Box::new(ExceptHandler { typ, name, body, span: Span { line, col, end_line: end.end_line, end_col: end.end_col } })
}

pub fn with_stmt(c: &PCtx, l: usize, items: Vec<Box<(Expr, Option<Expr>)>>, body: Vec<Stmt>) -> PResult<Box<Stmt>> {
    let mut v = Vec::with_capacity(items.len());
    for item in items {
        let (e, t) = *item;
        let optional_vars = match t {
            Some(t) => Some(set_ctx(c, t, Ctx::Store)?),
            None => None,
        };
        v.push(WithItem { context_expr: e, optional_vars });
    }
    let end = body_end(&body, &[]);
    Ok(stmt_to(c, StmtKind::With { items: v, body }, l, end))
}

/// One parameter as written, before ordering checks.
pub enum Param {
    Normal(Arg, Option<Expr>),
    BareStar(usize, usize),
    /// `*name`: the offset of the star, and the parameter.
    Star(usize, Arg),
    DoubleStar(Arg),
    Slash(usize, usize),
}

pub fn arg(c: &PCtx, name: String, annotation: Option<Expr>, l: usize, r: usize) -> Arg {
    Arg { name, annotation, span: c.span(l, r) }
}

/// Builds `ast.arguments` from the parameter list, with CPython's ordering errors.
pub fn arguments(c: &PCtx, params: Vec<Box<Param>>) -> PResult<Arguments> {
    let mut a = Arguments::default();
    let mut seen_star: Option<(usize, usize)> = None;
    let mut bare_star = false;
    let mut seen_slash = false;
    let mut seen_default = false;
    for p in params {
        if a.kwarg.is_some() {
            let span = match p.as_ref() {
                Param::Normal(x, _) | Param::Star(_, x) | Param::DoubleStar(x) => x.span,
                Param::BareStar(l, r) | Param::Slash(l, r) => c.span(*l, *r),
            };
            return Err(c.err_span("arguments cannot follow var-keyword argument", span));
        }
        match *p {
            Param::Normal(x, d) => {
                if seen_star.is_some() {
                    a.kwonlyargs.push(x);
                    a.kw_defaults.push(d);
                } else {
                    match d {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(c.err_span("non-default argument follows default argument", x.span));
                        }
                        None => {}
                    }
                    a.args.push(x);
                }
            }
            Param::Slash(l, r) => {
                if seen_slash {
                    return Err(c.err_range("/ may appear only once", l, r));
                }
                if seen_star.is_some() {
                    return Err(c.err_range("/ must be ahead of *", l, r));
                }
                if a.args.is_empty() {
                    return Err(c.err_range("at least one argument must precede /", l, r));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            Param::BareStar(l, r) => {
                if seen_star.is_some() {
                    return Err(c.err_range("* argument may appear only once", l, r));
                }
                seen_star = Some((l, r));
                bare_star = true;
            }
            Param::Star(star, x) => {
                if seen_star.is_some() {
                    return Err(c.err_range("* argument may appear only once", star, star + 1));
                }
                seen_star = Some((0, 0));
                a.vararg = Some(x);
            }
            Param::DoubleStar(x) => a.kwarg = Some(x),
        }
    }
    if bare_star && a.kwonlyargs.is_empty() {
        if let Some((l, r)) = seen_star {
            return Err(c.err_range("named arguments must follow bare *", l, r));
        }
    }
    Ok(a)
}

pub fn func_def(
    c: &PCtx,
    decorators: Vec<Expr>,
    l: usize,
    name: String,
    params: Vec<Box<Param>>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> PResult<Box<Stmt>> {
    let args = arguments(c, params)?;
    let end = body_end(&body, &[]);
    Ok(stmt_to(c, StmtKind::FunctionDef(Box::new(FunctionDef { name, args, body, decorators, returns, is_async: false })), l, end))
}

/// `async` before a `def`, `for` or `with` (at byte `l`): the async form of
/// the statement, whose span starts at the `async` keyword.
pub fn make_async(c: &PCtx, l: usize, mut s: Box<Stmt>) -> Box<Stmt> {
    let kind = std::mem::replace(&mut s.kind, StmtKind::Pass);
    s.kind = match kind {
        StmtKind::FunctionDef(mut f) => {
            f.is_async = true;
            StmtKind::FunctionDef(f)
        }
        StmtKind::For { target, iter, body, orelse } => StmtKind::AsyncFor { target, iter, body, orelse },
        StmtKind::With { items, body } => StmtKind::AsyncWith { items, body },
        other => other,
    };
    let (line, col) = c.map.pos(l);
    s.span.line = line;
    s.span.col = col;
    s
}

pub fn lambda(c: &PCtx, params: Vec<Box<Param>>, body: Expr, l: usize, r: usize) -> PResult<Expr> {
    let args = arguments(c, params)?;
    Ok(expr(c, ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, l, r))
}

pub fn class_def(
    c: &PCtx,
    decorators: Vec<Expr>,
    l: usize,
    name: String,
    args: Option<(Vec<Expr>, Vec<Keyword>)>,
    body: Vec<Stmt>,
) -> Box<Stmt> {
    let (bases, keywords) = args.unwrap_or_default();
    let end = body_end(&body, &[]);
    stmt_to(c, StmtKind::ClassDef(Box::new(ClassDef { name, bases, keywords, body, decorators })), l, end)
}

/// One call argument as written.
pub enum ArgItem {
    Pos(Expr),
    Kw(Box<Keyword>),
}

/// Splits call arguments into positional and keyword ones, checking their
/// order. `rpar` is the offset of the closing parenthesis, where CPython
/// reports ordering errors.
pub fn call_args(c: &PCtx, items: Vec<ArgItem>, rpar: usize) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let mut args = Vec::new();
    let mut kws: Vec<Keyword> = Vec::new();
    let mut seen_unpack = false;
    for it in items {
        match it {
            ArgItem::Pos(e) => {
                let starred = matches!(e.kind, ExprKind::Starred { .. });
                if starred && seen_unpack {
                    let (l, _) = (e.span.line, e.span.col);
                    let start = c.map.line_start(l) + e.span.col as usize;
                    return Err(c.err_range("iterable argument unpacking follows keyword argument unpacking", start, start + 1));
                }
                if !starred && !kws.is_empty() {
                    let msg = if seen_unpack {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    return Err(c.err_range(msg, rpar, rpar + 1));
                }
                args.push(e);
            }
            ArgItem::Kw(k) => {
                if k.arg.is_none() {
                    seen_unpack = true;
                }
                kws.push(*k);
            }
        }
    }
    Ok((args, kws))
}

pub fn bad_keyword(c: &PCtx, k: &str, l: usize, _r: usize) -> PResult<ArgItem> {
    Err(c.err_range(&format!("cannot assign to {k}"), l, l + k.len() + 1))
}
