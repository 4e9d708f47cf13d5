//! Table and property tests for `tidings_core::grammar::byline`.

#[path = "common/table.rs"]
mod table;

use proptest::prelude::*;
use table::{assert_rejects, check_rows};
use tidings_core::grammar::byline::{Byline, parse_byline, placed, role_line};

/// `(line, authors, outlet, role)`.
type Case = (
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
    Option<&'static str>,
);

const BYLINES: &[Case] = &[
    ("by Dmytro Basmat", &["Dmytro Basmat"], None, None),
    ("By Dmytro Basmat", &["Dmytro Basmat"], None, None),
    ("  By Scott Gordon  ", &["Scott Gordon"], None, None),
    (
        "BY JANE DOE, Associated Press",
        &["JANE DOE"],
        Some("Associated Press"),
        None,
    ),
    (
        "By A. B. Cooper and Jane Doe",
        &["A. B. Cooper", "Jane Doe"],
        None,
        None,
    ),
    (
        "By Jane Doe and John Roe",
        &["Jane Doe", "John Roe"],
        None,
        None,
    ),
    (
        "By Jane Doe & John Roe",
        &["Jane Doe", "John Roe"],
        None,
        None,
    ),
    (
        "By Ann Lee, Bob Stone and Cy Young",
        &["Ann Lee", "Bob Stone", "Cy Young"],
        None,
        None,
    ),
    (
        "By Ann Lee, Bob Stone, and Cy Young",
        &["Ann Lee", "Bob Stone", "Cy Young"],
        None,
        None,
    ),
    (
        "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
        &["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"],
        None,
        None,
    ),
    (
        "Written by Arjun Deshpande | Nagpur | Updated: November 21, 2026 10:15 IST",
        &["Arjun Deshpande"],
        None,
        None,
    ),
    ("Por Ana Souza, de Brasília", &["Ana Souza"], None, None),
    ("Por Juan Pérez, desde Madrid", &["Juan Pérez"], None, None),
    ("By Jane Doe, from Kyiv", &["Jane Doe"], None, None),
    (
        "BY MARGARET ELLISON AND TOMAS REYES",
        &["MARGARET ELLISON", "TOMAS REYES"],
        None,
        None,
    ),
    (
        "By DANICA KIRKA and JILL LAWLESS",
        &["DANICA KIRKA", "JILL LAWLESS"],
        None,
        None,
    ),
    ("By Jane Doe, Reuters", &["Jane Doe"], Some("Reuters"), None),
    (
        "By Troy L. Smith, Cleveland.com",
        &["Troy L. Smith"],
        Some("Cleveland.com"),
        None,
    ),
    (
        "By Sandee LaMotte, CNN",
        &["Sandee LaMotte"],
        Some("CNN"),
        None,
    ),
    (
        "By Jane Doe, The Kyiv Independent",
        &["Jane Doe"],
        Some("The Kyiv Independent"),
        None,
    ),
    (
        "By Julius Young | Fox News",
        &["Julius Young"],
        Some("Fox News"),
        None,
    ),
    (
        "By Bill Hoppe | Special to the Pioneer Press",
        &["Bill Hoppe"],
        None,
        Some("Special to the Pioneer Press"),
    ),
    (
        "By Jane Doe, Staff Writer",
        &["Jane Doe"],
        None,
        Some("Staff Writer"),
    ),
    (
        "By Jane Doe, Staff Writer, The Washington Post",
        &["Jane Doe"],
        Some("The Washington Post"),
        Some("Staff Writer"),
    ),
    (
        "By Jane Doe Staff Writer",
        &["Jane Doe"],
        None,
        Some("Staff Writer"),
    ),
    ("By Jane Doe, KWCH", &["Jane Doe"], Some("KWCH"), None),
    (
        "Dmytro Basmat, Senior News Editor",
        &["Dmytro Basmat"],
        None,
        Some("Senior News Editor"),
    ),
    (
        "GREG BEACHAM, AP Sports Writer",
        &["GREG BEACHAM"],
        None,
        Some("AP Sports Writer"),
    ),
    (
        "Jane Doe, Washington Correspondent",
        &["Jane Doe"],
        None,
        Some("Washington Correspondent"),
    ),
    (
        "Jane Doe | Contributor",
        &["Jane Doe"],
        None,
        Some("Contributor"),
    ),
    (
        "Jane Doe, senior reporter for The Kyiv Independent",
        &["Jane Doe"],
        None,
        Some("senior reporter for The Kyiv Independent"),
    ),
    ("Story by Jane Doe", &["Jane Doe"], None, None),
    ("Written by Jane Doe", &["Jane Doe"], None, None),
    ("Words by Jane Doe", &["Jane Doe"], None, None),
    ("Posted by Jane Doe", &["Jane Doe"], None, None),
    ("By: Jane Doe", &["Jane Doe"], None, None),
    ("(By Jane Doe)", &["Jane Doe"], None, None),
    (
        "By The Associated Press",
        &[],
        Some("The Associated Press"),
        None,
    ),
    ("By Reuters Staff", &[], Some("Reuters"), Some("Staff")),
    (
        "by India Post News Weekly 0 Comments",
        &[],
        Some("India Post News Weekly"),
        None,
    ),
    (
        "Reporting by Pavel Polityuk; Editing by Alex Richardson",
        &["Pavel Polityuk"],
        None,
        None,
    ),
    (
        "Reporting by Anna Smith in Kyiv and Bob Jones in Moscow; Additional reporting by Carl Young; Writing by Dan West; Editing by Ed Stone and Fay Hart.",
        &["Anna Smith", "Bob Jones", "Carl Young", "Dan West"],
        None,
        None,
    ),
    (
        "(Reporting by Anna Smith; editing by Ed Stone)",
        &["Anna Smith"],
        None,
        None,
    ),
    (
        "Reporting and writing by Anna Smith in New York",
        &["Anna Smith"],
        None,
        None,
    ),
    ("Автор: Иван Петров", &["Иван Петров"], None, None),
    (
        "Текст: Лида Буслаева · 11 октября 2018",
        &["Лида Буслаева"],
        None,
        None,
    ),
    (
        "Авторы: Иван Петров и Анна Смирнова",
        &["Иван Петров", "Анна Смирнова"],
        None,
        None,
    ),
    ("Por Fulano de Tal", &["Fulano de Tal"], None, None),
    (
        "Por João Silva e Maria Souza",
        &["João Silva", "Maria Souza"],
        None,
        None,
    ),
    ("Por Juan Pérez | EFE", &["Juan Pérez"], Some("EFE"), None),
    ("di Mario Rossi", &["Mario Rossi"], None, None),
    ("Von Hans Müller", &["Hans Müller"], None, None),
    ("Av Anna Svensson", &["Anna Svensson"], None, None),
    ("Autor: Jana Nováková", &["Jana Nováková"], None, None),
    ("Af Lars Nielsen", &["Lars Nielsen"], None, None),
    (
        "Του Γιώργου Παπαδόπουλου",
        &["Γιώργου Παπαδόπουλου"],
        None,
        None,
    ),
    (
        "Της Μαρίας Κωνσταντίνου",
        &["Μαρίας Κωνσταντίνου"],
        None,
        None,
    ),
    ("par Jean-Luc Dupont", &["Jean-Luc Dupont"], None, None),
    (
        "By Ursula von der Leyen",
        &["Ursula von der Leyen"],
        None,
        None,
    ),
    (
        "By Mohammed bin Salman",
        &["Mohammed bin Salman"],
        None,
        None,
    ),
    (
        "By Conor O'Neil and Siobhán Ní Bhriain",
        &["Conor O'Neil", "Siobhán Ní Bhriain"],
        None,
        None,
    ),
    (
        "By Martin Luther King Jr.",
        &["Martin Luther King Jr."],
        None,
        None,
    ),
    ("By Dr. Jane Smith", &["Dr. Jane Smith"], None, None),
    ("By Bruce Y. Lee", &["Bruce Y. Lee"], None, None),
    ("By Sean Martin Sean Martin", &["Sean Martin"], None, None),
    (
        "By Tess Bonn - 11/19/19 06:56 AM EST",
        &["Tess Bonn"],
        None,
        None,
    ),
    (
        "By Justine Coleman - 11/18/19 11:04 PM EST",
        &["Justine Coleman"],
        None,
        None,
    ),
    (
        "By Umair Irfan Updated Nov 13, 2019, 10:28am EST",
        &["Umair Irfan"],
        None,
        None,
    ),
    (
        "By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy",
        &["Mike Wall"],
        None,
        None,
    ),
    (
        "By Tariq Malik, Mike Wall 2019-11-18T22:05:36Z Spaceflight",
        &["Tariq Malik", "Mike Wall"],
        None,
        None,
    ),
    (
        "By Maren Estrada 19 hours ago",
        &["Maren Estrada"],
        None,
        None,
    ),
    (
        "By Maren Estrada 2 days ago",
        &["Maren Estrada"],
        None,
        None,
    ),
    (
        "By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST",
        &["Chris Pokorny"],
        None,
        None,
    ),
    (
        "By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST",
        &["Chris Pokorny"],
        None,
        None,
    ),
    ("by Surur on November 19, 2019", &["Surur"], None, None),
    ("by Lewis White", &["Lewis White"], None, None),
    ("by Rahul", &["Rahul"], None, None),
    (
        "By Jane Doe | Published October 20, 2025",
        &["Jane Doe"],
        None,
        None,
    ),
    ("By Jane Doe · Oct. 19, 2025", &["Jane Doe"], None, None),
    (
        "Por Mariana Costa, g1 SP — São Paulo",
        &["Mariana Costa"],
        Some("g1 SP"),
        None,
    ),
    (
        "Por Mariana Costa e João Silva, TV Globo — Rio de Janeiro",
        &["Mariana Costa", "João Silva"],
        Some("TV Globo"),
        None,
    ),
    (
        "By Jane Doe, CNN — London",
        &["Jane Doe"],
        Some("CNN"),
        None,
    ),
    (
        "By Jane Doe, BBC Scotland",
        &["Jane Doe"],
        Some("BBC Scotland"),
        None,
    ),
    ("By Reuters Staff", &[], Some("Reuters"), Some("Staff")),
    (
        "Morag Ferguson Scotland correspondent",
        &["Morag Ferguson"],
        None,
        Some("Scotland correspondent"),
    ),
    (
        "By Press Trust of India",
        &[],
        Some("Press Trust of India"),
        None,
    ),
    (
        "Bruce Y. Lee Senior Contributor",
        &["Bruce Y. Lee"],
        None,
        Some("Senior Contributor"),
    ),
    (
        "By Christopher Miller in Kyiv and Max Seddon in Riga",
        &["Christopher Miller", "Max Seddon"],
        None,
        None,
    ),
    (
        "By Jane Doe | jane.doe@example.com",
        &["Jane Doe"],
        None,
        None,
    ),
    (
        "By JANE DOE Associated Press",
        &["JANE DOE"],
        Some("Associated Press"),
        None,
    ),
    (
        "By Jane Doe and John Roe, Reuters",
        &["Jane Doe", "John Roe"],
        Some("Reuters"),
        None,
    ),
    (
        "By Jane Doe, Associated Press Writer",
        &["Jane Doe"],
        None,
        Some("Associated Press Writer"),
    ),
    ("홍길동 기자", &["홍길동"], None, Some("기자")),
    (
        "홍길동 기자 hong@example.co.kr",
        &["홍길동"],
        None,
        Some("기자"),
    ),
    // Arabic: no capitals, the lead word (`كتب`, “wrote”; `بقلم`, “by the
    // pen of”) says the words after it are a name.
    ("كتب: أحمد محمود", &["أحمد محمود"], None, None),
    ("كتبت: سارة عبد الله", &["سارة عبد الله"], None, None),
    ("بقلم محمد علي حسن", &["محمد علي حسن"], None, None),
    ("كتب - أحمد محمود - القاهرة", &["أحمد محمود"], None, None),
    // Devanagari: the vowel signs and the virama belong to the name.
    ("लेखक: राहुल शर्मा", &["राहुल शर्मा"], None, None),
    ("מאת: דנה כהן", &["דנה כהן"], None, None),
    ("מאת יוסי לוי | חדשות היום", &["יוסי לוי"], None, None),
];

/// Lines that are not bylines.
const NOT_BYLINES: &[&str] = &[
    "",
    "By",
    "by the way",
    "By most accounts, the law worked.",
    "By the time Buckley learned who had written the song, she was only half-surprised.",
    "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
    "By clicking Confirm Account, I agree to the terms of service.",
    "By signing up, you agree to our Privacy Policy.",
    "By Friday, the team had left.",
    "By 2020, the company had doubled.",
    "By John Smith and the rest of the team",
    "By Jane Doe, who covers the war",
    "By Jane Doe. She covers the war.",
    "By Jane Doe — and everyone else.",
    "By Jane Doe, g1 and the rest of the team",
    "Become A Contributor",
    "By Jonathan Garber FOXBusiness",
    "By Xabi Vazquez (Flickr: game boy color) [CC BY 2.0], via Wikimedia Commons",
    "By Jane Doe Updated",
    "By Jane Doe | Nagpur | the council voted on Thursday",
    "By Jane Doe, from the start of the war",
    "Por Ana Souza, de acordo com a polícia",
    "By Jane Doe | Nagpur, the capital | Updated: November 21, 2026",
    "Dmytro Basmat",
    "Dmytro Basmat is a senior news editor for The Kyiv Independent.",
    "Jane Doe, Reuters",
    "Ivan Tertel, head of the KGB",
    "Lukashenko, Belarusian dictator",
    "Belarus seeks talks with Kyiv amid efforts to break Western isolation",
    "KGB boss reveals details of talks with US",
    "The Ukraine conflict is a primary issue on the agenda.",
    "Monday, October 20, 2025",
    "Editing by Alex Richardson",
    "Reporting by",
    "Por isso, o governo decidiu.",
    "Por Que o Brasil Perdeu",
    "Von Miller",
    "Av Svensson",
    "Av. Paulista, 1000",
    "Του είπε ότι θα έρθει",
    "Της Κυριακής",
    "di più",
    "Posted by admin",
    "by Rahul 0",
    "Article imageThe Kyiv IndependentMaria Yeryoma",
    "4,512.37",
    "Share this article",
    "Senior News Editor",
    "By A B C D E F",
    "Jane Doe, editor of the paper, said the story was true.",
    "Автор фото: неизвестен",
    "Letters to the Editor",
    "Open Critic",
    "By Friday in Kyiv, the talks had stalled.",
    "By Jane Doe in the morning",
    "Natasha @NatashaTurak",
    "Write to us at letters@example.com",
    "Nov 18, 2019 | Markets rally",
    "Email this article",
    "Email Address",
    "EMAIL ME",
    "Email Newsletters",
    "Aregbesola Swears-In Commissioners, Special Advisers 11 comments",
    // Arabic: one word is no name, and a sentence after the lead is none.
    "كتب: أحمد",
    "كتب الوزير في مقاله أن الخطة ستنجح خلال العام المقبل",
    "كتبه أحمد محمود",
    "लेखक: राहुल",
    "מאת: דנה",
    "מאתיים איש הגיעו",
    "लेखकों की सूची",
    "كتبته سارة علي",
    "מאת הכתב שלנו בירושלים הגיעה הידיעה כי הממשלה תתכנס",
    "लेखक ने कहा कि सरकार को इस पर ध्यान देना चाहिए।",
];

fn check(
    line: &str,
    b: &Byline<'_>,
    authors: &[&str],
    outlet: Option<&str>,
    role: Option<&str>,
) -> Result<(), String> {
    let got: Vec<&str> = b.authors.iter().copied().collect();
    if got == authors && b.outlet == outlet && b.role == role {
        return Ok(());
    }
    Err(format!(
        "{line:?}: want {authors:?} {outlet:?} {role:?}, got {got:?} {:?} {:?}",
        b.outlet, b.role
    ))
}

#[test]
fn parses_bylines() {
    check_rows(
        BYLINES,
        |&(line, authors, outlet, role)| match parse_byline(line) {
            Some(b) => check(line, &b, authors, outlet, role),
            None => Err(format!("{line:?}: not parsed")),
        },
    );
}

#[test]
fn rejects_non_bylines() {
    assert_rejects("bylines", NOT_BYLINES, |l| {
        parse_byline(l).map(|b| format!("{b:?}"))
    });
}

/// `placed`: names each followed by the place the author filed from.
const PLACED: &[(&str, &[&str])] = &[
    ("Helen Davidson in Taipei", &["Helen Davidson"]),
    ("Julian Borger in Washington", &["Julian Borger"]),
    (
        "Julian Borger in Washington and Jennifer Rankin in Brussels",
        &["Julian Borger", "Jennifer Rankin"],
    ),
    (
        "Amy Hawkins in Beijing, Helen Davidson in Taipei",
        &["Amy Hawkins", "Helen Davidson"],
    ),
    ("Jason Burke in Jerusalem and agencies in Gaza City", &[]),
    ("Tom Phillips in Rio de Janeiro", &["Tom Phillips"]),
    ("Shaun Walker in Central Europe", &["Shaun Walker"]),
    ("Sam Whitaker at the Emirates Stadium", &["Sam Whitaker"]),
    ("Barney Ronay at Anfield", &["Barney Ronay"]),
];

/// Not `placed` bylines: a single name word, no place, a sentence, a
/// lower-case place, a lead word.
const NOT_PLACED: &[&str] = &[
    "Police in London",
    "Helen Davidson",
    "Helen Davidson in",
    "Helen Davidson in taipei",
    "Helen Davidson reports from Taipei",
    "Helen Davidson in Taipei said on Friday that",
    "By Helen Davidson in Taipei",
    "Sam Whitaker at the",
    "Sam Whitaker at the stadium",
    "",
];

#[test]
fn placed_bylines() {
    check_rows(PLACED, |&(line, want)| {
        let got: Vec<&str> = placed(line)
            .map(|v| v.iter().copied().collect())
            .unwrap_or_default();
        if got == want {
            Ok(())
        } else {
            Err(format!("{line:?}: want {want:?}, got {got:?}"))
        }
    });
    assert_rejects("placed bylines", NOT_PLACED, |l| {
        placed(l).map(|v| format!("{v:?}"))
    });
}

/// `role_line`: a job title alone or with an outlet, under a bare name.
const ROLE_LINES: &[(&str, &str, Option<&str>)] = &[
    (
        "Transport correspondent, BBC Scotland",
        "Transport correspondent",
        Some("BBC Scotland"),
    ),
    ("Senior Reporter", "Senior Reporter", None),
    (
        "Political editor, The Guardian",
        "Political editor",
        Some("The Guardian"),
    ),
    (
        "Senior Reporter, BBC News",
        "Senior Reporter",
        Some("BBC News"),
    ),
    ("Staff Writer | Reuters", "Staff Writer", Some("Reuters")),
];

/// Not role lines: headlines that start with a job title, a name, prose.
const NOT_ROLE_LINES: &[&str] = &[
    "Former Editor Sues Paper Over Firing",
    "Mary Ann Smith",
    "The reporter said the ferry was late.",
    "Transport correspondent Mary Ann Smith reports",
    "",
];

#[test]
fn role_lines() {
    check_rows(ROLE_LINES, |&(line, role, outlet)| match role_line(line) {
        Some((r, o)) if r == role && o == outlet => Ok(()),
        got => Err(format!("{line:?}: want {role:?} {outlet:?}, got {got:?}")),
    });
    assert_rejects("role lines", NOT_ROLE_LINES, |l| {
        role_line(l).map(|v| format!("{v:?}"))
    });
}

#[test]
fn table_sizes() {
    assert!(BYLINES.len() >= 60 && NOT_BYLINES.len() >= 35);
}

/// Slices returned by the parser lie inside the line.
fn inside(line: &str, s: &str) -> bool {
    let (l, p) = (line.as_ptr() as usize, s.as_ptr() as usize);
    p >= l && p + s.len() <= l + line.len()
}

fn bylineish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("By ".to_string()),
        Just("Jane".to_string()),
        Just("DOE".to_string()),
        Just("O'Neil".to_string()),
        Just(" and ".to_string()),
        Just(", ".to_string()),
        Just("Reuters".to_string()),
        Just("Senior Editor".to_string()),
        Just("Reporting by ".to_string()),
        Just("; ".to_string()),
        Just(" in ".to_string()),
        Just("Nov 18, 2019".to_string()),
        Just(" | ".to_string()),
        Just("@x".to_string()),
        Just("기자".to_string()),
        Just("Автор: ".to_string()),
        Just("كتب: ".to_string()),
        Just("بقلم".to_string()),
        Just("أحمد".to_string()),
        Just("लेखक: ".to_string()),
        Just("शर्मा".to_string()),
        Just(" - ".to_string()),
        Just(" ".to_string()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
}

fn check_any(line: &str) -> Result<(), TestCaseError> {
    if let Some(b) = parse_byline(line) {
        for a in &b.authors {
            prop_assert!(inside(line, a) && !a.is_empty());
        }
        for s in b.outlet.iter().chain(b.role.iter()) {
            prop_assert!(inside(line, s) && !s.is_empty());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics(line in any::<String>()) {
        check_any(&line)?;
    }

    #[test]
    fn slices_stay_inside_on_bylineish_strings(line in bylineish()) {
        check_any(&line)?;
    }
}
