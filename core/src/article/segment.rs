//! Segments: the blocks the classifier sees.
//!
//! A segment is a trimmed piece of one *logical* line — a physical line, or
//! several when the text was hard-wrapped ([`super::lines`]) — cut at the
//! break points glue repair finds ([`super::glue`]). Segments carry the
//! layout facts later stages need: whether a blank line came before, and the
//! glue flags.

use super::glue::{self, Flags, Recent};
use super::lines::{self, RawLines};
use super::text::is_space;

/// One block of text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Segment {
    /// First byte (trimmed).
    pub start: u32,
    /// One past the last byte (trimmed). May contain `\n` when the logical
    /// line was hard-wrapped.
    pub end: u32,
    /// A blank line (or the start of the text) precedes this segment.
    pub blank_before: bool,
    /// The segment spans several physical lines.
    pub wrapped: bool,
    /// Glue-repair flags.
    pub glue: Flags,
}

impl Segment {
    /// The segment's text.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
}

/// Whether `hay` may hold a run of six spaces: any six consecutive bytes
/// put at least three into one aligned 8-byte chunk, so a chunk without two
/// adjacent spaces (and a short tail without them) rules the run out. Most
/// lines have no double space at all.
fn maybe_space_run(hay: &[u8]) -> bool {
    use super::swar;
    let mut at = 0;
    while let Some(v) = swar::load(hay, at) {
        let sp = swar::eq(v, b' ');
        if sp & (sp >> 8) != 0 {
            return true;
        }
        at += 8;
    }
    hay.get(at..)
        .is_some_and(|t| t.windows(2).any(|w| w == b"  "))
}

/// Runs of six or more spaces that do not touch a line break, in
/// `line[from..]`: `(start, end)` of the first one and how many there are.
fn gaps(line: &str, from: usize) -> (Option<(usize, usize)>, usize) {
    let Some(hay) = line.as_bytes().get(from..) else {
        return (None, 0);
    };
    if !maybe_space_run(hay) {
        return (None, 0);
    }
    let mut first = None;
    let mut count = 0;
    let mut base = 0;
    while let Some(k) = hay
        .get(base..)
        .and_then(|h| super::text::find_bytes(h, b"      "))
    {
        let at = base + k;
        let mut end = at;
        while hay.get(end) == Some(&b' ') {
            end += 1;
        }
        let before = at.checked_sub(1).and_then(|i| hay.get(i)).copied();
        let after = hay.get(end).copied();
        if before.is_some() && before != Some(b'\n') && after.is_some() && after != Some(b'\n') {
            count += 1;
            first.get_or_insert((from + at, from + end));
        }
        base = end;
    }
    (first, count)
}

/// Where a layout column ends in `line[from..]`: a line with exactly one
/// wide gap (six or more spaces, not at a line break) after at least four
/// words is two columns of a layout table rendered side by side (`w3m`);
/// running text never has such gaps, and data tables have several per row
/// (they stay one row).
fn column_gap(line: &str, from: usize) -> Option<usize> {
    let (first, count) = gaps(line, from);
    let (at, _) = first?;
    if count != 1 {
        return None;
    }
    let left = line.get(from.saturating_sub(1)..at).unwrap_or("");
    // Four words are enough: stop looking after the fourth.
    let four_words = left
        .split(is_space)
        .filter(|w| !w.is_empty())
        .nth(3)
        .is_some();
    four_words.then_some(at)
}

/// Iterator over the segments of a text.
#[derive(Clone, Debug)]
pub struct Segments<'a> {
    text: &'a str,
    lines: RawLines<'a>,
    wrap: Option<usize>,
    glue: bool,
    /// Pending physical line read ahead while joining wrapped lines.
    ahead: Option<lines::RawLine>,
    /// Current logical line: `start..end` and the next position to cut from.
    cur: Option<Cur>,
    blank: bool,
    recent: Recent,
}

#[derive(Clone, Copy, Debug)]
struct Cur {
    start: usize,
    end: usize,
    /// Start of the next segment.
    pos: usize,
    first: bool,
    wrapped: bool,
    /// Standfirst split (absolute offset), headline repeat (offset, len),
    /// layout-column gap (absolute offset).
    standfirst: Option<usize>,
    repeat: Option<(usize, usize)>,
    column: Option<usize>,
    /// Flags for the next segment.
    next_flags: Flags,
}

impl<'a> Segments<'a> {
    /// Segments of `text`; `wrap` is the hard-wrap width (see
    /// [`lines::wrap_width`]); `glue` enables glue repair.
    pub fn new(text: &'a str, wrap: Option<usize>, glue: bool) -> Self {
        Segments {
            text,
            lines: RawLines::new(text, 0),
            wrap,
            glue,
            ahead: None,
            cur: None,
            blank: true,
            recent: Recent::default(),
        }
    }

    fn next_line(&mut self) -> Option<lines::RawLine> {
        self.ahead.take().or_else(|| self.lines.next())
    }

    /// Reads the next logical line into `self.cur`; false at the end.
    fn load(&mut self) -> bool {
        loop {
            let Some(l) = self.next_line() else {
                return false;
            };
            let s = self.text.get(l.start..l.end).unwrap_or("");
            if lines::is_blank(s) {
                self.blank = true;
                continue;
            }
            let mut end = l.end;
            let mut last = s;
            let mut wrapped = false;
            if let Some(w) = self.wrap {
                for n in self.lines.by_ref() {
                    let ns = self.text.get(n.start..n.end).unwrap_or("");
                    if !lines::is_blank(ns) && lines::continues(last, ns, w) {
                        end = n.end;
                        last = ns;
                        wrapped = true;
                    } else {
                        self.ahead = Some(n);
                        break;
                    }
                }
            }
            let raw = self.text.get(l.start..end).unwrap_or("");
            let t = lines::trim(raw);
            let off = t.as_ptr() as usize - self.text.as_ptr() as usize;
            let (start, end) = (off, off + t.len());
            let mut cur = Cur {
                start,
                end,
                pos: start,
                first: true,
                wrapped,
                standfirst: None,
                repeat: None,
                column: column_gap(t, 1).map(|k| start + k),
                next_flags: Flags::default(),
            };
            if self.glue {
                cur.standfirst = glue::standfirst_split(t).map(|k| start + k);
                self.recent.offer(self.text, start, end);
            }
            self.cur = Some(cur);
            return true;
        }
    }
}

impl Iterator for Segments<'_> {
    type Item = Segment;

    fn next(&mut self) -> Option<Segment> {
        loop {
            if self.cur.is_none() && !self.load() {
                return None;
            }
            let mut cur = self.cur?;
            if cur.pos >= cur.end {
                self.cur = None;
                continue;
            }
            let line = self.text.get(cur.start..cur.end).unwrap_or("");
            let rel = cur.pos - cur.start;
            // Candidate cut points after `pos`.
            let mut cut = cur.end;
            let mut flags_here = cur.next_flags;
            let mut flags_next = Flags::GLUED;
            if let Some(k) = cur.column.filter(|&k| k > cur.pos) {
                cut = cut.min(k);
            }
            if self.glue {
                if let Some(k) = glue::next_simple(line, rel, rel + 1) {
                    let at = cur.start + k;
                    if at < cut {
                        cut = at;
                        // A recent headline glued on here (`…claimsLukashenko
                        // may take part…`)?
                        if cur.repeat.is_none()
                            && let Some(n) = self.recent.starts_at(self.text, cur.start, line, k)
                        {
                            cur.repeat = Some((at, n));
                            cur.standfirst = None;
                        }
                    }
                }
                if let Some(sf) = cur.standfirst
                    && sf > cur.pos
                    && sf <= cut
                {
                    cut = sf;
                    flags_here = flags_here.with(Flags::STANDFIRST);
                }
                if let Some((at, len)) = cur.repeat {
                    if at > cur.pos && at <= cut {
                        cut = at;
                        flags_here = flags_here.with(Flags::STANDFIRST);
                        flags_next = flags_next.with(Flags::REPEAT);
                    } else if at == cur.pos && at + len < cut {
                        cut = at + len;
                    }
                }
            }
            let seg_raw = self.text.get(cur.pos..cut).unwrap_or("");
            let t = lines::trim(seg_raw);
            let s = t.as_ptr() as usize - self.text.as_ptr() as usize;
            let seg = Segment {
                start: s as u32,
                end: (s + t.len()) as u32,
                blank_before: cur.first && self.blank,
                wrapped: cur.wrapped && t.contains('\n'),
                glue: flags_here,
            };
            cur.pos = cut;
            while cur.pos < cur.end {
                match self.text.get(cur.pos..).and_then(|r| r.chars().next()) {
                    Some(c) if is_space(c) => cur.pos += c.len_utf8(),
                    _ => break,
                }
            }
            let was_first = cur.first;
            cur.first = false;
            cur.next_flags = flags_next;
            self.cur = Some(cur);
            if was_first {
                self.blank = false;
            }
            if !t.is_empty() {
                return Some(seg);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::vec::Vec;

    fn segs(t: &str) -> Vec<(&str, bool, u8)> {
        Segments::new(t, lines::wrap_width(t), true)
            .map(|s| (s.text(t), s.blank_before, s.glue.0))
            .collect()
    }

    #[test]
    fn blank_lines_and_glue() {
        let t = "Title here\n\nFirst para ends.Second starts here\nThird\n";
        let v = segs(t);
        assert_eq!(
            v.as_slice(),
            &[
                ("Title here", true, 0),
                ("First para ends.", true, 0),
                ("Second starts here", false, 1),
                ("Third", false, 0)
            ]
        );
    }

    #[test]
    fn seed_style_repeat() {
        let t = "Russia & FSU\n\nLukashenko may take part in future peace talks – top Ukrainian official\n\nA group of negotiators also claimsLukashenko may take part in future peace talks – top Ukrainian official\n";
        let v = segs(t);
        let texts: Vec<&str> = v.iter().map(|x| x.0).collect();
        assert_eq!(
            texts.as_slice(),
            &[
                "Russia & FSU",
                "Lukashenko may take part in future peace talks – top Ukrainian official",
                "A group of negotiators also claims",
                "Lukashenko may take part in future peace talks – top Ukrainian official"
            ]
        );
        assert!(v.get(2).is_some_and(|x| x.2 & Flags::STANDFIRST.0 != 0));
        assert!(v.get(3).is_some_and(|x| x.2 & Flags::REPEAT.0 != 0));
    }

    #[test]
    fn layout_columns_split() {
        let t = "Amnesty. More than 100 protesters killed            Home\nA  B\n1     Kyle Busch      5040      5\n";
        let texts: Vec<&str> = segs(t).iter().map(|x| x.0).collect();
        assert_eq!(
            texts.as_slice(),
            &[
                "Amnesty. More than 100 protesters killed",
                "Home",
                "A  B",
                "1     Kyle Busch      5040      5"
            ]
        );
    }

    #[test]
    fn never_empty_and_in_bounds() {
        for t in ["", "\n\n", " \u{A0}\n", "a.B", "x\r\ny", "…"] {
            for s in Segments::new(t, None, true) {
                assert!(s.start < s.end && s.end as usize <= t.len());
            }
        }
    }
}
