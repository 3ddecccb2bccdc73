//! The control-flow graph of one code object and its assembly into a
//! `CodeObject`: basic blocks, pseudo-instructions for exception handling
//! (`SETUP_FINALLY`/`SETUP_CLEANUP`/`SETUP_WITH`/`POP_BLOCK`), the CFG
//! clean-ups CPython 3.11 performs (NOP removal, jump threading, constant
//! conditional jumps, copying small exit blocks, line-number propagation),
//! stack depth analysis, and the exception table.
//!
//! Following CPython's passes in the same order is what makes the output
//! match `dis` instruction for instruction.

use crate::bytecode::{ConstValue, ExceptionTableEntry, Instr, Loc};

pub type BlockId = usize;

/// A compile-time instruction: either a real one (jump operands are block
/// ids until assembly) or one of CPython's pseudo-instructions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    I(Instr),
    SetupFinally,
    SetupCleanup,
    SetupWith,
    PopBlock,
    /// CPython's RESUME: kept during optimisation (it affects NOP removal), dropped at assembly.
    Resume,
}

#[derive(Clone, Copy, Debug)]
pub struct Ins {
    pub op: Op,
    pub loc: Loc,
    pub target: Option<BlockId>,
    pub handler: Option<BlockId>,
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<Ins>,
    pub next: Option<BlockId>,
    pub preserve_lasti: bool,
    pub startdepth: Option<i32>,
    pub predecessors: u32,
    pub visited: bool,
    pub except_stack: Option<Vec<BlockId>>,
}

/// Maximum size of an exit block that gets copied into its predecessors.
pub(super) const MAX_COPY_SIZE: usize = 4;

pub(super) fn is_uncond_jump(i: &Ins) -> bool {
    matches!(i.op, Op::I(Instr::Jump(_)))
}
fn is_jump(i: &Ins) -> bool {
    matches!(i.op, Op::I(x) if x.jump_target().is_some())
}
fn is_block_push(i: &Ins) -> bool {
    matches!(i.op, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
}
fn is_exit(i: &Ins) -> bool {
    matches!(i.op, Op::I(Instr::ReturnValue | Instr::RaiseVarargs(_) | Instr::Reraise(_) | Instr::ReraiseLasti(_)))
}
fn no_fallthrough(i: &Ins) -> bool {
    is_exit(i) || is_uncond_jump(i)
}

/// Replaces the jump target operand of an instruction.
pub fn with_target(i: Instr, t: u32) -> Instr {
    match i {
        Instr::ForIter(_) => Instr::ForIter(t),
        Instr::Send(_) => Instr::Send(t),
        Instr::Jump(_) => Instr::Jump(t),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
        Instr::PopJumpIfNone(_) => Instr::PopJumpIfNone(t),
        Instr::PopJumpIfNotNone(_) => Instr::PopJumpIfNotNone(t),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
        other => other,
    }
}

/// Stack effect of an instruction (`jump`: along the jump edge), as CPython's `stack_effect`.
pub fn stack_effect(op: &Op, jump: bool) -> i32 {
    let i = match op {
        Op::SetupFinally => return if jump { 1 } else { 0 },
        Op::SetupCleanup => return if jump { 2 } else { 0 },
        Op::SetupWith => return if jump { 1 } else { 0 },
        Op::PopBlock | Op::Resume => return 0,
        Op::I(i) => *i,
    };
    use Instr::*;
    match i {
        Nop | Swap(_) | UnaryPositive | UnaryNegative | UnaryNot | UnaryInvert | GetIter | GetYieldFromIter => 0,
        PopTop => -1,
        PushNull | Copy(_) => 1,
        BinaryOp(_) | BinarySubscr | CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        PrintExpr => -1,
        LoadBuildClass | LoadAssertionError => 1,
        ReturnValue => -1,
        YieldValue => 0,
        Send(_) => {
            if jump {
                -1
            } else {
                0
            }
        }
        SetupAnnotations => 0,
        ImportStar => -1,
        PopExcept => -1,
        Reraise(_) | ReraiseLasti(_) => -1,
        PushExcInfo => 1,
        CheckExcMatch => 0,
        WithExceptStart => 1,
        BeforeWith => 1,
        GetAwaitable(_) | GetAiter | AsyncGenWrap => 0,
        GetAnext | BeforeAsyncWith => 1,
        EndAsyncFor => -2,
        StoreName(_) | StoreGlobal(_) | StoreFast(_) | StoreDeref(_) => -1,
        DeleteName(_) | DeleteGlobal(_) | DeleteFast(_) | DeleteDeref(_) => 0,
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx { before, after } => before as i32 + after as i32,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        LoadConst(_) | LoadName(_) | LoadFast(_) | LoadClosure(_) | LoadDeref(_) | LoadClassDeref(_) => 1,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        BuildConstKeyMap(n) => -(n as i32),
        LoadAttr(_) => 0,
        LoadMethod(_) => 1,
        ImportName(_) => -1,
        ImportFrom(_) => 1,
        Jump(_) => 0,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        LoadGlobal { push_null, .. } => 1 + push_null as i32,
        RaiseVarargs(n) => -(n as i32),
        MakeFunction(f) => -(f.count_ones() as i32),
        MakeCell(_) | CopyFreeVars(_) => 0,
        CallFunctionEx(kw) => -2 - kw as i32,
        ListAppend(_) | SetAdd(_) => -1,
        MapAdd(_) => -2,
        ListExtend(_) | SetUpdate(_) | DictMerge(_) | DictUpdate(_) => -1,
        ListToTuple => 0,
        KwNames(_) => 0,
        Call(n) => -(n as i32) - 1,
        FormatValue { has_spec, .. } => -(has_spec as i32),
        GetLen | MatchMapping | MatchSequence | MatchKeys => 1,
        MatchClass(_) => -2,
        CheckEgMatch => 0,
        PrepReraiseStar => -1,
    }
}

/// The CFG under construction for one code object.
#[derive(Debug, Default)]
pub struct Cfg {
    pub blocks: Vec<Block>,
    /// First block in layout order.
    pub entry: BlockId,
    pub cur: BlockId,
}

impl Cfg {
    pub fn new() -> Cfg {
        let mut c = Cfg { blocks: vec![Block::default()], entry: 0, cur: 0 };
        c.cur = 0;
        c
    }
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }
    /// Makes `b` the current block, laid out right after the current one.
    pub fn use_next_block(&mut self, b: BlockId) {
        self.blocks[self.cur].next = Some(b);
        self.cur = b;
    }
    /// Appends an instruction. A real jump always ends its block (CPython 3.11
    /// requires it, and line-number propagation relies on it).
    pub fn emit(&mut self, op: Op, loc: Loc, target: Option<BlockId>) {
        self.blocks[self.cur].instrs.push(Ins { op, loc, target, handler: None });
        if target.is_some() && matches!(op, Op::I(_)) {
            let b = self.new_block();
            self.use_next_block(b);
        }
    }
    /// True when the current block already ends with a return (CPython's `b_return`).
    pub fn cur_returns(&self) -> bool {
        self.blocks[self.cur].instrs.iter().any(|i| matches!(i.op, Op::I(Instr::ReturnValue)))
    }

    fn layout(&self) -> Vec<BlockId> {
        let mut v = Vec::new();
        let mut b = Some(self.entry);
        while let Some(x) = b {
            v.push(x);
            b = self.blocks[x].next;
        }
        v
    }

    pub(super) fn next_nonempty(&self, mut b: BlockId) -> BlockId {
        while self.blocks[b].instrs.is_empty() {
            match self.blocks[b].next {
                Some(n) => b = n,
                None => break,
            }
        }
        b
    }

    /// normalize_basic_block: drop instructions after an unconditional exit.
    fn normalize(&mut self) {
        for b in &mut self.blocks {
            if let Some(p) = b.instrs.iter().position(no_fallthrough) {
                b.instrs.truncate(p + 1);
            }
        }
    }

    fn nofallthrough(&self, b: BlockId) -> bool {
        self.blocks[b].instrs.last().is_some_and(no_fallthrough)
    }

    pub(super) fn is_exit_without_lineno(&self, b: BlockId) -> bool {
        let bl = &self.blocks[b];
        bl.instrs.last().is_some_and(is_exit) && bl.instrs.iter().all(|i| i.loc.line == 0)
    }

    fn eliminate_empty_blocks(&mut self) {
        // Redirect jumps into empty blocks to the next non-empty one.
        let order = self.layout();
        for &b in &order {
            for k in 0..self.blocks[b].instrs.len() {
                if let Some(t) = self.blocks[b].instrs[k].target {
                    let nt = self.next_nonempty(t);
                    self.blocks[b].instrs[k].target = Some(nt);
                }
            }
        }
        // Unlink empty blocks from the layout.
        let order: Vec<BlockId> = order.into_iter().filter(|&b| !self.blocks[b].instrs.is_empty()).collect();
        if order.is_empty() {
            return;
        }
        self.entry = order[0];
        for w in 0..order.len() {
            self.blocks[order[w]].next = order.get(w + 1).copied();
        }
    }

    /// clean_basic_block: removes NOPs that carry no needed line number.
    fn clean_block(&mut self, b: BlockId) {
        let next_first_line = {
            let mut n = self.blocks[b].next;
            while let Some(x) = n {
                if !self.blocks[x].instrs.is_empty() {
                    break;
                }
                n = self.blocks[x].next;
            }
            n.map(|x| self.blocks[x].instrs[0].loc.line)
        };
        let instrs = std::mem::take(&mut self.blocks[b].instrs);
        let mut out: Vec<Ins> = Vec::with_capacity(instrs.len());
        let mut prev_line: i64 = -1;
        let n = instrs.len();
        let mut instrs = instrs;
        for src in 0..n {
            let ins = instrs[src];
            let line = ins.loc.line;
            if matches!(ins.op, Op::I(Instr::Nop)) {
                if line == 0 {
                    continue;
                }
                if prev_line == line as i64 {
                    continue;
                }
                if src < n - 1 {
                    let nl = instrs[src + 1].loc.line;
                    if nl == line {
                        continue;
                    }
                    if nl == 0 {
                        instrs[src + 1].loc = ins.loc;
                        continue;
                    }
                } else if next_first_line == Some(line) {
                    continue;
                }
            }
            out.push(ins);
            prev_line = if line == 0 { -1 } else { line as i64 };
        }
        self.blocks[b].instrs = out;
    }

    fn successors(&self, b: BlockId) -> Vec<BlockId> {
        let bl = &self.blocks[b];
        let mut v = Vec::new();
        for ins in &bl.instrs {
            if let Some(t) = ins.target {
                v.push(t);
            }
        }
        if !self.nofallthrough(b) {
            if let Some(n) = bl.next {
                v.push(n);
            }
        }
        v
    }

    fn mark_reachable(&mut self) {
        for bl in &mut self.blocks {
            bl.predecessors = 0;
            bl.visited = false;
        }
        let mut stack = vec![self.entry];
        self.blocks[self.entry].predecessors = 1;
        self.blocks[self.entry].visited = true;
        while let Some(b) = stack.pop() {
            for s in self.successors(b) {
                self.blocks[s].predecessors += 1;
                if !self.blocks[s].visited {
                    self.blocks[s].visited = true;
                    stack.push(s);
                }
            }
        }
    }

    fn optimize(&mut self, consts: &mut Vec<ConstValue>) {
        let order = self.layout();
        for &b in &order {
            self.optimize_block(b, consts);
            self.clean_block(b);
        }
        // CPython walks its block list newest-first; order matters for chains.
        for b in (0..self.blocks.len()).rev() {
            self.extend_block(b);
        }
        self.mark_reachable();
        for &b in &order {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
            }
        }
        self.eliminate_empty_blocks();
        for b in self.layout() {
            self.clean_block(b);
        }
        // Remove jumps to the block that follows anyway.
        let mut changed = false;
        for b in self.layout() {
            let next = self.blocks[b].next.map(|n| self.next_nonempty(n));
            if let Some(last) = self.blocks[b].instrs.last_mut() {
                if is_uncond_jump(last) && last.target.is_some() && last.target == next {
                    last.op = Op::I(Instr::Nop);
                    last.target = None;
                    changed = true;
                }
            }
        }
        if changed {
            for b in self.layout() {
                self.clean_block(b);
            }
            self.eliminate_empty_blocks();
        }
    }

    fn duplicate_exits_without_lineno(&mut self) {
        self.mark_reachable();
        // CPython walks its block list newest-first.
        let n = self.blocks.len();
        for b in (0..n).rev() {
            if !self.blocks[b].visited {
                continue;
            }
            let Some(last) = self.blocks[b].instrs.last().copied() else { continue };
            if !is_jump(&last) {
                continue;
            }
            let Some(t) = last.target else { continue };
            if self.is_exit_without_lineno(t) && self.blocks[t].predecessors > 1 {
                let mut nb = self.blocks[t].clone();
                nb.instrs[0].loc = last.loc;
                nb.predecessors = 1;
                nb.next = self.blocks[t].next;
                self.blocks.push(nb);
                let nid = self.blocks.len() - 1;
                self.blocks[t].next = Some(nid);
                self.blocks[t].predecessors -= 1;
                let n = self.blocks[b].instrs.len();
                self.blocks[b].instrs[n - 1].target = Some(nid);
            }
        }
        self.eliminate_empty_blocks();
        for b in self.layout() {
            if self.nofallthrough(b) {
                continue;
            }
            let Some(n) = self.blocks[b].next else { continue };
            if let Some(last) = self.blocks[b].instrs.last().copied() {
                if self.is_exit_without_lineno(n) {
                    self.blocks[n].instrs[0].loc = last.loc;
                }
            }
        }
    }

    fn propagate_line_numbers(&mut self) {
        self.mark_reachable();
        for b in self.layout() {
            let mut prev: Option<Loc> = None;
            for ins in &mut self.blocks[b].instrs {
                if ins.loc.line == 0 {
                    if let Some(p) = prev {
                        ins.loc = p;
                    }
                } else {
                    prev = Some(ins.loc);
                }
            }
            let Some(prev) = prev else { continue };
            if !self.nofallthrough(b) {
                if let Some(n) = self.blocks[b].next {
                    if self.blocks[n].predecessors == 1 {
                        if let Some(f) = self.blocks[n].instrs.first_mut() {
                            if f.loc.line == 0 {
                                f.loc = prev;
                            }
                        }
                    }
                }
            }
            if let Some(last) = self.blocks[b].instrs.last().copied() {
                if is_jump(&last) {
                    if let Some(t) = last.target {
                        if self.blocks[t].predecessors == 1 {
                            if let Some(f) = self.blocks[t].instrs.first_mut() {
                                if f.loc.line == 0 {
                                    f.loc = prev;
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Flow analysis of stack depth; records each block's start depth.
    fn stackdepth(&mut self) -> i32 {
        for bl in &mut self.blocks {
            bl.startdepth = None;
        }
        let mut stack = vec![];
        let mut maxdepth = 0;
        let push = |blocks: &mut Vec<Block>, stack: &mut Vec<BlockId>, b: BlockId, d: i32| {
            if blocks[b].startdepth.is_none() {
                blocks[b].startdepth = Some(d);
                stack.push(b);
            }
        };
        push(&mut self.blocks, &mut stack, self.entry, 0);
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].startdepth.unwrap_or(0);
            let instrs = self.blocks[b].instrs.clone();
            let mut fell = true;
            for ins in &instrs {
                let eff = stack_effect(&ins.op, false);
                if let Some(t) = ins.target {
                    let je = stack_effect(&ins.op, true);
                    let td = depth + je;
                    maxdepth = maxdepth.max(td);
                    push(&mut self.blocks, &mut stack, t, td);
                }
                depth += eff;
                maxdepth = maxdepth.max(depth);
                if no_fallthrough(ins) {
                    fell = false;
                    break;
                }
            }
            if fell {
                if let Some(n) = self.blocks[b].next {
                    push(&mut self.blocks, &mut stack, n, depth);
                }
            }
        }
        maxdepth
    }

    /// Assigns each instruction its handler from the SETUP_*/POP_BLOCK
    /// pseudo-instructions, then turns those into NOPs.
    fn label_exception_targets(&mut self) {
        for bl in &mut self.blocks {
            bl.except_stack = None;
            bl.visited = false;
        }
        let mut todo = vec![self.entry];
        self.blocks[self.entry].except_stack = Some(Vec::new());
        self.blocks[self.entry].visited = true;
        while let Some(b) = todo.pop() {
            let mut stack = self.blocks[b].except_stack.clone().unwrap_or_default();
            let n = self.blocks[b].instrs.len();
            for k in 0..n {
                let ins = self.blocks[b].instrs[k];
                if is_block_push(&ins) {
                    let t = ins.target.expect("setup target");
                    if !self.blocks[t].visited {
                        self.blocks[t].except_stack = Some(stack.clone());
                        self.blocks[t].visited = true;
                        todo.push(t);
                    }
                    self.blocks[t].preserve_lasti = matches!(ins.op, Op::SetupCleanup | Op::SetupWith);
                    stack.push(t);
                    self.blocks[b].instrs[k].handler = None;
                } else if matches!(ins.op, Op::PopBlock) {
                    stack.pop();
                    self.blocks[b].instrs[k].handler = None;
                } else {
                    self.blocks[b].instrs[k].handler = stack.last().copied();
                    if let Some(t) = ins.target {
                        if !self.blocks[t].visited {
                            self.blocks[t].except_stack = Some(stack.clone());
                            self.blocks[t].visited = true;
                            todo.push(t);
                        }
                    }
                }
            }
            if !self.nofallthrough(b) {
                if let Some(nx) = self.blocks[b].next {
                    if !self.blocks[nx].visited {
                        self.blocks[nx].except_stack = Some(stack.clone());
                        self.blocks[nx].visited = true;
                        todo.push(nx);
                    }
                }
            }
        }
        for bl in &mut self.blocks {
            for ins in &mut bl.instrs {
                if matches!(ins.op, Op::PopBlock) {
                    ins.op = Op::I(Instr::Nop);
                }
            }
        }
    }

    /// Runs CPython's assembly pipeline. Returns instructions, locations,
    /// exception table and stack size.
    pub fn assemble(
        mut self,
        consts: &mut Vec<ConstValue>,
        first_line: u32,
    ) -> (Vec<Instr>, Vec<Loc>, Vec<ExceptionTableEntry>, u32) {
        self.normalize();
        self.ensure_exits_have_lineno(first_line);
        self.optimize(consts);
        self.duplicate_exits_without_lineno();
        self.trim_unused_consts(consts);
        self.propagate_line_numbers();
        let maxdepth = self.stackdepth();
        self.label_exception_targets();
        for bl in &mut self.blocks {
            for ins in &mut bl.instrs {
                if matches!(ins.op, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith) {
                    ins.op = Op::I(Instr::Nop);
                    ins.target = None;
                }
            }
        }
        for b in self.layout() {
            self.clean_block(b);
        }
        // Linearise: drop RESUME, compute instruction indices.
        let order = self.layout();
        let mut start = vec![u32::MAX; self.blocks.len()];
        let mut pos = 0u32;
        for &b in &order {
            start[b] = pos;
            pos += self.blocks[b].instrs.iter().filter(|i| !matches!(i.op, Op::Resume)).count() as u32;
        }
        // Blocks that became empty start where the next non-empty one does.
        for &b in order.iter().rev() {
            if self.blocks[b].instrs.is_empty() {
                start[b] = self.blocks[b].next.map_or(pos, |n| start[n]);
            }
        }
        let resolve = |start: &Vec<u32>, b: BlockId| -> u32 {
            let s = start[b];
            if s == u32::MAX {
                0
            } else {
                s
            }
        };
        let mut instrs = Vec::with_capacity(pos as usize);
        let mut locs = Vec::with_capacity(pos as usize);
        let mut handlers: Vec<Option<BlockId>> = Vec::with_capacity(pos as usize);
        for &b in &order {
            for ins in &self.blocks[b].instrs {
                let Op::I(i) = ins.op else { continue };
                let i = match ins.target {
                    Some(t) => with_target(i, resolve(&start, t)),
                    None => i,
                };
                instrs.push(i);
                locs.push(ins.loc);
                handlers.push(ins.handler);
            }
        }
        let mut table = Vec::new();
        let mut k = 0;
        while k < handlers.len() {
            let Some(h) = handlers[k] else {
                k += 1;
                continue;
            };
            let mut e = k;
            while e < handlers.len() && handlers[e] == Some(h) {
                e += 1;
            }
            let hb = &self.blocks[h];
            let lasti = hb.preserve_lasti;
            let depth = hb.startdepth.unwrap_or(1) - 1 - lasti as i32;
            table.push(ExceptionTableEntry {
                start: k as u32,
                end: e as u32,
                target: resolve(&start, h),
                depth: depth.max(0) as u32,
                push_lasti: lasti,
            });
            k = e;
        }
        (instrs, locs, table, maxdepth.max(0) as u32)
    }

    /// Drops trailing constants no reachable instruction uses (CPython's trim_unused_consts).
    fn trim_unused_consts(&self, consts: &mut Vec<ConstValue>) {
        let mut max = 0usize;
        for b in self.layout() {
            for ins in &self.blocks[b].instrs {
                if let Op::I(Instr::LoadConst(k) | Instr::KwNames(k)) = ins.op {
                    max = max.max(k as usize);
                }
            }
        }
        if max + 1 < consts.len() {
            consts.truncate(max + 1);
        }
    }

    fn ensure_exits_have_lineno(&mut self, first_line: u32) {
        // The entry block of an empty body gets the first line.
        let e = self.entry;
        if self.is_exit_without_lineno(e) {
            if let Some(f) = self.blocks[e].instrs.first_mut() {
                f.loc = Loc { line: first_line, end_line: first_line, col: 0, end_col: 0 };
            }
        }
    }
}

/// `add_const` with an index of the merge keys of `consts` (kept in step by
/// the caller's exclusive use of this function), so that a unit with many
/// constants (a 100000-entry dict display) stays linear.
pub fn add_const_indexed(consts: &mut Vec<ConstValue>, index: &mut std::collections::HashMap<String, u32>, c: ConstValue) -> u32 {
    let Some(key) = c.merge_key() else {
        consts.push(c);
        return (consts.len() - 1) as u32;
    };
    if let Some(&i) = index.get(&key) {
        return i;
    }
    consts.push(c);
    let i = (consts.len() - 1) as u32;
    index.insert(key, i);
    i
}

/// Adds a constant, reusing an equal one (same type and value) as CPython's
/// per-code-object constant dict does.
pub fn add_const(consts: &mut Vec<ConstValue>, c: ConstValue) -> u32 {
    if let Some(key) = c.merge_key() {
        for (i, x) in consts.iter().enumerate() {
            if x.merge_key().as_deref() == Some(key.as_str()) {
                return i as u32;
            }
        }
    }
    consts.push(c);
    (consts.len() - 1) as u32
}
