//! `await`, `async for`, `async with` and the `async for` clauses of
//! comprehensions, with CPython 3.11's code shapes: an await is
//! GET_AWAITABLE followed by the SEND/YIELD_VALUE loop of `yield from`;
//! `async for` guards GET_ANEXT with a handler that ends the loop on
//! StopAsyncIteration (END_ASYNC_FOR); `async with` awaits `__aenter__` and
//! `__aexit__` where `with` calls `__enter__` and `__exit__`.

use crate::bytecode::{ConstValue, Instr};
use crate::syntax::ast::{self, Comprehension, Expr, Stmt};

use super::builder::Op;
use super::expr::Comp;
use super::symtable::ScopeKind;
use super::unwind::FBlockKind;
use super::{err, CResult, Compiler};

impl<'a> Compiler<'a> {
    /// Awaits the value on top of the stack (`where_` is GET_AWAITABLE's
    /// operand: 0 plain, 1 `__aenter__`, 2 `__aexit__`).
    pub(super) fn emit_await(&mut self, where_: u32) {
        self.emit(Instr::GetAwaitable(where_));
        self.load_const(ConstValue::None);
        self.yield_from_loop();
    }

    pub(super) fn await_expr(&mut self, e: &Expr, value: &Expr) -> CResult {
        let info = self.scope_info();
        if !info.kind.is_function() {
            return err("'await' outside function", e.span);
        }
        if !info.is_async_def && info.kind != ScopeKind::Comprehension {
            return err("'await' outside async function", e.span);
        }
        self.visit_expr(value)?;
        self.emit_await(0);
        Ok(())
    }

    pub fn async_for_stmt(&mut self, s: &Stmt, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> CResult {
        if !self.scope_info().is_async_def {
            return err("'async for' outside async function", s.span);
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(iter)?;
        self.emit(Instr::GetAiter);
        self.use_next_block(start);
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end))?;
        self.emit_op(Op::SetupFinally, Some(except));
        self.emit(Instr::GetAnext);
        self.emit_await_loop();
        self.emit_op(Op::PopBlock, None);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.unset_loc();
        self.emit_jump(Instr::Jump(0), start);
        self.pop_fblock();
        self.use_next_block(except);
        // END_ASYNC_FOR belongs to the `for` line, not to the body's last one.
        self.set_loc(iter.span);
        self.emit(Instr::EndAsyncFor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// The await loop for an awaitable GET_ANEXT already produced.
    fn emit_await_loop(&mut self) {
        self.load_const(ConstValue::None);
        self.yield_from_loop();
    }

    pub fn async_with_stmt(&mut self, s: &Stmt, items: &[ast::WithItem], body: &[Stmt], pos: usize) -> CResult {
        if !self.scope_info().is_async_def {
            return err("'async with' outside async function", s.span);
        }
        let item = &items[pos];
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.emit(Instr::BeforeAsyncWith);
        self.emit_await(1);
        self.emit_op(Op::SetupWith, Some(final_));
        self.use_next_block(block);
        self.push_fblock(FBlockKind::AsyncWith(s.span), Some(block), Some(final_))?;
        if let Some(v) = &item.optional_vars {
            self.visit_expr(v)?;
        } else {
            self.emit(Instr::PopTop);
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.async_with_stmt(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        self.unset_loc();
        self.emit_op(Op::PopBlock, None);
        self.set_loc(s.span);
        self.load_const(ConstValue::None);
        self.load_const(ConstValue::None);
        self.load_const(ConstValue::None);
        self.emit(Instr::Call(2));
        self.emit_await(2);
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump(0), exit);
        self.with_exception_exit(final_, cleanup, exit, true)
    }

    /// One `async for` clause of a comprehension (CPython's
    /// `compiler_async_comprehension_generator`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn async_comprehension_generator(
        &mut self,
        gens: &[Comprehension],
        index: usize,
        mut depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        kind: Comp,
    ) -> CResult {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let g = &gens[index];
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.visit_expr(&g.iter)?;
            self.emit(Instr::GetAiter);
        }
        self.use_next_block(start);
        self.emit_op(Op::SetupFinally, Some(except));
        self.emit(Instr::GetAnext);
        self.emit_await_loop();
        self.emit_op(Op::PopBlock, None);
        self.visit_expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        depth += 1;
        if index + 1 < gens.len() {
            self.comprehension_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        self.emit_jump(Instr::Jump(0), start);
        self.use_next_block(except);
        self.emit(Instr::EndAsyncFor);
        Ok(())
    }
}
