//! Code-object attributes beyond the simple ones answered in
//! `object.rs::builtin_getattr`: `co_consts`, `co_stacksize`, `co_code`,
//! `co_linetable`, `co_exceptiontable`, `co_lnotab`, and the `co_lines()` /
//! `co_positions()` iterators.
//!
//! Offsets are CPython's: 2 bytes per instruction (pyrite has no inline
//! caches, so offsets are `2 * instruction index`, the unit `f_lasti` and
//! `tb_lasti` use too).

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

fn code_of(vm: &mut Vm, args: &Args) -> PyResult<(Rc<CodeObject>, Rc<[ObjRef]>)> {
    match vm.heap.get(args.args[0]) {
        Payload::Code(cd) => Ok((cd.code.clone(), cd.consts.clone())),
        _ => Err(vm.type_error("descriptor requires a 'code' object")),
    }
}

fn co_consts(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, consts) = code_of(vm, args)?;
    let items = consts.iter().map(|&c| vm.incref(c)).collect();
    Ok(vm.new_tuple(items))
}

fn co_stacksize(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (code, _) = code_of(vm, args)?;
    Ok(vm.new_int(code.stacksize as i64))
}

/// Two bytes per instruction: an opcode-like tag and the low byte of its
/// argument. Not CPython's bytecode (the instruction sets differ in detail)
/// but the right length and stable.
fn co_code(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (code, _) = code_of(vm, args)?;
    let mut out = Vec::with_capacity(code.instructions.len() * 2);
    for i in &code.instructions {
        let text = format!("{i:?}");
        let tag = text.bytes().fold(0u8, |h, b| h.wrapping_mul(31).wrapping_add(b));
        out.push(tag);
        out.push(i.jump_target().unwrap_or(0) as u8);
    }
    Ok(vm.new_bytes(out))
}

/// How many 2-byte code units CPython 3.11 would give this code: each
/// instruction, the RESUME prologue (after RETURN_GENERATOR and POP_TOP in
/// generators, and after each YIELD_VALUE), PRECALL before each CALL, and
/// the inline CACHE entries of the specialisable instructions
/// (`opcode._inline_cache_entries`).
/// EXTENDED_ARG prefixes are not counted.
pub fn cpython_code_units(code: &CodeObject) -> usize {
    use crate::bytecode::Instr as I;
    let prologue = if code.is_generator() { 3 } else { 1 };
    let body: usize = code
        .instructions
        .iter()
        .map(|i| match i {
            // YIELD_VALUE is followed by a RESUME.
            I::BinaryOp(_) | I::StoreSubscr | I::UnpackSequence(_) | I::YieldValue => 2,
            I::CompareOp(_) => 3,
            I::BinarySubscr | I::StoreAttr(_) | I::LoadAttr(_) => 5,
            I::LoadGlobal { .. } => 6,
            I::LoadMethod(_) => 11,
            // PRECALL + its cache, CALL + 4 caches.
            I::Call(_) => 7,
            _ => 1,
        })
        .sum();
    prologue + body
}

/// `code.__sizeof__`: CPython's `_PyObject_VAR_SIZE` of the code type
/// (184-byte header, 2 bytes per code unit, rounded up to 8).
fn code_sizeof(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (code, _) = code_of(vm, args)?;
    let n = (184 + 2 * cpython_code_units(&code) + 7) & !7;
    Ok(vm.new_int(n as i64))
}

fn co_empty_bytes(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    code_of(vm, args)?;
    Ok(vm.new_bytes(Vec::new()))
}

/// `(start, end, line)` ranges of consecutive instructions on one line.
fn line_ranges(code: &CodeObject) -> Vec<(usize, usize, u32)> {
    let mut out: Vec<(usize, usize, u32)> = Vec::new();
    for (i, loc) in code.locations.iter().enumerate().take(code.instructions.len()) {
        match out.last_mut() {
            Some(last) if last.2 == loc.line => last.1 = 2 * i + 2,
            _ => out.push((2 * i, 2 * i + 2, loc.line)),
        }
    }
    out
}

fn opt_line(vm: &mut Vm, l: u32) -> ObjRef {
    if l == 0 {
        vm.none()
    } else {
        vm.new_int(l as i64)
    }
}

fn co_lines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (code, _) = code_of(vm, args)?;
    let mut items = Vec::new();
    for (s, e, l) in line_ranges(&code) {
        let t = vec![vm.new_int(s as i64), vm.new_int(e as i64), opt_line(vm, l)];
        items.push(vm.new_tuple(t));
    }
    let l = vm.new_list(items);
    let r = vm.iter(l);
    vm.decref(l);
    r
}

fn co_positions(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (code, _) = code_of(vm, args)?;
    let mut items = Vec::new();
    for i in 0..code.instructions.len() {
        let loc = code.locations.get(i).copied().unwrap_or_default();
        let t = if loc.line == 0 {
            vec![vm.none(), vm.none(), vm.none(), vm.none()]
        } else {
            vec![vm.new_int(loc.line as i64), opt_line(vm, loc.end_line), vm.new_int(loc.col as i64), vm.new_int(loc.end_col as i64)]
        };
        items.push(vm.new_tuple(t));
    }
    let l = vm.new_list(items);
    let r = vm.iter(l);
    vm.decref(l);
    r
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("co_lines", co_lines),
    MethodDef::method("co_positions", co_positions),
    MethodDef::method("__sizeof__", code_sizeof),
];

const GETTERS: &[MethodDef] = &[
    MethodDef::method("co_consts", co_consts),
    MethodDef::method("co_stacksize", co_stacksize),
    MethodDef::method("co_code", co_code),
    MethodDef::method("co_linetable", co_empty_bytes),
    MethodDef::method("co_exceptiontable", co_empty_bytes),
    MethodDef::method("co_lnotab", co_empty_bytes),
];

pub fn register(vm: &mut Vm) {
    let t = vm.t.code;
    vm.add_methods(t, METHODS);
    vm.add_properties(t, GETTERS);
}
