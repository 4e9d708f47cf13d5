//! Structure-aware input for the `page` fuzz target: the fuzzer's bytes
//! choose pieces of an article-like page — titles, bylines, datelines, glued
//! lines, headline lists, captions, boilerplate, non-ASCII text, huge lines,
//! NULs, JSON-hostile characters — so that mutations explore the parser's
//! classification paths instead of mostly producing unstructured noise.

use arbitrary::Unstructured;

const TITLES: &[&str] = &[
    "KGB boss reveals details of talks with US",
    "Lukashenko may take part in future peace talks – top Ukrainian official",
    "Президент провёл переговоры в Минске",
    "정부, 새 경제 정책 발표",
    "Governo anuncia novas medidas econômicas",
];
const BYLINES: &[&str] = &[
    "by Dmytro Basmat",
    "By Jane Doe and John Smith",
    "By A. N. Other, Reuters",
    "Dmytro Basmat, Senior News Editor",
    "Reporting by Jane Doe; Editing by John Smith",
];
const DATES: &[&str] = &[
    "Monday, October 20, 2025",
    "2025-10-19T14:05:00Z",
    "Oct. 19",
    "Published 19 Oct 2025, 14:05 GMT",
    "20 октября 2025",
    "2025년 10월 20일",
];
const BODY: &[&str] = &[
    "The head of the security service said on Tuesday that talks were under way and that both sides were looking for a compromise.",
    "\"We are ready to make a big deal with them,\" he added. U.S. officials did not comment on Sept. 15, 2023 at 5 p.m. ET.",
    "Michael Dell pledged $6.25 billion (3.5%) to the accounts, according to https://example.com/a.b?c=d and mail@example.org.",
    "Президент заявил, что переговоры продолжатся. «Мы готовы», — сказал он журналистам в понедельник.",
    "정부는 20일 새로운 경제 정책을 발표했다. 관계자는 시장 안정을 위한 조치라고 밝혔다.",
    "O ministro afirmou que as medidas entram em vigor na próxima semana, segundo o jornal.",
];
const BOILER: &[&str] = &[
    "READ MORE: Lukashenko outlines how Belarus could enter Ukraine conflict",
    "Leave a Reply",
    "Back to top button",
    "Subscribe to the NewsletterBelarus Weekly",
    "Share this article",
    "Advertisement",
    "We use cookies to improve your experience. Accept all cookies",
    "Source",
];
const CAPTIONS: &[&str] = &[
    "(Mikhail Metzel/Pool/AFP via Getty Images)",
    "FILE PHOTO. © Sputnik / Pavel Bednyakov",
    "Photo: Jane Doe/Reuters",
];
const HOSTILE: &[&str] = &[
    "\u{0}",
    "\u{2028}",
    "\u{2029}",
    "\"\\",
    "\u{1b}[0m",
    "\u{feff}",
    "\u{a0}",
    "\r\n",
    "\t",
    "\\ud800",
    "👩🏽‍🚀🇺🇦",
    "e\u{301}",
    "\u{200d}",
    "’",
    "”We",
    ".The",
    "claimsLukashenko",
];

fn pick<'a>(u: &mut Unstructured<'_>, pool: &[&'a str]) -> &'a str {
    u.choose(pool).copied().unwrap_or("")
}

/// Pages stop growing past this size. Real articles are 2–20 KB; bigger
/// pages add no new structure, only cost executions per second (the
/// `article` target still feeds raw inputs of any size).
const MAX_PAGE: usize = 64 * 1024;

/// Builds a page from fuzzer bytes. Total: any input gives some page.
pub fn assemble(data: &[u8]) -> String {
    let mut u = Unstructured::new(data);
    let mut page = String::new();
    let pieces: u8 = u.int_in_range(1..=48).unwrap_or(1);
    for _ in 0..pieces {
        if page.len() >= MAX_PAGE {
            break;
        }
        let sep = match u.int_in_range(0..=3u8).unwrap_or(0) {
            0 => "\n",
            1 => "\n\n",
            2 => " ",
            _ => "",
        };
        match u.int_in_range(0..=11u8).unwrap_or(0) {
            0 => page.push_str(pick(&mut u, TITLES)),
            1 => page.push_str(pick(&mut u, BYLINES)),
            2 => page.push_str(pick(&mut u, DATES)),
            3 | 4 => page.push_str(pick(&mut u, BODY)),
            5 => page.push_str(pick(&mut u, BOILER)),
            6 => page.push_str(pick(&mut u, CAPTIONS)),
            7 => page.push_str(pick(&mut u, HOSTILE)),
            8 => {
                // A headline list: several short title-case lines.
                let n = u.int_in_range(2..=12u8).unwrap_or(2);
                for _ in 0..n {
                    page.push_str(pick(&mut u, TITLES));
                    page.push('\n');
                }
            }
            9 => {
                // A huge line: one body sentence repeated, no breaks. Up to
                // ~6 KB: longer than every window the core bounds its
                // look-around with (the largest, the sentence splitter's
                // quote-parity window, is 4 KiB).
                let s = pick(&mut u, BODY);
                let n = u.int_in_range(1..=48u8).unwrap_or(1);
                for _ in 0..n {
                    page.push_str(s);
                    page.push(' ');
                }
            }
            10 => {
                // Glue: a body sentence stuck to the next piece.
                page.push_str(pick(&mut u, BODY));
                page.push_str(pick(&mut u, TITLES));
            }
            _ => {
                // Raw fuzzer text.
                let len = u.int_in_range(0..=64u8).unwrap_or(0);
                if let Ok(bytes) = u.bytes(usize::from(len)) {
                    page.push_str(&String::from_utf8_lossy(bytes));
                }
            }
        }
        page.push_str(sep);
    }
    page
}
