//! The embedded pure-Python standard library: the sources of `src/stdlib/`
//! (and pyrite's own Python modules: `os`, `io`, `random`)
//! compiled into the binary, and the loader the import system falls back to
//! when a module is neither native nor found on `sys.path`.
//!
//! Embedded modules get `__file__ = "<pyrite-stdlib>/json/__init__.py"` (a
//! package's `__path__` is `["<pyrite-stdlib>/json"]`), so tracebacks name
//! them readably; their source text is registered in `vm.sources`, where the
//! traceback printer finds the lines.

use crate::heap::ObjRef;
use crate::syntax::Mode;
use crate::vm::{PyResult, Vm};

/// Prefix of the pseudo file names of embedded modules.
pub const PREFIX: &str = "<pyrite-stdlib>";

/// (dotted module name, source, is_package).
pub const MODULES: &[(&str, &str, bool)] = &[
    ("abc", include_str!("../stdlib/abc.py"), false),
    // modsys helper: the import system's Python half and importlib.
    ("_frozen_importlib", include_str!("../stdlib/importlib/_bootstrap.py"), false),
    ("_frozen_importlib_external", include_str!("../stdlib/importlib/_bootstrap_external.py"), false),
    ("base64", include_str!("../stdlib/base64.py"), false),
    ("importlib", include_str!("../stdlib/importlib/__init__.py"), true),
    ("importlib._abc", include_str!("../stdlib/importlib/_abc.py"), false),
    ("importlib.abc", include_str!("../stdlib/importlib/abc.py"), false),
    ("importlib.machinery", include_str!("../stdlib/importlib/machinery.py"), false),
    ("importlib.util", include_str!("../stdlib/importlib/util.py"), false),
    ("bisect", include_str!("../stdlib/bisect.py"), false),
    ("calendar", include_str!("../stdlib/calendar.py"), false),
    ("collections", include_str!("../stdlib/collections/__init__.py"), true),
    ("collections.abc", include_str!("../stdlib/collections/abc.py"), false),
    ("contextlib", include_str!("../stdlib/contextlib.py"), false),
    ("copy", include_str!("../stdlib/copy.py"), false),
    ("copyreg", include_str!("../stdlib/copyreg.py"), false),
    ("csv", include_str!("../stdlib/csv.py"), false),
    ("dataclasses", include_str!("../stdlib/dataclasses.py"), false),
    ("datetime", include_str!("../stdlib/datetime.py"), false),
    ("enum", include_str!("../stdlib/enum.py"), false),
    ("fnmatch", include_str!("../stdlib/fnmatch.py"), false),
    ("fractions", include_str!("../stdlib/fractions.py"), false),
    ("functools", include_str!("../stdlib/functools.py"), false),
    ("heapq", include_str!("../stdlib/heapq.py"), false),
    ("inspect", include_str!("../stdlib/inspect.py"), false),
    ("itertools", include_str!("../stdlib/itertools.py"), false),
    ("json", include_str!("../stdlib/json/__init__.py"), true),
    ("json.decoder", include_str!("../stdlib/json/decoder.py"), false),
    ("json.encoder", include_str!("../stdlib/json/encoder.py"), false),
    ("asyncio", include_str!("../stdlib/asyncio/__init__.py"), true),
    ("asyncio.coroutines", include_str!("../stdlib/asyncio/coroutines.py"), false),
    ("asyncio.events", include_str!("../stdlib/asyncio/events.py"), false),
    ("asyncio.exceptions", include_str!("../stdlib/asyncio/exceptions.py"), false),
    ("asyncio.futures", include_str!("../stdlib/asyncio/futures.py"), false),
    ("asyncio.locks", include_str!("../stdlib/asyncio/locks.py"), false),
    ("asyncio.queues", include_str!("../stdlib/asyncio/queues.py"), false),
    ("asyncio.runners", include_str!("../stdlib/asyncio/runners.py"), false),
    ("asyncio.taskgroups", include_str!("../stdlib/asyncio/taskgroups.py"), false),
    ("asyncio.tasks", include_str!("../stdlib/asyncio/tasks.py"), false),
    ("asyncio.timeouts", include_str!("../stdlib/asyncio/timeouts.py"), false),
    ("keyword", include_str!("../stdlib/keyword.py"), false),
    ("linecache", include_str!("../stdlib/linecache.py"), false),
    ("logging", include_str!("../stdlib/logging/__init__.py"), true),
    ("numbers", include_str!("../stdlib/numbers.py"), false),
    ("operator", include_str!("../stdlib/operator.py"), false),
    ("pprint", include_str!("../stdlib/pprint.py"), false),
    ("queue", include_str!("../stdlib/queue.py"), false),
    ("re", include_str!("../stdlib/re.py"), false),
    ("reprlib", include_str!("../stdlib/reprlib.py"), false),
    ("shlex", include_str!("../stdlib/shlex.py"), false),
    ("stat", include_str!("../stdlib/stat.py"), false),
    ("struct", include_str!("../stdlib/struct.py"), false),
    ("statistics", include_str!("../stdlib/statistics.py"), false),
    ("string", include_str!("../stdlib/string.py"), false),
    ("textwrap", include_str!("../stdlib/textwrap.py"), false),
    ("threading", include_str!("../stdlib/threading.py"), false),
    ("timeit", include_str!("../stdlib/timeit.py"), false),
    ("traceback", include_str!("../stdlib/traceback.py"), false),
    ("tracemalloc", include_str!("../stdlib/tracemalloc.py"), false),
    ("types", include_str!("../stdlib/types.py"), false),
    ("typing", include_str!("../stdlib/typing.py"), false),
    ("warnings", include_str!("../stdlib/warnings.py"), false),
    // stdsmall helper: small modules written from documented behaviour.
    ("getopt", include_str!("../stdlib/getopt.py"), false),
    ("glob", include_str!("../stdlib/glob.py"), false),
    ("html", include_str!("../stdlib/html/__init__.py"), true),
    ("html.entities", include_str!("../stdlib/html/entities.py"), false),
    ("secrets", include_str!("../stdlib/secrets.py"), false),
    ("uuid", include_str!("../stdlib/uuid.py"), false),
    // stdtext helper: argparse, difflib, urllib.parse (written from documented behaviour).
    ("argparse", include_str!("../stdlib/argparse.py"), false),
    ("difflib", include_str!("../stdlib/difflib.py"), false),
    ("urllib", include_str!("../stdlib/urllib/__init__.py"), true),
    ("urllib.parse", include_str!("../stdlib/urllib/parse.py"), false),
    // stdfs helper: file system modules written from documented behaviour.
    ("grp", include_str!("../stdlib/grp.py"), false),
    ("pathlib", include_str!("../stdlib/pathlib.py"), false),
    ("pwd", include_str!("../stdlib/pwd.py"), false),
    ("shutil", include_str!("../stdlib/shutil.py"), false),
    ("tempfile", include_str!("../stdlib/tempfile.py"), false),
    // stdlib helper (session 6): unittest, graphlib, sched, platform.
    ("unittest", include_str!("../stdlib/unittest/__init__.py"), true),
    ("unittest.case", include_str!("../stdlib/unittest/case.py"), false),
    ("unittest.loader", include_str!("../stdlib/unittest/loader.py"), false),
    ("unittest.main", include_str!("../stdlib/unittest/main.py"), false),
    ("unittest.result", include_str!("../stdlib/unittest/result.py"), false),
    ("unittest.runner", include_str!("../stdlib/unittest/runner.py"), false),
    ("unittest.signals", include_str!("../stdlib/unittest/signals.py"), false),
    ("unittest.suite", include_str!("../stdlib/unittest/suite.py"), false),
    ("unittest.util", include_str!("../stdlib/unittest/util.py"), false),
    ("graphlib", include_str!("../stdlib/graphlib.py"), false),
    ("sched", include_str!("../stdlib/sched.py"), false),
    ("platform", include_str!("../stdlib/platform.py"), false),
    // pyrite's own modules written partly in Python.
    ("os", include_str!("os/os.py"), true),
    ("os.path", include_str!("os/path.py"), false),
    ("io", include_str!("io/io.py"), false),
    // gc helper: weakref (WeakValueDictionary & co. over the native _weakref).
    ("weakref", include_str!("weakref/weakref.py"), false),
    ("random", include_str!("random/random.py"), false),
    // psmmap helper: psutil over the native _psutil; memory_profiler.
    ("psutil", include_str!("psutil/psutil.py"), false),
    ("memory_profiler", include_str!("../stdlib/memory_profiler.py"), false),
];

/// Whether frames of this file are left out of printed tracebacks: the
/// Python parts of modules that are written in C in CPython (`io`, `time`),
/// whose frames CPython's tracebacks never show.
pub fn hidden_in_tracebacks(filename: &str) -> bool {
    filename == "<pyrite-stdlib>/io.py" || filename == "<pyrite-stdlib>/time.py"
}

/// The source and package flag of an embedded module.
pub fn lookup(name: &str) -> Option<(&'static str, bool)> {
    MODULES.iter().find(|m| m.0 == name).map(|m| (m.1, m.2))
}

/// The pseudo file name of an embedded module.
pub fn file_name(name: &str, is_pkg: bool) -> String {
    let rel = name.replace('.', "/");
    if is_pkg {
        format!("{PREFIX}/{rel}/__init__.py")
    } else {
        format!("{PREFIX}/{rel}.py")
    }
}

/// Loads embedded module `name` (None when there is no such module): runs its
/// code in a new module registered in `sys.modules`, as a file import does.
pub fn load(vm: &mut Vm, name: &str) -> Option<PyResult<ObjRef>> {
    let (src, is_pkg) = lookup(name)?;
    Some(exec_embedded(vm, name, src, is_pkg))
}

fn exec_embedded(vm: &mut Vm, name: &str, src: &str, is_pkg: bool) -> PyResult<ObjRef> {
    let file = file_name(name, is_pkg);
    let code = vm.compile_source(src, &file, Mode::Exec)?;
    let m = vm.new_module(name);
    // modsys helper: __spec__/__loader__/__file__/__cached__/__path__/__package__ (vm/import.rs).
    let pkg_dir = is_pkg.then(|| format!("{PREFIX}/{}", name.replace('.', "/")));
    if let Err(e) = vm.init_module_attrs(m, "stdlib", Some(&file), pkg_dir.as_deref()) {
        vm.decref(m);
        return Err(e);
    }
    let mods = vm.modules;
    vm.dict_set_str(mods, name, m);
    if let Err(e) = vm.exec_module_code(&code, m) {
        let k = vm.new_str(name);
        if let Err(e2) = vm.dict_del_item(mods, k) {
            vm.drop_err(e2);
        }
        vm.decref(k);
        vm.decref(m);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let r = vm.sys_modules_get(name).unwrap_or(m);
    vm.incref(r);
    vm.decref(m);
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        assert!(lookup("json").is_some_and(|(_, p)| p));
        assert!(lookup("json.decoder").is_some_and(|(_, p)| !p));
        assert!(lookup("nope").is_none());
        assert_eq!(file_name("json", true), "<pyrite-stdlib>/json/__init__.py");
        assert_eq!(file_name("os.path", false), "<pyrite-stdlib>/os/path.py");
    }
}
