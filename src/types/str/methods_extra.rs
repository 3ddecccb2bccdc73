//! str methods beyond the core set: character-class predicates, casefold,
//! expandtabs, maketrans/translate, format_map, count with bounds, and
//! encode with codecs and error handlers.

use crate::format::template::{FieldFirst, Piece, TemplateIter};
use crate::heap::{ObjRef, Payload};
use crate::vm::{Args, PyResult, Vm};

use super::{arg_str, s};

/// Python's notion of whitespace (str.isspace / split() / strip()).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// First code points of the 10-digit runs of general category Nd.
const ND_STARTS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

pub fn is_decimal(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_digit();
    }
    ND_STARTS.iter().any(|&s| u >= s && u < s + 10)
}

pub fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
            | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E
            | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A)
}

pub fn is_numeric(c: char) -> bool {
    is_digit(c)
        || c.is_numeric()
        || matches!(c as u32, 0x3007 | 0x4E00 | 0x4E8C | 0x4E09 | 0x56DB | 0x4E94 | 0x516D | 0x4E03 | 0x516B | 0x4E5D
            | 0x5341 | 0x767E | 0x5343 | 0x4E07 | 0x5104 | 0x96F6 | 0x58F9 | 0x8CB3 | 0x53C3 | 0x8086 | 0x4F0D | 0x9678
            | 0x67D2 | 0x634C | 0x7396 | 0x62FE)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

fn pred(vm: &mut Vm, args: &Args, name: &str, empty: bool, f: fn(char) -> bool) -> PyResult<ObjRef> {
    vm.check_method_args(args, name, 0, 0)?;
    let me = s(vm, args.args[0], name)?;
    let r = if me.is_empty() { empty } else { me.chars().all(f) };
    Ok(vm.new_bool(r))
}

pub fn str_isdigit(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isdigit", false, is_digit)
}
pub fn str_isdecimal(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isdecimal", false, is_decimal)
}
pub fn str_isnumeric(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isnumeric", false, is_numeric)
}
pub fn str_isalpha(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isalpha", false, |c| c.is_alphabetic() && !c.is_numeric() && !is_combining_mark(c))
}
pub fn str_isalnum(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isalnum", false, |c| (c.is_alphabetic() && !is_combining_mark(c)) || is_numeric(c))
}
pub fn str_isspace(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isspace", false, py_isspace)
}
pub fn str_isascii(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isascii", true, |c| c.is_ascii())
}
pub fn str_isprintable(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    pred(vm, args, "isprintable", true, |c| crate::format::repr::is_printable_char(c as u32))
}

/// Rough test for combining marks (Mn/Mc), which Rust counts as alphabetic
/// but Python's isalpha does not.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x610..=0x61A | 0x64B..=0x65F | 0x900..=0x903 | 0x93A..=0x94F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

pub fn str_isupper(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "isupper", 0, 0)?;
    let me = s(vm, args.args[0], "isupper")?;
    let r = me.chars().any(|c| c.is_uppercase()) && !me.chars().any(|c| c.is_lowercase() || is_titlecase(c));
    Ok(vm.new_bool(r))
}
pub fn str_islower(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "islower", 0, 0)?;
    let me = s(vm, args.args[0], "islower")?;
    let r = me.chars().any(|c| c.is_lowercase()) && !me.chars().any(|c| c.is_uppercase() || is_titlecase(c));
    Ok(vm.new_bool(r))
}
pub fn str_istitle(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "istitle", 0, 0)?;
    let me = s(vm, args.args[0], "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    let mut ok = true;
    for c in me.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                ok = false;
                break;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                ok = false;
                break;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(vm.new_bool(ok && cased))
}
pub fn str_isidentifier(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "isidentifier", 0, 0)?;
    let me = s(vm, args.args[0], "isidentifier")?;
    let mut c = me.chars();
    let r = matches!(c.next(), Some(f) if f == '_' || (f.is_alphabetic() && !is_combining_mark(f)))
        && c.all(|x| x == '_' || x.is_alphanumeric() || is_combining_mark(x));
    Ok(vm.new_bool(r))
}

/// Title-case mapping of one character (Rust has none built in).
fn push_title(out: &mut String, c: char) {
    match c {
        'ß' => out.push_str("Ss"),
        'Ǆ' | 'ǅ' | 'ǆ' => out.push('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => out.push('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => out.push('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => out.push('ǲ'),
        'ﬁ' => out.push_str("Fi"),
        'ﬂ' => out.push_str("Fl"),
        'ﬀ' => out.push_str("Ff"),
        _ => out.extend(c.to_uppercase()),
    }
}

/// Lowercase of `chars[i]`, with the final-sigma rule CPython applies.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x)).is_some_and(|&x| is_cased(x));
        let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x)).is_some_and(|&x| is_cased(x));
        out.push(if before && !after { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
}

fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}') || is_combining_mark(c)
}

pub fn title_case(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &ch) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, ch);
        }
        prev_cased = is_cased(ch);
    }
    out
}

pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &ch) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, ch);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &ch) in chars.iter().enumerate() {
        if ch.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if ch.is_lowercase() {
            out.extend(ch.to_uppercase());
        } else {
            out.push(ch);
        }
    }
    out
}

pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬀ' => out.push_str("ff"),
            'ſ' => out.push('s'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub fn str_casefold(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "casefold", 0, 0)?;
    let me = s(vm, args.args[0], "casefold")?;
    Ok(vm.new_str(casefold(&me)))
}

pub fn str_expandtabs(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    let me = s(vm, args.args[0], "expandtabs")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "expandtabs", &["tabsize"], 0, 0)?;
    let ts = match p[0] {
        Some(t) => i64::from(vm.c_int_arg(t)?),
        None => 8,
    };
    // The result's length first, as CPython computes it: a result the system
    // cannot hold is a MemoryError before any work is done.
    let mut size: i64 = 0;
    let mut col: i64 = 0;
    for c in me.chars() {
        match c {
            '\t' if ts > 0 => {
                let n = ts - col % ts;
                col += n;
                size = size.saturating_add(n);
            }
            '\t' => {}
            '\n' | '\r' => {
                col = 0;
                size += 1;
            }
            _ => {
                col += 1;
                size = size.saturating_add(c.len_utf8() as i64);
            }
        }
    }
    if size > isize::MAX as i64 {
        return Err(vm.overflow_error("result too long"));
    }
    let mut out = vm.alloc_string(size as usize)?;
    let mut col: i64 = 0;
    for c in me.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    for _ in 0..n {
                        out.push(' ');
                    }
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

/// Converts char indices (clamped like slice bounds) of `me` to byte offsets.
pub fn char_range(me: &str, nchars: usize, start: i64, end: i64) -> Option<(usize, usize)> {
    let n = nchars as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let (a, b) = (norm(start), norm(end));
    if a > b {
        return None;
    }
    if me.len() == nchars {
        return Some((a as usize, b as usize));
    }
    let to_byte = |ci: i64| me.char_indices().nth(ci as usize).map(|(bi, _)| bi).unwrap_or(me.len());
    Some((to_byte(a), to_byte(b)))
}

/// The optional start/end arguments (None allowed) of find/count/...
pub fn bounds(vm: &mut Vm, rest: &[ObjRef]) -> PyResult<(i64, i64)> {
    let mut v = [0i64, i64::MAX];
    for (k, &x) in rest.iter().take(2).enumerate() {
        if x == vm.none_obj {
            continue;
        }
        v[k] = match vm.heap.get(x) {
            Payload::Int(i) => *i,
            Payload::BigInt(b) => {
                if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX
                }
            }
            _ => {
                if vm.lookup(vm.ty(x), vm.n.__index__).is_none() {
                    return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
                }
                vm.index_value(x)?
            }
        };
    }
    Ok((v[0], v[1]))
}

pub fn str_count(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "count", 1, 3)?;
    let me = s(vm, args.args[0], "count")?;
    let sub = match vm.heap.get(args.args[1]) {
        Payload::Str(p) => p.s.clone(),
        _ => {
            let tn = vm.type_name_of(args.args[1]);
            return Err(vm.type_error(format!("must be str, not {tn}")));
        }
    };
    let (st, en) = bounds(vm, &args.args[2..])?;
    let nchars = if me.is_ascii() { me.len() } else { me.chars().count() };
    let st_adj = if st < 0 { (st + nchars as i64).max(0) } else { st };
    if st_adj > nchars as i64 {
        return Ok(vm.new_int(0));
    }
    let Some((a, b)) = char_range(&me, nchars, st, en) else { return Ok(vm.new_int(0)) };
    let hay = &me[a..b];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub.as_str()).count() };
    Ok(vm.new_int(n as i64))
}

pub fn str_encode(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    // CPython's keyword parser for encode() is built on first use with keywords.
    if !args.kwnames.is_empty() {
        vm.heap.gc_parser_init(crate::heap::gc::PARSER_STR_ENCODE);
    }
    let me = s(vm, args.args[0], "encode")?;
    let inner = Args { args: &args.args[1..], kwnames: args.kwnames };
    let p = vm.parse_args(&inner, "encode", &["encoding", "errors"], 0, 0)?;
    let enc = match p[0] {
        Some(e) => arg_str(vm, e, "encode() argument 'encoding'")?,
        None => "utf-8".to_string(),
    };
    let errors = match p[1] {
        Some(e) => arg_str(vm, e, "encode() argument 'errors'")?,
        None => "strict".to_string(),
    };
    let b = super::codec::encode(vm, &me, &enc, &errors)?;
    Ok(vm.new_bytes(b))
}

pub fn str_maketrans(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    // Called as a staticmethod: every argument is user-supplied.
    vm.check_args(args, "maketrans", 1, 3)?;
    let d = vm.new_dict();
    let r = maketrans_fill(vm, args, d);
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.decref(d);
            Err(e)
        }
    }
}

fn maketrans_fill(vm: &mut Vm, args: &Args, d: ObjRef) -> PyResult<()> {
    let a = &args.args;
    if a.len() == 1 {
        if !matches!(vm.heap.get(a[0]), Payload::Dict(_)) {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        }
        for (k, v) in vm.dict_items(a[0]) {
            let key = match vm.heap.get(k) {
                Payload::Str(p) => {
                    if p.char_len != 1 {
                        return Err(vm.value_error("string keys in translate table must be of length 1"));
                    }
                    let c = p.s.chars().next().unwrap_or('\0');
                    vm.new_int(c as i64)
                }
                Payload::Int(_) | Payload::BigInt(_) => vm.incref(k),
                _ => return Err(vm.type_error("keys in translate table must be strings or integers")),
            };
            let r = vm.dict_set_item(d, key, v);
            vm.decref(key);
            r?;
        }
        return Ok(());
    }
    let x = arg_str(vm, a[0], "maketrans() argument 1")?;
    let y = arg_str(vm, a[1], "maketrans() argument 2")?;
    let xs: Vec<char> = x.chars().collect();
    let ys: Vec<char> = y.chars().collect();
    if xs.len() != ys.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (c, t) in xs.into_iter().zip(ys) {
        let k = vm.new_int(c as i64);
        let v = vm.new_int(t as i64);
        let r = vm.dict_set_item(d, k, v);
        vm.decref(k);
        vm.decref(v);
        r?;
    }
    if a.len() == 3 {
        let z = arg_str(vm, a[2], "maketrans() argument 3")?;
        for c in z.chars() {
            let k = vm.new_int(c as i64);
            let none = vm.none_obj;
            let r = vm.dict_set_item(d, k, none);
            vm.decref(k);
            r?;
        }
    }
    Ok(())
}

pub fn str_translate(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "translate", 1, 1)?;
    let me = s(vm, args.args[0], "translate")?;
    let table = args.args[1];
    let mut out = String::with_capacity(me.len());
    for c in me.chars() {
        let k = vm.new_int(c as i64);
        let r = vm.getitem(table, k);
        vm.decref(k);
        let v = match r {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, vm.t.lookup_error) => {
                vm.drop_err(e);
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        let is_none = v == vm.none_obj;
        let res = match vm.heap.get(v) {
            _ if is_none => Ok(()),
            Payload::Str(p) => {
                out.push_str(&p.s);
                Ok(())
            }
            Payload::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(ch) => {
                    out.push(ch);
                    Ok(())
                }
                None => Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Payload::BigInt(_) => Err(vm.value_error("character mapping must be in range(0x110000)")),
            _ => Err(vm.type_error("character mapping must return integer, None or str")),
        };
        vm.decref(v);
        res?;
    }
    Ok(vm.new_str(out))
}

pub fn str_format_map(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    vm.check_method_args(args, "format_map", 1, 1)?;
    let fmt = s(vm, args.args[0], "format_map")?;
    let mapping = args.args[1];
    // Look up every top-level field name in the mapping, then format with
    // them as keyword arguments.
    let mut names: Vec<String> = Vec::new();
    for piece in TemplateIter::new(&fmt) {
        let piece = piece.map_err(|e| vm.format_err(e))?;
        if let Piece::Field(f) = piece {
            match &f.name.first {
                FieldFirst::Name(n) => {
                    if !names.contains(n) {
                        names.push(n.clone());
                    }
                }
                _ => return Err(vm.value_error("Format string contains positional fields")),
            }
        }
    }
    let mut keys = Vec::new();
    let mut vals = Vec::new();
    let mut err = None;
    for n in names {
        let k = vm.new_str(n);
        match vm.getitem(mapping, k) {
            Ok(v) => {
                keys.push(k);
                vals.push(v);
            }
            Err(e) => {
                vm.decref(k);
                err = Some(e);
                break;
            }
        }
    }
    let r = match err {
        Some(e) => Err(e),
        None => crate::builtins::format_ops::str_format_method(vm, &fmt, &vals, &keys),
    };
    for x in keys.into_iter().chain(vals) {
        vm.decref(x);
    }
    r
}

/// `str(obj, encoding, errors)` for a bytes-like object.
pub fn decode_obj(vm: &mut Vm, o: ObjRef, enc: Option<ObjRef>, errors: Option<ObjRef>) -> PyResult<String> {
    let enc = match enc {
        Some(e) => arg_str(vm, e, "str() argument 'encoding'")?,
        None => "utf-8".to_string(),
    };
    let errors = match errors {
        Some(e) => arg_str(vm, e, "str() argument 'errors'")?,
        None => "strict".to_string(),
    };
    let data = match vm.heap.get(o) {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.to_vec(),
        Payload::Str(_) => return Err(vm.type_error("decoding str is not supported")),
        // Other buffers: memoryview, mmap (the buffer protocol).
        _ if vm.buffer_copy(o).is_some() => vm.buffer_copy(o).unwrap_or_default(),
        _ => {
            let tn = vm.type_name_of(o);
            return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found")));
        }
    };
    super::codec::decode(vm, &data, &enc, &errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings() {
        assert_eq!(title_case("they're bill's"), "They'Re Bill'S");
        assert_eq!(title_case("ΑΣ"), "Ας");
        assert_eq!(capitalize("ß x"), "Ss x");
        assert_eq!(swapcase("ǅa"), "ǅA");
        assert_eq!(casefold("Straße"), "strasse");
    }

    #[test]
    fn char_classes() {
        assert!(is_decimal('٣') && !is_decimal('²') && is_digit('²') && !is_digit('½') && is_numeric('½'));
        assert!(py_isspace('\x1c') && py_isspace('\u{3000}') && !py_isspace('a'));
    }

    #[test]
    fn char_ranges() {
        assert_eq!(char_range("abc", 3, 1, i64::MAX), Some((1, 3)));
        assert_eq!(char_range("héllo", 5, -3, -1), Some((3, 5)));
        assert_eq!(char_range("abc", 3, 2, 1), None);
    }
}
