//! Pure text formatting: float repr, the format-spec mini-language, `%`
//! formatting and number parsing. No heap access; the types call into it.
