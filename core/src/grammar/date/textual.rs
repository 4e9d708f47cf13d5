//! Dates with a month name, and the Korean / Japanese / Chinese form.
//!
//! ```text
//! mdy     := MONTH (ws+ | "." ws*) day ordinal? year_mdy?      ; "Sept. 15, 2023", "Nov 19 2019", "Oct. 19"
//! year_mdy:= ws* "," ws* yyyy | ws+ yyyy
//! dmy     := day ordinal? "."? ws+ (("of" | "de") ws+)? (MONTH year_dmy? | ABBREV year_dmy)
//!                                                ; "19 October 2025", "20. Oktober 2025",
//!                                                ; "20th of November 2019", "20 de outubro de 2025",
//!                                                ; "10 nov. 2023", "10. Okt. 2023", "10 дек. 2023"
//! ABBREV  := a month abbreviation of another language (names.rs), "."?
//! year_dmy:= (ws* "," ws* | ws+) (("de" | "del") ws+)? yyyy (ws* year_word)?
//! year_word := "г." | "г" | "года" | "р." | "року"              ; Russian / Ukrainian "year"
//! ordinal := "st" | "nd" | "rd" | "th" | "er" | "º" | "°" | "ª"
//! cjk     := (yyyy ws* ("年" | "년") ws*)? m{1,2} ws* ("月" | "월") ws* d{1,2} ws* ("日" | "일")
//!            (ws* "(" WEEKDAY_CHAR ")")?                         ; "2025년 10월 20일 (월)", "2025年10月20日"
//! ```
//!
//! A day with no year must not run into a longer number: `Nov 19,000` and
//! `May 5.5` are not dates. A year followed by `:` and a digit is a time
//! (`Nov 19 20:19`), not a year.

use super::super::text::{
    PResult, at_word_end, ci, ci_word, fail, first, need, number, second, ws0, ws1,
};
use super::names::{month, month_abbrev};
use super::{Ymd, year4};

/// An ordinal suffix after a day number.
fn ordinal(s: &str) -> &str {
    for suffix in ["st", "nd", "rd", "th", "er"] {
        if let Ok((rest, _)) = ci(s, suffix)
            && at_word_end(rest)
        {
            return rest;
        }
    }
    s.strip_prefix(['º', '°', 'ª']).unwrap_or(s)
}

/// Day number 1–31 with an optional ordinal suffix.
fn day(s: &str) -> PResult<'_, u32> {
    let (rest, d) = number(s, 1, 2)?;
    if !(1..=31).contains(&d) {
        return fail(s);
    }
    Ok((ordinal(rest), d))
}

/// Whether a yearless date ends here: not inside a longer number.
fn yearless_end_ok(rest: &str) -> bool {
    at_word_end(rest)
        && !(matches!(first(rest), Some(',' | '.' | '/' | ':'))
            && second(rest).is_some_and(|c| c.is_ascii_digit()))
}

/// `year_mdy`.
fn year_after_day(s: &str) -> PResult<'_, u16> {
    let (r, _) = ws0(s)?;
    let r = match r.strip_prefix(',') {
        Some(after) => ws0(after)?.0,
        None if r.len() < s.len() => r,
        None => return fail(s),
    };
    year4(r)
}

/// `mdy` of the grammar.
pub(super) fn mdy(s: &str) -> PResult<'_, Ymd> {
    let (r, m) = month(s)?;
    let (r, _) = if s
        .get(..consumed_len(s, r))
        .is_some_and(|h| h.ends_with('.'))
    {
        ws0(r)?
    } else {
        ws1(r)?
    };
    let (r, d) = day(r)?;
    let (r, year) = match year_after_day(r) {
        Ok((r2, y)) => (r2, Some(y)),
        Err(_) if yearless_end_ok(r) => (r, None),
        Err(_) => return fail(s),
    };
    Ymd::new(year, u32::from(m), d).map_or_else(|| fail(s), |ymd| Ok((r, ymd)))
}

fn consumed_len(s: &str, rest: &str) -> usize {
    s.len().saturating_sub(rest.len())
}

/// `year_dmy`.
fn year_after_month(s: &str) -> PResult<'_, u16> {
    let (r, _) = ws0(s)?;
    let r = match r.strip_prefix(',') {
        Some(after) => ws0(after)?.0,
        None if r.len() < s.len() => r,
        None => return fail(s),
    };
    let r = ci_word(r, "del")
        .or_else(|_| ci_word(r, "de"))
        .and_then(|(r2, _)| ws1(r2))
        .map_or(r, |(r2, _)| r2);
    let (r, y) = year4(r)?;
    // Russian / Ukrainian "г." / "года" / "р." after the year.
    let (after_ws, _) = ws0(r)?;
    for word in ["г.", "р.", "года", "року", "г", "р"] {
        if let Some(rest) = after_ws.strip_prefix(word)
            && (word.ends_with('.') || at_word_end(rest))
        {
            return Ok((rest, y));
        }
    }
    Ok((r, y))
}

/// `dmy` of the grammar.
pub(super) fn dmy(s: &str) -> PResult<'_, Ymd> {
    let (r, d) = day(s)?;
    let r = r.strip_prefix('.').unwrap_or(r);
    let (r, _) = ws1(r)?;
    let r = ci_word(r, "of")
        .or_else(|_| ci_word(r, "de"))
        .and_then(|(r2, _)| ws1(r2))
        .map_or(r, |(r2, _)| r2);
    // A full name (or an English abbreviation), else another language's
    // abbreviation, which needs the year (`10 nov. 2023`, not `10 set`).
    let (r, m, abbrev) = match month(r) {
        Ok((r, m)) => (r, m, false),
        Err(_) => {
            let (r, m) = month_abbrev(r)?;
            (r, m, true)
        }
    };
    let (r, year) = match year_after_month(r) {
        Ok((r2, y)) => (r2, Some(y)),
        Err(_) if !abbrev && yearless_end_ok(r) => (r, None),
        Err(_) => return fail(s),
    };
    Ymd::new(year, u32::from(m), d).map_or_else(|| fail(s), |ymd| Ok((r, ymd)))
}

/// One of `marks` at the start of `s`, after optional white space.
fn mark<'a>(s: &'a str, marks: [&str; 2]) -> PResult<'a, ()> {
    let (r, _) = ws0(s)?;
    marks
        .iter()
        .find_map(|m| r.strip_prefix(m))
        .map_or_else(|| fail(s), |rest| Ok((rest, ())))
}

/// `cjk` of the grammar.
pub(super) fn cjk(s: &str) -> PResult<'_, Ymd> {
    let (r, year) = match year4(s).and_then(|(r, y)| mark(r, ["年", "년"]).map(|(r, _)| (r, y))) {
        Ok((r, y)) => (ws0(r)?.0, Some(y)),
        Err(_) => (s, None),
    };
    let (r, m) = number(r, 1, 2)?;
    let (r, _) = mark(r, ["月", "월"])?;
    let (r, _) = ws0(r)?;
    let (r, d) = number(r, 1, 2)?;
    let (r, _) = mark(r, ["日", "일"])?;
    // Optional weekday in brackets: "(월)", "（月）".
    let r = weekday_bracket(r).map_or(r, |(r2, _)| r2);
    Ymd::new(year, m, d).map_or_else(|| fail(s), |ymd| Ok((r, ymd)))
}

/// `(월)` / `（月）` after a CJK date.
fn weekday_bracket(s: &str) -> PResult<'_, ()> {
    let (r, _) = ws0(s)?;
    let r = need(r.strip_prefix(['(', '（']), s)?;
    let mut it = r.chars();
    match it.next() {
        Some(
            '월' | '화' | '수' | '목' | '금' | '토' | '일' | '月' | '火' | '水' | '木' | '金'
            | '土' | '日',
        ) => {}
        _ => return fail(s),
    }
    let r = it.as_str();
    r.strip_prefix([')', '）'])
        .map_or_else(|| fail(s), |rest| Ok((rest, ())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: Option<u16>, m: u8, d: u8) -> Ymd {
        Ymd {
            year: y,
            month: m,
            day: d,
        }
    }

    #[test]
    fn month_first() {
        assert_eq!(
            mdy("October 20, 2025").map(|r| r.1),
            Ok(ymd(Some(2025), 10, 20))
        );
        assert_eq!(
            mdy("Sept. 15, 2023.").map(|r| r.1),
            Ok(ymd(Some(2023), 9, 15))
        );
        assert_eq!(mdy("Oct. 19 that"), Ok((" that", ymd(None, 10, 19))));
        assert_eq!(
            mdy("Nov 19 2019 7:05"),
            Ok((" 7:05", ymd(Some(2019), 11, 19)))
        );
        assert_eq!(
            mdy("November 19th, 2019"),
            Ok(("", ymd(Some(2019), 11, 19)))
        );
        assert_eq!(mdy("Nov 19 20:19"), Ok((" 20:19", ymd(None, 11, 19))));
        assert!(mdy("Nov 19,000").is_err());
        assert!(mdy("May 5.5").is_err());
        assert!(mdy("May 2019").is_err());
        assert!(mdy("Feb 30").is_err());
        assert!(mdy("Feb 29, 2023").is_err());
    }

    #[test]
    fn day_first() {
        assert_eq!(dmy("19 October 2025"), Ok(("", ymd(Some(2025), 10, 19))));
        assert_eq!(
            dmy("20 de outubro de 2025"),
            Ok(("", ymd(Some(2025), 10, 20)))
        );
        assert_eq!(
            dmy("20 октября 2025 г. x"),
            Ok((" x", ymd(Some(2025), 10, 20)))
        );
        assert_eq!(dmy("20. Oktober 2025"), Ok(("", ymd(Some(2025), 10, 20))));
        assert_eq!(
            dmy("20th of November 2019"),
            Ok(("", ymd(Some(2019), 11, 20)))
        );
        assert_eq!(dmy("1er octobre"), Ok(("", ymd(None, 10, 1))));
        assert_eq!(
            dmy("19 Oct 2025, 14:05"),
            Ok((", 14:05", ymd(Some(2025), 10, 19)))
        );
        assert!(dmy("31 November").is_err());
        assert!(dmy("5 may").is_err());
    }

    #[test]
    fn east_asian() {
        assert_eq!(cjk("2025년 10월 20일"), Ok(("", ymd(Some(2025), 10, 20))));
        assert_eq!(cjk("2025年10月20日に"), Ok(("に", ymd(Some(2025), 10, 20))));
        assert_eq!(cjk("10月20日（月）"), Ok(("", ymd(None, 10, 20))));
        assert!(cjk("2025년 13월 1일").is_err());
    }
}
