//! The article header: title, section, subtitle, byline, date and captions
//! among the segments just above the body.
//!
//! The title is the best headline-like segment of the header window, scored
//! on evidence that holds across sites: it repeats the page's first line
//! (the HTML `<title>` in text dumps) or another segment (scrapers emit the
//! headline two or three times), a byline/dateline/standfirst follows it,
//! it sits close to the body, it has a headline's length. The section is
//! the short label right above the title; the subtitle is a glued standfirst
//! or a prose segment between title and body; bylines, dates and credits are
//! parsed with the line grammars ([`crate::grammar`]).

use super::context::{Anchor, Info};
use super::score::{glued_teaser, teaser};
use super::text::{eq_folded, find_str, is_space};
use crate::ucd::case::{is_lower, is_upper};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fold_hash_is_the_folded_hash() {
        extern crate std;
        let slow = |s: &str| {
            let mut h = super::super::id::BodyHasher::default();
            for c in super::super::text::Folded::new(s) {
                let mut buf = [0u8; 4];
                h.write(c.encode_utf8(&mut buf).as_bytes());
            }
            h.finish()
        };
        let long = "Breaking  News:\tThe QUICK brown fox  jumps\n over ".repeat(5);
        let mut cases = std::vec![
            "",
            "  ",
            "Hello  World",
            "\tA\n b \r",
            "x",
            " Trailing space \x0b",
            "Ab\x01Cd",
            long.as_str(),
        ];
        let owned: std::vec::Vec<std::string::String> = (0..20)
            .map(|k| {
                std::format!(
                    "{}Title Case  Head{}line Here",
                    " ".repeat(k % 3),
                    "x".repeat(k)
                )
            })
            .collect();
        cases.extend(owned.iter().map(|s| s.as_str()));
        for s in cases {
            assert_eq!(fold_hash(s), slow(s), "{s:?}");
        }
        assert_eq!(fold_hash("Ünïcödé  Title"), fold_hash("ünïcödé title"));
        assert_eq!(fold_hash("Hello\u{A0}World"), fold_hash("hello  world"));
        assert_ne!(fold_hash("Hello World"), fold_hash("HelloWorld"));
    }

    #[test]
    #[allow(clippy::indexing_slicing, clippy::unwrap_used)] // a test: a panic is a failure
    fn ascii_content_hash_is_the_general_one() {
        extern crate std;
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "The",
            "“Hello,”",
            "Delhi's",
            "Delhi’s",
            "'s",
            "x's",
            "ab's",
            "abc's",
            "U.S.",
            "(AP)",
            "—",
            "--",
            "e-mail",
            "don't",
            "_abc_",
            "a_b_c",
            "1st",
            "2023",
            "a1b2c3",
            "COVID-19",
            "#hashtag",
            "@user",
            "...",
            "it's's",
        ];
        for w in words {
            if w.is_ascii() {
                assert_eq!(ascii_content_hash(w.as_bytes()), content_hash(w), "{w:?}");
            }
        }
        // Every word of up to three bytes over an alphabet of the cases.
        let alphabet = b"aZ0_'s.-";
        let mut buf = [0u8; 3];
        for n in 0..=3 {
            for k in 0..alphabet.len().pow(n as u32) {
                let mut k = k;
                for b in buf.iter_mut().take(n) {
                    *b = alphabet[k % alphabet.len()];
                    k /= alphabet.len();
                }
                let w = core::str::from_utf8(&buf[..n]).unwrap();
                assert_eq!(ascii_content_hash(w.as_bytes()), content_hash(w), "{w:?}");
            }
        }
        use proptest::prelude::*;
        proptest!(ProptestConfig::with_cases(4000), |(w in "[!-~]{0,30}")| {
            prop_assert_eq!(ascii_content_hash(w.as_bytes()), content_hash(&w), "{:?}", w);
        });
    }

    #[test]
    fn content_words_skip_stop_words() {
        let mut v = heapless::Vec::<u32, 8>::new();
        content_words("The law that’s helping fuel Delhi’s air", &mut v);
        assert_eq!(v.len(), 5);
    }
}

/// Roles the header analysis assigns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Role {
    /// Not part of the article: boilerplate.
    #[default]
    Other,
    /// The headline.
    Title,
    /// Kicker/section label.
    Section,
    /// Standfirst.
    Subtitle,
    /// Caption or photo credit.
    Caption,
}

/// Maximum header window (segments above the body).
pub const MAX_HEADER: usize = 24;

fn title_eligible(it: &Info, text: &str) -> bool {
    let f = &it.f;
    let sized = (2..=30).contains(&f.words) || (f.cjk_script() && (4..=80).contains(&f.chars));
    let s = it.seg.text(text).trim_end();
    sized
        && f.lex.is_none()
        && (!f.dateline() || it.anchor == Anchor::Title)
        && !(s.ends_with(':') && f.words <= 3)
        // `Home / India News / Monsoon session …`: a breadcrumb or a menu.
        && f.pipes < 2
        && !ends_with_by(s)
        && !f.byline_like
        && !f.caption
        && !f.credit
        && !f.ellipsis
        && !f.widget
        && !f.bullet
        && !glued_teaser(f)
        && (f.tokens >= 2 || f.weq() >= 4.0)
        && u32::from(f.letters) * 2 >= f.chars
        && (!s.ends_with('.') || (f.cap_ratio() >= 0.6 && f.words >= 4))
        && !it.c.standfirst
        && !it.c.bio
        && !it.c.captioned
        && !(f.words <= 8 && !f.terminal && crate::grammar::byline::role_line(s).is_some())
}

/// Each header item with whether it stands under a list label in its
/// block: a short label ending with a colon (`Key points:`, `In brief:`,
/// `Highlights:`) that opens a block makes the lines under it, up to the
/// next blank line, a summary list — neither title nor standfirst, however
/// well its points score. The label itself is not marked.
fn under_list_label<'i>(
    items: &'i [Info],
    text: &'i str,
) -> impl Iterator<Item = (usize, &'i Info, bool)> + 'i {
    let mut listed = false;
    items.iter().enumerate().map(move |(k, it)| {
        if it.seg.blank_before || k == 0 {
            listed = it.f.words <= 3 && it.seg.text(text).trim_end().ends_with(':');
            (k, it, false)
        } else {
            (k, it, listed)
        }
    })
}

/// The header items that are relative time stamps (`2h ago`, `Published
/// 22 hours ago`), as a bit set over `items` (at most [`MAX_HEADER`]).
fn stamps(items: &[Info], text: &str) -> u32 {
    const _: () = assert!(MAX_HEADER <= 32);
    items.iter().enumerate().fold(0, |m, (k, o)| {
        let stamp = o.f.words <= 6
            && o.f.signals & super::features::W_RELATIVE != 0
            && crate::grammar::date::relative_stamp(o.seg.text(text));
        m | (u32::from(stamp) << (k & 31))
    })
}

/// Whether `items[k]` cannot be the headline or the standfirst: a
/// relative time stamp (`2h ago`; `stamps` from [`stamps`]); the line
/// right below one when the header has two stamps or more — a timeline or
/// teaser list (`4h ago` / `Protest outside the venue`, the key events of
/// a live page), where one stamp alone is the article's own (`Published 22
/// hours ago` above the headline on Fox pages); or a placed byline next to
/// a dateline (`Priya Raman in Belém and Tom Hollis in London`, which
/// [`placed_byline`] reads as the authors).
fn not_headline(items: &[Info], k: usize, text: &str, stamps: u32) -> bool {
    let Some(it) = items.get(k) else {
        return false;
    };
    let stamp = |j: usize| stamps >> (j & 31) & 1 != 0;
    stamp(k)
        || (stamps.count_ones() >= 2 && k > 0 && stamp(k - 1))
        || (next_to_date(items, k) && placed_byline(it, text).is_some())
}

/// `News provided by`, `Sponsored by`, `Photos by:`: a line that points
/// at the name on the next line, never a headline.
fn ends_with_by(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| c == ':' || is_space(c));
    let b = t.as_bytes();
    b.len() >= 3
        && b.get(b.len() - 3).is_some_and(|&c| c == b' ')
        && b.get(b.len() - 2..)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"by"))
}

/// Hashes of the lower-cased content words (≥ 3 letters, not stop words)
/// of `s`, at most `N`.
pub fn content_words<const N: usize>(s: &str, out: &mut heapless::Vec<u32, N>) {
    use super::features::{W_STOP, WORDS};
    if out.is_full() {
        return;
    }
    // Membership of `out` without scanning it for every word.
    let mut seen = Filter::of(out);
    for raw in SpaceSplit(Some(s)) {
        let h = if crate::SPEED_PATHS && raw.is_ascii() {
            ascii_content_hash(raw.as_bytes())
        } else {
            content_hash(raw)
        };
        let Some(h) = h else { continue };
        if WORDS.get(h) & W_STOP != 0 {
            continue;
        }
        let h = (h >> 32) as u32;
        if seen.may(h) && out.contains(&h) {
            continue;
        }
        if out.push(h).is_err() {
            break;
        }
        seen.add(h);
    }
}

/// The lower-cased hash of the word `raw` (white-space free) when it can
/// be a content word — at least three letters (or CJK) once punctuation
/// and a possessive `’s` are trimmed — before the stop-word test.
fn content_hash(raw: &str) -> Option<u64> {
    use super::text::{is_alnum, is_alpha, is_cjk};
    use crate::lexicon::stopwords::word_hash;
    let core = raw.trim_matches(|c: char| !is_alnum(c));
    // Strip a possessive so "Delhi’s" matches "Delhi".
    let core = core
        .strip_suffix("’s")
        .or_else(|| core.strip_suffix("'s"))
        .unwrap_or(core);
    // At least three letters (stop counting at three), or CJK.
    if core.chars().filter(|&c| is_alpha(c)).take(3).count() < 3 && !core.chars().any(is_cjk) {
        return None;
    }
    Some(word_hash(core))
}

/// [`content_hash`] of an ASCII word, on its bytes: the same trims, the
/// same letter count and the same hash (FNV-1a of the lower-cased bytes, as
/// [`crate::lexicon::stopwords::word_hash`] hashes ASCII), without decoding
/// characters (a property test compares the two).
#[inline]
fn ascii_content_hash(raw: &[u8]) -> Option<u64> {
    use crate::lexicon::stopwords::{FNV_OFFSET, FNV_PRIME};
    let a = raw.iter().position(u8::is_ascii_alphanumeric)?;
    let e = raw.iter().rposition(u8::is_ascii_alphanumeric)?;
    let core = raw.get(a..=e)?;
    let core = core.strip_suffix(b"'s").unwrap_or(core);
    let mut letters = 0;
    let mut h = FNV_OFFSET;
    for &x in core {
        letters += usize::from(x.is_ascii_alphabetic());
        h = (h ^ u64::from(x.to_ascii_lowercase())).wrapping_mul(FNV_PRIME);
    }
    (letters >= 3).then_some(h)
}

/// A 512-bit membership filter over content-word hashes: "no" is exact, so
/// the linear `contains` runs only for the few words that may be present.
struct Filter([u64; 8]);

impl Filter {
    fn of(hs: &[u32]) -> Self {
        let mut f = Filter([0; 8]);
        for &h in hs {
            f.add(h);
        }
        f
    }
    #[inline]
    fn add(&mut self, h: u32) {
        if let Some(w) = self.0.get_mut((h as usize >> 6) & 7) {
            *w |= 1 << (h & 63);
        }
    }
    #[inline]
    fn may(&self, h: u32) -> bool {
        self.0
            .get((h as usize >> 6) & 7)
            .is_some_and(|w| w & (1 << (h & 63)) != 0)
    }
}

/// `s.split(is_space)` with byte tests: ASCII white space directly, a
/// non-ASCII character decoded only when its lead byte can start a space
/// (C2, E1, E2, E3, EF).
/// `None` once the last piece was returned.
struct SpaceSplit<'a>(Option<&'a str>);

impl<'a> Iterator for SpaceSplit<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.0?;
        let b = s.as_bytes();
        let mut i = 0;
        while let Some(&x) = b.get(i) {
            let n = match x {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => 1,
                0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => match s.get(i..).and_then(|r| r.chars().next())
                {
                    Some(c) if super::text::is_space(c) => c.len_utf8(),
                    _ => {
                        i += 1;
                        continue;
                    }
                },
                _ => {
                    i += 1;
                    continue;
                }
            };
            let word = s.get(..i).unwrap_or("");
            self.0 = Some(s.get(i + n..).unwrap_or(""));
            return Some(word);
        }
        self.0 = None;
        Some(s)
    }
}

/// Share of the candidate's content words that occur in the lede.
fn overlap(cand: &str, lede: &[u32]) -> (f32, usize) {
    let mut words = heapless::Vec::<u32, 32>::new();
    content_words(cand, &mut words);
    if words.is_empty() {
        return (0.0, 0);
    }
    let in_lede = Filter::of(lede);
    let hit = words
        .iter()
        .filter(|h| in_lede.may(**h) && lede.contains(h))
        .count();
    (hit as f32 / words.len() as f32, words.len())
}

/// A person's name and nothing else: 2–3 capitalised words, no digits, no
/// stop words (`Adam Clark Estes`, `Troy L. Smith`).
pub fn name_like(it: &Info, text: &str) -> bool {
    let f = &it.f;
    if !(2..=4).contains(&f.words) || f.caps != f.words || f.stop > 0 || f.digit_words > 0 {
        return false;
    }
    if f.all_caps || f.lex.is_some() || f.terminal && !it.seg.text(text).ends_with('.') {
        return false;
    }
    it.seg
        .text(text)
        .split(super::text::is_space)
        .filter(|w| !w.is_empty())
        .all(|w| {
            let mut c = w.chars();
            c.next().is_some_and(is_upper)
                && c.all(|x| is_lower(x) || matches!(x, '.' | '-' | '\'' | '’'))
        })
}

/// A header line that may be a byline of names and places (`Helen
/// Davidson in Taipei`, [`grammar::byline::placed`](crate::grammar::byline::placed)):
/// the cheap tests, then the grammar. Callers also want the dateline next
/// to it ([`next_to_date`]). Shared by the whole-document and the
/// streaming header.
pub fn placed_byline<'a>(it: &Info, text: &'a str) -> Option<heapless::Vec<&'a str, 8>> {
    let f = &it.f;
    if !(4..=16).contains(&f.words)
        || f.terminal
        || f.digit_words > 0
        || f.pipes > 0
        || f.lex.is_some()
        || u32::from(f.caps) * 3 < u32::from(f.words) * 2
    {
        return None;
    }
    let s = it.seg.text(text);
    find_str(s, " in ").or_else(|| find_str(s, " at "))?;
    crate::grammar::byline::placed(s)
}

/// The job-title line right after `items[k]` (`Transport correspondent,
/// BBC Scotland`, [`role_line`](crate::grammar::byline::role_line)): its
/// role and outlet. A bare name above it is the byline.
pub fn role_below<'a>(
    items: &[Info],
    k: usize,
    text: &'a str,
) -> Option<(&'a str, Option<&'a str>)> {
    let it = items.get(k + 1)?;
    if it.f.words > 8 || it.f.terminal || it.f.lex.is_some() {
        return None;
    }
    crate::grammar::byline::role_line(it.seg.text(text))
}

/// Whether the header item before or after `items[k]` is a dateline.
pub fn next_to_date(items: &[Info], k: usize) -> bool {
    items
        .get(k.saturating_sub(1)..(k + 2).min(items.len()))
        .is_some_and(|w| w.iter().any(|o| o.anchor == Anchor::Date || o.f.date_like))
}

/// A 64-bit hash of `s` lower-cased with white space folded (the
/// [`super::text::Folded`] characters as UTF-8, hashed like the record id,
/// [`super::id`]): equal for texts that [`eq_folded`] finds equal.
pub fn fold_hash(s: &str) -> u64 {
    use super::id::BodyHasher;
    let mut h = BodyHasher::default();
    if s.is_ascii() {
        fold_ascii(s, &mut h);
        return h.finish();
    }
    for c in super::text::Folded::new(s) {
        let mut buf = [0u8; 4];
        h.write(c.encode_utf8(&mut buf).as_bytes());
    }
    h.finish()
}

/// The ASCII case of [`fold_hash`]: eight bytes at a time — lower-cased by
/// lanes and written whole — unless the word holds a control character or
/// a space followed by white space (then byte by byte).
fn fold_ascii(s: &str, h: &mut super::id::BodyHasher) {
    use super::swar::ascii_range;
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C'));
    let b = t.as_bytes();
    let mut pending = false;
    let slow = |h: &mut super::id::BodyHasher, bytes: &[u8], pending: &mut bool| {
        for &x in bytes {
            if matches!(x, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                *pending = true;
                continue;
            }
            if *pending {
                h.write(b" ");
                *pending = false;
            }
            h.write(&[x.to_ascii_lowercase()]);
        }
    };
    let mut at = 0;
    let mut words = b.chunks_exact(8);
    for w in &mut words {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        let v = u64::from_le_bytes(a);
        let next = b.get(at + 8).copied().unwrap_or(0);
        if super::id::special(v, next) != 0 {
            slow(h, w, &mut pending);
        } else {
            if pending {
                h.write(b" ");
                pending = false;
            }
            let lower = v | (ascii_range(v, b'A', b'Z') >> 2);
            h.write(&lower.to_le_bytes());
        }
        at += 8;
    }
    slow(h, words.remainder(), &mut pending);
}

/// Where the title was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleAt {
    /// `items[k]`.
    Ring(usize),
    /// The page's first segment (an HTML `<title>` in text dumps), which is
    /// not in the header window.
    First,
}

/// `… | Site`, `… - Site`: a page title with the site's name appended.
fn site_suffix(s: &str) -> bool {
    [" | ", " - ", " – ", " — ", " :: ", " « ", " : "]
        .iter()
        .any(|sep| {
            // `rfind_bytes`, not `str::rfind`: the latter's searcher keeps
            // panic paths in release builds (same result: the separators
            // start with an ASCII space, so the index is a char boundary).
            super::text::rfind_bytes(s.as_bytes(), sep.as_bytes()).is_some_and(|i| {
                let tail = s.get(i + sep.len()..).unwrap_or("");
                let words = tail
                    .split(super::text::is_space)
                    .filter(|w| !w.is_empty())
                    .count();
                (1..=4).contains(&words)
            })
        })
}

/// The title score of candidate `it` at position `k` of `items` (`None`:
/// not in the window); `None` when not eligible.
pub fn title_score(
    it: &Info,
    k: Option<usize>,
    items: &[Info],
    hashes: &[u64],
    text: &str,
    lede: &[u32],
) -> Option<f32> {
    title_score_above(it, k, items, hashes, text, lede, None)
}

/// [`title_score`], or `None` early when the score cannot reach `beat`:
/// every term but the lede overlap (≤ 4) is known first, so candidates that
/// cannot win skip the content-word analysis. The score is summed in the
/// same order as always (bit-identical floats, so ties break the same).
fn title_score_above(
    it: &Info,
    k: Option<usize>,
    items: &[Info],
    hashes: &[u64],
    text: &str,
    lede: &[u32],
    beat: Option<f32>,
) -> Option<f32> {
    if !title_eligible(it, text) {
        return None;
    }
    let s = it.seg.text(text);
    // `contains("://")` from the colons (memchr), no substring searcher.
    let url = memchr::memchr_iter(b':', s.as_bytes())
        .any(|p| s.as_bytes().get(p + 1..p + 3) == Some(b"//"));
    if url || s.starts_with("www.") {
        return None;
    }
    let n = items.len();
    let mut score = 0.0f32;
    if it.anchor == Anchor::Title {
        score += 4.0;
    }
    let own = match k.and_then(|k| hashes.get(k)) {
        Some(&h) if h != 0 => h,
        _ => fold_hash(s),
    };
    if it.c.repeat
        || hashes
            .iter()
            .enumerate()
            .any(|(j, &h)| Some(j) != k && h == own)
    {
        score += 2.0;
    }
    if it.idx == 0 {
        score += 1.5;
        if k.is_none() && site_suffix(s) {
            score += 1.0;
        }
    }
    // The terms after the overlap, in the order they are added (all
    // multiples of 0.5: their sum is exact).
    let mut post = heapless::Vec::<f32, 8>::new();
    if let Some(k) = k {
        // Right below a byline label (`Author:`): a name, not a title.
        if k > 0 && items.get(k - 1).is_some_and(|p| is_label(p.seg.text(text))) {
            return None;
        }
        // What follows: a byline or dateline right below is the strongest
        // header evidence; a long standfirst or a bare name line weaker.
        let strong = |o: &Info| {
            !o.c.row
                && (matches!(o.anchor, Anchor::Byline | Anchor::Date)
                    || o.f.byline_like
                    || (o.f.date_like && o.f.words <= 20))
        };
        let weak = |o: &Info| (o.c.standfirst && o.f.words >= 8) || name_like(o, text);
        let next = items.get(k + 1..(k + 3).min(n)).unwrap_or(&[]);
        let near = items.get(k + 1..(k + 5).min(n)).unwrap_or(&[]);
        if next.iter().any(strong) {
            let _ = post.push(3.0);
        } else if near.iter().any(strong) {
            let _ = post.push(1.5);
        } else if near.iter().any(weak) {
            let _ = post.push(1.0);
        }
        // Below the last byline/dateline: a caption or teaser, not the title.
        let last_anchor = items
            .iter()
            .rposition(|o| matches!(o.anchor, Anchor::Byline | Anchor::Date));
        if last_anchor.is_some_and(|a| a < k) {
            let _ = post.push(-1.5);
        }
        let dist = n - 1 - k;
        let _ = post.push(if dist <= 3 {
            2.0
        } else if dist <= 8 {
            1.0
        } else {
            0.0
        });
    }
    if (4..=20).contains(&it.f.words) {
        let _ = post.push(1.0);
    } else if it.f.words <= 2 {
        let _ = post.push(-1.0);
    }
    if name_like(it, text) {
        let _ = post.push(-2.0);
    }
    if it.f.all_caps {
        let _ = post.push(-1.0);
    }
    if it.f.pipes > 0 {
        let _ = post.push(-0.5);
    }
    if let Some(b) = beat {
        // The overlap adds at most 4; the margin covers its rounding.
        let bound = score + 4.0 + post.iter().sum::<f32>() + 0.01;
        if bound < b {
            return None;
        }
    }
    let (ov, nwords) = overlap(s, lede);
    score += if nwords >= 2 { 4.0 * ov } else { 2.0 * ov };
    if ov == 0.0 && nwords >= 2 && lede.len() >= 20 {
        // A headline shares words with its lede.
        score -= 1.0;
    }
    for t in post {
        score += t;
    }
    Some(score)
}

/// The lowest score a title needs ([`pick_title`] drops a best below it).
const TITLE_MIN: f32 = 3.0;

/// Picks the title among `items` (oldest first; the body follows the last)
/// and the page's first segment `first` (when it is not among `items`).
/// `lede` holds the content-word hashes of the first body paragraphs: a
/// headline's words come back in the lede.
pub fn pick_title(
    items: &[Info],
    first: Option<&Info>,
    text: &str,
    lede: &[u32],
) -> Option<TitleAt> {
    // Folded hashes for the repeat tests. Texts that fold equal have the
    // same word count, and a title has at most 30 words (or is a short CJK
    // line), so longer blocks can never match one: they get 0.
    let mut hashes = [0u64; MAX_HEADER];
    for (h, it) in hashes.iter_mut().zip(items) {
        if it.f.words <= 30 || it.f.chars <= 160 {
            *h = fold_hash(it.seg.text(text));
        }
    }
    let hashes = hashes.get(..items.len().min(MAX_HEADER)).unwrap_or(&[]);
    let mut best: Option<(TitleAt, f32)> = None;
    let stamps = stamps(items, text);
    for (k, it, in_list) in under_list_label(items, text) {
        if in_list || not_headline(items, k, text, stamps) {
            continue;
        }
        // A candidate that cannot beat the best so far (or reach the
        // minimum) cannot change the outcome: skip its overlap.
        let beat = best.map_or(TITLE_MIN, |(_, b)| b.max(TITLE_MIN));
        if let Some(score) = title_score_above(it, Some(k), items, hashes, text, lede, Some(beat)) {
            // Ties go to the candidate nearer the body, except for repeats
            // of the same text (keep the first, so the section above it is
            // found).
            let better = match best {
                None => true,
                Some((TitleAt::Ring(j), b)) => {
                    score > b
                        || (score == b
                            && !items
                                .get(j)
                                .is_some_and(|o| eq_folded(o.seg.text(text), it.seg.text(text))))
                }
                Some((_, b)) => score > b,
            };
            if better {
                best = Some((TitleAt::Ring(k), score));
            }
        }
    }
    // A headline comes before its standfirst: see `headline_above`.
    if let Some((TitleAt::Ring(k), score)) = best
        && headline_above(items, k, score, hashes, text, lede)
    {
        best = Some((TitleAt::Ring(k - 1), score));
    }
    // The page's first line competes when it reads like an HTML <title>
    // (`Headline | Site`) or repeats a header segment.
    if let Some(f) = first.filter(|f| {
        let s = f.seg.text(text);
        let h = fold_hash(s);
        items.first().is_none_or(|i| i.idx > f.idx) && (site_suffix(s) || hashes.contains(&h))
    }) && let Some(score) = title_score_above(
        f,
        None,
        items,
        hashes,
        text,
        lede,
        Some(best.map_or(TITLE_MIN, |(_, b)| b.max(TITLE_MIN))),
    ) && best.is_none_or(|(_, b)| score > b)
    {
        best = Some((TitleAt::First, score));
    }
    best.filter(|&(_, s)| s >= TITLE_MIN).map(|(t, _)| t)
}

/// Whether the line right above the winning candidate `k` is the title and
/// the winner its standfirst. Both read like headlines when the standfirst
/// has no final full stop (common on Spanish and Portuguese sites), and the
/// standfirst sits nearer the byline and repeats more of the lede, so it
/// outscores the headline. Pages put the headline first: the line above
/// takes the title when the winner reads like a sentence (eight words or
/// more, stop words, few capitalised words: not a Title Case headline; not
/// a repeat or a title anchor), the line above is a real headline candidate
/// (eligible, five words or more, not a name) sharing content words with
/// the lede, and its own score is within [`STANDFIRST_MARGIN`] of the
/// winner's. A related-article headline above the title shares no words
/// with the lede.
fn headline_above(
    items: &[Info],
    k: usize,
    score: f32,
    hashes: &[u64],
    text: &str,
    lede: &[u32],
) -> bool {
    let (Some(prev), Some(cur)) = (k.checked_sub(1).and_then(|j| items.get(j)), items.get(k))
    else {
        return false;
    };
    let repeated = |j: usize| {
        hashes
            .get(j)
            .is_some_and(|&h| h != 0 && hashes.iter().enumerate().any(|(i, &o)| i != j && o == h))
    };
    let sentence = cur.f.words >= 8
        && cur.f.stop_ratio() >= 0.15
        && cur.f.cap_ratio() <= 0.4
        && cur.anchor == Anchor::None
        && !cur.c.repeat
        && !repeated(k);
    if !sentence || prev.f.words < 5 || name_like(prev, text) || !title_eligible(prev, text) {
        return false;
    }
    let (ov, nwords) = overlap(prev.seg.text(text), lede);
    if nwords < 3 || ov < 0.25 {
        return false;
    }
    title_score_above(prev, Some(k - 1), items, hashes, text, lede, None)
        .is_some_and(|p| p >= TITLE_MIN && p + STANDFIRST_MARGIN >= score)
}

/// How far below the winner the headline above it may score
/// ([`headline_above`]): the winner's lead comes from its place next to the
/// byline (3 points against 1.5) and its larger lede overlap.
const STANDFIRST_MARGIN: f32 = 3.0;

/// A byline label on its own line: `Author:`, `By`, `Autor:`.
pub fn is_label(s: &str) -> bool {
    let t = s.trim().trim_end_matches(':').trim();
    if t.len() > 16 {
        return false;
    }
    // First-letter filter: every label starts with one of these (folded);
    // no non-ASCII character but the Cyrillic ones (lead bytes D0/D1)
    // lower-cases to them.
    match t
        .trim_start_matches(super::text::is_space)
        .as_bytes()
        .first()
    {
        Some(&b) if b < 0x80 => {
            if !matches!(
                b.to_ascii_lowercase(),
                b'a' | b'b' | b'w' | b'p' | b'v' | b'd' | b't'
            ) {
                return false;
            }
        }
        Some(0xD0 | 0xD1) => {}
        _ => return false,
    }
    [
        "author",
        "authors",
        "by",
        "written by",
        "autor",
        "autora",
        "autore",
        "auteur",
        "por",
        "von",
        "par",
        "di",
        "автор",
        "текст",
        "text",
        "words",
    ]
    .iter()
    .any(|l| eq_folded(t, l))
}

/// The section label right above the title (a short label, not a menu).
pub fn pick_section(items: &[Info], title: usize) -> Option<usize> {
    let k = title.checked_sub(1)?;
    let it = items.get(k)?;
    let f = &it.f;
    ((1..=4).contains(&f.words)
        // `News | Sport | Weather` is a menu, not a section label.
        && f.pipes < 2
        && !f.terminal
        && f.lex.is_none()
        && !f.date_like
        && !f.byline_like
        && !f.caption
        && !f.credit
        && !f.widget
        && f.letters > 0
        && f.digit_words == 0
        && it.anchor == Anchor::None)
        .then_some(k)
}

/// The standfirst: a glued standfirst, else prose between title and body.
pub fn pick_subtitle(items: &[Info], title: Option<usize>, text: &str) -> Option<usize> {
    let from = title.map_or(0, |t| t + 1);
    if let Some(k) = items
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, it)| it.c.standfirst)
        .map(|(k, _)| k)
    {
        return Some(k);
    }
    title?;
    let stamps = stamps(items, text);
    under_list_label(items, text)
        .skip(from)
        .find(|&(k, it, in_list)| {
            let f = &it.f;
            if in_list || not_headline(items, k, text, stamps) {
                return false;
            }
            // A headline directly followed by an unpunctuated sentence is
            // marked as a teaser card (`context`); right below the title,
            // that card is the title's own standfirst.
            let card_ok = !it.c.card || k == from;
            // Right below the title, a finished sentence in lower case is
            // the standfirst even where the stop-word list is thin
            // (Turkish, Vietnamese).
            let sentence_below = k == from && f.terminal && f.cap_ratio() < 0.4;
            f.words >= 8
                && (f.stop_ratio() >= 0.15 || f.cjk_script() || sentence_below)
                && !f.caption
                && !f.credit
                && !f.byline_like
                && !f.dateline()
                && f.lex.is_none()
                && !teaser(f)
                && !it.c.dup
                && !it.c.captioned
                && card_ok
                && it.anchor == Anchor::None
                && !it.c.bio
                && !bio_below_name(items, k, text)
        })
        .map(|(k, _, _)| k)
}

/// `Helen Marsh` / `Helen Marsh is a writer and former librarian.`: the
/// author's biography under a bare name line (opinion pages print it
/// above the column), not a standfirst.
fn bio_below_name(items: &[Info], k: usize, text: &str) -> bool {
    let (Some(p), Some(it)) = (k.checked_sub(1).and_then(|j| items.get(j)), items.get(k)) else {
        return false;
    };
    name_like(p, text)
        && super::context::bio_of(super::text::trim(p.seg.text(text)), it.seg.text(text))
}

/// Segments that can play no header role (share buttons, menu words,
/// placeholders, bare bullets): they do not take a place in the header
/// window, so it reaches further up.
pub fn filler(it: &Info) -> bool {
    use crate::lexicon::boilerplate::Kind;
    let f = &it.f;
    if f.date_like || f.byline_like {
        return false;
    }
    f.widget
        || f.tokens == 0
        || (f.words <= 4
            && matches!(
                f.lex,
                Some(
                    Kind::Share
                        | Kind::Nav
                        | Kind::Ad
                        | Kind::Promo
                        | Kind::Footer
                        | Kind::Comments
                )
            ))
        || (f.bullet && f.words <= 3)
}

/// Whether a header line is worth asking the byline grammar about: a lead
/// word (`by`), a short line with a separator (`Name, Role`, `Name |
/// Outlet`) or a Korean reporter suffix (`기자`); `byline_like` covers a
/// name with a final job title (`Bruce Y. Lee Senior Contributor`). The
/// grammar is strict either way; this only keeps it off the lines that
/// cannot parse. Shared by the whole-document and the streaming header so
/// both ask about the same lines.
pub fn byline_plausible(it: &Info, s: &str) -> bool {
    it.f.byline_like
        || (it.f.words <= 8
            && it.f.pipes <= 1
            && (s.contains(',')
                || s.contains('|')
                || find_str(s, "기자").is_some()
                || (it.f.cjk > 0
                    && ["作者", "记者", "記者", "文/", "文／"]
                        .iter()
                        .any(|m| find_str(s, m).is_some()))))
        || has_by(s)
}

/// `s.contains(" by ") || s.contains(" By ")`, from the `y`s (memchr)
/// instead of two substring searchers.
pub(crate) fn has_by(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(b'y', b).any(|p| {
        p >= 2
            && b.get(p - 2) == Some(&b' ')
            && matches!(b.get(p - 1), Some(b'b' | b'B'))
            && b.get(p + 1) == Some(&b' ')
    })
}

/// Whether a header or body segment is a caption or credit.
#[inline]
pub fn is_caption(it: &Info) -> bool {
    it.f.caption || it.f.credit || it.c.captioned
}
