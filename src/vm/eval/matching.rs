//! The pattern-matching instructions' helpers (PEP 634): GET_LEN,
//! MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS, with CPython
//! 3.11's semantics and error messages.
//!
//! CPython decides "mapping" and "sequence" by two type flags, set on the
//! builtin containers and on classes that subclass or register with
//! `collections.abc.Mapping` / `Sequence`. pyrite asks the same question
//! without flags: builtin containers by type, other classes by
//! `isinstance` against the ABCs once `collections.abc` is loaded (nothing
//! can have registered before that). str, bytes and bytearray are never
//! sequences here, as their flags are never set in CPython.

use crate::heap::ObjRef;
use crate::vm::{PyResult, Vm};

/// The builtin types whose single positional sub-pattern matches the whole
/// subject (CPython's `_Py_TPFLAGS_MATCH_SELF`), with their subclasses.
fn match_self_types(vm: &Vm) -> [ObjRef; 11] {
    let t = &vm.t;
    [t.bool, t.bytearray, t.bytes, t.dict, t.float, t.frozenset, t.int, t.list, t.set, t.str, t.tuple]
}

impl Vm {
    /// The ABC `collections.abc.<name>`, if that module is loaded.
    fn collections_abc(&mut self, name: &str) -> Option<ObjRef> {
        let m = self.sys_modules_get("collections.abc").or_else(|| self.sys_modules_get("_collections_abc"))?;
        if m == self.none_obj {
            return None;
        }
        let d = self.module_dict(m);
        self.dict_get_str(d, name)
    }

    /// MATCH_MAPPING's test.
    pub(in crate::vm) fn match_is_mapping(&mut self, subject: ObjRef) -> PyResult<bool> {
        let ty = self.ty(subject);
        if self.is_subtype(ty, self.t.dict) || ty == self.t.mappingproxy {
            return Ok(true);
        }
        if self.builtin_sequence(ty) || self.never_sequence(ty) {
            return Ok(false);
        }
        match self.collections_abc("Mapping") {
            Some(abc) => self.isinstance(subject, abc),
            None => Ok(false),
        }
    }

    /// MATCH_SEQUENCE's test.
    pub(in crate::vm) fn match_is_sequence(&mut self, subject: ObjRef) -> PyResult<bool> {
        let ty = self.ty(subject);
        if self.builtin_sequence(ty) {
            return Ok(true);
        }
        if self.never_sequence(ty) || self.is_subtype(ty, self.t.dict) || ty == self.t.mappingproxy {
            return Ok(false);
        }
        match self.collections_abc("Sequence") {
            Some(abc) => self.isinstance(subject, abc),
            None => Ok(false),
        }
    }

    /// list, tuple, range, memoryview and their subclasses.
    fn builtin_sequence(&self, ty: ObjRef) -> bool {
        let t = &self.t;
        if self.is_subtype(ty, t.list) || self.is_subtype(ty, t.tuple) || ty == t.range {
            return true;
        }
        !self.type_data(ty).heap_type && self.type_name(ty) == "memoryview"
    }

    /// str, bytes, bytearray (and subclasses): iterable, indexable, but not
    /// sequences for pattern matching.
    fn never_sequence(&self, ty: ObjRef) -> bool {
        let t = &self.t;
        self.is_subtype(ty, t.str) || self.is_subtype(ty, t.bytes) || self.is_subtype(ty, t.bytearray)
    }

    /// MATCH_KEYS: the values of `keys` (a tuple) in the mapping, as a
    /// tuple, or None when a key is missing. Uses `map.get(key, dummy)` so
    /// that `__missing__` is not triggered.
    pub(in crate::vm) fn match_keys(&mut self, map: ObjRef, keys: ObjRef) -> PyResult<ObjRef> {
        let keys = self.tuple_items(keys).map(|k| k.to_vec()).unwrap_or_default();
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let get = self.getattr_str(map, "get")?;
        let object = self.t.object;
        let dummy = match self.call(object, &[]) {
            Ok(d) => d,
            Err(e) => {
                self.decref(get);
                return Err(e);
            }
        };
        let seen = self.new_set(false);
        let mut values: Vec<ObjRef> = Vec::with_capacity(keys.len());
        let mut result: PyResult<Option<()>> = Ok(Some(()));
        for &k in &keys {
            match self.set_contains(seen, k) {
                Ok(true) => {
                    let r = self.repr_string(k);
                    result = match r {
                        Ok(r) => Err(self.value_error(format!("mapping pattern checks duplicate key ({r})"))),
                        Err(e) => Err(e),
                    };
                    break;
                }
                Ok(false) => {}
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
            if let Err(e) = self.set_add(seen, k) {
                result = Err(e);
                break;
            }
            match self.call(get, &[k, dummy]) {
                Ok(v) if v == dummy => {
                    self.decref(v);
                    result = Ok(None);
                    break;
                }
                Ok(v) => values.push(v),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.decref(seen);
        self.decref(dummy);
        self.decref(get);
        match result {
            Ok(Some(())) => Ok(self.new_tuple(values)),
            other => {
                for v in values {
                    self.decref(v);
                }
                match other {
                    Err(e) => Err(e),
                    _ => Ok(self.none()),
                }
            }
        }
    }

    /// One attribute for a class pattern; None when the subject lacks it
    /// (the match fails). Each attribute may be asked for only once.
    fn match_class_attr(&mut self, subject: ObjRef, cls: ObjRef, name: ObjRef, seen: &mut Vec<String>) -> PyResult<Option<ObjRef>> {
        let n = self.as_str(name).unwrap_or("").to_string();
        if seen.contains(&n) {
            let tn = self.type_name(cls);
            let r = self.repr_string(name)?;
            return Err(self.type_error(format!("{tn}() got multiple sub-patterns for attribute {r}")));
        }
        seen.push(n);
        match self.getattr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, self.t.attribute_error) => {
                self.drop_err(e);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// MATCH_CLASS: the tuple of attributes for `nargs` positional
    /// sub-patterns (named by `__match_args__`) and the keyword ones
    /// (`kw_names`), or None when the subject is no instance of `cls` or
    /// lacks an attribute.
    pub(in crate::vm) fn match_class(&mut self, subject: ObjRef, cls: ObjRef, nargs: usize, kw_names: ObjRef) -> PyResult<Option<ObjRef>> {
        if !self.is_type(cls) {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !self.isinstance(subject, cls)? {
            return Ok(None);
        }
        let mut seen: Vec<String> = Vec::new();
        let mut attrs: Vec<ObjRef> = Vec::new();
        let r = self.match_class_attrs(subject, cls, nargs, kw_names, &mut seen, &mut attrs);
        match r {
            Ok(true) => Ok(Some(self.new_tuple(attrs))),
            other => {
                for a in attrs {
                    self.decref(a);
                }
                other.map(|_| None)
            }
        }
    }

    /// Collects MATCH_CLASS's attributes into `attrs`; Ok(false) when one is missing.
    fn match_class_attrs(
        &mut self,
        subject: ObjRef,
        cls: ObjRef,
        nargs: usize,
        kw_names: ObjRef,
        seen: &mut Vec<String>,
        attrs: &mut Vec<ObjRef>,
    ) -> PyResult<bool> {
        if nargs > 0 {
            let (match_args, match_self) = match self.getattr_str(cls, "__match_args__") {
                Ok(m) => {
                    if self.ty(m) != self.t.tuple {
                        let tn = self.type_name(cls);
                        let mn = self.type_name_of(m);
                        self.decref(m);
                        return Err(self.type_error(format!("{tn}.__match_args__ must be a tuple (got {mn})")));
                    }
                    (m, false)
                }
                Err(e) if self.err_matches(&e, self.t.attribute_error) => {
                    self.drop_err(e);
                    let own = match_self_types(self).iter().any(|&t| self.is_subtype(cls, t));
                    (self.new_tuple(Vec::new()), own)
                }
                Err(e) => return Err(e),
            };
            let names = self.tuple_items(match_args).map(|t| t.to_vec()).unwrap_or_default();
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < nargs {
                self.decref(match_args);
                let tn = self.type_name(cls);
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!("{tn}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)")));
            }
            if match_self {
                attrs.push(self.incref(subject));
            } else {
                for &name in &names[..nargs] {
                    if self.ty(name) != self.t.str {
                        let tn = self.type_name_of(name);
                        self.decref(match_args);
                        return Err(self.type_error(format!("__match_args__ elements must be strings (got {tn})")));
                    }
                    match self.match_class_attr(subject, cls, name, seen) {
                        Ok(Some(v)) => attrs.push(v),
                        Ok(None) => {
                            self.decref(match_args);
                            return Ok(false);
                        }
                        Err(e) => {
                            self.decref(match_args);
                            return Err(e);
                        }
                    }
                }
            }
            self.decref(match_args);
        }
        let kws = self.tuple_items(kw_names).map(|t| t.to_vec()).unwrap_or_default();
        for name in kws {
            match self.match_class_attr(subject, cls, name, seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}
