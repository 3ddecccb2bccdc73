//! Call instructions: CALL with its bound-method and keyword handling,
//! CALL_FUNCTION_EX, zero-argument super(), MAKE_FUNCTION.

use crate::bytecode::opcode::make_function;
use crate::heap::{FunctionData, ObjRef, Payload};

use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub(in crate::vm) fn exec_call(&mut self, f: &mut Frame, n: usize) -> PyResult<ObjRef> {
        // perf: a positional call of a Python function (or of a method found
        // by LOAD_METHOD) goes straight to the frame setup. Any other callable,
        // keywords, or a profile function take the general path below.
        if f.kwnames.is_none() && !self.frames.tracing {
            let len = f.stack.len();
            let base = len - n - 2;
            let s0 = f.stack[base];
            let (func, start) = if s0 != self.null { (s0, base + 1) } else { (f.stack[base + 1], base + 2) };
            if let Payload::Function(_) = self.heap.get(func) {
                // Arguments are moved into the callee's locals.
                let r = self.call_function_owned(func, &f.stack[start..], &[]);
                // Left: the callable, after an uncounted NULL when it is not a method.
                f.stack.truncate(base);
                self.decref(func);
                return r;
            }
        }
        let kwnames: Vec<ObjRef> = match f.kwnames.take() {
            Some(k) => self.tuple_items(k).map(|t| t.to_vec()).unwrap_or_default(),
            None => Vec::new(),
        };
        let len = f.stack.len();
        let base = len - n - 2;
        let mut is_meth = f.stack[base] != self.null;
        if !is_meth {
            // Unpack a bound method so the call can pass self without copying.
            if let Payload::BoundMethod(m) = self.heap.get(f.stack[base + 1]) {
                let (func, s) = **m;
                self.incref(func);
                self.incref(s);
                let bm = std::mem::replace(&mut f.stack[base + 1], s);
                // (The NULL slot is immortal: not counted.)
                f.stack[base] = func;
                self.decref(bm);
                is_meth = true;
            }
        }
        let (func, start) = if is_meth { (f.stack[base], base + 1) } else { (f.stack[base + 1], base + 2) };
        if func == self.t.super_ && !is_meth && n == 0 {
            // Zero-argument super(): the class from the `__class__` cell and the first argument.
            let r = self.zero_arg_super(f);
            self.pop_n(f, 2);
            return r;
        }
        // setprofile's 'c_call' events (cold: only while a profile function is set).
        let prof_arg = if self.frames.tracing && self.frames.profile_func.is_some() { self.c_profile_target(func, &f.stack[start..len - kwnames.len()]) } else { None };
        let c_err = match prof_arg {
            Some(a) => self.profile_c_event("c_call", a).err(),
            None => None,
        };
        let r = if let Some(e) = c_err {
            self.pop_n(f, len - start);
            Err(e)
        } else {
            self.exec_call_dispatch(f, func, start, len, &kwnames)
        };
        let r = match prof_arg {
            Some(a) => {
                let r = match r {
                    Ok(v) => match self.profile_c_event("c_return", a) {
                        Ok(()) => Ok(v),
                        Err(e) => {
                            self.decref(v);
                            Err(e)
                        }
                    },
                    Err(e) => {
                        if let Err(e2) = self.profile_c_event("c_exception", a) {
                            self.drop_err(e2);
                        }
                        Err(e)
                    }
                };
                self.decref(a);
                r
            }
            None => r,
        };
        // Pop callable (or self-less slot) and the NULL/method slot; NULL is
        // immortal and was pushed uncounted.
        while f.stack.len() > base {
            let v = f.stack.pop().expect("stack");
            if v != self.null {
                self.decref(v);
            }
        }
        r
    }

    /// The call itself: consumes the arguments `f.stack[start..]`.
    fn exec_call_dispatch(&mut self, f: &mut Frame, func: ObjRef, start: usize, len: usize, kwnames: &[ObjRef]) -> PyResult<ObjRef> {
        match self.heap.get(func) {
            Payload::Function(_) => {
                // Arguments are moved into the callee's locals.
                let r = self.call_function_owned(func, &f.stack[start..], kwnames);
                f.stack.truncate(start);
                r
            }
            // (A method descriptor called without a fitting `self` goes the
            // generic way, which raises CPython's TypeError.)
            Payload::Builtin(b) if b.self_.is_none() && self.descr_self_ok(b, &f.stack[start..len - kwnames.len()]) => {
                let fp = b.func;
                // locals()/vars()/dir()/eval()/exec() in a function see its fast locals.
                let snap = (f.locals.is_none() && self.frame_locals_funcs.contains(&func)).then(|| crate::types::frame::innermost_fast_locals(self));
                let saved = snap.map(|d| self.current_locals.replace(d));
                let r = self.call_native(fp, &f.stack[start..], kwnames);
                if let Some(d) = snap {
                    self.current_locals = saved.flatten();
                    self.decref(d);
                }
                self.pop_n(f, len - start);
                r
            }
            _ => {
                let r = self.call_kw(func, &f.stack[start..], kwnames);
                self.pop_n(f, len - start);
                r
            }
        }
    }

    pub(in crate::vm) fn zero_arg_super(&mut self, f: &Frame) -> PyResult<ObjRef> {
        let code = &f.code;
        if code.argcount == 0 && code.flags & crate::bytecode::code::flags::VARARGS == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let mut first = match f.fast.first().and_then(|c| c.get()) {
            Some(v) => v,
            None => return Err(self.runtime_error("super(): arg[0] deleted")),
        };
        // The first argument may itself live in a cell.
        if code.cell_slots.contains(&0) {
            if let Payload::Cell(c) = self.heap.get(first) {
                match c {
                    Some(v) => first = *v,
                    None => return Err(self.runtime_error("super(): arg[0] deleted")),
                }
            }
        }
        let n = code.nlocalsplus();
        let free_start = n - code.nfrees as usize;
        let pos = code.localsplus_names[free_start..].iter().position(|s| &**s == "__class__");
        let Some(p) = pos else { return Err(self.runtime_error("super(): __class__ cell not found")) };
        let cell = f.fast[free_start + p].get();
        let cls = match cell.map(|c| self.heap.get(c)) {
            Some(Payload::Cell(Some(c))) => *c,
            _ => return Err(self.runtime_error("super(): empty __class__ cell")),
        };
        if !self.is_type(cls) {
            return Err(self.runtime_error("super(): __class__ is not a type"));
        }
        let ok = self.isinstance_type(first, cls) || (self.is_type(first) && self.is_subtype(first, cls));
        if !ok {
            return Err(self.type_error("super(type, obj): obj must be an instance or subtype of type"));
        }
        Ok(self.new_super(cls, first))
    }

    pub(in crate::vm) fn pop_n(&mut self, f: &mut Frame, n: usize) {
        for _ in 0..n {
            let v = f.stack.pop().expect("stack");
            self.decref(v);
        }
    }

    /// `f(*args, **kwargs)` (borrows all).
    pub fn call_ex(&mut self, func: ObjRef, args: ObjRef, kwargs: Option<ObjRef>) -> PyResult<ObjRef> {
        let mut argv: Vec<ObjRef> = match self.heap.get(args) {
            Payload::Tuple(t) => t.to_vec(),
            _ => {
                let t = self.star_args_tuple(func, args)?;
                let r = self.call_ex(func, t, kwargs);
                self.decref(t);
                return r;
            }
        };
        let mut kwnames = Vec::new();
        if let Some(kw) = kwargs {
            if !self.is_dict(kw) {
                let d = self.new_dict();
                let r = self.dict_update(d, kw);
                if let Err(e) = r {
                    self.decref(d);
                    return Err(e);
                }
                let r = self.call_ex(func, args, Some(d));
                self.decref(d);
                return r;
            }
            for (k, v) in self.dict_items(kw) {
                if !matches!(self.heap.get(k), Payload::Str(_)) {
                    // CPython names no function in this one.
                    return Err(self.type_error("keywords must be strings"));
                }
                kwnames.push(k);
                argv.push(v);
            }
        }
        self.ex_call = true;
        let r = self.call_kw(func, &argv, &kwnames);
        self.ex_call = false;
        r
    }

    /// `CALL_FUNCTION_EX`: like `call_ex` but consumes `args`; a non-tuple
    /// is turned into a tuple and released before the call, as CPython
    /// replaces it on its stack.
    pub fn call_ex_owned(&mut self, func: ObjRef, args: ObjRef, kwargs: Option<ObjRef>) -> PyResult<ObjRef> {
        let args = if matches!(self.heap.get(args), Payload::Tuple(_)) {
            args
        } else {
            let t = self.star_args_tuple(func, args);
            self.decref(args);
            t?
        };
        let r = self.call_ex(func, args, kwargs);
        self.decref(args);
        r
    }

    /// A type with `__iter__` or `__getitem__` (CPython: `tp_iter` or
    /// `PySequence_Check`).
    fn iterable_type(&self, ty: ObjRef) -> bool {
        self.lookup(ty, self.n.__iter__).is_some() || self.lookup(ty, self.n.__getitem__).is_some()
    }

    /// The `*args` of a call as a new tuple (borrows `args`), with CPython's
    /// message for a non-iterable.
    fn star_args_tuple(&mut self, func: ObjRef, args: ObjRef) -> PyResult<ObjRef> {
        match self.collect_iter(args) {
            Ok(v) => Ok(self.new_tuple(v)),
            // Only a non-iterable gets the message; a TypeError raised
            // while iterating passes through, as in CPython.
            Err(e) if self.err_matches(&e, self.t.type_error) && !self.iterable_type(self.ty(args)) => {
                self.drop_err(e);
                let fname = self.callable_name(func);
                let tn = self.type_name_of(args);
                Err(self.type_error(format!("{fname} argument after * must be an iterable, not {tn}")))
            }
            Err(e) => Err(e),
        }
    }

    /// `name()` as CPython's messages show a callable (its
    /// `_PyObject_FunctionStr`: a Python function is qualified by its
    /// module unless that is `builtins`).
    pub fn callable_name(&mut self, func: ObjRef) -> String {
        match self.heap.get(func) {
            Payload::Function(f) => {
                let qual = self.func_qualname(func);
                match self.as_str(f.module) {
                    Some(m) if m != "builtins" => format!("{m}.{qual}()"),
                    _ => format!("{qual}()"),
                }
            }
            Payload::Builtin(b) => format!("{}()", b.name),
            Payload::BoundMethod(m) => {
                let f = m.0;
                self.callable_name(f)
            }
            Payload::Type(t) => format!("{}()", t.name),
            _ => format!("{} object", self.type_name_of(func)),
        }
    }

    pub(in crate::vm) fn dict_merge_kwargs(&mut self, d: ObjRef, m: ObjRef, func: ObjRef) -> PyResult<()> {
        let items: Vec<(ObjRef, ObjRef)> = if self.is_dict(m) {
            self.dict_items(m)
        } else {
            if self.lookup(self.ty(m), self.n.keys).is_none() {
                let fname = self.callable_name(func);
                let tn = self.type_name_of(m);
                return Err(self.type_error(format!("{fname} argument after ** must be a mapping, not {tn}")));
            }
            let tmp = self.new_dict();
            let r = self.dict_update(tmp, m);
            if let Err(e) = r {
                self.decref(tmp);
                return Err(e);
            }
            let r = self.dict_merge_kwargs(d, tmp, func);
            self.decref(tmp);
            return r;
        };
        for (k, v) in items {
            if self.dict_get_item(d, k)?.is_some() {
                let fname = self.callable_name(func);
                let ks = self.str_string(k)?;
                return Err(self.type_error(format!("{fname} got multiple values for keyword argument '{ks}'")));
            }
            self.dict_set_item(d, k, v)?;
        }
        Ok(())
    }

    pub(in crate::vm) fn make_function(&mut self, f: &mut Frame, flags: u8) -> ObjRef {
        let code_obj = f.stack.pop().expect("code");
        let closure = if flags & make_function::CLOSURE != 0 { f.stack.pop() } else { None };
        let annotations = if flags & make_function::ANNOTATIONS != 0 { f.stack.pop() } else { None };
        let kwdefaults = if flags & make_function::KWDEFAULTS != 0 { f.stack.pop() } else { None };
        let defaults = if flags & make_function::DEFAULTS != 0 { f.stack.pop() } else { None };
        let Payload::Code(cd) = self.heap.get(code_obj) else { panic!("MAKE_FUNCTION without code") };
        let (name, qualname) = (cd.code.name.clone(), cd.code.qualname.clone());
        let first_const = cd.consts.first().copied();
        let name = self.intern(&name);
        let qualname = self.new_str(qualname.to_string());
        let doc = match first_const {
            Some(c) if matches!(self.heap.get(c), Payload::Str(_)) => self.incref(c),
            _ => self.none(),
        };
        let module = {
            let k = self.n.__name__;
            let h = self.str_hash_pure(k);
            match self.dict_get_str_pure(f.globals, k, h) {
                Some(m) => self.incref(m),
                None => self.none(),
            }
        };
        self.incref(f.globals);
        self.incref(f.builtins);
        let fd = FunctionData {
            code: code_obj,
            globals: f.globals,
            builtins: f.builtins,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            doc,
            module,
            annotations,
        };
        let t = self.t.function;
        self.alloc(t, Payload::Function(Box::new(fd)))
    }
}
