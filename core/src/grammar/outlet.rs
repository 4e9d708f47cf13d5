//! Outlet credits (`/Telegraph/`, `— AP`, `(Reuters)`) and wire datelines
//! (`KYIV (Reuters) -`, `WASHINGTON —`).
//!
//! # Grammar
//!
//! ```text
//! find_outlet := whole | leading | trailing
//! whole       := OUTLET                                 ; the line is "Reuters", "Associated Press"
//!              | marker                                 ; "(Reuters)", "/Telegraph/", "— AP", "[AFP]"
//!              | "Source" ws* ":" ws* source            ; "Source: Reuters"
//! leading     := dateline with a source (dateline.rs)   ; "KYIV (Reuters) -", "(AP) —"
//! trailing    := TEXT ws+ "/" words "/" "."?            ; "... isolation. /Telegraph/"
//!              | TEXT ws* "(" source ")" "."?           ; "... talks (Reuters)"
//!              | TEXT ws+ DASH ws+ source "."?          ; "... he said. — AP", "... - Reuters"
//! marker      := "(" source ")" | "[" source "]" | "/" words "/" | DASH ws* source
//! source      := OUTLET | outlet phrase | UPPER{2,6}    ; see phrase.rs; what is accepted
//!                                                       ; depends on the position, below
//! words       := 1–4 capitalised words                  ; "/Telegraph/", "/The Kyiv Independent/"
//! ```
//!
//! In trailing position a known outlet (`Reuters`, `AP`, `Associated
//! Press`) is always accepted; an outlet-like phrase (`Fox News`, `The
//! Guardian`) or a bare acronym (`AFP`, `WSJ`) only after the end of a
//! sentence (`.`, `!`, `?`, a closing quote), since prose is full of
//! parenthesised acronyms: `the International Monetary Fund (IMF)`. A whole
//! line takes a known outlet or an outlet phrase, not a bare acronym
//! (`[AL]`, `(IMF)`).
//!
//! Spans cover the whole marker with its brackets, slashes or dash: `(Reuters)`,
//! `/Telegraph/`, `— AP`; for a whole line, the trimmed line.

mod dateline;

pub use dateline::parse_dateline;

use super::lexicon::{OUTLETS, is_in};
use super::phrase::outlet;
use super::text::{ci_word, dash, first, is_dash, is_space, offset_in, ws0};
use crate::Span;
use crate::article::text::{rfind_ascii, split_ascii};
use crate::ucd::case::is_upper;

/// Where in the line an outlet credit sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// At the start, in a wire dateline: `KYIV (Reuters) -`.
    Leading,
    /// At the end: `... isolation. /Telegraph/`.
    Trailing,
    /// The line is only the credit: `(Reuters)`, `— AP`.
    Whole,
}

/// An outlet credit in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutletCredit<'a> {
    /// The outlet's name, e.g. `Reuters`.
    pub outlet: &'a str,
    /// Span of the credit marker (brackets, slashes, dash included).
    pub span: Span,
    /// Where the credit sits.
    pub position: Position,
}

/// A wire dateline at the start of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline<'a> {
    /// The place, e.g. `KYIV, Ukraine` (without the date).
    pub place: Option<&'a str>,
    /// The source in brackets or slashes, e.g. `Reuters`.
    pub outlet: Option<&'a str>,
    /// Where the body text starts after the dateline.
    pub body_start: usize,
}

/// How much besides a known outlet a [`source`] may be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Accept {
    /// Only a known outlet.
    Known,
    /// Also an outlet phrase (`The Guardian`, `Fox News`).
    Phrase,
    /// Also a bare acronym (`AFP`, `WSJ`).
    Acronym,
}

/// Whether `s` is a source (see [`Accept`]); returns the trimmed text.
fn source(s: &str, accept: Accept) -> Option<&str> {
    let t = s.trim_matches(is_space);
    if t.is_empty() || t.len() > 40 {
        return None;
    }
    if is_in(OUTLETS, t) {
        return Some(t);
    }
    let phrase = accept != Accept::Known && outlet(t).is_ok_and(|(rest, _)| rest.is_empty());
    let acronym = accept == Accept::Acronym
        && (2..=6).contains(&t.chars().count())
        && t.chars().all(is_upper);
    (phrase || acronym).then_some(t)
}

/// 1–4 capitalised words (the `/Telegraph/` form).
fn cap_words(s: &str) -> Option<&str> {
    let t = s.trim_matches(is_space);
    let n = split_ascii(t, b' ').count();
    let ok = !t.is_empty()
        && t.len() <= 40
        && n <= 4
        && split_ascii(t, b' ').all(|w| {
            first(w).is_some_and(is_upper)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’' | '&'))
        });
    ok.then_some(t)
}

/// Whether the text before a trailing credit ends a sentence.
fn ends_sentence(before: &str) -> bool {
    before
        .trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '»' | ')'))
}

fn span_of(line: &str, s: &str) -> Option<Span> {
    let start = offset_in(line, s)?;
    Some(Span {
        start,
        end: start.saturating_add(s.len()),
    })
}

/// A marker `m` (the whole of it) and its outlet, or `None`.
fn marker(m: &str, accept: Accept) -> Option<&str> {
    if let Some(inner) = m.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        return source(inner, accept);
    }
    if let Some(inner) = m.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
        return source(inner, accept);
    }
    if let Some(inner) = m.strip_prefix('/').and_then(|x| x.strip_suffix('/')) {
        return cap_words(inner).filter(|w| !w.contains('/'));
    }
    let (after, _) = dash(m).ok()?;
    source(ws0(after).ok()?.0, accept)
}

/// `whole` of the grammar.
fn whole(line: &str) -> Option<OutletCredit<'_>> {
    let t = line.trim_matches(is_space);
    let t = t.strip_suffix('.').unwrap_or(t);
    // A lone bracketed acronym ("[AL]") is too often something else.
    let name = source(t, Accept::Known)
        .or_else(|| marker(t, Accept::Phrase))
        .or_else(|| {
            let (r, _) = ci_word(t, "source").ok()?;
            let (r, _) = ws0(r).ok()?;
            source(r.strip_prefix(':')?, Accept::Phrase)
        })?;
    Some(OutletCredit {
        outlet: name,
        span: span_of(line, t)?,
        position: Position::Whole,
    })
}

/// `leading` of the grammar.
fn leading(line: &str) -> Option<OutletCredit<'_>> {
    let d = parse_dateline(line)?;
    let name = d.outlet?;
    let start = offset_in(line, name)?;
    let end = start.saturating_add(name.len());
    let open = line.get(..start)?.rfind(['(', '/'])?;
    let close = end
        .saturating_add(line.get(end..)?.find([')', '/'])?)
        .saturating_add(1);
    Some(OutletCredit {
        outlet: name,
        span: Span {
            start: open,
            end: close,
        },
        position: Position::Leading,
    })
}

/// `trailing` of the grammar.
fn trailing(line: &str) -> Option<OutletCredit<'_>> {
    let t = line.trim_end_matches(is_space);
    let t = t.strip_suffix('.').unwrap_or(t);
    let candidates = [
        t.ends_with('/')
            .then(|| rfind_ascii(t.get(..t.len().saturating_sub(1))?, b'/'))
            .flatten(),
        t.ends_with(')').then(|| rfind_ascii(t, b'(')).flatten(),
        t.ends_with(']').then(|| rfind_ascii(t, b'[')).flatten(),
        t.char_indices()
            .rev()
            .find(|&(i, c)| is_dash(c) && t.get(..i).is_some_and(|b| b.ends_with(is_space)))
            .map(|(i, _)| i)
            .filter(|&i| {
                t.get(i..)
                    .and_then(|m| dash(m).ok())
                    .is_some_and(|(r, _)| r.starts_with(is_space))
            }),
    ];
    candidates.into_iter().flatten().find_map(|i| {
        let before = t.get(..i)?;
        let m = t.get(i..)?;
        // Slashes and dashes stand apart from the text; brackets may touch it.
        if !m.starts_with(['(', '[']) && !before.ends_with(is_space) {
            return None;
        }
        if before.trim_matches(is_space).is_empty() {
            return None;
        }
        let accept = if ends_sentence(before) {
            Accept::Acronym
        } else {
            Accept::Known
        };
        let name = marker(m, accept)?;
        Some(OutletCredit {
            outlet: name,
            span: span_of(line, m)?,
            position: Position::Trailing,
        })
    })
}

/// An outlet credit in a line: trailing "/Telegraph/" or "— AP" or
/// "(Reuters)", a leading wire dateline "(Reuters) -", "KYIV (Reuters) -",
/// "WASHINGTON (AP) —", or a whole line that is only an outlet credit.
pub fn find_outlet(line: &str) -> Option<OutletCredit<'_>> {
    whole(line)
        .or_else(|| leading(line))
        .or_else(|| trailing(line))
}
