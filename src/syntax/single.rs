//! `Mode::Single` accepts exactly one statement: one compound statement, or
//! one logical line of `;`-separated simple statements (CPython's
//! `single_input`). The grammar parses a whole module; this check rejects
//! what follows the first statement with CPython's error.

use super::ast::{Stmt, StmtKind};
use super::srcmap::SrcMap;
use super::{SyntaxError, SyntaxErrorKind};

/// Checks a parsed `single` input. `Err` when more than one statement was given.
pub fn check(map: &SrcMap, filename: &str, body: &[Stmt]) -> Result<(), SyntaxError> {
    let Some(first) = body.first() else { return Ok(()) };
    if is_compound(first) {
        let Some(next) = body.get(1) else { return Ok(()) };
        // Whatever starts the next logical line is unexpected: CPython's
        // parser reports "invalid syntax" on its first token.
        let line = match &next.kind {
            StmtKind::FunctionDef(f) => f.decorators.first().map(|d| d.span.line),
            StmtKind::ClassDef(c) => c.decorators.first().map(|d| d.span.line),
            _ => None,
        }
        .unwrap_or(next.span.line);
        let text = map.line_text(line);
        let start = map.line_start(line) + (text.len() - text.trim_start_matches([' ', '\t', '\x0c']).len());
        let rest = &map.src[start..];
        let word = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
        let len = if word > 0 { word } else { rest.chars().next().map_or(0, char::len_utf8) };
        return Err(map.error(SyntaxErrorKind::SyntaxError, "invalid syntax", filename, start, start + len));
    }
    for pair in body.windows(2) {
        let end = byte(map, pair[0].span.end_line, pair[0].span.end_col);
        let next = byte(map, pair[1].span.line, pair[1].span.col);
        if let Some((nl_start, nl_end)) = line_break_between(map.src, end, next) {
            // Reported at the first line's NEWLINE token (which starts at a
            // trailing comment, if any).
            let msg = "multiple statements found while compiling a single statement";
            return Err(map.error(SyntaxErrorKind::SyntaxError, msg, filename, nl_start, nl_end));
        }
    }
    Ok(())
}

fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
            | StmtKind::TryStar { .. }
            | StmtKind::Match { .. }
    )
}

fn byte(map: &SrcMap, line: u32, col: u32) -> usize {
    (map.line_start(line) + col as usize).min(map.src.len())
}

/// Between two statements: None when a `;` joins them on one logical line,
/// else the NEWLINE token ending the first one's line (its start: the first
/// character after spaces, e.g. a comment; its end: the newline character).
fn line_break_between(src: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let gap = src.get(from..to.max(from))?;
    let mut chars = gap.char_indices().peekable();
    let mut newline_start = None;
    while let Some((i, c)) = chars.next() {
        match c {
            ';' => return None,
            '\\' if chars.peek().map(|&(_, n)| n) == Some('\n') => {
                chars.next();
            }
            ' ' | '\t' | '\x0c' => {}
            _ => {
                let start = newline_start.unwrap_or(from + i);
                if c == '\n' {
                    return Some((start, from + i));
                }
                // A comment runs to the newline.
                newline_start = Some(start);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::syntax::{parse, Mode};

    fn err(src: &str) -> Option<(String, u32, u32, u32)> {
        parse(src, "<stdin>", Mode::Single).err().map(|e| (e.msg, e.line, e.offset, e.end_offset))
    }

    #[test]
    fn one_logical_line_of_simple_statements_is_fine() {
        assert_eq!(err("a=1;b=2\n"), None);
        assert_eq!(err("a=1; \\\nb=2\n"), None);
        assert_eq!(err("if 1:\n  pass\nelse:\n  pass\n"), None);
        assert_eq!(err("@d\ndef f(): pass\n"), None);
    }

    #[test]
    fn a_second_line_is_rejected_like_cpython() {
        let multi = "multiple statements found while compiling a single statement".to_string();
        assert_eq!(err("a=1\nb=2\n"), Some((multi.clone(), 1, 4, 4)));
        assert_eq!(err("a=1 # c\nb=2\n"), Some((multi.clone(), 1, 5, 8)));
        assert_eq!(err("1\n\n2\n"), Some((multi, 1, 2, 2)));
        let invalid = "invalid syntax".to_string();
        assert_eq!(err("if 1:\n  pass\nx\n"), Some((invalid.clone(), 3, 1, 2)));
        assert_eq!(err("def h():\n  return 5\nh()\n"), Some((invalid.clone(), 3, 1, 2)));
        assert_eq!(err("class C:\n  pass\n@d\ndef f(): pass\n"), Some((invalid, 3, 1, 2)));
    }

    #[test]
    fn try_without_handler_at_the_end_is_incomplete() {
        let e = parse("try:\n  1/0\n", "<stdin>", Mode::Single).unwrap_err();
        assert!(e.incomplete);
        assert_eq!(e.msg, "expected 'except' or 'finally' block");
    }
}
