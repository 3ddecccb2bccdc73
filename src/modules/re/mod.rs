//! The native half of the `re` module (`_re`): pattern compilation and the
//! matching loops. The Python half (`src/stdlib/re.py`) builds `Pattern`
//! and `Match` objects, templates and the module functions on top of it.
//!
//! Files: `parser/` (pattern text → `ast::Node`, CPython's errors; escapes and sets in `parser/escapes.rs`),
//! `ast.rs` (the parsed form and widths), `charclass.rs` (categories, case
//! folding, sets), `program.rs` (node → instructions), `matcher.rs`
//! (backtracking with an explicit stack).
//!
//! Native API (all positions in code points for str, bytes for bytes):
//! * `compile(pattern, flags)` → `(program, flags, groups, [(name, index)], [warning])`,
//!   or `(None, message, pos, kind, [warning])` on error (kind: "error", "overflow",
//!   "value", "recursion"); `groups` excludes group 0.
//! * `match(program, string, pos, endpos, mode)` (mode 0 match, 1 search,
//!   2 fullmatch) → `None` or marks `(lastindex, s0, e0, s1, e1, ...)`, -1 = unset.
//! * `scan(program, string, pos, endpos, limit)` → list of marks of the
//!   successive non-overlapping matches (finditer/sub/split order), at most
//!   `limit` (0 = all).
//! * `findall(program, string, pos, endpos)` → `Pattern.findall`'s list.
//! * `split(program, string, maxsplit)` → `Pattern.split`'s list (unmatched
//!   groups give None).
//! * `sub(program, string, items, count)` → `(result, n)`: replaces up to
//!   `count` matches (0 = all) by the template `items` (a list of str/bytes
//!   literals and group numbers; unmatched groups insert nothing).
//!
//! `string` must be a str or bytes (the Python side converts other
//! bytes-like objects); its kind must agree with the pattern's.

mod ast;
mod charclass;
mod matcher;
mod parser;
mod program;


use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use matcher::{Matcher, NONE};
use parser::ErrKind;
use program::Program;

struct Compiled {
    prog: Program,
    is_bytes: bool,
}

impl NativeData for Compiled {
    fn trace(&self, _visit: &mut dyn FnMut(ObjRef)) {}
    fn is_gc(&self) -> bool {
        false
    }
}

pub fn make(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_re");
    vm.add_module_functions(m, &[("compile", compile), ("match", match_), ("scan", scan), ("findall", findall), ("sub", sub), ("split", split)]);
    let t = vm.make_type("Program", Some(vm.t.object), BaseKind::Other, false);
    let d = vm.module_dict(m);
    vm.dict_set_str(d, "Program", t);
    vm.decref(t);
    Ok(m)
}

fn compile(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "compile", 2, 2)?;
    let (pat, flags) = (args.args[0], args.args[1]);
    let flags = vm.index_value(flags)? as u32;
    let (cps, istext): (Vec<u32>, bool) = match vm.heap.get(pat) {
        Payload::Str(s) => (s.s.chars().map(|c| c as u32).collect(), true),
        Payload::Bytes(b) => (b.iter().map(|&c| c as u32).collect(), false),
        _ => return Err(vm.type_error("first argument must be string or compiled pattern")),
    };
    let result = parser::parse(&cps, istext, flags)
        .and_then(|p| match program::compile(&p.node, p.flags, p.groups, &p.group_widths) {
            Ok(prog) => Ok((prog, p)),
            Err(mut e) => {
                e.warnings = p.warnings;
                Err(e)
            }
        });
    match result {
        Ok((prog, p)) => {
            let m = vm.sys_modules_get("_re").ok_or_else(|| vm.runtime_error("_re is not imported"))?;
            let d = vm.module_dict(m);
            let t = vm.dict_get_str(d, "Program").ok_or_else(|| vm.runtime_error("_re.Program is missing"))?;
            let obj = vm.alloc(t, Payload::Native(Box::new(Compiled { prog, is_bytes: !istext })));
            let fl = vm.new_int(p.flags as i64);
            let groups = vm.new_int(p.groups as i64 - 1);
            let mut names = Vec::new();
            for (n, g) in p.names {
                let k = vm.new_str(n);
                let v = vm.new_int(g as i64);
                names.push(vm.new_tuple(vec![k, v]));
            }
            let names = vm.new_list(names);
            let warns: Vec<ObjRef> = p.warnings.into_iter().map(|w| vm.new_str(w)).collect();
            let warns = vm.new_list(warns);
            Ok(vm.new_tuple(vec![obj, fl, groups, names, warns]))
        }
        Err(e) => {
            let kind = match e.kind {
                ErrKind::Re => "error",
                ErrKind::Overflow => "overflow",
                ErrKind::Value => "value",
                ErrKind::Recursion => "recursion",
            };
            let none = vm.none();
            let msg = vm.new_str(e.msg);
            let pos = match e.pos {
                Some(p) => vm.new_int(p as i64),
                None => vm.none(),
            };
            let kind = vm.new_str(kind);
            let warns: Vec<ObjRef> = e.warnings.into_iter().map(|w| vm.new_str(w)).collect();
            let warns = vm.new_list(warns);
            Ok(vm.new_tuple(vec![none, msg, pos, kind, warns]))
        }
    }
}

/// The subject as the matcher sees it.
enum Subject<'a> {
    Bytes(&'a [u8]),
    Wide(Vec<u32>),
}

fn with_subject<R>(
    vm: &mut Vm,
    prog: ObjRef,
    string: ObjRef,
    f: impl FnOnce(&Program, &Subject, Option<&str>) -> R,
) -> PyResult<R> {
    let compiled = match vm.heap.get(prog) {
        Payload::Native(n) => n.as_any().downcast_ref::<Compiled>(),
        _ => None,
    };
    let Some(c) = compiled else {
        return Err(vm.type_error("expected a compiled pattern"));
    };
    match vm.heap.get(string) {
        Payload::Str(s) => {
            if c.is_bytes {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            if s.is_ascii() {
                Ok(f(&c.prog, &Subject::Bytes(s.s.as_bytes()), Some(&s.s)))
            } else {
                let w: Vec<u32> = s.s.chars().map(|c| c as u32).collect();
                Ok(f(&c.prog, &Subject::Wide(w), Some(&s.s)))
            }
        }
        Payload::Bytes(b) => {
            if !c.is_bytes {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            Ok(f(&c.prog, &Subject::Bytes(b), None))
        }
        _ => Err(vm.type_error("expected string or bytes-like object")),
    }
}

fn subject_len(s: &Subject) -> usize {
    match s {
        Subject::Bytes(b) => b.len(),
        Subject::Wide(w) => w.len(),
    }
}

fn clamp_range(vm: &mut Vm, pos: ObjRef, endpos: ObjRef) -> PyResult<(i64, i64)> {
    let p = vm.index_value(pos)?;
    let e = vm.index_value(endpos)?;
    Ok((p, e))
}

fn norm(p: i64, e: i64, len: usize) -> (usize, usize) {
    let len = len as i64;
    (p.clamp(0, len) as usize, e.clamp(0, len) as usize)
}

/// One match attempt; returns the slots (with lastindex last).
fn run_one<T: Copy + Into<u32>>(prog: &Program, s: &[T], pos: usize, end: usize, mode: i64) -> Option<Vec<usize>> {
    if pos > end {
        return None;
    }
    let mut m = Matcher::new(prog, s, end);
    m.match_all = mode == 2;
    let ok = if mode == 1 { m.search(pos) } else { m.match_at(pos) };
    ok.then(|| m.slots.clone())
}

fn scan_all<T: Copy + Into<u32>>(prog: &Program, s: &[T], mut pos: usize, end: usize, limit: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut m = Matcher::new(prog, s, end);
    let mut must_advance = false;
    while pos <= end && (limit == 0 || out.len() < limit) {
        m.must_advance = must_advance;
        if !m.search(pos) {
            break;
        }
        let (a, b) = (m.slots[0], m.slots[1]);
        out.push(m.slots.clone());
        must_advance = a == b;
        pos = b;
    }
    out
}

fn marks_tuple(vm: &mut Vm, slots: &[usize]) -> ObjRef {
    let last = slots[slots.len() - 1];
    let mut items = Vec::with_capacity(slots.len());
    items.push(vm.new_int(if last == NONE { -1 } else { last as i64 }));
    for &s in &slots[..slots.len() - 1] {
        items.push(vm.new_int(if s == NONE { -1 } else { s as i64 }));
    }
    vm.new_tuple(items)
}

fn match_(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "match", 5, 5)?;
    let (p, e) = clamp_range(vm, args.args[2], args.args[3])?;
    let mode = vm.index_value(args.args[4])?;
    let slots = with_subject(vm, args.args[0], args.args[1], |prog, subj, _| {
        let (pos, end) = norm(p, e, subject_len(subj));
        match subj {
            Subject::Bytes(b) => run_one(prog, b, pos, end, mode),
            Subject::Wide(w) => run_one(prog, w, pos, end, mode),
        }
    })?;
    match slots {
        Some(s) => Ok(marks_tuple(vm, &s)),
        None => Ok(vm.none()),
    }
}

fn scan(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "scan", 5, 5)?;
    let (p, e) = clamp_range(vm, args.args[2], args.args[3])?;
    let limit = vm.index_value(args.args[4])?.max(0) as usize;
    let all = with_subject(vm, args.args[0], args.args[1], |prog, subj, _| {
        let (pos, end) = norm(p, e, subject_len(subj));
        match subj {
            Subject::Bytes(b) => scan_all(prog, b, pos, end, limit),
            Subject::Wide(w) => scan_all(prog, w, pos, end, limit),
        }
    })?;
    let items: Vec<ObjRef> = all.iter().map(|s| marks_tuple(vm, s)).collect();
    Ok(vm.new_list(items))
}

/// A piece of the subject to turn into a str/bytes object.
enum Piece {
    Str(String),
    Bytes(Vec<u8>),
}

fn findall(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "findall", 4, 4)?;
    let (p, e) = clamp_range(vm, args.args[2], args.args[3])?;
    let rows = with_subject(vm, args.args[0], args.args[1], |prog, subj, text| {
        let is_str = text.is_some();
        let text = text.unwrap_or("");
        let (pos, end) = norm(p, e, subject_len(subj));
        let all = match subj {
            Subject::Bytes(b) => scan_all(prog, b, pos, end, 0),
            Subject::Wide(w) => scan_all(prog, w, pos, end, 0),
        };
        let ngroups = prog.groups - 1;
        let piece = |a: usize, b: usize| -> Piece {
            if a == NONE || b == NONE || b < a {
                return if is_str { Piece::Str(String::new()) } else { Piece::Bytes(Vec::new()) };
            }
            match subj {
                Subject::Bytes(_) if is_str => Piece::Str(text[a..b].to_string()),
                Subject::Bytes(bs) => Piece::Bytes(bs[a..b].to_vec()),
                Subject::Wide(w) => Piece::Str(w[a..b].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()),
            }
        };
        all.iter()
            .map(|s| {
                if ngroups == 0 {
                    vec![piece(s[0], s[1])]
                } else {
                    (1..=ngroups).map(|g| piece(s[2 * g], s[2 * g + 1])).collect()
                }
            })
            .collect::<Vec<Vec<Piece>>>()
    })?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let mut objs: Vec<ObjRef> = row
            .into_iter()
            .map(|pc| match pc {
                Piece::Str(s) => vm.new_str(s),
                Piece::Bytes(b) => vm.new_bytes(b),
            })
            .collect();
        if objs.len() == 1 && !multi_group(vm, args.args[0]) {
            out.push(objs.pop().unwrap_or_else(|| vm.none()));
        } else {
            out.push(vm.new_tuple(objs));
        }
    }
    Ok(vm.new_list(out))
}

/// Whether findall returns tuples (more than one group).
fn multi_group(vm: &Vm, prog: ObjRef) -> bool {
    match vm.heap.get(prog) {
        Payload::Native(n) => n.as_any().downcast_ref::<Compiled>().is_some_and(|c| c.prog.groups > 2),
        _ => false,
    }
}

/// A parsed replacement template item.
enum TItem {
    Text(String),
    Data(Vec<u8>),
    Group(usize),
}

fn sub(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "sub", 4, 4)?;
    let count = vm.index_value(args.args[3])?.max(0) as usize;
    let raw = vm.collect_iter(args.args[2])?;
    let mut items = Vec::with_capacity(raw.len());
    for &r in &raw {
        let it = match vm.heap.get(r) {
            Payload::Str(s) => Some(TItem::Text(s.s.clone())),
            Payload::Bytes(b) => Some(TItem::Data(b.to_vec())),
            _ => None,
        };
        let it = match it {
            Some(it) => Ok(it),
            None => vm.index_value(r).map(|g| TItem::Group(g.max(0) as usize)),
        };
        match it {
            Ok(it) => items.push(it),
            Err(e) => {
                raw.iter().for_each(|&x| vm.decref(x));
                return Err(e);
            }
        }
    }
    raw.iter().for_each(|&x| vm.decref(x));
    let res = with_subject(vm, args.args[0], args.args[1], |prog, subj, text| {
        let len = subject_len(subj);
        let all = match subj {
            Subject::Bytes(b) => scan_all(prog, b, 0, len, count),
            Subject::Wide(w) => scan_all(prog, w, 0, len, count),
        };
        let n = all.len();
        if n == 0 {
            return None;
        }
        let ngroups = prog.groups;
        let mut out_s = String::new();
        let mut out_b: Vec<u8> = Vec::new();
        let is_text = text.is_some();
        let text = text.unwrap_or("");
        let push = |a: usize, b: usize, out_s: &mut String, out_b: &mut Vec<u8>| match subj {
            Subject::Bytes(_) if is_text => out_s.push_str(&text[a..b]),
            Subject::Bytes(bs) => out_b.extend_from_slice(&bs[a..b]),
            Subject::Wide(w) => out_s.extend(w[a..b].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
        };
        let mut last = 0;
        for sl in &all {
            push(last, sl[0], &mut out_s, &mut out_b);
            for it in &items {
                match it {
                    TItem::Text(t) => out_s.push_str(t),
                    TItem::Data(d) => out_b.extend_from_slice(d),
                    TItem::Group(g) if *g < ngroups => {
                        let (a, b) = (sl[2 * g], sl[2 * g + 1]);
                        if a != NONE && b != NONE && a <= b {
                            push(a, b, &mut out_s, &mut out_b);
                        }
                    }
                    TItem::Group(_) => {}
                }
            }
            last = sl[1];
        }
        push(last, len, &mut out_s, &mut out_b);
        Some((is_text, out_s, out_b, n))
    })?;
    match res {
        None => {
            let z = vm.new_int(0);
            let s = vm.incref(args.args[1]);
            Ok(vm.new_tuple(vec![s, z]))
        }
        Some((is_text, s, b, n)) => {
            let r = if is_text { vm.new_str(s) } else { vm.new_bytes(b) };
            let n = vm.new_int(n as i64);
            Ok(vm.new_tuple(vec![r, n]))
        }
    }
}

fn split(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "split", 3, 3)?;
    let limit = vm.index_value(args.args[2])?.max(0) as usize;
    let pieces = with_subject(vm, args.args[0], args.args[1], |prog, subj, text| {
        let is_str = text.is_some();
        let text = text.unwrap_or("");
        let len = subject_len(subj);
        let all = match subj {
            Subject::Bytes(b) => scan_all(prog, b, 0, len, limit),
            Subject::Wide(w) => scan_all(prog, w, 0, len, limit),
        };
        let piece = |a: usize, b: usize| -> Option<Piece> {
            if a == NONE || b == NONE || b < a {
                return None;
            }
            Some(match subj {
                Subject::Bytes(_) if is_str => Piece::Str(text[a..b].to_string()),
                Subject::Bytes(bs) => Piece::Bytes(bs[a..b].to_vec()),
                Subject::Wide(w) => Piece::Str(w[a..b].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()),
            })
        };
        let mut out = Vec::new();
        let mut last = 0;
        for sl in &all {
            out.push(piece(last, sl[0]));
            for g in 1..prog.groups {
                out.push(piece(sl[2 * g], sl[2 * g + 1]));
            }
            last = sl[1];
        }
        out.push(piece(last, len));
        out
    })?;
    let items: Vec<ObjRef> = pieces
        .into_iter()
        .map(|p| match p {
            Some(Piece::Str(s)) => vm.new_str(s),
            Some(Piece::Bytes(b)) => vm.new_bytes(b),
            None => vm.none(),
        })
        .collect();
    Ok(vm.new_list(items))
}
