//! Code generation for the match statement (PEP 634), construct for
//! construct as CPython 3.11's compiler emits it: the subject stays on the
//! stack while each case's pattern is tried; captured values are kept on the
//! stack (below whatever a pattern still needs) and stored only once the
//! whole pattern matched; a failed check jumps to a "fail_pop" block that
//! pops exactly the items pushed so far. Compile-time errors ("name capture
//! 'x' makes remaining patterns unreachable", …) carry CPython's messages
//! and are reported at the location of the pattern being compiled, which,
//! as in CPython, is the last (sub)pattern visited.

use crate::bytecode::{BinaryOperator, ComparisonOperator, ConstValue, Instr};
use crate::syntax::ast::{Constant, Ctx, Expr, ExprKind, MatchCase, Pattern, PatternKind, Span};

use super::builder::BlockId;
use super::{err, CResult, Compiler};

/// CPython's `pattern_context`.
struct PatCtx {
    /// Names captured so far; their values sit on the stack under `on_top` items.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items and falls through to `fail_pop[n - 1]`.
    fail_pop: Vec<BlockId>,
    /// Items on the stack above the captured values that a failure must pop.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

/// The key by which two constant mapping keys count as duplicates
/// (Python equality: `1`, `1.0` and `True` are the same key).
fn key_identity(c: &Constant) -> Option<String> {
    fn num(v: f64) -> String {
        if v.fract() == 0.0 && v.abs() < 1e18 {
            format!("n{}", v as i64)
        } else {
            format!("f{v:?}")
        }
    }
    Some(match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "...".into(),
        Constant::True => "n1".into(),
        Constant::False => "n0".into(),
        Constant::Int(i) => format!("n{i}"),
        Constant::Float(f) => num(*f),
        Constant::Complex { real, imag } if *imag == 0.0 => num(*real),
        Constant::Complex { real, imag } => format!("c{real:?},{imag:?}"),
        Constant::Str(s) => format!("s{s}"),
        Constant::Bytes(b) => format!("b{b:?}"),
        Constant::Tuple(_) => return None,
    })
}

/// `repr()` of a constant key, for "mapping pattern checks duplicate key (…)".
fn key_repr(c: &Constant) -> String {
    crate::bytecode::disasm::const_repr(&super::const_value(c))
}

impl Compiler<'_> {
    /// The compiler's current location as a span (where CPython reports
    /// errors found while compiling patterns).
    fn cur_span(&self) -> Span {
        let l = self.ur().loc;
        Span::new(l.line, l.col, l.end_line, l.end_col)
    }

    /// CPython's `compiler_match`.
    pub fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase]) -> CResult {
        self.visit_expr(subject)?;
        let end = self.new_block();
        let n = cases.len();
        let has_default = n > 1 && cases.last().is_some_and(|m| is_wildcard(&m.pattern));
        let tried = n - has_default as usize;
        let mut pc = PatCtx { stores: Vec::new(), allow_irrefutable: false, fail_pop: Vec::new(), on_top: 0 };
        for (i, m) in cases[..tried].iter().enumerate() {
            self.set_loc(m.pattern.span);
            let keep_subject = i != tried - 1;
            if keep_subject {
                self.emit(Instr::Copy(1));
            }
            pc.stores.clear();
            // Irrefutable cases must be guarded, last, or both.
            pc.allow_irrefutable = m.guard.is_some() || i == n - 1;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // A match: store the captured values, which are on the stack.
            let span = self.cur_span();
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, Ctx::Store, span)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, target, false)?;
            }
            if keep_subject {
                self.emit(Instr::PopTop);
            }
            self.visit_stmts(&m.body)?;
            self.unset_loc();
            self.emit_jump(Instr::Jump(0), end);
            // A failed pattern's clean-up belongs to the pattern's line.
            self.set_loc(m.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let m = &cases[n - 1];
            self.set_loc(m.pattern.span);
            if n == 1 {
                self.emit(Instr::PopTop);
            } else {
                // Line coverage for the default case (it has no code of its own).
                self.emit(Instr::Nop);
            }
            if let Some(g) = &m.guard {
                self.jump_if(g, end, false)?;
            }
            self.visit_stmts(&m.body)?;
            self.unset_loc();
        }
        self.use_next_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatCtx, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// Jumps (with `op`) to the block that pops everything pushed so far.
    fn jump_to_fail_pop(&mut self, pc: &mut PatCtx, op: Instr) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        self.emit_jump(op, target);
    }

    /// Lays out the fail_pop blocks (each pops one item and falls into the next).
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for k in (1..pc.fail_pop.len()).rev() {
            self.use_next_block(pc.fail_pop[k]);
            self.emit(Instr::PopTop);
        }
        self.use_next_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// CPython's `pattern_helper_rotate`: moves the top item `count - 1` places down.
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit(Instr::Swap(k as u32));
        }
    }

    /// Keeps the value on top for storing under `name` once the case
    /// matched (pops it for the wildcard).
    fn store_name(&mut self, name: Option<&str>, pc: &mut PatCtx) -> CResult {
        let Some(name) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        if name == "__debug__" {
            return err("cannot assign to __debug__", self.cur_span());
        }
        if pc.stores.iter().any(|s| s == name) {
            return err(format!("multiple assignments to name '{name}' in pattern"), self.cur_span());
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.rotate(rotations);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatCtx) -> CResult {
        self.set_loc(p.span);
        match &p.kind {
            PatternKind::MatchValue(v) => self.pattern_value(v, pc),
            PatternKind::MatchSingleton(c) => {
                self.load_const(super::const_value(c));
                self.emit(Instr::IsOp(false));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
                Ok(())
            }
            PatternKind::MatchSequence(ps) => self.pattern_sequence(ps, pc),
            PatternKind::MatchMapping { keys, patterns, rest } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)
            }
            PatternKind::MatchStar(name) => self.store_name(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => self.pattern_as(pattern.as_deref(), name.as_deref(), pc),
            PatternKind::MatchOr(alts) => self.pattern_or(alts, pc),
        }
    }

    /// A sub-pattern: irrefutable patterns are fine inside others.
    fn subpattern(&mut self, p: &Pattern, pc: &mut PatCtx) -> CResult {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern_value(&mut self, v: &Expr, pc: &mut PatCtx) -> CResult {
        if !matches!(v.kind, ExprKind::Constant(_) | ExprKind::Attribute { .. }) {
            return err("patterns may only match literals and attribute lookups", self.cur_span());
        }
        self.visit_expr(v)?;
        self.emit(Instr::CompareOp(ComparisonOperator::Eq));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        Ok(())
    }

    fn pattern_as(&mut self, inner: Option<&Pattern>, name: Option<&str>, pc: &mut PatCtx) -> CResult {
        let Some(inner) = inner else {
            // A capture or the wildcard: irrefutable.
            if !pc.allow_irrefutable {
                let msg = match name {
                    Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return err(msg, self.cur_span());
            }
            return self.store_name(name, pc);
        };
        // A copy of the subject to store once the inner pattern matched.
        pc.on_top += 1;
        self.emit(Instr::Copy(1));
        self.pattern(inner, pc)?;
        pc.on_top -= 1;
        self.store_name(name, pc)
    }

    fn pattern_or(&mut self, alts: &[Pattern], pc: &mut PatCtx) -> CResult {
        let end = self.new_block();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        // The names bound by the first alternative: the others must bind the
        // same ones, and leave them on the stack in the same order.
        let mut control: Option<Vec<String>> = None;
        let size = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.span);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Instr::Copy(1));
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return err("alternative patterns bind different names", self.cur_span());
                }
                Some(ctl) if nstores > 0 => {
                    let ctl = ctl.clone();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return err("alternative patterns bind different names", self.cur_span());
                        };
                        if icontrol != istores {
                            // Reorder the values on the stack (and the names
                            // in `stores`) to match the first alternative.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, s) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, s);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
                Some(_) => {}
            }
            self.emit_jump(Instr::Jump(0), end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.emit(Instr::PopTop);
        self.jump_to_fail_pop(pc, Instr::Jump(0));
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        // Between the new captures and their place: the other new captures,
        // the subject's copy, what the enclosing pattern keeps on top, and
        // the captures made before this pattern.
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return err(format!("multiple assignments to name '{name}' in pattern"), self.cur_span());
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn pattern_sequence(&mut self, ps: &[Pattern], pc: &mut PatCtx) -> CResult {
        let size = ps.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in ps.iter().enumerate() {
            if let PatternKind::MatchStar(_) = p.kind {
                if star.is_some() {
                    return err("multiple starred names in sequence pattern", self.cur_span());
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        if star.is_none() {
            self.emit(Instr::GetLen);
            self.load_const(ConstValue::Int(size.into()));
            self.emit(Instr::CompareOp(ComparisonOperator::Eq));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        } else if size > 1 {
            // With a star: len(subject) >= size - 1.
            self.emit(Instr::GetLen);
            self.load_const(ConstValue::Int((size - 1).into()));
            self.emit(Instr::CompareOp(ComparisonOperator::Ge));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::PopTop);
        } else if star_wildcard {
            self.sequence_subscr(ps, star.unwrap_or(0), pc)?;
        } else {
            self.sequence_unpack(ps, pc)?;
        }
        Ok(())
    }

    /// Unpacks the subject (UNPACK_SEQUENCE / UNPACK_EX) and matches each item.
    fn sequence_unpack(&mut self, ps: &[Pattern], pc: &mut PatCtx) -> CResult {
        let n = ps.len();
        match ps.iter().position(|p| matches!(p.kind, PatternKind::MatchStar(_))) {
            Some(i) => {
                let after = n - i - 1;
                if i >= 1 << 8 || after >= (i32::MAX >> 8) as usize || after > u16::MAX as usize {
                    return err("too many expressions in star-unpacking sequence pattern", self.cur_span());
                }
                self.emit(Instr::UnpackEx { before: i as u16, after: after as u16 });
            }
            None => self.emit(Instr::UnpackSequence(n as u32)),
        }
        // The items stay on the stack while each one is matched in turn.
        pc.on_top += n;
        for p in ps {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// With a starred wildcard (`[first, *_, last]`): subscripts instead of unpacking.
    fn sequence_subscr(&mut self, ps: &[Pattern], star: usize, pc: &mut PatCtx) -> CResult {
        pc.on_top += 1;
        let size = ps.len();
        for (i, p) in ps.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Instr::Copy(1));
            if i < star {
                self.load_const(ConstValue::Int(i.into()));
            } else {
                // The subject may not support negative indexes.
                self.emit(Instr::GetLen);
                self.load_const(ConstValue::Int((size - i).into()));
                self.emit(Instr::BinaryOp(BinaryOperator::Subtract));
            }
            self.emit(Instr::BinarySubscr);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn pattern_mapping(&mut self, keys: &[Expr], patterns: &[Pattern], rest: Option<&str>, pc: &mut PatCtx) -> CResult {
        let size = keys.len();
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        if size == 0 && rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(ConstValue::Int(size.into()));
            self.emit(Instr::CompareOp(ComparisonOperator::Ge));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        }
        let mut seen: Vec<String> = Vec::new();
        for key in keys {
            match &key.kind {
                ExprKind::Constant(c) => {
                    if let Some(id) = key_identity(c) {
                        if seen.contains(&id) {
                            let msg = format!("mapping pattern checks duplicate key ({})", key_repr(c));
                            return err(msg, self.cur_span());
                        }
                        seen.push(id);
                    }
                }
                ExprKind::Attribute { .. } => {}
                _ => return err("mapping pattern keys may only match literals and attribute lookups", self.cur_span()),
            }
            self.visit_expr(key)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        // The keys tuple and the values tuple (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.load_const(ConstValue::None);
        self.emit(Instr::IsOp(true));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // Matched: what follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        if let Some(rest) = rest {
            // rest = dict(subject) without the matched keys.
            self.emit(Instr::BuildMap(0));
            self.emit(Instr::Swap(3));
            self.emit(Instr::DictUpdate(2));
            self.emit(Instr::UnpackSequence(size as u32));
            let mut left = size;
            while left > 0 {
                self.emit(Instr::Copy(1 + left as u32));
                left -= 1;
                self.emit(Instr::Swap(2));
                self.emit(Instr::DeleteSubscr);
            }
            self.store_name(Some(rest), pc)?;
        } else {
            self.emit(Instr::PopTop);
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &Pattern,
        cls: &Expr,
        patterns: &[Pattern],
        kwd_attrs: &[String],
        kwd_patterns: &[Pattern],
        pc: &mut PatCtx,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs > 0 {
            for (i, attr) in kwd_attrs.iter().enumerate() {
                self.set_loc(kwd_patterns[i].span);
                if attr == "__debug__" {
                    return err("cannot assign to __debug__", self.cur_span());
                }
                if let Some(j) = kwd_attrs[i + 1..].iter().position(|o| o == attr) {
                    self.set_loc(kwd_patterns[i + 1 + j].span);
                    return err(format!("attribute name repeated in class pattern: {attr}"), self.cur_span());
                }
            }
            self.set_loc(p.span);
        }
        self.visit_expr(cls)?;
        let names: Vec<ConstValue> = kwd_attrs.iter().map(|a| ConstValue::Str(a.as_str().into())).collect();
        self.load_const(ConstValue::Tuple(names.into()));
        self.emit(Instr::MatchClass(nargs as u32));
        self.emit(Instr::Copy(1));
        self.load_const(ConstValue::None);
        self.emit(Instr::IsOp(true));
        // On top: a tuple of the nargs + nattrs attributes (or None).
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse(0));
        self.emit(Instr::UnpackSequence((nargs + nattrs) as u32));
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(Instr::PopTop);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }
}
