//! News-mode tailorings, one table per tailoring: input → expected
//! `(kind, text)` tokens. See the `token` module documentation for the rules.

use tidings_core::token::{Kind, Mode, tokenize};

use Kind::*;

fn tokens(text: &str) -> Vec<(Kind, &str)> {
    tokenize(text, Mode::News)
        .map(|t| (t.kind, t.text(text)))
        .collect()
}

#[track_caller]
fn check(cases: &[(&str, &[(Kind, &str)])]) {
    for (input, expected) in cases {
        assert_eq!(tokens(input), *expected, "input {input:?}");
    }
}

#[test]
fn white_space_is_skipped() {
    check(&[
        ("", &[]),
        (" \t\r\n ", &[]),
        (
            "a  b\u{A0}c\u{2009}d\u{3000}e\r\nf",
            &[
                (Word, "a"),
                (Word, "b"),
                (Word, "c"),
                (Word, "d"),
                (Word, "e"),
                (Word, "f"),
            ],
        ),
    ]);
}

#[test]
fn apostrophes() {
    check(&[
        ("don’t", &[(Word, "don’t")]),
        ("don't", &[(Word, "don't")]),
        ("Lukashenko’s", &[(Word, "Lukashenko’s")]),
        ("O'Neill", &[(Word, "O'Neill")]),
        ("rock'n'roll", &[(Word, "rock'n'roll")]),
        ("the 1990’s", &[(Word, "the"), (Word, "1990’s")]),
        ("the U.S.’s", &[(Word, "the"), (Word, "U.S.’s")]),
        (
            "students’ union",
            &[(Word, "students"), (Punct, "’"), (Word, "union")],
        ),
        ("’90s", &[(Punct, "’"), (Word, "90s")]),
        ("‘quoted’", &[(Punct, "‘"), (Word, "quoted"), (Punct, "’")]),
        ("'quoted'", &[(Punct, "'"), (Word, "quoted"), (Punct, "'")]),
    ]);
}

#[test]
fn hyphenated_compounds() {
    check(&[
        ("Zapad-2025", &[(Word, "Zapad-2025")]),
        ("Rostov-on-Don", &[(Word, "Rostov-on-Don")]),
        ("H-1B visa", &[(Word, "H-1B"), (Word, "visa")]),
        ("a 10-year-old", &[(Word, "a"), (Word, "10-year-old")]),
        ("Ростов-на-Дону", &[(Word, "Ростов-на-Дону")]),
        ("non\u{2011}breaking", &[(Word, "non\u{2011}breaking")]),
        (
            "pre- and post-war",
            &[
                (Word, "pre"),
                (Punct, "-"),
                (Word, "and"),
                (Word, "post-war"),
            ],
        ),
        (
            "2020–2021",
            &[(Number, "2020"), (Punct, "–"), (Number, "2021")],
        ),
        ("yes—no", &[(Word, "yes"), (Punct, "—"), (Word, "no")]),
        (
            "wait -- what",
            &[(Word, "wait"), (Punct, "--"), (Word, "what")],
        ),
        ("-5", &[(Punct, "-"), (Number, "5")]),
    ]);
}

#[test]
fn abbreviations_keep_their_period() {
    check(&[
        (
            "in the U.S. today",
            &[(Word, "in"), (Word, "the"), (Word, "U.S."), (Word, "today")],
        ),
        ("Sept. 5", &[(Word, "Sept."), (Number, "5")]),
        ("Gen. Smith", &[(Word, "Gen."), (Word, "Smith")]),
        ("Acme Inc.", &[(Word, "Acme"), (Word, "Inc.")]),
        (
            "Acme Inc., said",
            &[(Word, "Acme"), (Word, "Inc."), (Punct, ","), (Word, "said")],
        ),
        (
            "a Ph.D. student",
            &[(Word, "a"), (Word, "Ph.D."), (Word, "student")],
        ),
        ("J.R.R. Tolkien", &[(Word, "J.R.R."), (Word, "Tolkien")]),
        ("e.g. this", &[(Word, "e.g."), (Word, "this")]),
        (
            "5 p.m. EST",
            &[(Number, "5"), (Word, "p.m."), (Word, "EST")],
        ),
        // Sentence ends are not abbreviations.
        ("the end.", &[(Word, "the"), (Word, "end"), (Punct, ".")]),
        ("sept.", &[(Word, "sept"), (Punct, ".")]),
        // Lexicon flags: units after numbers, number prefixes before digits.
        (
            "5 in. of rain",
            &[(Number, "5"), (Word, "in."), (Word, "of"), (Word, "rain")],
        ),
        (
            "logged in. Then",
            &[(Word, "logged"), (Word, "in"), (Punct, "."), (Word, "Then")],
        ),
        ("No. 5", &[(Word, "No."), (Number, "5")]),
        ("No. Never", &[(Word, "No"), (Punct, "."), (Word, "Never")]),
        // Single capitals before a name are initials.
        (
            "George W. Bush",
            &[(Word, "George"), (Word, "W."), (Word, "Bush")],
        ),
        ("Plan B.\n", &[(Word, "Plan"), (Word, "B"), (Punct, ".")]),
        // An ellipsis stays whole.
        ("etc...", &[(Word, "etc"), (Punct, "...")]),
        ("U.S...", &[(Word, "U.S"), (Punct, "...")]),
        // Cyrillic initials are initialisms too.
        ("В.В. Путин", &[(Word, "В.В."), (Word, "Путин")]),
    ]);
}

#[test]
fn abbreviation_compounds() {
    check(&[
        (
            "U.S.-Russia talks",
            &[(Word, "U.S.-Russia"), (Word, "talks")],
        ),
        (
            "a U.S.-led force",
            &[(Word, "a"), (Word, "U.S.-led"), (Word, "force")],
        ),
        ("Sept.-Oct.", &[(Word, "Sept.-Oct.")]),
        (
            "the X-Gen. test",
            &[(Word, "the"), (Word, "X-Gen."), (Word, "test")],
        ),
    ]);
}

#[test]
fn glued_sentences_are_cut() {
    check(&[
        (
            "journalists.The",
            &[(Word, "journalists"), (Punct, "."), (Word, "The")],
        ),
        ("U.S.The", &[(Word, "U.S."), (Word, "The")]),
        ("Mr.Smith", &[(Word, "Mr."), (Word, "Smith")]),
        ("Node.js", &[(Word, "Node.js")]),
        ("ASP.NET", &[(Word, "ASP.NET")]),
        ("Note:This", &[(Word, "Note"), (Punct, ":"), (Word, "This")]),
        ("said: yes", &[(Word, "said"), (Punct, ":"), (Word, "yes")]),
    ]);
}

#[test]
fn numbers() {
    check(&[
        ("6.25", &[(Number, "6.25")]),
        ("4,512.37", &[(Number, "4,512.37")]),
        ("2025-10-19", &[(Number, "2025-10-19")]),
        ("$6.25", &[(Symbol, "$"), (Number, "6.25")]),
        ("£5bn", &[(Symbol, "£"), (Word, "5bn")]),
        ("10%", &[(Number, "10"), (Symbol, "%")]),
        ("5‰", &[(Number, "5"), (Symbol, "‰")]),
        (
            "at 5:30 pm",
            &[(Word, "at"), (Number, "5:30"), (Word, "pm")],
        ),
        ("12:45:00", &[(Number, "12:45:00")]),
        ("10/19/2025", &[(Number, "10/19/2025")]),
        ("24/7", &[(Number, "24/7")]),
        ("and/or", &[(Word, "and"), (Punct, "/"), (Word, "or")]),
        ("1990s", &[(Word, "1990s")]),
        ("3.5bn", &[(Word, "3.5bn")]),
        ("in 2025.", &[(Word, "in"), (Number, "2025"), (Punct, ".")]),
        (
            "1,000, then",
            &[(Number, "1,000"), (Punct, ","), (Word, "then")],
        ),
        ("192.168.0.1", &[(Number, "192.168.0.1")]),
    ]);
}

#[test]
fn ampersand_between_capitals() {
    check(&[
        ("AT&T", &[(Word, "AT&T")]),
        ("S&P 500", &[(Word, "S&P"), (Number, "500")]),
        ("Q&A", &[(Word, "Q&A")]),
        ("rock&roll", &[(Word, "rock"), (Punct, "&"), (Word, "roll")]),
        ("A & B", &[(Word, "A"), (Punct, "&"), (Word, "B")]),
    ]);
}

#[test]
fn urls() {
    check(&[
        (
            "see https://example.com/a?b=1&c=2.",
            &[
                (Word, "see"),
                (Url, "https://example.com/a?b=1&c=2"),
                (Punct, "."),
            ],
        ),
        (
            "(http://x.org/wiki/A_(b))",
            &[(Punct, "("), (Url, "http://x.org/wiki/A_(b)"), (Punct, ")")],
        ),
        ("HTTPS://EXAMPLE.COM", &[(Url, "HTTPS://EXAMPLE.COM")]),
        (
            "ftp://files.example.net/x",
            &[(Url, "ftp://files.example.net/x")],
        ),
        (
            "https://ru.wikipedia.org/wiki/Москва",
            &[(Url, "https://ru.wikipedia.org/wiki/Москва")],
        ),
        (
            "“https://x.co/a”",
            &[(Punct, "“"), (Url, "https://x.co/a"), (Punct, "”")],
        ),
        (
            "www.msn.com.How",
            &[(Url, "www.msn.com"), (Punct, "."), (Word, "How")],
        ),
        ("www.example.xyz/path", &[(Url, "www.example.xyz/path")]),
        // Bare domains with a listed top-level domain.
        ("example.com", &[(Url, "example.com")]),
        (
            "on TheHill.com.",
            &[(Word, "on"), (Url, "TheHill.com"), (Punct, ".")],
        ),
        ("bbc.co.uk/news", &[(Url, "bbc.co.uk/news")]),
        ("EXPRESS.CO.UK", &[(Url, "EXPRESS.CO.UK")]),
        ("belta.by", &[(Url, "belta.by")]),
        ("my-site.org:8080/x", &[(Url, "my-site.org:8080/x")]),
        // Not domains.
        ("Hill.TV", &[(Word, "Hill.TV")]),
        ("file.jpg", &[(Word, "file.jpg")]),
        (
            "https://",
            &[(Word, "https"), (Punct, ":"), (Punct, "/"), (Punct, "/")],
        ),
    ]);
}

#[test]
fn emails_mentions_hashtags() {
    check(&[
        (
            "mail john.smith+news@mail.example.org.",
            &[
                (Word, "mail"),
                (Email, "john.smith+news@mail.example.org"),
                (Punct, "."),
            ],
        ),
        ("a@b", &[(Word, "a"), (Punct, "@"), (Word, "b")]),
        ("@AP_news said", &[(Mention, "@AP_news"), (Word, "said")]),
        ("@john.smith", &[(Mention, "@john.smith")]),
        ("@ home", &[(Punct, "@"), (Word, "home")]),
        (
            "#BreakingNews!",
            &[(Hashtag, "#BreakingNews"), (Punct, "!")],
        ),
        ("#Україна", &[(Hashtag, "#Україна")]),
        ("#1", &[(Punct, "#"), (Number, "1")]),
        (
            "C# and F#",
            &[
                (Word, "C"),
                (Punct, "#"),
                (Word, "and"),
                (Word, "F"),
                (Punct, "#"),
            ],
        ),
    ]);
}

#[test]
fn punctuation() {
    check(&[
        (
            "“Yes,” he said.",
            &[
                (Punct, "“"),
                (Word, "Yes"),
                (Punct, ","),
                (Punct, "”"),
                (Word, "he"),
                (Word, "said"),
                (Punct, "."),
            ],
        ),
        (
            "(a) [b] {c}",
            &[
                (Punct, "("),
                (Word, "a"),
                (Punct, ")"),
                (Punct, "["),
                (Word, "b"),
                (Punct, "]"),
                (Punct, "{"),
                (Word, "c"),
                (Punct, "}"),
            ],
        ),
        (
            "«Да» — нет",
            &[
                (Punct, "«"),
                (Word, "Да"),
                (Punct, "»"),
                (Punct, "—"),
                (Word, "нет"),
            ],
        ),
        ("Wait…", &[(Word, "Wait"), (Punct, "…")]),
        (
            "a+b=c",
            &[
                (Word, "a"),
                (Symbol, "+"),
                (Word, "b"),
                (Symbol, "="),
                (Word, "c"),
            ],
        ),
        ("© 2025", &[(Symbol, "©"), (Number, "2025")]),
    ]);
}

#[test]
fn scripts_and_emoji() {
    check(&[
        (
            "Москва и Минск",
            &[(Word, "Москва"), (Word, "и"), (Word, "Минск")],
        ),
        ("한국어 뉴스", &[(Word, "한국어"), (Word, "뉴스")]),
        ("café naïve", &[(Word, "café"), (Word, "naïve")]),
        ("e\u{301}te\u{301}", &[(Word, "e\u{301}te\u{301}")]),
        ("Ελλάδα", &[(Word, "Ελλάδα")]),
        ("שלום", &[(Word, "שלום")]),
        ("中国人", &[(Word, "中"), (Word, "国"), (Word, "人")]),
        ("カタカナ", &[(Word, "カタカナ")]),
        (
            "ok 👍🏽 🇺🇸🇬🇧 👨\u{200D}👩\u{200D}👧",
            &[
                (Word, "ok"),
                (Emoji, "👍🏽"),
                (Emoji, "🇺🇸"),
                (Emoji, "🇬🇧"),
                (Emoji, "👨\u{200D}👩\u{200D}👧"),
            ],
        ),
        ("1\u{FE0F}\u{20E3}", &[(Emoji, "1\u{FE0F}\u{20E3}")]),
        ("❤\u{FE0F}", &[(Emoji, "❤\u{FE0F}")]),
        ("snake_case", &[(Word, "snake_case")]),
        ("\u{0}", &[(Other, "\u{0}")]),
    ]);
}

#[test]
fn kinds_have_names() {
    assert_eq!(Kind::ALL.len(), 11);
    let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "word", "number", "punct", "symbol", "url", "email", "hashtag", "mention", "emoji",
            "space", "other"
        ]
    );
}
