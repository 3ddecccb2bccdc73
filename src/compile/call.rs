//! Calls: method calls (LOAD_METHOD), plain calls (PUSH_NULL + CALL with
//! KW_NAMES), and `*args`/`**kwargs` calls (CALL_FUNCTION_EX).

use crate::bytecode::{ConstValue, Instr};
use crate::syntax::ast::{Ctx, Expr, ExprKind, Keyword};

use super::expr::{Coll, STACK_USE_GUARD};
use super::symtable::def;
use super::{attr_loc, err, loc_of, CResult, Compiler};

impl<'a> Compiler<'a> {
    pub fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> CResult {
        if self.maybe_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.set_loc(func.span);
        self.emit(Instr::PushNull);
        self.set_loc(e.span);
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// True when `name` was bound by an import at module level (CPython skips LOAD_METHOD then).
    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name { id, .. } => self.st.scopes[0].flags(id) & def::IMPORT != 0,
            _ => false,
        }
    }

    fn maybe_method_call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> CResult<bool> {
        let ExprKind::Attribute { value, attr, ctx: Ctx::Load } = &func.kind else { return Ok(false) };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let nk = keywords.len();
        if args.len() + nk + (nk != 0) as usize >= STACK_USE_GUARD {
            return Ok(false);
        }
        if args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. })) || keywords.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        self.visit_expr(value)?;
        let saved = self.ur().loc;
        self.u().loc = attr_loc(loc_of(func.span), func.span, attr);
        let k = self.mangled_name_index(attr);
        self.emit(Instr::LoadMethod(k));
        for a in args {
            self.visit_expr(a)?;
        }
        if nk > 0 {
            self.validate_keywords(keywords)?;
            for kw in keywords {
                self.visit_expr(&kw.value)?;
            }
            // CPython attributes KW_NAMES to the method's location too.
            self.kw_names(keywords);
        }
        self.u().loc = attr_loc(loc_of(e.span), func.span, attr);
        self.emit(Instr::Call((args.len() + nk) as u32));
        self.u().loc = saved;
        Ok(true)
    }

    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names: Vec<ConstValue> =
            keywords.iter().map(|k| ConstValue::Str(k.arg.as_deref().unwrap_or("").into())).collect();
        let k = self.add_const(ConstValue::Tuple(names.into()));
        self.emit(Instr::KwNames(k));
    }

    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[i + 1..].iter().any(|o| o.arg.as_deref() == Some(name)) {
                let dup = keywords[i + 1..].iter().find(|o| o.arg.as_deref() == Some(name)).expect("dup");
                return err(format!("keyword argument repeated: {name}"), dup.span);
            }
        }
        Ok(())
    }

    /// CPython's `compiler_call_helper`; `n` arguments are already pushed.
    pub fn call_helper(&mut self, n: u32, args: &[Expr], keywords: &[Keyword]) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let ex_call = nelts + nkw * 2 > STACK_USE_GUARD
            || args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.visit_expr(a)?;
            }
            if nkw > 0 {
                for kw in keywords {
                    self.visit_expr(&kw.value)?;
                }
                self.kw_names(keywords);
            }
            self.emit(Instr::Call(n + (nelts + nkw) as u32));
            return Ok(());
        }
        if n == 0 && nelts == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.visit_expr(value)?;
            } else {
                self.starunpack(args, n, Coll::List, true)?;
            }
        } else {
            self.starunpack(args, n, Coll::List, true)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(keywords, i - nseen, i)?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.emit(Instr::DictMerge(1));
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(keywords, nkw - nseen, nkw)?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallFunctionEx(nkw > 0));
        Ok(())
    }

    fn subkwargs(&mut self, keywords: &[Keyword], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUARD;
        if n > 1 && !big {
            for kw in &keywords[begin..end] {
                self.visit_expr(&kw.value)?;
            }
            let names: Vec<ConstValue> =
                keywords[begin..end].iter().map(|k| ConstValue::Str(k.arg.as_deref().unwrap_or("").into())).collect();
            self.load_const(ConstValue::Tuple(names.into()));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit_noline(Instr::BuildMap(0));
        }
        for kw in &keywords[begin..end] {
            self.load_const(ConstValue::Str(kw.arg.as_deref().unwrap_or("").into()));
            self.visit_expr(&kw.value)?;
            if big {
                self.emit_noline(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }
}
