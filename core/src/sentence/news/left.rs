//! The word before a period: what kind of token the period closes.
//!
//! Only the non-white-space run before the terminator is read (at most
//! [`MAX_TOKEN`] bytes), plus, for a few rules, the word before it.

use super::text;
use super::text::{char_before, is_bullet, is_opener, is_space, is_ws, letter_case};
use crate::lexicon::abbrev::{self, Abbrev};

/// Longest token examined; longer runs are URLs or garbage, where only
/// their tail matters.
const MAX_TOKEN: usize = 64;

/// What the period follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LeftKind {
    /// Nothing (the period follows white space).
    Empty,
    /// A URL, e-mail address or `www.` domain: the period after it is
    /// ordinary punctuation.
    Url,
    /// A number (`2019`, `$100.00`, `1,000`, `1026.253.553`).
    Number,
    /// An entry of the abbreviation lexicon.
    Abbrev(Abbrev),
    /// One letter (`J` in `Donald J. Trump`, `p` in `p. 55`).
    Letter(char),
    /// Dotted capitals not in the lexicon: initials (`J.R.R`) or an
    /// initialism (`F.B.I`).
    DottedUpper,
    /// Dotted lower-case letters not in the lexicon (`a.s.a.p`).
    DottedLower,
    /// A capitalised word of 2–5 letters without a vowel (`Cllr`, `Mgr`,
    /// `Pkwy`): English words have vowels, abbreviations often do not.
    Vowelless,
    /// Any other word.
    Word,
}

/// The token before a terminator.
#[derive(Clone, Copy, Debug)]
pub(super) struct Left<'a> {
    /// The token without leading openers and bullets.
    pub key: &'a str,
    /// Byte offset of `key` in the text.
    pub start: usize,
    /// The key's first letter is upper case.
    pub capitalised: bool,
    pub kind: LeftKind,
}

impl<'a> Left<'a> {
    /// Analyses the token ending at `end` (the terminator's offset) that
    /// starts at or after `floor` (the segment start: in `Tuesday.Mr.` the
    /// token before the second period is `Mr`, once `Tuesday.` ended).
    pub(super) fn at(text: &'a str, floor: usize, end: usize) -> Left<'a> {
        let start = token_start(text, end).max(floor);
        let raw = text.get(start..end).unwrap_or("");
        let trimmed = match raw.as_bytes().first() {
            Some(b) if b.is_ascii_alphanumeric() => raw,
            _ => raw.trim_start_matches(|c: char| is_opener(c) || is_bullet(c)),
        };
        let (kind, key) = classify(trimmed);
        let capitalised = key.chars().next().and_then(letter_case) == Some(true);
        Left {
            key,
            start: end - key.len(),
            capitalised,
            kind,
        }
    }
}

/// Start of the non-white-space run ending at `end`, bounded by
/// [`MAX_TOKEN`] bytes (on a char boundary). ASCII bytes are handled
/// without decoding.
pub(super) fn token_start(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let lo = end.saturating_sub(MAX_TOKEN);
    let mut s = end;
    while s > lo {
        match bytes.get(s - 1) {
            Some(&b) if b < 0x80 => {
                if b.is_ascii_whitespace() || b == 0x0b {
                    break;
                }
                s -= 1;
            }
            Some(_) => match char_before(text, s) {
                Some(c) if !is_ws(c) && !c.is_whitespace() && s - c.len_utf8() >= lo => {
                    s -= c.len_utf8();
                }
                _ => break,
            },
            None => break,
        }
    }
    s
}

/// The word before the token starting at `start` on the same line, without
/// trailing punctuation (`,`, `;`, `:`), or `None` at the start of a line.
pub(super) fn previous_word(text: &str, start: usize) -> Option<&str> {
    let w = previous_token(text, start)?.trim_end_matches([',', ';', ':']);
    (!w.is_empty()).then_some(w)
}

/// The raw non-white-space token before the one starting at `start`, on
/// the same line, or `None` at the start of a line.
pub(super) fn previous_token(text: &str, start: usize) -> Option<&str> {
    let mut end = start;
    let mut saw_space = false;
    while let Some(c) = char_before(text, end) {
        if !is_space(c) {
            break;
        }
        saw_space = true;
        end -= c.len_utf8();
    }
    if !saw_space {
        return None;
    }
    let s = token_start(text, end);
    text.get(s..end).filter(|w| !w.is_empty())
}

/// Classifies the token; returns the kind and the part of the token it
/// applies to (the tail after a hyphen for `ex-Gov`, `then-Sen`).
fn classify(key: &str) -> (LeftKind, &str) {
    let Some(last) = key.chars().next_back() else {
        return (LeftKind::Empty, key);
    };
    // One pass over the bytes for the punctuation that matters.
    let (mut at, mut colon, mut dot, mut hyphen) = (false, false, false, false);
    for &b in key.as_bytes() {
        match b {
            b'@' => at = true,
            b':' => colon = true,
            b'.' => dot = true,
            b'-' => hyphen = true,
            _ => {}
        }
    }
    if is_url_like(key, at, colon) {
        return (LeftKind::Url, key);
    }
    if last.is_ascii_digit() || is_numeric_word(key) {
        return (LeftKind::Number, key);
    }
    // Single letters: initials, except lower-case lexicon entries (`v.`
    // versus, `p.` page): `P.` and `V.` stay initials.
    let mut chars = key.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if !text::is_alphabetic(c) {
            return (LeftKind::Word, key);
        }
        if letter_case(c) == Some(false)
            && let Some(f) = abbrev::lookup(key)
        {
            return (LeftKind::Abbrev(f), key);
        }
        return (LeftKind::Letter(c), key);
    }
    if key.len() <= MAX_ABBREV
        && let Some(f) = abbrev::lookup(key)
    {
        return (LeftKind::Abbrev(f), key);
    }
    // `ex-Gov`, `then-Sen`, `D-Calif`
    if hyphen
        && let Some((_, tail)) = key.rsplit_once('-')
        && let Some(f) = abbrev::lookup(tail)
    {
        return (LeftKind::Abbrev(f), tail);
    }
    if dot && let Some(upper) = dotted(key) {
        let kind = if upper {
            LeftKind::DottedUpper
        } else {
            LeftKind::DottedLower
        };
        return (kind, key);
    }
    if is_vowelless(key) {
        return (LeftKind::Vowelless, key);
    }
    (LeftKind::Word, key)
}

/// Longest token looked up in the lexicon.
const MAX_ABBREV: usize = 16;

/// URLs, e-mail addresses and `www.` names.
/// `at`/`colon`: whether the key contains `@`/`:` (already known).
fn is_url_like(key: &str, at: bool, colon: bool) -> bool {
    at || (colon && key.contains("://"))
        || key.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."))
}

/// `Some(all_upper)` if `key` is letters separated by single dots, each
/// part one or two letters (`J.R.R`, `F.B.I`, `a.s.a.p`, `Ph.D` is in the
/// lexicon already).
fn dotted(key: &str) -> Option<bool> {
    let mut parts = 0;
    let mut upper = true;
    for part in key.split('.') {
        let n = part.chars().count();
        if n == 0 || n > 2 || !part.chars().all(text::is_alphabetic) {
            return None;
        }
        upper &= part.chars().all(|c| letter_case(c) == Some(true));
        parts += 1;
    }
    (parts >= 2).then_some(upper)
}

/// See [`LeftKind::Vowelless`].
pub(super) fn looks_vowelless(key: &str) -> bool {
    is_vowelless(key)
}

fn is_vowelless(key: &str) -> bool {
    let b = key.as_bytes();
    (2..=5).contains(&b.len())
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().skip(1).all(u8::is_ascii_lowercase)
        && !b.iter().any(|c| b"aeiouyAEIOUY".contains(c))
}

/// Whether `w` is a number-like token (digits with separators, an optional
/// currency sign, an ordinal suffix is not a number).
pub(super) fn is_numeric_word(w: &str) -> bool {
    let w = w.trim_start_matches(['$', '\u{a3}', '\u{20ac}', '\u{a5}', '~', '+', '-']);
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':' | '/' | '-' | '%'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(t: &str) -> LeftKind {
        Left::at(t, 0, t.len()).kind
    }

    #[test]
    fn kinds() {
        assert_eq!(
            kind("in the U.S"),
            LeftKind::Abbrev(abbrev::lookup("U.S").unwrap_or(Abbrev::PLAIN))
        );
        assert_eq!(kind("Donald J"), LeftKind::Letter('J'));
        assert_eq!(kind("J.R.R"), LeftKind::DottedUpper);
        assert_eq!(kind("has $100.00"), LeftKind::Number);
        assert_eq!(kind("is Jane.Doe@example.com"), LeftKind::Url);
        assert_eq!(kind("Bldgs"), LeftKind::Vowelless);
        assert_eq!(
            kind("(Mr"),
            LeftKind::Abbrev(abbrev::lookup("Mr").unwrap_or(Abbrev::PLAIN))
        );
        assert_eq!(kind("world"), LeftKind::Word);
        assert_eq!(
            kind("ex-Gov"),
            LeftKind::Abbrev(abbrev::lookup("Gov").unwrap_or(Abbrev::PLAIN))
        );
        assert_eq!(kind("and "), LeftKind::Empty);
        assert_eq!(previous_word("at 5 a.m", 5), Some("5"));
        assert_eq!(previous_word("Main, St", 6), Some("Main"));
        assert_eq!(previous_word("St", 0), None);
    }
}
