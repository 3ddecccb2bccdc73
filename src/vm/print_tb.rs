//! Printing uncaught exceptions exactly as CPython 3.11 does: chained
//! exceptions, `Traceback (most recent call last):`, source lines with
//! 3.11's caret lines (`~~~^~~~` anchors for binary operators and
//! subscripts), `[Previous line repeated N more times]`, and the final
//! `Type: message` line (SyntaxError has its own layout).

use crate::heap::{ObjRef, Payload};
use crate::syntax::ast::{ExprKind, StmtKind};

use super::Vm;

impl Vm {
    /// Writes the exception (with its chain and traceback) to stderr.
    pub fn print_exception(&mut self, exc: ObjRef) {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(exc, &mut out, &mut seen);
        self.write_stderr(&out);
    }

    /// The full text CPython would print for an uncaught exception.
    pub fn format_exception_text(&mut self, exc: ObjRef) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_exception_chain(&mut self, exc: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>) {
        // Exception groups print in boxes (print_tb_group.rs).
        if seen.is_empty() && self.exc_chain_has_group(exc) {
            self.format_exception_with_groups(exc, out);
            return;
        }
        seen.push(exc);
        if let Some(d) = self.exc_data(exc) {
            let (cause, context, suppress) = (d.cause, d.context, d.suppress_context);
            if let Some(c) = cause.filter(|c| !seen.contains(c)) {
                self.format_exception_chain(c, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(c)) {
                self.format_exception_chain(c, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        self.format_one_exception(exc, out);
    }

    fn format_one_exception(&mut self, exc: ObjRef, out: &mut String) {
        let tb = self.exc_data(exc).and_then(|d| d.traceback);
        if let Some(tb) = tb {
            out.push_str("Traceback (most recent call last):\n");
            self.format_traceback(tb, out);
        }
        self.format_exception_message(exc, out);
        self.format_exception_notes(exc, "", out);
    }

    /// The `Type: message` part (SyntaxError's own layout), no notes.
    pub(super) fn format_exception_message(&mut self, exc: ObjRef, out: &mut String) {
        let ty = self.ty(exc);
        let tname = self.exc_type_display_name(ty);
        if self.is_subtype(ty, self.t.syntax_error) && self.format_syntax_error(exc, &tname, out) {
            return;
        }
        let msg = if ty == self.t.key_error || self.is_subtype(ty, self.t.key_error) && !self.type_data(ty).heap_type {
            // KeyError shows the repr of a single argument.
            let args = self.exc_data(exc).map(|d| d.args);
            match args.and_then(|a| self.tuple_items(a).map(|t| t.to_vec())) {
                Some(items) if items.len() == 1 => self.repr_string(items[0]),
                _ => self.str_string(exc),
            }
        } else {
            self.str_string(exc)
        };
        let mut msg = match msg {
            Ok(m) => m,
            Err(e) => {
                self.drop_err(e);
                "<exception str() failed>".to_string()
            }
        };
        if self.is_subtype(ty, self.t.name_error) || self.is_subtype(ty, self.t.attribute_error) {
            if let Ok(Some(s)) = self.instance_attr_str(exc, "_pyrite_suggestion") {
                msg.push_str(&format!(". Did you mean: '{s}'?"));
            } else if self.is_subtype(ty, self.t.attribute_error) {
                if let Some(s) = self.attribute_suggestion(exc) {
                    msg.push_str(&format!(". Did you mean: '{s}'?"));
                }
            }
        }
        if msg.is_empty() {
            out.push_str(&tname);
        } else {
            out.push_str(&format!("{tname}: {msg}"));
        }
        out.push('\n');
    }

    /// 3.11's suggestion for an AttributeError: the closest name in `dir(obj)`.
    fn attribute_suggestion(&mut self, exc: ObjRef) -> Option<String> {
        let (kn, ko) = (self.n.name, self.n.obj);
        let name = self.instance_attr(exc, kn).ok().flatten()?;
        let obj = match self.instance_attr(exc, ko).ok().flatten() {
            Some(o) => o,
            None => {
                self.decref(name);
                return None;
            }
        };
        let n = self.as_str(name).map(|s| s.to_string());
        let cands = self.dir_names(obj).unwrap_or_default();
        self.decref(name);
        self.decref(obj);
        suggest(&n?, &cands)
    }

    fn instance_attr_str(&mut self, obj: ObjRef, name: &str) -> crate::vm::PyResult<Option<String>> {
        let n = self.intern(name);
        let v = self.instance_attr(obj, n);
        self.decref(n);
        Ok(match v? {
            Some(v) => {
                let s = self.as_str(v).map(|s| s.to_string());
                self.decref(v);
                s
            }
            None => None,
        })
    }

    /// `module.Qualname` unless the module is builtins or __main__.
    pub fn exc_type_display_name(&mut self, ty: ObjRef) -> String {
        let name = self.type_data(ty).name.clone();
        let q = self.type_data(ty).qualname;
        let qual = self.as_str(q).map(|s| s.to_string()).unwrap_or(name);
        let d = self.type_dict(ty);
        let module = self.dict_get_str(d, "__module__").and_then(|m| self.as_str(m)).map(|s| s.to_string());
        match module.as_deref() {
            None | Some("builtins") | Some("__main__") => qual,
            Some(m) => format!("{m}.{qual}"),
        }
    }

    /// CPython's layout for a SyntaxError whose details parse (see
    /// [`SyntaxDetails`]): `File "f", line N`, the text with its caret line,
    /// then `Type: msg`. False (nothing written) when they do not parse —
    /// the exception then prints like any other (`SyntaxError: m (f.py)`).
    fn format_syntax_error(&mut self, exc: ObjRef, tname: &str, out: &mut String) -> bool {
        let Some(d) = self.syntax_details(exc) else { return false };
        out.push_str(&format!("  File \"{}\", line {}\n", d.filename, d.lineno));
        if let Some(text) = &d.text {
            let mut end_offset = d.end_offset;
            let size = text.len() as i64;
            // A span over several lines is shown up to the end of its first.
            if d.end_lineno > d.lineno {
                end_offset = size;
            }
            end_offset = end_offset.min(size + 1);
            out.push_str(&error_text_lines(text, d.offset, end_offset));
        }
        let m = match d.msg {
            None => String::new(),
            Some(m) => {
                let s = self.str_string(m);
                self.decref(m);
                s.unwrap_or_else(|e| {
                    self.drop_err(e);
                    "<exception str() failed>".to_string()
                })
            }
        };
        if m.is_empty() {
            out.push_str(&format!("{tname}\n"));
        } else {
            out.push_str(&format!("{tname}: {m}\n"));
        }
        true
    }

    /// CPython's `parse_syntax_error`: the printable details of a
    /// SyntaxError, or None when `lineno` (or a given offset) is not an int.
    fn syntax_details(&mut self, exc: ObjRef) -> Option<SyntaxDetails> {
        let msg = match crate::types::exceptions_syntax::syntax_error_msg(self, exc) {
            Ok(m) => m,
            Err(e) => {
                self.drop_err(e);
                return None;
            }
        };
        let release = |vm: &mut Vm, msg: ObjRef| {
            vm.decref(msg);
            None
        };
        let Some(fobj) = self.attr_or_none(exc, "filename") else { return release(self, msg) };
        let filename = if fobj == self.none_obj { Ok("<string>".to_string()) } else { self.str_string(fobj) };
        self.decref(fobj);
        let filename = match filename {
            Ok(f) => f,
            Err(e) => {
                self.drop_err(e);
                return release(self, msg);
            }
        };
        let Some(lineno) = self.int_attr(exc, "lineno", None) else { return release(self, msg) };
        let Some(offset) = self.int_attr(exc, "offset", Some(-1)) else { return release(self, msg) };
        let (end_lineno, end_offset) = if self.ty(exc) == self.t.syntax_error {
            let Some(el) = self.int_attr(exc, "end_lineno", Some(lineno)) else { return release(self, msg) };
            let Some(eo) = self.int_attr(exc, "end_offset", Some(-1)) else { return release(self, msg) };
            (el, eo)
        } else {
            // The subclasses (IndentationError, TabError) show one caret.
            (lineno, -1)
        };
        let Some(tobj) = self.attr_or_none(exc, "text") else { return release(self, msg) };
        let text = if tobj == self.none_obj { None } else { self.as_str(tobj).map(|s| s.to_string()) };
        self.decref(tobj);
        let msg = if msg == self.none_obj {
            self.decref(msg);
            None
        } else {
            Some(msg)
        };
        Some(SyntaxDetails { msg, filename, lineno, offset, end_lineno, end_offset, text })
    }

    /// An attribute (owned), None when the lookup raises.
    fn attr_or_none(&mut self, obj: ObjRef, name: &str) -> Option<ObjRef> {
        match self.getattr_str(obj, name) {
            Ok(v) => Some(v),
            Err(e) => {
                self.drop_err(e);
                None
            }
        }
    }

    /// An int attribute as CPython's `PyLong_AsSsize_t` reads it: None maps
    /// to `none` (no default: not accepted); other non-ints (and ints beyond
    /// a machine word) give None.
    fn int_attr(&mut self, obj: ObjRef, name: &str, none: Option<i64>) -> Option<i64> {
        let v = self.attr_or_none(obj, name)?;
        let r = if v == self.none_obj {
            none
        } else if self.isinstance_type(v, self.t.int) {
            self.as_int(v)
        } else {
            None
        };
        self.decref(v);
        r
    }

    pub(crate) fn format_traceback(&mut self, tb: ObjRef, out: &mut String) {
        let mut entries = Vec::new();
        let mut cur = Some(tb);
        while let Some(t) = cur {
            let Payload::Traceback(td) = self.heap.get(t) else { break };
            entries.push((td.code, td.lasti, td.lineno));
            cur = td.next;
        }
        let mut last: Option<(String, u32, String)> = None;
        let mut count = 0usize;
        for (code_obj, lasti, lineno) in entries {
            let Payload::Code(cd) = self.heap.get(code_obj) else { continue };
            let code = cd.code.clone();
            // Frames of stdlib modules CPython writes in C (see the function).
            if crate::modules::stdlib::hidden_in_tracebacks(&code.filename) {
                continue;
            }
            let key = (code.filename.to_string(), lineno, code.name.to_string());
            if last.as_ref() == Some(&key) {
                count += 1;
                if count > 3 {
                    continue;
                }
            } else {
                if count > 3 {
                    let n = count - 3;
                    out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
                }
                last = Some(key);
                count = 1;
            }
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.filename, lineno, code.name));
            let loc = code.locations.get(lasti as usize).copied().unwrap_or_default();
            self.format_source_line(&code.filename, lineno, loc, out);
        }
        if count > 3 {
            let n = count - 3;
            out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
        }
    }

    /// The source text of a file as tracebacks see it (cached; embedded
    /// stdlib modules included). None for `<stdin>`, `<string>` and the like.
    pub fn traceback_source(&mut self, filename: &str) -> Option<std::rc::Rc<str>> {
        // Like linecache, only real files have source lines (not <stdin>, <string>).
        if filename.starts_with('<') && !filename.starts_with(crate::modules::stdlib::PREFIX) {
            return None;
        }
        match self.sources.get(filename) {
            Some(s) => Some(s.clone()),
            None => match std::fs::read_to_string(filename) {
                Ok(s) => {
                    let rc: std::rc::Rc<str> = std::rc::Rc::from(s.as_str());
                    self.sources.insert(filename.to_string(), rc.clone());
                    Some(rc)
                }
                Err(_) => None,
            },
        }
    }

    fn format_source_line(&mut self, filename: &str, lineno: u32, loc: crate::bytecode::Loc, out: &mut String) {
        if lineno == 0 || self.imports_shut_down() {
            return;
        }
        let Some(src) = self.traceback_source(filename) else { return };
        let Some(line) = src.split('\n').nth(lineno as usize - 1) else { return };
        let line = line.trim_end_matches('\r');
        let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
        let lead = line.len() - stripped.len();
        let shown = stripped.trim_end();
        if shown.is_empty() {
            return;
        }
        out.push_str(&format!("    {shown}\n"));
        if let Some(carets) = caret_line(line, lead, loc) {
            out.push_str(&carets);
        }
    }
}

/// 3.11's caret line for an instruction's location on `line` (None when omitted).
pub fn caret_line(line: &str, lead: usize, loc: crate::bytecode::Loc) -> Option<String> {
    if loc.line == 0 || loc.end_line == 0 {
        return None;
    }
    let to_chars = |byte: usize| -> usize { line.get(..byte.min(line.len())).map_or(0, |s| s.chars().count()) };
    let start = to_chars(loc.col as usize);
    let mut end = to_chars(loc.end_col as usize);
    let mut anchors = None;
    if loc.line == loc.end_line {
        let seg_bytes = line.get(loc.col as usize..(loc.end_col as usize).min(line.len()))?;
        anchors = extract_anchors(seg_bytes);
    } else {
        end = line.trim_end().chars().count();
    }
    let line_chars = line.chars().count();
    let lead_chars = to_chars(lead);
    let stripped_len = line_chars - lead_chars;
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return None;
    }
    if end <= start {
        return None;
    }
    let (left, right, primary, secondary) = match anchors {
        Some((l, r)) => (start + l, start + r, '~', '^'),
        None => (end, end, '^', '^'),
    };
    let mut s = String::from("    ");
    for c in lead_chars..end {
        let ch = if c < start {
            ' '
        } else if anchors.is_some() && left <= c && c < right {
            secondary
        } else {
            primary
        };
        s.push(ch);
    }
    s.push('\n');
    Some(s)
}

/// Anchors inside a segment that parses as a binary operation or subscript
/// expression: (left, right) character offsets of the `^` part.
fn extract_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::syntax::parse(segment, "<string>", crate::syntax::Mode::Exec).ok()?;
    let stmt = module.body.first()?;
    let StmtKind::Expr(e) = &stmt.kind else { return None };
    let bytes = segment.as_bytes();
    let to_chars = |b: usize| segment.get(..b.min(segment.len())).map_or(b, |s| s.chars().count());
    match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            if left.span.end_line != 1 || right.span.line != 1 {
                return None;
            }
            let (from, to) = (left.span.end_col as usize, right.span.col as usize);
            for i in from..to.min(bytes.len()) {
                if bytes[i].is_ascii_whitespace() {
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < to && !bytes[i + 1].is_ascii_whitespace() {
                    r += 1;
                }
                return Some((to_chars(i), to_chars(r)));
            }
            None
        }
        ExprKind::Subscript { value, slice, .. } => {
            if value.span.end_line != 1 || slice.span.end_line != 1 {
                return None;
            }
            Some((to_chars(value.span.end_col as usize), to_chars(slice.span.end_col as usize) + 1))
        }
        _ => None,
    }
}

/// CPython 3.11's "Did you mean" suggestion (Levenshtein with its costs).
pub fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= 750 {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let max = (name.len() + c.len() + 3) * 2 / 6;
        let d = levenshtein(name, c, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

fn levenshtein(a: &str, b: &str, max: usize) -> usize {
    const MOVE: usize = 2;
    const CASE: usize = 1;
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return 0;
    }
    let cost = |x: char, y: char| -> usize {
        if x == y {
            0
        } else if x.eq_ignore_ascii_case(&y) {
            CASE
        } else {
            MOVE
        }
    };
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * MOVE).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * MOVE; b.len() + 1];
        for j in 1..=b.len() {
            cur[j] = (prev[j] + MOVE).min(cur[j - 1] + MOVE).min(prev[j - 1] + cost(a[i - 1], b[j - 1]));
        }
        prev = cur;
    }
    let d = prev[b.len()];
    if d > max {
        max + 1
    } else {
        d
    }
}

/// What a SyntaxError prints from (CPython's `parse_syntax_error`).
struct SyntaxDetails {
    /// Owned; None when the message is None.
    msg: Option<ObjRef>,
    filename: String,
    lineno: i64,
    offset: i64,
    end_lineno: i64,
    end_offset: i64,
    text: Option<String>,
}

/// The source line and caret line under a SyntaxError's `File` line, as
/// CPython's `print_error_text` writes them: offsets count UTF-8 bytes of
/// `text`; leading blanks are dropped (moving the caret with them); an
/// offset inside a later line of a multi-line text shows from that line;
/// no caret when it would point left of the text.
fn error_text_lines(text: &str, offset: i64, end_offset: i64) -> String {
    let carets = if end_offset > 0 && end_offset > offset { end_offset.saturating_sub(offset) } else { 1 };
    // C string semantics: the text ends at a NUL.
    let mut t = text.as_bytes();
    if let Some(nul) = t.iter().position(|&b| b == 0) {
        t = &t[..nul];
    }
    let mut offset = offset.saturating_sub(1);
    while let Some((b' ' | b'\t' | b'\x0c', rest)) = t.split_first() {
        t = rest;
        offset -= 1;
    }
    let mut len = t.len() as i64;
    if t.last() == Some(&b'\n') {
        len -= 1;
    }
    offset = offset.min(len);
    while let Some(nl) = t.iter().position(|&b| b == b'\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        t = &t[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    let mut out = String::from("    ");
    out.push_str(&String::from_utf8_lossy(t));
    if t.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset >= 0 {
        out.push_str("    ");
        out.push_str(&" ".repeat(offset as usize));
        out.push_str(&"^".repeat(carets.max(0) as usize));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::error_text_lines;

    #[test]
    fn caret_under_stripped_text() {
        assert_eq!(error_text_lines("hello world", 2, 5), "    hello world\n     ^^^\n");
        // Leading blanks go; an offset left of the text shows no caret.
        assert_eq!(error_text_lines("   abc  \n", 2, 4), "    abc  \n");
        // Offsets count UTF-8 bytes; past the end they stop at the end.
        assert_eq!(error_text_lines("é $\n", 4, -1), "    é $\n       ^\n");
        assert_eq!(error_text_lines("abc", 10, -1), "    abc\n       ^\n");
    }

    #[test]
    fn offset_in_a_later_line() {
        assert_eq!(error_text_lines("ab\ncdef\n", 6, 7), "    cdef\n      ^\n");
    }
}
