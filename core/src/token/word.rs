//! News-mode words and numbers: UAX #29 word segments, re-cut and joined by
//! the tailorings listed in the module documentation of [`super`].
//!
//! A news word is a chain of *elements* joined by *joiners*. An element is
//! one UAX #29 word segment (letters and/or digits, with the internal
//! apostrophes, periods and separators UAX #29 already keeps: `don’t`,
//! `U.S`, `4,512.37`), cut at a glued sentence end (`area.The`) or a colon
//! (`Note:This`), plus a final period when it is an abbreviation (`Sept.`,
//! `U.S.`). Joiners are hyphens between any elements (`Rostov-on-Don`,
//! `2025-10-19`, `U.S.-Russia`), apostrophes UAX #29 did not join
//! (`1990’s`), `:` and `/` between digit groups (`5:30`, `10/19/2025`) and
//! `&` between capitals (`AT&T`).

use super::Kind;
use super::uax29::{classify, fast_segment_end};
use crate::lexicon::abbrev::{self, Abbrev};
use crate::ucd::case::{is_lower, is_upper};

/// The lexicon entry of `word`. (`abbrev::lookup` answers "no" for
/// ordinary words with its Bloom filter before any search.)
#[inline]
fn lexicon(word: &str) -> Option<Abbrev> {
    abbrev::lookup(word)
}

/// Whether `s` is a dotted initialism: two or more single letters separated
/// by periods (`U.S`, `J.R.R`, `e.g`), without the final period.
fn is_initialism(s: &str) -> bool {
    if !s.as_bytes().contains(&b'.') {
        return false;
    }
    let mut groups = 0usize;
    for g in s.split('.') {
        let mut cs = g.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_alphabetic() => groups += 1,
            _ => return false,
        }
    }
    groups >= 2
}

/// The first non-white-space character at or after byte `from`.
fn next_visible(text: &str, from: usize) -> Option<char> {
    text.get(from..)?.trim_start().chars().next()
}

/// Whether the last non-white-space character before `start` is a digit.
fn after_number(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|s| s.trim_end().chars().next_back())
        .is_some_and(|c| c.is_ascii_digit())
}

/// Whether the word `text[start..end]`, followed by a period at `end`, keeps
/// that period (an abbreviation or initial).
///
/// * Never when another period follows (`etc...` is `etc` + `...`).
/// * Dotted initialisms always (`U.S.`, `J.R.R.`).
/// * Lexicon entries by their flags: units only after a number (`5 ft.`,
///   but `logged in.`), number prefixes only before a digit (`No. 5`, but
///   an answer `No.`), weekdays only before `,` or a digit; all others
///   (titles, months, `Inc.`, `etc.`, states...) always.
/// * A single capital letter when a capitalised word follows (`George W.
///   Bush`, `J. K. Rowling`); `Plan B.` at the end of a paragraph stays
///   `B` + `.`.
pub(super) fn keeps_period(text: &str, start: usize, end: usize) -> bool {
    let after = end + 1;
    if text.as_bytes().get(after) == Some(&b'.') {
        return false;
    }
    let Some(word) = text.get(start..end) else {
        return false;
    };
    is_initialism(word) || keeps_period_plain(text, start, end)
}

/// [`keeps_period`] for a word known to have no period inside (a run of
/// the block path): the lexicon and the single-capital rule, no
/// initialism check.
#[inline]
pub(super) fn keeps_period_plain(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let after = end + 1;
    if bytes.get(after) == Some(&b'.') {
        return false;
    }
    let Some(word) = text.get(start..end) else {
        return false;
    };
    // Every lexicon key is short; skip the search for ordinary words.
    if word.len() <= MAX_KEY
        && let Some(f) = lexicon(word)
    {
        let next_digit = || next_visible(text, after).is_some_and(|c| c.is_ascii_digit());
        let ok = if f.contains(Abbrev::UNIT) {
            after_number(text, start)
        } else if f.contains(Abbrev::BEFORE_NUMBER) {
            next_digit()
        } else if f.contains(Abbrev::WEEKDAY) {
            bytes.get(after) == Some(&b',') || next_digit()
        } else {
            true
        };
        if ok {
            return true;
        }
    }
    // One capital letter (one character: at most four bytes).
    word.len() <= 4 && {
        let mut cs = word.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if is_upper(c))
            && next_visible(text, after).is_some_and(is_upper)
    }
}

/// Length of the longest lexicon key.
const MAX_KEY: usize = {
    let mut max = 0;
    let mut rest = abbrev::ENGLISH;
    while let [(key, _), tail @ ..] = rest {
        if key.len() > max {
            max = key.len();
        }
        rest = tail;
    }
    max
};

/// Where a word segment containing periods must be cut (news tailoring):
/// before the first period followed by a capitalised word (`area.The`,
/// `U.S.The`, `Mr.Smith`), unless the whole segment is an initialism or a
/// lexicon entry (`Ph.D`). Lower-case and all-capital groups stay joined
/// (`Node.js`, `ASP.NET`); host names were already taken as URLs.
fn period_cut(text: &str, start: usize, end: usize) -> usize {
    let Some(s) = text.get(start..end) else {
        return end;
    };
    if is_initialism(s) || lexicon(s).is_some() {
        return end;
    }
    for (d, _) in s.match_indices('.') {
        let group = s.get(d + 1..).unwrap_or("");
        let mut cs = group.chars();
        if let (Some(a), Some(b)) = (cs.next(), cs.next())
            && is_upper(a)
            && is_lower(b)
        {
            return start + d;
        }
    }
    end
}

/// One element at `start`: a UAX #29 word/number segment, re-cut, plus an
/// abbreviation period. `None` if the segment there is not a word or number.
fn element(text: &str, start: usize) -> Option<(usize, Kind)> {
    let (seg_end, known) = fast_segment_end(text, start);
    let seg = text.get(start..seg_end)?;
    let mut kind = match known {
        Some(k) => k,
        None => classify(seg),
    };
    if !matches!(kind, Kind::Word | Kind::Number) {
        return None;
    }
    let mut end = seg_end;
    if kind == Kind::Word {
        let bytes = seg.as_bytes();
        // UAX #29 keeps `Note:This` together (`:` is MidLetter, for Swedish
        // `S:t`); in English copy that is always a missing space.
        if let Some(i) = memchr::memchr(b':', bytes) {
            end = start + i;
        }
        if memchr::memchr(b'.', bytes.get(..end - start).unwrap_or(&[])).is_some() {
            end = period_cut(text, start, end);
        }
        if end != seg_end {
            kind = classify(text.get(start..end)?);
        }
    }
    if kind == Kind::Word
        && text.as_bytes().get(end) == Some(&b'.')
        && keeps_period(text, start, end)
    {
        end += 1;
    }
    Some((end, kind))
}

/// What may join two elements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Joiner {
    /// `-`, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.
    Hyphen,
    /// `'` or `’` (U+2019).
    Apostrophe,
    /// `:` between digit groups.
    Colon,
    /// `/` between digit groups.
    Slash,
    /// `&` between capital letters.
    Amp,
}

/// The joiner at `pos` and the position after it.
fn joiner_at(text: &str, pos: usize) -> Option<(Joiner, usize)> {
    let bytes = text.as_bytes();
    let j = match *bytes.get(pos)? {
        b'-' => Joiner::Hyphen,
        b'\'' => Joiner::Apostrophe,
        b':' => Joiner::Colon,
        b'/' => Joiner::Slash,
        b'&' => Joiner::Amp,
        0xE2 => match text.get(pos..)?.chars().next()? {
            '\u{2010}' | '\u{2011}' => Joiner::Hyphen,
            '\u{2019}' => Joiner::Apostrophe,
            _ => return None,
        },
        _ => return None,
    };
    let len = if bytes.get(pos).is_some_and(|b| *b < 0x80) {
        1
    } else {
        3
    };
    Some((j, pos + len))
}

fn all_digits(s: &[u8]) -> bool {
    !s.is_empty() && s.iter().all(u8::is_ascii_digit)
}

/// A news word or number at `start` (elements and joiners), or `None` if no
/// word or number starts there.
pub(super) fn compound(text: &str, start: usize) -> Option<(usize, Kind)> {
    let bytes = text.as_bytes();
    let (mut end, mut kind) = element(text, start)?;
    let mut last_start = start;
    while let Some((j, after)) = joiner_at(text, end) {
        let Some((e2, k2)) = element(text, after) else {
            break;
        };
        let ok = match j {
            Joiner::Hyphen | Joiner::Apostrophe => true,
            Joiner::Colon | Joiner::Slash => {
                all_digits(bytes.get(last_start..end).unwrap_or(&[]))
                    && all_digits(bytes.get(after..e2).unwrap_or(&[]))
            }
            Joiner::Amp => {
                end.checked_sub(1)
                    .and_then(|i| bytes.get(i))
                    .is_some_and(u8::is_ascii_uppercase)
                    && bytes.get(after).is_some_and(u8::is_ascii_uppercase)
            }
        };
        if !ok {
            break;
        }
        if k2 == Kind::Word {
            kind = Kind::Word;
        }
        last_start = after;
        end = e2;
    }
    Some((end, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initialisms() {
        assert!(is_initialism("U.S"));
        assert!(is_initialism("J.R.R"));
        assert!(is_initialism("e.g"));
        assert!(!is_initialism("U"));
        assert!(!is_initialism("Ph.D"));
        assert!(!is_initialism("6.2"));
        assert!(!is_initialism("U..S"));
    }

    #[test]
    fn lexicon_lookups() {
        for (key, _) in abbrev::ENGLISH {
            assert!(abbrev::ENGLISH_FILTER.may_contain(key.as_bytes()), "{key}");
        }
        assert!(lexicon("Sept").is_some());
        assert!(lexicon("U.S").is_some());
        assert!(lexicon("house").is_none());
    }

    #[test]
    fn cuts() {
        let t = "journalists.The";
        assert_eq!(period_cut(t, 0, t.len()), 11);
        let t = "Ph.D";
        assert_eq!(period_cut(t, 0, t.len()), 4);
        let t = "U.S.The";
        assert_eq!(period_cut(t, 0, t.len()), 3);
        let t = "ASP.NET";
        assert_eq!(period_cut(t, 0, t.len()), 7);
    }
}
