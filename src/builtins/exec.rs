//! Dynamic execution: `compile`, `eval` and `exec` (source strings, bytes and
//! code objects; explicit globals/locals mappings or the caller's namespace).

use crate::heap::{ObjRef, Payload};
use crate::syntax::Mode;
use crate::vm::{Args, PyResult, Vm};

/// The text of a source argument (str or bytes), or None for other kinds.
fn source_text(vm: &mut Vm, x: ObjRef) -> PyResult<Option<String>> {
    match vm.heap.get(x) {
        Payload::Str(s) => Ok(Some(s.s.to_string())),
        Payload::Bytes(b) => match std::str::from_utf8(b) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(_) => Err(vm.new_error(vm.t.syntax_error, "source code string cannot contain null bytes")),
        },
        Payload::ByteArray(b) => Ok(Some(String::from_utf8_lossy(b).into_owned())),
        _ => Ok(None),
    }
}

fn check_null(vm: &mut Vm, src: &str) -> PyResult<()> {
    if src.contains('\0') {
        let t = vm.t.syntax_error;
        return Err(vm.new_error(t, "source code string cannot contain null bytes"));
    }
    Ok(())
}

/// Compiles `src` into a heap code object (owned).
fn compile_to_obj(vm: &mut Vm, src: &str, filename: &str, mode: Mode) -> PyResult<ObjRef> {
    let (code, arena) = compile_with_arena(vm, src, filename, mode)?;
    for v in arena {
        vm.decref(v);
    }
    Ok(code)
}

/// `compile_to_obj`, also returning the constants' arena references
/// (`Vm::load_code_with_arena`): `exec`/`eval` of a string keep them until
/// the code has run, as CPython's parser arena does.
fn compile_with_arena(vm: &mut Vm, src: &str, filename: &str, mode: Mode) -> PyResult<(ObjRef, Vec<ObjRef>)> {
    check_null(vm, src)?;
    // CPython's compiler counts nesting from the caller's frame depth (×3).
    // (An eval() input has no statement node, which pyrite's tree has.)
    let base = 3 * (vm.python_depth() as u32 + 1) - u32::from(mode == Mode::Eval);
    let code = crate::compile::with_recursion_base(base, || vm.compile_source(src, filename, mode))?;
    Ok(vm.load_code_with_arena(&code))
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn b_compile(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "compile", &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 0, 3)?;
    let (src, fname, mode) = (p[0].expect("required"), p[1].expect("required"), p[2].expect("required"));
    let filename = match vm.heap.get(fname) {
        Payload::Str(s) => s.s.to_string(),
        Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            let tn = vm.type_name_of(fname);
            return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {tn}")));
        }
    };
    let mode = match vm.as_str(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            let tn = vm.type_name_of(mode);
            return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {tn}")));
        }
    };
    if matches!(vm.heap.get(src), Payload::Code(_)) {
        return Ok(vm.incref(src));
    }
    let Some(text) = source_text(vm, src)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    compile_to_obj(vm, &text, &filename, mode)
}

/// Resolves the globals and locals of eval/exec (both borrowed).
fn namespaces(vm: &mut Vm, name: &str, g: Option<ObjRef>, l: Option<ObjRef>) -> PyResult<(ObjRef, ObjRef)> {
    let none = vm.none_obj;
    let g = g.filter(|&g| g != none);
    let l = l.filter(|&l| l != none);
    if let Some(g) = g {
        if !vm.is_dict(g) {
            if name == "exec" {
                let tn = vm.type_name_of(g);
                return Err(vm.type_error(format!("exec() globals must be a dict, not {tn}")));
            }
            let mapping = vm.lookup(vm.ty(g), vm.n.__getitem__).is_some();
            return Err(vm.type_error(if mapping { "globals must be a real dict; try eval(expr, {}, mapping)" } else { "globals must be a dict" }));
        }
    }
    if let Some(l) = l {
        if vm.lookup(vm.ty(l), vm.n.__getitem__).is_none() {
            if name == "exec" {
                let tn = vm.type_name_of(l);
                return Err(vm.type_error(format!("locals must be a mapping or None, not {tn}")));
            }
            return Err(vm.type_error("locals must be a mapping"));
        }
    }
    let (g, l) = match (g, l) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g, g),
        (None, l) => {
            let g = match vm.current_globals {
                Some(g) => g,
                None => return Err(vm.runtime_error(format!("{name}(): no globals"))),
            };
            (g, l.or(vm.current_locals).unwrap_or(g))
        }
    };
    if vm.dict_get_str(g, "__builtins__").is_none() {
        let b = vm.builtins;
        vm.dict_set_str(g, "__builtins__", b);
    }
    Ok((g, l))
}

fn run(vm: &mut Vm, args: &Args, name: &str, mode: Mode) -> PyResult<ObjRef> {
    if args.pos().is_empty() {
        // Argument Clinic's messages differ between the two.
        return Err(vm.type_error(if name == "eval" {
            "eval expected at least 1 argument, got 0"
        } else {
            "exec() takes at least 1 positional argument (0 given)"
        }));
    }
    let p = vm.parse_args(args, name, &["source", "globals", "locals"], 1, 1)?;
    let src = p[0].expect("required");
    let (g, l) = namespaces(vm, name, p[1], p[2])?;
    let (code, arena) = if matches!(vm.heap.get(src), Payload::Code(_)) {
        (vm.incref(src), Vec::new())
    } else {
        let Some(text) = source_text(vm, src)? else {
            return Err(vm.type_error(format!("{name}() arg 1 must be a string, bytes or code object")));
        };
        // eval() ignores leading spaces and tabs (CPython strips them before parsing).
        let text = if mode == Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
        compile_with_arena(vm, &text, "<string>", mode)?
    };
    let r = run_with_builtins(vm, code, g, l);
    vm.decref(code);
    for v in arena {
        vm.decref(v);
    }
    r
}

/// Runs a code object like `vm.run_code`, but with the builtins named by the
/// globals' `__builtins__` (a dict or a module), as CPython's frames do.
fn run_with_builtins(vm: &mut Vm, code: ObjRef, g: ObjRef, l: ObjRef) -> PyResult<ObjRef> {
    let builtins = match vm.dict_get_str(g, "__builtins__") {
        Some(b) if vm.is_dict(b) => b,
        Some(b) if matches!(vm.heap.get(b), Payload::Module(_)) => vm.module_dict(b),
        _ => vm.builtins,
    };
    if builtins == vm.builtins {
        return vm.run_code(code, g, Some(l));
    }
    if vm.depth >= vm.recursion_limit {
        return Err(vm.recursion_error("maximum recursion depth exceeded"));
    }
    let mut frame = vm.new_frame(code, g, builtins, None, Some(l));
    vm.depth += 1;
    let r = vm.run_frame(&mut frame);
    vm.depth -= 1;
    vm.release_frame(frame);
    match r? {
        crate::vm::eval::FrameExit::Return(v) | crate::vm::eval::FrameExit::Yield(v) => Ok(v),
    }
}

/// `eval(source, globals=None, locals=None)`.
pub fn b_eval(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    run(vm, args, "eval", Mode::Eval)
}

/// `exec(source, globals=None, locals=None)`; always returns None.
pub fn b_exec(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let r = run(vm, args, "exec", Mode::Exec)?;
    vm.decref(r);
    Ok(vm.none())
}
