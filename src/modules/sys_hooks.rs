//! `sys.excepthook` and `sys.displayhook` (with their `__excepthook__` /
//! `__displayhook__` originals). An uncaught exception is handed to
//! whatever `sys.excepthook` holds, as CPython's `PyErr_Display` path does:
//! a hook that raises gets `Error in sys.excepthook:` followed by the
//! original exception, a deleted hook gets `sys.excepthook is missing`. The
//! REPL's expression echo (PRINT_EXPR) goes through `sys.displayhook`.

use crate::heap::{NativeFn, ObjRef};
use crate::vm::{Args, PyResult, Vm};

/// Adds the four hooks to the sys module's dict `d`.
pub fn install(vm: &mut Vm, d: ObjRef) {
    install_hook(vm, d, "excepthook", default_excepthook);
    install_hook(vm, d, "displayhook", default_displayhook);
}

/// Stores a default hook under `sys.<name>` and, for restoring it, under
/// `sys.__<name>__`.
pub fn install_hook(vm: &mut Vm, d: ObjRef, name: &'static str, func: NativeFn) {
    let f = vm.new_builtin_function(name, func);
    vm.dict_set_str(d, name, f);
    vm.dict_set_str(d, &format!("__{name}__"), f);
    vm.decref(f);
}

/// `sys.__excepthook__(type, value, traceback)`: the standard traceback on
/// `sys.stderr`.
fn default_excepthook(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.args.len() != 3 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {}", args.args.len())));
    }
    let value = args.args[1];
    let text = if vm.exc_data(value).is_some() {
        vm.format_exception_text(value)
    } else {
        let tn = vm.type_name_of(value);
        format!("TypeError: print_exception(): Exception expected for value, {tn} found\n")
    };
    vm.write_sys_stderr(&text);
    Ok(vm.none())
}

/// `sys.__displayhook__(value)`: echoes a non-None value's repr on
/// `sys.stdout` and keeps it in `builtins._` (set to None first, so that a
/// failing repr leaves `_` cleared, as CPython does).
fn default_displayhook(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "sys.displayhook", 1, 1)?;
    let v = args.args[0];
    if v == vm.none_obj {
        return Ok(vm.none());
    }
    let b = vm.builtins;
    let none = vm.none_obj;
    vm.dict_set_str(b, "_", none);
    let mut s = vm.repr_string(v)?;
    s.push('\n');
    match vm.sys_stdout() {
        Some(out) => {
            let text = vm.new_str(s);
            let r = vm.call_method(out, "write", &[text]);
            vm.decref(text);
            vm.decref(out);
            let r = r?;
            vm.decref(r);
        }
        None => vm.write_stdout(&s),
    }
    vm.dict_set_str(b, "_", v);
    Ok(vm.none())
}

impl Vm {
    /// Prints an uncaught exception through `sys.excepthook`.
    pub fn display_uncaught(&mut self, exc: ObjRef) {
        let sys = self.sys_module;
        let d = self.module_dict(sys);
        let Some(hook) = self.dict_get_str(d, "excepthook") else {
            self.write_sys_stderr("sys.excepthook is missing\n");
            let text = self.format_exception_text(exc);
            self.write_sys_stderr(&text);
            return;
        };
        let hook = self.incref(hook);
        let ty = self.ty(exc);
        let tb = self.exc_data(exc).and_then(|d| d.traceback).unwrap_or(self.none_obj);
        let r = self.call(hook, &[ty, exc, tb]);
        self.decref(hook);
        match r {
            Ok(v) => self.decref(v),
            Err(e) => {
                let mut text = String::from("Error in sys.excepthook:\n");
                text.push_str(&self.format_exception_text(e.exc));
                text.push_str("\nOriginal exception was:\n");
                text.push_str(&self.format_exception_text(exc));
                self.drop_err(e);
                self.write_sys_stderr(&text);
            }
        }
    }

    /// PRINT_EXPR: hands a REPL expression's value to `sys.displayhook`.
    pub fn display_value(&mut self, v: ObjRef) -> PyResult<()> {
        let sys = self.sys_module;
        let d = self.module_dict(sys);
        let Some(hook) = self.dict_get_str(d, "displayhook") else {
            return Err(self.runtime_error("lost sys.displayhook"));
        };
        let hook = self.incref(hook);
        let r = self.call(hook, &[v]);
        self.decref(hook);
        self.decref(r?);
        Ok(())
    }

    /// Writes text to `sys.stderr`: the process's stderr unless a Python
    /// object replaced it (written with its `write`; nothing when None).
    pub fn write_sys_stderr(&mut self, text: &str) {
        let sys = self.sys_module;
        let d = self.module_dict(sys);
        let file = self.dict_get_str(d, "stderr");
        match file {
            Some(f) if Some(f) != self.stderr_obj => {
                if f == self.none_obj {
                    return;
                }
                let f = self.incref(f);
                let s = self.new_str(text);
                let r = self.call_method(f, "write", &[s]);
                self.decref(s);
                match r {
                    Ok(v) => self.decref(v),
                    Err(e) => self.drop_err(e),
                }
                // A stream without flush is fine: the text went out with write.
                match self.call_method(f, "flush", &[]) {
                    Ok(v) => self.decref(v),
                    Err(e) => self.drop_err(e),
                }
                self.decref(f);
            }
            _ => self.write_stderr(text),
        }
    }
}
