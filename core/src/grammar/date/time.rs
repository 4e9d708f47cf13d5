//! Times of day.
//!
//! ```text
//! clock    := (prefix ws*)? hms (ws* meridiem)? zone? (ws+ "Uhr")?
//!           | h ws* meridiem zone?                 ; "3 p.m. EDT"
//!           | hh "h" mm zone?                      ; "14h05" (French)
//!           | h{1,2} "." mm (ws* meridiem zone? | zone)   ; "14.05 BST", "2.30pm" (British)
//! hms      := h{1,2} ":" mm (":" ss (("." | ",") digit+)?)?
//! meridiem := "a.m." | "a.m" | "am" | "p.m." | "p.m" | "pm"   ; any case, then a word boundary
//! prefix   := "오전" | "午前"  (a.m.)  |  "오후" | "午後"  (p.m.)
//! ```
//!
//! Hours run 0–23 (1–12 before a meridiem), minutes and seconds 0–59 (60
//! for a leap second). `12 a.m.` is midnight, `12 p.m.` noon; a meridiem
//! after a 24-hour time (`17:19 PM`, seen in the wild) is ignored. See
//! [`super::zone`] for the zones.

use super::super::text::{PResult, at_word_end, ci, fail, first, need, number, word, ws0, ws1};
use super::zone::{Zone, zone};
use nom::Parser;
use nom::bytes::complete::take_while1;
use nom::combinator::opt;

/// A time of day with its (unresolved) zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Clock {
    pub(super) hour: u8,
    pub(super) minute: u8,
    pub(super) second: Option<u8>,
    pub(super) zone: Option<Zone>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Meridiem {
    Am,
    Pm,
}

/// `a.m.` / `pm` / ... followed by a word boundary.
fn meridiem(s: &str) -> PResult<'_, Meridiem> {
    for (lit, m) in [
        ("a.m.", Meridiem::Am),
        ("p.m.", Meridiem::Pm),
        ("a.m", Meridiem::Am),
        ("p.m", Meridiem::Pm),
        ("am", Meridiem::Am),
        ("pm", Meridiem::Pm),
    ] {
        if let Ok((rest, _)) = ci(s, lit)
            && at_word_end(rest)
        {
            return Ok((rest, m));
        }
    }
    fail(s)
}

/// Korean / Japanese meridiem written before the time.
fn meridiem_prefix(s: &str) -> PResult<'_, Meridiem> {
    for (lit, m) in [
        ("오전", Meridiem::Am),
        ("午前", Meridiem::Am),
        ("오후", Meridiem::Pm),
        ("午後", Meridiem::Pm),
    ] {
        if let Some(rest) = s.strip_prefix(lit) {
            return Ok((rest, m));
        }
    }
    fail(s)
}

/// Applies a meridiem to an hour; `None` when the combination is impossible.
fn with_meridiem(hour: u32, m: Option<Meridiem>) -> Option<u8> {
    let h = match m {
        _ if hour > 23 => return None,
        Some(_) if hour == 0 || hour > 12 => hour,
        Some(Meridiem::Am) => hour % 12,
        Some(Meridiem::Pm) => hour % 12 + 12,
        None => hour,
    };
    u8::try_from(h).ok()
}

/// `hms` of the grammar: `(hour, minute, second)`.
fn hms(s: &str) -> PResult<'_, (u32, u32, Option<u32>)> {
    let (rest, h) = number(s, 1, 2)?;
    let rest = need(rest.strip_prefix(':'), s)?;
    let (rest, m) = number(rest, 2, 2)?;
    let (rest, sec) = match rest.strip_prefix(':').map(|r| number(r, 2, 2)) {
        Some(Ok((r, sec))) => (r, Some(sec)),
        _ => (rest, None),
    };
    // Fractional seconds: consumed, not kept.
    let rest = match (sec, rest.strip_prefix(['.', ','])) {
        (Some(_), Some(r)) if first(r).is_some_and(|c| c.is_ascii_digit()) => {
            take_while1(|c: char| c.is_ascii_digit()).parse(r)?.0
        }
        _ => rest,
    };
    if m > 59 || sec.is_some_and(|x| x > 60) || first(rest).is_some_and(|c| c.is_ascii_digit()) {
        return fail(s);
    }
    Ok((rest, (h, m, sec)))
}

/// French `14h05`.
fn french(s: &str) -> PResult<'_, (u32, u32)> {
    let (rest, h) = number(s, 1, 2)?;
    let rest = need(rest.strip_prefix('h'), s)?;
    let (rest, m) = number(rest, 2, 2)?;
    if m > 59 || !at_word_end(rest) {
        return fail(s);
    }
    Ok((rest, (h, m)))
}

/// British `14.05 BST` / `2.30pm`: only with a meridiem or a zone after it,
/// since `14.05` alone is a number.
fn dotted(s: &str) -> PResult<'_, (u32, u32, Option<Meridiem>)> {
    let (rest, h) = number(s, 1, 2)?;
    let rest = need(rest.strip_prefix('.'), s)?;
    let (rest, m) = number(rest, 2, 2)?;
    if h > 23 || m > 59 {
        return fail(s);
    }
    let (r2, _) = ws0(rest)?;
    if let Ok((r3, mer)) = meridiem(r2) {
        return Ok((r3, (h, m, Some(mer))));
    }
    if zone(rest, false).is_ok() {
        return Ok((rest, (h, m, None)));
    }
    fail(s)
}

/// A time of day; `iso` is true right after the `T` of an ISO 8601 stamp.
pub(super) fn clock(s: &str, iso: bool) -> PResult<'_, Clock> {
    let (rest, pre) = opt(|s| {
        let (r, m) = meridiem_prefix(s)?;
        let (r, _) = ws0(r)?;
        Ok((r, m))
    })
    .parse(s)?;
    let (rest, hour, minute, second, mer, iso) = if let Ok((r, (h, m, sec))) = hms(rest) {
        let (r, mer) = match pre {
            Some(p) => (r, Some(p)),
            None => opt(|s| {
                let (s, _) = ws0(s)?;
                meridiem(s)
            })
            .parse(r)?,
        };
        (r, h, m, sec, mer, iso || sec.is_some())
    } else if pre.is_none()
        && let Ok((r, (h, m))) = french(rest)
    {
        (r, h, m, None, None, false)
    } else if pre.is_none()
        && let Ok((r, (h, m, mer))) = dotted(rest)
    {
        (r, h, m, None, mer, false)
    } else if pre.is_none() {
        // A bare hour needs a meridiem ("3 p.m."), else it is just a number.
        let (r, h) = number(rest, 1, 2)?;
        let (r, _) = ws0(r)?;
        let (r, mer) = meridiem(r)?;
        if !(1..=12).contains(&h) {
            return fail(s);
        }
        (r, h, 0, None, Some(mer), false)
    } else {
        return fail(s);
    };
    let Some(hour) = with_meridiem(hour, mer) else {
        return fail(s);
    };
    let (rest, zone) = opt(|r| zone(r, iso)).parse(rest)?;
    // German "14:05 Uhr".
    let rest = match ws1(rest).and_then(|(r, _)| word(r, "Uhr")) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    Ok((
        rest,
        Clock {
            hour,
            minute: u8::try_from(minute).unwrap_or(0),
            second: second.and_then(|x| u8::try_from(x).ok()),
            zone,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    type Hm = (u8, u8, Option<u8>, Option<Zone>, usize);

    fn hm(s: &str) -> Option<Hm> {
        clock(s, false)
            .ok()
            .map(|(r, c)| (c.hour, c.minute, c.second, c.zone, s.len() - r.len()))
    }

    #[test]
    fn clocks() {
        assert_eq!(
            hm("3:45 p.m. EDT"),
            Some((15, 45, None, Some(Zone::Fixed(-240)), 13))
        );
        assert_eq!(
            hm("12:00 AM EST"),
            Some((0, 0, None, Some(Zone::Fixed(-300)), 12))
        );
        assert_eq!(hm("12:30 pm"), Some((12, 30, None, None, 8)));
        assert_eq!(
            hm("10:28am EST"),
            Some((10, 28, None, Some(Zone::Fixed(-300)), 11))
        );
        assert_eq!(hm("17:19 PM"), Some((17, 19, None, None, 8)));
        assert_eq!(hm("3 p.m."), Some((15, 0, None, None, 6)));
        assert_eq!(
            hm("14:05:09.556Z"),
            Some((14, 5, Some(9), Some(Zone::Fixed(0)), 13))
        );
        assert_eq!(hm("14h05"), Some((14, 5, None, None, 5)));
        assert_eq!(hm("14:05 Uhr"), Some((14, 5, None, None, 9)));
        assert_eq!(hm("오후 3:24"), Some((15, 24, None, None, 11)));
        assert_eq!(hm("11:28 AMT"), Some((11, 28, None, None, 5)));
        assert_eq!(
            hm("9:08 GMT 1 day ago"),
            Some((9, 8, None, Some(Zone::Fixed(0)), 8))
        );
        assert_eq!(hm("3 people"), None);
        assert_eq!(hm("10 amazing"), None);
        assert_eq!(hm("25:00"), None);
        assert_eq!(hm("10:75"), None);
        assert_eq!(hm("13 pm"), None);
        assert_eq!(hm("4,512.37"), None);
        assert_eq!(
            hm("14.05 BST"),
            Some((14, 5, None, Some(Zone::Fixed(60)), 9))
        );
        assert_eq!(hm("2.30pm"), Some((14, 30, None, None, 6)));
        assert_eq!(hm("14.05"), None);
        assert_eq!(hm("2.30 percent"), None);
    }
}
