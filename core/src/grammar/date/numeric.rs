//! All-numeric dates.
//!
//! ```text
//! ymd   := yyyy S m{1,2} S d{1,2} ("T" clock)?     ; S one of - / .  (same twice)
//!        | yyyy ". " m{1,2} ". " d{1,2} "."         ; Korean: "2023. 11. 10."
//! dmy   := d{1,2} "." m{1,2} "." (yyyy | dd.mm.yy)
//! us    := a{1,2} S b{1,2} S (yyyy | yy)           ; S one of / -  (yy only with /)
//! ```
//!
//! `us` reads month first (`10/11/2025` is 11 October): most English news
//! with slashed dates is American. When the first number cannot be a month
//! (`20/11/2019`) the order is day first; [`NumericOrder::DayFirst`] flips
//! the preference for callers that know the page is European. Dotted dates
//! (`20.10.2025`) are always day first. Two-digit years mean 2000–2069 or
//! 1970–1999; dotted two-digit years need two-digit day and month
//! (`05.11.18`), so version numbers like `1.2.33` do not parse.
//!
//! [`NumericOrder::DayFirst`]: super::NumericOrder::DayFirst

use super::super::text::{PResult, fail, first, number};
use super::calendar::valid;
use super::time::{Clock, clock};
use super::{NumericOrder, Ymd, end_ok, year4};

/// A date separator, returned with the rest.
fn sep(s: &str) -> PResult<'_, char> {
    match first(s) {
        Some(c @ ('-' | '/' | '.')) => Ok((s.get(1..).unwrap_or(""), c)),
        _ => fail(s),
    }
}

/// `sep` equal to `want`.
fn same_sep(s: &str, want: char) -> PResult<'_, ()> {
    match sep(s) {
        Ok((r, c)) if c == want => Ok((r, ())),
        _ => fail(s),
    }
}

/// Year-first: `2025-10-19`, `2025/10/19`, `2018.04.05`, with an ISO `T` time.
pub(super) fn ymd(s: &str) -> PResult<'_, (Ymd, Option<Clock>)> {
    let (r, year) = year4(s)?;
    let (r, c) = sep(r)?;
    // Korean sites space the dotted form and close it with a dot:
    // `2023. 11. 10.`; the spaces and the final dot come together.
    let spaced = c == '.' && r.starts_with(' ');
    let r = if spaced { r.get(1..).unwrap_or("") } else { r };
    let (r, month) = number(r, 1, 2)?;
    let (r, _) = same_sep(r, c)?;
    let r = match (spaced, r.strip_prefix(' ')) {
        (false, _) => r,
        (true, Some(after)) => after,
        (true, None) => return fail(s),
    };
    let (r, day) = number(r, 1, 2)?;
    let r = match (spaced, r.strip_prefix('.')) {
        (false, _) => r,
        (true, Some(after)) => after,
        (true, None) => return fail(s),
    };
    let Some(ymd) = Ymd::new(Some(year), month, day) else {
        return fail(s);
    };
    if c == '-'
        && let Some(t) = r.strip_prefix(['T', 't'])
    {
        let (r, time) = clock(t, true)?;
        return Ok((r, (ymd, Some(time))));
    }
    if !end_ok(r) {
        return fail(s);
    }
    Ok((r, (ymd, None)))
}

/// Two-digit year as a full year.
fn century(yy: u32) -> u16 {
    let y = if yy < 70 { 2000 + yy } else { 1900 + yy };
    u16::try_from(y).unwrap_or(0)
}

/// Day-first dotted or US-style slashed/dashed dates.
pub(super) fn day_month(s: &str, order: NumericOrder) -> PResult<'_, Ymd> {
    let (r, a) = number(s, 1, 2)?;
    let a_len = s.len().saturating_sub(r.len());
    let (r, c) = sep(r)?;
    let before_b = r;
    let (r, b) = number(r, 1, 2)?;
    let b_len = before_b.len().saturating_sub(r.len());
    let (r, _) = same_sep(r, c)?;
    let (r, year) = match year4(r) {
        Ok(ok) => ok,
        Err(_) if c == '-' => return fail(s),
        Err(_) if c == '.' && (a_len != 2 || b_len != 2) => return fail(s),
        Err(_) => {
            let (r, yy) = number(r, 2, 2)?;
            (r, century(yy))
        }
    };
    if !end_ok(r) {
        return fail(s);
    }
    let day_first = Ymd::new(Some(year), b, a);
    let month_first = Ymd::new(Some(year), a, b);
    let pick = match (c, order) {
        ('.', _) => day_first,
        (_, NumericOrder::MonthFirst) => month_first.or(day_first),
        (_, NumericOrder::DayFirst) => day_first.or(month_first),
    };
    pick.map_or_else(|| fail(s), |ymd| Ok((r, ymd)))
}

impl Ymd {
    /// A checked date (month 1–12, day within the month).
    pub(super) fn new(year: Option<u16>, month: u32, day: u32) -> Option<Ymd> {
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day = u8::try_from(day).ok()?;
        valid(year, month, day).then_some(Ymd { year, month, day })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd3(y: u16, m: u8, d: u8) -> Ymd {
        Ymd {
            year: Some(y),
            month: m,
            day: d,
        }
    }

    #[test]
    fn year_first() {
        assert_eq!(ymd("2025-10-19 x").map(|r| r.1.0), Ok(ymd3(2025, 10, 19)));
        assert_eq!(ymd("2018.04.05").map(|r| r.1.0), Ok(ymd3(2018, 4, 5)));
        assert!(ymd("2025-02-29").is_err());
        assert!(ymd("2025-10-19-3").is_err());
        assert!(ymd("1850-01-01").is_err());
        assert!(ymd("2010-2015").is_err());
    }

    #[test]
    fn day_and_month() {
        let us = NumericOrder::MonthFirst;
        assert_eq!(
            day_month("10/11/2025", us).map(|r| r.1),
            Ok(ymd3(2025, 10, 11))
        );
        assert_eq!(
            day_month("10/11/2025", NumericOrder::DayFirst).map(|r| r.1),
            Ok(ymd3(2025, 11, 10))
        );
        assert_eq!(
            day_month("20/11/2019", us).map(|r| r.1),
            Ok(ymd3(2019, 11, 20))
        );
        assert_eq!(
            day_month("20.10.2025", us).map(|r| r.1),
            Ok(ymd3(2025, 10, 20))
        );
        assert_eq!(
            day_month("05.11.18", us).map(|r| r.1),
            Ok(ymd3(2018, 11, 5))
        );
        assert_eq!(
            day_month("11/18/19", us).map(|r| r.1),
            Ok(ymd3(2019, 11, 18))
        );
        assert!(day_month("1.2.33", us).is_err());
        assert!(day_month("10-11-25", us).is_err());
        assert!(day_month("13/13/2025", us).is_err());
        assert!(day_month("1/2/3", us).is_err());
        assert!(day_month("10/20/2025/7", us).is_err());
    }
}
