//! The names `site` adds to builtins: `exit`/`quit` (Quitter objects that
//! raise SystemExit), `copyright`, `credits`, `license` (printers) and a
//! minimal `help`.

use crate::heap::{BaseKind, ObjRef, Payload};
use crate::types::MethodDef;
use crate::vm::{Args, PyResult, Vm};

const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
const CREDITS: &str = "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.";
const LICENSE: &str = "Type license() to see the full license text";
const HELP: &str = "Type help() for interactive help, or help(object) for help about object.";

/// Which builtin name an instance is bound to: the objects carry no state,
/// so identity with the builtins entry tells them apart.
fn bound_name(vm: &mut Vm, me: ObjRef) -> &'static str {
    let b = vm.builtins;
    for name in ["exit", "quit", "copyright", "credits", "license", "help"] {
        if vm.dict_get_str(b, name) == Some(me) {
            return name;
        }
    }
    "exit"
}

fn quitter_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let name = bound_name(vm, args.args[0]);
    Ok(vm.new_str(format!("Use {name}() or Ctrl-D (i.e. EOF) to exit")))
}

fn quitter_call(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.flush_std();
    let t = vm.t.system_exit;
    let code: Vec<ObjRef> = args.args[1..].iter().copied().take(1).collect();
    Err(vm.new_error_obj(t, &code))
}

fn printer_text(vm: &mut Vm, me: ObjRef) -> &'static str {
    match bound_name(vm, me) {
        "copyright" => COPYRIGHT,
        "credits" => CREDITS,
        _ => LICENSE,
    }
}

fn printer_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = printer_text(vm, args.args[0]);
    Ok(vm.new_str(t))
}

fn printer_call(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = printer_text(vm, args.args[0]);
    vm.write_stdout(&format!("{t}\n"));
    Ok(vm.none())
}

fn helper_repr(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Ok(vm.new_str(HELP))
}

/// `help(obj)`: prints the object's docstring (a much reduced pydoc).
fn helper_call(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Some(&obj) = args.args.get(1) else {
        vm.write_stdout("Welcome to Python 3.11's help utility! (interactive help is not available)\n");
        return Ok(vm.none());
    };
    let doc = vm.getattr_str(obj, "__doc__");
    let text = match doc {
        Ok(d) => {
            let s = if d == vm.none_obj { None } else { vm.as_str(d).map(str::to_string) };
            vm.decref(d);
            s
        }
        Err(e) => {
            vm.drop_err(e);
            None
        }
    };
    let r = vm.repr_string(obj)?;
    vm.write_stdout(&format!("Help on {r}:\n\n{}\n", text.unwrap_or_default()));
    Ok(vm.none())
}

fn make(vm: &mut Vm, name: &str, methods: &[MethodDef]) -> ObjRef {
    let o = vm.t.object;
    let t = vm.make_type(name, Some(o), BaseKind::Other, false);
    vm.set_type_module(t, "_sitebuiltins");
    vm.add_methods(t, methods);
    t
}

/// Adds exit, quit, copyright, credits, license and help to the builtins dict `d`.
pub fn install(vm: &mut Vm, d: ObjRef) {
    let quitter = make(vm, "Quitter", &[MethodDef::method("__repr__", quitter_repr), MethodDef::method("__call__", quitter_call)]);
    let printer = make(vm, "_Printer", &[MethodDef::method("__repr__", printer_repr), MethodDef::method("__call__", printer_call)]);
    let helper = make(vm, "_Helper", &[MethodDef::method("__repr__", helper_repr), MethodDef::method("__call__", helper_call)]);
    for (name, t) in [("exit", quitter), ("quit", quitter), ("copyright", printer), ("credits", printer), ("license", printer), ("help", helper)] {
        let o = vm.alloc(t, Payload::Object);
        vm.dict_set_str(d, name, o);
        vm.decref(o);
    }
    for t in [quitter, printer, helper] {
        vm.decref(t);
    }
}
