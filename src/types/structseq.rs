//! Struct sequences (CPython's `PyStructSequence`): tuple subclasses whose
//! items also have names — `sys.float_info`, `sys.flags`, `sys.version_info`,
//! `os.stat_result`, `time.struct_time`, …
//!
//! A struct sequence type has `n_fields` fields; the first
//! `n_sequence_fields` are the tuple's items, the rest are "hidden" (reachable
//! only by name, like `os.stat_result.st_atime`), stored in the instance's
//! inline attribute storage under their names. Fields named [`UNNAMED`] are
//! tuple items without an attribute (`os.stat_result[7]`). Every named field
//! is a read-only `member_descriptor` on the type (`readonly attribute`).
//!
//! Rust use: `vm.new_structseq_type(&SPEC)` once, then
//! `vm.new_structseq(ty, values)`. Python code (embedded stdlib) can make one
//! with `sys._structseq(module, name, fields, n_sequence_fields)` (see sys.rs).


use crate::heap::{Attrs, BaseKind, NativeData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::MethodDef;

/// The name CPython gives fields without an attribute.
pub const UNNAMED: &str = "unnamed field";

/// The description of a struct sequence type.
pub struct StructSeqSpec {
    /// `__module__` (the repr prints `module.name(...)`).
    pub module: &'static str,
    pub name: &'static str,
    pub doc: &'static str,
    /// All fields, in order; the first `n_in_sequence` are tuple items.
    pub fields: &'static [&'static str],
    pub n_in_sequence: usize,
    /// False for `sys.flags` / `sys.version_info` ("cannot create 'sys.flags' instances").
    pub instantiable: bool,
}

/// A field's member descriptor: `index` into the full field list.
pub struct SeqMember {
    pub name: ObjRef,
    pub owner: ObjRef,
    pub index: usize,
}

impl NativeData for SeqMember {
    fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.name);
    }
    fn sizeof(&self) -> usize {
        48
    }
}

/// Per-type layout read back from the type dict (`n_fields` & co.).
struct Layout {
    n_fields: usize,
    n_seq: usize,
    /// Names of all fields (UNNAMED included), in order.
    names: Vec<String>,
}

impl Vm {
    /// Creates a struct sequence type (immortal, like every builtin type).
    pub fn new_structseq_type(&mut self, spec: &StructSeqSpec) -> ObjRef {
        let fields: Vec<String> = spec.fields.iter().map(|s| s.to_string()).collect();
        self.structseq_type_from(spec.module, spec.name, spec.doc, &fields, spec.n_in_sequence, spec.instantiable)
    }

    /// `new_structseq_type` with run-time names (for `sys._structseq`).
    pub fn structseq_type_from(&mut self, module: &str, name: &str, doc: &str, fields: &[String], n_seq: usize, instantiable: bool) -> ObjRef {
        let tuple = self.t.tuple;
        // tp_name is "module.name": error messages use it, `__name__` is the last part.
        let ty = self.make_type(&format!("{module}.{name}"), Some(tuple), BaseKind::Tuple, false);
        let q = self.new_str(name);
        let old = std::mem::replace(&mut self.type_data_mut(ty).qualname, q);
        self.xdecref(Some(old).filter(|&o| o != self.null));
        self.type_data_mut(ty).basicsize = 24 + 8 * (fields.len() - n_seq);
        let d = self.type_dict(ty);
        let mo = self.new_str(module);
        self.dict_set_str(d, "__module__", mo);
        self.decref(mo);
        let doc = self.new_str(doc);
        self.dict_set_str(d, "__doc__", doc);
        self.decref(doc);
        let unnamed = fields.iter().filter(|f| *f == UNNAMED).count();
        for (k, v) in [("n_sequence_fields", n_seq), ("n_fields", fields.len()), ("n_unnamed_fields", unnamed)] {
            let v = self.new_int(v as i64);
            self.dict_set_str(d, k, v);
            self.decref(v);
        }
        let mtype = self.structseq_member_type();
        let mut match_args = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            if f == UNNAMED {
                continue;
            }
            let n = self.intern(f);
            if i < n_seq {
                match_args.push(self.incref(n));
            }
            let m = self.alloc(mtype, Payload::Native(Box::new(SeqMember { name: n, owner: ty, index: i })));
            self.dict_set_str(d, f, m);
            self.decref(m);
        }
        let ma = self.new_tuple(match_args);
        self.dict_set_str(d, "__match_args__", ma);
        self.decref(ma);
        self.add_methods(ty, if instantiable { METHODS } else { &METHODS[1..] });
        if !instantiable {
            self.add_methods(ty, &[MethodDef::staticmethod("__new__", ss_no_new)]);
        }
        self.type_modified(ty);
        ty
    }

    /// A new instance (owned) from `values` (owned; one per field: the
    /// sequence items then the hidden fields).
    pub fn new_structseq(&mut self, ty: ObjRef, mut values: Vec<ObjRef>) -> ObjRef {
        let lay = self.structseq_layout(ty);
        let hidden: Vec<ObjRef> = if values.len() > lay.n_seq { values.split_off(lay.n_seq) } else { Vec::new() };
        let obj = self.alloc(ty, Payload::Tuple(values.into_boxed_slice()));
        if !hidden.is_empty() {
            let keys: Vec<ObjRef> = lay.names[lay.n_seq..].iter().take(hidden.len()).map(|n| self.intern(n)).collect();
            let a = self.heap.attrs_mut(obj).get_or_insert_with(|| Box::new(Attrs::default()));
            a.values.extend(keys.into_iter().zip(hidden));
        }
        obj
    }

    fn structseq_layout(&mut self, ty: ObjRef) -> Layout {
        let d = self.type_dict(ty);
        let geti = |vm: &mut Vm, k: &str| vm.dict_get_str(d, k).and_then(|v| vm.as_int(v)).unwrap_or(0) as usize;
        let n_fields = geti(self, "n_fields");
        let n_seq = geti(self, "n_sequence_fields");
        let mut names = vec![UNNAMED.to_string(); n_fields];
        for (k, v) in self.dict_items(d) {
            if let Some(m) = self.seq_member(v) {
                let i = m.index;
                if let (Some(s), true) = (self.as_str(k), i < n_fields) {
                    names[i] = s.to_string();
                }
            }
        }
        Layout { n_fields, n_seq, names }
    }

    fn seq_member(&self, d: ObjRef) -> Option<&SeqMember> {
        match self.heap.get(d) {
            Payload::Native(n) => n.as_any().downcast_ref::<SeqMember>(),
            _ => None,
        }
    }

    fn structseq_member_type(&mut self) -> ObjRef {
        if self.structseq_member_type == self.null {
            let o = Some(self.t.object);
            let t = self.make_type("member_descriptor", o, BaseKind::Other, false);
            self.add_methods(t, MEMBER_METHODS);
            self.add_properties(t, &[MethodDef::method("__name__", m_name), MethodDef::method("__objclass__", m_objclass)]);
            self.structseq_member_type = t;
        }
        self.structseq_member_type
    }

    /// The struct sequence type that `obj`'s type derives from (for subclasses).
    fn structseq_base(&mut self, ty: ObjRef) -> ObjRef {
        let mro = self.type_data(ty).mro.clone();
        for t in mro {
            let d = self.type_dict(t);
            if self.dict_get_str(d, "n_sequence_fields").is_some() {
                return t;
            }
        }
        ty
    }
}

fn ss_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let cls = args.args[0];
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "structseq", &["sequence", "dict"], 0, 1)?;
    let base = vm.structseq_base(cls);
    let lay = vm.structseq_layout(base);
    let tn = vm.type_name(base);
    let items = match p[0] {
        Some(s) => vm.collect_iter(s).map_err(|e| {
            vm.drop_err(e);
            vm.type_error("constructor requires a sequence")
        })?,
        None => Vec::new(),
    };
    let n = items.len();
    let (min, max) = (lay.n_seq, lay.n_fields);
    let err = if n < min {
        Some(if min == max { format!("{tn}() takes a {min}-sequence ({n}-sequence given)") } else { format!("{tn}() takes an at least {min}-sequence ({n}-sequence given)") })
    } else if n > max {
        Some(if min == max { format!("{tn}() takes a {max}-sequence ({n}-sequence given)") } else { format!("{tn}() takes an at most {max}-sequence ({n}-sequence given)") })
    } else {
        None
    };
    if let Some(msg) = err {
        for i in items {
            vm.decref(i);
        }
        return Err(vm.type_error(msg));
    }
    let dict = p[1].filter(|&d| d != vm.none_obj);
    if let Some(d) = dict {
        if !matches!(vm.heap.get(d), Payload::Dict(_)) {
            for i in items {
                vm.decref(i);
            }
            let dn = vm.type_name_of(d);
            return Err(vm.type_error(format!("{tn}() takes a dict as second arg, if any (not {dn})")));
        }
    }
    let mut values = items;
    for i in n..max {
        let v = match dict {
            Some(d) => vm.dict_get_str(d, &lay.names[i]),
            None => None,
        };
        values.push(match v {
            Some(v) => vm.incref(v),
            None => vm.none(),
        });
    }
    // Instances of subclasses are made the same way, with their own type.
    let ty = cls;
    let lay_n_seq = lay.n_seq;
    let hidden: Vec<ObjRef> = values.split_off(lay_n_seq);
    let obj = vm.alloc(ty, Payload::Tuple(values.into_boxed_slice()));
    if !hidden.is_empty() {
        let keys: Vec<ObjRef> = lay.names[lay_n_seq..].iter().map(|n| vm.intern(n)).collect();
        let a = vm.heap.attrs_mut(obj).get_or_insert_with(|| Box::new(Attrs::default()));
        a.values.extend(keys.into_iter().zip(hidden));
    }
    Ok(obj)
}

fn ss_no_new(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let base = vm.structseq_base(args.args[0]);
    let tn = vm.type_name(base);
    Err(vm.type_error(format!("cannot create '{tn}' instances")))
}

fn self_items(vm: &mut Vm, x: ObjRef) -> PyResult<Vec<ObjRef>> {
    match vm.heap.get(x) {
        Payload::Tuple(t) => Ok(t.to_vec()),
        _ => Err(vm.type_error("descriptor requires a struct sequence")),
    }
}

fn ss_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let ty = vm.ty(me);
    let base = vm.structseq_base(ty);
    let lay = vm.structseq_layout(base);
    let items = self_items(vm, me)?;
    // CPython pairs the visible items with the *named* fields in order.
    let named: Vec<&String> = lay.names.iter().filter(|n| *n != UNNAMED).collect();
    let mut out = format!("{}(", vm.type_name(ty));
    for (i, &v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let name = named.get(i).map(|s| s.as_str()).unwrap_or("");
        let r = vm.repr_string(v)?;
        out.push_str(name);
        out.push('=');
        out.push_str(&r);
    }
    out.push(')');
    Ok(vm.new_str(out))
}

fn ss_reduce(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = args.args[0];
    let ty = vm.ty(me);
    let base = vm.structseq_base(ty);
    let lay = vm.structseq_layout(base);
    let items = self_items(vm, me)?;
    for &i in &items {
        vm.incref(i);
    }
    let tup = vm.new_tuple(items);
    let d = vm.new_dict();
    for name in &lay.names[lay.n_seq..] {
        if let Some(v) = vm.heap.attrs(me).and_then(|a| a.values.iter().find(|(k, _)| vm.as_str(*k) == Some(name.as_str())).map(|&(_, v)| v)) {
            vm.dict_set_str(d, name, v);
        }
    }
    let cls = vm.incref(ty);
    let inner = vm.new_tuple(vec![tup, d]);
    Ok(vm.new_tuple(vec![cls, inner]))
}

const METHODS: &[MethodDef] = &[
    MethodDef::staticmethod("__new__", ss_new),
    MethodDef::method("__repr__", ss_repr),
    MethodDef::method("__reduce__", ss_reduce),
];

// ----- the field descriptors ------------------------------------------------

fn member(vm: &mut Vm, d: ObjRef) -> PyResult<(ObjRef, ObjRef, usize)> {
    match vm.seq_member(d) {
        Some(m) => Ok((m.name, m.owner, m.index)),
        None => Err(vm.type_error("descriptor 'member_descriptor' requires a struct sequence member")),
    }
}

fn m_get(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let d = args.args[0];
    let Some(obj) = args.args.get(1).copied().filter(|&o| o != vm.none_obj) else { return Ok(vm.incref(d)) };
    let (name, owner, index) = member(vm, d)?;
    if !vm.isinstance_type(obj, owner) {
        let (n, on, tn) = (vm.as_str(name).unwrap_or("").to_string(), vm.type_name(owner), vm.type_name_of(obj));
        return Err(vm.type_error(format!("descriptor '{n}' for '{on}' objects doesn't apply to a '{tn}' object")));
    }
    if let Some(v) = vm.tuple_items(obj).and_then(|t| t.get(index).copied()) {
        return Ok(vm.incref(v));
    }
    let s = vm.as_str(name).unwrap_or("").to_string();
    let v = vm.heap.attrs(obj).and_then(|a| a.values.iter().find(|(k, _)| vm.as_str(*k) == Some(s.as_str())).map(|&(_, v)| v));
    match v {
        Some(v) => Ok(vm.incref(v)),
        None => Ok(vm.none()),
    }
}

fn m_set(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    Err(vm.attribute_error("readonly attribute"))
}

fn m_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (name, owner, _) = member(vm, args.args[0])?;
    let n = vm.as_str(name).unwrap_or("").to_string();
    let on = vm.type_name(owner);
    Ok(vm.new_str(format!("<member '{n}' of '{on}' objects>")))
}

fn m_name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (name, _, _) = member(vm, args.args[0])?;
    Ok(vm.incref(name))
}

fn m_objclass(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let (_, owner, _) = member(vm, args.args[0])?;
    Ok(vm.incref(owner))
}

const MEMBER_METHODS: &[MethodDef] = &[
    MethodDef::method("__get__", m_get),
    MethodDef::method("__set__", m_set),
    MethodDef::method("__delete__", m_set),
    MethodDef::method("__repr__", m_repr),
];

#[cfg(test)]
pub(crate) mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use crate::vm::Vm;

    /// Runs `src` as `__main__`; returns stdout (panics on an exception).
    pub(crate) fn run(src: &'static str) -> String {
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                let mut vm = Vm::new(vec!["test.py".to_string()]);
                let cap = Rc::new(RefCell::new(Vec::new()));
                vm.stdout.capture = Some(cap.clone());
                let m = vm.new_module("__main__");
                let mods = vm.modules;
                vm.dict_set_str(mods, "__main__", m);
                let code = vm.compile_source(src, "test.py", crate::syntax::Mode::Exec).map_err(|e| vm.format_exception_text(e.exc)).unwrap();
                if let Err(e) = vm.exec_module_code(&code, m) {
                    panic!("{}", vm.format_exception_text(e.exc));
                }
                vm.flush_std();
                let out = String::from_utf8(cap.borrow().clone()).unwrap();
                out
            })
            .unwrap()
            .join()
            .unwrap()
    }

    #[test]
    fn hidden_and_unnamed_fields() {
        let out = run(r#"
import _structseq
T = _structseq.structseq_type('mod', 'point', ['x', 'y', 'unnamed field', 'z'], 3)
p = T((1, 2, 3))
print(p, p.z, p[2], len(p), T.n_fields, T.n_unnamed_fields, T.__match_args__)
print(T((1, 2, 3, 4)).z, T((1, 2, 3), {'z': 9}).z, T((1, 2, 3, 4)).__reduce__())
try:
    T((1,))
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
"#);
        assert_eq!(
            out,
            "mod.point(x=1, y=2, z=3) None 3 3 4 1 ('x', 'y')\n4 9 (<class 'mod.point'>, ((1, 2, 3), {'z': 4}))\n\
             mod.point() takes an at least 3-sequence (1-sequence given)\nreadonly attribute\n"
        );
    }
}
