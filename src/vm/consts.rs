//! Turning a compilation unit's constants into heap objects: once per unit,
//! merging equal constants (`ConstValue::merge_key`), interning
//! identifier-like strings — CPython's rules for what `is` sees.

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::{CodeObject, ConstValue};
use crate::heap::{CodeData, ObjRef, Payload};

use super::Vm;

impl Vm {
    /// Materialises a compiled unit: returns its heap code object (owned).
    pub fn load_code(&mut self, code: &Rc<CodeObject>) -> ObjRef {
        let (r, arena) = self.load_code_with_arena(code);
        for v in arena {
            self.decref(v);
        }
        r
    }

    /// Like `load_code`, also returning one owned reference to each merged
    /// constant (the "arena"). CPython's parser keeps every constant of a
    /// source it runs directly (a script, `-c`, a REPL input, `exec`/`eval`
    /// of a string) alive in its AST arena until that run ends, so
    /// `x = 1000; sys.getrefcount(x)` is one higher there than in an
    /// imported module. Callers release these after running the code.
    pub fn load_code_with_arena(&mut self, code: &Rc<CodeObject>) -> (ObjRef, Vec<ObjRef>) {
        let mut cache: HashMap<String, ObjRef> = HashMap::new();
        let r = self.make_code(code, &mut cache);
        (r, cache.into_values().collect())
    }

    fn make_code(&mut self, code: &Rc<CodeObject>, cache: &mut HashMap<String, ObjRef>) -> ObjRef {
        let consts: Vec<ObjRef> = code.consts.iter().map(|c| self.const_obj(c, cache)).collect();
        let names: Vec<ObjRef> = code.names.iter().map(|n| self.intern(n)).collect();
        let t = self.t.code;
        self.alloc(t, Payload::Code(Box::new(CodeData { code: code.clone(), consts: Rc::from(consts), names: Rc::from(names) })))
    }

    fn const_obj(&mut self, c: &ConstValue, cache: &mut HashMap<String, ObjRef>) -> ObjRef {
        match c {
            ConstValue::None => return self.none(),
            ConstValue::True => return self.new_bool(true),
            ConstValue::False => return self.new_bool(false),
            ConstValue::Ellipsis => return self.incref(self.ellipsis_obj),
            ConstValue::Code(code) => return self.make_code(code, cache),
            _ => {}
        }
        let key = c.merge_key();
        if let Some(k) = &key {
            if let Some(&v) = cache.get(k) {
                return self.incref(v);
            }
        }
        let v = match c {
            ConstValue::Int(i) => self.new_bigint(i.clone()),
            ConstValue::Float(f) => self.new_float(*f),
            ConstValue::Complex { real, imag } => self.new_complex(*real, *imag),
            // '' is CPython's empty-string singleton.
            ConstValue::Str(s) if s.is_empty() => self.new_str(String::new()),
            ConstValue::Str(s) => {
                if s.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_') {
                    self.intern(s)
                } else {
                    self.new_str(s.to_string())
                }
            }
            ConstValue::Bytes(b) => self.new_bytes(b.to_vec()),
            ConstValue::Tuple(items) => {
                let v: Vec<ObjRef> = items.iter().map(|i| self.const_obj(i, cache)).collect();
                self.new_tuple(v)
            }
            ConstValue::FrozenSet(items) => {
                let s = self.new_set(true);
                for i in items.iter() {
                    let o = self.const_obj(i, cache);
                    let _ = self.set_add(s, o);
                    self.decref(o);
                }
                // CPython's compiler rebuilds the frozenset from its own
                // iteration order (merge_consts_recursive): same final order.
                let s2 = self.new_set(true);
                for k in self.set_items(s) {
                    let _ = self.set_add(s2, k);
                }
                self.decref(s);
                s2
            }
            _ => unreachable!(),
        };
        if let Some(k) = key {
            self.incref(v);
            cache.insert(k, v);
        }
        v
    }
}
