//! Word lists the line grammars consult: news outlets and wire services,
//! photo agencies, job-title words, name particles and the capitalised words
//! that cannot be part of a person's name.
//!
//! These are data about the world (agencies, job titles), not strings from
//! any test page. Matching is case-insensitive and whole-word. The word
//! lists consulted for every token (`ROLE_NOUNS`, `ROLE_WORDS`, `PARTICLES`,
//! `NOT_NAMES`) are kept lower-case and sorted for binary search; the
//! outlet and agency lists, which hold multi-word names in their usual
//! spelling, are scanned.

use super::text::{at_word_end, ci};
use core::cmp::Ordering;

/// News outlets and wire services that appear as credits (`(Reuters)`,
/// `— AP`, `/TASS/`) and after bylines (`By A, CNN`).
pub(crate) static OUTLETS: &[&str] = &[
    "ABC News",
    "Agência Brasil",
    "Agência Estado",
    "AFP",
    "Agence France-Presse",
    "Al Jazeera",
    "Anadolu",
    "Anadolu Agency",
    "ANI",
    "ANSA",
    "AP",
    "Asian News International",
    "Associated Press",
    "Axios",
    "BBC",
    "BBC News",
    "Belta",
    "Bloomberg",
    "Bloomberg News",
    "Canadian Press",
    "CBC News",
    "CBS News",
    "CNBC",
    "CNN",
    "Deutsche Welle",
    "dpa",
    "DW",
    "EFE",
    "Estadão",
    "Euronews",
    "Financial Times",
    "Folha de S.Paulo",
    "Fox News",
    "France 24",
    "GloboNews",
    "IANS",
    "Indo-Asian News Service",
    "Interfax",
    "Interfax-Ukraine",
    "Kyiv Independent",
    "Kyodo",
    "Kyodo News",
    "Meduza",
    "NBC News",
    "NPR",
    "PA",
    "PA Media",
    "Politico",
    "Press Association",
    "Press Trust of India",
    "PTI",
    "Radio Free Europe",
    "Reuters",
    "RFE/RL",
    "RIA Novosti",
    "Sky News",
    "Sputnik",
    "TASS",
    "Telegraph",
    "The Associated Press",
    "The Canadian Press",
    "The Guardian",
    "The Kyiv Independent",
    "The New York Times",
    "The Telegraph",
    "The Washington Post",
    "The Wall Street Journal",
    "TV Globo",
    "UkrInform",
    "UNIAN",
    "UOL",
    "UPI",
    "USA Today",
    "Xinhua",
    "Yonhap",
    "Интерфакс",
    "РИА Новости",
    "ТАСС",
    "Укринформ",
    "УНИАН",
    "共同通信",
    "時事通信",
    "연합뉴스",
    "뉴시스",
];

/// Photo agencies and the credit words that accompany them (`Pool`,
/// `File`, `Handout`). A credit line without a label must contain one.
pub(crate) static AGENCIES: &[&str] = &[
    "Abaca",
    "AFP",
    "Agence France-Presse",
    "Alamy",
    "Alamy Stock Photo",
    "Anadolu",
    "Anadolu Agency",
    "ANSA",
    "AP",
    "AP Images",
    "AP Photo",
    "Associated Press",
    "Bloomberg",
    "Corbis",
    "dpa",
    "EFE",
    "EPA",
    "EPA-EFE",
    "FilmMagic",
    "Getty",
    "Getty Images",
    "Handout",
    "Icon Sportswire",
    "Imago",
    "Imagn",
    "iStock",
    "iStockphoto",
    "KCNA",
    "Kyodo",
    "LightRocket",
    "Newscom",
    "NurPhoto",
    "PA",
    "PA Images",
    "PA Media",
    "PA Wire",
    "Picture Alliance",
    "Pool",
    "Reuters",
    "Rex",
    "Rex Features",
    "Science Photo Library",
    "Shutterstock",
    "Sipa",
    "Sipa USA",
    "SOPA Images",
    "Sputnik",
    "TASS",
    "Ukrinform",
    "UPI",
    "USA Today Sports",
    "Unsplash",
    "Wikimedia Commons",
    "WireImage",
    "Xinhua",
    "Yonhap",
    "ZUMA Press",
    "ZUMA Wire",
    "РИА Новости",
    "ТАСС",
    "연합뉴스",
];

/// Nouns that make a phrase a job title.
pub(crate) static ROLE_NOUNS: &[&str] = &[
    "analyst",
    "anchor",
    "author",
    "blogger",
    "bureau",
    "chief",
    "columnist",
    "colunista",
    "commentator",
    "contributor",
    "correspondant",
    "correspondent",
    "correspondente",
    "corresponsal",
    "corrispondente",
    "critic",
    "desk",
    "director",
    "economist",
    "editor",
    "editors",
    "fellow",
    "freelancer",
    "giornalista",
    "host",
    "intern",
    "inviato",
    "journalist",
    "journaliste",
    "korrespondent",
    "periodista",
    "photographer",
    "photojournalist",
    "presenter",
    "producer",
    "redactor",
    "redakteur",
    "redakteurin",
    "redator",
    "redattore",
    "reporter",
    "reporters",
    "repórter",
    "researcher",
    "rédacteur",
    "staff",
    "strategist",
    "videographer",
    "writer",
    "writers",
    "журналист",
    "корреспондент",
    "обозреватель",
    "редактор",
    "記者",
    "기자",
];

/// Lower-case words allowed inside a job title besides the nouns.
pub(crate) static ROLE_WORDS: &[&str] = &[
    "&",
    "and",
    "assistant",
    "associate",
    "at",
    "business",
    "climate",
    "contributing",
    "culture",
    "data",
    "de",
    "defense",
    "deputy",
    "digital",
    "economics",
    "education",
    "energy",
    "entertainment",
    "environment",
    "executive",
    "features",
    "finance",
    "for",
    "foreign",
    "freelance",
    "general",
    "global",
    "health",
    "in",
    "international",
    "investigative",
    "junior",
    "lead",
    "legal",
    "local",
    "managing",
    "markets",
    "national",
    "news",
    "of",
    "opinion",
    "political",
    "politics",
    "science",
    "security",
    "senior",
    "special",
    "sports",
    "tech",
    "technology",
    "the",
    "to",
    "travel",
    "world",
];

/// Lower-case particles inside names (`Ursula von der Leyen`, `Ana de
/// Armas`, `Mohammed bin Salman`).
pub(crate) static PARTICLES: &[&str] = &[
    "al", "bin", "binti", "da", "das", "de", "degli", "dei", "del", "della", "den", "der", "di",
    "do", "dos", "du", "el", "ibn", "la", "le", "st.", "ten", "ter", "van", "von", "zu",
];

/// Words of an editorial desk's name (`News Desk`, `Web Desk`, `Newsroom
/// Staff`, `Haber Merkezi`, `La Rédaction`, `Redaktion`, `Редакция`):
/// a byline made of nothing else names no person. Lower case, sorted.
pub(crate) static DESK_WORDS: &[&str] = &[
    "bureau",
    "center",
    "centre",
    "desk",
    "digital",
    "editorial",
    "editors",
    "haber",
    "la",
    "le",
    "merkezi",
    "news",
    "newsdesk",
    "newsroom",
    "online",
    "redacao",
    "redacción",
    "redactie",
    "redaction",
    "redakce",
    "redakcja",
    "redaktion",
    "redazione",
    "redação",
    "rédaction",
    "sports",
    "staff",
    "team",
    "the",
    "web",
    "редакция",
    "редакція",
    "редакції",
];

/// Capitalised words that never belong to a person's name in a byline or
/// credit: function words, the furniture around bylines and the verbs of
/// menu entries (`Become A Contributor`, `Meet The Editor`).
pub(crate) static NOT_NAMES: &[&str] = &[
    "a",
    "about",
    "after",
    "all",
    "an",
    "and",
    "are",
    "as",
    "ask",
    "at",
    "be",
    "become",
    "by",
    "click",
    "comment",
    "comments",
    "contact",
    "copyright",
    "edited",
    "email",
    "facebook",
    "file",
    "follow",
    "for",
    "from",
    "has",
    "have",
    "he",
    "her",
    "his",
    "how",
    "i",
    "if",
    "image",
    "images",
    "in",
    "is",
    "it",
    "its",
    "join",
    "last",
    "meet",
    "more",
    "my",
    "new",
    "no",
    "not",
    "of",
    "on",
    "or",
    "our",
    "photo",
    "photos",
    "posted",
    "published",
    "read",
    "share",
    "she",
    "so",
    "source",
    "support",
    "that",
    "the",
    "their",
    "there",
    "they",
    "this",
    "to",
    "twitter",
    "updated",
    "via",
    "video",
    "was",
    "we",
    "what",
    "when",
    "where",
    "who",
    "why",
    "will",
    "with",
    "write",
    "you",
    "your",
];

/// Order of a lower-case table `key` and a `word` of any case, comparing
/// the word's lower-cased characters (ASCII without table lookups).
pub(crate) fn cmp_lower(key: &str, word: &str) -> Ordering {
    if key.is_ascii() && word.is_ascii() {
        return key
            .bytes()
            .cmp(word.bytes().map(|c| c.to_ascii_lowercase()));
    }
    key.chars().cmp(word.chars().flat_map(char::to_lowercase))
}

/// Longest lower-cased word [`search_lower`] folds on the stack; a longer
/// one is compared character by character with [`cmp_lower`].
const LOWER_MAX: usize = 64;

/// `word` lower-cased (`char::to_lowercase`, UTF-8) into a stack buffer,
/// or `None` when it does not fit. Comparing these bytes with a lower-case
/// key orders them as [`cmp_lower`] does (UTF-8 byte order is code-point
/// order), so a binary search folds the word once instead of at every
/// probe (the probes were ≈ 4 % of a 5 KB file's parse).
fn lowered(word: &str, buf: &mut [u8; LOWER_MAX]) -> Option<usize> {
    let mut n = 0;
    if word.is_ascii() {
        let out = buf.get_mut(..word.len())?;
        for (o, b) in out.iter_mut().zip(word.bytes()) {
            *o = b.to_ascii_lowercase();
        }
        return Some(word.len());
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        let len = c.len_utf8();
        c.encode_utf8(buf.get_mut(n..n + len)?);
        n += len;
    }
    Some(n)
}

/// Binary search of a table sorted by lower-case `key` for `word` in any
/// case: [`cmp_lower`]'s order, with the word folded once.
pub(crate) fn search_lower<T>(
    table: &[T],
    key: impl Fn(&T) -> &str,
    word: &str,
) -> Result<usize, usize> {
    // Host only (`SPEED_PATHS`): on a device the fold costs 1 KiB of
    // flash for time it does not need; both give the same answer (tests).
    let mut buf = [0u8; LOWER_MAX];
    match crate::SPEED_PATHS
        .then(|| lowered(word, &mut buf))
        .flatten()
        .and_then(|n| buf.get(..n))
    {
        Some(w) => table.binary_search_by(|e| key(e).as_bytes().cmp(w)),
        None => table.binary_search_by(|e| cmp_lower(key(e), word)),
    }
}

/// Whether `word` is (case-insensitively) in `table`, a sorted list of
/// lower-case entries (binary search; the unit tests check the order).
pub(crate) fn in_sorted(table: &[&str], word: &str) -> bool {
    search_lower(table, |k| k, word).is_ok()
}

/// Case-insensitive equality that is safe for any script.
pub(crate) fn eq_ci(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Whether `s` is (case-insensitively) one of `table`.
pub(crate) fn is_in(table: &[&str], s: &str) -> bool {
    if s.is_ascii() {
        // Only an ASCII entry of the same length can match.
        return table
            .iter()
            .any(|e| e.len() == s.len() && e.eq_ignore_ascii_case(s));
    }
    table.iter().any(|e| eq_ci(e, s))
}

/// The longest entry of `table` at the start of `s` that ends at a word
/// boundary; returns its byte length in `s`.
pub(crate) fn prefix_in(table: &[&str], s: &str) -> Option<usize> {
    let c0 = s.as_bytes().first().copied();
    table
        .iter()
        // Cheap first-byte test before the full comparison.
        .filter(|e| match (e.as_bytes().first(), c0) {
            (Some(a), Some(b)) if a.is_ascii() && b.is_ascii() => a.eq_ignore_ascii_case(&b),
            (Some(_), Some(_)) => true,
            _ => false,
        })
        .filter_map(|e| {
            let (rest, _) = ci(s, e).ok()?;
            at_word_end(rest).then(|| s.len().saturating_sub(rest.len()))
        })
        .max()
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;
    use proptest::prelude::*;
    use std::format;
    use std::string::String;

    /// The reference: the search [`search_lower`] replaced.
    fn in_sorted_slow(table: &[&str], word: &str) -> bool {
        table.binary_search_by(|k| cmp_lower(k, word)).is_ok()
    }

    /// The tables searched with [`in_sorted`].
    const TABLES: &[&[&str]] = &[ROLE_NOUNS, ROLE_WORDS, PARTICLES, DESK_WORDS, NOT_NAMES];

    #[test]
    fn folded_search_matches_the_per_probe_fold() {
        let long = "x".repeat(LOWER_MAX + 1);
        for table in TABLES {
            for e in *table {
                let upper: String = e.chars().flat_map(char::to_uppercase).collect();
                let mut title: String = e.chars().take(1).flat_map(char::to_uppercase).collect();
                title.extend(e.chars().skip(1));
                let longer = format!("{e}{long}");
                let shorter = e.get(..e.len().saturating_sub(1)).unwrap_or("");
                for w in [
                    *e,
                    &upper,
                    &title,
                    &longer,
                    shorter,
                    "",
                    "İstanbul",
                    "ΣΟΦΙΑ",
                ] {
                    assert_eq!(in_sorted(table, w), in_sorted_slow(table, w), "{w:?}");
                }
                assert!(in_sorted(table, &upper), "{upper:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn folded_search_matches_on_any_word(w in "\\PC{0,70}", i in 0usize..5) {
            let table = TABLES.get(i).copied().unwrap_or_default();
            prop_assert_eq!(in_sorted(table, &w), in_sorted_slow(table, &w));
        }
    }

    #[test]
    fn lookups() {
        assert!(is_in(OUTLETS, "REUTERS") && is_in(OUTLETS, "тасс"));
        assert!(!is_in(OUTLETS, "Reuter"));
        assert_eq!(prefix_in(AGENCIES, "Getty Images for X"), Some(12));
        assert_eq!(prefix_in(AGENCIES, "Gettysburg"), None);
        assert!(in_sorted(ROLE_NOUNS, "Editor") && in_sorted(NOT_NAMES, "THE"));
        assert!(in_sorted(ROLE_NOUNS, "КОРРЕСПОНДЕНТ") && !in_sorted(ROLE_NOUNS, "edito"));
    }

    #[test]
    fn sorted_tables_are_sorted_and_lower_case() {
        for table in TABLES {
            for pair in table.windows(2) {
                if let [a, b] = pair {
                    assert_eq!(a.chars().cmp(b.chars()), Ordering::Less, "{a} {b}");
                }
            }
            for e in *table {
                assert!(!e.chars().any(crate::ucd::case::is_upper), "{e}");
            }
        }
    }
}
