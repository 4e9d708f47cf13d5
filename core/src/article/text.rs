//! Character classes and small string helpers shared by the article stages.
//!
//! Scraped text is full of "odd" spaces (NBSP from `&nbsp;`, thin and
//! zero-width spaces, the BOM, ideographic space): every comparison in the
//! article parser treats them as ordinary white space, folded to one space.

use crate::Span;

/// White space for the article parser: Unicode White_Space plus the
/// zero-width characters scrapers leave behind (ZWSP, BOM, word joiner).
#[inline]
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\u{0B}'
            | '\u{0C}'
            | '\u{85}'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'
            ..='\u{200B}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{2060}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// First occurrence of `needle` in `hay` without building a searcher
/// (memchr on the first byte, then a compare): for short, one-off
/// searches (glue repair, credits, header separators).
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut base = 0;
    while let Some(k) = hay.get(base..).and_then(|h| memchr::memchr(first, h)) {
        let at = base + k;
        let cand = hay.get(at + 1..at + 1 + rest.len())?;
        if cand == rest {
            return Some(at);
        }
        base = at + 1;
    }
    None
}

/// Start of the last occurrence of `needle` in `hay` (`None` for an empty
/// needle): [`find_bytes`] from the end.
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut end = hay.len();
    while let Some(at) = hay.get(..end).and_then(|h| memchr::memrchr(first, h)) {
        if hay.get(at + 1..at + 1 + rest.len()) == Some(rest) {
            return Some(at);
        }
        end = at;
    }
    None
}

/// `s.find(needle)` for a non-empty `needle` (`None` for an empty one),
/// without libcore's two-way string searcher, whose bounds checks survive
/// in release builds as panic paths (README, "Panic-freedom"). A byte match
/// of valid UTF-8 in valid UTF-8 starts on a char boundary, so the index is
/// the one `str::find` gives.
#[inline]
pub fn find_str(s: &str, needle: &str) -> Option<usize> {
    find_bytes(s.as_bytes(), needle.as_bytes())
}

/// `s.rfind(sep)` for an ASCII `sep`: [`rfind_bytes`] with a
/// one-byte needle (libcore's `memrchr` keeps panic paths in release
/// builds; README, "Panic-freedom").
#[inline]
pub fn rfind_ascii(s: &str, sep: u8) -> Option<usize> {
    rfind_bytes(s.as_bytes(), &[sep])
}

/// `s.split(sep)` for an ASCII `sep`, over `memchr`: the same pieces, from
/// either end, without the panic paths of libcore's `Split` (README,
/// "Panic-freedom"). Cutting at an ASCII byte always lands on a char
/// boundary.
#[inline]
pub fn split_ascii(s: &str, sep: u8) -> SplitAscii<'_> {
    SplitAscii { rest: Some(s), sep }
}

/// Iterator of [`split_ascii`].
#[derive(Clone, Debug)]
pub struct SplitAscii<'a> {
    /// What is not yielded yet; `None` once the last piece is out.
    rest: Option<&'a str>,
    sep: u8,
}

impl<'a> Iterator for SplitAscii<'a> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let r = self.rest?;
        match memchr::memchr(self.sep, r.as_bytes()) {
            Some(i) => {
                self.rest = r.get(i + 1..);
                r.get(..i)
            }
            None => self.rest.take(),
        }
    }
}

impl DoubleEndedIterator for SplitAscii<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        let r = self.rest?;
        match memchr::memrchr(self.sep, r.as_bytes()) {
            Some(i) => {
                self.rest = r.get(..i);
                r.get(i + 1..)
            }
            None => self.rest.take(),
        }
    }
}

/// `s` without leading and trailing [`is_space`] characters.
#[inline]
pub fn trim(s: &str) -> &str {
    // Most blocks start and end with a visible ASCII character: nothing to
    // trim, no character decoding.
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    let b = s.as_bytes();
    if visible(b.first()) && visible(b.last()) {
        return s;
    }
    s.trim_matches(is_space)
}

/// Sentence-final punctuation: Latin, CJK and full-width forms, the
/// Devanagari danda (`।`, `॥`, Hindi, Marathi, Nepali), the Arabic question
/// mark and the Urdu full stop (`؟`, `۔`).
#[inline]
pub fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '。' | '！' | '？' | '．' | '।' | '॥' | '؟' | '۔'
    )
}

/// Closing quotes and brackets that may follow a sentence terminator.
#[inline]
pub fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '」' | '』' | '）'
    )
}

/// Han, kana and full-width forms: scripts written without spaces.
#[inline]
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Hangul syllables and jamo.
#[inline]
pub fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3130..=0x318F)
}

/// A "word character" in the sense of regex `\w`: letters, digits, `_`.
#[inline]
pub fn is_word_char(c: char) -> bool {
    // Fast answers for the blocks scraped news is made of (Latin letters,
    // Cyrillic, punctuation and quotes, Hangul, CJK); the Unicode tables
    // for the rest.
    match c as u32 {
        0..0x80 => c.is_ascii_alphanumeric() || c == '_',
        0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F => true,
        0x400..=0x481 | 0x48A..=0x52F => true,
        0x2000..=0x206F => false,
        0xAC00..=0xD7A3 | 0x4E00..=0x9FFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_alphanumeric` with the fast answers of [`is_word_char`] (the
/// same value for every character; `_` is a word character but not
/// alphanumeric).
#[inline]
pub fn is_alnum(c: char) -> bool {
    c != '_' && is_word_char(c)
}

/// `char::is_alphabetic` with fast answers for ASCII, Latin-1/Latin
/// Extended letters, Cyrillic, general punctuation, Hangul syllables and
/// CJK ideographs (none of those blocks holds a digit); the Unicode tables
/// for the rest (exhaustively tested against `char`).
#[inline]
pub fn is_alpha(c: char) -> bool {
    match c as u32 {
        0..0x80 => c.is_ascii_alphabetic(),
        0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F => true,
        0x400..=0x481 | 0x48A..=0x52F => true,
        0x2000..=0x206F => false,
        0xAC00..=0xD7A3 | 0x4E00..=0x9FFF => true,
        _ => c.is_alphabetic(),
    }
}

/// Lower-cases one character for comparisons (first char of the mapping:
/// good enough for matching lexicon phrases, never allocates).
#[inline]
pub fn lower(c: char) -> char {
    // Direct offsets for Latin-1 and basic Cyrillic capitals, no change for
    // their small letters, Hangul and CJK; the Unicode tables otherwise.
    let offset = match c as u32 {
        0..0x80 => return c.to_ascii_lowercase(),
        0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => 0x20,
        0x400..=0x40F => 0x50,
        0xDF..=0xFF | 0x430..=0x45F | 0xAC00..=0xD7A3 | 0x4E00..=0x9FFF => return c,
        _ => return c.to_lowercase().next().unwrap_or(c),
    };
    char::from_u32(c as u32 + offset).unwrap_or(c)
}

/// Characters of `s` lower-cased, with every run of white space folded to
/// one `' '` and leading/trailing white space dropped.
#[derive(Clone, Debug)]
pub struct Folded<'a> {
    chars: core::str::Chars<'a>,
    held: Option<char>,
    started: bool,
}

impl<'a> Folded<'a> {
    /// Folds `s`.
    pub fn new(s: &'a str) -> Self {
        Folded {
            chars: s.chars(),
            held: None,
            started: false,
        }
    }
}

impl Iterator for Folded<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.held.take() {
            return Some(c);
        }
        let mut saw_space = false;
        loop {
            let c = self.chars.next()?;
            if is_space(c) {
                saw_space = true;
                continue;
            }
            let c = lower(c);
            if saw_space && self.started {
                self.held = Some(c);
                return Some(' ');
            }
            self.started = true;
            return Some(c);
        }
    }
}

/// Whether `a` and `b` are equal after [`Folded`] (case and white space).
pub fn eq_folded(a: &str, b: &str) -> bool {
    Folded::new(a).eq(Folded::new(b))
}

/// If `hay` starts with `needle` (after folding), the number of bytes of
/// `hay` the match covers; the match must end at a word boundary of `hay`.
pub fn strip_prefix_folded(hay: &str, needle: &str) -> Option<usize> {
    match prefix_folded_ascii(hay.as_bytes(), needle.as_bytes()) {
        Some(decided) => decided,
        None => prefix_folded_chars(hay, needle),
    }
}

/// [`strip_prefix_folded`] on bytes while both sides are ASCII (the
/// common case; it runs for every segment against the page's names):
/// `Some(answer)`, or `None` as soon as a non-ASCII byte could matter
/// (a Unicode space, a character that lower-cases to ASCII), where the
/// character path decides. The unit tests check both paths agree.
fn prefix_folded_ascii(h: &[u8], n: &[u8]) -> Option<Option<usize>> {
    let mut j = skip_ascii_spaces(n, 0)?;
    if j == n.len() {
        return Some(None);
    }
    let mut i = skip_ascii_spaces(h, 0)?;
    let mut end = 0usize;
    while let Some(&nb) = n.get(j) {
        if nb >= 0x80 {
            return None;
        }
        if ascii_space(nb) {
            // A run of needle spaces: trailing ones end the needle; inner
            // ones need at least one space in `h`.
            j = skip_ascii_spaces(n, j)?;
            if j == n.len() {
                break;
            }
            match h.get(i) {
                Some(&b) if b >= 0x80 => return None,
                Some(&b) if ascii_space(b) => {}
                _ => return Some(None),
            }
            i = skip_ascii_spaces(h, i)?;
            continue;
        }
        match h.get(i) {
            None => return Some(None),
            Some(&hb) if hb >= 0x80 => return None,
            Some(&hb) if !hb.eq_ignore_ascii_case(&nb) => return Some(None),
            Some(_) => {}
        }
        i += 1;
        j += 1;
        end = i;
    }
    match h.get(end) {
        None => Some(Some(end)),
        Some(&b) if b >= 0x80 => None,
        Some(&b) if b.is_ascii_alphanumeric() || b == b'_' => Some(None),
        Some(_) => Some(Some(end)),
    }
}

/// The ASCII white space of [`is_space`].
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// The index after the ASCII spaces of `b` from `i`; `None` at a non-ASCII
/// byte (it may be a Unicode space: the character path decides).
fn skip_ascii_spaces(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(&c) = b.get(i) {
        if c >= 0x80 {
            return None;
        }
        if !ascii_space(c) {
            break;
        }
        i += 1;
    }
    Some(i)
}

/// [`strip_prefix_folded`] character by character (any script).
fn prefix_folded_chars(hay: &str, needle: &str) -> Option<usize> {
    let mut n = Folded::new(needle).peekable();
    n.peek()?;
    let mut it = hay.char_indices().peekable();
    // Skip leading space of `hay`.
    while let Some(&(_, c)) = it.peek() {
        if is_space(c) {
            it.next();
        } else {
            break;
        }
    }
    let mut end = 0usize;
    for want in n {
        if want == ' ' {
            // Needle space: hay must have at least one space here.
            let mut any = false;
            while let Some(&(_, c)) = it.peek() {
                if is_space(c) {
                    any = true;
                    it.next();
                } else {
                    break;
                }
            }
            if !any {
                return None;
            }
            continue;
        }
        let (i, c) = it.next()?;
        if lower(c) != want {
            return None;
        }
        end = i + c.len_utf8();
    }
    match it.peek() {
        Some(&(_, c)) if is_word_char(c) => None,
        _ => Some(end),
    }
}

/// The byte span of `sub` inside `text` when `sub` is a sub-slice of it.
pub fn span_in(text: &str, sub: &str) -> Option<Span> {
    let base = text.as_ptr() as usize;
    let p = sub.as_ptr() as usize;
    let start = p.checked_sub(base)?;
    let end = start.checked_add(sub.len())?;
    if end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end) {
        Some(Span { start, end })
    } else {
        None
    }
}

/// Number of `char`s in `s` (counts UTF-8 lead bytes).
#[inline]
pub fn char_count(s: &str) -> usize {
    // Bytes that are not UTF-8 continuation bytes, eight at a time.
    use super::swar::{BLOCK, LaneCount, high_range, load_padded};
    let b = s.as_bytes();
    let mut cont = 0usize;
    for block in b.chunks(BLOCK) {
        let mut c = LaneCount::default();
        for at in (0..block.len()).step_by(8) {
            let (v, valid) = load_padded(block, at);
            c.add(high_range(v, 0x80, 0xBF) & valid);
        }
        cont += c.sum() as usize;
    }
    b.len() - cont.min(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_and_rfind_bytes_are_str_find_and_rfind() {
        let hays = [
            "",
            " - ",
            "a - b - c",
            "--- -",
            " -  - ",
            "é – ü – x",
            " | a | b |",
            "aaaa",
            "ab ab ab",
        ];
        let needles = [" - ", " – ", " | ", "a", "aa", "ab ab", "-", "x", "é"];
        for h in hays {
            for n in needles {
                assert_eq!(
                    find_bytes(h.as_bytes(), n.as_bytes()),
                    h.find(n),
                    "{h:?} {n:?}"
                );
                assert_eq!(
                    rfind_bytes(h.as_bytes(), n.as_bytes()),
                    h.rfind(n),
                    "{h:?} {n:?}"
                );
            }
            assert_eq!(rfind_bytes(h.as_bytes(), b""), None);
        }
    }

    #[test]
    fn ascii_split_and_find_are_libcore_s() {
        extern crate std;
        use std::vec::Vec;
        let hays = [
            "",
            ".",
            "..",
            "a",
            "a.",
            ".a",
            "a.b",
            "a..b",
            "é.ü",
            "a.b.c.",
            "x\ny\n",
            "\n\n",
            "www.bbc.co.uk",
            "Reuters/AFP",
            "( a ) [b]",
        ];
        for h in hays {
            for sep in [b'.', b'\n', b'/', b'(', b' ', b'['] {
                let c = char::from(sep);
                let ours: Vec<&str> = split_ascii(h, sep).collect();
                let theirs: Vec<&str> = h.split(c).collect();
                assert_eq!(ours, theirs, "{h:?} {c:?}");
                let ours: Vec<&str> = split_ascii(h, sep).rev().collect();
                let theirs: Vec<&str> = h.split(c).rev().collect();
                assert_eq!(ours, theirs, "{h:?} {c:?} rev");
                // Alternating ends.
                let (mut a, mut b) = (split_ascii(h, sep), h.split(c));
                for k in 0..6 {
                    if k % 2 == 0 {
                        assert_eq!(a.next(), b.next(), "{h:?} {c:?} {k}");
                    } else {
                        assert_eq!(a.next_back(), b.next_back(), "{h:?} {c:?} {k}");
                    }
                }
                assert_eq!(rfind_ascii(h, sep), h.rfind(c), "{h:?} {c:?}");
            }
            for n in ["(@", " by ", "기자", "a", ".b"] {
                assert_eq!(find_str(h, n), h.find(n), "{h:?} {n:?}");
            }
        }
    }

    #[test]
    fn word_char_fast_paths_agree_with_unicode() {
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            let want = if c.is_ascii() {
                c.is_ascii_alphanumeric() || c == '_'
            } else {
                c.is_alphanumeric()
            };
            assert_eq!(is_word_char(c), want, "{:#x}", c as u32);
        }
    }

    #[test]
    fn alpha_and_alnum_fast_paths_agree_with_unicode() {
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{:#x}", c as u32);
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{:#x}", c as u32);
        }
    }

    #[test]
    fn lower_fast_paths_agree_with_unicode() {
        for c in (0u32..0x1_0000).filter_map(char::from_u32) {
            assert_eq!(
                lower(c),
                c.to_lowercase().next().unwrap_or(c),
                "{:#x}",
                c as u32
            );
        }
    }

    #[test]
    fn trim_fast_path_agrees() {
        for t in [
            "",
            " ",
            "a",
            " a ",
            "a\r",
            "\u{a0}x\u{a0}",
            "x\u{3000}",
            "ab cd",
            "\u{feff}T",
            "é",
        ] {
            assert_eq!(trim(t), t.trim_matches(is_space), "{t:?}");
        }
    }

    #[test]
    fn char_count_is_chars() {
        let long = "é a 한국 ".repeat(300);
        for t in [
            "",
            "a",
            "é",
            "ascii only text",
            "Ünïcödé — “x” 한국어 中文",
            long.as_str(),
        ] {
            assert_eq!(char_count(t), t.chars().count());
        }
    }

    #[test]
    fn folding() {
        assert!(eq_folded("  Hello\u{A0}\u{A0}World ", "hello world"));
        assert!(!eq_folded("Hello World", "HelloWorld"));
        assert_eq!(
            strip_prefix_folded("Title  Here | Site", "title here"),
            Some(11)
        );
        assert_eq!(strip_prefix_folded("Title Hereby", "title here"), None);
        assert_eq!(strip_prefix_folded("x", ""), None);
    }

    #[test]
    fn folded_prefix_ascii_path_agrees_with_chars() {
        let parts = [
            "", " ", "  ", "\t", "\u{a0}", "a", "A", "b", "ab", "Ab ", "_", "1", ".", "é", "É",
            "\u{212a}", "k", "K", "x y", "x  y", " x",
        ];
        for h1 in parts {
            for h2 in parts {
                for n1 in parts {
                    for n2 in parts {
                        let hay = [h1, h2].concat();
                        let needle = [n1, n2].concat();
                        if let Some(fast) = prefix_folded_ascii(hay.as_bytes(), needle.as_bytes()) {
                            assert_eq!(
                                fast,
                                prefix_folded_chars(&hay, &needle),
                                "{hay:?} {needle:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn spans() {
        let t = "abc def";
        let s = t.get(4..).unwrap_or("");
        assert_eq!(span_in(t, s), Some(Span { start: 4, end: 7 }));
        assert_eq!(span_in(t, "zzz"), None);
        assert_eq!(char_count("añ한"), 3);
    }
}
