//! The native `_tracemalloc` module: start/stop tracing the private heap's
//! allocations, the counters, and the raw traces that the Python module
//! `tracemalloc` (src/stdlib/tracemalloc.py) turns into snapshots.
//!
//! The records themselves are `heap::trace::TraceTable`; the allocation and
//! resize hooks are in `hook.rs`.
//!
//! `_get_traces()` differs from CPython's in one way, for speed: traces with
//! the same domain, size and traceback are returned once, with a count —
//! `(domain, size, traceback, total_nframe, count)` — and the Python module
//! expands them where single traces are visible (`Snapshot.traces`).

pub mod hook;

use std::collections::HashMap;

use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

/// CPython's `MAX_NFRAME` (frames are counted in 16 bits).
const MAX_NFRAME: i64 = 65535;

fn start(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("_tracemalloc.start() takes no keyword arguments"));
    }
    if args.args.len() > 1 {
        return Err(vm.type_error(format!("start expected at most 1 argument, got {}", args.args.len())));
    }
    let n = match args.args.first() {
        Some(&a) => vm.index_value(a)?,
        None => 1,
    };
    if !(1..=MAX_NFRAME).contains(&n) {
        return Err(vm.value_error(format!("the number of frames must be in range [1; {MAX_NFRAME}]")));
    }
    if vm.heap.trace.is_none() {
        vm.heap.trace_limit = n as usize;
        vm.trace_start(n as usize);
    }
    Ok(vm.none())
}

fn stop(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "stop", 0, 0)?;
    vm.trace_stop();
    Ok(vm.none())
}

fn is_tracing(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "is_tracing", 0, 0)?;
    let b = vm.heap.trace.is_some();
    Ok(vm.new_bool(b))
}

fn clear_traces(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "clear_traces", 0, 0)?;
    vm.trace_clear();
    Ok(vm.none())
}

fn get_traceback_limit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_traceback_limit", 0, 0)?;
    let n = vm.heap.trace_limit as i64;
    Ok(vm.new_int(n))
}

/// The counters, read before any object of the result is allocated.
fn counters(vm: &Vm) -> (u64, u64) {
    vm.heap.trace.as_ref().map_or((0, 0), |t| (t.current, t.peak))
}

fn get_traced_memory(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_traced_memory", 0, 0)?;
    let (cur, peak) = counters(vm);
    let a = vm.new_int(cur as i64);
    let b = vm.new_int(peak as i64);
    Ok(vm.new_tuple(vec![a, b]))
}

fn reset_peak(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "reset_peak", 0, 0)?;
    if let Some(t) = &mut vm.heap.trace {
        t.peak = t.current;
    }
    Ok(vm.none())
}

fn get_tracemalloc_memory(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_tracemalloc_memory", 0, 0)?;
    let n = match &vm.heap.trace {
        Some(t) => t.own_memory(),
        None => crate::heap::trace::TraceTable::new(1).own_memory(),
    };
    Ok(vm.new_int(n as i64))
}

/// The frames of traceback `id` as CPython's raw tuple: `((filename, lineno), ...)`,
/// most recent first. `cache` shares one tuple per traceback.
fn traceback_tuple(vm: &mut Vm, id: u32, cache: &mut HashMap<u32, ObjRef>, files: &mut HashMap<u32, ObjRef>) -> ObjRef {
    if let Some(&t) = cache.get(&id) {
        return vm.incref(t);
    }
    let frames: Vec<(u32, u32)> = match &vm.heap.trace {
        Some(t) => t.traceback(id).frames.to_vec(),
        None => Vec::new(),
    };
    let mut items = Vec::with_capacity(frames.len());
    for (f, line) in frames {
        let name = match files.get(&f) {
            Some(&n) => vm.incref(n),
            None => {
                let s = vm.heap.trace.as_ref().map(|t| t.filenames[f as usize].to_string()).unwrap_or_default();
                let n = vm.new_str(s);
                files.insert(f, vm.incref(n));
                n
            }
        };
        let l = vm.new_int(line as i64);
        items.push(vm.new_tuple(vec![name, l]));
    }
    let t = vm.new_tuple(items);
    cache.insert(id, vm.incref(t));
    t
}

fn total_nframe(vm: &Vm, id: u32) -> i64 {
    vm.heap.trace.as_ref().map_or(0, |t| t.traceback(id).total_nframe as i64)
}

fn get_object_traceback(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "_get_object_traceback", 1, 1)?;
    let r = args.args[0];
    if has_managed_dict(vm, r) {
        return Ok(vm.none());
    }
    let tb = match &vm.heap.trace {
        Some(t) => t.entries.get(r.index()).map_or(0, |e| e.tb),
        None => 0,
    };
    if tb == 0 {
        return Ok(vm.none());
    }
    let (mut cache, mut files) = (HashMap::new(), HashMap::new());
    let t = traceback_tuple(vm, tb, &mut cache, &mut files);
    release_caches(vm, cache, files);
    Ok(t)
}

/// CPython 3.11 looks an object up at its address minus the GC header only,
/// forgetting the managed-dict pre-header that instances of classes with a
/// `__dict__` carry (fixed in 3.12): it never finds their traceback.
fn has_managed_dict(vm: &Vm, r: ObjRef) -> bool {
    let ty = vm.heap.ty(r);
    let managed = matches!(vm.heap.get(ty), crate::heap::Payload::Type(t) if t.heap_type && t.has_dict);
    managed
        && !matches!(
            vm.heap.get(r),
            crate::heap::Payload::Int(_)
                | crate::heap::Payload::BigInt(_)
                | crate::heap::Payload::Tuple(_)
                | crate::heap::Payload::Str(_)
                | crate::heap::Payload::Bytes(_)
                | crate::heap::Payload::Exception(_)
        )
}

fn release_caches(vm: &mut Vm, cache: HashMap<u32, ObjRef>, files: HashMap<u32, ObjRef>) {
    for (_, r) in cache.into_iter().chain(files) {
        vm.decref(r);
    }
}

/// `_get_traces()`: `[(domain, size, traceback, total_nframe, count), ...]`.
fn get_traces(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "_get_traces", 0, 0)?;
    // Copy the records first: the objects built below are traced too, but
    // they are not part of this snapshot (as in CPython).
    let mut groups: HashMap<(u32, u64), u64> = HashMap::new();
    if let Some(t) = &vm.heap.trace {
        for e in &t.entries {
            if e.tb != 0 {
                *groups.entry((e.tb, e.size)).or_insert(0) += 1;
            }
            if e.stb != 0 {
                *groups.entry((e.stb, e.ssize)).or_insert(0) += 1;
            }
        }
    }
    let mut groups: Vec<((u32, u64), u64)> = groups.into_iter().collect();
    // A stable order (by traceback id, then size) keeps outputs reproducible.
    groups.sort_unstable();
    let (mut cache, mut files) = (HashMap::new(), HashMap::new());
    let mut out = Vec::with_capacity(groups.len());
    for ((tb, size), count) in groups {
        let domain = vm.new_int(0);
        let s = vm.new_int(size as i64);
        let frames = traceback_tuple(vm, tb, &mut cache, &mut files);
        let total = total_nframe(vm, tb);
        let total = vm.new_int(total);
        let c = vm.new_int(count as i64);
        out.push(vm.new_tuple(vec![domain, s, frames, total, c]));
    }
    release_caches(vm, cache, files);
    Ok(vm.new_list(out))
}

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_tracemalloc");
    vm.add_module_functions(
        m,
        &[
            ("start", start),
            ("stop", stop),
            ("is_tracing", is_tracing),
            ("clear_traces", clear_traces),
            ("get_traceback_limit", get_traceback_limit),
            ("get_traced_memory", get_traced_memory),
            ("reset_peak", reset_peak),
            ("get_tracemalloc_memory", get_tracemalloc_memory),
            ("_get_object_traceback", get_object_traceback),
            ("_get_traces", get_traces),
        ],
    );
    Ok(m)
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use crate::vm::Vm;

    /// Runs `src` as `test.py`; returns stdout (or the error text).
    fn run(src: &'static str) -> String {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                let mut vm = Vm::new(vec!["test.py".to_string()]);
                let cap = Rc::new(RefCell::new(Vec::new()));
                vm.stdout.capture = Some(cap.clone());
                let m = vm.new_module("__main__");
                let mods = vm.modules;
                vm.dict_set_str(mods, "__main__", m);
                let res = match vm.compile_source(src, "test.py", crate::syntax::Mode::Exec) {
                    Ok(code) => vm.exec_module_code(&code, m),
                    Err(e) => Err(e),
                };
                if let Err(e) = res {
                    let t = vm.format_exception_text(e.exc);
                    vm.drop_err(e);
                    return t;
                }
                vm.flush_std();
                let out = String::from_utf8(cap.borrow().clone()).unwrap();
                out
            })
            .unwrap()
            .join()
            .unwrap()
    }

    #[test]
    fn counts_allocations_frees_and_resizes() {
        let out = run(concat!(
            "import _tracemalloc as t\n",
            "t.start()\n",
            "a = t.get_traced_memory()[0]\n",
            "s = 'x' * 10000\n",
            "b = t.get_traced_memory()[0]\n",
            "del s\n",
            "c = t.get_traced_memory()[0]\n",
            "l = []\n",
            "for i in range(1000): l.append(None)\n",
            "d = t.get_traced_memory()[0]\n",
            "print(10049 <= b - a < 10200, c - a < 200, d - c >= 8000)\n",
            "print(t._get_object_traceback(l), t._get_object_traceback(t))\n",
            "t.stop()\n",
            "print(t.get_traced_memory(), t.is_tracing())\n",
        ));
        assert_eq!(out, "True True True\n(('test.py', 8),) None\n(0, 0) False\n");
    }
}
