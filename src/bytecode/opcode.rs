//! The instruction set shared by the compiler and the VM.
//!
//! It follows CPython 3.11's opcodes one for one (same names, same stack
//! effects, same code shapes as `python3 -m dis` shows), minus the
//! specialisation and bookkeeping ones (CACHE, RESUME, PRECALL,
//! EXTENDED_ARG, RETURN_GENERATOR). Keeping
//! CPython's shapes means the compiler can be checked against `dis` and the VM
//! holds references exactly where CPython holds them, which is what makes
//! `sys.getrefcount` agree.
//!
//! Differences from CPython's encoding, all for speed and clarity:
//! * Operands are typed fields of the enum; an instruction is 8 bytes.
//! * Jump targets are absolute instruction indices (not byte deltas), so there
//!   is one `Jump` and no forward/backward pairs.
//! * `LOAD_GLOBAL`'s low bit and `LOAD_METHOD` are explicit.
//!
//! Stack notation below: `[a, b]` means b is on top.

/// Operators of `BinaryOp`, in CPython's `NB_*` order (`dis` shows them as `+`, `+=`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOperator {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
    InplaceAdd,
    InplaceAnd,
    InplaceFloorDivide,
    InplaceLshift,
    InplaceMatrixMultiply,
    InplaceMultiply,
    InplaceRemainder,
    InplaceOr,
    InplacePower,
    InplaceRshift,
    InplaceSubtract,
    InplaceTrueDivide,
    InplaceXor,
}

impl BinaryOperator {
    const SYMBOLS: [&'static str; 26] = [
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=", "@=",
        "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    ];
    const ALL: [BinaryOperator; 26] = [
        BinaryOperator::Add,
        BinaryOperator::And,
        BinaryOperator::FloorDivide,
        BinaryOperator::Lshift,
        BinaryOperator::MatrixMultiply,
        BinaryOperator::Multiply,
        BinaryOperator::Remainder,
        BinaryOperator::Or,
        BinaryOperator::Power,
        BinaryOperator::Rshift,
        BinaryOperator::Subtract,
        BinaryOperator::TrueDivide,
        BinaryOperator::Xor,
        BinaryOperator::InplaceAdd,
        BinaryOperator::InplaceAnd,
        BinaryOperator::InplaceFloorDivide,
        BinaryOperator::InplaceLshift,
        BinaryOperator::InplaceMatrixMultiply,
        BinaryOperator::InplaceMultiply,
        BinaryOperator::InplaceRemainder,
        BinaryOperator::InplaceOr,
        BinaryOperator::InplacePower,
        BinaryOperator::InplaceRshift,
        BinaryOperator::InplaceSubtract,
        BinaryOperator::InplaceTrueDivide,
        BinaryOperator::InplaceXor,
    ];

    /// The operator as `dis` and error messages write it: `+`, `+=`, `**`, …
    pub fn symbol(self) -> &'static str {
        Self::SYMBOLS[self as usize]
    }
    /// True for the `x op= y` forms.
    pub fn is_inplace(self) -> bool {
        (self as u8) >= BinaryOperator::InplaceAdd as u8
    }
    /// The plain operator behind an in-place one (`+=` → `+`); identity otherwise.
    pub fn base(self) -> BinaryOperator {
        if self.is_inplace() {
            Self::ALL[self as usize - 13]
        } else {
            self
        }
    }
    /// The in-place form of a plain operator (`+` → `+=`).
    pub fn inplace(self) -> BinaryOperator {
        Self::ALL[self.base() as usize + 13]
    }
}

/// Operators of `CompareOp`, in CPython's `Py_LT..Py_GE` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ComparisonOperator {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl ComparisonOperator {
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// The operator with its operands swapped (`a < b` ⇔ `b > a`), for reflected rich comparison.
    pub fn swapped(self) -> ComparisonOperator {
        match self {
            ComparisonOperator::Lt => ComparisonOperator::Gt,
            ComparisonOperator::Le => ComparisonOperator::Ge,
            ComparisonOperator::Eq => ComparisonOperator::Eq,
            ComparisonOperator::Ne => ComparisonOperator::Ne,
            ComparisonOperator::Gt => ComparisonOperator::Lt,
            ComparisonOperator::Ge => ComparisonOperator::Le,
        }
    }
}

/// `MakeFunction` flag bits, as CPython's MAKE_FUNCTION oparg.
pub mod make_function {
    pub const DEFAULTS: u8 = 0x01;
    pub const KWDEFAULTS: u8 = 0x02;
    pub const ANNOTATIONS: u8 = 0x04;
    pub const CLOSURE: u8 = 0x08;
}

/// `FormatValue` conversions (CPython's FVC_* values).
pub mod format_value {
    pub const NONE: u8 = 0;
    pub const STR: u8 = 1;
    pub const REPR: u8 = 2;
    pub const ASCII: u8 = 3;
}

/// One bytecode instruction. Indices: `consti` into `CodeObject::consts`,
/// `namei` into `names`, `var` into the fast-locals array ("localsplus":
/// `varnames`, then cell variables that are not arguments, then free variables,
/// as in CPython 3.11), `target` is an absolute instruction index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    Nop,
    /// `[a]` → `[]`
    PopTop,
    /// Pushes the NULL marker that `Call` uses to tell a plain call from a method call.
    PushNull,
    /// `[…, x(i-th from top, 1 = top)]` → `[…, x, x]`
    Copy(u32),
    /// Swaps the top with the i-th item from the top (i ≥ 2).
    Swap(u32),

    UnaryPositive,
    UnaryNegative,
    UnaryNot,
    UnaryInvert,
    /// `[a, b]` → `[a op b]`; in-place operators try `__iop__` first.
    BinaryOp(BinaryOperator),
    /// `[container, key]` → `[container[key]]`
    BinarySubscr,
    /// `[value, container, key]` → `[]`: `container[key] = value`
    StoreSubscr,
    /// `[container, key]` → `[]`
    DeleteSubscr,
    /// `[a, b]` → `[a op b]` (rich comparison).
    CompareOp(ComparisonOperator),
    /// `[a, b]` → `[a is b]`, or `is not` when the flag is set.
    IsOp(bool),
    /// `[a, b]` → `[a in b]`, or `not in` when the flag is set.
    ContainsOp(bool),

    /// `[x]` → `[iter(x)]`
    GetIter,
    /// `[x]` → `[iter(x)]`, but generators (and coroutines) are left as they are.
    GetYieldFromIter,
    /// `[it]` → `[it, next(it)]`; when exhausted pops `it` and jumps to `target`.
    ForIter(u32),

    /// REPL only: `[x]` → `[]`, echoing `repr(x)` unless None and storing it in `builtins._`.
    PrintExpr,
    /// Pushes `builtins.__build_class__`.
    LoadBuildClass,
    /// Pushes `AssertionError`.
    LoadAssertionError,
    /// `[x]` → returns x from the frame.
    ReturnValue,
    /// `[x]` → suspends the generator, yielding x; on resume the sent value is pushed.
    YieldValue,
    /// `[receiver, v]` → `[receiver, receiver.send(v)]`; when the receiver returns
    /// (StopIteration) pops both, pushes the return value and jumps to `target`.
    Send(u32),
    /// Creates `__annotations__` in the locals mapping if missing.
    SetupAnnotations,
    /// `[module]` → `[]`: `from module import *`.
    ImportStar,
    /// `[x]` → `[iterator to delegate to]`: a coroutine itself, or what
    /// `x.__await__()` returns. The operand says where the awaitable came from
    /// (1 = `__aenter__`, 2 = `__aexit__`) for the error message.
    GetAwaitable(u32),
    /// `[x]` → `[x.__aiter__()]`
    GetAiter,
    /// `[aiter]` → `[aiter, awaitable of aiter.__anext__()]`
    GetAnext,
    /// `[aiter, exc]` → `[]` when exc is a StopAsyncIteration (the loop is
    /// over), else re-raises exc.
    EndAsyncFor,
    /// `[mgr]` → `[mgr.__aexit__ (bound), mgr.__aenter__()]`
    BeforeAsyncWith,
    /// `[v]` → `[wrapped v]`: marks a value an async generator yields to its
    /// consumer (as opposed to one an `await` passes to the event loop).
    AsyncGenWrap,
    /// `[prev_exc, …?]`: pops the saved exception and restores it as the current one.
    PopExcept,
    /// `[exc]` → re-raises exc. With the flag set, the item below `exc` is the
    /// `lasti` pushed by the exception table entry, and the traceback keeps it.
    Reraise(bool),
    /// `[exc]` → `[prev_exc, exc]`, making exc the exception being handled.
    PushExcInfo,
    /// `[exc, type]` → `[exc, isinstance(exc, type)]` (type may be a tuple).
    CheckExcMatch,
    /// `[exit_func, lasti, prev_exc, exc]` → `[exit_func, lasti, prev_exc, exc, exit_func(type, exc, tb)]`
    WithExceptStart,
    /// `[mgr]` → `[mgr.__exit__ (bound), mgr.__enter__()]`
    BeforeWith,

    StoreName(u32),
    DeleteName(u32),
    /// `[seq]` → `[x_n-1, …, x_0]` (x_0 on top).
    UnpackSequence(u32),
    /// `a, *b, c = seq`: `before` names before the star, `after` after it.
    UnpackEx { before: u16, after: u16 },
    /// `[value, obj]` → `[]`: `obj.name = value`
    StoreAttr(u32),
    DeleteAttr(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),

    LoadConst(u32),
    LoadName(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `[k1, v1, …, kn, vn]` → `[dict]`
    BuildMap(u32),
    /// `[v1, …, vn, keys_tuple]` → `[dict]`
    BuildConstKeyMap(u32),
    /// `[s1, …, sn]` → `[s1 + … + sn]` (all str).
    BuildString(u32),
    /// `[a, b(, c)]` → `[slice(a, b(, c))]`
    BuildSlice(u32),
    /// `[obj]` → `[obj.name]`
    LoadAttr(u32),
    /// `[obj]` → `[method, obj]` when `name` is a plain function found on the
    /// type (unbound, self kept separately), else `[NULL, obj.name]`.
    LoadMethod(u32),
    /// `[level, fromlist]` → `[module]`
    ImportName(u32),
    /// `[module]` → `[module, module.name]` (ImportError `cannot import name`).
    ImportFrom(u32),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    /// If TOS is false jump (keeping it), else pop it.
    JumpIfFalseOrPop(u32),
    /// If TOS is true jump (keeping it), else pop it.
    JumpIfTrueOrPop(u32),

    /// Pushes the global (or builtin) `names[namei]`, preceded by NULL when `push_null`.
    LoadGlobal { namei: u32, push_null: bool },
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),

    /// `RAISE_VARARGS`: 0 = re-raise, 1 = `raise exc`, 2 = `raise exc from cause`.
    RaiseVarargs(u32),
    /// Stack: `[defaults?, kwdefaults?, annotations?, closure?, code]` → `[function]`,
    /// with the flags of `make_function`. Name and qualname come from the code object.
    MakeFunction(u8),

    /// Wraps the value in local slot `var` in a new cell (at function start).
    MakeCell(u32),
    /// Pushes the cell itself in slot `var` (for building a closure tuple).
    LoadClosure(u32),
    /// Pushes the contents of the cell in slot `var` (NameError / UnboundLocalError if empty).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Class bodies: looks `var`'s name up in the class namespace first, then the cell.
    LoadClassDeref(u32),
    /// Copies the function's n closure cells into the last n fast-local slots (at function start).
    CopyFreeVars(u32),

    /// `[callable, args_tuple, kwargs_dict?]` preceded by NULL → `[result]`; flag = kwargs present.
    CallFunctionEx(bool),
    /// `[list, …(depth-1 items), x]` → `[list, …]` with x appended (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// `[dict, …, key, value]` → `[dict, …]`
    MapAdd(u32),
    /// `[list, …, iterable]` → `[list, …]` extended.
    ListExtend(u32),
    SetUpdate(u32),
    /// `[dict, …, mapping]` → `[dict, …]`; duplicate keys are an error (`**` in calls).
    DictMerge(u32),
    /// `[dict, …, mapping]` → `[dict, …]` updated.
    DictUpdate(u32),
    /// `[list]` → `[tuple(list)]`
    ListToTuple,

    /// Records the keyword names (a const tuple of str) for the next `Call`.
    KwNames(u32),
    /// `[NULL|method, callable|self, arg1, …, argn]` → `[result]`. The last
    /// `len(kwnames)` args are keyword arguments. Arguments are moved into the callee.
    Call(u32),

    /// `[value, spec?]` → `[formatted str]`, with a `format_value` conversion and a spec flag.
    FormatValue { conversion: u8, has_spec: bool },

    /// CPython's `RERAISE n` for n ≥ 2 (the `with` statement's exceptional exit
    /// uses `RERAISE 2`): `[lasti, …(n-1 items), exc]` → re-raises `exc` (pops
    /// it), first restoring the frame's lasti from the item n+1 from the top.
    /// `Reraise(true)` is the n = 1 case. Stack effect −1, like `Reraise`.
    ReraiseLasti(u32),

    // Pattern matching (PEP 634).
    /// `[obj]` → `[obj, len(obj)]`
    GetLen,
    /// `[subject]` → `[subject, is it a mapping?]` (dict, registered `Mapping`s).
    MatchMapping,
    /// `[subject]` → `[subject, is it a sequence?]` (not str/bytes/bytearray).
    MatchSequence,
    /// `[subject, keys]` → `[subject, keys, values tuple or None]`.
    MatchKeys,
    /// `[subject, cls, kw_names]` → `[attributes tuple or None]`; the operand
    /// counts the positional sub-patterns (matched through `__match_args__`).
    MatchClass(u32),

    // `except*` (PEP 654).
    /// `[exc, type]` → `[rest, match]`: splits an exception (group) by type;
    /// `match` is None when nothing matched (then `rest` is `exc`).
    CheckEgMatch,
    /// `[orig, list of raised]` → `[group to re-raise, or None]`.
    PrepReraiseStar,
}

impl Instr {
    /// The jump target of a jumping instruction, if any.
    pub fn jump_target(&self) -> Option<u32> {
        match *self {
            Instr::ForIter(t)
            | Instr::Send(t)
            | Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t) => Some(t),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }

    #[test]
    fn inplace_operators_map_to_their_base() {
        assert_eq!(BinaryOperator::InplaceXor.base(), BinaryOperator::Xor);
        assert_eq!(BinaryOperator::Add.inplace(), BinaryOperator::InplaceAdd);
        assert_eq!(BinaryOperator::InplacePower.symbol(), "**=");
        assert!(!BinaryOperator::Xor.is_inplace());
    }
}
