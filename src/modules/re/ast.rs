//! The parsed form of a regular expression (what the parser builds and the
//! program compiler consumes), and its width analysis (min/max length a
//! subpattern can match, used for look-behind and for sizing).

use super::charclass::{Category, SetItem};

/// CPython's `MAXREPEAT`: an unbounded repeat count.
pub const MAXREPEAT: u64 = 4_294_967_295;

/// Flag bits (the `re` module's values).
pub const F_TEMPLATE: u32 = 1;
pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_DEBUG: u32 = 128;
pub const F_ASCII: u32 = 256;

/// Zero-width position tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^`
    Beginning,
    /// `$`
    End,
    /// `\A`
    BeginningString,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    Any,
    /// `\d`, `\D`, … outside a set (negated when the bool is true).
    Cat(Category, bool),
    Set(Vec<SetItem>, bool),
    At(At),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    /// A capturing group (index ≥ 1) or a flag-scoped group (`(?i:...)`).
    Group { index: Option<usize>, add: u32, del: u32, body: Box<Node> },
    Repeat { min: u64, max: u64, kind: RepeatKind, body: Box<Node> },
    /// Look-ahead/behind: `behind`, `negate`.
    Look { behind: bool, negate: bool, body: Box<Node> },
    Atomic(Box<Node>),
    GroupRef(usize),
    /// `(?(group)yes|no)`
    Cond { group: usize, yes: Box<Node>, no: Option<Box<Node>> },
}

/// Width (min, max) of a node, capped like CPython's `getwidth`.
pub fn width(n: &Node, group_widths: &[(u64, u64)]) -> (u64, u64) {
    let (lo, hi) = match n {
        Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::Cat(..) | Node::Set(..) => (1, 1),
        Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Seq(v) => v.iter().fold((0u64, 0u64), |(l, h), x| {
            let (a, b) = width(x, group_widths);
            (l.saturating_add(a), h.saturating_add(b))
        }),
        Node::Alt(v) => {
            let mut l = MAXREPEAT - 1;
            let mut h = 0;
            for x in v {
                let (a, b) = width(x, group_widths);
                l = l.min(a);
                h = h.max(b);
            }
            (l, h)
        }
        Node::Group { body, .. } | Node::Atomic(body) => width(body, group_widths),
        Node::Repeat { min, max, body, .. } => {
            let (a, b) = width(body, group_widths);
            (a.saturating_mul(*min), b.saturating_mul(*max))
        }
        Node::GroupRef(g) => group_widths.get(*g).copied().unwrap_or((0, 0)),
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes, group_widths);
            match no {
                Some(n) => {
                    let (c, d) = width(n, group_widths);
                    (a.min(c), b.max(d))
                }
                None => (0, b),
            }
        }
    };
    (lo.min(MAXREPEAT - 1), hi.min(MAXREPEAT))
}
