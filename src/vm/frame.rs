//! Frames: the state of one running (or suspended) code object — fast
//! locals ("localsplus"), the value stack, the instruction pointer.
//! Frames of ordinary calls are recycled through `Vm::frame_pool`; a
//! generator's frame lives inside the generator object.

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::heap::{ObjRef, Payload};

use super::Vm;

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// The heap code object (owned): keeps the constants alive.
    pub code_obj: ObjRef,
    pub consts: Rc<[ObjRef]>,
    pub names: Rc<[ObjRef]>,
    /// The function being run (owned), for closures and defaults.
    pub func: Option<ObjRef>,
    /// Globals dict (owned).
    pub globals: ObjRef,
    /// Builtins dict (owned).
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (owned).
    pub locals: Option<ObjRef>,
    /// Fast locals: arguments, locals, cells, free variables (owned).
    pub fast: Vec<Option<ObjRef>>,
    /// The value stack (owned references; `vm.null` marks NULL).
    pub stack: Vec<ObjRef>,
    /// Next instruction.
    pub pc: usize,
    /// The instruction being executed (for tracebacks and line numbers).
    pub lasti: usize,
    /// Keyword names of the next call (from `KwNames`), borrowed from consts.
    pub kwnames: Option<ObjRef>,
    /// Has begun executing (generators).
    pub started_flag: bool,
}

impl Frame {
    pub fn started(&self) -> bool {
        self.started_flag
    }

    pub fn trace(&self, visit: &mut dyn FnMut(ObjRef)) {
        visit(self.code_obj);
        visit(self.globals);
        visit(self.builtins);
        self.func.iter().for_each(|&f| visit(f));
        self.locals.iter().for_each(|&l| visit(l));
        self.fast.iter().flatten().for_each(|&v| visit(v));
        self.stack.iter().for_each(|&v| visit(v));
    }
}

impl Vm {
    /// A frame for running `code_obj` (a heap code object) with the given
    /// globals; takes new references to everything it holds.
    pub fn new_frame(&mut self, code_obj: ObjRef, globals: ObjRef, builtins: ObjRef, func: Option<ObjRef>, locals: Option<ObjRef>) -> Box<Frame> {
        let Payload::Code(cd) = self.heap.get(code_obj) else { panic!("new_frame of a non-code object") };
        let (code, consts, names) = (cd.code.clone(), cd.consts.clone(), cd.names.clone());
        self.incref(code_obj);
        self.incref(globals);
        self.incref(builtins);
        if let Some(f) = func {
            self.incref(f);
        }
        if let Some(l) = locals {
            self.incref(l);
        }
        let n = code.nlocalsplus();
        let stacksize = code.stacksize as usize;
        match self.frame_pool.pop() {
            Some(mut f) => {
                // Reuse a pooled frame in place: no allocation, no large moves.
                f.fast.clear();
                f.fast.resize(n, None);
                f.stack.clear();
                f.stack.reserve(stacksize);
                f.code = code;
                f.code_obj = code_obj;
                f.consts = consts;
                f.names = names;
                f.func = func;
                f.globals = globals;
                f.builtins = builtins;
                f.locals = locals;
                f.pc = 0;
                f.lasti = 0;
                f.kwnames = None;
                f.started_flag = false;
                f
            }
            None => Box::new(Frame {
                code,
                code_obj,
                consts,
                names,
                func,
                globals,
                builtins,
                locals,
                fast: vec![None; n],
                stack: Vec::with_capacity(stacksize),
                pc: 0,
                lasti: 0,
                kwnames: None,
                started_flag: false,
            }),
        }
    }

    /// Drops all references a frame holds and recycles its buffers.
    pub fn release_frame(&mut self, mut f: Box<Frame>) {
        while let Some(v) = f.stack.pop() {
            self.decref(v);
        }
        for i in 0..f.fast.len() {
            if let Some(v) = f.fast[i].take() {
                self.decref(v);
            }
        }
        self.decref(f.code_obj);
        self.decref(f.globals);
        self.decref(f.builtins);
        self.xdecref(f.func.take());
        self.xdecref(f.locals.take());
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(f);
        }
    }
}
