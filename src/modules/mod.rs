//! Native modules. Each module has a constructor `fn(&mut Vm) -> PyResult<ObjRef>`
//! registered in `vm.native_modules` by `init`; it runs on first import.
//!
//! To add a module: write `src/modules/<name>.rs` with a `pub fn make(vm: &mut Vm) -> PyResult<ObjRef>`
//! that builds it with `vm.new_module(name)` + `vm.add_module_functions(m, &[...])`,
//! and register it below.

pub mod binascii;
pub mod errno;
// gc helper: the gc and _weakref/weakref modules.
pub mod gc;
pub mod hashlib;
pub mod io;
pub mod math;
// psmmap helper: mmap over a file descriptor; _psutil reading /proc.
pub mod mmap;
pub mod os;
pub mod psutil;
// frames helper: native support for the traceback/linecache modules.
pub mod pyrite_tb;
pub mod random;
// re helper: the native half of the `re` module.
pub mod re;
pub mod stdlib;
pub mod struct_mod;
pub mod sys;
pub mod sys_hooks;
// modsys helper: sys's info struct sequences, sys.implementation, _structseq.
pub mod sysinfo;
// modsys helper: _imp, the import system's native hooks.
pub mod imp;
// threading helper: _thread (OS threads under the baton, locks).
pub mod thread;
pub mod time;
// tracemalloc helper: the native _tracemalloc module and the allocation hooks.
pub mod tracemalloc;
pub mod weakref;

use crate::heap::{NativeFn, ObjRef};
use crate::vm::{PyErr, PyResult, Vm};

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

    /// A new exception class deriving from `base` whose `__module__` is
    /// `module` (owned), made as `type(name, (base,), {...})` makes one.
    pub fn new_module_exception(&mut self, module: &str, name: &str, base: ObjRef) -> PyResult<ObjRef> {
        let n = self.new_str(name);
        self.incref(base);
        let bases = self.new_tuple(vec![base]);
        let ns = self.new_dict();
        let modname = self.new_str(module);
        self.dict_set_str(ns, "__module__", modname);
        self.decref(modname);
        let meta = self.t.type_;
        let r = self.call(meta, &[n, bases, ns]);
        self.decref(n);
        self.decref(bases);
        self.decref(ns);
        r
    }

    /// Raises the exception class `attr` of the loaded native module
    /// `module` with `msg` (ValueError if the module is not loaded).
    pub fn module_error(&mut self, module: &str, attr: &str, msg: String) -> PyErr {
        let modules = self.modules;
        let cls = self.dict_get_str(modules, module).and_then(|m| {
            let d = self.module_dict(m);
            self.dict_get_str(d, attr)
        });
        match cls {
            Some(c) => {
                let s = self.new_str(msg);
                let e = self.new_error_obj(c, &[s]);
                self.decref(s);
                e
            }
            None => self.value_error(msg),
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
    vm.register_native_module("_pyrite_coro", crate::vm::coro::make_module);
    vm.register_native_module("math", math::make);
    vm.register_native_module("_random", random::make);
    vm.register_native_module("_collections", crate::types::collections::make);
    vm.register_native_module("gc", gc::make);
    vm.register_native_module("atexit", gc::atexit::make);
    vm.register_native_module("_thread", thread::make);
    thread::init_sys(vm);
    vm.register_native_module("_weakref", weakref::make);
    vm.register_native_module("mmap", mmap::make);
    vm.register_native_module("errno", errno::make);
    vm.register_native_module("_struct", struct_mod::make);
    vm.register_native_module("hashlib", hashlib::make);
    vm.register_native_module("binascii", binascii::make);
    vm.register_native_module("_psutil", psutil::make);
    vm.register_native_module("_pyrite_tb", pyrite_tb::make);
    vm.register_native_module("_tracemalloc", tracemalloc::make);
    vm.register_native_module("_re", re::make);
    vm.register_native_module("_structseq", sysinfo::make_structseq_module);
    crate::types::memoryview::register(vm);
    vm.register_native_module("_imp", imp::make);
    io::init_stdin(vm);
    sys::set_builtin_module_names(vm);
    vm.native_open = Some(io::b_open);
    // modsys helper: the Python half of the import system (ModuleSpec, loaders); last, as it runs Python code.
    vm.init_import_system();
}
