//! Snapshot of the news-mode token stream of every seed page, one
//! `kind text` line per token (control characters escaped, so a line is
//! one token).
//! Reviewed by eye: `U.S.`, `Sept.`, `Zapad-2025`, `Rostov-on-Don`,
//! `Lukashenko’s`, `2025-10-19` are one token each; `$` and `6.25` two.

use std::fmt::Write as _;
use tidings_core::token::{Mode, tokenize};

/// Control characters escaped (`\n`, `\u{200b}`...), everything else as is.
fn escape(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\\' => "\\\\".to_string(),
            c if c.is_control()
                || matches!(
                    c,
                    '\u{200B}'..='\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}'
                ) =>
            {
                c.escape_unicode().to_string()
            }
            c => c.to_string(),
        })
        .collect()
}

fn render(text: &str) -> String {
    let mut out = String::new();
    for t in tokenize(text, Mode::News) {
        let _ = writeln!(out, "{} {}", t.kind.as_str(), escape(t.text(text)));
    }
    out
}

macro_rules! seed {
    ($name:ident, $file:literal) => {
        #[test]
        fn $name() {
            let text = include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../tests/data/seeds/",
                $file
            ));
            insta::assert_snapshot!(stringify!($name), render(text));
        }
    };
}

seed!(seed_000, "000_349d354b776c72e0.txt");
seed!(seed_001, "001_1e52c909b08316f0.txt");
seed!(seed_002, "002_2b0c3714e96f9da7.txt");
seed!(seed_003, "003_b543ae3630bb63b1.txt");
seed!(seed_004, "004_5abb4180c74f61c7.txt");

/// The tokens the issue names, found whole in the seeds.
#[test]
fn seeds_have_the_named_tokens() {
    let all: String = [
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/data/seeds/000_349d354b776c72e0.txt"
        )),
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/data/seeds/001_1e52c909b08316f0.txt"
        )),
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/data/seeds/002_2b0c3714e96f9da7.txt"
        )),
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/data/seeds/003_b543ae3630bb63b1.txt"
        )),
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/data/seeds/004_5abb4180c74f61c7.txt"
        )),
    ]
    .join("\n\n");
    let rendered = render(&all);
    let lines: Vec<&str> = rendered.lines().collect();
    for want in [
        "word U.S.",
        "word Sept.",
        "word Zapad-2025",
        "word Rostov-on-Don",
        "word Lukashenko’s",
        "number 2025-10-19",
        "word U.S.-Russia",
    ] {
        assert!(lines.contains(&want), "missing {want:?}");
    }
    let dollar = lines.iter().position(|l| *l == "symbol $");
    assert!(
        dollar.and_then(|i| lines.get(i + 1)) == Some(&"number 6.25"),
        "`$6.25` must be `$` + `6.25`"
    );
}
