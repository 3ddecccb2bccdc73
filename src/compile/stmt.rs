//! Code generation for simple statements (assignments, imports, raise,
//! assert, expression statements) and the dispatch for compound ones.

use crate::bytecode::{BinaryOperator, ConstValue, Instr};
use crate::syntax::ast::{self, Ctx, Expr, ExprKind, Stmt, StmtKind};

use super::symtable::ScopeKind;
use super::{err, CResult, Compiler};

/// True when the statements (not nested scopes) contain an annotated assignment.
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::AsyncFor { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_ann(body) || find_ann(orelse)
        }
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => find_ann(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|m| find_ann(&m.body)),
        StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
            find_ann(body) || find_ann(orelse) || find_ann(finalbody) || handlers.iter().any(|h| find_ann(&h.body))
        }
        _ => false,
    })
}

pub(crate) fn binop(op: ast::BinOp) -> BinaryOperator {
    use ast::BinOp::*;
    match op {
        Add => BinaryOperator::Add,
        BitAnd => BinaryOperator::And,
        FloorDiv => BinaryOperator::FloorDivide,
        LShift => BinaryOperator::Lshift,
        MatMult => BinaryOperator::MatrixMultiply,
        Mult => BinaryOperator::Multiply,
        Mod => BinaryOperator::Remainder,
        BitOr => BinaryOperator::Or,
        Pow => BinaryOperator::Power,
        RShift => BinaryOperator::Rshift,
        Sub => BinaryOperator::Subtract,
        Div => BinaryOperator::TrueDivide,
        BitXor => BinaryOperator::Xor,
    }
}

impl<'a> Compiler<'a> {
    pub fn visit_stmts(&mut self, stmts: &[Stmt]) -> CResult {
        for s in stmts {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub fn visit_stmt(&mut self, s: &Stmt) -> CResult {
        self.set_loc(s.span);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(v) => self.return_stmt(s, v.as_ref()),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i < n - 1 {
                        self.emit(Instr::Copy(1));
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(s, target, annotation, value.as_ref(), *simple)
            }
            StmtKind::For { target, iter, body, orelse } => self.for_stmt(target, iter, body, orelse),
            StmtKind::AsyncFor { target, iter, body, orelse } => self.async_for_stmt(s, target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_block();
                let next = if orelse.is_empty() { end } else { self.new_block() };
                self.jump_if(test, next, false)?;
                self.visit_stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump_noline(Instr::Jump(0), end);
                    self.use_next_block(next);
                    self.visit_stmts(orelse)?;
                }
                self.use_next_block(end);
                Ok(())
            }
            StmtKind::With { items, body } => self.with_stmt(s, items, body, 0),
            StmtKind::AsyncWith { items, body } => self.async_with_stmt(s, items, body, 0),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Instr::RaiseVarargs(n));
                self.next_block();
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                if !finalbody.is_empty() {
                    self.try_finally(s, body, handlers, orelse, finalbody, false)
                } else {
                    self.try_except(s, body, handlers, orelse)
                }
            }
            StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                if !finalbody.is_empty() {
                    self.try_finally(s, body, handlers, orelse, finalbody, true)
                } else {
                    self.try_star_except(s, body, handlers, orelse)
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Assert { test, msg } => {
                super::warnings::check_assert(s.span, test);
                let end = self.new_block();
                self.jump_if(test, end, true)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                    self.emit(Instr::Call(0));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.use_next_block(end);
                Ok(())
            }
            StmtKind::Import(names) => self.import(s, names),
            StmtKind::ImportFrom { module, names, level } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() <= 1 {
                    self.visit_expr(e)?;
                    self.emit(Instr::PrintExpr);
                    return Ok(());
                }
                if matches!(e.kind, ExprKind::Constant(_)) {
                    self.emit(Instr::Nop);
                    return Ok(());
                }
                self.visit_expr(e)?;
                self.unset_loc();
                self.emit(Instr::PopTop);
                Ok(())
            }
            StmtKind::Pass => {
                self.emit(Instr::Nop);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(s),
            StmtKind::Continue => self.continue_stmt(s),
        }
    }

    fn aug_assign(&mut self, s: &Stmt, target: &Expr, op: ast::BinOp, value: &Expr) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.visit_expr(obj)?;
                self.emit(Instr::Copy(1));
                let k = self.mangled_name_index(attr);
                let loc = super::attr_loc(self.ur().loc, target.span, attr);
                self.u().loc = loc;
                self.emit(Instr::LoadAttr(k));
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Load, target.span)?,
            _ => return err("'expression' is an illegal expression for augmented assignment", target.span),
        }
        self.u().loc = saved;
        self.visit_expr(value)?;
        self.emit(Instr::BinaryOp(binop(op).inplace()));
        let _ = s;
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                let loc = super::attr_loc(self.ur().loc, target.span, attr);
                self.u().loc = loc;
                self.emit(Instr::Swap(2));
                let k = self.mangled_name_index(attr);
                self.emit(Instr::StoreAttr(k));
            }
            ExprKind::Subscript { .. } => {
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Store, target.span)?,
            _ => {}
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &Expr) -> CResult {
        self.visit_expr(e)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(p)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn ann_assign(&mut self, s: &Stmt, target: &Expr, annotation: &Expr, value: Option<&Expr>, simple: bool) -> CResult {
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr(target)?;
        }
        let module_or_class = matches!(self.ur().kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && module_or_class {
                    self.visit_expr(annotation)?;
                    let k = self.name_index("__annotations__");
                    self.emit(Instr::LoadName(k));
                    let m = super::symtable::mangle(self.ur().private.as_deref(), id);
                    self.load_const(ConstValue::Str(m.as_str().into()));
                    self.emit(Instr::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return err("invalid node type for annotated assignment", s.span),
        }
        if !simple && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn import(&mut self, _s: &Stmt, names: &[ast::Alias]) -> CResult {
        for a in names {
            self.load_const(ConstValue::Int(0.into()));
            self.load_const(ConstValue::None);
            let k = self.mangled_name_index(&a.name);
            self.emit(Instr::ImportName(k));
            if let Some(asname) = &a.asname {
                let parts: Vec<&str> = a.name.split('.').collect();
                if parts.len() > 1 {
                    for (i, attr) in parts[1..].iter().enumerate() {
                        let k = self.name_index(attr);
                        self.emit(Instr::ImportFrom(k));
                        if i + 2 < parts.len() {
                            self.emit(Instr::Swap(2));
                            self.emit(Instr::PopTop);
                        }
                    }
                    self.nameop(asname, Ctx::Store, a.span)?;
                    self.emit(Instr::PopTop);
                } else {
                    self.nameop(asname, Ctx::Store, a.span)?;
                }
            } else {
                let first = a.name.split('.').next().unwrap_or("");
                self.nameop(first, Ctx::Store, a.span)?;
            }
        }
        Ok(())
    }

    fn import_from(&mut self, s: &Stmt, module: Option<&str>, names: &[ast::Alias], level: u32) -> CResult {
        self.load_const(ConstValue::Int(level.into()));
        let tuple: Vec<ConstValue> = names.iter().map(|a| ConstValue::Str(a.name.as_str().into())).collect();
        if module == Some("__future__") {
            // Only the features CPython 3.11 accepts; anything else is an error at compile time.
            for a in names {
                if !matches!(
                    a.name.as_str(),
                    "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement" | "print_function"
                        | "unicode_literals" | "barry_as_FLUFL" | "generator_stop" | "annotations"
                ) {
                    return err(format!("future feature {} is not defined", a.name), s.span);
                }
            }
        }
        self.load_const(ConstValue::Tuple(tuple.into()));
        let k = self.mangled_name_index(module.unwrap_or(""));
        self.emit(Instr::ImportName(k));
        for (i, a) in names.iter().enumerate() {
            if i == 0 && a.name.starts_with('*') {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let k = self.mangled_name_index(&a.name);
            self.emit(Instr::ImportFrom(k));
            let store = a.asname.as_deref().unwrap_or(&a.name);
            self.nameop(store, Ctx::Store, a.span)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}
