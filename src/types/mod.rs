//! The builtin types: their type objects, bootstrapping, and one file per
//! type with its methods.
//!
//! # How to give a builtin type a method
//!
//! 1. Write a native function with the uniform signature
//!    `fn list_append(vm: &mut Vm, args: &Args) -> PyResult<ObjRef>`.
//!    For methods `args.args[0]` is `self` (borrowed); the rest are the
//!    arguments (see `vm/args.rs`: `vm.check_method_args(args, "append", 1, 1)?`,
//!    `vm.parse_args(...)`). Return a new reference (`vm.none()` for None).
//! 2. List it in the type file's `METHODS` table:
//!    `MethodDef::method("append", list_append)` (also `::classmethod`,
//!    `::staticmethod`). Dunders (`__len__`, `__add__`, `__repr__`…) are
//!    ordinary entries too; the VM's protocol helpers find them by lookup on
//!    the type's MRO (builtin exact types also have fast paths in `vm/ops.rs`).
//! 3. The type file's `register(vm)` calls `vm.add_methods(vm.t.list, METHODS)`;
//!    `bootstrap` below calls every `register`.
//!
//! To add a new builtin type: a field in [`Types`] (macro below), create it
//! in `bootstrap` with `make_type`, and if its objects need their own
//! payload, use `Payload::Native(Box<dyn NativeData>)` (heap/payload.rs).
//!
//! Type-checks: `vm.ty(x) == vm.t.list` (exact) or `vm.isinstance_type(x, vm.t.list)`.

pub mod bool_none;
pub mod bytes;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod dictview;
pub mod exceptions;
pub mod exceptions_group;
pub mod exceptions_syntax;
pub mod float;
pub mod frame;
pub mod func;
pub mod generic_alias;
pub mod mappingproxy;
pub mod union;
pub mod int;
pub mod iter;
pub mod list;
pub mod listsort;
pub mod object;
pub mod object_pickle;
pub mod native_attrs;
pub mod range;
pub mod set;
pub mod slice;
pub mod slot_wrapper;
pub mod str;
pub mod tuple;
pub mod type_layout;
pub mod typeobj;
// modsys helper: struct sequences (sys.float_info & co.) and memoryview.
pub mod structseq;
pub mod memoryview;
// gc helper: weakref.ref and the proxy types.
pub mod weakref;
// natives helper: collections.deque / OrderedDict and types.SimpleNamespace.
pub mod collections;
pub mod namespace;

use crate::heap::{BaseKind, Binding, BuiltinData, NativeFn, ObjRef, Payload, TypeData, IMMORTAL_RC};
use crate::vm::Vm;

/// One method of a builtin type.
#[derive(Clone, Copy)]
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub binding: Binding,
}

impl MethodDef {
    pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, binding: Binding::Method }
    }
    pub const fn classmethod(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, binding: Binding::ClassMethod }
    }
    pub const fn staticmethod(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, binding: Binding::Static }
    }
}

macro_rules! types {
    ($($f:ident),* $(,)?) => {
        /// The builtin type objects of one interpreter.
        pub struct Types { $(pub $f: ObjRef,)* }
        impl Types {
            pub(crate) fn placeholder(null: ObjRef) -> Types { Types { $($f: null,)* } }
        }
    };
}

types!(
    type_, object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
    range, slice, none_type, ellipsis_type, not_implemented_type, function, builtin_function,
    method_descriptor, classmethod_descriptor, code, cell, method, module, generator, traceback, frame,
    property, staticmethod, classmethod, super_, list_iterator, list_reverseiterator, tuple_iterator,
    range_iterator, str_iterator, bytes_iterator, dict_keyiterator, dict_valueiterator,
    dict_itemiterator, set_iterator, seq_iterator, callable_iterator, enumerate, zip, map, filter,
    reversed, dict_keys, dict_values, dict_items, weakref, native_object,
    dict_reversekeyiterator, dict_reversevalueiterator, dict_reverseitemiterator, longrange_iterator,
    // exceptions
    base_exception, system_exit, keyboard_interrupt, generator_exit, exception, stop_iteration,
    arithmetic_error, floating_point_error, overflow_error, zero_division_error, assertion_error,
    attribute_error, buffer_error, eof_error, import_error, module_not_found_error, lookup_error,
    index_error, key_error, memory_error, name_error, unbound_local_error, os_error, file_exists_error,
    file_not_found_error, is_a_directory_error, not_a_directory_error, permission_error,
    interrupted_error, timeout_error, connection_error, broken_pipe_error, child_process_error,
    process_lookup_error, blocking_io_error, reference_error, runtime_error, not_implemented_error,
    recursion_error, syntax_error, indentation_error, tab_error, system_error, type_error, value_error,
    unicode_error, unicode_decode_error, unicode_encode_error, unicode_translate_error, warning,
    deprecation_warning, pending_deprecation_warning, runtime_warning, syntax_warning, user_warning,
    future_warning, import_warning, unicode_warning, bytes_warning, resource_warning,
    encoding_warning, stop_async_iteration, base_exception_group, exception_group, generic_alias, union_type,
    mappingproxy, str_ascii_iterator, bytearray_iterator, memory_iterator,
    // async/await (src/vm/coro.rs)
    coroutine, async_generator, coroutine_wrapper, async_generator_asend, async_generator_athrow,
    async_generator_wrapped_value,
    // collections / types natives
    deque, deque_iterator, deque_reverse_iterator, odict, odict_keys, odict_values, odict_items,
    odict_iterator, simple_namespace,
    // slots helper: `int.__add__` and `(1).__add__` (see slot_wrapper.rs).
    wrapper_descriptor, method_wrapper,
);

impl Vm {
    /// Creates a builtin type object (not a heap type) with the given single base.
    /// Sets a type's `__module__` (native types made by `make_type` say
    /// "builtins" until told otherwise).
    pub fn set_type_module(&mut self, ty: ObjRef, module: &str) {
        let d = self.type_dict(ty);
        let m = self.new_str(module);
        self.dict_set_str(d, "__module__", m);
        self.decref(m);
    }

    pub fn make_type(&mut self, name: &str, base: Option<ObjRef>, kind: BaseKind, base_ok: bool) -> ObjRef {
        let dict = self.new_dict();
        let bases: Vec<ObjRef> = base.into_iter().collect();
        for &b in &bases {
            self.incref(b);
        }
        let qualname = if self.t.str == self.null { self.null } else { self.new_str(name) };
        let td = TypeData {
            name: name.to_string(),
            qualname,
            bases: bases.clone(),
            mro: Vec::new(),
            bases_tuple: None,
            mro_tuple: None,
            dict,
            base_kind: kind,
            heap_type: false,
            has_dict: false,
            slot_names: Vec::new(),
            base_ok,
            version: 0,
            has_del: false,
            has_getattr: false,
            has_getattribute: false,
            has_setattr: false,
            basicsize: 16,
            subclasses: Vec::new(),
            native_new: None,
            shared: crate::heap::SharedKeys::new_ref(),
        };
        let t = self.t.type_;
        let r = self.alloc(t, Payload::Type(Box::new(td)));
        self.heap.set_rc(r, IMMORTAL_RC);
        let mut mro = vec![r];
        if let Some(b) = base {
            if let Payload::Type(bt) = self.heap.get(b) {
                mro.extend(bt.mro.iter().copied());
            }
        }
        for &m in &mro[1..] {
            self.incref(m);
        }
        if let Payload::Type(td) = self.heap.get_mut(r) {
            td.mro = mro;
        }
        // Builtin types have no `__module__` entry (it comes from the type
        // itself, see builtin_attr); their namespace has `__doc__`.
        let k = self.n.__doc__;
        if k != self.null && self.none_obj != self.null {
            let none = self.none_obj;
            self.dict_set_item_str_key(dict, k, none);
        }
        r
    }

    /// Adds native methods to a type's dict.
    pub fn add_methods(&mut self, ty: ObjRef, methods: &[MethodDef]) {
        for m in methods {
            let f = self.new_builtin_method(m.name, m.func, m.binding, Some(ty));
            let dict = self.type_dict(ty);
            let k = self.intern(m.name);
            self.dict_set_item_str_key(dict, k, f);
            self.decref(k);
            self.decref(f);
        }
        self.type_modified(ty);
    }

    /// Adds read-only properties whose getters are native functions taking `self` as `args[0]`.
    pub fn add_properties(&mut self, ty: ObjRef, getters: &[MethodDef]) {
        for m in getters {
            let g = self.new_builtin_function(m.name, m.func);
            let t = self.t.property;
            let p = self.alloc(t, Payload::Property(Box::new([Some(g), None, None, None])));
            let dict = self.type_dict(ty);
            let k = self.intern(m.name);
            self.dict_set_item_str_key(dict, k, p);
            self.decref(k);
            self.decref(p);
        }
        self.type_modified(ty);
    }

    /// A builtin function object (`len`, `sys.getsizeof`), owned.
    pub fn new_builtin_function(&mut self, name: &'static str, func: NativeFn) -> ObjRef {
        let t = self.t.builtin_function;
        self.alloc(
            t,
            Payload::Builtin(Box::new(BuiltinData { name, func, self_: None, owner: None, is_method: false, binding: Binding::Function, doc: None })),
        )
    }

    pub fn new_builtin_method(&mut self, name: &'static str, func: NativeFn, binding: Binding, owner: Option<ObjRef>) -> ObjRef {
        // A dunder that CPython fills a type slot with is a slot wrapper.
        let slot_doc = match (binding, owner) {
            (Binding::Method, Some(o)) => slot_wrapper::slot_doc(self, o, name),
            _ => None,
        };
        if slot_doc.is_some() {
            let t = self.t.wrapper_descriptor;
            return self.alloc(t, Payload::Builtin(Box::new(BuiltinData { name, func, self_: None, owner, is_method: true, binding, doc: slot_doc })));
        }
        let t = match binding {
            Binding::Method => self.t.method_descriptor,
            Binding::ClassMethod => self.t.classmethod_descriptor,
            _ => self.t.builtin_function,
        };
        self.alloc(t, Payload::Builtin(Box::new(BuiltinData { name, func, self_: None, owner, is_method: binding == Binding::Method, binding, doc: None })))
    }

    /// The namespace dict of a type (borrowed).
    pub fn type_dict(&self, ty: ObjRef) -> ObjRef {
        // The caller may write to the dict: forget cached lookups (perf cache).
        self.attr_cache.invalidate();
        match self.heap.get(ty) {
            Payload::Type(t) => t.dict,
            _ => panic!("type_dict of a non-type"),
        }
    }

    pub fn type_data(&self, ty: ObjRef) -> &TypeData {
        match self.heap.get(ty) {
            Payload::Type(t) => t,
            _ => panic!("type_data of a non-type"),
        }
    }
    pub fn type_data_mut(&mut self, ty: ObjRef) -> &mut TypeData {
        match self.heap.get_mut(ty) {
            Payload::Type(t) => t,
            _ => panic!("type_data of a non-type"),
        }
    }
    pub fn is_type(&self, r: ObjRef) -> bool {
        matches!(self.heap.get(r), Payload::Type(_))
    }
}

/// Builds the core types, singletons and small ints of a new interpreter.
pub fn bootstrap(vm: &mut Vm) {
    let null = vm.null;
    let blank = |name: &str, kind| TypeData {
        name: name.to_string(),
        qualname: null,
        bases: Vec::new(),
        mro: Vec::new(),
            bases_tuple: None,
            mro_tuple: None,
        dict: null,
        base_kind: kind,
        heap_type: false,
        has_dict: false,
        slot_names: Vec::new(),
        base_ok: true,
        version: 0,
        has_del: false,
        has_getattr: false,
        has_getattribute: false,
        has_setattr: false,
        basicsize: 16,
        subclasses: Vec::new(),
        native_new: None,
            shared: crate::heap::SharedKeys::new_ref(),
    };
    // type, object and dict refer to each other: create them by hand.
    let type_ = vm.heap.alloc_untyped(Payload::Type(Box::new(blank("type", BaseKind::Type))));
    vm.heap.set_ty(type_, type_);
    let object = vm.heap.alloc(type_, Payload::Type(Box::new(blank("object", BaseKind::Object))));
    let dict = vm.heap.alloc(type_, Payload::Type(Box::new(blank("dict", BaseKind::Dict))));
    for r in [type_, object, dict] {
        vm.heap.set_rc(r, IMMORTAL_RC);
    }
    vm.t.type_ = type_;
    vm.t.object = object;
    vm.t.dict = dict;
    for (r, base) in [(type_, Some(object)), (object, None), (dict, Some(object))] {
        let d = vm.new_dict();
        let td = vm.type_data_mut(r);
        td.dict = d;
        td.bases = base.into_iter().collect();
        td.mro = std::iter::once(r).chain(base).collect();
    }
    vm.type_data_mut(type_).has_dict = true;
    vm.type_data_mut(type_).basicsize = 888;
    vm.type_data_mut(object).basicsize = 16;
    vm.type_data_mut(dict).basicsize = 48;
    let o = Some(object);
    use BaseKind as K;
    vm.t.str = vm.make_type("str", o, K::Str, true);
    // The names table needs str; create it now so later types get __module__.
    crate::vm::Names::init(vm);
    for r in [type_, object, dict, vm.t.str] {
        let q = vm.new_str(vm.type_data(r).name.clone());
        vm.type_data_mut(r).qualname = q;

    }
    vm.t.int = vm.make_type("int", o, K::Int, true);
    vm.t.bool = vm.make_type("bool", Some(vm.t.int), K::Int, false);
    vm.t.float = vm.make_type("float", o, K::Float, true);
    vm.t.complex = vm.make_type("complex", o, K::Complex, true);
    vm.t.bytes = vm.make_type("bytes", o, K::Bytes, true);
    vm.t.bytearray = vm.make_type("bytearray", o, K::ByteArray, true);
    vm.t.list = vm.make_type("list", o, K::List, true);
    vm.t.tuple = vm.make_type("tuple", o, K::Tuple, true);
    vm.t.set = vm.make_type("set", o, K::Set, true);
    vm.t.frozenset = vm.make_type("frozenset", o, K::FrozenSet, true);
    let other = |vm: &mut Vm, name: &str| vm.make_type(name, Some(object), K::Other, false);
    vm.t.range = other(vm, "range");
    vm.t.slice = other(vm, "slice");
    vm.t.none_type = other(vm, "NoneType");
    vm.t.ellipsis_type = other(vm, "ellipsis");
    vm.t.not_implemented_type = other(vm, "NotImplementedType");
    vm.t.function = other(vm, "function");
    vm.t.builtin_function = other(vm, "builtin_function_or_method");
    vm.t.method_descriptor = other(vm, "method_descriptor");
    vm.t.classmethod_descriptor = other(vm, "classmethod_descriptor");
    vm.t.wrapper_descriptor = other(vm, "wrapper_descriptor");
    vm.t.method_wrapper = other(vm, "method-wrapper");
    vm.t.code = other(vm, "code");
    vm.t.cell = other(vm, "cell");
    vm.t.method = other(vm, "method");
    vm.t.module = vm.make_type("module", o, K::Module, true);
    vm.type_data_mut(vm.t.module).has_dict = true;
    vm.t.generator = other(vm, "generator");
    vm.t.coroutine = other(vm, "coroutine");
    vm.t.async_generator = other(vm, "async_generator");
    vm.t.coroutine_wrapper = other(vm, "coroutine_wrapper");
    vm.t.async_generator_asend = other(vm, "async_generator_asend");
    vm.t.async_generator_athrow = other(vm, "async_generator_athrow");
    vm.t.async_generator_wrapped_value = other(vm, "async_generator_wrapped_value");
    vm.t.traceback = other(vm, "traceback");
    vm.t.frame = other(vm, "frame");
    vm.t.property = vm.make_type("property", o, K::Object, true);
    vm.t.staticmethod = vm.make_type("staticmethod", o, K::Object, true);
    vm.t.classmethod = vm.make_type("classmethod", o, K::Object, true);
    vm.t.super_ = vm.make_type("super", o, K::Object, true);
    vm.t.list_iterator = other(vm, "list_iterator");
    vm.t.list_reverseiterator = other(vm, "list_reverseiterator");
    vm.t.tuple_iterator = other(vm, "tuple_iterator");
    vm.t.range_iterator = other(vm, "range_iterator");
    // CPython has two str iterators: one for compact ASCII strings, one for the rest.
    vm.t.str_ascii_iterator = other(vm, "str_ascii_iterator");
    vm.t.str_iterator = other(vm, "str_iterator");
    vm.t.bytearray_iterator = other(vm, "bytearray_iterator");
    vm.t.memory_iterator = other(vm, "memory_iterator");
    vm.t.bytes_iterator = other(vm, "bytes_iterator");
    vm.t.dict_keyiterator = other(vm, "dict_keyiterator");
    vm.t.dict_valueiterator = other(vm, "dict_valueiterator");
    vm.t.dict_itemiterator = other(vm, "dict_itemiterator");
    vm.t.set_iterator = other(vm, "set_iterator");
    vm.t.seq_iterator = other(vm, "iterator");
    vm.t.callable_iterator = other(vm, "callable_iterator");
    vm.t.enumerate = vm.make_type("enumerate", o, K::Other, true);
    vm.t.zip = vm.make_type("zip", o, K::Other, true);
    vm.t.map = vm.make_type("map", o, K::Other, true);
    vm.t.filter = vm.make_type("filter", o, K::Other, true);
    vm.t.reversed = vm.make_type("reversed", o, K::Other, true);
    vm.t.dict_keys = other(vm, "dict_keys");
    vm.t.dict_values = other(vm, "dict_values");
    vm.t.dict_items = other(vm, "dict_items");
    vm.t.dict_reversekeyiterator = other(vm, "dict_reversekeyiterator");
    vm.t.dict_reversevalueiterator = other(vm, "dict_reversevalueiterator");
    vm.t.dict_reverseitemiterator = other(vm, "dict_reverseitemiterator");
    vm.t.longrange_iterator = other(vm, "longrange_iterator");
    vm.t.weakref = vm.make_type("weakref", o, K::Other, true);
    vm.t.native_object = other(vm, "object");

    // Singletons.
    let none_t = vm.t.none_type;
    vm.none_obj = vm.alloc(none_t, Payload::Object);
    let t = vm.t.ellipsis_type;
    vm.ellipsis_obj = vm.alloc(t, Payload::Object);
    let t = vm.t.not_implemented_type;
    vm.not_implemented_obj = vm.alloc(t, Payload::Object);
    let t = vm.t.bool;
    vm.false_obj = vm.alloc(t, Payload::Int(0));
    vm.true_obj = vm.alloc(t, Payload::Int(1));
    let t = vm.t.tuple;
    vm.empty_tuple = vm.alloc(t, Payload::Tuple(Box::new([])));
    let t = vm.t.str;
    vm.empty_str = vm.alloc(t, Payload::Str(Box::new(crate::heap::PyStr::new(String::new()))));
    let t = vm.t.int;
    let small: Vec<ObjRef> = (-5..=256).map(|i| vm.alloc(t, Payload::Int(i))).collect();
    for r in small.iter().copied().chain([vm.none_obj, vm.ellipsis_obj, vm.not_implemented_obj, vm.false_obj, vm.true_obj, vm.empty_tuple, vm.empty_str]) {
        vm.heap.set_rc(r, IMMORTAL_RC);
    }
    vm.set_small_ints(small);
    // Types made before None existed get their `__doc__` now.
    let early: Vec<ObjRef> = vm.heap.live_refs().filter(|&r| matches!(vm.heap.get(r), Payload::Type(_))).collect();
    for t in early {
        let d = vm.type_dict(t);
        let (k, none) = (vm.n.__doc__, vm.none_obj);
        if vm.dict_get_str(d, "__doc__").is_none() {
            vm.dict_set_item_str_key(d, k, none);
        }
    }

    exceptions::create_hierarchy(vm);
    // CPython 3.11's tp_basicsize (what object.__sizeof__ reports).
    let sizes = [
        (vm.t.function, 136),
        (vm.t.method, 48),
        (vm.t.builtin_function, 56),
        (vm.t.method_descriptor, 56),
        (vm.t.classmethod_descriptor, 56),
        (vm.t.wrapper_descriptor, 56),
        (vm.t.method_wrapper, 32),
        (vm.t.property, 64),
        (vm.t.staticmethod, 32),
        (vm.t.classmethod, 32),
        (vm.t.module, 56),
        (vm.t.super_, 40),
        (vm.t.weakref, 64),
        (vm.t.enumerate, 56),
        (vm.t.zip, 48),
        (vm.t.map, 32),
        (vm.t.filter, 32),
        (vm.t.reversed, 32),
        (vm.t.slice, 40),
        (vm.t.range, 48),
        (vm.t.cell, 24),
        (vm.t.dict_keys, 24),
        (vm.t.dict_values, 24),
        (vm.t.dict_items, 24),
        (vm.t.complex, 32),
        (vm.t.traceback, 40),
    ];
    for (t, n) in sizes {
        vm.type_data_mut(t).basicsize = n;
    }

    object::register(vm);
    typeobj::register(vm);
    // Before any type makes member descriptors (SyntaxError's fields).
    descr::register(vm);
    int::register(vm);
    bool_none::register(vm);
    float::register(vm);
    complex::register(vm);
    str::register(vm);
    bytes::register(vm);
    list::register(vm);
    tuple::register(vm);
    dict::register(vm);
    set::register(vm);
    range::register(vm);
    iter::register(vm);
    func::register(vm);
    exceptions::register(vm);
    object_pickle::register(vm);
    slot_wrapper::register(vm);
    // Needs the descriptor types.
    exceptions_group::register(vm);
    generic_alias::register(vm);
    union::register(vm);
    mappingproxy::register(vm);
    collections::register(vm);
    namespace::register(vm);
    native_attrs::register(vm);
    frame::register(vm);
    code::register(vm);
}
