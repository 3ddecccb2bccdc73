//! Constant folding, exactly where CPython 3.11's AST optimiser
//! (`Python/ast_opt.c`) does it: unary and binary operators on constants
//! (with its size limits, and never when the operation would raise),
//! `not` over a single `is`/`in` comparison, tuples of constants, subscripts
//! of constants, `in [..]`/`for x in [..]` lists turned into tuples, and
//! `__debug__`. These decide `is` results (`"hel" + "lo" is "hello"`).
//! Constant sets after `in` become frozensets in codegen (the AST has no
//! frozenset constant).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::syntax::ast::{self, BinOp, CmpOp, Comprehension, Constant, Pattern, PatternKind, Expr, ExprKind, Stmt, StmtKind, UnaryOp};

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// CPython's `ast_opt` limit: the recursion limit (1000) times its
/// `COMPILER_STACK_FRAME_SCALE` (3), counting every statement and expression
/// on the way down. Deeper trees raise RecursionError.
const RECURSION_LIMIT: u32 = 3000;

pub const RECURSION_MSG: &str = "maximum recursion depth exceeded during compilation";

thread_local! {
    /// Nesting depth of the node being folded, and whether the limit was hit
    /// (the tree below it is then left unvisited, so that the walk stays
    /// shallow on the native stack).
    static DEPTH: std::cell::Cell<(u32, bool)> = const { std::cell::Cell::new((0, false)) };
}

thread_local! {
    /// The depth the count starts from (see [`with_recursion_base`]).
    static BASE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Runs `f` (a compilation) with the nesting count starting at `base`: as
/// CPython starts it from the running Python frames' depth (times its
/// scale), so `eval()`/`exec()`/`compile()` called from Python code allow
/// a little less nesting than a script file.
pub fn with_recursion_base<T>(base: u32, f: impl FnOnce() -> T) -> T {
    let old = BASE.with(|b| b.replace(base.min(RECURSION_LIMIT)));
    let r = f();
    BASE.with(|b| b.set(old));
    r
}

/// Counts one level down; false once the limit is passed.
fn enter() -> bool {
    DEPTH.with(|d| {
        let (n, hit) = d.get();
        if hit || n >= RECURSION_LIMIT {
            d.set((n, true));
            false
        } else {
            d.set((n + 1, hit));
            true
        }
    })
}

fn leave() {
    DEPTH.with(|d| {
        let (n, hit) = d.get();
        d.set((n.saturating_sub(1), hit));
    });
}

/// Returns a folded copy of the module, or `Err` (RecursionError's message)
/// when it nests deeper than CPython's compiler allows.
pub fn fold_module(m: &ast::Module) -> Result<ast::Module, &'static str> {
    let mut m = m.clone();
    let base = BASE.with(|b| b.get());
    DEPTH.with(|d| d.set((base, false)));
    for s in &mut m.body {
        fold_stmt(s);
    }
    let hit = DEPTH.with(|d| d.replace((0, false)).1);
    if hit {
        return Err(RECURSION_MSG);
    }
    Ok(m)
}

fn fold_body(b: &mut [Stmt]) {
    for s in b {
        fold_stmt(s);
    }
}

fn fold_args(a: &mut ast::Arguments) {
    for arg in a.posonlyargs.iter_mut().chain(a.args.iter_mut()).chain(a.vararg.iter_mut()).chain(a.kwonlyargs.iter_mut()).chain(a.kwarg.iter_mut()) {
        if let Some(an) = &mut arg.annotation {
            fold_expr(an);
        }
    }
    for d in a.defaults.iter_mut() {
        fold_expr(d);
    }
    for d in a.kw_defaults.iter_mut().flatten() {
        fold_expr(d);
    }
}

fn fold_stmt(s: &mut Stmt) {
    if enter() {
        fold_stmt_inner(s);
        leave();
    }
}

fn fold_stmt_inner(s: &mut Stmt) {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => {
            fold_args(&mut f.args);
            fold_body(&mut f.body);
            f.decorators.iter_mut().for_each(fold_expr);
            if let Some(r) = &mut f.returns {
                fold_expr(r);
            }
        }
        StmtKind::ClassDef(c) => {
            c.bases.iter_mut().for_each(fold_expr);
            c.keywords.iter_mut().for_each(|k| fold_expr(&mut k.value));
            fold_body(&mut c.body);
            c.decorators.iter_mut().for_each(fold_expr);
        }
        StmtKind::Return(v) => {
            if let Some(v) = v {
                fold_expr(v);
            }
        }
        StmtKind::Delete(ts) => ts.iter_mut().for_each(fold_expr),
        StmtKind::Assign { targets, value } => {
            targets.iter_mut().for_each(fold_expr);
            fold_expr(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            fold_expr(target);
            fold_expr(value);
        }
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            fold_expr(target);
            fold_expr(annotation);
            if let Some(v) = value {
                fold_expr(v);
            }
        }
        StmtKind::AsyncFor { target, iter, body, orelse } => {
            // CPython's optimizer turns the iterable into a constant only for plain `for`.
            fold_expr(target);
            fold_expr(iter);
            fold_body(body);
            fold_body(orelse);
        }
        StmtKind::For { target, iter, body, orelse } => {
            fold_expr(target);
            fold_expr(iter);
            fold_iter(iter);
            fold_body(body);
            fold_body(orelse);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            fold_expr(test);
            fold_body(body);
            fold_body(orelse);
        }
        StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
            for it in items {
                fold_expr(&mut it.context_expr);
                if let Some(v) = &mut it.optional_vars {
                    fold_expr(v);
                }
            }
            fold_body(body);
        }
        StmtKind::Raise { exc, cause } => {
            for e in [exc, cause].into_iter().flatten() {
                fold_expr(e);
            }
        }
        StmtKind::Match { subject, cases } => {
            fold_expr(subject);
            for m in cases {
                fold_pattern(&mut m.pattern);
                if let Some(g) = &mut m.guard {
                    fold_expr(g);
                }
                fold_body(&mut m.body);
            }
        }
        StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
            fold_body(body);
            for h in handlers {
                if let Some(t) = &mut h.typ {
                    fold_expr(t);
                }
                fold_body(&mut h.body);
            }
            fold_body(orelse);
            fold_body(finalbody);
        }
        StmtKind::Assert { test, msg } => {
            fold_expr(test);
            if let Some(m) = msg {
                fold_expr(m);
            }
        }
        StmtKind::Expr(e) => fold_expr(e),
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

/// Patterns: value expressions and mapping keys (`-1`, `1+2j` become constants).
fn fold_pattern(p: &mut Pattern) {
    if !enter() {
        return;
    }
    match &mut p.kind {
        PatternKind::MatchValue(e) => fold_expr(e),
        PatternKind::MatchSingleton(_) | PatternKind::MatchStar(_) => {}
        PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => ps.iter_mut().for_each(fold_pattern),
        PatternKind::MatchMapping { keys, patterns, .. } => {
            keys.iter_mut().for_each(fold_expr);
            patterns.iter_mut().for_each(fold_pattern);
        }
        PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
            fold_expr(cls);
            patterns.iter_mut().for_each(fold_pattern);
            kwd_patterns.iter_mut().for_each(fold_pattern);
        }
        PatternKind::MatchAs { pattern, .. } => {
            if let Some(p) = pattern {
                fold_pattern(p);
            }
        }
    }
    leave();
}

fn fold_comps(gens: &mut [Comprehension]) {
    for g in gens {
        fold_expr(&mut g.target);
        fold_expr(&mut g.iter);
        fold_iter(&mut g.iter);
        g.ifs.iter_mut().for_each(fold_expr);
    }
}

/// `[a, b]` as an iterable becomes a tuple (constant when possible).
fn fold_iter(e: &mut Expr) {
    if let ExprKind::List { elts, ctx } = &mut e.kind {
        if elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
            return;
        }
        let elts = std::mem::take(elts);
        let ctx = *ctx;
        e.kind = ExprKind::Tuple { elts, ctx };
        fold_tuple(e);
    }
}

fn fold_tuple(e: &mut Expr) {
    if let ExprKind::Tuple { elts, ctx: ast::Ctx::Load } = &e.kind {
        if elts.iter().all(|x| matches!(x.kind, ExprKind::Constant(_))) {
            let items = elts
                .iter()
                .map(|x| match &x.kind {
                    ExprKind::Constant(c) => c.clone(),
                    _ => Constant::None,
                })
                .collect();
            e.kind = ExprKind::Constant(Constant::Tuple(items));
        }
    }
}

pub fn fold_expr(e: &mut Expr) {
    if enter() {
        fold_expr_inner(e);
        leave();
    }
}

fn fold_expr_inner(e: &mut Expr) {
    match &mut e.kind {
        ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(fold_expr),
        ExprKind::NamedExpr { target, value } => {
            fold_expr(target);
            fold_expr(value);
        }
        ExprKind::BinOp { left, right, op } => {
            fold_expr(left);
            fold_expr(right);
            if let (BinOp::Mod, ExprKind::Constant(Constant::Str(fmt)), ExprKind::Tuple { elts, .. }) = (*op, &left.kind, &right.kind) {
                if !elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) {
                    if let Some(parts) = optimize_format(fmt, elts) {
                        e.kind = ExprKind::JoinedStr(parts);
                    }
                }
                return;
            }
            if let (ExprKind::Constant(a), ExprKind::Constant(b)) = (&left.kind, &right.kind) {
                if let Some(r) = binop(*op, a, b) {
                    e.kind = ExprKind::Constant(r);
                }
            }
        }
        ExprKind::UnaryOp { op, operand } => {
            fold_expr(operand);
            if let ExprKind::Constant(c) = &operand.kind {
                if let Some(r) = unaryop(*op, c) {
                    e.kind = ExprKind::Constant(r);
                }
            } else if *op == UnaryOp::Not {
                if let ExprKind::Compare { ops, .. } = &mut operand.kind {
                    if ops.len() == 1 {
                        let inv = match ops[0] {
                            CmpOp::Is => Some(CmpOp::IsNot),
                            CmpOp::IsNot => Some(CmpOp::Is),
                            CmpOp::In => Some(CmpOp::NotIn),
                            CmpOp::NotIn => Some(CmpOp::In),
                            _ => None,
                        };
                        if let Some(inv) = inv {
                            ops[0] = inv;
                            // The comparison node (with its own span) replaces the `not`.
                            let inner = std::mem::replace(&mut **operand, Expr { kind: ExprKind::Constant(Constant::None), span: e.span });
                            *e = inner;
                        }
                    }
                }
            }
        }
        ExprKind::Lambda { args, body } => {
            fold_args(args);
            fold_expr(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            fold_expr(test);
            fold_expr(body);
            fold_expr(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter_mut().flatten().for_each(fold_expr);
            values.iter_mut().for_each(fold_expr);
        }
        ExprKind::Set(elts) => elts.iter_mut().for_each(fold_expr),
        ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
            fold_expr(elt);
            fold_comps(generators);
        }
        ExprKind::DictComp { key, value, generators } => {
            fold_expr(key);
            fold_expr(value);
            fold_comps(generators);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                fold_expr(v);
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Await(v) => fold_expr(v),
        ExprKind::Compare { left, ops, comparators } => {
            fold_expr(left);
            comparators.iter_mut().for_each(fold_expr);
            if matches!(ops.last(), Some(CmpOp::In | CmpOp::NotIn)) {
                if let Some(last) = comparators.last_mut() {
                    fold_iter(last);
                }
            }
        }
        ExprKind::Call { func, args, keywords } => {
            fold_expr(func);
            args.iter_mut().for_each(fold_expr);
            keywords.iter_mut().for_each(|k| fold_expr(&mut k.value));
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            fold_expr(value);
            if let Some(s) = format_spec {
                fold_expr(s);
            }
        }
        ExprKind::JoinedStr(vs) => vs.iter_mut().for_each(fold_expr),
        ExprKind::Constant(_) => {}
        ExprKind::Attribute { value, .. } => fold_expr(value),
        ExprKind::Subscript { value, slice, ctx } => {
            fold_expr(value);
            fold_expr(slice);
            if *ctx == ast::Ctx::Load {
                if let (ExprKind::Constant(v), ExprKind::Constant(i)) = (&value.kind, &slice.kind) {
                    if let Some(r) = subscr(v, i) {
                        e.kind = ExprKind::Constant(r);
                    }
                }
            }
        }
        ExprKind::Starred { value, .. } => fold_expr(value),
        ExprKind::Name { id, ctx } => {
            if *ctx == ast::Ctx::Load && id == "__debug__" {
                e.kind = ExprKind::Constant(Constant::True);
            }
        }
        ExprKind::List { elts, .. } => elts.iter_mut().for_each(fold_expr),
        ExprKind::Tuple { elts, .. } => {
            elts.iter_mut().for_each(fold_expr);
            fold_tuple(e);
        }
        ExprKind::Slice { lower, upper, step } => {
            for p in [lower, upper, step].into_iter().flatten() {
                fold_expr(p);
            }
        }
    }
}

/// `"%s: %r" % (a, b)` becomes an f-string (3.11's `optimize_format`);
/// None when the format uses anything but `%s`/`%r`/`%a` with width/precision.
fn optimize_format(fmt: &str, elts: &[Expr]) -> Option<Vec<Expr>> {
    let chars: Vec<char> = fmt.chars().collect();
    let nospan = ast::Span::default();
    let mut pos = 0;
    let mut cnt = 0;
    let mut seq = Vec::new();
    loop {
        // Literal text up to the next lone '%'.
        let start = pos;
        let mut lit = String::new();
        while pos < chars.len() {
            if chars[pos] != '%' {
                lit.push(chars[pos]);
                pos += 1;
            } else if pos + 1 < chars.len() && chars[pos + 1] == '%' {
                lit.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if pos > start {
            seq.push(Expr { kind: ExprKind::Constant(Constant::Str(lit)), span: nospan });
        }
        if pos >= chars.len() {
            break;
        }
        if cnt >= elts.len() {
            return None;
        }
        pos += 1;
        // simple_format_arg_parse
        let mut next = || -> Option<char> {
            let c = chars.get(pos).copied();
            pos += 1;
            c
        };
        let mut ch = next()?;
        let mut ljust = false;
        while matches!(ch, '-' | '+' | ' ' | '#' | '0') {
            ljust |= ch == '-';
            ch = next()?;
        }
        let mut width: i32 = -1;
        let mut prec: i32 = -1;
        if ch.is_ascii_digit() {
            width = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                width = width * 10 + ch as i32 - '0' as i32;
                ch = next()?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        if ch == '.' {
            ch = next()?;
            prec = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                prec = prec * 10 + ch as i32 - '0' as i32;
                ch = next()?;
                digits += 1;
                if digits >= 3 {
                    return None;
                }
            }
        }
        if !matches!(ch, 's' | 'r' | 'a') {
            return None;
        }
        let mut spec = String::new();
        if !ljust && width > 0 {
            spec.push('>');
        }
        if width >= 0 {
            spec.push_str(&width.to_string());
        }
        if prec >= 0 {
            spec.push_str(&format!(".{prec}"));
        }
        let format_spec = (!spec.is_empty()).then(|| {
            Box::new(Expr { kind: ExprKind::JoinedStr(vec![Expr { kind: ExprKind::Constant(Constant::Str(spec)), span: nospan }]), span: nospan })
        });
        let arg = elts[cnt].clone();
        let span = arg.span;
        seq.push(Expr { kind: ExprKind::FormattedValue { value: Box::new(arg), conversion: ch as i32, format_spec }, span });
        cnt += 1;
    }
    (cnt == elts.len()).then_some(seq)
}

// ---- constant arithmetic (Python semantics; None = would raise / not folded) ----

fn truthy(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None | Constant::False => false,
        Constant::True | Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
    })
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::True => Some(BigInt::one()),
        Constant::False => Some(BigInt::zero()),
        _ => None,
    }
}

fn int_to_f64(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    f.is_finite().then_some(f)
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => int_to_f64(&as_int(c)?),
    }
}

fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => Some((as_float(c)?, 0.0)),
    }
}

fn unaryop(op: UnaryOp, c: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(if truthy(c)? { Constant::False } else { Constant::True }),
        UnaryOp::USub => match c {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex { real: -real, imag: -imag }),
            _ => Some(Constant::Int(-as_int(c)?)),
        },
        UnaryOp::UAdd => match c {
            Constant::Float(_) | Constant::Complex { .. } => Some(c.clone()),
            _ => Some(Constant::Int(as_int(c)?)),
        },
        UnaryOp::Invert => Some(Constant::Int(-as_int(c)? - 1)),
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn tuple_items(t: &[Constant]) -> usize {
    t.iter().map(|x| if let Constant::Tuple(y) = x { 1 + tuple_items(y) } else { 1 }).sum()
}

fn seq_repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let len = match seq {
        Constant::Str(s) => s.chars().count(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(t) => t.len(),
        _ => return None,
    };
    let n = n.to_i64()?;
    if len > 0 {
        let limit = if matches!(seq, Constant::Tuple(_)) { MAX_COLLECTION_SIZE } else { MAX_STR_SIZE };
        if n < 0 || n as usize > limit.checked_div(len).unwrap_or(0) {
            return None;
        }
        if let Constant::Tuple(t) = seq {
            if n > 0 && tuple_items(t) > MAX_TOTAL_ITEMS / n as usize {
                return None;
            }
        }
    }
    let n = n.max(0) as usize;
    Some(match seq {
        Constant::Str(s) => Constant::Str(s.repeat(n)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(n)),
        Constant::Tuple(t) => Constant::Tuple(t.iter().cloned().cycle().take(t.len() * n).collect()),
        _ => return None,
    })
}

fn is_bool(c: &Constant) -> bool {
    matches!(c, Constant::True | Constant::False)
}

fn float_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Some(m)
}

fn float_floordiv(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        Some(if div - fl > 0.5 { fl + 1.0 } else { fl })
    } else {
        Some(0.0f64.copysign(a / b))
    }
}

fn finite(f: f64) -> Option<Constant> {
    f.is_finite().then_some(Constant::Float(f))
}

fn binop(op: BinOp, a: &Constant, b: &Constant) -> Option<Constant> {
    // Sequences.
    match (op, a, b) {
        (BinOp::Add, Constant::Str(x), Constant::Str(y)) => return Some(Constant::Str(format!("{x}{y}"))),
        (BinOp::Add, Constant::Bytes(x), Constant::Bytes(y)) => return Some(Constant::Bytes([x.as_slice(), y].concat())),
        (BinOp::Add, Constant::Tuple(x), Constant::Tuple(y)) => return Some(Constant::Tuple([x.as_slice(), y].concat())),
        (BinOp::Mult, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_), n) => return seq_repeat(a, &as_int(n)?),
        (BinOp::Mult, n, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)) => return seq_repeat(b, &as_int(n)?),
        _ => {}
    }
    if matches!(a, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_) | Constant::None | Constant::Ellipsis)
        || matches!(b, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_) | Constant::None | Constant::Ellipsis)
    {
        return None;
    }
    // Ints (and bools).
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let both_bool = is_bool(a) && is_bool(b);
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => {
                if !x.is_zero() && !y.is_zero() && bits(&x) + bits(&y) > MAX_INT_SIZE {
                    return None;
                }
                x * y
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return None;
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return None;
                }
                x.mod_floor(&y)
            }
            BinOp::Div => {
                if y.is_zero() {
                    return None;
                }
                let lim = BigInt::from(1u64 << 53);
                if x.abs() > lim || y.abs() > lim {
                    return None;
                }
                return finite(x.to_f64()? / y.to_f64()?);
            }
            BinOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return None;
                    }
                    return finite(int_to_f64(&x)?.powf(y.to_f64()?));
                }
                if !x.is_zero() && !y.is_zero() {
                    let wbits = y.to_u64()?;
                    if bits(&x) > MAX_INT_SIZE / wbits {
                        return None;
                    }
                }
                num_traits::pow::pow(x, y.to_usize()?)
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return None;
                }
                if !x.is_zero() && !y.is_zero() {
                    let w = y.to_u64()?;
                    if w > MAX_INT_SIZE || bits(&x) > MAX_INT_SIZE - w {
                        return None;
                    }
                }
                x << y.to_usize()?
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return None;
                }
                let s = y.to_usize().unwrap_or(usize::MAX).min(1 << 20);
                // num-bigint shifts negative numbers with floor semantics, as Python does.
                x >> s
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
                let r = match op {
                    BinOp::BitAnd => x & y,
                    BinOp::BitOr => x | y,
                    _ => x ^ y,
                };
                if both_bool {
                    return Some(if r.is_zero() { Constant::False } else { Constant::True });
                }
                r
            }
            BinOp::MatMult => return None,
        };
        return Some(Constant::Int(r));
    }
    // Floats.
    let is_complex = matches!(a, Constant::Complex { .. }) || matches!(b, Constant::Complex { .. });
    if !is_complex {
        let (x, y) = (as_float(a)?, as_float(b)?);
        return match op {
            BinOp::Add => finite(x + y),
            BinOp::Sub => finite(x - y),
            BinOp::Mult => finite(x * y),
            BinOp::Div => {
                if y == 0.0 {
                    None
                } else {
                    finite(x / y)
                }
            }
            BinOp::FloorDiv => finite(float_floordiv(x, y)?),
            BinOp::Mod => finite(float_mod(x, y)?),
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return None;
                }
                if x < 0.0 && y.fract() != 0.0 {
                    return None;
                }
                finite(x.powf(y))
            }
            _ => None,
        };
    }
    let ((ar, ai), (br, bi)) = (as_complex(a)?, as_complex(b)?);
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mult => (ar * br - ai * bi, ar * bi + ai * br),
        _ => return None,
    };
    (r.is_finite() && i.is_finite()).then_some(Constant::Complex { real: r, imag: i })
}

fn subscr(v: &Constant, i: &Constant) -> Option<Constant> {
    let idx = as_int(i)?.to_i64()?;
    let get = |len: usize| -> Option<usize> {
        let n = len as i64;
        let k = if idx < 0 { idx + n } else { idx };
        (0..n).contains(&k).then_some(k as usize)
    };
    match v {
        Constant::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            Some(Constant::Str(chars[get(chars.len())?].to_string()))
        }
        Constant::Bytes(b) => Some(Constant::Int(BigInt::from(b[get(b.len())?]))),
        Constant::Tuple(t) => Some(t[get(t.len())?].clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Constant {
        Constant::Int(i.into())
    }

    #[test]
    fn folds_like_cpython() {
        assert_eq!(binop(BinOp::Add, &Constant::Str("hel".into()), &Constant::Str("lo".into())), Some(Constant::Str("hello".into())));
        assert_eq!(binop(BinOp::Div, &int(1), &int(0)), None);
        assert_eq!(binop(BinOp::Mult, &Constant::Str("a".into()), &int(4096)).map(|c| matches!(c, Constant::Str(_))), Some(true));
        assert_eq!(binop(BinOp::Mult, &Constant::Str("a".into()), &int(4097)), None);
        assert_eq!(binop(BinOp::Mult, &Constant::Tuple(vec![int(1)]), &int(257)), None);
        assert_eq!(binop(BinOp::Pow, &int(2), &int(64)), Some(Constant::Int(BigInt::from(1u128 << 64))));
        assert_eq!(binop(BinOp::Pow, &int(2), &int(200)), None);
        assert_eq!(binop(BinOp::LShift, &int(1), &int(129)), None);
        assert_eq!(binop(BinOp::FloorDiv, &int(-7), &int(2)), Some(int(-4)));
        assert_eq!(binop(BinOp::Mod, &int(-7), &int(2)), Some(int(1)));
        assert_eq!(binop(BinOp::Mod, &Constant::Str("%s".into()), &int(1)), None);
        assert_eq!(binop(BinOp::BitAnd, &Constant::True, &Constant::False), Some(Constant::False));
        assert_eq!(binop(BinOp::Add, &Constant::True, &Constant::True), Some(int(2)));
        assert_eq!(binop(BinOp::Pow, &int(2), &int(-1)), Some(Constant::Float(0.5)));
        assert_eq!(unaryop(UnaryOp::USub, &int(1)), Some(int(-1)));
        assert_eq!(unaryop(UnaryOp::Not, &int(0)), Some(Constant::True));
        assert_eq!(unaryop(UnaryOp::Invert, &Constant::Float(1.0)), None);
        assert_eq!(subscr(&Constant::Str("abc".into()), &int(-1)), Some(Constant::Str("c".into())));
        assert_eq!(subscr(&Constant::Str("abc".into()), &int(5)), None);
    }
}
