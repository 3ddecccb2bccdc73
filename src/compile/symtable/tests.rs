//! Unit tests for the symbol-table builder: scope resolution of locals,
//! globals, free and cell variables, and private-name mangling.

use super::*;
use crate::syntax::ast::*;

fn sp() -> Span {
    Span::new(1, 0, 1, 1)
}
fn name(id: &str, ctx: Ctx) -> Expr {
    Expr { kind: ExprKind::Name { id: id.into(), ctx }, span: sp() }
}
fn stmt(kind: StmtKind) -> Stmt {
    Stmt { kind, span: sp() }
}
fn func(n: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
    let args = Arguments {
        args: params.iter().map(|p| Arg { name: p.to_string(), annotation: None, span: sp() }).collect(),
        ..Default::default()
    };
    stmt(StmtKind::FunctionDef(Box::new(FunctionDef { name: n.into(), args, body, decorators: vec![], returns: None, is_async: false })))
}

#[test]
fn closure_cells_and_free() {
    // def f(x):
    //     y = 1
    //     def g(): return x + y + z
    let inner = func(
        "g",
        &[],
        vec![stmt(StmtKind::Return(Some(Expr {
            kind: ExprKind::BinOp {
                left: Box::new(name("x", Ctx::Load)),
                op: BinOp::Add,
                right: Box::new(name("z", Ctx::Load)),
            },
            span: sp(),
        })))],
    );
    let m = Module {
        body: vec![func(
            "f",
            &["x"],
            vec![stmt(StmtKind::Assign { targets: vec![name("y", Ctx::Store)], value: name("x", Ctx::Load) }), inner],
        )],
    };
    let t = build(&m).unwrap();
    let f = &t.scopes[1];
    assert_eq!(f.scope_of("x"), Some(Scope::Cell));
    assert_eq!(f.scope_of("y"), Some(Scope::Local));
    let g = &t.scopes[2];
    assert_eq!(g.scope_of("x"), Some(Scope::Free));
    assert_eq!(g.scope_of("z"), Some(Scope::GlobalImplicit));
    assert!(g.nested);
}

#[test]
fn global_errors() {
    let m = Module {
        body: vec![func(
            "f",
            &["a"],
            vec![stmt(StmtKind::Global(vec!["a".into()]))],
        )],
    };
    assert_eq!(build(&m).unwrap_err().msg, "name 'a' is parameter and global");
    let m = Module {
        body: vec![func(
            "f",
            &[],
            vec![stmt(StmtKind::Expr(name("b", Ctx::Load))), stmt(StmtKind::Global(vec!["b".into()]))],
        )],
    };
    assert_eq!(build(&m).unwrap_err().msg, "name 'b' is used prior to global declaration");
    let m = Module { body: vec![stmt(StmtKind::Nonlocal(vec!["q".into()]))] };
    assert_eq!(build(&m).unwrap_err().msg, "nonlocal declaration not allowed at module level");
    let m = Module { body: vec![func("f", &[], vec![stmt(StmtKind::Nonlocal(vec!["q".into()]))])] };
    assert_eq!(build(&m).unwrap_err().msg, "no binding for nonlocal 'q' found");
    let m = Module { body: vec![func("f", &["a", "a"], vec![])] };
    assert_eq!(build(&m).unwrap_err().msg, "duplicate argument 'a' in function definition");
}

#[test]
fn mangling() {
    assert_eq!(mangle(Some("C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("C"), "__x__"), "__x__");
    assert_eq!(mangle(None, "__x"), "__x");
}
