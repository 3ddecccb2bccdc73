//! Arguments of a native call and the helpers that check them with
//! CPython's messages.
//!
//! `Args::args` holds the positional arguments followed by the values of the
//! keyword arguments, whose names (str objects) are `Args::kwnames` — the
//! vectorcall convention. All references are borrowed.

use super::{ObjRef, PyResult, Vm};

pub struct Args<'a> {
    pub args: &'a [ObjRef],
    pub kwnames: &'a [ObjRef],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [ObjRef]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }
    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [ObjRef] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }
    /// The keyword arguments as (name, value).
    pub fn kw(&self) -> impl Iterator<Item = (ObjRef, ObjRef)> + 'a {
        let n = self.args.len() - self.kwnames.len();
        self.kwnames.iter().copied().zip(self.args[n..].iter().copied())
    }
    pub fn has_kw(&self) -> bool {
        !self.kwnames.is_empty()
    }
    pub fn get(&self, i: usize) -> Option<ObjRef> {
        self.pos().get(i).copied()
    }
}

impl Vm {
    /// Fails with `name() takes no keyword arguments` when keywords were given.
    pub fn no_kwargs(&mut self, args: &Args, name: &str) -> PyResult<()> {
        if args.has_kw() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Checks a positional-only signature `name(min..=max args)` and no
    /// keywords, with CPython's messages for METH_O / METH_NOARGS / varargs.
    pub fn check_args(&mut self, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kwargs(args, name)?;
        let n = args.pos().len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max && max == 0 {
            format!("{name}() takes no arguments ({n} given)")
        } else if min == max && max == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if n < min {
            if min == max {
                format!("{name} expected {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
            } else {
                format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
            }
        } else if min == max {
            format!("{name} expected {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        Err(self.type_error(msg))
    }

    /// Checks a method's arguments where `args.args[0]` is `self`: `min..=max`
    /// counts exclude self (messages as CPython's method descriptors).
    pub fn check_method_args(&mut self, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
        let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
        let n = inner.pos().len();
        if min == max && max <= 1 && (n != min || inner.has_kw()) {
            // METH_O / METH_NOARGS messages name the defining type: `list.append()`.
            let owner = match args.args.first() {
                Some(&s) => self.builtin_owner_name(s),
                None => String::new(),
            };
            let q = if owner.is_empty() { name.to_string() } else { format!("{owner}.{name}") };
            if inner.has_kw() {
                return Err(self.type_error(format!("{q}() takes no keyword arguments")));
            }
            let msg = if max == 0 { format!("{q}() takes no arguments ({n} given)") } else { format!("{q}() takes exactly one argument ({n} given)") };
            return Err(self.type_error(msg));
        }
        self.check_args(&inner, name, min, max)
    }

    /// The name of the first builtin (non-heap) type in the MRO of `self`'s type.
    fn builtin_owner_name(&self, s: ObjRef) -> String {
        let ty = if self.is_type(s) { s } else { self.ty(s) };
        let crate::heap::Payload::Type(td) = self.heap.get(ty) else { return String::new() };
        for &t in &td.mro {
            if let crate::heap::Payload::Type(tt) = self.heap.get(t) {
                if !tt.heap_type {
                    return tt.name.clone();
                }
            }
        }
        String::new()
    }

    /// Binds arguments by name for a native function with keyword support.
    /// `names` lists all parameters; the first `posonly` are positional-only,
    /// `required` is how many (from the start) must be given. Returns one
    /// slot per parameter (borrowed refs). Messages follow CPython's
    /// Argument Clinic (`'x' is an invalid keyword argument for sort()`).
    pub fn parse_args(&mut self, args: &Args, fname: &str, names: &[&str], posonly: usize, required: usize) -> PyResult<Vec<Option<ObjRef>>> {
        let pos = args.pos();
        let mut out = vec![None; names.len()];
        if pos.len() > names.len() {
            let msg = if required == names.len() {
                format!("{fname}() takes exactly {} positional argument{} ({} given)", names.len(), if names.len() == 1 { "" } else { "s" }, pos.len())
            } else {
                format!("{fname}() takes at most {} argument{} ({} given)", names.len(), if names.len() == 1 { "" } else { "s" }, pos.len() + args.kwnames.len())
            };
            return Err(self.type_error(msg));
        }
        for (i, &a) in pos.iter().enumerate() {
            out[i] = Some(a);
        }
        for (k, v) in args.kw() {
            let kname = self.as_str(k).unwrap_or("").to_string();
            match names.iter().position(|n| *n == kname) {
                Some(i) if i >= posonly => {
                    if out[i].is_some() {
                        return Err(self.type_error(format!("argument for {fname}() given by name ('{kname}') and position ({})", i + 1)));
                    }
                    out[i] = Some(v);
                }
                _ => return Err(self.type_error(format!("'{kname}' is an invalid keyword argument for {fname}()"))),
            }
        }
        for i in 0..required {
            if out[i].is_none() {
                let msg = format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1);
                return Err(self.type_error(msg));
            }
        }
        Ok(out)
    }
}
