//! Glue repair: line breaks a scraper dropped.
//!
//! Copying text out of HTML often loses the break between two blocks, and
//! the two end up glued on one line. The repairs, in order of evidence:
//!
//! * **sentence glue** — a terminator directly followed by a capitalised
//!   word, no space: `area.The US`, `he added.”We can` (the quote goes with
//!   the side where it balances), `Biden.In September`. Not after a title
//!   abbreviation (`Mr.Smith` stays), not inside URLs, e-mail addresses,
//!   domains or numbers (`U.S.`, `3.5`, `example.com` never match: the letter
//!   before the dot must be lower case, the one after upper case followed by
//!   lower case).
//! * **camel glue** — a lower-case letter directly followed by a
//!   capitalised word: `claimsLukashenko may`, `NewsletterBelarus Weekly`.
//!   Product names are camel case too (`iPhone`, `eBay`, `YouTube`,
//!   `McDonald`, `PlayStation`), so the left part must look like a word of
//!   its own: lower-case initial and ≥ 3 letters, or ≥ 7 letters, or ≥ 4
//!   letters when the right part continues as a sentence (`ShopsWondering
//!   where`) and the pair is not a known brand ([`BRANDS`]).
//! * **standfirst glue** — a standfirst glued to the body with a space,
//!   recognised because the body repeats its opening words: `… has told
//!   journalists The Ukraine conflict is …` where the line starts with `The
//!   Ukraine conflict`. The left part is flagged [`Flags::STANDFIRST`].
//! * **headline repeat** — a recent headline-like line repeated inside a
//!   line (`… also claimsLukashenko may take part … official`): split before
//!   and after the repeat, which is flagged [`Flags::REPEAT`]; the text before
//!   it is flagged [`Flags::STANDFIRST`].
//!
//! Repairs never look at tokens or sentences from other modules: they are
//! byte-level scans of one logical line.

use super::text::{find_bytes, is_space, is_word_char};
use crate::ucd::case::{is_lower, is_upper};

/// Camel-case names that must not be split (both parts ≥ 4 letters).
pub const BRANDS: &[&str] = &[
    "BlackBerry",
    "BlackRock",
    "CrossFit",
    "DoorDash",
    "DreamWorks",
    "ExxonMobil",
    "FaceTime",
    "GlaxoSmithKline",
    "HarperCollins",
    "HubSpot",
    "JavaScript",
    "LinkedIn",
    "MasterCard",
    "MySpace",
    "PlayStation",
    "PowerPoint",
    "SeaWorld",
    "SharePoint",
    "SmackDown",
    "SoundCloud",
    "StubHub",
    "TripAdvisor",
    "WhatsApp",
    "WikiLeaks",
    "WordPress",
];

/// Segment flags set by glue repair.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags(pub u8);

impl Flags {
    /// The segment starts at a repaired break (not at a line start).
    pub const GLUED: Flags = Flags(1);
    /// Text glued in front of the body or of a headline repeat: a standfirst.
    pub const STANDFIRST: Flags = Flags(1 << 1);
    /// A repeat of a recent headline-like line.
    pub const REPEAT: Flags = Flags(1 << 2);
    /// Whether all of `other` is set.
    #[inline]
    pub fn has(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }
    /// Union.
    #[inline]
    pub fn with(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }
}

#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|r| r.chars().next_back())
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '”' | '“' | '«' | '‘' | '\'' | '„')
}

/// Start of the white-space-delimited token containing byte `i`.
fn token_start(s: &str, i: usize) -> usize {
    match s.get(..i) {
        Some(head) => head
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(j, c)| j + c.len_utf8()),
        None => 0,
    }
}

/// End of the token containing byte `i`.
fn token_end(s: &str, i: usize) -> usize {
    match s.get(i..) {
        Some(tail) => tail
            .char_indices()
            .find(|&(_, c)| is_space(c))
            .map_or(s.len(), |(j, _)| i + j),
        None => s.len(),
    }
}

/// Whether the token around byte `i` is a URL, e-mail address, handle or path.
fn in_link(s: &str, i: usize) -> bool {
    let tok = s.get(token_start(s, i)..token_end(s, i)).unwrap_or("");
    if find_bytes(tok.as_bytes(), b"://").is_some()
        || tok.contains('@')
        || tok.contains('/')
        || tok.contains('\\')
        || tok.contains('_')
    {
        return true;
    }
    // A domain: `www.` or a common generic top-level domain, any case.
    let mut low = [0u8; 64];
    let n = tok.len().min(low.len());
    for (d, s) in low.iter_mut().zip(tok.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let low = low.get(..n).unwrap_or(&[]);
    low.starts_with(b"www.")
        || [&b".com"[..], b".org", b".net", b".gov", b".edu", b".info"]
            .iter()
            .any(|tld| {
                // By index, not `windows`: no panic path (panic-never report).
                (0..low.len()).any(|i| {
                    low.get(i..i + tld.len()) == Some(*tld)
                        && low
                            .get(i + tld.len())
                            .is_none_or(|c| !c.is_ascii_alphabetic())
                })
            })
}

/// The letters directly before byte `i` (the end of the left word).
fn word_before(s: &str, i: usize) -> &str {
    let head = s.get(..i).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(j, c)| j + c.len_utf8());
    head.get(start..).unwrap_or("")
}

/// The letters from byte `i` on (the right word).
fn word_after(s: &str, i: usize) -> &str {
    let tail = s.get(i..).unwrap_or("");
    let end = tail
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(tail.len(), |(j, _)| j);
    tail.get(..end).unwrap_or("")
}

/// Whether `s[i..]` is an upper-case letter followed by a lower-case one.
fn capitalised_at(s: &str, i: usize) -> bool {
    let mut it = s.get(i..).unwrap_or("").chars();
    matches!((it.next(), it.next()), (Some(a), Some(b)) if is_upper(a) && is_lower(b))
}

/// A sentence-glue split at the terminator at byte `i`, if any: returns the
/// split offset (after the terminator, or after a quote that closes an open
/// one on the left).
fn sentence_split(line: &str, seg_start: usize, i: usize) -> Option<usize> {
    let prev = char_before(line, i)?;
    if !(is_lower(prev) || prev.is_ascii_digit() || matches!(prev, ')' | '”' | '"' | '’')) {
        return None;
    }
    let after = i + 1;
    let mut j = after;
    let q = char_at(line, j)?;
    if is_open_quote(q) {
        j += q.len_utf8();
    }
    if !capitalised_at(line, j) {
        return None;
    }
    if in_link(line, i) {
        return None;
    }
    let w = word_before(line, i);
    if w.chars().count() < 2 && !prev.is_ascii_digit() && !matches!(prev, ')' | '”' | '"' | '’')
    {
        return None;
    }
    if let Some(f) = crate::lexicon::abbrev::lookup(w)
        && f.contains(crate::lexicon::abbrev::Abbrev::TITLE)
    {
        return None;
    }
    if j > after {
        // A quote sits between the terminator and the capital: it closes the
        // left sentence only if the left part has an unbalanced open quote.
        let left = line.get(seg_start..after).unwrap_or("");
        let opens = left.matches('“').count();
        let closes = left.matches('”').count();
        let straight = left.matches('"').count();
        if opens > closes || straight % 2 == 1 {
            return Some(j);
        }
    }
    Some(after)
}

/// A camel-glue split before the capital at byte `i`, if any.
fn camel_split(line: &str, i: usize) -> bool {
    let left = word_before(line, i);
    let n = left.chars().count();
    let Some(first) = left.chars().next() else {
        return false;
    };
    if in_link(line, i) {
        return false;
    }
    if is_lower(first) {
        return n >= 3;
    }
    if n >= 7 {
        return true;
    }
    if n < 4 {
        return false;
    }
    // `ShopsWondering where`: right word then a space and a lower-case word.
    let right = word_after(line, i);
    let rest = line.get(i + right.len()..).unwrap_or("");
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let sentence = rest.starts_with(' ')
        && rest
            .get(1..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_lower);
    if !sentence {
        return false;
    }
    let start = i - left.len();
    let joined = line.get(start..i + right.len()).unwrap_or("");
    !BRANDS.contains(&joined)
}

/// The first sentence or camel glue point in `line[from..]` (a byte offset
/// into `line`; `seg_start` is where the current segment began).
pub fn next_simple(line: &str, seg_start: usize, from: usize) -> Option<usize> {
    use super::swar;
    let bytes = line.as_bytes();
    // Candidate bytes — terminators, ASCII capitals, the lead bytes of
    // Latin-1 and Cyrillic capitals — found eight at a time; only they are
    // checked one by one.
    let mut base = from.max(1);
    while base < bytes.len() {
        let (mut lanes, width) = match swar::load(bytes, base) {
            Some(v) => (
                swar::eq(v, b'.')
                    | swar::eq(v, b'!')
                    | swar::eq(v, b'?')
                    | swar::ascii_range(v, b'A', b'Z')
                    | swar::eq(v, 0xC3)
                    | swar::eq(v, 0xD0),
                8,
            ),
            None => {
                let rest = bytes.get(base..).unwrap_or(&[]);
                let m = rest.iter().enumerate().fold(0u64, |m, (k, &b)| {
                    let hit = matches!(b, b'.' | b'!' | b'?' | b'A'..=b'Z' | 0xC3 | 0xD0);
                    if hit { m | 0x80 << (8 * k) } else { m }
                });
                (m, rest.len())
            }
        };
        while lanes != 0 {
            let i = base + swar::first_lane(lanes);
            lanes &= lanes - 1;
            if let Some(at) = glue_at(line, seg_start, i) {
                return Some(at);
            }
        }
        base += width;
    }
    None
}

/// The glue split at candidate byte `i` (≥ 1) of `line`, if any.
#[inline]
fn glue_at(line: &str, seg_start: usize, i: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let b = bytes.get(i).copied()?;
    let p = bytes.get(i.checked_sub(1)?).copied()?;
    match b {
        b'.' | b'!' | b'?' => {
            // Only when glued: the next byte is not a space.
            let next = bytes.get(i + 1).copied().unwrap_or(b' ');
            if next == b' ' || next == b'\n' || next == b'.' {
                return None;
            }
            sentence_split(line, seg_start, i).filter(|&at| at > seg_start && at < line.len())
        }
        b'A'..=b'Z'
            if p.is_ascii_lowercase()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase)
                && camel_split(line, i) =>
        {
            Some(i)
        }
        // Latin-1 and Cyrillic capitals (C3 80–9E, D0 80–AF) glued to a
        // lower-case letter; other scripts are left alone.
        0xC3 | 0xD0 => {
            let second = bytes.get(i + 1).copied().unwrap_or(0);
            let upper = (b == 0xC3 && (0x80..=0x9E).contains(&second))
                || (b == 0xD0 && (0x80..=0xAF).contains(&second));
            let c = char_at(line, i).filter(|_| upper)?;
            (is_upper(c)
                && char_before(line, i).is_some_and(is_lower)
                && char_at(line, i + c.len_utf8()).is_some_and(is_lower)
                && camel_split(line, i))
            .then_some(i)
        }
        _ => None,
    }
}

/// Standfirst glue: where the line repeats its own first three words after
/// a lower-case word and a space. Returns the offset of the repeat.
pub fn standfirst_split(line: &str) -> Option<usize> {
    if line.len() < 80 {
        return None;
    }
    // The first three words.
    let mut words = 0;
    let mut end = 0;
    for (j, c) in line.char_indices() {
        if is_space(c) {
            words += 1;
            if words == 3 {
                end = j;
                break;
            }
        }
    }
    if words < 3 || end < 12 {
        return None;
    }
    let prefix = line.get(..end)?;
    if !prefix.chars().next().is_some_and(is_upper) {
        return None;
    }
    let limit = line.len().min(800);
    let hay = line.get(end..limit)?;
    let mut base = end;
    let mut rest = hay.as_bytes();
    while let Some(k) = find_bytes(rest, prefix.as_bytes()) {
        let at = base + k;
        // Preceded by one space and a lower-case letter or digit: no
        // sentence end between standfirst and body.
        let before = line.get(..at).unwrap_or("");
        let mut back = before.chars().rev();
        if back.next() == Some(' ')
            && back
                .next()
                .is_some_and(|c| is_lower(c) || c.is_ascii_digit())
            && char_at(line, at + prefix.len()).is_some_and(is_space)
        {
            return Some(at);
        }
        base = at + 1;
        rest = line.as_bytes().get(base..limit).unwrap_or(&[]);
    }
    None
}

/// Remembers recent headline-like lines to recognise their repeats.
#[derive(Clone, Copy, Debug, Default)]
pub struct Recent {
    spans: [(usize, usize); 2],
    n: usize,
    age: usize,
}

impl Recent {
    /// Offers a logical line (`start..end` in `text`); remembers it when it
    /// looks like a headline (20–200 bytes, ≥ 4 words, no final period).
    pub fn offer(&mut self, text: &str, start: usize, end: usize) {
        self.age += 1;
        let s = text.get(start..end).unwrap_or("");
        if !(20..=200).contains(&s.len()) {
            return;
        }
        if s.ends_with('.') {
            return;
        }
        // At least three spaces; stop counting at the third.
        if memchr::memchr_iter(b' ', s.as_bytes()).nth(2).is_none() {
            return;
        }
        let [a, b] = &mut self.spans;
        *a = *b;
        *b = (start, end);
        self.n = (self.n + 1).min(2);
        self.age = 0;
    }

    /// Whether a remembered headline (other than `line` itself, which starts
    /// at byte `line_start` of `text`) starts at byte `at` of `line`, a glue
    /// point: its length.
    pub fn starts_at(&self, text: &str, line_start: usize, line: &str, at: usize) -> Option<usize> {
        if self.n == 0 || self.age > 12 || at == 0 {
            return None;
        }
        let rest = line.as_bytes().get(at..)?;
        for &(s, e) in self.spans.iter().rev().take(self.n) {
            if s == line_start {
                continue;
            }
            let h = text.as_bytes().get(s..e)?;
            if rest.starts_with(h) {
                return Some(h.len());
            }
        }
        None
    }
}

/// Whether `c` can end a word (used by callers to sanity-check splits).
pub fn is_wordish(c: char) -> bool {
    is_word_char(c)
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::vec::Vec;

    fn split_all(line: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut from = 0;
        while let Some(at) = next_simple(line, start, from) {
            out.push(line.get(start..at).unwrap_or("").trim());
            start = at;
            from = at + 1;
        }
        out.push(line.get(start..).unwrap_or("").trim());
        out
    }

    #[test]
    fn sentence_glue_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "in the area.The US recognizes",
                &["in the area.", "The US recognizes"],
            ),
            (
                "he added.”We can make it",
                &["he added.", "”We can make it"],
            ),
            (
                "“We can,” he said.”Then we go",
                &["“We can,” he said.", "”Then we go"],
            ),
            (
                "“We can do it.”Then we go",
                &["“We can do it.”", "Then we go"],
            ),
            (
                "Joe Biden.In September it",
                &["Joe Biden.", "In September it"],
            ),
            (
                "in the U.S. Officials said",
                &["in the U.S. Officials said"],
            ),
            ("in the U.S.Officials said", &["in the U.S.Officials said"]),
            ("costs 3.5 billion", &["costs 3.5 billion"]),
            (
                "see example.com/News.Html now",
                &["see example.com/News.Html now"],
            ),
            (
                "write to joe.Smith@example.com",
                &["write to joe.Smith@example.com"],
            ),
            ("Mr.Smith went", &["Mr.Smith went"]),
            ("Really?Yes it is", &["Really?", "Yes it is"]),
        ];
        for (line, want) in cases {
            assert_eq!(split_all(line).as_slice(), *want, "{line}");
        }
    }

    #[test]
    fn camel_glue_table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "also claimsLukashenko may take",
                &["also claims", "Lukashenko may take"],
            ),
            (
                "to the NewsletterBelarus Weekly",
                &["to the Newsletter", "Belarus Weekly"],
            ),
            (
                "Cheese ShopsWondering where to",
                &["Cheese Shops", "Wondering where to"],
            ),
            ("the new iPhone and eBay", &["the new iPhone and eBay"]),
            ("on YouTube today", &["on YouTube today"]),
            ("at McDonald and MacArthur", &["at McDonald and MacArthur"]),
            ("a PlayStation game", &["a PlayStation game"]),
            (
                "the PlayStation, the console",
                &["the PlayStation, the console"],
            ),
            ("on LinkedIn and WhatsApp", &["on LinkedIn and WhatsApp"]),
            ("LeBron James and DeSantis", &["LeBron James and DeSantis"]),
            ("заявилМинистр сказал", &["заявил", "Министр сказал"]),
        ];
        for (line, want) in cases {
            assert_eq!(split_all(line).as_slice(), *want, "{line}");
        }
    }

    #[test]
    fn standfirst_table() {
        let l = "The Ukraine conflict and regional security are on the agenda, Ivan Tertel has told journalists The Ukraine conflict is a primary issue";
        let at = standfirst_split(l);
        assert_eq!(
            at.and_then(|a| l.get(a..a + 20)),
            Some("The Ukraine conflict")
        );
        assert_eq!(
            standfirst_split(
                "The Ukraine conflict is long. The Ukraine conflict is a primary issue of the agenda, he said again"
            ),
            None
        );
    }

    #[test]
    fn headline_repeat() {
        let text = "Lukashenko may take part in future peace talks\nA group of negotiators also claimsLukashenko may take part in future peace talks";
        let mut r = Recent::default();
        r.offer(text, 0, 46);
        let line_start = 47;
        let line = text.get(line_start..).unwrap_or("");
        let at = next_simple(line, 0, 1).unwrap_or(0);
        let len = r.starts_at(text, line_start, line, at).unwrap_or(0);
        assert_eq!(
            line.get(at..at + len),
            Some("Lukashenko may take part in future peace talks")
        );
        assert_eq!(line.get(..at), Some("A group of negotiators also claims"));
    }
}
