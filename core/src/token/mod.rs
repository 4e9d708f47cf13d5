//! Word tokenizer. (API skeleton: implementation in progress.)

pub use crate::Mode;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Letters, with internal apostrophes/hyphens in news mode.
    Word,
    /// Digits with separators and decimals.
    Number,
    /// Punctuation: quotes, dashes, brackets, periods...
    Punct,
    /// Symbols: `$`, `£`, `%`, `+`...
    Symbol,
    /// `https://…`, `www.…`.
    Url,
    /// `name@example.com`.
    Email,
    /// `#tag`.
    Hashtag,
    /// `@name`.
    Mention,
    /// Emoji and pictographs.
    Emoji,
    /// White space (only yielded in [`Mode::Uax29`]).
    Space,
    /// Anything else (controls, unassigned).
    Other,
}

impl Kind {
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
}

/// Iterator over the tokens of a text.
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    mode: Mode,
}

/// Tokenizes `text` in `mode`.
pub fn tokenize(text: &str, mode: Mode) -> Tokens<'_> {
    Tokens { text, pos: 0, mode }
}

impl Iterator for Tokens<'_> {
    type Item = Token;
    fn next(&mut self) -> Option<Token> {
        let _ = (self.text, self.pos, self.mode);
        None
    }
}
