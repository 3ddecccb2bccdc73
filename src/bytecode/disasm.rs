//! A disassembler in the style of CPython 3.11's `python3 -m dis`: line
//! numbers, offsets (instruction index × 2, CPython's byte offsets without
//! caches), UPPER_CASE opnames, arguments with their `(repr)`, `>>` on jump
//! targets, the exception table, then nested code objects.

use std::fmt::Write;

use super::code::{CodeObject, ConstValue};
use super::opcode::{format_value, make_function, Instr};

/// Python-style repr of a constant (good enough for a disassembly listing).
pub fn const_repr(c: &ConstValue) -> String {
    match c {
        ConstValue::None => "None".into(),
        ConstValue::True => "True".into(),
        ConstValue::False => "False".into(),
        ConstValue::Ellipsis => "Ellipsis".into(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => float_repr(*f),
        ConstValue::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", float_short(*imag))
            } else {
                format!("({}{}{}j)", float_short(*real), if *imag >= 0.0 || imag.is_nan() { "+" } else { "-" }, float_short(imag.abs()))
            }
        }
        ConstValue::Str(s) => str_repr(s),
        ConstValue::Bytes(b) => {
            let mut out = String::from("b'");
            for &x in b.iter() {
                match x {
                    b'\'' => out.push_str("\\'"),
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => {
                        let _ = write!(out, "\\x{x:02x}");
                    }
                }
            }
            out.push('\'');
            out
        }
        ConstValue::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        ConstValue::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        ConstValue::Code(co) => code_header(co),
    }
}

fn float_short(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let a = f.abs();
    if a != 0.0 && !(1e-4..1e16).contains(&a) {
        let s = format!("{f:e}");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    let s = format!("{f:?}");
    if s.contains('.') || s.contains('e') {
        s
    } else {
        format!("{s}.0")
    }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn code_header(co: &CodeObject) -> String {
    format!(
        "<code object {} at 0x{:012x}, file \"{}\", line {}>",
        co.name,
        co as *const CodeObject as usize,
        co.filename,
        co.first_line
    )
}

/// The CPython opname of an instruction at `index` (jumps get their 3.11 direction).
pub fn opname(i: &Instr, index: usize) -> &'static str {
    use Instr::*;
    let back = |t: u32| (t as usize) <= index;
    match *i {
        Nop => "NOP",
        PopTop => "POP_TOP",
        PushNull => "PUSH_NULL",
        Copy(_) => "COPY",
        Swap(_) => "SWAP",
        UnaryPositive => "UNARY_POSITIVE",
        UnaryNegative => "UNARY_NEGATIVE",
        UnaryNot => "UNARY_NOT",
        UnaryInvert => "UNARY_INVERT",
        BinaryOp(_) => "BINARY_OP",
        BinarySubscr => "BINARY_SUBSCR",
        StoreSubscr => "STORE_SUBSCR",
        DeleteSubscr => "DELETE_SUBSCR",
        CompareOp(_) => "COMPARE_OP",
        IsOp(_) => "IS_OP",
        ContainsOp(_) => "CONTAINS_OP",
        GetIter => "GET_ITER",
        GetYieldFromIter => "GET_YIELD_FROM_ITER",
        ForIter(_) => "FOR_ITER",
        PrintExpr => "PRINT_EXPR",
        LoadBuildClass => "LOAD_BUILD_CLASS",
        LoadAssertionError => "LOAD_ASSERTION_ERROR",
        ReturnValue => "RETURN_VALUE",
        YieldValue => "YIELD_VALUE",
        Send(_) => "SEND",
        SetupAnnotations => "SETUP_ANNOTATIONS",
        ImportStar => "IMPORT_STAR",
        PopExcept => "POP_EXCEPT",
        Reraise(_) | ReraiseLasti(_) => "RERAISE",
        PushExcInfo => "PUSH_EXC_INFO",
        CheckExcMatch => "CHECK_EXC_MATCH",
        WithExceptStart => "WITH_EXCEPT_START",
        BeforeWith => "BEFORE_WITH",
        GetAwaitable(_) => "GET_AWAITABLE",
        GetAiter => "GET_AITER",
        GetAnext => "GET_ANEXT",
        EndAsyncFor => "END_ASYNC_FOR",
        BeforeAsyncWith => "BEFORE_ASYNC_WITH",
        AsyncGenWrap => "ASYNC_GEN_WRAP",
        StoreName(_) => "STORE_NAME",
        DeleteName(_) => "DELETE_NAME",
        UnpackSequence(_) => "UNPACK_SEQUENCE",
        UnpackEx { .. } => "UNPACK_EX",
        StoreAttr(_) => "STORE_ATTR",
        DeleteAttr(_) => "DELETE_ATTR",
        StoreGlobal(_) => "STORE_GLOBAL",
        DeleteGlobal(_) => "DELETE_GLOBAL",
        LoadConst(_) => "LOAD_CONST",
        LoadName(_) => "LOAD_NAME",
        BuildTuple(_) => "BUILD_TUPLE",
        BuildList(_) => "BUILD_LIST",
        BuildSet(_) => "BUILD_SET",
        BuildMap(_) => "BUILD_MAP",
        BuildConstKeyMap(_) => "BUILD_CONST_KEY_MAP",
        BuildString(_) => "BUILD_STRING",
        BuildSlice(_) => "BUILD_SLICE",
        LoadAttr(_) => "LOAD_ATTR",
        LoadMethod(_) => "LOAD_METHOD",
        ImportName(_) => "IMPORT_NAME",
        ImportFrom(_) => "IMPORT_FROM",
        Jump(t) => {
            if back(t) {
                "JUMP_BACKWARD"
            } else {
                "JUMP_FORWARD"
            }
        }
        PopJumpIfFalse(t) => {
            if back(t) {
                "POP_JUMP_BACKWARD_IF_FALSE"
            } else {
                "POP_JUMP_FORWARD_IF_FALSE"
            }
        }
        PopJumpIfTrue(t) => {
            if back(t) {
                "POP_JUMP_BACKWARD_IF_TRUE"
            } else {
                "POP_JUMP_FORWARD_IF_TRUE"
            }
        }
        PopJumpIfNone(t) => {
            if back(t) {
                "POP_JUMP_BACKWARD_IF_NONE"
            } else {
                "POP_JUMP_FORWARD_IF_NONE"
            }
        }
        PopJumpIfNotNone(t) => {
            if back(t) {
                "POP_JUMP_BACKWARD_IF_NOT_NONE"
            } else {
                "POP_JUMP_FORWARD_IF_NOT_NONE"
            }
        }
        JumpIfFalseOrPop(_) => "JUMP_IF_FALSE_OR_POP",
        JumpIfTrueOrPop(_) => "JUMP_IF_TRUE_OR_POP",
        LoadGlobal { .. } => "LOAD_GLOBAL",
        LoadFast(_) => "LOAD_FAST",
        StoreFast(_) => "STORE_FAST",
        DeleteFast(_) => "DELETE_FAST",
        RaiseVarargs(_) => "RAISE_VARARGS",
        MakeFunction(_) => "MAKE_FUNCTION",
        MakeCell(_) => "MAKE_CELL",
        LoadClosure(_) => "LOAD_CLOSURE",
        LoadDeref(_) => "LOAD_DEREF",
        StoreDeref(_) => "STORE_DEREF",
        DeleteDeref(_) => "DELETE_DEREF",
        LoadClassDeref(_) => "LOAD_CLASSDEREF",
        CopyFreeVars(_) => "COPY_FREE_VARS",
        CallFunctionEx(_) => "CALL_FUNCTION_EX",
        ListAppend(_) => "LIST_APPEND",
        SetAdd(_) => "SET_ADD",
        MapAdd(_) => "MAP_ADD",
        ListExtend(_) => "LIST_EXTEND",
        SetUpdate(_) => "SET_UPDATE",
        DictMerge(_) => "DICT_MERGE",
        DictUpdate(_) => "DICT_UPDATE",
        ListToTuple => "LIST_TO_TUPLE",
        KwNames(_) => "KW_NAMES",
        Call(_) => "CALL",
        FormatValue { .. } => "FORMAT_VALUE",
        GetLen => "GET_LEN",
        MatchMapping => "MATCH_MAPPING",
        MatchSequence => "MATCH_SEQUENCE",
        MatchKeys => "MATCH_KEYS",
        MatchClass(_) => "MATCH_CLASS",
        CheckEgMatch => "CHECK_EG_MATCH",
        PrepReraiseStar => "PREP_RERAISE_STAR",
    }
}

/// The numeric argument and its `(repr)` as `dis` prints them.
fn arg_and_repr(co: &CodeObject, i: &Instr, index: usize) -> (Option<i64>, String) {
    use Instr::*;
    let name = |k: u32| co.names.get(k as usize).map_or_else(|| "?".to_string(), |s| s.to_string());
    let local = |k: u32| co.localsplus_names.get(k as usize).map_or_else(|| "?".to_string(), |s| s.to_string());
    let konst = |k: u32| co.consts.get(k as usize).map_or_else(|| "?".to_string(), const_repr);
    let jump = |t: u32| {
        let delta = t as i64 - index as i64 - 1;
        (Some(delta.abs()), format!("to {}", t * 2))
    };
    match *i {
        Copy(n) | Swap(n) | UnpackSequence(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildMap(n)
        | BuildConstKeyMap(n) | BuildString(n) | BuildSlice(n) | RaiseVarargs(n) | CopyFreeVars(n) | ListAppend(n)
        | SetAdd(n) | MapAdd(n) | ListExtend(n) | SetUpdate(n) | DictMerge(n) | DictUpdate(n) | Call(n)
        | ReraiseLasti(n) | MatchClass(n) | GetAwaitable(n) => (Some(n as i64), String::new()),
        Reraise(b) => (Some(b as i64), String::new()),
        IsOp(b) | ContainsOp(b) => (Some(b as i64), String::new()),
        CallFunctionEx(b) => (Some(b as i64), String::new()),
        BinaryOp(op) => (Some(op as i64), op.symbol().to_string()),
        CompareOp(op) => (Some(op as i64), op.symbol().to_string()),
        UnpackEx { before, after } => (Some(before as i64 + ((after as i64) << 8)), String::new()),
        StoreName(k) | DeleteName(k) | StoreAttr(k) | DeleteAttr(k) | StoreGlobal(k) | DeleteGlobal(k) | LoadName(k)
        | LoadAttr(k) | LoadMethod(k) | ImportName(k) | ImportFrom(k) => (Some(k as i64), name(k)),
        LoadGlobal { namei, push_null } => (
            Some(namei as i64 * 2 + push_null as i64),
            if push_null { format!("NULL + {}", name(namei)) } else { name(namei) },
        ),
        LoadConst(k) | KwNames(k) => (Some(k as i64), konst(k)),
        LoadFast(k) | StoreFast(k) | DeleteFast(k) | MakeCell(k) | LoadClosure(k) | LoadDeref(k) | StoreDeref(k)
        | DeleteDeref(k) | LoadClassDeref(k) => (Some(k as i64), local(k)),
        ForIter(t) | Send(t) | Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t)
        | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => jump(t),
        MakeFunction(f) => {
            let mut parts = Vec::new();
            if f & make_function::DEFAULTS != 0 {
                parts.push("defaults");
            }
            if f & make_function::KWDEFAULTS != 0 {
                parts.push("kwdefaults");
            }
            if f & make_function::ANNOTATIONS != 0 {
                parts.push("annotations");
            }
            if f & make_function::CLOSURE != 0 {
                parts.push("closure");
            }
            (Some(f as i64), parts.join(", "))
        }
        FormatValue { conversion, has_spec } => {
            let mut r = match conversion {
                format_value::STR => "str".to_string(),
                format_value::REPR => "repr".to_string(),
                format_value::ASCII => "ascii".to_string(),
                _ => String::new(),
            };
            if has_spec {
                if !r.is_empty() {
                    r.push_str(", ");
                }
                r.push_str("with format");
            }
            (Some(conversion as i64 | ((has_spec as i64) << 2)), r)
        }
        _ => (None, String::new()),
    }
}

/// Disassembles a code object and (after it) every nested one, like `dis.dis`.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    for c in &code.consts {
        if let ConstValue::Code(inner) = c {
            let _ = writeln!(out, "\nDisassembly of {}:", code_header(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn disassemble_one(co: &CodeObject, out: &mut String) {
    let mut targets = vec![false; co.instructions.len() + 1];
    for ins in &co.instructions {
        if let Some(t) = ins.jump_target() {
            if let Some(x) = targets.get_mut(t as usize) {
                *x = true;
            }
        }
    }
    for e in &co.exception_table {
        if let Some(x) = targets.get_mut(e.target as usize) {
            *x = true;
        }
    }
    let mut last_line: Option<u32> = None;
    for (idx, ins) in co.instructions.iter().enumerate() {
        let line = co.line_of(idx);
        let starts = line != 0 && Some(line) != last_line;
        if starts {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
        }
        let mut fields = Vec::new();
        fields.push(if starts { format!("{line:>3}") } else { "   ".to_string() });
        fields.push("   ".to_string());
        fields.push(if targets[idx] { ">>".into() } else { "  ".into() });
        fields.push(format!("{:>4}", idx * 2));
        fields.push(format!("{:<20}", opname(ins, idx)));
        let (arg, repr) = arg_and_repr(co, ins, idx);
        if let Some(a) = arg {
            fields.push(format!("{a:>5}"));
            if !repr.is_empty() {
                fields.push(format!("({repr})"));
            }
        }
        let _ = writeln!(out, "{}", fields.join(" ").trim_end());
    }
    if !co.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &co.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                e.end.saturating_sub(1) * 2,
                e.target * 2,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}
