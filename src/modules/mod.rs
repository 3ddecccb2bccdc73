//! Native modules. Each module has a constructor `fn(&mut Vm) -> PyResult<ObjRef>`
//! registered in `vm.native_modules` by `init`; it runs on first import.
//!
//! To add a module: write `src/modules/<name>.rs` with a `pub fn make(vm: &mut Vm) -> PyResult<ObjRef>`
//! that builds it with `vm.new_module(name)` + `vm.add_module_functions(m, &[...])`,
//! and register it below.

pub mod sys;

use crate::heap::{NativeFn, ObjRef};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Adds native functions to a module's namespace (they are not bound to the module).
    pub fn add_module_functions(&mut self, m: ObjRef, funcs: &[(&'static str, NativeFn)]) {
        let d = self.module_dict(m);
        for &(name, f) in funcs {
            let o = self.new_builtin_function(name, f);
            self.dict_set_str(d, name, o);
            self.decref(o);
        }
    }

    /// Registers a native module constructor.
    pub fn register_native_module(&mut self, name: &'static str, make: fn(&mut Vm) -> PyResult<ObjRef>) {
        self.native_modules.insert(name, make);
    }
}

pub fn init(vm: &mut Vm) {
    sys::init(vm);
}
