//! The hot loop of both modes: a run of letters and digits.
//!
//! Within a run of ALetter, Hebrew_Letter and Numeric characters UAX #29
//! never breaks (WB5, WB8, WB9, WB10), whatever the script, so a run is
//! scanned without the rule engine: ASCII eight bytes at a time
//! ([`ascii::alnum_run`]), other characters one table lookup each. What
//! happens at the end of the run is the caller's decision; most runs end at
//! a space, and then no rule needs to be consulted at all.

use super::ascii;
use crate::ucd::{WordBreak as W, word_props};

/// Word_Break of the last character of a run: what a following separator
/// may join (WB6/7 after letters, WB11/12 after digits, WB7a-c after Hebrew).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Last {
    Letter,
    Hebrew,
    Digit,
}

/// A scanned run.
#[derive(Clone, Copy, Debug)]
pub(super) struct Run {
    /// One past the last character of the run.
    pub end: usize,
    /// Whether the run (including what it continued) has a letter.
    pub letters: bool,
    /// The class of the last character.
    pub last: Last,
}

/// The character at byte `pos`, if `pos` is on a boundary inside `text`.
#[inline(always)]
pub(super) fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// Scans the run of letters/digits at `pos`, continuing a run described by
/// `letters`/`last` (pass `false, Last::Digit` to start one). Stops at the
/// first character that is not ALetter, Hebrew_Letter or Numeric.
#[inline(always)]
pub(super) fn scan(text: &str, mut pos: usize, mut letters: bool, mut last: Last) -> Run {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(pos) {
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            let (e, l) = ascii::alnum_run(bytes, pos);
            letters |= l;
            last = if bytes
                .get(e.wrapping_sub(1))
                .is_some_and(u8::is_ascii_alphabetic)
            {
                Last::Letter
            } else {
                Last::Digit
            };
            pos = e;
            continue;
        }
        let Some(c) = char_at(text, pos) else {
            break;
        };
        last = match word_props(c).word_break() {
            W::ALetter => Last::Letter,
            W::HebrewLetter => Last::Hebrew,
            W::Numeric => Last::Digit,
            _ => break,
        };
        letters |= last != Last::Digit;
        pos += c.len_utf8();
    }
    Run {
        end: pos,
        letters,
        last,
    }
}

/// Whether a run-start character: ALetter, Hebrew_Letter or Numeric.
#[inline(always)]
pub(super) fn starts_run(w: W) -> bool {
    matches!(w, W::ALetter | W::HebrewLetter | W::Numeric)
}

/// Whether separator `sep` between a run ending in `last` and the ASCII
/// byte `next` joins them under UAX #29 (WB6/7: letter, MidLetter or
/// MidNumLetQ, letter; WB11/12: digit, MidNum or MidNumLetQ, digit).
/// Only called when `next` is ASCII, so WB4's ignorables cannot intervene.
#[inline]
pub(super) fn mid_joins(last: Last, sep: W, next: u8) -> bool {
    match last {
        Last::Letter | Last::Hebrew => {
            next.is_ascii_alphabetic()
                && matches!(sep, W::MidLetter | W::MidNumLet | W::SingleQuote)
        }
        Last::Digit => {
            next.is_ascii_digit() && matches!(sep, W::MidNum | W::MidNumLet | W::SingleQuote)
        }
    }
}

/// Whether `w` is one of the separators WB6/7/11/12 look across.
#[inline]
pub(super) fn is_mid(w: W) -> bool {
    matches!(
        w,
        W::MidLetter | W::MidNum | W::MidNumLet | W::SingleQuote | W::DoubleQuote
    )
}
