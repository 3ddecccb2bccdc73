//! The pattern parser: pattern text (code points; bytes patterns are read as
//! Latin-1) → `ast::Node`, with CPython 3.11's error messages and positions.
//!
//! It works like CPython's tokenizer-driven recursive parser: a token is one
//! character or a backslash with the character after it, and errors are
//! reported at `tell() - offset` of that tokenizer, so the positions agree.
//! Nesting depth is bounded (`MAX_NESTING`) so the native stack cannot overflow.

mod escapes;

use super::ast::*;
use escapes::{escape, parse_set};

const MAX_NESTING: usize = 400;
/// CPython's `MAXGROUPS` on 64-bit builds.
const MAXGROUPS: usize = 1_073_741_823;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrKind {
    /// `re.error`
    Re,
    /// `OverflowError`
    Overflow,
    /// `ValueError`
    Value,
    /// `RecursionError`
    Recursion,
}

#[derive(Debug, Clone)]
pub struct ReError {
    pub kind: ErrKind,
    pub msg: String,
    pub pos: Option<usize>,
    /// FutureWarnings issued before the error (CPython shows them first).
    pub warnings: Vec<String>,
}

type PResult<T> = Result<T, ReError>;

pub struct Parsed {
    pub node: Node,
    /// Number of groups including group 0.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: u32,
    pub group_widths: Vec<(u64, u64)>,
    /// FutureWarning messages ("Possible nested set at position 1").
    pub warnings: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Plain(u32),
    Esc(u32),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::Plain(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
    fn text(self) -> String {
        match self {
            Tok::Plain(c) => ch(c).to_string(),
            Tok::Esc(c) => format!("\\{}", ch(c)),
        }
    }
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}
fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

/// `str.isidentifier()` (approximately: Unicode letters, digits, underscore).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

struct Src<'a> {
    s: &'a [u32],
    index: usize,
    next: Option<Tok>,
    istext: bool,
    warnings: Vec<String>,
}

impl<'a> Src<'a> {
    fn new(s: &'a [u32], istext: bool) -> PResult<Src<'a>> {
        let mut src = Src { s, index: 0, next: None, istext, warnings: Vec::new() };
        src.advance()?;
        Ok(src)
    }

    fn advance(&mut self) -> PResult<()> {
        let i = self.index;
        let Some(&c) = self.s.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == b'\\' as u32 {
            match self.s.get(i + 1) {
                Some(&d) => {
                    self.index = i + 2;
                    self.next = Some(Tok::Esc(d));
                }
                None => {
                    return Err(ReError { kind: ErrKind::Re, msg: "bad escape (end of pattern)".into(), pos: Some(self.s.len() - 1), warnings: Vec::new() })
                }
            }
        } else {
            self.index = i + 1;
            self.next = Some(Tok::Plain(c));
        }
        Ok(())
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn next_plain(&self) -> Option<u32> {
        match self.next {
            Some(Tok::Plain(c)) => Some(c),
            _ => None,
        }
    }

    fn next_is(&self, c: u8) -> bool {
        self.next == Some(Tok::Plain(c as u32))
    }

    fn matches(&mut self, c: u8) -> PResult<bool> {
        if self.next_is(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }

    fn seek(&mut self, i: usize) -> PResult<()> {
        self.index = i;
        self.advance()
    }

    fn error(&self, msg: impl Into<String>, offset: usize) -> ReError {
        let mut msg: String = msg.into();
        if !self.istext && !msg.is_ascii() {
            msg = msg.chars().map(|c| if c.is_ascii() { c.to_string() } else { format!("\\x{:02x}", c as u32) }).collect();
        }
        ReError { kind: ErrKind::Re, msg, pos: Some(self.tell().saturating_sub(offset)), warnings: Vec::new() }
    }

    /// Takes plain characters while `pred` holds, at most `n` (escapes stop it).
    fn get_while(&mut self, n: usize, pred: fn(u32) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next_plain() {
                Some(c) if pred(c) => {
                    out.push(ch(c));
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    fn get_until(&mut self, term: u8, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {}, unterminated name", term as char), out.chars().count()));
                }
                Some(Tok::Plain(t)) if t == term as u32 => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !is_identifier(name) {
            let r = crate::format::repr::str_repr(name);
            return Err(self.error(format!("bad character in group name {r}"), name.chars().count() + offset));
        }
        Ok(())
    }
}

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }
    fn check_group(&self, g: usize) -> bool {
        g < self.groups() && self.widths[g].is_some()
    }
    fn check_lookbehind_group(&self, g: usize, src: &Src) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(g) {
                return Err(src.error("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(src.error("cannot refer to group defined in the same lookbehind subpattern", 0));
            }
        }
        Ok(())
    }
    fn known_widths(&self) -> Vec<(u64, u64)> {
        self.widths.iter().map(|w| w.unwrap_or((0, 0))).collect()
    }
}

/// Parses a pattern. `istext` is false for bytes patterns.
pub fn parse(pattern: &[u32], istext: bool, flags: u32) -> PResult<Parsed> {
    let mut src = Src::new(pattern, istext)?;
    parse_src(&mut src, flags).map_err(|mut e| {
        e.warnings = std::mem::take(&mut src.warnings);
        e
    })
}

fn parse_src(src: &mut Src, flags: u32) -> PResult<Parsed> {
    let istext = src.istext;
    let mut st = State { flags, names: Vec::new(), widths: vec![None], lookbehind_groups: None, grouprefpos: Vec::new() };
    let node = parse_sub(src, &mut st, flags & F_VERBOSE != 0, 0)?;
    st.flags = fix_flags(istext, st.flags)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &st.grouprefpos {
        if g >= st.groups() {
            return Err(ReError { kind: ErrKind::Re, msg: format!("invalid group reference {g}"), pos: Some(pos), warnings: Vec::new() });
        }
    }
    let group_widths = st.known_widths();
    Ok(Parsed { node, groups: st.groups(), names: st.names, flags: st.flags, group_widths, warnings: std::mem::take(&mut src.warnings) })
}

fn value_error(msg: &str) -> ReError {
    ReError { kind: ErrKind::Value, msg: msg.into(), pos: None, warnings: Vec::new() }
}

pub fn fix_flags(istext: bool, mut flags: u32) -> PResult<u32> {
    if istext {
        if flags & F_LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & F_ASCII == 0 {
            flags |= F_UNICODE;
        } else if flags & F_UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & F_UNICODE != 0 {
            return Err(value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & F_LOCALE != 0 && flags & F_ASCII != 0 {
            return Err(value_error("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

fn parse_sub(src: &mut Src, st: &mut State, mut verbose: bool, nested: usize) -> PResult<Node> {
    if nested > MAX_NESTING {
        return Err(ReError { kind: ErrKind::Recursion, msg: "maximum recursion depth exceeded".into(), pos: None, warnings: Vec::new() });
    }
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, st, verbose, nested + 1, first)?);
        if !src.matches(b'|')? {
            break;
        }
        if nested == 0 {
            verbose = st.flags & F_VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or(Node::Seq(Vec::new())));
    }
    Ok(Node::Alt(items))
}

fn is_repeat_code(n: &Node) -> bool {
    matches!(n, Node::Repeat { .. })
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => F_IGNORECASE,
        'L' => F_LOCALE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'x' => F_VERBOSE,
        'a' => F_ASCII,
        't' => F_TEMPLATE,
        'u' => F_UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = F_ASCII | F_LOCALE | F_UNICODE;
const GLOBAL_FLAGS: u32 = F_DEBUG | F_TEMPLATE;

fn parse_seq(src: &mut Src, st: &mut State, mut verbose: bool, nested: usize, first: bool) -> PResult<Node> {
    if nested > MAX_NESTING {
        return Err(ReError { kind: ErrKind::Recursion, msg: "maximum recursion depth exceeded".into(), pos: None, warnings: Vec::new() });
    }
    let mut seq: Vec<Node> = Vec::new();
    loop {
        let this = match src.next {
            None => break,
            Some(Tok::Plain(c)) if c == b'|' as u32 || c == b')' as u32 => break,
            Some(t) => t,
        };
        src.advance()?;
        if verbose {
            if let Tok::Plain(c) = this {
                if matches!(c, 0x20 | 0x09 | 0x0a | 0x0b | 0x0c | 0x0d) {
                    continue;
                }
                if c == b'#' as u32 {
                    loop {
                        match src.get()? {
                            None | Some(Tok::Plain(0x0a)) => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
        }
        let c = match this {
            Tok::Esc(_) => {
                seq.push(escape(src, this, st)?);
                continue;
            }
            Tok::Plain(c) => c,
        };
        match char::from_u32(c).unwrap_or('\0') {
            '[' => seq.push(parse_set(src)?),
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max) = match c as u8 {
                    b'?' => (0, 1),
                    b'*' => (0, MAXREPEAT),
                    b'+' => (1, MAXREPEAT),
                    _ => {
                        if src.next_is(b'}') {
                            seq.push(Node::Literal(c));
                            continue;
                        }
                        let lo = src.get_while(usize::MAX, is_digit)?;
                        let hi = if src.matches(b',')? { src.get_while(usize::MAX, is_digit)? } else { lo.clone() };
                        if !src.matches(b'}')? {
                            seq.push(Node::Literal(c));
                            src.seek(here)?;
                            continue;
                        }
                        let too_large = || ReError { kind: ErrKind::Overflow, msg: "the repetition number is too large".into(), pos: None, warnings: Vec::new() };
                        let mut min = 0;
                        let mut max = MAXREPEAT;
                        if !lo.is_empty() {
                            min = lo.parse::<u64>().unwrap_or(u64::MAX);
                            if min >= MAXREPEAT {
                                return Err(too_large());
                            }
                        }
                        if !hi.is_empty() {
                            max = hi.parse::<u64>().unwrap_or(u64::MAX);
                            if max >= MAXREPEAT {
                                return Err(too_large());
                            }
                            if max < min {
                                return Err(src.error("min repeat greater than max repeat", src.tell() - here));
                            }
                        }
                        (min, max)
                    }
                };
                let off = src.tell() - here + 1;
                let item = match seq.pop() {
                    None | Some(Node::At(_)) => return Err(src.error("nothing to repeat", off)),
                    Some(n) if is_repeat_code(&n) => return Err(src.error("multiple repeat", off)),
                    Some(Node::Group { index: None, add: 0, del: 0, body }) => *body,
                    Some(n) => n,
                };
                let kind = if src.matches(b'?')? {
                    RepeatKind::Lazy
                } else if src.matches(b'+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                seq.push(Node::Repeat { min, max, kind, body: Box::new(item) });
            }
            '.' => seq.push(Node::Any),
            '(' => {
                let start = src.tell() - 1;
                if let Some(n) = parse_group(src, st, &mut verbose, nested, first && seq.is_empty(), start)? {
                    seq.push(n);
                }
            }
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            _ => seq.push(Node::Literal(c)),
        }
    }
    // Unwrap plain non-capturing groups into the sequence.
    let mut out = Vec::with_capacity(seq.len());
    for n in seq {
        match n {
            Node::Group { index: None, add: 0, del: 0, body } => match *body {
                Node::Seq(v) => out.extend(v),
                b => out.push(b),
            },
            n => out.push(n),
        }
    }
    if out.len() == 1 {
        return Ok(out.pop().unwrap_or(Node::Seq(Vec::new())));
    }
    Ok(Node::Seq(out))
}

/// Parses what follows `(`; returns None for comments and global flags.
fn parse_group(src: &mut Src, st: &mut State, verbose: &mut bool, nested: usize, first: bool, start: usize) -> PResult<Option<Node>> {
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut add = 0;
    let mut del = 0;
    if src.matches(b'?')? {
        let Some(t) = src.get()? else {
            return Err(src.error("unexpected end of pattern", 0));
        };
        let c = match t {
            Tok::Plain(c) => char::from_u32(c).unwrap_or('\0'),
            Tok::Esc(_) => return Err(src.error(format!("unknown extension ?{}", t.text()), t.len() + 1)),
        };
        match c {
            'P' => {
                if src.matches(b'<')? {
                    let n = src.get_until(b'>', "group name")?;
                    src.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if src.matches(b'=')? {
                    let n = src.get_until(b')', "group name")?;
                    src.check_group_name(&n, 1)?;
                    let len = n.chars().count() + 1;
                    let Some(&(_, gid)) = st.names.iter().find(|(k, _)| *k == n) else {
                        let r = crate::format::repr::str_repr(&n);
                        return Err(src.error(format!("unknown group name {r}"), len));
                    };
                    if !st.check_group(gid) {
                        return Err(src.error("cannot refer to an open group", len));
                    }
                    st.check_lookbehind_group(gid, src)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(t) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    return Err(src.error(format!("unknown extension ?P{}", t.text()), t.len() + 2));
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if src.next.is_none() {
                        return Err(src.error("missing ), unterminated comment", src.tell() - start));
                    }
                    if src.get()? == Some(Tok::Plain(b')' as u32)) {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut kind = c;
                let mut behind = false;
                let mut saved_lb = None;
                let mut set_lb = false;
                if c == '<' {
                    let Some(t) = src.get()? else {
                        return Err(src.error("unexpected end of pattern", 0));
                    };
                    match t {
                        Tok::Plain(x) if x == b'=' as u32 || x == b'!' as u32 => kind = x as u8 as char,
                        _ => return Err(src.error(format!("unknown extension ?<{}", t.text()), t.len() + 2)),
                    }
                    behind = true;
                    saved_lb = st.lookbehind_groups;
                    if saved_lb.is_none() {
                        st.lookbehind_groups = Some(st.groups());
                        set_lb = true;
                    }
                }
                let body = parse_sub(src, st, *verbose, nested + 1)?;
                if set_lb {
                    st.lookbehind_groups = saved_lb;
                }
                if !src.matches(b')')? {
                    return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
                }
                return Ok(Some(Node::Look { behind, negate: kind == '!', body: Box::new(body) }));
            }
            '(' => {
                let cond = src.get_until(b')', "group name")?;
                let len = cond.chars().count() + 1;
                let group;
                if is_identifier(&cond) {
                    let Some(&(_, gid)) = st.names.iter().find(|(k, _)| *k == cond) else {
                        let r = crate::format::repr::str_repr(&cond);
                        return Err(src.error(format!("unknown group name {r}"), len));
                    };
                    group = gid;
                } else {
                    let parsed = if !cond.is_empty() && cond.chars().all(|c| c.is_ascii_digit()) { cond.parse::<u64>().ok() } else { None };
                    let Some(g) = parsed else {
                        let r = crate::format::repr::str_repr(&cond);
                        return Err(src.error(format!("bad character in group name {r}"), len));
                    };
                    if g == 0 {
                        return Err(src.error("bad group number", len));
                    }
                    if g >= MAXGROUPS as u64 {
                        return Err(src.error(format!("invalid group reference {g}"), len));
                    }
                    group = g as usize;
                    if !st.grouprefpos.iter().any(|&(x, _)| x == group) {
                        st.grouprefpos.push((group, src.tell() - len));
                    }
                }
                st.check_lookbehind_group(group, src)?;
                let yes = parse_seq(src, st, *verbose, nested + 1, false)?;
                let no = if src.matches(b'|')? {
                    let n = parse_seq(src, st, *verbose, nested + 1, false)?;
                    if src.next_is(b'|') {
                        return Err(src.error("conditional backref with more than two branches", 0));
                    }
                    Some(Box::new(n))
                } else {
                    None
                };
                if !src.matches(b')')? {
                    return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
                }
                return Ok(Some(Node::Cond { group, yes: Box::new(yes), no }));
            }
            '>' => {
                capture = false;
                atomic = true;
            }
            c if c == '-' || flag_of(c as u32).is_some() => {
                match parse_flags(src, st, c as u32)? {
                    None => {
                        if !first {
                            return Err(src.error("global flags not at the start of the expression", src.tell() - start));
                        }
                        *verbose = st.flags & F_VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                }
            }
            _ => return Err(src.error(format!("unknown extension ?{c}"), t.len() + 1)),
        }
    }
    let group = if capture {
        let gid = st.groups();
        st.widths.push(None);
        if st.groups() > MAXGROUPS {
            return Err(src.error("too many groups", 0));
        }
        if let Some(n) = &name {
            if let Some(&(_, og)) = st.names.iter().find(|(k, _)| k == n) {
                let r = crate::format::repr::str_repr(n);
                return Err(src.error(format!("redefinition of group name {r} as group {gid}; was group {og}"), n.chars().count() + 1));
            }
            st.names.push((n.clone(), gid));
        }
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add & F_VERBOSE != 0) && del & F_VERBOSE == 0;
    let body = parse_sub(src, st, sub_verbose, nested + 1)?;
    if !src.matches(b')')? {
        return Err(src.error("missing ), unterminated subpattern", src.tell() - start));
    }
    if let Some(g) = group {
        let ws = st.known_widths();
        st.widths[g] = Some(width(&body, &ws));
    }
    if atomic {
        return Ok(Some(Node::Atomic(Box::new(body))));
    }
    Ok(Some(Node::Group { index: group, add, del, body: Box::new(body) }))
}

/// Inline flags after `(?`; None for global flags `(?i)`, else (added, removed).
fn parse_flags(src: &mut Src, st: &mut State, mut c: u32) -> PResult<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    if c != b'-' as u32 {
        loop {
            let flag = flag_of(c).unwrap_or(0);
            if src.istext {
                if c == b'L' as u32 {
                    return Err(src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0));
                }
            } else if c == b'u' as u32 {
                return Err(src.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0));
            }
            let Some(t) = src.get()? else {
                return Err(src.error("missing -, : or )", 0));
            };
            match t {
                Tok::Plain(x) if x == b')' as u32 || x == b'-' as u32 || x == b':' as u32 => {
                    c = x;
                    break;
                }
                Tok::Plain(x) if flag_of(x).is_some() => c = x,
                _ => {
                    let alpha = matches!(t, Tok::Plain(x) if char::from_u32(x).is_some_and(char::is_alphabetic));
                    return Err(src.error(if alpha { "unknown flag" } else { "missing -, : or )" }, t.len()));
                }
            }
        }
    }
    if c == b')' as u32 {
        st.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag", 1));
    }
    if c == b'-' as u32 {
        let Some(t) = src.get()? else {
            return Err(src.error("missing flag", 0));
        };
        let mut x = match t {
            Tok::Plain(x) if flag_of(x).is_some() => x,
            _ => {
                let alpha = matches!(t, Tok::Plain(x) if char::from_u32(x).is_some_and(char::is_alphabetic));
                return Err(src.error(if alpha { "unknown flag" } else { "missing flag" }, t.len()));
            }
        };
        loop {
            let flag = flag_of(x).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0));
            }
            del |= flag;
            let Some(t) = src.get()? else {
                return Err(src.error("missing :", 0));
            };
            match t {
                Tok::Plain(y) if y == b':' as u32 => break,
                Tok::Plain(y) if flag_of(y).is_some() => x = y,
                _ => {
                    let alpha = matches!(t, Tok::Plain(y) if char::from_u32(y).is_some_and(char::is_alphabetic));
                    return Err(src.error(if alpha { "unknown flag" } else { "missing :" }, t.len()));
                }
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(p: &str) -> (String, Option<usize>) {
        let cps: Vec<u32> = p.chars().map(|c| c as u32).collect();
        match parse(&cps, true, 0) {
            Ok(_) => ("ok".into(), None),
            Err(e) => (e.msg, e.pos),
        }
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(err("("), ("missing ), unterminated subpattern".into(), Some(0)));
        assert_eq!(err("*"), ("nothing to repeat".into(), Some(0)));
        assert_eq!(err("a**"), ("multiple repeat".into(), Some(2)));
        assert_eq!(err("a)"), ("unbalanced parenthesis".into(), Some(1)));
        assert_eq!(err("[a"), ("unterminated character set".into(), Some(0)));
        assert_eq!(err("\\q"), ("bad escape \\q".into(), Some(0)));
        assert_eq!(err("[z-a]"), ("bad character range z-a".into(), Some(1)));
        assert_eq!(err("a{3,2}"), ("min repeat greater than max repeat".into(), Some(2)));
    }

    #[test]
    fn parses_groups() {
        let cps: Vec<u32> = "(?P<x>a)(b)\\2".chars().map(|c| c as u32).collect();
        let p = parse(&cps, true, 0).ok().unwrap();
        assert_eq!(p.groups, 3);
        assert_eq!(p.names, vec![("x".to_string(), 1)]);
    }
}
