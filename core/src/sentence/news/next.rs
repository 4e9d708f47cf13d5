//! The shape of what follows a candidate boundary: the next word after
//! white space and opening quotes/brackets.

use super::text;
use super::text::{char_at, is_bullet, is_dash, is_opener, is_word_char, letter_case};

/// Longest next word examined.
const MAX_WORD: usize = 40;

/// Coarse shape of the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// Capitalised (any cased script: `The`, `Éric`, `Он`), or a letter of
    /// an uncased script (CJK, Arabic, Hebrew…), which can start a sentence.
    Upper,
    /// Lower case with a capital inside (`iPhone`, `eBay`, `mRNA`): a brand
    /// that may start a sentence.
    Brand,
    /// Lower case.
    Lower,
    /// A digit, or a currency sign before one (`$5`).
    Digit,
    /// A dash (`— The`): continues a dateline or an aside.
    Dash,
    /// A list bullet.
    Bullet,
    /// Anything else (symbols).
    Other,
    /// End of text.
    End,
}

/// The next word. Only the shape is computed eagerly; the word itself is
/// read on demand, since most decisions need just the shape.
#[derive(Clone, Copy, Debug)]
pub(super) struct Next<'a> {
    text: &'a str,
    pub shape: Shape,
    /// Opening quotes/brackets came first.
    pub opened: bool,
    /// Offset of the word.
    pub start: usize,
}

impl<'a> Next<'a> {
    /// Examines the text at `pos` (after white space).
    pub(super) fn at(text: &'a str, pos: usize) -> Next<'a> {
        let mut i = pos;
        let mut opened = false;
        while let Some(c) = char_at(text, i) {
            if !is_opener(c) {
                break;
            }
            opened = true;
            i += c.len_utf8();
        }
        let shape = match char_at(text, i) {
            None => Shape::End,
            Some(c) => shape_of(c, text, i),
        };
        Next {
            text,
            shape,
            opened,
            start: i,
        }
    }

    /// The word: letters/digits with internal `.`, `'`, `’`, `-`, without
    /// a final period (`Sen` for `Sen.`, `U.S` for `U.S.`).
    pub(super) fn word(&self) -> &'a str {
        word_at(self.text, self.start).0
    }

    /// The word is followed by a period (`Sen.`).
    pub(super) fn period(&self) -> bool {
        word_at(self.text, self.start).1
    }

    /// The text and the offset of the word (for rules that look further).
    pub(super) fn source(&self) -> (&'a str, usize) {
        (self.text, self.start)
    }

    /// The word without a possessive ending (`Attorney’s` → `Attorney`),
    /// for lexicon lookups.
    pub(super) fn base(&self) -> &'a str {
        let w = self.word();
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w)
    }

    /// Upper or brand: something that can start a sentence with a letter.
    pub(super) fn is_capital(&self) -> bool {
        matches!(self.shape, Shape::Upper | Shape::Brand)
    }
}

fn shape_of(c: char, text: &str, i: usize) -> Shape {
    if c.is_ascii_uppercase() {
        return Shape::Upper;
    }
    if c.is_ascii_digit() {
        return Shape::Digit;
    }
    // cheap checks before the Unicode tables
    if is_dash(c) {
        return Shape::Dash;
    }
    if is_bullet(c) || c == '*' {
        return Shape::Bullet;
    }
    if matches!(c, '$' | '\u{a3}' | '\u{20ac}' | '\u{a5}' | '\u{20b9}' | '#') {
        return if char_at(text, i + c.len_utf8()).is_some_and(|d| d.is_ascii_digit()) {
            Shape::Digit
        } else {
            Shape::Other
        };
    }
    match letter_case(c) {
        Some(true) => return Shape::Upper,
        Some(false) => {
            // `iPhone`, `eBay`, `mRNA`, `xAI` — ASCII letters with a capital
            // among the next four (not `on-Don`)
            let inner_capital = c.is_ascii()
                && text
                    .as_bytes()
                    .get(i + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take(4)
                    .take_while(|b| b.is_ascii_alphabetic())
                    .any(u8::is_ascii_uppercase);
            return if inner_capital {
                Shape::Brand
            } else {
                Shape::Lower
            };
        }
        None => {}
    }
    if text::is_numeric(c) {
        return Shape::Digit;
    }
    if text::is_alphabetic(c) {
        return Shape::Upper;
    }
    Shape::Other
}

/// The word at `i` and whether a period follows it. A word is word
/// characters with single inner joiners (`.`, `'`, `’`, `-`) between them;
/// ASCII is handled without decoding.
pub(super) fn word_at(text: &str, i: usize) -> (&str, bool) {
    let Some(rest) = text.get(i..) else {
        return ("", false);
    };
    let bytes = rest.as_bytes();
    let mut k = 0;
    let mut end = 0;
    while k < MAX_WORD {
        let Some(&b) = bytes.get(k) else {
            break;
        };
        let (word, joiner, len) = if b < 0x80 {
            (
                b.is_ascii_alphanumeric(),
                matches!(b, b'.' | b'\'' | b'-'),
                1,
            )
        } else {
            let Some(c) = char_at(rest, k) else {
                break;
            };
            (
                c != '\u{2019}' && is_word_char(c),
                c == '\u{2019}',
                c.len_utf8(),
            )
        };
        if word {
            k += len;
            end = k;
        } else if joiner && k > 0 && end == k && starts_word(rest, k + len) {
            k += len;
        } else {
            break;
        }
    }
    let word = rest.get(..end).unwrap_or("");
    let period = bytes.get(end) == Some(&b'.');
    (word, period)
}

/// Whether a word character starts at `k`.
fn starts_word(s: &str, k: usize) -> bool {
    match s.as_bytes().get(k) {
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => char_at(s, k).is_some_and(is_word_char),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let n = Next::at("\u{201c}We go", 0);
        assert_eq!((n.shape, n.opened, n.word()), (Shape::Upper, true, "We"));
        assert_eq!(Next::at("iPhone sales", 0).shape, Shape::Brand);
        assert_eq!(Next::at("sales", 0).shape, Shape::Lower);
        assert_eq!(Next::at("$6.25 billion", 0).shape, Shape::Digit);
        assert_eq!(Next::at("\u{2014} The", 0).shape, Shape::Dash);
        assert_eq!(Next::at("\u{41e}\u{43d}", 0).shape, Shape::Upper);
        let n = Next::at("U.S. Senate", 0);
        assert_eq!((n.word(), n.period()), ("U.S", true));
        let n = Next::at("Sen. Cruz", 0);
        assert_eq!((n.word(), n.period()), ("Sen", true));
        assert_eq!(Next::at("", 0).shape, Shape::End);
    }
}
