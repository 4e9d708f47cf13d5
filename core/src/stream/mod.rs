//! Streaming entry point: feed a page line by line as it arrives (over a
//! UART, a socket, a file read in small pieces) and receive its blocks as
//! classified [`Event`]s, in fixed memory.
//!
//! [`crate::article::parse`] needs the whole page in memory: it runs two
//! passes (the body region first, then the record). A [`Stream`] holds only
//! a window of the text — the lines whose blocks are not decided yet, in a
//! `BUF`-byte array — and at most `SEGS` undecided blocks; everything
//! decided is handed to your callback and forgotten. It uses the article
//! parser's own stages: the same segmenter and glue repair, the same block
//! features and body scores, the same title, byline and date choosers.
//!
//! ```
//! use tidings_core::stream::{Event, Stream};
//!
//! let page = "Belarus seeks talks with Kyiv\n\nBy Jane Doe\n\n\
//!     Minsk is ready for a big deal with Washington, the president said on Tuesday, \
//!     adding that talks with Kyiv could follow after the summer.\n\n\
//!     The two sides last met in September. Officials on both sides described the \
//!     meeting as constructive and said further rounds were planned for the autumn.\n\n\
//!     Read more: Belarus frees prisoners\n";
//! let mut stream: Stream<2048, 24> = Stream::default();
//! let mut body = 0;
//! let mut title = None;
//! let mut sink = |e: Event<'_>| match e {
//!     Event::Paragraph(_) => body += 1,
//!     Event::Title(b) => title = Some(b.span),
//!     _ => {}
//! };
//! for line in page.lines() {
//!     stream.push_line(line, &mut sink)?;
//! }
//! stream.finish(&mut sink);
//! assert_eq!(body, 2);
//! assert_eq!(title.map(|s| &page[s.start..s.end]), Some("Belarus seeks talks with Kyiv"));
//! # Ok::<(), tidings_core::stream::Error>(())
//! ```
//!
//! # How it decides
//!
//! Each block is scored as in the whole-document parser; the body is a run
//! of blocks whose running score stays positive (the maximum-subarray rule
//! of [`crate::article::region`], online). The stream **commits** to a run
//! once its score reaches [`Config::commit_mass`] (about two paragraphs of
//! prose): the blocks above it are the header window, searched for title,
//! section, subtitle, byline and date once the first six body paragraphs
//! (or twelve body-zone blocks) are in, exactly as the whole-document
//! parser does. From then on a block is body as soon as the running score
//! passes its previous peak; blocks after the peak wait until the score
//! either climbs past it again (they were an interruption: a caption, an ad
//! slot) or falls to zero (the article ended: they and everything after are
//! the tail).
//!
//! # Latency and lookahead
//!
//! * Every block waits for the **two blocks after it** (a credit line marks
//!   the caption before it; the third row of a table marks the two before).
//! * Header blocks wait for the commit and the first six body paragraphs.
//! * A body paragraph is held until the next one is decided, so that a
//!   trailing outlet credit (`… isolation. /Telegraph/`) can be split off
//!   the article's last paragraph.
//! * Blocks in a dip after the body's peak wait until the dip resolves.
//!
//! When the window (`BUF` bytes or `SEGS` blocks) fills, the oldest pending
//! decision is forced: a header candidate becomes boilerplate, a run not yet
//! committed is committed, the held paragraph is released, and a dip ends
//! the body. The memory is fixed whatever the page length; the window
//! trades memory for agreement with the whole-document parser: on the 122
//! development pages an 8 KiB window with 48 slots finds the same body on
//! 105 pages, a 4 KiB one with 32 slots on 98 (forced decisions end some
//! bodies early: 7% fewer body words).
//!
//! # What it gives up compared with [`crate::article::parse`]
//!
//! * **The first article wins.** The whole-document parser takes the
//!   densest run of the page; the stream takes the first run that reaches
//!   [`Config::commit_mass`]. A long teaser or an "about us" text above the
//!   article that reaches it becomes the body; a second article after the
//!   first is tail.
//! * **No look-back beyond the window**: a title repeated far below the
//!   header, or a header further above the body than the window holds, is
//!   not seen. The page's first line is kept (256 bytes) for title anchors.
//! * **No hard-wrap detection**: it needs the widest line of the whole page.
//!   Feed unwrapped paragraphs (one per line), or expect each wrapped line to
//!   be its own block.
//! * **No card runs or numbered headline lists** (18 blocks of look-ahead in
//!   the whole-document pipeline): teaser lists below the article end the
//!   body through their scores alone.
//! * **Footer detection needs the end**: the tail is classified block by
//!   block (navigation, related, footer…), never merged into one footer
//!   block, and biographies give no outlet.
//! * No statistics, warnings or record id: they need the whole body (hash
//!   the paragraphs as they arrive if you need an id).
//!
//! On the five seed pages the stream's body and title equal the
//! whole-document parser's (`core/tests/stream_seeds.rs`).

mod buffer;
mod context;
mod engine;
mod header;

use buffer::TextBuf;

use crate::Span;
use crate::article::Config as ArticleConfig;
use crate::article::context::Info;
use crate::article::segment::{Segment, Segments};
use crate::grammar::date::DateTime;
use crate::lexicon::boilerplate::Kind;
use engine::Engine;

/// Stream settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Config {
    /// The article parser's knobs (`unwrap_lines` is ignored: see the
    /// module documentation).
    pub article: ArticleConfig,
    /// Body score at which the stream commits to a run of prose as the
    /// article (default `100.0`: about two paragraphs of 40 words).
    pub commit_mass: f32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            article: ArticleConfig::default(),
            commit_mass: 100.0,
        }
    }
}

/// Why a line was refused. The stream stays usable: the line is dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The line (plus its `\n`) does not fit the window even when empty.
    LineTooLong {
        /// The line's length in bytes.
        len: usize,
        /// The window's size (`BUF`).
        cap: usize,
    },
    /// A byte chunk held a line that is not UTF-8.
    NotUtf8 {
        /// Absolute offset of the line in the stream.
        offset: usize,
    },
}

impl core::error::Error for Error {}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Error::LineTooLong { len, cap } => {
                write!(f, "line of {len} bytes does not fit the {cap}-byte window")
            }
            Error::NotUtf8 { offset } => write!(f, "line at byte {offset} is not UTF-8"),
        }
    }
}

/// A block of text and where it is in the stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block<'s> {
    /// The text (borrowed from the stream's window: copy it if you keep it).
    pub text: &'s str,
    /// Absolute byte range in the stream, counting every byte fed (line
    /// terminators count one byte each: `\n`, `\r\n` counts one).
    pub span: Span,
}

/// A classified piece of the page.
///
/// *Block events* (title, subtitle, section, byline, paragraph, caption,
/// boilerplate) cover every block of the page exactly once, in order of
/// position. *Annotations* (author, outlet, published) are extracted from
/// blocks and come when found; the last `Outlet` wins (a trailing credit
/// overrides the dateline's).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Event<'s> {
    /// The headline.
    Title(Block<'s>),
    /// The standfirst under the headline.
    Subtitle(Block<'s>),
    /// The section or kicker above the headline.
    Section(Block<'s>),
    /// A byline inside the article (its authors follow as `Author`).
    Byline(Block<'s>),
    /// A paragraph of the article body.
    Paragraph(Block<'s>),
    /// A photo caption or credit.
    Caption(Block<'s>),
    /// Everything else, with its kind.
    Boilerplate(Kind, Block<'s>),
    /// An author's name.
    Author(Block<'s>),
    /// The outlet (`Reuters`, `The Kyiv Independent`).
    Outlet(Block<'s>),
    /// The publication date.
    Published(DateTime),
}

impl<'s> Event<'s> {
    /// The block of a block event (`None` for annotations).
    pub fn block(&self) -> Option<&Block<'s>> {
        match self {
            Event::Title(b)
            | Event::Subtitle(b)
            | Event::Section(b)
            | Event::Byline(b)
            | Event::Paragraph(b)
            | Event::Caption(b)
            | Event::Boilerplate(_, b) => Some(b),
            Event::Author(_) | Event::Outlet(_) | Event::Published(_) => None,
        }
    }
}

/// What a pending block became.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Act {
    /// Not decided yet.
    Open,
    Title,
    Subtitle,
    Section,
    Byline,
    Paragraph,
    /// A paragraph whose tail from this many bytes after its start is an
    /// outlet credit.
    ParagraphCredit(u32),
    Caption,
    Boiler(Kind),
}

/// A block waiting for its decision.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Slot {
    /// The block (window offsets).
    pub(crate) info: Info,
    /// Its decision.
    pub(crate) act: Act,
    /// Absolute offset minus window offset of its bytes.
    pub(crate) delta: usize,
}

/// A streaming article parser with a `BUF`-byte text window and room for
/// `SEGS` undecided blocks (at least 3: a block waits for the two after
/// it). Memory is fixed:
/// `core::mem::size_of::<Stream<BUF, SEGS>>()`, about `BUF` plus 100 bytes
/// per block slot.
#[derive(Debug)]
pub struct Stream<const BUF: usize = 4096, const SEGS: usize = 32> {
    buf: TextBuf<BUF>,
    eng: Engine<SEGS>,
    /// Absolute offset of the start of the line being fed.
    fed: usize,
    /// Raw bytes of the unfinished line of [`Stream::push_bytes`] so far.
    line_len: usize,
    /// That line is being skipped (too long for the window).
    skipping: bool,
    /// Glue repair's memory (see [`Heads`]).
    heads: Heads,
}

/// Where glue repair's memory of recent headlines starts.
///
/// Glue repair splits a line where a recent headline-like line is repeated
/// inside it (`… also claimsLukashenko may take part …`); the segmenter
/// remembers the last two such lines ([`crate::article::glue::Recent`]).
/// To give the new line the same memory without re-reading the whole window,
/// the stream re-segments from the first of those lines it still needs —
/// usually none, so only the new line is read. The rule mirrors `Recent`:
/// lines of 20–200 bytes with at least three spaces, not ending with a
/// period, are remembered; they are consulted while at most
/// [`RECENT_AGE`] lines came after the newer one.
#[derive(Clone, Copy, Debug, Default)]
struct Heads {
    /// Window offsets of the older and the newer remembered line.
    at: [Option<usize>; 2],
    /// Lines since the newer one.
    since: usize,
}

/// How long glue repair remembers a headline (lines after it).
const RECENT_AGE: usize = 12;

impl Heads {
    fn headline_like(line: &str) -> bool {
        let s = crate::article::text::trim(line);
        (20..=200).contains(&s.len())
            && s.bytes().filter(|&b| b == b' ').count() >= 3
            && !s.ends_with('.')
    }

    /// Offers the new line at window offset `off`; returns where to start
    /// segmenting so that glue repair remembers what it would have.
    fn offer(&mut self, line: &str, off: usize) -> usize {
        let [older, newer] = self.at;
        let from = if Self::headline_like(line) {
            // Remembered now: the newer one stays consultable (age 0).
            self.at = [newer, Some(off)];
            self.since = 0;
            newer.unwrap_or(off)
        } else {
            self.since += 1;
            if newer.is_some() && self.since <= RECENT_AGE {
                older.or(newer).unwrap_or(off)
            } else {
                off
            }
        };
        from.min(off)
    }

    /// The window dropped its first `n` bytes.
    fn rebase(&mut self, n: usize) {
        for a in &mut self.at {
            *a = a.and_then(|x| x.checked_sub(n));
        }
    }
}

impl<const BUF: usize, const SEGS: usize> Default for Stream<BUF, SEGS> {
    fn default() -> Self {
        Self::new(Config::default())
    }
}

/// Most blocks one line is cut into (glue repair); the rest of a line with
/// more stays one block.
const LINE_SEGS: usize = 16;

impl<const BUF: usize, const SEGS: usize> Stream<BUF, SEGS> {
    /// A stream at the start of a page.
    pub fn new(cfg: Config) -> Self {
        Stream {
            buf: TextBuf::new(),
            eng: Engine::new(cfg),
            fed: 0,
            line_len: 0,
            skipping: false,
            heads: Heads::default(),
        }
    }

    /// Feeds one line (without its terminator; a trailing `\r` is dropped,
    /// and a `line` holding `\n`s is fed as several lines). Events decided by
    /// it go to `sink`. Must not be mixed with an unfinished
    /// [`Stream::push_bytes`] line.
    pub fn push_line(&mut self, line: &str, sink: &mut dyn FnMut(Event<'_>)) -> Result<(), Error> {
        let line = line.strip_suffix('\n').unwrap_or(line);
        let mut result = Ok(());
        for l in line.split('\n') {
            let at = self.fed;
            self.fed = self.fed.saturating_add(l.len() + 1);
            if let Err(e) = self.one_line(l, at, sink) {
                result = Err(e);
            }
        }
        result
    }

    /// Feeds a chunk of bytes: complete lines are processed, an unfinished
    /// last line is carried over to the next chunk (in the window). A line
    /// that is not UTF-8 or does not fit the window is dropped and reported
    /// (the first such error of the chunk is returned); the stream goes on.
    pub fn push_bytes(
        &mut self,
        bytes: &[u8],
        sink: &mut dyn FnMut(Event<'_>),
    ) -> Result<(), Error> {
        let mut result = Ok(());
        let mut rest = bytes;
        loop {
            let (piece, done) = match memchr::memchr(b'\n', rest) {
                Some(i) => (rest.get(..i).unwrap_or(&[]), true),
                None => (rest, false),
            };
            self.line_len = self.line_len.saturating_add(piece.len());
            if !self.skipping && !piece.is_empty() {
                // The same rule as `one_line`, applied piece by piece: room
                // for the line so far plus its newline, and a block slot.
                // (`free` already excludes the pieces stored, so `need` is
                // this piece's length only; counting them again forced
                // decisions earlier than line feeding does, and the two
                // feeding modes disagreed on the header.)
                if self.buf.free() < piece.len() + 1 || self.eng.room() == 0 {
                    self.make_room(piece.len() + 1, sink);
                }
                if !self.buf.push_partial(piece) {
                    if result.is_ok() {
                        result = Err(Error::LineTooLong {
                            len: self.line_len,
                            cap: BUF,
                        });
                    }
                    self.buf.drop_partial();
                    self.skipping = true;
                }
            }
            if !done {
                return result;
            }
            rest = rest.get(piece.len() + 1..).unwrap_or(&[]);
            let at = self.fed;
            self.fed = self.fed.saturating_add(self.line_len + 1);
            self.line_len = 0;
            if core::mem::take(&mut self.skipping) {
                continue;
            }
            match self.buf.commit_partial() {
                Ok(Some(off)) => self.process_line(off, at, sink),
                Ok(None) => self.eng.blank_line(),
                Err(()) => {
                    if result.is_ok() {
                        result = Err(Error::NotUtf8 { offset: at });
                    }
                }
            }
        }
    }

    /// Ends the page: decides every pending block. (An unfinished
    /// [`Stream::push_bytes`] line counts as a last line.) For the next
    /// page, start a new stream (`Stream::default()`): anything fed after
    /// `finish` is treated as the tail of this page.
    pub fn finish(&mut self, sink: &mut dyn FnMut(Event<'_>)) {
        let at = self.fed;
        self.fed = self.fed.saturating_add(self.line_len);
        if self.line_len > 0
            && !self.skipping
            && let Ok(Some(off)) = self.buf.commit_partial()
        {
            self.process_line(off, at, sink);
        }
        self.line_len = 0;
        self.skipping = false;
        self.buf.drop_partial();
        let Stream { buf, eng, .. } = self;
        eng.finish(buf.as_str(), sink);
        self.compact();
    }

    /// Bytes fed so far.
    pub fn position(&self) -> usize {
        self.fed.saturating_add(self.line_len)
    }

    fn one_line(
        &mut self,
        line: &str,
        at: usize,
        sink: &mut dyn FnMut(Event<'_>),
    ) -> Result<(), Error> {
        // The line goes through the window exactly as `push_bytes` takes
        // it (room for the line and its newline first, `\r` and blank
        // lines left to `commit_partial`), so that both feeding modes force
        // the same decisions at the same points and give the same events.
        if !line.is_empty() {
            self.make_room(line.len() + 1, sink);
            if !self.buf.push_partial(line.as_bytes()) {
                return Err(Error::LineTooLong {
                    len: line.len(),
                    cap: BUF,
                });
            }
        }
        match self.buf.commit_partial() {
            Ok(Some(off)) => self.process_line(off, at, sink),
            Ok(None) => self.eng.blank_line(),
            // `line` is a `&str`: its bytes are UTF-8.
            Err(()) => {}
        }
        Ok(())
    }

    /// The line at window offset `off` (absolute offset `at`) is complete:
    /// cut it into blocks and feed them.
    fn process_line(&mut self, off: usize, at: usize, sink: &mut dyn FnMut(Event<'_>)) {
        let Stream {
            buf, eng, heads, ..
        } = self;
        let text = buf.as_str();
        let mut segs: heapless::Vec<Segment, LINE_SEGS> = heapless::Vec::new();
        // From the first recent headline glue repair still remembers (if
        // any); only the new line's blocks are kept.
        let from = heads.offer(text.get(off..).unwrap_or(""), off);
        let window = text.get(from..).unwrap_or("");
        for mut s in Segments::new(window, None, eng.glue()) {
            s.start += from as u32;
            s.end += from as u32;
            if (s.start as usize) < off {
                continue;
            }
            if segs.is_full() {
                if let Some(last) = segs.last_mut() {
                    last.end = s.end;
                }
            } else {
                let _ = segs.push(s);
            }
        }
        eng.line(text, at.wrapping_sub(off), &segs, sink);
        self.compact();
    }

    /// Forces decisions until `need` bytes and one block slot are free.
    fn make_room(&mut self, need: usize, sink: &mut dyn FnMut(Event<'_>)) {
        for _ in 0..(4 * SEGS + 16) {
            if self.buf.free() >= need && self.eng.room() > 0 {
                return;
            }
            let progressed = {
                let Stream { buf, eng, .. } = self;
                eng.force(buf.as_str(), sink)
            };
            self.compact();
            if !progressed {
                return;
            }
        }
    }

    /// Drops the window's decided text.
    fn compact(&mut self) {
        let drop = self.eng.oldest_start().unwrap_or(self.buf.len());
        let drop = self.buf.drop_front(drop);
        if drop > 0 {
            self.eng.rebase(drop as u32);
            self.heads.rebase(drop);
        }
    }
}

#[cfg(test)]
mod tests;
