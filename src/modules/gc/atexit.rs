//! The `atexit` module: functions registered to run at interpreter
//! shutdown, last registered first, before the modules are torn down (as
//! CPython's `_PyAtExit_Call` in Py_FinalizeEx). An exception in one is
//! reported as `Exception ignored in atexit callback: <func>` and the
//! others still run. The registry (a list of `(func, args, kwargs)` tuples)
//! lives in `GcState::atexit`, a heap root.

use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("atexit");
    vm.add_module_functions(
        m,
        &[("register", register), ("unregister", unregister), ("_run_exitfuncs", run_exitfuncs), ("_clear", clear), ("_ncallbacks", ncallbacks)],
    );
    Ok(m)
}

fn registry(vm: &mut Vm) -> ObjRef {
    match vm.heap.gc.atexit {
        Some(l) => l,
        None => {
            let l = vm.new_list(Vec::new());
            vm.heap.gc.atexit = Some(l);
            l
        }
    }
}

/// `register(func, *args, **kwargs)`: returns func.
fn register(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pos: Vec<ObjRef> = args.pos().to_vec();
    if pos.is_empty() {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    }
    let func = pos[0];
    let ty = vm.ty(func);
    if vm.lookup(ty, vm.n.__call__).is_none() {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let rest: Vec<ObjRef> = pos[1..].iter().map(|&a| vm.incref(a)).collect();
    let targs = vm.new_tuple(rest);
    let kwargs = if args.kwnames.is_empty() {
        vm.none()
    } else {
        let d = vm.new_dict();
        let kw: Vec<(ObjRef, ObjRef)> = args.kw().collect();
        for (k, v) in kw {
            vm.dict_set_item(d, k, v)?;
        }
        d
    };
    let f = vm.incref(func);
    let entry = vm.new_tuple(vec![f, targs, kwargs]);
    let l = registry(vm);
    vm.list_append(l, entry);
    vm.decref(entry);
    Ok(vm.incref(func))
}

/// `unregister(func)`: removes every registration of func (compared with ==).
fn unregister(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "unregister", 1, 1)?;
    let l = registry(vm);
    let items: Vec<ObjRef> = vm.list_items(l).map(|s| s.to_vec()).unwrap_or_default();
    let mut keep = Vec::new();
    for e in items {
        let f = vm.tuple_items(e).map(|t| t[0]);
        let same = match f {
            Some(f) => vm.compare_bool(f, args.args[0], crate::bytecode::ComparisonOperator::Eq)?,
            None => false,
        };
        if !same {
            keep.push(vm.incref(e));
        }
    }
    let nl = vm.new_list(keep);
    vm.heap.gc.atexit = Some(nl);
    vm.decref(l);
    Ok(vm.none())
}

fn run_exitfuncs(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    vm.run_atexit();
    Ok(vm.none())
}

fn clear(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    if let Some(l) = vm.heap.gc.atexit.take() {
        vm.decref(l);
    }
    Ok(vm.none())
}

fn ncallbacks(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    let n = match vm.heap.gc.atexit {
        Some(l) => vm.list_items(l).map_or(0, |s| s.len()),
        None => 0,
    };
    Ok(vm.new_int(n as i64))
}

impl Vm {
    /// Runs (and forgets) the registered exit functions, newest first.
    pub fn run_atexit(&mut self) {
        let Some(l) = self.heap.gc.atexit.take() else { return };
        let items: Vec<ObjRef> = self.list_items(l).map(|s| s.to_vec()).unwrap_or_default();
        for &e in items.iter() {
            self.incref(e);
        }
        self.decref(l);
        for e in items.into_iter().rev() {
            let (f, a, k) = match self.tuple_items(e) {
                Some(t) if t.len() == 3 => (t[0], t[1], t[2]),
                _ => {
                    self.decref(e);
                    continue;
                }
            };
            let r = if k == self.none_obj {
                let pos: Vec<ObjRef> = self.tuple_items(a).map(|t| t.to_vec()).unwrap_or_default();
                self.call(f, &pos)
            } else {
                let mut vals: Vec<ObjRef> = self.tuple_items(a).map(|t| t.to_vec()).unwrap_or_default();
                let mut names = Vec::new();
                for (kk, vv) in self.dict_items(k) {
                    names.push(kk);
                    vals.push(vv);
                }
                self.call_kw(f, &vals, &names)
            };
            match r {
                Ok(r) => self.decref(r),
                Err(err) => self.report_unraisable(err, Some("Exception ignored in atexit callback"), Some(f)),
            }
            self.decref(e);
        }
        self.flush_std();
    }
}
