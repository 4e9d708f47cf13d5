//! Bylines: the line that names who wrote an article.
//!
//! # Grammar
//!
//! ```text
//! byline    := wrap(credits | led | dated | titled | korean | uncased | han) ; the whole (trimmed) line
//! dated     := DATE ws* ("|" | "·" | "/" | DASH)? ws* led     ; "11/19/2019 by Lars Brandle"
//! wrap(x)   := "(" x ")" | x
//! led       := LEAD (outlet tail? | authors tail?)           ; "by Dmytro Basmat", "By The Associated Press"
//! titled    := authors tail                                  ; the tail must hold a role or a
//!                                                            ; contact and the first name two
//!                                                            ; words: "Dmytro Basmat, Senior News
//!                                                            ; Editor", "Natasha Turak @NatashaTurak"
//! korean    := person ws+ "기자" (ws+ EMAIL)?                 ; "홍길동 기자"
//! uncased   := ("كتب" | "كتبت" | "بقلم" | "लेखक" | "מאת") ws* (":" | DASH)? ws* WORD{2,4} (SEP .*)?
//!                                                            ; "كتب: أحمد محمود", "लेखक: राहुल शर्मा":
//!                                                            ; Arabic, Devanagari and Hebrew have no capitals,
//!                                                            ; the lead word decides; WORD is 2–12
//!                                                            ; letters of the lead's script
//! han       := see han.rs: the author field of a Chinese metadata line ; "来源：新华社 作者：张伟 2026-11-21"
//! placed    := person place (list_sep person place)*        ; "Helen Davidson in Taipei"; its own
//!                                                            ; entry point, `placed`, for header
//!                                                            ; lines next to a dateline
//! credits   := see reuters.rs                                ; "Reporting by A; Editing by B"
//! LEAD      := ("By" | "by" | "BY") ":"? ws+
//!            | ("Story" | "Written" | "Words" | "Text" | "Report" | "Reported" | "Posted"
//!               | "Article" | "Compiled") ws+ "by" ":"? ws+
//!            | ("Author" | "Authors" | "Autor" | "Autora" | "Autore" | "Auteur"
//!               | "Автор" | "Авторы" | "Текст" | "Texto" | "Reportagem" | "Penulis"
//!               | "Yazar") ws* ":" ws*
//!            | ("Escrito por" | "Scritto da" | "Geschrieben von" | "Écrit par"
//!               | "Write to") ws+
//!            | ("Por" | "Di" | "Von" | "Par" | lower-case forms) ws+   ; first name must have 2+ words
//! authors   := person place? (list_sep person place?){0,7}   ; person: see name.rs
//! place     := see reuters.rs: "in" and up to three cap words ; "By Christopher Miller in Kyiv", "in Rio de Janeiro"
//! list_sep  := ws* "," ws+ ("and" ws+)? | ws+ AND ws+
//! AND       := "and" | "&" | "y" | "e" | "et" | "und" | "и" | "та" | "і"
//! tail      := see tail.rs: role, outlet, a date stamp, "@handle", "2 days ago"
//! ```
//!
//! A list element that reads as an outlet or a job title (`By A, Reuters`,
//! `By A, Staff Writer`) ends the list and goes to the tail. An outlet after
//! `LEAD` in place of names is kept as the outlet with no author (`By The
//! Associated Press`, `By Reuters Staff`) when it is a known outlet, a
//! domain or starts with `The`, or when it spans exactly the single name
//! read there and has three or more words (`by India Post News Weekly`);
//! otherwise the words are a name (`By Tom Post`).
//!
//! At most 8 authors are kept; further names are parsed and dropped. Lines
//! over 400 bytes are not bylines.
//!
//! Strictness: the whole line must be consumed, so body text starting with
//! "By" (`By Friday, the team had…`, `By clicking Accept…`) does not parse;
//! a line without a lead needs a job title or a contact (`Jane Doe, Reuters`
//! alone is not a byline: it reads as well as a caption credit).

mod han;
mod reuters;
mod tail;

use super::date::parse_date;
use super::lexicon::{OUTLETS, is_in};
use super::name::person;
use super::phrase::{outlet, role};
use super::text::{ci_word, is_space, offset_in, word, ws0, ws1};
use heapless::Vec;
use tail::{Found, tail};

/// Longest line considered (bytes): eight names with roles and a wire
/// contributor line fit; a paragraph of body text is not read at all.
const MAX_LEN: usize = 400;

/// A parsed byline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Byline<'a> {
    /// The authors, in order (at most 8).
    pub authors: Vec<&'a str, 8>,
    /// The outlet named in the byline (`Reuters`, `Cleveland.com`).
    pub outlet: Option<&'a str>,
    /// The job title (`Senior News Editor`, `AP Sports Writer`).
    pub role: Option<&'a str>,
}

/// The whole line is a byline (trimmed input). Strict: a sentence of body
/// text must not parse.
pub fn parse_byline(line: &str) -> Option<Byline<'_>> {
    let t = line.trim_matches(is_space);
    if t.len() > MAX_LEN {
        return None;
    }
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .map_or(t, |x| x.trim_matches(is_space));
    if let Some(authors) = reuters::credits(t) {
        return Some(Byline {
            authors,
            outlet: None,
            role: None,
        });
    }
    led(t)
        .or_else(|| dated(t))
        .or_else(|| titled(t))
        .or_else(|| korean(t))
        .or_else(|| uncased(t))
        .or_else(|| {
            han::han_byline(t).map(|authors| Byline {
                authors,
                outlet: None,
                role: None,
            })
        })
}

/// `dated` of the grammar: a date, then a led byline (`11/19/2019 by Lars
/// Brandle`, `Nov 18, 2019 | By Jane Doe`).
fn dated(s: &str) -> Option<Byline<'_>> {
    let (_, n) = parse_date(s)?;
    let r = s.get(n..)?.trim_start_matches(is_space);
    let r = r
        .strip_prefix(['|', '·', '•', '/', '-', '–', '—'])
        .unwrap_or(r);
    led(r.trim_start_matches(is_space))
}

/// `list_sep` of the grammar; returns the text after it.
pub(super) fn list_sep(s: &str) -> Option<&str> {
    let (r, _) = ws0(s).ok()?;
    if let Some(after) = r.strip_prefix(',') {
        let (r, _) = ws1(after).ok()?;
        return Some(
            ci_word(r, "and")
                .ok()
                .and_then(|(r2, _)| ws1(r2).ok())
                .map_or(r, |(r2, _)| r2),
        );
    }
    let (r, _) = ws1(s).ok()?;
    ["and", "&", "y", "e", "et", "und", "и", "та", "і"]
        .iter()
        .find_map(|w| {
            let (r2, _) = match *w {
                "&" => r.strip_prefix('&').map(|x| (x, "")),
                // `BY JANE DOE AND JOHN ROE`: all-caps bylines spell the
                // conjunction in capitals too. Only `and`: a capital `E`
                // or `Y` is an initial (`John E Smith`).
                "and" => ci_word(r, w).ok(),
                _ => word(r, w).ok(),
            }?;
            ws1(r2).ok().map(|(r3, _)| r3)
        })
}

/// An optional colon, then white space.
fn colon_ws(r: &str) -> Option<&str> {
    let r = r.strip_prefix(':').unwrap_or(r);
    ws1(r).ok().map(|(r2, _)| r2)
}

/// `LEAD` of the grammar; returns the rest and whether the lead is one of
/// the short foreign words that need a two-word first name.
fn lead(s: &str) -> Option<(&str, bool)> {
    for w in ["By", "by", "BY"] {
        if let Ok((r, _)) = word(s, w) {
            return colon_ws(r).map(|r| (r, false));
        }
    }
    for w in [
        "Story", "Written", "Words", "Text", "Report", "Reported", "Posted", "Article", "Compiled",
    ] {
        if let Some(r) = ci_word(s, w)
            .ok()
            .and_then(|(r, _)| ws1(r).ok())
            .and_then(|(r, _)| ci_word(r, "by").ok())
            .and_then(|(r, _)| colon_ws(r))
        {
            return Some((r, false));
        }
    }
    for w in [
        "Authors",
        "Author",
        "Autora",
        "Autore",
        "Autor",
        "Auteur",
        "Авторы",
        "Автор",
        "Текст",
        "Texto",
        "Reportagem",
        "Penulis",
        "Yazar",
    ] {
        if let Some(r) = ci_word(s, w)
            .ok()
            .and_then(|(r, _)| ws0(r).ok())
            .and_then(|(r, _)| r.strip_prefix(':'))
            .and_then(|r| ws0(r).ok())
        {
            return Some((r.0, false));
        }
    }
    for w in [
        "Escrito por",
        "Scritto da",
        "Geschrieben von",
        "Écrit par",
        "Write to",
    ] {
        if let Some((r, _)) = ci_word(s, w).ok().and_then(|(r, _)| ws1(r).ok()) {
            return Some((r, false));
        }
    }
    // Foreign leads need a name of two words: `Por`, `Di`, `Von`, `Par`,
    // the Scandinavian `Av`/`Af` and the Greek genitive `Του`/`Της` ("of").
    for w in [
        "Por", "por", "Di", "di", "Von", "von", "Par", "par", "Av", "av", "Af", "af", "Του", "Της",
    ] {
        if let Some((r, _)) = word(s, w).ok().and_then(|(r, _)| ws1(r).ok()) {
            return Some((r, true));
        }
    }
    None
}

/// `authors` of the grammar, into `out`; returns the rest.
fn authors<'a>(s: &'a str, out: &mut Vec<&'a str, 8>) -> Option<&'a str> {
    let (mut rest, first_name) = person(s, false).ok()?;
    let _ = out.push(first_name);
    loop {
        // "Christopher Miller in Kyiv and Max Seddon in Riga"
        if let Some(after) = reuters::place(rest) {
            rest = after;
        }
        let Some(next) = list_sep(rest) else { break };
        // An outlet or a job title ends the list ("By A, Reuters").
        if outlet(next).is_ok() || role(next).is_ok() || is_acronym(next) {
            break;
        }
        match person(next, false) {
            Ok((after, n)) => {
                let _ = out.push(n);
                rest = after;
            }
            Err(_) => break,
        }
    }
    Some(rest)
}

/// A lone all-capitals word of 2–6 letters (a station or agency: `KWCH`).
fn is_acronym(s: &str) -> bool {
    let len = s
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_uppercase())
        .map_or(s.len(), |(i, _)| i);
    let rest = s.get(len..).unwrap_or("x").trim_start_matches(is_space);
    (2..=6).contains(&len) && (rest.is_empty() || rest.starts_with([',', '|', ';']))
}

/// `led` of the grammar.
///
/// Names and an outlet can both fit (`By India Post News Weekly`): the
/// outlet wins when it is a known outlet, a domain or starts with `The`, or
/// when it covers exactly the words read as the only name and has three or
/// more of them; otherwise the names win (`By Tom Post`).
fn led(s: &str) -> Option<Byline<'_>> {
    let (r, foreign) = lead(s)?;
    let as_outlet = outlet(r).ok().and_then(|(after, o)| {
        let mut found = Found::default();
        tail(after, &mut found).then_some((o, found.role))
    });
    let as_names = {
        let mut names = Vec::new();
        authors(r, &mut names).and_then(|after| {
            let mut found = Found::default();
            let two_words = names.first().is_some_and(|n| n.contains(is_space));
            (tail(after, &mut found) && (!foreign || two_words)).then_some(Byline {
                authors: names,
                outlet: found.outlet,
                role: found.role,
            })
        })
    };
    let outlet_wins = as_outlet.is_some_and(|(o, _)| {
        let known = is_in(OUTLETS, o) || o.starts_with("The ") || o.contains('.');
        let same = as_names.as_ref().is_none_or(|b| {
            b.authors.len() == 1 && b.authors.first() == Some(&o) && o.split(is_space).count() >= 3
        });
        known || same
    });
    match (as_outlet, outlet_wins) {
        (Some((o, role)), true) => Some(Byline {
            authors: Vec::new(),
            outlet: Some(o),
            role,
        }),
        _ => as_names,
    }
}

/// `titled` of the grammar: names then a job title or a contact (handle,
/// e-mail), no lead. The first name needs two words (`Letters to the
/// Editor`, `Open Critic` are not bylines).
fn titled(s: &str) -> Option<Byline<'_>> {
    let mut names = Vec::new();
    let after = authors(s, &mut names)?;
    if names.first().is_none_or(|n| !n.contains(is_space)) {
        return None;
    }
    let mut found = Found::default();
    if !(tail(after, &mut found) && (found.role.is_some() || found.contact)) {
        return None;
    }
    let mut role = found.role;
    if let [name] = names.as_mut_slice()
        && let Some((n, r)) = role.and_then(|r| beat_qualifier(s, name, r))
    {
        *name = n;
        role = Some(r);
    }
    Some(Byline {
        authors: names,
        outlet: found.outlet,
        role,
    })
}

/// `Morag Ferguson Scotland correspondent`, `Patrick Wintour Diplomatic
/// editor`: a lower-case job title after a single name of three or more
/// words takes the name's last word as its beat (the house style of British
/// papers). Not when the name has an initial (`Bruce Y. Lee correspondent`
/// stays whole). Returns the shortened name and the longer role, both
/// slices of `s`.
fn beat_qualifier<'a>(s: &'a str, name: &'a str, role: &'a str) -> Option<(&'a str, &'a str)> {
    if !role.chars().next().is_some_and(crate::ucd::case::is_lower) {
        return None;
    }
    let cut = name.trim_end_matches(is_space).rfind(is_space)?;
    let short = name.get(..cut)?.trim_end_matches(is_space);
    let words = short.split(is_space).filter(|w| !w.is_empty());
    if words.clone().count() < 2 || words.clone().any(|w| w.ends_with('.')) {
        return None;
    }
    let beat_start = offset_in(s, name)? + cut + 1;
    let role_end = offset_in(s, role)? + role.len();
    Some((
        short,
        s.get(beat_start..role_end)?.trim_start_matches(is_space),
    ))
}

/// The line ends on a job-title noun (`Bruce Y. Lee Senior Contributor`,
/// `Jane Doe Staff Writer`): a cheap test callers use to decide whether a
/// line without a lead word or a separator is worth parsing as a byline.
pub fn ends_with_role(line: &str) -> bool {
    let t = line.trim_end_matches(is_space);
    let last = t.rsplit(is_space).next().unwrap_or(t);
    !last.is_empty() && super::lexicon::in_sorted(super::lexicon::ROLE_NOUNS, last)
}

/// `placed` of the grammar: names, each followed by where its author filed
/// from, and nothing else (`Helen Davidson in Taipei`, `Julian Borger in
/// Washington and Jennifer Rankin in Brussels`), as British papers print
/// bylines without a lead word. Every name needs two words. A short Title
/// Case headline has the same shape (`Storm Damage in Cornwall`), so
/// callers ask only about a header line next to the dateline.
pub fn placed(line: &str) -> Option<Vec<&str, 8>> {
    let mut rest = line.trim_matches(is_space);
    if rest.len() > MAX_LEN {
        return None;
    }
    let mut out = Vec::new();
    loop {
        let (r, name) = person(rest, false).ok()?;
        if !name.contains(is_space) {
            return None;
        }
        let r = reuters::place(r)?;
        let _ = out.push(name);
        if r.trim_start_matches(is_space).is_empty() {
            return Some(out);
        }
        rest = list_sep(r)?;
    }
}

/// A job-title line under a bare name line (`Transport correspondent, BBC
/// Scotland`, `Senior Reporter`), as some sites print the byline on two
/// lines: a role of at most five words that ends on a job-title noun, then
/// nothing or an outlet. Returns the role and the outlet. A Title Case
/// headline that starts with a job title (`Former Editor Sues Paper`) does
/// not end on the noun, so it is not one.
pub fn role_line(line: &str) -> Option<(&str, Option<&str>)> {
    let t = line.trim_matches(is_space);
    if t.len() > MAX_LEN {
        return None;
    }
    // Cheap first: the phrase before any separator ends on a job-title noun.
    let head = t.split([',', '|', '·', '•']).next().unwrap_or(t);
    if !ends_with_role(head) {
        return None;
    }
    let (after, r) = role(t).ok()?;
    if r.split(is_space).filter(|w| !w.is_empty()).count() > 5 || !ends_with_role(r) {
        return None;
    }
    let mut found = Found::default();
    let rest_ok = after.trim_matches(is_space).is_empty()
        || (tail(after, &mut found) && found.role.is_none() && !found.contact);
    rest_ok.then_some((r, found.outlet))
}

/// `korean` of the grammar.
fn korean(s: &str) -> Option<Byline<'_>> {
    let (r, n) = person(s, true).ok()?;
    let (r, _) = ws0(r).ok()?;
    let rest = r.strip_prefix("기자")?;
    let role_text = r.get(..r.len().saturating_sub(rest.len()))?;
    let r = rest.trim_matches(is_space);
    let email_ok = r.is_empty() || (r.contains('@') && !r.contains(is_space));
    let mut authors = Vec::new();
    let _ = authors.push(n);
    email_ok.then_some(Byline {
        authors,
        outlet: None,
        role: Some(role_text),
    })
}

/// The scripts without capitals whose bylines [`uncased`] reads.
#[derive(Clone, Copy)]
enum Script {
    Arabic,
    Devanagari,
    Hebrew,
}

/// A name word of 2–12 letters of one script without capitals: Arabic
/// (hamza to yeh, and the Persian/Urdu additions), Devanagari (its vowel
/// signs and virama included, its danda and digits not) or Hebrew (with
/// the geresh of `ז׳`).
fn uncased_word(w: &str, script: Script) -> bool {
    let n = w.chars().count();
    (2..=12).contains(&n)
        && w.chars().all(|c| {
            let c = c as u32;
            match script {
                Script::Arabic => matches!(c, 0x0621..=0x063A | 0x0641..=0x064A | 0x0671..=0x06D3),
                Script::Devanagari => matches!(c, 0x0900..=0x0963 | 0x0971..=0x097F),
                Script::Hebrew => matches!(c, 0x05D0..=0x05EA | 0x05F3 | 0x05F4 | 0x27),
            }
        })
}

/// The lead words of [`uncased`] bylines and the script of the name after
/// them (`كتبت` before `كتب`: the longer lead is tried first).
const UNCASED_LEADS: &[(&str, Script)] = &[
    ("كتبت", Script::Arabic),
    ("كتب", Script::Arabic),
    ("بقلم", Script::Arabic),
    ("लेखक", Script::Devanagari),
    ("מאת", Script::Hebrew),
];

/// Whether `word` is the lead word of an [`uncased`] byline: the features
/// mark such a line byline-like from its first word.
pub(crate) fn uncased_lead(word: &str) -> bool {
    UNCASED_LEADS.iter().any(|&(w, _)| w == word)
}

/// `uncased` of the grammar: `كتب: أحمد محمود` (“written by”), `بقلم سارة
/// علي` (“by the pen of”), `लेखक: राहुल शर्मा` (“author”), `מאת: דנה כהן`
/// (“by”). Two to four name words of the lead's script; a separator may
/// follow with anything after it (an outlet, a place).
fn uncased(s: &str) -> Option<Byline<'_>> {
    let (r, script) = UNCASED_LEADS
        .iter()
        .find_map(|&(w, d)| s.strip_prefix(w).map(|r| (r, d)))?;
    // The lead is a whole word: `מאתיים` (“two hundred”) is no `מאת`.
    if r.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let r = r.trim_start_matches(is_space);
    let r = r
        .strip_prefix([':', '-', '–', '—'])
        .unwrap_or(r)
        .trim_start_matches(is_space);
    let mut end = 0;
    let mut words = 0;
    for (at, w) in r.split(' ').scan(0usize, |pos, w| {
        let at = *pos;
        *pos += w.len() + 1;
        Some((at, w))
    }) {
        if words == 4 || !uncased_word(w, script) {
            // Nothing but a separator may end the name.
            let rest = r.get(at..).unwrap_or("");
            if !rest.starts_with(['-', '–', '—', '|', '،', ',', '/', '(']) {
                return None;
            }
            break;
        }
        words += 1;
        end = at + w.len();
    }
    if words < 2 {
        return None;
    }
    let mut authors = Vec::new();
    let _ = authors.push(r.get(..end)?);
    Some(Byline {
        authors,
        outlet: None,
        role: None,
    })
}

#[cfg(test)]
mod tests {
    use super::ends_with_role;

    #[test]
    fn a_final_job_title_word() {
        for s in [
            "Bruce Y. Lee Senior Contributor",
            "Jane Doe Staff Writer  ",
            "Иван Петров, корреспондент",
            "editor",
        ] {
            assert!(ends_with_role(s), "{s:?}");
        }
        for s in ["", "  ", "Jane Doe", "Contributor Jane Doe", "Editors."] {
            assert!(!ends_with_role(s), "{s:?}");
        }
    }

    #[test]
    fn a_beat_before_a_lower_case_role() {
        let b = super::parse_byline("Morag Ferguson Scotland correspondent");
        assert_eq!(
            b.as_ref().map(|b| (b.authors.as_slice(), b.role)),
            Some((&["Morag Ferguson"][..], Some("Scotland correspondent")))
        );
        let b = super::parse_byline("Patrick Wintour Diplomatic editor");
        assert_eq!(
            b.as_ref().map(|b| (b.authors.as_slice(), b.role)),
            Some((&["Patrick Wintour"][..], Some("Diplomatic editor")))
        );
        // An initial keeps the name whole; a capitalised role is its own.
        let b = super::parse_byline("Bruce Y. Lee correspondent");
        assert_eq!(
            b.as_ref().map(|b| b.authors.as_slice()),
            Some(&["Bruce Y. Lee"][..])
        );
        let b = super::parse_byline("Bruce Y. Lee Senior Contributor");
        assert_eq!(
            b.as_ref().map(|b| b.authors.as_slice()),
            Some(&["Bruce Y. Lee"][..])
        );
    }
}
