//! The backtracking matcher. It runs a `Program` over a subject (bytes, an
//! ASCII str's bytes, or a str's code points) with an explicit backtrack
//! stack: choice points and undo records for captures and loop counters
//! live in a `Vec`, so long subjects and deep repetition never recurse on
//! the native stack. Only look-around and atomic groups recurse, and that
//! depth is bounded by the pattern's nesting (limited by the parser).

use super::charclass::{category, eq_icase, is_word, lower};
use super::program::{Anchor, Inst, Program};

pub const NONE: usize = usize::MAX;

enum Bt {
    /// Resume at `pc` with position `pos`.
    Alt { pc: usize, pos: usize },
    /// Undo a capture slot write.
    Slot { idx: usize, old: usize },
    /// Undo a loop register write.
    Reg { idx: usize, old: (usize, usize) },
    /// Greedy single-char repeat: give back one character (down to `min_pos`).
    RepGreedy { pc: usize, min_pos: usize, cur: usize },
    /// Lazy single-char repeat: take one more character (up to `max_pos`).
    RepLazy { pc: usize, cur: usize, max_pos: usize },
    /// Lazy loop: on backtrack, run one more iteration from `pos`.
    LoopMore { pc: usize, reg: usize, pos: usize },
}

pub struct Matcher<'a, T> {
    prog: &'a Program,
    s: &'a [T],
    /// End of the subject (endpos).
    end: usize,
    /// Capture slots: 2 per group, plus the last one for `lastindex`.
    pub slots: Vec<usize>,
    regs: Vec<(usize, usize)>,
    stack: Vec<Bt>,
    /// Where the current attempt started (for `must_advance`).
    start: usize,
    /// fullmatch: the match must end at `end`.
    pub match_all: bool,
    /// finditer after an empty match: the match must not be empty at `start`.
    pub must_advance: bool,
}

impl<'a, T: Copy + Into<u32>> Matcher<'a, T> {
    pub fn new(prog: &'a Program, s: &'a [T], end: usize) -> Self {
        Matcher {
            prog,
            s,
            end: end.min(s.len()),
            slots: vec![NONE; prog.groups * 2 + 1],
            regs: vec![(0, NONE); prog.regs],
            stack: Vec::new(),
            start: 0,
            match_all: false,
            must_advance: false,
        }
    }

    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.s[i].into()
    }

    /// Tries a match starting exactly at `pos`; on success the slots hold the groups.
    pub fn match_at(&mut self, pos: usize) -> bool {
        self.slots.iter_mut().for_each(|s| *s = NONE);
        self.regs.iter_mut().for_each(|r| *r = (0, NONE));
        self.stack.clear();
        self.start = pos;
        self.run(0, pos, 0).is_some()
    }

    /// Searches from `pos` to the end for the leftmost match.
    pub fn search(&mut self, mut pos: usize) -> bool {
        let first = self.first_char_test();
        let anchored = matches!(self.prog.insts.get(1), Some(Inst::At(Anchor::Start)));
        while pos <= self.end {
            if let Some(f) = first {
                while pos < self.end && !self.single(f, self.at(pos)) {
                    pos += 1;
                }
                if pos >= self.end {
                    // A pattern that needs a first character cannot match at the end.
                    return false;
                }
            }
            if self.match_at(pos) {
                return true;
            }
            // Only the first position must advance (an empty match there was already reported).
            self.must_advance = false;
            if anchored {
                return false;
            }
            pos += 1;
        }
        false
    }

    /// The instruction every match must start with, when it tests one character.
    fn first_char_test(&self) -> Option<usize> {
        let insts = &self.prog.insts;
        match insts.get(1)? {
            Inst::Lit(_) | Inst::LitI(..) | Inst::NotLit(_) | Inst::NotLitI(..) | Inst::Cat(..) | Inst::Set(_) | Inst::Any | Inst::AnyAll => Some(1),
            Inst::RepOne { min, .. } if *min >= 1 => Some(2),
            _ => None,
        }
    }

    #[inline]
    fn single(&self, pc: usize, c: u32) -> bool {
        match &self.prog.insts[pc] {
            Inst::Lit(x) => c == *x,
            Inst::LitI(x, u) => c == *x || lower(c, *u) == *x || eq_icase(c, *x, *u),
            Inst::NotLit(x) => c != *x,
            Inst::NotLitI(x, u) => !(c == *x || lower(c, *u) == *x || eq_icase(c, *x, *u)),
            Inst::Any => c != 10,
            Inst::AnyAll => true,
            Inst::Cat(cat, neg, u) => category(*cat, c, *u) != *neg,
            Inst::Set(set) => set.contains(c),
            _ => false,
        }
    }

    fn word_at(&self, i: usize, unicode: bool) -> bool {
        i < self.end && is_word(self.at(i), unicode)
    }

    fn anchor(&self, a: Anchor, pos: usize) -> bool {
        match a {
            Anchor::Start => pos == 0,
            Anchor::LineStart => pos == 0 || self.at(pos - 1) == 10,
            Anchor::End => pos == self.end || (pos + 1 == self.end && self.at(pos) == 10),
            Anchor::LineEnd => pos == self.end || self.at(pos) == 10,
            Anchor::StringEnd => pos == self.end,
            Anchor::Boundary(u) => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && self.word_at(pos - 1, u);
                before != self.word_at(pos, u)
            }
            Anchor::NonBoundary(u) => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && self.word_at(pos - 1, u);
                before == self.word_at(pos, u)
            }
        }
    }

    fn set_slot(&mut self, idx: usize, v: usize) {
        let old = self.slots[idx];
        self.stack.push(Bt::Slot { idx, old });
        self.slots[idx] = v;
    }

    fn set_reg(&mut self, idx: usize, v: (usize, usize)) {
        let old = self.regs[idx];
        self.stack.push(Bt::Reg { idx, old });
        self.regs[idx] = v;
    }

    /// Pops the stack down to `base`, undoing writes, until a choice point resumes.
    fn backtrack(&mut self, base: usize) -> Option<(usize, usize)> {
        while self.stack.len() > base {
            match self.stack.pop()? {
                Bt::Slot { idx, old } => self.slots[idx] = old,
                Bt::Reg { idx, old } => self.regs[idx] = old,
                Bt::Alt { pc, pos } => return Some((pc, pos)),
                Bt::RepGreedy { pc, min_pos, cur } => {
                    let mut np = cur - 1;
                    // When a literal follows, skip positions where it cannot match.
                    if let Some(Inst::Lit(c)) = self.prog.insts.get(pc) {
                        while np > min_pos && (np >= self.end || self.at(np) != *c) {
                            np -= 1;
                        }
                    }
                    if np > min_pos {
                        self.stack.push(Bt::RepGreedy { pc, min_pos, cur: np });
                    }
                    return Some((pc, np));
                }
                Bt::RepLazy { pc, cur, max_pos } => {
                    if cur < max_pos && self.single(pc - 1, self.at(cur)) {
                        self.stack.push(Bt::RepLazy { pc, cur: cur + 1, max_pos });
                        return Some((pc, cur + 1));
                    }
                }
                Bt::LoopMore { pc, reg, pos } => {
                    let (count, _) = self.regs[reg];
                    self.set_reg(reg, (count + 1, pos));
                    return Some((pc, pos));
                }
            }
        }
        None
    }

    /// Keeps only the undo records above `base` (a committed sub-match).
    fn commit(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            if matches!(self.stack[r], Bt::Slot { .. } | Bt::Reg { .. }) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Runs from `pc` at `pos`; returns the end position on `Match`/`Succeed`.
    /// Choice points below `base` belong to the caller.
    fn run(&mut self, mut pc: usize, mut pos: usize, base: usize) -> Option<usize> {
        loop {
            let ok = match &self.prog.insts[pc] {
                Inst::Lit(_) | Inst::LitI(..) | Inst::NotLit(_) | Inst::NotLitI(..) | Inst::Any | Inst::AnyAll | Inst::Cat(..) | Inst::Set(_) => {
                    if pos < self.end && self.single(pc, self.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(a) => {
                    if self.anchor(*a, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Save(i) => {
                    let i = *i;
                    self.set_slot(i, pos);
                    if i % 2 == 1 && i > 1 {
                        let last = self.slots.len() - 1;
                        self.set_slot(last, i / 2);
                    }
                    pc += 1;
                    true
                }
                Inst::GroupRef { group, icase, unicode } => {
                    let (a, b) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if a == NONE || b == NONE || b < a {
                        false
                    } else {
                        let n = b - a;
                        if pos + n > self.end {
                            false
                        } else {
                            let same = (0..n).all(|k| {
                                let (x, y) = (self.at(a + k), self.at(pos + k));
                                x == y || (*icase && eq_icase(x, y, *unicode))
                            });
                            if same {
                                pos += n;
                                pc += 1;
                            }
                            same
                        }
                    }
                }
                Inst::Look { behind, negate, width, next } => {
                    let (behind, negate, width, next) = (*behind, *negate, *width, *next);
                    let from = if behind { pos.checked_sub(width) } else { Some(pos) };
                    let sub_base = self.stack.len();
                    let hit = match from {
                        Some(f) => self.run(pc + 1, f, sub_base).is_some(),
                        None => false,
                    };
                    if hit && !negate {
                        self.commit(sub_base);
                    } else if hit {
                        // Undo everything the successful body did.
                        while self.stack.len() > sub_base {
                            match self.stack.pop() {
                                Some(Bt::Slot { idx, old }) => self.slots[idx] = old,
                                Some(Bt::Reg { idx, old }) => self.regs[idx] = old,
                                _ => {}
                            }
                        }
                    }
                    if hit != negate {
                        pc = next;
                        true
                    } else {
                        false
                    }
                }
                Inst::Atomic { next } => {
                    let next = *next;
                    let sub_base = self.stack.len();
                    match self.run(pc + 1, pos, sub_base) {
                        Some(e) => {
                            self.commit(sub_base);
                            pos = e;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::RepOne { min, max, lazy } => {
                    let (min, max, lazy) = (*min, *max, *lazy);
                    let item = pc + 1;
                    let next = pc + 2;
                    let avail = self.end - pos;
                    if lazy {
                        let mut k = 0;
                        while k < min && k < avail && self.single(item, self.at(pos + k)) {
                            k += 1;
                        }
                        if k < min {
                            false
                        } else {
                            let max_pos = pos + max.min(avail);
                            if pos + k < max_pos {
                                self.stack.push(Bt::RepLazy { pc: next, cur: pos + k, max_pos });
                            }
                            pos += k;
                            pc = next;
                            true
                        }
                    } else {
                        let lim = max.min(avail);
                        let mut k = 0;
                        while k < lim && self.single(item, self.at(pos + k)) {
                            k += 1;
                        }
                        if k < min {
                            false
                        } else {
                            if k > min {
                                self.stack.push(Bt::RepGreedy { pc: next, min_pos: pos + min, cur: pos + k });
                            }
                            pos += k;
                            pc = next;
                            true
                        }
                    }
                }
                Inst::RepInit(r) => {
                    self.set_reg(*r, (0, NONE));
                    pc += 1;
                    true
                }
                Inst::RepLoop { reg, min, max, lazy, exit } => {
                    let (reg, min, max, lazy, exit) = (*reg, *min, *max, *lazy, *exit);
                    let (count, last) = self.regs[reg];
                    if count < min {
                        self.set_reg(reg, (count + 1, pos));
                        pc += 1;
                    } else if count < max && pos != last {
                        if lazy {
                            self.stack.push(Bt::LoopMore { pc: pc + 1, reg, pos });
                            pc = exit;
                        } else {
                            self.stack.push(Bt::Alt { pc: exit, pos });
                            self.set_reg(reg, (count + 1, pos));
                            pc += 1;
                        }
                    } else {
                        pc = exit;
                    }
                    true
                }
                Inst::Cond { group, no } => {
                    let (a, b) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    pc = if a != NONE && b != NONE { pc + 1 } else { *no };
                    true
                }
                Inst::Succeed => return Some(pos),
                Inst::Match => {
                    if (self.match_all && pos != self.end) || (self.must_advance && pos == self.start) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if !ok {
                match self.backtrack(base) {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return None,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{parser, program};
    use super::*;

    fn find(p: &str, s: &str) -> Option<(usize, usize)> {
        let cps: Vec<u32> = p.chars().map(|c| c as u32).collect();
        let parsed = parser::parse(&cps, true, 0).ok()?;
        let prog = program::compile(&parsed.node, parsed.flags, parsed.groups, &parsed.group_widths).ok()?;
        let subj: Vec<u32> = s.chars().map(|c| c as u32).collect();
        let mut m = Matcher::new(&prog, &subj, subj.len());
        m.search(0).then(|| (m.slots[0], m.slots[1]))
    }

    #[test]
    fn backtracking() {
        assert_eq!(find(r"(a|ab)(c|bcd)(d*)", "abcd"), Some((0, 4)));
        assert_eq!(find(r"a*?b", "xaab"), Some((1, 4)));
        assert_eq!(find(r"(?<=a)b", "cbab"), Some((3, 4)));
        assert_eq!(find(r"(\w)\1", "abccd"), Some((2, 4)));
        assert_eq!(find(r"(?>a+)a", "aaa"), None);
    }

    #[test]
    fn long_subject_does_not_recurse() {
        let s = "ab".repeat(200_000) + "c";
        assert_eq!(find(r"(a|b)*c", &s), Some((0, s.len())));
        assert_eq!(find(r"(?:x|y|ab)+?c", &s), Some((0, s.len())));
    }
}
