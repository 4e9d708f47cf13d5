//! Line breaks.
//!
//! Convention: a blank line (or a paragraph separator) always ends a
//! segment. A single line break ends one too — headlines, bylines,
//! datelines, list items and page furniture are lines without final
//! punctuation — unless the text clearly continues across it, which is
//! the case when:
//!
//! * the next line starts with a lower-case letter and the segment so far
//!   does not (a hard-wrapped sentence: `This is a sentence` ⏎ `cut off in
//!   the middle.`; but `features` ⏎ `contact manager` is a lower-case list);
//! * the line ends with a word that cannot end finished text (`the`, `of`,
//!   `and`, …) and the next line is not a list item;
//! * the line ends with a hyphen after a letter and the next line starts
//!   with a lower-case letter (`Rostov-` ⏎ `on-Don`);
//! * the line ends with an abbreviation that binds to the next word
//!   (`Gen.` ⏎ `Smith`); that case is decided with the period.
//!
//! A next line that is a byline (`by Dmytro Basmat`) never continues the
//! line before, even though it starts in lower case.

use super::left::token_start;
use super::next::{Next, Shape};
use super::text::{char_before, in_list, skip_space_back};
use super::words::LINE_CONTINUING;

/// Whether the segment continues across the single line break between
/// `line_end` (end of the line's text, trailing spaces excluded) and
/// `next` (the next line's first non-white-space character), for a
/// segment whose first character is at `content`.
pub(super) fn continues(text: &str, content: usize, line_end: usize, next: usize) -> bool {
    let n = Next::at(text, next);
    if starts_list_item(text, &n) || is_byline(text, next) {
        return false;
    }
    let seg_lower = Next::at(text, content).shape == Shape::Lower;
    let last = char_before(text, line_end);
    if n.shape == Shape::Lower && !n.opened && !seg_lower && last != Some(':') {
        return true;
    }
    let ws = token_start(text, line_end);
    let last_word = text.get(ws..line_end).unwrap_or("");
    if last_word.chars().next().is_some_and(char::is_lowercase)
        && in_list(LINE_CONTINUING, last_word)
        && n.shape != Shape::End
    {
        return true;
    }
    if last == Some('-')
        && char_before(text, line_end.saturating_sub(1)).is_some_and(char::is_alphabetic)
        && n.shape == Shape::Lower
    {
        return true;
    }
    false
}

/// A line starting with a bullet or an enumeration (`1.`, `2)`, `a.`).
fn starts_list_item(text: &str, n: &Next<'_>) -> bool {
    match n.shape {
        Shape::Bullet | Shape::Dash => true,
        Shape::Digit | Shape::Lower | Shape::Upper if !n.opened => {
            let w = n.word;
            let short = w.len() <= 3
                && (w.bytes().all(|b| b.is_ascii_digit()) || w.chars().count() == 1);
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
    let line = rest.split(['\n', '\r']).next().unwrap_or("");
    if line.len() > MAX_BYLINE {
        return false;
    }
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
        if !w.chars().next().is_some_and(char::is_uppercase) || names >= 6 {
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
    fn rules() {
        assert!(cont("This is a sentence\ncut off here."));
        assert!(cont("It was a cold \nnight."));
        assert!(!cont("features\ncontact manager"));
        assert!(!cont("Big headline\nThe body starts."));
        assert!(cont("He met the\nPresident."));
        assert!(!cont("Items to buy\n1. Milk"));
        assert!(!cont("Read more:\nsomething"));
        assert!(!cont("Talks with Kyiv\nby Dmytro Basmat"));
        assert!(cont("The bill was signed\nby the governor."));
    }
}
