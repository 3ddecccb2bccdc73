//! Raw tokens of Python source, recognised by a `logos` state machine.
//!
//! Keywords, operators and names are plain patterns; numbers and strings start
//! with a short pattern whose callback scans the rest by hand (logos cannot
//! express "up to the matching closing quote", and number errors need CPython's
//! wording). NEWLINE/INDENT/DEDENT are produced by the layer in `lexer.rs`.

use logos::Logos;
use num_bigint::BigInt;

use super::literal::{self, StrLit};

/// Why a raw token could not be formed. Positions are byte offsets in the source.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexError {
    /// A character that starts no token (`$`, `?`, …).
    #[default]
    Invalid,
    /// An error with a message located at a byte range (absolute offsets).
    Msg { msg: String, start: usize, end: usize },
    /// `unterminated string literal` detected at the given offset.
    Unterminated { detected_at: usize },
    /// An error reported on the line of offset `at` with no caret (offset
    /// 0), as CPython reports a decimal literal past the digit limit.
    NoCaret { msg: String, at: usize },
    /// `unterminated triple-quoted string literal`: always at end of input.
    UnterminatedTriple { detected_at: usize },
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
pub enum Tok {
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*", |lex| lex.slice().to_string())]
    Name(String),
    #[regex(r"[0-9]", literal::lex_number)]
    #[regex(r"\.[0-9]", literal::lex_number)]
    Number(Num),
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?['"]"#, literal::lex_string)]
    Str(Box<StrLit>),

    #[token("\n")]
    Newline,
    /// Backslash-newline: joins two physical lines.
    #[regex(r"\\\n")]
    LineCont,
    /// A backslash not followed by a newline.
    #[token("\\")]
    Backslash,
    Indent,
    Dedent,
    /// Sentinels selecting the grammar's start rule (module or lone expression).
    StartModule,
    StartExpr,
    /// A `(` right after `with` whose matching `)` is followed by `:`:
    /// the parenthesised form of several with-items.
    WithLParen,
    /// The soft keywords `match` and `case` where they open a match
    /// statement or one of its case blocks (decided in `lexer.rs`; elsewhere
    /// they stay names).
    Match,
    Case,

    // Keywords.
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // Operators and delimiters.
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    RArrow,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    /// `!` alone only appears in f-string fields; the grammar never accepts it.
    #[token("!")]
    Exclamation,
}

/// A numeric literal's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    Int(BigInt),
    Float(f64),
    Imag(f64),
}

impl Tok {
    /// True for tokens that can end an expression (used by error heuristics).
    pub fn ends_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
        )
    }

    /// True for tokens that can start an expression (used by error heuristics).
    pub fn starts_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Number(_)
                | Tok::Str(_)
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::Lambda
                | Tok::Not
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
        )
    }
}
