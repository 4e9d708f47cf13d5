//! The words that introduce a credit.
//!
//! ```text
//! file     := ("FILE PHOTO" | "File photo" | "FILE" | "File") ("." | ":" | "," | ws+ DASH) ws*
//! label    := (MODIFIER ws+){0,2} HEAD (ws+ QUALIFIER){0,2} sep
//!           | "Courtesy" (ws+ "of")? ws+
//! sep      := ws* ":" ws* | ws+ "by" ws+ | ws+ "courtesy" (ws+ "of")? ws+ | ws* "/" ws*
//!           | ws+                                   ; only after a QUALIFIER ("Image copyright EPA")
//! HEAD     := photo(s) | photograph(s) | photographer | photography | picture(s) | pic(s) | image(s)
//!           | illustration | graphic | video | footage | credit(s) | фото | фотография
//!           | иллюстрация | foto(s) | fotografia | imagem | imagen | immagine | bild
//!           | crédito(s) | credito | crédit(s)                          ; any case
//! QUALIFIER:= credit(s) | copyright | source | courtesy | illustration
//! MODIFIER := main | top | lead | header | feature(d) | cover | hero | banner | thumbnail
//! copyright:= ("©" | "(c)" | "(C)") ws* (yyyy ","? ws+)?
//!           | "Copyright" ws* ("©" ws* (yyyy ","? ws+)? | yyyy ","? ws+)
//! ```
//!
//! A plural head (`Photos:`) or a video/graphic head often introduces a
//! title rather than a credit, so what follows it must be a strict credit
//! (see `who.rs`). The word `Copyright` needs a `©` or a year after it
//! (`Copyright Policy` is a link).

use super::super::text::{ci_word, dash, number, ws0, ws1};
use super::who::Strength;

/// `(head, strict)`: plural heads and the heads of non-photo media often
/// introduce a title (`Photos: …`, `Video: Signing Day 2019`), so what
/// follows them must be a strict credit.
const HEADS: &[(&str, bool)] = &[
    ("photographer", false),
    ("photographs", true),
    ("photograph", false),
    ("photography", false),
    ("photos", true),
    ("photo", false),
    ("pictures", true),
    ("picture", false),
    ("pics", true),
    ("pic", false),
    ("images", true),
    ("image", false),
    ("illustration", false),
    ("graphic", true),
    ("video", true),
    ("footage", true),
    ("credits", false),
    ("credit", false),
    ("фотография", false),
    ("фото", false),
    ("иллюстрация", false),
    ("fotografia", false),
    ("fotos", true),
    ("foto", false),
    ("imagem", false),
    ("imagen", false),
    ("immagine", false),
    ("bild", false),
    ("créditos", false),
    ("crédito", false),
    ("credito", false),
    ("crédits", false),
    ("crédit", false),
];

const QUALIFIERS: &[&str] = &[
    "credits",
    "credit",
    "copyright",
    "source",
    "courtesy",
    "illustration",
];

const MODIFIERS: &[&str] = &[
    "main",
    "top",
    "lead",
    "header",
    "featured",
    "feature",
    "cover",
    "hero",
    "banner",
    "thumbnail",
];

/// The first of `words` at the start of `s` (whole word, any case).
fn one_of<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    words
        .iter()
        .find_map(|w| ci_word(s, w).ok().map(|(r, _)| r))
}

/// `file` of the grammar; returns the text after it (or `s`).
pub(super) fn file(s: &str) -> &str {
    for w in ["FILE PHOTO", "File photo", "File Photo", "FILE", "File"] {
        if let Some(r) = s.strip_prefix(w) {
            let after = if let Some(a) = r.strip_prefix(['.', ':', ',']) {
                Some(a)
            } else {
                ws1(r).ok().and_then(|(a, _)| dash(a).ok()).map(|(a, _)| a)
            };
            if let Some(a) = after {
                return ws0(a).map_or(a, |(a2, _)| a2);
            }
        }
    }
    s
}

/// `label` of the grammar; returns the rest and how strictly to read it.
pub(super) fn label(s: &str) -> Option<(&str, Strength)> {
    if let Ok((r, _)) = ci_word(s, "courtesy") {
        let (r, _) = ws1(r).ok()?;
        let r = ci_word(r, "of")
            .ok()
            .and_then(|(r2, _)| ws1(r2).ok())
            .map_or(r, |(r2, _)| r2);
        return Some((r, Strength::Lenient));
    }
    let mut r = s;
    for _ in 0..2 {
        match one_of(r, MODIFIERS).and_then(|r2| ws1(r2).ok()) {
            Some((r2, _)) => r = r2,
            None => break,
        }
    }
    let (mut r, plural) = HEADS
        .iter()
        .find_map(|&(h, plural)| ci_word(r, h).ok().map(|(r2, _)| (r2, plural)))?;
    let mut qualified = false;
    for _ in 0..2 {
        match ws1(r).ok().and_then(|(r2, _)| one_of(r2, QUALIFIERS)) {
            Some(r2) => {
                // "courtesy of"
                r = ws1(r2)
                    .ok()
                    .and_then(|(r3, _)| ci_word(r3, "of").ok())
                    .map_or(r2, |(r3, _)| r3);
                qualified = true;
            }
            None => break,
        }
    }
    let strength = if plural {
        Strength::Strict
    } else {
        Strength::Lenient
    };
    let (r2, _) = ws0(r).ok()?;
    if let Some(a) = r2.strip_prefix([':', '/']) {
        return Some((ws0(a).map_or(a, |(x, _)| x), strength));
    }
    let (r3, _) = ws1(r).ok()?;
    if let Some((r4, _)) = ci_word(r3, "by").ok().and_then(|(r4, _)| ws1(r4).ok()) {
        return Some((r4, strength));
    }
    if let Some((r4, _)) = ci_word(r3, "courtesy")
        .ok()
        .and_then(|(r4, _)| ws1(r4).ok())
    {
        let r4 = ci_word(r4, "of")
            .ok()
            .and_then(|(x, _)| ws1(x).ok())
            .map_or(r4, |(x, _)| x);
        return Some((r4, strength));
    }
    qualified.then_some((r3, strength))
}

/// `copyright` of the grammar; returns the text after it and whether a
/// year was given.
pub(super) fn copyright(s: &str) -> Option<(&str, bool)> {
    let (r, need_year) = if let Some(r) = s
        .strip_prefix('©')
        .or_else(|| s.strip_prefix("(c)"))
        .or_else(|| s.strip_prefix("(C)"))
    {
        (r, false)
    } else {
        let (r, _) = ci_word(s, "copyright").ok()?;
        let (r, _) = ws0(r).ok()?;
        match r.strip_prefix('©') {
            Some(r2) => (r2, false),
            None => (r, true),
        }
    };
    let (r, _) = ws0(r).ok()?;
    // An optional year ("© 2025 Reuters").
    match number(r, 4, 4) {
        Ok((after, y)) if (1900..=2100).contains(&y) => {
            let after = after.strip_prefix(',').unwrap_or(after);
            ws1(after).ok().map(|(a, _)| (a, true))
        }
        _ if need_year => None,
        _ => Some((r, false)),
    }
}
