//! The article record: borrowed slices of the input, in fixed-capacity
//! storage.
//!
//! Body paragraphs are ranges into one pool of line spans (a hard-wrapped
//! paragraph has several lines, joined by one space on output), so the
//! record holds no per-paragraph vectors. Spans are `u32` byte offsets: the
//! record of a 16 KiB page fits in a couple of KiB when the capacities are
//! sized down (see [`Article`]'s const parameters).

use super::Error;
use crate::grammar::date::DateTime;
use crate::lexicon::boilerplate::Kind;
use heapless::Vec;

/// A `u32` byte span into the article text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span32 {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span32 {
    /// The span's text in `text` (empty if out of bounds).
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
    /// From a [`crate::Span`].
    #[inline]
    pub fn from_span(s: crate::Span) -> Span32 {
        Span32 {
            start: u32::try_from(s.start).unwrap_or(u32::MAX),
            end: u32::try_from(s.end).unwrap_or(u32::MAX),
        }
    }
}

/// Which capacity ran out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capacity {
    /// Body paragraphs (`PARAS`).
    Paragraphs,
    /// Line spans of body paragraphs (`LINES`).
    Lines,
    /// Boilerplate blocks (`BOILER`).
    Boilerplate,
    /// Captions (`CAPTIONS`).
    Captions,
    /// Authors (`AUTHORS`).
    Authors,
}

impl Capacity {
    /// Name of the capacity.
    pub const fn as_str(self) -> &'static str {
        match self {
            Capacity::Paragraphs => "paragraphs",
            Capacity::Lines => "lines",
            Capacity::Boilerplate => "boilerplate",
            Capacity::Captions => "captions",
            Capacity::Authors => "authors",
        }
    }
}

/// Counts reported in the record's `stats`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Input bytes.
    pub bytes: usize,
    /// Body paragraphs.
    pub paragraphs: usize,
    /// Sentences in the body (one cheap pass, see [`super::stats`]; close
    /// to [`crate::sentence`]'s count on prose).
    pub sentences: usize,
    /// Words and numbers in the body (white-space chunks with a letter or
    /// digit, see [`super::stats`]; close to [`crate::token`]'s count).
    pub words: usize,
}

/// A warning about the parse (static text).
pub type Warning = &'static str;

/// One parsed article. Every string is a slice of the input text.
///
/// Capacities: `PARAS` body paragraphs, `LINES` body line spans (≥ one per
/// paragraph), `BOILER` boilerplate blocks (runs of one kind are merged; page
/// chrome far from the article is one block), `CAPTIONS` captions, `AUTHORS`
/// authors. Defaults 512 / 1024 / 256 / 64 / 8 (≈ 14 KiB on a 64-bit host):
/// the largest development page needs 173 / 186 / 76 / 18 / 3. Firmware sizes
/// them down with [`super::parse_into`], e.g. `Article<'a, 48, 64, 32, 4, 4>`
/// (≈ 1.4 KiB on a 64-bit host, less on a 32-bit target).
#[derive(Clone, Debug)]
pub struct Article<
    'a,
    const PARAS: usize = 512,
    const LINES: usize = 1024,
    const BOILER: usize = 256,
    const CAPTIONS: usize = 64,
    const AUTHORS: usize = 8,
> {
    pub(crate) text: &'a str,
    pub(crate) title: Option<Span32>,
    pub(crate) subtitle: Option<Span32>,
    pub(crate) section: Option<Span32>,
    pub(crate) published: Option<DateTime>,
    pub(crate) outlet: Option<Span32>,
    pub(crate) authors: Vec<Span32, AUTHORS>,
    pub(crate) captions: Vec<Span32, CAPTIONS>,
    pub(crate) lines: Vec<Span32, LINES>,
    /// Paragraph `i` is `lines[paras[i].0 .. paras[i].1]`.
    pub(crate) paras: Vec<(u16, u16), PARAS>,
    pub(crate) boiler: Vec<(Kind, Span32), BOILER>,
    pub(crate) stats: Stats,
    pub(crate) warnings: Vec<Warning, 4>,
    pub(crate) id: u64,
}

impl<'a, const P: usize, const L: usize, const B: usize, const C: usize, const A: usize>
    Article<'a, P, L, B, C, A>
{
    /// An empty record over `text`.
    pub fn empty(text: &'a str) -> Self {
        Article {
            text,
            title: None,
            subtitle: None,
            section: None,
            published: None,
            outlet: None,
            authors: Vec::new(),
            captions: Vec::new(),
            lines: Vec::new(),
            paras: Vec::new(),
            boiler: Vec::new(),
            stats: Stats {
                bytes: text.len(),
                ..Stats::default()
            },
            warnings: Vec::new(),
            id: super::id::EMPTY,
        }
    }

    /// Makes `self` an empty record over `text`, in place: the same value
    /// as [`Article::empty`] without building one and moving it (the
    /// record is 2 KiB at the firmware's capacities and 14 KiB at the
    /// defaults; a move would put a second copy on the stack and copy it).
    pub fn reset(&mut self, text: &'a str) {
        // Every field by name (no `..`): a new field does not compile until
        // it is reset here too (the test below compares with `empty`).
        let Article {
            text: t,
            title,
            subtitle,
            section,
            published,
            outlet,
            authors,
            captions,
            lines,
            paras,
            boiler,
            stats,
            warnings,
            id,
        } = self;
        *t = text;
        *title = None;
        *subtitle = None;
        *section = None;
        *published = None;
        *outlet = None;
        authors.clear();
        captions.clear();
        lines.clear();
        paras.clear();
        boiler.clear();
        *stats = Stats {
            bytes: text.len(),
            ..Stats::default()
        };
        warnings.clear();
        *id = super::id::EMPTY;
    }

    /// The input text.
    pub fn text(&self) -> &'a str {
        self.text
    }
    /// Headline.
    pub fn title(&self) -> Option<&'a str> {
        self.title.map(|s| s.text(self.text))
    }
    /// Standfirst / subtitle.
    pub fn subtitle(&self) -> Option<&'a str> {
        self.subtitle.map(|s| s.text(self.text))
    }
    /// Section (kicker) above the headline.
    pub fn section(&self) -> Option<&'a str> {
        self.section.map(|s| s.text(self.text))
    }
    /// Publication date (and time, when the page gives one).
    pub fn published(&self) -> Option<DateTime> {
        self.published
    }
    /// Outlet (news agency or publication) the text credits.
    pub fn outlet(&self) -> Option<&'a str> {
        self.outlet.map(|s| s.text(self.text))
    }
    /// Authors.
    pub fn authors(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.authors.iter().map(|s| s.text(self.text))
    }
    /// Captions and photo credits.
    pub fn captions(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.captions.iter().map(|s| s.text(self.text))
    }
    /// Body paragraphs.
    pub fn body(&self) -> impl Iterator<Item = Paragraph<'a, '_>> + '_ {
        self.paras.iter().map(|&(a, b)| Paragraph {
            text: self.text,
            lines: self
                .lines
                .get(usize::from(a)..usize::from(b))
                .unwrap_or(&[]),
        })
    }
    /// Number of body paragraphs.
    pub fn paragraph_count(&self) -> usize {
        self.paras.len()
    }
    /// Boilerplate blocks: kind and text (a block may span several lines).
    pub fn boilerplate(&self) -> impl Iterator<Item = (Kind, &'a str)> + '_ {
        self.boiler.iter().map(|&(k, s)| (k, s.text(self.text)))
    }
    /// Counts.
    pub fn stats(&self) -> Stats {
        self.stats
    }
    /// Warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.warnings.iter().copied()
    }
    /// 64-bit hash of the normalised body (see [`super::id`]).
    pub fn id(&self) -> u64 {
        self.id
    }

    // ---- builders -------------------------------------------------------

    pub(crate) fn push_paragraph(&mut self, lines: &[Span32], offset: usize) -> Result<(), Error> {
        let a = self.lines.len();
        for &l in lines {
            self.lines.push(l).map_err(|_| Error::Capacity {
                which: Capacity::Lines,
                limit: L,
                offset,
            })?;
        }
        let b = self.lines.len();
        let (Ok(a16), Ok(b16)) = (u16::try_from(a), u16::try_from(b)) else {
            return Err(Error::Capacity {
                which: Capacity::Lines,
                limit: L,
                offset,
            });
        };
        self.paras.push((a16, b16)).map_err(|_| Error::Capacity {
            which: Capacity::Paragraphs,
            limit: P,
            offset,
        })
    }

    /// Adds a boilerplate block in document order, merging it with a
    /// neighbour of the same kind when only white space separates them.
    pub(crate) fn push_boiler(&mut self, kind: Kind, span: Span32) -> Result<(), Error> {
        let text = self.text;
        let gap_is_space = |a: u32, b: u32| {
            a <= b
                && text
                    .get(a as usize..b as usize)
                    .is_some_and(|g| g.chars().all(super::text::is_space))
        };
        // Position: after every block that starts before `span`.
        let pos = match self.boiler.last() {
            Some((_, l)) if l.start <= span.start => self.boiler.len(),
            _ => self.boiler.partition_point(|(_, s)| s.start <= span.start),
        };
        if let Some((k, prev)) = pos.checked_sub(1).and_then(|i| self.boiler.get_mut(i))
            && *k == kind
            && gap_is_space(prev.end, span.start)
        {
            prev.end = prev.end.max(span.end);
            return Ok(());
        }
        if let Some((k, next)) = self.boiler.get_mut(pos)
            && *k == kind
            && gap_is_space(span.end, next.start)
        {
            next.start = span.start;
            return Ok(());
        }
        self.boiler
            .insert(pos, (kind, span))
            .map_err(|_| Error::Capacity {
                which: Capacity::Boilerplate,
                limit: B,
                offset: span.start as usize,
            })
    }

    pub(crate) fn push_caption(&mut self, span: Span32) -> Result<(), Error> {
        self.captions.push(span).map_err(|_| Error::Capacity {
            which: Capacity::Captions,
            limit: C,
            offset: span.start as usize,
        })
    }

    pub(crate) fn push_author(&mut self, span: Span32) -> Result<(), Error> {
        // An editorial desk (`News Desk`, `Haber Merkezi`) is no author.
        if crate::grammar::is_desk(span.text(self.text)) {
            return Ok(());
        }
        if self
            .authors
            .iter()
            .any(|a| super::text::eq_folded(a.text(self.text), span.text(self.text)))
        {
            return Ok(());
        }
        self.authors.push(span).map_err(|_| Error::Capacity {
            which: Capacity::Authors,
            limit: A,
            offset: span.start as usize,
        })
    }

    pub(crate) fn warn(&mut self, w: Warning) {
        if !self.warnings.contains(&w) {
            let _ = self.warnings.push(w);
        }
    }

    /// Trims the end of the last body line to `end` (a trailing outlet
    /// credit moved out of the body).
    pub(crate) fn trim_last_line(&mut self, end: u32) {
        if let Some(l) = self.lines.last_mut()
            && end > l.start
            && end <= l.end
        {
            let t = super::text::trim(
                l.text(self.text)
                    .get(..(end - l.start) as usize)
                    .unwrap_or(""),
            );
            l.end = l.start + t.len() as u32;
        }
    }

    /// The last body line's span.
    pub(crate) fn last_line(&self) -> Option<Span32> {
        self.lines.last().copied()
    }

    /// The first body line's span.
    pub(crate) fn first_line(&self) -> Option<Span32> {
        self.lines.first().copied()
    }
}

/// A body paragraph: one or more line slices, joined by one space.
#[derive(Clone, Copy, Debug)]
pub struct Paragraph<'a, 'r> {
    text: &'a str,
    lines: &'r [Span32],
}

impl<'a> Paragraph<'a, '_> {
    /// The line slices.
    pub fn lines(&self) -> impl Iterator<Item = &'a str> + '_ {
        let text = self.text;
        self.lines.iter().map(move |s| s.text(text))
    }
    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.lines.len()
    }
    /// Byte span from the first line's start to the last line's end.
    pub fn span(&self) -> Option<crate::Span> {
        let a = self.lines.first()?;
        let b = self.lines.last()?;
        Some(crate::Span {
            start: a.start as usize,
            end: b.end as usize,
        })
    }
}

impl core::fmt::Display for Paragraph<'_, '_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        for (i, l) in self.lines().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(l)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use std::format;

    /// `reset` gives exactly what `empty` builds, after a parse filled
    /// every list and field.
    #[test]
    fn reset_is_empty() {
        let page = "Title of the story here today\n\nBy Ann Lee\n\nOct. 19, 2025\n\n\
            The first paragraph of the story says what happened, and it is long enough.\n\n\
            The second paragraph adds a quote, said a spokesman on Monday afternoon.\n\n\
            Photo: Jane Doe/AP\n\nLeave a Reply\n";
        let mut a: Article<'_> = Article::empty(page);
        let parsed = crate::article::parse_into(page, &crate::article::Config::default(), &mut a);
        assert!(parsed.is_ok(), "{parsed:?}");
        assert!(a.paragraph_count() > 0 && a.boilerplate().count() > 0);
        let other = "another text";
        a.reset(other);
        let empty: Article<'_> = Article::empty(other);
        assert_eq!(format!("{a:?}"), format!("{empty:?}"));
    }
}
