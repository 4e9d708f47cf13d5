//! Parenthesised credits that stand alone: `(Photo: Jane Doe/Reuters)`,
//! `(Mikhail Metzel/Pool/AFP via Getty Images)`.
//!
//! Convention: a parenthesised photo or reporting credit after a sentence
//! is a segment of its own. The period before it already ends the
//! sentence (`…2023. (Photo…`); this rule ends the credit before the next
//! sentence on the same line.

use super::next::{Next, Shape, word_at};
use super::text::{char_at, skip_ws};
use super::words::CREDIT_WORDS_SET;

/// Longest credit considered (bytes).
const MAX_CREDIT: usize = 300;

/// If the `)` at `close` ends a credit that opened the segment (whose
/// text starts at `content`) and a sentence follows on the same line, the
/// boundary after it.
pub(super) fn after_credit(text: &str, content: usize, close: usize) -> Option<usize> {
    if char_at(text, content) != Some('(') || close.saturating_sub(content) > MAX_CREDIT {
        return None;
    }
    let inner = text.get(content + 1..close)?;
    if inner.contains(['(', ')']) || !looks_like_credit(inner) {
        return None;
    }
    let (ws_end, newlines) = skip_ws(text, close + 1);
    if ws_end == close + 1 || newlines > 0 || ws_end >= text.len() {
        return None;
    }
    let n = Next::at(text, ws_end);
    matches!(n.shape, Shape::Upper | Shape::Brand | Shape::Digit).then_some(ws_end)
}

/// `Photo: …`, `Reporting by …`, or an agency path with a slash.
fn looks_like_credit(inner: &str) -> bool {
    let (w, _) = word_at(inner, 0);
    CREDIT_WORDS_SET.contains(w) || inner.contains('/')
}
