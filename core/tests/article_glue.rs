//! Glue repair, table-driven through the public segmenter: which lines are
//! split where, and which are left alone.

use tidings_core::article::glue::Flags;
use tidings_core::article::lines;
use tidings_core::article::segment::Segments;

fn split(text: &str) -> Vec<&str> {
    Segments::new(text, lines::wrap_width(text), true)
        .map(|s| s.text(text))
        .collect()
}

#[test]
fn splits_where_a_break_was_dropped() {
    let cases: &[(&str, &[&str])] = &[
        // Sentence glue.
        (
            "stability in the area.The US recognizes the expertise",
            &["stability in the area.", "The US recognizes the expertise"],
        ),
        (
            "an end, he added.”We can make a contribution to that,” Tertel said",
            &[
                "an end, he added.",
                "”We can make a contribution to that,” Tertel said",
            ],
        ),
        (
            "under Trump’s predecessor, Joe Biden.In September, Washington",
            &[
                "under Trump’s predecessor, Joe Biden.",
                "In September, Washington",
            ],
        ),
        (
            "according to the security chief.According to Tertel",
            &["according to the security chief.", "According to Tertel"],
        ),
        ("Is it over?Yes, it is", &["Is it over?", "Yes, it is"]),
        (
            "в этом году.Однако позже",
            &["в этом году.", "Однако позже"],
        ),
        // Camel glue.
        (
            "Kiev’s head of national security also claimsLukashenko may take part",
            &[
                "Kiev’s head of national security also claims",
                "Lukashenko may take part",
            ],
        ),
        (
            "The decision was later overturned. Subscribe to the NewsletterBelarus Weekly",
            &[
                "The decision was later overturned. Subscribe to the Newsletter",
                "Belarus Weekly",
            ],
        ),
        (
            "Say Cheese? Detroit's Top 3 Cheese ShopsWondering where to find it",
            &[
                "Say Cheese? Detroit's Top 3 Cheese Shops",
                "Wondering where to find it",
            ],
        ),
    ];
    for (line, want) in cases {
        assert_eq!(split(line).as_slice(), *want, "{line}");
    }
}

#[test]
fn leaves_names_abbreviations_urls_and_numbers_alone() {
    let lines = [
        "in the U.S. Officials said the U.S.Army and the U.K. agreed",
        "the new iPhone, eBay, YouTube, McDonald and MacArthur",
        "a PlayStation game on WordPress with JavaScript and LinkedIn",
        "LeBron James met DeSantis and DiCaprio at the McLaren stand",
        "see https://www.example.com/News.Html and mail joe.Smith@example.com",
        "it rose 3.5 percent to $27.2 billion at 10.30am",
        "Mr.Smith and Dr.Jones went to St.Louis",
        "entermedia.co.kr and Example.Com pages",
        "WeWork, FedEx, PayPal, SpaceX and TikTok",
    ];
    for line in lines {
        assert_eq!(split(line), vec![line], "{line}");
    }
}

#[test]
fn standfirst_glued_to_body() {
    let t = "The Ukraine conflict and regional security are on the agenda, Ivan Tertel has told journalists The Ukraine conflict is a primary issue on the agenda.";
    let segs: Vec<_> = Segments::new(t, None, true).collect();
    assert_eq!(segs.len(), 2);
    assert_eq!(
        segs[0].text(t),
        "The Ukraine conflict and regional security are on the agenda, Ivan Tertel has told journalists"
    );
    assert!(segs[0].glue.has(Flags::STANDFIRST));
    assert!(
        segs[1]
            .text(t)
            .starts_with("The Ukraine conflict is a primary issue")
    );
    assert!(segs[1].glue.has(Flags::GLUED));
}

#[test]
fn headline_repeat_glued_after_a_standfirst() {
    let t = "Lukashenko may take part in future peace talks – top Ukrainian official\n\nA group of the “real” negotiators already exists in Russia, Kiev’s head of national security also claimsLukashenko may take part in future peace talks – top Ukrainian official\n";
    let segs: Vec<_> = Segments::new(t, None, true).collect();
    let texts: Vec<&str> = segs.iter().map(|s| s.text(t)).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(segs[1].glue.has(Flags::STANDFIRST));
    assert!(segs[2].glue.has(Flags::REPEAT));
    assert_eq!(texts[2], texts[0]);
}

#[test]
fn glue_repair_can_be_switched_off() {
    let t = "in the area.The US recognizes";
    assert_eq!(Segments::new(t, None, false).count(), 1);
}

#[test]
fn hard_wrapped_paragraph_is_one_segment() {
    let t = "This paragraph was wrapped at a fixed column by the tool that\n\
             produced the text dump, so that every line but the last one is\n\
             nearly as wide as the widest line of the page; the parser joins\n\
             them back into one block.\n\
             \n\
             A second paragraph follows after a blank line and stays apart\n\
             from the first one, as it should in the record of the page.\n";
    let segs: Vec<_> = Segments::new(t, lines::wrap_width(t), true).collect();
    assert_eq!(
        segs.len(),
        2,
        "{:?}",
        segs.iter().map(|s| s.text(t)).collect::<Vec<_>>()
    );
    assert!(segs[0].wrapped && segs[1].wrapped);
}
