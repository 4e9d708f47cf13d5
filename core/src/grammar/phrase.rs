//! Short phrases shared by the byline, credit and outlet grammars: outlet
//! names and job titles.
//!
//! ```text
//! outlet  := OUTLET                                   ; lexicon: "Reuters", "Associated Press", "ТАСС"
//!          | domain                                   ; "Cleveland.com", "POLYGRAPH.info"
//!          | "The" ws+ cap_word (ws+ cap_word){0,5}   ; "The Kyiv Independent"
//!          | cap_word{1,5} OUTLET_WORD                ; "Fox News", "Pioneer Press", "Daily Mail"
//!          | OUTLET cap_word{1,2}                     ; an edition or region: "BBC Scotland"
//!                                                     ; (not a job-title word: "Reuters Staff")
//! domain  := label ("." label)* "." tld               ; tld: 2–6 ASCII letters
//! role    := role_word{1,8} containing (ROLE_NOUN | "Special to")
//!                                                     ; "Senior News Editor", "AP Sports Writer",
//!                                                     ; "Special to the Pioneer Press"
//! role_word := ROLE_NOUN | ROLE_WORD | cap_word
//! ```
//!
//! A phrase is a run of white-space separated words; it ends before `,`
//! `;` `|` `(` `)` `·` `•`, at the end of the line, or before a date.

use super::date::parse_date;
use super::lexicon::{OUTLETS, ROLE_NOUNS, ROLE_WORDS, in_sorted, is_in, prefix_in};
use super::text::{PResult, fail, first, is_space};
use crate::article::text::split_ascii;
use crate::ucd::case::is_upper;

/// Words that make a capitalised phrase the name of an outlet.
static OUTLET_WORDS: &[&str] = &[
    "Agency",
    "Broadcasting",
    "Chronicle",
    "Daily",
    "Express",
    "Gazette",
    "Guardian",
    "Herald",
    "Independent",
    "Journal",
    "Magazine",
    "Mail",
    "Media",
    "Mirror",
    "Network",
    "News",
    "Newspaper",
    "Observer",
    "Post",
    "Press",
    "Radio",
    "Standard",
    "Telegraph",
    "Television",
    "Times",
    "Tribune",
    "TV",
    "Weekly",
    "Wire",
];

/// Characters that end a phrase.
fn is_stop(c: char) -> bool {
    matches!(c, ',' | ';' | '|' | '(' | ')' | '·' | '•' | '[' | ']')
}

/// Words of the phrase at the start of `s`: `(start, end)` byte ranges.
fn phrase_words(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0usize;
    core::iter::from_fn(move || {
        let here = s.get(pos..)?;
        let c = first(here)?;
        if is_space(c) || is_stop(c) || (pos > 0 && parse_date(here).is_some()) {
            return None;
        }
        let len = here
            .char_indices()
            .find(|&(_, c)| is_space(c) || is_stop(c))
            .map_or(here.len(), |(i, _)| i);
        let start = pos;
        let end = pos.saturating_add(len);
        let after = s.get(end..).unwrap_or("");
        let gap = after
            .len()
            .saturating_sub(after.trim_start_matches(is_space).len());
        let next = after.get(gap..).and_then(first);
        // Continue only across plain white space to another word.
        pos = if gap > 0 && next.is_some_and(|c| !is_stop(c)) {
            end.saturating_add(gap)
        } else {
            usize::MAX
        };
        Some((start, end))
    })
}

/// A capitalised word (proper noun, acronym, `U.S.`, `Jean-Luc`).
fn is_cap_word(w: &str) -> bool {
    first(w).is_some_and(is_upper)
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’' | '&'))
}

/// Splits `s` after `end` bytes into `(rest, head)`.
fn split(s: &str, end: usize) -> PResult<'_, &str> {
    match (s.get(..end), s.get(end..)) {
        (Some(head), Some(rest)) if !head.is_empty() => Ok((rest, head)),
        _ => fail(s),
    }
}

/// `domain` of the grammar, as the whole first word.
fn domain(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    let mut labels = split_ascii(w, b'.');
    let Some(tld) = labels.next_back() else {
        return false;
    };
    let mut n = 0;
    for label in labels {
        if label.is_empty() || !label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return false;
        }
        n += 1;
    }
    n > 0 && (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
}

/// `outlet` of the grammar; returns its text.
pub(crate) fn outlet(s: &str) -> PResult<'_, &str> {
    let lex = prefix_in(OUTLETS, s);
    let words = phrase_words(s);
    let mut n = 0usize;
    let mut end = 0usize;
    let mut starts_the = false;
    let mut has_outlet_word = false;
    let mut first_domain = None;
    for (i, (a, b)) in words.enumerate() {
        let w = s.get(a..b).unwrap_or("");
        if i == 0 && domain(w) {
            first_domain = Some(b);
        }
        let connective = matches!(w, "of" | "the" | "and" | "&" | "de" | "on");
        if i >= 6 || !(is_cap_word(w) || (i > 0 && connective)) {
            break;
        }
        if i == 0 && w == "The" {
            starts_the = true;
        }
        n = i.saturating_add(1);
        if !connective {
            // The outlet word ends the name ("Fox News"; "Post Comment" is a button).
            has_outlet_word = is_in(OUTLET_WORDS, w.trim_end_matches(['.', '\'', '’']));
            end = b;
        }
    }
    let phrase_ok = (starts_the && n >= 2) || has_outlet_word;
    // A known outlet and its edition or region: `BBC Scotland`, `CNN
    // International` (one or two more capitalised words, not a job title:
    // `Reuters Staff` stays `Reuters` and a role).
    let edition = lex.filter(|&l| {
        s.get(l..end).is_some_and(|x| {
            let mut k = 0usize;
            let ok = x.split(is_space).filter(|w| !w.is_empty()).all(|w| {
                k += 1;
                !in_sorted(ROLE_NOUNS, w) && !in_sorted(ROLE_WORDS, w)
            });
            ok && (1..=2).contains(&k)
        })
    });
    let best = [
        lex,
        edition.map(|_| end),
        first_domain,
        phrase_ok.then_some(end),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(0);
    split(s, best)
}

/// `role` of the grammar; returns its text.
pub(crate) fn role(s: &str) -> PResult<'_, &str> {
    let mut end = 0usize;
    let mut nouns = 0usize;
    let mut prev = "";
    for (i, (a, b)) in phrase_words(s).enumerate() {
        let w = s.get(a..b).unwrap_or("");
        let bare = w.trim_end_matches('.');
        // "Special to the Pioneer Press" names a contributor's status.
        let noun = in_sorted(ROLE_NOUNS, bare)
            || (bare.eq_ignore_ascii_case("to") && prev.eq_ignore_ascii_case("special"));
        prev = bare;
        let small = in_sorted(ROLE_WORDS, bare);
        if i >= 8
            || !(noun || small || is_cap_word(w))
            || (i == 0 && bare.eq_ignore_ascii_case("and"))
        {
            break;
        }
        if noun {
            nouns += 1;
        }
        // A title does not end on a connective ("Editor of").
        if !matches!(
            bare,
            "and" | "&" | "of" | "the" | "for" | "to" | "at" | "in" | "de"
        ) {
            end = b;
        }
    }
    if nouns == 0 {
        return fail(s);
    }
    split(s, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(s: &str) -> Option<&str> {
        outlet(s).ok().map(|r| r.1)
    }
    fn r(s: &str) -> Option<&str> {
        role(s).ok().map(|r| r.1)
    }

    #[test]
    fn outlets() {
        assert_eq!(o("Reuters"), Some("Reuters"));
        assert_eq!(o("Associated Press, x"), Some("Associated Press"));
        assert_eq!(o("Cleveland.com"), Some("Cleveland.com"));
        assert_eq!(o("The Kyiv Independent"), Some("The Kyiv Independent"));
        assert_eq!(o("Fox News | x"), Some("Fox News"));
        assert_eq!(o("CNN"), Some("CNN"));
        assert_eq!(o("Mike Wall"), None);
        assert_eq!(o("The"), None);
        assert_eq!(o("the team"), None);
        assert_eq!(o("Post Comment"), None);
        assert_eq!(o("Daily Mail"), Some("Daily Mail"));
    }

    #[test]
    fn roles() {
        assert_eq!(r("Senior News Editor"), Some("Senior News Editor"));
        assert_eq!(r("AP Sports Writer"), Some("AP Sports Writer"));
        assert_eq!(
            r("senior news editor for The Kyiv Independent"),
            Some("senior news editor for The Kyiv Independent")
        );
        assert_eq!(
            r("Special to the Pioneer Press"),
            Some("Special to the Pioneer Press")
        );
        assert_eq!(r("Staff Writer, The Times"), Some("Staff Writer"));
        assert_eq!(r("a senior reporter who"), None);
        assert_eq!(r("Belarusian dictator"), None);
        assert_eq!(r("head of the KGB"), None);
        assert_eq!(r("Special Advisers"), None);
    }
}
