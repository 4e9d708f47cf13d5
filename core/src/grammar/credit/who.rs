//! The credited part of a photo credit: people, agencies, pools.
//!
//! ```text
//! who      := "©"? part (part_sep part){0,9} "."?
//! part_sep := ws* ("/" | "|" | "," | ";" | "•") ws* | ws+ ("via" | "for" | "and" | "&") ws+
//! part     := AGENCY | person | handle+ | domain | yyyy | words
//! handle   := "@" [alnum_]+ (ws+ "@" [alnum_]+)*
//! words    := "the"? word (ws+ (word | "of" | "the" | "de" | "du" | "da" | "van" | "von")){0,6}
//! word     := capitalised or ALLCAPS or camel-case brand ("iFixit"), may carry . - ' &
//! ```
//!
//! Two strengths: *lenient* (after a label such as `Photo:`) accepts any
//! `words` part; *strict* (a credit with no label) accepts only agencies,
//! names, handles, domains, years and `File`/`Pool`/`Handout`, and needs at
//! least one agency, so a headline like `Getty Images Sues AI Firm` is not a
//! credit. A two-letter agency (`AP`, `PA`: also US states) counts only in
//! a slashed credit (`Manu Fernandez/AP`) or alone, so `PPL Center,
//! Allentown, PA` is no credit. A part naming a company's legal form (`LLC`,
//! `Inc.`) or `All rights reserved` marks a site footer, which the copyright
//! form rejects.

use super::super::lexicon::{AGENCIES, prefix_in};
use super::super::name::person;
use super::super::text::{ci_word, contains_ci, first, is_space, number, ws0, ws1};
use crate::lexicon::abbrev;
use crate::ucd::case::{is_lower, is_upper};

/// How demanding [`who`] is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Strength {
    Lenient,
    Strict,
}

/// What [`who`] found.
#[derive(Clone, Copy, Debug)]
pub(super) struct Who<'a> {
    /// The credited text (no leading `©`, no final sentence period).
    pub(super) text: &'a str,
    /// Whether a part is or contains an agency.
    pub(super) agency: bool,
    /// Whether a part names a legal form (`LLC`, `Inc.`) or says "rights reserved".
    pub(super) corporate: bool,
}

/// Characters of a credit word.
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’' | '&' | '_')
}

/// Length of the word at the start of `s`.
fn word_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !word_char(c))
        .map_or(s.len(), |(i, _)| i)
}

/// `word` of the grammar.
fn is_word(w: &str) -> bool {
    match first(w) {
        Some(c) if is_upper(c) || c.is_ascii_digit() => true,
        // "iFixit", "eBay": a brand with a capital inside.
        Some(c) if is_lower(c) => w.chars().skip(1).any(is_upper),
        _ => false,
    }
}

/// `part_sep` of the grammar; returns the text after it.
fn part_sep(s: &str) -> Option<&str> {
    let (r, sp) = ws0(s).ok()?;
    if let Some(after) = r.strip_prefix(['/', '|', ',', ';', '•']) {
        return Some(ws0(after).ok()?.0);
    }
    if sp.is_empty() {
        return None;
    }
    for w in ["via", "for", "and"] {
        if let Ok((after, _)) = ci_word(r, w) {
            return ws1(after).ok().map(|(a, _)| a);
        }
    }
    r.strip_prefix('&')
        .and_then(|a| ws1(a).ok())
        .map(|(a, _)| a)
}

/// One `part` of the grammar: returns its byte length, whether it holds an
/// agency and whether it is corporate boilerplate.
fn part(s: &str, strength: Strength) -> Option<(usize, bool, bool)> {
    // Handles.
    if s.starts_with('@') {
        let mut len = 0usize;
        let mut r = s;
        while let Some(h) = r.strip_prefix('@') {
            let n = h
                .char_indices()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
                .map_or(h.len(), |(i, _)| i);
            if n == 0 {
                break;
            }
            len = s.len().saturating_sub(h.len()).saturating_add(n);
            r = h.get(n..).unwrap_or("");
            match ws1(r) {
                Ok((next, _)) if next.starts_with('@') => r = next,
                _ => break,
            }
        }
        return (len > 0).then_some((len, false, false));
    }
    // Words up to the next separator.
    let mut end = 0usize;
    let mut words = 0usize;
    let mut agency = false;
    let mut corporate = false;
    let mut pos = 0usize;
    loop {
        let here = s.get(pos..)?;
        let len = word_len(here);
        if len == 0 {
            break;
        }
        let w = here.get(..len)?;
        if prefix_in(AGENCIES, here).is_some() {
            agency = true;
        }
        let bare = w.trim_end_matches('.');
        if matches!(
            bare,
            "LLC" | "Inc" | "Ltd" | "Corp" | "GmbH" | "PLC" | "plc"
        ) {
            corporate = true;
        }
        // "the Smith family": a leading "the" is fine, other connectives sit inside.
        let connective = (words > 0
            && matches!(w, "of" | "the" | "de" | "du" | "da" | "van" | "von" | "der"))
            || (words == 0 && w == "the");
        if words >= 7 || !(is_word(w) || connective) {
            break;
        }
        words += 1;
        if !connective {
            end = pos.saturating_add(len);
        }
        let rest = here.get(len..)?;
        // A period that is not an initial's or an abbreviation's ends a
        // sentence: the part stops here ("Billboard. All Rights Reserved").
        if w.ends_with('.') && !short_form(bare) {
            break;
        }
        // Continue across white space unless a separator word follows.
        let Ok((next, _)) = ws1(rest) else { break };
        if part_sep(rest).is_some() || next.starts_with('@') {
            break;
        }
        pos = s.len().saturating_sub(next.len());
    }
    if end == 0 {
        return None;
    }
    let text = s.get(..end)?;
    if strength == Strength::Strict {
        let whole_agency = prefix_in(AGENCIES, text) == Some(text.len());
        let whole_name = person(text, false).is_ok_and(|(rest, _)| rest.is_empty());
        let special = matches!(
            text,
            "File" | "FILE" | "Pool" | "POOL" | "Handout" | "HANDOUT"
        ) || number(text, 4, 4)
            .is_ok_and(|(r, y)| r.is_empty() && (1900..=2100).contains(&y))
            || is_domain(text);
        if !(whole_agency || whole_name || special) {
            return None;
        }
    }
    Some((end, agency, corporate))
}

/// An initial (`K`, `H.W`) or a known abbreviation (`Corp`, `St`).
fn short_form(bare: &str) -> bool {
    let last = bare.rsplit('.').next().unwrap_or("");
    last.chars().count() == 1 || abbrev::lookup(bare).is_some()
}

/// `label.label.tld`.
fn is_domain(w: &str) -> bool {
    let mut labels = w.split('.');
    let Some(tld) = labels.next_back() else {
        return false;
    };
    let mut n = 0;
    for l in labels {
        if l.is_empty() || !l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return false;
        }
        n += 1;
    }
    n > 0 && (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
}

/// `who` of the grammar over all of `s` (which must be consumed but for
/// trailing white space and one final period); `None` when it is not a
/// credit.
pub(super) fn who(s: &str, strength: Strength) -> Option<Who<'_>> {
    let lead = s.strip_prefix('©').map_or(0, |r| {
        s.len().saturating_sub(ws0(r).map_or(r, |(r2, _)| r2).len())
    });
    let body = s.get(lead..)?;
    let mut pos = 0usize;
    let mut agency = false;
    let mut short_agency = false;
    let mut slashed = false;
    let mut corporate = false;
    let mut parts = 0usize;
    loop {
        let here = body.get(pos..)?;
        let (len, ag, corp) = part(here, strength)?;
        // "AP" / "PA" alone are also US states and Indian ones.
        let short = here
            .get(..len)
            .is_some_and(|t| t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase()));
        if short {
            short_agency |= ag;
        } else {
            agency |= ag;
        }
        corporate |= corp;
        parts += 1;
        pos = pos.saturating_add(len);
        let rest = body.get(pos..)?;
        if parts > 10 {
            return None;
        }
        match part_sep(rest) {
            Some(next) if !next.is_empty() => {
                let sep = rest
                    .get(..rest.len().saturating_sub(next.len()))
                    .unwrap_or("");
                slashed |= sep.contains('/') || contains_ci(sep, "via");
                pos = body.len().saturating_sub(next.len());
            }
            _ => break,
        }
    }
    agency |= short_agency && (slashed || parts == 1);
    let rest = body.get(pos..)?;
    let tail = rest.trim_end_matches(is_space);
    // A final period ends the credit; it belongs to an initial or an
    // abbreviation that is already part of the last word.
    if !(tail.is_empty() || tail == ".") {
        return None;
    }
    let text = body.get(..pos)?;
    let text = text.trim_end_matches(is_space);
    let text = match text.strip_suffix('.') {
        Some(t) => {
            let last = t
                .rsplit(|c: char| is_space(c) || matches!(c, '/' | ','))
                .next()
                .unwrap_or("");
            if short_form(last) { text } else { t }
        }
        None => text,
    };
    let rights = contains_ci(s, "rights reserved");
    if text.is_empty() || text.len() > 160 {
        return None;
    }
    Some(Who {
        text,
        agency,
        corporate: corporate || rights,
    })
}
