//! Loops, `try`, `with`, and the frame-block stack: `break`, `continue` and
//! `return` run the `finally` bodies and `__exit__` calls they leave, exactly
//! as CPython 3.11's `compiler_unwind_fblock` does.
//!
//! Handler conventions (what the VM sees, via the exception table):
//! * `SETUP_FINALLY` handlers (try/except, try/finally bodies) get depth = the
//!   stack depth at the `try`, no lasti; the exception is pushed.
//! * `SETUP_CLEANUP` handlers (the code after `PUSH_EXC_INFO`) and
//!   `SETUP_WITH` handlers push lasti (instruction index, as an int) then the
//!   exception; `SETUP_WITH` pops the `__enter__` result first, leaving the
//!   bound `__exit__` below.

use crate::bytecode::{ConstValue, Instr};
use crate::syntax::ast::{self, Ctx, Expr, Span, Stmt};

use super::builder::{BlockId, Op};
use super::{err, CResult, Compiler};

/// CPython's `CO_MAXBLOCKS`.
const MAX_BLOCKS: usize = 20;

#[derive(Clone, Debug)]
pub(crate) enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    /// The finally body to run when unwinding.
    FinallyTry(Vec<Stmt>),
    FinallyEnd,
    /// The with statement's span (its exit call is attributed to it).
    With(Span),
    /// `async with`: as With, and the `__aexit__` result is awaited.
    AsyncWith(Span),
    /// The `except ... as name` variable to clear, if any.
    HandlerCleanup(Option<String>),
    PopValue,
    ExceptionHandler,
    /// The handlers of a `try` … `except*`: nothing may jump out of them.
    ExceptionGroupHandler,
}

#[derive(Clone, Debug)]
pub(crate) struct FBlock {
    pub kind: FBlockKind,
    pub block: Option<BlockId>,
    pub exit: Option<BlockId>,
}

impl<'a> Compiler<'a> {
    /// Pushes a frame block; CPython allows 20 (`CO_MAXBLOCKS`) per code
    /// object and reports the 21st at the current location.
    pub fn push_fblock(&mut self, kind: FBlockKind, block: Option<BlockId>, exit: Option<BlockId>) -> CResult {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            let l = self.ur().loc;
            return err("too many statically nested blocks", Span::new(l.line, l.col, l.end_line, l.end_col));
        }
        self.u().fblocks.push(FBlock { kind, block, exit });
        Ok(())
    }
    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(ConstValue::None);
        self.load_const(ConstValue::None);
        self.load_const(ConstValue::None);
        self.emit(Instr::Call(2));
    }

    fn unwind_fblock(&mut self, fb: &FBlock, preserve_tos: bool) -> CResult {
        match &fb.kind {
            FBlockKind::WhileLoop | FBlockKind::ExceptionHandler | FBlockKind::ExceptionGroupHandler => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::TryExcept => self.emit_op(Op::PopBlock, None),
            FBlockKind::FinallyTry(body) => {
                self.emit_op(Op::PopBlock, None);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None)?;
                }
                let body = body.clone();
                self.visit_stmts(&body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit_op(Op::PopBlock, None);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With(span) | FBlockKind::AsyncWith(span) => {
                self.set_loc(*span);
                self.emit_op(Op::PopBlock, None);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
                if matches!(fb.kind, FBlockKind::AsyncWith(_)) {
                    self.emit_await(2);
                }
                self.emit(Instr::PopTop);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit_op(Op::PopBlock, None);
                }
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit_op(Op::PopBlock, None);
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(ConstValue::None);
                    self.nameop(n, Ctx::Store, Span::default())?;
                    self.nameop(n, Ctx::Del, Span::default())?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// Unwinds the frame-block stack; with `stop_at_loop`, stops at (and
    /// returns) the innermost loop.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> CResult<Option<FBlock>> {
        let Some(top) = self.ur().fblocks.last().cloned() else { return Ok(None) };
        if matches!(top.kind, FBlockKind::ExceptionGroupHandler) {
            let l = self.ur().loc;
            let span = Span::new(l.line, l.col, l.end_line, l.end_col);
            return err("'break', 'continue' and 'return' cannot appear in an except* block", span);
        }
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let r = self.unwind_fblock_stack(preserve_tos, stop_at_loop)?;
        self.u().fblocks.push(top);
        Ok(r)
    }

    pub fn return_stmt(&mut self, s: &Stmt, value: Option<&Expr>) -> CResult {
        if !self.scope_info().kind.is_function() {
            return err("'return' outside function", s.span);
        }
        let info = self.scope_info();
        if value.is_some() && info.is_coroutine && info.is_generator {
            return err("'return' with value in async generator", s.span);
        }
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ast::ExprKind::Constant(_)));
        if preserve_tos {
            self.visit_expr(value.expect("value"))?;
        } else if let Some(v) = value {
            self.set_loc(v.span);
            self.emit(Instr::Nop);
        }
        if value.is_none_or(|v| v.span.line != s.span.line) {
            self.set_loc(s.span);
            self.emit(Instr::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(ConstValue::None),
            Some(Expr { kind: ast::ExprKind::Constant(c), .. }) if !preserve_tos => {
                self.load_const(super::const_value(c));
            }
            _ => {}
        }
        self.emit(Instr::ReturnValue);
        self.next_block();
        Ok(())
    }

    pub fn break_stmt(&mut self, s: &Stmt) -> CResult {
        self.emit(Instr::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return err("'break' outside loop", s.span);
        };
        self.unwind_fblock(&lp, false)?;
        self.emit_jump(Instr::Jump(0), lp.exit.expect("loop exit"));
        self.next_block();
        Ok(())
    }

    pub fn continue_stmt(&mut self, s: &Stmt) -> CResult {
        self.emit(Instr::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return err("'continue' not properly in loop", s.span);
        };
        self.emit_jump(Instr::Jump(0), lp.block.expect("loop start"));
        self.next_block();
        Ok(())
    }

    pub fn while_stmt(&mut self, s: &Stmt, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> CResult {
        let lp = self.new_block();
        let bodyb = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(lp);
        self.push_fblock(FBlockKind::WhileLoop, Some(lp), Some(end))?;
        self.jump_if(test, anchor, false)?;
        self.use_next_block(bodyb);
        self.visit_stmts(body)?;
        self.set_loc(s.span);
        self.jump_if(test, bodyb, true)?;
        self.pop_fblock();
        self.use_next_block(anchor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    pub fn for_stmt(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> CResult {
        let start = self.new_block();
        let bodyb = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end))?;
        self.visit_iterable(iter)?;
        self.emit(Instr::GetIter);
        self.use_next_block(start);
        self.emit_jump(Instr::ForIter(0), cleanup);
        self.use_next_block(bodyb);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.unset_loc();
        self.emit_jump(Instr::Jump(0), start);
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    pub(super) fn pop_except_and_reraise(&mut self) {
        self.emit(Instr::Copy(3));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(true));
    }

    /// `try` … `finally`, around `except` or (`star`) `except*` clauses.
    pub fn try_finally(
        &mut self,
        s: &Stmt,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        star: bool,
    ) -> CResult {
        let bodyb = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.emit_op(Op::SetupFinally, Some(end));
        self.use_next_block(bodyb);
        self.push_fblock(FBlockKind::FinallyTry(finalbody.to_vec()), Some(bodyb), Some(end))?;
        if star && !handlers.is_empty() {
            self.try_star_except(s, body, handlers, orelse)?;
        } else if !handlers.is_empty() {
            self.try_except(s, body, handlers, orelse)?;
        } else {
            self.visit_stmts(body)?;
        }
        self.u().cfg.emit(Op::PopBlock, Default::default(), None);
        self.pop_fblock();
        self.visit_stmts(finalbody)?;
        self.emit_jump_noline(Instr::Jump(0), exit);
        self.use_next_block(end);
        self.unset_loc();
        self.emit_op(Op::SetupCleanup, Some(cleanup));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None)?;
        self.visit_stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise(false));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    pub fn try_except(&mut self, _s: &Stmt, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt]) -> CResult {
        let bodyb = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.emit_op(Op::SetupFinally, Some(except));
        self.use_next_block(bodyb);
        self.push_fblock(FBlockKind::TryExcept, Some(bodyb), None)?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.u().cfg.emit(Op::PopBlock, Default::default(), None);
        self.visit_stmts(orelse)?;
        self.emit_jump_noline(Instr::Jump(0), end);
        let n = handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.emit_op(Op::SetupCleanup, Some(cleanup));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None)?;
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.span);
            if h.typ.is_none() && i < n - 1 {
                return err("default 'except:' must be last", h.span);
            }
            except = self.new_block();
            if let Some(t) = &h.typ {
                self.visit_expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse(0), except);
                self.next_block();
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, Ctx::Store, h.span)?;
                self.emit_op(Op::SetupCleanup, Some(cleanup_end));
                self.use_next_block(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup(Some(name.clone())), Some(cleanup_body), None)?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_op(Op::PopBlock, None);
                self.emit_op(Op::PopBlock, None);
                self.emit(Instr::PopExcept);
                self.load_const(ConstValue::None);
                self.nameop(name, Ctx::Store, h.span)?;
                self.nameop(name, Ctx::Del, h.span)?;
                self.emit_jump(Instr::Jump(0), end);
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.load_const(ConstValue::None);
                self.nameop(name, Ctx::Store, h.span)?;
                self.nameop(name, Ctx::Del, h.span)?;
                self.emit(Instr::Reraise(true));
            } else {
                let cleanup_body = self.new_block();
                self.emit(Instr::PopTop);
                self.use_next_block(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup(None), Some(cleanup_body), None)?;
                self.visit_stmts(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_op(Op::PopBlock, None);
                self.emit(Instr::PopExcept);
                self.emit_jump(Instr::Jump(0), end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Instr::Reraise(false));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    pub fn with_stmt(&mut self, s: &Stmt, items: &[ast::WithItem], body: &[Stmt], pos: usize) -> CResult {
        let item = &items[pos];
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.emit(Instr::BeforeWith);
        self.emit_op(Op::SetupWith, Some(final_));
        self.use_next_block(block);
        self.push_fblock(FBlockKind::With(s.span), Some(block), Some(final_))?;
        if let Some(v) = &item.optional_vars {
            self.visit_expr(v)?;
        } else {
            self.emit(Instr::PopTop);
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.with_stmt(s, items, body, pos + 1)?;
        }
        self.unset_loc();
        self.emit_op(Op::PopBlock, None);
        self.pop_fblock();
        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump(0), exit);
        self.with_exception_exit(final_, cleanup, exit, false)
    }

    /// The exceptional exit of `with` / `async with` from the handler block
    /// `final_` on: call `__exit__` with the exception (awaiting it for
    /// `async with`), re-raise unless it returned true
    /// (compiler_with_except_finish), then continue at `exit`.
    pub(super) fn with_exception_exit(&mut self, final_: BlockId, cleanup: BlockId, exit: BlockId, is_async: bool) -> CResult {
        self.use_next_block(final_);
        self.emit_op(Op::SetupCleanup, Some(cleanup));
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit_await(2);
        }
        // compiler_with_except_finish
        self.unset_loc();
        let exit2 = self.new_block();
        self.emit_jump(Instr::PopJumpIfTrue(0), exit2);
        self.next_block();
        self.emit(Instr::ReraiseLasti(2));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit2);
        self.emit(Instr::PopTop);
        self.emit_op(Op::PopBlock, None);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopTop);
        self.use_next_block(exit);
        Ok(())
    }
}
