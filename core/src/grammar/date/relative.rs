//! Relative time stamps: `2h ago`, `35 mins ago`, `an hour ago`, `il y a
//! 2 heures`, `vor 3 Stunden`, `hace 2 horas`, `há 5 minutos`, `2 ore fa`,
//! `3 uur geleden`, `2 часа назад`, `5 saat önce`.
//!
//! ```text
//! relative := (LEAD ws+)? (PRE ws+ amount | amount POST)
//! amount   := count ws* unit | count_unit            ; "2 hours", "2h", "35m"
//! count    := digit{1,3} | "an" | "a" | "one" | "un" | "une" | "ein" | "eine" | "einem" | "einer"
//! unit     := letter{1,12}                           ; any short word: the shape decides
//! POST     := ws+ ("ago" | "fa" | "geleden" | "назад" | "önce")
//! PRE      := "il y a" | "vor" | "hace" | "há" | "ha"
//! LEAD     := "updated" | "published" | "posted" | "edited" ; any case, then an optional ":"
//! ```
//!
//! The whole line must be the stamp (trailing white space aside). A
//! relative stamp has no absolute value without the time the page was
//! fetched, so this only *recognises* one: the header uses it to tell a
//! timeline or teaser card (`2h ago` / `Deal within reach, says host`) from
//! a headline.

use super::super::text::{ci_word, is_space};

/// Whether `s` is a relative time stamp and nothing else.
pub fn relative_stamp(s: &str) -> bool {
    let s = s.trim_matches(is_space);
    if s.len() > 48 {
        return false;
    }
    // Cheap gate first (the header asks about every short line): a stamp
    // ends with a POST marker or starts, after its lead, with a PRE one.
    let same = |w: &str, lit: &&str| {
        w.len() == lit.len() && w.as_bytes().eq_ignore_ascii_case(lit.as_bytes())
    };
    let last = s.rsplit(is_space).next().unwrap_or("");
    let s = lead(s);
    let first = s.split(is_space).next().unwrap_or("");
    if !(POST.iter().any(|w| same(last, w)) || PRE.iter().any(|w| same(first, w))) {
        return false;
    }
    if let Some(r) = pre(s) {
        return amount(r).is_some_and(str::is_empty);
    }
    amount(s).is_some_and(|r| post(r).is_some_and(str::is_empty))
}

/// The markers after the amount.
const POST: [&str; 5] = ["ago", "fa", "geleden", "назад", "önce"];
/// The first words of the markers before it (`il y a`).
const PRE: [&str; 5] = ["il", "vor", "hace", "há", "ha"];
/// Every marker word, lower case: the word table of the article features
/// flags them, so the header asks this grammar only about lines that hold
/// one.
pub const RELATIVE_MARKERS: &[&str] = &[
    "ago",
    "fa",
    "geleden",
    "назад",
    "önce",
    "il",
    "vor",
    "hace",
    "há",
    "ha",
];

/// Skips `Updated`, `Published:` … and the white space after it.
fn lead(s: &str) -> &str {
    for w in ["updated", "published", "posted", "edited"] {
        if let Ok((r, _)) = ci_word(s, w) {
            let r = r.strip_prefix(':').unwrap_or(r);
            return r.trim_start_matches(is_space);
        }
    }
    s
}

/// The marker before the amount (`il y a`, `vor`, `hace`, `há`) and the
/// white space after it; the rest.
fn pre(s: &str) -> Option<&str> {
    ["il y a", "vor", "hace", "há", "ha"].iter().find_map(|w| {
        let (r, _) = ci_word(s, w).ok()?;
        let t = r.trim_start_matches(is_space);
        (t.len() < r.len()).then_some(t)
    })
}

/// The marker after the amount, with the white space before it; the rest.
fn post(s: &str) -> Option<&str> {
    let t = s.trim_start_matches(is_space);
    if t.len() == s.len() {
        return None;
    }
    POST.iter().find_map(|w| ci_word(t, w).ok().map(|(r, _)| r))
}

/// A count and a unit (`2 hours`, `2h`, `an hour`); the rest.
fn amount(s: &str) -> Option<&str> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let r = if (1..=3).contains(&digits) {
        s.get(digits..)?
    } else {
        let r = [
            "an", "a", "one", "un", "une", "ein", "eine", "einem", "einer",
        ]
        .iter()
        .find_map(|w| ci_word(s, w).ok().map(|(r, _)| r))?;
        // A word count needs a space before its unit.
        let t = r.trim_start_matches(is_space);
        if t.len() == r.len() {
            return None;
        }
        t
    };
    let r = r.trim_start_matches(is_space);
    let unit = r
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(r.len(), |(i, _)| i);
    let letters = r.get(..unit)?.chars().count();
    if !(1..=12).contains(&letters) {
        return None;
    }
    let rest = r.get(unit..)?;
    // `2 hrs. ago`: an abbreviated unit may end with a dot.
    Some(rest.strip_prefix('.').unwrap_or(rest))
}

#[cfg(test)]
mod tests {
    use super::relative_stamp;

    #[test]
    fn stamps() {
        for s in [
            "2h ago",
            "2 hours ago",
            "35 mins ago",
            "1 day ago",
            "an hour ago",
            "A day ago",
            "Updated 3 hours ago",
            "Published: 5m ago",
            "2 hrs. ago",
            "il y a 2 heures",
            "Il y a 35 min",
            "vor 3 Stunden",
            "vor einer Stunde",
            "hace 2 horas",
            "Há 5 minutos",
            "2 ore fa",
            "3 uur geleden",
            "2 часа назад",
            "5 saat önce",
            "  4h ago  ",
        ] {
            assert!(relative_stamp(s), "{s:?}");
        }
    }

    #[test]
    fn markers_are_the_grammars() {
        for w in super::POST.iter().chain(&super::PRE) {
            assert!(super::RELATIVE_MARKERS.contains(w), "{w}");
        }
        assert_eq!(super::RELATIVE_MARKERS.len(), 10);
    }

    #[test]
    fn not_stamps() {
        for s in [
            "",
            "ago",
            "2 hours",
            "Three years ago the town voted",
            "2 hours ago, the minister said",
            "Protest outside the venue",
            "Long ago",
            "Updated at 09.42 GMT",
            "1234 hours ago",
            "vor dem Rathaus",
            "hace calor",
            "Deal 'within reach', says host nation",
            "2h",
            "2 extraordinarilylongunits ago",
        ] {
            assert!(!relative_stamp(s), "{s:?}");
        }
    }
}
