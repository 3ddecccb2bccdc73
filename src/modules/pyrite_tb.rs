//! `_pyrite_tb`: what the Python `traceback` and `linecache` modules need
//! from the interpreter's own traceback printer (`vm/print_tb.rs`), so both
//! print the same thing: 3.11's caret lines, the source of embedded stdlib
//! modules, and which frames CPython never shows (`stdlib::hidden_in_tracebacks`).

use crate::bytecode::Loc;
use crate::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

/// `carets(line, colno, end_colno, multiline)`: the caret line ("    ~~^^\n")
/// under `line` (the original source line) for byte columns colno..end_colno,
/// or '' when CPython shows none.
fn carets(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "carets", 4, 4)?;
    let line = vm.as_str(args.args[0]).unwrap_or("").to_string();
    let col = vm.index_value(args.args[1])?;
    let end_col = vm.index_value(args.args[2])?;
    let multiline = vm.truthy(args.args[3])?;
    let line = line.trim_end_matches(['\n', '\r']);
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    let lead = line.len() - stripped.len();
    let loc = Loc { line: 1, end_line: if multiline { 2 } else { 1 }, col: col.max(0) as u32, end_col: end_col.max(0) as u32 };
    let s = crate::vm::print_tb::caret_line(line, lead, loc).unwrap_or_default();
    Ok(vm.new_str(s))
}

/// `hidden(filename)`: frames of this file are left out of tracebacks.
fn hidden(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "hidden", 1, 1)?;
    let h = vm.as_str(args.args[0]).is_some_and(crate::modules::stdlib::hidden_in_tracebacks);
    Ok(vm.new_bool(h))
}

/// `getlines(filename)`: the file's lines (with their newlines) as the
/// traceback printer sees them, or [] when it has none.
fn getlines(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getlines", 1, 1)?;
    let name = vm.as_str(args.args[0]).unwrap_or("").to_string();
    let lines: Vec<String> = match vm.traceback_source(&name) {
        Some(src) => src.split_inclusive('\n').map(|l| l.to_string()).collect(),
        None => Vec::new(),
    };
    let items = lines.into_iter().map(|l| vm.new_str(l)).collect();
    Ok(vm.new_list(items))
}

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_pyrite_tb");
    vm.add_module_functions(m, &[("carets", carets), ("hidden", hidden), ("getlines", getlines)]);
    Ok(m)
}
