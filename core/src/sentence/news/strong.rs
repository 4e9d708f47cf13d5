//! `?` and `!` (and `‼`, `⁉`, full-width marks) followed by white space.

use super::left::Left;
use super::next::{Next, Shape};
use super::quotes::attribution_follows;
use super::run::Run;
use super::verdict::{Verdict, Why};
use super::words::{EXCLAMATION_NAMES_SET, FUNCTION_WORDS_SET};

/// A question or exclamation ends the sentence before a capitalised word,
/// except:
/// * in quotes followed by an attribution (`"Who knew?" Lindqvist asked.`);
/// * in a name (`Yahoo! Finance`).
///
/// Before a lower-case word it does not (`"Why now?" he asked`, `Yahoo!
/// in…`).
pub(super) fn decide(text: &str, run: &Run, next: &Next<'_>) -> Verdict {
    match next.shape {
        Shape::Lower => Verdict::Keep(Why::Lower),
        Shape::Dash | Shape::End => Verdict::Keep(Why::Other),
        Shape::Upper => {
            if run.quote_close && !next.opened && attribution_follows(text, next.start) {
                return Verdict::Keep(Why::Other);
            }
            if exclamation_name(text, run) && !FUNCTION_WORDS_SET.contains(next.word()) {
                return Verdict::Keep(Why::Other);
            }
            Verdict::Break
        }
        _ => Verdict::Break,
    }
}

/// `Yahoo!`, `Jeopardy!`: a single `!` right after a name that has it.
fn exclamation_name(text: &str, run: &Run) -> bool {
    run.end == run.start + 1
        && run.close_end == run.end
        && text.get(run.start..run.end) == Some("!")
        && EXCLAMATION_NAMES_SET.contains(Left::at(text, 0, run.start).key)
}
