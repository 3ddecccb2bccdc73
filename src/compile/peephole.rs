//! The peephole part of CPython 3.11's CFG optimiser (`optimize_basic_block`,
//! `jump_thread`, `apply_static_swaps`, `extend_block`): constant conditional
//! jumps, `x is None` jumps, tuple folding, jump threading, static swaps and
//! copying small exit blocks into their predecessors.

use crate::bytecode::{ConstValue, Instr};

use super::builder::{add_const, is_uncond_jump, BlockId, Cfg, Op, MAX_COPY_SIZE};

impl Cfg {
    pub(super) fn const_truth(consts: &[ConstValue], i: &Instr) -> Option<bool> {
        let Instr::LoadConst(k) = i else { return None };
        Some(match consts.get(*k as usize)? {
            ConstValue::None | ConstValue::False => false,
            ConstValue::True | ConstValue::Ellipsis | ConstValue::Code(_) => true,
            ConstValue::Int(v) => v.sign() != num_bigint::Sign::NoSign,
            ConstValue::Float(f) => *f != 0.0,
            ConstValue::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            ConstValue::Str(s) => !s.is_empty(),
            ConstValue::Bytes(b) => !b.is_empty(),
            ConstValue::Tuple(t) | ConstValue::FrozenSet(t) => !t.is_empty(),
        })
    }

    /// A subset of CPython's `optimize_basic_block` peepholes.
    pub(super) fn optimize_block(&mut self, b: BlockId, consts: &mut Vec<ConstValue>) {
        let mut i = 0usize;
        while i < self.blocks[b].instrs.len() {
            let ins = self.blocks[b].instrs[i];
            let next = self.blocks[b].instrs.get(i + 1).copied();
            let Op::I(instr) = ins.op else {
                i += 1;
                continue;
            };
            let target_first = ins.target.and_then(|t| {
                let t = self.next_nonempty(t);
                self.blocks[t].instrs.first().copied().map(|f| (t, f))
            });
            match instr {
                Instr::LoadConst(_) => {
                    if let Some(nx) = next {
                        match nx.op {
                            Op::I(Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)) => {
                                if let Some(truth) = Self::const_truth(consts, &instr) {
                                    let jump_if_true = matches!(nx.op, Op::I(Instr::PopJumpIfTrue(_)));
                                    self.blocks[b].instrs[i].op = Op::I(Instr::Nop);
                                    self.blocks[b].instrs[i + 1].op =
                                        if truth == jump_if_true { Op::I(Instr::Jump(0)) } else { Op::I(Instr::Nop) };
                                    if truth != jump_if_true {
                                        self.blocks[b].instrs[i + 1].target = None;
                                    }
                                }
                            }
                            Op::I(Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_)) => {
                                if let Some(truth) = Self::const_truth(consts, &instr) {
                                    let jump_if_true = matches!(nx.op, Op::I(Instr::JumpIfTrueOrPop(_)));
                                    if truth == jump_if_true {
                                        self.blocks[b].instrs[i + 1].op = Op::I(Instr::Jump(0));
                                    } else {
                                        self.blocks[b].instrs[i].op = Op::I(Instr::Nop);
                                        self.blocks[b].instrs[i + 1].op = Op::I(Instr::Nop);
                                        self.blocks[b].instrs[i + 1].target = None;
                                    }
                                }
                            }
                            Op::I(Instr::IsOp(inv)) => {
                                let is_none = matches!(instr, Instr::LoadConst(k) if matches!(consts.get(k as usize), Some(ConstValue::None)));
                                if let (true, Some(j)) = (is_none, self.blocks[b].instrs.get(i + 2).copied()) {
                                    if let Op::I(Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_)) = j.op {
                                        let mut invert = inv;
                                        if matches!(j.op, Op::I(Instr::PopJumpIfFalse(_))) {
                                            invert = !invert;
                                        }
                                        // The IS_OP becomes the jump (keeping its location).
                                        self.blocks[b].instrs[i].op = Op::I(Instr::Nop);
                                        self.blocks[b].instrs[i + 1].op = Op::I(if invert {
                                            Instr::PopJumpIfNotNone(0)
                                        } else {
                                            Instr::PopJumpIfNone(0)
                                        });
                                        self.blocks[b].instrs[i + 1].target = j.target;
                                        self.blocks[b].instrs[i + 2].op = Op::I(Instr::Nop);
                                        self.blocks[b].instrs[i + 2].target = None;
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    if let Some(Op::I(Instr::UnpackSequence(m))) = next.map(|x| x.op) {
                        if m == n && (1..=3).contains(&n) {
                            self.blocks[b].instrs[i].op = Op::I(Instr::Nop);
                            self.blocks[b].instrs[i + 1].op = Op::I(if n == 1 { Instr::Nop } else { Instr::Swap(n) });
                            i += 1;
                            continue;
                        }
                    }
                    // fold_tuple_on_constants
                    let n = n as usize;
                    if i >= n {
                        let start = i - n;
                        let all_const = self.blocks[b].instrs[start..i].iter().all(|x| matches!(x.op, Op::I(Instr::LoadConst(_))));
                        if all_const {
                            let items: Vec<ConstValue> = self.blocks[b].instrs[start..i]
                                .iter()
                                .map(|x| match x.op {
                                    Op::I(Instr::LoadConst(k)) => consts[k as usize].clone(),
                                    _ => ConstValue::None,
                                })
                                .collect();
                            let k = add_const(consts, ConstValue::Tuple(items.into()));
                            for x in &mut self.blocks[b].instrs[start..i] {
                                x.op = Op::I(Instr::Nop);
                            }
                            self.blocks[b].instrs[i].op = Op::I(Instr::LoadConst(k));
                        }
                    }
                }
                Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_) => {
                    if let Some((tb, tf)) = target_first {
                        let is_false = matches!(instr, Instr::JumpIfFalseOrPop(_));
                        match tf.op {
                            Op::I(Instr::Jump(_)) => {
                                self.jump_thread(b, i, tf.target, None);
                            }
                            Op::I(Instr::PopJumpIfFalse(_)) | Op::I(Instr::JumpIfFalseOrPop(_)) if is_false => {
                                let newop = if matches!(tf.op, Op::I(Instr::PopJumpIfFalse(_))) {
                                    Some(Instr::PopJumpIfFalse(0))
                                } else {
                                    None
                                };
                                self.jump_thread(b, i, tf.target, newop);
                            }
                            Op::I(Instr::PopJumpIfTrue(_)) | Op::I(Instr::JumpIfTrueOrPop(_)) if !is_false => {
                                let newop = if matches!(tf.op, Op::I(Instr::PopJumpIfTrue(_))) {
                                    Some(Instr::PopJumpIfTrue(0))
                                } else {
                                    None
                                };
                                self.jump_thread(b, i, tf.target, newop);
                            }
                            // Opposite test: the first jump skips past the second test.
                            Op::I(Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_) | Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_))
                                if ins.loc.line == tf.loc.line && self.blocks[tb].instrs.len() == 1 =>
                            {
                                if let Some(after) = self.blocks[tb].next {
                                    self.blocks[b].instrs[i].op =
                                        Op::I(if is_false { Instr::PopJumpIfFalse(0) } else { Instr::PopJumpIfTrue(0) });
                                    self.blocks[b].instrs[i].target = Some(after);
                                    continue;
                                }
                            }
                            _ => {}
                        }
                    }
                }
                Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_) | Instr::PopJumpIfNone(_) | Instr::PopJumpIfNotNone(_) | Instr::Jump(_) => {
                    if let Some((_, tf)) = target_first {
                        if matches!(tf.op, Op::I(Instr::Jump(_)))
                            && tf.target != ins.target
                            && self.jump_thread(b, i, tf.target, None)
                        {
                            continue;
                        }
                    }
                }
                Instr::Swap(1) => {
                    self.blocks[b].instrs[i].op = Op::I(Instr::Nop);
                }
                Instr::Swap(_) => {
                    i = self.swaptimize(b, i);
                    self.apply_static_swaps(b, i);
                }
                Instr::PushNull => {
                    if let Some(Op::I(Instr::LoadGlobal { namei, push_null: false })) = next.map(|x| x.op) {
                        self.blocks[b].instrs[i].op = Op::I(Instr::Nop);
                        self.blocks[b].instrs[i + 1].op = Op::I(Instr::LoadGlobal { namei, push_null: true });
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// CPython's `swaptimize`: a run of SWAPs (and NOPs) starting at `start`
    /// is replaced by the fewest SWAPs with the same effect (the pattern
    /// compiler emits long runs). Returns the index of the run's last
    /// instruction.
    fn swaptimize(&mut self, b: BlockId, start: usize) -> usize {
        let instrs = &mut self.blocks[b].instrs;
        let Op::I(Instr::Swap(first)) = instrs[start].op else { return start };
        let mut depth = first as usize;
        let mut len = 1;
        let mut more = false;
        while start + len < instrs.len() {
            match instrs[start + len].op {
                Op::I(Instr::Swap(n)) => {
                    depth = depth.max(n as usize);
                    more = true;
                }
                Op::I(Instr::Nop) => {}
                _ => break,
            }
            len += 1;
        }
        if !more {
            return start;
        }
        // Run the SWAPs on a model stack (index 0 = top).
        let mut stack: Vec<usize> = (0..depth).collect();
        for ins in &instrs[start..start + len] {
            if let Op::I(Instr::Swap(n)) = ins.op {
                stack.swap(0, n as usize - 1);
            }
        }
        // Rebuild the permutation cycle by cycle, filling the run from its end.
        const VISITED: usize = usize::MAX;
        let mut current = len as isize - 1;
        for i in 0..depth {
            if stack[i] == VISITED || stack[i] == i {
                continue;
            }
            let mut j = i;
            loop {
                if j != 0 && current >= 0 {
                    instrs[start + current as usize].op = Op::I(Instr::Swap(j as u32 + 1));
                    current -= 1;
                }
                if stack[j] == VISITED {
                    break;
                }
                let next = stack[j];
                stack[j] = VISITED;
                j = next;
            }
        }
        while current >= 0 {
            instrs[start + current as usize].op = Op::I(Instr::Nop);
            current -= 1;
        }
        start + len - 1
    }

    /// CPython's `next_swappable_instruction`.
    fn next_swappable(&self, b: BlockId, mut i: usize, line: Option<u32>) -> Option<usize> {
        let instrs = &self.blocks[b].instrs;
        loop {
            i += 1;
            let ins = instrs.get(i)?;
            if let Some(l) = line {
                if ins.loc.line != l {
                    return None;
                }
            }
            match ins.op {
                Op::I(Instr::Nop) => continue,
                Op::I(Instr::StoreFast(_) | Instr::PopTop) => return Some(i),
                _ => return None,
            }
        }
    }

    /// CPython's `apply_static_swaps`: a SWAP followed by stores to fast
    /// locals is done by reordering the stores instead.
    fn apply_static_swaps(&mut self, b: BlockId, start: usize) {
        let mut i = start as isize;
        while i >= 0 {
            let iu = i as usize;
            let ins = self.blocks[b].instrs[iu];
            let Op::I(Instr::Swap(n)) = ins.op else {
                if matches!(ins.op, Op::I(Instr::Nop | Instr::StoreFast(_) | Instr::PopTop)) {
                    i -= 1;
                    continue;
                }
                return;
            };
            let Some(j) = self.next_swappable(b, iu, None) else { return };
            let line = self.blocks[b].instrs[j].loc.line;
            let mut k = j;
            for _ in 1..n {
                match self.next_swappable(b, k, Some(line)) {
                    Some(x) => k = x,
                    None => return,
                }
            }
            self.blocks[b].instrs[iu].op = Op::I(Instr::Nop);
            self.blocks[b].instrs.swap(j, k);
            i -= 1;
        }
    }

    /// Retargets instruction `i` of block `b` to `new_target` (CPython's jump_thread);
    /// returns true when it changed something.
    fn jump_thread(&mut self, b: BlockId, i: usize, new_target: Option<BlockId>, newop: Option<Instr>) -> bool {
        let Some(t) = new_target else { return false };
        if self.blocks[b].instrs[i].target == Some(t) {
            return false;
        }
        // CPython only threads when both jumps are on the same line.
        let tl = self.blocks[self.next_nonempty(self.blocks[b].instrs[i].target.unwrap_or(t))].instrs.first().map(|x| x.loc.line);
        if tl != Some(self.blocks[b].instrs[i].loc.line) {
            return false;
        }
        let ins = &mut self.blocks[b].instrs[i];
        if let Some(op) = newop {
            ins.op = Op::I(op);
        }
        ins.target = Some(t);
        true
    }

    /// extend_block: an unconditional jump to a small exit block without a
    /// line number is replaced by a copy of that block.
    pub(super) fn extend_block(&mut self, b: BlockId) {
        let Some(last) = self.blocks[b].instrs.last().copied() else { return };
        if !is_uncond_jump(&last) {
            return;
        }
        let Some(t) = last.target else { return };
        let t = self.next_nonempty(t);
        if self.is_exit_without_lineno(t) && self.blocks[t].instrs.len() <= MAX_COPY_SIZE {
            let copy = self.blocks[t].instrs.clone();
            let bl = &mut self.blocks[b];
            let n = bl.instrs.len();
            bl.instrs[n - 1].op = Op::I(Instr::Nop);
            bl.instrs[n - 1].target = None;
            bl.instrs.extend(copy);
        }
    }

}
