//! Wire-style contributor lines: `Reporting by A and B in Kyiv; Additional
//! reporting by C; Writing by D; Editing by E`.
//!
//! ```text
//! credits  := segment (ws* ";" ws* segment)* "."?
//! segment  := task ws+ "by" ws+ names
//! task     := ("Additional" ws+)? TASK (ws+ "and" ws+ TASK)?
//! TASK     := "reporting" | "writing" | "editing" | "compiled" | "research"
//!           | "graphics" | "fact-checking" | "production" | "translation"   ; any case
//! names    := person place? (list_sep person place?)*
//! place    := ws+ "in" ws+ cap_word ((ws+ PARTICLE)? ws+ cap_word){0,2}  ; PARTICLE: de da do del la el of
//! ```
//!
//! Only the people of `reporting`, `writing` and `compiled` segments are
//! authors; editors are not.

use super::super::name::person;
use super::super::text::{ci_word, first, ws0, ws1};
use super::list_sep;
use crate::ucd::case::is_upper;
use heapless::Vec;

const TASKS: &[&str] = &[
    "reporting",
    "writing",
    "editing",
    "compiled",
    "research",
    "graphics",
    "fact-checking",
    "production",
    "translation",
];

/// `task` of the grammar; returns the rest and whether its people are authors.
fn task(s: &str) -> Option<(&str, bool)> {
    let s = ci_word(s, "additional")
        .ok()
        .and_then(|(r, _)| ws1(r).ok())
        .map_or(s, |(r, _)| r);
    let (mut r, t) = TASKS
        .iter()
        .find_map(|t| ci_word(s, t).ok().map(|(r, _)| (r, *t)))?;
    let mut authors = matches!(t, "reporting" | "writing" | "compiled");
    if let Some((r2, t2)) = ws1(r)
        .ok()
        .and_then(|(r, _)| ci_word(r, "and").ok())
        .and_then(|(r, _)| ws1(r).ok())
        .and_then(|(r, _)| {
            TASKS
                .iter()
                .find_map(|t| ci_word(r, t).ok().map(|(r, _)| (r, *t)))
        })
    {
        r = r2;
        authors |= matches!(t2, "reporting" | "writing" | "compiled");
    }
    Some((r, authors))
}

/// `place` of the grammar (also used after the names of a byline:
/// `By Christopher Miller in Kyiv`): `in`, or `at` with an optional `the`
/// (a reporter at a match or an event: `Sam Whitaker at the Emirates
/// Stadium`, `Barney Ronay at Anfield`), then up to three capitalised
/// words, with particles between them (`Rio de Janeiro`).
pub(super) fn place(s: &str) -> Option<&str> {
    let (r, _) = ws1(s).ok()?;
    let r = match ci_word(r, "in") {
        Ok((r, _)) => ws1(r).ok()?.0,
        Err(_) => {
            let (r, _) = ci_word(r, "at").ok()?;
            let (r, _) = ws1(r).ok()?;
            match ci_word(r, "the") {
                Ok((after, _)) => ws1(after).ok()?.0,
                Err(_) => r,
            }
        }
    };
    let mut end = r;
    let mut cur = r;
    let mut caps = 0;
    while caps < 3 {
        let len = cur
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’')))
            .map_or(cur.len(), |(i, _)| i);
        let w = cur.get(..len)?;
        // `Rio de Janeiro`, `Stratford-upon-Avon`'s kin: a particle
        // between two capitalised words.
        let particle = caps > 0 && matches!(w, "de" | "da" | "do" | "del" | "la" | "el" | "of");
        if !particle && !first(w).is_some_and(is_upper) {
            break;
        }
        let after = cur.get(len..)?;
        if !particle {
            caps += 1;
            end = after;
        }
        match ws1(after) {
            Ok((next, _)) => cur = next,
            Err(_) => break,
        }
    }
    (end.len() < r.len()).then_some(end)
}

/// `names` of the grammar.
fn names<'a>(s: &'a str, out: &mut Vec<&'a str, 8>, keep: bool) -> Option<&'a str> {
    let (mut r, n) = person(s, false).ok()?;
    if keep {
        let _ = out.push(n);
    }
    loop {
        if let Some(after) = place(r) {
            r = after;
        }
        let Some(next) = list_sep(r) else { break };
        match person(next, false) {
            Ok((after, n)) => {
                if keep {
                    let _ = out.push(n);
                }
                r = after;
            }
            Err(_) => break,
        }
    }
    Some(r)
}

/// `credits` of the grammar: the authors, or `None` when the line is not a
/// contributor line or names no reporter or writer.
pub(super) fn credits(s: &str) -> Option<Vec<&str, 8>> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut any_author_task = false;
    loop {
        let (r, authors) = task(rest)?;
        let (r, _) = ws1(r).ok()?;
        let (r, _) = ci_word(r, "by").ok()?;
        let (r, _) = ws1(r).ok()?;
        let r = names(r, &mut out, authors)?;
        any_author_task |= authors;
        let (r, _) = ws0(r).ok()?;
        if r.is_empty() || r == "." {
            break;
        }
        let (r, _) = ws0(r.strip_prefix(';')?).ok()?;
        rest = r;
    }
    (any_author_task && !out.is_empty()).then_some(out)
}
