//! Stop words of several languages, and the word-hash table the article
//! classifier looks them up in.
//!
//! Prose is full of function words ("the", "of", "и", "que", "der"); menus,
//! headline lists and credits are not. The share of stop words among a
//! block's words is therefore one of the strongest language-independent-ish
//! signals that a block is running text — as long as the language's list is
//! here. Languages written without spaces (Chinese, Japanese) and Korean
//! (whose particles attach to words) get character-class features instead.
//!
//! The lists are merged into one open-addressing table of 32-bit entries
//! built at compile time ([`WordTable::build`]): a 24-bit tag from a 64-bit
//! FNV-1a hash of the lower-cased word plus 8 flag bits. One probe per word,
//! no allocation, 8 KiB of read-only data. A tag collision (≈ 1 in 2^24 per
//! lookup) can only make an unknown word count as a stop word — harmless
//! for a statistical feature.
//!
//! Adding words: append them (lower case) to the language's list; other
//! modules (the boilerplate lexicon) add their own flagged words and word
//! pairs to the same table.

/// Flag: a stop word.
pub const STOP: u8 = 1;
/// Flag set by [`WordTable::build`] on the first word of every listed word
/// pair, so callers look pairs up only after such a word.
pub const PAIR_HEAD: u8 = 1 << 7;

/// English.
pub const EN: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "said",
    "says",
    "it's",
    "it’s",
    "don't",
    "don’t",
    "we're",
    "we’re",
    "i'm",
    "i’m",
];

/// French.
pub const FR: &[&str] = &[
    "de", "la", "le", "les", "des", "du", "un", "une", "et", "est", "en", "que", "qui", "dans",
    "pour", "pas", "par", "sur", "au", "aux", "ce", "ces", "il", "elle", "ils", "elles", "nous",
    "vous", "sont", "avec", "plus", "mais", "ou", "se", "son", "sa", "ses", "leur", "leurs", "été",
    "être", "fait", "comme", "tout", "aussi", "ont", "était", "cette", "on", "ne", "lui", "je",
    "y", "d'un", "d'une", "qu'il", "c'est", "n'est", "l'on",
];

/// German.
pub const DE: &[&str] = &[
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "einer", "zu",
    "den", "dem", "des", "mit", "sich", "auf", "für", "von", "im", "auch", "es", "an", "als",
    "wie", "wird", "bei", "oder", "aus", "nach", "noch", "hat", "sind", "war", "werden", "um",
    "ich", "er", "sie", "wir", "ihr", "aber", "dass", "über", "vor", "zum", "zur", "nur", "kann",
    "wurde", "haben", "so", "am", "wenn",
];

/// Spanish.
pub const ES: &[&str] = &[
    "el", "los", "las", "y", "en", "que", "un", "una", "es", "por", "con", "para", "su", "sus",
    "del", "al", "lo", "como", "más", "pero", "le", "ya", "o", "este", "esta", "ha", "si",
    "porque", "entre", "cuando", "muy", "sin", "sobre", "también", "me", "hasta", "hay", "donde",
    "quien", "desde", "todo", "nos", "durante", "fue", "son", "ser", "está", "les", "se", "la",
    "de", "no",
];

/// Portuguese.
pub const PT: &[&str] = &[
    "o", "os", "as", "um", "uma", "é", "com", "não", "do", "da", "dos", "das", "em", "no", "na",
    "nos", "nas", "se", "por", "mais", "ao", "aos", "à", "às", "pelo", "pela", "foi", "ser", "tem",
    "seu", "sua", "seus", "suas", "são", "como", "mas", "muito", "já", "também", "quando", "está",
    "isso", "ele", "ela", "eles", "elas", "você", "para", "que", "de", "e", "a", "ou", "sobre",
    "mesmo", "ainda", "pode", "só", "eu",
];

/// Italian.
pub const IT: &[&str] = &[
    "il", "lo", "gli", "di", "che", "è", "e", "per", "non", "un", "una", "uno", "sono", "ha",
    "con", "si", "della", "del", "dei", "delle", "degli", "nel", "nella", "nei", "alla", "al",
    "da", "dal", "ma", "come", "anche", "più", "questo", "questa", "se", "ci", "ne", "la", "le",
    "in", "a", "o", "sua", "suo", "loro", "essere", "stato", "quando",
];

/// Dutch.
pub const NL: &[&str] = &[
    "de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "zijn", "voor", "met", "niet",
    "aan", "er", "die", "ook", "als", "bij", "maar", "om", "dan", "nog", "wordt", "naar", "uit",
    "tot", "werd", "hij", "zij", "ze", "wij", "we", "heeft", "hebben",
];

/// Russian.
pub const RU: &[&str] = &[
    "и",
    "в",
    "во",
    "не",
    "на",
    "что",
    "с",
    "со",
    "по",
    "как",
    "а",
    "то",
    "это",
    "из",
    "у",
    "за",
    "от",
    "о",
    "об",
    "так",
    "но",
    "все",
    "всё",
    "его",
    "для",
    "же",
    "был",
    "была",
    "были",
    "было",
    "она",
    "он",
    "они",
    "к",
    "до",
    "ее",
    "её",
    "бы",
    "мы",
    "вы",
    "я",
    "уже",
    "или",
    "ли",
    "если",
    "только",
    "когда",
    "есть",
    "их",
    "еще",
    "ещё",
    "даже",
    "при",
    "мне",
    "чтобы",
    "может",
    "там",
    "где",
    "себя",
    "него",
    "нет",
    "тоже",
    "потому",
    "очень",
    "этот",
    "эта",
    "этой",
    "этого",
    "который",
    "которые",
    "которая",
    "также",
    "меня",
    "ему",
    "им",
];

/// Polish.
pub const PL: &[&str] = &[
    "i", "w", "z", "na", "się", "nie", "do", "to", "że", "jest", "o", "jak", "ale", "po", "od",
    "za", "co", "tak", "przez", "dla", "są", "był", "była", "jego", "oraz", "które", "który",
    "która", "już", "tylko",
];

/// Turkish: the function words written apart (case endings are suffixes).
pub const TR: &[&str] = &[
    "ve",
    "bir",
    "bu",
    "da",
    "de",
    "için",
    "ile",
    "olarak",
    "çok",
    "daha",
    "gibi",
    "ama",
    "ancak",
    "ki",
    "ne",
    "olan",
    "sonra",
    "kadar",
    "en",
    "her",
    "veya",
    "şu",
    "değil",
    "göre",
    "tarafından",
    "ise",
    "olduğu",
    "o",
    "ya",
    "hem",
    "ilk",
    "son",
    "diye",
];

/// Indonesian and Malay.
pub const ID: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "akan", "pada", "ini", "itu", "dalam",
    "tidak", "juga", "karena", "oleh", "sudah", "ada", "atau", "bisa", "telah", "saat", "kami",
    "mereka", "lebih", "masih", "hingga", "namun", "agar", "secara", "bahwa", "para", "tersebut",
];

/// Vietnamese: function syllables (words are written syllable by syllable).
pub const VI: &[&str] = &[
    "của", "và", "là", "các", "có", "được", "trong", "cho", "với", "này", "những", "không", "một",
    "đã", "để", "từ", "khi", "về", "theo", "cũng", "tại", "sẽ", "đến", "nhưng", "như", "vào",
    "thì", "nên", "đang", "cùng",
];

/// Ukrainian (the words Russian spells differently; shared ones such as
/// `на`, `не`, `по` are in [`RU`]).
pub const UK: &[&str] = &[
    "і",
    "й",
    "та",
    "що",
    "у",
    "з",
    "із",
    "зі",
    "до",
    "як",
    "за",
    "від",
    "про",
    "для",
    "це",
    "він",
    "вона",
    "вони",
    "його",
    "її",
    "їх",
    "але",
    "або",
    "ще",
    "вже",
    "також",
    "який",
    "яка",
    "яке",
    "які",
    "було",
    "був",
    "була",
    "буде",
    "є",
    "при",
    "під",
    "над",
    "між",
    "після",
    "через",
    "щоб",
    "коли",
    "тому",
    "так",
    "лише",
    "цей",
    "ця",
    "ці",
    "цього",
    "свої",
    "однак",
    "проте",
    "адже",
    "чи",
    "би",
    "б",
    "ні",
    "усі",
    "всі",
    "своє",
    "свою",
    "свого",
    "має",
    "мають",
    "може",
    "можуть",
    "ми",
    "ви",
    "нас",
    "вас",
    "їм",
    "йому",
    "там",
    "тут",
    "де",
    "дуже",
    "більше",
    "понад",
    "саме",
    "теж",
];

/// Czech and Slovak (the common function words of both).
pub const CS_SK: &[&str] = &[
    "a", "v", "se", "na", "je", "že", "s", "z", "do", "o", "k", "i", "to", "by", "pro", "od", "po",
    "ve", "jako", "ale", "za", "jsou", "být", "bude", "podle", "které", "který", "která", "jeho",
    "jejich", "také", "již", "už", "jen", "při", "než", "tak", "ze", "ke", "mezi", "byl", "byla",
    "bylo", "není", "nebo", "aby", "ani", "kde", "když", "co", "jak", "této", "tento", "tato",
    "sa", "sú", "pre", "ako", "aj", "bol", "bola", "tiež", "alebo", "ktorý", "ktorá",
];

/// Greek (monotonic spelling, lower case; `τησ`-style all-caps words are
/// not folded to a final sigma and stay unmatched).
pub const EL: &[&str] = &[
    "και",
    "το",
    "η",
    "ο",
    "οι",
    "τα",
    "της",
    "του",
    "των",
    "την",
    "τον",
    "τη",
    "τις",
    "τους",
    "σε",
    "στο",
    "στη",
    "στην",
    "στον",
    "στα",
    "στις",
    "στους",
    "με",
    "για",
    "από",
    "που",
    "να",
    "θα",
    "δεν",
    "είναι",
    "ένα",
    "μια",
    "μία",
    "ένας",
    "ως",
    "ή",
    "αλλά",
    "μετά",
    "πριν",
    "ότι",
    "όπως",
    "καθώς",
    "ενώ",
    "έχει",
    "έχουν",
    "ήταν",
    "κατά",
    "μέχρι",
    "μεταξύ",
    "όταν",
    "αυτό",
    "αυτή",
    "αυτά",
    "πιο",
    "επίσης",
    "μόνο",
    "ακόμη",
    "ακόμα",
    "όμως",
    "έως",
    "προς",
    "χωρίς",
];

/// Swedish, without the words that are also English content words or
/// abbreviations (`men`, `den`, `sig`, `var`, `ut`, `dem`, `han`, `kan`):
/// they would make English blocks look more like prose.
pub const SV: &[&str] = &[
    "och", "att", "det", "som", "på", "är", "av", "för", "till", "har", "inte", "ett", "jag",
    "från", "när", "hon", "också", "efter", "eller", "där", "vid", "mot", "ska", "skulle",
    "kommer", "får", "finns", "vara", "hade", "alla", "andra", "mycket", "än", "här", "då",
    "sedan", "över", "bara", "vad", "blir", "upp", "oss", "vill", "enligt", "säger", "även",
];

/// Danish and Norwegian (Bokmål) share most function words; the ones that
/// are also English words (`men`, `den`, `hun`, `bare`, `mod`, `end`, `op`,
/// `os`) are left out, as for Swedish.
pub const DA_NO: &[&str] = &[
    "og", "at", "det", "som", "på", "er", "af", "av", "til", "har", "ikke", "et", "jeg", "seg",
    "fra", "når", "også", "etter", "efter", "eller", "nå", "ved", "skal", "skulle", "kommer",
    "får", "være", "hadde", "havde", "andre", "mye", "meget", "enn", "hva", "hvad", "blir",
    "bliver", "opp", "oss", "ifølge", "sier", "siger", "ble", "blev", "kunne", "dette", "disse",
];

/// Hebrew: the function words written apart (`ה`, `ו`, `ב`, `ל` are prefixes).
pub const HE: &[&str] = &[
    "של", "את", "על", "עם", "לא", "הוא", "היא", "זה", "זו", "כי", "גם", "אם", "או", "כל", "אבל",
    "יותר", "אחרי", "לפני", "בין", "עד", "אשר", "הם", "יש", "אין", "כך", "רק", "מה",
];

/// Hindi: postpositions, auxiliaries and pronouns.
pub const HI: &[&str] = &[
    "के",
    "में",
    "की",
    "है",
    "और",
    "से",
    "को",
    "का",
    "ने",
    "पर",
    "कि",
    "यह",
    "भी",
    "हैं",
    "एक",
    "लिए",
    "था",
    "थी",
    "थे",
    "गया",
    "गई",
    "हो",
    "कर",
    "तो",
    "वे",
    "इस",
    "जो",
    "नहीं",
    "साथ",
    "बाद",
    "रहे",
    "रहा",
    "किया",
    "करने",
    "उन्होंने",
    "अपने",
    "वह",
];

/// Arabic: the common particles and pronouns written as words of their
/// own (`و` and `ب` are prefixes, glued to the next word, so not here).
pub const AR: &[&str] = &[
    "في",
    "من",
    "على",
    "إلى",
    "الى",
    "أن",
    "ان",
    "عن",
    "مع",
    "هذا",
    "هذه",
    "التي",
    "الذي",
    "كان",
    "كانت",
    "لا",
    "ما",
    "أو",
    "او",
    "بين",
    "بعد",
    "قبل",
    "حتى",
    "إن",
    "قد",
    "لم",
    "لن",
    "هو",
    "هي",
    "ذلك",
    "تلك",
    "عند",
    "منذ",
    "كما",
    "أي",
    "كل",
    "وقد",
    "وفي",
    "ولا",
    "الذين",
];

/// Month names and abbreviations (en, pt, es, fr, de, it, nl, sv, da/no, pl,
/// ru, uk, cs, sk and el genitive, tr, ar — the Egyptian/Gulf names and the Levantine ones of
/// one word): a
/// month name next to a number makes a block look like a dateline.
pub const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "enero",
    "febrero",
    "marzo",
    "mayo",
    "junio",
    "julio",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "décembre",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    // fr/it
    "novembre",
    // nl
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    // pl (genitive, as in dates)
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    // tr
    "ocak",
    "şubat",
    "mart",
    "nisan",
    "mayıs",
    "haziran",
    "temmuz",
    "ağustos",
    "eylül",
    "ekim",
    "kasım",
    "aralık",
    // hi
    "जनवरी",
    "फ़रवरी",
    "फरवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "सितम्बर",
    "अक्टूबर",
    "अक्तूबर",
    "नवंबर",
    "नवम्बर",
    "दिसंबर",
    "दिसम्बर",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "اغسطس",
    "سبتمبر",
    "أكتوبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "أيلول",
    // Abbreviations of the other languages that are not ordinary words
    // (`set`, `out`, `gen`, `mag` are left out).
    "ene",
    "abr",
    "ago",
    "dic",
    "janv",
    "févr",
    "fevr",
    "fev",
    "avr",
    "juil",
    "déc",
    "jän",
    "mär",
    "mrz",
    "mrt",
    "okt",
    "dez",
    "giu",
    "lug",
    "ott",
    "янв",
    "фев",
    "февр",
    "мар",
    "апр",
    "июн",
    "июл",
    "авг",
    "сен",
    "сент",
    "окт",
    "ноя",
    "нояб",
    "дек",
    "ιανουαρίου",
    "φεβρουαρίου",
    "μαρτίου",
    "απριλίου",
    "μαΐου",
    "ιουνίου",
    "ιουλίου",
    "αυγούστου",
    "σεπτεμβρίου",
    "οκτωβρίου",
    "νοεμβρίου",
    "δεκεμβρίου",
    "maj",
    "augusti",
    "marts",
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
    "ledna",
    "února",
    "března",
    "dubna",
    "května",
    "června",
    "července",
    "srpna",
    "září",
    "října",
    "listopadu",
    "prosince",
    "januára",
    "februára",
    "apríla",
    "mája",
    "júna",
    "júla",
    "augusta",
    "septembra",
    "októbra",
    "novembra",
    "decembra",
];

/// Weekday names (en, pt, es, fr, de, it, ru, ar): a weekday next to a date or
/// a time makes a block look like a dateline.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الاربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "δευτέρα",
    "τρίτη",
    "τετάρτη",
    "πέμπτη",
    "παρασκευή",
    "σάββατο",
    "κυριακή",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "mandag",
    "tirsdag",
    "lørdag",
    "søndag",
];

/// Every stop-word list with its flag.
pub const ALL: &[&[&str]] = &[EN, FR, DE, ES, PT, IT, NL, RU, PL];

/// FNV-1a 64 offset basis.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64 prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a 64 of `bytes`, continuing from `h`.
#[inline]
pub const fn fnv_bytes(mut h: u64, mut bytes: &[u8]) -> u64 {
    while let [b, rest @ ..] = bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(FNV_PRIME);
        bytes = rest;
    }
    h
}

/// Hash of a word pair, from the two word hashes (order matters).
#[inline]
pub const fn pair_hash(a: u64, b: u64) -> u64 {
    (a.rotate_left(17) ^ b).wrapping_mul(FNV_PRIME)
}

/// The first word of `s` and whether `s` is a pair.
const fn first_word(s: &str) -> (&[u8], bool) {
    let all = s.as_bytes();
    let mut rest = all;
    let mut i = 0;
    while let [b, tail @ ..] = rest {
        if *b == b' ' {
            let (l, _) = all.split_at(i);
            return (l, true);
        }
        rest = tail;
        i += 1;
    }
    (all, false)
}

/// Hash of an already lower-case word or, for a phrase of two words
/// separated by one space, of the pair.
pub const fn phrase_hash(s: &str) -> u64 {
    let all = s.as_bytes();
    let mut rest = all;
    let mut i = 0;
    while let [b, tail @ ..] = rest {
        if *b == b' ' {
            let (l, _) = all.split_at(i);
            return pair_hash(fnv_bytes(FNV_OFFSET, l), fnv_bytes(FNV_OFFSET, tail));
        }
        rest = tail;
        i += 1;
    }
    fnv_bytes(FNV_OFFSET, all)
}

/// An open-addressing set of word hashes with 8 flag bits each.
#[derive(Clone, Copy, Debug)]
pub struct WordTable<const N: usize> {
    slots: [u32; N],
}

impl<const N: usize> WordTable<N> {
    #[inline]
    const fn tag(h: u64) -> u32 {
        // 24 bits from the top of the hash, never zero.
        (((h >> 40) as u32) | 1) << 8
    }

    /// Builds the table from lists of (words, flags). `N` must be a power of
    /// two comfortably larger than the number of words (checked at compile
    /// time: a full table fails const evaluation).
    ///
    /// Only meant for `const` items: the indexing below runs in the
    /// compiler, where an out-of-bounds index is a build error, not a panic.
    #[allow(clippy::indexing_slicing)]
    pub const fn build(lists: &[(&[&str], u8)]) -> Self {
        let mut slots = [0u32; N];
        let mut l = 0;
        while l < lists.len() {
            let (words, flags) = lists[l];
            let mut w = 0;
            while w < words.len() {
                // A pair also marks its first word as a pair head.
                let (head, has_pair) = first_word(words[w]);
                if has_pair {
                    slots = Self::insert(slots, fnv_bytes(FNV_OFFSET, head), PAIR_HEAD);
                }
                let h = phrase_hash(words[w]);
                let tag = Self::tag(h);
                let mut idx = (h as usize) & (N - 1);
                let mut probes = 0;
                loop {
                    let e = slots[idx];
                    if e == 0 {
                        slots[idx] = tag | flags as u32;
                        break;
                    }
                    if e & !0xFF == tag {
                        slots[idx] = e | flags as u32;
                        break;
                    }
                    idx = (idx + 1) & (N - 1);
                    probes += 1;
                    assert!(probes < N, "word table full");
                }
                w += 1;
            }
            l += 1;
        }
        WordTable { slots }
    }

    #[allow(clippy::indexing_slicing)]
    const fn insert(mut slots: [u32; N], h: u64, flags: u8) -> [u32; N] {
        let tag = Self::tag(h);
        let mut idx = (h as usize) & (N - 1);
        let mut probes = 0;
        loop {
            let e = slots[idx];
            if e == 0 {
                slots[idx] = tag | flags as u32;
                return slots;
            }
            if e & !0xFF == tag {
                slots[idx] = e | flags as u32;
                return slots;
            }
            idx = (idx + 1) & (N - 1);
            probes += 1;
            assert!(probes < N, "word table full");
        }
    }

    /// Occupied slots (for sizing tests).
    pub fn used(&self) -> usize {
        self.slots.iter().filter(|&&e| e != 0).count()
    }

    /// Flags of the word (or pair) with hash `h`; 0 when absent.
    #[inline]
    pub fn get(&self, h: u64) -> u8 {
        let tag = Self::tag(h);
        let mask = N.wrapping_sub(1);
        let mut idx = (h as usize) & mask;
        for _ in 0..N {
            let Some(&e) = self.slots.get(idx) else {
                return 0;
            };
            if e == 0 {
                return 0;
            }
            if e & !0xFF == tag {
                return (e & 0xFF) as u8;
            }
            idx = (idx + 1) & mask;
        }
        0
    }
}

/// The UTF-8 length of a character that starts with lead byte `x` (and
/// second byte `y`) when every character with that lead is its own lower
/// case: U+0580–U+07FF (Armenian small letters, Hebrew, Arabic, Syriac,
/// Thaana, NKo), U+0800–U+0FFF (Indic scripts, Thai, Lao, Tibetan),
/// U+3000–U+9FFF (kana, CJK), U+AC00–U+DFFF (Hangul) and the private use
/// area up to U+EFFF. Leads whose blocks hold capitals (Latin Extended
/// Additional, Greek, Georgian, letter-like symbols, fullwidth Latin) are
/// not in the list. A test checks every character of these ranges.
#[inline]
fn caseless_len(x: u8, y: u8) -> Option<usize> {
    match x {
        0xD6..=0xDF => Some(2),
        0xE0 | 0xE3..=0xE9 | 0xEB..=0xEE => Some(3),
        0xEA if y >= 0xB0 => Some(3),
        _ => None,
    }
}

/// Hash of a word for [`WordTable::get`]: lower-cases as it goes (ASCII
/// directly, other scripts through `char::to_lowercase`), skipping nothing —
/// the caller trims punctuation first. Latin-1 and basic Cyrillic letters
/// (most non-ASCII words in news) are lower-cased on their UTF-8 bytes,
/// with the same result as [`crate::article::text::lower`].
#[inline]
pub fn word_hash(word: &str) -> u64 {
    let step = |h: u64, b: u8| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    let b = word.as_bytes();
    // ASCII words (most of them): one lower-casing step a byte.
    if word.is_ascii() {
        return b
            .iter()
            .fold(FNV_OFFSET, |h, &x| step(h, x.to_ascii_lowercase()));
    }
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            h = step(h, x.to_ascii_lowercase());
            i += 1;
            continue;
        }
        let y = b.get(i + 1).copied().unwrap_or(0);
        let pair = match (x, y) {
            // А–П → а–п, Р–Я → р–я, Ѐ–Џ → ѐ–џ.
            (0xD0, 0x90..=0x9F) => Some((0xD0, y + 0x20)),
            (0xD0, 0xA0..=0xAF) => Some((0xD1, y - 0x20)),
            (0xD0, 0x80..=0x8F) => Some((0xD1, y + 0x10)),
            // Small Cyrillic letters stay.
            (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x9F) => Some((x, y)),
            // Latin-1 capitals (not ×) → small letters; the rest stays.
            (0xC3, 0x80..=0x96 | 0x98..=0x9E) => Some((0xC3, y + 0x20)),
            (0xC3, 0x97..=0x97 | 0x9F..=0xBF) => Some((0xC3, y)),
            _ => None,
        };
        if let Some((p, q)) = pair {
            h = step(step(h, p), q);
            i += 2;
            continue;
        }
        // Scripts without letter case (Hebrew, Arabic, Indic, Thai, CJK,
        // Hangul): the character is its own lower case, so its bytes are
        // hashed as they are, without decoding it.
        if let Some(n) = caseless_len(x, y)
            && let Some(bytes) = b.get(i..i + n)
        {
            for &c in bytes {
                h = step(h, c);
            }
            i += n;
            continue;
        }
        let Some(c) = word.get(i..).and_then(|r| r.chars().next()) else {
            // Not at a character boundary: cannot happen for a `&str`
            // walked by whole characters.
            break;
        };
        let l = crate::article::text::lower(c);
        let mut buf = [0u8; 4];
        h = fnv_bytes(h, l.encode_utf8(&mut buf).as_bytes());
        i += c.len_utf8();
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: WordTable<256> = WordTable::build(&[(EN, STOP), (&["sign up"], 4)]);

    /// The reference: decode, lower-case, re-encode every character.
    fn word_hash_by_chars(word: &str) -> u64 {
        let mut h = FNV_OFFSET;
        for c in word.chars() {
            let l = crate::article::text::lower(c);
            let mut buf = [0u8; 4];
            h = fnv_bytes(h, l.encode_utf8(&mut buf).as_bytes());
        }
        h
    }

    #[test]
    fn byte_fast_path_matches_char_lowering() {
        extern crate std;
        let step = if cfg!(miri) { 251 } else { 1 };
        for c in (0u32..0x3_0000)
            .step_by(step)
            .chain(0xC0..0x100)
            .chain(0x400..0x460)
            .filter_map(char::from_u32)
        {
            let w = std::format!("a{c}Z{c}");
            assert_eq!(word_hash(&w), word_hash_by_chars(&w), "{c:?}");
        }
        for w in [
            "",
            "Москва",
            "ÉTÉ",
            "Straße",
            "ЁЖИК",
            "Ѐѝ",
            "×÷",
            "中文",
            "Ωmega",
        ] {
            assert_eq!(word_hash(w), word_hash_by_chars(w), "{w}");
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(T.get(word_hash("The")), STOP);
        assert_eq!(T.get(word_hash("WITH")), STOP);
        assert_eq!(T.get(word_hash("Kremlin")), 0);
        let pair = pair_hash(word_hash("Sign"), word_hash("UP"));
        assert_eq!(T.get(pair), 4);
        assert_eq!(word_hash("Что"), word_hash("что"));
    }

    #[test]
    fn lists_are_lower_case() {
        for list in ALL {
            for w in *list {
                assert!(!w.chars().any(crate::ucd::case::is_upper), "{w}");
                assert!(!w.contains(' '), "{w}");
            }
        }
    }
}
