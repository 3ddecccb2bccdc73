//! List/set/dict comprehensions and generator expressions. As in CPython
//! 3.11 each is its own function: the outermost iterable is evaluated in the
//! enclosing scope, turned into an iterator and passed as argument `.0`;
//! the function is called immediately with `CALL 0`.

use crate::bytecode::Instr;
use crate::syntax::ast::{Comprehension, Expr, ExprKind};

use super::expr::Comp;
use super::symtable::ScopeKind;
use super::{err, CResult, Compiler};

impl<'a> Compiler<'a> {
    pub fn comprehension(&mut self, e: &Expr, kind: Comp, gens: &[Comprehension], elt: &Expr, val: Option<&Expr>) -> CResult {
        let scope = self.st.scope_for(e).expect("comprehension scope");
        let name = match kind {
            Comp::List => "<listcomp>",
            Comp::Set => "<setcomp>",
            Comp::Dict => "<dictcomp>",
            Comp::Gen => "<genexpr>",
        };
        let private = self.ur().private.clone();
        let outer = self.scope_info();
        let outer_async = outer.is_async_def || outer.kind == ScopeKind::Comprehension;
        self.enter_scope(name, scope, e.span.line, private);
        self.set_loc(e.span);
        let is_async = self.scope_info().is_coroutine;
        if is_async && kind != Comp::Gen && !outer_async {
            self.units.pop();
            return err("asynchronous comprehension outside of an asynchronous function", e.span);
        }
        match kind {
            Comp::List => self.emit(Instr::BuildList(0)),
            Comp::Set => self.emit(Instr::BuildSet(0)),
            Comp::Dict => self.emit(Instr::BuildMap(0)),
            Comp::Gen => {}
        }
        let r = self.comprehension_generator(gens, 0, 0, elt, val, kind);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        if kind != Comp::Gen {
            self.emit(Instr::ReturnValue);
        }
        self.u().argcount = 1;
        let code = self.exit_scope(true);
        self.make_closure(code, 0)?;
        self.visit_iterable(&gens[0].iter)?;
        self.emit(if gens[0].is_async { Instr::GetAiter } else { Instr::GetIter });
        self.emit(Instr::Call(0));
        if is_async && kind != Comp::Gen {
            self.emit_await(0);
        }
        Ok(())
    }

    pub(super) fn comprehension_generator(
        &mut self,
        gens: &[Comprehension],
        index: usize,
        mut depth: u32,
        elt: &Expr,
        val: Option<&Expr>,
        kind: Comp,
    ) -> CResult {
        if gens[index].is_async {
            return self.async_comprehension_generator(gens, index, depth, elt, val, kind);
        }
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let g = &gens[index];
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            // `for y in [f(x)]` binds without iterating (CPython's fast path).
            let single = match &g.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
                    (!matches!(elts[0].kind, ExprKind::Starred { .. })).then(|| &elts[0])
                }
                _ => None,
            };
            if let Some(x) = single {
                self.visit_expr(x)?;
                start = None;
            } else {
                self.visit_iterable(&g.iter)?;
                self.emit(Instr::GetIter);
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.use_next_block(s);
            self.emit_jump(Instr::ForIter(0), anchor);
        }
        self.visit_expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < gens.len() {
            self.comprehension_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        if let Some(s) = start {
            self.emit_jump(Instr::Jump(0), s);
            self.use_next_block(anchor);
        }
        Ok(())
    }

    /// The innermost body: yield the element, or add it to the collection
    /// `depth + 1` items down the stack.
    pub(super) fn comprehension_element(&mut self, elt: &Expr, val: Option<&Expr>, kind: Comp, depth: u32) -> CResult {
        match kind {
            Comp::Gen => {
                self.visit_expr(elt)?;
                if self.scope_info().is_coroutine {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                self.emit(Instr::PopTop);
            }
            Comp::List => {
                self.visit_expr(elt)?;
                self.emit(Instr::ListAppend(depth + 1));
            }
            Comp::Set => {
                self.visit_expr(elt)?;
                self.emit(Instr::SetAdd(depth + 1));
            }
            Comp::Dict => {
                self.visit_expr(elt)?;
                if let Some(v) = val {
                    self.visit_expr(v)?;
                }
                self.emit(Instr::MapAdd(depth + 1));
            }
        }
        Ok(())
    }
}
