//! TEMP shim: outlet credits and datelines.

/// Where the outlet credit sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// Start of the line.
    Leading,
    /// End of the line.
    Trailing,
    /// The whole line.
    Whole,
}

/// An outlet credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutletCredit<'a> {
    /// Outlet.
    pub outlet: &'a str,
    /// Where.
    pub span: crate::Span,
    /// Position.
    pub position: Position,
}

/// Outlet credit in a line.
pub fn find_outlet(line: &str) -> Option<OutletCredit<'_>> {
    let _ = line;
    None
}

/// A dateline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline<'a> {
    /// Place.
    pub place: Option<&'a str>,
    /// Outlet.
    pub outlet: Option<&'a str>,
    /// Where the body starts.
    pub body_start: usize,
}

/// Dateline at the start of a line.
pub fn parse_dateline(line: &str) -> Option<Dateline<'_>> {
    let _ = line;
    None
}
