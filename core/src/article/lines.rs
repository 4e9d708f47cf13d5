//! Physical lines (memchr on `\n`) and hard-wrap detection.
//!
//! Scrapers and text converters sometimes wrap long paragraphs at a fixed
//! width (`w3m -cols 1024`, 72-column mail). [`wrap_width`] recognises a page
//! whose longest prose lines all end near one width; the segmenter then joins
//! a line with the next one when the next line's first word would not have
//! fitted — the classic reflow rule — so a wrapped paragraph is one block.

use super::text::is_space;

/// One physical line: byte offsets of its content (no `\n`, no `\r`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawLine {
    /// First byte.
    pub start: usize,
    /// One past the last byte of content.
    pub end: usize,
}

/// Iterator over the physical lines of a text.
#[derive(Clone, Debug)]
pub struct RawLines<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> RawLines<'a> {
    /// Lines of `text` starting at byte `pos` (a line start).
    pub fn new(text: &'a str, pos: usize) -> Self {
        RawLines { text, pos }
    }
    /// Byte offset of the next line.
    pub fn pos(&self) -> usize {
        self.pos
    }
}

impl Iterator for RawLines<'_> {
    type Item = RawLine;
    #[inline]
    fn next(&mut self) -> Option<RawLine> {
        let bytes = self.text.as_bytes();
        if self.pos >= bytes.len() {
            return None;
        }
        let start = self.pos;
        let rest = bytes.get(start..)?;
        let (mut end, next) = match memchr::memchr(b'\n', rest) {
            Some(i) => (start + i, start + i + 1),
            None => (bytes.len(), bytes.len()),
        };
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        self.pos = next;
        Some(RawLine { start, end })
    }
}

/// [`super::text::trim`], with runs of ASCII spaces and tabs (w3m pads
/// every line to the page width, indents with spaces) dropped byte by byte
/// first instead of one decoded character at a time.
#[inline]
pub fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let is_pad = |x: &u8| *x == b' ' || *x == b'\t';
    let a = b.iter().position(|x| !is_pad(x)).unwrap_or(b.len());
    let z = b.iter().rposition(|x| !is_pad(x)).map_or(a, |k| k + 1);
    super::text::trim(s.get(a..z.max(a)).unwrap_or(""))
}

/// `s.trim_end_matches(is_space)`, trailing ASCII spaces and tabs dropped
/// byte by byte first.
#[inline]
pub fn trim_end(s: &str) -> &str {
    let b = s.as_bytes();
    let z = b
        .iter()
        .rposition(|x| *x != b' ' && *x != b'\t')
        .map_or(0, |k| k + 1);
    let s = s.get(..z).unwrap_or("");
    match s.as_bytes().last() {
        Some(&x) if x > b' ' && x < 0x80 => s,
        _ => s.trim_end_matches(is_space),
    }
}

/// Whether the line holds nothing but white space.
#[inline]
pub fn is_blank(s: &str) -> bool {
    s.bytes().all(|b| b == b' ' || b == b'\t') || s.chars().all(is_space)
}

/// Display width of a line in characters (right-trimmed; leading indentation
/// counts, as it does for a wrapping converter).
#[inline]
pub fn width(s: &str) -> usize {
    super::text::char_count(trim_end(s))
}

fn has_inner_space(s: &str) -> bool {
    // memchr for both: a long line without ASCII spaces (CJK, a URL) is
    // scanned at SIMD speed, not a character at a time.
    let t = trim(s).as_bytes();
    memchr::memchr(b' ', t).is_some()
        || memchr::memchr_iter(0xA0, t).any(|i| i > 0 && t.get(i - 1) == Some(&0xC2))
}

/// The column at which the text was hard-wrapped, if it was.
///
/// `W` is the widest line that contains a space (ruled lines of `━` do not
/// count). The text counts as wrapped when at least three lines that are
/// followed by more text end within `W/20` columns of `W`, such lines make
/// up at least a third of the lines wider than `W/2`, and at least half of
/// the lines near `W` end mid-sentence; otherwise long lines are merely
/// long paragraphs (one per line, ending on a full stop).
pub fn wrap_width(text: &str) -> Option<usize> {
    let mut max = 0usize;
    // The three longest lines in bytes: a line near the width is at least
    // `max - slack` bytes long (a character is at least a byte), and the
    // test below needs three of them, so most texts (one paragraph per
    // line, of varied lengths) are settled without the second pass.
    let mut top = [0usize; 3];
    for l in RawLines::new(text, 0) {
        let s = text.get(l.start..l.end).unwrap_or("");
        top = match top {
            [a, b, _] if s.len() > a => [s.len(), a, b],
            [a, b, _] if s.len() > b => [a, s.len(), b],
            [a, b, c] => [a, b, c.max(s.len())],
        };
        if s.len() >= max && s.len() >= 40 {
            let w = width(s);
            if w > max && has_inner_space(s) {
                max = w;
            }
        }
    }
    if max < 40 {
        return None;
    }
    let slack = (max / 20).max(2);
    let [_, _, third] = top;
    if third + slack < max {
        return None;
    }
    let (mut near, mut long, mut mid) = (0usize, 0usize, 0usize);
    let mut prev_near = false;
    for l in RawLines::new(text, 0) {
        let s = text.get(l.start..l.end).unwrap_or("");
        // Most lines are short and follow a line that was not near the
        // width: nothing to look at (not even whether they are blank).
        if !prev_near && s.len() < max / 2 {
            continue;
        }
        let blank = is_blank(s);
        if prev_near && !blank {
            near += 1;
        }
        prev_near = false;
        if s.len() < max / 2 || blank {
            continue;
        }
        let w = width(s);
        if w * 2 >= max {
            long += 1;
            if w + slack >= max && has_inner_space(s) {
                prev_near = true;
                if !ends_sentence(s) {
                    mid += 1;
                }
            }
        }
    }
    (near >= 3 && near * 3 >= long && mid * 2 >= near).then_some(max)
}

/// Whether a line ends a sentence (`.`, `!`, `?`, `…`, maybe inside a
/// closing quote or bracket): a wrapping converter breaks lines anywhere,
/// so most of its full lines end mid-sentence; long paragraphs that merely
/// have similar lengths end on a full stop.
fn ends_sentence(s: &str) -> bool {
    let t = trim_end(s).trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', '。'])
}

/// Whether `next` continues the wrapped line `prev` at wrap width `w`: the
/// first word of `next` would not have fitted after `prev`.
pub fn continues(prev: &str, next: &str, w: usize) -> bool {
    let next_t = trim(next);
    let Some(first) = next_t.chars().next() else {
        return false;
    };
    if matches!(first, '•' | '*' | '-' | '–' | '—' | '·' | '□' | '[' | '|') {
        return false;
    }
    if !has_inner_space(prev) {
        return false;
    }
    // First word: up to the first white space (ASCII checked bytewise).
    let word = match next_t.bytes().position(|b| {
        b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' || b == 0x0B || b == 0x0C || b >= 0x80
    }) {
        Some(k) if next_t.as_bytes().get(k).is_some_and(|&b| b < 0x80) => {
            next_t.get(..k).unwrap_or("")
        }
        _ => next_t.split(is_space).next().unwrap_or(""),
    };
    width(prev) + 1 + super::text::char_count(word) > w
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    #[test]
    fn lines_and_crlf() {
        let t = "a\r\n\nbc\n";
        let v: heapless::Vec<RawLine, 8> = RawLines::new(t, 0).collect();
        assert_eq!(
            v.as_slice(),
            &[
                RawLine { start: 0, end: 1 },
                RawLine { start: 3, end: 3 },
                RawLine { start: 4, end: 6 }
            ]
        );
    }

    #[test]
    fn byte_trims_match_char_trims() {
        for t in [
            "",
            " ",
            "  a  ",
            "\ta b\t ",
            "\u{A0} a \u{3000}",
            " \u{2009}x\u{A0} ",
            "x",
            "  \u{FEFF}",
            "a\n",
            " \r\n ",
            "é ",
        ] {
            assert_eq!(trim(t), t.trim_matches(is_space), "{t:?}");
            assert_eq!(trim_end(t), t.trim_end_matches(is_space), "{t:?}");
        }
    }

    #[test]
    fn inner_space_ascii_or_nbsp() {
        assert!(has_inner_space(" a b "));
        assert!(has_inner_space("a\u{A0}b"));
        assert!(!has_inner_space(" ab "));
        assert!(!has_inner_space("\u{A0}ab\u{A0}"));
        // U+0420 `Р` is D0 A0: an A0 byte that is not NBSP.
        assert!(!has_inner_space("РРР"));
        assert!(!has_inner_space("中文字符"));
    }

    #[test]
    fn first_word_of_continuation() {
        // The next line's first word decides; white space of any kind ends it.
        let prev = "aaaa bbbb cccc dddd";
        for (next, fits) in [
            ("eee rest", true),
            ("eeee rest", false),
            ("ee\u{A0}rest", true),
            ("eé\u{A0}rest", true),
            ("eéé\u{2009}rest", true),
            ("eééé\u{2009}rest", false),
            ("ee\u{85}rest", true),
            ("ee\trest", true),
            ("eeee", false),
        ] {
            assert_eq!(!continues(prev, next, 23), fits, "{next}");
        }
    }

    #[test]
    fn detects_wrapping() {
        let para = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do\n\
                    eiusmod tempor incididunt ut labore et dolore magna aliqua ut\n\
                    enim ad minim veniam quis nostrud exercitation ullamco labor\n\
                    nisi ut aliquip ex ea commodo consequat duis aute irure dolor\n\
                    in reprehenderit.\n";
        assert_eq!(wrap_width(para), Some(61));
        assert!(continues(
            "lorem ipsum dolor sit amet consectetur adipiscing elit sed do",
            "eiusmod tempor",
            61
        ));
        assert!(!continues("short line", "next", 61));
        let plain = "One paragraph here that is long enough to count.\n\nAnother one.\n";
        assert_eq!(wrap_width(plain), None);
    }

    #[test]
    fn long_one_line_paragraphs_of_similar_length_are_not_wrapping() {
        // Three paragraphs a line each, within a few columns of each other
        // and each ending on a full stop: not a wrapping converter's lines.
        let page = "The first paragraph of the article runs on for quite a while and ends here.\n\
                    The second paragraph of the article also runs on a while and ends right here.\n\
                    A third paragraph, much like the others, runs on for a while and ends there.\n\
                    Short closing line.\n";
        assert_eq!(wrap_width(page), None);
    }

    /// The early exit (fewer than three lines long enough to be near the
    /// width) agrees with the full test at its edge: three wrapped lines
    /// are wrapping, two are not, and a third line one byte too short to
    /// be near the width is not either.
    #[test]
    fn three_lines_near_the_width_are_needed() {
        let full = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do";
        assert_eq!(full.len(), 61);
        let near = &full[..58]; // 61 - slack 3
        let short = &full[..57];
        let text = |third: &str| std::format!("{full}\n{full}\n{third}\nend of it\n");
        assert_eq!(wrap_width(&text(full)), Some(61));
        assert_eq!(wrap_width(&text(near)), Some(61));
        assert_eq!(wrap_width(&text(short)), None);
        assert_eq!(
            wrap_width(&std::format!("{full}\n{full}\nend of it\n")),
            None
        );
    }
}
