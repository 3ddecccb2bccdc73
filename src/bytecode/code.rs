//! Code objects: the compiler's output, independent of the heap.
//!
//! A `CodeObject` holds instructions, a location per instruction, an
//! exception table (3.11's zero-cost `try`), and constants as plain values.
//! The VM turns the constants of one compilation unit into heap objects once,
//! merging equal ones, which is how `1000 is 1000` comes out True in a script
//! and False across two REPL inputs.

use std::rc::Rc;

use super::opcode::Instr;

/// CPython's `co_flags` bits (same values, so `inspect`-style code agrees).
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    /// `async def` without `yield`.
    pub const COROUTINE: u32 = 0x0080;
    /// A generator made awaitable by `types.coroutine`.
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    /// `async def` with `yield`, or an awaiting generator expression.
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// Calling the code makes a generator-like object (generator, coroutine, async generator).
    pub const RESUMABLE: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
}

/// Source location of one instruction (CPython's co_positions): 1-based
/// lines, 0-based UTF-8 byte columns, end exclusive. `line == 0` means none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..end` pops the value stack down to `depth` items, pushes the
/// instruction offset (as an int) when `push_lasti`, pushes the exception,
/// and continues at `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A constant as the compiler sees it. The VM materialises these on the heap.
#[derive(Clone, Debug)]
pub enum ConstValue {
    None,
    True,
    False,
    Ellipsis,
    /// Small ints stay native; larger ones are kept as decimal-free bigints.
    Int(num_bigint::BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[ConstValue]>),
    /// A frozenset constant (`x in {1, 2, 3}` is folded into one, as CPython does).
    FrozenSet(Rc<[ConstValue]>),
    Code(Rc<CodeObject>),
}

impl ConstValue {
    /// Identity key for constant merging within a compilation unit: equal
    /// values of the same type merge (so `1` and `1.0` and `True` stay apart,
    /// as do `0.0` and `-0.0`). Code objects never merge.
    pub fn merge_key(&self) -> Option<String> {
        fn key(c: &ConstValue, out: &mut String) -> bool {
            use std::fmt::Write;
            match c {
                ConstValue::None => out.push('N'),
                ConstValue::True => out.push('T'),
                ConstValue::False => out.push('F'),
                ConstValue::Ellipsis => out.push('E'),
                ConstValue::Int(i) => {
                    let _ = write!(out, "i{i};");
                }
                ConstValue::Float(f) => {
                    let _ = write!(out, "f{:x};", f.to_bits());
                }
                ConstValue::Complex { real, imag } => {
                    let _ = write!(out, "c{:x},{:x};", real.to_bits(), imag.to_bits());
                }
                ConstValue::Str(s) => {
                    let _ = write!(out, "s{}:{s}", s.len());
                }
                ConstValue::Bytes(b) => {
                    let _ = write!(out, "b{}:{b:?}", b.len());
                }
                ConstValue::Tuple(items) | ConstValue::FrozenSet(items) => {
                    out.push(if matches!(c, ConstValue::Tuple(_)) { '(' } else { '{' });
                    for item in items.iter() {
                        if !key(item, out) {
                            return false;
                        }
                    }
                    out.push(')');
                }
                ConstValue::Code(_) => return false,
            }
            true
        }
        let mut out = String::new();
        key(self, &mut out).then_some(out)
    }
}

/// A compiled function body, class body, module, or comprehension.
#[derive(Clone, Debug)]
pub struct CodeObject {
    /// `co_name`: `<module>`, `<listcomp>`, `<lambda>`, the function's name…
    pub name: Rc<str>,
    /// `co_qualname`: `Outer.method.<locals>.inner`
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// One per instruction.
    pub locations: Vec<Loc>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub consts: Vec<ConstValue>,
    /// Global, attribute and import names.
    pub names: Vec<Rc<str>>,
    /// Names of the fast-local slots ("localsplus"): arguments and locals
    /// (`co_varnames`), then cell variables that are not arguments, then free
    /// variables. `nlocals`, `ncells` and `nfrees` split it.
    pub localsplus_names: Vec<Rc<str>>,
    pub nlocals: u32,
    pub ncells: u32,
    pub nfrees: u32,
    /// Slots that hold cells (`co_cellvars` order); may include argument slots.
    pub cell_slots: Vec<u32>,
    /// Deepest value stack this code needs.
    pub stacksize: u32,
    /// perf helper: LOAD_GLOBAL's inline cache, one per name: where the name's
    /// entry was last found in a globals dict (an index into its entries,
    /// only trusted when the entry there still has this very key object).
    pub global_cache: Box<[std::cell::Cell<u32>]>,
    /// perf helper: per name, the keys stamp of the globals dict that did
    /// not hold the name when it was last found in builtins (0: none); then
    /// `global_cache` holds the builtins entry index.
    pub builtin_cache: Box<[std::cell::Cell<u64>]>,
    /// perf helper: LOAD_ATTR / STORE_ATTR inline caches, one per name (see
    /// `vm/eval/attr_sites.rs`).
    pub attr_cache: Box<[std::cell::Cell<AttrSite>]>,
}

/// Where a plain instance of type `ty` kept the attribute last time: its
/// position among the inline values, valid for one attribute-cache epoch.
#[derive(Debug, Clone, Copy, Default)]
pub struct AttrSite {
    pub ty: u32,
    pub pos: u32,
    pub epoch: u64,
}

impl CodeObject {
    /// `co_varnames`
    pub fn varnames(&self) -> &[Rc<str>] {
        &self.localsplus_names[..self.nlocals as usize]
    }
    /// `co_freevars`
    pub fn freevars(&self) -> &[Rc<str>] {
        let n = self.localsplus_names.len();
        &self.localsplus_names[n - self.nfrees as usize..]
    }
    /// `co_cellvars`
    pub fn cellvars(&self) -> Vec<Rc<str>> {
        self.cell_slots.iter().map(|&s| self.localsplus_names[s as usize].clone()).collect()
    }
    /// True for generator, coroutine and async generator code (a call makes
    /// the object that owns the frame, CPython's RETURN_GENERATOR).
    pub fn is_generator(&self) -> bool {
        self.flags & flags::RESUMABLE != 0
    }
    /// The line of instruction `index` (0 when it has none).
    pub fn line_of(&self, index: usize) -> u32 {
        self.locations.get(index).map_or(0, |l| l.line)
    }
    /// The exception-table entry covering instruction `index`, innermost first.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        // Entries are emitted innermost-first for overlapping ranges, so the
        // first match is the right one.
        self.exception_table.iter().find(|e| e.start <= index && index < e.end)
    }
    /// Total number of fast-local slots.
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_names.len()
    }
}
