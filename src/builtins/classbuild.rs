//! `__build_class__` (the class statement's helper) and `__import__`.

use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

pub fn b_build_class(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0];
    let Some(name) = vm.as_str(pos[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let orig_bases = pos[2..].to_vec();
    // __mro_entries__
    let mut bases = Vec::new();
    let mut changed = false;
    for &b in &orig_bases {
        if !vm.is_type(b) {
            // CPython passes the original bases tuple.
            let ob = orig_bases.iter().map(|&x| vm.incref(x)).collect();
            let ob = vm.new_tuple(ob);
            // CPython looks __mro_entries__ up as an ordinary attribute, so a
            // function carrying one (typing.NamedTuple / TypedDict) works too.
            let r = match vm.getattr_opt(b, vm.n.__mro_entries__) {
                Ok(Some(f)) => {
                    let r = vm.call(f, &[ob]);
                    vm.decref(f);
                    r.map(Some)
                }
                Ok(None) => Ok(None),
                Err(e) => Err(e),
            };
            vm.decref(ob);
            if let Some(r) = r? {
                let t = vm.seq_items(r).unwrap_or_default();
                bases.extend(t);
                vm.decref(r);
                changed = true;
                continue;
            }
        }
        bases.push(b);
    }
    let mut meta = None;
    let mut kwargs: Vec<(ObjRef, ObjRef)> = Vec::new();
    for (k, v) in args.kw() {
        if vm.as_str(k) == Some("metaclass") {
            meta = Some(v);
        } else {
            kwargs.push((k, v));
        }
    }
    let meta = match meta {
        Some(m) => {
            if vm.is_type(m) {
                vm.calculate_metaclass(m, &bases)?
            } else {
                m
            }
        }
        None => {
            let m = bases.first().map(|&b| vm.ty(b)).unwrap_or(vm.t.type_);
            vm.calculate_metaclass(m, &bases)?
        }
    };
    // __prepare__
    let bases_t = {
        for &b in &bases {
            vm.incref(b);
        }
        vm.new_tuple(bases.clone())
    };
    let ns = match vm.getattr_opt(meta, vm.n.__prepare__)? {
        Some(prep) => {
            let name_o = pos[1];
            let mut av = vec![name_o, bases_t];
            av.extend(kwargs.iter().map(|&(_, v)| v));
            let kn: Vec<ObjRef> = kwargs.iter().map(|&(k, _)| k).collect();
            let r = vm.call_kw(prep, &av, &kn);
            vm.decref(prep);
            match r {
                Ok(r) => r,
                Err(e) => {
                    vm.decref(bases_t);
                    return Err(e);
                }
            }
        }
        None => vm.new_dict(),
    };
    // Run the class body with the namespace as its locals.
    let r = vm.run_class_body(func, ns);
    let cell = match r {
        Ok(c) => c,
        Err(e) => {
            vm.decref(ns);
            vm.decref(bases_t);
            return Err(e);
        }
    };
    if changed {
        let ob = {
            for &b in &orig_bases {
                vm.incref(b);
            }
            vm.new_tuple(orig_bases.clone())
        };
        let ob_name = vm.intern_static("__orig_bases__");
        let _ = vm.setitem(ns, ob_name, ob);
        vm.decref(ob);
    }
    let mut av = vec![pos[1], bases_t, ns];
    av.extend(kwargs.iter().map(|&(_, v)| v));
    let kn: Vec<ObjRef> = kwargs.iter().map(|&(k, _)| k).collect();
    let cls = vm.call_kw(meta, &av, &kn);
    vm.decref(ns);
    vm.decref(bases_t);
    vm.decref(cell);
    let _ = name;
    cls
}

impl Vm {
    /// Runs a class body function with `ns` as its locals; returns its result (the __class__ cell or None).
    pub fn run_class_body(&mut self, func: ObjRef, ns: ObjRef) -> PyResult<ObjRef> {
        let Payload::Function(fd) = self.heap.get(func) else { return Err(self.type_error("__build_class__: func must be a function")) };
        let (code_obj, globals, builtins) = (fd.code, fd.globals, fd.builtins);
        let mut frame = self.new_frame(code_obj, globals, builtins, Some(func), Some(ns));
        if self.depth >= self.recursion_limit {
            self.release_frame(frame);
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.release_frame(frame);
        match r? {
            crate::vm::eval::FrameExit::Return(v) | crate::vm::eval::FrameExit::Yield(v) => Ok(v),
        }
    }

    /// An interned name for runtime use (borrowed: the intern table keeps it alive).
    pub fn intern_static(&mut self, s: &str) -> ObjRef {
        let r = self.intern(s);
        self.decref(r);
        r
    }
}

pub fn b_import(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "__import__", &["name", "globals", "locals", "fromlist", "level"], 0, 1)?;
    let name_obj = p[0].expect("required");
    if !vm.isinstance_type(name_obj, vm.t.str) {
        return Err(vm.type_error("module name must be a string"));
    }
    let name = vm.str_string(name_obj)?;
    let globals = p[1].filter(|&g| vm.is_dict(g)).unwrap_or_else(|| vm.current_globals.unwrap_or(vm.builtins));
    let fromlist = p[3].unwrap_or(vm.none_obj);
    let level = match p[4] {
        // CPython reads the level as a C int.
        Some(l) => match vm.index_value(l) {
            Ok(v) if i32::try_from(v).is_ok() => v,
            Ok(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
            Err(e) if vm.err_matches(&e, vm.t.overflow_error) => {
                vm.drop_err(e);
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            Err(e) => return Err(e),
        },
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    vm.import_module_level(&name, globals, fromlist, level)
}
