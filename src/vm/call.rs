//! Calling: Python functions (argument binding with CPython's messages,
//! frames, generators), builtins, bound methods, classes (`__new__` +
//! `__init__`) and `__call__`.

use crate::bytecode::code::flags;
use crate::heap::{ObjRef, Payload};

use super::frame::Frame;
use super::{Args, PyErr, PyResult, Vm};

/// `first` followed by `args`, in a stack buffer for short argument lists
/// (perf: method and class calls prepend `self`/`cls` on every call; this
/// saves the heap allocation a Vec would make).
enum Prepended {
    Short([ObjRef; 8], usize),
    Long(Vec<ObjRef>),
}

impl Prepended {
    fn new(first: ObjRef, args: &[ObjRef]) -> Prepended {
        if args.len() < 8 {
            let mut buf = [first; 8];
            buf[1..=args.len()].copy_from_slice(args);
            Prepended::Short(buf, args.len() + 1)
        } else {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(first);
            v.extend_from_slice(args);
            Prepended::Long(v)
        }
    }

    fn as_slice(&self) -> &[ObjRef] {
        match self {
            Prepended::Short(b, n) => &b[..*n],
            Prepended::Long(v) => v,
        }
    }
}

impl Vm {
    /// `f(*args)`; args borrowed, result owned.
    pub fn call(&mut self, f: ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
        self.call_kw(f, args, &[])
    }

    /// `f(*pos, **kw)` in vectorcall form: the last `kwnames.len()` args are keyword values.
    pub fn call_kw(&mut self, f: ObjRef, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult<ObjRef> {
        let ex = std::mem::take(&mut self.ex_call);
        // `PyObject_Call` of a vectorcall callee with a non-empty keyword
        // dict unpacks the arguments into a new array (`_PyStack_UnpackDict`),
        // one more reference to each for the whole call.
        let unpack = ex && !kwnames.is_empty();
        match self.heap.get(f) {
            Payload::Function(_) => {
                for &a in args {
                    self.incref(a);
                }
                if unpack {
                    self.hold_args(args, true);
                }
                let r = self.call_function_owned(f, args, kwnames);
                if unpack {
                    self.hold_args(args, false);
                }
                r
            }
            Payload::Builtin(b) => {
                let (func, self_) = (b.func, b.self_);
                match self_ {
                    Some(s) => {
                        let v = Prepended::new(s, args);
                        let v = v.as_slice();
                        self.call_native(func, v, kwnames)
                    }
                    None => {
                        if !self.descr_self_ok(b, &args[..args.len() - kwnames.len()]) {
                            return Err(self.descr_self_error(f, &args[..args.len() - kwnames.len()], !kwnames.is_empty()));
                        }
                        self.call_native(func, args, kwnames)
                    }
                }
            }
            Payload::BoundMethod(m) => {
                let (func, s) = **m;
                if unpack {
                    self.hold_args(args, true);
                }
                let v = Prepended::new(s, args);
                let v = v.as_slice();
                let r = self.call_kw(func, v, kwnames);
                if unpack {
                    self.hold_args(args, false);
                }
                r
            }
            Payload::Type(_) => {
                let hold = !self.type_has_vectorcall(f);
                if hold {
                    self.hold_call_args(args, kwnames, true, ex);
                }
                let r = self.call_type(f, args, kwnames);
                if hold {
                    self.hold_call_args(args, kwnames, false, ex);
                }
                r
            }
            _ => {
                let ty = self.ty(f);
                match self.lookup(ty, self.n.__call__) {
                    Some(c) => {
                        // CPython's slot_tp_call counts a level.
                        self.enter_recursive(" while calling a Python object")?;
                        let c = self.incref(c);
                        self.hold_call_args(args, kwnames, true, ex);
                        // _PyObject_Call_Prepend's unpacked array holds the instance too.
                        let prepend = !kwnames.is_empty() && matches!(self.heap.get(c), Payload::Function(_));
                        if prepend {
                            self.incref(f);
                        }
                        let v = Prepended::new(f, args);
                        let v = v.as_slice();
                        let r = self.call_kw(c, v, kwnames);
                        if prepend {
                            self.decref(f);
                        }
                        self.depth -= 1;
                        self.hold_call_args(args, kwnames, false, ex);
                        self.decref(c);
                        r
                    }
                    None => {
                        let tn = self.type_name(ty);
                        Err(self.type_error(format!("'{tn}' object is not callable")))
                    }
                }
            }
        }
    }

    /// checker fix (refcounts as CPython's): calling a class, a builtin
    /// type without a 3.11 vectorcall (`int`, `str`, `zip`…) or an instance
    /// with `__call__` goes through `_PyObject_MakeTpCall`, which packs the
    /// arguments into a tuple held for the whole call; keyword arguments go
    /// into a dict, and `_PyObject_Call_Prepend` unpacks positional and
    /// keyword values again into a new array. So inside `__init__`, `__new__`
    /// and `__call__` every argument has one more reference (two with
    /// keywords) than in a plain function call. perf: the same counts without
    /// building the tuple — `hold` takes those references before the call,
    /// `!hold` drops them after it (the caller keeps the arguments alive).
    /// With `materialized` (a `CALL_FUNCTION_EX` call) the tuple and dict
    /// are real objects already: only the unpacked array is counted.
    fn hold_call_args(&mut self, args: &[ObjRef], kwnames: &[ObjRef], hold: bool, materialized: bool) {
        let npos = if materialized { 0 } else { args.len() - kwnames.len() };
        let extra: &[ObjRef] = if kwnames.is_empty() { &[] } else { args };
        let kw_again: &[ObjRef] = if materialized { &[] } else { &args[args.len() - kwnames.len()..] };
        for &a in args[..npos].iter().chain(extra).chain(kw_again) {
            if hold {
                self.incref(a);
            } else {
                self.decref(a);
            }
        }
    }

    /// Takes (`hold`) or drops one extra reference to each argument.
    fn hold_args(&mut self, args: &[ObjRef], hold: bool) {
        for &a in args {
            if hold {
                self.incref(a);
            } else {
                self.decref(a);
            }
        }
    }

    /// Whether a call of builtin `b` with these positional arguments may go
    /// straight to its native code: a method descriptor of a type needs a
    /// first argument of that type (CPython's `descr_check`).
    pub(crate) fn descr_self_ok(&self, b: &crate::heap::BuiltinData, pos: &[ObjRef]) -> bool {
        if b.binding != crate::heap::Binding::Method {
            return true;
        }
        let Some(owner) = b.owner else { return true };
        match pos.first() {
            Some(&s) => {
                let t = self.ty(s);
                // A slot wrapper (doc set, see types/slot_wrapper.rs) also
                // checks its argument count, as CPython's wrapper functions do.
                (t == owner || owner == self.t.object || self.is_subtype(t, owner))
                    && (b.doc.is_none() || crate::types::slot_wrapper::arity_ok(b.name, pos.len() - 1))
            }
            None => false,
        }
    }

    /// The TypeError for a method descriptor called without a fitting
    /// `self`: `list.append()` or `dict.keys(1)`. CPython words the missing
    /// case differently for slot wrappers (`int.__add__`) and for ordinary
    /// method descriptors.
    fn descr_self_error(&mut self, f: ObjRef, pos: &[ObjRef], has_kw: bool) -> PyErr {
        let (first, nargs) = (pos.first().copied(), pos.len());
        let Payload::Builtin(b) = self.heap.get(f) else { return self.type_error("needs an argument") };
        let (name, owner) = (b.name, b.owner);
        let tn = owner.map(|o| self.type_data(o).name.clone()).unwrap_or_default();
        let slot_wrapper = self.ty(f) == self.t.wrapper_descriptor;
        if let Some(s) = first {
            let st = self.ty(s);
            let fits = owner.is_none_or(|o| st == o || o == self.t.object || self.is_subtype(st, o));
            let sn = self.type_name_of(s);
            return match (slot_wrapper, fits) {
                (true, true) if has_kw => self.type_error(format!("wrapper {name}() takes no keyword arguments")),
                (true, true) => self.slot_arity_error(name, owner, nargs.saturating_sub(1)),
                (true, false) => self.type_error(format!("descriptor '{name}' requires a '{tn}' object but received a '{sn}'")),
                _ => self.type_error(format!("descriptor '{name}' for '{tn}' objects doesn't apply to a '{sn}' object")),
            };
        }
        if slot_wrapper {
            self.type_error(format!("descriptor '{name}' of '{tn}' object needs an argument"))
        } else {
            self.type_error(format!("unbound method {tn}.{name}() needs an argument"))
        }
    }

    /// Builtin types that 3.11 calls through a vectorcall (no argument tuple).
    fn type_has_vectorcall(&self, ty: ObjRef) -> bool {
        let t = &self.t;
        [t.type_, t.bool, t.float, t.list, t.tuple, t.dict, t.set, t.frozenset, t.range, t.enumerate, t.reversed, t.map, t.filter, t.super_].contains(&ty)
    }

    /// Calls an unbound method `f` found on a type with `self_` first.
    pub fn call_unbound(&mut self, f: ObjRef, self_: ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
        match self.heap.get(f) {
            Payload::Function(_) | Payload::Builtin(_) => {
                if let Payload::Builtin(b) = self.heap.get(f) {
                    if matches!(b.binding, crate::heap::Binding::ClassMethod) {
                        let ty = self.ty(self_);
                        let m = self.bind_builtin(f, ty);
                        let r = self.call(m, args);
                        self.decref(m);
                        return r;
                    }
                    if b.self_.is_some() || b.binding == crate::heap::Binding::Static || b.binding == crate::heap::Binding::Function {
                        return self.call(f, args);
                    }
                }
                let v = Prepended::new(self_, args);
                let v = v.as_slice();
                self.call(f, v)
            }
            _ => {
                let ty = self.ty(self_);
                let m = self.descr_get(f, Some(self_), ty)?;
                let r = self.call(m, args);
                self.decref(m);
                r
            }
        }
    }

    #[inline]
    pub fn call_native(&mut self, func: crate::heap::NativeFn, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult<ObjRef> {
        // No recursion level here: CPython's vectorcall of a builtin counts
        // none (the protocols a native uses — repr, str, comparison, calls
        // into Python — count their own), so `def __str__(s): return str(s)`
        // recurses 2 levels per call as in CPython, not 3.
        func(self, &Args { args, kwnames })
    }

    /// Calls a Python function; `args` are *owned* references moved into the callee.
    pub fn call_function_owned(&mut self, func: ObjRef, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult<ObjRef> {
        let mut frame = self.frame_for_call(func, args, kwnames)?;
        if frame.code.flags & flags::RESUMABLE != 0 {
            return Ok(super::gen::new_generator(self, frame, func));
        }
        if self.depth >= self.recursion_limit {
            self.release_frame(frame);
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.release_frame(frame);
        match r {
            Ok(super::eval::FrameExit::Return(v)) => Ok(v),
            Ok(super::eval::FrameExit::Yield(v)) => Ok(v),
            Err(e) => Err(e),
        }
    }

    /// Creates the frame of a call and binds the (owned) arguments into it.
    pub fn frame_for_call(&mut self, func: ObjRef, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult<Box<Frame>> {
        let Payload::Function(fd) = self.heap.get(func) else { panic!("frame_for_call of a non-function") };
        let (code_obj, globals, builtins) = (fd.code, fd.globals, fd.builtins);
        let mut frame = self.new_frame(code_obj, globals, builtins, Some(func), None);
        match self.bind_args(&mut frame, func, args, kwnames) {
            Ok(()) => Ok(frame),
            Err(e) => {
                self.release_frame(frame);
                Err(e)
            }
        }
    }

    /// Binds owned arguments into the frame's fast locals, with CPython's error messages.
    fn bind_args(&mut self, frame: &mut Frame, func: ObjRef, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult<()> {
        // Fast path: exact positional call, no defaults needed.
        let c = &frame.code;
        if kwnames.is_empty() && args.len() == c.argcount as usize && c.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0 && c.kwonlyargcount == 0 {
            for (slot, &a) in frame.fast.iter().zip(args) {
                slot.set(Some(a));
            }
            return Ok(());
        }
        let code = frame.code.clone();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let total = argcount + kwonly;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let npos = args.len() - kwnames.len();
        // Fast path: exact positional call, no defaults needed.
        if kwnames.is_empty() && npos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
            for (i, &a) in args.iter().enumerate() {
                frame.fast[i].set(Some(a));
            }
            return Ok(());
        }
        let mut consumed = vec![false; args.len()];
        let kwdict = if has_varkw {
            let d = self.new_dict();
            frame.fast[total + has_varargs as usize].set(Some(d));
            Some(d)
        } else {
            None
        };
        let n = npos.min(argcount);
        for i in 0..n {
            frame.fast[i].set(Some(args[i]));
            consumed[i] = true;
        }
        if has_varargs {
            let extra: Vec<ObjRef> = args[n..npos].to_vec();
            for c in consumed.iter_mut().take(npos).skip(n) {
                *c = true;
            }
            let t = self.new_tuple(extra);
            frame.fast[total].set(Some(t));
        }
        let qualname = self.func_qualname(func);
        let mut error = None;
        let mut posonly_passed_as_kw: Vec<String> = Vec::new();
        for (k, &kname) in kwnames.iter().enumerate() {
            let ai = npos + k;
            let value = args[ai];
            let ks = self.as_str(kname).unwrap_or("").to_string();
            let pos = code.localsplus_names[posonly..total].iter().position(|n| **n == *ks).map(|p| p + posonly);
            match pos {
                Some(j) => {
                    if frame.fast[j].get().is_some() {
                        error = Some(format!("{qualname}() got multiple values for argument '{ks}'"));
                        break;
                    }
                    frame.fast[j].set(Some(value));
                    consumed[ai] = true;
                }
                None => {
                    if let Some(d) = kwdict {
                        if let Err(e) = self.dict_set_item(d, kname, value) {
                            self.release_unconsumed(args, &consumed);
                            return Err(e);
                        }
                        // The dict took its own reference; ours is dropped below.
                        consumed[ai] = false;
                    } else if code.localsplus_names[..posonly].iter().any(|n| **n == *ks) {
                        posonly_passed_as_kw.push(ks);
                    } else {
                        error = Some(format!("{qualname}() got an unexpected keyword argument '{ks}'"));
                        break;
                    }
                }
            }
        }
        if error.is_none() && !posonly_passed_as_kw.is_empty() {
            error = Some(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_passed_as_kw.join(", ")
            ));
        }
        if error.is_none() && npos > argcount && !has_varargs {
            let (defaults_n, _) = self.func_defaults_len(func);
            let kwonly_given = (argcount..total).filter(|&i| frame.fast[i].get().is_some()).count();
            let takes = if defaults_n > 0 {
                format!("from {} to {} positional arguments", argcount - defaults_n, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = if kwonly_given > 0 {
                format!(
                    "{npos} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                    if npos == 1 { "" } else { "s" },
                    if kwonly_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{npos} {}", if npos == 1 { "was given" } else { "were given" })
            };
            error = Some(format!("{qualname}() takes {takes} but {given}"));
        }
        if let Some(msg) = error {
            self.release_unconsumed(args, &consumed);
            return Err(self.type_error(msg));
        }
        self.release_unconsumed(args, &consumed);
        // Defaults for missing positional parameters.
        if npos < argcount {
            let defaults = self.func_defaults(func);
            let m = argcount - defaults.len();
            let missing: Vec<String> = (npos..m).filter(|&i| frame.fast[i].get().is_none()).map(|i| code.localsplus_names[i].to_string()).collect();
            if !missing.is_empty() {
                let msg = format!("{qualname}() missing {} required positional argument{}: {}", missing.len(), if missing.len() == 1 { "" } else { "s" }, join_names(&missing));
                return Err(self.type_error(msg));
            }
            for i in m.max(npos)..argcount {
                if frame.fast[i].get().is_none() {
                    let d = defaults[i - m];
                    frame.fast[i].set(Some(self.incref(d)));
                }
            }
        }
        if kwonly > 0 {
            let kwdefaults = self.func_kwdefaults(func);
            let mut missing = Vec::new();
            for i in argcount..total {
                if frame.fast[i].get().is_some() {
                    continue;
                }
                let name = code.localsplus_names[i].clone();
                let dv = match kwdefaults {
                    Some(kd) => self.dict_get_str(kd, &name),
                    None => None,
                };
                match dv {
                    Some(v) => frame.fast[i].set(Some(self.incref(v))),
                    None => missing.push(name.to_string()),
                }
            }
            if !missing.is_empty() {
                let msg = format!("{qualname}() missing {} required keyword-only argument{}: {}", missing.len(), if missing.len() == 1 { "" } else { "s" }, join_names(&missing));
                return Err(self.type_error(msg));
            }
        }
        Ok(())
    }

    fn release_unconsumed(&mut self, args: &[ObjRef], consumed: &[bool]) {
        for (i, &a) in args.iter().enumerate() {
            if !consumed[i] {
                self.decref(a);
            }
        }
        // Consumed ones that ended up nowhere (error before storing) are owned by the frame.
    }

    pub fn func_qualname(&self, func: ObjRef) -> String {
        match self.heap.get(func) {
            Payload::Function(f) => self.as_str(f.qualname).unwrap_or("?").to_string(),
            _ => "?".to_string(),
        }
    }

    fn func_defaults(&self, func: ObjRef) -> Vec<ObjRef> {
        match self.heap.get(func) {
            Payload::Function(f) => f.defaults.and_then(|d| self.tuple_items(d)).map(|t| t.to_vec()).unwrap_or_default(),
            _ => Vec::new(),
        }
    }
    fn func_defaults_len(&self, func: ObjRef) -> (usize, usize) {
        (self.func_defaults(func).len(), 0)
    }
    fn func_kwdefaults(&self, func: ObjRef) -> Option<ObjRef> {
        match self.heap.get(func) {
            Payload::Function(f) => f.kwdefaults,
            _ => None,
        }
    }

    /// `cls(*args)`: `type(x)`, or `__new__` then `__init__`.
    pub fn call_type(&mut self, cls: ObjRef, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult<ObjRef> {
        if cls == self.t.type_ && args.len() == 1 && kwnames.is_empty() {
            let t = self.ty(args[0]);
            return Ok(self.incref(t));
        }
        // perf: `str(x)` is `PyObject_Str(x)`: str's `__new__` returns it,
        // and the `__init__` after it (object's) accepts any arguments.
        if cls == self.t.str && args.len() == 1 && kwnames.is_empty() {
            return self.str(args[0]);
        }
        // A metaclass with its own __call__.
        let meta = self.ty(cls);
        if meta != self.t.type_ {
            if let Some(c) = self.lookup(meta, self.n.__call__) {
                let tc = self.lookup(self.t.type_, self.n.__call__);
                if Some(c) != tc {
                    let c = self.incref(c);
                    let v = Prepended::new(cls, args);
                    let v = v.as_slice();
                    let r = self.call_kw(c, v, kwnames);
                    self.decref(c);
                    return r;
                }
            }
        }
        self.type_call_default(cls, args, kwnames)
    }

    /// `type.__call__`: `__new__`, then `__init__` when the result is an instance of cls.
    pub fn type_call_default(&mut self, cls: ObjRef, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult<ObjRef> {
        // mem helper: CPython 3.11 calls a class through `type_call` with an
        // argument tuple and keyword dict, alive for the whole call, which
        // `gc.get_count()` sees (builtin types count theirs in `__new__`).
        if !self.type_data(cls).heap_type {
            return self.type_call_inner(cls, args, kwnames);
        }
        let npos = args.len() - kwnames.len();
        self.heap.gc_transient_tuple_take(npos);
        self.heap.gc_transient_dict_take(!kwnames.is_empty());
        let r = self.type_call_inner(cls, args, kwnames);
        self.heap.gc_transient_dict_put(!kwnames.is_empty());
        self.heap.gc_transient_tuple_put(npos);
        r
    }

    fn type_call_inner(&mut self, cls: ObjRef, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult<ObjRef> {
        let new = self.lookup(cls, self.n.__new__);
        let obj = match new {
            Some(n) => {
                let n = self.incref(n);
                let f = match self.heap.get(n) {
                    Payload::StaticMethod(f) => *f,
                    _ => n,
                };
                // slot_tp_new's unpacked array (keywords) holds the class too.
                let prepend = !kwnames.is_empty() && matches!(self.heap.get(f), Payload::Function(_));
                if prepend {
                    self.incref(cls);
                }
                let v = Prepended::new(cls, args);
                let v = v.as_slice();
                let r = self.call_kw(f, v, kwnames);
                if prepend {
                    self.decref(cls);
                }
                self.decref(n);
                r?
            }
            None => {
                let tn = self.type_name(cls);
                return Err(self.type_error(format!("cannot create '{tn}' instances")));
            }
        };
        if !self.isinstance_type(obj, cls) {
            return Ok(obj);
        }
        let oty = self.ty(obj);
        if let Some(init) = self.lookup(oty, self.n.__init__) {
            let init = self.incref(init);
            let v = Prepended::new(obj, args);
            let v = v.as_slice();
            let r = match self.heap.get(init) {
                // slot_tp_init's unpacked array (keywords) holds the instance too.
                Payload::Function(_) if !kwnames.is_empty() => {
                    self.incref(obj);
                    let r = self.call_kw(init, v, kwnames);
                    self.decref(obj);
                    r
                }
                Payload::Function(_) | Payload::Builtin(_) => self.call_kw(init, v, kwnames),
                _ => {
                    let m = self.descr_get(init, Some(obj), oty);
                    match m {
                        Ok(m) => {
                            let r = self.call_kw(m, args, kwnames);
                            self.decref(m);
                            r
                        }
                        Err(e) => Err(e),
                    }
                }
            };
            self.decref(init);
            match r {
                Ok(r) => {
                    if r != self.none_obj {
                        let tn = self.type_name_of(r);
                        self.decref(r);
                        self.decref(obj);
                        return Err(self.type_error(format!("__init__() should return None, not '{tn}'")));
                    }
                    self.decref(r);
                }
                Err(e) => {
                    self.decref(obj);
                    return Err(e);
                }
            }
        }
        Ok(obj)
    }
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

