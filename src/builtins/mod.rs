//! The `builtins` module: builtin functions, and the builtin types and
//! exceptions bound to their names.
//!
//! To add a builtin function: write `fn name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef>`
//! (args borrowed, result owned) and list it in `FUNCTIONS`.

pub mod arith;
pub mod classbuild;
pub mod conversions;
pub mod exec;
pub mod format_ops;
pub mod introspection;
pub mod io_print;
pub mod iteration;
pub mod site;

use arith::*;
use classbuild::*;
use conversions::*;
use exec::*;
use introspection::*;
use io_print::*;
use iteration::*;

use crate::vm::Vm;

type Builtin = (&'static str, crate::heap::NativeFn);

pub const FUNCTIONS: &[Builtin] = &[
    ("print", b_print),
    ("len", b_len),
    ("repr", b_repr),
    ("ascii", b_ascii),
    ("id", b_id),
    ("hash", b_hash),
    ("iter", b_iter),
    ("next", b_next),
    ("isinstance", b_isinstance),
    ("issubclass", b_issubclass),
    ("getattr", b_getattr),
    ("setattr", b_setattr),
    ("delattr", b_delattr),
    ("hasattr", b_hasattr),
    ("callable", b_callable),
    ("chr", b_chr),
    ("ord", b_ord),
    ("any", b_any),
    ("all", b_all),
    ("abs", b_abs),
    ("sum", b_sum),
    ("min", b_min),
    ("max", b_max),
    ("sorted", b_sorted),
    ("divmod", b_divmod),
    ("pow", b_pow),
    ("round", b_round),
    ("format", b_format),
    ("hex", b_hex),
    ("oct", b_oct),
    ("bin", b_bin),
    ("globals", b_globals),
    ("locals", b_locals),
    ("vars", b_vars),
    ("dir", b_dir),
    ("__build_class__", b_build_class),
    ("__import__", b_import),
    ("input", b_input),
    ("aiter", b_aiter),
    ("anext", b_anext),
    ("breakpoint", b_breakpoint),
    ("compile", b_compile),
    ("eval", b_eval),
    ("exec", b_exec),
    ("open", b_open),
];

/// Creates the builtins module and fills it.
pub fn init(vm: &mut Vm) {
    let m = vm.new_module("builtins");
    let d = vm.module_dict(m);
    vm.builtins_module = m;
    vm.builtins = d;
    for &(name, f) in FUNCTIONS {
        let o = vm.new_builtin_function(name, f);
        vm.dict_set_str(d, name, o);
        if introspection::FRAME_LOCALS_USERS.contains(&name) {
            vm.frame_locals_funcs.push(o);
        }
        vm.decref(o);
    }
    let t = &vm.t;
    let types = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
    ];
    for (n, t) in types {
        vm.dict_set_str(d, n, t);
    }
    for (n, t) in crate::types::exceptions::all(vm) {
        vm.dict_set_str(d, n, t);
    }
    let (none, ell, ni, tr, fa) = (vm.none_obj, vm.ellipsis_obj, vm.not_implemented_obj, vm.true_obj, vm.false_obj);
    vm.dict_set_str(d, "None", none);
    vm.dict_set_str(d, "Ellipsis", ell);
    vm.dict_set_str(d, "NotImplemented", ni);
    vm.dict_set_str(d, "True", tr);
    vm.dict_set_str(d, "False", fa);
    vm.dict_set_str(d, "__debug__", tr);
    site::install(vm, d);
    let os = vm.t.os_error;
    vm.dict_set_str(d, "EnvironmentError", os);
    vm.dict_set_str(d, "IOError", os);
}
