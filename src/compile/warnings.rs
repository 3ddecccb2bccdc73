//! The compiler's SyntaxWarnings, where CPython 3.11's compiler gives them:
//! `is`/`is not` with a literal, calling or subscripting a literal that
//! cannot be called or subscripted ("perhaps you missed a comma?"), and an
//! `assert` on a non-empty tuple. The compiler only records them (message
//! and line); the VM issues them through `warnings.warn_explicit` once the
//! compilation returns, so filters apply and an "error" filter turns one
//! into a SyntaxError, as in CPython.

use std::cell::RefCell;

use crate::syntax::ast::{CmpOp, Constant, Expr, ExprKind, Span};
use crate::syntax::SyntaxError;

thread_local! {
    /// Warnings of the compilation in progress on this thread.
    static PENDING: RefCell<Vec<(String, Span)>> = const { RefCell::new(Vec::new()) };
}

/// Forgets warnings left by an earlier compilation that failed.
pub(crate) fn reset() {
    PENDING.with(|p| p.borrow_mut().clear());
}

fn warn(msg: String, at: Span) {
    PENDING.with(|p| p.borrow_mut().push((msg, at)));
}

/// The warnings the last compilation on this thread recorded, in order,
/// each as the SyntaxError it becomes under an "error" filter (its `msg`
/// and `line` are the warning's message and line).
pub fn take_warnings(source: &str, filename: &str) -> Vec<SyntaxError> {
    let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    pending.into_iter().map(|(msg, at)| super::make_error(&msg, at, source, filename)).collect()
}

/// The type name of a literal's value (CPython's `infer_type`); None when
/// the expression's type is not known at compile time.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set(_) | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant(c) => constant_type(c),
        _ => return None,
    })
}

fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::True | Constant::False => "bool",
        Constant::Ellipsis => "ellipsis",
        Constant::Int(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex { .. } => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Tuple(_) => "tuple",
    }
}

/// A comparison operand `is` may meet without a warning: anything but a
/// literal, or one of the singletons.
fn fine_with_is(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(c) => matches!(c, Constant::None | Constant::True | Constant::False | Constant::Ellipsis),
        _ => true,
    }
}

/// `x is 1`, `"a" is not x`: the first such link of a chain warns.
pub(crate) fn check_compare(at: Span, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
    let mut left_ok = fine_with_is(left);
    for (op, right) in ops.iter().zip(comparators) {
        let right_ok = fine_with_is(right);
        if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
            let msg = if matches!(op, CmpOp::Is) {
                "\"is\" with a literal. Did you mean \"==\"?"
            } else {
                "\"is not\" with a literal. Did you mean \"!=\"?"
            };
            warn(msg.to_string(), at);
            return;
        }
        left_ok = right_ok;
    }
}

/// `(1)(2)`, `[a, b](c)`: calling a literal that is never callable.
pub(crate) fn check_caller(at: Span, func: &Expr) {
    let never_callable = matches!(
        func.kind,
        ExprKind::Constant(_)
            | ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::Dict { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::Set(_)
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::JoinedStr(_)
            | ExprKind::FormattedValue { .. }
    );
    if let (true, Some(t)) = (never_callable, literal_type(func)) {
        warn(format!("'{t}' object is not callable; perhaps you missed a comma?"), at);
    }
}

/// `x = [1] [0]` is fine, `{1} [0]` and `[1] ['a']` are not: subscripting
/// a literal that has no `__getitem__`, or indexing a sequence literal
/// with a literal that is not an int or a slice.
pub(crate) fn check_subscript(at: Span, value: &Expr, index: &Expr) {
    let unsubscriptable = match &value.kind {
        ExprKind::Constant(c) => matches!(
            c,
            Constant::None | Constant::Ellipsis | Constant::True | Constant::False | Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. }
        ),
        ExprKind::Set(_) | ExprKind::SetComp { .. } | ExprKind::GeneratorExp { .. } | ExprKind::Lambda { .. } => true,
        _ => false,
    };
    if unsubscriptable {
        if let Some(t) = literal_type(value) {
            warn(format!("'{t}' object is not subscriptable; perhaps you missed a comma?"), at);
        }
        return;
    }
    let Some(index_type) = literal_type(index) else { return };
    if matches!(index_type, "int" | "bool") {
        return;
    }
    let sequence = match &value.kind {
        ExprKind::Constant(c) => matches!(c, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)),
        ExprKind::Tuple { .. } | ExprKind::List { .. } | ExprKind::ListComp { .. } | ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => true,
        _ => false,
    };
    if let (true, Some(t)) = (sequence, literal_type(value)) {
        warn(format!("{t} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"), at);
    }
}

/// `assert (x, "message")` is always true.
pub(crate) fn check_assert(at: Span, test: &Expr) {
    let tuple = match &test.kind {
        ExprKind::Tuple { elts, .. } => !elts.is_empty(),
        ExprKind::Constant(Constant::Tuple(items)) => !items.is_empty(),
        _ => false,
    };
    if tuple {
        warn("assertion is always true, perhaps remove parentheses?".to_string(), at);
    }
}
