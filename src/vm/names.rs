//! Interned attribute names the runtime looks up often (`__init__`,
//! `__add__`…), created once per interpreter so lookups compare by identity.

use crate::heap::ObjRef;

macro_rules! names {
    ($($f:ident),* $(,)?) => {
        /// Interned str objects for the runtime's well-known names.
        #[allow(non_snake_case)]
        pub struct Names { $(pub $f: ObjRef,)* }
        impl Names {
            pub(crate) fn placeholder(null: ObjRef) -> Names { Names { $($f: null,)* } }
            pub(crate) fn init(vm: &mut super::Vm) {
                $(vm.n.$f = vm.intern(stringify!($f));)*
            }
            /// Every name (each an owned reference; the heap verifier's roots).
            pub fn all(&self) -> Vec<ObjRef> {
                vec![$(self.$f,)*]
            }
        }
    };
}

names!(
    __init__, __new__, __repr__, __str__, __hash__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__,
    __bool__, __len__, __iter__, __next__, __getitem__, __setitem__, __delitem__, __contains__,
    __call__, __get__, __set__, __delete__, __getattr__, __getattribute__, __setattr__, __delattr__,
    __enter__, __exit__, __del__, __dict__, __class__, __name__, __qualname__, __module__, __doc__,
    __slots__, __init_subclass__, __set_name__, __classcell__, __build_class__, __prepare__,
    __mro_entries__, __format__, __index__, __int__, __float__, __complex__, __abs__, __neg__, __pos__,
    __invert__, __round__, __trunc__, __floor__, __ceil__, __reversed__, __missing__, __file__,
    __path__, __package__, __spec__, __loader__, __builtins__, __annotations__, __weakref__, __all__,
    __main__, __sizeof__, __instancecheck__, __subclasscheck__, __length_hint__, __class_getitem__,
    __bases__, __mro__, __self__, __func__, __wrapped__, __traceback__, __cause__,
    __context__, __suppress_context__, __isabstractmethod__, __await__, __aiter__, __anext__,
    __add__, __radd__, __iadd__, __sub__, __rsub__, __isub__, __mul__, __rmul__, __imul__,
    __truediv__, __rtruediv__, __itruediv__, __floordiv__, __rfloordiv__, __ifloordiv__, __mod__,
    __rmod__, __imod__, __pow__, __rpow__, __ipow__, __matmul__, __rmatmul__, __imatmul__, __lshift__,
    __rlshift__, __ilshift__, __rshift__, __rrshift__, __irshift__, __and__, __rand__, __iand__,
    __or__, __ror__, __ior__, __xor__, __rxor__, __ixor__, __divmod__, __rdivmod__,
    send, throw, close, args, keys, items, values, append, write, flush, join, get, update,
    copy, name, value, code, msg, errno, strerror, filename, lineno, offset, text, print_file_and_line,
    end_lineno, end_offset, obj, path, mro, metaclass,
);
