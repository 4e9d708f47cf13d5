//! Word tokenizer: UAX #29 word boundaries, and a news-tailored mode.
//!
//! [`tokenize`] returns an iterator of [`Token`]s: a [`Kind`] and byte
//! offsets into the input, always on `char` boundaries, in order, never
//! overlapping. It allocates nothing and never panics.
//!
//! # Modes
//!
//! * [`Mode::Uax29`]: the word boundaries of Unicode Standard Annex #29
//!   (Unicode 17.0), exactly: it passes every line of `WordBreakTest.txt`.
//!   Every segment is yielded, white space included (kind [`Kind::Space`]),
//!   so the tokens concatenate back to the input.
//! * [`Mode::News`] (the default): UAX #29 plus the tailorings below. White
//!   space (Unicode `White_Space`, NBSP included) is skipped, never yielded;
//!   everything else is covered by exactly one token.
//!
//! # News tailorings
//!
//! 1. **Hyphenated compounds are one token**: `-`, U+2010 and U+2011 between
//!    two word/number elements with no space join them: `Zapad-2025`,
//!    `Rostov-on-Don`, `H-1B`, `10-year-old`. En and em dashes never join
//!    (`2020–2021` is three tokens). All-digit compounds are numbers
//!    (`2025-10-19`, `555-1234`).
//! 2. **Apostrophes**: UAX #29 already keeps `don’t`, `Lukashenko’s`,
//!    `O'Neill`; news mode also joins an apostrophe after digits or an
//!    abbreviation (`1990’s`, `U.S.’s`). A leading or trailing apostrophe
//!    is punctuation (`’90s`, `students’`), since it cannot be told from a
//!    quote.
//! 3. **Abbreviations keep their period**: a word followed by `.` that is in
//!    the shared lexicon ([`crate::lexicon::abbrev`]) — `Sept.`, `Gen.`,
//!    `Inc.`, `Ph.D.` — or is a dotted initialism (`U.S.`, `J.R.R.`, `e.g.`).
//!    Lexicon flags restrict the ambiguous ones: units only after a number
//!    (`5 in.` but `logged in.`), number prefixes only before a digit
//!    (`No. 5` but `No.`), weekdays only before `,` or a digit. A single
//!    capital followed by a capitalised word keeps its period as an initial
//!    (`George W. Bush`). The sentence segmenter decides whether such a
//!    period also ends a sentence. An ellipsis after a word is never taken
//!    (`etc...` is `etc` + `...`).
//! 4. **`U.S.-Russia` is one word**: rules 3 and 1 compose, so an
//!    abbreviation with its period can be the first part of a compound
//!    (`U.S.-Russia`, `U.S.-led`), the same as `Russia-Ukraine`.
//! 5. **Glued sentences are cut**: UAX #29 keeps `journalists.The` as one
//!    word (`.` is MidNumLet); news mode cuts before a period followed by a
//!    capitalised word (`area` `.` `The`, `U.S.` `The`, `Mr.` `Smith`)
//!    unless the whole thing is an initialism or lexicon entry (`Ph.D.`).
//!    Lower-case and all-capital groups stay joined (`Node.js`,
//!    `ASP.NET`). A `:` inside a letter word is likewise cut (`Note:This`;
//!    UAX #29 joins it for Swedish `S:t`).
//! 6. **Numbers** keep UAX #29's separators and decimals (`6.25`,
//!    `4,512.37`), plus `:` and `/` between digit groups (`5:30`,
//!    `10/19/2025`). Currency and percent signs are separate [`Kind::Symbol`]
//!    tokens (`$` `6.25`; `10` `%`); `%`, `‰`, `‱` are symbols although
//!    Unicode calls them punctuation. A token with any letter is a word
//!    (`1990s`, `3.5bn`, `H-1B`); all-digit ones are numbers.
//! 7. **`&` between capitals**: `AT&T`, `S&P`, `Q&A`.
//! 8. **URLs**: `http://`, `https://`, `ftp://` followed by URL characters;
//!    `www.` followed by a host name; and **bare domains**: two or more
//!    labels ending in a common top-level domain (`example.com`,
//!    `bbc.co.uk`, `belta.by`; the list is short on purpose, see
//!    `web::TLDS`), lower case, or all capitals with three or more labels
//!    (`EXPRESS.CO.UK`; not `Hill.TV`, `ASP.NET`). A path, query or port
//!    is taken when `/`, `?`, `#` or `:digits` follows the host. Trailing
//!    sentence punctuation and unbalanced closing brackets are not part of
//!    the URL.
//! 9. **E-mail** (`name@example.com`; the local part a dot-atom of ASCII
//!    letters, digits, `. _ + -`), **mentions** (`@handle`,
//!    `@john.smith`) and **hashtags** (`#tag`, any script, at least one
//!    letter; `#1` is `#` + `1`) are single tokens. A `#` or `@` right after
//!    a letter or digit is punctuation (`C#`).
//! 10. **Punctuation runs**: `...` and `--` are one [`Kind::Punct`] token.
//!     Quotes (curly and straight), dashes and brackets are punctuation.
//! 11. Everything else follows UAX #29: non-ASCII words of any script are
//!     words (Cyrillic, Korean, accented Latin, Katakana runs); ideographs
//!     and hiragana are one token per character (UAX #29 leaves them to a
//!     dictionary segmenter); an emoji ZWJ/modifier/flag sequence is one
//!     [`Kind::Emoji`] token.
//!
//! Kinds are the same in both modes: a segment with a letter is a word,
//! digits only a number, and otherwise the general category of its first
//! character decides (white space, punctuation, symbol, other), with
//! emoji for pictographic and flag sequences.
//!
//! # Speed
//!
//! News mode classifies 64 bytes at a time into bitmasks (word bytes,
//! spaces, punctuation, Cyrillic/Latin/Hangul letters, curly quotes; SSE2
//! on x86-64, a table-driven scalar version elsewhere) and walks token
//! starts with `trailing_zeros`: a token followed by a space or ordinary
//! punctuation costs no per-byte work and one well-predicted branch. Only
//! tokens next to something special (`U.S.`, URLs, `5:30`, other scripts,
//! emoji...) take the scalar path: letter/digit runs scanned eight ASCII
//! bytes at a time (SWAR on `u64`), then the tailorings on top of the UAX
//! #29 rule engine. UAX #29 mode walks blocks the same way (word runs,
//! space runs, one-byte segments) and falls back to the run scanner and the
//! rule engine. Every fast path is checked against the plain rule engine by property
//! tests. See the README ("Tokenizer") for measurements.

pub use crate::Mode;
use crate::Span;

mod ascii;
mod block;
mod news;
mod run;
mod uax29;
mod web;
mod word;

#[cfg(target_arch = "x86_64")]
pub(crate) use block::has_avx2;

#[cfg(test)]
mod tests;

/// The SIMD level the tokenizer and the sentence scanner use on this CPU:
/// `"avx2"` (compiled in with `target_feature = "avx2"`, or detected at
/// run time when the `std` feature is on), `"sse2"` (the x86-64 baseline)
/// or `"scalar"`. The output is the same for all three; benchmarks print
/// it so numbers can be compared.
pub fn simd_level() -> &'static str {
    block::classifier()
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Letters (with digits), with internal apostrophes/hyphens in news mode.
    Word,
    /// Digits with separators and decimals.
    Number,
    /// Punctuation: quotes, dashes, brackets, periods...
    Punct,
    /// Symbols: `$`, `£`, `%`, `+`...
    Symbol,
    /// `https://…`, `www.…`, `example.com` (news mode).
    Url,
    /// `name@example.com` (news mode).
    Email,
    /// `#tag` (news mode).
    Hashtag,
    /// `@name` (news mode).
    Mention,
    /// Emoji and pictographs, one token per emoji sequence.
    Emoji,
    /// White space (only yielded in [`Mode::Uax29`]).
    Space,
    /// Anything else (controls, unassigned, lone combining marks).
    Other,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 11] = [
        Kind::Word,
        Kind::Number,
        Kind::Punct,
        Kind::Symbol,
        Kind::Url,
        Kind::Email,
        Kind::Hashtag,
        Kind::Mention,
        Kind::Emoji,
        Kind::Space,
        Kind::Other,
    ];

    /// Lower-case name used by the CLI output formats.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Word => "word",
            Kind::Number => "number",
            Kind::Punct => "punct",
            Kind::Symbol => "symbol",
            Kind::Url => "url",
            Kind::Email => "email",
            Kind::Hashtag => "hashtag",
            Kind::Mention => "mention",
            Kind::Emoji => "emoji",
            Kind::Space => "space",
            Kind::Other => "other",
        }
    }

    /// Whether the kind counts as a word for statistics: words, numbers,
    /// URLs, e-mail addresses, hashtags and mentions.
    pub const fn is_wordlike(self) -> bool {
        matches!(
            self,
            Kind::Word | Kind::Number | Kind::Url | Kind::Email | Kind::Hashtag | Kind::Mention
        )
    }
}

/// One token: its kind and byte offsets into the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// What it is.
    pub kind: Kind,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Token {
    /// The token's text in `src` (the string it was produced from).
    #[inline]
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }

    /// The token's byte range.
    #[inline]
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the token is empty (never true for yielded tokens).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// Which implementation an iterator runs; the reference variants skip the
/// ASCII fast paths and exist so tests can check both agree.
#[derive(Clone, Copy, Debug)]
enum Engine {
    /// The block path, with its masks.
    News(news::BlockState),
    Uax29(uax29::SegState),
    #[cfg(test)]
    NewsScalar,
    #[cfg(test)]
    NewsReference,
    #[cfg(test)]
    Uax29Scalar,
    #[cfg(test)]
    Uax29Reference,
}

/// Iterator over the tokens of a text; see [`tokenize`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    engine: Engine,
}

/// Tokenizes `text` in `mode`.
#[inline]
pub fn tokenize(text: &str, mode: Mode) -> Tokens<'_> {
    let engine = match mode {
        Mode::News => Engine::News(news::BlockState::default()),
        Mode::Uax29 => Engine::Uax29(uax29::SegState::default()),
    };
    Tokens {
        text,
        pos: 0,
        engine,
    }
}

impl<'a> Tokens<'a> {
    /// The mode this iterator tokenizes in.
    pub fn mode(&self) -> Mode {
        match self.engine {
            Engine::News(_) => Mode::News,
            Engine::Uax29(_) => Mode::Uax29,
            #[cfg(test)]
            Engine::NewsReference | Engine::NewsScalar => Mode::News,
            #[cfg(test)]
            Engine::Uax29Reference | Engine::Uax29Scalar => Mode::Uax29,
        }
    }

    /// The text being tokenized.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte offset where the next token search starts.
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// The same tokenization without the ASCII fast paths (tests only).
    #[cfg(test)]
    fn reference(text: &'a str, mode: Mode) -> Self {
        let engine = match mode {
            Mode::News => Engine::NewsReference,
            Mode::Uax29 => Engine::Uax29Reference,
        };
        Tokens {
            engine,
            ..tokenize(text, mode)
        }
    }

    /// Without the block path, scalar fast paths only (tests only).
    #[cfg(test)]
    fn scalar(text: &'a str, mode: Mode) -> Self {
        let engine = match mode {
            Mode::News => Engine::NewsScalar,
            Mode::Uax29 => Engine::Uax29Scalar,
        };
        Tokens {
            engine,
            ..tokenize(text, mode)
        }
    }

    #[cfg(test)]
    fn next_uax29<const FAST: bool>(&mut self) -> Option<Token> {
        let start = self.pos;
        let (end, kind) = uax29::next_segment::<FAST>(self.text, start)?;
        self.pos = end;
        Some(Token { kind, start, end })
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline(always)]
    fn next(&mut self) -> Option<Token> {
        match self.engine {
            Engine::News(ref mut st) => news::next_block(self.text, &mut self.pos, st),
            #[cfg(test)]
            Engine::NewsScalar => news::next_token::<true>(self.text, &mut self.pos),
            Engine::Uax29(ref mut st) => {
                let (start, end, kind) = uax29::next_block(self.text, &mut self.pos, st)?;
                Some(Token { kind, start, end })
            }
            #[cfg(test)]
            Engine::NewsReference => news::next_token::<false>(self.text, &mut self.pos),
            #[cfg(test)]
            Engine::Uax29Scalar => self.next_uax29::<true>(),
            #[cfg(test)]
            Engine::Uax29Reference => self.next_uax29::<false>(),
        }
    }
}

impl core::iter::FusedIterator for Tokens<'_> {}
