//! AST → bytecode: symbol tables, code generation, constant folding.
//! Depends only on `syntax` and `bytecode`; never touches the heap.
//!
//! The code generator follows CPython 3.11's `compile.c` construct by
//! construct (so `dis` output can be compared), split by concept:
//! `stmt.rs`, `expr.rs`, `call.rs`, `comprehension.rs`, `function.rs`
//! (functions, lambdas, classes, closures), `unwind.rs` (loops, try, with,
//! and the frame-block stack that `break`/`continue`/`return` unwind),
//! `builder.rs` (CFG, line numbers, exception table, stack depth),
//! `peephole.rs` (CPython's basic-block optimisations),
//! `fold.rs` (the AST optimiser) and `symtable.rs`.

mod async_stmt;
mod builder;
mod call;
mod comprehension;
mod expr;
pub mod fold;
mod function;
mod pattern;
mod peephole;
mod stmt;
mod try_star;
pub mod symtable;
mod unwind;
pub mod warnings;

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::code::flags;
use crate::bytecode::{CodeObject, ConstValue, Instr, Loc};
use crate::syntax::ast::{self, Span};
use crate::syntax::{Mode, SyntaxError, SyntaxErrorKind};

use builder::{BlockId, Cfg, Op};
use symtable::{Scope, ScopeKind, SymbolTable};
use unwind::FBlock;

pub use fold::with_recursion_base;

/// Compiles a parsed module into its code object. Errors found here
/// (`'return' outside function`, bad `nonlocal`, …) are SyntaxErrors with
/// CPython's messages and positions; `source` supplies the error's text line.
pub fn compile(module: &ast::Module, source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeObject>, SyntaxError> {
    warnings::reset();
    let folded = fold::fold_module(module).map_err(|msg| {
        // Not a SyntaxError: the facade raises it as RecursionError.
        let mut e = SyntaxError::new(SyntaxErrorKind::RecursionError, msg, filename, 0, 0, "");
        e.end_line = 0;
        e
    })?;
    let st = symtable::build(&folded).map_err(|e| make_error(&e.msg, e.span, source, filename))?;
    let mut c = Compiler { st: &st, units: Vec::new(), filename: filename.into(), interactive: mode == Mode::Single };
    c.compile_module(&folded, mode).map_err(|e| make_error(&e.msg, e.span, source, filename))
}

/// Builds a SyntaxError at a node's span. CPython's compiler reports the
/// AST's UTF-8 byte columns (+1), whatever the source's type.
fn make_error(msg: &str, span: Span, source: &str, filename: &str) -> SyntaxError {
    let line_text = source.lines().nth(span.line.saturating_sub(1) as usize).unwrap_or("");
    let mut e = SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, filename, span.line, span.col + 1, line_text);
    if crate::syntax::byte_offsets() {
        e.text = crate::syntax::file_line_text(&e.text);
    }
    e.end_line = span.end_line;
    e.end_offset = if span.end_line == 0 { 0 } else { span.end_col + 1 };
    e
}

/// A compile error before it is turned into a SyntaxError.
#[derive(Debug)]
pub(crate) struct CompileError {
    pub msg: String,
    pub span: Span,
}

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// CPython's `update_start_location_to_match_attr`: when an attribute
/// access ends on a later line than `loc` starts, point at the attribute name.
pub(crate) fn attr_loc(mut loc: Loc, attr_span: Span, attr: &str) -> Loc {
    if loc.line != attr_span.end_line {
        loc.line = attr_span.end_line;
        let len = attr.chars().count() as u32;
        if len <= attr_span.end_col {
            loc.col = attr_span.end_col - len;
        }
        loc.end_line = loc.end_line.max(loc.line);
        if loc.line == loc.end_line {
            loc.end_col = loc.end_col.max(loc.col);
        }
    }
    loc
}

pub(crate) fn loc_of(span: Span) -> Loc {
    Loc { line: span.line, end_line: span.end_line, col: span.col, end_col: span.end_col }
}

/// One code object being compiled (CPython's `compiler_unit`).
pub(crate) struct Unit {
    pub scope: usize,
    pub kind: ScopeKind,
    pub cfg: Cfg,
    pub consts: Vec<ConstValue>,
    /// Merge key → index in `consts` (see `builder::add_const_indexed`).
    pub const_index: HashMap<String, u32>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub fblocks: Vec<FBlock>,
    pub loc: Loc,
    pub private: Option<String>,
}

pub(crate) struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub units: Vec<Unit>,
    pub filename: Rc<str>,
    pub interactive: bool,
}

/// Where `__debug__`-style forbidden assignments and similar are checked.
pub(crate) fn err<T>(msg: impl Into<String>, span: Span) -> CResult<T> {
    Err(CompileError { msg: msg.into(), span })
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit {
        self.units.last_mut().expect("compiler unit")
    }
    pub fn ur(&self) -> &Unit {
        self.units.last().expect("compiler unit")
    }
    pub fn scope_info(&self) -> &symtable::ScopeInfo {
        &self.st.scopes[self.ur().scope]
    }

    // ---- emission helpers -------------------------------------------------

    pub fn emit(&mut self, i: Instr) {
        let loc = self.ur().loc;
        self.u().cfg.emit(Op::I(i), loc, None);
    }
    pub fn emit_noline(&mut self, i: Instr) {
        self.u().cfg.emit(Op::I(i), Loc::default(), None);
    }
    pub fn emit_jump(&mut self, i: Instr, target: BlockId) {
        let loc = self.ur().loc;
        self.u().cfg.emit(Op::I(i), loc, Some(target));
    }
    pub fn emit_jump_noline(&mut self, i: Instr, target: BlockId) {
        self.u().cfg.emit(Op::I(i), Loc::default(), Some(target));
    }
    pub fn emit_op(&mut self, op: Op, target: Option<BlockId>) {
        let loc = self.ur().loc;
        self.u().cfg.emit(op, loc, target);
    }
    pub fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }
    pub fn use_next_block(&mut self, b: BlockId) {
        self.u().cfg.use_next_block(b);
    }
    /// CPython's NEXT_BLOCK: start a fresh block after a jump/exit.
    pub fn next_block(&mut self) {
        let b = self.new_block();
        self.use_next_block(b);
    }
    pub fn set_loc(&mut self, span: Span) {
        self.u().loc = loc_of(span);
    }
    pub fn unset_loc(&mut self) {
        self.u().loc = Loc::default();
    }

    pub fn add_const(&mut self, c: ConstValue) -> u32 {
        let u = self.u();
        builder::add_const_indexed(&mut u.consts, &mut u.const_index, c)
    }
    pub fn load_const(&mut self, c: ConstValue) {
        let k = self.add_const(c);
        self.emit(Instr::LoadConst(k));
    }
    pub fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.names.iter().position(|n| n == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        (u.names.len() - 1) as u32
    }
    /// A name operand mangled with the current class name (CPython's ADDOP_NAME).
    pub fn mangled_name_index(&mut self, name: &str) -> u32 {
        let m = symtable::mangle(self.ur().private.as_deref(), name);
        self.name_index(&m)
    }
    pub fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        (u.varnames.len() - 1) as u32
    }
    /// Provisional index of a cell/free variable: position in cellvars ++ freevars;
    /// turned into a fast-locals slot at assembly.
    pub fn deref_index(&mut self, name: &str, is_cell: bool) -> u32 {
        let u = self.ur();
        if is_cell {
            u.cellvars.iter().position(|n| n == name).unwrap_or(0) as u32
        } else {
            (u.cellvars.len() + u.freevars.iter().position(|n| n == name).unwrap_or(0)) as u32
        }
    }

    // ---- names --------------------------------------------------------------

    /// CPython's `compiler_nameop`.
    pub fn nameop(&mut self, name: &str, ctx: ast::Ctx, span: Span) -> CResult {
        if name == "__debug__" && ctx != ast::Ctx::Load {
            return err("cannot assign to __debug__", span);
        }
        let mangled = symtable::mangle(self.ur().private.as_deref(), name);
        let info = self.scope_info();
        let is_func = info.kind.is_function();
        let is_class = info.kind == ScopeKind::Class;
        let scope = info.scope_of(&mangled);
        enum T {
            Fast,
            Global,
            Deref(bool),
            Name,
        }
        let t = match scope {
            Some(Scope::Free) => T::Deref(false),
            Some(Scope::Cell) => T::Deref(true),
            Some(Scope::Local) if is_func => T::Fast,
            Some(Scope::GlobalImplicit) if is_func => T::Global,
            Some(Scope::GlobalExplicit) => T::Global,
            _ => T::Name,
        };
        use ast::Ctx::*;
        let i = match t {
            T::Fast => {
                let k = self.varname_index(&mangled);
                match ctx {
                    Load => Instr::LoadFast(k),
                    Store => Instr::StoreFast(k),
                    Del => Instr::DeleteFast(k),
                }
            }
            T::Deref(cell) => {
                let k = self.deref_index(&mangled, cell);
                match ctx {
                    Load if is_class => Instr::LoadClassDeref(k),
                    Load => Instr::LoadDeref(k),
                    Store => Instr::StoreDeref(k),
                    Del => Instr::DeleteDeref(k),
                }
            }
            T::Global => {
                let k = self.name_index(&mangled);
                match ctx {
                    Load => Instr::LoadGlobal { namei: k, push_null: false },
                    Store => Instr::StoreGlobal(k),
                    Del => Instr::DeleteGlobal(k),
                }
            }
            T::Name => {
                let k = self.name_index(&mangled);
                match ctx {
                    Load => Instr::LoadName(k),
                    Store => Instr::StoreName(k),
                    Del => Instr::DeleteName(k),
                }
            }
        };
        self.emit(i);
        Ok(())
    }

    // ---- scopes -------------------------------------------------------------

    /// CPython's `compiler_enter_scope`.
    pub fn enter_scope(&mut self, name: &str, scope: usize, first_line: u32, private: Option<String>) {
        let info = &self.st.scopes[scope];
        let kind = info.kind;
        let varnames: Vec<String> = info.params.clone();
        let mut cellvars = info.sorted_names(Scope::Cell, 0);
        if info.needs_class_closure {
            cellvars.insert(0, "__class__".to_string());
        }
        let freevars = info.sorted_names(Scope::Free, symtable::def::FREE_CLASS);
        let qualname = self.qualname_for(name, kind);
        let mut cfg = Cfg::new();
        let resume_loc = if kind == ScopeKind::Module {
            Loc::default()
        } else {
            Loc { line: first_line, end_line: first_line, col: 0, end_col: 0 }
        };
        cfg.emit(Op::Resume, resume_loc, None);
        self.units.push(Unit {
            scope,
            kind,
            cfg,
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            name: name.to_string(),
            qualname,
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            fblocks: Vec::new(),
            loc: Loc { line: first_line, end_line: first_line, col: 0, end_col: 0 },
            private,
        });
        if kind == ScopeKind::Module {
            self.u().loc = Loc::default();
        }
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, name: &str, kind: ScopeKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.ur();
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = symtable::mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == Some(Scope::GlobalExplicit) {
                return name.to_string();
            }
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => format!("{}.<locals>.{}", parent.qualname, name),
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    /// CPython's `assemble`: finishes the current unit and returns its code object.
    pub fn exit_scope(&mut self, add_none: bool) -> Rc<CodeObject> {
        if !self.ur().cfg.cur_returns() {
            self.unset_loc();
            if add_none {
                self.load_const(ConstValue::None);
            }
            self.emit(Instr::ReturnValue);
        }
        let mut u = self.units.pop().expect("unit");
        let info = &self.st.scopes[u.scope];
        let mut fl = 0;
        if info.kind.is_function() {
            fl |= flags::OPTIMIZED | flags::NEWLOCALS;
            if info.nested {
                fl |= flags::NESTED;
            }
            match (info.is_generator, info.is_coroutine) {
                (true, false) => fl |= flags::GENERATOR,
                (false, true) => fl |= flags::COROUTINE,
                (true, true) => fl |= flags::ASYNC_GENERATOR,
                (false, false) => {}
            }
            if info.varargs {
                fl |= flags::VARARGS;
            }
            if info.varkeywords {
                fl |= flags::VARKEYWORDS;
            }
        }
        // Fast-locals layout: varnames, then cells that are not arguments, then frees.
        let nlocals = u.varnames.len() as u32;
        let mut slot_of_deref = Vec::new();
        let mut localsplus: Vec<Rc<str>> = u.varnames.iter().map(|s| Rc::from(s.as_str())).collect();
        let mut cell_slots = Vec::new();
        let mut ncells = 0u32;
        for c in &u.cellvars {
            if let Some(p) = u.varnames.iter().position(|v| v == c) {
                slot_of_deref.push(p as u32);
                cell_slots.push(p as u32);
            } else {
                let s = localsplus.len() as u32;
                localsplus.push(Rc::from(c.as_str()));
                slot_of_deref.push(s);
                cell_slots.push(s);
                ncells += 1;
            }
        }
        for f in &u.freevars {
            slot_of_deref.push(localsplus.len() as u32);
            localsplus.push(Rc::from(f.as_str()));
        }
        // Prefix: COPY_FREE_VARS, then MAKE_CELL in slot order (no location).
        let mut prefix = Vec::new();
        if !u.freevars.is_empty() {
            prefix.push(Instr::CopyFreeVars(u.freevars.len() as u32));
        }
        // co_cellvars lists cells in slot order (argument cells first).
        cell_slots.sort();
        for &s in &cell_slots {
            prefix.push(Instr::MakeCell(s));
        }
        let entry = u.cfg.entry;
        for (k, i) in prefix.into_iter().enumerate() {
            u.cfg.blocks[entry].instrs.insert(
                k,
                builder::Ins { op: Op::I(i), loc: Loc::default(), target: None, handler: None },
            );
        }
        // Map provisional deref indices to slots.
        let map = |k: u32| slot_of_deref.get(k as usize).copied().unwrap_or(k);
        for b in &mut u.cfg.blocks {
            for ins in &mut b.instrs {
                if let Op::I(
                    Instr::LoadDeref(k)
                    | Instr::StoreDeref(k)
                    | Instr::DeleteDeref(k)
                    | Instr::LoadClassDeref(k)
                    | Instr::LoadClosure(k),
                ) = &mut ins.op
                {
                    *k = map(*k);
                }
            }
        }
        let first_line = u.first_line;
        let cfg = std::mem::take(&mut u.cfg);
        let (instructions, locations, exception_table, stacksize) = cfg.assemble(&mut u.consts, first_line);
        Rc::new(CodeObject {
            name: Rc::from(u.name.as_str()),
            qualname: Rc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: fl,
            instructions,
            locations,
            exception_table,
            consts: u.consts,
            names: u.names.iter().map(|s| Rc::from(s.as_str())).collect(),
            nfrees: u.freevars.len() as u32,
            localsplus_names: localsplus,
            nlocals,
            ncells,
            cell_slots,
            stacksize,
            global_cache: (0..u.names.len()).map(|_| std::cell::Cell::new(u32::MAX)).collect(),
            builtin_cache: (0..u.names.len()).map(|_| std::cell::Cell::new(0)).collect(),
            attr_cache: (0..u.names.len()).map(|_| std::cell::Cell::new(Default::default())).collect(),
        })
    }

    fn compile_module(&mut self, m: &ast::Module, mode: Mode) -> CResult<Rc<CodeObject>> {
        self.enter_scope("<module>", 0, 1, None);
        match mode {
            Mode::Exec => self.body(&m.body)?,
            Mode::Single => {
                if stmt::find_ann(&m.body) {
                    self.emit(Instr::SetupAnnotations);
                }
                for s in &m.body {
                    self.visit_stmt(s)?;
                }
            }
            Mode::Eval => {
                if let Some(ast::Stmt { kind: ast::StmtKind::Expr(e), .. }) = m.body.first() {
                    self.visit_expr(e)?;
                } else {
                    self.load_const(ConstValue::None);
                }
                return Ok(self.exit_scope(false));
            }
        }
        Ok(self.exit_scope(true))
    }

    /// CPython's `compiler_body` (modules and class bodies): annotations setup, docstring, statements.
    pub fn body(&mut self, stmts: &[ast::Stmt]) -> CResult {
        if self.ur().kind == ScopeKind::Module {
            if let Some(s) = stmts.first() {
                self.set_loc(s.span);
            }
        }
        if stmt::find_ann(stmts) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut start = 0;
        if let Some(doc) = docstring(stmts) {
            start = 1;
            if let ast::StmtKind::Expr(e) = &stmts[0].kind {
                self.set_loc(stmts[0].span);
                self.visit_expr(e)?;
                let _ = doc;
            }
            self.unset_loc();
            self.nameop("__doc__", ast::Ctx::Store, stmts[0].span)?;
        }
        for s in &stmts[start..] {
            self.visit_stmt(s)?;
        }
        Ok(())
    }
}

/// The docstring of a body, if its first statement is a string constant.
pub(crate) fn docstring(stmts: &[ast::Stmt]) -> Option<&str> {
    match &stmts.first()?.kind {
        ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(s)), .. }) => Some(s),
        _ => None,
    }
}

/// Converts an AST constant into a code constant.
pub(crate) fn const_value(c: &ast::Constant) -> ConstValue {
    match c {
        ast::Constant::None => ConstValue::None,
        ast::Constant::True => ConstValue::True,
        ast::Constant::False => ConstValue::False,
        ast::Constant::Ellipsis => ConstValue::Ellipsis,
        ast::Constant::Int(i) => ConstValue::Int(i.clone()),
        ast::Constant::Float(f) => ConstValue::Float(*f),
        ast::Constant::Complex { real, imag } => ConstValue::Complex { real: *real, imag: *imag },
        ast::Constant::Str(s) => ConstValue::Str(Rc::from(s.as_str())),
        ast::Constant::Bytes(b) => ConstValue::Bytes(Rc::from(b.as_slice())),
        ast::Constant::Tuple(t) => ConstValue::Tuple(t.iter().map(const_value).collect::<Vec<_>>().into()),
    }
}

#[allow(dead_code)]
pub(crate) type NameMap = HashMap<String, u32>;

#[cfg(test)]
mod tests;
