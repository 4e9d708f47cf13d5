//! TEMP shim: photo credits.

/// A photo credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Credit<'a> {
    /// Who.
    pub who: &'a str,
    /// Where in the line.
    pub span: crate::Span,
}

/// Whole line is a credit.
pub fn parse_credit(line: &str) -> Option<Credit<'_>> {
    let _ = line;
    None
}

/// Credit at the end of a caption line.
pub fn trailing_credit(line: &str) -> Option<Credit<'_>> {
    let _ = line;
    None
}
