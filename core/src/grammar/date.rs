//! TEMP shim: dates.

/// Time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Time {
    /// Hour.
    pub hour: u8,
    /// Minute.
    pub minute: u8,
    /// Second.
    pub second: Option<u8>,
    /// UTC offset.
    pub offset_minutes: Option<i16>,
}

/// A date, maybe without year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    /// Year.
    pub year: Option<u16>,
    /// Month.
    pub month: u8,
    /// Day.
    pub day: u8,
    /// Time.
    pub time: Option<Time>,
}

/// ISO 8601 text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Iso {
    buf: [u8; 25],
    len: u8,
}

impl Iso {
    /// The text.
    pub fn as_str(&self) -> &str {
        let n = usize::from(self.len).min(self.buf.len());
        self.buf.get(..n).and_then(|b| core::str::from_utf8(b).ok()).unwrap_or("")
    }
}

impl DateTime {
    /// ISO text; `None` when the year is unknown.
    pub fn iso(&self) -> Option<Iso> {
        None
    }
    /// Same date with `year`.
    pub fn with_year(self, year: u16) -> DateTime {
        DateTime { year: Some(year), ..self }
    }
}

/// Date at the start of `s`.
pub fn parse_date(s: &str) -> Option<(DateTime, usize)> {
    let _ = s;
    None
}

/// First date anywhere in `line`.
pub fn find_date(line: &str) -> Option<(DateTime, crate::Span)> {
    let _ = line;
    None
}
