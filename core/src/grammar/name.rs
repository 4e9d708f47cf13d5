//! Personal names, as bylines and photo credits write them.
//!
//! ```text
//! name        := (title ws+)? word (ws+ (particle ws+)* word){0,3} suffix?
//! word        := initial | capitalised | CAPS | uncased          ; 1–4 of them
//! initial     := UPPER "."? | UPPER "." (UPPER ".")+             ; "L.", "L", "H.W."
//! capitalised := UPPER letter+ (("'" | "’" | "-") letter+)*       ; "Basmat", "O'Neil", "Jean-Luc"
//!                  ; an upper-case letter inside must follow a lower-case one or a
//!                  ; separator: "McDonald", "LaMotte", not "FOXBusiness"
//! CAPS        := UPPER{2,} (("'" | "-") UPPER+)*                  ; "JALONICK", "O'NEIL"
//! uncased     := (Hangul | Han | kana){2,5}                       ; only where the caller allows
//! particle    := "van" | "von" | "de" | "der" | "bin" | "al" | ...  ; never first or last
//! title       := "Dr." | "Prof." | "Gen." | ...                   ; a TITLE abbreviation
//! suffix      := ","? ws+ ("Jr" | "Sr" | "II" | "III" | "IV") "."?
//! ```
//!
//! Function words, byline furniture (`Updated`, `Posted`, `Photo`...), job
//! titles (`Editor`, `Senior Contributor`), a known outlet (`Associated
//! Press`) and the start of a date (`Nov 13`) end a name; a name made only of job-title words (`Senior News`) is none. A name
//! written twice in a row (`Sean Martin Sean Martin`, a link and its text
//! glued by the HTML-to-text step) is returned once.

use super::date::parse_date;
use super::lexicon::{
    DESK_WORDS, NOT_NAMES, OUTLETS, PARTICLES, ROLE_NOUNS, ROLE_WORDS, in_sorted, prefix_in,
};
use super::phrase::role;
use super::text::{PResult, fail, first, is_space};
use crate::article::text::split_ascii;
use crate::lexicon::abbrev::{self, Abbrev};
use crate::ucd::case::{is_lower, is_upper};

/// What a token can be inside a name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Word,
    Initial,
    Particle,
    Title,
    Suffix,
    No,
}

/// The maximal run of name characters at the start of `s`.
fn token(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.')))
        .map_or(s.len(), |(i, _)| i);
    s.get(..end).unwrap_or("")
}

fn is_sep(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

/// `initial` of the grammar: single capitals each followed by a period, or
/// one capital alone.
fn is_initial(t: &str) -> bool {
    let base = t.strip_suffix('.').unwrap_or(t);
    !base.is_empty()
        && split_ascii(base, b'.').all(|part| {
            let mut it = part.chars();
            matches!((it.next(), it.next()), (Some(c), None) if is_upper(c))
        })
}

/// `capitalised`, `CAPS` or (when allowed) `uncased` of the grammar.
fn is_name_word(t: &str, uncased_ok: bool) -> bool {
    let Some(c0) = first(t) else {
        return false;
    };
    if t.chars().count() < 2 || in_sorted(NOT_NAMES, t) || in_sorted(ROLE_NOUNS, t) {
        return false;
    }
    if !is_upper(c0) {
        let uncased = |c: char| c.is_alphabetic() && !is_upper(c) && !is_lower(c);
        if uncased_ok && t.chars().all(uncased) {
            return t.chars().count() <= 5;
        }
        // "al-Assad", "d'Alembert": a lower-case prefix before a capital.
        return ["al-", "el-", "d'", "d’"]
            .iter()
            .any(|p| t.strip_prefix(p).is_some_and(|r| is_name_word(r, false)));
    }
    let mut prev: Option<char> = None;
    let has_lower = t.chars().any(is_lower);
    for c in t.chars() {
        let ok = if is_sep(c) {
            prev.is_some_and(char::is_alphabetic)
        } else if is_upper(c) {
            // Humps only after a lower-case letter or a separator.
            !has_lower || prev.is_none_or(|p| is_lower(p) || is_sep(p))
        } else {
            c.is_alphabetic()
        };
        if !ok {
            return false;
        }
        prev = Some(c);
    }
    !prev.is_some_and(is_sep)
}

/// Classifies a token; returns the kind and how many of its bytes belong to
/// the name (a trailing sentence period does not).
fn classify(t: &str, uncased_ok: bool) -> (Kind, usize) {
    let base = t.strip_suffix('.').unwrap_or(t);
    if matches!(base, "Jr" | "JR" | "Sr" | "SR" | "II" | "III" | "IV") {
        return (Kind::Suffix, t.len());
    }
    if is_initial(t) {
        return (Kind::Initial, t.len());
    }
    if t.chars().all(is_lower) && in_sorted(PARTICLES, t) {
        return (Kind::Particle, t.len());
    }
    if t.ends_with('.')
        && abbrev::lookup(base).is_some_and(|f| f.contains(Abbrev::TITLE))
        && first(t).is_some_and(is_upper)
    {
        return (Kind::Title, t.len());
    }
    if base.contains('.') || !is_name_word(base, uncased_ok) {
        return (Kind::No, 0);
    }
    (Kind::Word, base.len())
}

/// A personal name at the start of `s` (see the module grammar); returns the
/// name's text. `uncased_ok` admits Hangul/Han names (`홍길동`).
pub(crate) fn person(s: &str, uncased_ok: bool) -> PResult<'_, &str> {
    // (start, end) of each counted word, for the duplicate check.
    let mut spans = [(0usize, 0usize); 4];
    let mut count = 0usize;
    let mut has_word = false;
    let mut end = 0usize;
    let mut pos = 0usize;
    let mut pending = false; // a particle or title waits for its word
    while let Some(here) = s.get(pos..) {
        if count > 0 && !pending && parse_date(here).is_some() {
            break;
        }
        let t = token(here);
        if t.is_empty() {
            break;
        }
        let (kind, used) = classify(t, uncased_ok);
        // "Bruce Y. Lee Senior Contributor": a job title starts here.
        if count > 0 && in_sorted(ROLE_WORDS, t) && role(here).is_ok() {
            break;
        }
        // "JANE DOE Associated Press": a known outlet starts here (short
        // acronyms such as "AP" are left alone: they collide with names).
        if count > 0
            && prefix_in(OUTLETS, here)
                .and_then(|n| here.get(..n))
                .is_some_and(|o| o.len() >= 4 || o.contains(is_space))
        {
            break;
        }
        match kind {
            Kind::Word | Kind::Initial => {
                if count == 4 {
                    break;
                }
                if let Some(slot) = spans.get_mut(count) {
                    *slot = (pos, pos.saturating_add(used));
                }
                count = count.saturating_add(1);
                has_word |= kind == Kind::Word;
                end = pos.saturating_add(used);
                pending = false;
                if used < t.len() {
                    break;
                }
            }
            Kind::Particle if count > 0 => pending = true,
            Kind::Title if count == 0 => pending = true,
            Kind::Suffix if count > 0 && !pending => {
                end = pos.saturating_add(used);
                break;
            }
            _ => break,
        }
        // Next token after white space.
        let after = pos.saturating_add(t.len());
        let Some(rest) = s.get(after..) else { break };
        let gap = rest
            .len()
            .saturating_sub(rest.trim_start_matches(is_space).len());
        if gap == 0 {
            break;
        }
        pos = after.saturating_add(gap);
    }
    if !has_word {
        return fail(s);
    }
    // ", Jr." after the name.
    if let Some(rest) = s.get(end..).and_then(|r| r.strip_prefix(", ")) {
        let t = token(rest);
        if classify(t, false).0 == Kind::Suffix {
            end = end.saturating_add(2).saturating_add(t.len());
        }
    }
    let text = |(a, b): (usize, usize)| s.get(a..b).unwrap_or("");
    // A run of job-title words is a title, not a name ("Senior News Editor").
    let used = spans.get(..count).unwrap_or(&[]);
    if used.iter().all(|&w| in_sorted(ROLE_WORDS, text(w))) {
        return fail(s);
    }
    // "Sean Martin Sean Martin" → "Sean Martin" (all of it consumed).
    let name_end = match (count, spans) {
        (4, [a, b, c, d]) if text(a) == text(c) && text(b) == text(d) => b.1,
        (2, [a, b, _, _]) if text(a) == text(b) => a.1,
        _ => end,
    };
    match (s.get(..name_end), s.get(end..)) {
        (Some(name), Some(rest)) => Ok((rest, name)),
        _ => fail(s),
    }
}

/// Whether `name` is an editorial desk, not a person: every word of it is
/// one of [`DESK_WORDS`] (`News Desk`, `Haber Merkezi`, `La Rédaction`).
pub(crate) fn is_desk(name: &str) -> bool {
    let mut words = name
        .split(|c: char| crate::article::text::is_space(c) || c == ',')
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(|w| in_sorted(DESK_WORDS, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desks_are_not_people() {
        for d in [
            "News Desk",
            "Web Desk",
            "Newsroom Staff",
            "Haber Merkezi",
            "La Rédaction",
            "REDAKTION",
            "Редакция",
            "The Newsroom",
        ] {
            assert!(is_desk(d), "{d}");
        }
        for p in [
            "Jane Center",
            "Paul Newsome",
            "Tom Staffer",
            "The Guardian",
            "",
            "  ",
        ] {
            assert!(!is_desk(p), "{p}");
        }
    }

    fn name(s: &str) -> Option<&str> {
        person(s, false).ok().map(|(_, n)| n)
    }

    #[test]
    fn names() {
        assert_eq!(name("Dmytro Basmat"), Some("Dmytro Basmat"));
        assert_eq!(name("Troy L. Smith, Cleveland.com"), Some("Troy L. Smith"));
        assert_eq!(name("MARY CLARE JALONICK and"), Some("MARY CLARE JALONICK"));
        assert_eq!(name("Sandee LaMotte, CNN"), Some("Sandee LaMotte"));
        assert_eq!(name("Ursula von der Leyen"), Some("Ursula von der Leyen"));
        assert_eq!(name("Jean-Luc O'Neil"), Some("Jean-Luc O'Neil"));
        assert_eq!(
            name("Martin Luther King Jr."),
            Some("Martin Luther King Jr.")
        );
        assert_eq!(
            name("Martin Luther King, Jr."),
            Some("Martin Luther King, Jr.")
        );
        assert_eq!(name("Sean Martin Sean Martin"), Some("Sean Martin"));
        assert_eq!(
            person("Sean Martin Sean Martin x", false).ok().map(|r| r.0),
            Some(" x")
        );
        assert_eq!(name("Senior News Editor"), None);
        assert_eq!(name("Umair Irfan Updated Nov 13"), Some("Umair Irfan"));
        assert_eq!(name("Mike Wall 2019-11-18"), Some("Mike Wall"));
        assert_eq!(name("Jane Doe Staff Writer"), Some("Jane Doe"));
        assert_eq!(
            name("Bruce Y. Lee Senior Contributor"),
            Some("Bruce Y. Lee")
        );
        assert_eq!(name("Dr. Jane Smith"), Some("Dr. Jane Smith"));
        assert_eq!(name("Лида Буслаева ·"), Some("Лида Буслаева"));
        assert_eq!(name("Adam Clark Estes Jr"), Some("Adam Clark Estes Jr"));
        assert_eq!(name("John Smith."), Some("John Smith"));
        assert_eq!(name("Jonathan Garber FOXBusiness"), Some("Jonathan Garber"));
        assert_eq!(name("April Ryan"), Some("April Ryan"));
        assert_eq!(name("A B C D E"), None);
        assert_eq!(name("the team"), None);
        assert_eq!(name("J. R."), None);
        assert_eq!(name("FOXBusiness"), None);
        assert_eq!(name("The Associated Press"), None);
        assert_eq!(name("iFixit"), None);
        assert_eq!(name("von"), None);
        assert_eq!(
            person("홍길동 기자", true).ok().map(|r| r.1),
            Some("홍길동")
        );
        assert_eq!(name("홍길동"), None);
    }
}
