//! Abbreviations that keep their period.
//!
//! One table serves the tokenizer (`Sept.` is one token) and the sentence
//! segmenter (`Gen. Smith` does not end a sentence; `in the U.S. Officials`
//! may). Keys are stored without the final period (`"Sept"`, `"U.S"`,
//! `"p.m"`), sorted by their ASCII-lowercased bytes so that the lookup is one
//! binary search. An entry is matched case-insensitively unless it carries
//! [`Abbrev::EXACT`] (so `No.` before a number is an abbreviation but the word
//! `no.` at the end of a sentence is not).
//!
//! Adding an entry: put it in [`ENGLISH`] at its sorted position (the unit
//! test `table_is_sorted` checks the order) with the flags that describe how
//! it behaves. Other languages get their own table beside this one.

/// Behaviour flags of an abbreviation. Combine with `|`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Abbrev(u16);

impl Abbrev {
    /// No special behaviour beyond keeping the period.
    pub const PLAIN: Abbrev = Abbrev(0);
    /// A title or honorific that precedes a name (`Mr.`, `Gen.`, `Sen.`):
    /// practically never ends a sentence.
    pub const TITLE: Abbrev = Abbrev(1);
    /// A month (`Sept.`), usually followed by a day number or a year.
    pub const MONTH: Abbrev = Abbrev(1 << 1);
    /// Often ends a sentence (`Inc.`, `etc.`, `U.S.`, `p.m.`): a following
    /// capitalised word that is not a name-like continuation starts a new one.
    pub const MAY_END: Abbrev = Abbrev(1 << 2);
    /// Precedes a number (`No. 2`, `Vol. 3`, `pp. 10`): no boundary before a digit.
    pub const BEFORE_NUMBER: Abbrev = Abbrev(1 << 3);
    /// A time of day marker (`a.m.`, `p.m.`).
    pub const TIME: Abbrev = Abbrev(1 << 4);
    /// Case must match exactly (`No` is an abbreviation, `no` is a word).
    pub const EXACT: Abbrev = Abbrev(1 << 5);
    /// A proper-noun initialism (`U.S.`, `U.K.`) that is also used
    /// attributively before a capitalised noun (`the U.S. Senate`).
    pub const PROPER: Abbrev = Abbrev(1 << 6);
    /// Latin and reference abbreviations that continue the sentence
    /// (`e.g.`, `i.e.`, `cf.`, `vs.`).
    pub const CONTINUES: Abbrev = Abbrev(1 << 7);
    /// A weekday abbreviation (`Mon.`, `Tues.`).
    pub const WEEKDAY: Abbrev = Abbrev(1 << 8);
    /// A unit or measure after a number (`ft.`, `lbs.`, `oz.`).
    pub const UNIT: Abbrev = Abbrev(1 << 9);

    /// Whether every flag of `other` is set in `self`.
    #[inline]
    pub const fn contains(self, other: Abbrev) -> bool {
        self.0 & other.0 == other.0
    }
    /// The raw bits.
    #[inline]
    pub const fn bits(self) -> u16 {
        self.0
    }
}

impl core::ops::BitOr for Abbrev {
    type Output = Abbrev;
    #[inline]
    fn bitor(self, rhs: Abbrev) -> Abbrev {
        Abbrev(self.0 | rhs.0)
    }
}

const T: Abbrev = Abbrev::TITLE;
const M: Abbrev = Abbrev(Abbrev::MONTH.0 | Abbrev::EXACT.0);
const E: Abbrev = Abbrev::MAY_END;
const EX: Abbrev = Abbrev(Abbrev::MAY_END.0 | Abbrev::EXACT.0);
const N: Abbrev = Abbrev(Abbrev::BEFORE_NUMBER.0 | Abbrev::EXACT.0);
const NC: Abbrev = Abbrev::BEFORE_NUMBER;
const TM: Abbrev = Abbrev(Abbrev::TIME.0 | Abbrev::MAY_END.0);
const P: Abbrev = Abbrev(Abbrev::PROPER.0 | Abbrev::MAY_END.0 | Abbrev::EXACT.0);
const C: Abbrev = Abbrev::CONTINUES;
const W: Abbrev = Abbrev(Abbrev::WEEKDAY.0 | Abbrev::EXACT.0);
const U: Abbrev = Abbrev(Abbrev::UNIT.0 | Abbrev::MAY_END.0);
const X: Abbrev = Abbrev(Abbrev::PLAIN.0 | Abbrev::EXACT.0);
/// Title before a name, suffix after one: `St. Louis` / `Downing St.`,
/// `Co. Kerry` / `Briggs & Co.`.
const TE: Abbrev = Abbrev(Abbrev::TITLE.0 | Abbrev::MAY_END.0);
/// Title, or before a number: `Sec. Rubio`, `Sec. 5`; `Rt. Hon.`, `Rt. 9`.
const TN: Abbrev = Abbrev(Abbrev::TITLE.0 | Abbrev::BEFORE_NUMBER.0);
/// Before a number, else may end a sentence: `est. 1990`.
const NE: Abbrev = Abbrev(Abbrev::BEFORE_NUMBER.0 | Abbrev::MAY_END.0);
/// Unit after a number, title before a name: `6 ft.`, `Ft. Worth`.
const TU: Abbrev = Abbrev(Abbrev::TITLE.0 | Abbrev::UNIT.0 | Abbrev::MAY_END.0);

/// English news abbreviations, sorted by ASCII-lowercased key.
pub static ENGLISH: &[(&str, Abbrev)] = &[
    ("a.c.l.u", P),
    ("a.i", P),
    ("a.k.a", C),
    ("a.m", TM),
    ("a.t.f", P),
    ("adm", T),
    ("al", E),
    ("ala", X),
    ("amb", T),
    ("approx", C),
    ("apr", M),
    ("apt", NC),
    ("ariz", X),
    ("ark", X),
    ("art", N),
    ("assn", E),
    ("assoc", E),
    ("asst", T),
    ("atty", T),
    ("aug", M),
    ("ave", E),
    ("b.a", E),
    ("b.c", E),
    ("b.s", E),
    ("bldg", E),
    ("blvd", E),
    ("brig", T),
    ("bros", E),
    ("c.d.c", P),
    ("c.e.o", E),
    ("c.i.a", P),
    ("ca", C),
    ("calif", X),
    ("capt", T),
    ("cf", C),
    ("ch", NC),
    ("chap", NC),
    ("cllr", T),
    ("cm", U),
    ("cmdr", T),
    ("cmdt", T),
    ("co", TE),
    ("col", T),
    ("colo", X),
    ("comdr", T),
    ("conn", X),
    ("corp", E),
    ("cos", EX),
    ("cpl", T),
    ("cpt", T),
    ("d.c", P),
    ("d.d.s", E),
    ("d.e.a", P),
    ("d.o.j", P),
    ("dec", M),
    ("del", X),
    ("dept", E),
    ("det", T),
    ("dir", T),
    ("dist", E),
    ("div", E),
    ("dr", T),
    ("drs", T),
    ("e.g", C),
    ("e.p.a", P),
    ("e.u", P),
    ("ed", X),
    ("eds", E),
    ("ens", T),
    ("esq", E),
    ("est", NE),
    ("etc", E),
    ("ex", C),
    ("ext", NC),
    ("f.a.a", P),
    ("f.b.i", P),
    ("f.c.c", P),
    ("f.d.a", P),
    ("f.e.m.a", P),
    ("f.t.c", P),
    ("feb", M),
    ("fig", NC),
    ("figs", NC),
    ("fla", X),
    ("fr", T),
    ("fri", W),
    ("ft", TU),
    ("g.o.p", P),
    ("ga", X),
    ("gal", U),
    ("gen", T),
    ("gens", T),
    ("gov", T),
    ("govs", T),
    ("govt", E),
    ("h.r", N),
    ("hon", T),
    ("hosp", E),
    ("hr", U),
    ("hrs", U),
    ("hwy", NC),
    ("i.c.e", P),
    ("i.e", C),
    ("i.m.f", P),
    ("i.r.s", P),
    ("ibid", E),
    ("ill", X),
    ("in", U),
    ("inc", E),
    ("ind", X),
    ("insp", T),
    ("inst", E),
    ("intl", E),
    ("j.d", E),
    ("jan", M),
    ("jr", E),
    ("jul", M),
    ("jun", M),
    ("kan", X),
    ("kans", X),
    ("kg", U),
    ("km", U),
    ("ky", X),
    ("l.a", P),
    ("l.a.p.d", P),
    ("la", X),
    ("lb", U),
    ("lbs", U),
    ("lt", T),
    ("ltd", E),
    ("m.a", E),
    ("m.b.a", E),
    ("m.d", E),
    ("m.l.b", P),
    ("m.s", E),
    ("maj", T),
    ("mar", M),
    ("mass", X),
    ("md", X),
    ("messrs", T),
    ("mfg", E),
    ("mgr", T),
    ("mi", U),
    ("mich", X),
    ("min", U),
    ("minn", X),
    ("misc", E),
    ("miss", X),
    ("mlle", T),
    ("mm", U),
    ("mme", T),
    ("mo", X),
    ("mon", W),
    ("mont", X),
    ("mos", U),
    ("mr", T),
    ("mrs", T),
    ("ms", T),
    ("msgr", T),
    ("mt", T),
    ("mx", T),
    ("n.a.a.c.p", P),
    ("n.a.t.o", P),
    ("n.b.a", P),
    ("n.c", P),
    ("n.c.a.a", P),
    ("n.d", P),
    ("n.f.l", P),
    ("n.h", P),
    ("n.h.l", P),
    ("n.i.h", P),
    ("n.j", P),
    ("n.m", P),
    ("n.s.a", P),
    ("n.t.s.b", P),
    ("n.y", P),
    ("n.y.p.d", P),
    ("n.z", P),
    ("natl", E),
    ("neb", X),
    ("nebr", X),
    ("nev", X),
    ("no", N),
    ("nos", N),
    ("nov", M),
    ("n\u{b0}", N),
    ("n\u{ba}", N),
    ("o.p.e.c", P),
    ("oct", M),
    ("okla", X),
    ("op", N),
    ("ore", X),
    ("oz", U),
    ("p", NC),
    ("p.m", TM),
    ("pa", X),
    ("para", NC),
    ("pct", U),
    ("pfc", T),
    ("ph.d", E),
    ("pkwy", E),
    ("pl", E),
    ("pp", NC),
    ("pres", T),
    ("prof", T),
    ("profs", T),
    ("pt", NC),
    ("pvt", T),
    ("r.i", P),
    ("r.n", E),
    ("rd", E),
    ("rep", T),
    ("reps", T),
    ("ret", E),
    ("rev", T),
    ("rt", TN),
    ("rte", NC),
    ("s.c", P),
    ("s.d", P),
    ("s.e.c", P),
    ("s.f", P),
    ("sat", W),
    ("sec", TN),
    ("sen", T),
    ("sens", T),
    ("sep", M),
    ("sept", M),
    ("sgt", T),
    ("spc", T),
    ("sq", U),
    ("sr", E),
    ("st", TE),
    ("ste", T),
    ("sun", W),
    ("sup", X),
    ("supt", T),
    ("tel", NC),
    ("tenn", X),
    ("tex", X),
    ("thu", W),
    ("thurs", W),
    ("tue", W),
    ("tues", W),
    ("u.a.e", P),
    ("u.k", P),
    ("u.n", P),
    ("u.n.e.s.c.o", P),
    ("u.s", P),
    ("u.s.a", P),
    ("u.s.s", T),
    ("u.s.s.r", P),
    ("univ", E),
    ("v", C),
    ("va", X),
    ("viz", C),
    ("vol", NC),
    ("vols", NC),
    ("vs", C),
    ("vt", X),
    ("w.va", E),
    ("wash", X),
    ("wed", W),
    ("wis", X),
    ("wisc", X),
    ("wyo", X),
    ("yd", U),
    ("yds", U),
    ("yr", U),
    ("yrs", U),
];

/// Longest key in any table (a cheap early exit for ordinary words).
const MAX_KEY: usize = 16;

/// Looks up `key` (an abbreviation without its final period) in `table`.
///
/// Returns the flags of the matching entry. Entries flagged
/// [`Abbrev::EXACT`] only match when `key` has the table's case, with the
/// first letter capitalised (`No`, `Sept`, `Mon`) or all capitals (`SEPT`).
pub fn lookup_in(table: &[(&str, Abbrev)], key: &str) -> Option<Abbrev> {
    let kb = key.as_bytes();
    if kb.is_empty() || kb.len() > MAX_KEY {
        return None;
    }
    let idx = table
        .binary_search_by(|(k, _)| cmp_ascii_lower(k.as_bytes(), kb))
        .ok()?;
    let (entry, flags) = table.get(idx)?;
    if flags.contains(Abbrev::EXACT) && !exact_case_ok(entry.as_bytes(), kb) {
        return None;
    }
    Some(*flags)
}

/// Looks up `key` in the English table; see [`lookup_in`].
///
/// A Bloom filter over the table's keys ([`ENGLISH_FILTER`]) answers "no"
/// for almost every ordinary word before the binary search: the sentence
/// segmenter asks for every word before a period.
#[inline]
pub fn lookup(key: &str) -> Option<Abbrev> {
    if !ENGLISH_FILTER.may_contain(key.as_bytes()) {
        return None;
    }
    lookup_in(ENGLISH, key)
}

/// A 4096-bit Bloom filter over ASCII-lowercased keys, built at compile
/// time; two probes from one FNV-1a hash (false positives ≈ 1.5 % for the
/// English table, no false negatives).
#[derive(Debug)]
pub struct KeyFilter([u64; FILTER_WORDS]);

const FILTER_WORDS: usize = 64;

impl KeyFilter {
    /// Whether `key` may be in the table (case-insensitive).
    #[inline]
    pub fn may_contain(&self, key: &[u8]) -> bool {
        let (a, b) = probes(hash_fast(key));
        // `&`, not `&&`: both probes are cheap loads, and a second branch
        // on the first probe's (random) bit mispredicted half the time.
        self.bit(a) & self.bit(b)
    }

    #[inline]
    fn bit(&self, i: u32) -> bool {
        self.0
            .get((i >> 6) as usize)
            .is_some_and(|w| w & (1u64 << (i & 63)) != 0)
    }
}

/// The filter over [`ENGLISH`].
pub static ENGLISH_FILTER: KeyFilter = KeyFilter(filter_words(ENGLISH));

// The filter's hash works on eight bytes at a time, with bit 5 of every
// byte set (`A`→`a`: a cheap case fold that also merges a few punctuation
// pairs, which only costs the filter a little precision). Why not a byte
// loop: this runs at every period the tokenizer and the sentence splitter
// look up, and a per-byte loop has a multiply chain and an exit the branch
// predictor cannot guess. `hash_const` (compile time, builds the filter)
// and `hash_fast` (run time) compute the same value; a test checks it.

const SEED: u64 = 0xcbf2_9ce4_8422_2325;
const MUL: u64 = 0x9E37_79B9_7F4A_7C15;

/// One step: mixes the packed chunk `w` into `h`.
const fn mix(h: u64, w: u64) -> u64 {
    let h = (h ^ w).wrapping_mul(MUL);
    h ^ (h >> 29)
}

/// Bit 5 of each of the `n` (1 to 8) low bytes.
const fn fold_bits(n: usize) -> u64 {
    if n >= 8 {
        0x2020_2020_2020_2020
    } else {
        0x2020_2020_2020_2020 & ((1u64 << (8 * n)) - 1)
    }
}

/// The hash, one byte at a time (usable in `const`).
const fn hash_const(key: &[u8]) -> u64 {
    let mut h = SEED ^ (key.len() as u64).wrapping_mul(MUL);
    let mut rest = key;
    loop {
        let mut w = 0u64;
        let mut i = 0;
        let mut chunk = rest;
        while let [b, tail @ ..] = chunk {
            if i == 8 {
                break;
            }
            w |= (*b as u64) << (8 * i);
            i += 1;
            chunk = tail;
        }
        h = mix(h, w | fold_bits(i));
        match rest.split_at_checked(8) {
            Some((_, tail)) if !tail.is_empty() => rest = tail,
            _ => break,
        }
    }
    h
}

/// Up to eight bytes of `p`, little-endian, in at most two loads.
#[inline(always)]
fn load_le(p: &[u8]) -> u64 {
    let n = p.len();
    if let Some(w) = p.first_chunk::<8>() {
        return u64::from_le_bytes(*w);
    }
    if n >= 4 {
        let lo = p.first_chunk::<4>().map_or(0, |w| u32::from_le_bytes(*w));
        let hi = p.last_chunk::<4>().map_or(0, |w| u32::from_le_bytes(*w));
        return u64::from(lo) | (u64::from(hi) << (8 * (n - 4)));
    }
    if n >= 2 {
        let lo = p.first_chunk::<2>().map_or(0, |w| u16::from_le_bytes(*w));
        let hi = p.last_chunk::<2>().map_or(0, |w| u16::from_le_bytes(*w));
        return u64::from(lo) | (u64::from(hi) << (8 * (n - 2)));
    }
    p.first().map_or(0, |&b| u64::from(b))
}

/// The hash with word loads (run time).
#[inline]
fn hash_fast(key: &[u8]) -> u64 {
    let mut h = SEED ^ (key.len() as u64).wrapping_mul(MUL);
    let mut rest = key;
    loop {
        let n = rest.len().min(8);
        h = mix(h, load_le(rest.get(..n).unwrap_or(&[])) | fold_bits(n));
        match rest.get(8..) {
            Some(tail) if !tail.is_empty() => rest = tail,
            _ => break,
        }
    }
    h
}

/// Two 12-bit probe positions from one hash (its best-mixed high bits).
const fn probes(h: u64) -> (u32, u32) {
    let h = h.wrapping_mul(MUL);
    (((h >> 52) & 0xfff) as u32, ((h >> 40) & 0xfff) as u32)
}

/// The filter's words: word `w` has bit `i` set when some key probes
/// `w * 64 + i`. Built without indexing so it stays panic-free.
const fn filter_words(table: &[(&str, Abbrev)]) -> [u64; FILTER_WORDS] {
    let mut words = [0u64; FILTER_WORDS];
    let mut slots: &mut [u64] = &mut words;
    let mut w = 0;
    while let [slot, more @ ..] = slots {
        let mut bits = 0u64;
        let mut rest = table;
        while let [(k, _), tail @ ..] = rest {
            let (a, b) = probes(hash_const(k.as_bytes()));
            if (a >> 6) as usize == w {
                bits |= 1 << (a & 63);
            }
            if (b >> 6) as usize == w {
                bits |= 1 << (b & 63);
            }
            rest = tail;
        }
        *slot = bits;
        slots = more;
        w += 1;
    }
    words
}

fn cmp_ascii_lower(a: &[u8], b: &[u8]) -> core::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        let (x, y) = (x.to_ascii_lowercase(), y.to_ascii_lowercase());
        if x != y {
            return x.cmp(&y);
        }
    }
    a.len().cmp(&b.len())
}

/// Entries are stored lower-case; an EXACT entry matches a key whose first
/// letter is upper case and whose rest is lower case (`Sept`), or which is
/// all upper case (`SEPT`), or — for dotted initialisms (`U.S`) — whose
/// letters are all upper case.
fn exact_case_ok(_entry: &[u8], key: &[u8]) -> bool {
    let mut letters = key.iter().filter(|b| b.is_ascii_alphabetic());
    let Some(first) = letters.next() else {
        return false;
    };
    if !first.is_ascii_uppercase() {
        return false;
    }
    let rest: (usize, usize) = letters.fold((0, 0), |(up, low), b| {
        if b.is_ascii_uppercase() {
            (up + 1, low)
        } else {
            (up, low + 1)
        }
    });
    let dotted = key.contains(&b'.');
    if dotted {
        rest.1 == 0
    } else {
        rest.0 == 0 || rest.1 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        for w in ENGLISH.windows(2) {
            if let [(a, _), (b, _)] = w {
                assert!(
                    cmp_ascii_lower(a.as_bytes(), b.as_bytes()).is_lt(),
                    "{a:?} must sort before {b:?}"
                );
                assert_eq!(*a, a.to_ascii_lowercase_str(), "keys are lower case");
                assert!(b.len() <= MAX_KEY, "{b:?} longer than MAX_KEY");
            }
        }
    }

    trait Lower {
        fn to_ascii_lowercase_str(&self) -> heapless::String<16>;
    }
    impl Lower for &str {
        fn to_ascii_lowercase_str(&self) -> heapless::String<16> {
            let mut s = heapless::String::new();
            for c in self.chars() {
                let _ = s.push(c.to_ascii_lowercase());
            }
            s
        }
    }

    #[test]
    fn lookups() {
        assert!(lookup("Mr").is_some_and(|f| f.contains(Abbrev::TITLE)));
        assert!(lookup("Sept").is_some_and(|f| f.contains(Abbrev::MONTH)));
        assert!(lookup("sept").is_none(), "month entries are case-exact");
        assert!(lookup("U.S").is_some_and(|f| f.contains(Abbrev::PROPER)));
        assert!(lookup("u.s").is_none());
        assert!(lookup("No").is_some_and(|f| f.contains(Abbrev::BEFORE_NUMBER)));
        assert!(lookup("no").is_none());
        assert!(lookup("p.m").is_some_and(|f| f.contains(Abbrev::TIME)));
        assert!(lookup("P.M").is_some_and(|f| f.contains(Abbrev::TIME)));
        assert!(lookup("e.g").is_some_and(|f| f.contains(Abbrev::CONTINUES)));
        assert!(lookup("Inc").is_some_and(|f| f.contains(Abbrev::MAY_END)));
        assert!(lookup("house").is_none());
        assert!(lookup("").is_none());
        for (k, _) in ENGLISH {
            assert!(ENGLISH_FILTER.may_contain(k.as_bytes()), "{k}");
            assert!(
                ENGLISH_FILTER.may_contain(k.to_ascii_uppercase().as_bytes()),
                "{k}"
            );
        }
        for w in [
            "",
            "a",
            "ab",
            "abc",
            "Abcd",
            "abcde",
            "abcdef",
            "abcdefg",
            "ABCDEFGH",
            "abcdefghi",
            "u.s.-russia",
            "Lieutenant-Colonels",
            "\u{e9}t\u{e9}",
        ]
        .iter()
        .chain(ENGLISH.iter().map(|(k, _)| k))
        {
            assert_eq!(hash_fast(w.as_bytes()), hash_const(w.as_bytes()), "{w}");
        }
        let misses = [
            "said", "year", "market", "house", "people", "today", "week", "percent",
        ];
        let hits = misses
            .iter()
            .filter(|w| ENGLISH_FILTER.may_contain(w.as_bytes()))
            .count();
        assert!(hits <= 1, "filter too weak: {hits} of {}", misses.len());
    }
}
