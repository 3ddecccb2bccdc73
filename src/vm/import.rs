//! The import system: `sys.modules`, native modules, `.py` files and
//! packages on `sys.path` (the main script's directory first), relative
//! imports, `from x import y` and `import *`.

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::heap::{ModuleData, ObjRef, Payload};
use crate::syntax::{Mode, SyntaxError};

use super::frame::Frame;
use super::{PyResult, Vm};

/// Whether the import system's Python half is loaded (`Vm::import_sys`).
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub enum ImportState {
    /// Not yet: `ensure_import_system` loads it on first need.
    #[default]
    NotLoaded,
    Loading,
    /// Loaded (or failed to load: then modules keep `__spec__ = None`).
    Ready,
}

/// The lazy loading state of the import system (a `Vm` field).
#[derive(Default)]
pub struct LazyImport {
    pub state: ImportState,
    /// `__main__`'s `init_main_attrs` request made before the import system
    /// was loaded: (module, borrowed — the interpreter owns it; kind, path,
    /// spec name).
    pub pending_main: Option<(ObjRef, &'static str, Option<String>, Option<String>)>,
}

/// Where a module's code comes from (see `find_location`).
pub enum Found {
    Native(fn(&mut Vm) -> PyResult<ObjRef>),
    File { file: String, pkg_dir: Option<String> },
    Stdlib,
}

/// `dir/name/__init__.py` or `dir/name.py` in the first directory that has one.
pub fn find_in_dirs(name: &str, dirs: &[String]) -> Option<Found> {
    let short = &name[name.rfind('.').map_or(0, |i| i + 1)..];
    for d in dirs {
        let base = if d.is_empty() { "." } else { d.as_str() };
        let pkg_init = format!("{base}/{short}/__init__.py");
        if std::path::Path::new(&pkg_init).is_file() {
            return Some(Found::File { file: pkg_init, pkg_dir: Some(format!("{base}/{short}")) });
        }
        let file = format!("{base}/{short}.py");
        if std::path::Path::new(&file).is_file() {
            return Some(Found::File { file, pkg_dir: None });
        }
    }
    None
}

impl Vm {
    /// Parses and compiles source; SyntaxErrors become Python SyntaxError exceptions.
    pub fn compile_source(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<Rc<CodeObject>> {
        self.sources.insert(filename.to_string(), Rc::from(source));
        let r = crate::syntax::parse(source, filename, mode).and_then(|m| crate::compile::compile(&m, source, filename, mode));
        // The compiler's warnings come out before its error, as in CPython.
        self.issue_syntax_warnings(source, filename)?;
        r.map_err(|e| {
            let exc = self.syntax_error_obj(&e);
            self.raise_obj(exc)
        })
    }

    /// A SyntaxError instance carrying the parser's fields (owned).
    pub fn syntax_error_obj(&mut self, e: &SyntaxError) -> ObjRef {
        let ty = match e.kind {
            crate::syntax::SyntaxErrorKind::SyntaxError => self.t.syntax_error,
            crate::syntax::SyntaxErrorKind::IndentationError => self.t.indentation_error,
            crate::syntax::SyntaxErrorKind::TabError => self.t.tab_error,
            // The parser's stack limit: a bare MemoryError, as CPython's.
            crate::syntax::SyntaxErrorKind::MemoryError => {
                let t = self.t.memory_error;
                return self.new_error_empty(t).exc;
            }
            crate::syntax::SyntaxErrorKind::RecursionError => {
                // The compiler's nesting limit: a plain RecursionError(msg).
                let t = self.t.recursion_error;
                return self.new_error(t, e.msg.clone()).exc;
            }
        };
        let msg = self.new_str(e.msg.clone());
        let fname = self.new_str(e.filename.clone());
        let line = self.new_int(e.line as i64);
        let off = self.new_int(e.offset as i64);
        // No source line (`eval('')`, line 0): CPython's text is ''.
        let text = if e.line == 0 { self.new_str(e.text.clone()) } else { self.new_str(format!("{}\n", e.text)) };
        let eline = self.new_int(e.end_line as i64);
        // CPython has no end (-1) for IndentationErrors and a truncated
        // continuation line; pyrite's struct says 0.
        let no_end = e.end_offset == 0
            && ((e.kind == crate::syntax::SyntaxErrorKind::IndentationError && e.msg != "too many levels of indentation")
                || e.msg == "unexpected EOF while parsing");
        let eoff = self.new_int(if no_end { -1 } else { e.end_offset as i64 });
        let details = self.new_tuple(vec![fname, line, off, text, eline, eoff]);
        let exc = self.new_exception(ty, &[msg, details]);
        let names = ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        let items = self.tuple_items(details).map(|t| t.to_vec()).unwrap_or_default();
        let _ = self.setattr_str(exc, names[0], msg);
        for (n, v) in names[1..].iter().zip(items) {
            let _ = self.setattr_str(exc, n, v);
        }
        let none = self.none_obj;
        let _ = self.setattr_str(exc, "print_file_and_line", none);
        self.decref(msg);
        self.decref(details);
        exc
    }

    /// A new module object named `name` (owned), with `__name__` etc. set.
    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let d = self.new_dict();
        let n = self.new_str(name);
        self.dict_set_str(d, "__name__", n);
        self.decref(n);
        let none = self.none_obj;
        for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
            self.dict_set_str(d, k, none);
        }
        let t = self.t.module;
        let m = self.alloc(t, Payload::Module(Box::new(ModuleData { dict: d })));
        // CPython tracks the module first; its dict joins the collector's
        // list later (when a container such as `__builtins__` enters it).
        self.heap.gc_track_late(d);
        m
    }

    /// Drops a module namespace's values in insertion order (what freeing the
    /// dict at shutdown does), keeping `__builtins__` so late `__del__`s still run.
    pub fn clear_module_dict(&mut self, d: ObjRef) {
        for (k, v) in self.dict_items(d) {
            let Some(name) = self.as_str(k) else { continue };
            if name == "__builtins__" || v == self.none_obj || (name.starts_with("__") && name.ends_with("__")) {
                continue;
            }
            let none = self.none_obj;
            self.incref(k);
            if let Err(e) = self.dict_set_item(d, k, none) {
                self.drop_err(e);
            }
            self.decref(k);
        }
        self.flush_std();
    }

    pub fn module_dict(&self, m: ObjRef) -> ObjRef {
        match self.heap.get(m) {
            Payload::Module(md) => md.dict,
            _ => panic!("module_dict of a non-module"),
        }
    }

    /// Runs a code object as the body of module `m`.
    pub fn exec_module_code(&mut self, code: &Rc<CodeObject>, m: ObjRef) -> PyResult<()> {
        self.exec_module_code_as(code, m, false)
    }

    /// `exec_module_code`; with `from_source` the constants stay referenced
    /// until the body has run, as CPython's parser arena keeps them for a
    /// script, `-c` or a REPL input (see `load_code_with_arena`).
    pub fn exec_module_code_as(&mut self, code: &Rc<CodeObject>, m: ObjRef, from_source: bool) -> PyResult<()> {
        let (code_obj, arena) = self.load_code_with_arena(code);
        let arena = if from_source {
            arena
        } else {
            for v in arena {
                self.decref(v);
            }
            Vec::new()
        };
        let r = self.exec_module_code_obj(code_obj, m);
        for v in arena {
            self.decref(v);
        }
        r
    }

    fn exec_module_code_obj(&mut self, code_obj: ObjRef, m: ObjRef) -> PyResult<()> {
        let d = self.module_dict(m);
        if self.dict_get_str(d, "__builtins__").is_none() {
            let b = self.builtins_module;
            self.dict_set_str(d, "__builtins__", b);
        }
        let r = self.run_code(code_obj, d, Some(d));
        self.decref(code_obj);
        let r = r?;
        self.decref(r);
        Ok(())
    }

    /// Runs a heap code object with the given globals and locals mapping (result owned).
    pub fn run_code(&mut self, code_obj: ObjRef, globals: ObjRef, locals: Option<ObjRef>) -> PyResult<ObjRef> {
        let builtins = self.builtins;
        let mut frame = self.new_frame(code_obj, globals, builtins, None, locals);
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.release_frame(frame);
        match r? {
            super::eval::FrameExit::Return(v) | super::eval::FrameExit::Yield(v) => Ok(v),
        }
    }

    pub(crate) fn import_name(&mut self, f: &Frame, name: ObjRef, fromlist: ObjRef, level: ObjRef) -> PyResult<ObjRef> {
        let level = self.as_int(level).unwrap_or(0);
        let name = self.as_str(name).unwrap_or("").to_string();
        let globals = f.globals;
        self.import_module_level(&name, globals, fromlist, level)
    }

    /// `__import__(name, globals, fromlist=..., level=...)`.
    pub fn import_module_level(&mut self, name: &str, globals: ObjRef, fromlist: ObjRef, level: i64) -> PyResult<ObjRef> {
        let abs = if level > 0 {
            let pkg = self.current_package(globals)?;
            let mut parts: Vec<&str> = if pkg.is_empty() { Vec::new() } else { pkg.split('.').collect() };
            if pkg.is_empty() {
                return Err(self.import_error("attempted relative import with no known parent package"));
            }
            for _ in 1..level {
                if parts.pop().is_none() {
                    return Err(self.import_error("attempted relative import beyond top-level package"));
                }
            }
            if parts.is_empty() {
                return Err(self.import_error("attempted relative import beyond top-level package"));
            }
            let base = parts.join(".");
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let leaf = self.import_dotted(&abs)?;
        let has_fromlist = fromlist != self.none_obj && self.len(fromlist).unwrap_or(0) > 0;
        if has_fromlist {
            // Import submodules named in the fromlist of a package.
            let is_pkg = self.dict_get_str(self.module_dict_or(leaf), "__path__").is_some();
            if is_pkg {
                let items = self.collect_iter(fromlist)?;
                for it in items {
                    let s = self.as_str(it).unwrap_or("").to_string();
                    self.decref(it);
                    // checker fix: the AttributeError of a missing name is dropped, not leaked.
                    let missing = s != "*"
                        && match self.getattr_str(leaf, &s) {
                            Ok(v) => {
                                self.decref(v);
                                false
                            }
                            Err(e) => {
                                self.drop_err(e);
                                true
                            }
                        };
                    if missing {
                        let sub = format!("{abs}.{s}");
                        match self.import_dotted(&sub) {
                            Ok(m) => self.decref(m),
                            Err(e) if self.err_matches(&e, self.t.module_not_found_error) => self.drop_err(e),
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
            return Ok(leaf);
        }
        if level == 0 {
            let top = abs.split('.').next().unwrap_or("").to_string();
            if top != abs {
                self.decref(leaf);
                return match self.sys_modules_get(&top) {
                    Some(m) => Ok(self.incref(m)),
                    None => Err(self.import_error(format!("No module named '{top}'"))),
                };
            }
        }
        Ok(leaf)
    }

    fn module_dict_or(&self, m: ObjRef) -> ObjRef {
        match self.heap.get(m) {
            Payload::Module(md) => md.dict,
            _ => self.none_obj,
        }
    }

    fn current_package(&mut self, globals: ObjRef) -> PyResult<String> {
        if let Some(p) = self.dict_get_str(globals, "__package__") {
            if let Some(s) = self.as_str(p) {
                return Ok(s.to_string());
            }
        }
        let name = self.dict_get_str(globals, "__name__").and_then(|n| self.as_str(n)).unwrap_or("").to_string();
        if self.dict_get_str(globals, "__path__").is_some() {
            return Ok(name);
        }
        Ok(match name.rfind('.') {
            Some(i) => name[..i].to_string(),
            None => String::new(),
        })
    }

    pub fn sys_modules_get(&mut self, name: &str) -> Option<ObjRef> {
        let m = self.modules;
        self.dict_get_str(m, name)
    }

    /// Imports `a.b.c` (each level), returning the leaf module (owned).
    pub fn import_dotted(&mut self, name: &str) -> PyResult<ObjRef> {
        if let Some(m) = self.sys_modules_get(name) {
            if m != self.none_obj {
                return Ok(self.incref(m));
            }
        }
        let (parent, path) = match name.rfind('.') {
            Some(i) => {
                let p = self.import_dotted(&name[..i])?;
                let path = match self.getattr_str(p, "__path__") {
                    Ok(pth) => Some(pth),
                    Err(e) => {
                        self.drop_err(e);
                        self.decref(p);
                        let t = self.t.module_not_found_error;
                        return Err(self.new_error(t, format!("No module named '{name}'; '{}' is not a package", &name[..i])));
                    }
                };
                (Some(p), path)
            }
            None => (None, None),
        };
        // Imported as a side effect of importing the parent?
        if let Some(m) = self.sys_modules_get(name) {
            self.xdecref(parent);
            self.xdecref(path);
            return Ok(self.incref(m));
        }
        let r = self.load_module(name, path);
        self.xdecref(path);
        let m = match r {
            Ok(m) => m,
            Err(e) => {
                self.xdecref(parent);
                return Err(e);
            }
        };
        if let Some(p) = parent {
            let short = &name[name.rfind('.').map_or(0, |i| i + 1)..];
            let _ = self.setattr_str(p, short, m);
            self.decref(p);
        }
        Ok(m)
    }

    /// Late in interpreter shutdown (sys.modules emptied, sys.meta_path None)
    /// CPython's traceback printer can no longer import `io` to read
    /// source lines.
    pub fn imports_shut_down(&mut self) -> bool {
        if self.sys_module == self.null || self.modules == self.null || self.dict_len(self.modules) != 0 {
            return false;
        }
        let sd = self.module_dict(self.sys_module);
        self.dict_get_str(sd, "meta_path") == Some(self.none_obj)
    }

    fn load_module(&mut self, name: &str, path: Option<ObjRef>) -> PyResult<ObjRef> {
        // Interpreter shutdown sets sys.meta_path to None (importlib's _find_spec).
        if self.sys_module != self.null {
            let sd = self.module_dict(self.sys_module);
            if self.dict_get_str(sd, "meta_path") == Some(self.none_obj) {
                return Err(self.import_error("sys.meta_path is None, Python is likely shutting down"));
            }
        }
        if self.import_sys.state == ImportState::NotLoaded && !self.native_modules.contains_key(name) {
            // A Python-source module: its __spec__/__loader__ come from the
            // import system's Python half, and Python code may look at it.
            if matches!(self.find_location(name, path)?, Some(Found::File { .. } | Found::Stdlib)) {
                self.ensure_import_system();
                if let Some(m) = self.sys_modules_get(name) {
                    if m != self.none_obj {
                        return Ok(self.incref(m));
                    }
                }
            }
        }
        // Finders a program put on sys.meta_path before the PathFinder.
        if let Some(m) = self.custom_finders(name, path, true)? {
            return Ok(m);
        }
        match self.find_location(name, path)? {
            Some(Found::Native(init)) => {
                let m = init(self)?;
                let mods = self.modules;
                self.dict_set_str(mods, name, m);
                self.init_module_attrs(m, "builtin", None, None)?;
                Ok(m)
            }
            Some(Found::File { file, pkg_dir }) => self.exec_file_module(name, &file, pkg_dir.as_deref()),
            Some(Found::Stdlib) => match crate::modules::stdlib::load(self, name) {
                Some(r) => r,
                None => Err(self.import_error(format!("No module named '{name}'"))),
            },
            None => {
                if let Some(m) = self.custom_finders(name, path, false)? {
                    return Ok(m);
                }
                let t = self.t.module_not_found_error;
                let e = self.new_error(t, format!("No module named '{name}'"));
                let n = self.new_str(name);
                let _ = self.setattr_str(e.exc, "name", n);
                self.decref(n);
                Err(e)
            }
        }
    }

    /// Where module `name` would come from: a native module, a file on
    /// `path` (a package's `__path__`) or `sys.path`, or the embedded stdlib.
    fn find_location(&mut self, name: &str, path: Option<ObjRef>) -> PyResult<Option<Found>> {
        if let Some(init) = self.native_modules.get(name).copied() {
            return Ok(Some(Found::Native(init)));
        }
        let dirs: Vec<String> = match path {
            Some(p) => {
                let items = self.collect_iter(p)?;
                let v = items.iter().filter_map(|&i| self.as_str(i).map(|s| s.to_string())).collect();
                for i in items {
                    self.decref(i);
                }
                v
            }
            None => self.sys_path(),
        };
        if let Some(f) = find_in_dirs(name, &dirs) {
            return Ok(Some(f));
        }
        // Fall back to the standard library embedded in the binary.
        if crate::modules::stdlib::lookup(name).is_some() {
            return Ok(Some(Found::Stdlib));
        }
        Ok(None)
    }

    /// The `_frozen_importlib` module once it is set up (borrowed), else None.
    /// Never loads it (see `ensure_import_system`).
    pub fn importlib_bootstrap(&mut self) -> Option<ObjRef> {
        if self.import_sys.state == ImportState::NotLoaded {
            return None;
        }
        let m = self.sys_modules_get("_frozen_importlib")?;
        let d = self.module_dict_or(m);
        if d == self.none_obj {
            return None;
        }
        self.dict_get_str(d, "_pyrite_ready").filter(|&v| v == self.true_obj).map(|_| m)
    }

    /// Called once when the interpreter starts. Compiling and running the
    /// import system's Python half (`_frozen_importlib` and
    /// `_frozen_importlib_external`) costs more than the rest of startup, and
    /// most programs never look at what it provides, so it is loaded lazily,
    /// by `ensure_import_system`, the first time something can observe it.
    pub fn init_import_system(&mut self) {
        self.import_sys.state = ImportState::NotLoaded;
    }

    /// Whether the import system's Python half is still unloaded (the
    /// checks that trigger loading it test this first: one load).
    #[inline]
    pub fn import_system_pending(&self) -> bool {
        self.import_sys.state == ImportState::NotLoaded
    }

    /// Loads the import system's Python half if it is not loaded yet: before
    /// a Python-source module is imported, and when a program can observe it
    /// (`__spec__`/`__loader__`/`__package__`/`__cached__` and `__dict__` of
    /// a module, `sys.meta_path`/`path_hooks`/`path_importer_cache`,
    /// `globals()`/`locals()`/`vars()`). `_setup` gives the modules loaded
    /// before it their attributes; `__main__`'s come from the recorded
    /// `init_main_attrs` request. Trace and profile functions see none of it.
    pub fn ensure_import_system(&mut self) {
        if self.import_sys.state != ImportState::NotLoaded {
            return;
        }
        self.import_sys.state = ImportState::Loading;
        let saved_in_tracer = std::mem::replace(&mut self.frames.in_tracer, true);
        self.frames.update_tracing();
        // Room for the bootstrap's own calls even when this runs deep in a recursion.
        let saved_limit = self.recursion_limit;
        self.recursion_limit = saved_limit.max(self.depth + 200);
        self.load_import_system();
        self.import_sys.state = ImportState::Ready;
        if let Some((m, kind, path, spec)) = self.import_sys.pending_main.take() {
            self.init_main_attrs(m, kind, path.as_deref(), spec.as_deref());
        }
        self.recursion_limit = saved_limit;
        self.frames.in_tracer = saved_in_tracer;
        self.frames.update_tracing();
    }

    /// A module attribute the import system's Python half sets (checked only
    /// while it is not loaded).
    #[cold]
    pub fn is_lazy_import_attr(&self, name: ObjRef) -> bool {
        matches!(self.as_str(name), Some("__spec__" | "__loader__" | "__package__" | "__cached__" | "__dict__" | "meta_path" | "path_hooks" | "path_importer_cache"))
    }

    /// Loads `_frozen_importlib` and `_frozen_importlib_external` and runs
    /// `_setup` (ModuleSpec, the loaders, sys.meta_path); on failure modules
    /// simply keep `__spec__ = None`.
    fn load_import_system(&mut self) {
        let r = (|| -> PyResult<()> {
            let b = self.import_dotted("_frozen_importlib")?;
            let e = self.import_dotted("_frozen_importlib_external");
            let e = match e {
                Ok(e) => e,
                Err(err) => {
                    self.decref(b);
                    return Err(err);
                }
            };
            let r = self.call_method(b, "_setup", &[e]);
            self.decref(e);
            self.decref(b);
            let r = r?;
            self.decref(r);
            Ok(())
        })();
        if let Err(e) = r {
            if std::env::var_os("PYRITE_DEBUG_IMPORT").is_some() {
                self.print_exception(e.exc);
            }
            self.drop_err(e);
        }
    }

    /// Calls `_frozen_importlib.<method>(m, kind, a, b)`, with None for
    /// an absent string.
    fn call_bootstrap_hook(&mut self, boot: ObjRef, method: &str, m: ObjRef, kind: &str, a: Option<&str>, b: Option<&str>) -> PyResult<()> {
        let boot = self.incref(boot);
        let k = self.new_str(kind);
        let [a, b] = [a, b].map(|s| match s {
            Some(s) => self.new_str(s),
            None => self.none(),
        });
        let r = self.call_method(boot, method, &[m, k, a, b]);
        for x in [k, a, b, boot] {
            self.decref(x);
        }
        self.decref(r?);
        Ok(())
    }

    /// Sets `__spec__`, `__loader__`, `__package__`, `__file__`,
    /// `__cached__` and `__path__` of a module the runtime is loading (kind
    /// "builtin", "source" or "stdlib"), through `_frozen_importlib` once it
    /// is up; before that (while it loads itself) only the plain attributes.
    pub fn init_module_attrs(&mut self, m: ObjRef, kind: &str, origin: Option<&str>, search_dir: Option<&str>) -> PyResult<()> {
        if let Some(b) = self.importlib_bootstrap() {
            return self.call_bootstrap_hook(b, "_pyrite_init_attrs", m, kind, origin, search_dir);
        }
        let d = self.module_dict(m);
        let name = self.module_name(m);
        if let Some(dir) = search_dir {
            let p = self.new_str(dir);
            let l = self.new_list(vec![p]);
            self.dict_set_str(d, "__path__", l);
            self.decref(l);
        }
        if let Some(f) = origin {
            let f = self.new_str(f);
            self.dict_set_str(d, "__file__", f);
            self.decref(f);
        }
        if kind != "builtin" {
            let pkg = if search_dir.is_some() { name.clone() } else { name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default() };
            let p = self.new_str(pkg);
            self.dict_set_str(d, "__package__", p);
            self.decref(p);
        }
        Ok(())
    }

    /// `__main__`'s import attributes (`__loader__`, `__spec__` for `-m`, …):
    /// kind "script", "module", "string" (-c, REPL) or "stdin".
    pub fn init_main_attrs(&mut self, m: ObjRef, kind: &'static str, path: Option<&str>, spec_name: Option<&str>) {
        if self.import_sys.state == ImportState::NotLoaded {
            if kind == "module" {
                self.ensure_import_system();
            } else {
                // Deferred until the import system loads; the plain
                // attributes are set now, in the order CPython sets them.
                let d = self.module_dict(m);
                if kind == "stdin" {
                    if let Some(p) = path {
                        let p = self.new_str(p);
                        self.dict_set_str(d, "__file__", p);
                        self.decref(p);
                    }
                }
                if kind != "string" {
                    let none = self.none_obj;
                    self.dict_set_str(d, "__cached__", none);
                }
                self.import_sys.pending_main = Some((m, kind, path.map(str::to_string), spec_name.map(str::to_string)));
                return;
            }
        }
        let Some(b) = self.importlib_bootstrap() else { return };
        if let Err(e) = self.call_bootstrap_hook(b, "_pyrite_init_main", m, kind, path, spec_name) {
            self.drop_err(e);
        }
    }

    /// Consults the finders a program added to `sys.meta_path` (those
    /// before the PathFinder when `before`, else those after it).
    fn custom_finders(&mut self, name: &str, path: Option<ObjRef>, before: bool) -> PyResult<Option<ObjRef>> {
        let Some(b) = self.importlib_bootstrap() else { return Ok(None) };
        let b = self.incref(b);
        let n = self.new_str(name);
        let p = match path {
            Some(p) => self.incref(p),
            None => self.none(),
        };
        let bf = self.new_bool(before);
        let r = self.call_method(b, "_pyrite_custom_find", &[n, p, bf]);
        for x in [n, p, bf, b] {
            self.decref(x);
        }
        let r = r?;
        if r == self.none_obj {
            self.decref(r);
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// `_imp._pyrite_find`: where `name` would be loaded from, as
    /// (kind, origin, package dir or None), or None.
    pub fn find_module_spec_parts(&mut self, name: &str, path: Option<ObjRef>, only_dirs: bool) -> PyResult<Option<(String, String, Option<String>)>> {
        if only_dirs {
            let dirs: Vec<String> = match path {
                Some(p) => {
                    let items = self.collect_iter(p)?;
                    let v = items.iter().filter_map(|&i| self.as_str(i).map(|s| s.to_string())).collect();
                    for i in items {
                        self.decref(i);
                    }
                    v
                }
                None => Vec::new(),
            };
            return Ok(match find_in_dirs(name, &dirs) {
                Some(Found::File { file, pkg_dir }) => Some(("source".into(), file, pkg_dir)),
                _ => None,
            });
        }
        Ok(match self.find_location(name, path)? {
            Some(Found::Native(_)) => Some(("builtin".into(), "built-in".into(), None)),
            Some(Found::File { file, pkg_dir }) => Some(("source".into(), file, pkg_dir)),
            Some(Found::Stdlib) => {
                let is_pkg = crate::modules::stdlib::lookup(name).is_some_and(|(_, p)| p);
                let file = crate::modules::stdlib::file_name(name, is_pkg);
                let dir = is_pkg.then(|| format!("{}/{}", crate::modules::stdlib::PREFIX, name.replace('.', "/")));
                Some(("stdlib".into(), file, dir))
            }
            None => None,
        })
    }

    fn sys_path(&mut self) -> Vec<String> {
        let sys = self.sys_module;
        match self.getattr_str(sys, "path") {
            Ok(p) => {
                let items = self.list_items(p).map(|v| v.to_vec()).unwrap_or_default();
                let v = items.iter().filter_map(|&i| self.as_str(i).map(|s| s.to_string())).collect();
                self.decref(p);
                v
            }
            Err(e) => {
                self.drop_err(e);
                vec![self.main_dir.clone()]
            }
        }
    }

    fn exec_file_module(&mut self, name: &str, file: &str, pkg_dir: Option<&str>) -> PyResult<ObjRef> {
        let source = match std::fs::read_to_string(file) {
            Ok(s) => s,
            Err(e) => return Err(self.import_error(format!("cannot read {file}: {e}"))),
        };
        // lang helper: files are bytes to CPython's parser (byte offsets in SyntaxErrors).
        let code = crate::syntax::with_byte_offsets(|| self.compile_source(&source, file, Mode::Exec))?;
        let m = self.new_module(name);
        if let Err(e) = self.init_module_attrs(m, "source", Some(file), pkg_dir) {
            self.decref(m);
            return Err(e);
        }
        let mods = self.modules;
        self.dict_set_str(mods, name, m);
        if let Err(e) = self.exec_module_code(&code, m) {
            let k = self.new_str(name);
            let _ = self.dict_del_item(mods, k);
            self.decref(k);
            self.decref(m);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        let r = self.sys_modules_get(name).unwrap_or(m);
        self.incref(r);
        self.decref(m);
        Ok(r)
    }

    pub(crate) fn import_from(&mut self, m: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        match self.getattr_opt(m, name)? {
            Some(v) => Ok(v),
            None => {
                let n = self.as_str(name).unwrap_or("").to_string();
                let mname = if let Payload::Module(_) = self.heap.get(m) { self.module_name(m) } else { "?".to_string() };
                let full = format!("{mname}.{n}");
                if let Some(sub) = self.sys_modules_get(&full) {
                    return Ok(self.incref(sub));
                }
                let file = match self.heap.get(m) {
                    Payload::Module(md) => {
                        let d = md.dict;
                        self.dict_get_str(d, "__file__").and_then(|f| self.as_str(f)).map(|s| s.to_string())
                    }
                    _ => None,
                };
                let msg = match file {
                    Some(f) => format!("cannot import name '{n}' from '{mname}' ({f})"),
                    None => format!("cannot import name '{n}' from '{mname}' (unknown location)"),
                };
                Err(self.import_error(msg))
            }
        }
    }

    pub(crate) fn import_star(&mut self, f: &Frame, m: ObjRef) -> PyResult<()> {
        let locals = f.locals.unwrap_or(f.globals);
        let d = match self.heap.get(m) {
            Payload::Module(md) => md.dict,
            _ => return Err(self.type_error("import * from a non-module")),
        };
        let all = self.dict_get_str(d, "__all__");
        let names: Vec<ObjRef> = match all {
            Some(a) => self.collect_iter(a)?,
            None => {
                let mut v = Vec::new();
                for (k, _) in self.dict_items(d) {
                    if self.as_str(k).is_some_and(|s| !s.starts_with('_')) {
                        v.push(self.incref(k));
                    }
                }
                v
            }
        };
        let mut res = Ok(());
        for &k in &names {
            if res.is_err() {
                break;
            }
            res = match self.getattr(m, k) {
                Ok(v) => {
                    let r = self.setitem(locals, k, v);
                    self.decref(v);
                    r
                }
                Err(e) => Err(e),
            };
        }
        for k in names {
            self.decref(k);
        }
        res
    }
}
