//! TEMP shim: bylines.

/// A parsed byline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Byline<'a> {
    /// Authors.
    pub authors: heapless::Vec<&'a str, 8>,
    /// Outlet.
    pub outlet: Option<&'a str>,
    /// Role.
    pub role: Option<&'a str>,
}

/// Whole line is a byline.
pub fn parse_byline(line: &str) -> Option<Byline<'_>> {
    let _ = line;
    None
}
