//! Table-driven tests of `format()`/`repr()` against CPython-generated
//! expectations (see `format_cases.rs`).

use super::format_cases::*;
use super::*;
use num_bigint::BigInt;

fn show(r: FResult<String>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => format!("!{}: {}", e.kind, e.message),
    }
}

#[test]
fn float_repr_table() {
    let mut bad = Vec::new();
    for &(x, want) in FLOAT_REPR_CASES {
        let got = float_repr(x);
        if got != want {
            bad.push(format!("repr({x:e}): got {got:?} want {want:?}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} failures:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn float_format_table() {
    let mut bad = Vec::new();
    for &(x, spec, want) in FLOAT_FORMAT_CASES {
        let got = show(format_float(x, spec));
        if got != want {
            bad.push(format!(
                "format({x:e}, {spec:?}): got {got:?} want {want:?}"
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} failed:\n{}",
        bad.len(),
        FLOAT_FORMAT_CASES.len(),
        bad[..bad.len().min(40)].join("\n")
    );
}

#[test]
fn int_format_table() {
    let mut bad = Vec::new();
    for &(n, spec, want) in INT_FORMAT_CASES {
        let big: BigInt = n.parse().unwrap();
        let got = show(format_int(&big, spec));
        if got != want {
            bad.push(format!("format({n}, {spec:?}): got {got:?} want {want:?}"));
        }
        if let Ok(small) = n.parse::<i64>() {
            let got = show(format_i64(small, spec));
            if got != want {
                bad.push(format!(
                    "format_i64({n}, {spec:?}): got {got:?} want {want:?}"
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} failed:\n{}",
        bad.len(),
        INT_FORMAT_CASES.len(),
        bad[..bad.len().min(40)].join("\n")
    );
}

#[test]
fn str_format_table() {
    let mut bad = Vec::new();
    for &(s, spec, want) in STR_FORMAT_CASES {
        let got = show(format_str(s, spec));
        if got != want {
            bad.push(format!(
                "format({s:?}, {spec:?}): got {got:?} want {want:?}"
            ));
        }
    }
    assert!(bad.is_empty(), "{} failed:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn repr_table() {
    use super::repr_cases::*;
    let mut bad = Vec::new();
    for &(s, r, a, p) in REPR_CASES {
        if str_repr(s) != r {
            bad.push(format!("repr({s:?}): got {:?} want {r:?}", str_repr(s)));
        }
        if ascii_repr(s) != a {
            bad.push(format!("ascii({s:?}): got {:?} want {a:?}", ascii_repr(s)));
        }
        if is_printable(s) != p {
            bad.push(format!("isprintable({s:?}) want {p}"));
        }
    }
    for &(b, r, ba) in BYTES_CASES {
        assert_eq!(bytes_repr(b), r);
        assert_eq!(repr::bytearray_repr(b, "bytearray"), ba);
    }
    // Lone surrogates through the code point entry point.
    let mut out = String::new();
    repr::write_str_repr_cps(&mut out, [0x61u32, 0xd800].into_iter(), false);
    assert_eq!(out, "'a\\ud800'");
    assert!(
        bad.is_empty(),
        "{} failed:\n{}",
        bad.len(),
        bad[..bad.len().min(30)].join("\n")
    );
}

/// A tiny Python value model for driving `%` formatting in tests.
#[derive(Debug, Clone)]
enum V {
    N,
    B(bool),
    I(BigInt),
    F(f64),
    S(String),
    L(Vec<V>),
    T(Vec<V>),
    D(Vec<(String, V)>),
    Y(Vec<u8>),
    DB(Vec<(Vec<u8>, V)>),
}

fn v_repr(v: &V) -> String {
    match v {
        V::N => "None".into(),
        V::B(b) => if *b { "True" } else { "False" }.into(),
        V::I(i) => i.to_string(),
        V::F(f) => float_repr(*f),
        V::S(s) => str_repr(s),
        V::L(items) => format!(
            "[{}]",
            items.iter().map(v_repr).collect::<Vec<_>>().join(", ")
        ),
        V::T(items) if items.len() == 1 => format!("({},)", v_repr(&items[0])),
        V::T(items) => format!(
            "({})",
            items.iter().map(v_repr).collect::<Vec<_>>().join(", ")
        ),
        V::D(items) => format!(
            "{{{}}}",
            items
                .iter()
                .map(|(k, v)| format!("{}: {}", str_repr(k), v_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        V::Y(b) => bytes_repr(b),
        V::DB(items) => format!(
            "{{{}}}",
            items
                .iter()
                .map(|(k, v)| format!("{}: {}", bytes_repr(k), v_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

struct Args(V);

impl printf::PercentArgs for Args {
    type Arg = V;
    type Error = FormatError;
    fn tuple_len(&self) -> Option<usize> {
        match &self.0 {
            V::T(items) => Some(items.len()),
            _ => None,
        }
    }
    fn item(&mut self, i: usize) -> V {
        match &self.0 {
            V::T(items) => items[i].clone(),
            _ => unreachable!(),
        }
    }
    fn whole(&mut self) -> V {
        self.0.clone()
    }
    fn is_mapping(&self) -> bool {
        matches!(self.0, V::D(_) | V::L(_) | V::DB(_))
    }
    fn get_by_key(&mut self, key: &str) -> Result<V, FormatError> {
        match &self.0 {
            V::D(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| FormatError::new("KeyError", str_repr(key))),
            _ => Err(FormatError::type_error(
                "list indices must be integers or slices, not str",
            )),
        }
    }
    fn to_str(&mut self, a: &V) -> Result<String, FormatError> {
        Ok(match a {
            V::S(s) => s.clone(),
            other => v_repr(other),
        })
    }
    fn to_repr(&mut self, a: &V) -> Result<String, FormatError> {
        Ok(v_repr(a))
    }
    fn type_name(&mut self, a: &V) -> String {
        match a {
            V::N => "NoneType",
            V::B(_) => "bool",
            V::I(_) => "int",
            V::F(_) => "float",
            V::S(_) => "str",
            V::L(_) => "list",
            V::T(_) => "tuple",
            V::D(_) | V::DB(_) => "dict",
            V::Y(_) => "bytes",
        }
        .into()
    }
    fn as_int(&mut self, a: &V, want: printf::IntWant) -> Result<Option<BigInt>, FormatError> {
        Ok(match a {
            V::I(i) => Some(i.clone()),
            V::B(b) => Some(BigInt::from(u8::from(*b))),
            V::F(f) if want == printf::IntWant::Number => {
                Some(crate::numeric::convert::f64_to_bigint(*f)?)
            }
            _ => None,
        })
    }
    fn as_float(&mut self, a: &V) -> Result<Option<f64>, FormatError> {
        Ok(match a {
            V::I(i) => Some(crate::numeric::convert::bigint_to_f64(i)?),
            V::B(b) => Some(f64::from(u8::from(*b))),
            V::F(f) => Some(*f),
            _ => None,
        })
    }
    fn get_by_key_bytes(&mut self, key: &[u8]) -> Result<V, FormatError> {
        match &self.0 {
            V::DB(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| FormatError::new("KeyError", bytes_repr(key))),
            _ => Err(FormatError::new("KeyError", bytes_repr(key))),
        }
    }
    fn to_bytes(&mut self, a: &V) -> Result<Option<Vec<u8>>, FormatError> {
        Ok(match a {
            V::Y(b) => Some(b.clone()),
            _ => None,
        })
    }
    fn as_byte(&mut self, a: &V) -> Option<Option<u8>> {
        match a {
            V::Y(b) if b.len() == 1 => Some(Some(b[0])),
            V::Y(_) => Some(None),
            _ => None,
        }
    }
    fn as_char(&mut self, a: &V) -> Option<Option<u32>> {
        match a {
            V::S(s) => {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Some(Some(c as u32)),
                    _ => Some(None),
                }
            }
            _ => None,
        }
    }
}

#[test]
fn complex_table() {
    let mut bad = Vec::new();
    for &(re, im, spec, want) in COMPLEX_CASES {
        let got = if spec == "!repr" {
            complex_repr(re, im)
        } else {
            show(format_complex(re, im, spec))
        };
        if got != want {
            bad.push(format!(
                "format(complex({re:e}, {im:e}), {spec:?}): got {got:?} want {want:?}"
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} failed:\n{}",
        bad.len(),
        COMPLEX_CASES.len(),
        bad.join("\n")
    );
}

#[test]
fn spec_fuzz_table() {
    let mut bad = Vec::new();
    for &(t, v, spec, want) in SPEC_FUZZ {
        let r = match t {
            "i" => format_int(&v.parse().unwrap(), spec),
            "f" => format_float(v.parse().unwrap(), spec),
            _ => format_str(v, spec),
        };
        let got = show(r);
        if got != want {
            bad.push(format!(
                "format({t} {v}, {spec:?}): got {got:?} want {want:?}"
            ));
        }
    }
    assert!(bad.is_empty(), "{} failed:\n{}", bad.len(), bad.join("\n"));
}

/// Decodes the compact argument encoding of `printf_cases.rs`.
fn decode(s: &mut &[u8]) -> V {
    fn number(s: &mut &[u8]) -> String {
        let end = s.iter().position(|&c| c == b';' || c == b':').unwrap();
        let text = std::str::from_utf8(&s[..end]).unwrap().to_owned();
        *s = &s[end + 1..];
        text
    }
    let tag = s[0];
    *s = &s[1..];
    match tag {
        b'n' => V::N,
        b'b' => {
            let v = s[0] == b'1';
            *s = &s[1..];
            V::B(v)
        }
        b'i' => V::I(number(s).parse().unwrap()),
        b'f' => {
            let bits = u64::from_str_radix(std::str::from_utf8(&s[..16]).unwrap(), 16).unwrap();
            *s = &s[16..];
            V::F(f64::from_bits(bits))
        }
        b's' => {
            let n: usize = number(s).parse().unwrap();
            let text = std::str::from_utf8(&s[..n]).unwrap().to_owned();
            *s = &s[n..];
            V::S(text)
        }
        b'y' => {
            let n: usize = number(s).parse().unwrap();
            let bytes = (0..n)
                .map(|i| {
                    u8::from_str_radix(std::str::from_utf8(&s[2 * i..2 * i + 2]).unwrap(), 16)
                        .unwrap()
                })
                .collect();
            *s = &s[2 * n..];
            V::Y(bytes)
        }
        b'L' | b'T' => {
            let n: usize = number(s).parse().unwrap();
            let items = (0..n).map(|_| decode(s)).collect();
            if tag == b'L' {
                V::L(items)
            } else {
                V::T(items)
            }
        }
        b'D' => {
            let n: usize = number(s).parse().unwrap();
            V::D(
                (0..n)
                    .map(|_| {
                        let V::S(k) = decode(s) else {
                            panic!("str key")
                        };
                        (k, decode(s))
                    })
                    .collect(),
            )
        }
        b'E' => {
            let n: usize = number(s).parse().unwrap();
            V::DB(
                (0..n)
                    .map(|_| {
                        let V::Y(k) = decode(s) else {
                            panic!("bytes key")
                        };
                        (k, decode(s))
                    })
                    .collect(),
            )
        }
        _ => panic!("bad tag {tag}"),
    }
}

fn run_printf_table(cases: &[(&str, &str, &str)]) {
    let mut bad = Vec::new();
    for &(fmt, enc, want) in cases {
        let args = decode(&mut enc.as_bytes());
        let mut a = Args(args.clone());
        let got = show(printf::percent_format(fmt, &mut a));
        if got != want {
            bad.push(format!("{fmt:?} % {args:?}: got {got:?} want {want:?}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} failed:\n{}",
        bad.len(),
        cases.len(),
        bad[..bad.len().min(30)].join("\n")
    );
}

#[test]
fn printf_table() {
    run_printf_table(super::printf_cases::PRINTF_CASES);
}

#[test]
fn printf_fuzz_table() {
    run_printf_table(super::printf_cases::PRINTF_FUZZ);
}

#[test]
fn bytes_printf_table() {
    let mut bad = Vec::new();
    let cases = super::printf_cases::BYTES_PRINTF_CASES;
    for &(fmt, enc, want) in cases {
        let args = decode(&mut enc.as_bytes());
        let mut a = Args(args.clone());
        let got = match printf::percent_format_bytes(fmt, &mut a) {
            Ok(b) => format!(
                "={}",
                b.iter().map(|x| format!("{x:02x}")).collect::<String>()
            ),
            Err(e) => format!("!{}: {}", e.kind, e.message),
        };
        if got != want {
            bad.push(format!(
                "{:?} % {args:?}: got {got:?} want {want:?}",
                bytes_repr(fmt)
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} failed:\n{}",
        bad.len(),
        cases.len(),
        bad.join("\n")
    );
}

#[test]
fn radix_and_decimal_text() {
    use super::int_format::{i64_to_string_radix, int_to_decimal};
    let n = |s: &str| s.parse::<BigInt>().unwrap();
    assert_eq!(int_to_string_radix(&n("-5"), 2), "-0b101");
    assert_eq!(int_to_string_radix(&n("0"), 8), "0o0");
    assert_eq!(int_to_string_radix(&n("255"), 16), "0xff");
    assert_eq!(int_to_string_radix(&n("-255"), 10), "-255");
    assert_eq!(i64_to_string_radix(i64::MIN, 16), "-0x8000000000000000");
    assert_eq!(i64_to_string_radix(-5, 2), "-0b101");
    let big = num_traits::pow::Pow::pow(BigInt::from(10u32), 4300u32);
    assert_eq!(
        int_to_decimal(&big, 4300).unwrap_err().message,
        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    );
    let below: BigInt = -(big.clone() - 1u32);
    assert_eq!(int_to_decimal(&below, 4300).unwrap().len(), 4301);
    assert!(int_to_decimal(&big, 0).is_ok());
}
