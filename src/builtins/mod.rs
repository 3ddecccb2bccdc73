//! The `builtins` module: builtin functions, and the builtin types and
//! exceptions bound to their names.
//!
//! To add a builtin function: write `fn name(vm: &mut Vm, args: &Args) -> PyResult<ObjRef>`
//! (args borrowed, result owned) and list it in `FUNCTIONS`.

pub mod format_ops;

use crate::bytecode::ComparisonOperator;
use crate::heap::{IterData, ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

type Builtin = (&'static str, crate::heap::NativeFn);

fn b_print(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = None;
    let mut flush = false;
    for (k, v) in args.kw() {
        let k = vm.as_str(k).unwrap_or("").to_string();
        match k.as_str() {
            "sep" | "end" => {
                let s = if v == vm.none_obj {
                    if k == "sep" { " ".to_string() } else { "\n".to_string() }
                } else if let Some(s) = vm.as_str(v) {
                    s.to_string()
                } else {
                    let tn = vm.type_name_of(v);
                    return Err(vm.type_error(format!("{k} must be None or a string, not {tn}")));
                };
                if k == "sep" {
                    sep = s
                } else {
                    end = s
                }
            }
            "file" => file = Some(v).filter(|&f| f != vm.none_obj),
            "flush" => flush = vm.truthy(v)?,
            _ => return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))),
        }
    }
    let mut out = String::new();
    for (i, &a) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_string(a)?);
    }
    out.push_str(&end);
    match file {
        None => {
            let stdout = vm.sys_stdout();
            match stdout {
                Some(f) => {
                    let s = vm.new_str(out);
                    let r = vm.call_method(f, "write", &[s]);
                    vm.decref(s);
                    vm.decref(f);
                    vm.decref(r?);
                }
                None => {
                    vm.write_stdout(&out);
                    if flush {
                        vm.stdout.flush();
                    }
                }
            }
        }
        Some(f) => {
            let s = vm.new_str(out);
            let r = vm.call_method(f, "write", &[s]);
            vm.decref(s);
            vm.decref(r?);
            if flush {
                let r = vm.call_method(f, "flush", &[])?;
                vm.decref(r);
            }
        }
    }
    Ok(vm.none())
}

fn b_len(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "len", 1, 1)?;
    let n = vm.len(args.args[0])?;
    Ok(vm.new_int(n as i64))
}

fn b_repr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "repr", 1, 1)?;
    vm.repr(args.args[0])
}

fn b_ascii(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "ascii", 1, 1)?;
    let s = vm.repr_string(args.args[0])?;
    Ok(vm.new_str(crate::format::repr::ascii_escape(&s)))
}

fn b_id(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "id", 1, 1)?;
    let a = vm.heap.address(args.args[0]);
    Ok(vm.new_int(a as i64))
}

fn b_hash(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "hash", 1, 1)?;
    let h = vm.hash(args.args[0])?;
    Ok(vm.new_int(h))
}

fn b_iter(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "iter", 1, 2)?;
    if args.args.len() == 2 {
        let (f, s) = (vm.incref(args.args[0]), vm.incref(args.args[1]));
        let t = vm.t.callable_iterator;
        return Ok(vm.alloc(t, Payload::Iter(Box::new(IterData::Callable { func: f, sentinel: s }))));
    }
    vm.iter(args.args[0])
}

fn b_next(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "next", 1, 2)?;
    let it = args.args[0];
    let ty = vm.ty(it);
    if vm.lookup(ty, vm.n.__next__).is_none() {
        let tn = vm.type_name(ty);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match vm.call_special(it, vm.n.__next__, &[]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => unreachable!(),
        Err(e) if args.args.len() == 2 && vm.err_matches(&e, vm.t.stop_iteration) => {
            vm.drop_err(e);
            Ok(vm.incref(args.args[1]))
        }
        Err(e) => Err(e),
    }
}

impl Vm {
    /// `isinstance(obj, cls)` with tuples and `__instancecheck__`.
    pub fn isinstance(&mut self, obj: ObjRef, cls: ObjRef) -> PyResult<bool> {
        if let Some(items) = self.tuple_items(cls).map(|t| t.to_vec()) {
            for c in items {
                if self.isinstance(obj, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if self.ty(obj) == cls {
            return Ok(true);
        }
        if !self.is_type(cls) {
            return Err(self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        }
        let meta = self.ty(cls);
        if meta != self.t.type_ {
            if let Some(r) = self.call_special(cls, self.n.__instancecheck__, &[obj])? {
                let t = self.truthy(r);
                self.decref(r);
                return t;
            }
        }
        Ok(self.isinstance_type(obj, cls))
    }

    pub fn issubclass(&mut self, a: ObjRef, cls: ObjRef) -> PyResult<bool> {
        if let Some(items) = self.tuple_items(cls).map(|t| t.to_vec()) {
            for c in items {
                if self.issubclass(a, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !self.is_type(cls) {
            return Err(self.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        if !self.is_type(a) {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        let meta = self.ty(cls);
        if meta != self.t.type_ {
            if let Some(r) = self.call_special(cls, self.n.__subclasscheck__, &[a])? {
                let t = self.truthy(r);
                self.decref(r);
                return t;
            }
        }
        Ok(self.is_subtype(a, cls))
    }

    /// `sys.stdout` when it was replaced by a Python object (owned), else None.
    pub fn sys_stdout(&mut self) -> Option<ObjRef> {
        let sys = self.sys_module;
        if sys == self.null {
            return None;
        }
        let d = self.module_dict(sys);
        let v = self.dict_get_str(d, "stdout")?;
        if matches!(self.heap.get(v), Payload::Native(_)) && self.ty(v) == self.t.native_object {
            return None;
        }
        if self.stdout_obj == Some(v) {
            return None;
        }
        Some(self.incref(v))
    }
}

fn b_isinstance(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "isinstance", 2, 2)?;
    let r = vm.isinstance(args.args[0], args.args[1])?;
    Ok(vm.new_bool(r))
}

fn b_issubclass(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "issubclass", 2, 2)?;
    let r = vm.issubclass(args.args[0], args.args[1])?;
    Ok(vm.new_bool(r))
}

fn b_getattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "getattr", 2, 3)?;
    let name = args.args[1];
    if vm.as_str(name).is_none() {
        return Err(vm.type_error("attribute name must be string"));
    }
    if args.args.len() == 3 {
        match vm.getattr_opt(args.args[0], name)? {
            Some(v) => Ok(v),
            None => Ok(vm.incref(args.args[2])),
        }
    } else {
        vm.getattr(args.args[0], name)
    }
}

fn b_setattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "setattr", 3, 3)?;
    if vm.as_str(args.args[1]).is_none() {
        let tn = vm.type_name_of(args.args[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    }
    vm.setattr(args.args[0], args.args[1], args.args[2])?;
    Ok(vm.none())
}

fn b_delattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "delattr", 2, 2)?;
    vm.delattr(args.args[0], args.args[1])?;
    Ok(vm.none())
}

fn b_hasattr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "hasattr", 2, 2)?;
    if vm.as_str(args.args[1]).is_none() {
        return Err(vm.type_error("attribute name must be string"));
    }
    let r = vm.getattr_opt(args.args[0], args.args[1])?;
    let b = r.is_some();
    vm.xdecref(r);
    Ok(vm.new_bool(b))
}

fn b_callable(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "callable", 1, 1)?;
    let x = args.args[0];
    let r = match vm.heap.get(x) {
        Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_) => true,
        _ => vm.lookup(vm.ty(x), vm.n.__call__).is_some(),
    };
    Ok(vm.new_bool(r))
}

fn b_chr(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "chr", 1, 1)?;
    let i = vm.index_value(args.args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "ord", 1, 1)?;
    let x = args.args[0];
    match vm.heap.get(x) {
        Payload::Str(s) => {
            let n = s.char_len;
            if n != 1 {
                return Err(vm.type_error(format!("ord() expected a character, but string of length {n} found")));
            }
            let c = s.s.chars().next().unwrap_or('\0');
            Ok(vm.new_int(c as i64))
        }
        Payload::Bytes(b) if b.len() == 1 => {
            let v = b[0] as i64;
            Ok(vm.new_int(v))
        }
        _ => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

fn iter_all(vm: &mut Vm, x: ObjRef, want: bool) -> PyResult<bool> {
    let it = vm.iter(x)?;
    loop {
        match vm.next(it) {
            Ok(Some(v)) => {
                let t = vm.truthy(v);
                vm.decref(v);
                match t {
                    Ok(b) if b == want => {
                        vm.decref(it);
                        return Ok(true);
                    }
                    Ok(_) => {}
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => {
                vm.decref(it);
                return Ok(false);
            }
            Err(e) => {
                vm.decref(it);
                return Err(e);
            }
        }
    }
}

fn b_any(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "any", 1, 1)?;
    let r = iter_all(vm, args.args[0], true)?;
    Ok(vm.new_bool(r))
}

fn b_all(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "all", 1, 1)?;
    let r = iter_all(vm, args.args[0], false)?;
    Ok(vm.new_bool(!r))
}

fn b_abs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "abs", 1, 1)?;
    match vm.call_special(args.args[0], vm.n.__abs__, &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name_of(args.args[0]);
            Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
        }
    }
}

fn b_sum(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "sum", &["iterable", "start"], 1, 1)?;
    let start = p[1];
    if let Some(s) = start {
        if matches!(vm.heap.get(s), Payload::Str(_)) {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
    }
    let mut acc = match start {
        Some(s) => vm.incref(s),
        None => vm.new_int(0),
    };
    let it = match vm.iter(p[0].expect("required")) {
        Ok(it) => it,
        Err(e) => {
            vm.decref(acc);
            return Err(e);
        }
    };
    loop {
        match vm.next(it) {
            Ok(Some(v)) => {
                let r = vm.binary_op(acc, v, crate::bytecode::BinaryOperator::Add);
                vm.decref(v);
                vm.decref(acc);
                match r {
                    Ok(r) => acc = r,
                    Err(e) => {
                        vm.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                vm.decref(it);
                vm.decref(acc);
                return Err(e);
            }
        }
    }
    vm.decref(it);
    Ok(acc)
}

fn minmax(vm: &mut Vm, args: &Args, name: &str, op: ComparisonOperator) -> PyResult<ObjRef> {
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kw() {
        match vm.as_str(k).unwrap_or("") {
            "key" => key = Some(v).filter(|&v| v != vm.none_obj),
            "default" => default = Some(v),
            other => {
                let other = other.to_string();
                return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for {name}()")));
            }
        }
    }
    let pos = args.pos();
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iter(pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            pos.iter().map(|&p| vm.incref(p)).collect()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(vm.incref(d)),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call(k, &[best]),
        None => Ok(vm.incref(best)),
    };
    let mut res = Ok(());
    for &it in &items[1..] {
        let bk = match &best_key {
            Ok(b) => *b,
            Err(_) => break,
        };
        let k = match key {
            Some(kf) => match vm.call(kf, &[it]) {
                Ok(k) => k,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            },
            None => vm.incref(it),
        };
        match vm.compare_bool(k, bk, op) {
            Ok(true) => {
                best = it;
                vm.decref(bk);
                best_key = Ok(k);
            }
            Ok(false) => vm.decref(k),
            Err(e) => {
                vm.decref(k);
                res = Err(e);
                break;
            }
        }
    }
    let best = vm.incref(best);
    for i in items {
        vm.decref(i);
    }
    match best_key {
        Ok(k) => vm.decref(k),
        Err(e) => {
            vm.decref(best);
            return Err(e);
        }
    }
    if let Err(e) = res {
        vm.decref(best);
        return Err(e);
    }
    Ok(best)
}

fn b_min(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    minmax(vm, args, "min", ComparisonOperator::Lt)
}
fn b_max(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    minmax(vm, args, "max", ComparisonOperator::Gt)
}

fn b_sorted(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let l = vm.list_from_iterable(pos[0])?;
    let mut v = vec![l];
    v.extend(args.kw().map(|(_, v)| v));
    let kwn: Vec<ObjRef> = args.kwnames.to_vec();
    let sort = vm.lookup_str(vm.t.list, "sort").expect("list.sort");
    let r = vm.call_kw(sort, &v, &kwn);
    match r {
        Ok(r) => {
            vm.decref(r);
            Ok(l)
        }
        Err(e) => {
            vm.decref(l);
            Err(e)
        }
    }
}

fn b_divmod(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "divmod", 2, 2)?;
    let (a, b) = (args.args[0], args.args[1]);
    if let (Some(x), Some(y)) = (vm.as_float(a).or(vm.as_int(a).map(|i| i as f64)), vm.as_float(b).or(vm.as_int(b).map(|i| i as f64))) {
        if vm.as_float(a).is_some() || vm.as_float(b).is_some() {
            let (q, r) = crate::numeric::arith::divmod_f64(x, y).map_err(|e| vm.format_err(e))?;
            let q = vm.new_float(q);
            let r = vm.new_float(r);
            return Ok(vm.new_tuple(vec![q, r]));
        }
    }
    let (n1, n2) = (vm.n.__divmod__, vm.n.__rdivmod__);
    match vm.binary_op1(a, b, n1, n2)? {
        Some(r) => Ok(r),
        None => {
            let (x, y) = (vm.type_name_of(a), vm.type_name_of(b));
            Err(vm.type_error(format!("unsupported operand type(s) for divmod(): '{x}' and '{y}'")))
        }
    }
}

fn b_pow(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "pow", &["base", "exp", "mod"], 0, 2)?;
    let (a, b) = (p[0].expect("required"), p[1].expect("required"));
    match p[2].filter(|&m| m != vm.none_obj) {
        None => vm.binary_op(a, b, crate::bytecode::BinaryOperator::Power),
        Some(m) => {
            let f = vm.lookup(vm.ty(a), vm.n.__pow__);
            match f {
                Some(f) => {
                    let f = vm.incref(f);
                    let r = vm.call_unbound(f, a, &[b, m]);
                    vm.decref(f);
                    r
                }
                None => Err(vm.type_error("unsupported operand type(s) for pow()")),
            }
        }
    }
}

fn b_round(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "round", &["number", "ndigits"], 0, 1)?;
    let x = p[0].expect("required");
    let extra: Vec<ObjRef> = p[1].filter(|&n| n != vm.none_obj).into_iter().collect();
    match vm.call_special(x, vm.n.__round__, &extra)? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name_of(x);
            Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
        }
    }
}

fn b_format(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "format", 1, 2)?;
    let spec = args.args.get(1).copied().unwrap_or(vm.empty_str);
    vm.format(args.args[0], spec)
}

fn radix(vm: &mut Vm, args: &Args, name: &str, base: u32, prefix: &str) -> PyResult<ObjRef> {
    vm.check_args(args, name, 1, 1)?;
    let x = args.args[0];
    let v = match vm.as_bigint(x) {
        Some(v) => v,
        None => {
            let i = vm.index_value(x)?;
            num_bigint::BigInt::from(i)
        }
    };
    let neg = v.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -v } else { v };
    let s = crate::format::int_to_string_radix(&mag, base);
    Ok(vm.new_str(format!("{}{prefix}{s}", if neg { "-" } else { "" })))
}
fn b_hex(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    radix(vm, args, "hex", 16, "0x")
}
fn b_oct(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    radix(vm, args, "oct", 8, "0o")
}
fn b_bin(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    radix(vm, args, "bin", 2, "0b")
}

fn b_globals(vm: &mut Vm, _args: &Args) -> PyResult<ObjRef> {
    match vm.current_globals {
        Some(g) => Ok(vm.incref(g)),
        None => Ok(vm.new_dict()),
    }
}

fn b_locals(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    b_globals(vm, args)
}

fn b_vars(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "vars", 0, 1)?;
    match args.args.first() {
        None => b_globals(vm, args),
        Some(&o) => match vm.getattr_opt(o, vm.n.__dict__)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn b_dir(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "dir", 0, 1)?;
    match args.args.first() {
        None => {
            let g = b_globals(vm, args)?;
            let mut keys: Vec<String> = vm.dict_items(g).iter().filter_map(|&(k, _)| vm.as_str(k).map(|s| s.to_string())).collect();
            vm.decref(g);
            keys.sort();
            let items = keys.into_iter().map(|k| vm.new_str(k)).collect();
            Ok(vm.new_list(items))
        }
        Some(&o) => {
            let dn = vm.intern_static("__dir__");
            let r = vm.call_special(o, dn, &[])?;
            let r = match r {
                Some(r) => r,
                None => return Ok(vm.new_list(Vec::new())),
            };
            let l = vm.list_from_iterable(r);
            vm.decref(r);
            let l = l?;
            let sort = vm.lookup_str(vm.t.list, "sort").expect("list.sort");
            let s = vm.call(sort, &[l])?;
            vm.decref(s);
            Ok(l)
        }
    }
}

fn b_build_class(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0];
    let Some(name) = vm.as_str(pos[1]).map(|s| s.to_string()) else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let orig_bases = pos[2..].to_vec();
    // __mro_entries__
    let mut bases = Vec::new();
    let mut changed = false;
    for &b in &orig_bases {
        if !vm.is_type(b) {
            if let Some(r) = vm.call_special(b, vm.n.__mro_entries__, &[])? {
                let t = vm.seq_items(r).unwrap_or_default();
                bases.extend(t);
                vm.decref(r);
                changed = true;
                continue;
            }
        }
        bases.push(b);
    }
    let mut meta = None;
    let mut kwargs: Vec<(ObjRef, ObjRef)> = Vec::new();
    for (k, v) in args.kw() {
        if vm.as_str(k) == Some("metaclass") {
            meta = Some(v);
        } else {
            kwargs.push((k, v));
        }
    }
    let meta = match meta {
        Some(m) => {
            if vm.is_type(m) {
                vm.calculate_metaclass(m, &bases)?
            } else {
                m
            }
        }
        None => {
            let m = bases.first().map(|&b| vm.ty(b)).unwrap_or(vm.t.type_);
            vm.calculate_metaclass(m, &bases)?
        }
    };
    // __prepare__
    let bases_t = {
        for &b in &bases {
            vm.incref(b);
        }
        vm.new_tuple(bases.clone())
    };
    let ns = match vm.getattr_opt(meta, vm.n.__prepare__)? {
        Some(prep) => {
            let name_o = pos[1];
            let mut av = vec![name_o, bases_t];
            av.extend(kwargs.iter().map(|&(_, v)| v));
            let kn: Vec<ObjRef> = kwargs.iter().map(|&(k, _)| k).collect();
            let r = vm.call_kw(prep, &av, &kn);
            vm.decref(prep);
            match r {
                Ok(r) => r,
                Err(e) => {
                    vm.decref(bases_t);
                    return Err(e);
                }
            }
        }
        None => vm.new_dict(),
    };
    // Run the class body with the namespace as its locals.
    let r = vm.run_class_body(func, ns);
    let cell = match r {
        Ok(c) => c,
        Err(e) => {
            vm.decref(ns);
            vm.decref(bases_t);
            return Err(e);
        }
    };
    if changed {
        let ob = {
            for &b in &orig_bases {
                vm.incref(b);
            }
            vm.new_tuple(orig_bases.clone())
        };
        let ob_name = vm.intern_static("__orig_bases__");
        let _ = vm.setitem(ns, ob_name, ob);
        vm.decref(ob);
    }
    let mut av = vec![pos[1], bases_t, ns];
    av.extend(kwargs.iter().map(|&(_, v)| v));
    let kn: Vec<ObjRef> = kwargs.iter().map(|&(k, _)| k).collect();
    let cls = vm.call_kw(meta, &av, &kn);
    vm.decref(ns);
    vm.decref(bases_t);
    vm.decref(cell);
    let _ = name;
    cls
}

impl Vm {
    /// Runs a class body function with `ns` as its locals; returns its result (the __class__ cell or None).
    pub fn run_class_body(&mut self, func: ObjRef, ns: ObjRef) -> PyResult<ObjRef> {
        let Payload::Function(fd) = self.heap.get(func) else { return Err(self.type_error("__build_class__: func must be a function")) };
        let (code_obj, globals, builtins) = (fd.code, fd.globals, fd.builtins);
        let mut frame = self.new_frame(code_obj, globals, builtins, Some(func), Some(ns));
        if self.depth >= self.recursion_limit {
            self.release_frame(frame);
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        self.release_frame(frame);
        match r? {
            crate::vm::eval::FrameExit::Return(v) | crate::vm::eval::FrameExit::Yield(v) => Ok(v),
        }
    }

    /// An interned name for runtime use (borrowed: the intern table keeps it alive).
    pub fn intern_static(&mut self, s: &str) -> ObjRef {
        let r = self.intern(s);
        self.decref(r);
        r
    }
}

fn b_import(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let p = vm.parse_args(args, "__import__", &["name", "globals", "locals", "fromlist", "level"], 0, 1)?;
    let name = vm.str_string(p[0].expect("required"))?;
    let globals = p[1].filter(|&g| vm.is_dict(g)).unwrap_or_else(|| vm.current_globals.unwrap_or(vm.builtins));
    let fromlist = p[3].unwrap_or(vm.none_obj);
    let level = match p[4] {
        Some(l) => vm.index_value(l)?,
        None => 0,
    };
    vm.import_module_level(&name, globals, fromlist, level)
}

fn b_input(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_args(args, "input", 0, 1)?;
    if let Some(&p) = args.args.first() {
        let s = vm.str_string(p)?;
        vm.write_stdout(&s);
    }
    vm.stdout.flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => {
            let t = vm.t.eof_error;
            Err(vm.new_error(t, "EOF when reading a line"))
        }
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.new_error(vm.t.os_error, e.to_string())),
    }
}

fn b_exit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let t = vm.t.system_exit;
    Err(vm.new_error_obj(t, args.pos()))
}

fn b_open(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let f = vm.native_open.ok_or(()).map_err(|_| vm.not_implemented_error("open() is not available yet"));
    let f = f?;
    f(vm, args)
}

pub const FUNCTIONS: &[Builtin] = &[
    ("print", b_print),
    ("len", b_len),
    ("repr", b_repr),
    ("ascii", b_ascii),
    ("id", b_id),
    ("hash", b_hash),
    ("iter", b_iter),
    ("next", b_next),
    ("isinstance", b_isinstance),
    ("issubclass", b_issubclass),
    ("getattr", b_getattr),
    ("setattr", b_setattr),
    ("delattr", b_delattr),
    ("hasattr", b_hasattr),
    ("callable", b_callable),
    ("chr", b_chr),
    ("ord", b_ord),
    ("any", b_any),
    ("all", b_all),
    ("abs", b_abs),
    ("sum", b_sum),
    ("min", b_min),
    ("max", b_max),
    ("sorted", b_sorted),
    ("divmod", b_divmod),
    ("pow", b_pow),
    ("round", b_round),
    ("format", b_format),
    ("hex", b_hex),
    ("oct", b_oct),
    ("bin", b_bin),
    ("globals", b_globals),
    ("locals", b_locals),
    ("vars", b_vars),
    ("dir", b_dir),
    ("__build_class__", b_build_class),
    ("__import__", b_import),
    ("input", b_input),
    ("exit", b_exit),
    ("quit", b_exit),
    ("open", b_open),
];

/// Creates the builtins module and fills it.
pub fn init(vm: &mut Vm) {
    let m = vm.new_module("builtins");
    let d = vm.module_dict(m);
    vm.builtins_module = m;
    vm.builtins = d;
    for &(name, f) in FUNCTIONS {
        let o = vm.new_builtin_function(name, f);
        vm.dict_set_str(d, name, o);
        vm.decref(o);
    }
    let t = &vm.t;
    let types = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
        ("super", t.super_),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
    ];
    for (n, t) in types {
        vm.dict_set_str(d, n, t);
    }
    for (n, t) in crate::types::exceptions::all(vm) {
        vm.dict_set_str(d, n, t);
    }
    let (none, ell, ni, tr, fa) = (vm.none_obj, vm.ellipsis_obj, vm.not_implemented_obj, vm.true_obj, vm.false_obj);
    vm.dict_set_str(d, "None", none);
    vm.dict_set_str(d, "Ellipsis", ell);
    vm.dict_set_str(d, "NotImplemented", ni);
    vm.dict_set_str(d, "True", tr);
    vm.dict_set_str(d, "False", fa);
    vm.dict_set_str(d, "__debug__", tr);
    let os = vm.t.os_error;
    vm.dict_set_str(d, "EnvironmentError", os);
    vm.dict_set_str(d, "IOError", os);
}
