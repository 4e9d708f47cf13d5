//! What may follow the names of a byline.
//!
//! ```text
//! tail     := (sep? item)+ "."?
//! sep      := ws* ("," | "|" | DASH | "·" | "•" | "/") ws* | ws+
//! item     := role                                  ; "Senior News Editor", "Special to the Pioneer Press"
//!           | outlet | ACRONYM                      ; "Reuters", "Cleveland.com", "Fox News", "KWCH"
//!           | stamp_word? date short_rest?          ; "Updated Nov 13, 2019, 10:28am EST", "on November 19, 2019"
//!           | N ws+ UNIT (ws+ "ago")?               ; "19 hours ago", "/ 2 days"
//!           | "@" handle                            ; "@DawgsByNature"
//!           | ("at" ws+)? EMAIL                     ; "jane.doe@example.com"
//!           | N ws+ ("Comments" | "comments" | "Comment")
//!           | BRAND (ws+ ACRONYM)?                  ; "g1", "g1 SP", "R7"
//!           | DASH-separated place, last            ; "— São Paulo", "— Rio de Janeiro"
//!           | "|"-separated place, more tail after  ; "| Nagpur | Updated: …"
//!           | ("de" | "desde" | "from" | "em" | "en") ws+ place, last ; ", de Brasília"
//! stamp_word := ("Updated" | "Published" | "Posted" | "Last updated") (ws+ "on")? ":"? ws*  | "on" ws+
//! short_rest := up to 5 words, 40 bytes, no sentence punctuation   ; a section name: "Science & Astronomy"
//! ```

use super::super::date::parse_date;
use super::super::phrase::{outlet, role};
use super::super::text::{ci_word, dash, first, is_space, number, word, ws0, ws1};

/// Role and outlet found in a tail.
#[derive(Default)]
pub(super) struct Found<'a> {
    pub(super) role: Option<&'a str>,
    pub(super) outlet: Option<&'a str>,
    /// A social-media handle or an e-mail address followed the names.
    pub(super) contact: bool,
}

/// `sep` of the grammar; `None` when there is neither punctuation nor space.
fn sep(s: &str) -> Option<&str> {
    let (r, sp) = ws0(s).ok()?;
    if let Some(after) = r.strip_prefix([',', '|', '·', '•', '/']) {
        return Some(ws0(after).ok()?.0);
    }
    if let Ok((after, _)) = dash(r) {
        return Some(ws0(after).ok()?.0);
    }
    (!sp.is_empty()).then_some(r)
}

/// An all-capitals acronym standing alone (`KWCH`, `WFAA`): an outlet.
fn acronym(s: &str) -> Option<(&str, &str)> {
    let len = s
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_uppercase())
        .map_or(s.len(), |(i, _)| i);
    let rest = s.get(len..)?;
    let ends = first(rest).is_none_or(|c| is_space(c) || matches!(c, ',' | '|' | ';' | '.'));
    ((2..=6).contains(&len) && ends).then(|| (rest, s.get(..len).unwrap_or("")))
}

/// `stamp_word` of the grammar.
fn stamp_word(s: &str) -> Option<&str> {
    for w in [
        "Last updated",
        "Updated",
        "Published",
        "Posted",
        "UPDATED",
        "PUBLISHED",
        "POSTED",
    ] {
        if let Ok((r, _)) = ci_word(s, w) {
            let r = ws1(r)
                .ok()
                .and_then(|(r2, _)| ci_word(r2, "on").ok())
                .map_or(r, |(r3, _)| r3);
            let r = r.strip_prefix(':').unwrap_or(r);
            return Some(ws0(r).ok()?.0);
        }
    }
    ci_word(s, "on")
        .ok()
        .and_then(|(r, _)| ws1(r).ok())
        .map(|(r, _)| r)
}

/// `N ws+ UNIT ws+ "ago"`.
fn ago(s: &str) -> Option<&str> {
    let (r, _) = number(s, 1, 3).ok()?;
    let (r, _) = ws1(r).ok()?;
    let units = [
        "seconds", "second", "secs", "minutes", "minute", "mins", "min", "hours", "hour", "hrs",
        "hr", "days", "day", "weeks", "week", "months", "month", "years", "year",
    ];
    let r = units
        .iter()
        .find_map(|u| ci_word(r, u).ok())
        .map(|(r, _)| r)?;
    // "2 days ago", or just "2 days" after a handle.
    Some(
        ws1(r)
            .ok()
            .and_then(|(r2, _)| ci_word(r2, "ago").ok())
            .map_or(r, |(r2, _)| r2),
    )
}

/// `N ws+ Comments`.
fn comments(s: &str) -> Option<&str> {
    let (r, _) = number(s, 1, 6).ok()?;
    let (r, _) = ws1(r).ok()?;
    [
        "Comments",
        "comments",
        "Comment",
        "comment",
        "comentários",
        "comentário",
        "комментариев",
    ]
    .iter()
    .find_map(|w| ci_word(r, w).ok())
    .map(|(r, _)| r)
}

/// An e-mail address standing alone (`jane.doe@example.com`).
fn email(s: &str) -> Option<&str> {
    let len = s
        .char_indices()
        .find(|&(_, c)| is_space(c) || matches!(c, ',' | '|' | ';' | ')'))
        .map_or(s.len(), |(i, _)| i);
    let w = s.get(..len)?;
    let (local, domain) = w.split_once('@')?;
    let ok = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '@' | '.' | '-' | '_' | '+'));
    ok.then(|| s.get(len..)).flatten()
}

/// `"@" handle`.
fn handle(s: &str) -> Option<&str> {
    let r = s.strip_prefix('@')?;
    let len = r
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
        .map_or(r.len(), |(i, _)| i);
    (len > 0).then(|| r.get(len..)).flatten()
}

/// `short_rest` of the grammar.
fn short_rest(s: &str) -> bool {
    let t = s.trim();
    t.len() <= 40
        && t.split(is_space).filter(|w| !w.is_empty()).count() <= 5
        && !t.contains(['.', '?', '!', ':', ';', '"', '“', '”'])
}

/// Parses `s` as a byline tail; `false` when something in it is not one.
pub(super) fn tail<'a>(s: &'a str, found: &mut Found<'a>) -> bool {
    let mut rest = s;
    loop {
        let t = rest.trim_start_matches(is_space);
        if t.is_empty() || t == "." {
            return true;
        }
        let r = if first(t) == Some('@') {
            t
        } else {
            match sep(rest) {
                Some(r) if !r.is_empty() => r,
                _ => return false,
            }
        };
        if let Some(after) = handle(r) {
            found.contact = true;
            rest = after;
            continue;
        }
        // "Write to Al Root at allen.root@example.com"
        if let Some(after) = ci_word(r, "at")
            .ok()
            .and_then(|(a, _)| ws1(a).ok())
            .and_then(|(a, _)| email(a))
        {
            found.contact = true;
            rest = after;
            continue;
        }
        let stamped = stamp_word(r);
        if let Some((_, len)) = parse_date(stamped.unwrap_or(r)) {
            let after = stamped.unwrap_or(r).get(len..).unwrap_or("");
            // After a date: more tail, or a short section name.
            let mut more = Found::default();
            if tail(after, &mut more) {
                found.role = found.role.or(more.role);
                found.outlet = found.outlet.or(more.outlet);
                return true;
            }
            return short_rest(after);
        }
        if stamped.is_some_and(|x| x.len() < r.len()) {
            return false; // "Updated" without a date
        }
        if let Some(after) = email(r) {
            found.contact = true;
            rest = after;
            continue;
        }
        if let Some(after) = ago(r).or_else(|| comments(r)) {
            rest = after;
            continue;
        }
        if found.role.is_none()
            && let Ok((after, text)) = role(r)
        {
            found.role = Some(text);
            rest = after;
            continue;
        }
        if found.outlet.is_none()
            && let Some((after, text)) = outlet(r).ok().or_else(|| acronym(r)).or_else(|| brand(r))
        {
            found.outlet = Some(text);
            rest = after;
            continue;
        }
        // `— São Paulo`: the place the reporter files from ends the line.
        if dash(rest.trim_start_matches(is_space)).is_ok() && place_end(r) {
            return true;
        }
        // `Por Ana Souza, de Brasília`, `Por Juan Pérez, desde Madrid`,
        // `By Jane Doe, from Kyiv`: where the reporter files from, last.
        if let Some(place) = ["de", "desde", "from", "em", "en"].iter().find_map(|w| {
            let (a, _) = word(r, w).ok()?;
            ws1(a).ok().map(|(p, _)| p)
        }) && place_end(place)
        {
            return true;
        }
        // `| Nagpur | Updated: …`: the place between bars, more tail after.
        if let Some(after) = barred_place(rest, r) {
            return tail(after, found);
        }
        return false;
    }
}

/// `BRAND`: a short name of letters and digits (`g1`, `R7`, `9News`),
/// optionally with a regional acronym (`g1 SP`); returns the rest and the
/// outlet text.
fn brand(s: &str) -> Option<(&str, &str)> {
    let len = s
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_alphanumeric())
        .map_or(s.len(), |(i, _)| i);
    let w = s.get(..len)?;
    let rest = s.get(len..)?;
    let ok = (2..=6).contains(&len)
        && w.bytes().any(|b| b.is_ascii_digit())
        && w.bytes().any(|b| b.is_ascii_alphabetic())
        && first(rest).is_none_or(|c| is_space(c) || matches!(c, ',' | '|' | ';' | '—' | '–'));
    if !ok {
        return None;
    }
    // `g1 SP`: a regional edition.
    if let Ok((r2, _)) = ws1(rest)
        && let Some((after, _)) = acronym(r2)
    {
        let end = s.len().saturating_sub(after.len());
        return Some((after, s.get(..end)?));
    }
    Some((rest, w))
}

/// `"|" place "|"`: a place between two bars (`Written by Arjun Deshpande
/// | Nagpur | Updated: …`, as Indian papers print the byline line); `rest`
/// starts at the separator, `r` after it. Returns the text from the second
/// bar on, which the caller reads as more tail.
fn barred_place<'a>(rest: &str, r: &'a str) -> Option<&'a str> {
    if !rest.trim_start_matches(is_space).starts_with('|') {
        return None;
    }
    let bar = r.find('|')?;
    place_end(r.get(..bar)?).then(|| r.get(bar..)).flatten()
}

/// `place_end`: one to four words, the first capitalised, the others
/// capitalised or name particles (`São Paulo`, `Rio de Janeiro`), then
/// the end of the line.
fn place_end(s: &str) -> bool {
    let t = s.trim_matches(is_space);
    let mut n = 0usize;
    for w in t.split(is_space).filter(|w| !w.is_empty()) {
        n += 1;
        let cap = first(w).is_some_and(crate::ucd::case::is_upper);
        let particle = matches!(w, "de" | "do" | "da" | "dos" | "das" | "del" | "di" | "of");
        if n > 4 || !(cap || (n > 1 && particle)) || w.contains(['.', ',', ';', ':', '!', '?']) {
            return false;
        }
    }
    n > 0
}
