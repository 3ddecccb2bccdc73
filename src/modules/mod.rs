//! Native modules. Each module has a constructor `fn(&mut Vm) -> PyResult<ObjRef>`
//! registered in `vm.native_modules` by `init`; it runs on first import.
//!
//! To add a module: write `src/modules/<name>.rs` with a `pub fn make(vm: &mut Vm) -> PyResult<ObjRef>`
//! that builds it with `vm.new_module(name)` + `vm.add_module_functions(m, &[...])`,
//! and register it below.

// gc helper: the gc and _weakref/weakref modules.
pub mod gc;
pub mod io;
pub mod math;
pub mod os;
pub mod random;
pub mod stdlib;
pub mod sys;
pub mod time;
pub mod weakref;

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
    vm.register_native_module("posix", os::make);
    vm.register_native_module("time", time::make);
    vm.register_native_module("math", math::make);
    vm.register_native_module("_random", random::make);
    vm.register_native_module("gc", gc::make);
    vm.register_native_module("_weakref", weakref::make);
    io::init_stdin(vm);
    vm.native_open = Some(io::b_open);
}
