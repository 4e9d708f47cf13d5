//! Character-level helpers over `&str` byte offsets.
//!
//! Every function is total: an offset that is out of range or not on a
//! `char` boundary simply yields `None` (or the neutral answer), so callers
//! never index and never panic.

use crate::ucd::case::{is_lower, is_upper};

/// The character starting at byte `i`.
#[inline]
pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character ending at byte `i`.
#[inline]
pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Horizontal white space: what separates words on one line. Line breaks
/// are [`newline_weight`]. ZERO WIDTH NO-BREAK SPACE and ZERO WIDTH SPACE
/// are included because scraped text uses them as invisible separators.
#[inline]
pub(super) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\r' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200b}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

/// How many line breaks `c` counts for: 1 for a line break, 2 for a
/// paragraph or page break (which, like a blank line, always ends a
/// segment), `None` for anything else.
#[inline]
pub(super) fn newline_weight(c: char) -> Option<u32> {
    match c {
        '\n' | '\u{85}' | '\u{2028}' => Some(1),
        '\u{2029}' | '\u{0b}' | '\u{0c}' => Some(2),
        _ => None,
    }
}

/// Any white space, horizontal or vertical.
#[inline]
pub(super) fn is_ws(c: char) -> bool {
    is_space(c) || newline_weight(c).is_some()
}

/// Skips white space from `i`; returns the end of the run and the number
/// of line breaks in it (a paragraph separator counts 2). ASCII bytes are
/// handled without decoding.
///
/// The common cases (one space or one line break before a visible ASCII
/// character) are inlined into the callers; the loop is not.
#[inline(always)]
pub(super) fn skip_ws(text: &str, i: usize) -> (usize, u32) {
    let bytes = text.as_bytes();
    if let (Some(&first), Some(second)) = (bytes.get(i), bytes.get(i + 1))
        && second.is_ascii_graphic()
    {
        match first {
            b' ' => return (i + 1, 0),
            b'\n' => return (i + 1, 1),
            _ => {}
        }
    }
    // A blank line (`\n\n`) before a visible character: the end of most
    // paragraphs.
    if bytes.get(i..i + 2) == Some(b"\n\n") && bytes.get(i + 2).is_some_and(u8::is_ascii_graphic) {
        return (i + 2, 2);
    }
    skip_ws_loop(text, i)
}

/// [`skip_ws`] beyond its common cases.
#[inline(never)]
fn skip_ws_loop(text: &str, i: usize) -> (usize, u32) {
    let bytes = text.as_bytes();
    let mut k = i;
    let mut lines = 0u32;
    while let Some(&b) = bytes.get(k) {
        match b {
            b' ' | b'\t' | b'\r' => k += 1,
            b'\n' => {
                lines = lines.saturating_add(1);
                k += 1;
            }
            0x0b | 0x0c => {
                lines = lines.saturating_add(2);
                k += 1;
            }
            0x80.. => {
                let Some(c) = char_at(text, k) else {
                    break;
                };
                if let Some(w) = newline_weight(c) {
                    lines = lines.saturating_add(w);
                } else if !is_space(c) {
                    break;
                }
                k += c.len_utf8();
            }
            _ => break,
        }
    }
    (k, lines)
}

/// Skips horizontal white space backwards from `i`; returns the new end.
pub(super) fn skip_space_back(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = i;
    loop {
        match end.checked_sub(1).and_then(|j| bytes.get(j)) {
            Some(b' ' | b'\t' | b'\r') => end -= 1,
            Some(0x80..) => match char_before(text, end) {
                Some(c) if is_space(c) => end -= c.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    end
}

/// Closing punctuation that may follow a sentence terminator and still
/// belong to the sentence (UAX #29 `Close`, plus the quotes news uses).
#[inline]
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '\''
            | '\u{2019}'
            | '\u{201d}'
            | '\u{201c}'
            | '\u{bb}'
            | '\u{203a}'
            | '\u{300d}'
            | '\u{300f}'
            | '\u{ff09}'
    )
}

/// Opening punctuation that may precede the first word of a sentence.
#[inline]
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '"'
            | '\''
            | '\u{2018}'
            | '\u{201c}'
            | '\u{201d}'
            | '\u{201e}'
            | '\u{201a}'
            | '\u{ab}'
            | '\u{2039}'
            | '\u{bf}'
            | '\u{a1}'
            | '\u{300c}'
            | '\u{300e}'
            | '\u{ff08}'
    )
}

/// Double quotation marks, in either direction: scraped copy misuses the
/// curly ones, so only their parity is trusted (see `quotes`).
#[inline]
pub(super) fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}')
}

/// List bullets (`•`, `‣`, `⁃`, `◦`, `▪`, `·`, and `-`/`*` when they
/// stand alone).
#[inline]
pub(super) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}' | '\u{2023}' | '\u{2043}' | '\u{25e6}' | '\u{25aa}' | '\u{25cf}' | '\u{b7}'
    )
}

/// Dashes that continue a sentence after a period (`Calif. — The`).
#[inline]
pub(super) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// Non-ASCII question/exclamation marks and CJK full stops.
#[inline]
pub(super) fn is_strong_unicode(c: char) -> bool {
    matches!(
        c,
        '\u{203c}'
            | '\u{2047}'
            | '\u{2048}'
            | '\u{2049}'
            | '\u{ff01}'
            | '\u{ff1f}'
            | '\u{3002}'
            | '\u{ff61}'
    )
}

/// A word character: letters, digits and combining marks.
#[inline]
pub(super) fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || matches!(c, '\u{300}'..='\u{36f}')
}

/// `char::is_alphabetic`, answering the commonest characters of news copy
/// without the standard library's table search (a few hundred
/// instructions for a non-ASCII character; curly quotes, dashes and
/// accented Latin letters are everywhere next to sentence punctuation).
/// A unit test checks every code point against the standard library.
#[inline]
pub(super) fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{bf}' => c.is_alphabetic(), // `ª`, `µ`, `º`: a short check
        // Latin-1 letters and Latin Extended-A/B, but `×` and `÷`.
        '\u{c0}'..='\u{24f}' => !matches!(c, '\u{d7}' | '\u{f7}'),
        // General Punctuation: spaces, dashes, quotes, bullets, formats.
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_numeric` with the same shortcuts as [`is_alphabetic`].
#[inline]
pub(super) fn is_numeric(c: char) -> bool {
    match c {
        '0'..='9' => true,
        '\u{c0}'..='\u{24f}' | '\u{2000}'..='\u{206f}' => false,
        _ => c.is_numeric(),
    }
}

/// `char::is_alphanumeric` with the same shortcuts as [`is_alphabetic`].
#[inline]
pub(super) fn is_alphanumeric(c: char) -> bool {
    is_alphabetic(c) || is_numeric(c)
}

/// Case of a letter: `Some(true)` upper (or title) case, `Some(false)`
/// lower case, `None` for everything else (digits, uncased scripts).
#[inline]
pub(super) fn letter_case(c: char) -> Option<bool> {
    if c.is_ascii() {
        return if c.is_ascii_uppercase() {
            Some(true)
        } else if c.is_ascii_lowercase() {
            Some(false)
        } else {
            None
        };
    }
    if matches!(c, '\u{2000}'..='\u{206f}') {
        return None; // General Punctuation: no cased letters
    }
    if is_upper(c) || matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}') {
        Some(true)
    } else if is_lower(c) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(char_at("a…", 1), Some('…'));
        assert_eq!(char_at("a…", 2), None);
        assert_eq!(char_before("a…", 4), Some('…'));
        assert_eq!(skip_ws("a \n \n b", 1), (6, 2));
        assert_eq!(skip_space_back("ab  \t", 5), 2);
    }

    /// The shortcuts agree with the standard library on every code point
    /// (a sample under Miri).
    #[test]
    #[allow(clippy::disallowed_methods)] // libcore is the reference
    fn char_class_shortcuts() {
        let step = if cfg!(miri) { 997 } else { 1 };
        for c in (0..=0x10_FFFFu32).step_by(step).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            let case =
                if c.is_uppercase() || matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}') {
                    Some(true)
                } else if c.is_lowercase() {
                    Some(false)
                } else {
                    None
                };
            assert_eq!(letter_case(c), case, "{c:?}");
        }
    }
}
