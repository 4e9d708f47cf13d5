//! Small closed word lists the news rules consult, as data.
//!
//! Each list is sorted, lower case, and searched with
//! a [`WordSet`] (ASCII-case-insensitive binary search over packed words). The
//! unit test `lists_are_sorted` keeps them sorted. They hold closed-class
//! words (determiners, pronouns, prepositions, conjunctions) and the few
//! open-class nouns whose capitalisation after an abbreviation signals a
//! name rather than a new sentence. English news first; another language
//! gets its own lists beside these.

/// Words that, capitalised, start sentences but practically never continue
/// a name: determiners, pronouns, prepositions, conjunctions, sentence
/// adverbs. After a guessed abbreviation (an initial, a dotted acronym, a
/// vowel-less short word) one of these means the abbreviation ended the
/// sentence: `Proposition A. The measure…`, `the F.B.I. But…`.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "amid",
    "among",
    "an",
    "and",
    "another",
    "any",
    "anybody",
    "anyone",
    "anything",
    "are",
    "as",
    "at",
    "because",
    "before",
    "being",
    "both",
    "but",
    "by",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "every",
    "everybody",
    "everyone",
    "everything",
    "few",
    "finally",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "is",
    "it",
    "its",
    "last",
    "later",
    "many",
    "meanwhile",
    "more",
    "most",
    "much",
    "my",
    "neither",
    "never",
    "nevertheless",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "perhaps",
    "please",
    "she",
    "since",
    "so",
    "some",
    "somebody",
    "someone",
    "something",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "tomorrow",
    "under",
    "unlike",
    "until",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "with",
    "within",
    "without",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
];
pub(super) static FUNCTION_WORDS_SET: WordSet<{ FUNCTION_WORDS.len() }> =
    WordSet::new(FUNCTION_WORDS);

/// Verbs of saying that close a quotation's attribution: `"Who knew?"
/// Lindqvist asked.` is one sentence because `asked` follows the name.
const SPEECH_VERBS: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admits",
    "admitted",
    "agreed",
    "announced",
    "answered",
    "argued",
    "argues",
    "asked",
    "asks",
    "barked",
    "began",
    "boasted",
    "called",
    "claimed",
    "claims",
    "commented",
    "complained",
    "conceded",
    "concluded",
    "confirmed",
    "continued",
    "continues",
    "countered",
    "cried",
    "declared",
    "demanded",
    "exclaimed",
    "explained",
    "explains",
    "grumbled",
    "insisted",
    "insists",
    "joked",
    "lamented",
    "laughed",
    "mused",
    "muttered",
    "mutters",
    "noted",
    "notes",
    "observed",
    "offered",
    "pleaded",
    "pointed",
    "posted",
    "quipped",
    "recalled",
    "recalls",
    "remarked",
    "replied",
    "replies",
    "reported",
    "responded",
    "retorted",
    "said",
    "says",
    "screamed",
    "shouted",
    "shouts",
    "sighed",
    "snapped",
    "stated",
    "stressed",
    "suggested",
    "tells",
    "told",
    "tweeted",
    "urged",
    "warned",
    "whispered",
    "wondered",
    "wonders",
    "writes",
    "wrote",
    "yelled",
];
pub(super) static SPEECH_VERBS_SET: WordSet<{ SPEECH_VERBS.len() }> = WordSet::new(SPEECH_VERBS);

/// Who speaks for a possessive name in an attribution (`Netanyahu’s
/// office said`).
const SPEAKER_NOUNS: &[&str] = &[
    "aide",
    "aides",
    "attorney",
    "attorneys",
    "campaign",
    "lawyer",
    "lawyers",
    "ministry",
    "office",
    "press",
    "representative",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "team",
];
pub(super) static SPEAKER_NOUNS_SET: WordSet<{ SPEAKER_NOUNS.len() }> = WordSet::new(SPEAKER_NOUNS);

/// Nouns that, capitalised after a proper initialism (`U.S.`, `U.N.`,
/// `E.U.`, `D.C.`, `F.B.I.`), continue an institution's name or a title:
/// `the U.S. Senate`, `U.N. Secretary-General`, `U.S. Rep.`, `D.C. Council`.
/// Any other capitalised word after such an initialism starts a sentence
/// (`in the U.S. Officials said…`): in news copy a common noun is only
/// capitalised at the start of a sentence.
const PROPER_CONTINUATION: &[&str] = &[
    "administration",
    "agency",
    "agriculture",
    "air",
    "ambassador",
    "ambassadors",
    "appeals",
    "armed",
    "army",
    "assembly",
    "attorney",
    "attorneys",
    "bank",
    "bankruptcy",
    "bishops",
    "border",
    "bureau",
    "cabinet",
    "capitol",
    "census",
    "centers",
    "central",
    "chamber",
    "championship",
    "championships",
    "charter",
    "chief",
    "circuit",
    "citizenship",
    "civil",
    "climate",
    "coast",
    "command",
    "commerce",
    "commission",
    "commissioner",
    "committee",
    "conference",
    "congress",
    "congressman",
    "congresswoman",
    "constitution",
    "consul",
    "consulate",
    "council",
    "councilmember",
    "court",
    "courts",
    "cup",
    "customs",
    "cyber",
    "defence",
    "defense",
    "delegate",
    "delegation",
    "department",
    "deputy",
    "development",
    "diplomat",
    "diplomats",
    "director",
    "district",
    "drug",
    "economic",
    "education",
    "election",
    "embassy",
    "energy",
    "environment",
    "environmental",
    "envoy",
    "federal",
    "fish",
    "food",
    "forces",
    "foreign",
    "forest",
    "general",
    "geological",
    "government",
    "governor",
    "green",
    "health",
    "high",
    "highway",
    "homeland",
    "house",
    "human",
    "humanitarian",
    "immigration",
    "institute",
    "institutes",
    "intelligence",
    "interior",
    "internal",
    "international",
    "interstate",
    "justice",
    "labor",
    "labour",
    "marine",
    "marines",
    "marshals",
    "mayor",
    "men's",
    "military",
    "mint",
    "mission",
    "national",
    "navy",
    "nuclear",
    "office",
    "olympic",
    "open",
    "park",
    "parliament",
    "patent",
    "peacekeepers",
    "peacekeeping",
    "postal",
    "president",
    "presidential",
    "prime",
    "public",
    "refugee",
    "relief",
    "representative",
    "representatives",
    "route",
    "secret",
    "secretary",
    "securities",
    "security",
    "senate",
    "senator",
    "senators",
    "soccer",
    "southern",
    "space",
    "special",
    "state",
    "steel",
    "superior",
    "supreme",
    "surgeon",
    "team",
    "trade",
    "transportation",
    "treasury",
    "veterans",
    "vice",
    "virgin",
    "women's",
    "world",
];
pub(super) static PROPER_CONTINUATION_SET: WordSet<{ PROPER_CONTINUATION.len() }> =
    WordSet::new(PROPER_CONTINUATION);

/// Nouns that, capitalised after a company or name suffix (`Inc.`, `Corp.`,
/// `Co.`, `Ltd.`, `Jr.`), continue the name or title: `Apple Inc. CEO Tim
/// Cook`, `Toyota Motor Corp. Chief Executive…`, `Martin Luther King Jr. Day`.
const ORG_CONTINUATION: &[&str] = &[
    "ag",
    "airport",
    "avenue",
    "blvd",
    "board",
    "boulevard",
    "bridge",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairwoman",
    "chief",
    "co",
    "co-founder",
    "cofounder",
    "coo",
    "corp",
    "cto",
    "day",
    "director",
    "drive",
    "elementary",
    "executive",
    "expressway",
    "founder",
    "freeway",
    "gmbh",
    "group",
    "hall",
    "high",
    "highway",
    "holdings",
    "inc",
    "institute",
    "library",
    "llc",
    "ltd",
    "managing",
    "memorial",
    "middle",
    "ne",
    "nv",
    "nw",
    "park",
    "parkway",
    "plaza",
    "plc",
    "president",
    "road",
    "sa",
    "school",
    "se",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "square",
    "stadium",
    "street",
    "suite",
    "vice",
];
pub(super) static ORG_CONTINUATION_SET: WordSet<{ ORG_CONTINUATION.len() }> =
    WordSet::new(ORG_CONTINUATION);

/// Time zones and zone words that follow `a.m.`/`p.m.` inside a sentence
/// (`10:30 a.m. ET`, `5 p.m. Eastern`).
const TIME_ZONES: &[&str] = &[
    "aedt",
    "aest",
    "akdt",
    "akst",
    "bst",
    "cdt",
    "central",
    "cest",
    "cet",
    "ct",
    "eastern",
    "edt",
    "eest",
    "eet",
    "est",
    "et",
    "gmt",
    "greenwich",
    "hst",
    "ist",
    "jst",
    "kst",
    "local",
    "mdt",
    "mountain",
    "msk",
    "mst",
    "mt",
    "pacific",
    "pdt",
    "pst",
    "pt",
    "sast",
    "utc",
    "wet",
    "zulu",
];
pub(super) static TIME_ZONES_SET: WordSet<{ TIME_ZONES.len() }> = WordSet::new(TIME_ZONES);

/// Weekday and month names (unabbreviated): after a time (`5 p.m. Monday`)
/// they continue the date expression.
const CALENDAR_WORDS: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "may",
    "monday",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];
pub(super) static CALENDAR_WORDS_SET: WordSet<{ CALENDAR_WORDS.len() }> =
    WordSet::new(CALENDAR_WORDS);

/// Words that may make up a fronted time adverbial (`At 5 a.m.`, `Shortly
/// after 9 p.m. on Tuesday,`), with numbers, weekday and month names.
/// A sentence cannot consist of such a phrase alone, so a time abbreviation
/// ending one does not end the sentence (Golden Rule 18).
const TIME_PHRASE_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "afternoon",
    "again",
    "almost",
    "and",
    "approximately",
    "around",
    "as",
    "at",
    "before",
    "beginning",
    "between",
    "by",
    "close",
    "daily",
    "each",
    "earlier",
    "early",
    "evening",
    "every",
    "from",
    "just",
    "last",
    "late",
    "later",
    "midnight",
    "morning",
    "nearly",
    "next",
    "night",
    "noon",
    "of",
    "on",
    "or",
    "past",
    "roughly",
    "shortly",
    "since",
    "some",
    "sometime",
    "starting",
    "the",
    "then",
    "this",
    "through",
    "till",
    "to",
    "today",
    "tomorrow",
    "tonight",
    "until",
    "yesterday",
];
pub(super) static TIME_PHRASE_WORDS_SET: WordSet<{ TIME_PHRASE_WORDS.len() }> =
    WordSet::new(TIME_PHRASE_WORDS);

/// Lower-case words that cannot end a line of finished text: a line that
/// ends with one was hard-wrapped inside a sentence (`…met with the` ⏎
/// `President…`).
const LINE_CONTINUING: &[&str] = &[
    "a", "about", "after", "an", "and", "are", "as", "at", "be", "been", "before", "between",
    "but", "by", "for", "from", "had", "has", "have", "her", "his", "in", "into", "is", "its",
    "my", "nor", "of", "on", "onto", "or", "our", "than", "that", "the", "their", "to", "under",
    "was", "were", "which", "who", "whose", "with", "your",
];
pub(super) static LINE_CONTINUING_SET: ShortWordSet<{ LINE_CONTINUING.len() }> =
    ShortWordSet::new(LINE_CONTINUING);

/// First words of a parenthesised photo/reporting credit (`(Photo: …)`,
/// `(Reporting by …)`), which stands as a segment of its own.
const CREDIT_WORDS: &[&str] = &[
    "additional",
    "courtesy",
    "credit",
    "credits",
    "editing",
    "file",
    "graphic",
    "graphics",
    "illustration",
    "image",
    "images",
    "photo",
    "photograph",
    "photos",
    "picture",
    "pictures",
    "reporting",
    "screengrab",
    "screenshot",
    "source",
    "video",
    "writing",
];
pub(super) static CREDIT_WORDS_SET: WordSet<{ CREDIT_WORDS.len() }> = WordSet::new(CREDIT_WORDS);

/// Names that end with an exclamation mark (`Yahoo! Finance`,
/// `Jeopardy! host`): the mark is part of the name.
const EXCLAMATION_NAMES: &[&str] = &["e", "jeopardy", "yahoo"];
pub(super) static EXCLAMATION_NAMES_SET: WordSet<{ EXCLAMATION_NAMES.len() }> =
    WordSet::new(EXCLAMATION_NAMES);

/// A set of short lower-case ASCII words, packed big-endian into `u128`s
/// (zero-padded, so the packed order is the words' order) and searched
/// with integer comparisons: the line-break and abbreviation rules ask
/// for a word on most candidates.
#[derive(Debug)]
pub(super) struct WordSet<const N: usize>([u128; N]);

/// Longest word a [`WordSet`] holds.
pub(super) const MAX_SET_WORD: usize = 16;

impl<const N: usize> WordSet<N> {
    const fn new(list: &[&str]) -> Self {
        let mut packed = [0u128; N];
        let mut slots: &mut [u128] = &mut packed;
        let mut rest = list;
        while let ([slot, more @ ..], [w, tail @ ..]) = (slots, rest) {
            *slot = pack(w.as_bytes());
            slots = more;
            rest = tail;
        }
        WordSet(packed)
    }

    /// ASCII-case-insensitive membership.
    #[inline]
    pub(super) fn contains(&self, word: &str) -> bool {
        let w = word.as_bytes();
        !w.is_empty() && w.len() <= MAX_SET_WORD && self.0.binary_search(&pack(w)).is_ok()
    }
}

/// Packs up to 16 bytes, ASCII-lowercased, big-endian, zero-padded.
/// (Built in registers: storing bytes and reloading them as one integer
/// would stall on store forwarding.)
#[inline]
const fn pack(mut w: &[u8]) -> u128 {
    let mut v = 0u128;
    let mut shift = 8 * (MAX_SET_WORD as u32 - 1);
    while let [b, rest @ ..] = w {
        v |= (b.to_ascii_lowercase() as u128) << shift;
        if shift == 0 {
            break;
        }
        shift -= 8;
        w = rest;
    }
    v
}

/// A set of words of at most 8 bytes, packed into `u64`s and searched
/// linearly: for the hottest list, [`LINE_CONTINUING`], consulted at most
/// line breaks. A 64-bit mask of (length, first letter) pairs rejects most
/// words before the scan.
#[derive(Debug)]
pub(super) struct ShortWordSet<const N: usize> {
    words: [u64; N],
    /// Bit `8 * (len - 1) + (first % 8)`: some word has that length and a
    /// first letter in that residue class.
    shape: u64,
}

impl<const N: usize> ShortWordSet<N> {
    const fn new(list: &[&str]) -> Self {
        let mut words = [0u64; N];
        let mut shape = 0u64;
        let mut slots: &mut [u64] = &mut words;
        let mut rest = list;
        while let ([slot, more @ ..], [w, tail @ ..]) = (slots, rest) {
            *slot = pack_short(w.as_bytes());
            shape |= shape_bit(w.as_bytes());
            slots = more;
            rest = tail;
        }
        ShortWordSet { words, shape }
    }

    /// ASCII-case-insensitive membership.
    #[inline]
    pub(super) fn contains(&self, word: &str) -> bool {
        let w = word.as_bytes();
        if w.is_empty() || w.len() > 8 || self.shape & shape_bit(w) == 0 {
            return false;
        }
        let key = pack_short(w);
        self.words.contains(&key)
    }
}

/// See [`ShortWordSet::shape`]; words of 1 to 8 bytes.
#[inline]
const fn shape_bit(w: &[u8]) -> u64 {
    match w {
        [first, ..] if w.len() <= 8 => {
            1u64 << (8 * (w.len() as u32 - 1) + (first.to_ascii_lowercase() % 8) as u32)
        }
        _ => 0,
    }
}

/// Packs up to 8 bytes, ASCII-lowercased, little-endian, zero-padded.
#[inline]
const fn pack_short(mut w: &[u8]) -> u64 {
    let mut v = 0u64;
    let mut shift = 0u32;
    while let [b, rest @ ..] = w {
        if shift == 64 {
            break;
        }
        v |= (b.to_ascii_lowercase() as u64) << shift;
        shift += 8;
        w = rest;
    }
    v
}

/// Whether `w` is a Roman numeral (`III`, `XIV`): after `No.`/`Vol.` it
/// counts as a number.
pub(super) fn is_roman_numeral(w: &str) -> bool {
    !w.is_empty()
        && w.len() <= 8
        && w.bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets() {
        assert!(FUNCTION_WORDS_SET.contains("The"));
        assert!(FUNCTION_WORDS_SET.contains("THE"));
        assert!(!FUNCTION_WORDS_SET.contains("Thence"));
        assert!(PROPER_CONTINUATION_SET.contains("women's"));
        assert!(LINE_CONTINUING_SET.contains("between"));
        assert!(!LINE_CONTINUING_SET.contains(""));
        for w in FUNCTION_WORDS
            .iter()
            .chain(SPEECH_VERBS)
            .chain(PROPER_CONTINUATION)
        {
            assert!(
                FUNCTION_WORDS_SET.contains(w)
                    || SPEECH_VERBS_SET.contains(w)
                    || PROPER_CONTINUATION_SET.contains(w)
            );
        }
        assert!(
            LINE_CONTINUING
                .iter()
                .all(|w| w.len() <= 8 && LINE_CONTINUING_SET.contains(w))
        );
        assert!(!LINE_CONTINUING_SET.contains("thee") && !LINE_CONTINUING_SET.contains("betweens"));
        assert!(
            LINE_CONTINUING_SET.shape.count_ones() < 40,
            "shape filter too weak"
        );
        for set in [&FUNCTION_WORDS_SET.0[..], &SPEECH_VERBS_SET.0] {
            assert!(set.windows(2).all(|w| matches!(w, [a, b] if a < b)));
        }
    }

    #[test]
    fn lists_are_sorted() {
        for list in [
            FUNCTION_WORDS,
            SPEECH_VERBS,
            SPEAKER_NOUNS,
            PROPER_CONTINUATION,
            ORG_CONTINUATION,
            TIME_ZONES,
            CALENDAR_WORDS,
            TIME_PHRASE_WORDS,
            LINE_CONTINUING,
            CREDIT_WORDS,
            EXCLAMATION_NAMES,
        ] {
            for w in list.windows(2) {
                if let [a, b] = w {
                    assert!(a < b, "{a:?} must sort before {b:?}");
                }
            }
            for w in list {
                assert!(
                    !w.bytes().any(|b| b.is_ascii_uppercase()),
                    "{w:?} lower case"
                );
                assert!(w.len() <= MAX_SET_WORD, "{w:?} too long for a WordSet");
            }
        }
    }
}
