//! A terminator glued to the next word (`area.The US`, `1,000.That`,
//! `added.”We`), as scraped copy leaves it.
//!
//! Convention: a boundary when the left side is a complete sentence and
//! the right side a capitalised word; never inside dotted abbreviations
//! (`U.S.`), decimals (`$6.25`), domains and e-mail addresses
//! (`Jane.Doe@example.com`), file names or tickers (`ABC.L`).

use super::left::{Left, LeftKind};
use super::next::word_at;
use super::quotes::inside_double_quote;
use super::run::Run;
use super::text::{char_at, is_space, is_word_char, letter_case};
use super::verdict::{Verdict, Why};
use crate::lexicon::abbrev::Abbrev;

/// How far the right-hand token is examined for `@`, `/` and inner dots.
const MAX_RIGHT: usize = 64;

/// Decides a run with no white space after it.
pub(super) fn decide(text: &str, run: &Run, left: &Left<'_>) -> Verdict {
    let i = run.close_end;
    if char_at(text, i).is_none() {
        return Verdict::Keep(Why::Other);
    }
    if run.cjk {
        // CJK text has no spaces between sentences.
        return Verdict::BreakAt { at: i, resume: i };
    }
    let capital_word = starts_sentence(text, i) || caps_after_lower(text, i, left);
    if !capital_word || !right_token_is_word(text, i) {
        return Verdict::Keep(Why::Other);
    }
    if run.is_period() && !left_is_sentence_end(left) {
        return Verdict::Keep(Why::Other);
    }
    // `added.”We` (no open quotation: the mark opens the next sentence)
    // vs. `“We won.”The` (it closes the quotation).
    let at = match run.first_dquote {
        Some(q) if !inside_double_quote(text, q) => q,
        _ => i,
    };
    Verdict::BreakAt { at, resume: i }
}

/// A capitalised word follows: `The`, `Mr`, or the one-letter words `I`
/// and `A` followed by a space. `ABC.L`, `.NET`, `J.R.` do not qualify.
fn starts_sentence(text: &str, i: usize) -> bool {
    let (w, _) = word_at(text, i);
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if letter_case(first) != Some(true) {
        return false;
    }
    match chars.next() {
        Some(second) => letter_case(second) == Some(false),
        None => {
            matches!(first, 'I' | 'A')
                && text
                    .get(i + w.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(is_space)
        }
    }
}

/// `annually.ST. JOSEPH`: an all-capitals word of two or more letters
/// after a lower-case word of three or more letters (not `ABC.L`, `.NET`),
/// itself followed by a period, a comma, or a space and a capital or a
/// parenthesis, as a dateline is (not `report.PDF on the server`).
fn caps_after_lower(text: &str, i: usize, left: &Left<'_>) -> bool {
    let (w, _) = word_at(text, i);
    let after = text.as_bytes().get(i + w.len()..).unwrap_or(&[]);
    let dateline = match after {
        [b'.' | b',', ..] => true,
        [b' ', b, ..] => b.is_ascii_uppercase() || *b == b'(',
        _ => false,
    };
    let caps = dateline && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    let lower_left = left.kind == LeftKind::Word
        && left.key.len() >= 3
        && left.key.bytes().all(|b| b.is_ascii_lowercase());
    caps && lower_left
}

/// The right-hand token up to white space holds no `@`, no `/` and no dot
/// followed by a word character: `Doe@example.com`, `Foo.Bar.com` are
/// names, not sentences.
fn right_token_is_word(text: &str, i: usize) -> bool {
    let Some(rest) = text.get(i..) else {
        return false;
    };
    let mut prev_dot = false;
    for (off, c) in rest.char_indices() {
        if off >= MAX_RIGHT || c.is_whitespace() || is_space(c) {
            break;
        }
        if c == '@' || c == '/' || (prev_dot && is_word_char(c)) {
            return false;
        }
        prev_dot = c == '.';
    }
    true
}

/// The left side can end a sentence: a word (not a domain or dotted
/// abbreviation), a number, or an abbreviation that may end one.
fn left_is_sentence_end(left: &Left<'_>) -> bool {
    match left.kind {
        LeftKind::Word | LeftKind::Number => {
            left.kind == LeftKind::Number || !left.key.contains('.')
        }
        LeftKind::Abbrev(f) => {
            let binds =
                f.contains(Abbrev::CONTINUES) || (f.contains(Abbrev::TITLE) && left.capitalised);
            !left.key.contains('.') && !binds
        }
        _ => false,
    }
}
