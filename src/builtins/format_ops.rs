//! `str % args` and `str.format(...)` on top of the pure formatting code in
//! `crate::format` (which knows the mini-languages and CPython's messages).

use num_bigint::BigInt;

use crate::format::printf::{percent_format, IntWant, PercentArgs};
use crate::format::template::{check_conversion, resolve_first, Accessor, AutoNumber, FieldFirst, Piece, TemplateIter};
use crate::format::FormatError;
use crate::heap::{ObjRef, Payload};
use crate::vm::{PyErr, PyResult, Vm};

pub enum PErr {
    F(FormatError),
    P(PyErr),
}

impl From<FormatError> for PErr {
    fn from(e: FormatError) -> PErr {
        PErr::F(e)
    }
}

impl From<PyErr> for PErr {
    fn from(e: PyErr) -> PErr {
        PErr::P(e)
    }
}

fn to_py(vm: &mut Vm, e: PErr) -> PyErr {
    match e {
        PErr::F(f) => vm.format_err(f),
        PErr::P(p) => p,
    }
}

struct VmArgs<'a> {
    vm: &'a mut Vm,
    args: ObjRef,
    /// Borrowed results of mapping lookups (released after formatting).
    owned: Vec<ObjRef>,
}

impl PercentArgs for VmArgs<'_> {
    type Arg = ObjRef;
    type Error = PErr;

    fn tuple_len(&self) -> Option<usize> {
        if self.vm.ty(self.args) == self.vm.t.tuple || self.vm.isinstance_type(self.args, self.vm.t.tuple) {
            self.vm.tuple_items(self.args).map(|t| t.len())
        } else {
            None
        }
    }
    fn item(&mut self, i: usize) -> ObjRef {
        self.vm.tuple_items(self.args).map(|t| t[i]).unwrap_or(self.args)
    }
    fn whole(&mut self) -> ObjRef {
        self.args
    }
    fn is_mapping(&self) -> bool {
        let t = self.vm.ty(self.args);
        self.vm.lookup(t, self.vm.n.__getitem__).is_some() && !matches!(self.vm.heap.get(self.args), Payload::Tuple(_) | Payload::Str(_) | Payload::List(_))
    }
    fn get_by_key(&mut self, key: &str) -> Result<ObjRef, PErr> {
        let k = self.vm.new_str(key);
        let r = self.vm.getitem(self.args, k);
        self.vm.decref(k);
        let v = r?;
        self.owned.push(v);
        Ok(v)
    }
    fn to_str(&mut self, a: &ObjRef) -> Result<String, PErr> {
        Ok(self.vm.str_string(*a)?)
    }
    fn to_repr(&mut self, a: &ObjRef) -> Result<String, PErr> {
        Ok(self.vm.repr_string(*a)?)
    }
    fn type_name(&mut self, a: &ObjRef) -> String {
        self.vm.type_name_of(*a)
    }
    fn as_int(&mut self, a: &ObjRef, want: IntWant) -> Result<Option<BigInt>, PErr> {
        let a = *a;
        match self.vm.heap.get(a) {
            Payload::Int(_) | Payload::BigInt(_) => Ok(self.vm.as_bigint(a)),
            Payload::Float(f) if want == IntWant::Number => {
                let f = *f;
                Ok(Some(crate::numeric::convert::f64_to_bigint(f.trunc())?))
            }
            _ => {
                let mut name = if want == IntWant::Number { self.vm.n.__int__ } else { self.vm.n.__index__ };
                // int(x) falls back to __index__ when there is no __int__.
                if want == IntWant::Number && self.vm.lookup(self.vm.ty(a), name).is_none() {
                    name = self.vm.n.__index__;
                }
                match self.vm.call_special(a, name, &[])? {
                    Some(r) => {
                        let v = self.vm.as_bigint(r);
                        self.vm.decref(r);
                        Ok(v)
                    }
                    None => Ok(None),
                }
            }
        }
    }
    fn as_float(&mut self, a: &ObjRef) -> Result<Option<f64>, PErr> {
        let a = *a;
        match self.vm.heap.get(a) {
            Payload::Float(f) => Ok(Some(*f)),
            Payload::Int(_) | Payload::BigInt(_) => Ok(Some(crate::types::float::float_of(self.vm, a)?)),
            _ => {
                if self.vm.lookup(self.vm.ty(a), self.vm.n.__float__).is_some() || self.vm.lookup(self.vm.ty(a), self.vm.n.__index__).is_some() {
                    Ok(Some(crate::types::float::float_of(self.vm, a)?))
                } else {
                    Ok(None)
                }
            }
        }
    }
    fn as_char(&mut self, a: &ObjRef) -> Option<Option<u32>> {
        match self.vm.heap.get(*a) {
            Payload::Str(s) => {
                let mut c = s.s.chars();
                match (c.next(), c.next()) {
                    (Some(ch), None) => Some(Some(ch as u32)),
                    _ => Some(None),
                }
            }
            _ => None,
        }
    }
    fn get_by_key_bytes(&mut self, key: &[u8]) -> Result<ObjRef, PErr> {
        let k = self.vm.new_bytes(key.to_vec());
        let r = self.vm.getitem(self.args, k);
        self.vm.decref(k);
        let v = r?;
        self.owned.push(v);
        Ok(v)
    }
    fn to_bytes(&mut self, a: &ObjRef) -> Result<Option<Vec<u8>>, PErr> {
        if let Some(b) = crate::types::bytes::bytes_of(self.vm, *a) {
            return Ok(Some(b));
        }
        let name = self.vm.intern("__bytes__");
        let r = self.vm.call_special(*a, name, &[]);
        self.vm.decref(name);
        match r? {
            Some(r) => {
                let b = crate::types::bytes::bytes_of(self.vm, r);
                self.vm.decref(r);
                Ok(b)
            }
            None => Ok(None),
        }
    }
    fn as_byte(&mut self, a: &ObjRef) -> Option<Option<u8>> {
        crate::types::bytes::bytes_of(self.vm, *a).map(|b| if b.len() == 1 { Some(b[0]) } else { None })
    }
}

/// `fmt % args` for str.
pub fn percent_format_str(vm: &mut Vm, fmt: &str, args: ObjRef) -> PyResult<ObjRef> {
    let mut a = VmArgs { vm, args, owned: Vec::new() };
    let r = percent_format(fmt, &mut a);
    let owned = std::mem::take(&mut a.owned);
    for o in owned {
        vm.decref(o);
    }
    match r {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(to_py(vm, e)),
    }
}

/// `fmt % args` for bytes and bytearray (added by the text helper).
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: ObjRef) -> PyResult<Vec<u8>> {
    let mut a = VmArgs { vm, args, owned: Vec::new() };
    let r = crate::format::printf::percent_format_bytes(fmt, &mut a);
    let owned = std::mem::take(&mut a.owned);
    for o in owned {
        vm.decref(o);
    }
    r.map_err(|e| to_py(vm, e))
}

/// `fmt.format(*args, **kwargs)` (vectorcall arguments, borrowed).
pub fn str_format_method(vm: &mut Vm, fmt: &str, args: &[ObjRef], kwnames: &[ObjRef]) -> PyResult<ObjRef> {
    let npos = args.len() - kwnames.len();
    let mut auto = AutoNumber::new();
    let out = render(vm, fmt, &args[..npos], &kwnames.iter().copied().zip(args[npos..].iter().copied()).collect::<Vec<_>>(), &mut auto, 2)?;
    Ok(vm.new_str(out))
}

fn render(vm: &mut Vm, fmt: &str, pos: &[ObjRef], kw: &[(ObjRef, ObjRef)], auto: &mut AutoNumber, depth: u32) -> PyResult<String> {
    let mut out = String::new();
    for piece in TemplateIter::new(fmt) {
        let piece = piece.map_err(|e| vm.format_err(e))?;
        match piece {
            Piece::Literal(s) => out.push_str(s),
            Piece::Field(f) => {
                if depth == 0 {
                    return Err(vm.value_error("Max string recursion exceeded"));
                }
                let idx = resolve_first(&f.name.first, auto).map_err(|e| vm.format_err(e))?;
                let mut obj = match (idx, &f.name.first) {
                    (Some(i), _) => match pos.get(i) {
                        Some(&o) => vm.incref(o),
                        None => return Err(vm.index_error(format!("Replacement index {i} out of range for positional args tuple"))),
                    },
                    (None, FieldFirst::Name(n)) => match kw.iter().find(|(k, _)| vm.as_str(*k) == Some(n.as_str())) {
                        Some(&(_, v)) => vm.incref(v),
                        None => {
                            let k = vm.new_str(n.clone());
                            let e = vm.key_error(k);
                            vm.decref(k);
                            return Err(e);
                        }
                    },
                    _ => unreachable!(),
                };
                for acc in &f.name.rest {
                    let next = match acc {
                        Accessor::Attr(a) => vm.getattr_str(obj, a),
                        Accessor::Index(i) => {
                            let k = vm.new_int(*i as i64);
                            let r = vm.getitem(obj, k);
                            vm.decref(k);
                            r
                        }
                        Accessor::Key(s) => {
                            let k = vm.new_str(s.clone());
                            let r = vm.getitem(obj, k);
                            vm.decref(k);
                            r
                        }
                    };
                    vm.decref(obj);
                    obj = next?;
                }
                if let Some(e) = &f.name.rest_error {
                    vm.decref(obj);
                    return Err(vm.format_err(e.clone()));
                }
                let conv = check_conversion(f.conversion).map_err(|e| vm.format_err(e));
                let conv = match conv {
                    Ok(c) => c,
                    Err(e) => {
                        vm.decref(obj);
                        return Err(e);
                    }
                };
                let converted = match conv {
                    Some('r') => vm.repr(obj),
                    Some('s') => vm.str(obj),
                    Some('a') => vm.repr_string(obj).map(|s| crate::format::repr::ascii_escape(&s)).map(|s| vm.new_str(s)),
                    _ => Ok(vm.incref(obj)),
                };
                vm.decref(obj);
                let converted = converted?;
                let spec = if f.spec_needs_expanding { render(vm, f.spec, pos, kw, auto, depth - 1) } else { Ok(f.spec.to_string()) };
                let spec = match spec {
                    Ok(s) => s,
                    Err(e) => {
                        vm.decref(converted);
                        return Err(e);
                    }
                };
                let so = vm.new_str(spec);
                let r = vm.format(converted, so);
                vm.decref(so);
                vm.decref(converted);
                let r = r?;
                out.push_str(vm.as_str(r).unwrap_or(""));
                vm.decref(r);
            }
        }
    }
    Ok(out)
}
