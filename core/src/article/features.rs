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

use super::text::{is_cjk, is_closing, is_hangul, is_space, is_terminal, is_word_char};
use crate::lexicon::boilerplate::{self, Key, Kind};
use crate::lexicon::stopwords::{self, pair_hash, word_hash, WordTable};

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
/// in one table: one probe per word (plus one per word pair).
pub static WORDS: WordTable<4096> = WordTable::build(&[
    (stopwords::EN, W_STOP),
    (stopwords::FR, W_STOP),
    (stopwords::DE, W_STOP),
    (stopwords::ES, W_STOP),
    (stopwords::PT, W_STOP),
    (stopwords::IT, W_STOP),
    (stopwords::NL, W_STOP),
    (stopwords::RU, W_STOP),
    (stopwords::PL, W_STOP),
    (boilerplate::COOKIE_WORDS, W_COOKIE),
    (boilerplate::PROMO_WORDS, W_PROMO),
    (boilerplate::LEGAL_WORDS, W_LEGAL),
    (stopwords::MONTHS, W_MONTH),
    (stopwords::WEEKDAYS, W_WEEKDAY),
]);

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
    /// Number of `|`.
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
    /// A headline-like block: no final punctuation, 2–25 words, no lexicon.
    #[inline]
    pub fn headline(&self) -> bool {
        !self.terminal && (2..=25).contains(&self.words) && self.lex.is_none()
    }
}

#[inline]
fn inc(x: &mut u16) {
    *x = x.saturating_add(1);
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '□' | '*' | '-' | '–' | '·' | '▪' | '►' | '»' | '›' | '☆' | '◦' | '■' | '●' | '○'
    )
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
/// `… /AFP`, `Natalie Naccache | Bloomberg | Getty Images`.
fn credit_tail(t: &str) -> bool {
    const IN_PARENS: &[&str] = &[
        "image", "photo", "picture", "foto", "credit", "getty", "reuters", "afp", "epa",
        "shutterstock", " via ", "ap ", "(ap)", "pool", "файл", "фото", "사진",
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
    let t = t.trim_end_matches(is_space);
    let mut low = [0u8; 64];
    let tail = t
        .char_indices()
        .rev()
        .nth(62)
        .map_or(t, |(i, _)| t.get(i..).unwrap_or(t));
    let mut n = 0;
    for c in tail.chars() {
        let l = super::text::lower(c);
        let mut buf = [0u8; 4];
        let b = l.encode_utf8(&mut buf).as_bytes();
        if let Some(dst) = low.get_mut(n..n + b.len()) {
            dst.copy_from_slice(b);
            n += b.len();
        }
    }
    let low = low.get(..n).unwrap_or(&[]);
    if low.ends_with(b")") {
        if let Some(open) = low.iter().rposition(|&b| b == b'(') {
            let inner = low.get(open..).unwrap_or(&[]);
            // Add a space so "ap " matches at the end too.
            return IN_PARENS.iter().any(|p| {
                memchr::memmem::find(inner, p.as_bytes()).is_some()
                    || (p.ends_with(' ')
                        && inner
                            .strip_suffix(b")")
                            .is_some_and(|x| x.ends_with(p.trim_end().as_bytes())))
            });
        }
        return false;
    }
    let low = low.strip_suffix(b".").unwrap_or(low);
    TAIL.iter().any(|p| low.ends_with(p.as_bytes()))
}

/// Computes the features of `s` (one segment's text).
pub fn features(s: &str) -> Features {
    let mut f = Features {
        bytes: u32::try_from(s.len()).unwrap_or(u32::MAX),
        ..Features::default()
    };
    let mut chars = 0u32;
    let mut in_token = false;
    let mut has_lower = false;
    let mut last_non_closing = None;
    let mut prev2 = None::<char>;
    let mut prev = None::<char>;
    for c in s.chars() {
        chars += 1;
        let w = is_word_char(c);
        if w && !in_token {
            inc(&mut f.tokens);
        }
        in_token = w;
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                inc(&mut f.letters);
                if c.is_ascii_lowercase() {
                    has_lower = true;
                }
            } else if c.is_ascii_digit() {
                inc(&mut f.digits);
            } else if c == '|' {
                inc(&mut f.pipes);
            } else if c == ',' {
                inc(&mut f.commas);
            } else if c == ' ' && prev.is_some_and(is_terminal) {
                inc(&mut f.inner_sentences);
            } else if c == ' '
                && prev.is_some_and(is_closing)
                && prev2.is_some_and(is_terminal)
            {
                inc(&mut f.inner_sentences);
            }
        } else if c.is_alphabetic() {
            inc(&mut f.letters);
            if c.is_lowercase() {
                has_lower = true;
            }
            if is_cjk(c) {
                inc(&mut f.cjk);
            } else if is_hangul(c) {
                inc(&mut f.hangul);
            }
        } else if c.is_numeric() {
            inc(&mut f.digits);
        } else if c == '©' {
            f.signals |= W_LEGAL;
        } else if matches!(c, '，' | '、') {
            inc(&mut f.commas);
        } else if is_cjk(c) {
            // Full-width punctuation.
            if matches!(c, '。' | '！' | '？') {
                inc(&mut f.inner_sentences);
            }
        }
        if !is_closing(c) && !is_space(c) {
            last_non_closing = Some(c);
        }
        prev2 = prev;
        prev = Some(c);
    }
    f.chars = chars;
    f.all_caps = f.letters > 0 && !has_lower && f.cjk == 0 && f.hangul == 0;

    // Ending.
    let t = s.trim_end_matches(is_space);
    f.ellipsis = t.ends_with("...")
        || t.ends_with('…')
        || t.ends_with("..")
        || t.ends_with("[…]")
        || t.ends_with("[...]");
    f.terminal = !f.ellipsis && last_non_closing.is_some_and(is_terminal);
    if f.terminal && f.inner_sentences > 0 {
        // The final terminator was counted if followed by closing+space only
        // inside; nothing to fix here.
    }
    let first = s.chars().next();
    f.bullet = first.is_some_and(is_bullet);
    if let Some(w) = s.split(is_space).next() {
        if let Some(d) = w.strip_suffix('.').or_else(|| w.strip_suffix(')')) {
            if (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) {
                f.list_num = d.parse::<u8>().unwrap_or(0);
            }
        }
    }
    f.widget = s.starts_with('[') && t.ends_with(']');

    // Words.
    let mut first_word = true;
    let mut in_run = true;
    let mut prev_hash = 0u64;
    let mut prev_month = false;
    let mut prev_num = false;
    let mut prev_weekday = false;
    let mut prev_time = false;
    // A number one connector word back (`22 de janeiro`, `5 of May`).
    let mut num_before_stop = false;
    let mut word_index = 0u16;
    for raw in s.split(is_space) {
        if raw.is_empty() {
            continue;
        }
        let core = raw.trim_matches(|c: char| !is_word_char(c));
        if core.is_empty() {
            // A lone dash or bar separates a headline run from what follows
            // (`SANTA FE, N.M. (AP) — A cat …`); `&` does not.
            if raw != "&" {
                in_run = false;
            }
            continue;
        }
        inc(&mut f.words);
        let c0 = core.chars().next().unwrap_or(' ');
        let upper = c0.is_uppercase();
        let digit = c0.is_numeric();
        if upper || digit {
            inc(&mut f.caps);
        } else if c0.is_lowercase() {
            inc(&mut f.lowers);
        }
        if digit {
            inc(&mut f.digit_words);
            if word_index > 0 {
                f.digit_later = true;
            }
            if numeric_date(core) {
                f.date_like = true;
            }
        }
        let h = word_hash(core);
        let flags = WORDS.get(h);
        let pair = if first_word { 0 } else { WORDS.get(pair_hash(prev_hash, h)) };
        f.signals |= (flags | pair) & !(W_STOP | W_MONTH | W_WEEKDAY);
        let stop = flags & W_STOP != 0;
        if stop {
            inc(&mut f.stop);
        }
        let month = flags & W_MONTH != 0;
        let num = digit && core.len() <= 4 && core.bytes().all(|b| b.is_ascii_digit());
        if (month && (prev_num || num_before_stop)) || (num && prev_month) {
            f.date_like = true;
        }
        num_before_stop = prev_num && stop;
        // A weekday next to a clock time: `Monday 5:30PM`.
        let weekday = flags & W_WEEKDAY != 0;
        if digit || month || weekday {
            inc(&mut f.date_words);
        }
        let time = digit && clock_time(core);
        if (time && prev_weekday) || (weekday && prev_time) {
            f.date_like = true;
        }
        prev_weekday = weekday;
        prev_time = time;
        prev_month = month;
        prev_num = num;
        if in_run {
            if upper || digit {
                inc(&mut f.tc_run);
                if !first_word && stop && upper {
                    f.cap_stop = true;
                }
            } else {
                in_run = false;
            }
        }
        if first_word {
            f.byline_like = matches!(
                core.to_ascii_lowercase_buf().as_str(),
                "by" | "por" | "par" | "von" | "di" | "author" | "text"
            ) || core == "От"
                || core == "Автор"
                || core == "Текст";
        } else if word_index == 1 && f.byline_like && !(upper || raw.starts_with('@')) {
            f.byline_like = false;
        }
        prev_hash = h;
        first_word = false;
        word_index = word_index.saturating_add(1);
    }
    if f.words < 2 {
        f.byline_like = false;
    }

    // Lexicon.
    if f.bytes <= 300 {
        let key = Key::new(s);
        f.lex = boilerplate::exact(&key).or_else(|| boilerplate::prefix(&key));
    }
    f.caption = matches!(f.lex, Some(Kind::Caption)) || (f.words >= 3 && credit_tail(s));
    f.credit = matches!(f.lex, Some(Kind::Credit))
        || (s.starts_with('(') && t.ends_with(')') && f.words <= 12 && credit_tail(s));
    f
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
        if self.len() <= 8 && self.is_ascii() {
            if let Some(dst) = s.buf.get_mut(..self.len()) {
                dst.copy_from_slice(self.as_bytes());
                dst.make_ascii_lowercase();
                s.len = self.len();
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_vs_menu() {
        let p = features("The home-improvement retailer earned $2.8 billion in the third quarter, officials said.");
        assert!(p.terminal && p.stop >= 4 && p.words >= 12);
        let m = features("Energy & Environment");
        assert!(!m.terminal && m.words == 2 && m.headline());
    }

    #[test]
    fn title_case_and_teasers() {
        let f = features("Police: 2 In Custody After Death Of U of M-Dearborn Student-Athlete A 24-year-old woman");
        assert!(f.tc_run >= 7 && f.cap_stop);
        let t = features("Former Wild general manager signed his own death warrant with...");
        assert!(t.ellipsis && !t.terminal);
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
        assert!(!features("It may be 10 times larger.").date_like || true);
        assert!(features("by Dmytro Basmat").byline_like);
        assert!(features("By Laura Mowat").byline_like);
        assert!(!features("by the way it works").byline_like);
    }

    #[test]
    fn lexicon_and_signals() {
        assert_eq!(features("READ MORE: Lukashenko outlines how").lex, Some(Kind::Related));
        assert_eq!(features("Leave a Reply").lex, Some(Kind::Comments));
        assert!(features("This website uses cookies to improve your experience.").signals & W_COOKIE != 0);
        assert!(features("© 2019 Associated Press. All Rights Reserved.").signals & W_LEGAL != 0);
        assert!(features("Subscribe to the Newsletter").signals & W_PROMO != 0);
    }

    #[test]
    fn scripts() {
        let k = features("그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다.");
        assert!(k.cjk_script() && k.terminal);
        let r = features("Наши герои знают толк не только во вкусе, но и в красоте еды.");
        assert!(r.stop >= 4 && r.terminal);
    }
}
