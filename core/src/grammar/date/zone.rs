//! Time zones after a time of day.
//!
//! ```text
//! zone    := "Z"                                   ; directly after the time
//!          | ws* offset                            ; "+03:00", "+0300", "-05"
//!          | ws* ("UTC" | "GMT") (ws* short_off)?  ; "GMT", "UTC+3", "GMT +05:30"
//!          | ws+ ABBREV                            ; "EDT", "CEST", "МСК"
//! offset  := sign hh (":"? mm)?    ; without minutes only when glued to the time
//! short_off := sign h{1,2} (":"? mm)?
//! sign    := "+" | "-" | "−"
//! ```
//!
//! Abbreviations are matched case-sensitively (`et` is French for "and").
//! Ambiguous abbreviations resolve to the reading news uses most: `IST` is
//! India (+05:30), not Ireland or Israel; `BST` is British Summer Time, not
//! Bangladesh; `CST` is US Central, not China.
//!
//! The generic US zones `ET`, `CT`, `MT` and `PT` (and `AKT`) mean "whatever
//! is in force on that day": they resolve to standard or daylight time with
//! the US rule of the date's year (see [`super::calendar::us_dst`]); with the
//! year unknown the median change days of the current rule decide.

use super::super::text::{PResult, at_word_end, fail, first, number, ws0, ws1};
use super::calendar::us_dst;

/// A parsed zone, before the date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Zone {
    /// A fixed offset from UTC, minutes.
    Fixed(i16),
    /// A US generic zone: its standard offset, minutes (DST adds 60).
    UsGeneric(i16),
}

impl Zone {
    /// The offset in force on the given day.
    pub(super) fn resolve(self, year: Option<u16>, month: u8, day: u8) -> i16 {
        match self {
            Zone::Fixed(m) => m,
            Zone::UsGeneric(std) if us_dst(year, month, day) => std.saturating_add(60),
            Zone::UsGeneric(std) => std,
        }
    }
}

/// `(abbreviation, zone)`.
static ABBREVIATIONS: &[(&str, Zone)] = &[
    ("UTC", Zone::Fixed(0)),
    ("GMT", Zone::Fixed(0)),
    ("UT", Zone::Fixed(0)),
    ("ET", Zone::UsGeneric(-300)),
    ("EST", Zone::Fixed(-300)),
    ("EDT", Zone::Fixed(-240)),
    ("CT", Zone::UsGeneric(-360)),
    ("CST", Zone::Fixed(-360)),
    ("CDT", Zone::Fixed(-300)),
    ("MT", Zone::UsGeneric(-420)),
    ("MST", Zone::Fixed(-420)),
    ("MDT", Zone::Fixed(-360)),
    ("PT", Zone::UsGeneric(-480)),
    ("PST", Zone::Fixed(-480)),
    ("PDT", Zone::Fixed(-420)),
    ("AKT", Zone::UsGeneric(-540)),
    ("AKST", Zone::Fixed(-540)),
    ("AKDT", Zone::Fixed(-480)),
    ("HST", Zone::Fixed(-600)),
    ("WET", Zone::Fixed(0)),
    ("WEST", Zone::Fixed(60)),
    ("BST", Zone::Fixed(60)),
    ("CET", Zone::Fixed(60)),
    ("CEST", Zone::Fixed(120)),
    ("MEZ", Zone::Fixed(60)),
    ("MESZ", Zone::Fixed(120)),
    ("EET", Zone::Fixed(120)),
    ("EEST", Zone::Fixed(180)),
    ("MSK", Zone::Fixed(180)),
    ("МСК", Zone::Fixed(180)),
    ("SAST", Zone::Fixed(120)),
    ("WAT", Zone::Fixed(60)),
    ("EAT", Zone::Fixed(180)),
    ("PKT", Zone::Fixed(300)),
    ("IST", Zone::Fixed(330)),
    ("HKT", Zone::Fixed(480)),
    ("SGT", Zone::Fixed(480)),
    ("AWST", Zone::Fixed(480)),
    ("JST", Zone::Fixed(540)),
    ("KST", Zone::Fixed(540)),
    // Indonesia (western, central, eastern), Indochina, the Philippines.
    ("WIB", Zone::Fixed(420)),
    ("WITA", Zone::Fixed(480)),
    ("WIT", Zone::Fixed(540)),
    ("ICT", Zone::Fixed(420)),
    ("PHT", Zone::Fixed(480)),
    ("ACST", Zone::Fixed(570)),
    ("ACDT", Zone::Fixed(630)),
    ("AEST", Zone::Fixed(600)),
    ("AEDT", Zone::Fixed(660)),
    ("NZST", Zone::Fixed(720)),
    ("NZDT", Zone::Fixed(780)),
];

/// `+` / `-` / `−` as 1 / -1.
fn sign(s: &str) -> PResult<'_, i16> {
    if let Some(rest) = s.strip_prefix('+') {
        Ok((rest, 1))
    } else if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        Ok((rest, -1))
    } else {
        fail(s)
    }
}

/// `sign h{min_h..=2} (":"? mm)?`, with minutes required when `need_minutes`.
fn offset(s: &str, min_h: usize, need_minutes: bool) -> PResult<'_, i16> {
    let (rest, sg) = sign(s)?;
    let (rest, h) = if min_h == 2 {
        number(rest, 2, 2).or_else(|_| two_digits_then_more(rest))?
    } else {
        number(rest, min_h, 2).or_else(|_| two_digits_then_more(rest))?
    };
    let after_colon = rest.strip_prefix(':');
    let (rest, m) = match number(after_colon.unwrap_or(rest), 2, 2) {
        Ok((r, m)) => (r, Some(m)),
        Err(_) if after_colon.is_some() => return fail(s),
        Err(_) => (rest, None),
    };
    if (need_minutes && m.is_none()) || h > 14 || m.unwrap_or(0) > 59 || !at_word_end(rest) {
        return fail(s);
    }
    let minutes = i16::try_from(h * 60 + m.unwrap_or(0)).unwrap_or(i16::MAX);
    Ok((rest, sg.saturating_mul(minutes)))
}

/// The hour part of `hhmm`: two digits followed by exactly two more.
fn two_digits_then_more(s: &str) -> PResult<'_, u32> {
    let (_, all) = number(s, 4, 4)?;
    let rest = s.get(2..).unwrap_or("");
    Ok((rest, all / 100))
}

/// A zone after a time of day; see the module grammar.
///
/// `iso` says whether the time was written the ISO 8601 way (after a `T`, or
/// with seconds): only then may a zone be glued to it. Elsewhere `10:00-12:00`
/// is a range, not a time at UTC−12.
pub(super) fn zone(s: &str, iso: bool) -> PResult<'_, Zone> {
    if iso {
        // "Z" glued to the time (ISO 8601).
        if let Some(rest) = s.strip_prefix('Z')
            && at_word_end(rest)
        {
            return Ok((rest, Zone::Fixed(0)));
        }
        // A numeric offset glued to the time may omit the minutes ("+03").
        if let Ok((rest, m)) = offset(s, 2, false) {
            return Ok((rest, Zone::Fixed(m)));
        }
    }
    let (after_ws, spaces) = ws0(s)?;
    if !spaces.is_empty()
        && let Ok((rest, m)) = offset(after_ws, 2, true)
    {
        return Ok((rest, Zone::Fixed(m)));
    }
    // "UTC" / "GMT" with an optional short offset.
    for utc in ["UTC", "GMT"] {
        if let Some(rest) = after_ws.strip_prefix(utc) {
            let (r2, _) = ws0(rest)?;
            if first(r2).is_some_and(|c| matches!(c, '+' | '-' | '−'))
                && let Ok((r3, m)) = offset(r2, 1, false)
            {
                return Ok((r3, Zone::Fixed(m)));
            }
            if at_word_end(rest) {
                return Ok((rest, Zone::Fixed(0)));
            }
        }
    }
    // Abbreviations need a space before them ("10:28am EST").
    let (after_ws, _) = ws1(s)?;
    ABBREVIATIONS
        .iter()
        .find_map(|&(abbr, z)| {
            after_ws
                .strip_prefix(abbr)
                .filter(|rest| at_word_end(rest))
                .map(|rest| (rest, z))
        })
        .map_or_else(|| fail(s), Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones() {
        assert_eq!(zone("Z", true), Ok(("", Zone::Fixed(0))));
        assert!(zone("Z", false).is_err());
        assert_eq!(zone("+03:00 x", true), Ok((" x", Zone::Fixed(180))));
        assert!(zone("-12:00", false).is_err());
        assert_eq!(zone("+0000", true), Ok(("", Zone::Fixed(0))));
        assert_eq!(zone("-05", true), Ok(("", Zone::Fixed(-300))));
        assert_eq!(zone(" +03:00", false), Ok(("", Zone::Fixed(180))));
        assert!(zone(" -05", false).is_err());
        assert_eq!(zone(" GMT+3", false), Ok(("", Zone::Fixed(180))));
        assert_eq!(zone(" UTC -05:30", false), Ok(("", Zone::Fixed(-330))));
        assert_eq!(zone(" EDT.", false), Ok((".", Zone::Fixed(-240))));
        assert_eq!(zone(" ET,", false), Ok((",", Zone::UsGeneric(-300))));
        assert!(zone(" AMT", false).is_err());
        assert!(zone(" et", false).is_err());
        assert!(zone(" ESTONIA", false).is_err());
        assert!(zone("+15:00", true).is_err());
    }

    #[test]
    fn generic_resolution() {
        let et = Zone::UsGeneric(-300);
        assert_eq!(et.resolve(Some(2025), 10, 20), -240);
        assert_eq!(et.resolve(Some(2019), 11, 19), -300);
    }
}
