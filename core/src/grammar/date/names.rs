//! Month and weekday names.
//!
//! English names must start with a capital letter (`Oct`, `OCT`, not `oct`:
//! lower-case `may` and `march` are verbs) and English abbreviations may
//! carry a period (`Sept.`). The other languages write month names in lower
//! case, so they match in any case; only full names are listed for them
//! (their three-letter abbreviations — `set`, `out`, `mar` — are ordinary
//! words in too many languages). Russian and Ukrainian months are listed in
//! the genitive, the form used in dates (`20 октября`).

use super::super::text::{PResult, ci, fail, first};

/// Whether a name is English (capital letter required, abbreviation period
/// allowed) or from another language (any case).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    En,
    EnAbbrev,
    Other,
}

use Lang::{En, EnAbbrev, Other};

/// `(name, month, lang)`.
static MONTHS: &[(&str, u8, Lang)] = &[
    // English
    ("January", 1, En),
    ("February", 2, En),
    ("March", 3, En),
    ("April", 4, En),
    ("May", 5, En),
    ("June", 6, En),
    ("July", 7, En),
    ("August", 8, En),
    ("September", 9, En),
    ("October", 10, En),
    ("November", 11, En),
    ("December", 12, En),
    ("Jan", 1, EnAbbrev),
    ("Feb", 2, EnAbbrev),
    ("Febr", 2, EnAbbrev),
    ("Mar", 3, EnAbbrev),
    ("Apr", 4, EnAbbrev),
    ("Jun", 6, EnAbbrev),
    ("Jul", 7, EnAbbrev),
    ("Aug", 8, EnAbbrev),
    ("Sep", 9, EnAbbrev),
    ("Sept", 9, EnAbbrev),
    ("Oct", 10, EnAbbrev),
    ("Nov", 11, EnAbbrev),
    ("Dec", 12, EnAbbrev),
    // Russian (genitive)
    ("января", 1, Other),
    ("февраля", 2, Other),
    ("марта", 3, Other),
    ("апреля", 4, Other),
    ("мая", 5, Other),
    ("июня", 6, Other),
    ("июля", 7, Other),
    ("августа", 8, Other),
    ("сентября", 9, Other),
    ("октября", 10, Other),
    ("ноября", 11, Other),
    ("декабря", 12, Other),
    // Ukrainian (genitive)
    ("січня", 1, Other),
    ("лютого", 2, Other),
    ("березня", 3, Other),
    ("квітня", 4, Other),
    ("травня", 5, Other),
    ("червня", 6, Other),
    ("липня", 7, Other),
    ("серпня", 8, Other),
    ("вересня", 9, Other),
    ("жовтня", 10, Other),
    ("листопада", 11, Other),
    ("грудня", 12, Other),
    // Portuguese
    ("janeiro", 1, Other),
    ("fevereiro", 2, Other),
    ("março", 3, Other),
    ("abril", 4, Other),
    ("maio", 5, Other),
    ("junho", 6, Other),
    ("julho", 7, Other),
    ("agosto", 8, Other),
    ("setembro", 9, Other),
    ("outubro", 10, Other),
    ("novembro", 11, Other),
    ("dezembro", 12, Other),
    // Spanish
    ("enero", 1, Other),
    ("febrero", 2, Other),
    ("marzo", 3, Other),
    ("mayo", 5, Other),
    ("junio", 6, Other),
    ("julio", 7, Other),
    ("septiembre", 9, Other),
    ("setiembre", 9, Other),
    ("octubre", 10, Other),
    ("noviembre", 11, Other),
    ("diciembre", 12, Other),
    // Italian
    ("gennaio", 1, Other),
    ("febbraio", 2, Other),
    ("aprile", 4, Other),
    ("maggio", 5, Other),
    ("giugno", 6, Other),
    ("luglio", 7, Other),
    ("settembre", 9, Other),
    ("ottobre", 10, Other),
    ("novembre", 11, Other),
    ("dicembre", 12, Other),
    // German
    ("Januar", 1, Other),
    ("Jänner", 1, Other),
    ("Februar", 2, Other),
    ("März", 3, Other),
    ("Maerz", 3, Other),
    ("Mai", 5, Other),
    ("Juni", 6, Other),
    ("Juli", 7, Other),
    ("Oktober", 10, Other),
    ("Dezember", 12, Other),
    // French
    ("janvier", 1, Other),
    ("février", 2, Other),
    ("fevrier", 2, Other),
    ("mars", 3, Other),
    ("avril", 4, Other),
    ("juin", 6, Other),
    ("juillet", 7, Other),
    ("août", 8, Other),
    ("aout", 8, Other),
    ("septembre", 9, Other),
    ("octobre", 10, Other),
    ("décembre", 12, Other),
    ("decembre", 12, Other),
];

/// `(name, lang)`; weekdays only introduce a date, their value is unused.
static WEEKDAYS: &[(&str, Lang)] = &[
    ("Monday", En),
    ("Tuesday", En),
    ("Wednesday", En),
    ("Thursday", En),
    ("Friday", En),
    ("Saturday", En),
    ("Sunday", En),
    ("Mon", EnAbbrev),
    ("Tue", EnAbbrev),
    ("Tues", EnAbbrev),
    ("Wed", EnAbbrev),
    ("Thu", EnAbbrev),
    ("Thur", EnAbbrev),
    ("Thurs", EnAbbrev),
    ("Fri", EnAbbrev),
    ("Sat", EnAbbrev),
    ("Sun", EnAbbrev),
    // Portuguese
    ("segunda-feira", Other),
    ("terça-feira", Other),
    ("quarta-feira", Other),
    ("quinta-feira", Other),
    ("sexta-feira", Other),
    ("sábado", Other),
    ("domingo", Other),
    // Spanish
    ("lunes", Other),
    ("martes", Other),
    ("miércoles", Other),
    ("jueves", Other),
    ("viernes", Other),
    // Italian
    ("lunedì", Other),
    ("martedì", Other),
    ("mercoledì", Other),
    ("giovedì", Other),
    ("venerdì", Other),
    ("sabato", Other),
    ("domenica", Other),
    // German
    ("Montag", Other),
    ("Dienstag", Other),
    ("Mittwoch", Other),
    ("Donnerstag", Other),
    ("Freitag", Other),
    ("Samstag", Other),
    ("Sonnabend", Other),
    ("Sonntag", Other),
    // French
    ("lundi", Other),
    ("mardi", Other),
    ("mercredi", Other),
    ("jeudi", Other),
    ("vendredi", Other),
    ("samedi", Other),
    ("dimanche", Other),
    // Russian
    ("понедельник", Other),
    ("вторник", Other),
    ("среда", Other),
    ("четверг", Other),
    ("пятница", Other),
    ("суббота", Other),
    ("воскресенье", Other),
];

/// Matches `name` (of language `lang`) at the start of `s`, then a word
/// boundary and, for English abbreviations, an optional period.
fn name<'a>(s: &'a str, name: &str, lang: Lang) -> Option<&'a str> {
    if lang != Other && !first(s).is_some_and(char::is_uppercase) {
        return None;
    }
    let (rest, _) = ci(s, name).ok()?;
    if first(rest).is_some_and(char::is_alphabetic) {
        return None;
    }
    if lang == EnAbbrev {
        return Some(rest.strip_prefix('.').unwrap_or(rest));
    }
    Some(rest)
}

/// A month name; yields the month number 1–12.
pub(super) fn month(s: &str) -> PResult<'_, u8> {
    MONTHS
        .iter()
        .find_map(|&(n, m, lang)| name(s, n, lang).map(|rest| (rest, m)))
        .map_or_else(|| fail(s), Ok)
}

/// A weekday name (English abbreviations with optional period).
pub(super) fn weekday(s: &str) -> PResult<'_, ()> {
    WEEKDAYS
        .iter()
        .find_map(|&(n, lang)| name(s, n, lang))
        .map_or_else(|| fail(s), |rest| Ok((rest, ())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months() {
        assert_eq!(month("Sept. 15"), Ok((" 15", 9)));
        assert_eq!(month("Sep 15"), Ok((" 15", 9)));
        assert_eq!(month("OCTOBER 1"), Ok((" 1", 10)));
        assert_eq!(month("октября"), Ok(("", 10)));
        assert_eq!(month("Outubro"), Ok(("", 10)));
        assert!(month("may 5").is_err());
        assert!(month("Mayor").is_err());
        assert!(month("Marching").is_err());
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday("Tues., Nov"), Ok((", Nov", ())));
        assert_eq!(weekday("segunda-feira, 22"), Ok((", 22", ())));
        assert!(weekday("Sunday's").is_ok()); // boundary is the apostrophe
        assert!(weekday("Sunny").is_err());
    }
}
