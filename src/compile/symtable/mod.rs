//! Symbol tables: which scope every name lives in, as CPython 3.11's
//! `symtable.c` decides it (local / global explicit / global implicit / free /
//! cell), plus the scope-level facts codegen needs (generator, nested,
//! varargs, `__class__` cell).
//!
//! Scopes are keyed by the address of the AST node that opens them (the
//! `FunctionDef`, `ClassDef`, `Lambda` or comprehension expression); codegen
//! walks the same (already folded) tree, so the addresses agree.

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::{self, Expr, ExprKind, Span, Stmt, StmtKind};

/// Symbol flags (CPython's DEF_* bits).
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE_CLASS: u32 = 64;
    pub const IMPORT: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const COMP_ITER: u32 = 512;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// Where a name is resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// CPython's `FunctionBlock` (functions, lambdas and comprehensions).
    pub fn is_function(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Scope,
}

/// One scope's table.
#[derive(Debug)]
pub struct ScopeInfo {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in first-seen order.
    pub symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameter names in `co_varnames` order.
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// CPython's `ste_coroutine`: an `async def`, or a comprehension that
    /// awaits (an async generator expression, or a coroutine for the others).
    pub is_coroutine: bool,
    /// The scope is an `async def` body (CPython's COMPILER_SCOPE_ASYNC_FUNCTION).
    pub is_async_def: bool,
    pub nested: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub needs_class_closure: bool,
    has_free: bool,
    child_free: bool,
    /// Where each symbol was first seen (for error positions).
    spans: HashMap<String, Span>,
}

impl ScopeInfo {
    fn new(kind: ScopeKind, name: &str, nested: bool) -> ScopeInfo {
        ScopeInfo {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            nested,
            varargs: false,
            varkeywords: false,
            needs_class_closure: false,
            has_free: false,
            child_free: false,
            spans: HashMap::new(),
        }
    }
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i].1)
    }
    pub fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }
    /// The scope of `name`; names never seen are implicit globals (CPython's 0 case).
    pub fn scope_of(&self, name: &str) -> Option<Scope> {
        self.lookup(name).map(|s| s.scope)
    }
    /// Names with a given scope (or flag), sorted as CPython's `dictbytype` does.
    pub fn sorted_names(&self, scope: Scope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == scope || (flag != 0 && s.flags & flag != 0))
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// An error found while building the table: message and the node's span.
#[derive(Debug, Clone)]
pub struct SymtableError {
    pub msg: String,
    pub span: Span,
}

/// The tables of one compilation unit.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<ScopeInfo>,
    /// AST node address → scope index.
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(private) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

struct Builder {
    scopes: Vec<ScopeInfo>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    private: Vec<Option<String>>,
    error: Option<SymtableError>,
}

/// Builds and analyses the symbol table of a module.
pub fn build(module: &ast::Module) -> Result<SymbolTable, SymtableError> {
    let mut b = Builder { scopes: Vec::new(), by_node: HashMap::new(), stack: Vec::new(), private: vec![None], error: None };
    b.scopes.push(ScopeInfo::new(ScopeKind::Module, "top", false));
    b.stack.push(0);
    for s in &module.body {
        b.visit_stmt(s);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut scopes = b.scopes;
    let mut free = HashSet::new();
    analyze_block(&mut scopes, 0, None, &mut free, &HashSet::new())?;
    Ok(SymbolTable { scopes, by_node: b.by_node })
}

impl Builder {
    fn cur(&mut self) -> &mut ScopeInfo {
        let i = *self.stack.last().expect("scope stack");
        &mut self.scopes[i]
    }
    fn fail(&mut self, msg: String, span: Span) {
        if self.error.is_none() {
            self.error = Some(SymtableError { msg, span });
        }
    }
    fn private(&self) -> Option<&str> {
        self.private.last().and_then(|p| p.as_deref())
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) {
        let mangled = mangle(self.private(), name);
        let scope = self.cur();
        if let Some(&i) = scope.index.get(&mangled) {
            let old = scope.symbols[i].1.flags;
            if flag & def::PARAM != 0 && old & def::PARAM != 0 {
                self.fail(format!("duplicate argument '{name}' in function definition"), span);
                return;
            }
            scope.symbols[i].1.flags |= flag;
        } else {
            scope.index.insert(mangled.clone(), scope.symbols.len());
            scope.symbols.push((mangled.clone(), Symbol { flags: flag, scope: Scope::GlobalImplicit }));
            scope.spans.insert(mangled.clone(), span);
        }
        if flag & def::PARAM != 0 {
            scope.params.push(mangled.clone());
        } else if flag & def::GLOBAL != 0 {
            // Explicit globals are recorded in the module scope too (CPython's st_global).
            let top = &mut self.scopes[0];
            if let Some(&i) = top.index.get(&mangled) {
                top.symbols[i].1.flags |= flag;
            } else {
                top.index.insert(mangled.clone(), top.symbols.len());
                top.symbols.push((mangled, Symbol { flags: flag, scope: Scope::GlobalImplicit }));
            }
        }
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, node: usize) {
        let parent = *self.stack.last().expect("scope stack");
        let nested = self.scopes[parent].nested || self.scopes[parent].kind.is_function();
        let idx = self.scopes.len();
        self.scopes.push(ScopeInfo::new(kind, name, nested));
        self.scopes[parent].children.push(idx);
        self.by_node.insert(node, idx);
        self.stack.push(idx);
    }
    fn leave(&mut self) {
        self.stack.pop();
    }

    fn visit_body(&mut self, body: &[Stmt]) {
        for s in body {
            self.visit_stmt(s);
        }
    }

    /// Names bound by a pattern are local definitions, as assignments are.
    fn visit_pattern(&mut self, p: &ast::Pattern) {
        use ast::PatternKind as P;
        match &p.kind {
            P::MatchValue(e) => self.visit_expr(e),
            P::MatchSingleton(_) => {}
            P::MatchSequence(ps) | P::MatchOr(ps) => ps.iter().for_each(|q| self.visit_pattern(q)),
            P::MatchStar(name) => {
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.span);
                }
            }
            P::MatchMapping { keys, patterns, rest } => {
                keys.iter().for_each(|k| self.visit_expr(k));
                patterns.iter().for_each(|q| self.visit_pattern(q));
                if let Some(n) = rest {
                    self.add_def(n, def::LOCAL, p.span);
                }
            }
            P::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.visit_expr(cls);
                patterns.iter().for_each(|q| self.visit_pattern(q));
                kwd_patterns.iter().for_each(|q| self.visit_pattern(q));
            }
            P::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q);
                }
                if let Some(n) = name {
                    self.add_def(n, def::LOCAL, p.span);
                }
            }
        }
    }

    fn visit_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, def::LOCAL, s.span);
                self.visit_defaults(&f.args);
                self.visit_annotations(&f.args, f.returns.as_ref());
                for d in &f.decorators {
                    self.visit_expr(d);
                }
                self.enter(ScopeKind::Function, &f.name, &**f as *const ast::FunctionDef as usize);
                if f.is_async {
                    self.cur().is_coroutine = true;
                    self.cur().is_async_def = true;
                }
                self.visit_params(&f.args);
                self.visit_body(&f.body);
                self.leave();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, def::LOCAL, s.span);
                for b in &c.bases {
                    self.visit_expr(b);
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value);
                }
                for d in &c.decorators {
                    self.visit_expr(d);
                }
                self.enter(ScopeKind::Class, &c.name, &**c as *const ast::ClassDef as usize);
                self.private.push(Some(c.name.clone()));
                self.visit_body(&c.body);
                self.private.pop();
                self.leave();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v);
                }
            }
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.visit_expr(t)),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.visit_expr(t));
                self.visit_expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let mangled = mangle(self.private(), id);
                    let cur = self.cur().flags(&mangled);
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && *simple {
                        let kind = if cur & def::GLOBAL != 0 { "global" } else { "nonlocal" };
                        self.fail(format!("annotated name '{id}' can't be {kind}"), s.span);
                        return;
                    }
                    if *simple {
                        self.add_def(id, def::ANNOT | def::LOCAL, target.span);
                    } else if value.is_some() {
                        self.add_def(id, def::LOCAL, target.span);
                    }
                } else {
                    self.visit_expr(target);
                }
                self.visit_expr(annotation);
                if let Some(v) = value {
                    self.visit_expr(v);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target);
                self.visit_expr(value);
            }
            StmtKind::For { target, iter, body, orelse } | StmtKind::AsyncFor { target, iter, body, orelse } => {
                self.visit_expr(target);
                self.visit_expr(iter);
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                for it in items {
                    self.visit_expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.visit_expr(v);
                    }
                }
                self.visit_body(body);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e);
                }
                if let Some(c) = cause {
                    self.visit_expr(c);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject);
                for m in cases {
                    self.visit_pattern(&m.pattern);
                    if let Some(g) = &m.guard {
                        self.visit_expr(g);
                    }
                    self.visit_body(&m.body);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } | StmtKind::TryStar { body, handlers, orelse, finalbody } => {
                self.visit_body(body);
                self.visit_body(orelse);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, def::LOCAL, h.span);
                    }
                    self.visit_body(&h.body);
                }
                self.visit_body(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test);
                if let Some(m) = msg {
                    self.visit_expr(m);
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.fail("import * only allowed at module level".into(), s.span);
                        }
                        continue;
                    }
                    let store = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add_def(&store, def::IMPORT, a.span);
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    let mangled = mangle(self.private(), name);
                    let cur = self.cur().flags(&mangled);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & def::USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & def::ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        self.fail(msg, s.span);
                        return;
                    }
                    self.add_def(name, def::GLOBAL, s.span);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let mangled = mangle(self.private(), name);
                    let cur = self.cur().flags(&mangled);
                    if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                        let msg = if cur & def::PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & def::USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & def::ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        self.fail(msg, s.span);
                        return;
                    }
                    if self.cur().kind == ScopeKind::Module {
                        self.fail("nonlocal declaration not allowed at module level".into(), s.span);
                        return;
                    }
                    self.add_def(name, def::NONLOCAL, s.span);
                }
            }
            StmtKind::Expr(e) => self.visit_expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn visit_defaults(&mut self, a: &ast::Arguments) {
        for d in &a.defaults {
            self.visit_expr(d);
        }
        for d in a.kw_defaults.iter().flatten() {
            self.visit_expr(d);
        }
    }

    fn visit_annotations(&mut self, a: &ast::Arguments, returns: Option<&Expr>) {
        let all = a.posonlyargs.iter().chain(&a.args).chain(a.vararg.iter()).chain(&a.kwonlyargs).chain(a.kwarg.iter());
        for arg in all {
            if let Some(an) = &arg.annotation {
                self.visit_expr(an);
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r);
        }
    }

    fn visit_params(&mut self, a: &ast::Arguments) {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.name, def::PARAM, arg.span);
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.name, def::PARAM, v.span);
            self.cur().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.name, def::PARAM, k.span);
            self.cur().varkeywords = true;
        }
    }

    fn visit_expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| self.visit_expr(v)),
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value);
                self.visit_named_target(target);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left);
                self.visit_expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args);
                self.enter(ScopeKind::Lambda, "lambda", e as *const Expr as usize);
                self.visit_params(args);
                self.visit_expr(body);
                self.leave();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_expr(body);
                self.visit_expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k);
                    }
                    self.visit_expr(v);
                }
            }
            ExprKind::Set(elts) => elts.iter().for_each(|v| self.visit_expr(v)),
            ExprKind::ListComp { elt, generators } => self.visit_comp(e, "listcomp", generators, elt, None),
            ExprKind::SetComp { elt, generators } => self.visit_comp(e, "setcomp", generators, elt, None),
            ExprKind::GeneratorExp { elt, generators } => self.visit_comp(e, "genexpr", generators, elt, None),
            ExprKind::DictComp { key, value, generators } => self.visit_comp(e, "dictcomp", generators, key, Some(value)),
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.visit_expr(v);
                }
                self.mark_yield(e.span);
            }
            ExprKind::YieldFrom(v) => {
                self.visit_expr(v);
                self.mark_yield(e.span);
            }
            ExprKind::Await(v) => {
                self.visit_expr(v);
                self.cur().is_coroutine = true;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.visit_expr(left);
                comparators.iter().for_each(|c| self.visit_expr(c));
            }
            ExprKind::Call { func, args, keywords } => {
                self.visit_expr(func);
                args.iter().for_each(|a| self.visit_expr(a));
                keywords.iter().for_each(|k| self.visit_expr(&k.value));
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.visit_expr(value);
                if let Some(s) = format_spec {
                    self.visit_expr(s);
                }
            }
            ExprKind::JoinedStr(vs) => vs.iter().for_each(|v| self.visit_expr(v)),
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value);
                self.visit_expr(slice);
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value),
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ast::Ctx::Load { def::USE } else { def::LOCAL };
                self.add_def(id, flag, e.span);
                if *ctx == ast::Ctx::Load && self.cur().kind.is_function() && id == "super" {
                    self.add_def("__class__", def::USE, e.span);
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(|v| self.visit_expr(v)),
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(p);
                }
            }
        }
        if let ExprKind::Name { id, ctx: ast::Ctx::Load } = &e.kind {
            if id == "__class__" && self.cur().kind.is_function() {
                // Plain `__class__` use is handled by the USE above.
            }
        }
    }

    fn mark_yield(&mut self, span: Span) {
        let kind = self.cur().kind;
        match kind {
            ScopeKind::Module | ScopeKind::Class => self.fail("'yield' outside function".into(), span),
            ScopeKind::Comprehension => {
                let name = self.cur().name.clone();
                let what = match name.as_str() {
                    "listcomp" => "list comprehension",
                    "setcomp" => "set comprehension",
                    "dictcomp" => "dict comprehension",
                    _ => "generator expression",
                };
                self.fail(format!("'yield' inside {what}"), span);
            }
            _ => self.cur().is_generator = true,
        }
    }

    /// Walrus targets bind in the nearest enclosing non-comprehension scope.
    fn visit_named_target(&mut self, target: &Expr) {
        let ExprKind::Name { id, .. } = &target.kind else {
            self.visit_expr(target);
            return;
        };
        let mut depth = self.stack.len();
        while depth > 0 {
            let idx = self.stack[depth - 1];
            let sc = &self.scopes[idx];
            if sc.kind == ScopeKind::Comprehension {
                if sc.flags(id) & def::COMP_ITER != 0 {
                    self.fail(format!("assignment expression cannot rebind comprehension iteration variable '{id}'"), target.span);
                    return;
                }
                depth -= 1;
                continue;
            }
            if sc.kind == ScopeKind::Class && depth < self.stack.len() {
                self.fail("assignment expression within a comprehension cannot be used in a class body".into(), target.span);
                return;
            }
            break;
        }
        if depth == self.stack.len() {
            self.add_def(id, def::LOCAL, target.span);
            return;
        }
        // Bind in the target scope; mark as nonlocal/global along the way as CPython does.
        let target_idx = self.stack[depth - 1];
        let tkind = self.scopes[target_idx].kind;
        let saved: Vec<usize> = self.stack.drain(depth..).collect();
        self.add_def(id, def::LOCAL, target.span);
        for &s in &saved {
            self.stack.push(s);
            let flag = if tkind == ScopeKind::Module { def::GLOBAL } else { def::NONLOCAL };
            self.add_def(id, flag, target.span);
        }
    }

    fn visit_comp(&mut self, e: &Expr, name: &str, gens: &[ast::Comprehension], elt: &Expr, value: Option<&Expr>) {
        let Some(first) = gens.first() else { return };
        self.visit_expr(&first.iter);
        self.enter(ScopeKind::Comprehension, name, e as *const Expr as usize);
        if name == "genexpr" {
            self.cur().is_generator = true;
        }
        if first.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", def::PARAM, e.span);
        self.visit_comp_target(&first.target);
        for c in &first.ifs {
            self.visit_expr(c);
        }
        for g in &gens[1..] {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            self.visit_expr(&g.iter);
            self.visit_comp_target(&g.target);
            for c in &g.ifs {
                self.visit_expr(c);
            }
        }
        if let Some(v) = value {
            self.visit_expr(elt);
            self.visit_expr(v);
        } else {
            self.visit_expr(elt);
        }
        // An awaiting list/set/dict comprehension is awaited where it is
        // built, which makes the enclosing scope a coroutine too.
        let is_async = self.cur().is_coroutine && name != "genexpr";
        self.leave();
        if is_async {
            self.cur().is_coroutine = true;
        }
    }

    fn visit_comp_target(&mut self, t: &Expr) {
        self.visit_expr(t);
        // Mark iteration variables so walrus cannot rebind them.
        fn names(e: &Expr, out: &mut Vec<String>) {
            match &e.kind {
                ExprKind::Name { id, .. } => out.push(id.clone()),
                ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => elts.iter().for_each(|x| names(x, out)),
                ExprKind::Starred { value, .. } => names(value, out),
                _ => {}
            }
        }
        let mut v = Vec::new();
        names(t, &mut v);
        for n in v {
            let span = t.span;
            self.add_def(&n, def::COMP_ITER, span);
        }
    }
}

#[allow(clippy::too_many_arguments)] // mirrors CPython's analyze_name signature
fn analyze_name(
    sc: &mut ScopeInfo,
    scopes: &mut HashMap<String, Scope>,
    name: &str,
    flags: u32,
    bound: Option<&HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<(), SymtableError> {
    let span = sc.spans.get(name).copied().unwrap_or_default();
    if flags & def::GLOBAL != 0 {
        if flags & def::NONLOCAL != 0 {
            return Err(SymtableError { msg: format!("name '{name}' is nonlocal and global"), span });
        }
        scopes.insert(name.into(), Scope::GlobalExplicit);
        global.insert(name.into());
        return Ok(());
    }
    if flags & def::NONLOCAL != 0 {
        if !bound.is_some_and(|b| b.contains(name)) {
            return Err(SymtableError { msg: format!("no binding for nonlocal '{name}' found"), span });
        }
        scopes.insert(name.into(), Scope::Free);
        sc.has_free = true;
        free.insert(name.into());
        return Ok(());
    }
    if flags & def::BOUND != 0 {
        scopes.insert(name.into(), Scope::Local);
        local.insert(name.into());
        global.remove(name);
        return Ok(());
    }
    if bound.is_some_and(|b| b.contains(name)) {
        scopes.insert(name.into(), Scope::Free);
        sc.has_free = true;
        free.insert(name.into());
        return Ok(());
    }
    scopes.insert(name.into(), Scope::GlobalImplicit);
    Ok(())
}

/// CPython's `analyze_block`: resolves this scope and its children.
fn analyze_block(
    all: &mut Vec<ScopeInfo>,
    idx: usize,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &HashSet<String>,
) -> Result<(), SymtableError> {
    let mut local = HashSet::new();
    let mut scopes = HashMap::new();
    let mut newglobal = HashSet::new();
    let mut newfree = HashSet::new();
    let mut newbound = HashSet::new();
    let mut global_mut = global.clone();
    let kind = all[idx].kind;
    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let syms: Vec<(String, u32)> = all[idx].symbols.iter().map(|(n, s)| (n.clone(), s.flags)).collect();
    for (name, flags) in &syms {
        analyze_name(&mut all[idx], &mut scopes, name, *flags, bound, &mut local, free, &mut global_mut)?;
    }
    if kind != ScopeKind::Class {
        if kind.is_function() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global_mut.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let children = all[idx].children.clone();
    let mut allfree = HashSet::new();
    for c in children {
        let mut child_free = HashSet::new();
        let nb = newbound.clone();
        analyze_block(all, c, Some(&nb), &mut child_free, &newglobal)?;
        allfree.extend(child_free);
        if all[c].has_free || all[c].child_free {
            all[idx].child_free = true;
        }
    }
    newfree.extend(allfree);
    if kind.is_function() {
        // analyze_cells: locals that children use freely become cells.
        for (name, sc) in scopes.iter_mut() {
            if *sc == Scope::Local && newfree.contains(name) {
                *sc = Scope::Cell;
                newfree.remove(name);
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        all[idx].needs_class_closure = true;
    }
    // update_symbols
    let sc = &mut all[idx];
    for (name, sym) in sc.symbols.iter_mut() {
        if let Some(s) = scopes.get(name) {
            sym.scope = *s;
        }
    }
    let mut newfree_sorted: Vec<&String> = newfree.iter().collect();
    newfree_sorted.sort();
    for name in newfree_sorted {
        if let Some(&i) = sc.index.get(name) {
            let sym = &mut sc.symbols[i].1;
            if kind == ScopeKind::Class && sym.flags & (def::BOUND | def::GLOBAL) != 0 {
                sym.flags |= def::FREE_CLASS;
            }
            continue;
        }
        if !bound.is_some_and(|b| b.contains(name)) {
            continue;
        }
        sc.index.insert(name.clone(), sc.symbols.len());
        sc.symbols.push((name.clone(), Symbol { flags: 0, scope: Scope::Free }));
    }
    free.extend(newfree);
    Ok(())
}

#[cfg(test)]
mod tests;
