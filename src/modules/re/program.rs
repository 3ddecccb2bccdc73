//! Compiles the parsed pattern (`ast::Node`) into a flat instruction list for
//! the backtracking matcher. Flags are resolved here: each instruction
//! carries its own case-insensitivity, line mode and Unicode mode, so
//! scoped flags `(?i:...)` need nothing at match time.

use super::ast::*;
use super::charclass::{lower, Category, CharSet};
use super::parser::{ErrKind, ReError};

/// Zero-width tests with their flags resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `^` without MULTILINE, and `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE (end, or before a final newline).
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`
    StringEnd,
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Clone, Debug)]
pub enum Inst {
    Lit(u32),
    /// Case-insensitive literal (stored lowercased), Unicode mode flag.
    LitI(u32, bool),
    NotLit(u32),
    NotLitI(u32, bool),
    /// Any character but `\n`.
    Any,
    /// Any character (DOTALL).
    AnyAll,
    Cat(Category, bool, bool),
    Set(Box<CharSet>),
    At(Anchor),
    /// Try the first target, then the second.
    Split(usize, usize),
    Jmp(usize),
    /// Record the position in a capture slot (2*g = start, 2*g+1 = end).
    Save(usize),
    GroupRef { group: usize, icase: bool, unicode: bool },
    /// Look-around: body from pc+1, ended by `Succeed`; continue at `next`.
    Look { behind: bool, negate: bool, width: usize, next: usize },
    /// Atomic group: body from pc+1 ended by `Succeed`; continue at `next`.
    Atomic { next: usize },
    /// Repeat of the single-character instruction at pc+1; continue at pc+2.
    RepOne { min: usize, max: usize, lazy: bool },
    /// Start a counted loop using register `reg`.
    RepInit(usize),
    /// Loop head: body at pc+1 (ends with `Jmp` back here); leave to `exit`.
    RepLoop { reg: usize, min: usize, max: usize, lazy: bool, exit: usize },
    /// `(?(group)yes|no)`: yes at pc+1, no at `no`.
    Cond { group: usize, no: usize },
    /// End of a look-around or atomic body.
    Succeed,
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub groups: usize,
    pub regs: usize,
}

#[derive(Clone, Copy)]
struct Ctx {
    icase: bool,
    multiline: bool,
    dotall: bool,
    unicode: bool,
}

fn flags_ctx(flags: u32) -> Ctx {
    Ctx {
        icase: flags & F_IGNORECASE != 0,
        multiline: flags & F_MULTILINE != 0,
        dotall: flags & F_DOTALL != 0,
        unicode: flags & F_UNICODE != 0,
    }
}

struct Compiler<'a> {
    insts: Vec<Inst>,
    regs: usize,
    widths: &'a [(u64, u64)],
}

/// Instructions past this are refused (CPython would need gigabytes too).
const MAX_INSTS: usize = 50_000_000;

pub fn compile(node: &Node, flags: u32, groups: usize, widths: &[(u64, u64)]) -> Result<Program, ReError> {
    let mut c = Compiler { insts: Vec::new(), regs: 0, widths };
    c.insts.push(Inst::Save(0));
    c.emit(node, flags_ctx(flags))?;
    c.insts.push(Inst::Save(1));
    c.insts.push(Inst::Match);
    Ok(Program { insts: c.insts, groups, regs: c.regs })
}

fn clamp(n: u64) -> usize {
    if n >= MAXREPEAT {
        usize::MAX
    } else {
        n as usize
    }
}

impl Compiler<'_> {
    fn push(&mut self, i: Inst) -> Result<usize, ReError> {
        if self.insts.len() >= MAX_INSTS {
            return Err(ReError { kind: ErrKind::Re, msg: "pattern too large".into(), pos: None, warnings: Vec::new() });
        }
        self.insts.push(i);
        Ok(self.insts.len() - 1)
    }

    /// The instruction for a one-character node.
    fn single(&self, n: &Node, cx: Ctx) -> Option<Inst> {
        Some(match n {
            Node::Literal(c) => {
                if cx.icase {
                    Inst::LitI(lower(*c, cx.unicode), cx.unicode)
                } else {
                    Inst::Lit(*c)
                }
            }
            Node::NotLiteral(c) => {
                if cx.icase {
                    Inst::NotLitI(lower(*c, cx.unicode), cx.unicode)
                } else {
                    Inst::NotLit(*c)
                }
            }
            Node::Any => {
                if cx.dotall {
                    Inst::AnyAll
                } else {
                    Inst::Any
                }
            }
            Node::Cat(cat, neg) => Inst::Cat(*cat, *neg, cx.unicode),
            Node::Set(items, neg) => Inst::Set(Box::new(CharSet::new(items.clone(), *neg, cx.icase, cx.unicode))),
            _ => return None,
        })
    }

    fn emit(&mut self, n: &Node, cx: Ctx) -> Result<(), ReError> {
        if let Some(i) = self.single(n, cx) {
            self.push(i)?;
            return Ok(());
        }
        match n {
            Node::At(a) => {
                let an = match a {
                    At::Beginning if cx.multiline => Anchor::LineStart,
                    At::Beginning | At::BeginningString => Anchor::Start,
                    At::End if cx.multiline => Anchor::LineEnd,
                    At::End => Anchor::End,
                    At::EndString => Anchor::StringEnd,
                    At::Boundary => Anchor::Boundary(cx.unicode),
                    At::NonBoundary => Anchor::NonBoundary(cx.unicode),
                };
                self.push(Inst::At(an))?;
            }
            Node::Seq(v) => {
                for x in v {
                    self.emit(x, cx)?;
                }
            }
            Node::Alt(v) => {
                // Split(a, next) a Jmp(end) Split(b, next) b Jmp(end) ... last
                let mut jumps = Vec::new();
                for (i, x) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.push(Inst::Split(0, 0))?;
                        self.emit(x, cx)?;
                        jumps.push(self.push(Inst::Jmp(0))?);
                        let next = self.insts.len();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(x, cx)?;
                    }
                }
                let end = self.insts.len();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group { index, add, del, body } => {
                let mut inner = cx;
                let fl = |f: u32| (add & f != 0, del & f != 0);
                for (f, slot) in [(F_IGNORECASE, &mut inner.icase), (F_MULTILINE, &mut inner.multiline), (F_DOTALL, &mut inner.dotall)] {
                    let (a, d) = fl(f);
                    if a {
                        *slot = true;
                    }
                    if d {
                        *slot = false;
                    }
                }
                if add & F_ASCII != 0 {
                    inner.unicode = false;
                }
                if add & F_UNICODE != 0 {
                    inner.unicode = true;
                }
                match index {
                    Some(g) => {
                        self.push(Inst::Save(2 * g))?;
                        self.emit(body, inner)?;
                        self.push(Inst::Save(2 * g + 1))?;
                    }
                    None => self.emit(body, inner)?,
                }
            }
            Node::Repeat { min, max, kind, body } => {
                if *kind == RepeatKind::Possessive {
                    let at = self.push(Inst::Atomic { next: 0 })?;
                    self.emit_repeat(*min, *max, false, body, cx)?;
                    self.push(Inst::Succeed)?;
                    let next = self.insts.len();
                    self.insts[at] = Inst::Atomic { next };
                } else {
                    self.emit_repeat(*min, *max, *kind == RepeatKind::Lazy, body, cx)?;
                }
            }
            Node::Look { behind, negate, body } => {
                let mut w = 0;
                if *behind {
                    let (lo, hi) = width(body, self.widths);
                    if lo != hi {
                        return Err(ReError { kind: ErrKind::Re, msg: "look-behind requires fixed-width pattern".into(), pos: None, warnings: Vec::new() });
                    }
                    w = clamp(lo);
                }
                let at = self.push(Inst::Look { behind: *behind, negate: *negate, width: w, next: 0 })?;
                self.emit(body, cx)?;
                self.push(Inst::Succeed)?;
                let next = self.insts.len();
                self.insts[at] = Inst::Look { behind: *behind, negate: *negate, width: w, next };
            }
            Node::Atomic(body) => {
                let at = self.push(Inst::Atomic { next: 0 })?;
                self.emit(body, cx)?;
                self.push(Inst::Succeed)?;
                let next = self.insts.len();
                self.insts[at] = Inst::Atomic { next };
            }
            Node::GroupRef(g) => {
                self.push(Inst::GroupRef { group: *g, icase: cx.icase, unicode: cx.unicode })?;
            }
            Node::Cond { group, yes, no } => {
                let at = self.push(Inst::Cond { group: *group, no: 0 })?;
                self.emit(yes, cx)?;
                let j = self.push(Inst::Jmp(0))?;
                let no_pc = self.insts.len();
                if let Some(n) = no {
                    self.emit(n, cx)?;
                }
                let end = self.insts.len();
                self.insts[at] = Inst::Cond { group: *group, no: no_pc };
                self.insts[j] = Inst::Jmp(end);
            }
            // One-character nodes were handled above.
            _ => {}
        }
        Ok(())
    }

    fn emit_repeat(&mut self, min: u64, max: u64, lazy: bool, body: &Node, cx: Ctx) -> Result<(), ReError> {
        let (min, max) = (clamp(min), clamp(max));
        if let Some(i) = self.single(body, cx) {
            self.push(Inst::RepOne { min, max, lazy })?;
            self.push(i)?;
            return Ok(());
        }
        if max == 0 {
            return Ok(());
        }
        if min == 0 && max == 1 {
            // `x?` / `x??` as a plain split.
            let split = self.push(Inst::Split(0, 0))?;
            self.emit(body, cx)?;
            let end = self.insts.len();
            self.insts[split] = if lazy { Inst::Split(end, split + 1) } else { Inst::Split(split + 1, end) };
            return Ok(());
        }
        let reg = self.regs;
        self.regs += 1;
        self.push(Inst::RepInit(reg))?;
        let head = self.push(Inst::RepLoop { reg, min, max, lazy, exit: 0 })?;
        self.emit(body, cx)?;
        self.push(Inst::Jmp(head))?;
        let exit = self.insts.len();
        self.insts[head] = Inst::RepLoop { reg, min, max, lazy, exit };
        Ok(())
    }
}
