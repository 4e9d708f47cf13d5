//! Table and property tests for `tidings_core::grammar::date`.

#[path = "common/table.rs"]
mod table;

use proptest::prelude::*;
use table::{assert_rejects, check_rows};
use tidings_core::grammar::date::{
    DateTime, NumericOrder, Time, dates, find_date, parse_date, parse_date_with,
};

/// Canonical rendering: `2025-10-20`, `--10-19` (no year), then `T15:45`,
/// `:ss`, and the offset when known.
fn render(d: &DateTime) -> String {
    let mut s = match d.year {
        Some(y) => format!("{y:04}-{:02}-{:02}", d.month, d.day),
        None => format!("--{:02}-{:02}", d.month, d.day),
    };
    if let Some(Time {
        hour,
        minute,
        second,
        offset_minutes,
    }) = d.time
    {
        s.push_str(&format!("T{hour:02}:{minute:02}"));
        if let Some(sec) = second {
            s.push_str(&format!(":{sec:02}"));
        }
        if let Some(off) = offset_minutes {
            let sign = if off < 0 { '-' } else { '+' };
            let a = off.unsigned_abs();
            s.push_str(&format!("{sign}{:02}:{:02}", a / 60, a % 60));
        }
    }
    s
}

/// `(line, expected date, expected span text)` for `find_date`.
const FOUND: &[(&str, &str, &str)] = &[
    // ISO and year-first numeric
    ("2025-10-19", "2025-10-19", "2025-10-19"),
    (" date 2025-10-19 KI logo", "2025-10-19", "2025-10-19"),
    (
        "2025-10-19T14:05:00Z",
        "2025-10-19T14:05:00+00:00",
        "2025-10-19T14:05:00Z",
    ),
    (
        "2025-10-19 14:05 +03:00",
        "2025-10-19T14:05+03:00",
        "2025-10-19 14:05 +03:00",
    ),
    (
        "2019-11-20T09:29:08+0000",
        "2019-11-20T09:29:08+00:00",
        "2019-11-20T09:29:08+0000",
    ),
    (
        "2019-11-19T11:51:32.556Z",
        "2019-11-19T11:51:32+00:00",
        "2019-11-19T11:51:32.556Z",
    ),
    (
        "2019-11-19T06:56:43-05:00",
        "2019-11-19T06:56:43-05:00",
        "2019-11-19T06:56:43-05:00",
    ),
    (
        "2025-10-19T14:05+03",
        "2025-10-19T14:05+03:00",
        "2025-10-19T14:05+03",
    ),
    (
        "기사입력 :[ 2018-08-25 15:24 ]",
        "2018-08-25T15:24",
        "2018-08-25 15:24",
    ),
    (
        "admin 2018-10-12 06:43:54 2018-10-12 06:53:49",
        "2018-10-12T06:43:54",
        "2018-10-12 06:43:54",
    ),
    ("2018.04.05 ~ OPEN RUN", "2018-04-05", "2018.04.05"),
    ("2025/10/20", "2025-10-20", "2025/10/20"),
    (
        "Sun, 19 Oct 2025 14:05:00 +0300",
        "2025-10-19T14:05:00+03:00",
        "Sun, 19 Oct 2025 14:05:00 +0300",
    ),
    (
        "Sun, 19 Oct 2025 14:05:00 GMT",
        "2025-10-19T14:05:00+00:00",
        "Sun, 19 Oct 2025 14:05:00 GMT",
    ),
    ("2025.10.20 15:24", "2025-10-20T15:24", "2025.10.20 15:24"),
    (
        "20/10/2025 alle 14:05",
        "2025-10-20T14:05",
        "20/10/2025 alle 14:05",
    ),
    (
        "20.10.2025, 14:05 Uhr",
        "2025-10-20T14:05",
        "20.10.2025, 14:05 Uhr",
    ),
    (
        "Oct 20, 2025 / 3:45 PM",
        "2025-10-20T15:45",
        "Oct 20, 2025 / 3:45 PM",
    ),
    (
        "By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy",
        "2019-11-18T20:51:19+00:00",
        "2019-11-18T20:51:19Z",
    ),
    // Month-first English
    (
        "Monday, October 20, 2025",
        "2025-10-20",
        "Monday, October 20, 2025",
    ),
    ("claimed on Oct. 19 that his agency", "--10-19", "Oct. 19"),
    (
        "in Sochi, Russia, on Sept. 15, 2023. (Mikhail Metzel/Pool/AFP via Getty Images)",
        "2023-09-15",
        "Sept. 15, 2023",
    ),
    (
        "October 20, 2025 at 3:45 p.m. EDT",
        "2025-10-20T15:45-04:00",
        "October 20, 2025 at 3:45 p.m. EDT",
    ),
    (
        "Nov. 20, 2019 12:00 AM EST",
        "2019-11-20T00:00-05:00",
        "Nov. 20, 2019 12:00 AM EST",
    ),
    (
        "Published Tue, Nov 19 2019 7:05 AM EST Updated",
        "2019-11-19T07:05-05:00",
        "Tue, Nov 19 2019 7:05 AM EST",
    ),
    (
        "November 19th, 2019 at 8:40 AM",
        "2019-11-19T08:40",
        "November 19th, 2019 at 8:40 AM",
    ),
    (
        "By Umair Irfan Updated Nov 13, 2019, 10:28am EST",
        "2019-11-13T10:28-05:00",
        "Nov 13, 2019, 10:28am EST",
    ),
    (
        "Nov 18, 2019 @17:19 PM · Updated",
        "2019-11-18T17:19",
        "Nov 18, 2019 @17:19 PM",
    ),
    (
        "Nov 19, 2019 at 9:08 GMT 1 day ago",
        "2019-11-19T09:08+00:00",
        "Nov 19, 2019 at 9:08 GMT",
    ),
    (
        "Updated Nov. 19, 2019 8:21 am ET / Original",
        "2019-11-19T08:21-05:00",
        "Nov. 19, 2019 8:21 am ET",
    ),
    (
        "October 20, 2025 3:45 PM ET",
        "2025-10-20T15:45-04:00",
        "October 20, 2025 3:45 PM ET",
    ),
    (
        "March 3, 2025, 9 a.m. PT",
        "2025-03-03T09:00-08:00",
        "March 3, 2025, 9 a.m. PT",
    ),
    (
        "July 4, 2024 10:00 CT",
        "2024-07-04T10:00-05:00",
        "July 4, 2024 10:00 CT",
    ),
    (
        "Associated Press November 19, 2019, 9:02 AM",
        "2019-11-19T09:02",
        "November 19, 2019, 9:02 AM",
    ),
    (
        "November 20, 2019 - 11:28 AMT",
        "2019-11-20T11:28",
        "November 20, 2019 - 11:28",
    ),
    (
        "Updated Nov 19, 6:55 AM; Posted",
        "--11-19T06:55",
        "Nov 19, 6:55 AM",
    ),
    (
        "Tuesday, Nov. 19, 2019, in Los Angeles.",
        "2019-11-19",
        "Tuesday, Nov. 19, 2019",
    ),
    ("SEPT. 15, 2023", "2023-09-15", "SEPT. 15, 2023"),
    ("Feb. 29, 2024", "2024-02-29", "Feb. 29, 2024"),
    ("effective May 23rd, 2018.", "2018-05-23", "May 23rd, 2018"),
    (
        "be held until October 31st 2018!",
        "2018-10-31",
        "October 31st 2018",
    ),
    ("May 2 -- Hall of Fame", "--05-02", "May 2"),
    ("Sun Nov 24", "--11-24", "Sun Nov 24"),
    (
        "Mon 20 Oct 2025 14.05 BST",
        "2025-10-20T14:05+01:00",
        "Mon 20 Oct 2025 14.05 BST",
    ),
    (
        "Last updated at 2.30pm on 20 October 2025",
        "2025-10-20T14:30",
        "2.30pm on 20 October 2025",
    ),
    // Time first
    (
        "Updated: 10:30 AM ET, Mon October 20, 2025",
        "2025-10-20T10:30-04:00",
        "10:30 AM ET, Mon October 20, 2025",
    ),
    (
        "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43",
        "2019-11-19T00:01",
        "00:01, Tue, Nov 19, 2019",
    ),
    (
        "Updated 1:33 am CST, Wednesday, November 20, 2019",
        "2019-11-20T01:33-06:00",
        "1:33 am CST, Wednesday, November 20, 2019",
    ),
    (
        "Posted: Fri 6:45 PM, Feb 16, 2018 |",
        "2018-02-16T18:45",
        "Fri 6:45 PM, Feb 16, 2018",
    ),
    (
        "Updated at 5:36 PM CST on Nov 18, 2019",
        "2019-11-18T17:36-06:00",
        "5:36 PM CST on Nov 18, 2019",
    ),
    ("Гость 16:17 05.11.18", "2018-11-05T16:17", "16:17 05.11.18"),
    (
        "tickets at 10 a.m. Friday, Dec. 6 at",
        "--12-06T10:00",
        "10 a.m. Friday, Dec. 6",
    ),
    // Day-first English and European
    ("19 October 2025", "2025-10-19", "19 October 2025"),
    (
        "Published 19 Oct 2025, 14:05 GMT",
        "2025-10-19T14:05+00:00",
        "19 Oct 2025, 14:05 GMT",
    ),
    (
        "Wednesday 20 November 2019 9:22 am",
        "2019-11-20T09:22",
        "Wednesday 20 November 2019 9:22 am",
    ),
    (
        "Wednesday, 20th November 2019",
        "2019-11-20",
        "Wednesday, 20th November 2019",
    ),
    (
        "the 20th of November 2019",
        "2019-11-20",
        "20th of November 2019",
    ),
    (
        "20 October 2025 14:05 BST",
        "2025-10-20T14:05+01:00",
        "20 October 2025 14:05 BST",
    ),
    (
        "20 Oct 2025 09:00 CEST",
        "2025-10-20T09:00+02:00",
        "20 Oct 2025 09:00 CEST",
    ),
    (
        "20 Oct 2025 09:00 MSK",
        "2025-10-20T09:00+03:00",
        "20 Oct 2025 09:00 MSK",
    ),
    (
        "20 Oct 2025, 09:00 IST",
        "2025-10-20T09:00+05:30",
        "20 Oct 2025, 09:00 IST",
    ),
    (
        "20 Oct 2025 09:00 GMT+3",
        "2025-10-20T09:00+03:00",
        "20 Oct 2025 09:00 GMT+3",
    ),
    (
        "20 Oct 2025 09:00 UTC-05:00",
        "2025-10-20T09:00-05:00",
        "20 Oct 2025 09:00 UTC-05:00",
    ),
    (
        "20 Oct 2025 09:00 AEDT",
        "2025-10-20T09:00+11:00",
        "20 Oct 2025 09:00 AEDT",
    ),
    (
        "20 Oct 2025 09:00 JST",
        "2025-10-20T09:00+09:00",
        "20 Oct 2025 09:00 JST",
    ),
    ("20.10.2025", "2025-10-20", "20.10.2025"),
    (
        "am 20.10.2025 um 14:05 Uhr",
        "2025-10-20T14:05",
        "20.10.2025 um 14:05 Uhr",
    ),
    ("10/20/2025", "2025-10-20", "10/20/2025"),
    ("10/11/2025", "2025-10-11", "10/11/2025"),
    (
        "20/11/2019 / 11:42 am",
        "2019-11-20T11:42",
        "20/11/2019 / 11:42 am",
    ),
    (
        "Carlos Nadalim 23/08/2018 2 comentários",
        "2018-08-23",
        "23/08/2018",
    ),
    (
        "By Tess Bonn - 11/19/19 06:56 AM EST",
        "2019-11-19T06:56-05:00",
        "11/19/19 06:56 AM EST",
    ),
    ("Daily Dawg Chow (11/20/19)", "2019-11-20", "11/20/19"),
    ("10-20-2025", "2025-10-20", "10-20-2025"),
    ("11/12/19 4:40PM", "2019-11-12T16:40", "11/12/19 4:40PM"),
    // Other languages
    ("20 октября 2025", "2025-10-20", "20 октября 2025"),
    (
        "Текст: Лида Буслаева · 11 октября 2018",
        "2018-10-11",
        "11 октября 2018",
    ),
    (
        "Роскомнадзор) 13 декабря 2016 г. 16+.",
        "2016-12-13",
        "13 декабря 2016 г.",
    ),
    ("20 жовтня 2025 р.", "2025-10-20", "20 жовтня 2025 р."),
    (
        "20 октября 2025 в 14:05 МСК",
        "2025-10-20T14:05+03:00",
        "20 октября 2025 в 14:05 МСК",
    ),
    (
        "20 de outubro de 2025",
        "2025-10-20",
        "20 de outubro de 2025",
    ),
    (
        "sexta-feira, 22 de outubro de 2010 às 20:13",
        "2010-10-22T20:13",
        "sexta-feira, 22 de outubro de 2010 às 20:13",
    ),
    (
        "20 de octubre de 2025 a las 14:05",
        "2025-10-20T14:05",
        "20 de octubre de 2025 a las 14:05",
    ),
    (
        "lunes, 20 de octubre del 2025",
        "2025-10-20",
        "lunes, 20 de octubre del 2025",
    ),
    (
        "20 ottobre 2025 alle 14:05",
        "2025-10-20T14:05",
        "20 ottobre 2025 alle 14:05",
    ),
    (
        "Montag, 20. Oktober 2025",
        "2025-10-20",
        "Montag, 20. Oktober 2025",
    ),
    (
        "20 mars 2025 à 14h05",
        "2025-03-20T14:05",
        "20 mars 2025 à 14h05",
    ),
    ("le 1er octobre 2025", "2025-10-01", "1er octobre 2025"),
    ("mis à jour le 20 août 2025", "2025-08-20", "20 août 2025"),
    ("2025년 10월 20일", "2025-10-20", "2025년 10월 20일"),
    (
        "등록년월일 : 2012년 11월 06일 ]",
        "2012-11-06",
        "2012년 11월 06일",
    ),
    ("2025年10月20日", "2025-10-20", "2025年10月20日"),
    ("公開日2025年10月20日に", "2025-10-20", "2025年10月20日"),
    (
        "2025년 10월 20일 (월) 오후 3:45",
        "2025-10-20T15:45",
        "2025년 10월 20일 (월) 오후 3:45",
    ),
    ("10月20日（月）", "--10-20", "10月20日（月）"),
    // Korean dotted form with spaces and a closing dot
    ("입력 2023. 11. 10.", "2023-11-10", "2023. 11. 10."),
    (
        "2023. 11. 10. 오전 10:30",
        "2023-11-10T10:30",
        "2023. 11. 10. 오전 10:30",
    ),
    // Month abbreviations of other languages, between a day and a year
    ("Publié le 10 févr. 2024", "2024-02-10", "10 févr. 2024"),
    (
        "10 nov 2023 - 10:30 CET",
        "2023-11-10T10:30+01:00",
        "10 nov 2023 - 10:30 CET",
    ),
    ("Stand: 10. Okt. 2023", "2023-10-10", "10. Okt. 2023"),
    ("10 дек. 2023", "2023-12-10", "10 дек. 2023"),
    ("10 de dic. de 2023", "2023-12-10", "10 de dic. de 2023"),
    ("aggiornato il 3 ott 2023", "2023-10-03", "3 ott 2023"),
    // A year glued to the time, as wire-service pages dump to text.
    (
        "December 19, 20231:46 AM GMT",
        "2023-12-19T01:46+00:00",
        "December 19, 20231:46 AM GMT",
    ),
    (
        "19 Dec 202310:30 GMT",
        "2023-12-19T10:30+00:00",
        "19 Dec 202310:30 GMT",
    ),
    // Arabic month names: the Egyptian/Gulf forms and the Levantine ones.
    (
        "الثلاثاء 12 مارس 2024 - 10:30 ص",
        "2024-03-12T10:30",
        "12 مارس 2024 - 10:30",
    ),
    ("نشر في 3 أكتوبر 2023", "2023-10-03", "3 أكتوبر 2023"),
    ("1 اكتوبر 2023", "2023-10-01", "1 اكتوبر 2023"),
    ("15 حزيران 2022", "2022-06-15", "15 حزيران 2022"),
    // Italian/French `novembre`; Dutch, Polish (genitive) and Turkish.
    (
        "3 novembre 2023 | 09:45",
        "2023-11-03T09:45",
        "3 novembre 2023 | 09:45",
    ),
    ("15 maart 2023", "2023-03-15", "15 maart 2023"),
    ("अपडेटेड: 3 नवंबर 2023", "2023-11-03", "3 नवंबर 2023"),
    ("3 maja 2024 r.", "2024-05-03", "3 maja 2024"),
    ("12 Kasım 2023 Pazar", "2023-11-12", "12 Kasım 2023"),
    (
        "Publié le 12 février 2024 à 17h05",
        "2024-02-12T17:05",
        "12 février 2024 à 17h05",
    ),
    // Greek (genitive), Swedish and Danish/Norwegian months; the English
    // names that are no other word match in lower case too (Dutch,
    // Scandinavian).
    (
        "23 Νοεμβρίου 2026, 14:30",
        "2026-11-23T14:30",
        "23 Νοεμβρίου 2026, 14:30",
    ),
    ("Publicerad 12 maj 2024", "2024-05-12", "12 maj 2024"),
    ("3 augusti 2023", "2023-08-03", "3 augusti 2023"),
    ("Publisert 4 marts 2022", "2022-03-04", "4 marts 2022"),
    (
        "Publicerad 23 november 2026",
        "2026-11-23",
        "23 november 2026",
    ),
    ("1 december 2021", "2021-12-01", "1 december 2021"),
    // Czech and Slovak (genitive).
    (
        "23. listopadu 2026 14:30",
        "2026-11-23T14:30",
        "23. listopadu 2026 14:30",
    ),
    ("5. mája 2024", "2024-05-05", "5. mája 2024"),
];

/// Lines with no date in them.
const NOT_FOUND: &[&str] = &[
    "",
    "In 20231 cases out of 45000, the vote was valid.",
    "Ticket 20231:46 was drawn.",
    "The index closed at 4,512.37 on heavy volume.",
    "Lukashenko has ruled Belarus since 1994.",
    "The Lakers won 3-2 in overtime.",
    "The score was 109-98 with 3:08 to play.",
    "Doors open at 10:30 and close at 17:45.",
    "Call 555-123-4567 or +1 (202) 555-0143 today.",
    "Call 1-800-555-0199.",
    "Kicking off in November 2019, the tour",
    "Best Indies of 2019",
    "the 1996-97 'tank' season",
    "between 2010-2015 and 2019-20",
    "Version 1.2.33 is out, also 10.5 and v2.10.2025",
    "IP 192.168.10.11 is blocked",
    "Windows 10 1909(November 2019 Update)",
    "They may 5 times a day.",
    "march 3 miles",
    "Marching 10 miles, the Mayor 12 said",
    "Nov 19,000 people attended",
    "up May 5.5 percent",
    "February 30, 2025",
    "Feb. 29, 2023",
    "13/13/2025",
    "2025-13-01",
    "1850-10-10",
    "9/11 and 24/7 coverage",
    "Score: 20/20",
    "Image 1 of 5",
    "2025年13月1日",
    "https://site.com/wp-content/uploads/2018/10/26e39cee.jpg",
    "KakaoTalk_20181015_090732437.jpg",
    "Today 12:01 AM",
    "Updated at 1:23 p.m.",
    "1a etapa: março – Interlagos",
    "Oct19 rally",
    "the 10 set pieces",
    "won 3 out of 5",
    "2023. 11 people were hurt",
    "In 2023. 11. 10 more",
];

#[test]
fn finds_dates() {
    check_rows(FOUND, |&(line, want, span_text)| match find_date(line) {
        Some((d, span)) if render(&d) == want && span.text(line) == span_text => Ok(()),
        got => Err(format!(
            "{line:?}: want {want} {span_text:?}, got {:?}",
            got.map(|(d, s)| (render(&d), s.text(line).to_string()))
        )),
    });
}

#[test]
fn rejects_non_dates() {
    assert_rejects("dates", NOT_FOUND, |line| {
        find_date(line).map(|(d, s)| format!("{} {:?}", render(&d), s.text(line)))
    });
}

#[test]
fn parse_date_is_anchored() {
    assert_eq!(
        parse_date("Oct. 19 that").map(|(d, n)| (render(&d), n)),
        Some(("--10-19".into(), 7))
    );
    assert_eq!(parse_date("Published 19 Oct 2025"), None);
    assert_eq!(parse_date("x2025-10-19"), None);
    assert_eq!(parse_date("2025-10-19x"), None);
}

#[test]
fn numeric_order() {
    let day_first = parse_date_with("10/11/2025", NumericOrder::DayFirst).map(|(d, _)| render(&d));
    assert_eq!(day_first.as_deref(), Some("2025-11-10"));
    // The order that yields a valid date wins either way.
    let forced = parse_date_with("10/20/2025", NumericOrder::DayFirst).map(|(d, _)| render(&d));
    assert_eq!(forced.as_deref(), Some("2025-10-20"));
}

#[test]
fn iso_text() {
    let iso = |s: &str| {
        find_date(s)
            .and_then(|(d, _)| d.iso())
            .map(|i| i.as_str().to_string())
    };
    assert_eq!(
        iso("Monday, October 20, 2025").as_deref(),
        Some("2025-10-20")
    );
    assert_eq!(
        iso("2025-10-19T14:05:00Z").as_deref(),
        Some("2025-10-19T14:05:00+00:00")
    );
    assert_eq!(
        iso("Oct 20, 2025 at 3:45 p.m. EDT").as_deref(),
        Some("2025-10-20T15:45-04:00")
    );
    assert_eq!(
        iso("20 Oct 2025, 09:00 IST").as_deref(),
        Some("2025-10-20T09:00+05:30")
    );
    // A time without a zone is not an instant: the date alone.
    assert_eq!(iso("2018-08-25 15:24").as_deref(), Some("2018-08-25"));
    assert_eq!(iso("Oct. 19"), None);
    let (d, _) = find_date("Oct. 19").unwrap();
    assert_eq!(
        d.with_year(2025)
            .iso()
            .map(|i| i.as_str().to_string())
            .as_deref(),
        Some("2025-10-19")
    );
    let (leap, _) = find_date("Feb. 29").unwrap();
    assert_eq!(leap.with_year(2025).year, None);
    assert_eq!(leap.with_year(2024).year, Some(2024));
}

#[test]
fn every_date_on_a_line() {
    let line = "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019";
    let all: Vec<_> = dates(line, NumericOrder::MonthFirst)
        .map(|(d, _)| render(&d))
        .collect();
    assert_eq!(all, ["2019-11-19T10:48", "2019-11-19T11:05"]);
}

#[test]
fn table_sizes() {
    // Keeps the tables from silently shrinking.
    assert!(FOUND.len() >= 80 && NOT_FOUND.len() >= 30);
}

/// Strings made of date-like pieces, to reach deep into the grammar.
fn datey() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("2025".to_string()),
        Just("19".to_string()),
        Just("10".to_string()),
        Just("1".to_string()),
        Just("Oct.".to_string()),
        Just("October".to_string()),
        Just("Monday,".to_string()),
        Just("октября".to_string()),
        Just("de".to_string()),
        Just("年".to_string()),
        Just("월".to_string()),
        Just("T".to_string()),
        Just("14:05".to_string()),
        Just("p.m.".to_string()),
        Just("EDT".to_string()),
        Just("ET".to_string()),
        Just("+03:00".to_string()),
        Just("Z".to_string()),
        Just("at".to_string()),
        prop::sample::select(vec![" ", ",", ".", "/", "-", ":", "—", "\u{a0}", "|", "K"])
            .prop_map(String::from),
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

fn check_line(line: &str) -> Result<(), TestCaseError> {
    if let Some((d, n)) = parse_date(line) {
        prop_assert!(n <= line.len() && line.is_char_boundary(n));
        prop_assert!((1..=12).contains(&d.month) && d.day >= 1 && d.day <= 31);
        let _ = d.iso();
    }
    for (d, span) in dates(line, NumericOrder::MonthFirst) {
        prop_assert!(span.start <= span.end && span.end <= line.len());
        prop_assert!(line.is_char_boundary(span.start) && line.is_char_boundary(span.end));
        let again = parse_date(span.text(line));
        prop_assert_eq!(
            again,
            Some((d, span.len())),
            "span {:?} of {:?}",
            span.text(line),
            line
        );
    }
    // find_date reads ambiguous numeric dates by the line's own cues.
    if let Some((d, span)) = find_date(line) {
        let again = parse_date_with(span.text(line), NumericOrder::of_line(line));
        prop_assert_eq!(
            again.map(|(x, _)| x),
            Some(d),
            "span {:?} of {:?}",
            span.text(line),
            line
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_on_any_string(line in any::<String>()) {
        check_line(&line)?;
    }

    #[test]
    fn spans_reparse_on_datey_strings(line in datey()) {
        check_line(&line)?;
    }
}

/// Ambiguous numeric dates follow the line's language: day first next to
/// the words of languages that write the day first, month first otherwise.
#[test]
fn find_date_reads_ambiguous_numeric_dates_by_the_line() {
    use tidings_core::grammar::date::{DAY_FIRST_CUES, ENGLISH_CUES};
    let rows: &[(&str, &str)] = &[
        ("Publicado el 10/11/2023", "2023-11-10"),
        ("Atualizado 10/11/2023 09h15", "2023-11-10T09:15"),
        ("10/11/2023 09h15", "2023-11-10T09:15"),
        ("Mis à jour le 03/04/2024", "2024-04-03"),
        ("Aggiornato alle 09:15 del 05/06/2022", "2022-06-05"),
        ("Опубликовано 05/06/2022", "2022-06-05"),
        ("05/06/2022 um 10:30 Uhr", "2022-06-05T10:30"),
        // Any letter outside ASCII and CJK: Vietnamese, Arabic, Hindi.
        ("Thứ năm, 12/10/2023 14:30", "2023-10-12T14:30"),
        ("الخميس 05/06/2022", "2022-06-05"),
        ("अपडेटेड 05/06/2022", "2022-06-05"),
        // Indonesian: a label or the time zone.
        ("Senin, 12/02/2024 10:15 WIB", "2024-02-12T10:15+07:00"),
        ("Diperbarui 05/06/2022", "2022-06-05"),
        // English lines keep the US reading.
        ("Posted 10/11/2023", "2023-10-11"),
        ("Updated 05/06/2022 at 10:30 am", "2022-05-06T10:30"),
        ("By Jane Doe | 10/11/2023", "2023-10-11"),
        // An English line that names someone with a letter outside ASCII.
        ("Updated 05/06/2022 by José Núñez", "2022-05-06"),
        ("Thứ năm, 12/10/2023 14:30 (GMT+7)", "2023-10-12T14:30"),
        ("Veröffentlicht am 05/06/2022", "2022-06-05"),
        (
            "Published 10/11/2023 10:30 AM EST | Zoë Brown",
            "2023-10-11T10:30-05:00",
        ),
        // Unambiguous dates do not depend on the line.
        ("Publicado el 20/11/2023", "2023-11-20"),
        ("Posted 11/20/2023", "2023-11-20"),
    ];
    for &(line, want) in rows {
        let got = find_date(line).map(|(d, _)| render(&d));
        assert_eq!(got.as_deref(), Some(want), "{line:?}");
    }
    assert_eq!(
        NumericOrder::of_line("Posted 10/11/2023"),
        NumericOrder::MonthFirst
    );
    assert_eq!(
        NumericOrder::of_line("10/11/2023 às 9:15"),
        NumericOrder::DayFirst
    );
    // The cue table is sorted (binary search) and lower case.
    assert!(DAY_FIRST_CUES.windows(2).all(|w| w[0] < w[1]));
    assert!(DAY_FIRST_CUES.iter().all(|w| w.to_lowercase() == *w));
    assert!(ENGLISH_CUES.windows(2).all(|w| w[0] < w[1]));
    assert!(ENGLISH_CUES.iter().all(|w| w.to_lowercase() == *w));
    assert!(ENGLISH_CUES.iter().all(|w| !DAY_FIRST_CUES.contains(w)));
}
