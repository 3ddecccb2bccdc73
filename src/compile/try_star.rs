//! Code generation for `try` … `except*` (PEP 654), as CPython 3.11's
//! `compiler_try_star_except` emits it (the `finally` around it is
//! `try_finally` with `star`, shared with plain `try`).
//!
//! The stack in the handlers: `[prev_exc, orig, raised_list, exc]`, where
//! `orig` is the group that arrived, `exc` what the earlier clauses left
//! unmatched, and `raised_list` collects what each clause raised (or
//! re-raised). CHECK_EG_MATCH splits `exc` into `[rest, match]`; at the end
//! PREP_RERAISE_STAR turns `orig` and the list into the group to re-raise.

use crate::bytecode::{ConstValue, Instr};
use crate::syntax::ast::{self, Ctx, Stmt};

use super::builder::Op;
use super::unwind::FBlockKind;
use super::{CResult, Compiler};

impl Compiler<'_> {
    pub fn try_star_except(&mut self, _s: &Stmt, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt]) -> CResult {
        let bodyb = self.new_block();
        let mut except = self.new_block();
        let orelseb = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();

        self.emit_op(Op::SetupFinally, Some(except));
        self.use_next_block(bodyb);
        self.push_fblock(FBlockKind::TryExcept, Some(bodyb), None)?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.u().cfg.emit(Op::PopBlock, Default::default(), None);
        self.emit_jump_noline(Instr::Jump(0), orelseb);
        let n = handlers.len();
        self.use_next_block(except);

        self.unset_loc();
        self.emit_op(Op::SetupCleanup, Some(cleanup));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, None, None)?;
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.span);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                // [exc] → [orig, [], exc]
                self.emit(Instr::Copy(1));
                self.emit(Instr::BuildList(0));
                self.emit(Instr::Swap(2));
            }
            if let Some(t) = &h.typ {
                self.visit_expr(t)?;
                self.emit(Instr::CheckEgMatch);
                self.emit(Instr::Copy(1));
                self.emit_jump(Instr::PopJumpIfNone(0), no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, Ctx::Store, h.span)?,
                None => self.emit(Instr::PopTop),
            }
            self.emit_op(Op::SetupCleanup, Some(cleanup_end));
            self.use_next_block(cleanup_body);
            self.push_fblock(FBlockKind::HandlerCleanup(h.name.clone()), Some(cleanup_body), None)?;
            self.visit_stmts(&h.body)?;
            self.pop_fblock();
            self.emit_op(Op::PopBlock, None);
            if let Some(name) = &h.name {
                self.load_const(ConstValue::None);
                self.nameop(name, Ctx::Store, h.span)?;
                self.nameop(name, Ctx::Del, h.span)?;
            }
            self.emit_jump(Instr::Jump(0), except);

            // The handler raised: add that to the list.
            self.use_next_block(cleanup_end);
            if let Some(name) = &h.name {
                self.load_const(ConstValue::None);
                self.nameop(name, Ctx::Store, h.span)?;
                self.nameop(name, Ctx::Del, h.span)?;
            }
            self.emit(Instr::ListAppend(3));
            self.emit(Instr::PopTop);
            self.emit_jump(Instr::Jump(0), except_with_error);

            self.use_next_block(except);
            // Holds a propagated location.
            self.emit(Instr::Nop);
            self.emit_jump(Instr::Jump(0), except_with_error);

            self.use_next_block(no_match);
            self.emit(Instr::PopTop);

            self.use_next_block(except_with_error);
            if i == n - 1 {
                // What is left unmatched goes to the list too.
                self.emit(Instr::ListAppend(1));
                self.emit_jump(Instr::Jump(0), reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();

        self.use_next_block(reraise_star);
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit_jump(Instr::PopJumpIfNotNone(0), reraise);

        // Nothing to re-raise.
        self.emit(Instr::PopTop);
        self.emit_op(Op::PopBlock, None);
        self.emit(Instr::PopExcept);
        self.emit_jump(Instr::Jump(0), end);
        self.use_next_block(reraise);
        self.emit_op(Op::PopBlock, None);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(false));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelseb);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }
}
