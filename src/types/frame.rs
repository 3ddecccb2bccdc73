//! Frame objects (`sys._getframe()`, `tb_frame`, `gi_frame`, the first
//! argument of trace functions), made on demand for a running frame's
//! shadow entry (see `vm/frame.rs`), as CPython 3.11 materialises a
//! `PyFrameObject` for an `_PyInterpreterFrame`.
//!
//! While its frame is alive a frame object shares the frame's fast-local
//! slots without owning their values; when the frame finishes while the
//! object is still referenced, the object takes the slots over (CPython's
//! `take_ownership`), remembers its last instruction and links `f_back` to
//! the caller's frame object, so it stays valid.

use std::cell::Cell;

use crate::heap::{NativeData, ObjRef, Payload};
use crate::vm::frame::{line_at, new_slots, FastSlots, ENTRY_LASTI};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

pub struct FrameObject {
    /// Owned refs.
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub locals: Option<ObjRef>,
    /// The frame's fast locals; the values are owned only when `owns_fast`.
    pub fast: FastSlots,
    pub owns_fast: bool,
    /// The frame has finished (or the object was detached from it).
    pub finished: bool,
    /// Last known instruction (synced when the frame pauses or finishes).
    pub lasti: u32,
    /// `f_back` of a finished frame (owned).
    pub back: Option<ObjRef>,
    /// `f_trace` (owned), `f_trace_lines`, `f_trace_opcodes`.
    pub trace: Option<ObjRef>,
    pub trace_lines: bool,
    pub trace_opcodes: bool,
    /// The `f_locals` dict of a function frame (owned), synced from the fast
    /// locals on each access (3.11's `PyFrame_FastToLocals`).
    pub locals_dict: Option<ObjRef>,
    /// The function whose frame this is (owned; CPython's `f_func`).
    pub func: Option<ObjRef>,
}

impl NativeData for FrameObject {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        self.traverse(&mut |r, _| visit(r));
    }
    /// frame_traverse: `f_back` and `f_trace`; the frame's own references
    /// only once the object owns the frame (it finished while referenced) —
    /// locals mapping, function, code, fast locals. A running frame (or a
    /// suspended generator's) belongs to its owner, which visits them.
    fn traverse(&self, visit: &mut dyn FnMut(ObjRef, bool)) {
        let owned = self.finished;
        self.back.iter().for_each(|&r| visit(r, true));
        self.trace.iter().for_each(|&r| visit(r, true));
        self.locals.iter().for_each(|&r| visit(r, owned));
        self.locals_dict.iter().for_each(|&r| visit(r, owned));
        self.func.iter().for_each(|&r| visit(r, owned));
        visit(self.code, owned);
        if self.owns_fast {
            self.fast.iter().filter_map(Cell::get).for_each(|r| visit(r, owned));
        }
        visit(self.globals, false);
        visit(self.builtins, false);
    }
    fn sizeof(&self) -> usize {
        104
    }
    /// checker helper: `frame_tp_clear` — a frame in a garbage cycle (say a
    /// local holding its own frame) lets go of its locals, `f_back` and `f_trace`.
    fn clear(&mut self) -> Vec<ObjRef> {
        let mut out: Vec<ObjRef> = Vec::new();
        if self.owns_fast {
            out.extend(self.fast.iter().filter_map(Cell::take));
        }
        out.extend(self.back.take());
        out.extend(self.trace.take());
        out.extend(self.locals_dict.take());
        out
    }
}

pub fn frame_data(vm: &Vm, fo: ObjRef) -> Option<&FrameObject> {
    match vm.heap.get(fo) {
        Payload::Native(n) => n.as_any().downcast_ref::<FrameObject>(),
        _ => None,
    }
}

pub fn frame_data_mut(vm: &mut Vm, fo: ObjRef) -> Option<&mut FrameObject> {
    match vm.heap.get_mut(fo) {
        Payload::Native(n) => n.as_any_mut().downcast_mut::<FrameObject>(),
        _ => None,
    }
}

/// The frame object of shadow entry `i` (borrowed; made if needed).
pub fn materialize(vm: &mut Vm, i: usize) -> ObjRef {
    if let Some(fo) = vm.frames.entries[i].frame_obj {
        return fo;
    }
    let e = &vm.frames.entries[i];
    let (code, globals, builtins, locals, fast, func) = (e.code, e.globals, e.builtins, e.locals, e.fast.clone(), e.func);
    let lasti = vm.frames.lasti_of(i);
    let fo = new_frame_object(vm, code, globals, builtins, locals, fast, lasti, func);
    vm.frames.entries[i].frame_obj = Some(fo);
    fo
}

#[allow(clippy::too_many_arguments)]
fn new_frame_object(vm: &mut Vm, code: ObjRef, globals: ObjRef, builtins: ObjRef, locals: Option<ObjRef>, fast: FastSlots, lasti: u32, func: Option<ObjRef>) -> ObjRef {
    if let Some(f) = func {
        vm.incref(f);
    }
    vm.incref(code);
    vm.incref(globals);
    vm.incref(builtins);
    if let Some(l) = locals {
        vm.incref(l);
    }
    let data = FrameObject {
        code,
        globals,
        builtins,
        locals,
        fast,
        owns_fast: false,
        finished: false,
        lasti,
        back: None,
        trace: None,
        trace_lines: true,
        trace_opcodes: false,
        locals_dict: None,
        func,
    };
    let t = vm.t.frame;
    vm.alloc(t, Payload::Native(Box::new(data)))
}

/// The frame object of a suspended generator's frame (owned; None when
/// the generator has finished).
pub fn gen_frame(vm: &mut Vm, gen: ObjRef) -> Option<ObjRef> {
    // A running generator's frame is on the shadow stack, holding its frame object.
    let (code, globals, builtins, locals, fast, lasti, started, existing, running, func) = match vm.heap.get(gen) {
        Payload::Generator(g) => {
            let f = g.frame.as_ref()?;
            (f.code_obj, f.globals, f.builtins, f.locals, f.fast.clone(), f.lasti as u32, f.started_flag, f.frame_obj, g.running, f.func)
        }
        _ => return None,
    };
    if running {
        // Its shadow entry is the one sharing its slots.
        let i = vm.frames.entries.iter().rposition(|e| std::rc::Rc::ptr_eq(&e.fast, &fast))?;
        let fo = materialize(vm, i);
        return Some(vm.incref(fo));
    }
    if let Some(fo) = existing {
        return Some(vm.incref(fo));
    }
    let fo = new_frame_object(vm, code, globals, builtins, locals, fast, if started { lasti } else { ENTRY_LASTI }, func);
    if let Payload::Generator(g) = vm.heap.get_mut(gen) {
        if let Some(f) = g.frame.as_mut() {
            f.frame_obj = Some(fo);
        }
    }
    Some(vm.incref(fo))
}

/// Records the instruction a frame paused at.
pub fn set_lasti(vm: &mut Vm, fo: ObjRef, lasti: u32) {
    if let Some(d) = frame_data_mut(vm, fo) {
        d.lasti = lasti;
    }
}

/// The frame of `fo` is finishing (its owner is about to drop its reference).
/// Returns true when the object outlives the frame and took over its slots.
pub fn frame_finished(vm: &mut Vm, fo: ObjRef, lasti: u32) -> bool {
    let survives = vm.heap.rc(fo) > 1;
    if !survives {
        if let Some(d) = frame_data_mut(vm, fo) {
            d.fast = new_slots(0);
            d.finished = true;
        }
        return false;
    }
    // f_back: the caller, which is now the innermost running frame.
    let back = match vm.frames.entries.len() {
        0 => None,
        n => Some(materialize(vm, n - 1)),
    };
    if let Some(b) = back {
        vm.incref(b);
    }
    let Some(d) = frame_data_mut(vm, fo) else {
        vm.xdecref(back);
        return false;
    };
    d.lasti = lasti;
    d.finished = true;
    d.owns_fast = true;
    let old = std::mem::replace(&mut d.back, back);
    vm.xdecref(old);
    true
}

/// Where a frame object's frame runs: Some(shadow index) while running.
fn running_index(vm: &Vm, fo: ObjRef) -> Option<usize> {
    vm.frames.entries.iter().rposition(|e| e.frame_obj == Some(fo))
}

/// The current instruction of a frame object's frame.
pub fn frame_lasti(vm: &Vm, fo: ObjRef) -> u32 {
    match running_index(vm, fo) {
        Some(i) => vm.frames.lasti_of(i),
        None => frame_data(vm, fo).map_or(0, |d| d.lasti),
    }
}

/// The current line of a frame object's frame.
pub fn frame_lineno(vm: &Vm, fo: ObjRef) -> u32 {
    let Some(d) = frame_data(vm, fo) else { return 0 };
    let lasti = frame_lasti(vm, fo);
    match vm.heap.get(d.code) {
        Payload::Code(cd) => line_at(&cd.code, lasti),
        _ => 0,
    }
}

/// `f_locals`: the locals mapping of module/class frames, otherwise the
/// frame's dict refreshed from its fast locals (owned).
pub fn frame_locals(vm: &mut Vm, fo: ObjRef) -> PyResult<ObjRef> {
    let Some(d) = frame_data(vm, fo) else { return Ok(vm.none()) };
    if let Some(l) = d.locals {
        return Ok(vm.incref(l));
    }
    let (code_obj, fast, dict) = (d.code, d.fast.clone(), d.locals_dict);
    let dict = match dict {
        Some(x) => x,
        None => {
            let x = vm.new_dict();
            if let Some(d) = frame_data_mut(vm, fo) {
                d.locals_dict = Some(x);
            }
            x
        }
    };
    let Payload::Code(cd) = vm.heap.get(code_obj) else { return Ok(vm.incref(dict)) };
    let code = cd.code.clone();
    let nlocals = code.nlocals as usize;
    for (i, name) in code.localsplus_names.iter().enumerate() {
        let v = fast.get(i).and_then(Cell::get);
        let is_cell_slot = i >= nlocals || code.cell_slots.contains(&(i as u32));
        let v = match v {
            Some(v) => match vm.heap.get(v) {
                Payload::Cell(inner) if is_cell_slot => *inner,
                _ => Some(v),
            },
            None => None,
        };
        let k = vm.intern(name);
        let r = match v {
            Some(v) => vm.dict_set_item(dict, k, v),
            None => vm.dict_del_item(dict, k).map(|_| ()),
        };
        vm.decref(k);
        r?;
    }
    Ok(vm.incref(dict))
}

/// The locals dict `locals()`, `vars()`, `dir()`, `eval()` and `exec()` see
/// in the innermost (function) frame, refreshed from its fast locals (owned).
/// As in 3.11 a frame has one such dict, kept on its frame object: names that
/// `exec` stored there stay until the next refresh, which only adds the
/// bound fast locals and drops the unbound ones.
pub fn innermost_fast_locals(vm: &mut Vm) -> ObjRef {
    let Some(i) = vm.frames.entries.len().checked_sub(1) else { return vm.new_dict() };
    let fo = materialize(vm, i);
    match frame_locals(vm, fo) {
        Ok(d) => d,
        Err(e) => {
            vm.drop_err(e);
            vm.new_dict()
        }
    }
}

/// Writes the `f_locals` dict back into the fast locals (after a trace
/// function ran; 3.11's `PyFrame_LocalsToFast(frame, 1)`).
pub fn locals_to_fast(vm: &mut Vm, fo: ObjRef) {
    let Some(d) = frame_data(vm, fo) else { return };
    let (Some(dict), None) = (d.locals_dict, d.locals) else { return };
    let (code_obj, fast) = (d.code, d.fast.clone());
    let Payload::Code(cd) = vm.heap.get(code_obj) else { return };
    let code = cd.code.clone();
    let nlocals = code.nlocals as usize;
    for (i, name) in code.localsplus_names.iter().enumerate() {
        let Some(slot) = fast.get(i) else { break };
        let new = vm.dict_get_str(dict, name);
        let is_cell_slot = i >= nlocals || code.cell_slots.contains(&(i as u32));
        let cur = slot.get();
        if let Some(c) = cur.filter(|&c| is_cell_slot && matches!(vm.heap.get(c), Payload::Cell(_))) {
            let old_inner = match vm.heap.get(c) {
                Payload::Cell(x) => *x,
                _ => None,
            };
            if old_inner == new {
                continue;
            }
            if let Some(n) = new {
                vm.incref(n);
            }
            if let Payload::Cell(x) = vm.heap.get_mut(c) {
                *x = new;
            }
            vm.xdecref(old_inner);
            continue;
        }
        if cur == new {
            continue;
        }
        if let Some(n) = new {
            vm.incref(n);
        }
        slot.set(new);
        vm.xdecref(cur);
    }
}

fn self_frame(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = args.args[0];
    if frame_data(vm, fo).is_none() {
        return Err(vm.type_error("descriptor requires a 'frame' object"));
    }
    Ok(fo)
}

fn f_back(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    if let Some(i) = running_index(vm, fo) {
        if i == 0 {
            return Ok(vm.none());
        }
        let b = materialize(vm, i - 1);
        return Ok(vm.incref(b));
    }
    match frame_data(vm, fo).and_then(|d| d.back) {
        Some(b) => Ok(vm.incref(b)),
        None => Ok(vm.none()),
    }
}

fn f_code(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let c = frame_data(vm, fo).map(|d| d.code).unwrap_or(vm.none_obj);
    Ok(vm.incref(c))
}

fn f_globals(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let c = frame_data(vm, fo).map(|d| d.globals).unwrap_or(vm.none_obj);
    Ok(vm.incref(c))
}

fn f_builtins(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let c = frame_data(vm, fo).map(|d| d.builtins).unwrap_or(vm.none_obj);
    Ok(vm.incref(c))
}

fn f_lineno(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let l = frame_lineno(vm, fo);
    Ok(vm.new_int(l as i64))
}

fn f_lasti(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let l = frame_lasti(vm, fo);
    // CPython counts bytes (2 per code unit); before the first instruction
    // the frame is at its RESUME, offset 0.
    let v = if l == ENTRY_LASTI { 0 } else { l as i64 * 2 };
    Ok(vm.new_int(v))
}

fn f_locals(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    frame_locals(vm, fo)
}

fn f_trace_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    match frame_data(vm, fo).and_then(|d| d.trace) {
        Some(t) => Ok(vm.incref(t)),
        None => Ok(vm.none()),
    }
}

fn f_trace_set(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let v = args.args.get(1).copied().filter(|&v| v != vm.none_obj);
    if let Some(v) = v {
        vm.incref(v);
    }
    let old = frame_data_mut(vm, fo).and_then(|d| std::mem::replace(&mut d.trace, v));
    vm.xdecref(old);
    Ok(vm.none())
}

fn f_trace_del(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let old = frame_data_mut(vm, fo).and_then(|d| d.trace.take());
    vm.xdecref(old);
    Ok(vm.none())
}

fn f_trace_lines_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let b = frame_data(vm, fo).is_some_and(|d| d.trace_lines);
    Ok(vm.new_bool(b))
}

fn set_flag(vm: &mut Vm, args: &Args, set: fn(&mut FrameObject, bool)) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let v = args.args.get(1).copied();
    let b = match v {
        Some(v) if v == vm.true_obj => true,
        Some(v) if v == vm.false_obj => false,
        _ => return Err(vm.type_error("attribute value type must be bool")),
    };
    if let Some(d) = frame_data_mut(vm, fo) {
        set(d, b);
    }
    Ok(vm.none())
}

fn f_trace_lines_set(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    set_flag(vm, args, |d, b| d.trace_lines = b)
}

fn f_trace_opcodes_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let b = frame_data(vm, fo).is_some_and(|d| d.trace_opcodes);
    Ok(vm.new_bool(b))
}

fn f_trace_opcodes_set(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    set_flag(vm, args, |d, b| d.trace_opcodes = b)
}

fn frame_clear(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    if running_index(vm, fo).is_some() {
        return Err(vm.runtime_error("cannot clear an executing frame"));
    }
    let Some(d) = frame_data_mut(vm, fo) else { return Ok(vm.none()) };
    if !d.finished {
        // A suspended generator's frame: CPython closes the generator; the
        // frame's values belong to the generator here, so leave them.
        return Ok(vm.none());
    }
    let mut dropped = Vec::new();
    if d.owns_fast {
        for c in d.fast.iter() {
            dropped.extend(c.take());
        }
    }
    dropped.extend(d.locals_dict.take());
    dropped.extend(d.trace.take());
    for r in dropped {
        vm.decref(r);
    }
    Ok(vm.none())
}

fn frame_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let line = frame_lineno(vm, fo);
    let code = frame_data(vm, fo).map(|d| d.code);
    let (file, name) = match code.map(|c| vm.heap.get(c)) {
        Some(Payload::Code(cd)) => (cd.code.filename.to_string(), cd.code.name.to_string()),
        _ => (String::new(), String::new()),
    };
    let addr = vm.heap.address(fo);
    let file = crate::format::str_repr(&file);
    Ok(vm.new_str(format!("<frame at {addr:#x}, file {file}, line {line}, code {name}>")))
}

fn frame_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let fo = self_frame(vm, args)?;
    let n = match frame_data(vm, fo).map(|d| vm.heap.get(d.code)) {
        // offsetof(PyFrameObject, _f_frame_data) (48) + the interpreter
        // frame's header (72), then one slot per local and stack entry.
        Some(Payload::Code(cd)) => 120 + 8 * (cd.code.nlocalsplus() + cd.code.stacksize as usize),
        _ => 120,
    };
    Ok(vm.new_int(n as i64))
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("clear", frame_clear),
    MethodDef::method("__repr__", frame_repr),
    MethodDef::method("__sizeof__", frame_sizeof),
];

const GETTERS: &[MethodDef] = &[
    MethodDef::method("f_back", f_back),
    MethodDef::method("f_code", f_code),
    MethodDef::method("f_globals", f_globals),
    MethodDef::method("f_builtins", f_builtins),
    MethodDef::method("f_lineno", f_lineno),
    MethodDef::method("f_lasti", f_lasti),
    MethodDef::method("f_locals", f_locals),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.frame;
    vm.add_methods(t, METHODS);
    vm.add_properties(t, GETTERS);
    type Fns = (&'static str, crate::heap::NativeFn, crate::heap::NativeFn, Option<crate::heap::NativeFn>);
    let settable: &[Fns] = &[
        ("f_trace", f_trace_get, f_trace_set, Some(f_trace_del)),
        ("f_trace_lines", f_trace_lines_get, f_trace_lines_set, None),
        ("f_trace_opcodes", f_trace_opcodes_get, f_trace_opcodes_set, None),
    ];
    for &(name, get, set, del) in settable {
        let g = vm.new_builtin_function(name, get);
        let s = vm.new_builtin_function(name, set);
        let d = del.map(|d| vm.new_builtin_function(name, d));
        let pt = vm.t.property;
        let p = vm.alloc(pt, Payload::Property(Box::new([Some(g), Some(s), d, None])));
        let dict = vm.type_dict(t);
        vm.dict_set_str(dict, name, p);
        vm.decref(p);
    }
    vm.type_modified(t);
}
