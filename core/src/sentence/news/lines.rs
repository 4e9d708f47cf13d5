//! Line breaks.
//!
//! Convention: a blank line (or a paragraph separator) always ends a
//! segment. A single line break ends one too — headlines, bylines,
//! datelines, list items and page furniture are lines without final
//! punctuation — unless the text clearly continues across it, which is
//! the case when:
//!
//! * the next line starts with a lower-case letter, the segment so far
//!   does not, and the line is not a short label (a hard-wrapped sentence:
//!   `This is a sentence` ⏎ `cut off in the middle.`; but `features` ⏎
//!   `contact manager` is a lower-case list and `Tags` ⏎ `ukraine` a label
//!   with its value: a line of one or two words continues only into a line
//!   that finishes a sentence);
//! * the line ends with a word that cannot end finished text (`the`, `of`,
//!   `and`, …) and the next line is not a list item;
//! * the line ends with a hyphen after a letter and the next line starts
//!   with a lower-case letter (`Rostov-` ⏎ `on-Don`);
//! * the line ends with a comma or a semicolon and the next line starts
//!   with a letter or a digit (finished text does not end with one);
//! * the line ends with an abbreviation that binds to the next word
//!   (`Gen.` ⏎ `Smith`); that case is decided with the period.
//!
//! A next line that is a byline (`by Dmytro Basmat`) never continues the
//! line before, even though it starts in lower case.

use super::next::{Next, Shape};
use super::text;
use super::text::{char_at, char_before, letter_case, skip_space_back};
use super::words::LINE_CONTINUING_SET;
use crate::ucd::case::is_upper;

/// Whether the segment continues across the single line break between
/// `line_end` (end of the line's text, trailing spaces excluded) and
/// `next` (the next line's first non-white-space character), for a
/// segment whose first character is at `content`.
pub(super) fn continues(text: &str, content: usize, line_end: usize, next: usize) -> bool {
    let Some(first) = char_at(text, next) else {
        return false;
    };
    let last = char_before(text, line_end);
    let next_lower = letter_case(first) == Some(false);
    let ends_lower = last.is_some_and(|c| c.is_ascii_lowercase());
    let ends_comma = matches!(last, Some(',' | ';'));
    if !next_lower {
        // Only the last-word and comma rules can apply (the common case: a
        // headline or menu line, then a capitalised line).
        return ((ends_lower && ends_with_continuing_word(text, line_end))
            || (ends_comma && text::is_alphanumeric(first)))
            && !starts_list_item(text, &Next::at(text, next));
    }
    let n = Next::at(text, next);
    if starts_list_item(text, &n) || is_byline(text, next) {
        return false;
    }
    if n.shape == Shape::Lower
        && last != Some(':')
        && Next::at(text, content).shape != Shape::Lower
        && (line_has_words(text, content, line_end, 3) || line_ends_sentence(text, next))
    {
        return true;
    }
    if (ends_lower && ends_with_continuing_word(text, line_end)) || ends_comma {
        return true;
    }
    last == Some('-')
        && char_before(text, line_end.saturating_sub(1)).is_some_and(text::is_alphabetic)
        && n.shape == Shape::Lower
}

/// Whether the line ending at `line_end` (not before `content`) has at
/// least `n` words.
fn line_has_words(text: &str, content: usize, line_end: usize, n: usize) -> bool {
    let start = memchr::memrchr(b'\n', text.as_bytes().get(..line_end).unwrap_or(&[]))
        .map_or(0, |i| i + 1)
        .max(content);
    text.get(start..line_end)
        .is_some_and(|l| l.split_whitespace().nth(n - 1).is_some())
}

/// Longest line examined for its end.
const MAX_LINE: usize = 400;

/// Whether the line starting at `start` ends with sentence punctuation
/// (or is too long to be a label's value).
fn line_ends_sentence(text: &str, start: usize) -> bool {
    let rest = text.as_bytes().get(start..).unwrap_or(&[]);
    let window = rest.get(..=MAX_LINE).unwrap_or(rest);
    let Some(end) =
        memchr::memchr(b'\n', window).or((window.len() == rest.len()).then_some(rest.len()))
    else {
        return true; // longer than MAX_LINE
    };
    let line = text.get(start..start + end).unwrap_or("").trim_end();
    line.ends_with([
        '.', '?', '!', '\u{2026}', '"', '\u{201d}', '\'', '\u{2019}', ')',
    ])
}

/// The line ends with a word that cannot end finished text (`the`, `of`).
///
/// Consulted at most line breaks, so the common case reads the eight bytes
/// before `line_end` as one word and finds the lower-case run with bit
/// arithmetic (SWAR) instead of a byte loop with an unpredictable exit.
pub(super) fn ends_with_continuing_word(text: &str, line_end: usize) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let window = line_end
        .checked_sub(8)
        .and_then(|s| text.as_bytes().get(s..line_end))
        .and_then(|w| <[u8; 8]>::try_from(w).ok());
    let Some(window) = window else {
        return ends_with_continuing_word_bytes(text, line_end);
    };
    // Byte `line_end - 1` is the most significant.
    let x = u64::from_le_bytes(window);
    let low = x & LOW7;
    let above_z = low + 0x0505_0505_0505_0505; // high bit: low 7 bits > 'z'
    let from_a = low + 0x1F1F_1F1F_1F1F_1F1F; // high bit: low 7 bits >= 'a'
    let lower = from_a & !above_z & !x & HIGH;
    let not_lower = !lower & HIGH;
    if not_lower == 0 {
        // Eight or more lower-case letters: rare, and longer than any
        // listed word unless exactly eight.
        return ends_with_continuing_word_bytes(text, line_end);
    }
    let n = (not_lower.leading_zeros() / 8) as usize;
    if n == 0 {
        return false;
    }
    let before = (x >> (8 * (7 - n))) as u8;
    before.is_ascii_whitespace()
        && text
            .get(line_end - n..line_end)
            .is_some_and(|w| LINE_CONTINUING_SET.contains(w))
}

/// [`ends_with_continuing_word`], one byte at a time (near the start of
/// the text, and for long runs of lower-case letters).
fn ends_with_continuing_word_bytes(text: &str, line_end: usize) -> bool {
    // Such words are short lower-case ASCII: read at most 8 letters back.
    let bytes = text.as_bytes();
    let n = bytes
        .get(..line_end)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take(9)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let start = line_end - n;
    let before_ok = start == 0
        || bytes
            .get(start - 1)
            .is_some_and(|b| b.is_ascii_whitespace());
    before_ok
        && text
            .get(start..line_end)
            .is_some_and(|w| LINE_CONTINUING_SET.contains(w))
}

/// A line starting with a bullet or an enumeration (`1.`, `2)`, `a.`).
fn starts_list_item(text: &str, n: &Next<'_>) -> bool {
    match n.shape {
        Shape::Bullet | Shape::Dash => true,
        Shape::Digit | Shape::Lower | Shape::Upper if !n.opened => {
            let w = n.word();
            let short =
                w.len() <= 3 && (w.bytes().all(|b| b.is_ascii_digit()) || w.chars().count() == 1);
            let after = text.get(n.start + w.len()..).unwrap_or("");
            short && (after.starts_with(". ") || after.starts_with(") ") || after.starts_with(".)"))
        }
        _ => false,
    }
}

/// Longest byline line considered (bytes).
const MAX_BYLINE: usize = 120;

/// A line of the form `by Name Surname [and Name Surname]`: `by`, then
/// only capitalised words and connectors up to the end of the line.
fn is_byline(text: &str, start: usize) -> bool {
    let Some(rest) = text.get(start..) else {
        return false;
    };
    let by = rest.as_bytes();
    if !(by.len() > 3 && by.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(b"by "))) {
        return false;
    }
    let window = by.get(..=MAX_BYLINE).unwrap_or(by);
    let Some(end) =
        memchr::memchr2(b'\n', b'\r', window).or((window.len() == by.len()).then_some(by.len()))
    else {
        return false; // longer than MAX_BYLINE
    };
    let line = rest.get(..end).unwrap_or("");
    let mut words = line.split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("by")) {
        return false;
    }
    let mut names = 0;
    for w in words {
        let w = w.trim_end_matches([',', ';', '|']);
        if w.is_empty() || matches!(w, "and" | "&" | "|" | "-" | "\u{2014}" | "\u{2013}") {
            continue;
        }
        if !w.chars().next().is_some_and(is_upper) || names >= 6 {
            return false;
        }
        names += 1;
    }
    names > 0
}

/// End of the text of the line whose break is at `brk`.
pub(super) fn line_end(text: &str, brk: usize) -> usize {
    skip_space_back(text, brk)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cont(t: &str) -> bool {
        let brk = t.find('\n').unwrap_or(0);
        continues(t, 0, line_end(t, brk), brk + 1)
    }

    #[test]
    fn continuing_word_swar_matches_bytes() {
        let t = "x of\nA the\nB\tand\nC cathedral\nD intothe\nE ofé\nand\nF  \u{e9}the\nG,with\n\
                 H abcdefgh\nI between\nJ onto\nwas\nK 9to\nL";
        for (i, b) in t.bytes().enumerate() {
            if b == b'\n' {
                assert_eq!(
                    ends_with_continuing_word(t, i),
                    ends_with_continuing_word_bytes(t, i),
                    "at {i}: {:?}",
                    t.get(i.saturating_sub(10)..i)
                );
            }
        }
        assert!(ends_with_continuing_word("He met the", 10));
        assert!(ends_with_continuing_word("the", 3));
        assert!(!ends_with_continuing_word("He met them", 11));
    }

    #[test]
    fn rules() {
        assert!(cont("This is a sentence\ncut off here."));
        assert!(cont("It was a cold \nnight."));
        assert!(!cont("features\ncontact manager"));
        assert!(!cont("Big headline\nThe body starts."));
        assert!(cont("He met the\nPresident."));
        assert!(!cont("Items to buy\n1. Milk"));
        assert!(!cont("Read more:\nsomething"));
        assert!(!cont("Talks with Kyiv\nby Dmytro Basmat"));
        assert!(cont(
            "Officials from France, Germany,\nItaly and Spain met."
        ));
        assert!(!cont("Tags\nukraine"));
        assert!(cont("Tags like\nthis one are fine."));
        assert!(!cont("Shopping list,\n1. Milk"));
        assert!(cont("The bill was signed\nby the governor."));
    }
}
