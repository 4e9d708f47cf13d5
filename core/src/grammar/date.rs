//! Dates (and times of day) as news pages write them, normalised to ISO 8601.
//!
//! # Grammar
//!
//! ```text
//! date       := weekday_lead? (time_first | core time_tail?)
//! weekday_lead := WEEKDAY ws* ("," ws*)?  ws*             ; "Monday, ", "Tue, ", "Wed. ", "segunda-feira, "
//! time_first := clock tf_sep weekday_lead? core            ; "10:30 AM ET, Mon October 20, 2025"
//!                                                          ; "00:01, Tue, Nov 19, 2019", "16:17 05.11.18"
//! tf_sep     := ws* "," ws* | ws* ("|" | "·" | DASH) ws* | ws+ ("on" ws+)?
//! core       := cjk | ymd | day_month | mdy | dmy          ; see numeric.rs and textual.rs
//! time_tail  := (ws* "," ws* | ws* ("@" | "|" | "·" | "/" | DASH) ws* | ws+
//!               | GLUED) (CONNECTOR ws+)? clock            ; ", 14:05 GMT", " at 3:45 p.m. EDT"
//! GLUED      := nothing, when a clock follows the year at once ; "December 19, 20231:46 AM GMT"
//! CONNECTOR  := "at" | "às" | "as" | "a las" | "alle" | "ore" | "um" | "à" | "в" | "kl."
//! clock      := see time.rs; zones in zone.rs
//! ```
//!
//! Accepted forms, for example: `2025-10-19`, `2025-10-19T14:05:00Z`,
//! `2025-10-19 14:05 +03:00`, `Monday, October 20, 2025`, `Oct. 19`,
//! `Sept. 15, 2023`, `19 October 2025`, `10/20/2025`, `20.10.2025`,
//! `October 20, 2025 at 3:45 p.m. EDT`, `Updated: 10:30 AM ET, Mon October
//! 20, 2025` (from `10:30`), `19 Oct 2025, 14:05 GMT`, `20 октября 2025`,
//! `20 de outubro de 2025`, `sexta-feira, 22 de outubro de 2010 às 20:13`,
//! `2025년 10월 20일`, `2025年10月20日`, `2023. 11. 10.`, `10 nov. 2023`,
//! `10. Okt. 2023`.
//!
//! A date needs a month and a day: a bare year (`1994`), a month and year
//! (`November 2019`), a time alone (`10:30`), a score (`3-2`) or a number
//! (`4,512.37`) is not a date. Numeric dates need a year. Years are
//! 1900–2100. Ambiguous slashed dates read month first (see
//! [`NumericOrder`]).
//!
//! Zones (see `zone.rs`): `Z`, numeric offsets, `UTC`/`GMT` (with an
//! optional offset) and the US/European/Asian abbreviations news uses. The
//! generic US zones `ET`, `CT`, `MT`, `PT` resolve to standard or daylight
//! time by the US rule for the date (so `10:30 AM ET` on 20 October 2025 is
//! `-04:00`, on 19 November 2019 `-05:00`); `IST` is India, `BST` British
//! Summer Time, `CST` US Central. A time with no zone has no offset, and
//! [`DateTime::iso`] then writes the date alone: a local time of unknown
//! zone is not an instant.
//!
//! Prefixes such as `Published`, `Updated:` or `date` are not part of a
//! date: [`find_date`] skips them, [`parse_date`] expects the date itself.
//!
//! Relative stamps (`2 hours ago`, `il y a 2 heures`) are recognised but
//! have no value without the fetch time ([`relative_stamp`], in
//! `relative.rs`). Not covered: `yesterday`, Japanese era
//! years (`令和7年`), `15時45分` times, month abbreviations of languages
//! other than English without a year (`10 nov`; `10 nov. 2023` is a date),
//! and two-digit years with a month name (`Oct 19 '25`).

mod calendar;
mod iso;
mod names;
mod numeric;
mod relative;
mod textual;
mod time;
mod zone;

pub use iso::Iso;
pub use relative::{RELATIVE_MARKERS, relative_stamp};

use super::text::{
    PResult, at_word_end, ci_word, dash, fail, first, is_word_char, number, second, ws0, ws1,
};
use crate::Span;
use nom::Parser;
use nom::branch::alt;
use time::{Clock, clock};

/// A time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Time {
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
    /// Second, 0–60, when written.
    pub second: Option<u8>,
    /// Offset from UTC in minutes, when the line states a zone.
    pub offset_minutes: Option<i16>,
}

/// A calendar date with an optional time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    /// Year, when written (1900–2100).
    pub year: Option<u16>,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, valid for the month (and the year when known).
    pub day: u8,
    /// Time of day, when written.
    pub time: Option<Time>,
}

/// How to read an all-numeric date whose first two numbers could both be
/// the month (`10/11/2025`). Dotted dates (`10.11.2025`) are always day first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NumericOrder {
    /// `10/11/2025` is 11 October (US usage; the default, since most
    /// English-language news with slashed dates is American).
    #[default]
    MonthFirst,
    /// `10/11/2025` is 10 November (European usage).
    DayFirst,
}

impl NumericOrder {
    /// The reading `line`'s own words suggest: day first when the line is
    /// written in a language that puts the day first — a letter outside
    /// ASCII and CJK (`Thứ năm, 12/10/2023`, Cyrillic, Arabic, Devanagari),
    /// a French/Portuguese clock (`9h15`), or one of [`DAY_FIRST_CUES`]
    /// (`Publicado el`, `às`, `Uhr`, `alle`, `Mis à jour le`) — and month
    /// first otherwise, also when the only sign is a letter outside ASCII
    /// on a line with an English date word ([`ENGLISH_CUES`]). `10/11/2023`
    /// on `Publicado el 10/11/2023` is 10 November; on `Posted 10/11/2023`
    /// 11 October.
    pub fn of_line(line: &str) -> NumericOrder {
        let b = line.as_bytes();
        // `9h15`, `09h30`: a digit, `h`, two digits.
        let french_clock = memchr::memchr_iter(b'h', b).any(|i| {
            i > 0
                && b.get(i - 1).is_some_and(u8::is_ascii_digit)
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && b.get(i + 2).is_some_and(u8::is_ascii_digit)
        });
        // A letter of Latin-1 or a script between Latin Extended and Greek
        // Extended (Cyrillic, Greek, Hebrew, Arabic, Devanagari and the
        // other Indic scripts, Vietnamese): languages that write the day
        // first. CJK and Korean write the year first, which is unambiguous.
        let non_english = line
            .chars()
            .any(|c| matches!(c as u32, 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x1FFF));
        // An English date-line word outweighs the letters: `Updated
        // 05/06/2022 by José` is an American line that names a person.
        if french_clock
            || has_word_of(line, DAY_FIRST_CUES)
            || (non_english && !has_word_of(line, ENGLISH_CUES))
        {
            NumericOrder::DayFirst
        } else {
            NumericOrder::MonthFirst
        }
    }
}

/// Whether a word of `line` (a run of letters and digits) is in `table`
/// (lower case, sorted).
fn has_word_of(line: &str, table: &[&str]) -> bool {
    line.split(|c: char| !c.is_alphanumeric())
        .any(|w| !w.is_empty() && super::lexicon::in_sorted(table, w))
}

/// English words of date lines (lower case, sorted; a test checks): on a
/// line with one of them, letters outside ASCII (a name: `by José`) do not
/// make a numeric date day first. Words other languages use on their date
/// lines too are not here: `GMT` (`12/10/2023 14:30 (GMT+7)` on a
/// Vietnamese page), `am` (German), `est` (French).
pub const ENGLISH_CUES: &[&str] = &[
    "by",
    "edt",
    "modified",
    "pdt",
    "posted",
    "pst",
    "published",
    "updated",
];

/// Words of date lines in languages that write the day first (lower case,
/// sorted by characters; a test checks): Spanish, Portuguese, French,
/// Italian, German, Dutch, Polish and Indonesian publication labels, the
/// small words around their dates and Indonesian time zones (`WIB`). None
/// is an English word.
pub const DAY_FIRST_CUES: &[&str] = &[
    "actualizada",
    "actualizado",
    "aggiornato",
    "aktualisiert",
    "aktualizacja",
    "alle",
    "atualizada",
    "atualizado",
    "bijgewerkt",
    "del",
    "diperbarui",
    "diterbitkan",
    "gepubliceerd",
    "le",
    "mis",
    "modifié",
    "opublikowano",
    "pubblicato",
    "publicada",
    "publicado",
    "publié",
    "publiée",
    "uhr",
    "um",
    "veröffentlicht",
    "wib",
    "wita",
    "à",
    "às",
];

/// A checked calendar date, the output of every `core` form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Ymd {
    year: Option<u16>,
    month: u8,
    day: u8,
}

impl DateTime {
    /// ISO 8601 text; `None` when the year is unknown.
    pub fn iso(&self) -> Option<Iso> {
        let year = self.year?;
        let mut out = Iso::new();
        out.digits(u32::from(year), 4);
        out.push(b'-');
        out.digits(u32::from(self.month), 2);
        out.push(b'-');
        out.digits(u32::from(self.day), 2);
        if let Some(Time {
            hour,
            minute,
            second,
            offset_minutes: Some(off),
        }) = self.time
        {
            out.push(b'T');
            out.digits(u32::from(hour), 2);
            out.push(b':');
            out.digits(u32::from(minute), 2);
            if let Some(sec) = second {
                out.push(b':');
                out.digits(u32::from(sec), 2);
            }
            out.push(if off < 0 { b'-' } else { b'+' });
            let abs = u32::from(off.unsigned_abs());
            out.digits(abs / 60, 2);
            out.push(b':');
            out.digits(abs % 60, 2);
        }
        Some(out)
    }

    /// The same date in `year` (e.g. the year of a neighbouring dateline).
    ///
    /// Returned unchanged when `year` is outside 1900–2100 or the day does
    /// not exist in it (29 February of a common year). A zone offset already
    /// resolved for a year-less `ET`/`PT` date is kept as it was.
    pub fn with_year(self, year: u16) -> DateTime {
        if (1900..=2100).contains(&year) && calendar::valid(Some(year), self.month, self.day) {
            DateTime {
                year: Some(year),
                ..self
            }
        } else {
            self
        }
    }
}

/// Parses a date at the start of `s`; returns it and the bytes consumed.
///
/// Ambiguous slashed dates read month first; see [`parse_date_with`].
pub fn parse_date(s: &str) -> Option<(DateTime, usize)> {
    parse_date_with(s, NumericOrder::MonthFirst)
}

/// [`parse_date`] with an explicit reading of ambiguous numeric dates.
pub fn parse_date_with(s: &str, order: NumericOrder) -> Option<(DateTime, usize)> {
    let (rest, dt) = date(s, order).ok()?;
    Some((dt, s.len().saturating_sub(rest.len())))
}

/// Finds the first date anywhere in `line` (word-boundary aligned); returns
/// it and its span in `line`. Ambiguous numeric dates are read the way the
/// line's own words suggest ([`NumericOrder::of_line`]); [`dates`] takes an
/// explicit order.
pub fn find_date(line: &str) -> Option<(DateTime, Span)> {
    dates(line, NumericOrder::of_line(line)).next()
}

/// Every date in `line`, left to right, non-overlapping (`Published …
/// Updated …` lines carry two).
pub fn dates(line: &str, order: NumericOrder) -> Dates<'_> {
    Dates {
        line,
        pos: 0,
        order,
    }
}

/// Iterator returned by [`dates`].
#[derive(Clone, Debug)]
pub struct Dates<'a> {
    line: &'a str,
    pos: usize,
    order: NumericOrder,
}

impl Iterator for Dates<'_> {
    type Item = (DateTime, Span);

    fn next(&mut self) -> Option<(DateTime, Span)> {
        let tail = self.line.get(self.pos..)?;
        for (i, c) in tail.char_indices() {
            let start = self.pos.saturating_add(i);
            if !c.is_alphanumeric() || !start_ok(self.line, start) {
                continue;
            }
            let Some(candidate) = self.line.get(start..) else {
                continue;
            };
            if let Some((dt, len)) = parse_date_with(candidate, self.order) {
                let end = start.saturating_add(len);
                self.pos = end;
                return Some((dt, Span { start, end }));
            }
        }
        self.pos = self.line.len();
        None
    }
}

/// Whether a date may start at byte `i` of `line`: not inside a word or a
/// number (`v1.2.2025`, `4,512.37`, `2018/10/26` seen from `10`).
fn start_ok(line: &str, i: usize) -> bool {
    let Some(before) = line.get(..i) else {
        return false;
    };
    let mut rev = before.chars().rev();
    match rev.next() {
        None => true,
        Some(c) if is_word_char(c) => false,
        Some('.' | ',' | '/' | '-' | ':' | '+' | '−') => {
            !rev.next().is_some_and(|c| c.is_ascii_digit())
        }
        Some(_) => true,
    }
}

/// Whether a numeric date may end here: not inside a word, and not going on
/// as a longer number (`20.10.2025.5`, `10/20/2025/7`).
fn end_ok(rest: &str) -> bool {
    at_word_end(rest)
        && !(matches!(first(rest), Some('.' | '/' | '-' | ':' | ','))
            && second(rest).is_some_and(|c| c.is_ascii_digit()))
}

/// A four-digit year 1900–2100 that is not the hour of a time (`20:19`).
fn year4(s: &str) -> PResult<'_, u16> {
    let (r, y) = match number(s, 4, 4) {
        Ok(ok) => ok,
        // `20231:46 AM`: four digits, then a glued clock.
        Err(_) => match s.split_at_checked(4) {
            Some((head, tail)) if glued_clock(tail) => (tail, number(head, 4, 4)?.1),
            _ => return fail(s),
        },
    };
    if !(1900..=2100).contains(&y)
        || !(at_word_end(r) || glued_clock(r))
        || (first(r) == Some(':') && second(r).is_some_and(|c| c.is_ascii_digit()))
    {
        return fail(s);
    }
    Ok((r, u16::try_from(y).unwrap_or(0)))
}

/// `1:46 AM GMT` right after a year with no space (`December 19,
/// 20231:46 AM GMT`, as text dumps of a wire service's pages glue the date
/// and the time): the year ends there and the time follows.
fn glued_clock(r: &str) -> bool {
    let b = r.as_bytes();
    let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&d)
        && b.get(d) == Some(&b':')
        && b.get(d + 1).is_some_and(u8::is_ascii_digit)
        && b.get(d + 2).is_some_and(u8::is_ascii_digit)
}

/// `weekday_lead` of the grammar.
fn weekday_lead(s: &str) -> PResult<'_, ()> {
    let (r, _) = names::weekday(s)?;
    let (r2, sp) = ws0(r)?;
    if let Some(after) = r2.strip_prefix(',') {
        return Ok((ws0(after)?.0, ()));
    }
    if sp.is_empty() {
        return fail(s);
    }
    Ok((r2, ()))
}

/// `core` of the grammar; an ISO `T` time comes with it.
fn core(s: &str, order: NumericOrder) -> PResult<'_, (Ymd, Option<Clock>)> {
    alt((
        |s| textual::cjk(s).map(|(r, d)| (r, (d, None))),
        numeric::ymd,
        |s| numeric::day_month(s, order).map(|(r, d)| (r, (d, None))),
        |s| textual::mdy(s).map(|(r, d)| (r, (d, None))),
        |s| textual::dmy(s).map(|(r, d)| (r, (d, None))),
    ))
    .parse(s)
}

/// `tf_sep` of the grammar.
fn tf_sep(s: &str) -> PResult<'_, ()> {
    let (r, sp) = ws0(s)?;
    if let Some(after) = r.strip_prefix([',', '|', '·']) {
        return Ok((ws0(after)?.0, ()));
    }
    if let Ok((after, _)) = dash(r) {
        return Ok((ws0(after)?.0, ()));
    }
    if sp.is_empty() {
        return fail(s);
    }
    match ci_word(r, "on").and_then(|(r2, _)| ws1(r2)) {
        Ok((r2, _)) => Ok((r2, ())),
        Err(_) => Ok((r, ())),
    }
}

/// `time_first` of the grammar.
fn time_first(s: &str, order: NumericOrder) -> PResult<'_, (Ymd, Option<Clock>)> {
    let (r, c) = clock(s, false)?;
    let (r, _) = tf_sep(r)?;
    let r = weekday_lead(r).map_or(r, |(r2, _)| r2);
    let (r, (ymd, _)) = core(r, order)?;
    Ok((r, (ymd, Some(c))))
}

/// Words that introduce a time after a date.
const CONNECTORS: &[&str] = &[
    "at", "às", "as", "a las", "alle", "ore", "um", "à", "в", "kl.",
];

/// `time_tail` of the grammar.
fn time_tail(s: &str) -> PResult<'_, Clock> {
    let (r, sp) = ws0(s)?;
    let r = if let Some(after) = r.strip_prefix([',', '@', '|', '·', '/']) {
        ws0(after)?.0
    } else if let Ok((after, _)) = dash(r) {
        ws0(after)?.0
    } else if sp.is_empty() && !glued_clock(r) {
        return fail(s);
    } else {
        r
    };
    let r = CONNECTORS
        .iter()
        .find_map(|w| {
            let (r2, _) = if w.ends_with('.') {
                super::text::ci(r, w).ok()?
            } else {
                ci_word(r, w).ok()?
            };
            ws1(r2).ok().map(|(r3, _)| r3)
        })
        .unwrap_or(r);
    let (r, c) = clock(r, false)?;
    if !at_word_end(r) {
        return fail(s);
    }
    Ok((r, c))
}

/// `date` of the grammar.
fn date(s: &str, order: NumericOrder) -> PResult<'_, DateTime> {
    let s1 = weekday_lead(s).map_or(s, |(r, _)| r);
    let (rest, (ymd, time)) = match time_first(s1, order) {
        Ok(ok) => ok,
        Err(_) => {
            let (r, (ymd, t)) = core(s1, order)?;
            match t {
                Some(t) => (r, (ymd, Some(t))),
                None => match time_tail(r) {
                    Ok((r2, t)) => (r2, (ymd, Some(t))),
                    Err(_) => (r, (ymd, None)),
                },
            }
        }
    };
    if !at_word_end(rest) {
        return fail(s);
    }
    let time = time.map(|c| Time {
        hour: c.hour,
        minute: c.minute,
        second: c.second,
        offset_minutes: c.zone.map(|z| z.resolve(ymd.year, ymd.month, ymd.day)),
    });
    Ok((
        rest,
        DateTime {
            year: ymd.year,
            month: ymd.month,
            day: ymd.day,
            time,
        },
    ))
}
