//! Character predicates of the regex engine: the `\d \w \s` categories in
//! their Unicode (str patterns) and ASCII (bytes patterns, `re.ASCII`)
//! forms, simple case mapping for IGNORECASE, and character sets (`[...]`).
//!
//! Unicode categories follow `str.isdecimal` / `str.isalnum` / `str.isspace`
//! as CPython's `_sre` does; `isalnum` is approximated with Rust's
//! Alphabetic property minus the common combining-mark blocks (the same
//! approximation pyrite's `str.isalnum` uses).

use crate::format::parse_num::{is_py_space, unicode_decimal};

/// A `\d`, `\w` or `\s` category (or their negations `\D \W \S`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    Word,
    Space,
}

/// One member of a character set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    /// A category; `true` when negated (`\D` inside a set).
    Cat(Category, bool),
}

/// A compiled character set: members, negation and the flags it was compiled with.
#[derive(Clone, Debug)]
pub struct CharSet {
    pub items: Vec<SetItem>,
    pub negate: bool,
    pub icase: bool,
    pub unicode: bool,
    /// Bitmap for code points below 256 (precomputed answer, negation included).
    pub low: [u64; 4],
}

fn combining_mark(u: u32) -> bool {
    matches!(u, 0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x610..=0x61A | 0x64B..=0x65F | 0x900..=0x903
        | 0x93A..=0x94F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

pub fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    if !unicode {
        return false;
    }
    match char::from_u32(c) {
        Some(ch) => (ch.is_alphabetic() && !combining_mark(c)) || ch.is_numeric() || unicode_decimal(ch).is_some(),
        None => false,
    }
}

pub fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    unicode && char::from_u32(c).and_then(unicode_decimal).is_some()
}

pub fn is_space(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || (unicode && (0x1c..=0x1f).contains(&c));
    }
    unicode && char::from_u32(c).is_some_and(is_py_space)
}

pub fn category(cat: Category, c: u32, unicode: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, unicode),
        Category::Word => is_word(c, unicode),
        Category::Space => is_space(c, unicode),
    }
}

/// Simple lowercase mapping (one code point to one code point).
pub fn lower(c: u32, unicode: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if !unicode {
        return c;
    }
    match char::from_u32(c) {
        // Only U+0130 lowercases to more than one char; its simple mapping is the first.
        Some(ch) => ch.to_lowercase().next().map_or(c, |l| l as u32),
        None => c,
    }
}

/// Simple uppercase mapping; characters whose uppercase is several chars keep themselves.
pub fn upper(c: u32, unicode: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if !unicode {
        return c;
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_uppercase();
            match (it.next(), it.next()) {
                (Some(u), None) => u as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// Whether two characters are equal ignoring case (as CPython's lower/upper fix-ups make them).
pub fn eq_icase(a: u32, b: u32, unicode: bool) -> bool {
    a == b || lower(a, unicode) == lower(b, unicode) || upper(a, unicode) == upper(b, unicode)
}

impl CharSet {
    pub fn new(items: Vec<SetItem>, negate: bool, icase: bool, unicode: bool) -> CharSet {
        let mut s = CharSet { items, negate, icase, unicode, low: [0; 4] };
        for c in 0..256u32 {
            if s.compute(c) {
                s.low[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        s
    }

    fn raw(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Char(x) => x == c,
            SetItem::Range(a, b) => a <= c && c <= b,
            SetItem::Cat(cat, neg) => category(cat, c, self.unicode) != neg,
        })
    }

    fn compute(&self, c: u32) -> bool {
        let mut hit = self.raw(c);
        if !hit && self.icase {
            let l = lower(c, self.unicode);
            let u = upper(c, self.unicode);
            hit = (l != c && self.raw(l)) || (u != c && self.raw(u));
            if !hit && self.unicode && c >= 128 {
                // Characters whose lowercase is shared with others (K and the Kelvin sign).
                hit = self.items.iter().any(|it| match *it {
                    SetItem::Char(x) => eq_icase(x, c, true),
                    _ => false,
                });
            }
        }
        hit != self.negate
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            return self.low[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.compute(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories() {
        assert!(is_word('é' as u32, true));
        assert!(!is_word('é' as u32, false));
        assert!(is_digit('٣' as u32, true));
        assert!(is_space(0x1c, true));
        assert!(!is_space(0x1c, false));
    }

    #[test]
    fn sets_fold_case() {
        let s = CharSet::new(vec![SetItem::Range('a' as u32, 'z' as u32)], false, true, true);
        assert!(s.contains('Q' as u32));
        let n = CharSet::new(vec![SetItem::Char('a' as u32)], true, true, true);
        assert!(!n.contains('A' as u32));
        assert!(n.contains('b' as u32));
    }
}
