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
    let _ = writeln!(out, "== {} argc={} flags={:#x}", co.qualname, co.argcount, co.flags);
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
