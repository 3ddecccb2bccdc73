//! A type's instance layout as CPython 3.11 reports it: `__basicsize__`,
//! `__itemsize__`, `__dictoffset__`, `__weakrefoffset__` and `__flags__`.
//!
//! Builtin types answer from a table of CPython's values. A class derives
//! its layout from its best base the way `type_new` lays one out: its own
//! `__slots__` members first, then the weak-reference list pointer, then the
//! `__dict__` pointer (after the items of a variable-sized base, -8) or a
//! "managed" dict kept before the object (a negative offset past the GC
//! header). The members and getsets the class statement put in the class
//! namespace (typeobj.rs) say which of these the class added, and the
//! basic size is the one `sys.getsizeof` uses, so the two cannot disagree.

use crate::heap::ObjRef;
use crate::vm::Vm;

use super::descr::{DICT_GETSET, NATIVE_GETSET, WEAKREF_GETSET};

/// `tp_basicsize`, `tp_itemsize`, `tp_dictoffset`, `tp_weaklistoffset`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub basicsize: i64,
    pub itemsize: i64,
    pub dictoffset: i64,
    pub weaklistoffset: i64,
}

const HEAPTYPE: i64 = 1 << 9;
const BASETYPE: i64 = 1 << 10;
const READY: i64 = 1 << 12;
const HAVE_GC: i64 = 1 << 14;
const MANAGED_DICT: i64 = 1 << 4;
const IS_ABSTRACT: i64 = 1 << 20;
/// What a class inherits from its base's flags: SEQUENCE, MAPPING,
/// MATCH_SELF and the fast-subclass bits (int … type).
const INHERITED: i64 = (1 << 5) | (1 << 6) | (1 << 22) | (0xff << 24);

/// CPython 3.11's (basicsize, itemsize, dictoffset, weaklistoffset, flags) of builtin
/// types, by name (as a fresh interpreter shows them).
const BUILTIN: &[(&str, i64, i64, i64, i64, i64)] = &[
    ("ArithmeticError", 72, 0, 16, 0, 0x40005500),
    ("AssertionError", 72, 0, 16, 0, 0x40005500),
    ("AttributeError", 88, 0, 16, 0, 0x40085500),
    ("BaseException", 72, 0, 16, 0, 0x40085500),
    ("BaseExceptionGroup", 88, 0, 16, 0, 0x40005500),
    ("BlockingIOError", 112, 0, 16, 0, 0x40005500),
    ("BrokenPipeError", 112, 0, 16, 0, 0x40005500),
    ("BufferError", 72, 0, 16, 0, 0x40005500),
    ("BytesWarning", 72, 0, 16, 0, 0x40005500),
    ("ChildProcessError", 112, 0, 16, 0, 0x40005500),
    ("ConnectionAbortedError", 112, 0, 16, 0, 0x40005500),
    ("ConnectionError", 112, 0, 16, 0, 0x40005500),
    ("ConnectionRefusedError", 112, 0, 16, 0, 0x40005500),
    ("ConnectionResetError", 112, 0, 16, 0, 0x40005500),
    ("DeprecationWarning", 72, 0, 16, 0, 0x40005500),
    ("EOFError", 72, 0, 16, 0, 0x40005500),
    ("EncodingWarning", 72, 0, 16, 0, 0x40005500),
    ("OSError", 112, 0, 16, 0, 0x40005500),
    ("Exception", 72, 0, 16, 0, 0x40085500),
    ("FileExistsError", 112, 0, 16, 0, 0x40005500),
    ("FileNotFoundError", 112, 0, 16, 0, 0x40005500),
    ("FloatingPointError", 72, 0, 16, 0, 0x40005500),
    ("FutureWarning", 72, 0, 16, 0, 0x40005500),
    ("GeneratorExit", 72, 0, 16, 0, 0x40005500),
    ("ImportError", 96, 0, 16, 0, 0x40085500),
    ("ImportWarning", 72, 0, 16, 0, 0x40005500),
    ("IndentationError", 136, 0, 16, 0, 0x40005500),
    ("IndexError", 72, 0, 16, 0, 0x40005500),
    ("InterruptedError", 112, 0, 16, 0, 0x40005500),
    ("IsADirectoryError", 112, 0, 16, 0, 0x40005500),
    ("KeyError", 72, 0, 16, 0, 0x40005500),
    ("KeyboardInterrupt", 72, 0, 16, 0, 0x40005500),
    ("LookupError", 72, 0, 16, 0, 0x40005500),
    ("MemoryError", 72, 0, 16, 0, 0x40005500),
    ("ModuleNotFoundError", 96, 0, 16, 0, 0x40085500),
    ("NameError", 80, 0, 16, 0, 0x40005500),
    ("NotADirectoryError", 112, 0, 16, 0, 0x40005500),
    ("NotImplementedError", 72, 0, 16, 0, 0x40005500),
    ("OverflowError", 72, 0, 16, 0, 0x40005500),
    ("PendingDeprecationWarning", 72, 0, 16, 0, 0x40005500),
    ("PermissionError", 112, 0, 16, 0, 0x40005500),
    ("ProcessLookupError", 112, 0, 16, 0, 0x40005500),
    ("RecursionError", 72, 0, 16, 0, 0x40005500),
    ("ReferenceError", 72, 0, 16, 0, 0x40005500),
    ("ResourceWarning", 72, 0, 16, 0, 0x40005500),
    ("RuntimeError", 72, 0, 16, 0, 0x40005500),
    ("RuntimeWarning", 72, 0, 16, 0, 0x40005500),
    ("StopAsyncIteration", 72, 0, 16, 0, 0x40005500),
    ("StopIteration", 80, 0, 16, 0, 0x40005500),
    ("SyntaxError", 136, 0, 16, 0, 0x40005500),
    ("SyntaxWarning", 72, 0, 16, 0, 0x40005500),
    ("SystemError", 72, 0, 16, 0, 0x40005500),
    ("SystemExit", 80, 0, 16, 0, 0x40005500),
    ("TabError", 136, 0, 16, 0, 0x40005500),
    ("TimeoutError", 112, 0, 16, 0, 0x40005500),
    ("TypeError", 72, 0, 16, 0, 0x40085500),
    ("UnboundLocalError", 80, 0, 16, 0, 0x40005500),
    ("UnicodeDecodeError", 112, 0, 16, 0, 0x40005500),
    ("UnicodeEncodeError", 112, 0, 16, 0, 0x40005500),
    ("UnicodeError", 72, 0, 16, 0, 0x40005500),
    ("UnicodeTranslateError", 112, 0, 16, 0, 0x40005500),
    ("UnicodeWarning", 72, 0, 16, 0, 0x40005500),
    ("UserWarning", 72, 0, 16, 0, 0x40005500),
    ("ValueError", 72, 0, 16, 0, 0x40005500),
    ("Warning", 72, 0, 16, 0, 0x40005500),
    ("ZeroDivisionError", 72, 0, 16, 0, 0x40005500),
    ("bool", 32, 4, 0, 0, 0x1481100),
    ("bytearray", 56, 0, 0, 0, 0x481500),
    ("bytes", 33, 1, 0, 0, 0x8481500),
    ("classmethod", 32, 0, 24, 0, 0x85500),
    ("complex", 32, 0, 0, 0, 0x1500),
    ("dict", 48, 0, 0, 0, 0x20485540),
    ("enumerate", 56, 0, 0, 0, 0x5500),
    ("filter", 32, 0, 0, 0, 0x5500),
    ("float", 24, 0, 0, 0, 0x401500),
    ("frozenset", 200, 0, 0, 192, 0x485500),
    ("int", 24, 4, 0, 0, 0x1481500),
    ("list", 40, 0, 0, 0, 0x2485520),
    ("map", 32, 0, 0, 0, 0x85500),
    ("memoryview", 144, 8, 0, 136, 0x85120),
    ("object", 16, 0, 0, 0, 0x81500),
    ("property", 64, 0, 0, 0, 0x85500),
    ("range", 48, 0, 0, 0, 0x81120),
    ("reversed", 32, 0, 0, 0, 0x5500),
    ("set", 200, 0, 0, 192, 0x485500),
    ("slice", 40, 0, 0, 0, 0x5100),
    ("staticmethod", 32, 0, 24, 0, 0x85500),
    ("str", 80, 0, 0, 0, 0x10481500),
    ("super", 40, 0, 0, 0, 0x5500),
    ("tuple", 24, 8, 0, 0, 0x4485520),
    ("type", 904, 40, 264, 368, 0x80085d00),
    ("zip", 48, 0, 0, 0, 0x5500),
    ("async_generator", 152, 8, 0, 24, 0x5180),
    ("builtin_function_or_method", 56, 0, 0, 40, 0x85980),
    ("cell", 24, 0, 0, 0, 0x5100),
    ("classmethod_descriptor", 56, 0, 0, 0, 0x5180),
    ("code", 184, 2, 0, 144, 0x1100),
    ("coroutine", 152, 8, 0, 24, 0x85180),
    ("ellipsis", 16, 0, 0, 0, 0x81100),
    ("frame", 120, 8, 0, 0, 0x85180),
    ("function", 136, 0, 88, 96, 0xa5900),
    ("generator", 152, 8, 0, 24, 0x85180),
    ("GenericAlias", 64, 0, 0, 40, 0x85d00),
    ("getset_descriptor", 48, 0, 0, 0, 0x85180),
    ("mappingproxy", 24, 0, 0, 0, 0x85140),
    ("member_descriptor", 48, 0, 0, 0, 0x85180),
    ("method_descriptor", 56, 0, 0, 0, 0x25980),
    ("method", 48, 0, 0, 32, 0x5900),
    ("method-wrapper", 32, 0, 0, 0, 0x5180),
    ("module", 56, 0, 16, 40, 0x85500),
    ("NoneType", 16, 0, 0, 0, 0x81100),
    ("NotImplementedType", 16, 0, 0, 0, 0x81100),
    ("SimpleNamespace", 24, 0, 16, 0, 0x85500),
    ("traceback", 40, 0, 0, 0, 0x85100),
    ("UnionType", 32, 0, 0, 0, 0x5180),
    ("wrapper_descriptor", 56, 0, 0, 0, 0xa5180),
    ("deque", 216, 0, 0, 208, 0x5520),
    ("OrderedDict", 112, 0, 96, 104, 0x20405540),
    ("list_iterator", 32, 0, 0, 0, 0x5180),
    ("tuple_iterator", 32, 0, 0, 0, 0x5180),
    ("dict_keys", 24, 0, 0, 0, 0x5180),
    ("dict_values", 24, 0, 0, 0, 0x5180),
    ("dict_items", 24, 0, 0, 0, 0x85180),
    ("dict_keyiterator", 56, 0, 0, 0, 0x85180),
    ("range_iterator", 48, 0, 0, 0, 0x1180),
    ("set_iterator", 48, 0, 0, 0, 0x5180),
    ("str_ascii_iterator", 32, 0, 0, 0, 0x5180),
    ("list_reverseiterator", 32, 0, 0, 0, 0x5180),
    ("bytes_iterator", 32, 0, 0, 0, 0x5180),
    ("bytearray_iterator", 32, 0, 0, 0, 0x5180),
    ("flags", 24, 8, 0, 0, 0x44851a0),
    ("float_info", 24, 8, 0, 0, 0x4405120),
    ("version_info", 24, 8, 0, 0, 0x44051a0),
    ("hash_info", 24, 8, 0, 0, 0x4405120),
    ("int_info", 24, 8, 0, 0, 0x4405120),
    ("thread_info", 24, 8, 0, 0, 0x4405120),
];

fn builtin_entry(name: &str) -> Option<&'static (&'static str, i64, i64, i64, i64, i64)> {
    BUILTIN.iter().find(|e| e.0 == name)
}

/// What a class statement added to its base's layout, read back from the
/// descriptors it put in the class namespace.
struct Added {
    own_slots: i64,
    weaklist: bool,
    dict: bool,
}

fn added_by_class(vm: &Vm, ty: ObjRef) -> Added {
    let mut a = Added { own_slots: 0, weaklist: false, dict: false };
    let d = vm.type_data(ty).dict;
    for (_, v) in vm.dict_items(d) {
        let Some(m) = vm.member_of(v) else { continue };
        if m.owner != ty {
            continue;
        }
        match m.index {
            DICT_GETSET => a.dict = true,
            WEAKREF_GETSET => a.weaklist = true,
            i if i < NATIVE_GETSET => a.own_slots += 1,
            _ => {}
        }
    }
    a
}

impl Vm {
    /// The instance layout of type `ty` (see the module comment).
    pub fn type_layout(&self, ty: ObjRef) -> Layout {
        let td = self.type_data(ty);
        let basicsize = td.basicsize as i64;
        if !td.heap_type {
            return match builtin_entry(&td.name) {
                Some(e) => Layout { basicsize: e.1, itemsize: e.2, dictoffset: e.3, weaklistoffset: e.4 },
                None => Layout { basicsize, itemsize: 0, dictoffset: 0, weaklistoffset: 0 },
            };
        }
        // The best base: the one with the largest instances (typeobj.rs).
        let bases = td.bases.clone();
        let best = bases.iter().copied().fold(None::<ObjRef>, |acc, b| match acc {
            Some(a) if self.type_data(a).basicsize >= self.type_data(b).basicsize => Some(a),
            _ => Some(b),
        });
        let (base, extra) = match best {
            // What the class adds over its base is what `sys.getsizeof`
            // adds too (modules/sys.rs `layout_extra`).
            Some(b) => (self.type_layout(b), basicsize - self.type_data(b).basicsize as i64),
            None => (Layout { basicsize: 16, itemsize: 0, dictoffset: 0, weaklistoffset: 0 }, basicsize - 16),
        };
        let added = added_by_class(self, ty);
        let mut offset = base.basicsize + 8 * added.own_slots;
        let mut l = Layout { basicsize: base.basicsize + extra, ..base };
        // A variable-sized base's items follow the fixed part: no weakref list.
        if added.weaklist && base.itemsize == 0 && base.weaklistoffset == 0 {
            l.weaklistoffset = offset;
            offset += 8;
        }
        if added.dict && base.dictoffset == 0 {
            if base.itemsize != 0 {
                l.dictoffset = -8;
            } else {
                // Managed dict: before the object, past the GC header and the values pointer.
                l.dictoffset = -offset - 24;
            }
        }
        l
    }

    /// `type.__flags__` (without the attribute cache's "valid version" bit
    /// for classes, which CPython sets and clears as lookups go).
    pub fn type_flags(&mut self, ty: ObjRef) -> i64 {
        let (heap, name, bases) = {
            let td = self.type_data(ty);
            (td.heap_type, td.name.clone(), td.bases.clone())
        };
        if !heap {
            return builtin_entry(&name).map_or(READY | (1 << 18), |e| e.5);
        }
        let mut f = HEAPTYPE | BASETYPE | READY | HAVE_GC;
        for b in bases {
            f |= self.type_flags(b) & INHERITED;
        }
        if self.type_data(ty).managed_dict() {
            f |= MANAGED_DICT;
        }
        let d = self.type_data(ty).dict;
        if let Some(a) = self.dict_get_str(d, "__abstractmethods__") {
            let a = self.incref(a);
            match self.len(a) {
                Ok(n) if n > 0 => f |= IS_ABSTRACT,
                Ok(_) => {}
                Err(e) => self.drop_err(e),
            }
            self.decref(a);
        }
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_the_core_types() {
        assert_eq!(builtin_entry("tuple").map(|e| (e.1, e.2)), Some((24, 8)));
        assert_eq!(builtin_entry("type").map(|e| (e.1, e.3, e.4)), Some((904, 264, 368)));
        assert!(BUILTIN.iter().enumerate().all(|(i, e)| BUILTIN[..i].iter().all(|o| o.0 != e.0)));
    }
}
