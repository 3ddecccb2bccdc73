//! Codegen tests: compile real source through `syntax::parse` and compare the
//! instruction stream with what CPython 3.11's `dis` shows (expected opname
//! lists recorded from `python3 -m dis`).

use crate::bytecode::disasm::{const_repr, opname};
use crate::bytecode::{CodeObject, ConstValue, Instr};
use crate::syntax::{self, Mode};

use super::compile;

fn compile_src(src: &str, mode: Mode) -> std::rc::Rc<CodeObject> {
    let m = syntax::parse(src, "f", mode).expect("parse");
    compile(&m, src, "f", mode).expect("compile")
}

/// One line per instruction, in the normalised format `tools/discmp.py` prints for CPython.
pub(crate) fn listing(co: &CodeObject, out: &mut String) {
    use std::fmt::Write;
    let names: Vec<String> = co.names.iter().map(|n| format!("'{n}'")).collect();
    let tup = |v: Vec<String>| if v.len() == 1 { format!("({},)", v[0]) } else { format!("({})", v.join(", ")) };
    let vars: Vec<String> = co.varnames().iter().map(|n| format!("'{n}'")).collect();
    let cells: Vec<String> = co.cellvars().iter().map(|n| format!("'{n}'")).collect();
    let frees: Vec<String> = co.freevars().iter().map(|n| format!("'{n}'")).collect();
    let _ = writeln!(
        out,
        "== {} argc={} flags={:#x} stack={} consts={} names={} vars={} cells={} frees={}",
        co.qualname,
        co.argcount,
        co.flags,
        co.stacksize,
        co.consts.len(),
        tup(names),
        tup(vars),
        tup(cells),
        tup(frees)
    );
    for (i, ins) in co.instructions.iter().enumerate() {
        let l = co.locations[i];
        let arg = match ins {
            Instr::LoadConst(k) | Instr::KwNames(k) => match &co.consts[*k as usize] {
                ConstValue::Code(c) => format!("<code {}>", c.name),
                c => const_repr(c),
            },
            _ => match ins.jump_target() {
                Some(t) => format!("to {t}"),
                None => String::new(),
            },
        };
        let _ = writeln!(out, "{} {} {}:{}-{}:{}", opname(ins, i), arg, l.line, l.col, l.end_line, l.end_col);
    }
    for e in &co.exception_table {
        let _ = writeln!(out, "EXC {} {} -> {} [{}]{}", e.start, e.end, e.target, e.depth, if e.push_lasti { " lasti" } else { "" });
    }
    for c in &co.consts {
        if let ConstValue::Code(inner) = c {
            listing(inner, out);
        }
    }
}

/// Development aid: `SNIP=/tmp/x.py cargo test --lib dump_snippet -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump_snippet() {
    let path = std::env::var("SNIP").unwrap_or_else(|_| "/tmp/snip.py".into());
    let src = std::fs::read_to_string(path).expect("snippet");
    let co = compile_src(&src, Mode::Exec);
    let mut out = String::new();
    listing(&co, &mut out);
    std::fs::write("/tmp/pyrite_listing.txt", out).expect("write");
}

mod dis_cases;

/// Compiles `src` and compares the opnames of every code object (module
/// first, then nested code in constant order) with `expected`.
fn check(src: &str, expected: &[(&str, &[&str])]) {
    let co = compile_src(src, Mode::Exec);
    let mut got: Vec<(String, Vec<&'static str>)> = Vec::new();
    fn walk(co: &CodeObject, got: &mut Vec<(String, Vec<&'static str>)>) {
        let names = co.instructions.iter().enumerate().map(|(i, ins)| opname(ins, i)).collect();
        got.push((co.qualname.to_string(), names));
        for c in &co.consts {
            if let ConstValue::Code(inner) = c {
                walk(inner, got);
            }
        }
    }
    walk(&co, &mut got);
    let exp: Vec<(String, Vec<&str>)> = expected.iter().map(|(q, ops)| (q.to_string(), ops.to_vec())).collect();
    assert_eq!(got, exp, "\n{}", crate::bytecode::disasm::disassemble(&co));
}

fn compile_err(src: &str) -> crate::syntax::SyntaxError {
    let m = syntax::parse(src, "f", Mode::Exec).expect("parse");
    compile(&m, src, "f", Mode::Exec).expect_err("should fail")
}

#[test]
fn compile_errors_have_cpython_messages() {
    let cases = [
        ("def f(x):\n    global x\n", "name 'x' is parameter and global", 2),
        ("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3),
        ("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level", 1),
        ("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2),
        ("return 1\n", "'return' outside function", 1),
        ("yield 1\n", "'yield' outside function", 1),
        ("break\n", "'break' outside loop", 1),
        ("continue\n", "'continue' not properly in loop", 1),
        ("class C:\n    return\n", "'return' outside function", 2),
    ];
    for (src, msg, line) in cases {
        let e = compile_err(src);
        assert_eq!(e.msg, msg, "{src}");
        assert_eq!(e.line, line, "{src}");
    }
}

#[test]
fn eval_and_single_modes() {
    let co = compile_src("1 + x", Mode::Eval);
    let ops: Vec<_> = co.instructions.iter().enumerate().map(|(i, x)| opname(x, i)).collect();
    assert_eq!(ops, ["LOAD_CONST", "LOAD_NAME", "BINARY_OP", "RETURN_VALUE"]);
    let co = compile_src("x\n", Mode::Single);
    let ops: Vec<_> = co.instructions.iter().enumerate().map(|(i, x)| opname(x, i)).collect();
    assert_eq!(ops, ["LOAD_NAME", "PRINT_EXPR", "LOAD_CONST", "RETURN_VALUE"]);
}

#[test]
fn code_object_metadata() {
    let co = compile_src("def f(a, b=1, *c, d, **e):\n    'doc'\n    def g(): return a\n    return g\n", Mode::Exec);
    let f = co.consts.iter().find_map(|c| if let ConstValue::Code(f) = c { Some(f.clone()) } else { None }).expect("f");
    assert_eq!(&*f.qualname, "f");
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 0, 1));
    assert!(matches!(&f.consts[0], ConstValue::Str(s) if &**s == "doc"));
    assert_eq!(f.flags & 0xf, 0xf);
    assert_eq!(f.cellvars().iter().map(|s| s.to_string()).collect::<Vec<_>>(), ["a"]);
    let g = f.consts.iter().find_map(|c| if let ConstValue::Code(g) = c { Some(g.clone()) } else { None }).expect("g");
    assert_eq!(&*g.qualname, "f.<locals>.g");
    assert_eq!(g.freevars().iter().map(|s| s.to_string()).collect::<Vec<_>>(), ["a"]);
    assert_eq!(g.flags & crate::bytecode::code::flags::NESTED, crate::bytecode::code::flags::NESTED);
}

#[test]
fn exception_table_shapes() {
    // try/except E as e / finally, as CPython 3.11 lays it out.
    let co = compile_src("try:\n    f()\nexcept E as e:\n    g(e)\nfinally:\n    h()\n", Mode::Exec);
    let t: Vec<(u32, u32, u32, u32, bool)> =
        co.exception_table.iter().map(|e| (e.start, e.end, e.target, e.depth, e.push_lasti)).collect();
    // CPython byte offsets /2 minus caches: same structure (8 entries, depths 0/1, lasti on cleanups).
    assert_eq!(t.len(), 8);
    assert_eq!(t.iter().map(|x| (x.3, x.4)).collect::<Vec<_>>(), [
        (0, false),
        (0, false),
        (1, true),
        (1, true),
        (0, false),
        (1, true),
        (0, false),
        (1, true)
    ]);
}

#[test]
fn constants_fold_for_identity() {
    let co = compile_src("x = 'hel' + 'lo'\ny = 2 ** 3\n", Mode::Exec);
    assert!(co.consts.iter().any(|c| matches!(c, ConstValue::Str(s) if &**s == "hello")));
    assert!(co.consts.iter().any(|c| matches!(c, ConstValue::Int(i) if *i == 8.into())));
}

#[test]
fn disassembly_looks_like_dis() {
    let co = compile_src("x = 1\n", Mode::Exec);
    let text = crate::bytecode::disasm::disassemble(&co);
    assert_eq!(
        text,
        "  1           0 LOAD_CONST               0 (1)\n              2 STORE_NAME               0 (x)\n              4 LOAD_CONST               1 (None)\n              6 RETURN_VALUE\n"
    );
}
