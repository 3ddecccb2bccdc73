//! `_imp`: the native hooks of the import system that `_frozen_importlib`
//! and importlib (src/stdlib/importlib/) build on — which modules are
//! built in, creating them, and pyrite's own `_pyrite_find` (the search the
//! `import` statement does) and `_pyrite_read` (file or embedded source).

use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

fn name_arg(vm: &mut Vm, x: ObjRef, f: &str) -> PyResult<String> {
    match vm.as_str(x) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("{f}() argument must be str, not {tn}")))
        }
    }
}

fn is_builtin_name(vm: &Vm, name: &str) -> bool {
    name == "sys" || name == "builtins" || vm.native_modules.contains_key(name)
}

fn is_builtin(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "is_builtin", 1, 1)?;
    let n = name_arg(vm, args.args[0], "is_builtin")?;
    let r = is_builtin_name(vm, &n) as i64;
    Ok(vm.new_int(r))
}

fn is_frozen(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "is_frozen", 1, 1)?;
    Ok(vm.new_bool(false))
}

/// `create_builtin(spec)`: the native module named `spec.name` (an already
/// created one is returned again, as CPython does for single-phase modules).
fn create_builtin(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "create_builtin", 1, 1)?;
    let n = vm.getattr_str(args.args[0], "name")?;
    let name = name_arg(vm, n, "create_builtin");
    vm.decref(n);
    let name = name?;
    if let Some(m) = vm.sys_modules_get(&name) {
        if m != vm.none_obj {
            return Ok(vm.incref(m));
        }
    }
    match vm.native_modules.get(name.as_str()).copied() {
        Some(init) => init(vm),
        None => {
            let e = vm.import_error(format!("no built-in module named {name}"));
            Err(e)
        }
    }
}

fn exec_builtin(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_int(0))
}

fn extension_suffixes(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let v = [".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"].iter().map(|s| vm.new_str(*s)).collect();
    Ok(vm.new_list(v))
}

fn noop(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.none())
}

fn lock_held(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_bool(false))
}

/// `_pyrite_find(name, path, only_path)` → (kind, origin, package dir or
/// None) or None; kind is 'builtin', 'source' or 'stdlib'.
fn pyrite_find(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "_pyrite_find", 1, 3)?;
    let name = name_arg(vm, args.args[0], "_pyrite_find")?;
    let path = args.args.get(1).copied().filter(|&p| p != vm.none_obj);
    let only = match args.args.get(2) {
        Some(&b) => vm.truthy(b)?,
        None => false,
    };
    match vm.find_module_spec_parts(&name, path, only)? {
        None => Ok(vm.none()),
        Some((kind, origin, dir)) => {
            let k = vm.new_str(kind);
            let o = vm.new_str(origin);
            let d = match dir {
                Some(d) => vm.new_str(d),
                None => vm.none(),
            };
            Ok(vm.new_tuple(vec![k, o, d]))
        }
    }
}

/// `_pyrite_read(path)` → the file's bytes (embedded `<pyrite-stdlib>/…`
/// sources included) or None.
fn pyrite_read(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "_pyrite_read", 1, 1)?;
    let path = name_arg(vm, args.args[0], "_pyrite_read")?;
    let prefix = format!("{}/", crate::modules::stdlib::PREFIX);
    if path.starts_with(&prefix) {
        let found = crate::modules::stdlib::MODULES.iter().find(|(n, _, p)| crate::modules::stdlib::file_name(n, *p) == path);
        return Ok(match found {
            Some((_, src, _)) => vm.new_bytes(src.as_bytes().to_vec()),
            None => vm.none(),
        });
    }
    Ok(match std::fs::read(&path) {
        Ok(b) => vm.new_bytes(b),
        Err(_) => vm.none(),
    })
}

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_imp");
    vm.add_module_functions(
        m,
        &[
            ("is_builtin", is_builtin),
            ("is_frozen", is_frozen),
            ("create_builtin", create_builtin),
            ("exec_builtin", exec_builtin),
            ("extension_suffixes", extension_suffixes),
            ("acquire_lock", noop),
            ("release_lock", noop),
            ("lock_held", lock_held),
            ("_fix_co_filename", noop),
            ("_pyrite_find", pyrite_find),
            ("_pyrite_read", pyrite_read),
        ],
    );
    let d = vm.module_dict(m);
    let v = vm.new_str("default");
    vm.dict_set_str(d, "check_hash_based_pycs", v);
    vm.decref(v);
    Ok(m)
}
