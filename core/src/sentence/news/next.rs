//! The shape of what follows a candidate boundary: the next word after
//! white space and opening quotes/brackets.

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

/// The next word.
#[derive(Clone, Copy, Debug)]
pub(super) struct Next<'a> {
    pub shape: Shape,
    /// Opening quotes/brackets came first.
    pub opened: bool,
    /// The word: letters/digits with internal `.`, `'`, `’`, `-`, without a
    /// final period (`Sen` for `Sen.`, `U.S` for `U.S.`).
    pub word: &'a str,
    /// Offset of the word.
    pub start: usize,
    /// The word is followed by a period (`Sen.`).
    pub period: bool,
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
        let (word, period) = word_at(text, i);
        let shape = match char_at(text, i) {
            None => Shape::End,
            Some(c) => shape_of(c, word, text, i),
        };
        Next {
            shape,
            opened,
            word,
            start: i,
            period,
        }
    }

    /// The word without a possessive ending (`Attorney’s` → `Attorney`),
    /// for lexicon lookups.
    pub(super) fn base(&self) -> &'a str {
        let w = self.word;
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w)
    }

    /// Upper or brand: something that can start a sentence with a letter.
    pub(super) fn is_capital(&self) -> bool {
        matches!(self.shape, Shape::Upper | Shape::Brand)
    }
}

fn shape_of(c: char, word: &str, text: &str, i: usize) -> Shape {
    match letter_case(c) {
        Some(true) => return Shape::Upper,
        Some(false) => {
            // `iPhone`, `eBay`, `mRNA` — but not `on-Don`
            let inner_capital = word
                .chars()
                .skip(1)
                .take_while(|c| c.is_alphabetic())
                .take(4)
                .any(|c| letter_case(c) == Some(true));
            return if inner_capital {
                Shape::Brand
            } else {
                Shape::Lower
            };
        }
        None => {}
    }
    if c.is_numeric() {
        return Shape::Digit;
    }
    if c.is_alphabetic() {
        return Shape::Upper;
    }
    if matches!(c, '$' | '\u{a3}' | '\u{20ac}' | '\u{a5}' | '\u{20b9}' | '#')
        && char_at(text, i + c.len_utf8()).is_some_and(|d| d.is_ascii_digit())
    {
        return Shape::Digit;
    }
    if is_dash(c) {
        return Shape::Dash;
    }
    if is_bullet(c) || c == '*' {
        return Shape::Bullet;
    }
    Shape::Other
}

/// The word at `i` and whether a period follows it.
pub(super) fn word_at(text: &str, i: usize) -> (&str, bool) {
    let Some(rest) = text.get(i..) else {
        return ("", false);
    };
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if off >= MAX_WORD {
            break;
        }
        let ok = if is_word_char(c) {
            true
        } else if matches!(c, '.' | '\'' | '\u{2019}' | '-') && off > 0 {
            chars.peek().is_some_and(|&(_, d)| is_word_char(d))
        } else {
            false
        };
        if !ok {
            break;
        }
        end = off + c.len_utf8();
    }
    let word = rest.get(..end).unwrap_or("");
    let period = rest.get(end..).is_some_and(|r| r.starts_with('.'));
    (word, period)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let n = Next::at("\u{201c}We go", 0);
        assert_eq!((n.shape, n.opened, n.word), (Shape::Upper, true, "We"));
        assert_eq!(Next::at("iPhone sales", 0).shape, Shape::Brand);
        assert_eq!(Next::at("sales", 0).shape, Shape::Lower);
        assert_eq!(Next::at("$6.25 billion", 0).shape, Shape::Digit);
        assert_eq!(Next::at("\u{2014} The", 0).shape, Shape::Dash);
        assert_eq!(Next::at("\u{41e}\u{43d}", 0).shape, Shape::Upper);
        let n = Next::at("U.S. Senate", 0);
        assert_eq!((n.word, n.period), ("U.S", true));
        let n = Next::at("Sen. Cruz", 0);
        assert_eq!((n.word, n.period), ("Sen", true));
        assert_eq!(Next::at("", 0).shape, Shape::End);
    }
}
