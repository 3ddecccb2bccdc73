//! The builtin exception hierarchy and BaseException's methods.

use crate::heap::{BaseKind, ExcData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// (name, parent name) in creation order; the Types field is set by `create_hierarchy`.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

fn field<'a>(vm: &'a mut Vm, name: &str) -> Option<&'a mut ObjRef> {
    let t = &mut vm.t;
    Some(match name {
        "BaseException" => &mut t.base_exception,
        "SystemExit" => &mut t.system_exit,
        "KeyboardInterrupt" => &mut t.keyboard_interrupt,
        "GeneratorExit" => &mut t.generator_exit,
        "Exception" => &mut t.exception,
        "StopIteration" => &mut t.stop_iteration,
        "StopAsyncIteration" => &mut t.stop_async_iteration,
        "ArithmeticError" => &mut t.arithmetic_error,
        "FloatingPointError" => &mut t.floating_point_error,
        "OverflowError" => &mut t.overflow_error,
        "ZeroDivisionError" => &mut t.zero_division_error,
        "AssertionError" => &mut t.assertion_error,
        "AttributeError" => &mut t.attribute_error,
        "BufferError" => &mut t.buffer_error,
        "EOFError" => &mut t.eof_error,
        "ImportError" => &mut t.import_error,
        "ModuleNotFoundError" => &mut t.module_not_found_error,
        "LookupError" => &mut t.lookup_error,
        "IndexError" => &mut t.index_error,
        "KeyError" => &mut t.key_error,
        "MemoryError" => &mut t.memory_error,
        "NameError" => &mut t.name_error,
        "UnboundLocalError" => &mut t.unbound_local_error,
        "OSError" => &mut t.os_error,
        "BlockingIOError" => &mut t.blocking_io_error,
        "ChildProcessError" => &mut t.child_process_error,
        "ConnectionError" => &mut t.connection_error,
        "BrokenPipeError" => &mut t.broken_pipe_error,
        "FileExistsError" => &mut t.file_exists_error,
        "FileNotFoundError" => &mut t.file_not_found_error,
        "InterruptedError" => &mut t.interrupted_error,
        "IsADirectoryError" => &mut t.is_a_directory_error,
        "NotADirectoryError" => &mut t.not_a_directory_error,
        "PermissionError" => &mut t.permission_error,
        "ProcessLookupError" => &mut t.process_lookup_error,
        "TimeoutError" => &mut t.timeout_error,
        "ReferenceError" => &mut t.reference_error,
        "RuntimeError" => &mut t.runtime_error,
        "NotImplementedError" => &mut t.not_implemented_error,
        "RecursionError" => &mut t.recursion_error,
        "SyntaxError" => &mut t.syntax_error,
        "IndentationError" => &mut t.indentation_error,
        "TabError" => &mut t.tab_error,
        "SystemError" => &mut t.system_error,
        "TypeError" => &mut t.type_error,
        "ValueError" => &mut t.value_error,
        "UnicodeError" => &mut t.unicode_error,
        "UnicodeDecodeError" => &mut t.unicode_decode_error,
        "UnicodeEncodeError" => &mut t.unicode_encode_error,
        "UnicodeTranslateError" => &mut t.unicode_translate_error,
        "Warning" => &mut t.warning,
        "DeprecationWarning" => &mut t.deprecation_warning,
        "PendingDeprecationWarning" => &mut t.pending_deprecation_warning,
        "RuntimeWarning" => &mut t.runtime_warning,
        "SyntaxWarning" => &mut t.syntax_warning,
        "UserWarning" => &mut t.user_warning,
        "FutureWarning" => &mut t.future_warning,
        "ImportWarning" => &mut t.import_warning,
        "UnicodeWarning" => &mut t.unicode_warning,
        "BytesWarning" => &mut t.bytes_warning,
        "ResourceWarning" => &mut t.resource_warning,
        "EncodingWarning" => &mut t.encoding_warning,
        _ => return None,
    })
}

/// All builtin exception classes by name (for the builtins module).
pub fn all(vm: &mut Vm) -> Vec<(&'static str, ObjRef)> {
    let mut v: Vec<(&'static str, ObjRef)> = HIERARCHY.iter().map(|&(n, _)| (n, *field(vm, n).expect("known"))).collect();
    v.push(("BaseExceptionGroup", vm.t.base_exception_group));
    v.push(("ExceptionGroup", vm.t.exception_group));
    v
}

pub fn create_hierarchy(vm: &mut Vm) {
    for &(name, parent) in HIERARCHY {
        let base = if parent == "object" { vm.t.object } else { *field(vm, parent).expect("parent first") };
        let t = vm.make_type(name, Some(base), BaseKind::Exception, true);
        // CPython 3.11's tp_basicsize: the exceptions with extra fields have
        // their own; the others inherit their parent's.
        let size = match name {
            "StopIteration" | "SystemExit" | "NameError" => 80,
            "AttributeError" => 88,
            "ImportError" => 96,
            "OSError" | "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError" => 112,
            "SyntaxError" => 136,
            _ if parent == "object" => 72,
            _ => vm.type_data(base).basicsize,
        };
        let td = vm.type_data_mut(t);
        td.has_dict = true;
        td.basicsize = size;
        *field(vm, name).expect("known") = t;
    }
    super::exceptions_group::create_types(vm);
}

/// OSError(errno, …) builds the subclass matching errno, as CPython does.
fn os_error_subclass(vm: &Vm, errno: i64) -> Option<ObjRef> {
    let t = &vm.t;
    Some(match errno {
        2 => t.file_not_found_error,
        17 => t.file_exists_error,
        21 => t.is_a_directory_error,
        20 => t.not_a_directory_error,
        1 | 13 => t.permission_error,
        4 => t.interrupted_error,
        3 => t.process_lookup_error,
        10 => t.child_process_error,
        32 => t.broken_pipe_error,
        11 | 114 | 115 => t.blocking_io_error,
        110 => t.timeout_error,
        104 => vm.t.connection_error,
        _ => return None,
    })
}

fn exc_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mut cls = args.args[0];
    if cls == vm.t.os_error && args.pos().len() >= 3 {
        if let Some(sub) = vm.as_int(args.args[1]).and_then(|e| os_error_subclass(vm, e)) {
            cls = sub;
        }
    }
    let pos = Args { args: &args.args[1..], kwnames: args.kwnames }.pos().to_vec();
    for &a in &pos {
        vm.incref(a);
    }
    let a = vm.new_tuple(pos);
    let data = ExcData { args: a, traceback: None, cause: None, context: None, suppress_context: false, notes: None };
    let e = vm.alloc(cls, Payload::Exception(Box::new(data)));
    super::exceptions_syntax::init_slots(vm, e);
    Ok(e)
}

pub(super) fn exc_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    if inner.has_kw() && vm.ty(me) != vm.t.base_exception {
        let ty = vm.ty(me);
        if !vm.type_data(ty).heap_type {
            let tn = vm.type_name(ty);
            return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
        }
    }
    let pos = inner.pos().to_vec();
    for &a in &pos {
        vm.incref(a);
    }
    let t = vm.new_tuple(pos);
    match vm.exc_data_mut(me) {
        Some(d) => {
            let old = std::mem::replace(&mut d.args, t);
            vm.decref(old);
        }
        None => vm.decref(t),
    }
    Ok(vm.none())
}

fn exc_args(vm: &mut Vm, e: ObjRef) -> Vec<ObjRef> {
    let a = vm.exc_data(e).map(|d| d.args);
    a.and_then(|a| vm.tuple_items(a).map(|t| t.to_vec())).unwrap_or_default()
}

fn exc_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let a = exc_args(vm, me);
    match a.len() {
        0 => Ok(vm.incref(vm.empty_str)),
        1 => vm.str(a[0]),
        _ => {
            let t = vm.exc_data(me).map(|d| d.args).expect("exception");
            vm.str(t)
        }
    }
}

fn exc_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let a = exc_args(vm, me);
    let tn = vm.type_name_of(me);
    let inner = match a.len() {
        0 => String::new(),
        1 => vm.repr_string(a[0])?,
        _ => {
            let t = vm.exc_data(me).map(|d| d.args).expect("exception");
            let s = vm.repr_string(t)?;
            s[1..s.len() - 1].to_string()
        }
    };
    Ok(vm.new_str(format!("{tn}({inner})")))
}

fn exc_with_traceback(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "with_traceback", 1, 1)?;
    let me = args.args[0];
    let k = vm.n.__traceback__;
    vm.setattr(me, k, args.args[1])?;
    Ok(vm.incref(me))
}

fn exc_add_note(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if args.has_kw() {
        return Err(vm.type_error("BaseException.add_note() takes no keyword arguments"));
    }
    if args.args.len() != 2 {
        return Err(vm.type_error(format!("BaseException.add_note() takes exactly one argument ({} given)", args.args.len() - 1)));
    }
    let (me, note) = (args.args[0], args.args[1]);
    if !vm.isinstance_type(note, vm.t.str) {
        let tn = vm.type_name_of(note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let k = vm.intern("__notes__");
    let found = vm.getattr_opt(me, k);
    let notes = match found {
        Ok(Some(n)) => n,
        Ok(None) => {
            let l = vm.new_list(Vec::new());
            if let Err(e) = vm.setattr(me, k, l) {
                vm.decref(l);
                vm.decref(k);
                return Err(e);
            }
            l
        }
        Err(e) => {
            vm.decref(k);
            return Err(e);
        }
    };
    vm.decref(k);
    if !vm.isinstance_type(notes, vm.t.list) {
        vm.decref(notes);
        return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
    }
    vm.list_append(notes, note);
    vm.decref(notes);
    Ok(vm.none())
}

fn key_error_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let a = exc_args(vm, me);
    if a.len() == 1 {
        return vm.repr(a[0]);
    }
    exc_str(vm, args)
}

fn stop_iteration_value(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = exc_args(vm, args.args[0]);
    match a.first() {
        Some(&v) => Ok(vm.incref(v)),
        None => Ok(vm.none()),
    }
}

fn system_exit_code(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let a = exc_args(vm, me);
    match a.len() {
        0 => Ok(vm.none()),
        1 => Ok(vm.incref(a[0])),
        _ => {
            let t = vm.exc_data(me).map(|d| d.args).expect("exception");
            Ok(vm.incref(t))
        }
    }
}

fn os_error_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    exc_init(vm, args)?;
    let me = args.args[0];
    let a = exc_args(vm, me);
    let none = vm.none_obj;
    let (errno, strerror, filename) = if (2..=5).contains(&a.len()) { (a[0], a[1], a.get(2).copied().unwrap_or(none)) } else { (none, none, none) };
    vm.setattr_str(me, "errno", errno)?;
    vm.setattr_str(me, "strerror", strerror)?;
    vm.setattr_str(me, "filename", filename)?;
    let filename2 = if a.len() == 5 { a[4] } else { none };
    vm.setattr_str(me, "filename2", filename2)?;
    Ok(vm.none())
}

fn os_error_str(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let get = |vm: &mut Vm, n: &str| -> PyResult<ObjRef> { vm.getattr_str(me, n) };
    let errno = get(vm, "errno")?;
    let strerror = get(vm, "strerror")?;
    let filename = get(vm, "filename")?;
    let r = if errno != vm.none_obj && strerror != vm.none_obj {
        let e = vm.str_string(errno)?;
        let s = vm.str_string(strerror)?;
        if filename != vm.none_obj {
            let f = vm.repr_string(filename)?;
            // Two-path calls (rename, link, symlink) name both: `'a' -> 'b'`.
            let filename2 = get(vm, "filename2")?;
            let f2 = if filename2 != vm.none_obj { vm.repr_string(filename2).map(|t| format!(" -> {t}")) } else { Ok(String::new()) };
            vm.decref(filename2);
            let f2 = f2?;
            Ok(vm.new_str(format!("[Errno {e}] {s}: {f}{f2}")))
        } else {
            Ok(vm.new_str(format!("[Errno {e}] {s}")))
        }
    } else {
        exc_str(vm, args)
    };
    vm.decref(errno);
    vm.decref(strerror);
    vm.decref(filename);
    r
}

fn name_attr_init(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let pos = inner.pos().to_vec();
    for &a in &pos {
        vm.incref(a);
    }
    let t = vm.new_tuple(pos);
    if let Some(d) = vm.exc_data_mut(me) {
        let old = std::mem::replace(&mut d.args, t);
        vm.decref(old);
    } else {
        vm.decref(t);
    }
    for (k, v) in inner.kw() {
        vm.setattr(me, k, v)?;
    }
    Ok(vm.none())
}

fn sizeof_exc(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = vm.ty(args.args[0]);
    let n = vm.type_data(t).basicsize;
    Ok(vm.new_int(n as i64))
}

pub fn register(vm: &mut Vm) {
    let t = vm.t.base_exception;
    vm.add_methods(
        t,
        &[
            MethodDef::staticmethod("__new__", exc_new),
            MethodDef::method("__init__", exc_init),
            MethodDef::method("__str__", exc_str),
            MethodDef::method("__repr__", exc_repr),
            MethodDef::method("with_traceback", exc_with_traceback),
            MethodDef::method("add_note", exc_add_note),
            MethodDef::method("__sizeof__", sizeof_exc),
        ],
    );
    let t = vm.t.key_error;
    vm.add_methods(t, &[MethodDef::method("__str__", key_error_str)]);
    let t = vm.t.stop_iteration;
    vm.add_properties(t, &[MethodDef::method("value", stop_iteration_value)]);
    let t = vm.t.system_exit;
    vm.add_properties(t, &[MethodDef::method("code", system_exit_code)]);
    let t = vm.t.os_error;
    vm.add_methods(t, &[MethodDef::method("__init__", os_error_init), MethodDef::method("__str__", os_error_str)]);
    for t in [vm.t.import_error, vm.t.attribute_error, vm.t.name_error] {
        vm.add_methods(t, &[MethodDef::method("__init__", name_attr_init)]);
    }
    let d = vm.type_dict(vm.t.base_exception);
    let none = vm.none_obj;
    vm.dict_set_str(d, "__doc__", none);
    super::exceptions_syntax::register(vm);
}
