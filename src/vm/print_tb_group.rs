//! Printing exception groups the way CPython 3.11's `sys.excepthook` does
//! (pythonrun.c): the nested box layout
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "x.py", line 3, in <module>
//!   | ExceptionGroup: msg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: a
//!     +------------------------------------
//! ```
//!
//! with `max_group_width` 15 and `max_group_depth` 10, and PEP 678 notes
//! (also used for plain exceptions by print_tb.rs). print_tb.rs hands the
//! whole chain to [`Vm::format_exception_with_groups`] when a group is in it.

use crate::heap::ObjRef;
use crate::types::exceptions_group::{group_exceptions, is_group};

use super::Vm;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
const CAUSE_MESSAGE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str = "During handling of the above exception, another exception occurred:\n";

/// CPython's `exception_print_context`.
struct Ctx {
    seen: Vec<ObjRef>,
    depth: usize,
    need_close: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }
    /// The indent and margin every boxed line starts with.
    fn prefix(&self) -> String {
        format!("{}{}", self.indent(), self.margin())
    }
}

impl Vm {
    /// True when `exc` or an exception in its `__cause__` / `__context__`
    /// chain is an exception group (then the group printer is needed).
    pub fn exc_chain_has_group(&self, exc: ObjRef) -> bool {
        let mut seen = Vec::new();
        let mut todo = vec![exc];
        while let Some(e) = todo.pop() {
            if seen.contains(&e) {
                continue;
            }
            seen.push(e);
            if is_group(self, e) {
                return true;
            }
            if let Some(d) = self.exc_data(e) {
                todo.extend(d.cause);
                todo.extend(d.context);
            }
        }
        false
    }

    /// The full text of an uncaught exception whose chain holds a group.
    pub fn format_exception_with_groups(&mut self, exc: ObjRef, out: &mut String) {
        let mut ctx = Ctx { seen: Vec::new(), depth: 0, need_close: false };
        self.print_exception_recursive(&mut ctx, exc, out);
    }

    /// PEP 678 notes after the exception line: each note's lines behind
    /// `prefix`, a repr for a non-sequence `__notes__` (pythonrun.c's
    /// print_exception_notes).
    pub fn format_exception_notes(&mut self, exc: ObjRef, prefix: &str, out: &mut String) {
        let k = self.intern("__notes__");
        let notes = self.getattr_opt(exc, k);
        self.decref(k);
        let notes = match notes {
            Ok(Some(n)) => n,
            Ok(None) => return,
            Err(e) => {
                self.drop_err(e);
                return;
            }
        };
        let t = self.ty(notes);
        let is_seq = !self.is_subtype(t, self.t.dict) && self.lookup_str(t, "__getitem__").is_some();
        if !is_seq {
            out.push_str(prefix);
            match self.repr_string(notes) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    self.drop_err(e);
                    out.push_str("<__notes__ repr() failed>");
                }
            }
            // CPython 3.11 writes no line break after this repr.
            self.decref(notes);
            return;
        }
        let items = match self.collect_iter(notes) {
            Ok(v) => v,
            Err(e) => {
                self.drop_err(e);
                Vec::new()
            }
        };
        self.decref(notes);
        for it in items {
            match self.str_string(it) {
                Ok(s) => {
                    for line in splitlines_keep_ends(&s) {
                        out.push_str(prefix);
                        out.push_str(line);
                    }
                }
                Err(e) => {
                    self.drop_err(e);
                    out.push_str("<note str() failed>");
                }
            }
            out.push('\n');
            self.decref(it);
        }
    }

    fn print_exception_recursive(&mut self, ctx: &mut Ctx, exc: ObjRef, out: &mut String) {
        self.print_cause_and_context(ctx, exc, out);
        if is_group(self, exc) {
            self.print_exception_group(ctx, exc, out);
        } else {
            self.print_one_boxed(ctx, exc, out);
        }
    }

    fn print_cause_and_context(&mut self, ctx: &mut Ctx, exc: ObjRef, out: &mut String) {
        ctx.seen.push(exc);
        let Some(d) = self.exc_data(exc) else { return };
        let (cause, context, suppress) = (d.cause, d.context, d.suppress_context);
        if let Some(c) = cause {
            if !ctx.seen.contains(&c) {
                self.print_chained(ctx, c, CAUSE_MESSAGE, out);
            }
            return;
        }
        if suppress {
            return;
        }
        if let Some(c) = context {
            if !ctx.seen.contains(&c) {
                self.print_chained(ctx, c, CONTEXT_MESSAGE, out);
            }
        }
    }

    fn print_chained(&mut self, ctx: &mut Ctx, exc: ObjRef, message: &str, out: &mut String) {
        let need_close = ctx.need_close;
        self.print_exception_recursive(ctx, exc, out);
        ctx.need_close = need_close;
        let p = ctx.prefix();
        out.push_str(&format!("{p}\n{p}{message}{p}\n"));
    }

    /// One exception (traceback, message, notes) with the box's margins.
    fn print_one_boxed(&mut self, ctx: &mut Ctx, exc: ObjRef, out: &mut String) {
        let prefix = ctx.prefix();
        let tb = self.exc_data(exc).and_then(|d| d.traceback);
        if let Some(tb) = tb {
            let group = is_group(self, exc);
            let header = if group { "Exception Group Traceback (most recent call last):" } else { "Traceback (most recent call last):" };
            let header_margin = if group && ctx.depth == 1 { "+ " } else { ctx.margin() };
            out.push_str(&format!("{}{header_margin}{header}\n", ctx.indent()));
            let mut tb_text = String::new();
            self.format_traceback(tb, &mut tb_text);
            for line in split_lines_keep_ends(&tb_text) {
                out.push_str(&prefix);
                out.push_str(line);
            }
        }
        let mut msg = String::new();
        self.format_exception_message(exc, &mut msg);
        let lines: Vec<&str> = split_lines_keep_ends(&msg).collect();
        let is_syntax = self.isinstance_type(exc, self.t.syntax_error);
        for (i, line) in lines.iter().enumerate() {
            // Only the "  File" line and the final "Type: msg" line of a
            // SyntaxError get the margin; a message's later lines never do.
            let boxed = if is_syntax { (i == 0 && line.starts_with("  File ")) || i + 1 == lines.len() } else { i == 0 };
            if boxed {
                out.push_str(&prefix);
            }
            out.push_str(line);
        }
        self.format_exception_notes(exc, &prefix, out);
    }

    fn print_exception_group(&mut self, ctx: &mut Ctx, exc: ObjRef, out: &mut String) {
        if ctx.depth > MAX_GROUP_DEPTH {
            out.push_str(&format!("{}... (max_group_depth is {MAX_GROUP_DEPTH})\n", ctx.prefix()));
            return;
        }
        if ctx.depth == 0 {
            ctx.depth = 1;
        }
        self.print_one_boxed(ctx, exc, out);
        let excs = group_exceptions(self, exc).unwrap_or_default();
        for &e in &excs {
            self.incref(e);
        }
        let n = if excs.len() <= MAX_GROUP_WIDTH { excs.len() } else { MAX_GROUP_WIDTH + 1 };
        ctx.need_close = false;
        for (i, &sub) in excs.iter().enumerate().take(n) {
            let last = i == n - 1;
            if last {
                // The closing line may be written by a nested group instead.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let head = if i == 0 { "+-" } else { "  " };
            let label = if truncated { "...".to_string() } else { (i + 1).to_string() };
            out.push_str(&format!("{}{head}+---------------- {label} ----------------\n", ctx.indent()));
            ctx.depth += 1;
            if !truncated {
                self.print_exception_recursive(ctx, sub, out);
            } else {
                let rest = excs.len() - MAX_GROUP_WIDTH;
                out.push_str(&format!("{}and {rest} more exception{}\n", ctx.prefix(), if rest > 1 { "s" } else { "" }));
            }
            if last && ctx.need_close {
                out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        for e in excs {
            self.decref(e);
        }
        if ctx.depth == 1 {
            ctx.depth = 0;
        }
    }
}

/// Lines of text the printer built itself (only `\n` breaks), ends kept.
fn split_lines_keep_ends(s: &str) -> impl Iterator<Item = &str> {
    s.split_inclusive('\n')
}

/// `str.splitlines(keepends=True)`, for notes (any Unicode line break).
fn splitlines_keep_ends(s: &str) -> Vec<&str> {
    let mut v = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let end = match c {
            '\r' => {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    i + 2
                } else {
                    i + 1
                }
            }
            '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}' => i + c.len_utf8(),
            _ => continue,
        };
        v.push(&s[start..end]);
        start = end;
    }
    if start < s.len() {
        v.push(&s[start..]);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::{split_lines_keep_ends, splitlines_keep_ends};

    #[test]
    fn splits_keeping_ends() {
        let v: Vec<&str> = split_lines_keep_ends("a\nb\n").collect();
        assert_eq!(v, ["a\n", "b\n"]);
        let v: Vec<&str> = split_lines_keep_ends("").collect();
        assert!(v.is_empty());
        let v: Vec<&str> = split_lines_keep_ends("x").collect();
        assert_eq!(v, ["x"]);
        assert_eq!(splitlines_keep_ends("a\r\nb\rc\u{2028}d"), ["a\r\n", "b\r", "c\u{2028}", "d"]);
        assert!(splitlines_keep_ends("").is_empty());
    }
}
