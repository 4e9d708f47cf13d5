//! Wire datelines at the start of a paragraph.
//!
//! ```text
//! dateline := (place ws*)? "(" ws* source ws* ")" ws* (DASH | ":") ws* body
//!                                        ; "(Reuters) - …", "KYIV, Ukraine (Reuters) - …",
//!                                        ; "LONDON, Oct 19 (Reuters) -", "Kyiv (AFP) – …"
//!           | CAPS_PLACE ws+ "/" source "/" "."? ws* body ; "MOSCOW, October 19. /TASS/. …"
//!           | CAPS_PLACE ws+ DASH ws+ body               ; "WASHINGTON — …", "BUFFALO, N.Y. — …"
//! place    := city ("," ws+ region){0,2} ("," ws+ DATE)? "."?
//! city     := word (ws+ word){0,3}                       ; CAPS words in the form without a source
//! region   := word (ws+ word){0,2}                       ; "Ukraine", "Mich.", "N.Y.", "Calif."
//! word     := UPPER (letter | "." | "-" | "'" | "’")*
//! source   := outlet (phrase.rs) | UPPER{2,6}            ; "Reuters", "AP", "CNN"; a bare
//!                                                        ; acronym only after a CAPS place
//!                                                        ; ("Apple (AAPL) – …" is no dateline)
//! body     := the rest; without a source it must start a sentence (a capital,
//!             a digit or a quote) whose first word is not all capitals
//! ```
//!
//! Without a source the place must be in capitals and not a label such as
//! `BREAKING`, `UPDATE`, `EXCLUSIVE`, `WATCH` or `ADVERTISEMENT`, and the
//! body must start a sentence: `ADVERTISEMENT – INKASA INTERIORS` and
//! `AS - www.example.com` are not datelines.

use super::super::date::parse_date;
use super::super::phrase::outlet;
use super::super::text::{dash, first, is_space, offset_in, ws0};
use super::Dateline;
use crate::ucd::case::is_upper;

/// Labels that look like a capitalised place before a dash.
static NOT_PLACES: &[&str] = &[
    "ADVERTISEMENT",
    "ALERT",
    "ANALYSIS",
    "BREAKING",
    "COMMENT",
    "COMMENTARY",
    "CORRECTION",
    "EDITORIAL",
    "EXCLUSIVE",
    "EXPLAINER",
    "FACTBOX",
    "FILE",
    "INTERVIEW",
    "LIVE",
    "NOTE",
    "OPINION",
    "PHOTO",
    "PHOTOS",
    "PODCAST",
    "REVIEW",
    "SPONSORED",
    "UPDATE",
    "UPDATED",
    "VIDEO",
    "WARNING",
    "WATCH",
];

/// Length of a `word` at the start of `s` (0 when none).
fn word_len(s: &str) -> usize {
    if !first(s).is_some_and(is_upper) {
        return 0;
    }
    s.char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
        .map_or(s.len(), |(i, _)| i)
}

/// Whether every letter of `w` is upper case.
fn caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).all(is_upper)
}

/// Up to `max` words separated by single spaces; returns `(len, all caps)`.
fn words(s: &str, max: usize) -> Option<(usize, bool)> {
    let mut end = 0usize;
    let mut all_caps = true;
    let mut pos = 0usize;
    for _ in 0..max {
        let here = s.get(pos..)?;
        let n = word_len(here);
        if n == 0 {
            break;
        }
        let w = here.get(..n)?;
        all_caps &= caps(w);
        end = pos.saturating_add(n);
        let rest = here.get(n..)?;
        match rest.strip_prefix(' ') {
            Some(next) if word_len(next) > 0 => pos = end.saturating_add(1),
            _ => break,
        }
    }
    (end > 0).then_some((end, all_caps))
}

/// `place` of the grammar: `(place text length, city is all caps, rest)`.
fn place(s: &str) -> Option<(usize, bool, &str)> {
    let (city, city_caps) = words(s, 4)?;
    let mut end = city;
    let mut rest = s.get(city..)?;
    // Regions ("Ukraine", "Mich.") and a date ("Oct 19").
    for _ in 0..3 {
        let Some(after) = rest
            .strip_prefix(',')
            .and_then(|r| ws0(r).ok())
            .map(|(r, _)| r)
        else {
            break;
        };
        if let Some((_, n)) = parse_date(after) {
            rest = after.get(n..)?;
            break;
        }
        match words(after, 3) {
            Some((n, _)) => {
                rest = after.get(n..)?;
                end = s.len().saturating_sub(rest.len());
            }
            None => break,
        }
    }
    // "MOSCOW, October 19." — the period after a date.
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    Some((end, city_caps, rest))
}

/// `source` inside brackets or slashes: returns its text. A bare acronym
/// is accepted only when `acronym_ok` (after a place in capitals, or with
/// no place): `Apple (AAPL) – shares rose` is no dateline.
fn source(s: &str, acronym_ok: bool) -> Option<&str> {
    let s = s.trim_matches(is_space);
    if s.is_empty() || s.len() > 40 {
        return None;
    }
    if outlet(s).is_ok_and(|(rest, _)| rest.is_empty()) {
        return Some(s);
    }
    let acronym = (2..=6).contains(&s.chars().count()) && s.chars().all(is_upper);
    (acronym_ok && acronym).then_some(s)
}

/// `(source)` at the start of `s`: returns `(source text, rest)`.
fn bracketed_source(s: &str, acronym_ok: bool) -> Option<(&str, &str)> {
    let inner = s.strip_prefix('(')?;
    let close = inner.find(')')?;
    let src = source(inner.get(..close)?, acronym_ok)?;
    Some((src, inner.get(close.saturating_add(1)..)?))
}

/// `/source/` at the start of `s`: returns `(source text, rest)`.
fn slashed_source(s: &str, acronym_ok: bool) -> Option<(&str, &str)> {
    // (The caller only uses it after a place in capitals.)
    let inner = s.strip_prefix('/')?;
    let close = inner.find('/')?;
    let src = source(inner.get(..close)?, acronym_ok)?;
    Some((src, inner.get(close.saturating_add(1)..)?))
}

/// Whether `body` starts a sentence whose first word is not all capitals.
fn starts_sentence(body: &str) -> bool {
    let Some(c) = first(body) else {
        return false;
    };
    if !(is_upper(c) || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '«')) {
        return false;
    }
    let w = body
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    w.chars().count() <= 1 || !caps(w)
}

/// A wire dateline at the start of a paragraph: "KYIV, Ukraine (Reuters) -
/// ...", "WASHINGTON — ...", "LONDON, Oct 19 (Reuters) -".
pub fn parse_dateline(line: &str) -> Option<Dateline<'_>> {
    let s = line.trim_start_matches(is_space);
    let body_at = |rest: &str| {
        let b = rest.trim_start_matches(is_space);
        offset_in(line, b).unwrap_or(line.len())
    };
    // "(Reuters) - …" without a place.
    if let Some((src, rest)) = bracketed_source(s, true) {
        let (r, _) = ws0(rest).ok()?;
        let r = dash(r)
            .map(|(r2, _)| r2)
            .ok()
            .or_else(|| r.strip_prefix(':'))?;
        return Some(Dateline {
            place: None,
            outlet: Some(src),
            body_start: body_at(r),
        });
    }
    let (place_len, city_caps, rest) = place(s)?;
    let place_text = s.get(..place_len)?;
    let (r, sp) = ws0(rest).ok()?;
    if let Some((src, after)) = bracketed_source(r, city_caps) {
        let (r2, _) = ws0(after).ok()?;
        let r2 = dash(r2)
            .map(|(x, _)| x)
            .ok()
            .or_else(|| r2.strip_prefix(':'))?;
        return Some(Dateline {
            place: Some(place_text),
            outlet: Some(src),
            body_start: body_at(r2),
        });
    }
    // TASS style: a place in capitals, a space, "/TASS/".
    if city_caps
        && !sp.is_empty()
        && let Some((src, after)) = slashed_source(r, true)
    {
        let after = after.strip_prefix('.').unwrap_or(after);
        return Some(Dateline {
            place: Some(place_text),
            outlet: Some(src),
            body_start: body_at(after),
        });
    }
    // "WASHINGTON — …": capitals, a spaced dash, a sentence.
    let city = place_text.split([',', ' ']).next().unwrap_or("");
    let letters = place_text.chars().filter(|c| c.is_alphabetic()).count();
    if !city_caps
        || letters < 3
        || sp.is_empty()
        || NOT_PLACES.iter().any(|w| *w == city.trim_end_matches('.'))
    {
        return None;
    }
    let (after, _) = dash(r).ok()?;
    let (body, gap) = ws0(after).ok()?;
    if gap.is_empty() || !starts_sentence(body) {
        return None;
    }
    Some(Dateline {
        place: Some(place_text),
        outlet: None,
        body_start: body_at(body),
    })
}
