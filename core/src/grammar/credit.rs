//! Photo and image credits.
//!
//! # Grammar
//!
//! ```text
//! credit_line := bracket(inner) | inner              ; the whole (trimmed) line
//! bracket(x)  := "(" ws* x ws* ")" | "[" ws* x ws* "]"
//! inner       := file? (labelled | copyrighted | bare)
//! labelled    := label who                           ; "Photo: Getty Images", "Photo by X/Getty Images",
//!                                                    ; "Image copyright EPA", "(Image credit: Blue Origin)"
//! copyrighted := copyright who                       ; "© 2025 Reuters", "FILE PHOTO. © Sputnik / Pavel Bednyakov"
//! bare        := who                                 ; strict, with an agency: "Getty Images",
//!                                                    ; "AP Photo/Jeffrey T. Barnes", "REUTERS/Jane Doe",
//!                                                    ; "Mikhail Metzel/Pool/AFP via Getty Images"
//! label, file, copyright := see label.rs;  who := see who.rs
//!
//! trailing    := TEXT ws* bracket(inner)             ; "... in 2023. (Mikhail Metzel/Pool/AFP via Getty Images)"
//!              | TEXT END ws+ inner                  ; "... earnings. Photograph by Robyn Beck/AFP/Getty Images",
//!                                                    ; "... a health centre. © John Brecher"
//! END         := "." | "!" | "?" | quote | ")" | "|" | DASH | ":"
//! ```
//!
//! A credit is at most 240 bytes long (a label, brackets and a 160-byte
//! `who`).
//!
//! A copyright line naming a company's legal form or "All rights reserved"
//! (`© 2019 Vox Media, LLC. All Rights Reserved`) is a site footer, not a
//! credit; so is a dated one naming a single word that is no agency (`©
//! 2019 Microsoft`). `© Amazon` or `© 2019 The Paradigm` still pass:
//! telling the remaining footers from credits by position is the
//! classifier's job.

mod label;
mod who;

use super::text::{is_space, offset_in};
use crate::Span;
use who::{Strength, Who, who};

/// A photo or image credit found in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Credit<'a> {
    /// The credited names/agencies part, e.g. "Sputnik / Pavel Bednyakov".
    pub who: &'a str,
    /// Span of the whole credit in the line.
    pub span: Span,
}

/// `inner` of the grammar.
fn inner(s: &str) -> Option<Who<'_>> {
    let s = label::file(s);
    if let Some((rest, strength)) = label::label(s) {
        let w = who(rest, strength)?;
        return (strength == Strength::Lenient || w.agency).then_some(w);
    }
    if let Some((rest, year)) = label::copyright(s) {
        // "© 2019 Microsoft" is a site footer; "© 2025 Reuters" and
        // "© 2024 Jane Doe" credit an agency or a person.
        return who(rest, Strength::Lenient)
            .filter(|w| !w.corporate && (!year || w.agency || w.text.contains(is_space)));
    }
    who(s, Strength::Strict).filter(|w| w.agency)
}

/// `bracket(inner)` over all of `s`.
fn bracketed(s: &str) -> Option<Who<'_>> {
    let body = s
        .strip_prefix('(')
        .and_then(|b| b.strip_suffix(')'))
        .or_else(|| s.strip_prefix('[').and_then(|b| b.strip_suffix(']')))?;
    inner(body.trim_matches(is_space))
}

/// The credit at `s` (a sub-slice of `line`), spanning to the end of `s`.
fn credit_at<'a>(line: &'a str, s: &'a str) -> Option<Credit<'a>> {
    let w = bracketed(s).or_else(|| inner(s))?;
    let start = offset_in(line, s)?;
    Some(Credit {
        who: w.text,
        span: Span {
            start,
            end: start.saturating_add(s.len()),
        },
    })
}

/// Longest credit considered (bytes): a label, a bracket and the 160 bytes
/// `who` may hold.
const MAX_LEN: usize = 240;

/// The whole line is a photo/image credit.
pub fn parse_credit(line: &str) -> Option<Credit<'_>> {
    let t = line.trim_matches(is_space);
    if t.is_empty() || t.len() > MAX_LEN {
        return None;
    }
    credit_at(line, t)
}

/// Byte index of the bracket opening the group that closes at the end of
/// `t` (which ends with `close`).
fn opening(t: &str, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in t.char_indices().rev() {
        if c == close {
            depth = depth.saturating_add(1);
        } else if c == open {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

/// Whether a credit may start at byte `i` of `t`: at the start, or after a
/// sentence end or a separator.
fn may_start(t: &str, i: usize) -> bool {
    let Some(before) = t.get(..i) else {
        return false;
    };
    if i == 0 {
        return true;
    }
    if !before.ends_with(is_space) {
        return false;
    }
    before
        .trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_some_and(|c| {
            matches!(
                c,
                '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | '|' | ':' | '-' | '–' | '—'
            )
        })
}

/// A credit at the END of a caption line, e.g. "... in 2023. (Mikhail
/// Metzel/Pool/AFP via Getty Images)". A line that is only a credit has it
/// too.
pub fn trailing_credit(line: &str) -> Option<Credit<'_>> {
    let t = line.trim_end_matches(is_space);
    for (open, close) in [('(', ')'), ('[', ']')] {
        if t.ends_with(close)
            && let Some(i) = opening(t, open, close)
            && t.len().saturating_sub(i) <= MAX_LEN
            && let Some(c) = t.get(i..).and_then(|g| credit_at(line, g))
        {
            return Some(c);
        }
    }
    // Only the end of a long caption can hold its credit.
    let from = t.len().saturating_sub(MAX_LEN);
    t.char_indices()
        .skip_while(|&(i, _)| i < from)
        .filter(|&(i, c)| !is_space(c) && may_start(t, i))
        .find_map(|(i, _)| t.get(i..).and_then(|s| credit_at(line, s)))
}
