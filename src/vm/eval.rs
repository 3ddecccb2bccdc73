//! The eval loop: one `match` per instruction, with CPython 3.11's stack
//! effects and reference behaviour, and exception-table unwinding.

use crate::bytecode::opcode::{format_value, make_function};
use crate::bytecode::Instr;
use crate::heap::{DictTable, FunctionData, ObjRef, Payload, PyList};

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};

/// How a frame stopped running.
pub enum FrameExit {
    Return(ObjRef),
    Yield(ObjRef),
}

/// An error travelling out of an instruction; `tb` says whether the frame
/// must add itself to the traceback (false for re-raises).
pub struct Unwind {
    pub err: PyErr,
    pub tb: bool,
}

impl From<PyErr> for Unwind {
    fn from(err: PyErr) -> Unwind {
        Unwind { err, tb: true }
    }
}

type EResult<T> = Result<T, Unwind>;

impl Vm {
    /// Runs a frame until it returns, yields, or raises out of it.
    pub fn run_frame(&mut self, f: &mut Frame) -> PyResult<FrameExit> {
        self.resume_frame(f, None)
    }

    /// Runs a frame; with `pending`, first raises that error at the current
    /// instruction (generator `throw`).
    pub fn resume_frame(&mut self, f: &mut Frame, pending: Option<PyErr>) -> PyResult<FrameExit> {
        let saved_globals = self.current_globals.replace(f.globals);
        let saved_locals = std::mem::replace(&mut self.current_locals, f.locals);
        let r = self.resume_frame_inner(f, pending);
        self.current_globals = saved_globals;
        self.current_locals = saved_locals;
        r
    }

    fn resume_frame_inner(&mut self, f: &mut Frame, mut pending: Option<PyErr>) -> PyResult<FrameExit> {
        f.started_flag = true;
        loop {
            let u = match pending.take() {
                Some(err) => Unwind { err, tb: true },
                None => match self.exec(f) {
                    Ok(exit) => return Ok(exit),
                    Err(u) => u,
                },
            };
            if u.tb {
                self.add_traceback(f, u.err.exc);
            }
            match f.code.handler_for(f.lasti as u32).copied() {
                Some(h) => {
                    while f.stack.len() > h.depth as usize {
                        let v = f.stack.pop().expect("stack");
                        self.decref(v);
                    }
                    if h.push_lasti {
                        let l = self.new_int(f.lasti as i64);
                        f.stack.push(l);
                    }
                    f.stack.push(u.err.exc);
                    f.pc = h.target as usize;
                }
                None => {
                    while let Some(v) = f.stack.pop() {
                        self.decref(v);
                    }
                    return Err(u.err);
                }
            }
        }
    }

    /// Prepends a traceback entry for frame `f` to the exception.
    pub fn add_traceback(&mut self, f: &Frame, exc: ObjRef) {
        let lineno = f.code.line_of(f.lasti);
        let old = self.exc_data_mut(exc).and_then(|d| d.traceback.take());
        self.incref(f.code_obj);
        let t = self.t.traceback;
        let tb = self.alloc(t, Payload::Traceback(Box::new(crate::heap::TbData { next: old, code: f.code_obj, lasti: f.lasti as u32, lineno })));
        if let Some(d) = self.exc_data_mut(exc) {
            d.traceback = Some(tb);
        } else {
            self.decref(tb);
        }
    }

    fn exec(&mut self, f: &mut Frame) -> EResult<FrameExit> {
        let code = f.code.clone();
        let instrs = &code.instructions[..];
        macro_rules! pop {
            () => {
                f.stack.pop().expect("value stack underflow")
            };
        }
        macro_rules! top {
            () => {
                *f.stack.last().expect("value stack underflow")
            };
        }
        loop {
            let pc = f.pc;
            let instr = instrs[pc];
            f.lasti = pc;
            f.pc = pc + 1;
            match instr {
                Instr::Nop => {}
                Instr::PopTop => {
                    let v = pop!();
                    self.decref(v);
                }
                Instr::PushNull => f.stack.push(self.null),
                Instr::Copy(i) => {
                    let v = f.stack[f.stack.len() - i as usize];
                    self.incref(v);
                    f.stack.push(v);
                }
                Instr::Swap(i) => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - i as usize);
                }
                Instr::LoadFast(i) => match f.fast[i as usize] {
                    Some(v) => {
                        self.incref(v);
                        f.stack.push(v);
                    }
                    None => return Err(self.unbound_local(f, i).into()),
                },
                Instr::StoreFast(i) => {
                    let v = pop!();
                    if let Some(old) = f.fast[i as usize].replace(v) {
                        self.decref(old);
                    }
                }
                Instr::DeleteFast(i) => match f.fast[i as usize].take() {
                    Some(old) => self.decref(old),
                    None => return Err(self.unbound_local(f, i).into()),
                },
                Instr::LoadConst(i) => {
                    let v = f.consts[i as usize];
                    self.incref(v);
                    f.stack.push(v);
                }
                Instr::LoadGlobal { namei, push_null } => {
                    let name = f.names[namei as usize];
                    let v = self.load_global(f, name)?;
                    if push_null {
                        f.stack.push(self.null);
                    }
                    f.stack.push(v);
                }
                Instr::StoreGlobal(i) => {
                    let v = pop!();
                    let name = f.names[i as usize];
                    let r = self.dict_set_item(f.globals, name, v);
                    self.decref(v);
                    r?;
                }
                Instr::DeleteGlobal(i) => {
                    let name = f.names[i as usize];
                    if !self.dict_del_item(f.globals, name)? {
                        return Err(self.name_not_defined(f, name).into());
                    }
                }
                Instr::LoadName(i) => {
                    let name = f.names[i as usize];
                    let v = self.load_name(f, name)?;
                    f.stack.push(v);
                }
                Instr::StoreName(i) => {
                    let v = pop!();
                    let name = f.names[i as usize];
                    let Some(locals) = f.locals else {
                        self.decref(v);
                        return Err(self.new_error(self.t.system_error, "no locals found when storing").into());
                    };
                    let r = if self.ty(locals) == self.t.dict { self.dict_set_item(locals, name, v) } else { self.setitem(locals, name, v) };
                    self.decref(v);
                    r?;
                }
                Instr::DeleteName(i) => {
                    let name = f.names[i as usize];
                    let locals = f.locals.unwrap_or(f.globals);
                    let ok = if self.ty(locals) == self.t.dict {
                        self.dict_del_item(locals, name)?
                    } else {
                        match self.delitem(locals, name) {
                            Ok(()) => true,
                            Err(e) if self.err_matches(&e, self.t.key_error) => {
                                self.drop_err(e);
                                false
                            }
                            Err(e) => return Err(e.into()),
                        }
                    };
                    if !ok {
                        return Err(self.name_not_defined(f, name).into());
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = pop!();
                    let name = f.names[i as usize];
                    let r = self.getattr(obj, name);
                    self.decref(obj);
                    f.stack.push(r?);
                }
                Instr::LoadMethod(i) => {
                    let obj = pop!();
                    let name = f.names[i as usize];
                    match self.load_method(obj, name) {
                        Ok(Some(meth)) => {
                            f.stack.push(meth);
                            f.stack.push(obj);
                        }
                        Ok(None) => {
                            let r = self.getattr(obj, name);
                            self.decref(obj);
                            f.stack.push(self.null);
                            f.stack.push(r?);
                        }
                        Err(e) => {
                            self.decref(obj);
                            return Err(e.into());
                        }
                    }
                }
                Instr::StoreAttr(i) => {
                    let obj = pop!();
                    let v = pop!();
                    let name = f.names[i as usize];
                    let r = self.setattr(obj, name, v);
                    self.decref(obj);
                    self.decref(v);
                    r?;
                }
                Instr::DeleteAttr(i) => {
                    let obj = pop!();
                    let name = f.names[i as usize];
                    let r = self.delattr(obj, name);
                    self.decref(obj);
                    r?;
                }
                Instr::UnaryPositive | Instr::UnaryNegative | Instr::UnaryInvert => {
                    let v = pop!();
                    let r = self.unary_op(v, instr);
                    self.decref(v);
                    f.stack.push(r?);
                }
                Instr::UnaryNot => {
                    let v = pop!();
                    let t = self.truthy(v);
                    self.decref(v);
                    let r = self.new_bool(!t?);
                    f.stack.push(r);
                }
                Instr::BinaryOp(op) => {
                    let b = pop!();
                    let a = pop!();
                    if let Some(r) = self.binary_op_fast(a, b, op) {
                        self.decref(a);
                        self.decref(b);
                        f.stack.push(r);
                        continue;
                    }
                    // `s += t` / `s = s + t` on a str: extend in place when nobody else sees s.
                    if let Some(r) = self.try_str_concat_inplace(f, a, b, op) {
                        f.stack.push(r);
                        continue;
                    }
                    let r = self.binary_op(a, b, op);
                    self.decref(a);
                    self.decref(b);
                    f.stack.push(r?);
                }
                Instr::CompareOp(op) => {
                    let b = pop!();
                    let a = pop!();
                    if let Some(r) = self.compare_fast(a, b, op) {
                        self.decref(a);
                        self.decref(b);
                        let r = self.new_bool(r);
                        f.stack.push(r);
                        continue;
                    }
                    let r = self.rich_compare(a, b, op);
                    self.decref(a);
                    self.decref(b);
                    f.stack.push(r?);
                }
                Instr::IsOp(invert) => {
                    let b = pop!();
                    let a = pop!();
                    self.decref(a);
                    self.decref(b);
                    let r = self.new_bool((a == b) != invert);
                    f.stack.push(r);
                }
                Instr::ContainsOp(invert) => {
                    let b = pop!();
                    let a = pop!();
                    let r = self.contains(b, a);
                    self.decref(a);
                    self.decref(b);
                    let r = self.new_bool(r? != invert);
                    f.stack.push(r);
                }
                Instr::BinarySubscr => {
                    let key = pop!();
                    let c = pop!();
                    let r = self.getitem(c, key);
                    self.decref(c);
                    self.decref(key);
                    f.stack.push(r?);
                }
                Instr::StoreSubscr => {
                    let key = pop!();
                    let c = pop!();
                    let v = pop!();
                    let r = self.setitem(c, key, v);
                    self.decref(c);
                    self.decref(key);
                    self.decref(v);
                    r?;
                }
                Instr::DeleteSubscr => {
                    let key = pop!();
                    let c = pop!();
                    let r = self.delitem(c, key);
                    self.decref(c);
                    self.decref(key);
                    r?;
                }
                Instr::GetIter => {
                    let v = pop!();
                    let r = self.iter(v);
                    self.decref(v);
                    f.stack.push(r?);
                }
                Instr::GetYieldFromIter => {
                    let v = top!();
                    if !matches!(self.heap.get(v), Payload::Generator(_)) {
                        let v = pop!();
                        let r = self.iter(v);
                        self.decref(v);
                        f.stack.push(r?);
                    }
                }
                Instr::ForIter(target) => {
                    let it = top!();
                    match self.next(it)? {
                        Some(v) => f.stack.push(v),
                        None => {
                            let it = pop!();
                            self.decref(it);
                            f.pc = target as usize;
                        }
                    }
                }
                Instr::Jump(t) => {
                    // `<=`: `while True: pass` is a jump to itself.
                    if (t as usize) <= pc {
                        self.check_interrupt()?;
                    }
                    f.pc = t as usize;
                }
                Instr::PopJumpIfFalse(t) => {
                    let v = pop!();
                    let b = if v == self.false_obj {
                        false
                    } else if v == self.true_obj {
                        true
                    } else {
                        let r = self.truthy(v);
                        self.decref(v);
                        r?
                    };
                    if !b {
                        f.pc = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = pop!();
                    let b = if v == self.false_obj {
                        false
                    } else if v == self.true_obj {
                        true
                    } else {
                        let r = self.truthy(v);
                        self.decref(v);
                        r?
                    };
                    if b {
                        f.pc = t as usize;
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    let v = pop!();
                    self.decref(v);
                    if v == self.none_obj {
                        f.pc = t as usize;
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    let v = pop!();
                    self.decref(v);
                    if v != self.none_obj {
                        f.pc = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    let v = top!();
                    if !self.truthy(v)? {
                        f.pc = t as usize;
                    } else {
                        pop!();
                        self.decref(v);
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    let v = top!();
                    if self.truthy(v)? {
                        f.pc = t as usize;
                    } else {
                        pop!();
                        self.decref(v);
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let t = self.new_tuple(items);
                    f.stack.push(t);
                }
                Instr::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let l = self.new_list(items);
                    f.stack.push(l);
                }
                Instr::ListToTuple => {
                    let l = pop!();
                    let items = self.list_items(l).map(|i| i.to_vec()).unwrap_or_default();
                    for &i in &items {
                        self.incref(i);
                    }
                    self.decref(l);
                    let t = self.new_tuple(items);
                    f.stack.push(t);
                }
                Instr::BuildSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let s = self.new_set(false);
                    let mut res = Ok(());
                    for &i in &items {
                        if res.is_ok() {
                            res = self.set_add(s, i);
                        }
                    }
                    for i in items {
                        self.decref(i);
                    }
                    if let Err(e) = res {
                        self.decref(s);
                        return Err(e.into());
                    }
                    f.stack.push(s);
                }
                Instr::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    let t = self.t.dict;
                    let d = self.alloc(t, Payload::Dict(Box::new(DictTable::with_capacity(n as usize))));
                    let mut res = Ok(());
                    for kv in items.chunks(2) {
                        if res.is_ok() {
                            res = self.dict_set_item(d, kv[0], kv[1]);
                        }
                    }
                    for i in items {
                        self.decref(i);
                    }
                    if let Err(e) = res {
                        self.decref(d);
                        return Err(e.into());
                    }
                    f.stack.push(d);
                }
                Instr::BuildConstKeyMap(n) => {
                    let keys = pop!();
                    let values = f.stack.split_off(f.stack.len() - n as usize);
                    let ks = self.tuple_items(keys).map(|k| k.to_vec()).unwrap_or_default();
                    let t = self.t.dict;
                    let d = self.alloc(t, Payload::Dict(Box::new(DictTable::with_capacity(n as usize))));
                    let mut res = Ok(());
                    for (k, v) in ks.iter().zip(values.iter()) {
                        if res.is_ok() {
                            res = self.dict_set_item(d, *k, *v);
                        }
                    }
                    for v in values {
                        self.decref(v);
                    }
                    self.decref(keys);
                    if let Err(e) = res {
                        self.decref(d);
                        return Err(e.into());
                    }
                    f.stack.push(d);
                }
                Instr::BuildString(n) => {
                    let parts = f.stack.split_off(f.stack.len() - n as usize);
                    let mut s = String::new();
                    for &p in &parts {
                        s.push_str(self.as_str(p).unwrap_or(""));
                    }
                    for p in parts {
                        self.decref(p);
                    }
                    let r = self.new_str(s);
                    f.stack.push(r);
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { Some(pop!()) } else { None };
                    let stop = pop!();
                    let start = pop!();
                    let step = match step {
                        Some(s) => s,
                        None => self.none(),
                    };
                    let t = self.t.slice;
                    let s = self.alloc(t, Payload::Slice(Box::new([start, stop, step])));
                    f.stack.push(s);
                }
                Instr::ListAppend(i) => {
                    let v = pop!();
                    let l = f.stack[f.stack.len() - i as usize];
                    self.list_append_owned(l, v);
                }
                Instr::SetAdd(i) => {
                    let v = pop!();
                    let s = f.stack[f.stack.len() - i as usize];
                    let r = self.set_add(s, v);
                    self.decref(v);
                    r?;
                }
                Instr::MapAdd(i) => {
                    let v = pop!();
                    let k = pop!();
                    let d = f.stack[f.stack.len() - i as usize];
                    let r = self.dict_set_item(d, k, v);
                    self.decref(k);
                    self.decref(v);
                    r?;
                }
                Instr::ListExtend(i) => {
                    let it = pop!();
                    let l = f.stack[f.stack.len() - i as usize];
                    let r = self.list_extend(l, it);
                    if let Err(e) = r {
                        if self.err_matches(&e, self.t.type_error) && self.lookup(self.ty(it), self.n.__iter__).is_none() && self.lookup(self.ty(it), self.n.__getitem__).is_none() {
                            self.drop_err(e);
                            let tn = self.type_name_of(it);
                            self.decref(it);
                            return Err(self.type_error(format!("Value after * must be an iterable, not {tn}")).into());
                        }
                        self.decref(it);
                        return Err(e.into());
                    }
                    self.decref(it);
                }
                Instr::SetUpdate(i) => {
                    let it = pop!();
                    let s = f.stack[f.stack.len() - i as usize];
                    let r = self.set_update(s, it);
                    self.decref(it);
                    r?;
                }
                Instr::DictUpdate(i) => {
                    let m = pop!();
                    let d = f.stack[f.stack.len() - i as usize];
                    let r = self.dict_update(d, m);
                    if let Err(e) = r {
                        if self.err_matches(&e, self.t.attribute_error) || self.err_matches(&e, self.t.type_error) && !self.is_dict(m) {
                            self.drop_err(e);
                            let tn = self.type_name_of(m);
                            self.decref(m);
                            return Err(self.type_error(format!("'{tn}' object is not a mapping")).into());
                        }
                        self.decref(m);
                        return Err(e.into());
                    }
                    self.decref(m);
                }
                Instr::DictMerge(i) => {
                    let m = pop!();
                    let n = f.stack.len();
                    let d = f.stack[n - i as usize];
                    let func = f.stack[n - i as usize - 2];
                    let r = self.dict_merge_kwargs(d, m, func);
                    self.decref(m);
                    r?;
                }
                Instr::UnpackSequence(n) => {
                    let seq = pop!();
                    let r = self.unpack(seq, n as usize, None);
                    self.decref(seq);
                    let items = r?;
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx { before, after } => {
                    let seq = pop!();
                    let r = self.unpack(seq, before as usize, Some(after as usize));
                    self.decref(seq);
                    let items = r?;
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::KwNames(i) => f.kwnames = Some(f.consts[i as usize]),
                Instr::Call(n) => {
                    let r = self.exec_call(f, n as usize);
                    f.stack.push(r?);
                }
                Instr::CallFunctionEx(has_kw) => {
                    let kwargs = if has_kw { Some(pop!()) } else { None };
                    let args = pop!();
                    let func = pop!();
                    let null = pop!();
                    debug_assert_eq!(null, self.null);
                    let r = self.call_ex(func, args, kwargs);
                    self.decref(func);
                    self.decref(args);
                    self.xdecref(kwargs);
                    f.stack.push(r?);
                }
                Instr::MakeFunction(flags) => {
                    let func = self.make_function(f, flags);
                    f.stack.push(func);
                }
                Instr::ReturnValue => {
                    let v = pop!();
                    return Ok(FrameExit::Return(v));
                }
                Instr::YieldValue => {
                    let v = pop!();
                    return Ok(FrameExit::Yield(v));
                }
                Instr::Send(target) => {
                    let v = pop!();
                    let receiver = top!();
                    let r = self.send_to(receiver, v);
                    self.decref(v);
                    match r? {
                        super::gen::GenResult::Yield(x) => f.stack.push(x),
                        super::gen::GenResult::Return(x) => {
                            let rcv = pop!();
                            self.decref(rcv);
                            f.stack.push(x);
                            f.pc = target as usize;
                        }
                    }
                }
                Instr::PrintExpr => {
                    let v = pop!();
                    let r = self.print_expr(v);
                    self.decref(v);
                    r?;
                }
                Instr::LoadBuildClass => {
                    let name = self.n.__build_class__;
                    let h = self.str_hash_pure(name);
                    match self.dict_get_str_pure(f.builtins, name, h) {
                        Some(b) => {
                            self.incref(b);
                            f.stack.push(b);
                        }
                        None => return Err(self.name_error("__build_class__ not found").into()),
                    }
                }
                Instr::LoadAssertionError => {
                    let t = self.t.assertion_error;
                    self.incref(t);
                    f.stack.push(t);
                }
                Instr::SetupAnnotations => {
                    let locals = f.locals.unwrap_or(f.globals);
                    let k = self.n.__annotations__;
                    if self.dict_get_item(locals, k)?.is_none() {
                        let d = self.new_dict();
                        let r = self.dict_set_item(locals, k, d);
                        self.decref(d);
                        r?;
                    }
                }
                Instr::ImportName(i) => {
                    let fromlist = pop!();
                    let level = pop!();
                    let name = f.names[i as usize];
                    let r = self.import_name(f, name, fromlist, level);
                    self.decref(fromlist);
                    self.decref(level);
                    f.stack.push(r?);
                }
                Instr::ImportFrom(i) => {
                    let m = top!();
                    let name = f.names[i as usize];
                    let r = self.import_from(m, name)?;
                    f.stack.push(r);
                }
                Instr::ImportStar => {
                    let m = pop!();
                    let r = self.import_star(f, m);
                    self.decref(m);
                    r?;
                }
                Instr::RaiseVarargs(n) => {
                    let cause = if n == 2 { Some(pop!()) } else { None };
                    let exc = if n >= 1 { Some(pop!()) } else { None };
                    return Err(self.do_raise(exc, cause));
                }
                Instr::Reraise(_) | Instr::ReraiseLasti(_) => {
                    let exc = pop!();
                    return Err(Unwind { err: PyErr { exc }, tb: false });
                }
                Instr::PushExcInfo => {
                    let exc = pop!();
                    let slot = self.exc_info.last_mut().expect("exc_info");
                    let prev = slot.replace(exc);
                    self.incref(exc);
                    let prev = match prev {
                        Some(p) => p,
                        None => self.none(),
                    };
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Instr::PopExcept => {
                    let v = pop!();
                    let new = if v == self.none_obj {
                        self.decref(v);
                        None
                    } else {
                        Some(v)
                    };
                    let slot = self.exc_info.last_mut().expect("exc_info");
                    let old = std::mem::replace(slot, new);
                    self.xdecref(old);
                }
                Instr::CheckExcMatch => {
                    let ty = pop!();
                    let exc = top!();
                    let r = self.check_exc_match(exc, ty);
                    self.decref(ty);
                    let b = self.new_bool(r?);
                    f.stack.push(b);
                }
                Instr::WithExceptStart => {
                    let n = f.stack.len();
                    let exc = f.stack[n - 1];
                    let exit = f.stack[n - 4];
                    let ty = self.ty(exc);
                    let tb = self.exc_data(exc).and_then(|d| d.traceback).unwrap_or(self.none_obj);
                    let r = self.call(exit, &[ty, exc, tb]);
                    f.stack.push(r?);
                }
                Instr::BeforeWith => {
                    let mgr = pop!();
                    let r = self.before_with(mgr);
                    self.decref(mgr);
                    let (exit, entered) = r?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Instr::MakeCell(i) => {
                    let v = f.fast[i as usize].take();
                    let t = self.t.cell;
                    let c = self.alloc(t, Payload::Cell(v));
                    f.fast[i as usize] = Some(c);
                }
                Instr::CopyFreeVars(n) => {
                    let func = f.func.expect("closure without a function");
                    let Payload::Function(fd) = self.heap.get(func) else { unreachable!() };
                    let cells = fd.closure.and_then(|c| self.tuple_items(c)).map(|c| c.to_vec()).unwrap_or_default();
                    let base = f.fast.len() - n as usize;
                    for (k, c) in cells.into_iter().enumerate().take(n as usize) {
                        self.incref(c);
                        f.fast[base + k] = Some(c);
                    }
                }
                Instr::LoadClosure(i) => {
                    let c = f.fast[i as usize].expect("closure cell");
                    self.incref(c);
                    f.stack.push(c);
                }
                Instr::LoadDeref(i) => {
                    let c = f.fast[i as usize].expect("cell");
                    match self.heap.get(c) {
                        Payload::Cell(Some(v)) => {
                            let v = *v;
                            self.incref(v);
                            f.stack.push(v);
                        }
                        _ => return Err(self.unbound_deref(f, i).into()),
                    }
                }
                Instr::LoadClassDeref(i) => {
                    let name = f.code.localsplus_names[i as usize].clone();
                    let locals = f.locals.expect("class body locals");
                    let k = self.intern(&name);
                    let found = self.dict_get_item(locals, k);
                    self.decref(k);
                    if let Some(v) = found? {
                        self.incref(v);
                        f.stack.push(v);
                    } else {
                        let c = f.fast[i as usize].expect("cell");
                        match self.heap.get(c) {
                            Payload::Cell(Some(v)) => {
                                let v = *v;
                                self.incref(v);
                                f.stack.push(v);
                            }
                            _ => return Err(self.unbound_deref(f, i).into()),
                        }
                    }
                }
                Instr::StoreDeref(i) => {
                    let v = pop!();
                    let c = f.fast[i as usize].expect("cell");
                    let Payload::Cell(slot) = self.heap.get_mut(c) else { unreachable!() };
                    let old = slot.replace(v);
                    self.xdecref(old);
                }
                Instr::DeleteDeref(i) => {
                    let c = f.fast[i as usize].expect("cell");
                    let Payload::Cell(slot) = self.heap.get_mut(c) else { unreachable!() };
                    match slot.take() {
                        Some(old) => self.decref(old),
                        None => return Err(self.unbound_deref(f, i).into()),
                    }
                }
                Instr::FormatValue { conversion, has_spec } => {
                    let spec = if has_spec { Some(pop!()) } else { None };
                    let v = pop!();
                    let r = self.format_value(v, conversion, spec);
                    self.decref(v);
                    self.xdecref(spec);
                    f.stack.push(r?);
                }
            }
        }
    }

    fn exec_call(&mut self, f: &mut Frame, n: usize) -> PyResult<ObjRef> {
        let kwnames: Vec<ObjRef> = match f.kwnames.take() {
            Some(k) => self.tuple_items(k).map(|t| t.to_vec()).unwrap_or_default(),
            None => Vec::new(),
        };
        let len = f.stack.len();
        let base = len - n - 2;
        let mut is_meth = f.stack[base] != self.null;
        if !is_meth {
            // Unpack a bound method so the call can pass self without copying.
            if let Payload::BoundMethod(m) = self.heap.get(f.stack[base + 1]) {
                let (func, s) = **m;
                self.incref(func);
                self.incref(s);
                let bm = std::mem::replace(&mut f.stack[base + 1], s);
                f.stack[base] = func;
                self.decref(bm);
                is_meth = true;
            }
        }
        let (func, start) = if is_meth { (f.stack[base], base + 1) } else { (f.stack[base + 1], base + 2) };
        if func == self.t.super_ && !is_meth && n == 0 {
            // Zero-argument super(): the class from the `__class__` cell and the first argument.
            let r = self.zero_arg_super(f);
            self.pop_n(f, 2);
            return r;
        }
        let r = match self.heap.get(func) {
            Payload::Function(_) => {
                // Arguments are moved into the callee's locals.
                let r = self.call_function_owned(func, &f.stack[start..], &kwnames);
                f.stack.truncate(start);
                r
            }
            Payload::Builtin(b) if b.self_.is_none() => {
                let fp = b.func;
                // locals()/vars()/dir()/eval()/exec() in a function see its fast locals.
                let snap = (f.locals.is_none() && self.frame_locals_funcs.contains(&func)).then(|| crate::builtins::introspection::fast_locals_dict(self, f));
                let saved = snap.map(|d| self.current_locals.replace(d));
                let r = self.call_native(fp, &f.stack[start..], &kwnames);
                if let Some(d) = snap {
                    self.current_locals = saved.flatten();
                    self.decref(d);
                }
                self.pop_n(f, len - start);
                r
            }
            _ => {
                let r = self.call_kw(func, &f.stack[start..], &kwnames);
                self.pop_n(f, len - start);
                r
            }
        };
        // Pop callable (or self-less slot) and the NULL/method slot.
        while f.stack.len() > base {
            let v = f.stack.pop().expect("stack");
            self.decref(v);
        }
        r
    }

    fn zero_arg_super(&mut self, f: &Frame) -> PyResult<ObjRef> {
        let code = &f.code;
        if code.argcount == 0 && code.flags & crate::bytecode::code::flags::VARARGS == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let mut first = match f.fast.first().copied().flatten() {
            Some(v) => v,
            None => return Err(self.runtime_error("super(): arg[0] deleted")),
        };
        // The first argument may itself live in a cell.
        if code.cell_slots.contains(&0) {
            if let Payload::Cell(c) = self.heap.get(first) {
                match c {
                    Some(v) => first = *v,
                    None => return Err(self.runtime_error("super(): arg[0] deleted")),
                }
            }
        }
        let n = code.nlocalsplus();
        let free_start = n - code.nfrees as usize;
        let pos = code.localsplus_names[free_start..].iter().position(|s| &**s == "__class__");
        let Some(p) = pos else { return Err(self.runtime_error("super(): __class__ cell not found")) };
        let cell = f.fast[free_start + p];
        let cls = match cell.map(|c| self.heap.get(c)) {
            Some(Payload::Cell(Some(c))) => *c,
            _ => return Err(self.runtime_error("super(): empty __class__ cell")),
        };
        if !self.is_type(cls) {
            return Err(self.runtime_error("super(): __class__ is not a type"));
        }
        let ok = self.isinstance_type(first, cls) || (self.is_type(first) && self.is_subtype(first, cls));
        if !ok {
            return Err(self.type_error("super(type, obj): obj must be an instance or subtype of type"));
        }
        Ok(self.new_super(cls, first))
    }

    fn pop_n(&mut self, f: &mut Frame, n: usize) {
        for _ in 0..n {
            let v = f.stack.pop().expect("stack");
            self.decref(v);
        }
    }

    /// `f(*args, **kwargs)` (borrows all).
    pub fn call_ex(&mut self, func: ObjRef, args: ObjRef, kwargs: Option<ObjRef>) -> PyResult<ObjRef> {
        let mut argv: Vec<ObjRef> = match self.heap.get(args) {
            Payload::Tuple(t) => t.to_vec(),
            _ => {
                let v = match self.collect_iter(args) {
                    Ok(v) => v,
                    Err(e) => {
                        if self.err_matches(&e, self.t.type_error) {
                            self.drop_err(e);
                            let fname = self.callable_name(func);
                            let tn = self.type_name_of(args);
                            return Err(self.type_error(format!("{fname} argument after * must be an iterable, not {tn}")));
                        }
                        return Err(e);
                    }
                };
                let t = self.new_tuple(v);
                let r = self.call_ex(func, t, kwargs);
                self.decref(t);
                return r;
            }
        };
        let mut kwnames = Vec::new();
        if let Some(kw) = kwargs {
            if !self.is_dict(kw) {
                let d = self.new_dict();
                let r = self.dict_update(d, kw);
                if let Err(e) = r {
                    self.decref(d);
                    return Err(e);
                }
                let r = self.call_ex(func, args, Some(d));
                self.decref(d);
                return r;
            }
            for (k, v) in self.dict_items(kw) {
                if !matches!(self.heap.get(k), Payload::Str(_)) {
                    let fname = self.callable_name(func);
                    return Err(self.type_error(format!("{fname} keywords must be strings")));
                }
                kwnames.push(k);
                argv.push(v);
            }
        }
        self.call_kw(func, &argv, &kwnames)
    }

    /// `name()` as CPython's messages show a callable.
    pub fn callable_name(&mut self, func: ObjRef) -> String {
        match self.heap.get(func) {
            Payload::Function(_) => format!("{}()", self.func_qualname(func)),
            Payload::Builtin(b) => format!("{}()", b.name),
            Payload::BoundMethod(m) => {
                let f = m.0;
                self.callable_name(f)
            }
            Payload::Type(t) => format!("{}()", t.name),
            _ => format!("{} object", self.type_name_of(func)),
        }
    }

    fn dict_merge_kwargs(&mut self, d: ObjRef, m: ObjRef, func: ObjRef) -> PyResult<()> {
        let items: Vec<(ObjRef, ObjRef)> = if self.is_dict(m) {
            self.dict_items(m)
        } else {
            if self.lookup(self.ty(m), self.n.keys).is_none() {
                let fname = self.callable_name(func);
                let tn = self.type_name_of(m);
                return Err(self.type_error(format!("{fname} argument after ** must be a mapping, not {tn}")));
            }
            let tmp = self.new_dict();
            let r = self.dict_update(tmp, m);
            if let Err(e) = r {
                self.decref(tmp);
                return Err(e);
            }
            let r = self.dict_merge_kwargs(d, tmp, func);
            self.decref(tmp);
            return r;
        };
        for (k, v) in items {
            if self.dict_get_item(d, k)?.is_some() {
                let fname = self.callable_name(func);
                let ks = self.str_string(k)?;
                return Err(self.type_error(format!("{fname} got multiple values for keyword argument '{ks}'")));
            }
            self.dict_set_item(d, k, v)?;
        }
        Ok(())
    }

    fn load_global(&mut self, f: &Frame, name: ObjRef) -> PyResult<ObjRef> {
        let h = self.str_hash_pure(name);
        if let Some(v) = self.dict_get_str_pure(f.globals, name, h) {
            return Ok(self.incref(v));
        }
        if let Some(v) = self.dict_get_str_pure(f.builtins, name, h) {
            return Ok(self.incref(v));
        }
        Err(self.name_not_defined(f, name))
    }

    fn load_name(&mut self, f: &Frame, name: ObjRef) -> PyResult<ObjRef> {
        if let Some(l) = f.locals {
            if self.ty(l) == self.t.dict {
                if let Some(v) = self.dict_get_item(l, name)? {
                    return Ok(self.incref(v));
                }
            } else {
                match self.getitem(l, name) {
                    Ok(v) => return Ok(v),
                    Err(e) if self.err_matches(&e, self.t.key_error) => self.drop_err(e),
                    Err(e) => return Err(e),
                }
            }
        }
        self.load_global(f, name)
    }

    /// NameError with CPython 3.11's "Did you mean" suggestion.
    fn name_not_defined(&mut self, f: &Frame, name: ObjRef) -> PyErr {
        let n = self.as_str(name).unwrap_or("").to_string();
        let mut candidates: Vec<String> = f.code.varnames().iter().map(|s| s.to_string()).collect();
        for d in [f.locals, Some(f.globals), Some(f.builtins)].into_iter().flatten() {
            if self.is_dict(d) {
                for (k, _) in self.dict_items(d) {
                    if let Some(s) = self.as_str(k) {
                        candidates.push(s.to_string());
                    }
                }
            }
        }
        let e = self.name_error(format!("name '{n}' is not defined"));
        let k = self.n.name;
        let _ = self.generic_setattr(e.exc, k, Some(name));
        if let Some(s) = super::print_tb::suggest(&n, &candidates) {
            let sv = self.new_str(s);
            let _ = self.setattr_str(e.exc, "_pyrite_suggestion", sv);
            self.decref(sv);
        }
        e
    }

    fn unbound_local(&mut self, f: &Frame, i: u32) -> PyErr {
        let name = f.code.localsplus_names[i as usize].clone();
        let t = self.t.unbound_local_error;
        self.new_error(t, format!("cannot access local variable '{name}' where it is not associated with a value"))
    }

    fn unbound_deref(&mut self, f: &Frame, i: u32) -> PyErr {
        let name = f.code.localsplus_names[i as usize].clone();
        let nfree = f.code.nfrees as usize;
        if (i as usize) >= f.code.nlocalsplus() - nfree {
            self.name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
        } else {
            let t = self.t.unbound_local_error;
            self.new_error(t, format!("cannot access local variable '{name}' where it is not associated with a value"))
        }
    }

    /// LOAD_METHOD: Some(unbound function) when `name` is a plain method on the type
    /// and not shadowed by an instance attribute (then `obj` stays on the stack as self).
    fn load_method(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let ty = self.ty(obj);
        if let Payload::Type(td) = self.heap.get(ty) {
            if td.has_getattribute {
                return Ok(None);
            }
        }
        if matches!(self.heap.get(obj), Payload::Type(_) | Payload::Module(_)) {
            return Ok(None);
        }
        let Some(d) = self.lookup(ty, name) else { return Ok(None) };
        let is_method = match self.heap.get(d) {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.binding == crate::heap::Binding::Method,
            _ => false,
        };
        if !is_method {
            return Ok(None);
        }
        if self.heap.attrs(obj).is_some() {
            // An instance attribute would shadow the method.
            if let Some(v) = self.instance_attr(obj, name)? {
                self.decref(v);
                return Ok(None);
            }
        }
        Ok(Some(self.incref(d)))
    }

    fn make_function(&mut self, f: &mut Frame, flags: u8) -> ObjRef {
        let code_obj = f.stack.pop().expect("code");
        let closure = if flags & make_function::CLOSURE != 0 { f.stack.pop() } else { None };
        let annotations = if flags & make_function::ANNOTATIONS != 0 { f.stack.pop() } else { None };
        let kwdefaults = if flags & make_function::KWDEFAULTS != 0 { f.stack.pop() } else { None };
        let defaults = if flags & make_function::DEFAULTS != 0 { f.stack.pop() } else { None };
        let Payload::Code(cd) = self.heap.get(code_obj) else { panic!("MAKE_FUNCTION without code") };
        let (name, qualname) = (cd.code.name.clone(), cd.code.qualname.clone());
        let first_const = cd.consts.first().copied();
        let name = self.intern(&name);
        let qualname = self.new_str(qualname.to_string());
        let doc = match first_const {
            Some(c) if matches!(self.heap.get(c), Payload::Str(_)) && cd_has_docstring(self, code_obj) => self.incref(c),
            _ => self.none(),
        };
        let module = {
            let k = self.n.__name__;
            let h = self.str_hash_pure(k);
            match self.dict_get_str_pure(f.globals, k, h) {
                Some(m) => self.incref(m),
                None => self.none(),
            }
        };
        self.incref(f.globals);
        self.incref(f.builtins);
        let fd = FunctionData {
            code: code_obj,
            globals: f.globals,
            builtins: f.builtins,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure,
            doc,
            module,
            annotations,
        };
        let t = self.t.function;
        self.alloc(t, Payload::Function(Box::new(fd)))
    }

    fn send_to(&mut self, receiver: ObjRef, v: ObjRef) -> PyResult<super::gen::GenResult> {
        if let Payload::Generator(_) = self.heap.get(receiver) {
            return super::gen::gen_send(self, receiver, v);
        }
        let r = if v == self.none_obj {
            self.next(receiver).map(|o| o.ok_or(()))
        } else {
            self.call_method(receiver, "send", &[v]).map(Ok)
        };
        match r {
            Ok(Ok(x)) => Ok(super::gen::GenResult::Yield(x)),
            Ok(Err(())) => Ok(super::gen::GenResult::Return(self.none())),
            Err(e) if self.err_matches(&e, self.t.stop_iteration) => {
                let v = self.stop_iteration_value(e.exc);
                self.drop_err(e);
                Ok(super::gen::GenResult::Return(v))
            }
            Err(e) => Err(e),
        }
    }

    /// The `value` of a StopIteration (owned).
    pub fn stop_iteration_value(&mut self, exc: ObjRef) -> ObjRef {
        let args = self.exc_data(exc).map(|d| d.args);
        match args.and_then(|a| self.tuple_items(a).and_then(|t| t.first().copied())) {
            Some(v) => self.incref(v),
            None => self.none(),
        }
    }

    fn print_expr(&mut self, v: ObjRef) -> PyResult<()> {
        if v == self.none_obj {
            return Ok(());
        }
        let b = self.builtins;
        let none = self.none_obj;
        self.dict_set_str(b, "_", none);
        let s = self.repr_string(v)?;
        self.write_stdout(&s);
        self.write_stdout("\n");
        self.dict_set_str(b, "_", v);
        Ok(())
    }

    /// RAISE_VARARGS: `raise` (re-raise), `raise exc`, `raise exc from cause` (owned operands).
    fn do_raise(&mut self, exc: Option<ObjRef>, cause: Option<ObjRef>) -> Unwind {
        let Some(exc) = exc else {
            return match self.current_exc() {
                Some(e) => {
                    self.incref(e);
                    Unwind { err: PyErr { exc: e }, tb: false }
                }
                None => self.runtime_error("No active exception to reraise").into(),
            };
        };
        let exc = match self.instantiate_exception(exc) {
            Ok(e) => e,
            Err(e) => {
                self.xdecref(cause);
                return e.into();
            }
        };
        if let Some(c) = cause {
            let cause = if c == self.none_obj {
                self.decref(c);
                None
            } else {
                match self.instantiate_exception(c) {
                    Ok(c) => Some(c),
                    Err(e) => {
                        self.decref(exc);
                        if self.err_matches(&e, self.t.type_error) {
                            self.drop_err(e);
                            return self.type_error("exception causes must derive from BaseException").into();
                        }
                        return e.into();
                    }
                }
            };
            if let Some(d) = self.exc_data_mut(exc) {
                let old = std::mem::replace(&mut d.cause, cause);
                d.suppress_context = true;
                self.xdecref(old);
            }
        }
        self.raise_obj(exc).into()
    }

    /// A raised class becomes an instance (called with no arguments); owned in, owned out.
    pub fn instantiate_exception(&mut self, exc: ObjRef) -> PyResult<ObjRef> {
        if self.is_type(exc) {
            if self.is_subtype(exc, self.t.base_exception) {
                let r = self.call(exc, &[]);
                self.decref(exc);
                let r = r?;
                if !self.isinstance_type(r, self.t.base_exception) {
                    let tn = self.type_name_of(r);
                    self.decref(r);
                    return Err(self.type_error(format!("calling {tn} should have returned an instance of BaseException, not {tn}")));
                }
                return Ok(r);
            }
        } else if self.isinstance_type(exc, self.t.base_exception) {
            return Ok(exc);
        }
        self.decref(exc);
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    fn check_exc_match(&mut self, exc: ObjRef, ty: ObjRef) -> PyResult<bool> {
        let valid = |vm: &Vm, t: ObjRef| vm.is_type(t) && vm.is_subtype(t, vm.t.base_exception);
        let ok = if let Some(items) = self.tuple_items(ty) { items.iter().all(|&t| valid(self, t)) } else { valid(self, ty) };
        if !ok {
            return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(self.exc_matches(exc, ty))
    }

    fn before_with(&mut self, mgr: ObjRef) -> PyResult<(ObjRef, ObjRef)> {
        let ty = self.ty(mgr);
        let enter = self.lookup(ty, self.n.__enter__);
        let exit = self.lookup(ty, self.n.__exit__);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(ty);
            return Err(self.type_error(format!("'{tn}' object does not support the context manager protocol")));
        };
        let exit = self.incref(exit);
        let bound_exit = self.descr_get(exit, Some(mgr), ty);
        self.decref(exit);
        let bound_exit = bound_exit?;
        let enter = self.incref(enter);
        let r = self.call_unbound(enter, mgr, &[]);
        self.decref(enter);
        match r {
            Ok(v) => Ok((bound_exit, v)),
            Err(e) => {
                self.decref(bound_exit);
                Err(e)
            }
        }
    }

    fn format_value(&mut self, v: ObjRef, conversion: u8, spec: Option<ObjRef>) -> PyResult<ObjRef> {
        let converted = match conversion {
            format_value::STR => self.str(v)?,
            format_value::REPR => self.repr(v)?,
            format_value::ASCII => {
                let s = self.repr_string(v)?;
                self.new_str(crate::format::repr::ascii_escape(&s))
            }
            _ => self.incref(v),
        };
        if spec.is_none() && self.ty(converted) == self.t.str {
            return Ok(converted);
        }
        let spec = spec.unwrap_or(self.empty_str);
        let r = self.format(converted, spec);
        self.decref(converted);
        r
    }

    /// `format(v, spec)` (owned str).
    pub fn format(&mut self, v: ObjRef, spec: ObjRef) -> PyResult<ObjRef> {
        let r = match self.call_special(v, self.n.__format__, &[spec])? {
            Some(r) => r,
            None => {
                let tn = self.type_name_of(v);
                return Err(self.type_error(format!("Type {tn} doesn't define __format__")));
            }
        };
        if !matches!(self.heap.get(r), Payload::Str(_)) {
            let tn = self.type_name_of(r);
            self.decref(r);
            return Err(self.type_error(format!("__format__ must return a str, not {tn}")));
        }
        Ok(r)
    }

    /// Unpacks exactly `n` items (or `n` + star list + `after` items).
    fn unpack(&mut self, seq: ObjRef, n: usize, after: Option<usize>) -> PyResult<Vec<ObjRef>> {
        // Exact tuples and lists only (as CPython): a subclass may override __iter__.
        let ty = self.ty(seq);
        let fast = match self.heap.get(seq) {
            Payload::Tuple(t) if ty == self.t.tuple && after.is_none() && t.len() == n => Some(t.to_vec()),
            Payload::List(l) if ty == self.t.list && after.is_none() && l.items.len() == n => Some(l.items.clone()),
            _ => None,
        };
        if let Some(items) = fast {
            for &i in &items {
                self.incref(i);
            }
            return Ok(items);
        }
        let it = match self.iter(seq) {
            Ok(it) => it,
            Err(e) => {
                if self.err_matches(&e, self.t.type_error) {
                    self.drop_err(e);
                    let tn = self.type_name_of(seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                return Err(e);
            }
        };
        let mut items = Vec::new();
        let release = |vm: &mut Vm, items: Vec<ObjRef>, it: ObjRef| {
            for i in items {
                vm.decref(i);
            }
            vm.decref(it);
        };
        for k in 0..n {
            match self.next(it) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => {
                    release(self, items, it);
                    let msg = match after {
                        Some(a) => format!("not enough values to unpack (expected at least {}, got {k})", n + a),
                        None => format!("not enough values to unpack (expected {n}, got {k})"),
                    };
                    return Err(self.value_error(msg));
                }
                Err(e) => {
                    release(self, items, it);
                    return Err(e);
                }
            }
        }
        match after {
            None => match self.next(it) {
                Ok(None) => {
                    self.decref(it);
                    Ok(items)
                }
                Ok(Some(v)) => {
                    self.decref(v);
                    release(self, items, it);
                    Err(self.value_error(format!("too many values to unpack (expected {n})")))
                }
                Err(e) => {
                    release(self, items, it);
                    Err(e)
                }
            },
            Some(a) => {
                let rest = match self.collect_iter(it) {
                    Ok(r) => r,
                    Err(e) => {
                        release(self, items, it);
                        return Err(e);
                    }
                };
                self.decref(it);
                if rest.len() < a {
                    let got = n + rest.len();
                    for r in rest {
                        self.decref(r);
                    }
                    for i in items {
                        self.decref(i);
                    }
                    return Err(self.value_error(format!("not enough values to unpack (expected at least {}, got {got})", n + a)));
                }
                let split = rest.len() - a;
                let mut rest = rest;
                let tail = rest.split_off(split);
                let l = self.new_list(rest);
                items.push(l);
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// Appends an owned reference to a list with CPython's over-allocation.
    pub fn list_append_owned(&mut self, l: ObjRef, v: ObjRef) {
        if let Payload::List(pl) = self.heap.get_mut(l) {
            let n = pl.items.len();
            list_resize(pl, n + 1);
            pl.items.push(v);
        }
    }

    fn try_str_concat_inplace(&mut self, f: &mut Frame, a: ObjRef, b: ObjRef, op: crate::bytecode::BinaryOperator) -> Option<ObjRef> {
        use crate::bytecode::BinaryOperator as B;
        if !matches!(op, B::Add | B::InplaceAdd) {
            return None;
        }
        if self.ty(a) != self.t.str || self.ty(b) != self.t.str {
            return None;
        }
        let is_interned = match self.heap.get(a) {
            Payload::Str(s) => s.interned.get(),
            _ => return None,
        };
        if is_interned || a == self.empty_str {
            return None;
        }
        let mut rc = self.heap.rc(a);
        // `s = s + t` / `s += t` followed by STORE_FAST s: the local's reference can go.
        let next_store = match f.code.instructions.get(f.pc) {
            Some(Instr::StoreFast(i)) if f.fast[*i as usize] == Some(a) => Some(*i as usize),
            _ => None,
        };
        if rc == 2 {
            if let Some(i) = next_store {
                f.fast[i] = None;
                self.heap.decref_hit_zero(a);
                rc = 1;
            }
        }
        if rc != 1 {
            return None;
        }
        let bs = self.as_str(b).unwrap_or("").to_string();
        if let Payload::Str(s) = self.heap.get_mut(a) {
            s.push_str(&bs);
        }
        self.decref(b);
        Some(a)
    }
}


fn cd_has_docstring(vm: &Vm, code_obj: ObjRef) -> bool {
    let _ = (vm, code_obj);
    true
}

/// CPython's list_resize: over-allocates `(n + (n >> 3) + 6) & !3`.
pub fn list_resize(l: &mut PyList, newsize: usize) {
    let allocated = l.allocated;
    if allocated >= newsize && newsize >= (allocated >> 1) {
        return;
    }
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize - l.items.len().min(newsize) > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3;
    }
    if newsize == 0 {
        new_allocated = 0;
    }
    l.allocated = new_allocated;
    if l.items.capacity() < new_allocated {
        l.items.reserve_exact(new_allocated - l.items.len());
    }
}
