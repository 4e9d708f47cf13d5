//! Block features: what the classifier knows about a segment.
//!
//! One pass over the segment's characters and words. Every feature is a
//! count or a flag that does not depend on English alone: length, words,
//! `\w` tokens, letters/digits, capitalised words, the title-case run at the
//! start (`Police: 2 In Custody After Death Of …`), stop-word hits in nine
//! languages, CJK and Hangul characters (scripts without space-separated
//! stop words), terminal punctuation, trailing ellipsis (truncated teasers),
//! bullets, `[widgets]`, `|` separators, lexicon hits and cheap shape tests
//! for captions, datelines and bylines. The nom grammars are *not* used here
//! — they extract values later; features stay cheap and total.

use super::text::{
    eq_folded, find_bytes, is_cjk, is_closing, is_hangul, is_space, is_terminal, is_word_char,
};
use crate::lexicon::boilerplate::{self, Kind};
use crate::lexicon::stopwords::{self, WordTable, pair_hash, word_hash};
use crate::ucd::case::{is_lower, is_upper};

/// Word flag: stop word.
pub const W_STOP: u8 = stopwords::STOP;
/// Word flag: cookie vocabulary.
pub const W_COOKIE: u8 = boilerplate::W_COOKIE;
/// Word flag: call to action.
pub const W_PROMO: u8 = boilerplate::W_PROMO;
/// Word flag: legal/copyright.
pub const W_LEGAL: u8 = boilerplate::W_LEGAL;
/// Word flag: month name.
pub const W_MONTH: u8 = 1 << 4;
/// Word flag: weekday name.
pub const W_WEEKDAY: u8 = 1 << 5;
/// Word flag: a marker of a relative time stamp (`ago`, `vor`, `il`, …):
/// the header asks [`crate::grammar::date::relative_stamp`] only about
/// short lines that have one.
pub const W_RELATIVE: u8 = 1 << 6;
/// Word flag: first word of a listed word pair (look the pair up).
pub const PAIR_HEAD: u8 = stopwords::PAIR_HEAD;

/// `5:30PM`, `10:28am`, `20:13`: a clock time.
fn clock_time(w: &str) -> bool {
    let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let Some((h, m)) = w.split_once(':') else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

/// Stop words of every language, boilerplate signal words and month names
/// in one table: one probe per word (plus one per word pair). About 1,300
/// entries in 4096 slots (16 KiB): under half full, so probes stay short.
/// Until session 10 the table had 2048 slots; the Greek, Scandinavian,
/// Ukrainian and Czech/Slovak words took it past 5/8 full, where a miss
/// reads ≈ 4 slots with linear probing, so it doubled (+8 KiB of flash).
///
/// A device build (`target_os = "none"`) keeps 2048 slots: the same
/// members (a lookup walks the probe chain to an empty slot, however long),
/// longer probes (the table is 64 % full), 8 KiB less flash. Both sizes answer alike except for a
/// 24-bit tag collision inside a probe chain (about one word in 10⁶); the
/// QEMU run compares the device's records with the host's byte for byte.
pub static WORDS: WordTable<WORD_SLOTS> = WordTable::build(&[
    (stopwords::EN, W_STOP),
    (stopwords::FR, W_STOP),
    (stopwords::DE, W_STOP),
    (stopwords::ES, W_STOP),
    (stopwords::PT, W_STOP),
    (stopwords::IT, W_STOP),
    (stopwords::NL, W_STOP),
    (stopwords::RU, W_STOP),
    (stopwords::PL, W_STOP),
    (stopwords::AR, W_STOP),
    (stopwords::TR, W_STOP),
    (stopwords::ID, W_STOP),
    (stopwords::HI, W_STOP),
    (stopwords::VI, W_STOP),
    (stopwords::HE, W_STOP),
    (stopwords::EL, W_STOP),
    (stopwords::UK, W_STOP),
    (stopwords::CS_SK, W_STOP),
    (stopwords::SV, W_STOP),
    (stopwords::DA_NO, W_STOP),
    (boilerplate::COOKIE_WORDS, W_COOKIE),
    (boilerplate::PROMO_WORDS, W_PROMO),
    (boilerplate::LEGAL_WORDS, W_LEGAL),
    (stopwords::MONTHS, W_MONTH),
    (stopwords::WEEKDAYS, W_WEEKDAY),
    (crate::grammar::date::RELATIVE_MARKERS, W_RELATIVE),
]);

/// Slots of [`WORDS`]: speed on a host, flash on a device.
pub const WORD_SLOTS: usize = if cfg!(target_os = "none") { 2048 } else { 4096 };

// The device's table stays under 3/4 full (about 1,300 entries): checked
// on the host, by the sizing test below.

/// Features of one segment. Counts saturate at `u16::MAX`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Features {
    /// Bytes.
    pub bytes: u32,
    /// Characters.
    pub chars: u32,
    /// White-space separated words that contain a word character.
    pub words: u16,
    /// Maximal runs of word characters (regex `\w+`).
    pub tokens: u16,
    /// Han/kana characters.
    pub cjk: u16,
    /// Hangul characters.
    pub hangul: u16,
    /// Letters.
    pub letters: u16,
    /// Decimal digits.
    pub digits: u16,
    /// Words that are stop words.
    pub stop: u16,
    /// Words starting with a capital letter or a digit.
    pub caps: u16,
    /// Words starting with a lower-case letter.
    pub lowers: u16,
    /// Leading run of capitalised words.
    pub tc_run: u16,
    /// The leading run contains a capitalised stop word after its first word
    /// (`… After Death Of …`): title case, not a name.
    pub cap_stop: bool,
    /// Words starting with a digit.
    pub digit_words: u16,
    /// A digit word occurs after the first word.
    pub digit_later: bool,
    /// Ends with sentence punctuation (closing quotes/brackets skipped).
    pub terminal: bool,
    /// Ends with an ellipsis (`...`, `…`, `[…]`): a truncated teaser.
    pub ellipsis: bool,
    /// Starts with a bullet or list marker.
    pub bullet: bool,
    /// `[something]` — an image or form placeholder.
    pub widget: bool,
    /// Number of `|`, and of breadcrumb separators standing alone as
    /// words in the analysed head (`/`, `>`, `»`, `›`).
    pub pipes: u16,
    /// No lower-case letters at all.
    pub all_caps: bool,
    /// Union of the word flags (`W_*`) met in the segment.
    pub signals: u8,
    /// Boilerplate phrase kind (whole-block or prefix match).
    pub lex: Option<Kind>,
    /// Looks like a caption: ends with a photo credit, or starts like one.
    pub caption: bool,
    /// Looks like a bare credit line (`Photo: …`, `(Image credit: …)`).
    pub credit: bool,
    /// Looks like a dateline (month name next to a number, or a numeric date).
    pub date_like: bool,
    /// Starts like a byline (`By Name`, `Por Name`, `Von Name`, `Автор:`).
    pub byline_like: bool,
    /// Sentence terminators followed by a space (rough sentence count − 1).
    pub inner_sentences: u16,
    /// Commas.
    pub commas: u16,
    /// Words that are dates or times: numbers, month and weekday names.
    pub date_words: u16,
    /// Number of a numbered list item (`3. Headline`, `3) Headline`), else 0.
    pub list_num: u8,
}

impl Features {
    /// Words plus half the CJK characters: a length that means the same in
    /// spaced and unspaced scripts.
    #[inline]
    pub fn weq(&self) -> f32 {
        f32::from(self.words) + f32::from(self.cjk) / 2.0
    }
    /// Share of words that are stop words.
    #[inline]
    pub fn stop_ratio(&self) -> f32 {
        f32::from(self.stop) / f32::from(self.words.max(1))
    }
    /// Share of cased words that are capitalised.
    #[inline]
    pub fn cap_ratio(&self) -> f32 {
        let cased = self.caps.saturating_add(self.lowers);
        if cased == 0 {
            0.0
        } else {
            f32::from(self.caps) / f32::from(cased)
        }
    }
    /// Mostly CJK or Hangul.
    #[inline]
    pub fn cjk_script(&self) -> bool {
        u32::from(self.cjk) + u32::from(self.hangul) > self.chars * 3 / 10
    }
    /// A line that is mostly a date (`Updated on Jul 01, 2023 04:15 PM
    /// IST`, `Publié le 12 février 2024 à 17h05`), not a headline or a
    /// standfirst that mentions one (`… conclude on August 11, the minister
    /// said.`): date words make a third or more of it.
    #[inline]
    pub fn dateline(&self) -> bool {
        self.date_like
            && (self.words < self.date_words.saturating_mul(2) || self.words < self.date_words + 2)
    }
    /// A headline-like block: no final punctuation, 2–25 words, no lexicon.
    #[inline]
    pub fn headline(&self) -> bool {
        !self.terminal && (2..=25).contains(&self.words) && self.lex.is_none()
    }
}

#[inline]
fn sat16(x: u32) -> u16 {
    u16::try_from(x).unwrap_or(u16::MAX)
}

#[inline]
fn inc(x: &mut u16) {
    *x = x.saturating_add(1);
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '□'
            | '*'
            | '-'
            | '–'
            | '·'
            | '▪'
            | '►'
            | '»'
            | '›'
            | '☆'
            | '◦'
            | '■'
            | '●'
            | '○'
    )
}

/// A Chinese or Japanese date written as one word: a month between digits
/// (`11月20日`, `2023年11月20日`). A bare year (`2023年`) is not one.
fn han_date(w: &str) -> bool {
    // `月` is E6 9C 88 in UTF-8; a byte walk (no substring searcher: the
    // firmware links no `memmem`, and these words are short).
    w.as_bytes()
        .windows(5)
        .any(|x| matches!(x, [d, 0xE6, 0x9C, 0x88, e] if d.is_ascii_digit() && e.is_ascii_digit()))
}

/// Whether `w` is a numeric date token: `2025-10-19`, `10/20/2025`, `20.11.19`.
fn numeric_date(w: &str) -> bool {
    let mut parts = 0;
    let mut digits = 0;
    let mut sep = None;
    for b in w.bytes() {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if digits > 4 {
                    return false;
                }
            }
            b'-' | b'/' | b'.' => {
                if digits == 0 || sep.is_some_and(|s| s != b) {
                    return false;
                }
                sep = Some(b);
                parts += 1;
                digits = 0;
            }
            _ => return false,
        }
    }
    parts == 2 && digits >= 2
}

/// The end of a caption: `(… Getty Images)`, `(AP Photo/…)`, `(Image: GETTY)`,
/// `[Handout/… via Reuters]`, `… /AFP`, `… REUTERS/Stringer`, `Natalie
/// Naccache | Bloomberg | Getty Images`.
fn credit_tail(t: &str) -> bool {
    const IN_PARENS: &[&str] = &[
        "image",
        "photo",
        "picture",
        "foto",
        "credit",
        "getty",
        "reuters",
        "afp",
        "epa",
        "shutterstock",
        " via ",
        "ap ",
        "(ap)",
        "pool",
        "файл",
        "фото",
        "사진",
    ];
    const TAIL: &[&str] = &[
        "getty images",
        "/ap",
        "/reuters",
        "/afp",
        "shutterstock",
        "ap photo",
        "/ bloomberg",
        "| bloomberg",
        "/ tass",
        "/ ria novosti",
        "via reuters",
    ];
    let b = t.trim_end_matches(is_space).as_bytes();
    let b = b.strip_suffix(b".").unwrap_or(b);
    // `… REUTERS/Stringer`, `… AFP/Getty Images`: an agency in capitals and
    // the photographer after a slash, near the end.
    // Only the slashes are looked at: most blocks have none near the end.
    let end = b.get(b.len().saturating_sub(48)..).unwrap_or(b);
    if memchr::memchr_iter(b'/', end).any(|p| {
        let before = end.get(..p).unwrap_or(&[]);
        [&b"REUTERS"[..], b"AFP", b"EPA", b"EPA-EFE", b"AAP", b"ANP"]
            .iter()
            .any(|k| before.ends_with(k))
    }) {
        return true;
    }
    // `(… Getty Images)`, `[Handout/Icelandic Coast Guard via Reuters]`.
    let close = match b.last() {
        Some(b')') => Some(b'('),
        Some(b']') => Some(b'['),
        _ => None,
    };
    if let Some(open_byte) = close {
        let from = b.len().saturating_sub(64);
        let Some(open) = b
            .iter()
            .rposition(|&x| x == open_byte)
            .filter(|&o| o >= from)
        else {
            return false;
        };
        // `… on Tuesday afternoon. (KXYZ)`: a finished sentence, then a
        // bare station or agency name in capitals — a photo's credit (an
        // acronym inside a sentence comes before its final stop).
        let inner = b.get(open + 1..b.len().saturating_sub(1)).unwrap_or(&[]);
        let before = b.get(..open).unwrap_or(&[]).trim_ascii_end();
        if (2..=6).contains(&inner.len())
            && inner
                .iter()
                .all(|x| x.is_ascii_uppercase() || x.is_ascii_digit())
            && inner.first().is_some_and(u8::is_ascii_uppercase)
            && matches!(before.last(), Some(b'.' | b'!' | b'?'))
        {
            return true;
        }
        let mut low = [0u8; 64];
        let inner = b.get(open..).unwrap_or(&[]);
        let n = inner.len().min(low.len());
        for (d, s) in low.iter_mut().zip(inner) {
            *d = s.to_ascii_lowercase();
        }
        let inner = low.get(..n).unwrap_or(&[]);
        return IN_PARENS.iter().any(|p| {
            let p = p.as_bytes();
            // (`find_bytes`, not `windows`: no panic path for an empty key.)
            find_bytes(inner, p).is_some()
                // "ap " also matches right before the closing bracket.
                || (p.last() == Some(&b' ')
                    && inner
                        .strip_suffix(b")")
                        .or_else(|| inner.strip_suffix(b"]"))
                        .is_some_and(|x| x.ends_with(p.get(..p.len() - 1).unwrap_or(&[]))))
        });
    }
    // The last byte first: most blocks end in none of the tails' letters.
    let last = b.last().map(u8::to_ascii_lowercase);
    TAIL.iter().any(|p| {
        let p = p.as_bytes();
        p.last().copied() == last
            && b.len() >= p.len()
            && b.get(b.len() - p.len()..)
                .is_some_and(|e| e.eq_ignore_ascii_case(p))
    })
}

/// The head of a comment section or of one comment: `12 thoughts on
/// “Title”`, `3 Comments`, `27 Responses to …`, `45 комментариев`, or a
/// commenter's name line, `Mike R. says:` / `jdoe42 wrote:` (one to four
/// words, each capitalised or a single handle, no stop word before the
/// verb: `The statement says:` is prose introducing a quote). Comments
/// are prose too, and their time stamps look like datelines; these heads
/// are what tells them from the article above.
pub(crate) fn comments_head(t: &str) -> bool {
    const COUNTED: &[&str] = &[
        "comentarios",
        "comentários",
        "comment",
        "commentaires",
        "commenti",
        "comments",
        "kommentare",
        "komentarzy",
        "reacties",
        "replies",
        "responses",
        "thoughts",
        "комментариев",
        "комментария",
        "комментарий",
    ];
    // What comment systems print after the name (WordPress: `says:`,
    // `sagt:`, `dice:`, `disse:`); not `said:`, which news prose uses to
    // introduce a quote (`Johnson said:`).
    const VERBS: &[&str] = &[
        "says:",
        "wrote:",
        "writes:",
        "sagt:",
        "dice:",
        "disse:",
        "пишет:",
    ];
    let b = t.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) {
        // `12 Comments`, `12 thoughts on …`: a count, then the noun.
        let mut words = t.split(is_space).filter(|w| !w.is_empty());
        let count = words.next().unwrap_or("");
        let noun = words.next().unwrap_or("");
        // (Not a year: `2020 Responses to the Pandemic` is a headline.)
        let year = count.len() == 4 && (count.starts_with("19") || count.starts_with("20"));
        return count.bytes().all(|c| c.is_ascii_digit())
            && !year
            && !noun.is_empty()
            && COUNTED
                .iter()
                .any(|w| noun.trim_end_matches(':').eq_ignore_ascii_case(w) || eq_folded(noun, w));
    }
    if b.last() != Some(&b':') || t.len() > 60 {
        return false;
    }
    let Some(cut) = t.rfind(is_space) else {
        return false;
    };
    let verb = t.get(cut..).unwrap_or("").trim_start_matches(is_space);
    if !VERBS.iter().any(|v| eq_folded(verb, v)) {
        return false;
    }
    let name = t.get(..cut).unwrap_or("");
    let not_stop = |w: &str| WORDS.get(word_hash(w.trim_end_matches('.'))) & W_STOP == 0;
    // A user name of one word in any case (`jdoe42 says:`, not `He
    // says:`), or two to four capitalised words that are not stop words.
    let (mut n, mut first, mut named) = (0usize, "", true);
    for w in name.split(is_space).filter(|w| !w.is_empty()) {
        n += 1;
        if n == 1 {
            first = w;
        }
        named &= w
            .chars()
            .next()
            .is_some_and(|c| c.is_numeric() || is_upper(c))
            && not_stop(w);
    }
    match n {
        1 => not_stop(first),
        2..=4 => named,
        _ => false,
    }
}

/// ASCII character classes for the byte loop.
const C_SPACE: u8 = 1;
const C_UPPER: u8 = 2;
const C_LOWER: u8 = 3;
const C_DIGIT: u8 = 4;
const C_UNDER: u8 = 5;
const C_TERM: u8 = 6;
const C_CLOSE: u8 = 7;
const C_PIPE: u8 = 8;
const C_COMMA: u8 = 9;
const C_OTHER: u8 = 0;

#[allow(clippy::indexing_slicing)] // const evaluation: an error is a build error
const fn ascii_classes() -> [u8; 128] {
    let mut t = [C_OTHER; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => C_SPACE,
            b'A'..=b'Z' => C_UPPER,
            b'a'..=b'z' => C_LOWER,
            b'0'..=b'9' => C_DIGIT,
            b'_' => C_UNDER,
            b'.' | b'!' | b'?' => C_TERM,
            b'"' | b'\'' | b')' | b']' => C_CLOSE,
            b'|' => C_PIPE,
            b',' => C_COMMA,
            _ => C_OTHER,
        };
        i += 1;
    }
    t
}

#[allow(clippy::indexing_slicing)] // const table, index < 128 checked by the caller
static ASCII: [u8; 128] = ascii_classes();

/// Letter case of a non-ASCII character, with fast paths for Latin-1,
/// Latin Extended-A and Cyrillic: `(alphabetic, upper, lower)`.
#[inline]
fn letter_case(c: char) -> (bool, bool, bool) {
    match c as u32 {
        0xC0..=0xD6 | 0xD8..=0xDE => (true, true, false),
        0xDF..=0xF6 | 0xF8..=0xFF => (true, false, true),
        0x100..=0x17F => {
            let up = (c as u32).is_multiple_of(2);
            (true, up, !up)
        }
        0x400..=0x42F => (true, true, false),
        0x430..=0x45F => (true, false, true),
        0xAC00..=0xD7A3 | 0x4E00..=0x9FFF | 0x3040..=0x30FF => (true, false, false),
        // General punctuation: quotes, dashes, odd spaces.
        0x2000..=0x206F => (false, false, false),
        _ => {
            let a = c.is_alphabetic();
            (a, a && is_upper(c), a && is_lower(c))
        }
    }
}

/// A number of up to four digits, or a day with an English ordinal
/// suffix (`11th`, `1st`): the number beside a month name in a date.
fn day_or_year(core: &str) -> bool {
    let b = core.as_bytes();
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    let rest = b.get(n..).unwrap_or(&[]);
    (1..=4).contains(&n)
        && (rest.is_empty()
            || (n <= 2
                && [&b"st"[..], b"nd", b"rd", b"th"]
                    .iter()
                    .any(|o| rest.eq_ignore_ascii_case(o))))
}

/// First words (lower-cased ASCII) that make a block byline-like: `By`,
/// `Por`, `Par`, `Von`, `Di`, the Scandinavian `Av`/`Af`, `Author(s):`
/// and its Romance/German/Czech/Polish forms, `Text`, `Penulis`, `Yazar`.
/// Cyrillic, Greek and uncased-script leads are matched apart.
const BYLINE_LEADS: &[&str] = &[
    "by", "por", "par", "von", "di", "av", "af", "author", "authors", "autor", "autora", "autore",
    "auteur", "text", "penulis", "yazar",
];

/// Per-word state of [`features`].
#[derive(Clone, Debug, Default, PartialEq)]
struct Words {
    first: bool,
    in_run: bool,
    prev_hash: u64,
    prev_flags: u8,
    prev_month: bool,
    prev_num: bool,
    prev_weekday: bool,
    prev_time: bool,
    num_before_stop: bool,
    /// The last word of the Title-Case run so far ends with a comma.
    run_comma: bool,
    /// Numbers in a row that end with a dot, the first of four digits:
    /// three make the spaced dotted date of Korean sites (`2023. 11. 10.`).
    dotted: u8,
    index: u16,
}

/// The core of a white-space separated word — from its first to its last
/// word character (`“Hello,”` → `Hello`) — and, when the word is ASCII, the
/// core's lower-cased FNV hash, both from one pass over the bytes.
#[inline]
fn word_core(raw: &str) -> (&str, Option<u64>) {
    let b = raw.as_bytes();
    let slow = || (raw.trim_matches(|c: char| !is_word_char(c)), None);
    // Leading punctuation.
    let Some(a) = b
        .iter()
        .position(|&x| WORD_LOWER.get(usize::from(x)).is_none_or(|t| t & 0x80 != 0))
    else {
        return ("", None);
    };
    let mut h = stopwords::FNV_OFFSET;
    let mut h_end = h;
    let mut end = a;
    for (k, &x) in b.iter().enumerate().skip(a) {
        let Some(&t) = WORD_LOWER.get(usize::from(x)) else {
            return slow();
        };
        h ^= u64::from(t & 0x7F);
        h = h.wrapping_mul(stopwords::FNV_PRIME);
        if t & 0x80 != 0 {
            h_end = h;
            end = k + 1;
        }
    }
    (raw.get(a..end).unwrap_or(""), Some(h_end))
}

/// ASCII byte → its lower-case form, with the high bit set for word
/// characters (`[A-Za-z0-9_]`): one load per byte in [`word_core`].
#[allow(clippy::indexing_slicing)] // const evaluation: an error is a build error
static WORD_LOWER: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        let word = c.is_ascii_alphanumeric() || c == b'_';
        t[i] = c.to_ascii_lowercase() | if word { 0x80 } else { 0 };
        i += 1;
    }
    t
};

impl Words {
    /// Folds one white-space separated word into `f`. Inlined into the
    /// word loop on the host (no call for most words); a device build,
    /// optimised for size, keeps one copy.
    #[cfg_attr(not(target_os = "none"), inline(always))]
    fn word(&mut self, f: &mut Features, raw: &str) {
        let (core, ascii_hash) = word_core(raw);
        // Most words: ASCII, starting with a letter, past the first word,
        // short enough for the table.
        if crate::SPEED_PATHS
            && let Some(h) = ascii_hash
            && !self.first
            && core.len() <= 24
            && let Some(&c0) = core.as_bytes().first()
            && c0.is_ascii_alphabetic()
        {
            self.plain(f, raw, h, c0.is_ascii_uppercase());
        } else {
            self.general(f, raw, core, ascii_hash);
        }
    }

    /// [`Words::general`] for a word that is ASCII, starts with a letter
    /// (`upper`: a capital), is at most 24 bytes and is not the first word
    /// (`h`: its lower-cased hash): the same updates with every test that
    /// cannot hold for such a word left out (a test checks that both give
    /// the same features).
    #[cfg_attr(not(target_os = "none"), inline(always))]
    fn plain(&mut self, f: &mut Features, raw: &str, h: u64, upper: bool) {
        inc(&mut f.words);
        if upper {
            inc(&mut f.caps);
        } else {
            inc(&mut f.lowers);
        }
        let flags = self.lookup(f, h, true);
        let stop = flags & W_STOP != 0;
        let month = flags & W_MONTH != 0;
        let weekday = flags & W_WEEKDAY != 0;
        if (month && (self.prev_num || self.num_before_stop)) || (weekday && self.prev_time) {
            f.date_like = true;
        }
        if month || weekday {
            inc(&mut f.date_words);
        }
        self.dotted = 0;
        self.num_before_stop = self.prev_num && stop;
        self.prev_weekday = weekday;
        self.prev_time = false;
        self.prev_month = month;
        self.prev_num = false;
        self.title_run(f, raw, upper, stop);
        if self.index == 1 && f.byline_like && !upper && !raw.starts_with('@') {
            f.byline_like = false;
        }
        self.prev_hash = h;
        self.prev_flags = flags;
        self.index = self.index.saturating_add(1);
    }

    /// Extends or ends the leading Title-Case run with a word that starts
    /// with a capital or digit (`capital`), or not; `capital_stop`: the word
    /// is a capitalised stop word after the first (`… After Death Of …`).
    #[inline(always)]
    fn title_run(&mut self, f: &mut Features, raw: &str, capital: bool, capital_stop: bool) {
        if !self.in_run {
            return;
        }
        if capital {
            inc(&mut f.tc_run);
            if capital_stop {
                f.cap_stop = true;
            }
            self.run_comma = raw.ends_with(',');
        } else {
            self.in_run = false;
            // `Merkez Bankası Para Politikası Kurulu, bugün …`: a run of
            // capitals closed by a comma and continued in lower case is the
            // sentence's subject (a name), not a glued headline.
            if self.run_comma {
                f.tc_run = 0;
                f.cap_stop = false;
            }
        }
    }

    /// The word's flags in [`WORDS`] (`listed`: short enough to be there;
    /// `h`: its hash), with the flags of the pair it closes folded into the
    /// signals of `f`, and the stop-word count.
    #[inline(always)]
    fn lookup(&self, f: &mut Features, h: u64, listed: bool) -> u8 {
        let flags = if listed { WORDS.get(h) } else { 0 };
        let pair = if !self.first && self.prev_flags & PAIR_HEAD != 0 {
            WORDS.get(pair_hash(self.prev_hash, h))
        } else {
            0
        };
        f.signals |= (flags | pair) & !(W_STOP | W_MONTH | W_WEEKDAY | PAIR_HEAD);
        if flags & W_STOP != 0 {
            inc(&mut f.stop);
        }
        flags
    }

    /// Folds one word of any kind into `f` (`core`, `ascii_hash`: from
    /// [`word_core`]).
    #[inline(never)]
    fn general(&mut self, f: &mut Features, raw: &str, core: &str, ascii_hash: Option<u64>) {
        if core.is_empty() {
            // A lone dash or bar separates a headline run from what follows
            // (`SANTA FE, N.M. (AP) — A cat …`); `&` does not.
            if raw != "&" {
                self.in_run = false;
            }
            // Breadcrumb separators count as bars (`Home / India News /
            // …`, `News » Politics`); `|` itself is counted with the bytes.
            if matches!(raw, "/" | ">" | "»" | "›") {
                f.pipes = f.pipes.saturating_add(1);
            }
            return;
        }
        inc(&mut f.words);
        let c0 = core.chars().next().unwrap_or(' ');
        // `uncased`: a letter of a script without capitals (Arabic, Hebrew,
        // CJK), where a name word cannot show itself by its case.
        let (upper, digit, lower, uncased) = if c0.is_ascii() {
            (
                c0.is_ascii_uppercase(),
                c0.is_ascii_digit(),
                c0.is_ascii_lowercase(),
                false,
            )
        } else {
            let (alpha, up, low) = letter_case(c0);
            (up, c0.is_numeric(), low, alpha && !up && !low)
        };
        if upper || digit {
            inc(&mut f.caps);
        } else if lower {
            inc(&mut f.lowers);
        }
        if digit {
            inc(&mut f.digit_words);
            if self.index > 0 {
                f.digit_later = true;
            }
            if numeric_date(core) || (ascii_hash.is_none() && han_date(core)) {
                f.date_like = true;
            }
        }
        // Table words are short; long words skip the lookup.
        let h = match ascii_hash {
            _ if core.len() > 24 => 0,
            Some(h) => h,
            None => word_hash(core),
        };
        let flags = self.lookup(f, h, core.len() <= 24);
        let stop = flags & W_STOP != 0;
        let month = flags & W_MONTH != 0;
        let num = digit && day_or_year(core);
        if (month && (self.prev_num || self.num_before_stop)) || (num && self.prev_month) {
            f.date_like = true;
        }
        self.dotted = if num && raw.ends_with('.') && (self.dotted > 0 || core.len() == 4) {
            self.dotted.saturating_add(1)
        } else {
            0
        };
        if self.dotted >= 3 {
            f.date_like = true;
        }
        // A weekday next to a clock time: `Monday 5:30PM`.
        let weekday = flags & W_WEEKDAY != 0;
        if digit || month || weekday {
            inc(&mut f.date_words);
        }
        let time = digit && clock_time(core);
        if (time && self.prev_weekday) || (weekday && self.prev_time) {
            f.date_like = true;
        }
        self.num_before_stop = self.prev_num && stop;
        self.prev_weekday = weekday;
        self.prev_time = time;
        self.prev_month = month;
        self.prev_num = num;
        self.title_run(f, raw, upper || digit, !self.first && stop && upper);
        if self.first {
            let l = core.to_ascii_lowercase_buf();
            f.byline_like = BYLINE_LEADS.contains(&l.as_str())
                || matches!(core, "От" | "Автор" | "Текст" | "Του" | "Της")
                || crate::grammar::byline::uncased_lead(core);
        } else if self.index == 1 && f.byline_like && !(upper || uncased || raw.starts_with('@')) {
            f.byline_like = false;
        }
        self.prev_hash = h;
        self.prev_flags = flags;
        self.first = false;
        self.index = self.index.saturating_add(1);
    }
}

/// Bytes of a segment analysed word by word; the rest is only counted.
pub const HEAD: usize = 320;

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2;

/// Where the detailed head of `s` ends: the first white space at or after
/// [`HEAD`] bytes (so no word is cut), or the end.
fn head_end(s: &str) -> usize {
    let b = s.as_bytes();
    if b.len() <= HEAD {
        return b.len();
    }
    match b
        .get(HEAD..)
        .and_then(|r| r.iter().position(|&x| x == b' ' || x == b'\n'))
    {
        Some(k) if k < 64 => HEAD + k,
        // No space nearby (CJK): the next character boundary.
        _ => (HEAD..b.len())
            .find(|&i| s.is_char_boundary(i))
            .unwrap_or(b.len()),
    }
}

/// Fast counts over the part of a long segment after its head: characters,
/// words (white-space transitions), letters (non-ASCII characters count as
/// letters), digits, bars, CJK and Hangul (by UTF-8 lead byte).
fn count_tail(f: &mut Features, tail: &[u8], prev_space: bool) -> (u32, u32) {
    use super::swar::{BLOCK, LaneCount, ascii_range, eq, high_range, load_padded};
    // Eight bytes at a time, every count in the same pass.
    let mut totals = [0u32; 7];
    let mut lower = false;
    let mut legal = false;
    // The previous byte was white space (a word may start here).
    let mut carry = if prev_space { 0x80 } else { 0 };
    for block in tail.chunks(BLOCK) {
        let [
            mut cont,
            mut letters,
            mut digits,
            mut pipes,
            mut cjk,
            mut hangul,
            mut starts,
        ] = [LaneCount::default(); 7];
        for at in (0..block.len()).step_by(8) {
            let (v, valid) = load_padded(block, at);
            cont.add(high_range(v, 0x80, 0xBF) & valid);
            let low = ascii_range(v, b'a', b'z');
            let alpha = ascii_range(v, b'A', b'Z') | low;
            letters.add((alpha | high_range(v, 0xC0, 0xFF)) & valid);
            digits.add(ascii_range(v, b'0', b'9') & valid);
            pipes.add(eq(v, b'|') & valid);
            cjk.add(high_range(v, 0xE3, 0xE9) & valid);
            hangul.add(high_range(v, 0xEA, 0xED) & valid);
            lower |= (low | high_range(v, 0xD0, 0xD1)) & valid != 0;
            // `©` is C2 A9.
            legal |= eq(v, 0xC2) != 0;
            let sp = (eq(v, b' ') | eq(v, b'\n') | eq(v, b'\t')) & valid;
            let word = !sp & valid;
            starts.add(word & ((sp << 8) | carry));
            carry = (sp >> 56) & 0x80;
        }
        let counts = [cont, letters, digits, pipes, cjk, hangul, starts];
        for (t, c) in totals.iter_mut().zip(counts) {
            *t = t.saturating_add(c.sum());
        }
    }
    let [cont, letters, digits, pipes, cjk, hangul, words] = totals;
    let chars = (tail.len() as u32).saturating_sub(cont);
    let sat = |x: u32| u16::try_from(x).unwrap_or(u16::MAX);
    f.letters = f.letters.saturating_add(sat(letters));
    f.digits = f.digits.saturating_add(sat(digits));
    f.pipes = f.pipes.saturating_add(sat(pipes));
    f.cjk = f.cjk.saturating_add(sat(cjk));
    f.hangul = f.hangul.saturating_add(sat(hangul));
    if lower {
        f.all_caps = false;
    }
    if legal && find_bytes(tail, "©".as_bytes()).is_some() {
        f.signals |= W_LEGAL;
    }
    (chars, words)
}

/// Computes the features of `s` (one segment's text). The first
/// [`HEAD`] bytes are analysed in one pass over the bytes (ASCII through a
/// class table, other characters decoded, words folded as they end); for a
/// longer segment the rest is only counted and the word ratios (stop words,
/// capitalised words) are extrapolated from the head — prose does not change
/// character halfway through a paragraph, and this keeps the cost per byte
/// flat.
pub fn features(s: &str) -> Features {
    features_with::<true>(s)
}

/// [`features`], with the SSE2 word loop (x86-64) or without it (`SIMD`
/// false: the portable path every other target takes, for the tests that
/// compare the two).
fn features_with<const SIMD: bool>(s: &str) -> Features {
    let mut f = Features {
        bytes: u32::try_from(s.len()).unwrap_or(u32::MAX),
        ..Features::default()
    };
    let split = head_end(s);
    let full = s;
    let s = s.get(..split).unwrap_or(s);
    let bytes = s.as_bytes();
    // Character, letter, digit and `|` counts come from the same walk as
    // the words: lane counts in all-ASCII chunks, per character elsewhere.
    let (mut chars, mut letters, mut digits, mut pipes) = (0u32, 0u32, 0u32, 0u32);
    // Lane counters for the chunks (no popcount instruction on baseline
    // x86-64 or Cortex-M): the head is at most `HEAD` + 64 bytes, 48
    // chunks, so no 8-bit lane can overflow.
    const _: () = assert!((HEAD + 64) / 8 < 255);
    use super::swar::LaneCount;
    let [
        mut lc_chars,
        mut lc_letters,
        mut lc_digits,
        mut lc_pipes,
        mut lc_tokens,
    ] = [LaneCount::default(); 5];
    let mut has_lower = false;
    // The sequential part: words, `\w` tokens, and the other characters.
    let mut in_token = false;
    let mut words = Words {
        first: true,
        in_run: true,
        ..Words::default()
    };
    let mut word_start: Option<usize> = None;
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    let mut sse = sse2::Counts::new();
    let mut i = 0;
    while let Some(&x) = bytes.get(i) {
        // Sixteen ASCII bytes at a time where SSE2 is there: the same
        // counts and the same word turns as the eight-byte step below.
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        if SIMD
            && let Some(w) = bytes.get(i..i + 16)
            && let Some(c) = sse2::step(w, in_token, &mut sse)
        {
            chars += 16;
            has_lower |= c.lower != 0;
            in_token = c.word >> 15 != 0;
            let prev_sp = (c.space << 1) | u32::from(word_start.is_none());
            let mut turns = (c.space ^ prev_sp) & 0xFFFF;
            while turns != 0 {
                let at = i + turns.trailing_zeros() as usize;
                turns &= turns - 1;
                match word_start.take() {
                    Some(ws) => words.word(&mut f, s.get(ws..at).unwrap_or("")),
                    None => word_start = Some(at),
                }
            }
            i += 16;
            continue;
        }
        // Eight ASCII bytes at a time: only the lanes where white space
        // starts or ends a word need a look. The last few bytes of the head
        // too (zero-padded; `valid` marks the real lanes), so a segment does
        // not end in the byte-by-byte path.
        let (v, valid) = super::swar::load_padded(bytes, i);
        if v & (super::swar::ONES * 0x80) == 0 {
            use super::swar::{ascii_range, eq, first_lane};
            // Padding bytes are 0: neither space, letter, digit nor `|`.
            let sp = eq(v, b' ') | ascii_range(v, 0x09, 0x0D);
            let low = ascii_range(v, b'a', b'z');
            let alpha = low | ascii_range(v, b'A', b'Z');
            let dig = ascii_range(v, b'0', b'9');
            let wc = alpha | dig | eq(v, b'_');
            lc_chars.add(valid);
            lc_letters.add(alpha);
            lc_digits.add(dig);
            lc_pipes.add(eq(v, b'|'));
            has_lower |= low != 0;
            let prev_wc = (wc << 8) | if in_token { 0x80 } else { 0 };
            lc_tokens.add(wc & !prev_wc);
            in_token = wc >> 63 != 0;
            let prev_sp = (sp << 8) | if word_start.is_none() { 0x80 } else { 0 };
            let mut turns = (sp ^ prev_sp) & valid;
            while turns != 0 {
                let k = first_lane(turns);
                turns &= turns - 1;
                let at = i + k;
                match word_start.take() {
                    // White space ends the word.
                    Some(ws) => words.word(&mut f, s.get(ws..at).unwrap_or("")),
                    // A word starts.
                    None => word_start = Some(at),
                }
            }
            i += 8;
            continue;
        }
        let at = i;
        let (space, word) = if x < 0x80 {
            i += 1;
            chars += 1;
            let class = ASCII.get(usize::from(x)).copied().unwrap_or(C_OTHER);
            match class {
                C_UPPER => letters += 1,
                C_LOWER => {
                    letters += 1;
                    has_lower = true;
                }
                C_DIGIT => digits += 1,
                C_PIPE => pipes += 1,
                _ => {}
            }
            (
                class == C_SPACE,
                matches!(class, C_UPPER | C_LOWER | C_DIGIT | C_UNDER),
            )
        } else {
            let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            i += c.len_utf8().max(1);
            chars += 1;
            let space = is_space(c);
            let (alpha, _, lower) = letter_case(c);
            let mut word = alpha;
            if alpha {
                letters += 1;
                if lower {
                    has_lower = true;
                }
                if is_cjk(c) {
                    inc(&mut f.cjk);
                } else if is_hangul(c) {
                    inc(&mut f.hangul);
                }
            } else if c == '©' {
                f.signals |= W_LEGAL;
            } else if !(0x2000..=0x206F).contains(&(c as u32)) && c.is_numeric() {
                digits += 1;
                word = true;
            }
            (space, word)
        };
        if word && !in_token {
            inc(&mut f.tokens);
        }
        in_token = word;
        if space {
            if let Some(ws) = word_start.take() {
                words.word(&mut f, s.get(ws..at).unwrap_or(""));
            }
        } else if word_start.is_none() {
            word_start = Some(at);
        }
    }
    if let Some(ws) = word_start {
        words.word(&mut f, s.get(ws..).unwrap_or(""));
    }
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    let [letters, digits, pipes, sse_tokens] = {
        let [l, d, p, t] = sse.sums();
        [letters + l, digits + d, pipes + p, t]
    };
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    let sse_tokens = 0;
    f.letters = sat16(letters + lc_letters.sum());
    f.digits = sat16(digits + lc_digits.sum());
    f.pipes = f.pipes.saturating_add(sat16(pipes + lc_pipes.sum()));
    f.chars = chars + lc_chars.sum();
    f.tokens = f.tokens.saturating_add(sat16(lc_tokens.sum() + sse_tokens));
    f.all_caps = f.letters > 0 && !has_lower && f.cjk == 0 && f.hangul == 0;
    if f.words < 2 {
        f.byline_like = false;
    }
    if split < full.len() {
        let tail = full.as_bytes().get(split..).unwrap_or(&[]);
        let (tchars, twords) = count_tail(&mut f, tail, true);
        f.chars = f.chars.saturating_add(tchars);
        let head_words = u32::from(f.words.max(1));
        let total = head_words + twords;
        let scale = |x: u16| u16::try_from(u32::from(x) * total / head_words).unwrap_or(u16::MAX);
        f.stop = scale(f.stop);
        f.caps = scale(f.caps);
        f.lowers = scale(f.lowers);
        f.tokens = f
            .tokens
            .saturating_add(u16::try_from(twords).unwrap_or(u16::MAX));
        f.words = u16::try_from(total).unwrap_or(u16::MAX);
    }
    let s = full;
    // Last character that is neither white space nor a closing mark.
    let last_non_closing = s
        .trim_end_matches(|c: char| is_space(c) || is_closing(c))
        .chars()
        .next_back()
        .map_or(0, |c| c as u32);

    // Ending.
    let t = s.trim_end_matches(is_space);
    f.ellipsis = t.ends_with("...")
        || t.ends_with('…')
        || t.ends_with("..")
        || t.ends_with("[…]")
        || t.ends_with("[...]");
    f.terminal = !f.ellipsis && is_terminal_cp(last_non_closing);
    let first = s.chars().next();
    f.bullet = first.is_some_and(is_bullet);
    if s.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && let Some(w) = s.split(is_space).next()
        && let Some(d) = w.strip_suffix('.').or_else(|| w.strip_suffix(')'))
        && (1..=2).contains(&d.len())
        && d.bytes().all(|b| b.is_ascii_digit())
    {
        f.list_num = d.parse::<u8>().unwrap_or(0);
    }
    f.widget = s.starts_with('[') && t.ends_with(']');

    // Lexicon: whole-block phrases for short blocks, prefixes up to 200 bytes.
    if f.bytes <= 200 {
        f.lex = boilerplate::phrase_kind(s);
        if f.lex.is_none() && comments_head(t) {
            f.lex = Some(Kind::Comments);
        }
    }
    // `Bruce Y. Lee Senior Contributor`, `Morag Ferguson Scotland
    // correspondent`: a name and a job title with no lead word and no
    // comma, as contributor networks and British papers print them (the
    // role's last word may be lower case). The grammar has the last word
    // (a strict parse, `- Become A Contributor` is a menu entry); the cheap
    // tests keep it to a few lines per page.
    if !f.byline_like
        && (3..=7).contains(&f.words)
        && f.caps + 1 >= f.words
        && !f.terminal
        && f.pipes == 0
        && f.digit_words == 0
        && f.lex.is_none()
        && !f.bullet
        && crate::grammar::byline::ends_with_role(t)
        && crate::grammar::byline::parse_byline(t).is_some_and(|b| !b.authors.is_empty())
    {
        f.byline_like = true;
    }
    f.caption = matches!(f.lex, Some(Kind::Caption)) || (f.words >= 3 && credit_tail(t));
    f.credit = matches!(f.lex, Some(Kind::Credit))
        || (s.starts_with('(') && t.ends_with(')') && f.words <= 12 && credit_tail(t));
    f
}

/// The few features a segment far from the article needs for its
/// boilerplate kind: length, an approximate word count, final punctuation,
/// the lexicon phrase. Used by the second pass outside its focus.
pub fn features_cheap(s: &str) -> Features {
    let b = s.as_bytes();
    let words = 1 + b
        .windows(2)
        .filter(|w| matches!(w, [a, c] if *a == b' ' && *c != b' '))
        .count();
    let words = u16::try_from(words).unwrap_or(u16::MAX);
    let last = s
        .trim_end_matches(|c: char| is_space(c) || is_closing(c))
        .chars()
        .next_back();
    let mut f = Features {
        bytes: u32::try_from(s.len()).unwrap_or(u32::MAX),
        chars: u32::try_from(s.len()).unwrap_or(u32::MAX),
        words,
        tokens: words,
        terminal: last.is_some_and(is_terminal),
        letters: u16::try_from(s.len()).unwrap_or(u16::MAX),
        ..Features::default()
    };
    if f.bytes <= 200 {
        f.lex = boilerplate::phrase_kind(s);
    }
    f
}

#[inline]
fn is_terminal_cp(c: u32) -> bool {
    char::from_u32(c).is_some_and(is_terminal)
}

/// Lower-cases short ASCII words into a small stack string.
trait LowerBuf {
    fn to_ascii_lowercase_buf(&self) -> SmallStr;
}

/// A tiny stack string for keyword comparisons.
#[derive(Clone, Copy, Debug)]
pub struct SmallStr {
    buf: [u8; 8],
    len: usize,
}

impl SmallStr {
    /// The text (empty when the source did not fit or was not ASCII).
    pub fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl LowerBuf for str {
    fn to_ascii_lowercase_buf(&self) -> SmallStr {
        let mut s = SmallStr {
            buf: [0; 8],
            len: 0,
        };
        if self.len() <= 8
            && self.is_ascii()
            && let Some(dst) = s.buf.get_mut(..self.len())
        {
            dst.copy_from_slice(self.as_bytes());
            dst.make_ascii_lowercase();
            s.len = self.len();
        }
        s
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    /// The SSE2 word loop gives the same features as the portable one:
    /// random texts of ASCII words, spaces, tabs, line breaks, digits,
    /// bars, underscores and some non-ASCII words (which send blocks back
    /// to the eight-byte step), of every length around the sixteen-byte
    /// blocks and the head limit.
    #[test]
    fn simd_word_loop_matches_the_portable_one() {
        use proptest::prelude::*;
        let piece = proptest::sample::select(
            &[
                "the",
                "Minister",
                "said",
                " ",
                "  ",
                "\t",
                "\n",
                "2024",
                "|",
                "_x_",
                "über",
                "—",
                "Москва",
                "«quoted»",
                "a.b",
                "U.S.",
                "e-mail",
                "5:30PM",
                "(AP)",
                "!",
                "©",
            ][..],
        );
        let text = proptest::collection::vec(piece, 0..120).prop_map(|v| v.concat());
        // Few cases under Miri: it checks the `unsafe` SSE2 step, the
        // native run checks the equivalence.
        let cases = if cfg!(miri) { 8 } else { 3000 };
        proptest!(ProptestConfig::with_cases(cases), |(t in text)| {
            prop_assert_eq!(features_with::<true>(&t), features_with::<false>(&t), "{:?}", t);
        });
        for n in (0..400).step_by(if cfg!(miri) { 37 } else { 1 }) {
            let t: std::string::String = "ab cd_ef|9 ".chars().cycle().take(n).collect();
            assert_eq!(
                features_with::<true>(&t),
                features_with::<false>(&t),
                "{t:?}"
            );
        }
    }

    /// The fast path for plain words ([`Words::plain`]) leaves the word
    /// state and the features exactly as the general path does, for random
    /// runs of words that mix plain words with stop words, word pairs,
    /// months, weekdays, numbers, times, capitals, punctuation, handles and
    /// non-ASCII words.
    #[test]
    fn plain_word_path_matches_the_general_one() {
        use proptest::prelude::*;
        const VOCAB: &[&str] = &[
            "the",
            "of",
            "and",
            "said",
            "minister",
            "sign",
            "up",
            "cookies",
            "accept",
            "march",
            "may",
            "monday",
            "tuesday",
            "by",
            "von",
            "text",
            "12",
            "2024.",
            "11.",
            "10.",
            "5:30pm",
            "20:13",
            "11th",
            "Monday",
            "March",
            "The",
            "Reuters",
            "—",
            "&",
            "/",
            "»",
            "@handle",
            "“quoted,”",
            "end.",
            "comma,",
            "über",
            "Москва",
            "и",
            "의",
            "كتب",
            "a-b",
            "x_y",
            "longwordlongwordlongwordlongword",
            "©",
            "share",
            "this",
            "read",
            "more",
            "(AP)",
            "Kurulu,",
            "Home",
            "News",
            "And",
            "BY",
            "Text",
        ];
        let words = proptest::collection::vec(proptest::sample::select(VOCAB), 0..24);
        proptest!(ProptestConfig::with_cases(2000), |(run in words)| {
            let start = Words { first: true, in_run: true, ..Words::default() };
            let (mut fast, mut slow) = (start.clone(), start);
            let (mut ff, mut fs) = (Features::default(), Features::default());
            for raw in run {
                fast.word(&mut ff, raw);
                let (core, ascii_hash) = word_core(raw);
                slow.general(&mut fs, raw, core, ascii_hash);
                prop_assert_eq!(&fast, &slow, "after {:?}", raw);
                prop_assert_eq!(ff, fs, "after {:?}", raw);
            }
        });
    }

    #[test]
    fn comment_section_heads() {
        for head in [
            "12 thoughts on “City council approves new bike lanes”",
            "3 Comments",
            "1 comment",
            "27 Responses to “Why the bridge closed”",
            "2 Comentários",
            "45 комментариев",
            "Mike R. says:",
            "Janet Wilson says:",
            "jdoe42 wrote:",
            "Anna Maria Rossi dice:",
        ] {
            assert!(comments_head(head), "{head:?}");
        }
        for not in [
            "The statement says:",
            "Johnson said:",
            "He says:",
            "12 people were injured on Tuesday",
            "2024 comments policy",
            "2020 Responses to the Pandemic",
            "Here is what the governor of the state said in a long statement:",
            "Comments",
            "says:",
            "",
        ] {
            assert!(!comments_head(not), "{not:?}");
        }
        assert_eq!(features("3 Comments").lex, Some(Kind::Comments));
        assert_eq!(features("Mike R. says:").lex, Some(Kind::Comments));
    }

    #[test]
    fn tail_counts_match_a_plain_count() {
        let texts = [
            "",
            "a",
            " lead",
            "Ünïcödé wörds — “quoted” © 2019 | 한국어 문장 中文字符 and ASCII 123\ttabs\nlines  ",
            "x y z w v u t s r q p o n m l k j i h g f e d c b a 0 1 2 3 4 5 6 7 8 9 | | |",
        ];
        for t in texts {
            for prev_space in [false, true] {
                let b = t.as_bytes();
                let mut f = Features::default();
                let (chars, words) = count_tail(&mut f, b, prev_space);
                let n = |p: &dyn Fn(u8) -> bool| b.iter().filter(|&&x| p(x)).count() as u32;
                assert_eq!(chars, t.chars().count() as u32, "{t}");
                let sp = |x: u8| x == b' ' || x == b'\n' || x == b'\t';
                let starts = b
                    .windows(2)
                    .filter(|w| matches!(w, [a, c] if sp(*a) && !sp(*c)))
                    .count();
                let first = b.first().is_some_and(|&x| !sp(x)) && prev_space;
                assert_eq!(words as usize, starts + usize::from(first), "{t}");
                assert_eq!(
                    u32::from(f.letters),
                    n(&|x| x.is_ascii_alphabetic() || x >= 0xC0),
                    "{t}"
                );
                assert_eq!(u32::from(f.digits), n(&|x| x.is_ascii_digit()));
                assert_eq!(u32::from(f.pipes), n(&|x| x == b'|'));
                assert_eq!(u32::from(f.cjk), n(&|x| (0xE3..=0xE9).contains(&x)));
                assert_eq!(u32::from(f.hangul), n(&|x| (0xEA..=0xED).contains(&x)));
                assert_eq!(f.signals & W_LEGAL != 0, t.contains('©'));
            }
        }
    }

    /// Counts of the head walk (eight-byte chunks, the zero-padded last
    /// chunk, the per-character path) against plain counts, for every
    /// length and alignment of a mixed text.
    #[test]
    fn head_counts_match_a_plain_count() {
        extern crate std;
        let text = "Ab c_1 |x  Ünï 2.5,d\tE| fo-o  bar baz!";
        let chars: std::vec::Vec<char> = text.chars().collect();
        for a in 0..chars.len() {
            for b in a..=chars.len() {
                let t: std::string::String = chars.get(a..b).unwrap_or(&[]).iter().collect();
                let f = features(&t);
                let is_sp = |c: char| is_space(c);
                let words = t
                    .split(is_sp)
                    .filter(|w| w.chars().any(is_word_char))
                    .count();
                let tokens = t
                    .split(|c: char| !is_word_char(c))
                    .filter(|w| !w.is_empty())
                    .count();
                assert_eq!(u32::from(f.words), words as u32, "{t:?}");
                assert_eq!(u32::from(f.tokens), tokens as u32, "{t:?}");
                assert_eq!(f.chars, t.chars().count() as u32, "{t:?}");
                let letters = t.chars().filter(|c| c.is_alphabetic()).count();
                assert_eq!(usize::from(f.letters), letters, "{t:?}");
                let digits = t.chars().filter(|c| c.is_ascii_digit()).count();
                assert_eq!(usize::from(f.digits), digits, "{t:?}");
                assert_eq!(usize::from(f.pipes), t.matches('|').count(), "{t:?}");
            }
        }
    }

    #[test]
    fn word_table_is_under_half_full() {
        let used = WORDS.used();
        assert!(used * 2 < WORD_SLOTS, "{used} of {WORD_SLOTS} slots");
        // The device's 2048 slots hold the same entries under 3/4 full
        // (a miss then reads about eight slots: cycles, not flash).
        assert!(used * 4 < 2048 * 3, "{used} of 2048 slots");
    }

    #[test]
    fn word_core_matches_trimming() {
        for w in [
            "",
            "-",
            "&",
            "“Hello,”",
            "(AP)",
            "U.S.",
            "don't",
            "__x__",
            "2025-10-19",
            "café",
            "Ünï",
            "…",
            "x",
            "ab'",
            "'ab",
            "—word—",
            "a-b",
            "Что?",
        ] {
            let (core, h) = word_core(w);
            assert_eq!(core, w.trim_matches(|c: char| !is_word_char(c)), "{w}");
            if let Some(h) = h {
                assert_eq!(h, word_hash(core), "{w}");
            }
        }
        // Every ASCII word of up to nine bytes over letters of both cases,
        // digits, `_` and punctuation (the eight-byte path and its edge):
        // the same core, and a hash exactly when it has a word character.
        use proptest::prelude::*;
        let bytes =
            proptest::collection::vec(proptest::sample::select(&b"aZ09_.,'\"()-!?@#"[..]), 0..=9);
        proptest!(ProptestConfig::with_cases(if cfg!(miri) { 8 } else { 4000 }), |(b in bytes)| {
            let w = core::str::from_utf8(&b).unwrap_or("");
            let (core, h) = word_core(w);
            prop_assert_eq!(core, w.trim_matches(|c: char| !is_word_char(c)));
            prop_assert_eq!(h, (!core.is_empty()).then(|| word_hash(core)));
        });
    }

    #[test]
    fn prose_vs_menu() {
        let p = features(
            "The home-improvement retailer earned $2.8 billion in the third quarter, officials said.",
        );
        assert!(p.terminal && p.stop >= 4 && p.words >= 12);
        let m = features("Energy & Environment");
        assert!(!m.terminal && m.words == 2 && m.headline());
    }

    #[test]
    fn title_case_and_teasers() {
        let f = features(
            "Police: 2 In Custody After Death Of U of M-Dearborn Student-Athlete A 24-year-old woman",
        );
        assert!(f.tc_run >= 7 && f.cap_stop);
        let t = features("Former Wild general manager signed his own death warrant with...");
        assert!(t.ellipsis && !t.terminal);
        // A name in capitals, a comma, then the sentence in lower case: the
        // subject, not a glued headline (`Para` is a Portuguese stop word).
        let n = features(
            "Merkez Bankası Para Politikası Kurulu, bugün yaptığı toplantıda politika faizini değiştirmeme kararı aldı.",
        );
        assert!(n.tc_run == 0 && !n.cap_stop);
        let g = features(
            "Trump, Biden Clash Over Border In First Debate The two candidates met on Tuesday",
        );
        assert!(g.tc_run >= 5 && g.cap_stop);
    }

    #[test]
    fn captions_credits_dates_bylines() {
        assert!(features("Belarusian dictator Alexander Lukashenko attends a meeting in Sochi. (Mikhail Metzel/Pool/AFP via Getty Images)").caption);
        assert!(features("China has warned they will cease control (Image: GETTY )").caption);
        assert!(features("(Image credit: Blue Origin)").credit);
        assert!(features("Sanjeev Verma/Hindustan Times/Getty Images").caption);
        assert!(!features("He said (and meant it) that it was fine.").caption);
        assert!(features("Monday, October 20, 2025").date_like);
        assert!(features("date 2025-10-19 KI logo").date_like);
        assert!(features("PUBLISHED: 10:48, Tue, Nov 19, 2019").date_like);
        assert!(features("segunda-feira, 22 de janeiro de 2018 às 0:13").date_like);
        assert!(features("Monday 5:30PM").date_like);
        assert!(features("입력 2023. 11. 10. 오전 10:30").date_like);
        assert!(features("Publié le 10 févr. 2024").date_like);
        assert!(!features("Steps 1. 2. 3. and done").date_like);
        assert!(features("2023年11月20日 10:30 来源：新华社").date_like);
        assert!(features("2023年11月1日 15時30分").date_like);
        assert!(!features("2023年は良い年でした").date_like);
        assert!(!features("It costs 10 dollars more.").date_like);
        assert!(features("by Dmytro Basmat").byline_like);
        assert!(features("By Laura Mowat").byline_like);
        assert!(!features("by the way it works").byline_like);
        assert!(features("Bruce Y. Lee Senior Contributor").byline_like);
        assert!(features("Maria Lopez Staff Writer").byline_like);
        assert!(features("Morag Ferguson Scotland correspondent").byline_like);
        assert!(!features("- Become A Contributor").byline_like);
        assert!(!features("Become A Contributor").byline_like);
        assert!(!features("Letters To The Editor").byline_like);
        // An ordinal day beside a month: `June 11th 2024`.
        assert!(features("Tue, June 11th 2024, 3:12 PM PDT").dateline());
        assert!(features("Updated Tue, June 11th 2024, 5:40 PM PDT").dateline());
        assert!(!features("He finished 11th in June.").dateline());
        // A finished sentence, then a station's name in capitals: a caption.
        assert!(features("Firefighters work near Highway 14 on Tuesday. (KXYZ)").caption);
        assert!(!features("The talks were led by the World Health Organization (WHO).").caption);
        assert!(!features("The talks were led by the World Health Organization (WHO)").caption);
        // Arabic: the lead word makes the line byline-like, uncased name
        // words keep it so; a lead word before a sentence is still cheap to
        // reject later (the grammar wants two to four name words).
        assert!(features("كتب: أحمد محمود").byline_like);
        assert!(features("بقلم سارة علي").byline_like);
        assert!(features("लेखक: राहुल शर्मा").byline_like);
        // The danda ends a Hindi sentence, `؟` an Arabic question.
        let hi = features("दिल्ली में शुक्रवार सुबह वायु प्रदूषण का स्तर गंभीर श्रेणी में पहुंच गया।");
        assert!(hi.terminal && hi.stop >= 3);
        assert!(features("هل تنجح الخطة الجديدة في دعم المزارعين؟").terminal);
        assert!(features("الثلاثاء 12 مارس 2024 - 10:30 ص").date_like);
        assert!(features("الثلاثاء 12 مارس 2024 - 10:30 ص").dateline());
        assert!(
            !features("أعلنت الحكومة في مارس الماضي عن خطة جديدة لدعم المزارعين في المحافظات.")
                .dateline()
        );
    }

    #[test]
    fn lexicon_and_signals() {
        assert_eq!(
            features("READ MORE: Lukashenko outlines how").lex,
            Some(Kind::Related)
        );
        assert_eq!(features("Leave a Reply").lex, Some(Kind::Comments));
        assert!(
            features("This website uses cookies to improve your experience.").signals & W_COOKIE
                != 0
        );
        assert!(features("© 2019 Associated Press. All Rights Reserved.").signals & W_LEGAL != 0);
        assert!(features("Subscribe to the Newsletter").signals & W_PROMO != 0);
    }

    #[test]
    fn caption_credit_tails() {
        for s in [
            "Lava flows near Grindavik, Iceland, December 18, 2023. REUTERS/Stringer",
            "Rescuers search the rubble in Gaziantep. REUTERS/Suhaib Salem",
            "Lava flows from a fissure [Handout/Icelandic Coast Guard via Reuters]",
            "A protester in Paris (Photo by Jane Doe/Getty Images)",
            "Voters queue in Lagos. AFP/Pius Utomi Ekpei",
        ] {
            assert!(features(s).caption, "{s}");
        }
        for s in [
            "Reuters reported the story first, citing two sources.",
            "The index [see table] fell 2%.",
            "He said the reuters/ipsos poll was wrong about it.",
        ] {
            assert!(!features(s).caption, "{s}");
        }
    }

    #[test]
    fn breadcrumb_separators_count_as_bars() {
        assert_eq!(
            features("Home / India News / Monsoon session begins").pipes,
            2
        );
        assert_eq!(features("News » Politics › Elections").pipes, 2);
        assert_eq!(features("Home > Sport > Football").pipes, 2);
        assert_eq!(features("News | Sport | Weather").pipes, 2);
        // Not a separator inside a word or a date.
        assert_eq!(features("The AC/DC tour ends on 10/20/2025.").pipes, 0);
    }

    #[test]
    fn scripts() {
        let k = features(
            "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다.",
        );
        assert!(k.cjk_script() && k.terminal);
        let r = features("Наши герои знают толк не только во вкусе, но и в красоте еды.");
        assert!(r.stop >= 4 && r.terminal);
    }
}
