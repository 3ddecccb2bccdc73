//! Code generation for expressions (except calls and comprehensions), and
//! conditional jumps on expressions (`compiler_jump_if`).

use crate::bytecode::opcode::format_value;
use crate::bytecode::{ComparisonOperator, ConstValue, Instr};
use crate::syntax::ast::{self, CmpOp, Ctx, Expr, ExprKind};

use super::builder::BlockId;
use super::stmt::binop;
use super::{attr_loc, const_value, err, warnings, CResult, Compiler};

/// Above this many stack items CPython builds collections incrementally.
pub(crate) const STACK_USE_GUARD: usize = 30;

pub(crate) fn is_const(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(_))
}

fn const_of(e: &Expr) -> ConstValue {
    match &e.kind {
        ExprKind::Constant(c) => const_value(c),
        _ => ConstValue::None,
    }
}

/// `{1, 2}` as the right operand of `in` / the iterable of `for`: CPython folds it to a frozenset.
pub(crate) fn const_set(e: &Expr) -> Option<ConstValue> {
    if let ExprKind::Set(elts) = &e.kind {
        if !elts.is_empty() && elts.iter().all(is_const) {
            let mut items: Vec<ConstValue> = Vec::new();
            for x in elts {
                let c = const_of(x);
                let k = c.merge_key();
                if k.is_some() && items.iter().any(|y| y.merge_key() == k) {
                    continue;
                }
                items.push(c);
            }
            return Some(ConstValue::FrozenSet(items.into()));
        }
    }
    None
}

impl<'a> Compiler<'a> {
    pub fn visit_expr(&mut self, e: &Expr) -> CResult {
        let saved = self.ur().loc;
        self.set_loc(e.span);
        let r = self.visit_expr1(e);
        self.u().loc = saved;
        r
    }

    /// An iterable in `for`/`in` position: a constant set becomes a frozenset constant.
    pub fn visit_iterable(&mut self, e: &Expr) -> CResult {
        if let Some(c) = const_set(e) {
            let saved = self.ur().loc;
            self.set_loc(e.span);
            self.load_const(c);
            self.u().loc = saved;
            return Ok(());
        }
        self.visit_expr(e)
    }

    fn visit_expr1(&mut self, e: &Expr) -> CResult {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.emit(Instr::Copy(1));
                self.visit_expr(target)
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_block();
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.visit_expr(v)?;
                    let j = if *op == ast::BoolOpKind::And { Instr::JumpIfFalseOrPop(0) } else { Instr::JumpIfTrueOrPop(0) };
                    self.emit_jump(j, end);
                    self.next_block();
                }
                self.visit_expr(&values[n])?;
                self.use_next_block(end);
                Ok(())
            }
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.emit(Instr::BinaryOp(binop(*op)));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                self.emit(match op {
                    ast::UnaryOp::Invert => Instr::UnaryInvert,
                    ast::UnaryOp::Not => Instr::UnaryNot,
                    ast::UnaryOp::UAdd => Instr::UnaryPositive,
                    ast::UnaryOp::USub => Instr::UnaryNegative,
                });
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::Await(v) => self.await_expr(e, v),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.emit_jump_noline(Instr::Jump(0), end);
                self.use_next_block(next);
                self.visit_expr(orelse)?;
                self.use_next_block(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::Set(elts) => self.starunpack(elts, 0, Coll::Set, false),
            ExprKind::ListComp { elt, generators } => self.comprehension(e, Comp::List, generators, elt, None),
            ExprKind::SetComp { elt, generators } => self.comprehension(e, Comp::Set, generators, elt, None),
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, Comp::Dict, generators, key, Some(value)),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, Comp::Gen, generators, elt, None),
            ExprKind::Yield(v) => {
                if !self.scope_info().kind.is_function() {
                    return err("'yield' outside function", e.span);
                }
                match v {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(ConstValue::None),
                }
                if self.scope_info().is_coroutine {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                Ok(())
            }
            ExprKind::YieldFrom(v) => {
                if !self.scope_info().kind.is_function() {
                    return err("'yield' outside function", e.span);
                }
                if self.scope_info().is_async_def {
                    return err("'yield from' inside async function", e.span);
                }
                self.visit_expr(v)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(ConstValue::None);
                self.yield_from_loop();
                Ok(())
            }
            ExprKind::Compare { left, ops, comparators } => {
                warnings::check_compare(e.span, left, ops, comparators);
                self.compare(left, ops, comparators)
            }
            ExprKind::Call { func, args, keywords } => {
                warnings::check_caller(e.span, func);
                self.call(e, func, args, keywords)
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.visit_expr(value)?;
                let conv = match *conversion {
                    c if c == b's' as i32 => format_value::STR,
                    c if c == b'r' as i32 => format_value::REPR,
                    c if c == b'a' as i32 => format_value::ASCII,
                    _ => format_value::NONE,
                };
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                }
                self.emit(Instr::FormatValue { conversion: conv, has_spec: format_spec.is_some() });
                Ok(())
            }
            ExprKind::JoinedStr(values) => {
                if values.len() > STACK_USE_GUARD {
                    self.load_const(ConstValue::Str("".into()));
                    let k = self.name_index("join");
                    self.emit(Instr::LoadMethod(k));
                    self.emit(Instr::BuildList(0));
                    for v in values {
                        self.visit_expr(v)?;
                        self.emit(Instr::ListAppend(1));
                    }
                    self.emit(Instr::Call(1));
                } else {
                    for v in values {
                        self.visit_expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(Instr::BuildString(values.len() as u32));
                    }
                }
                Ok(())
            }
            ExprKind::Constant(c) => {
                self.load_const(const_value(c));
                Ok(())
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.visit_expr(value)?;
                let k = self.mangled_name_index(attr);
                match ctx {
                    Ctx::Load | Ctx::Store => {
                        if *ctx == Ctx::Store && attr == "__debug__" {
                            return err("cannot assign to __debug__", e.span);
                        }
                        let loc = attr_loc(self.ur().loc, e.span, attr);
                        self.u().loc = loc;
                        self.emit(if *ctx == Ctx::Load { Instr::LoadAttr(k) } else { Instr::StoreAttr(k) });
                    }
                    Ctx::Del => {
                        let loc = attr_loc(self.ur().loc, e.span, attr);
                        self.u().loc = loc;
                        self.emit(Instr::DeleteAttr(k));
                    }
                }
                Ok(())
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx == Ctx::Load {
                    warnings::check_subscript(e.span, value, slice);
                }
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.emit(match ctx {
                    Ctx::Load => Instr::BinarySubscr,
                    Ctx::Store => Instr::StoreSubscr,
                    Ctx::Del => Instr::DeleteSubscr,
                });
                Ok(())
            }
            ExprKind::Starred { ctx, .. } => match ctx {
                Ctx::Store => err("starred assignment target must be in a list or tuple", e.span),
                _ => err("can't use starred expression here", e.span),
            },
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx, e.span),
            ExprKind::List { elts, ctx } => match ctx {
                Ctx::Store => self.assignment_helper(elts, e),
                Ctx::Load => self.starunpack(elts, 0, Coll::List, false),
                Ctx::Del => {
                    for x in elts {
                        self.visit_expr(x)?;
                    }
                    Ok(())
                }
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                Ctx::Store => self.assignment_helper(elts, e),
                Ctx::Load => self.starunpack(elts, 0, Coll::List, true),
                Ctx::Del => {
                    for x in elts {
                        self.visit_expr(x)?;
                    }
                    Ok(())
                }
            },
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                match lower {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(ConstValue::None),
                }
                match upper {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(ConstValue::None),
                }
                if let Some(s) = step {
                    n += 1;
                    self.visit_expr(s)?;
                }
                self.emit(Instr::BuildSlice(n));
                Ok(())
            }
        }
    }

    /// CPython's `compiler_add_yield_from`: SEND / YIELD_VALUE / JUMP back.
    pub fn yield_from_loop(&mut self) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.emit_jump(Instr::Send(0), exit);
        self.use_next_block(resume);
        self.emit(Instr::YieldValue);
        self.emit_jump(Instr::Jump(0), start);
        self.use_next_block(exit);
    }

    fn assignment_helper(&mut self, elts: &[Expr], whole: &Expr) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, x) in elts.iter().enumerate() {
            if matches!(x.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return err("multiple starred expressions in assignment", whole.span);
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return err("too many expressions in star-unpacking assignment", whole.span);
                }
                self.emit(Instr::UnpackEx { before: i as u16, after: (n - i - 1) as u16 });
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Instr::UnpackSequence(n as u32));
        }
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(x)?,
            }
        }
        Ok(())
    }

    /// CPython's `starunpack_helper` for list/tuple/set displays and `*args` calls.
    pub fn starunpack(&mut self, elts: &[Expr], pushed: u32, coll: Coll, tuple: bool) -> CResult {
        let n = elts.len();
        type Ctor = fn(u32) -> Instr;
        let (build, add, extend): (Ctor, Ctor, Ctor) = match coll {
            Coll::List => (Instr::BuildList, Instr::ListAppend, Instr::ListExtend),
            Coll::Set => (Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate),
        };
        if n > 2 && elts.iter().all(is_const) {
            let items: Vec<ConstValue> = elts.iter().map(const_of).collect();
            if tuple {
                self.load_const(ConstValue::Tuple(items.into()));
            } else {
                self.emit(build(pushed));
                let folded = if coll == Coll::Set {
                    const_set(&Expr { kind: ExprKind::Set(elts.to_vec()), span: Default::default() })
                        .unwrap_or(ConstValue::Tuple(items.into()))
                } else {
                    ConstValue::Tuple(items.into())
                };
                self.load_const(folded);
                self.emit(extend(1));
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUARD;
        let seen_star = elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for x in elts {
                self.visit_expr(x)?;
            }
            self.emit(if tuple { Instr::BuildTuple(n as u32 + pushed) } else { build(n as u32 + pushed) });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &x.kind {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.visit_expr(value)?;
                self.emit(extend(1));
            } else {
                self.visit_expr(x)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn subdict(&mut self, keys: &[Option<Expr>], values: &[Expr], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUARD;
        let all_const = keys[begin..end].iter().all(|k| k.as_ref().is_some_and(is_const));
        if n > 1 && !big && all_const {
            for v in &values[begin..end] {
                self.visit_expr(v)?;
            }
            let ks: Vec<ConstValue> = keys[begin..end].iter().map(|k| k.as_ref().map_or(ConstValue::None, const_of)).collect();
            self.load_const(ConstValue::Tuple(ks.into()));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    fn dict(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUARD {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Instr::CompareOp(ComparisonOperator::Eq),
            CmpOp::NotEq => Instr::CompareOp(ComparisonOperator::Ne),
            CmpOp::Lt => Instr::CompareOp(ComparisonOperator::Lt),
            CmpOp::LtE => Instr::CompareOp(ComparisonOperator::Le),
            CmpOp::Gt => Instr::CompareOp(ComparisonOperator::Gt),
            CmpOp::GtE => Instr::CompareOp(ComparisonOperator::Ge),
            CmpOp::Is => Instr::IsOp(false),
            CmpOp::IsNot => Instr::IsOp(true),
            CmpOp::In => Instr::ContainsOp(false),
            CmpOp::NotIn => Instr::ContainsOp(true),
        });
    }

    /// The last comparator of an `in`/`not in` may be a folded constant set.
    fn visit_comparator(&mut self, ops: &[CmpOp], comparators: &[Expr], i: usize) -> CResult {
        if i == comparators.len() - 1 && matches!(ops[i], CmpOp::In | CmpOp::NotIn) {
            self.visit_iterable(&comparators[i])
        } else {
            self.visit_expr(&comparators[i])
        }
    }

    fn compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) -> CResult {
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_comparator(ops, comparators, 0)?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.compare_op(ops[i]);
            self.emit_jump(Instr::JumpIfFalseOrPop(0), cleanup);
            self.next_block();
        }
        self.visit_comparator(ops, comparators, n)?;
        self.compare_op(ops[n]);
        let end = self.new_block();
        self.emit_jump_noline(Instr::Jump(0), end);
        self.use_next_block(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.use_next_block(end);
        Ok(())
    }

    /// CPython's `compiler_jump_if`: jumps to `next` when `e`'s truth equals `cond`.
    pub fn jump_if(&mut self, e: &Expr, next: BlockId, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp { op: ast::UnaryOp::Not, operand } => return self.jump_if(operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == ast::BoolOpKind::Or;
                let next2 = if cond2 != cond { self.new_block() } else { next };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n], next, cond)?;
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.emit_jump_noline(Instr::Jump(0), end);
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            // CPython sets the location to the comparison here and does not
            // restore it: the jump (and later jumps of the same test) carry it.
            ExprKind::Compare { .. } => self.set_loc(e.span),
            _ => {}
        }
        match &e.kind {
            ExprKind::Compare { left, ops, comparators } if ops.len() > 1 => {
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.visit_expr(left)?;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.compare_op(ops[i]);
                    self.emit_jump(Instr::PopJumpIfFalse(0), cleanup);
                }
                self.visit_comparator(ops, comparators, n)?;
                self.compare_op(ops[n]);
                self.emit_jump(if cond { Instr::PopJumpIfTrue(0) } else { Instr::PopJumpIfFalse(0) }, next);
                self.next_block();
                let end = self.new_block();
                self.emit_jump_noline(Instr::Jump(0), end);
                self.use_next_block(cleanup);
                self.emit(Instr::PopTop);
                if !cond {
                    self.emit_jump_noline(Instr::Jump(0), next);
                }
                self.use_next_block(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        self.emit_jump(if cond { Instr::PopJumpIfTrue(0) } else { Instr::PopJumpIfFalse(0) }, next);
        self.next_block();
        Ok(())
    }
}

/// Which collection `starunpack` builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Coll {
    List,
    Set,
}

/// Comprehension kinds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Comp {
    List,
    Set,
    Dict,
    Gen,
}
