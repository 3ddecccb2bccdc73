//! A compact textual dump of the AST in CPython's `ast` field order, with
//! spans as `@line:col-end_line:end_col`. Used to compare pyrite's parser with
//! CPython's (`tests`' helper script prints CPython's AST in the same form) and
//! handy when debugging the compiler.

use std::fmt::Write;

use super::ast::*;

/// Dumps a module: one statement per line.
pub fn dump_module(m: &Module) -> String {
    let mut out = String::new();
    for s in &m.body {
        stmt(&mut out, s);
        out.push('\n');
    }
    out
}

fn quote(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if (c as u32) < 0x20 || c as u32 == 0x7f || !c.is_ascii() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn span(out: &mut String, s: Span) {
    let _ = write!(out, "@{}:{}-{}:{}", s.line, s.col, s.end_line, s.end_col);
}

fn stmts(out: &mut String, name: &str, v: &[Stmt]) {
    let _ = write!(out, "{name}=[");
    for (i, s) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        stmt(out, s);
    }
    out.push_str("], ");
}

fn exprs(out: &mut String, name: &str, v: &[Expr]) {
    let _ = write!(out, "{name}=[");
    for (i, e) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e);
    }
    out.push_str("], ");
}

fn field(out: &mut String, name: &str, e: &Expr) {
    let _ = write!(out, "{name}=");
    expr(out, e);
    out.push_str(", ");
}

fn opt(out: &mut String, name: &str, e: Option<&Expr>) {
    if let Some(e) = e {
        field(out, name, e);
    }
}

fn strf(out: &mut String, name: &str, s: &str) {
    let _ = write!(out, "{name}=");
    quote(out, s);
    out.push_str(", ");
}

fn names(out: &mut String, name: &str, v: &[String]) {
    let _ = write!(out, "{name}=[");
    for (i, s) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        quote(out, s);
    }
    out.push_str("], ");
}

fn arg(out: &mut String, a: &Arg) {
    out.push_str("arg(");
    strf(out, "arg", &a.name);
    opt(out, "annotation", a.annotation.as_ref());
    span(out, a.span);
    out.push(')');
}

fn args(out: &mut String, a: &Arguments) {
    out.push_str("args=arguments(posonlyargs=[");
    for (i, x) in a.posonlyargs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        arg(out, x);
    }
    out.push_str("], args=[");
    for (i, x) in a.args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        arg(out, x);
    }
    out.push_str("], ");
    if let Some(v) = &a.vararg {
        out.push_str("vararg=");
        arg(out, v);
        out.push_str(", ");
    }
    out.push_str("kwonlyargs=[");
    for (i, x) in a.kwonlyargs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        arg(out, x);
    }
    out.push_str("], kw_defaults=[");
    for (i, x) in a.kw_defaults.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match x {
            Some(e) => expr(out, e),
            None => out.push_str("None"),
        }
    }
    out.push_str("], ");
    if let Some(v) = &a.kwarg {
        out.push_str("kwarg=");
        arg(out, v);
        out.push_str(", ");
    }
    exprs(out, "defaults", &a.defaults);
    out.push_str("), ");
}

fn keywords(out: &mut String, v: &[Keyword]) {
    out.push_str("keywords=[");
    for (i, k) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str("keyword(");
        if let Some(a) = &k.arg {
            strf(out, "arg", a);
        }
        field(out, "value", &k.value);
        span(out, k.span);
        out.push(')');
    }
    out.push_str("], ");
}

fn aliases(out: &mut String, v: &[Alias]) {
    out.push_str("names=[");
    for (i, a) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str("alias(");
        strf(out, "name", &a.name);
        if let Some(n) = &a.asname {
            strf(out, "asname", n);
        }
        span(out, a.span);
        out.push(')');
    }
    out.push_str("], ");
}

fn comps(out: &mut String, v: &[Comprehension]) {
    out.push_str("generators=[");
    for (i, c) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str("comprehension(");
        field(out, "target", &c.target);
        field(out, "iter", &c.iter);
        exprs(out, "ifs", &c.ifs);
        if c.is_async {
            out.push_str("is_async=1, ");
        }
        out.push(')');
    }
    out.push_str("], ");
}

fn stmt(out: &mut String, s: &Stmt) {
    use StmtKind as K;
    let name = match &s.kind {
        K::FunctionDef(f) if f.is_async => "AsyncFunctionDef",
        K::FunctionDef(_) => "FunctionDef",
        K::ClassDef(_) => "ClassDef",
        K::Return(_) => "Return",
        K::Delete(_) => "Delete",
        K::Assign { .. } => "Assign",
        K::AugAssign { .. } => "AugAssign",
        K::AnnAssign { .. } => "AnnAssign",
        K::For { .. } => "For",
        K::AsyncFor { .. } => "AsyncFor",
        K::While { .. } => "While",
        K::If { .. } => "If",
        K::With { .. } => "With",
        K::AsyncWith { .. } => "AsyncWith",
        K::Raise { .. } => "Raise",
        K::Try { .. } => "Try",
        K::TryStar { .. } => "TryStar",
        K::Match { .. } => "Match",
        K::Assert { .. } => "Assert",
        K::Import(_) => "Import",
        K::ImportFrom { .. } => "ImportFrom",
        K::Global(_) => "Global",
        K::Nonlocal(_) => "Nonlocal",
        K::Expr(_) => "Expr",
        K::Pass => "Pass",
        K::Break => "Break",
        K::Continue => "Continue",
    };
    out.push_str(name);
    out.push('(');
    match &s.kind {
        K::FunctionDef(f) => {
            strf(out, "name", &f.name);
            args(out, &f.args);
            stmts(out, "body", &f.body);
            exprs(out, "decorator_list", &f.decorators);
            opt(out, "returns", f.returns.as_ref());
        }
        K::ClassDef(c) => {
            strf(out, "name", &c.name);
            exprs(out, "bases", &c.bases);
            keywords(out, &c.keywords);
            stmts(out, "body", &c.body);
            exprs(out, "decorator_list", &c.decorators);
        }
        K::Return(v) => opt(out, "value", v.as_ref()),
        K::Delete(t) => exprs(out, "targets", t),
        K::Assign { targets, value } => {
            exprs(out, "targets", targets);
            field(out, "value", value);
        }
        K::AugAssign { target, op, value } => {
            field(out, "target", target);
            let _ = write!(out, "op={op:?}, ");
            field(out, "value", value);
        }
        K::AnnAssign { target, annotation, value, simple } => {
            field(out, "target", target);
            field(out, "annotation", annotation);
            opt(out, "value", value.as_ref());
            let _ = write!(out, "simple={}, ", *simple as i32);
        }
        K::For { target, iter, body, orelse } | K::AsyncFor { target, iter, body, orelse } => {
            field(out, "target", target);
            field(out, "iter", iter);
            stmts(out, "body", body);
            stmts(out, "orelse", orelse);
        }
        K::While { test, body, orelse } | K::If { test, body, orelse } => {
            field(out, "test", test);
            stmts(out, "body", body);
            stmts(out, "orelse", orelse);
        }
        K::With { items, body } | K::AsyncWith { items, body } => {
            out.push_str("items=[");
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str("withitem(");
                field(out, "context_expr", &it.context_expr);
                opt(out, "optional_vars", it.optional_vars.as_ref());
                out.push(')');
            }
            out.push_str("], ");
            stmts(out, "body", body);
        }
        K::Raise { exc, cause } => {
            opt(out, "exc", exc.as_ref());
            opt(out, "cause", cause.as_ref());
        }
        K::Match { subject, cases } => {
            field(out, "subject", subject);
            out.push_str("cases=[");
            for (i, m) in cases.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str("match_case(pattern=");
                pattern(out, &m.pattern);
                out.push_str(", ");
                opt(out, "guard", m.guard.as_ref());
                stmts(out, "body", &m.body);
                out.push(')');
            }
            out.push_str("], ");
        }
        K::Try { body, handlers, orelse, finalbody } | K::TryStar { body, handlers, orelse, finalbody } => {
            stmts(out, "body", body);
            out.push_str("handlers=[");
            for (i, h) in handlers.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str("ExceptHandler(");
                opt(out, "type", h.typ.as_ref());
                if let Some(n) = &h.name {
                    strf(out, "name", n);
                }
                stmts(out, "body", &h.body);
                span(out, h.span);
                out.push(')');
            }
            out.push_str("], ");
            stmts(out, "orelse", orelse);
            stmts(out, "finalbody", finalbody);
        }
        K::Assert { test, msg } => {
            field(out, "test", test);
            opt(out, "msg", msg.as_ref());
        }
        K::Import(n) => aliases(out, n),
        K::ImportFrom { module, names, level } => {
            if let Some(m) = module {
                strf(out, "module", m);
            }
            aliases(out, names);
            let _ = write!(out, "level={level}, ");
        }
        K::Global(n) | K::Nonlocal(n) => names(out, "names", n),
        K::Expr(e) => field(out, "value", e),
        K::Pass | K::Break | K::Continue => {}
    }
    span(out, s.span);
    out.push(')');
}

fn patterns(out: &mut String, name: &str, v: &[Pattern]) {
    let _ = write!(out, "{name}=[");
    for (i, p) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        pattern(out, p);
    }
    out.push_str("], ");
}

fn pattern(out: &mut String, p: &Pattern) {
    use PatternKind as P;
    match &p.kind {
        P::MatchValue(e) => {
            out.push_str("MatchValue(");
            field(out, "value", e);
        }
        P::MatchSingleton(c) => {
            out.push_str("MatchSingleton(value=");
            constant(out, c);
            out.push_str(", ");
        }
        P::MatchSequence(ps) => {
            out.push_str("MatchSequence(");
            patterns(out, "patterns", ps);
        }
        P::MatchMapping { keys, patterns: ps, rest } => {
            out.push_str("MatchMapping(");
            exprs(out, "keys", keys);
            patterns(out, "patterns", ps);
            if let Some(r) = rest {
                strf(out, "rest", r);
            }
        }
        P::MatchClass { cls, patterns: ps, kwd_attrs, kwd_patterns } => {
            out.push_str("MatchClass(");
            field(out, "cls", cls);
            patterns(out, "patterns", ps);
            names(out, "kwd_attrs", kwd_attrs);
            patterns(out, "kwd_patterns", kwd_patterns);
        }
        P::MatchStar(name) => {
            out.push_str("MatchStar(");
            if let Some(n) = name {
                strf(out, "name", n);
            }
        }
        P::MatchAs { pattern: inner, name } => {
            out.push_str("MatchAs(");
            if let Some(q) = inner {
                out.push_str("pattern=");
                pattern(out, q);
                out.push_str(", ");
            }
            if let Some(n) = name {
                strf(out, "name", n);
            }
        }
        P::MatchOr(ps) => {
            out.push_str("MatchOr(");
            patterns(out, "patterns", ps);
        }
    }
    span(out, p.span);
    out.push(')');
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => {
            let _ = write!(out, "i{i}");
        }
        Constant::Float(f) => {
            let _ = write!(out, "f{}", f.to_bits());
        }
        Constant::Complex { imag, .. } => {
            let _ = write!(out, "j{}", imag.to_bits());
        }
        Constant::Str(s) => {
            out.push('s');
            quote(out, s);
        }
        Constant::Bytes(b) => {
            out.push('b');
            for x in b {
                let _ = write!(out, "{x:02x}");
            }
        }
        Constant::Tuple(_) => out.push_str("tuple"),
    }
}

fn expr(out: &mut String, e: &Expr) {
    use ExprKind as K;
    let name = match &e.kind {
        K::BoolOp { .. } => "BoolOp",
        K::NamedExpr { .. } => "NamedExpr",
        K::BinOp { .. } => "BinOp",
        K::UnaryOp { .. } => "UnaryOp",
        K::Lambda { .. } => "Lambda",
        K::IfExp { .. } => "IfExp",
        K::Dict { .. } => "Dict",
        K::Set(_) => "Set",
        K::ListComp { .. } => "ListComp",
        K::SetComp { .. } => "SetComp",
        K::DictComp { .. } => "DictComp",
        K::GeneratorExp { .. } => "GeneratorExp",
        K::Yield(_) => "Yield",
        K::YieldFrom(_) => "YieldFrom",
        K::Await(_) => "Await",
        K::Compare { .. } => "Compare",
        K::Call { .. } => "Call",
        K::FormattedValue { .. } => "FormattedValue",
        K::JoinedStr(_) => "JoinedStr",
        K::Constant(_) => "Constant",
        K::Attribute { .. } => "Attribute",
        K::Subscript { .. } => "Subscript",
        K::Starred { .. } => "Starred",
        K::Name { .. } => "Name",
        K::List { .. } => "List",
        K::Tuple { .. } => "Tuple",
        K::Slice { .. } => "Slice",
    };
    out.push_str(name);
    out.push('(');
    match &e.kind {
        K::BoolOp { op, values } => {
            let _ = write!(out, "op={op:?}, ");
            exprs(out, "values", values);
        }
        K::NamedExpr { target, value } => {
            field(out, "target", target);
            field(out, "value", value);
        }
        K::BinOp { left, op, right } => {
            field(out, "left", left);
            let _ = write!(out, "op={op:?}, ");
            field(out, "right", right);
        }
        K::UnaryOp { op, operand } => {
            let _ = write!(out, "op={op:?}, ");
            field(out, "operand", operand);
        }
        K::Lambda { args: a, body } => {
            args(out, a);
            field(out, "body", body);
        }
        K::IfExp { test, body, orelse } => {
            field(out, "test", test);
            field(out, "body", body);
            field(out, "orelse", orelse);
        }
        K::Dict { keys, values } => {
            out.push_str("keys=[");
            for (i, k) in keys.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => expr(out, k),
                    None => out.push_str("None"),
                }
            }
            out.push_str("], ");
            exprs(out, "values", values);
        }
        K::Set(v) => exprs(out, "elts", v),
        K::ListComp { elt, generators } | K::SetComp { elt, generators } | K::GeneratorExp { elt, generators } => {
            field(out, "elt", elt);
            comps(out, generators);
        }
        K::DictComp { key, value, generators } => {
            field(out, "key", key);
            field(out, "value", value);
            comps(out, generators);
        }
        K::Yield(v) => opt(out, "value", v.as_deref()),
        K::YieldFrom(v) | K::Await(v) => field(out, "value", v),
        K::Compare { left, ops, comparators } => {
            field(out, "left", left);
            out.push_str("ops=[");
            for (i, o) in ops.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let _ = write!(out, "{o:?}");
            }
            out.push_str("], ");
            exprs(out, "comparators", comparators);
        }
        K::Call { func, args, keywords: k } => {
            field(out, "func", func);
            exprs(out, "args", args);
            keywords(out, k);
        }
        K::FormattedValue { value, conversion, format_spec } => {
            field(out, "value", value);
            let _ = write!(out, "conversion={conversion}, ");
            opt(out, "format_spec", format_spec.as_deref());
        }
        K::JoinedStr(v) => exprs(out, "values", v),
        K::Constant(c) => {
            out.push_str("value=");
            constant(out, c);
            out.push_str(", ");
        }
        K::Attribute { value, attr, ctx } => {
            field(out, "value", value);
            strf(out, "attr", attr);
            let _ = write!(out, "ctx={ctx:?}, ");
        }
        K::Subscript { value, slice, ctx } => {
            field(out, "value", value);
            field(out, "slice", slice);
            let _ = write!(out, "ctx={ctx:?}, ");
        }
        K::Starred { value, ctx } => {
            field(out, "value", value);
            let _ = write!(out, "ctx={ctx:?}, ");
        }
        K::Name { id, ctx } => {
            strf(out, "id", id);
            let _ = write!(out, "ctx={ctx:?}, ");
        }
        K::List { elts, ctx } | K::Tuple { elts, ctx } => {
            exprs(out, "elts", elts);
            let _ = write!(out, "ctx={ctx:?}, ");
        }
        K::Slice { lower, upper, step } => {
            opt(out, "lower", lower.as_deref());
            opt(out, "upper", upper.as_deref());
            opt(out, "step", step.as_deref());
        }
    }
    span(out, e.span);
    out.push(')');
}
