//! The `sys` module: argv, path, modules, refcounts and sizes, recursion
//! limit, exit, the standard streams, version information.

use crate::heap::{ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

/// Whether `sys.getsizeof` adds the GC header (CPython's GC-tracked types).
pub fn is_gc_object(vm: &Vm, x: ObjRef) -> bool {
    let ty = vm.ty(x);
    let heap_type = matches!(vm.heap.get(ty), Payload::Type(t) if t.heap_type);
    // CPython 3.11 gives every class made by a `class` statement GC support,
    // whatever its builtin base (`class I(int)` instances are tracked).
    if heap_type {
        return true;
    }
    match vm.heap.get(x) {
        Payload::Object => heap_type,
        // slices are GC-tracked in 3.11 (getsizeof(slice(1)) == 56).
        Payload::Code(_) | Payload::Range(_) => false,
        p => p.is_container(),
    }
}

/// Whether a class's nearest builtin base keeps a `__dict__` slot of its
/// own (`tp_dictoffset`: SimpleNamespace, OrderedDict…): its instances
/// then have no managed dict (nor its pre-header).
pub fn builtin_base_has_dict(vm: &Vm, ty: ObjRef) -> bool {
    let td = vm.type_data(ty);
    td.mro.iter().copied().find(|&m| !vm.type_data(m).heap_type).is_some_and(|b| vm.type_data(b).has_dict && b != vm.t.object)
}

/// The bytes a class adds to its builtin base's instance layout (slots,
/// `__weakref__`, a `__dict__` pointer): what a builtin `__sizeof__` that
/// reads `tp_basicsize` adds for instances of subclasses.
pub fn layout_extra(vm: &Vm, x: ObjRef) -> usize {
    let ty = vm.ty(x);
    let td = vm.type_data(ty);
    if !td.heap_type {
        return 0;
    }
    let builtin = td.mro.iter().copied().find(|&m| !vm.type_data(m).heap_type);
    builtin.map_or(0, |b| td.basicsize.saturating_sub(vm.type_data(b).basicsize))
}

fn getsizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getsizeof", 1, 2)?;
    let x = args.args[0];
    let r = match vm.call_special(x, vm.n.__sizeof__, &[]) {
        Ok(Some(r)) => r,
        Ok(None) => return Err(vm.type_error("Type has no __sizeof__")),
        Err(e) => {
            if let Some(&d) = args.args.get(1) {
                vm.drop_err(e);
                return Ok(vm.incref(d));
            }
            return Err(e);
        }
    };
    let n = vm.as_int(r);
    vm.decref(r);
    let Some(n) = n else { return Err(vm.type_error("an integer is required")) };
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    let mut extra = if is_gc_object(vm, x) { 16 } else { 0 };
    // Instances with a managed __dict__ also carry CPython 3.11's dict/values pre-header.
    let ty = vm.ty(x);
    // Only a base without variable-size items (not int, tuple, bytes) gets a
    // managed dict; exceptions, modules and types keep their own dict slot.
    if let Payload::Type(t) = vm.heap.get(ty) {
        use crate::heap::BaseKind as K;
        let managed = !matches!(t.base_kind, K::Int | K::Tuple | K::Bytes | K::Type | K::Module | K::Exception);
        if t.heap_type && t.has_dict && managed && !builtin_base_has_dict(vm, ty) {
            extra += 16;
        }
    }
    Ok(vm.new_int(n + extra))
}

fn getrefcount(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getrefcount", 1, 1)?;
    let x = args.args[0];
    let mut n = vm.heap.rc(x);
    // CPython 3.11 does not count the interned-strings table's references
    // (it subtracts them when it interns); pyrite's table holds a real one.
    if matches!(vm.heap.get(x), Payload::Str(s) if s.interned.get()) && n < crate::heap::IMMORTAL_RC / 2 {
        n -= 1;
    }
    Ok(vm.new_int(n as i64))
}

fn getrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getrecursionlimit", 0, 0)?;
    let n = vm.recursion_limit as i64;
    Ok(vm.new_int(n))
}

fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "setrecursionlimit", 1, 1)?;
    let n = vm.index_value(args.args[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        let d = vm.depth;
        return Err(vm.recursion_error(format!("cannot set the recursion limit to {n} at the recursion depth {d}: the limit is too low")));
    }
    vm.recursion_limit = n as usize;
    Ok(vm.none())
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "exit", 0, 1)?;
    let t = vm.t.system_exit;
    Err(vm.new_error_obj(t, args.pos()))
}

fn intern(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "intern", 1, 1)?;
    let s = args.args[0];
    if vm.ty(s) != vm.t.str {
        let tn = vm.type_name_of(s);
        return Err(vm.type_error(format!("intern() argument must be str, not {tn}")));
    }
    let s = vm.incref(s);
    Ok(vm.intern_obj(s))
}

fn exc_info(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    match vm.current_exc() {
        Some(e) => {
            let t = vm.ty(e);
            vm.incref(t);
            vm.incref(e);
            let tb = vm.exc_data(e).and_then(|d| d.traceback);
            let tb = match tb {
                Some(tb) => vm.incref(tb),
                None => vm.none(),
            };
            Ok(vm.new_tuple(vec![t, e, tb]))
        }
        None => {
            let n = vm.none_obj;
            for _ in 0..3 {
                vm.incref(n);
            }
            Ok(vm.new_tuple(vec![n, n, n]))
        }
    }
}

fn exception(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    match vm.current_exc() {
        Some(e) => Ok(vm.incref(e)),
        None => Ok(vm.none()),
    }
}

fn getdefaultencoding(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("surrogateescape"))
}

// ----- standard streams ------------------------------------------------------

fn stream_is_err(vm: &Vm, s: ObjRef) -> bool {
    vm.stderr_obj == Some(s)
}

fn stream_write(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "write", 1, 1)?;
    let me = args.args[0];
    let Some(s) = vm.as_str(args.args[1]).map(|s| s.to_string()) else {
        let tn = vm.type_name_of(args.args[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    let n = s.chars().count();
    if stream_is_err(vm, me) {
        vm.write_stderr(&s);
    } else {
        vm.write_stdout(&s);
    }
    Ok(vm.new_int(n as i64))
}

fn stream_flush(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if stream_is_err(vm, args.args[0]) {
        vm.stderr.flush();
    } else {
        vm.stdout.flush();
    }
    Ok(vm.none())
}

fn stream_fileno(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let n = if stream_is_err(vm, args.args[0]) { 2 } else { 1 };
    Ok(vm.new_int(n))
}

fn stream_isatty(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = if stream_is_err(vm, args.args[0]) { std::io::IsTerminal::is_terminal(&std::io::stderr()) } else { std::io::IsTerminal::is_terminal(&std::io::stdout()) };
    Ok(vm.new_bool(r))
}

fn stream_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let name = if stream_is_err(vm, args.args[0]) { "<stderr>" } else { "<stdout>" };
    Ok(vm.new_str(format!("<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>")))
}

fn stream_true(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_bool(true))
}

fn stream_false(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_bool(false))
}

fn stream_encoding(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("utf-8"))
}

fn stream_errors(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    // CPython's stderr uses backslashreplace, stdout strict.
    let e = if stream_is_err(vm, args.args[0]) { "backslashreplace" } else { "strict" };
    Ok(vm.new_str(e))
}

fn stream_name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let name = if stream_is_err(vm, args.args[0]) { "<stderr>" } else { "<stdout>" };
    Ok(vm.new_str(name))
}

fn stream_mode(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str("w"))
}

fn stream_writelines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "writelines", 1, 1)?;
    let me = args.args[0];
    let lines = vm.collect_iter(args.args[1])?;
    let mut result = Ok(());
    for &line in &lines {
        if result.is_ok() {
            result = vm.call_method(me, "write", &[line]).map(|r| vm.decref(r));
        }
    }
    for line in lines {
        vm.decref(line);
    }
    result.map(|()| vm.none())
}

const STREAM_PROPERTIES: &[MethodDef] = &[
    MethodDef::method("encoding", stream_encoding),
    MethodDef::method("errors", stream_errors),
    MethodDef::method("name", stream_name),
    MethodDef::method("mode", stream_mode),
    MethodDef::method("closed", stream_false),
];

const STREAM_METHODS: &[MethodDef] = &[
    MethodDef::method("writable", stream_true),
    MethodDef::method("readable", stream_false),
    MethodDef::method("seekable", stream_false),
    MethodDef::method("writelines", stream_writelines),
    MethodDef::method("write", stream_write),
    MethodDef::method("flush", stream_flush),
    MethodDef::method("fileno", stream_fileno),
    MethodDef::method("isatty", stream_isatty),
    MethodDef::method("__repr__", stream_repr),
];

/// `sys.builtin_module_names`: the modules compiled into the binary (the
/// native ones registered so far, plus builtins and sys), sorted as CPython's.
pub fn set_builtin_module_names(vm: &mut Vm) {
    let mut names: Vec<&str> = vm.native_modules.keys().copied().collect();
    names.extend(["builtins", "sys"]);
    names.sort_unstable();
    names.dedup();
    let items: Vec<ObjRef> = names.into_iter().map(|n| vm.new_str(n)).collect();
    let t = vm.new_tuple(items);
    let d = vm.module_dict(vm.sys_module);
    vm.dict_set_str(d, "builtin_module_names", t);
    vm.decref(t);
}

fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.sys_module;
    Ok(vm.incref(m))
}

pub fn init(vm: &mut Vm) {
    let m = vm.new_module("sys");
    vm.sys_module = m;
    let modules = vm.new_dict();
    vm.modules = modules;
    vm.add_module_functions(
        m,
        &[
            ("getsizeof", getsizeof),
            ("getrefcount", getrefcount),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("exit", exit),
            ("intern", intern),
            ("exc_info", exc_info),
            ("exception", exception),
            ("get_int_max_str_digits", crate::types::int::sys_get_int_max_str_digits),
            ("set_int_max_str_digits", crate::types::int::sys_set_int_max_str_digits),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getdefaultencoding),
            ("getfilesystemencodeerrors", getfilesystemencodeerrors),
            ("_getframe", crate::vm::trace::sys_getframe),
            // checker helper: the heap verifier's hooks (modules/gc/verify.rs).
            ("_pyrite_verify_heap", crate::modules::gc::verify::sys_verify_heap),
            ("_pyrite_live_objects", crate::modules::gc::verify::sys_live_objects),
            ("settrace", crate::vm::trace::sys_settrace),
            ("gettrace", crate::vm::trace::sys_gettrace),
            ("setprofile", crate::vm::trace::sys_setprofile),
            ("getprofile", crate::vm::trace::sys_getprofile),
        ],
    );
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "modules", modules);
    let argv: Vec<ObjRef> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.dict_set_str(d, "argv", argv);
    vm.decref(argv);
    let path = vm.new_list(Vec::new());
    vm.dict_set_str(d, "path", path);
    vm.decref(path);
    let values: Vec<(&str, ObjRef)> = vec![
        ("version", vm.new_str("3.11.7 (main, pyrite) [Rust]")),
        ("platform", vm.new_str("linux")),
        ("byteorder", vm.new_str("little")),
        ("executable", vm.new_str(std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default())),
        ("maxsize", vm.new_int(i64::MAX)),
        ("hexversion", vm.new_int(0x030b07f0)),
        ("api_version", vm.new_int(1013)),
        ("maxunicode", vm.new_int(0x10ffff)),
        ("copyright", vm.new_str("Copyright (c) pyrite authors.")),
        ("prefix", vm.new_str("/usr")),
        ("base_prefix", vm.new_str("/usr")),
        ("exec_prefix", vm.new_str("/usr")),
        ("dont_write_bytecode", vm.new_bool(true)),
    ];
    for (k, v) in values {
        vm.dict_set_str(d, k, v);
        vm.decref(v);
    }
    crate::modules::sysinfo::install(vm, d);
    crate::modules::gc::unraisable::install(vm, d);
    crate::modules::sys_hooks::install(vm, d);
    // Standard streams.
    let io_type = vm.make_type("TextIOWrapper", Some(vm.t.object), crate::heap::BaseKind::Other, false);
    vm.set_type_module(io_type, "_io");
    vm.add_methods(io_type, STREAM_METHODS);
    vm.add_properties(io_type, STREAM_PROPERTIES);
    let so = vm.alloc(io_type, Payload::Object);
    let se = vm.alloc(io_type, Payload::Object);
    vm.stdout_obj = Some(so);
    vm.stderr_obj = Some(se);
    for (k, v) in [("stdout", so), ("stderr", se), ("__stdout__", so), ("__stderr__", se)] {
        vm.dict_set_str(d, k, v);
    }
    vm.dict_set_str(modules, "sys", m);
    let b = vm.builtins_module;
    vm.dict_set_str(modules, "builtins", b);
    vm.register_native_module("sys", make);
}
