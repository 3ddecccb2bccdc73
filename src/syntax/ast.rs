//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! It mirrors CPython 3.11's `ast` module. Every statement and expression carries a [`Span`] with CPython's
//! conventions: lines are 1-based, columns are 0-based UTF-8 byte offsets into
//! the source line, and the end position is exclusive. Tracebacks draw their
//! `^^^^` markers from these spans, so they must match CPython's exactly.

/// Source position of a node: start and (exclusive) end, CPython style.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Span {
    pub fn new(line: u32, col: u32, end_line: u32, end_col: u32) -> Span {
        Span { line, col, end_line, end_col }
    }
    /// The span covering `self` up to the end of `other`.
    pub fn to(self, other: Span) -> Span {
        Span { line: self.line, col: self.col, end_line: other.end_line, end_col: other.end_col }
    }
}

/// A parsed module (file, `-c` string, `exec` source, or one REPL input).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

/// An identifier with its position (used where CPython keeps one, e.g. `alias`, `arg`).
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    /// `a = b = value`: several targets, one value.
    Assign { targets: Vec<Expr>, value: Expr },
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`; `simple` is true for a bare name not in parentheses.
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    /// `async for` (inside `async def`).
    AsyncFor { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    With { items: Vec<WithItem>, body: Vec<Stmt> },
    /// `async with` (inside `async def`).
    AsyncWith { items: Vec<WithItem>, body: Vec<Stmt> },
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    /// `try: … except* E: …` (PEP 654): handlers split exception groups.
    TryStar { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    /// `match subject:` with its `case` blocks (PEP 634).
    Match { subject: Expr, cases: Vec<MatchCase> },
    Assert { test: Expr, msg: Option<Expr> },
    Import(Vec<Alias>),
    /// `from [.]*module import names`; `level` counts the leading dots.
    ImportFrom { module: Option<String>, names: Vec<Alias>, level: u32 },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    /// `async def` (CPython's `AsyncFunctionDef` node, which has the same fields).
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// Parameters of a def or lambda, in CPython's `ast.arguments` layout.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One per kwonly arg; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last `defaults.len()` positional (posonly + regular) parameters.
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub name: String,
    pub annotation: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<String>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// Dotted name (`os.path`), or `*`.
    pub name: String,
    pub asname: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// One `case pattern [if guard]: body` of a match statement.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

/// CPython's `pattern` node kinds.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or dotted-name value, compared with `==`.
    MatchValue(Expr),
    /// `None`, `True`, `False`: compared with `is`.
    MatchSingleton(Constant),
    /// `[a, b, *rest]` / `(a, b)` / `a, b`.
    MatchSequence(Vec<Pattern>),
    /// `{key: pattern, **rest}`.
    MatchMapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<String> },
    /// `Cls(positional…, name=pattern…)`.
    MatchClass { cls: Expr, patterns: Vec<Pattern>, kwd_attrs: Vec<String>, kwd_patterns: Vec<Pattern> },
    /// `*name` (None for `*_`) inside a sequence pattern.
    MatchStar(Option<String>),
    /// `pattern as name`, a capture (`name`, no pattern) or the wildcard `_` (neither).
    MatchAs { pattern: Option<Box<Pattern>>, name: Option<String> },
    /// `p1 | p2 | …`.
    MatchOr(Vec<Pattern>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// Whether a Name/Attribute/Subscript/Starred/Tuple/List is read, assigned or deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`: CPython's BoolOp keeps all operands in one node.
    BoolOp { op: BoolOpKind, values: Vec<Expr> },
    /// `name := value`
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    Lambda { args: Box<Arguments>, body: Box<Expr> },
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `{k: v, **m}`: a `None` key marks a `**m` entry.
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    Set(Vec<Expr>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `await value`
    Await(Box<Expr>),
    /// `a < b <= c`: one node, as in CPython.
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// One `{value!conv:spec}` field of an f-string. `conversion` is -1 (none), or
    /// b's', b'r', b'a' as i32. `format_spec` is itself a JoinedStr (or None).
    FormattedValue { value: Box<Expr>, conversion: i32, format_spec: Option<Box<Expr>> },
    /// An f-string: constants and FormattedValues. Adjacent literals are already merged.
    JoinedStr(Vec<Expr>),
    Constant(Constant),
    Attribute { value: Box<Expr>, attr: String, ctx: Ctx },
    Subscript { value: Box<Expr>, slice: Box<Expr>, ctx: Ctx },
    Starred { value: Box<Expr>, ctx: Ctx },
    Name { id: String, ctx: Ctx },
    List { elts: Vec<Expr>, ctx: Ctx },
    Tuple { elts: Vec<Expr>, ctx: Ctx },
    /// `lower:upper:step` inside a subscript.
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

/// Literal values. Adjacent string literals are concatenated by the parser, as
/// CPython does; a mix of str and bytes literals is a SyntaxError.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(num_bigint::BigInt),
    Float(f64),
    /// The imaginary part of a `1j` literal.
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
    /// Only produced by constant folding in the compiler, never by the parser.
    Tuple(Vec<Constant>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    /// `async for` clause.
    pub is_async: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOpKind {
    And,
    Or,
}

/// Binary operators, in CPython's `NB_*` order (the VM indexes tables by it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    BitAnd,
    FloorDiv,
    LShift,
    MatMult,
    Mult,
    Mod,
    BitOr,
    Pow,
    RShift,
    Sub,
    Div,
    BitXor,
}

impl BinOp {
    /// The operator as written: `+`, `//`, `@`, …
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMult => "@",
            BinOp::Mult => "*",
            BinOp::Mod => "%",
            BinOp::BitOr => "|",
            BinOp::Pow => "**",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::Div => "/",
            BinOp::BitXor => "^",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
