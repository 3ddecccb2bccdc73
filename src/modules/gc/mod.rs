//! The `gc` module (CPython 3.11's interface to the cycle collector):
//! enable/disable, collect, counts and thresholds, debug flags, statistics,
//! tracked-object introspection, freeze, `garbage` and `callbacks`.
//! The collector itself: `heap/gc.rs` (bookkeeping, graph algorithm) and
//! `collect.rs` (the driver that runs finalizers and breaks cycles).

pub mod atexit;
pub mod collect;
pub mod unraisable;
pub mod verify;

use crate::heap::gc::PERMANENT;
use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

pub use collect::{DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE};

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("gc");
    vm.add_module_functions(
        m,
        &[
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("collect", collect),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("set_debug", set_debug),
            ("get_debug", get_debug),
            ("get_stats", get_stats),
            ("get_objects", get_objects),
            ("get_referrers", get_referrers),
            ("get_referents", get_referents),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
        ],
    );
    let d = vm.module_dict(m);
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL),
    ] {
        let o = vm.new_int(v);
        vm.dict_set_str(d, name, o);
        vm.decref(o);
    }
    // The module and the collector share one `garbage` and one `callbacks` list.
    for (name, which) in [("garbage", 0), ("callbacks", 1)] {
        let existing = if which == 0 { vm.heap.gc.garbage } else { vm.heap.gc.callbacks };
        let l = match existing {
            Some(l) => l,
            None => {
                let l = vm.new_list(Vec::new());
                if which == 0 {
                    vm.heap.gc.garbage = Some(l);
                } else {
                    vm.heap.gc.callbacks = Some(l);
                }
                l
            }
        };
        vm.dict_set_str(d, name, l);
    }
    Ok(m)
}

fn enable(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "enable", 0, 0)?;
    vm.heap.gc.enabled = true;
    vm.heap.gc.refresh_trigger();
    Ok(vm.none())
}

fn disable(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "disable", 0, 0)?;
    vm.heap.gc.enabled = false;
    vm.heap.gc.refresh_trigger();
    Ok(vm.none())
}

fn isenabled(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "isenabled", 0, 0)?;
    let e = vm.heap.gc.enabled;
    Ok(vm.new_bool(e))
}

fn int_arg(vm: &mut Vm, x: ObjRef) -> PyResult<i64> {
    if vm.isinstance_type(x, vm.t.float) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    vm.index_value(x)
}

fn collect(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.parse_args(args, "collect", &["generation"], 0, 0)?;
    let gen = match a[0] {
        Some(g) => int_arg(vm, g)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = vm.gc_run(gen as usize, true);
    Ok(vm.new_int(n))
}

fn int_tuple(vm: &mut Vm, v: &[i64]) -> ObjRef {
    let items: Vec<ObjRef> = v.iter().map(|&x| vm.new_int(x)).collect();
    vm.new_tuple(items)
}

fn get_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_count", 0, 0)?;
    let c = vm.heap.gc.count;
    Ok(int_tuple(vm, &c))
}

fn get_threshold(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_threshold", 0, 0)?;
    let t = vm.heap.gc.threshold;
    Ok(int_tuple(vm, &t))
}

fn set_threshold(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "set_threshold")?;
    let n = args.args.len();
    if n == 0 {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("set_threshold() takes at most 3 arguments ({n} given)")));
    }
    let mut t = vm.heap.gc.threshold;
    for (slot, &a) in t.iter_mut().zip(args.args) {
        *slot = int_arg(vm, a)?;
    }
    vm.heap.gc.threshold = t;
    vm.heap.gc.refresh_trigger();
    Ok(vm.none())
}

fn set_debug(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "set_debug", 1, 1)?;
    let v = int_arg(vm, args.args[0])?;
    vm.heap.gc.debug = v;
    Ok(vm.none())
}

fn get_debug(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_debug", 0, 0)?;
    let d = vm.heap.gc.debug;
    Ok(vm.new_int(d))
}

fn get_stats(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_stats", 0, 0)?;
    let stats = vm.heap.gc.stats;
    let mut items = Vec::new();
    for s in stats {
        let d = vm.new_dict();
        for (k, v) in [("collections", s.collections), ("collected", s.collected), ("uncollectable", s.uncollectable)] {
            let v = vm.new_int(v);
            vm.dict_set_str(d, k, v);
            vm.decref(v);
        }
        items.push(d);
    }
    Ok(vm.new_list(items))
}

/// Tracked objects of the given generations, in list order.
fn tracked_in(vm: &mut Vm, gens: std::ops::RangeInclusive<usize>) -> Vec<ObjRef> {
    let mut out = Vec::new();
    for g in gens {
        for o in vm.heap.gc_members(g) {
            if vm.heap.gc_is_tracked(o) {
                out.push(o);
            }
        }
    }
    out
}

fn get_objects(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let a = vm.parse_args(args, "get_objects", &["generation"], 0, 0)?;
    let range = match a[0] {
        Some(g) if g != vm.none_obj => {
            let g = int_arg(vm, g)?;
            if g >= 3 {
                return Err(vm.value_error("generation parameter must be less than the number of available generations (3)"));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            g as usize..=g as usize
        }
        _ => 0..=2,
    };
    let objs = tracked_in(vm, range);
    let items: Vec<ObjRef> = objs.into_iter().map(|o| vm.incref(o)).collect();
    Ok(vm.new_list(items))
}

/// What the object's `tp_traverse` visits, in its order (the collector
/// follows the same list, see `Heap::gc_traverse`); nothing for objects
/// that are not GC objects.
fn referents(vm: &Vm, o: ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    if vm.heap.is_gc(o) {
        vm.heap.gc_traverse(o, false, &mut |c| out.push(c));
    }
    out
}

fn get_referents(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "get_referents")?;
    let mut items = Vec::new();
    for &o in args.args {
        for c in referents(vm, o) {
            items.push(vm.incref(c));
        }
    }
    Ok(vm.new_list(items))
}

fn get_referrers(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.no_kwargs(args, "get_referrers")?;
    let all = tracked_in(vm, 0..=2);
    let mut items = Vec::new();
    for o in all {
        if referents(vm, o).iter().any(|x| args.args.contains(x)) {
            items.push(vm.incref(o));
        }
    }
    Ok(vm.new_list(items))
}

fn is_tracked(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "is_tracked", 1, 1)?;
    let t = vm.heap.gc_is_tracked(args.args[0]);
    Ok(vm.new_bool(t))
}

fn is_finalized(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "is_finalized", 1, 1)?;
    let o = args.args[0];
    let f = vm.heap.is_gc(o) && vm.heap.slot(o).gc.finalized;
    Ok(vm.new_bool(f))
}

fn freeze(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "freeze", 0, 0)?;
    for g in 0..3 {
        let m = vm.heap.gc_members(g);
        vm.heap.gc.gens[g].clear();
        vm.heap.gc_move_to(&m, PERMANENT);
        vm.heap.gc.count[g] = 0;
    }
    Ok(vm.none())
}

fn unfreeze(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "unfreeze", 0, 0)?;
    let p = vm.heap.gc_permanent();
    vm.heap.gc.permanent.clear();
    vm.heap.gc_move_to(&p, 2);
    Ok(vm.none())
}

fn get_freeze_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "get_freeze_count", 0, 0)?;
    let p = vm.heap.gc_permanent();
    let n = p.iter().filter(|&&o| vm.heap.slot(o).gc.tracked).count();
    Ok(vm.new_int(n as i64))
}
