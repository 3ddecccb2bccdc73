//! Functions, lambdas and classes: defaults, keyword-only defaults,
//! annotations, closures (LOAD_CLOSURE + BUILD_TUPLE + MAKE_FUNCTION 0x08),
//! decorators, and class bodies built through `__build_class__`.

use std::rc::Rc;

use crate::bytecode::opcode::make_function;
use crate::bytecode::{CodeObject, ConstValue, Instr};
use crate::syntax::ast::{self, Ctx, Expr, Stmt};

use super::symtable::{mangle, Scope, ScopeKind};
use super::{docstring, err, CResult, Compiler};

impl<'a> Compiler<'a> {
    /// CPython's `compiler_make_closure`.
    pub fn make_closure(&mut self, code: Rc<CodeObject>, mut fl: u8) -> CResult {
        let frees = code.freevars().to_vec();
        if !frees.is_empty() {
            let is_class = self.ur().kind == ScopeKind::Class;
            for name in &frees {
                let scope = self.scope_info().scope_of(name);
                let is_cell = (is_class && &**name == "__class__") || scope == Some(Scope::Cell);
                let k = if is_cell {
                    self.ur().cellvars.iter().position(|n| **n == **name)
                } else {
                    self.ur().freevars.iter().position(|n| **n == **name).map(|p| p + self.ur().cellvars.len())
                };
                let Some(k) = k else {
                    return err(format!("compiler cannot resolve free variable '{name}'"), Default::default());
                };
                self.emit(Instr::LoadClosure(k as u32));
            }
            fl |= make_function::CLOSURE;
            self.emit(Instr::BuildTuple(frees.len() as u32));
        }
        self.load_const(ConstValue::Code(code));
        self.emit(Instr::MakeFunction(fl));
        Ok(())
    }

    fn default_arguments(&mut self, args: &ast::Arguments) -> CResult<u8> {
        let mut fl = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            fl |= make_function::DEFAULTS;
        }
        let mut keys = Vec::new();
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let m = mangle(self.ur().private.as_deref(), &a.name);
                keys.push(ConstValue::Str(m.as_str().into()));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(ConstValue::Tuple(keys.into()));
            self.emit(Instr::BuildConstKeyMap(n));
            fl |= make_function::KWDEFAULTS;
        }
        Ok(fl)
    }

    fn annotation(&mut self, name: &str, ann: Option<&Expr>, n: &mut u32) -> CResult {
        if let Some(a) = ann {
            let m = mangle(self.ur().private.as_deref(), name);
            self.load_const(ConstValue::Str(m.as_str().into()));
            self.visit_expr(a)?;
            *n += 2;
        }
        Ok(())
    }

    /// Pushes the annotations tuple; returns whether there was one.
    fn annotations(&mut self, args: &ast::Arguments, returns: Option<&Expr>) -> CResult<bool> {
        let mut n = 0;
        for a in args.args.iter().chain(&args.posonlyargs) {
            self.annotation(&a.name, a.annotation.as_ref(), &mut n)?;
        }
        if let Some(v) = &args.vararg {
            self.annotation(&v.name, v.annotation.as_ref(), &mut n)?;
        }
        for a in &args.kwonlyargs {
            self.annotation(&a.name, a.annotation.as_ref(), &mut n)?;
        }
        if let Some(k) = &args.kwarg {
            self.annotation(&k.name, k.annotation.as_ref(), &mut n)?;
        }
        self.annotation("return", returns, &mut n)?;
        if n > 0 {
            self.emit(Instr::BuildTuple(n));
        }
        Ok(n > 0)
    }

    fn set_arg_counts(&mut self, args: &ast::Arguments) {
        let u = self.u();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    fn check_debug_args(args: &ast::Arguments) -> CResult {
        let all = args.posonlyargs.iter().chain(&args.args).chain(args.vararg.iter()).chain(&args.kwonlyargs).chain(args.kwarg.iter());
        for a in all {
            if a.name == "__debug__" {
                return err("cannot assign to __debug__", a.span);
            }
        }
        Ok(())
    }

    fn decorators(&mut self, decos: &[Expr]) -> CResult {
        for d in decos {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decos: &[Expr]) {
        for d in decos.iter().rev() {
            let saved = self.ur().loc;
            self.set_loc(d.span);
            self.emit(Instr::Call(0));
            self.u().loc = saved;
        }
    }

    pub fn function_def(&mut self, s: &Stmt, f: &ast::FunctionDef) -> CResult {
        Self::check_debug_args(&f.args)?;
        self.decorators(&f.decorators)?;
        let first_line = f.decorators.first().map_or(s.span.line, |d| d.span.line);
        let mut fl = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_ref())? {
            fl |= make_function::ANNOTATIONS;
        }
        let scope = self.st.scope_for(f).expect("function scope");
        let private = self.ur().private.clone();
        self.enter_scope(&f.name, scope, first_line, private);
        let doc = docstring(&f.body);
        self.add_const(doc.map_or(ConstValue::None, |d| ConstValue::Str(d.into())));
        self.set_arg_counts(&f.args);
        let start = usize::from(doc.is_some());
        for st in &f.body[start..] {
            if let Err(e) = self.visit_stmt(st) {
                self.units.pop();
                return Err(e);
            }
        }
        let code = self.exit_scope(true);
        self.make_closure(code, fl)?;
        self.apply_decorators(&f.decorators);
        self.nameop(&f.name, Ctx::Store, s.span)
    }

    pub fn lambda(&mut self, e: &Expr, args: &ast::Arguments, body: &Expr) -> CResult {
        Self::check_debug_args(args)?;
        let fl = self.default_arguments(args)?;
        let scope = self.st.scope_for(e).expect("lambda scope");
        let private = self.ur().private.clone();
        self.enter_scope("<lambda>", scope, e.span.line, private);
        self.add_const(ConstValue::None);
        self.set_arg_counts(args);
        if let Err(er) = self.visit_expr(body) {
            self.units.pop();
            return Err(er);
        }
        let code = if self.scope_info().is_generator {
            self.exit_scope(false)
        } else {
            self.emit(Instr::ReturnValue);
            self.exit_scope(true)
        };
        self.make_closure(code, fl)
    }

    pub fn class_def(&mut self, s: &Stmt, c: &ast::ClassDef) -> CResult {
        self.decorators(&c.decorators)?;
        let first_line = c.decorators.first().map_or(s.span.line, |d| d.span.line);
        let scope = self.st.scope_for(c).expect("class scope");
        self.enter_scope(&c.name, scope, first_line, Some(c.name.clone()));
        let r = (|| -> CResult {
            self.nameop("__name__", Ctx::Load, s.span)?;
            self.nameop("__module__", Ctx::Store, s.span)?;
            let q = self.ur().qualname.clone();
            self.load_const(ConstValue::Str(q.as_str().into()));
            self.nameop("__qualname__", Ctx::Store, s.span)?;
            self.body(&c.body)
        })();
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.unset_loc();
        if self.scope_info().needs_class_closure {
            self.emit(Instr::LoadClosure(0));
            self.emit(Instr::Copy(1));
            self.nameop("__classcell__", Ctx::Store, s.span)?;
        } else {
            self.load_const(ConstValue::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope(true);
        self.set_loc(s.span);
        self.emit(Instr::PushNull);
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(ConstValue::Str(c.name.as_str().into()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorators);
        self.nameop(&c.name, Ctx::Store, s.span)
    }
}
