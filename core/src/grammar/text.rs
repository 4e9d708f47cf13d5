//! Low-level pieces shared by the line grammars: white space, literals that
//! are safe on any Unicode input, bounded digit runs, word-boundary tests and
//! span arithmetic.
//!
//! Every parser here has the nom shape `fn(&str) -> IResult<&str, T>` so the
//! grammars can combine them with nom's combinators; none of them allocates,
//! indexes or panics.

use crate::ucd::case::{is_lower, is_upper};
use nom::bytes::complete::{take_while, take_while1};
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};

/// Result of a grammar parser over `&str`.
pub(crate) type PResult<'a, T> = IResult<&'a str, T>;

/// A recoverable nom error at `s` (lets `alt`/`opt` try the next branch).
#[inline]
pub(crate) fn fail<T>(s: &str) -> PResult<'_, T> {
    Err(nom::Err::Error(Error::new(s, ErrorKind::Verify)))
}

/// Turns an `Option` of the remaining input (from `strip_prefix`) into a
/// parser result, failing at `s` on `None`.
#[inline]
pub(crate) fn need<'a>(
    rest: Option<&'a str>,
    s: &'a str,
) -> Result<&'a str, nom::Err<Error<&'a str>>> {
    rest.ok_or_else(|| nom::Err::Error(Error::new(s, ErrorKind::Verify)))
}

/// White space as Unicode defines it, so NBSP and the narrow NBSP that
/// French and scraped pages put around dates count too.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Zero or more white-space characters.
pub(crate) fn ws0(s: &str) -> PResult<'_, &str> {
    take_while(is_space).parse(s)
}

/// One or more white-space characters.
pub(crate) fn ws1(s: &str) -> PResult<'_, &str> {
    take_while1(is_space).parse(s)
}

/// A character that continues a word for boundary purposes: digits, `_`
/// and letters of cased scripts (Latin, Cyrillic, Greek...). Letters of
/// uncased scripts (Han, Hangul, kana) are deliberately *not* word
/// characters: those languages write dates glued to the surrounding text
/// (`公開日2025年10月20日に`).
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_numeric() || c == '_' || (c.is_alphabetic() && (is_upper(c) || is_lower(c)))
}

/// Whether `rest` (the text after a match) starts at a word boundary.
#[inline]
pub(crate) fn at_word_end(rest: &str) -> bool {
    rest.chars().next().is_none_or(|c| !is_word_char(c))
}

/// First character of `s`.
#[inline]
pub(crate) fn first(s: &str) -> Option<char> {
    s.chars().next()
}

/// Second character of `s`.
#[inline]
pub(crate) fn second(s: &str) -> Option<char> {
    s.chars().nth(1)
}

/// Matches `lit` at the start of `s`, ignoring case, and returns the matched
/// part of `s`.
///
/// Unlike `nom::bytes::complete::tag_no_case` this advances by the byte
/// length of the *input's* characters, so a case pair of different UTF-8
/// lengths (`K` KELVIN SIGN vs `k`) can never split a character.
#[inline]
pub(crate) fn ci<'a>(s: &'a str, lit: &str) -> PResult<'a, &'a str> {
    // Most calls fail on the first letter.
    if let (Some(a), Some(b)) = (s.as_bytes().first(), lit.as_bytes().first())
        && a.is_ascii()
        && b.is_ascii()
        && !a.eq_ignore_ascii_case(b)
    {
        return fail(s);
    }
    // Fast path: an ASCII literal against ASCII input (the common case) is
    // an ASCII case-insensitive byte compare, exact for ASCII.
    if lit.is_ascii()
        && let Some(head) = s.as_bytes().get(..lit.len())
        && head.is_ascii()
    {
        return match (
            head.eq_ignore_ascii_case(lit.as_bytes()),
            s.get(..lit.len()),
            s.get(lit.len()..),
        ) {
            (true, Some(h), Some(rest)) => Ok((rest, h)),
            _ => fail(s),
        };
    }
    let mut used = 0usize;
    let mut input = s.chars();
    for want in lit.chars() {
        let Some(got) = input.next() else {
            return fail(s);
        };
        if got != want && !got.to_lowercase().eq(want.to_lowercase()) {
            return fail(s);
        }
        used = used.saturating_add(got.len_utf8());
    }
    match (s.get(used..), s.get(..used)) {
        (Some(rest), Some(head)) => Ok((rest, head)),
        _ => fail(s),
    }
}

/// [`ci`] followed by a word boundary: `ci_word(s, "may")` does not match
/// the start of `Mayor`.
#[inline]
pub(crate) fn ci_word<'a>(s: &'a str, lit: &str) -> PResult<'a, &'a str> {
    let (rest, head) = ci(s, lit)?;
    if at_word_end(rest) {
        Ok((rest, head))
    } else {
        fail(s)
    }
}

/// Exact literal followed by a word boundary.
pub(crate) fn word<'a>(s: &'a str, lit: &str) -> PResult<'a, &'a str> {
    match s.strip_prefix(lit) {
        Some(rest) if at_word_end(rest) => Ok((rest, s.get(..lit.len()).unwrap_or(""))),
        _ => fail(s),
    }
}

/// `min..=max` ASCII digits *not followed by another digit*, as a number.
///
/// Written out rather than with `take_while_m_n`, whose slicing kept a panic
/// path in release builds (the panic-never report); same results.
pub(crate) fn number(s: &str, min: usize, max: usize) -> PResult<'_, u32> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n < min || n > max {
        return fail(s);
    }
    let Some((digits, rest)) = s.split_at_checked(n) else {
        return fail(s);
    };
    let value = digits.bytes().fold(0u32, |acc, b| {
        acc.saturating_mul(10)
            .saturating_add(u32::from(b.saturating_sub(b'0')))
    });
    Ok((rest, value))
}

/// Byte offset of the sub-slice `inner` inside `outer`, or `None` when
/// `inner` does not lie inside `outer`.
pub(crate) fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    let o = outer.as_ptr() as usize;
    let i = inner.as_ptr() as usize;
    let start = i.checked_sub(o)?;
    (start.checked_add(inner.len())? <= outer.len()).then_some(start)
}

/// Whether `c` is a dash used as a separator (hyphen-minus, en, em,
/// horizontal bar, minus sign).
#[inline]
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―' | '−' | '‒')
}

/// A separating dash: one dash character, or `--` (typewriter em dash).
pub(crate) fn dash(s: &str) -> PResult<'_, &str> {
    if let (Some(rest), Some(head)) = (s.strip_prefix("--"), s.get(..2)) {
        return Ok((rest, head));
    }
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_dash(c) => {
            let rest = it.as_str();
            Ok((rest, s.get(..c.len_utf8()).unwrap_or("")))
        }
        _ => fail(s),
    }
}

/// Whether `line` contains `needle`, ASCII case-insensitively.
pub(crate) fn contains_ci(line: &str, needle: &str) -> bool {
    let n = needle.as_bytes();
    if n.is_empty() {
        return true;
    }
    line.as_bytes()
        .windows(n.len())
        .any(|w| w.eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `number` as it was written with nom, for the equivalence test.
    fn number_nom(s: &str, min: usize, max: usize) -> Option<(&str, u32)> {
        use nom::bytes::complete::take_while_m_n;
        let (rest, digits) =
            take_while_m_n::<_, _, Error<&str>>(min, max, |c: char| c.is_ascii_digit())
                .parse(s)
                .ok()?;
        if first(rest).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let value = digits.bytes().fold(0u32, |acc, b| {
            acc.saturating_mul(10)
                .saturating_add(u32::from(b.saturating_sub(b'0')))
        });
        Some((rest, value))
    }

    #[test]
    fn number_is_the_nom_combinator() {
        // Every string of up to 6 symbols over digits, a letter, a space and
        // a two-byte letter, for every (min, max) the grammars use and more.
        extern crate std;
        let alphabet = ["1", "0", "9", "a", " ", "é"];
        let mut inputs = std::vec![std::string::String::new()];
        for _ in 0..6 {
            let longer: std::vec::Vec<_> = inputs
                .iter()
                .filter(|s| s.chars().count() == inputs.last().map_or(0, |l| l.chars().count()))
                .flat_map(|s| alphabet.iter().map(move |c| std::format!("{s}{c}")))
                .collect();
            inputs.extend(longer);
        }
        let mut checked = 0;
        for s in &inputs {
            for min in 0..=3 {
                for max in min..=5 {
                    assert_eq!(
                        number(s, min, max).ok(),
                        number_nom(s, min, max),
                        "{s:?} {min} {max}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 100_000, "{checked}");
        assert_eq!(number("2025-10", 4, 4).ok(), Some(("-10", 2025)));
        assert!(number("20251", 4, 4).is_err());
        assert!(number("20x", 3, 4).is_err());
    }

    #[test]
    fn ci_is_char_safe() {
        // KELVIN SIGN lower-cases to 'k' but is three bytes long.
        assert_eq!(ci("\u{212A}m x", "km"), Ok((" x", "\u{212A}m")));
        assert!(ci("Ma", "may").is_err());
        assert_eq!(ci("ОКТЯБРЯ 2025", "октября").map(|r| r.0), Ok(" 2025"));
    }

    #[test]
    fn number_stops_at_digit_runs() {
        assert_eq!(number("12 x", 1, 2), Ok((" x", 12)));
        assert!(number("123", 1, 2).is_err());
        assert!(number("x", 1, 2).is_err());
    }

    #[test]
    fn offsets() {
        let s = "  ab  ";
        assert_eq!(s.get(3..).and_then(|t| offset_in(s, t)), Some(3));
    }
}
