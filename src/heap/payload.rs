//! The object kinds: what a heap slot holds besides its header.
//!
//! `Payload` is kept to 24 bytes (a tag plus at most a fat pointer) so ints and floats
//! are compact; bigger kinds are boxed. Every kind's outgoing references are
//! listed by [`Payload::traverse`], one exhaustive `match` in CPython's
//! `tp_traverse` order: a new kind does not compile until it is traced
//! (dealloc, the heap verifier and the cycle collector rely on it).

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::{DictTable, ObjRef, SetTable};
use crate::bytecode::CodeObject;

/// A native function: `args` are *borrowed* (the caller keeps them alive);
/// the result is a *new* reference. See `vm/mod.rs`.
pub type NativeFn = fn(&mut crate::vm::Vm, &crate::vm::Args) -> crate::vm::PyResult<ObjRef>;

pub enum Payload {
    /// A free slot.
    Free,
    /// No payload: `object()`, instances of user classes, None, Ellipsis, NotImplemented.
    Object,
    /// An int (or bool) that fits in i64.
    Int(i64),
    /// An int outside i64 (always normalised: never fits i64).
    BigInt(Box<BigInt>),
    Float(f64),
    Complex(Box<(f64, f64)>),
    Str(Box<PyStr>),
    Bytes(Box<[u8]>),
    ByteArray(Box<Vec<u8>>),
    List(Box<PyList>),
    Tuple(Box<[ObjRef]>),
    Dict(Box<DictTable>),
    /// set and frozenset (the type tells which).
    Set(Box<SetTable>),
    Range(Box<RangeData>),
    Slice(Box<[ObjRef; 3]>),
    Function(Box<FunctionData>),
    Code(Box<CodeData>),
    Cell(Option<ObjRef>),
    BoundMethod(Box<(ObjRef, ObjRef)>),
    /// builtin function, method descriptor, or builtin bound to `self`.
    Builtin(Box<BuiltinData>),
    Module(Box<ModuleData>),
    Type(Box<TypeData>),
    Exception(Box<ExcData>),
    Generator(Box<GenData>),
    Traceback(Box<TbData>),
    Property(Box<[Option<ObjRef>; 4]>),
    StaticMethod(ObjRef),
    ClassMethod(ObjRef),
    /// `super(type, obj)`: (type, obj, type of obj)
    Super(Box<(ObjRef, Option<ObjRef>, Option<ObjRef>)>),
    Iter(Box<IterData>),
    /// keys / values / items views: (dict, 0|1|2)
    DictView(Box<(ObjRef, u8)>),
    /// A weak reference: the target is not counted.
    WeakRef(Box<WeakRefData>),
    /// Kinds defined outside the core (modules' objects: StringIO, deque…).
    Native(Box<dyn NativeData>),
}

/// Access to the concrete type behind a `dyn NativeData` (implemented for
/// every NativeData kind, so they do not each write the two methods; only
/// for those, so that a `Box<dyn NativeData>` is not itself taken as the
/// value to downcast).
pub trait AsAny: Any {
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

impl<T: NativeData> AsAny for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// Extension payload for objects defined by native modules.
pub trait NativeData: AsAny {
    /// Calls `visit` on every ObjRef this object holds (owned references).
    fn trace(&self, visit: &mut dyn FnMut(ObjRef));
    /// The same references in CPython's `tp_traverse` order, each with
    /// whether CPython visits it (see [`Payload::traverse`]). Kinds whose
    /// CPython traverse differs from `trace` override it (and then define
    /// `trace` through it, so the two cannot drift apart).
    fn traverse(&self, visit: &mut dyn FnMut(ObjRef, bool)) {
        self.trace(&mut |r| visit(r, true));
    }
    /// CPython's `__sizeof__` for this object.
    fn sizeof(&self) -> usize {
        16
    }
    /// Whether CPython tracks this kind in the GC (adds the 16-byte header to getsizeof).
    fn is_gc(&self) -> bool {
        true
    }
    /// CPython's `tp_clear`, used by the cycle collector on unreachable
    /// objects: take out the references whose release can break a cycle
    /// and return them (the collector drops them). Kinds that can be part
    /// of a reference cycle must implement it, or the cycle leaks.
    fn clear(&mut self) -> Vec<ObjRef> {
        Vec::new()
    }
}

/// A str: UTF-8 text, its length in characters, CPython's storage kind
/// (1 = ascii, 2 = latin-1, 3 = ucs2, 4 = ucs4, for sizeof) and a cached hash.
pub struct PyStr {
    pub s: String,
    pub char_len: usize,
    pub kind: u8,
    pub hash: Cell<i64>,
    /// In the interpreter's intern table.
    pub interned: Cell<bool>,
    /// For non-ASCII text: byte offset of every 64th character, built on
    /// first indexing so `s[i]` is O(1)-ish (see types/str `byte_offset`).
    pub char_index: std::cell::OnceCell<Box<[u32]>>,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let (char_len, kind) = str_kind(&s);
        PyStr { s, char_len, kind, hash: Cell::new(-1), interned: Cell::new(false), char_index: std::cell::OnceCell::new() }
    }
    pub fn is_ascii(&self) -> bool {
        self.kind == 1
    }
    /// Appends text in place (the `s += t` optimisation), keeping length and kind exact.
    pub fn push_str(&mut self, t: &str) {
        let (n, k) = str_kind(t);
        self.s.push_str(t);
        self.char_len += n;
        self.kind = self.kind.max(k);
        self.hash.set(-1);
        self.char_index = std::cell::OnceCell::new();
    }
    /// Recomputes length and kind after an in-place append.
    pub fn refresh(&mut self) {
        let (n, k) = str_kind(&self.s);
        self.char_len = n;
        self.kind = k;
        self.hash.set(-1);
        self.char_index = std::cell::OnceCell::new();
    }
}

pub fn str_kind(s: &str) -> (usize, u8) {
    if s.is_ascii() {
        return (s.len(), 1);
    }
    let mut n = 0;
    let mut max = 0u32;
    for c in s.chars() {
        n += 1;
        max = max.max(c as u32);
    }
    let kind = if max < 0x80 {
        1
    } else if max < 0x100 {
        2
    } else if max < 0x10000 {
        3
    } else {
        4
    };
    (n, kind)
}

/// A list: items plus CPython's `allocated` (kept apart from the Vec's
/// capacity so `sys.getsizeof` follows CPython's over-allocation).
pub struct PyList {
    pub items: Vec<ObjRef>,
    pub allocated: usize,
}

#[derive(Clone, Copy, Debug)]
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeData {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub struct FunctionData {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub defaults: Option<ObjRef>,
    pub kwdefaults: Option<ObjRef>,
    pub closure: Option<ObjRef>,
    pub doc: ObjRef,
    pub module: ObjRef,
    pub annotations: Option<ObjRef>,
}

/// A code object on the heap: the compiler's code plus its constants,
/// materialised once per compilation unit.
pub struct CodeData {
    pub code: Rc<CodeObject>,
    pub consts: Rc<[ObjRef]>,
    /// Interned str objects for `code.names` (attribute/global names compared by identity).
    pub names: Rc<[ObjRef]>,
}

pub struct BuiltinData {
    pub name: &'static str,
    pub func: NativeFn,
    /// Bound `self` (a bound builtin method / a module function's module).
    pub self_: Option<ObjRef>,
    /// The type defining a method descriptor (None for plain functions).
    pub owner: Option<ObjRef>,
    /// Whether the function is a method (binds `self` when looked up on an instance).
    pub is_method: bool,
    /// A static method of a builtin type (e.g. `dict.fromkeys` is a classmethod instead).
    pub binding: Binding,
    pub doc: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A plain builtin function (`len`): never binds.
    Function,
    /// A method descriptor: binds the instance as `args[0]`.
    Method,
    /// A class method (`dict.fromkeys`, `int.from_bytes`): binds the class.
    ClassMethod,
    /// A static method (`str.maketrans`): never binds.
    Static,
}

pub struct ModuleData {
    pub dict: ObjRef,
}

/// What instances of a type carry as payload (the builtin base they extend).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// Instances cannot be created from Python (`function`, iterators…).
    Other,
}

pub struct TypeData {
    pub name: String,
    pub qualname: ObjRef,
    /// The direct bases and the MRO as vectors (fast lookups). A builtin
    /// type owns their references; a class (`heap_type`) borrows them from
    /// `bases_tuple` / `mro_tuple` and owns only `bases[0]` (CPython's
    /// `tp_base`).
    pub bases: Vec<ObjRef>,
    pub mro: Vec<ObjRef>,
    /// The `__bases__` and `__mro__` tuples (owned), stored on the type as
    /// CPython stores `tp_bases` / `tp_mro`, so each access returns the same
    /// object. A class has both from creation (the collector's `type_clear`
    /// drops the MRO tuple); a builtin type makes them on first use.
    pub bases_tuple: Option<ObjRef>,
    pub mro_tuple: Option<ObjRef>,
    /// The type's namespace: a dict object.
    pub dict: ObjRef,
    pub base_kind: BaseKind,
    /// Defined by a class statement / type(): attributes can be set on it.
    pub heap_type: bool,
    /// Instances have a `__dict__` (no `__slots__` without `__dict__`).
    pub has_dict: bool,
    /// `__slots__` names (own and inherited), in slot-storage order.
    pub slot_names: Vec<ObjRef>,
    /// Can be subclassed.
    pub base_ok: bool,
    /// Bumped whenever the type or a base changes (attribute cache).
    pub version: u32,
    /// The type's `__del__`, `__getattr__`, etc. flags, recomputed on change.
    pub has_del: bool,
    pub has_getattr: bool,
    pub has_getattribute: bool,
    pub has_setattr: bool,
    /// Size of an instance in CPython's layout (`__basicsize__`).
    pub basicsize: usize,
    /// Weak references to subclasses (for invalidation).
    pub subclasses: Vec<ObjRef>,
    /// Native `__new__`/`tp_new` of a builtin type (None: inherit).
    pub native_new: Option<NativeFn>,
    /// CPython 3.11's shared ("split") instance-dict keys of a class
    /// (see `sharedkeys.rs`): what a materialised `__dict__`'s size depends on.
    pub shared: super::SharedKeysRef,
}

impl TypeData {
    /// Instances keep a "managed" `__dict__` (values beside the class's
    /// shared keys) — CPython 3.11's Py_TPFLAGS_MANAGED_DICT: a class whose
    /// instances have a dict that does not come from a builtin base with a
    /// dict slot of its own (exceptions, modules, types, functions) nor from
    /// a variable-sized base (int, bytes, tuple).
    pub fn managed_dict(&self) -> bool {
        self.heap_type
            && self.has_dict
            && !matches!(
                self.base_kind,
                BaseKind::Int | BaseKind::Bytes | BaseKind::Tuple | BaseKind::Exception | BaseKind::Type | BaseKind::Module | BaseKind::Other
            )
    }
}

/// The names were released through `trace` when the class died; a dict that
/// still shares the keys must not see them any more.
impl Drop for TypeData {
    fn drop(&mut self) {
        if let Ok(mut k) = self.shared.try_borrow_mut() {
            k.names.clear();
        }
    }
}

pub struct ExcData {
    pub args: ObjRef,
    pub traceback: Option<ObjRef>,
    pub cause: Option<ObjRef>,
    pub context: Option<ObjRef>,
    pub suppress_context: bool,
    pub notes: Option<ObjRef>,
}

pub struct GenData {
    pub frame: Option<Box<crate::vm::frame::Frame>>,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub running: bool,
    /// The exception being handled inside the generator while suspended.
    pub exc_state: Option<ObjRef>,
    pub finished: bool,
    /// `gi_code` (owned), kept after the frame is gone.
    pub code: Option<ObjRef>,
}

pub struct TbData {
    pub next: Option<ObjRef>,
    pub code: ObjRef,
    pub lasti: u32,
    pub lineno: u32,
    /// `tb_frame`: the frame object (owned).
    pub frame: Option<ObjRef>,
}

pub struct WeakRefData {
    pub target: Option<ObjRef>,
    pub callback: Option<ObjRef>,
    pub hash: Cell<i64>,
}

/// Builtin iterators.
pub enum IterData {
    /// list/tuple/str/bytes… iterator: sequence and next index.
    Seq { seq: ObjRef, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    /// dict keys/values/items iterator: dict, entry position, kind, size at
    /// start, items still expected (CPython's `di_used` and `len`).
    /// `result`: the reused result tuple of an items iterator (as `zip`'s).
    Dict { dict: ObjRef, pos: usize, kind: u8, len: usize, left: usize, result: Option<ObjRef> },
    Set { set: ObjRef, pos: usize, len: usize },
    /// the old `__getitem__` protocol.
    GetItem { obj: ObjRef, index: i64 },
    /// `result`: CPython's reused result tuple (`en_result` / zip's
    /// `result`), refilled in place while the iterator holds its only
    /// reference — which is why a loop variable's count is one higher.
    Enumerate { it: ObjRef, count: i64, result: Option<ObjRef> },
    Zip { its: Vec<ObjRef>, strict: bool, result: Option<ObjRef> },
    Map { func: ObjRef, its: Vec<ObjRef> },
    Filter { func: ObjRef, it: ObjRef },
    Reversed { seq: ObjRef, index: i64 },
    /// `iter(callable, sentinel)`
    Callable { func: ObjRef, sentinel: ObjRef },
    Exhausted,
}

impl Payload {
    /// Calls `visit` on every reference this object owns (deallocation, the
    /// verifier's recount). Lists, tuples and dicts go first to last (the
    /// VM's dealloc stack then frees them in CPython's order); every other
    /// kind is [`Payload::traverse`] itself, so the two cannot disagree.
    pub fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        match self {
            Payload::List(l) => l.items.iter().for_each(|&r| visit(r)),
            Payload::Tuple(t) => t.iter().for_each(|&r| visit(r)),
            Payload::Dict(d) => d.trace(visit),
            p => p.traverse(None, &mut |r, _| visit(r)),
        }
    }

    /// The one enumeration of this object's owned references, in the order
    /// CPython 3.11's `tp_traverse` of the kind visits them. `visit(r, seen)`:
    /// `seen` is false for references only pyrite's layout owns (CPython
    /// borrows them or keeps them outside the object), which
    /// `gc.get_referents` leaves out and the collector and verifier count.
    /// `attrs`: the instance attribute storage when the kind keeps its
    /// `__dict__` in its own layout (functions, exceptions, static and class
    /// methods), visited at the dict's place; None otherwise.
    pub fn traverse(&self, attrs: Option<&super::Attrs>, visit: &mut dyn FnMut(ObjRef, bool)) {
        let opt = |x: Option<ObjRef>, seen: bool, visit: &mut dyn FnMut(ObjRef, bool)| {
            if let Some(r) = x {
                visit(r, seen)
            }
        };
        let dict = |visit: &mut dyn FnMut(ObjRef, bool)| {
            if let Some(a) = attrs {
                a.traverse(visit);
            }
        };
        match self {
            Payload::Free
            | Payload::Object
            | Payload::Int(_)
            | Payload::BigInt(_)
            | Payload::Float(_)
            | Payload::Complex(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_) => {}
            // list_traverse and tuple_traverse go last to first.
            Payload::List(l) => l.items.iter().rev().for_each(|&r| visit(r, true)),
            Payload::Tuple(t) => t.iter().rev().for_each(|&r| visit(r, true)),
            Payload::Dict(d) => {
                // Each entry's value then key; a table of str keys (CPython's
                // unicode-keys layout) visits values only.
                let keys_seen = !d.unicode_keys;
                for e in d.iter() {
                    visit(e.value, true);
                    visit(e.key, keys_seen);
                }
            }
            Payload::Set(s) => s.trace(&mut |r| visit(r, true)),
            Payload::Slice(s) => s.iter().for_each(|&r| visit(r, true)),
            Payload::Function(f) => {
                for r in [f.code, f.globals, f.builtins, f.module] {
                    visit(r, true);
                }
                opt(f.defaults, true, visit);
                opt(f.kwdefaults, true, visit);
                visit(f.doc, true);
                visit(f.name, true);
                dict(visit);
                opt(f.closure, true, visit);
                opt(f.annotations, true, visit);
                visit(f.qualname, true);
            }
            // Code objects are not GC objects in CPython.
            Payload::Code(c) => {
                c.consts.iter().for_each(|&r| visit(r, false));
                c.names.iter().for_each(|&r| visit(r, false));
            }
            Payload::Cell(c) => opt(*c, true, visit),
            // method_traverse: im_func, im_self.
            Payload::BoundMethod(b) => {
                visit(b.0, true);
                visit(b.1, true);
            }
            Payload::Builtin(b) => opt(b.self_, true, visit),
            Payload::Module(m) => visit(m.dict, true),
            Payload::Type(t) => {
                // type_traverse: tp_dict, tp_mro, tp_bases, tp_base. A class
                // borrows its vectors from the tuples (the MRO tuple holds
                // the class: every class is in a cycle only the collector
                // frees) and owns its first base; a builtin type owns them.
                visit(t.dict, true);
                opt(t.mro_tuple, true, visit);
                opt(t.bases_tuple, true, visit);
                if t.heap_type {
                    t.bases.first().iter().for_each(|&&r| visit(r, true));
                }
                t.shared.borrow().names.iter().for_each(|&r| visit(r, false));
                if !t.heap_type {
                    t.bases.iter().for_each(|&r| visit(r, false));
                    t.mro.iter().skip(1).for_each(|&r| visit(r, false));
                }
                visit(t.qualname, false);
                t.slot_names.iter().for_each(|&r| visit(r, false));
            }
            Payload::Exception(e) => {
                // BaseException_traverse: dict, args, notes, traceback, context, cause.
                dict(visit);
                visit(e.args, true);
                for r in [e.notes, e.traceback, e.context, e.cause] {
                    opt(r, true, visit);
                }
            }
            Payload::Generator(g) => {
                // gen_traverse: code, name, qualname, the frame
                // (_PyFrame_Traverse: frame object, locals, function, code,
                // then the fast locals and the stack), the exception state.
                opt(g.code, true, visit);
                visit(g.name, true);
                visit(g.qualname, true);
                if let Some(f) = &g.frame {
                    opt(f.frame_obj, true, visit);
                    opt(f.locals, true, visit);
                    opt(f.func, true, visit);
                    visit(f.code_obj, true);
                    f.fast.iter().filter_map(Cell::get).for_each(|r| visit(r, true));
                    f.stack.iter().for_each(|&r| visit(r, true));
                    // The frame's own references (CPython's borrows them).
                    visit(f.globals, false);
                    visit(f.builtins, false);
                }
                opt(g.exc_state, true, visit);
            }
            Payload::Traceback(t) => {
                opt(t.next, true, visit);
                opt(t.frame, true, visit);
                visit(t.code, false);
            }
            Payload::Property(p) => p.iter().for_each(|&r| opt(r, true, visit)),
            // sm_traverse / cm_traverse: the callable, then the dict.
            Payload::StaticMethod(r) | Payload::ClassMethod(r) => {
                visit(*r, true);
                dict(visit);
            }
            // super_traverse: obj, type, obj_type.
            Payload::Super(s) => {
                opt(s.1, true, visit);
                visit(s.0, true);
                opt(s.2, true, visit);
            }
            Payload::Iter(it) => match &**it {
                IterData::Seq { seq, .. } => visit(*seq, true),
                IterData::Range { .. } | IterData::Exhausted => {}
                IterData::Dict { dict, result, .. } => {
                    visit(*dict, true);
                    opt(*result, true, visit);
                }
                IterData::Set { set, .. } => visit(*set, true),
                IterData::GetItem { obj, .. } => visit(*obj, true),
                IterData::Enumerate { it, result, .. } => {
                    visit(*it, true);
                    opt(*result, true, visit);
                }
                IterData::Zip { its, result, .. } => {
                    its.iter().for_each(|&r| visit(r, true));
                    opt(*result, true, visit);
                }
                IterData::Map { func, its } => {
                    visit(*func, true);
                    its.iter().for_each(|&r| visit(r, true));
                }
                IterData::Filter { func, it } => {
                    visit(*func, true);
                    visit(*it, true);
                }
                IterData::Reversed { seq, .. } => visit(*seq, true),
                IterData::Callable { func, sentinel } => {
                    visit(*func, true);
                    visit(*sentinel, true);
                }
            },
            Payload::DictView(v) => visit(v.0, true),
            Payload::WeakRef(w) => opt(w.callback, true, visit),
            Payload::Native(n) => n.traverse(visit),
        }
    }

    /// A short name of the kind (debug messages).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Free => "free",
            Payload::Object => "object",
            Payload::Int(_) | Payload::BigInt(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex(_) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::List(_) => "list",
            Payload::Tuple(_) => "tuple",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::Range(_) => "range",
            Payload::Slice(_) => "slice",
            Payload::Function(_) => "function",
            Payload::Code(_) => "code",
            Payload::Cell(_) => "cell",
            Payload::BoundMethod(_) => "method",
            Payload::Builtin(_) => "builtin_function_or_method",
            Payload::Module(_) => "module",
            Payload::Type(_) => "type",
            Payload::Exception(_) => "exception",
            Payload::Generator(_) => "generator",
            Payload::Traceback(_) => "traceback",
            Payload::Property(_) => "property",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::ClassMethod(_) => "classmethod",
            Payload::Super(_) => "super",
            Payload::Iter(_) => "iterator",
            Payload::DictView(_) => "dict view",
            Payload::WeakRef(_) => "weakref",
            Payload::Native(_) => "native",
        }
    }

    /// True for kinds that can take part in reference cycles (CPython's GC-tracked types).
    pub fn is_container(&self) -> bool {
        // range iterators hold only integers: CPython does not track them.
        if let Payload::Iter(it) = self {
            return !matches!(**it, IterData::Range { .. });
        }
        if let Payload::Native(n) = self {
            return n.is_gc();
        }
        !matches!(
            self,
            Payload::Free
                | Payload::Int(_)
                | Payload::BigInt(_)
                | Payload::Float(_)
                | Payload::Complex(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
        )
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn payload_is_two_words() {
        assert!(std::mem::size_of::<super::Payload>() <= 24);
    }
}
