//! Table and property tests for `tidings_core::grammar::outlet`.

#[path = "common/table.rs"]
mod table;

use proptest::prelude::*;
use table::{assert_rejects, check_rows};
use tidings_core::grammar::outlet::{Position, find_outlet, parse_dateline};

/// `(line, outlet, span text, position)`.
const OUTLETS: &[(&str, &str, &str, Position)] = &[
    // Whole lines
    ("Reuters", "Reuters", "Reuters", Position::Whole),
    (
        "Associated Press",
        "Associated Press",
        "Associated Press",
        Position::Whole,
    ),
    ("  (Reuters)  ", "Reuters", "(Reuters)", Position::Whole),
    ("(AFP)", "AFP", "(AFP)", Position::Whole),
    ("[The Verge]", "The Verge", "[The Verge]", Position::Whole),
    ("[ CNBC ]", "CNBC", "[ CNBC ]", Position::Whole),
    (
        "Julian Assange: Sweden drops rape investigation - BBC News",
        "BBC News",
        "- BBC News",
        Position::Trailing,
    ),
    ("/Telegraph/", "Telegraph", "/Telegraph/", Position::Whole),
    ("— AP", "AP", "— AP", Position::Whole),
    ("- Reuters", "Reuters", "- Reuters", Position::Whole),
    ("[Bloomberg]", "Bloomberg", "[Bloomberg]", Position::Whole),
    (
        "Source: Reuters",
        "Reuters",
        "Source: Reuters",
        Position::Whole,
    ),
    ("ТАСС", "ТАСС", "ТАСС", Position::Whole),
    // Trailing
    (
        "As a result, Belarus has faced massive Western sanctions and diplomatic isolation. /Telegraph/",
        "Telegraph",
        "/Telegraph/",
        Position::Trailing,
    ),
    (
        "The talks ended without a deal. /The Kyiv Independent/",
        "The Kyiv Independent",
        "/The Kyiv Independent/",
        Position::Trailing,
    ),
    (
        "The talks ended without a deal. — AP",
        "AP",
        "— AP",
        Position::Trailing,
    ),
    (
        "The talks ended without a deal - Reuters",
        "Reuters",
        "- Reuters",
        Position::Trailing,
    ),
    (
        "The talks ended without a deal – Reuters.",
        "Reuters",
        "– Reuters",
        Position::Trailing,
    ),
    (
        "The talks ended without a deal (Reuters)",
        "Reuters",
        "(Reuters)",
        Position::Trailing,
    ),
    (
        "The talks ended without a deal. (AFP)",
        "AFP",
        "(AFP)",
        Position::Trailing,
    ),
    (
        "The talks ended without a deal. (WSJ)",
        "WSJ",
        "(WSJ)",
        Position::Trailing,
    ),
    (
        "The talks ended without a deal. — The Guardian",
        "The Guardian",
        "— The Guardian",
        Position::Trailing,
    ),
    (
        "Why Can’t Taylor Swift Perform Her Own Songs? It’s Complicated [Bloomberg]",
        "Bloomberg",
        "[Bloomberg]",
        Position::Trailing,
    ),
    (
        "Ukraine hit by drone strikes overnight (TASS)",
        "TASS",
        "(TASS)",
        Position::Trailing,
    ),
    // Leading (datelines)
    (
        "(Reuters) - Ukraine said on Sunday",
        "Reuters",
        "(Reuters)",
        Position::Leading,
    ),
    (
        "KYIV (Reuters) - Ukraine said on Sunday",
        "Reuters",
        "(Reuters)",
        Position::Leading,
    ),
    (
        "KYIV, Ukraine (Reuters) - Ukraine said",
        "Reuters",
        "(Reuters)",
        Position::Leading,
    ),
    (
        "LONDON, Oct 19 (Reuters) - Britain said",
        "Reuters",
        "(Reuters)",
        Position::Leading,
    ),
    (
        "WASHINGTON (AP) — Ambassador Gordon Sondland",
        "AP",
        "(AP)",
        Position::Leading,
    ),
    (
        "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.",
        "AP",
        "(AP)",
        Position::Leading,
    ),
    (
        "ST. JOSEPH, Mich. (AP) — Michigan health authorities",
        "AP",
        "(AP)",
        Position::Leading,
    ),
    (
        "SANTA FE, N.M. (AP) — A cat who has been missing",
        "AP",
        "(AP)",
        Position::Leading,
    ),
    (
        "Kyiv (AFP) - Ukraine said",
        "AFP",
        "(AFP)",
        Position::Leading,
    ),
    (
        "MOSCOW, October 19. /TASS/. Russian forces",
        "TASS",
        "/TASS/",
        Position::Leading,
    ),
    (
        "МОСКВА, 19 октября. /ТАСС/. Российские военные",
        "ТАСС",
        "/ТАСС/",
        Position::Leading,
    ),
    (
        "NEW YORK (CNN) — Stocks fell",
        "CNN",
        "(CNN)",
        Position::Leading,
    ),
];

/// Lines without an outlet credit.
const NOT_OUTLETS: &[&str] = &[
    "",
    "The head of Belarus' State Security Committee said his agency is prepared to engage in dialogue, Belarusian state media reported.",
    "Lukashenko said at a government meeting, according to the state-run Belta news agency, reports Telegraph.",
    "A loan from the International Monetary Fund (IMF)",
    "shares of Apple (AAPL)",
    "Apple (AAPL) – shares rose 3%.",
    "He was born in 1970 (age 55)",
    "Good Time for the British Royal Family (3:05)",
    "Lukashenko may take part in future peace talks – top Ukrainian official",
    "the war - and the peace",
    "It was a 3-2 win - Smith",
    "https://example.com/News/",
    "Back to top button",
    "Reuters reported that the deal was close.",
    "According to Reuters, the deal was close.",
    "Source",
    "4,512.37",
    "by Dmytro Basmat",
    "— John Smith",
    "BREAKING — Markets fall",
    "ADVERTISEMENT – INKASA INTERIORS",
    "AS - www.autoracing.com.br",
    "Russia & FSU",
    "Monday, October 20, 2025",
    "[Post Comment]",
    "[AL]",
    "(IMF)",
    "Sonu Mehta/Hindustan Times/Getty Images",
];

/// `(line, place, outlet, body)`.
const DATELINES: &[(&str, Option<&str>, Option<&str>, &str)] = &[
    (
        "KYIV, Ukraine (Reuters) - Ukraine said on Sunday",
        Some("KYIV, Ukraine"),
        Some("Reuters"),
        "Ukraine said on Sunday",
    ),
    (
        "WASHINGTON — The Senate voted",
        Some("WASHINGTON"),
        None,
        "The Senate voted",
    ),
    (
        "LONDON, Oct 19 (Reuters) -",
        Some("LONDON"),
        Some("Reuters"),
        "",
    ),
    (
        "(Reuters) - Ukraine said",
        None,
        Some("Reuters"),
        "Ukraine said",
    ),
    (
        "MADRID — Rafael Nadal kept Spain’s hopes alive",
        Some("MADRID"),
        None,
        "Rafael Nadal kept Spain’s hopes alive",
    ),
    (
        "BUFFALO, N.Y. — Hours before Zach Parise’s two-goal performance",
        Some("BUFFALO, N.Y."),
        None,
        "Hours before Zach Parise’s two-goal performance",
    ),
    (
        "ST. JOSEPH, Mich. (AP) — Michigan health authorities",
        Some("ST. JOSEPH, Mich."),
        Some("AP"),
        "Michigan health authorities",
    ),
    (
        "LOS ANGELES (AP) — To LeBron James",
        Some("LOS ANGELES"),
        Some("AP"),
        "To LeBron James",
    ),
    (
        "MOSCOW, October 19. /TASS/. Russian forces",
        Some("MOSCOW"),
        Some("TASS"),
        "Russian forces",
    ),
    (
        "NEW YORK -- Stocks fell",
        Some("NEW YORK"),
        None,
        "Stocks fell",
    ),
    (
        "KYIV — “We will win,” he said.",
        Some("KYIV"),
        None,
        "“We will win,” he said.",
    ),
    (
        "  UNITED NATIONS — The council met",
        Some("UNITED NATIONS"),
        None,
        "The council met",
    ),
    (
        "DUBAI, United Arab Emirates — Dubai's flagship carrier",
        Some("DUBAI, United Arab Emirates"),
        None,
        "Dubai's flagship carrier",
    ),
];

const NOT_DATELINES: &[&str] = &[
    "",
    "BREAKING — Markets fall",
    "ADVERTISEMENT – INKASA INTERIORS",
    "AS - www.autoracing.com.br",
    "TRUMP — THE END",
    "Lukashenko may take part in future peace talks – top Ukrainian official",
    "Apple (AAPL) – shares rose 3%.",
    "WASHINGTON",
    "WASHINGTON—no space",
    "The Senate voted — and lost",
    "Washington — The Senate voted",
    "UPDATE — The story has been corrected",
    "Sonu Mehta/Hindustan Times/Getty Images",
];

#[test]
fn finds_outlets() {
    check_rows(OUTLETS, |&(line, name, span, pos)| {
        match find_outlet(line) {
            Some(o) if o.outlet == name && o.span.text(line) == span && o.position == pos => Ok(()),
            got => Err(format!(
                "{line:?}: want {name:?} {span:?} {pos:?}, got {got:?}"
            )),
        }
    });
}

#[test]
fn rejects_non_outlets() {
    assert_rejects("outlets", NOT_OUTLETS, |l| {
        find_outlet(l).map(|o| format!("{o:?}"))
    });
}

#[test]
fn parses_datelines() {
    check_rows(
        DATELINES,
        |&(line, place, outlet, body)| match parse_dateline(line) {
            Some(d)
                if d.place == place
                    && d.outlet == outlet
                    && line.get(d.body_start..) == Some(body) =>
            {
                Ok(())
            }
            got => Err(format!(
                "{line:?}: want {place:?} {outlet:?} {body:?}, got {got:?}"
            )),
        },
    );
}

#[test]
fn rejects_non_datelines() {
    assert_rejects("datelines", NOT_DATELINES, |l| {
        parse_dateline(l).map(|d| format!("{d:?}"))
    });
}

#[test]
fn table_sizes() {
    assert!(
        OUTLETS.len() >= 30
            && NOT_OUTLETS.len() >= 20
            && DATELINES.len() >= 10
            && NOT_DATELINES.len() >= 10
    );
}

fn outletish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("(".to_string()),
        Just(")".to_string()),
        Just("/".to_string()),
        Just("Reuters".to_string()),
        Just("AP".to_string()),
        Just(" — ".to_string()),
        Just(" - ".to_string()),
        Just("KYIV".to_string()),
        Just(", ".to_string()),
        Just("Oct 19".to_string()),
        Just(". ".to_string()),
        Just("The".to_string()),
        Just(" ".to_string()),
        Just("ТАСС".to_string()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
}

fn check(line: &str) -> Result<(), TestCaseError> {
    if let Some(o) = find_outlet(line) {
        prop_assert!(o.span.start <= o.span.end && o.span.end <= line.len());
        prop_assert!(line.is_char_boundary(o.span.start) && line.is_char_boundary(o.span.end));
        prop_assert!(!o.outlet.is_empty());
        let (l, p) = (line.as_ptr() as usize, o.outlet.as_ptr() as usize);
        prop_assert!(p >= l && p + o.outlet.len() <= l + line.len());
    }
    if let Some(d) = parse_dateline(line) {
        prop_assert!(d.body_start <= line.len() && line.is_char_boundary(d.body_start));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics(line in any::<String>()) {
        check(&line)?;
    }

    #[test]
    fn spans_in_bounds_on_outletish_strings(line in outletish()) {
        check(&line)?;
    }
}
