//! The answer of every rule at a terminator.

/// What to do at a terminator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Verdict {
    /// A boundary after the terminator, its closers and the white space.
    Break,
    /// A boundary at `at`; resume scanning at `resume`.
    BreakAt { at: usize, resume: usize },
    /// No boundary; `Why` decides what a line break right after means.
    Keep(Why),
}

/// Why a terminator does not end the segment, which matters when a single
/// line break follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Why {
    /// The abbreviation binds to the next word (`Gen.` ⏎ `Smith`, `No.` ⏎
    /// `5`): the segment continues across the line break.
    Joined,
    /// The next word is lower case: the line-break rules decide (a
    /// hard-wrapped sentence continues, a lower-case list does not).
    Lower,
    /// Anything else: a line break ends the segment.
    Other,
}
