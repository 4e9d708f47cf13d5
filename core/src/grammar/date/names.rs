//! Month and weekday names.
//!
//! English names must start with a capital letter (`Oct`, `OCT`, not `oct`:
//! lower-case `may` and `march` are verbs), except the four that are no
//! other English word and that Dutch and the Scandinavian languages write
//! in lower case (`april`, `september`, `november`, `december`); English
//! abbreviations may carry a period (`Sept.`). The other languages write
//! month names in lower case, so they match in any case; only full names
//! are listed for them (their three-letter abbreviations — `set`, `out`,
//! `mar` — are ordinary words in too many languages). Russian, Ukrainian,
//! Polish, Czech, Slovak and Greek months are listed in the genitive, the form used in
//! dates (`20 октября`, `3 maja`, `23 Νοεμβρίου`); Dutch, Swedish, Danish,
//! Norwegian, Turkish, Hindi and Arabic (Egyptian/Gulf and one-word
//! Levantine names, `12 مارس 2024`) are listed too.

use super::super::lexicon::search_lower;
use super::super::text::{PResult, fail, first};

/// Whether a name is English (capital letter required, abbreviation period
/// allowed) or from another language (any case).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    En,
    EnAbbrev,
    Other,
}

use crate::ucd::case::is_upper;
use Lang::{En, EnAbbrev, Other};

/// `(lower-case name, month, lang)`, sorted by lower-cased characters (a
/// unit test checks) so that a word is looked up by binary search.
static MONTHS: &[(&str, u8, Lang)] = &[
    ("abril", 4, Other),
    ("agosto", 8, Other),
    ("aout", 8, Other),
    ("août", 8, Other),
    ("apr", 4, EnAbbrev),
    ("april", 4, Other),
    ("aprile", 4, Other),
    ("apríla", 4, Other),
    ("aralık", 12, Other),
    ("aug", 8, EnAbbrev),
    ("august", 8, En),
    ("augusta", 8, Other),
    ("augusti", 8, Other),
    ("augustus", 8, Other),
    ("avril", 4, Other),
    ("ağustos", 8, Other),
    ("března", 3, Other),
    ("czerwca", 6, Other),
    ("dec", 12, EnAbbrev),
    ("december", 12, Other),
    ("decembra", 12, Other),
    ("decembre", 12, Other),
    ("dezember", 12, Other),
    ("dezembro", 12, Other),
    ("dicembre", 12, Other),
    ("diciembre", 12, Other),
    ("dubna", 4, Other),
    ("décembre", 12, Other),
    ("ekim", 10, Other),
    ("enero", 1, Other),
    ("eylül", 9, Other),
    ("feb", 2, EnAbbrev),
    ("febbraio", 2, Other),
    ("febr", 2, EnAbbrev),
    ("febrero", 2, Other),
    ("februar", 2, Other),
    ("februari", 2, Other),
    ("february", 2, En),
    ("februára", 2, Other),
    ("fevereiro", 2, Other),
    ("fevrier", 2, Other),
    ("février", 2, Other),
    ("gennaio", 1, Other),
    ("giugno", 6, Other),
    ("grudnia", 12, Other),
    ("haziran", 6, Other),
    ("jan", 1, EnAbbrev),
    ("janeiro", 1, Other),
    ("januar", 1, Other),
    ("januari", 1, Other),
    ("january", 1, En),
    ("januára", 1, Other),
    ("janvier", 1, Other),
    ("juillet", 7, Other),
    ("juin", 6, Other),
    ("jul", 7, EnAbbrev),
    ("julho", 7, Other),
    ("juli", 7, Other),
    ("julio", 7, Other),
    ("july", 7, En),
    ("jun", 6, EnAbbrev),
    ("june", 6, En),
    ("junho", 6, Other),
    ("juni", 6, Other),
    ("junio", 6, Other),
    ("jänner", 1, Other),
    ("júla", 7, Other),
    ("júna", 6, Other),
    ("kasım", 11, Other),
    ("května", 5, Other),
    ("kwietnia", 4, Other),
    ("ledna", 1, Other),
    ("lipca", 7, Other),
    ("listopada", 11, Other),
    ("listopadu", 11, Other),
    ("luglio", 7, Other),
    ("lutego", 2, Other),
    ("maart", 3, Other),
    ("maerz", 3, Other),
    ("maggio", 5, Other),
    ("mai", 5, Other),
    ("maio", 5, Other),
    ("maj", 5, Other),
    ("maja", 5, Other),
    ("mar", 3, EnAbbrev),
    ("marca", 3, Other),
    ("march", 3, En),
    ("mars", 3, Other),
    ("mart", 3, Other),
    ("marts", 3, Other),
    ("marzo", 3, Other),
    ("março", 3, Other),
    ("may", 5, En),
    ("mayo", 5, Other),
    ("mayıs", 5, Other),
    ("mei", 5, Other),
    ("mája", 5, Other),
    ("märz", 3, Other),
    ("nisan", 4, Other),
    ("nov", 11, EnAbbrev),
    ("november", 11, Other),
    ("novembra", 11, Other),
    ("novembre", 11, Other),
    ("novembro", 11, Other),
    ("noviembre", 11, Other),
    ("ocak", 1, Other),
    ("oct", 10, EnAbbrev),
    ("october", 10, En),
    ("octobre", 10, Other),
    ("octubre", 10, Other),
    ("oktober", 10, Other),
    ("októbra", 10, Other),
    ("ottobre", 10, Other),
    ("outubro", 10, Other),
    ("października", 10, Other),
    ("prosince", 12, Other),
    ("sep", 9, EnAbbrev),
    ("sept", 9, EnAbbrev),
    ("september", 9, Other),
    ("septembra", 9, Other),
    ("septembre", 9, Other),
    ("septiembre", 9, Other),
    ("setembro", 9, Other),
    ("setiembre", 9, Other),
    ("settembre", 9, Other),
    ("sierpnia", 8, Other),
    ("srpna", 8, Other),
    ("stycznia", 1, Other),
    ("temmuz", 7, Other),
    ("września", 9, Other),
    ("září", 9, Other),
    ("února", 2, Other),
    ("července", 7, Other),
    ("června", 6, Other),
    ("října", 10, Other),
    ("şubat", 2, Other),
    ("απριλίου", 4, Other),
    ("αυγούστου", 8, Other),
    ("δεκεμβρίου", 12, Other),
    ("ιανουαρίου", 1, Other),
    ("ιουλίου", 7, Other),
    ("ιουνίου", 6, Other),
    ("μαΐου", 5, Other),
    ("μαρτίου", 3, Other),
    ("νοεμβρίου", 11, Other),
    ("οκτωβρίου", 10, Other),
    ("σεπτεμβρίου", 9, Other),
    ("φεβρουαρίου", 2, Other),
    ("августа", 8, Other),
    ("апреля", 4, Other),
    ("березня", 3, Other),
    ("вересня", 9, Other),
    ("грудня", 12, Other),
    ("декабря", 12, Other),
    ("жовтня", 10, Other),
    ("июля", 7, Other),
    ("июня", 6, Other),
    ("квітня", 4, Other),
    ("липня", 7, Other),
    ("листопада", 11, Other),
    ("лютого", 2, Other),
    ("марта", 3, Other),
    ("мая", 5, Other),
    ("ноября", 11, Other),
    ("октября", 10, Other),
    ("сентября", 9, Other),
    ("серпня", 8, Other),
    ("січня", 1, Other),
    ("травня", 5, Other),
    ("февраля", 2, Other),
    ("червня", 6, Other),
    ("января", 1, Other),
    ("آب", 8, Other),
    ("آذار", 3, Other),
    ("أبريل", 4, Other),
    ("أغسطس", 8, Other),
    ("أكتوبر", 10, Other),
    ("أيار", 5, Other),
    ("أيلول", 9, Other),
    ("إبريل", 4, Other),
    ("ابريل", 4, Other),
    ("اغسطس", 8, Other),
    ("اكتوبر", 10, Other),
    ("تموز", 7, Other),
    ("حزيران", 6, Other),
    ("ديسمبر", 12, Other),
    ("سبتمبر", 9, Other),
    ("شباط", 2, Other),
    ("فبراير", 2, Other),
    ("مارس", 3, Other),
    ("مايو", 5, Other),
    ("نوفمبر", 11, Other),
    ("نيسان", 4, Other),
    ("يناير", 1, Other),
    ("يوليو", 7, Other),
    ("يونيو", 6, Other),
    ("अक्टूबर", 10, Other),
    ("अक्तूबर", 10, Other),
    ("अगस्त", 8, Other),
    ("अप्रैल", 4, Other),
    ("जनवरी", 1, Other),
    ("जुलाई", 7, Other),
    ("जून", 6, Other),
    ("दिसंबर", 12, Other),
    ("दिसम्बर", 12, Other),
    ("नवंबर", 11, Other),
    ("नवम्बर", 11, Other),
    ("फरवरी", 2, Other),
    ("फ़रवरी", 2, Other),
    ("मई", 5, Other),
    ("मार्च", 3, Other),
    ("सितंबर", 9, Other),
    ("सितम्बर", 9, Other),
];

/// `(lower-case name, lang)`, sorted like [`MONTHS`]; weekdays only
/// introduce a date, their value is unused.
static WEEKDAYS: &[(&str, Lang)] = &[
    ("dienstag", Other),
    ("dimanche", Other),
    ("domenica", Other),
    ("domingo", Other),
    ("donnerstag", Other),
    ("fredag", Other),
    ("freitag", Other),
    ("fri", EnAbbrev),
    ("friday", En),
    ("giovedì", Other),
    ("jeudi", Other),
    ("jueves", Other),
    ("lundi", Other),
    ("lunedì", Other),
    ("lunes", Other),
    ("lördag", Other),
    ("lørdag", Other),
    ("mandag", Other),
    ("mardi", Other),
    ("martedì", Other),
    ("martes", Other),
    ("mercoledì", Other),
    ("mercredi", Other),
    ("mittwoch", Other),
    ("miércoles", Other),
    ("mon", EnAbbrev),
    ("monday", En),
    ("montag", Other),
    ("måndag", Other),
    ("nedeľa", Other),
    ("neděle", Other),
    ("onsdag", Other),
    ("piatok", Other),
    ("pondelok", Other),
    ("pondělí", Other),
    ("pátek", Other),
    ("quarta-feira", Other),
    ("quinta-feira", Other),
    ("sabato", Other),
    ("samedi", Other),
    ("samstag", Other),
    ("sat", EnAbbrev),
    ("saturday", En),
    ("segunda-feira", Other),
    ("sexta-feira", Other),
    ("sobota", Other),
    ("sonnabend", Other),
    ("sonntag", Other),
    ("streda", Other),
    ("středa", Other),
    ("sun", EnAbbrev),
    ("sunday", En),
    ("sábado", Other),
    ("söndag", Other),
    ("søndag", Other),
    ("terça-feira", Other),
    ("thu", EnAbbrev),
    ("thur", EnAbbrev),
    ("thurs", EnAbbrev),
    ("thursday", En),
    ("tirsdag", Other),
    ("tisdag", Other),
    ("torsdag", Other),
    ("tue", EnAbbrev),
    ("tues", EnAbbrev),
    ("tuesday", En),
    ("utorok", Other),
    ("vendredi", Other),
    ("venerdì", Other),
    ("viernes", Other),
    ("wed", EnAbbrev),
    ("wednesday", En),
    ("úterý", Other),
    ("čtvrtek", Other),
    ("štvrtok", Other),
    ("δευτέρα", Other),
    ("κυριακή", Other),
    ("πέμπτη", Other),
    ("παρασκευή", Other),
    ("σάββατο", Other),
    ("τετάρτη", Other),
    ("τρίτη", Other),
    ("воскресенье", Other),
    ("вторник", Other),
    ("вівторок", Other),
    ("неділя", Other),
    ("п'ятниця", Other),
    ("пʼятниця", Other),
    ("понедельник", Other),
    ("понеділок", Other),
    ("пятница", Other),
    ("середа", Other),
    ("среда", Other),
    ("суббота", Other),
    ("субота", Other),
    ("четвер", Other),
    ("четверг", Other),
];

/// The word at the start of `s`: letters, with inner hyphens when
/// `hyphens` (`segunda-feira`).
fn word_at(s: &str, hyphens: bool) -> &str {
    let mut prev_letter = false;
    let mut end = 0usize;
    for (i, c) in s.char_indices() {
        if c.is_alphabetic() {
            prev_letter = true;
            end = i.saturating_add(c.len_utf8());
        } else if hyphens && c == '-' && prev_letter {
            prev_letter = false;
        } else {
            break;
        }
    }
    s.get(..end).unwrap_or("")
}

/// Looks the word at the start of `s` up in `table` (binary search) and
/// applies the case rule; returns the entry and the rest after the word
/// (and, for English abbreviations, an optional period).
fn lookup<'a, T: Copy>(
    s: &'a str,
    table: &[T],
    key: impl Fn(&T) -> (&'static str, Lang),
    hyphens: bool,
) -> Option<(T, &'a str)> {
    let w = word_at(s, hyphens);
    if w.is_empty() {
        return None;
    }
    let i = search_lower(table, |e| key(e).0, w).ok()?;
    let entry = *table.get(i)?;
    let lang = key(&entry).1;
    if lang != Other && !first(w).is_some_and(is_upper) {
        return None;
    }
    let rest = s.get(w.len()..)?;
    if lang == EnAbbrev {
        return Some((entry, rest.strip_prefix('.').unwrap_or(rest)));
    }
    Some((entry, rest))
}

/// A month name; yields the month number 1–12.
pub(super) fn month(s: &str) -> PResult<'_, u8> {
    lookup(s, MONTHS, |&(n, _, l)| (n, l), false)
        .map_or_else(|| fail(s), |((_, m, _), rest)| Ok((rest, m)))
}

/// Month abbreviations of the languages in [`MONTHS`] (`nov.`, `dic`,
/// `févr.`, `okt.`, `нояб.`), any case, sorted like it. Many are ordinary
/// words (`set`, `out`, `mar`, `gen`), so they only count between a day and
/// a year (`10 nov. 2023`): see [`month_abbrev`].
static MONTH_ABBREVS: &[(&str, u8)] = &[
    ("abr", 4),
    ("ago", 8),
    ("apr", 4),
    ("aug", 8),
    ("avr", 4),
    ("dec", 12),
    ("dez", 12),
    ("dic", 12),
    ("déc", 12),
    ("ene", 1),
    ("feb", 2),
    ("fev", 2),
    ("fevr", 2),
    ("févr", 2),
    ("gen", 1),
    ("giu", 6),
    ("jan", 1),
    ("janv", 1),
    ("juil", 7),
    ("juin", 6),
    ("jul", 7),
    ("jun", 6),
    ("jän", 1),
    ("lug", 7),
    ("mag", 5),
    ("mar", 3),
    ("mei", 5),
    ("mrt", 3),
    ("mrz", 3),
    ("mär", 3),
    ("nov", 11),
    ("oct", 10),
    ("okt", 10),
    ("ott", 10),
    ("out", 10),
    ("sep", 9),
    ("sept", 9),
    ("set", 9),
    ("авг", 8),
    ("апр", 4),
    ("дек", 12),
    ("июл", 7),
    ("июн", 6),
    ("мар", 3),
    ("ноя", 11),
    ("нояб", 11),
    ("окт", 10),
    ("сен", 9),
    ("сент", 9),
    ("фев", 2),
    ("февр", 2),
    ("янв", 1),
];

/// A month abbreviation from [`MONTH_ABBREVS`] with an optional period;
/// yields the month number. Callers must require a year after it.
pub(super) fn month_abbrev(s: &str) -> PResult<'_, u8> {
    let w = word_at(s, false);
    if w.is_empty() {
        return fail(s);
    }
    let Ok(i) = search_lower(MONTH_ABBREVS, |e| e.0, w) else {
        return fail(s);
    };
    let Some(&(_, m)) = MONTH_ABBREVS.get(i) else {
        return fail(s);
    };
    let rest = s.get(w.len()..).unwrap_or("");
    Ok((rest.strip_prefix('.').unwrap_or(rest), m))
}

/// A weekday name (English abbreviations with optional period).
pub(super) fn weekday(s: &str) -> PResult<'_, ()> {
    lookup(s, WEEKDAYS, |&(n, l)| (n, l), true).map_or_else(|| fail(s), |(_, rest)| Ok((rest, ())))
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
    fn abbreviations() {
        assert_eq!(month_abbrev("nov. 2023"), Ok((" 2023", 11)));
        assert_eq!(month_abbrev("DIC 2023"), Ok((" 2023", 12)));
        assert_eq!(month_abbrev("févr. 2024"), Ok((" 2024", 2)));
        assert_eq!(month_abbrev("нояб. 2023"), Ok((" 2023", 11)));
        assert_eq!(month_abbrev("Okt 2023"), Ok((" 2023", 10)));
        assert!(month_abbrev("novel").is_err());
        assert!(month_abbrev("settle").is_err());
        assert!(month_abbrev("").is_err());
    }

    use crate::grammar::lexicon::cmp_lower;
    use core::cmp::Ordering;

    #[test]
    fn tables_are_sorted_and_lower_case() {
        for pair in MONTHS.windows(2) {
            if let [a, b] = pair {
                assert_eq!(cmp_lower(a.0, b.0), Ordering::Less, "{pair:?}");
            }
        }
        for pair in MONTH_ABBREVS.windows(2) {
            if let [a, b] = pair {
                assert_eq!(cmp_lower(a.0, b.0), Ordering::Less, "{pair:?}");
            }
        }
        for pair in WEEKDAYS.windows(2) {
            if let [a, b] = pair {
                assert_eq!(cmp_lower(a.0, b.0), Ordering::Less, "{pair:?}");
            }
        }
        for n in MONTHS
            .iter()
            .map(|e| e.0)
            .chain(WEEKDAYS.iter().map(|e| e.0))
            .chain(MONTH_ABBREVS.iter().map(|e| e.0))
        {
            assert!(n.chars().all(|c| !crate::ucd::case::is_upper(c)), "{n}");
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday("Tues., Nov"), Ok((", Nov", ())));
        assert_eq!(weekday("segunda-feira, 22"), Ok((", 22", ())));
        assert!(weekday("Sunday's").is_ok()); // boundary is the apostrophe
        assert!(weekday("Sunny").is_err());
    }
}
