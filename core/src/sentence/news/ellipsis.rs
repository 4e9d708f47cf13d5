//! Ellipses: `...`, `…`, `....`, and the spaced `. . .` of edited quotations.
//!
//! * `[...]`, `(…)`: an omission inside brackets never ends a sentence.
//! * Unspaced (`...`, `…`, `....`) and touching the word before: ends the
//!   sentence before a capitalised word (`I never meant that.... She
//!   left.`), not before a lower-case one (`what I mean...see`).
//! * Standing free between spaces (`I … I don’t know`, `really ... well`):
//!   an omission or a hesitation inside the sentence.
//! * Spaced, three dots (`. . .`): an omission inside the sentence, even
//!   before a capital (`the thing is . . . I didn’t mean it`).
//! * Spaced, four dots after a space (`period . . . . Next`): ellipsis plus
//!   the sentence's period: ends it.
//! * Spaced, four dots with the first touching the word (`compounds. . . .
//!   The practice`): the period ends the sentence and the spaced ellipsis
//!   opens the next one (an omission at its start).

use super::next::{Next, Shape};
use super::quotes::attribution_follows;
use super::run::Run;
use super::text::skip_ws;
use super::verdict::{Verdict, Why};

/// Decides an ellipsis run followed by white space.
pub(super) fn decide(text: &str, run: &Run, next: &Next<'_>) -> Verdict {
    if run.after_bracket {
        return Verdict::Keep(Why::Other);
    }
    if run.spaced && !run.ellipsis_char {
        if run.attached && run.dots >= 4 && next.is_capital() {
            let (at, _) = skip_ws(text, run.start + 1);
            return Verdict::BreakAt { at, resume: at };
        }
        if !run.attached && run.dots >= 4 && next.is_capital() {
            return Verdict::Break;
        }
        if !run.attached || run.dots >= 4 {
            return Verdict::Keep(Why::Lower);
        }
    }
    if !run.attached && run.close_end == run.end {
        return Verdict::Keep(Why::Lower);
    }
    match next.shape {
        Shape::Upper | Shape::Brand => {
            if run.quote_close && !next.opened && attribution_follows(text, next.start) {
                Verdict::Keep(Why::Other)
            } else {
                Verdict::Break
            }
        }
        Shape::Lower => Verdict::Keep(Why::Lower),
        _ => Verdict::Keep(Why::Other),
    }
}
