//! Escapes and character sets for the pattern parser: `\d`, `\x41`,
//! octal and group-reference escapes outside sets, and `[...]` with its
//! ranges, categories and CPython's FutureWarnings for set-like syntax.

use super::super::ast::{At, Node};
use super::super::charclass::{Category, SetItem};
use super::*;

/// A set member or category from an escape inside `[...]`.
enum ClassAtom {
    Lit(u32),
    Cat(Category, bool),
}

fn category_of(c: u32) -> Option<(Category, bool)> {
    Some(match char::from_u32(c)? {
        'd' => (Category::Digit, false),
        'D' => (Category::Digit, true),
        'w' => (Category::Word, false),
        'W' => (Category::Word, true),
        's' => (Category::Space, false),
        'S' => (Category::Space, true),
        _ => return None,
    })
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

/// `\x..`, `\u....`, `\U........` (shared by both escape contexts); None if `c` is none of them.
fn hex_escape(src: &mut Src, c: u32) -> PResult<Option<u32>> {
    let n = match char::from_u32(c) {
        Some('x') => 2,
        Some('u') if src.istext => 4,
        Some('U') if src.istext => 8,
        _ => return Ok(None),
    };
    let digits = src.get_while(n, is_hex)?;
    let text = format!("\\{}{}", ch(c), digits);
    if digits.len() != n {
        return Err(src.error(format!("incomplete escape {text}"), text.len()));
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    if char::from_u32(v).is_none() && v > 0x10ffff {
        return Err(src.error(format!("bad escape {text}"), text.len()));
    }
    Ok(Some(v))
}

fn class_escape(src: &mut Src, t: Tok) -> PResult<ClassAtom> {
    let Tok::Esc(c) = t else {
        return Ok(ClassAtom::Lit(0));
    };
    if let Some(v) = simple_escape(c) {
        return Ok(ClassAtom::Lit(v));
    }
    if c == b'b' as u32 {
        return Ok(ClassAtom::Lit(8));
    }
    if let Some((cat, neg)) = category_of(c) {
        return Ok(ClassAtom::Cat(cat, neg));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(ClassAtom::Lit(v));
    }
    if c == b'N' as u32 && src.istext {
        return Err(named_escape(src)?);
    }
    if is_oct(c) {
        let more = src.get_while(2, is_oct)?;
        let text = format!("\\{}{}", ch(c), more);
        let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
        if v > 0o377 {
            return Err(src.error(format!("octal escape value {text} outside of range 0-0o377"), text.len()));
        }
        return Ok(ClassAtom::Lit(v));
    }
    if is_digit(c) || is_ascii_letter(c) {
        return Err(src.error(format!("bad escape {}", t.text()), 2));
    }
    Ok(ClassAtom::Lit(c))
}

/// `\N{...}`: pyrite has no Unicode name table, so every name is reported undefined.
fn named_escape(src: &mut Src) -> PResult<ReError> {
    if !src.matches(b'{')? {
        return Ok(src.error("missing {", 0));
    }
    let name = src.get_until(b'}', "character name")?;
    let r = crate::format::repr::str_repr(&name);
    Ok(src.error(format!("undefined character name {r}"), name.chars().count() + 4))
}

pub(super) fn escape(src: &mut Src, t: Tok, st: &mut State) -> PResult<Node> {
    let Tok::Esc(c) = t else {
        return Ok(Node::Literal(0));
    };
    match char::from_u32(c) {
        Some('A') => return Ok(Node::At(At::BeginningString)),
        Some('Z') => return Ok(Node::At(At::EndString)),
        Some('b') => return Ok(Node::At(At::Boundary)),
        Some('B') => return Ok(Node::At(At::NonBoundary)),
        _ => {}
    }
    if let Some((cat, neg)) = category_of(c) {
        return Ok(Node::Cat(cat, neg));
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Node::Literal(v));
    }
    if let Some(v) = hex_escape(src, c)? {
        return Ok(Node::Literal(v));
    }
    if c == b'N' as u32 && src.istext {
        return Err(named_escape(src)?);
    }
    if c == b'0' as u32 {
        let more = src.get_while(2, is_oct)?;
        return Ok(Node::Literal(u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0)));
    }
    if is_digit(c) {
        let mut text = format!("\\{}", ch(c));
        if let Some(d) = src.next_plain().filter(|&d| is_digit(d)) {
            src.advance()?;
            text.push(ch(d));
            if is_oct(c) && is_oct(d) {
                if let Some(e) = src.next_plain().filter(|&e| is_oct(e)) {
                    src.advance()?;
                    text.push(ch(e));
                    let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(src.error(format!("octal escape value {text} outside of range 0-0o377"), text.len()));
                    }
                    return Ok(Node::Literal(v));
                }
            }
        }
        let group: usize = text[1..].parse().unwrap_or(0);
        if group < st.groups() {
            if !st.check_group(group) {
                return Err(src.error("cannot refer to an open group", text.len()));
            }
            st.check_lookbehind_group(group, src)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(src.error(format!("invalid group reference {group}"), text.len() - 1));
    }
    if is_ascii_letter(c) {
        return Err(src.error(format!("bad escape {}", t.text()), 2));
    }
    Ok(Node::Literal(c))
}

pub(super) fn parse_set(src: &mut Src) -> PResult<Node> {
    let here = src.tell() - 1;
    if src.next_is(b'[') {
        src.warnings.push(format!("Possible nested set at position {}", src.tell()));
    }
    let negate = src.matches(b'^')?;
    let mut items: Vec<SetItem> = Vec::new();
    let mut any = false;
    loop {
        let Some(this) = src.get()? else {
            return Err(src.error("unterminated character set", src.tell() - here));
        };
        if this == Tok::Plain(b']' as u32) && any {
            break;
        }
        any = true;
        let code1 = match this {
            Tok::Esc(_) => class_escape(src, this)?,
            Tok::Plain(c) => {
                if !items.is_empty() && matches!(c, 0x2d | 0x26 | 0x7e | 0x7c) && src.next == Some(this) {
                    let what = match c {
                        0x2d => "difference",
                        0x26 => "intersection",
                        0x7e => "symmetric difference",
                        _ => "union",
                    };
                    src.warnings.push(format!("Possible set {what} at position {}", src.tell() - 1));
                }
                ClassAtom::Lit(c)
            }
        };
        if src.matches(b'-')? {
            let Some(that) = src.get()? else {
                return Err(src.error("unterminated character set", src.tell() - here));
            };
            if that == Tok::Plain(b']' as u32) {
                push_atom(&mut items, code1);
                items.push(SetItem::Char(b'-' as u32));
                break;
            }
            let code2 = match that {
                Tok::Esc(_) => class_escape(src, that)?,
                Tok::Plain(c) => {
                    if c == 0x2d {
                        src.warnings.push(format!("Possible set difference at position {}", src.tell() - 2));
                    }
                    ClassAtom::Lit(c)
                }
            };
            let msg = format!("bad character range {}-{}", this.text(), that.text());
            let off = this.len() + 1 + that.len();
            match (code1, code2) {
                (ClassAtom::Lit(lo), ClassAtom::Lit(hi)) if hi >= lo => items.push(SetItem::Range(lo, hi)),
                _ => return Err(src.error(msg, off)),
            }
        } else {
            push_atom(&mut items, code1);
        }
    }
    if items.len() == 1 {
        if let SetItem::Char(c) = items[0] {
            return Ok(if negate { Node::NotLiteral(c) } else { Node::Literal(c) });
        }
    }
    Ok(Node::Set(items, negate))
}

fn push_atom(items: &mut Vec<SetItem>, a: ClassAtom) {
    let it = match a {
        ClassAtom::Lit(c) => SetItem::Char(c),
        ClassAtom::Cat(c, n) => SetItem::Cat(c, n),
    };
    if !items.contains(&it) {
        items.push(it);
    }
}

