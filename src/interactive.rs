//! Deciding, line by line, whether REPL input is ready to run (CPython's
//! classic REPL / `codeop` behaviour): `>>> ` starts an input, `... ` asks for
//! more while a bracket or triple-quoted string is open, after a trailing
//! backslash, or inside a compound statement, which only ends at an empty line.
//!
//! The decision is made mostly by a small scanner (brackets, strings,
//! comments, logical lines) so that it does not depend on the parser's error
//! messages; the parser's `SyntaxError::incomplete` flag settles the remaining
//! simple-statement cases.

use crate::syntax::{self, Mode};

/// What the REPL should do with the lines typed so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputState {
    /// Run it now.
    Complete,
    /// Show `... ` and read another line.
    Incomplete,
    /// It can never become valid: run it now so the SyntaxError is reported.
    Invalid,
}

/// Keywords whose statement owns an indented block: an input starting with
/// one of them (or a decorator) waits for an empty line, as in CPython.
const COMPOUND_KEYWORDS: &[&str] = &["if", "while", "for", "try", "with", "def", "class", "async"];

/// `source` is every line typed for this input, each ending in `\n`.
pub fn input_state(source: &str) -> InputState {
    let scan = Scan::of(source);
    let lines: Vec<&str> = source.lines().collect();
    let last_blank = lines.last().is_none_or(|l| l.trim().is_empty());

    if scan.open {
        // Open bracket or triple-quoted string: even an empty line continues.
        return InputState::Incomplete;
    }
    if lines.len() > 1 && last_blank {
        // An empty line ends whatever is pending (block, backslash…).
        return InputState::Complete;
    }
    if scan.backslash {
        return InputState::Incomplete;
    }
    let Some(first) = scan.logical.first() else {
        // Only blanks and comments: nothing to run.
        return InputState::Complete;
    };
    if first.indent == 0 && (first.word == "@" || COMPOUND_KEYWORDS.contains(&first.word.as_str()))
    {
        // A line that can never be valid (including a second statement at
        // the left margin, which `Mode::Single` rejects) is reported at once,
        // as CPython's tokenizer-driven REPL does; otherwise wait for the
        // empty line.
        return match syntax::parse(source, "<stdin>", Mode::Single) {
            Err(e) if !e.incomplete => InputState::Invalid,
            _ => InputState::Incomplete,
        };
    }
    match syntax::parse(source, "<stdin>", Mode::Single) {
        // `match` is a soft keyword: only the parser knows the input opened
        // a match statement, which (like any block) ends at an empty line.
        Ok(m) if matches!(m.body.first().map(|s| &s.kind), Some(syntax::ast::StmtKind::Match { .. })) => InputState::Incomplete,
        Ok(_) => InputState::Complete,
        Err(e) if e.incomplete => InputState::Incomplete,
        Err(_) => InputState::Invalid,
    }
}

/// True for a line that holds nothing to run (spaces and/or a comment): at
/// `>>> ` CPython just prompts again.
pub fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim_start();
    t.is_empty() || t.starts_with('#')
}

/// One logical line: its indentation and first word.
#[derive(Debug)]
struct Logical {
    indent: usize,
    /// The leading keyword/identifier, `@` for a decorator, else the first char.
    word: String,
}

/// What the scanner learnt about the source.
#[derive(Debug, Default)]
struct Scan {
    /// A bracket or a triple-quoted string is still open at the end.
    open: bool,
    /// The last line ends with a continuation backslash.
    backslash: bool,
    logical: Vec<Logical>,
}

impl Scan {
    fn of(source: &str) -> Scan {
        let chars: Vec<char> = source.chars().collect();
        let mut scan = Scan::default();
        let mut depth: usize = 0;
        let mut i = 0;
        let mut at_line_start = true;
        let mut in_logical = false;
        while i < chars.len() {
            if at_line_start && depth == 0 && !in_logical {
                // Start of a physical line that may start a logical line.
                let mut indent = 0;
                while i < chars.len() && (chars[i] == ' ' || chars[i] == '\t' || chars[i] == '\x0c')
                {
                    indent += 1;
                    i += 1;
                }
                at_line_start = false;
                if i >= chars.len() {
                    break;
                }
                if chars[i] == '\n' || chars[i] == '#' || chars[i] == '\r' {
                    continue; // blank or comment line: not a logical line
                }
                let word = if chars[i].is_alphanumeric() || chars[i] == '_' {
                    let start = i;
                    let mut j = i;
                    while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                        j += 1;
                    }
                    chars[start..j].iter().collect()
                } else {
                    chars[i].to_string()
                };
                scan.logical.push(Logical { indent, word });
                in_logical = true;
                continue;
            }
            let c = chars[i];
            match c {
                '#' => {
                    while i < chars.len() && chars[i] != '\n' {
                        i += 1;
                    }
                }
                '\n' => {
                    i += 1;
                    at_line_start = true;
                    if depth == 0 {
                        in_logical = false;
                    }
                }
                '\\' => {
                    // Explicit line joining (or a stray backslash).
                    if i + 1 < chars.len() && chars[i + 1] == '\n' {
                        if i + 2 >= chars.len() {
                            scan.backslash = true;
                        }
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                '(' | '[' | '{' => {
                    depth += 1;
                    i += 1;
                }
                ')' | ']' | '}' => {
                    depth = depth.saturating_sub(1);
                    i += 1;
                }
                '\'' | '"' => match skip_string(&chars, i) {
                    Some(end) => i = end,
                    None => {
                        scan.open = true;
                        return scan;
                    }
                },
                _ => i += 1,
            }
        }
        scan.open = depth > 0;
        scan
    }
}

/// Skips a string literal starting at `start` (its opening quote). Returns the
/// index after it, or None when the input ends inside a string that could
/// still be closed (a triple-quoted one, or a single-quoted one continued
/// with a backslash). An unterminated single-quoted string ends at the line
/// end (it is an error the parser reports).
fn skip_string(chars: &[char], start: usize) -> Option<usize> {
    let q = chars[start];
    let triple = start + 2 < chars.len() && chars[start + 1] == q && chars[start + 2] == q;
    let mut i = if triple { start + 3 } else { start + 1 };
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            // Even in raw strings a backslash keeps the next quote from closing,
            // so prefixes do not matter here.
            if i + 1 >= chars.len() {
                return None;
            }
            if !triple && chars[i + 1] == '\n' && i + 2 >= chars.len() {
                return None;
            }
            i += 2;
            continue;
        }
        if triple {
            if c == q && chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q) {
                return Some(i + 3);
            }
        } else if c == q {
            return Some(i + 1);
        } else if c == '\n' {
            return Some(i);
        }
        i += 1;
    }
    if triple {
        None
    } else {
        Some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use InputState::*;

    #[test]
    fn simple_statements_are_complete_or_left_to_the_parser() {
        // The parser decides simple statements; anything but `Incomplete`
        // means "run it now".
        assert_ne!(input_state("x = 1\n"), Incomplete);
        assert_ne!(input_state("1 +\n"), Incomplete);
        assert_ne!(input_state(")\n"), Incomplete);
        assert_ne!(input_state("'abc\n"), Incomplete);
    }

    #[test]
    fn open_brackets_and_strings_continue_even_over_blank_lines() {
        assert_eq!(input_state("(1,\n"), Incomplete);
        assert_eq!(input_state("(1,\n\n"), Incomplete);
        assert_eq!(input_state("[1, {2: (3,\n"), Incomplete);
        assert_eq!(input_state("x = \"\"\"abc\n"), Incomplete);
        assert_eq!(input_state("x = '''abc\n\n"), Incomplete);
        assert_eq!(input_state("x = r'''a\\'''\n"), Incomplete);
        assert_eq!(input_state("x = 'a\\\n"), Incomplete);
        assert_ne!(input_state("x = \"\"\"abc\ndef\"\"\"\n"), Incomplete);
        assert_ne!(input_state("(1,\n2)\n"), Incomplete);
        assert_ne!(input_state("x = '(' # (\n"), Incomplete);
    }

    #[test]
    fn backslash_continues_until_a_blank_line() {
        assert_eq!(input_state("x = 1 + \\\n"), Incomplete);
        assert_ne!(input_state("x = 1 + \\\n2\n"), Incomplete);
        assert_eq!(input_state("x = 1 \\\n\n"), Complete);
    }

    #[test]
    fn compound_statements_wait_for_an_empty_line() {
        assert_eq!(input_state("for i in range(2):\n"), Incomplete);
        assert_eq!(
            input_state("for i in range(2):\n    print(i)\n"),
            Incomplete
        );
        assert_eq!(
            input_state("for i in range(2):\n    print(i)\n\n"),
            Complete
        );
        assert_eq!(input_state("if 1: pass\n"), Incomplete);
        assert_eq!(input_state("if 1:\n  pass\nelse:\n"), Incomplete);
        assert_eq!(input_state("if 1:\n  pass\nelse:\n  pass\n"), Incomplete);
        assert_eq!(input_state("@dec\n"), Incomplete);
        assert_eq!(input_state("@dec\ndef f(): pass\n"), Incomplete);
        assert_eq!(
            input_state("class A:\n  def f(self):\n    return (1,\n\n"),
            Incomplete
        );
        // An empty line right after the header: run it, the parser reports
        // "expected an indented block".
        assert_eq!(input_state("if 1:\n\n"), Complete);
    }

    #[test]
    fn a_match_statement_waits_for_an_empty_line_but_a_match_name_does_not() {
        assert_eq!(input_state("match x:\n"), Incomplete);
        assert_eq!(input_state("match x:\n    case 1:\n        pass\n"), Incomplete);
        assert_eq!(input_state("match x:\n    case 1:\n        pass\n    case _:\n        pass\n"), Incomplete);
        assert_eq!(input_state("match x:\n    case 1:\n        pass\n\n"), Complete);
        assert_eq!(input_state("match = 5\n"), Complete);
        assert_eq!(input_state("match(x)\n"), Complete);
    }

    #[test]
    fn an_error_inside_a_block_is_reported_at_once() {
        assert_eq!(input_state("for i in range(2):\n    1 +\n"), Invalid);
        assert_eq!(input_state("if 1:\n    x = (1,\n\n    2)\n"), Incomplete);
    }

    #[test]
    fn a_second_statement_after_a_block_is_invalid() {
        assert_eq!(input_state("def f():\n    return 5\nf()\n"), Invalid);
        assert_eq!(input_state("try:\n  1/0\n"), Incomplete);
        assert_eq!(input_state("try:\n  1/0\n\n"), Complete);
        assert_eq!(
            input_state("try:\n  pass\nexcept E:\n  pass\nfinally:\n  pass\n"),
            Incomplete
        );
    }

    #[test]
    fn names_that_start_with_keywords_are_not_keywords() {
        assert_ne!(input_state("format = 1\n"), Incomplete);
        assert_ne!(input_state("iffy = 2\n"), Incomplete);
    }

    #[test]
    fn blank_and_comment_lines() {
        assert!(is_blank_or_comment(""));
        assert!(is_blank_or_comment("   "));
        assert!(is_blank_or_comment("  # hi"));
        assert!(!is_blank_or_comment("x # hi"));
        assert_eq!(input_state("# only a comment\n"), Complete);
    }
}
