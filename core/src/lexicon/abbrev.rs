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
const N: Abbrev = Abbrev(Abbrev::BEFORE_NUMBER.0 | Abbrev::EXACT.0);
const TM: Abbrev = Abbrev(Abbrev::TIME.0 | Abbrev::MAY_END.0);
const P: Abbrev = Abbrev(Abbrev::PROPER.0 | Abbrev::MAY_END.0 | Abbrev::EXACT.0);
const C: Abbrev = Abbrev::CONTINUES;
const W: Abbrev = Abbrev(Abbrev::WEEKDAY.0 | Abbrev::EXACT.0);
const U: Abbrev = Abbrev(Abbrev::UNIT.0 | Abbrev::MAY_END.0);
const X: Abbrev = Abbrev(Abbrev::PLAIN.0 | Abbrev::EXACT.0);

/// English news abbreviations, sorted by ASCII-lowercased key.
pub static ENGLISH: &[(&str, Abbrev)] = &[
    ("a.k.a", C),
    ("a.m", TM),
    ("adm", T),
    ("al", E),
    ("ala", X),
    ("approx", C),
    ("apr", M),
    ("ariz", X),
    ("ark", X),
    ("assn", E),
    ("assoc", E),
    ("asst", T),
    ("atty", T),
    ("aug", M),
    ("ave", E),
    ("b.c", E),
    ("bldg", E),
    ("blvd", E),
    ("brig", T),
    ("bros", E),
    ("c.e.o", E),
    ("calif", X),
    ("capt", T),
    ("cf", C),
    ("ch", N),
    ("cmdr", T),
    ("co", E),
    ("col", T),
    ("colo", X),
    ("comdr", T),
    ("conn", X),
    ("corp", E),
    ("cpl", T),
    ("cpt", T),
    ("d.c", P),
    ("dec", M),
    ("del", X),
    ("dept", E),
    ("dist", E),
    ("dr", T),
    ("e.g", C),
    ("e.u", P),
    ("ed", X),
    ("eds", E),
    ("esq", E),
    ("est", E),
    ("etc", E),
    ("ex", C),
    ("feb", M),
    ("fig", N),
    ("fla", X),
    ("fri", W),
    ("ft", U),
    ("ga", X),
    ("gen", T),
    ("gov", T),
    ("govt", E),
    ("hon", T),
    ("hosp", E),
    ("hr", E),
    ("i.e", C),
    ("ill", X),
    ("in", U),
    ("inc", E),
    ("ind", X),
    ("insp", T),
    ("jan", M),
    ("jr", E),
    ("jul", M),
    ("jun", M),
    ("kan", X),
    ("kans", X),
    ("km", U),
    ("ky", X),
    ("la", X),
    ("lb", U),
    ("lbs", U),
    ("lt", T),
    ("ltd", E),
    ("maj", T),
    ("mar", M),
    ("mass", X),
    ("md", X),
    ("messrs", T),
    ("mfg", E),
    ("mich", X),
    ("min", U),
    ("minn", X),
    ("miss", X),
    ("mo", X),
    ("mon", W),
    ("mont", X),
    ("mr", T),
    ("mrs", T),
    ("ms", T),
    ("msgr", T),
    ("mt", T),
    ("mx", T),
    ("n.c", P),
    ("n.h", P),
    ("n.j", P),
    ("n.m", P),
    ("n.y", P),
    ("neb", X),
    ("nev", X),
    ("no", N),
    ("nos", N),
    ("nov", M),
    ("oct", M),
    ("okla", X),
    ("op", N),
    ("ore", X),
    ("oz", U),
    ("p", N),
    ("p.m", TM),
    ("pa", X),
    ("pct", U),
    ("ph.d", E),
    ("pl", E),
    ("pp", N),
    ("pres", T),
    ("prof", T),
    ("pt", N),
    ("pvt", T),
    ("rd", E),
    ("rep", T),
    ("reps", T),
    ("ret", E),
    ("rev", T),
    ("s.c", P),
    ("sat", W),
    ("sec", N),
    ("sen", T),
    ("sens", T),
    ("sep", M),
    ("sept", M),
    ("sgt", T),
    ("sr", E),
    ("st", T),
    ("ste", T),
    ("sun", W),
    ("supt", T),
    ("tenn", X),
    ("tex", X),
    ("thu", W),
    ("thurs", W),
    ("tue", W),
    ("tues", W),
    ("u.k", P),
    ("u.n", P),
    ("u.s", P),
    ("u.s.a", P),
    ("u.s.s.r", P),
    ("univ", E),
    ("va", X),
    ("vol", N),
    ("vs", C),
    ("vt", X),
    ("wash", X),
    ("wed", W),
    ("wis", X),
    ("wyo", X),
    ("yr", U),
    ("yrs", U),
];

/// Looks up `key` (an abbreviation without its final period) in `table`.
///
/// Returns the flags of the matching entry. Entries flagged
/// [`Abbrev::EXACT`] only match when `key` has the table's case, with the
/// first letter capitalised (`No`, `Sept`, `Mon`) or all capitals (`SEPT`).
pub fn lookup_in(table: &[(&str, Abbrev)], key: &str) -> Option<Abbrev> {
    let kb = key.as_bytes();
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
#[inline]
pub fn lookup(key: &str) -> Option<Abbrev> {
    lookup_in(ENGLISH, key)
}

fn cmp_ascii_lower(a: &[u8], b: &[u8]) -> core::cmp::Ordering {
    let la = a.iter().map(u8::to_ascii_lowercase);
    let lb = b.iter().map(u8::to_ascii_lowercase);
    la.cmp(lb)
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
    }
}
