//! Descriptors a class statement creates: `member_descriptor` for each
//! `__slots__` name and `getset_descriptor` for `__dict__` / `__weakref__`;
//! also read-only members of builtin types (`BaseExceptionGroup.message`) and
//! getsets that expose a builtin type's native attributes (`NATIVE_GETSET`).


use crate::heap::{BaseKind, NativeData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// A slot member (`index` into the instance's slot storage) or a getset
/// (`index` = usize::MAX for `__dict__`, usize::MAX - 1 for `__weakref__`,
/// usize::MAX - 2 for a native attribute read by `builtin_attr`).
pub struct Member {
    pub name: ObjRef,
    pub owner: ObjRef,
    pub index: usize,
    /// Assignment raises `AttributeError: readonly attribute`.
    pub readonly: bool,
}

pub const DICT_GETSET: usize = usize::MAX;
pub const WEAKREF_GETSET: usize = usize::MAX - 1;
/// A getset for an attribute the VM provides natively (`builtin_attr` /
/// `builtin_setattr`), so that it is listed in the type's namespace and dir().
pub const NATIVE_GETSET: usize = usize::MAX - 2;

impl NativeData for Member {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.name);
        visit(self.owner);
    }
    fn sizeof(&self) -> usize {
        48
    }
}

impl Vm {
    /// A member/getset descriptor for class `owner` (owned). The descriptor
    /// owns a reference to its class (CPython's d_type), which makes a class
    /// with descriptors cyclic garbage as in CPython.
    pub fn new_member_descr(&mut self, name: ObjRef, owner: ObjRef, index: usize) -> ObjRef {
        self.incref(name);
        self.incref(owner);
        let t = if index >= NATIVE_GETSET { self.getset_descriptor_type() } else { self.member_descriptor_type() };
        self.alloc(t, Payload::Native(Box::new(Member { name, owner, index, readonly: false })))
    }

    /// A read-only member of a builtin type (owned): a slot index, or
    /// `NATIVE_GETSET` for a native attribute (CPython's READONLY members).
    pub fn new_readonly_member_descr(&mut self, name: ObjRef, owner: ObjRef, index: usize) -> ObjRef {
        self.incref(name);
        self.incref(owner);
        let t = self.member_descriptor_type();
        self.alloc(t, Payload::Native(Box::new(Member { name, owner, index, readonly: true })))
    }

    /// Adds getsets named `names` to builtin type `ty` for attributes that
    /// `builtin_attr` / `builtin_setattr` provide.
    pub fn add_native_getsets(&mut self, ty: ObjRef, names: &[&str]) {
        for name in names {
            let n = self.intern(name);
            let d = self.new_member_descr(n, ty, NATIVE_GETSET);
            let dict = self.type_dict(ty);
            self.dict_set_item_str_key(dict, n, d);
            self.decref(d);
            self.decref(n);
        }
        self.type_modified(ty);
    }

    pub fn member_of(&self, d: ObjRef) -> Option<&Member> {
        match self.heap.get(d) {
            Payload::Native(n) => n.as_any().downcast_ref::<Member>(),
            _ => None,
        }
    }

    fn member_descriptor_type(&mut self) -> ObjRef {
        let d = self.type_dict(self.t.object);
        let _ = d;
        self.descr_types.0
    }
    fn getset_descriptor_type(&mut self) -> ObjRef {
        self.descr_types.1
    }

    /// Reads a slot member of `obj` (AttributeError when unset).
    pub fn member_get(&mut self, d: ObjRef, obj: ObjRef) -> PyResult<ObjRef> {
        let Some(m) = self.member_of(d) else { return Err(self.type_error("not a member descriptor")) };
        let (name, owner, index) = (m.name, m.owner, m.index);
        match index {
            DICT_GETSET => self.instance_dict(obj),
            // gc helper: the first weak reference (CPython's tp_weaklist head).
            WEAKREF_GETSET => {
                let first = self.heap.gc.weakrefs.get(&obj).and_then(|l| l.first().copied());
                Ok(match first {
                    Some(w) => self.incref(w),
                    None => self.none(),
                })
            }
            NATIVE_GETSET => self.native_getset_get(obj, name, owner),
            _ => {
                let v = self.heap.attrs(obj).and_then(|a| a.slots.get(index).copied().flatten());
                match v {
                    Some(v) => Ok(self.incref(v)),
                    // SyntaxError's members are CPython T_OBJECT ones: a
                    // deleted one reads as None.
                    None if owner == self.t.syntax_error => Ok(self.none()),
                    None => {
                        let n = self.as_str(name).unwrap_or("").to_string();
                        let tn = self.type_name_of(obj);
                        Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
                    }
                }
            }
        }
    }

    /// Sets (Some) or deletes (None) a slot member.
    pub fn member_set(&mut self, d: ObjRef, obj: ObjRef, value: Option<ObjRef>) -> PyResult<()> {
        let Some(m) = self.member_of(d) else { return Err(self.type_error("not a member descriptor")) };
        let (name, owner, index, readonly) = (m.name, m.owner, m.index, m.readonly);
        if readonly {
            return Err(self.attribute_error("readonly attribute"));
        }
        if index == NATIVE_GETSET {
            return self.native_getset_set(obj, name, owner, value);
        }
        if index == DICT_GETSET {
            let k = self.n.__dict__;
            return match self.builtin_setattr(obj, k, value)? {
                Some(()) => Ok(()),
                None => Err(self.type_error("__dict__ must be set to a dictionary")),
            };
        }
        if index == WEAKREF_GETSET {
            let cls = self.type_data(owner).name.clone();
            return Err(self.attribute_error(format!("attribute '__weakref__' of '{cls}' objects is not writable")));
        }
        let old = {
            let a = self.heap.attrs_mut(obj).get_or_insert_with(Default::default);
            if a.slots.len() <= index {
                a.slots.resize(index + 1, None);
            }
            std::mem::replace(&mut a.slots[index], value)
        };
        if let Some(v) = value {
            self.incref(v);
        }
        match old {
            Some(o) => {
                self.decref(o);
                Ok(())
            }
            None if value.is_none() => {
                let n = self.as_str(name).unwrap_or("").to_string();
                let tn = self.type_name_of(obj);
                Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
            }
            None => Ok(()),
        }
    }
}

fn m_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = args.args[0];
    match args.args.get(1).copied().filter(|&o| o != vm.none_obj) {
        Some(o) => vm.member_get(d, o),
        None => Ok(vm.incref(d)),
    }
}

fn m_set(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__set__", 2, 2)?;
    vm.member_set(args.args[0], args.args[1], Some(args.args[2]))?;
    Ok(vm.none())
}

fn m_delete(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "__delete__", 1, 1)?;
    vm.member_set(args.args[0], args.args[1], None)?;
    Ok(vm.none())
}

fn m_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Some(m) = vm.member_of(args.args[0]) else { return Err(vm.type_error("not a member descriptor")) };
    let (name, owner, index, readonly) = (m.name, m.owner, m.index, m.readonly);
    let n = vm.as_str(name).unwrap_or("").to_string();
    let on = vm.type_name(owner);
    let kind = if index >= NATIVE_GETSET && !readonly { "attribute" } else { "member" };
    Ok(vm.new_str(format!("<{kind} '{n}' of '{on}' objects>")))
}

fn m_name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Some(m) = vm.member_of(args.args[0]) else { return Err(vm.type_error("not a member descriptor")) };
    let n = m.name;
    Ok(vm.incref(n))
}

fn m_objclass(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let Some(m) = vm.member_of(args.args[0]) else { return Err(vm.type_error("not a member descriptor")) };
    let o = m.owner;
    Ok(vm.incref(o))
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("__get__", m_get),
    MethodDef::method("__set__", m_set),
    MethodDef::method("__delete__", m_delete),
    MethodDef::method("__repr__", m_repr),
];

const PROPS: &[MethodDef] = &[MethodDef::method("__name__", m_name), MethodDef::method("__objclass__", m_objclass)];

pub fn register(vm: &mut Vm) {
    let o = Some(vm.t.object);
    let m = vm.make_type("member_descriptor", o, BaseKind::Other, false);
    let g = vm.make_type("getset_descriptor", o, BaseKind::Other, false);
    for t in [m, g] {
        // PyMemberDescrObject / PyGetSetDescrObject: 48 bytes.
        vm.type_data_mut(t).basicsize = 48;
        vm.add_methods(t, METHODS);
        vm.add_properties(t, PROPS);
    }
    vm.descr_types = (m, g);
}
