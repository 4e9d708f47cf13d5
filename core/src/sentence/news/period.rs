//! A period followed by white space: abbreviation, initial, number or the
//! end of a sentence?
//!
//! The word before the period is classified ([`LeftKind`]), lexicon
//! entries get a [`Role`] from their flags and their context, and the role
//! is weighed against the shape of the next word. Each rule is a named
//! function below with the reason it exists.

use super::left::{Left, LeftKind, is_numeric_word, previous_token, previous_word};
use super::next::{Next, Shape};
use super::text;
use super::text::{is_space, letter_case};
use super::verdict::{Verdict, Why};
use super::words::{
    CALENDAR_WORDS_SET, FUNCTION_WORDS_SET, ORG_CONTINUATION_SET, PROPER_CONTINUATION_SET,
    TIME_PHRASE_WORDS_SET, TIME_ZONES_SET, is_roman_numeral,
};
use crate::lexicon::abbrev::{self, Abbrev};

/// How an abbreviation behaves here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Precedes a name (`Gen.`, `Mr.`, `St. Louis`): never ends a sentence.
    Title,
    /// Latin/reference abbreviations (`e.g.`, `vs.`): continue the sentence.
    Continues,
    /// Precedes a number (`No. 2`, `p. 55`).
    NumberPrefix,
    /// `Oct. 19`.
    Month,
    /// `Tues. Oct. 5`.
    Weekday,
    /// `a.m.`/`p.m.`.
    Time,
    /// A proper initialism (`U.S.`): ends the sentence unless an
    /// institution's name follows.
    Proper,
    /// A name or company suffix or any other abbreviation that often ends
    /// a sentence (`Inc.`, `Jr.`, `etc.`, `Calif.`, `Main St.`).
    Suffix,
    /// A unit after a number (`5 ft.`).
    Unit,
    /// Not an abbreviation here (`in.` without a number before it).
    Plain,
}

/// Decides a period (one dot, closers, then white space) between the
/// token `left` and the word `next`; `content` is where the segment's
/// text starts.
/// `seg` is the segment start and `dot` the period's offset; the word
/// before the period is only read when the next word's shape leaves the
/// question open.
pub(super) fn decide(
    text: &str,
    seg: usize,
    content: usize,
    dot: usize,
    next: &Next<'_>,
) -> Verdict {
    if dateline_credit(text, next) {
        return Verdict::Keep(Why::Other);
    }
    match next.shape {
        // A lower-case word continues the sentence: `Co. at noon`,
        // `Ph.D. student`, `"This is great." she said`.
        Shape::Lower => return Verdict::Keep(Why::Lower),
        // A dash continues a dateline or an aside: `Calif. — The fire…`.
        Shape::Dash | Shape::End => return Verdict::Keep(Why::Other),
        _ => {}
    }
    let left = &Left::at(text, seg, dot);
    match left.kind {
        LeftKind::Abbrev(_) if parenthesised(text, left, dot) => Verdict::Keep(Why::Joined),
        LeftKind::Abbrev(f) => abbreviation(text, content, left, f, next),
        LeftKind::Letter(c) => letter(text, left, c, next),
        LeftKind::DottedUpper | LeftKind::Vowelless => guessed_abbreviation(next),
        LeftKind::DottedLower => suffix(next),
        LeftKind::Number | LeftKind::Url | LeftKind::Word | LeftKind::Empty => Verdict::Break,
    }
}

/// Longest agency credit in a dateline (bytes).
const MAX_DATELINE_CREDIT: usize = 32;

/// `ST. JOSEPH, Mich. (AP) — Michigan…`: a short parenthesised agency
/// name followed by a dash belongs to the dateline before it, not to a
/// new sentence.
fn dateline_credit(text: &str, next: &Next<'_>) -> bool {
    if !next.opened || next.start == 0 || text.get(next.start - 1..next.start) != Some("(") {
        return false;
    }
    let Some(rest) = text.get(next.start..) else {
        return false;
    };
    let window = rest
        .as_bytes()
        .get(..=MAX_DATELINE_CREDIT)
        .unwrap_or(rest.as_bytes());
    let Some(close) = memchr::memchr(b')', window) else {
        return false;
    };
    if close > MAX_DATELINE_CREDIT
        || !rest.get(..close).is_some_and(|inner| {
            inner
                .chars()
                .all(|c| text::is_alphabetic(c) || matches!(c, ' ' | '&' | '.' | '-' | '/'))
        })
    {
        return false;
    }
    let after = rest
        .get(close + 1..)
        .unwrap_or("")
        .trim_start_matches(super::text::is_space);
    after.starts_with(super::text::is_dash)
}

fn abbreviation(
    text: &str,
    content: usize,
    left: &Left<'_>,
    f: Abbrev,
    next: &Next<'_>,
) -> Verdict {
    let s = next.shape;
    match role(text, left, f) {
        Role::Title | Role::Continues => Verdict::Keep(Why::Joined),
        Role::NumberPrefix => match s {
            Shape::Digit => Verdict::Keep(Why::Joined),
            Shape::Upper if is_roman_numeral(next.word()) => Verdict::Keep(Why::Joined),
            Shape::Brand => Verdict::Keep(Why::Other),
            _ => Verdict::Break,
        },
        Role::Month => match s {
            Shape::Digit => Verdict::Keep(Why::Joined),
            Shape::Brand => Verdict::Keep(Why::Other),
            _ => Verdict::Break,
        },
        Role::Weekday => match s {
            Shape::Digit => Verdict::Keep(Why::Joined),
            Shape::Upper if is_calendar(next) => Verdict::Keep(Why::Joined),
            Shape::Brand => Verdict::Keep(Why::Other),
            _ => Verdict::Break,
        },
        Role::Time => time(text, content, left, next),
        Role::Proper => match s {
            Shape::Upper if continues_institution(next) => Verdict::Keep(Why::Joined),
            Shape::Digit => Verdict::Keep(Why::Joined),
            Shape::Brand => Verdict::Keep(Why::Other),
            _ => Verdict::Break,
        },
        Role::Suffix => suffix(next),
        Role::Unit => match s {
            Shape::Digit => Verdict::Keep(Why::Joined),
            Shape::Brand => Verdict::Keep(Why::Other),
            _ => Verdict::Break,
        },
        Role::Plain => Verdict::Break,
    }
}

/// The role of a lexicon entry in context.
fn role(text: &str, left: &Left<'_>, f: Abbrev) -> Role {
    if f.contains(Abbrev::CONTINUES) {
        return Role::Continues;
    }
    if f.contains(Abbrev::TIME) {
        return Role::Time;
    }
    if f.contains(Abbrev::UNIT) {
        // `5 ft.` is a unit; `Ft. Worth` a title; `come in.` a word.
        if after_number(text, left.start) {
            return Role::Unit;
        }
        if f.contains(Abbrev::TITLE) && left.capitalised {
            return Role::Title;
        }
        return Role::Plain;
    }
    if f.contains(Abbrev::TITLE) {
        // News copy capitalises titles before names (`Gov. Newsom`); a
        // lower-case `gen.`/`rep.` is an ordinary abbreviation.
        if !left.capitalised {
            return Role::Suffix;
        }
        // `St.`, `Co.`: a title before a name (`St. Louis`, `in Co. Kerry`)
        // but a suffix after one (`Downing St.`, `Briggs & Co.`).
        if f.contains(Abbrev::MAY_END) && !prepositive(text, left.start) {
            return Role::Suffix;
        }
        return Role::Title;
    }
    if f.contains(Abbrev::MONTH) {
        return Role::Month;
    }
    if f.contains(Abbrev::WEEKDAY) {
        return Role::Weekday;
    }
    if f.contains(Abbrev::PROPER) {
        return Role::Proper;
    }
    if f.contains(Abbrev::BEFORE_NUMBER) {
        return Role::NumberPrefix;
    }
    Role::Suffix
}

/// Whether an ambiguous title/suffix abbreviation at `start` stands
/// before a name: at the start of a line or a clause (after `,`, `:`, a
/// dash), or after a lower-case word other than `and` (`at St. Louis`,
/// `A: St. Croix`, `in Co. Kerry`); not after a capitalised word, a number
/// or `&` (`Downing St.`, `5th St.`, `Briggs & Co.`).
fn prepositive(text: &str, start: usize) -> bool {
    let Some(raw) = previous_token(text, start) else {
        return true;
    };
    if raw == "&" || raw == "and" {
        return false;
    }
    if raw.ends_with([',', ';', ':']) || !raw.chars().any(text::is_alphanumeric) {
        return true;
    }
    raw.chars().next().and_then(letter_case) == Some(false)
}

/// Whether the token before `start` is a number (`5 ft.`, `10 in.`).
fn after_number(text: &str, start: usize) -> bool {
    previous_word(text, start).is_some_and(is_numeric_word)
}

/// A name/company suffix or other sentence-ending abbreviation: a
/// capitalised word ends the sentence unless it continues the name
/// (`Inc. CEO`, `Co. Ltd.`, `Jr. Day`).
fn suffix(next: &Next<'_>) -> Verdict {
    match next.shape {
        Shape::Upper if ORG_CONTINUATION_SET.contains(next.base()) || next_is_suffix(next) => {
            Verdict::Keep(Why::Joined)
        }
        Shape::Upper if ticker(next) => Verdict::Keep(Why::Joined),
        Shape::Brand => Verdict::Keep(Why::Other),
        _ => Verdict::Break,
    }
}

/// Longest ticker symbol considered.
const MAX_TICKER: usize = 12;

/// `Tesla Inc. (TSLA) shares…`, `Meta Platforms Inc. (NASDAQ: META)`: a
/// parenthesised capitals-only symbol after a company name.
fn ticker(next: &Next<'_>) -> bool {
    if !next.opened {
        return false;
    }
    let (text, start) = next.source();
    if start == 0 || text.get(start - 1..start) != Some("(") {
        return false;
    }
    let rest = text.as_bytes().get(start..).unwrap_or(&[]);
    let Some(close) = rest.iter().take(MAX_TICKER + 1).position(|&b| b == b')') else {
        return false;
    };
    rest.get(..close).is_some_and(|sym| {
        !sym.is_empty()
            && sym
                .iter()
                .all(|&b| b.is_ascii_uppercase() || matches!(b, b'.' | b':' | b' ' | b'-'))
    })
}

/// `Gen. (ret.) David Petraeus`: an abbreviation alone in parentheses is
/// an aside inside the sentence.
fn parenthesised(text: &str, left: &Left<'_>, dot: usize) -> bool {
    left.start > 0
        && text.get(left.start - 1..left.start) == Some("(")
        && text.get(dot + 1..dot + 2) == Some(")")
}

/// `Co. Ltd.`, `Inc. Corp.`, `Main St. Apt. 4`: another suffix
/// abbreviation, or one that introduces a number, follows.
fn next_is_suffix(next: &Next<'_>) -> bool {
    next.period()
        && abbrev::lookup(next.word()).is_some_and(|f| {
            f.contains(Abbrev::BEFORE_NUMBER)
                || (f.contains(Abbrev::MAY_END)
                    && !f.contains(Abbrev::PROPER)
                    && !f.contains(Abbrev::TIME)
                    && !f.contains(Abbrev::UNIT))
        })
}

/// After a proper initialism: an institution noun (`U.S. Senate`), a title
/// abbreviation (`U.S. Sen.`) or an agency acronym (`U.S. FDA`).
fn continues_institution(next: &Next<'_>) -> bool {
    let w = next.word();
    let base = next.base();
    // `Secretary-General`, `Attorney’s`: the head word counts
    let head = base.split('-').next().unwrap_or(base);
    if PROPER_CONTINUATION_SET.contains(base) || PROPER_CONTINUATION_SET.contains(head) {
        return true;
    }
    if next.period() && abbrev::lookup(w).is_some_and(|f| f.contains(Abbrev::TITLE)) {
        return true;
    }
    let all_caps = w.len() >= 2
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !FUNCTION_WORDS_SET.contains(w);
    all_caps && !next.period()
}

/// An initial, a dotted initialism or a vowel-less abbreviation that the
/// lexicon does not know: it binds to a following name, but a capitalised
/// function word (`The`, `He`, `But`) shows that it ended the sentence.
fn guessed_abbreviation(next: &Next<'_>) -> Verdict {
    match next.shape {
        Shape::Upper if !FUNCTION_WORDS_SET.contains(next.word()) => Verdict::Keep(Why::Joined),
        Shape::Brand => Verdict::Keep(Why::Other),
        _ => Verdict::Break,
    }
}

/// A single letter before a period.
///
/// Upper case: an initial (`Donald J. Trump`, `Jonas E. Smith`). `I` and
/// `A` are also words, so they are initials only after a capitalised word
/// or at the start (`Albert I. Jones` vs. `you and I. Did…`).
/// Lower case: a reference (`c. 1900`, `s. 5`) before a number; otherwise
/// a one-letter word ending the sentence.
fn letter(text: &str, left: &Left<'_>, c: char, next: &Next<'_>) -> Verdict {
    match letter_case(c) {
        Some(true) => {
            let word_letter = matches!(c, 'I' | 'A');
            let initial = !word_letter
                || previous_word(text, left.start)
                    .is_none_or(|w| w.chars().next().and_then(letter_case) == Some(true));
            if initial {
                guessed_abbreviation(next)
            } else {
                Verdict::Break
            }
        }
        Some(false) => match next.shape {
            Shape::Digit => Verdict::Keep(Why::Joined),
            Shape::Brand => Verdict::Keep(Why::Other),
            _ => Verdict::Break,
        },
        None => Verdict::Break,
    }
}

/// `a.m.`/`p.m.` before a capitalised word.
///
/// A time zone or a day/month continues the time expression (`10:30 a.m.
/// ET`, `5 p.m. Monday`). Otherwise the time ends the sentence (`at 6 P.M.
/// Mr. Smith then…`) — unless the sentence so far is only the time phrase
/// itself (`At 5 a.m. Mr. Smith went…`), which cannot be a sentence.
fn time(text: &str, content: usize, left: &Left<'_>, next: &Next<'_>) -> Verdict {
    match next.shape {
        Shape::Upper => {
            if TIME_ZONES_SET.contains(next.word()) || is_calendar(next) {
                return Verdict::Keep(Why::Joined);
            }
            if fronted_time_phrase(text, content, left.start) {
                return Verdict::Keep(Why::Joined);
            }
            Verdict::Break
        }
        // `10 a.m. (1400 GMT)`
        Shape::Digit if next.opened => Verdict::Keep(Why::Other),
        Shape::Brand => Verdict::Keep(Why::Other),
        _ => Verdict::Break,
    }
}

/// A weekday or month, spelled out or abbreviated.
fn is_calendar(next: &Next<'_>) -> bool {
    CALENDAR_WORDS_SET.contains(next.word())
        || (next.period()
            && abbrev::lookup(next.word())
                .is_some_and(|f| f.contains(Abbrev::MONTH) || f.contains(Abbrev::WEEKDAY)))
}

/// Longest fronted time phrase considered, in bytes and words.
const MAX_PHRASE_BYTES: usize = 160;
const MAX_PHRASE_WORDS: usize = 14;

/// Whether the text from the segment start `content` to the time
/// abbreviation at `time_start` is only a time adverbial: prepositions and
/// time words ([`TIME_PHRASE_WORDS`]), numbers, days, months and other
/// times (`At 5`, `Between 9 a.m. and 5`, `On Tuesday at 10:30`).
fn fronted_time_phrase(text: &str, content: usize, time_start: usize) -> bool {
    let Some(prefix) = text.get(content..time_start) else {
        return false;
    };
    if prefix.len() > MAX_PHRASE_BYTES {
        return false;
    }
    let mut words = 0;
    for tok in prefix.split(|c: char| is_space(c) || c.is_whitespace()) {
        let t = tok.trim_matches(|c: char| !text::is_alphanumeric(c) && c != '.' && c != ':');
        let t = t.trim_end_matches('.');
        if t.is_empty() {
            continue;
        }
        words += 1;
        if words > MAX_PHRASE_WORDS {
            return false;
        }
        let ok = is_numeric_word(t)
            || TIME_PHRASE_WORDS_SET.contains(t)
            || CALENDAR_WORDS_SET.contains(t)
            || abbrev::lookup(t).is_some_and(|f| {
                f.contains(Abbrev::TIME) || f.contains(Abbrev::MONTH) || f.contains(Abbrev::WEEKDAY)
            });
        if !ok {
            return false;
        }
    }
    true
}
