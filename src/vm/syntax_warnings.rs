//! Issuing the compiler's SyntaxWarnings (`compile::warnings`) once a
//! compilation returns: each goes through `warnings.warn_explicit`, as
//! CPython's `compiler_warn` calls `PyErr_WarnExplicitObject` (no module,
//! no registry: every compilation warns again). A warning that a filter
//! turns into an exception becomes the SyntaxError CPython raises instead.

use super::{PyResult, Vm};

impl Vm {
    /// Issues the warnings the last compilation of `source` recorded.
    pub fn issue_syntax_warnings(&mut self, source: &str, filename: &str) -> PyResult<()> {
        let pending = crate::compile::warnings::take_warnings(source, filename);
        if pending.is_empty() {
            return Ok(());
        }
        let none = self.none_obj;
        let module = self.import_module_level("warnings", none, none, 0)?;
        let warn_explicit = self.getattr_str(module, "warn_explicit");
        self.decref(module);
        let warn_explicit = warn_explicit?;
        let mut result = Ok(());
        for w in pending {
            let msg = self.new_str(w.msg.clone());
            let category = self.t.syntax_warning;
            let fname = self.new_str(filename.to_string());
            let line = self.new_int(i64::from(w.line));
            let r = self.call(warn_explicit, &[msg, category, fname, line]);
            for o in [msg, fname, line] {
                self.decref(o);
            }
            match r {
                Ok(v) => self.decref(v),
                Err(e) => {
                    let as_error = self.isinstance_type(e.exc, self.t.syntax_warning);
                    result = if as_error {
                        self.drop_err(e);
                        let exc = self.syntax_error_obj(&w);
                        Err(self.raise_obj(exc))
                    } else {
                        Err(e)
                    };
                    break;
                }
            }
        }
        self.decref(warn_explicit);
        result
    }
}
