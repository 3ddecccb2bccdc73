//! Parsing a `struct` format string (`'<2hxq'`, `'@ci0l'`) into sized,
//! aligned fields: the byte-order prefix picks sizes (native or standard)
//! and whether fields are aligned (native `@` only), each code may have a
//! repeat count, and spaces between codes are ignored.

/// Byte order and sizing mode, from the format's first character.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// `@` (or nothing): native sizes, native alignment, little endian here.
    Native,
    /// `=`, `<`, `>` / `!`: standard sizes, no alignment.
    Little,
    Big,
}

/// One format code with its repeat count, placed at `offset`.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub code: u8,
    /// Values for numbers and chars; the byte length for `s` and `p`.
    pub count: usize,
    pub offset: usize,
    /// Bytes per value (for `s`/`p`: 1).
    pub size: usize,
}

impl Field {
    /// How many Python values this field packs or unpacks.
    pub fn values(&self) -> usize {
        match self.code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => self.count,
        }
    }
}

#[derive(Debug)]
pub struct Format {
    pub order: Order,
    pub fields: Vec<Field>,
    pub size: usize,
    pub values: usize,
}

/// Why a format was refused (the struct.error message).
#[derive(Debug, PartialEq, Eq)]
pub enum FormatError {
    BadChar,
    RepeatWithoutCode,
    TooLong,
}

impl FormatError {
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::BadChar => "bad char in struct format",
            FormatError::RepeatWithoutCode => "repeat count given without format specifier",
            FormatError::TooLong => "total struct size too long",
        }
    }
}

/// (size, alignment) of a code in native mode; None for an unknown code.
fn native_size(code: u8) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// Size of a code in the standard (`<`, `>`, `=`, `!`) modes.
fn standard_size(code: u8) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

pub fn parse(fmt: &[u8]) -> Result<Format, FormatError> {
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'<') | Some(b'=') => (Order::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let mut fields = Vec::new();
    let mut size: usize = 0;
    let mut values: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while i < body.len() && body[i].is_ascii_digit() {
            let d = (body[i] - b'0') as usize;
            let n = count.unwrap_or(0).checked_mul(10).and_then(|n| n.checked_add(d)).ok_or(FormatError::TooLong)?;
            count = Some(n);
            i += 1;
        }
        let Some(&code) = body.get(i) else {
            return Err(FormatError::RepeatWithoutCode);
        };
        i += 1;
        let item = match order {
            Order::Native => native_size(code),
            _ => standard_size(code),
        }
        .ok_or(FormatError::BadChar)?;
        let count = count.unwrap_or(1);
        if order == Order::Native {
            // Native fields start at a multiple of their own size.
            size = size.checked_next_multiple_of(item).ok_or(FormatError::TooLong)?;
        }
        let field = Field { code, count, offset: size, size: item };
        let bytes = count.checked_mul(item).ok_or(FormatError::TooLong)?;
        size = size.checked_add(bytes).filter(|&s| s <= isize::MAX as usize).ok_or(FormatError::TooLong)?;
        values += field.values();
        fields.push(field);
    }
    Ok(Format { order, fields, size, values })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(f: &str) -> Result<usize, FormatError> {
        parse(f.as_bytes()).map(|f| f.size)
    }

    #[test]
    fn native_alignment_and_standard_packing() {
        assert_eq!(size("ci"), Ok(8));
        assert_eq!(size("<ci"), Ok(5));
        assert_eq!(size("ci0l"), Ok(8));
        assert_eq!(size("qcP?ed0i"), Ok(40));
        assert_eq!(size("=l"), Ok(4));
        assert_eq!(size("l"), Ok(8));
        assert_eq!(size(" i "), Ok(4));
        assert_eq!(size(""), Ok(0));
    }

    #[test]
    fn refused_formats() {
        assert_eq!(size("z"), Err(FormatError::BadChar));
        assert_eq!(size("<n"), Err(FormatError::BadChar));
        assert_eq!(size("3"), Err(FormatError::RepeatWithoutCode));
        assert_eq!(size("3 i"), Err(FormatError::BadChar));
        assert_eq!(size("i<"), Err(FormatError::BadChar));
        assert_eq!(size("999999999999999999999i"), Err(FormatError::TooLong));
    }

    #[test]
    fn values_per_field() {
        let f = parse(b"2x3s2p4h").unwrap();
        assert_eq!(f.values, 6);
        // 7 bytes of x/s/p, then the shorts start at the next multiple of 2.
        assert_eq!(f.size, 2 + 3 + 2 + 1 + 8);
    }
}
