//! Boilerplate phrases: the words pages put around an article.
//!
//! Three kinds of entries, all lower case:
//!
//! * [`EXACT`]: a whole (short) block that is nothing but the phrase —
//!   `Advertisement`, `Leave a Reply`, `Share this:` — after trimming
//!   decoration (`»`, `|`, `•`, brackets, a trailing colon).
//! * [`PREFIX`]: a block that starts with the phrase at a word boundary —
//!   `READ MORE: …`, `Photo: …`, `© 2019 …`.
//! * [`SIGNAL_WORDS`]: single words and word pairs that give a block away
//!   wherever they occur (`cookies`, `subscribe to`, `all rights reserved`);
//!   they live in the shared word table with the stop words (one probe per
//!   word, see [`super::stopwords`]).
//!
//! Several languages are covered (en, pt, es, fr, de, it, ru, ko, ja, zh);
//! add phrases freely: [`EXACT`] must stay sorted (unit test), the others are
//! scanned in order.

/// Kind of boilerplate, as written in the record's `boilerplate[].kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Site navigation, menus, breadcrumbs, tag lists.
    Nav,
    /// Links to other articles, headline lists, teasers.
    Related,
    /// Calls to action: subscribe, sign up, follow us, app downloads.
    Promo,
    /// Image captions.
    Caption,
    /// Photo credits.
    Credit,
    /// Author biographies.
    Bio,
    /// Page footer: copyright, legal links, cookie banners.
    Footer,
    /// Page header: site name, date bar, anything above the article.
    Header,
    /// Comment sections.
    Comments,
    /// Share buttons.
    Share,
    /// Advertisements.
    Ad,
}

impl Kind {
    /// Name used in the JSON record.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Nav => "nav",
            Kind::Related => "related",
            Kind::Promo => "promo",
            Kind::Caption => "caption",
            Kind::Credit => "credit",
            Kind::Bio => "bio",
            Kind::Footer => "footer",
            Kind::Header => "header",
            Kind::Comments => "comments",
            Kind::Share => "share",
            Kind::Ad => "ad",
        }
    }
}

use Kind::*;

use super::stopwords;

/// Whole-block phrases, sorted by their UTF-8 bytes.
pub const EXACT: &[(&str, Kind)] = &[
    ("0 comments", Comments),
    ("about", Footer),
    ("about us", Footer),
    ("accueil", Nav),
    ("ad", Ad),
    ("ad feedback", Ad),
    ("add comment", Comments),
    ("ads", Ad),
    ("advert", Ad),
    ("advertise", Footer),
    ("advertise with us", Footer),
    ("advertisement", Ad),
    ("advertising", Ad),
    ("all rights reserved", Footer),
    ("anuncio", Ad),
    ("anzeige", Ad),
    ("anúncio", Ad),
    ("article continues below", Ad),
    ("article continues below advertisement", Ad),
    ("articoli correlati", Related),
    ("artigos relacionados", Related),
    ("baca juga", Related),
    ("back to top", Nav),
    ("back to top button", Nav),
    ("bagikan", Share),
    ("berita terkait", Related),
    ("bình luận", Comments),
    ("careers", Footer),
    ("categories", Nav),
    ("category", Nav),
    ("chia sẻ", Share),
    ("close", Nav),
    ("comentarios", Comments),
    ("comentários", Comments),
    ("comment", Comments),
    ("commentaires", Comments),
    ("commenti", Comments),
    ("comments", Comments),
    ("compartilhar", Share),
    ("compartilhe", Share),
    ("compartir", Share),
    ("condividi", Share),
    ("contact", Footer),
    ("contact us", Footer),
    ("continue reading below", Ad),
    ("cookie policy", Footer),
    ("copy link", Share),
    ("das könnte sie auch interessieren", Related),
    ("del artikkelen", Share),
    ("del artiklen", Share),
    ("dela artikeln", Share),
    ("disclaimer", Footer),
    ("don't miss", Related),
    ("don’t miss", Related),
    ("download the app", Promo),
    ("editor's picks", Related),
    ("email", Share),
    ("en çok okunanlar", Related),
    ("etiketler", Nav),
    ("facebook", Share),
    ("faq", Footer),
    ("flipboard", Share),
    ("follow", Share),
    ("follow us", Promo),
    ("get the app", Promo),
    ("help", Footer),
    ("home", Nav),
    ("ilginizi çekebilir", Related),
    ("impressum", Footer),
    ("imprint", Footer),
    ("inicio", Nav),
    ("início", Nav),
    ("join the conversation", Comments),
    ("join the discussion", Comments),
    ("komentar", Comments),
    ("kommentare", Comments),
    ("kopiera länk", Share),
    ("latest", Related),
    ("latest news", Related),
    ("leave a comment", Comments),
    ("leave a reply", Comments),
    ("leggi anche", Related),
    ("leia também", Related),
    ("linkedin", Share),
    ("lire aussi", Related),
    ("listen", Nav),
    ("lo más leído", Related),
    ("load more", Nav),
    ("log in", Nav),
    ("log ind", Nav),
    ("logg inn", Nav),
    ("logga in", Nav),
    ("login", Nav),
    ("logout", Nav),
    ("main menu", Nav),
    ("mais lidas", Related),
    ("mehr zum thema", Related),
    ("menu", Nav),
    ("mest lest", Related),
    ("mest läst", Related),
    ("mest læste", Related),
    ("more", Nav),
    ("more from", Related),
    ("more news", Related),
    ("more stories", Related),
    ("most popular", Related),
    ("most read", Related),
    ("most viewed", Related),
    ("my account", Nav),
    ("najčítanejšie", Related),
    ("nejčtenější", Related),
    ("newsletter", Promo),
    ("newsletters", Promo),
    ("next", Nav),
    ("next post", Nav),
    ("no comments", Comments),
    ("noticias relacionadas", Related),
    ("notícias relacionadas", Related),
    ("open in app", Nav),
    ("paid content", Ad),
    ("partager", Share),
    ("partilhar", Share),
    ("paylaş", Share),
    ("pinterest", Share),
    ("pocket", Share),
    ("popular", Related),
    ("post a comment", Comments),
    ("post navigation", Nav),
    ("previous", Nav),
    ("previous post", Nav),
    ("print", Share),
    ("privacy", Footer),
    ("privacy policy", Footer),
    ("promoted", Ad),
    ("pubblicità", Ad),
    ("publicidad", Ad),
    ("publicidade", Ad),
    ("publicité", Ad),
    ("quảng cáo", Ad),
    ("read next", Related),
    ("read these next", Related),
    ("recommended", Related),
    ("recommended for you", Related),
    ("reddit", Share),
    ("register", Nav),
    ("reklam", Ad),
    ("related", Related),
    ("related articles", Related),
    ("related content", Related),
    ("related links", Related),
    ("related posts", Related),
    ("related stories", Related),
    ("relaterade artiklar", Related),
    ("relaterede artikler", Related),
    ("relaterte artikler", Related),
    ("scroll back to top", Nav),
    ("scroll to top", Nav),
    ("sdílet článek", Share),
    ("search", Nav),
    ("see also", Related),
    ("share", Share),
    ("share this", Share),
    ("share this article", Share),
    ("share this entry", Share),
    ("share this story", Share),
    ("show comments", Comments),
    ("show more", Nav),
    ("sign in", Nav),
    ("sign up", Promo),
    ("sitemap", Footer),
    ("skip advertisement", Ad),
    ("skip to content", Nav),
    ("skip to main content", Nav),
    ("source", Nav),
    ("sponsored", Ad),
    ("sponsored content", Ad),
    ("startseite", Nav),
    ("story continues below", Ad),
    ("story continues below advertisement", Ad),
    ("subscribe", Promo),
    ("subscribe now", Promo),
    ("supported by", Ad),
    ("sur le même sujet", Related),
    ("tags", Nav),
    ("te puede interesar", Related),
    ("telegram", Share),
    ("terms & conditions", Footer),
    ("terms and conditions", Footer),
    ("terms of service", Footer),
    ("terms of use", Footer),
    ("terpopuler", Related),
    ("tin liên quan", Related),
    ("top stories", Related),
    ("topics", Nav),
    ("trang chủ", Nav),
    ("trending", Related),
    ("trending now", Related),
    ("tweet", Share),
    ("twitter", Share),
    ("up next", Related),
    ("view comments", Comments),
    ("weitere artikel", Related),
    ("werbung", Ad),
    ("whatsapp", Share),
    ("write", Nav),
    ("yorumlar", Comments),
    ("you may also like", Related),
    ("you might also like", Related),
    ("zdieľať článok", Share),
    ("à lire aussi", Related),
    ("đọc nhiều", Related),
    ("σχετικά άρθρα", Related),
    ("главная", Nav),
    ("комментарии", Comments),
    ("найпопулярніше", Related),
    ("по теме", Related),
    ("поделиться", Share),
    ("популярное", Related),
    ("похожие статьи", Related),
    ("реклама", Ad),
    ("читайте также", Related),
    ("читайте також", Related),
    ("דף הבית", Nav),
    ("כתבות נוספות", Related),
    ("פרסומת", Ad),
    ("שתפו", Share),
    ("תגובות", Comments),
    ("أخبار ذات صلة", Related),
    ("إعلان", Ad),
    ("الأكثر قراءة", Related),
    ("الرئيسية", Nav),
    ("تعليقات", Comments),
    ("شارك", Share),
    ("مقالات ذات صلة", Related),
    ("टिप्पणियाँ", Comments),
    ("विज्ञापन", Ad),
    ("शेयर करें", Share),
    ("संबंधित खबरें", Related),
    ("होम", Nav),
    ("コメント", Comments),
    ("广告", Ad),
    ("広告", Ad),
    ("相关文章", Related),
    ("评论", Comments),
    ("関連記事", Related),
    ("공유", Share),
    ("관련기사", Related),
    ("광고", Ad),
    ("댓글", Comments),
    ("많이 본 기사", Related),
    ("홈", Nav),
];

/// Phrases a block starts with (at a word boundary).
pub const PREFIX: &[(&str, Kind)] = &[
    ("read more", Related),
    ("see more", Related),
    ("read also", Related),
    ("also read", Related),
    ("related:", Related),
    ("more:", Related),
    ("read next", Related),
    ("see also", Related),
    ("don't miss", Related),
    ("don’t miss", Related),
    ("leia mais", Related),
    ("leia também", Related),
    ("veja também", Related),
    ("saiba mais", Related),
    ("читайте также", Related),
    ("читайте:", Related),
    ("baca juga", Related),
    ("simak berita", Promo),
    ("קראו עוד", Related),
    ("קרא עוד", Related),
    ("כל הזכויות שמורות", Footer),
    ("xem thêm", Related),
    ("đọc thêm", Related),
    ("bản quyền", Footer),
    ("यह भी पढ़ें", Related),
    ("ये भी पढ़ें", Related),
    ("इसे भी पढ़ें", Related),
    ("कॉपीराइट", Footer),
    ("tüm hakları saklıdır", Footer),
    ("etiketler:", Nav),
    ("ilginizi çekebilir", Related),
    ("اقرأ أيضا", Related),
    ("اقرأ أيضاً", Related),
    ("إقرأ أيضا", Related),
    ("إقرأ أيضاً", Related),
    ("اقرأ المزيد", Related),
    ("شاهد أيضا", Related),
    ("جميع الحقوق محفوظة", Footer),
    ("lire aussi", Related),
    ("lesen sie auch", Related),
    ("leer más", Related),
    ("lee también", Related),
    ("leggi anche", Related),
    // "Read also" in more languages: inline links inside the body.
    ("lea también", Related),
    ("lea además", Related),
    ("vea también", Related),
    ("ver también", Related),
    ("te puede interesar", Related),
    ("le puede interesar", Related),
    ("à lire aussi", Related),
    ("à lire également", Related),
    ("lire également", Related),
    ("voir aussi", Related),
    ("mehr zum thema", Related),
    ("auch interessant", Related),
    ("potrebbe interessarti", Related),
    ("смотрите также", Related),
    ("по теме:", Related),
    ("lees ook", Related),
    ("czytaj także", Related),
    ("czytaj też", Related),
    ("zobacz także", Related),
    ("zobacz też", Related),
    // Reading-time and filing-place lines under the byline.
    ("reporting from", Header),
    ("reading time", Header),
    ("temps de lecture", Header),
    ("tiempo de lectura", Header),
    ("tempo de leitura", Header),
    ("tempo di lettura", Header),
    ("lesezeit", Header),
    ("время чтения", Header),
    ("watch:", Promo),
    ("listen:", Promo),
    ("sign up", Promo),
    ("subscribe", Promo),
    ("click here", Promo),
    ("get our", Promo),
    ("get latest", Promo),
    ("save articles to read later", Promo),
    ("save this article", Promo),
    ("get the latest", Promo),
    ("download our", Promo),
    ("follow us", Promo),
    ("join our", Promo),
    ("share this", Share),
    ("share on", Share),
    ("share via", Share),
    ("tags:", Nav),
    ("filed under", Nav),
    ("posted in", Nav),
    ("categories:", Nav),
    ("topics:", Nav),
    ("copyright", Footer),
    ("©", Footer),
    ("all rights reserved", Footer),
    ("terms of use", Footer),
    ("privacy policy", Footer),
    ("this website uses cookies", Footer),
    ("this site uses cookies", Footer),
    ("we use cookies", Footer),
    ("by continuing to use", Footer),
    ("photo:", Credit),
    ("photos:", Credit),
    ("image:", Credit),
    ("image copyright", Credit),
    ("our standards:", Footer),
    ("image source,", Credit),
    ("image credit", Credit),
    ("picture:", Credit),
    ("photograph:", Credit),
    ("credit:", Credit),
    ("source:", Credit),
    ("foto:", Credit),
    ("fotos:", Credit),
    ("фото:", Credit),
    ("getty images", Credit),
    ("image caption", Caption),
    ("media caption", Caption),
    ("caption:", Caption),
    ("in this photo", Caption),
    ("in this file photo", Caption),
    ("in this image", Caption),
    ("file photo", Caption),
    ("file -", Caption),
    ("pictured:", Caption),
    ("advertisement", Ad),
    ("sponsored", Ad),
    ("you must log in", Comments),
    ("you must be logged in", Comments),
    ("log in to comment", Comments),
    ("comments are closed", Comments),
    ("leave a reply", Comments),
    ("leave a comment", Comments),
    ("διαβάστε επίσης", Related),
    ("διαβάστε ακόμα", Related),
    ("διαβάστε ακόμη", Related),
    ("δείτε επίσης", Related),
    ("ετικέτες:", Nav),
    ("ακολουθήστε μας", Promo),
    ("με την επιφύλαξη παντός", Footer),
    ("läs också", Related),
    ("läs mer", Related),
    ("les også", Related),
    ("les mer", Related),
    ("læs også", Related),
    ("læs mere", Related),
    ("följ oss", Promo),
    ("følg oss", Promo),
    ("følg os", Promo),
    ("alla rättigheter förbehållna", Footer),
    ("alle rettigheter reservert", Footer),
    ("alle rettigheder forbeholdes", Footer),
    ("читайте також", Related),
    ("дивіться також", Related),
    ("усі права захищені", Footer),
    ("теги:", Nav),
    ("čtěte také", Related),
    ("čtěte též", Related),
    ("čítajte tiež", Related),
    ("všechna práva vyhrazena", Footer),
    ("všetky práva vyhradené", Footer),
];

/// Word flag: cookie-banner vocabulary.
pub const W_COOKIE: u8 = 1 << 1;
/// Word flag: call-to-action vocabulary (promo).
pub const W_PROMO: u8 = 1 << 2;
/// Word flag: legal/copyright vocabulary (footer).
pub const W_LEGAL: u8 = 1 << 3;

/// Signal words and pairs (lower case; a pair is two words and one space).
pub const SIGNAL_WORDS: &[(&[&str], u8)] = &[
    (&["cookie", "cookies", "cookie-einstellungen"], W_COOKIE),
    (
        &[
            "unsubscribe",
            "newsletter",
            "newsletters",
            "subscribe to",
            "sign up",
            "follow us",
            "follow him",
            "follow her",
            "join our",
            "click here",
            "download our",
            "get our",
            // Paywall offers (`Then $75 per month. … Cancel anytime.`).
            "cancel anytime",
            "unlimited access",
            "assine já",
            "inscreva-se",
            "подписывайтесь на",
            "abonnieren sie",
            "abonnez-vous",
            "suscríbete a",
            "iscriviti alla",
        ],
        W_PROMO,
    ),
    (
        &[
            "all rights",
            "rights reserved",
            "direitos reservados",
            "derechos reservados",
            "права защищены",
            "все права",
            "rechte vorbehalten",
            "droits réservés",
            "diritti riservati",
            "무단전재",
            "무단",
        ],
        W_LEGAL,
    ),
];

/// Cookie-banner words.
pub const COOKIE_WORDS: &[&str] = match SIGNAL_WORDS {
    [(w, _), ..] => w,
    [] => &[],
};
/// Call-to-action words and pairs.
pub const PROMO_WORDS: &[&str] = match SIGNAL_WORDS {
    [_, (w, _), ..] => w,
    _ => &[],
};
/// Legal/copyright words and pairs.
pub const LEGAL_WORDS: &[&str] = match SIGNAL_WORDS {
    [_, _, (w, _), ..] => w,
    _ => &[],
};

/// Longest phrase key we fold for matching, in bytes.
pub const MAX_KEY: usize = 48;
// `Key::fold_plain_ascii` stores whole eight-byte words.
const _: () = assert!(MAX_KEY.is_multiple_of(8));

/// A block folded for phrase matching: lower case, white space runs folded
/// to one space, decoration trimmed at both ends (at most [`MAX_KEY`] bytes;
/// `truncated` tells whether the block was longer).
#[derive(Clone, Copy, Debug)]
pub struct Key {
    buf: [u8; MAX_KEY],
    len: usize,
    /// The block did not fit: only prefix matches are meaningful.
    pub truncated: bool,
}

fn is_decoration(c: char) -> bool {
    matches!(
        c,
        ':' | '|'
            | '>'
            | '<'
            | '»'
            | '«'
            | '›'
            | '‹'
            | '•'
            | '·'
            | '-'
            | '–'
            | '—'
            | '*'
            | '['
            | ']'
            | '('
            | ')'
            | '▪'
            | '►'
            | '□'
            | '☆'
            | '#'
            | '/'
            | '.'
            | '…'
            | '+'
            | '='
    ) || crate::article::text::is_space(c)
}

impl Key {
    /// Folds `block`.
    pub fn new(block: &str) -> Key {
        let mut k = Key {
            buf: [0; MAX_KEY],
            len: 0,
            truncated: false,
        };
        let core = block.trim_matches(is_decoration);
        let mut space = false;
        // ASCII fast path: most blocks are. Only the first MAX_KEY bytes
        // can matter.
        let head = core
            .as_bytes()
            .get(..core.len().min(MAX_KEY + 8))
            .unwrap_or(&[]);
        if head.is_ascii() {
            k.truncated = core.len() > MAX_KEY;
            if k.fold_plain_ascii(head) {
                return k;
            }
            for &b in head {
                if b == b' ' || b == b'\t' || b == b'\n' || b == b'\r' {
                    space = true;
                    continue;
                }
                if space {
                    space = false;
                    if let Some(d) = k.buf.get_mut(k.len) {
                        *d = b' ';
                        k.len += 1;
                    }
                }
                match k.buf.get_mut(k.len) {
                    Some(d) => {
                        *d = b.to_ascii_lowercase();
                        k.len += 1;
                    }
                    None => {
                        k.truncated = true;
                        break;
                    }
                }
            }
            return k;
        }
        for c in core.chars() {
            if crate::article::text::is_space(c) {
                space = true;
                continue;
            }
            if space {
                space = false;
                if !k.push(' ') {
                    return k;
                }
            }
            if !k.push(crate::article::text::lower(c)) {
                return k;
            }
        }
        k
    }

    /// The common case of [`Key::new`], eight bytes at a time: when the
    /// first [`MAX_KEY`] bytes of an ASCII `head` hold no tab or line break
    /// and no two adjacent spaces, folding is just lower-casing them. Returns
    /// false otherwise (the key stays empty: `len` is only set on success).
    fn fold_plain_ascii(&mut self, head: &[u8]) -> bool {
        use crate::article::swar::{ascii_range, eq, load_padded};
        let n = head.len().min(MAX_KEY);
        let src = head.get(..n).unwrap_or(&[]);
        // One pass: check each chunk for breaks and double spaces and
        // lower-case it into the key; give up at the first chunk that
        // needs the general fold.
        let mut carry = 0u64;
        let mut at = 0;
        while at < n {
            let (v, valid) = load_padded(src, at);
            let breaks = (eq(v, b'\t') | eq(v, b'\n') | eq(v, b'\r')) & valid;
            let sp = eq(v, b' ') & valid;
            if breaks != 0 || sp & ((sp << 8) | carry) != 0 {
                return false;
            }
            carry = (sp >> 56) & 0x80;
            let lower = v | (ascii_range(v, b'A', b'Z') >> 2);
            // Whole words (`at` ≤ MAX_KEY − 8): one store, no memcpy call;
            // the zero padding past `n` lies beyond `len`.
            if let Some(dst) = self.buf.get_mut(at..at + 8) {
                dst.copy_from_slice(&lower.to_le_bytes());
            }
            at += 8;
        }
        self.len = n;
        true
    }

    fn push(&mut self, c: char) -> bool {
        let mut tmp = [0u8; 4];
        let s = c.encode_utf8(&mut tmp).as_bytes();
        let end = self.len + s.len();
        match self.buf.get_mut(self.len..end) {
            Some(dst) => {
                // Byte by byte: at most four, cheaper than a memcpy call.
                for (d, b) in dst.iter_mut().zip(s) {
                    *d = *b;
                }
                self.len = end;
                true
            }
            None => {
                self.truncated = true;
                false
            }
        }
    }

    /// The folded bytes.
    pub fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

/// Kind of a block that consists of an [`EXACT`] phrase.
pub fn exact(key: &Key) -> Option<Kind> {
    if key.truncated {
        return None;
    }
    let k = key.as_bytes();
    // Only the phrases with the key's first byte (contiguous: EXACT is
    // sorted) take part in the binary search.
    let &(lo, hi) = EXACT_BY_FIRST.get(usize::from(*k.first()?))?;
    let range = EXACT.get(usize::from(lo)..usize::from(hi))?;
    let i = range.binary_search_by(|(p, _)| p.as_bytes().cmp(k)).ok()?;
    range.get(i).map(|&(_, kind)| kind)
}

/// For each first byte, the index range `lo..hi` of the phrases in `list`
/// that start with it (empty `0..0` when none); for a sorted list that is
/// exactly those phrases, for an unsorted one a window that holds them all.
#[allow(clippy::indexing_slicing)] // const evaluation: an error is a build error
const fn by_first(list: &[(&str, Kind)]) -> [(u16, u16); 256] {
    let mut t = [(0u16, 0u16); 256];
    let mut i = 0;
    while i < list.len() {
        let p = list[i].0.as_bytes();
        if !p.is_empty() {
            let b = p[0] as usize;
            if t[b].1 == 0 {
                t[b].0 = i as u16;
            }
            t[b].1 = i as u16 + 1;
        }
        i += 1;
    }
    t
}

/// [`by_first`] of [`EXACT`].
static EXACT_BY_FIRST: [(u16, u16); 256] = by_first(EXACT);
/// [`by_first`] of [`PREFIX`].
static PREFIX_BY_FIRST: [(u16, u16); 256] = by_first(PREFIX);

/// First byte of every [`PREFIX`] phrase, in order: [`prefix`] scans these
/// bytes instead of dereferencing every phrase.
#[allow(clippy::indexing_slicing)] // const evaluation: an error is a build error
static PREFIX_FIRST: [u8; PREFIX.len()] = {
    let mut t = [0u8; PREFIX.len()];
    let mut i = 0;
    while i < PREFIX.len() {
        let p = PREFIX[i].0.as_bytes();
        t[i] = if p.is_empty() { 0 } else { p[0] };
        i += 1;
    }
    t
};

/// Kind of a block that starts with a [`PREFIX`] phrase.
pub fn prefix(key: &Key) -> Option<Kind> {
    let k = key.as_bytes();
    let first = k.first().copied()?;
    // Candidates: the phrases with the key's first byte, eight first bytes
    // at a time, inside the window where such phrases occur at all.
    let &(lo, hi) = PREFIX_BY_FIRST.get(usize::from(first))?;
    let firsts = PREFIX_FIRST.get(..usize::from(hi)).unwrap_or(&[]);
    let mut base = usize::from(lo);
    while base < firsts.len() {
        let (v, valid) = crate::article::swar::load_padded(firsts, base);
        let mut lanes = crate::article::swar::eq(v, first) & valid;
        while lanes != 0 {
            let i = base + crate::article::swar::first_lane(lanes);
            lanes &= lanes - 1;
            if let Some(&(p, kind)) = PREFIX.get(i)
                && prefix_matches(k, p.as_bytes())
            {
                return Some(kind);
            }
        }
        base += 8;
    }
    None
}

/// Kind of a block that is an [`EXACT`] phrase (blocks of at most 64
/// bytes) or starts with a [`PREFIX`] phrase: the lexicon lookup of the
/// article features, for blocks of at most 200 bytes.
pub fn phrase_kind(block: &str) -> Option<Kind> {
    if crate::SPEED_PATHS && !may_match(block) {
        return None;
    }
    let key = Key::new(block);
    if block.len() <= 64 { exact(&key) } else { None }.or_else(|| prefix(&key))
}

/// Whether a byte belongs to a key's first word for [`may_match`]: an ASCII
/// letter or digit, or any byte of a non-ASCII character.
const fn head_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Bit of a first-word hash in [`HEADS`].
const fn head_bit(h: u64) -> (usize, u64) {
    let i = (h >> 52) as usize; // 12 bits
    (i / 64, 1u64 << (i % 64))
}

/// Length of the leading run of [`head_byte`]s of phrase `p`: its first
/// word in the terms of [`may_match`].
#[allow(clippy::indexing_slicing)] // const evaluation: an error is a build error
const fn head_len(p: &[u8]) -> usize {
    let mut j = 0;
    while j < p.len() && head_byte(p[j]) {
        j += 1;
    }
    j
}

/// One bit per first word of every [`EXACT`] and [`PREFIX`] phrase (its
/// leading run of [`head_byte`]s, hashed like [`stopwords::word_hash`]):
/// 4096 bits for about 250 words, so a block whose first word is not one
/// of them is turned away after one probe (≈ 6 % false positives).
#[allow(clippy::indexing_slicing)] // const evaluation: an error is a build error
static HEADS: [u64; 64] = {
    let mut t = [0u64; 64];
    let lists = [EXACT, PREFIX];
    let mut l = 0;
    while l < lists.len() {
        let list = lists[l];
        let mut i = 0;
        while i < list.len() {
            let p = list[i].0.as_bytes();
            let (head, _) = p.split_at(head_len(p));
            let (w, bit) = head_bit(stopwords::fnv_bytes(stopwords::FNV_OFFSET, head));
            t[w] |= bit;
            i += 1;
        }
        l += 1;
    }
    t
};

/// First bytes of the "open" [`PREFIX`] phrases: one word that ends in a
/// non-ASCII character (`©`, `कॉपीराइट`). [`prefix_matches`] lets anything
/// follow those (`©2024 …`), so a key's first word need only start with
/// them; blocks whose first word starts with such a byte skip the filter.
#[allow(clippy::indexing_slicing)] // const evaluation: an error is a build error
static OPEN_FIRST: [u64; 4] = {
    let mut t = [0u64; 4];
    let mut i = 0;
    while i < PREFIX.len() {
        let p = PREFIX[i].0.as_bytes();
        if head_len(p) == p.len() && !p.is_empty() && p[p.len() - 1] >= 0x80 {
            t[(p[0] / 64) as usize] |= 1u64 << (p[0] % 64);
        }
        i += 1;
    }
    t
};

/// Whether an open phrase starts with byte `b` ([`OPEN_FIRST`]).
fn open_first(b: u8) -> bool {
    OPEN_FIRST
        .get(usize::from(b / 64))
        .is_some_and(|&x| x & (1u64 << (b % 64)) != 0)
}

/// Whether `block` may hold an [`EXACT`] or [`PREFIX`] phrase, without
/// folding it: a phrase matches only when the folded key's first word (its
/// leading run of [`head_byte`]s) equals the phrase's own, so the block's
/// first word, trimmed and lower-cased as [`Key::new`] does, must be one of
/// the [`HEADS`]. About four blocks in five are turned away here; the rest
/// pay for the full fold and the lookups. Never false when a lookup would
/// succeed (a test checks every phrase in many spellings).
pub fn may_match(block: &str) -> bool {
    let word = key_first_word(block);
    // The key's first byte: the word's first character, lower-cased.
    let first = word.chars().next().map_or(0, |c| {
        let mut buf = [0u8; 4];
        let lower = crate::article::text::lower(c).encode_utf8(&mut buf);
        lower.as_bytes().first().copied().unwrap_or(0)
    });
    if open_first(first) {
        return true;
    }
    let (w, bit) = head_bit(stopwords::word_hash(word));
    HEADS.get(w).is_some_and(|&x| x & bit != 0)
}

/// The first word of the key [`Key::new`] would fold from `block`, as it
/// stands in `block`: its characters whose lower-case form starts with a
/// [`head_byte`] (ASCII letters and digits, and non-ASCII characters other
/// than white space, which the key folds to a space).
fn key_first_word(block: &str) -> &str {
    // The common case: the block starts with an ASCII word that ends at an
    // ASCII byte (or the block's end). Nothing is trimmed in front of it,
    // and trimming at the end only removes decoration, never a letter of
    // it: the word is the key's first word as it stands.
    let b = block.as_bytes();
    let n = b.iter().take_while(|x| x.is_ascii_alphanumeric()).count();
    if n > 0 && b.get(n).is_none_or(u8::is_ascii) {
        return block.get(..n).unwrap_or("");
    }
    let core = block.trim_matches(is_decoration);
    let end = core
        .char_indices()
        .find(|&(_, c)| {
            !(c.is_ascii_alphanumeric() || (!c.is_ascii() && !crate::article::text::is_space(c)))
        })
        .map_or(core.len(), |(i, _)| i);
    core.get(..end).unwrap_or("")
}

/// Whether the folded key `k` starts with phrase `p` at a word boundary.
#[inline]
fn prefix_matches(k: &[u8], p: &[u8]) -> bool {
    let Some(rest) = k.strip_prefix(p) else {
        return false;
    };
    match (p.last(), rest.first()) {
        (_, None) => true,
        (Some(l), _) if !l.is_ascii_alphanumeric() => true,
        (_, Some(&r)) => !(r.is_ascii_alphanumeric() || r >= 0x80),
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use super::*;

    /// The first-byte windows find exactly what a scan of every phrase
    /// finds: each phrase, each phrase with a word or a letter appended,
    /// and a few blocks that match nothing.
    #[test]
    fn first_byte_windows_match_a_full_scan() {
        let naive_exact = |k: &Key| {
            (!k.truncated)
                .then(|| EXACT.iter().find(|(p, _)| p.as_bytes() == k.as_bytes()))
                .flatten()
                .map(|&(_, kind)| kind)
        };
        let naive_prefix = |k: &Key| {
            PREFIX
                .iter()
                .find(|(p, _)| prefix_matches(k.as_bytes(), p.as_bytes()))
                .map(|&(_, kind)| kind)
        };
        let mut blocks: std::vec::Vec<std::string::String> = std::vec![
            std::string::String::new(),
            "zzz".into(),
            "Ünïcode block".into(),
            "Что-то ещё".into(),
        ];
        for (p, _) in EXACT.iter().chain(PREFIX) {
            blocks.push((*p).into());
            blocks.push(std::format!("{p} more words"));
            blocks.push(std::format!("{p}x"));
            blocks.push(p.to_uppercase());
        }
        for b in &blocks {
            let k = Key::new(b);
            assert_eq!(exact(&k), naive_exact(&k), "{b}");
            assert_eq!(prefix(&k), naive_prefix(&k), "{b}");
        }
    }

    /// The first-word filter never turns away a block the lookups would
    /// match: every phrase in many spellings (case, decoration, glued
    /// punctuation, odd spaces, a following word, long tails), and blocks
    /// that match nothing, give the same kind with and without it.
    #[test]
    fn head_filter_never_hides_a_match() {
        let unfiltered = |b: &str| {
            let key = Key::new(b);
            if b.len() <= 64 { exact(&key) } else { None }.or_else(|| prefix(&key))
        };
        let title = |p: &str| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<std::string::String>())
                .unwrap_or_default()
        };
        let mut blocks: std::vec::Vec<std::string::String> = std::vec![
            "".into(),
            "•".into(),
            "a»".into(),
            "İstanbul haberleri".into(),
            "Что-то ещё".into(),
            "\u{A0}\u{A0}Advertisement\u{A0}".into(),
            "Read\u{A0}more: the story".into(),
        ];
        for (p, _) in EXACT.iter().chain(PREFIX) {
            for v in [(*p).into(), p.to_uppercase(), title(p)] {
                for pre in ["", "• ", ":: ", "» ", "[", "— ", " \t"] {
                    for post in ["", ":", " »", " more words here", "x", ".", "…", " | Site"] {
                        blocks.push(std::format!("{pre}{v}{post}"));
                    }
                }
                blocks.push(v.replace(' ', "\u{A0}"));
                blocks.push(v.replace(' ', "  \t"));
                blocks.push(std::format!("{v} {}", "long tail words ".repeat(12)));
            }
        }
        let mut matched = 0;
        for b in &blocks {
            let want = unfiltered(b);
            matched += usize::from(want.is_some());
            assert_eq!(phrase_kind(b), want, "{b:?}");
            if want.is_some() {
                assert!(may_match(b), "{b:?}");
            }
        }
        // The spellings do exercise the lookups.
        assert!(matched > blocks.len() / 3, "{matched} of {}", blocks.len());
        // And the filter turns ordinary lines away.
        for b in [
            "The minister said on Tuesday",
            "Ukraine war latest",
            "42 people",
        ] {
            assert!(!may_match(b) || unfiltered(b).is_none(), "{b}");
        }
        assert!(!may_match("Ukraine war latest"));
        assert!(!may_match("42 people"));
        assert!(!may_match("• Ministers met on Tuesday"));
    }

    #[test]
    fn exact_is_sorted_and_lower() {
        for w in EXACT.windows(2) {
            if let [a, b] = w {
                assert!(a.0.as_bytes() < b.0.as_bytes(), "{} !< {}", a.0, b.0);
            }
        }
        for (p, _) in EXACT.iter().chain(PREFIX) {
            assert!(!p.chars().any(crate::ucd::case::is_upper), "{p}");
            assert!(p.len() <= MAX_KEY, "{p}");
        }
    }

    #[test]
    fn plain_ascii_fold_agrees_with_the_general_fold() {
        // The general fold, byte by byte (the pre-SWAR loop).
        fn slow(head: &[u8]) -> std::vec::Vec<u8> {
            let mut out = std::vec::Vec::new();
            let mut space = false;
            for &b in head {
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                    space = true;
                    continue;
                }
                if space {
                    space = false;
                    if out.len() < MAX_KEY {
                        out.push(b' ');
                    }
                }
                if out.len() == MAX_KEY {
                    break;
                }
                out.push(b.to_ascii_lowercase());
            }
            out
        }
        let long = "Read More About The Things That Happened Here Today And Yesterday";
        for t in [
            "Advertisement",
            "Leave a Reply",
            long,
            "x",
            "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z 0 1 2 3 4 5 6 7 8",
            "Ends with a space at forty-seven  ok and then more text",
        ] {
            let head = t.as_bytes().get(..t.len().min(MAX_KEY + 8)).unwrap_or(&[]);
            let mut k = Key {
                buf: [0; MAX_KEY],
                len: 0,
                truncated: false,
            };
            if k.fold_plain_ascii(head) {
                assert_eq!(k.as_bytes(), slow(head).as_slice(), "{t}");
            } else {
                assert!(t.contains("  "), "{t}");
            }
        }
    }

    #[test]
    fn matches() {
        assert_eq!(exact(&Key::new("  Advertisement ")), Some(Ad));
        assert_eq!(exact(&Key::new("Leave a Reply")), Some(Comments));
        assert_eq!(exact(&Key::new("» Share this:")), Some(Share));
        assert_eq!(exact(&Key::new("Back to top button")), Some(Nav));
        assert_eq!(exact(&Key::new("Комментарии")), Some(Comments));
        assert_eq!(exact(&Key::new("Advertisement for a new car")), None);
        assert_eq!(
            prefix(&Key::new("READ MORE: Lukashenko outlines")),
            Some(Related)
        );
        assert_eq!(
            prefix(&Key::new("Related: SpaceX's Starship")),
            Some(Related)
        );
        assert_eq!(prefix(&Key::new("Subscribers were angry")), None);
        assert_eq!(prefix(&Key::new("© 2019 Associated Press")), Some(Footer));
        assert_eq!(prefix(&Key::new("Photo: iFixit")), Some(Credit));
    }

    #[test]
    fn signal_lists() {
        assert!(COOKIE_WORDS.contains(&"cookies"));
        assert!(PROMO_WORDS.contains(&"subscribe to"));
        assert!(LEGAL_WORDS.contains(&"rights reserved"));
    }
}
