//! Small closed word lists the news rules consult, as data.
//!
//! Each list is sorted, lower case, and searched with
//! [`super::text::in_list`] (ASCII-case-insensitive binary search). The
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
pub(super) static FUNCTION_WORDS: &[&str] = &[
    "a", "about", "according", "after", "again", "against", "all", "also", "although", "amid",
    "among", "an", "and", "another", "any", "anyone", "anything", "are", "as", "at", "because",
    "before", "being", "both", "but", "by", "despite", "did", "do", "does", "during", "each",
    "earlier", "either", "even", "every", "few", "finally", "for", "from", "had", "has", "have",
    "he", "her", "here", "his", "how", "however", "i", "if", "in", "instead", "is", "it", "its",
    "last", "later", "many", "meanwhile", "more", "most", "much", "my", "neither", "never",
    "nevertheless", "no", "none", "nor", "not", "now", "of", "on", "once", "one", "only", "or",
    "other", "others", "our", "perhaps", "please", "she", "since", "so", "some", "still", "such",
    "than", "that", "the", "their", "then", "there", "these", "they", "this", "those", "though",
    "thus", "to", "today", "tomorrow", "under", "unlike", "until", "was", "we", "were", "what",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "with", "within",
    "without", "yes", "yesterday", "yet", "you", "your",
];

/// Verbs of saying that close a quotation's attribution: `"Who knew?"
/// Lindqvist asked.` is one sentence because `asked` follows the name.
pub(super) static SPEECH_VERBS: &[&str] = &[
    "acknowledged", "added", "adds", "admits", "admitted", "agreed", "announced", "answered",
    "argued", "argues", "asked", "asks", "barked", "began", "boasted", "called", "claimed",
    "claims", "commented", "complained", "conceded", "concluded", "confirmed", "continued",
    "continues", "countered", "cried", "declared", "demanded", "exclaimed", "explained",
    "explains", "grumbled", "insisted", "insists", "joked", "lamented", "laughed", "mused",
    "muttered", "mutters", "noted", "notes", "observed", "offered", "pleaded", "pointed", "posted",
    "quipped", "recalled", "recalls", "remarked", "replied", "replies", "reported", "responded",
    "retorted", "said", "says", "screamed", "shouted", "shouts", "sighed", "snapped", "stated",
    "stressed", "suggested", "tells", "told", "tweeted", "urged", "warned", "whispered",
    "wondered", "wonders", "writes", "wrote", "yelled",
];

/// Nouns that, capitalised after a proper initialism (`U.S.`, `U.N.`,
/// `E.U.`, `D.C.`, `F.B.I.`), continue an institution's name or a title:
/// `the U.S. Senate`, `U.N. Secretary-General`, `U.S. Rep.`, `D.C. Council`.
/// Any other capitalised word after such an initialism starts a sentence
/// (`in the U.S. Officials said…`): in news copy a common noun is only
/// capitalised at the start of a sentence.
pub(super) static PROPER_CONTINUATION: &[&str] = &[
    "administration", "agency", "agriculture", "air", "ambassador", "ambassadors", "appeals",
    "armed", "army", "assembly", "attorney", "attorneys", "bank", "bankruptcy", "bishops",
    "border", "bureau", "cabinet", "capitol", "census", "centers", "central", "chamber",
    "championship", "championships", "charter", "chief", "circuit", "citizenship", "civil",
    "climate", "coast", "command", "commerce", "commission", "commissioner", "committee",
    "conference", "congress", "congressman", "congresswoman", "constitution", "consul",
    "consulate", "council", "councilmember", "court", "courts", "cup", "customs", "cyber",
    "defence", "defense", "delegate", "delegation", "department", "deputy", "development",
    "diplomat", "diplomats", "director", "district", "drug", "economic", "education", "election",
    "embassy", "energy", "environment", "environmental", "envoy", "federal", "fish", "food",
    "forces", "foreign", "forest", "general", "geological", "government", "governor", "green",
    "health", "high", "highway", "homeland", "house", "human", "humanitarian", "immigration",
    "institute", "institutes", "intelligence", "interior", "internal", "international",
    "interstate", "justice", "labor", "labour", "marine", "marines", "marshals", "mayor", "men's",
    "military", "mint", "mission", "national", "navy", "nuclear", "office", "olympic", "open",
    "parliament", "patent", "peacekeepers", "peacekeeping", "police", "postal", "president",
    "presidential", "prime", "public", "refugee", "relief", "representative", "representatives",
    "route", "secret", "secretary", "secretary-general", "securities", "security", "senate",
    "senator", "senators", "soccer", "southern", "space", "special", "state", "steel", "superior",
    "supreme", "surgeon", "team", "trade", "transportation", "treasury", "veterans", "vice",
    "virgin", "women's", "world",
];

/// Nouns that, capitalised after a company or name suffix (`Inc.`, `Corp.`,
/// `Co.`, `Ltd.`, `Jr.`), continue the name or title: `Apple Inc. CEO Tim
/// Cook`, `Toyota Motor Corp. Chief Executive…`, `Martin Luther King Jr. Day`.
pub(super) static ORG_CONTINUATION: &[&str] = &[
    "ag", "airport", "avenue", "blvd", "board", "boulevard", "bridge", "ceo", "cfo", "chair",
    "chairman", "chairwoman", "chief", "co", "co-founder", "cofounder", "coo", "corp", "cto",
    "day", "director", "drive", "elementary", "executive", "expressway", "founder", "freeway",
    "gmbh", "group", "hall", "high", "highway", "holdings", "inc", "institute", "library", "llc",
    "ltd", "managing", "memorial", "middle", "nv", "park", "parkway", "plaza", "plc", "president",
    "road", "sa", "school", "se", "spokesman", "spokesperson", "spokeswoman", "square", "stadium",
    "street", "vice",
];

/// Time zones and zone words that follow `a.m.`/`p.m.` inside a sentence
/// (`10:30 a.m. ET`, `5 p.m. Eastern`).
pub(super) static TIME_ZONES: &[&str] = &[
    "aedt", "aest", "akdt", "akst", "bst", "cdt", "central", "cest", "cet", "ct", "eastern", "edt",
    "eest", "eet", "est", "et", "gmt", "greenwich", "hst", "ist", "jst", "kst", "local", "mdt",
    "mountain", "msk", "mst", "mt", "pacific", "pdt", "pst", "pt", "sast", "utc", "wet", "zulu",
];

/// Weekday and month names (unabbreviated): after a time (`5 p.m. Monday`)
/// they continue the date expression.
pub(super) static CALENDAR_WORDS: &[&str] = &[
    "april", "august", "december", "february", "friday", "january", "july", "june", "march", "may",
    "monday", "november", "october", "saturday", "september", "sunday", "thursday", "tuesday",
    "wednesday",
];

/// Words that may make up a fronted time adverbial (`At 5 a.m.`, `Shortly
/// after 9 p.m. on Tuesday,`), with numbers, weekday and month names.
/// A sentence cannot consist of such a phrase alone, so a time abbreviation
/// ending one does not end the sentence (Golden Rule 18).
pub(super) static TIME_PHRASE_WORDS: &[&str] = &[
    "a", "about", "after", "afternoon", "again", "almost", "and", "approximately", "around", "as",
    "at", "before", "beginning", "between", "by", "close", "daily", "each", "earlier", "early",
    "evening", "every", "from", "just", "last", "late", "later", "midnight", "morning", "nearly",
    "next", "night", "noon", "of", "on", "or", "past", "roughly", "shortly", "since", "some",
    "sometime", "starting", "the", "then", "this", "through", "till", "to", "today", "tomorrow",
    "tonight", "until", "yesterday",
];

/// Lower-case words that cannot end a line of finished text: a line that
/// ends with one was hard-wrapped inside a sentence (`…met with the` ⏎
/// `President…`).
pub(super) static LINE_CONTINUING: &[&str] = &[
    "a", "about", "after", "an", "and", "are", "as", "at", "be", "been", "before", "between",
    "but", "by", "for", "from", "had", "has", "have", "her", "his", "in", "into", "is", "its",
    "my", "nor", "of", "on", "onto", "or", "our", "than", "that", "the", "their", "to", "under",
    "was", "were", "which", "who", "whose", "with", "your",
];

/// First words of a parenthesised photo/reporting credit (`(Photo: …)`,
/// `(Reporting by …)`), which stands as a segment of its own.
pub(super) static CREDIT_WORDS: &[&str] = &[
    "additional", "courtesy", "credit", "credits", "editing", "file", "graphic", "graphics",
    "illustration", "image", "images", "photo", "photograph", "photos", "picture", "pictures",
    "reporting", "screengrab", "screenshot", "source", "video", "writing",
];

/// Names that end with an exclamation mark (`Yahoo! Finance`,
/// `Jeopardy! host`): the mark is part of the name.
pub(super) static EXCLAMATION_NAMES: &[&str] = &["e", "jeopardy", "yahoo"];

/// Whether `w` is a Roman numeral (`III`, `XIV`): after `No.`/`Vol.` it
/// counts as a number.
pub(super) fn is_roman_numeral(w: &str) -> bool {
    !w.is_empty()
        && w.len() <= 8
        && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        for list in [
            FUNCTION_WORDS,
            SPEECH_VERBS,
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
                assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w:?} lower case");
            }
        }
    }
}
