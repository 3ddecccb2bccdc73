//! Unraisable exceptions (CPython's `_PyErr_WriteUnraisableMsg`): errors
//! that cannot propagate — raised by `__del__`, weakref callbacks, gc
//! callbacks, generator finalization — are passed to `sys.unraisablehook`
//! as a `UnraisableHookArgs` struct sequence. The default hook
//! (`sys.__unraisablehook__`) writes `Exception ignored in: <repr>`, the
//! traceback and `Type: message` to `sys.stderr` (nothing when it is None).
//! A hook that fails is reported with the default hook as
//! `Exception ignored in sys.unraisablehook: <hook>`.

use crate::heap::{ObjRef, Payload};
use crate::types::structseq::StructSeqSpec;
use crate::vm::{Args, PyErr, PyResult, Vm};

const HOOK_ARGS: StructSeqSpec = StructSeqSpec {
    module: "sys",
    name: "UnraisableHookArgs",
    doc: "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
    fields: &["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
    n_in_sequence: 5,
    instantiable: true,
};

/// Adds `UnraisableHookArgs`, `unraisablehook` and `__unraisablehook__` to
/// the sys module's dict `d`.
pub fn install(vm: &mut Vm, d: ObjRef) {
    let t = vm.new_structseq_type(&HOOK_ARGS);
    // CPython's tp_name has no module prefix: the repr is `UnraisableHookArgs(...)`.
    vm.type_data_mut(t).name = "UnraisableHookArgs".to_string();
    vm.dict_set_str(d, "UnraisableHookArgs", t);
    vm.decref(t);
    crate::modules::sys_hooks::install_hook(vm, d, "unraisablehook", default_hook);
}

/// `sys.__unraisablehook__(unraisable)`.
fn default_hook(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "unraisablehook", 1, 1)?;
    let a = args.args[0];
    let mut fields = Vec::with_capacity(5);
    for name in ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"] {
        match vm.getattr_str(a, name) {
            Ok(v) => fields.push(v),
            Err(e) => {
                for f in fields {
                    vm.decref(f);
                }
                vm.drop_err(e);
                return Err(vm.type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
            }
        }
    }
    let r = write_default(vm, fields[0], fields[1], fields[2], fields[3], fields[4]);
    for f in fields {
        vm.decref(f);
    }
    r?;
    Ok(vm.none())
}

/// The default hook's text, written to `sys.stderr` and flushed.
fn write_default(vm: &mut Vm, exc_type: ObjRef, exc_value: ObjRef, tb: ObjRef, err_msg: ObjRef, obj: ObjRef) -> PyResult<()> {
    let sys = vm.sys_module;
    let file = match vm.getattr_str(sys, "stderr") {
        Ok(f) => f,
        Err(e) => {
            vm.drop_err(e);
            return Ok(());
        }
    };
    if file == vm.none_obj {
        vm.decref(file);
        return Ok(());
    }
    let none = vm.none_obj;
    let mut out = String::new();
    let msg = if err_msg != none { Some(vm.str_string(err_msg)?) } else { None };
    if obj != none {
        match &msg {
            Some(m) => {
                out.push_str(m);
                out.push_str(": ");
            }
            None => out.push_str("Exception ignored in: "),
        }
        match vm.repr_string(obj) {
            Ok(s) => out.push_str(&s),
            Err(e) => {
                vm.drop_err(e);
                out.push_str("<object repr() failed>");
            }
        }
        out.push('\n');
    } else if let Some(m) = &msg {
        out.push_str(m);
        out.push_str(":\n");
    }
    if matches!(vm.heap.get(tb), Payload::Traceback(_)) {
        out.push_str("Traceback (most recent call last):\n");
        vm.format_traceback(tb, &mut out);
    }
    if exc_type != none && vm.is_type(exc_type) {
        let module = vm.getattr_str(exc_type, "__module__").ok();
        if let Some(m) = module {
            if let Some(s) = vm.as_str(m) {
                if s != "builtins" && s != "__main__" {
                    out.push_str(s);
                    out.push('.');
                }
            }
            vm.decref(m);
        }
        let q = vm.type_data(exc_type).qualname;
        let qual = vm.as_str(q).map(|s| s.to_string()).unwrap_or_else(|| vm.type_data(exc_type).name.clone());
        out.push_str(&qual);
        if exc_value != none {
            out.push_str(": ");
            match vm.str_string(exc_value) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    vm.drop_err(e);
                    out.push_str("<exception str() failed>");
                }
            }
        }
        out.push('\n');
    }
    let s = vm.new_str(out);
    let r = vm.call_method(file, "write", &[s]);
    vm.decref(s);
    let r = r.and_then(|r| {
        vm.decref(r);
        vm.call_method(file, "flush", &[])
    });
    vm.decref(file);
    vm.decref(r?);
    Ok(())
}

impl Vm {
    /// Reports an error that cannot propagate (`PyErr_WriteUnraisable`):
    /// `err_msg` None means the default "Exception ignored in"; `obj` is the
    /// object the error is about (shown with its repr).
    pub fn report_unraisable(&mut self, e: PyErr, err_msg: Option<&str>, obj: Option<ObjRef>) {
        let exc = e.exc;
        let exc_type = self.ty(exc);
        self.incref(exc_type);
        let tb = match self.exc_data(exc).and_then(|d| d.traceback) {
            Some(t) => self.incref(t),
            None => self.none(),
        };
        let msg = match err_msg {
            Some(m) => self.new_str(m),
            None => self.none(),
        };
        let obj = match obj {
            Some(o) => self.incref(o),
            None => self.none(),
        };
        let sys = self.sys_module;
        let hook = match self.getattr_str(sys, "unraisablehook") {
            Ok(h) => Some(h),
            Err(e2) => {
                self.drop_err(e2);
                None
            }
        };
        let hook = hook.filter(|&h| {
            if h == self.none_obj {
                self.decref(h);
                false
            } else {
                true
            }
        });
        let t = self.dict_get_str(self.module_dict(sys), "UnraisableHookArgs");
        let mut done = false;
        if let (Some(h), Some(t)) = (hook, t) {
            let vals = vec![self.incref(exc_type), self.incref(exc), self.incref(tb), self.incref(msg), self.incref(obj)];
            let a = self.new_structseq(t, vals);
            match self.call(h, &[a]) {
                Ok(r) => {
                    self.decref(r);
                    done = true;
                }
                Err(e2) => {
                    // The hook failed: report that error with the default hook.
                    let et = self.ty(e2.exc);
                    let tb2 = match self.exc_data(e2.exc).and_then(|d| d.traceback) {
                        Some(t) => self.incref(t),
                        None => self.none(),
                    };
                    let m2 = self.new_str("Exception ignored in sys.unraisablehook");
                    if let Err(e3) = write_default(self, et, e2.exc, tb2, m2, h) {
                        self.drop_err(e3);
                    }
                    self.decref(m2);
                    self.decref(tb2);
                    self.drop_err(e2);
                    done = true;
                }
            }
            self.decref(a);
        }
        if !done {
            if let Err(e2) = write_default(self, exc_type, exc, tb, msg, obj) {
                self.drop_err(e2);
            }
        }
        if let Some(h) = hook {
            self.decref(h);
        }
        for r in [exc_type, tb, msg, obj] {
            self.decref(r);
        }
        self.drop_err(e);
    }
}
