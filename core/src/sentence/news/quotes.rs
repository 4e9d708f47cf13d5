//! Quotations: which side of a glued quote mark a boundary goes, and
//! whether a capitalised word after a quoted question is its attribution.

use super::next::word_at;
use super::text::{char_at, is_space, letter_case};
use super::words::{FUNCTION_WORDS_SET, SPEAKER_NOUNS_SET, SPEECH_VERBS_SET};
use crate::lexicon::abbrev::{self, Abbrev};

/// How far back the quote parity looks (bytes).
const PARITY_WINDOW: usize = 4096;

/// Whether `pos` is inside a double quotation: an odd number of double
/// quote marks (`"`, `“`, `”`, `„`, direction ignored — scraped copy uses
/// `”` to open) between the start of the line and `pos`.
///
/// Decides `added.”We can…` (even: the mark opens the next sentence, the
/// boundary goes before it) against `“We won.”The…` (odd: the mark closes
/// the quotation, the boundary goes after it).
pub(super) fn inside_double_quote(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let lo = pos.saturating_sub(PARITY_WINDOW);
    let Some(window) = bytes.get(lo..pos) else {
        return false;
    };
    let from = memchr::memrchr(b'\n', window).map_or(0, |i| i + 1);
    let Some(line) = window.get(from..) else {
        return false;
    };
    let mut n = 0usize;
    for (i, &b) in line.iter().enumerate() {
        let curly = b == 0xE2
            && line.get(i + 1) == Some(&0x80)
            && matches!(line.get(i + 2), Some(0x9C..=0x9E));
        if b == b'"' || curly {
            n += 1;
        }
    }
    n % 2 == 1
}

/// Longest attribution examined, in words.
const MAX_NAME_WORDS: usize = 5;

/// Whether the words at `pos` are a quotation's attribution: one to
/// [`MAX_NAME_WORDS`] name words (capitalised words, initials, titles such
/// as `Mr.`), then a verb of saying (`"Who knew?" Lindqvist asked.`,
/// `"Why now?" Sen. Jane Doe asked`). Between them may stand, once each, a
/// speaker noun after a possessive name (`Netanyahu’s office said`) and an
/// adverb (`Baker famously asked`). A capitalised pronoun is not a name:
/// `"Why now?" He left.` is two sentences.
pub(super) fn attribution_follows(text: &str, pos: usize) -> bool {
    let mut i = pos;
    let mut names = 0;
    let mut possessive = false;
    let mut extras = 0;
    for _ in 0..=MAX_NAME_WORDS + 2 {
        let (w, period) = word_at(text, i);
        let Some(first) = w.chars().next() else {
            return false;
        };
        match letter_case(first) {
            Some(true) if extras == 0 => {
                if names == 0 && FUNCTION_WORDS_SET.contains(w) {
                    return false;
                }
                if period && !is_name_abbrev(w) {
                    return false;
                }
                names += 1;
                if names > MAX_NAME_WORDS {
                    return false;
                }
                possessive = w.ends_with("\u{2019}s") || w.ends_with("'s");
            }
            Some(false) if names > 0 => {
                if SPEECH_VERBS_SET.contains(w) {
                    return true;
                }
                let speaker = possessive && SPEAKER_NOUNS_SET.contains(w);
                let adverb = w.ends_with("ly") || matches!(w, "also" | "later" | "then" | "again");
                if !(speaker || adverb) || extras >= 2 {
                    return false;
                }
                extras += 1;
            }
            _ => return false,
        }
        i += w.len() + usize::from(period);
        // exactly the spaces between words; anything else ends the name
        let mut saw = false;
        while let Some(c) = char_at(text, i) {
            if !is_space(c) {
                break;
            }
            saw = true;
            i += c.len_utf8();
        }
        if !saw {
            return false;
        }
    }
    false
}

/// Abbreviations inside a name: titles (`Mr.`, `Sen.`) and initials (`J.`).
fn is_name_abbrev(w: &str) -> bool {
    w.chars().count() == 1 || abbrev::lookup(w).is_some_and(|f| f.contains(Abbrev::TITLE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parity() {
        let t = "he added.\u{201d}We can";
        assert!(!inside_double_quote(t, 8));
        let t = "He said \u{201c}We won.\u{201d}The";
        assert!(inside_double_quote(t, 17));
        let t = "\"a\"\nb \"c.";
        assert!(inside_double_quote(t, t.len() - 1));
    }

    #[test]
    fn attribution() {
        assert!(attribution_follows("Lindqvist asked.", 0));
        assert!(attribution_follows("Sen. Jane Doe asked", 0));
        assert!(!attribution_follows("He asked.", 0));
        assert!(!attribution_follows("She held the book", 0));
        assert!(!attribution_follows("Smith, 45, said", 0));
        assert!(attribution_follows(
            "Netanyahu\u{2019}s office said in a statement.",
            0
        ));
        assert!(attribution_follows("Sen. Howard Baker famously asked.", 0));
        assert!(!attribution_follows("Smith office said", 0));
    }
}
