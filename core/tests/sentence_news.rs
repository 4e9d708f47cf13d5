//! News-mode cases: every phenomenon of the contract plus false-split
//! traps. Each case is the text and the sentences a copy editor would
//! produce, compared like `score_sbd.py` (trimmed, white-space runs
//! collapsed to one space, empty segments dropped). All cases are run and
//! every failure is reported.

use tidings_core::sentence::{Mode, sentences};

type Case = (&'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // --- titles and honorifics -------------------------------------------
    ("Mr. Smith arrived. He sat down.", &["Mr. Smith arrived.", "He sat down."]),
    ("Gen. Mark Milley spoke on Tuesday.", &["Gen. Mark Milley spoke on Tuesday."]),
    ("Lt. Col. Alexander Vindman testified.", &["Lt. Col. Alexander Vindman testified."]),
    (
        "Sen. Ted Cruz, R-Texas, objected. The vote failed.",
        &["Sen. Ted Cruz, R-Texas, objected.", "The vote failed."],
    ),
    ("Gov. Gavin Newsom signed the bill.", &["Gov. Gavin Newsom signed the bill."]),
    (
        "The bill was signed by ex-Gov. Jerry Brown in 2018.",
        &["The bill was signed by ex-Gov. Jerry Brown in 2018."],
    ),
    ("Former Rep. Liz Cheney lost. She conceded.", &["Former Rep. Liz Cheney lost.", "She conceded."]),
    (
        "Dr. Anthony Fauci and Mrs. Clinton attended.",
        &["Dr. Anthony Fauci and Mrs. Clinton attended."],
    ),
    (
        "Army Gen. Mark Milley and Adm. Mike Gilday briefed reporters.",
        &["Army Gen. Mark Milley and Adm. Mike Gilday briefed reporters."],
    ),
    ("Cllr. Jane Brown objected to the plan.", &["Cllr. Jane Brown objected to the plan."]),
    (
        "Supt. John Smith said the search continues.",
        &["Supt. John Smith said the search continues."],
    ),
    ("Prof. Jane Doe of Harvard disagreed.", &["Prof. Jane Doe of Harvard disagreed."]),
    (
        "The Rev. Martin Luther King Jr. spoke in 1963.",
        &["The Rev. Martin Luther King Jr. spoke in 1963."],
    ),
    ("Det. Sgt. Mary Jones led the inquiry.", &["Det. Sgt. Mary Jones led the inquiry."]),
    (
        "\"We are ready,\" Gov. Kathy Hochul said. \"Are you?\"",
        &["\"We are ready,\" Gov. Kathy Hochul said.", "\"Are you?\""],
    ),
    (
        "U.S. Sec. of State Marco Rubio flew to Kyiv.",
        &["U.S. Sec. of State Marco Rubio flew to Kyiv."],
    ),
    // --- initials ----------------------------------------------------------
    ("Donald J. Trump won the election.", &["Donald J. Trump won the election."]),
    ("J.R.R. Tolkien wrote The Hobbit.", &["J.R.R. Tolkien wrote The Hobbit."]),
    (
        "The novel was written by J.K. Rowling. It sold millions.",
        &["The novel was written by J.K. Rowling.", "It sold millions."],
    ),
    (
        "Voters approved Proposition A. The measure takes effect in July.",
        &["Voters approved Proposition A.", "The measure takes effect in July."],
    ),
    (
        "It was between him and I. Then the bell rang.",
        &["It was between him and I.", "Then the bell rang."],
    ),
    (
        "George W. Bush and John F. Kennedy Jr. attended.",
        &["George W. Bush and John F. Kennedy Jr. attended."],
    ),
    ("E. Jean Carroll sued him.", &["E. Jean Carroll sued him."]),
    ("The F.B.I. Director testified.", &["The F.B.I. Director testified."]),
    (
        "He joined the F.B.I. The bureau declined to comment.",
        &["He joined the F.B.I.", "The bureau declined to comment."],
    ),
    // --- abbreviations that may end a sentence -----------------------------
    (
        "I live in the U.S. Officials said the rule would change.",
        &["I live in the U.S.", "Officials said the rule would change."],
    ),
    ("The U.S. Senate passed the bill.", &["The U.S. Senate passed the bill."]),
    ("The U.S. Supreme Court ruled on Friday.", &["The U.S. Supreme Court ruled on Friday."]),
    (
        "She moved to the U.K. Last year she returned.",
        &["She moved to the U.K.", "Last year she returned."],
    ),
    ("U.S. Rep. Ilhan Omar spoke.", &["U.S. Rep. Ilhan Omar spoke."]),
    (
        "U.N. Secretary-General Antonio Guterres called for calm.",
        &["U.N. Secretary-General Antonio Guterres called for calm."],
    ),
    ("U.S.-based companies rallied.", &["U.S.-based companies rallied."]),
    (
        "The rally was held in Washington, D.C. Thousands attended.",
        &["The rally was held in Washington, D.C.", "Thousands attended."],
    ),
    ("The D.C. Council voted 12-1.", &["The D.C. Council voted 12-1."]),
    (
        "The U.S. and Canada agreed. Mexico did not.",
        &["The U.S. and Canada agreed.", "Mexico did not."],
    ),
    (
        "The case went to the U.S. 9th Circuit Court of Appeals.",
        &["The case went to the U.S. 9th Circuit Court of Appeals."],
    ),
    (
        "The U.S. Institute of Peace was renamed.",
        &["The U.S. Institute of Peace was renamed."],
    ),
    ("Apple Inc. CEO Tim Cook unveiled the phone.", &["Apple Inc. CEO Tim Cook unveiled the phone."]),
    (
        "Shares of Apple Inc. rose 3%. The Nasdaq gained.",
        &["Shares of Apple Inc. rose 3%.", "The Nasdaq gained."],
    ),
    (
        "He works for Acme Corp. The company makes anvils.",
        &["He works for Acme Corp.", "The company makes anvils."],
    ),
    ("Samsung Electronics Co. Ltd. reported earnings.", &["Samsung Electronics Co. Ltd. reported earnings."]),
    (
        "They bought apples, pears, etc. Then they left.",
        &["They bought apples, pears, etc.", "Then they left."],
    ),
    ("They bought apples, pears, etc. and went home.", &["They bought apples, pears, etc. and went home."]),
    (
        "Martin Luther King Jr. Day is a federal holiday.",
        &["Martin Luther King Jr. Day is a federal holiday."],
    ),
    ("The suspect, John Smith Jr., was arrested.", &["The suspect, John Smith Jr., was arrested."]),
    (
        "She lives in St. Louis. He lives on Main St. They rarely meet.",
        &["She lives in St. Louis.", "He lives on Main St.", "They rarely meet."],
    ),
    (
        "No. 10 Downing St. is the prime minister's residence.",
        &["No. 10 Downing St. is the prime minister's residence."],
    ),
    (
        "He visited No. 10 Downing St. The prime minister was out.",
        &["He visited No. 10 Downing St.", "The prime minister was out."],
    ),
    ("She is a Ph.D. student at Yale.", &["She is a Ph.D. student at Yale."]),
    ("He earned a Ph.D. He then taught at Yale.", &["He earned a Ph.D.", "He then taught at Yale."]),
    (
        "LOS ANGELES, Calif. \u{2014} The fire spread overnight.",
        &["LOS ANGELES, Calif. \u{2014} The fire spread overnight."],
    ),
    (
        "He grew up in Springfield, Ill. His parents still live there.",
        &["He grew up in Springfield, Ill.", "His parents still live there."],
    ),
    (
        "The company, based in St. Petersburg, Fla., said it would appeal.",
        &["The company, based in St. Petersburg, Fla., said it would appeal."],
    ),
    (
        "It happened in Springfield, Mass. The town was quiet.",
        &["It happened in Springfield, Mass.", "The town was quiet."],
    ),
    (
        "The case is Roe v. Wade. It was decided in 1973.",
        &["The case is Roe v. Wade.", "It was decided in 1973."],
    ),
    (
        "Several states, e.g. Texas and Florida, sued.",
        &["Several states, e.g. Texas and Florida, sued."],
    ),
    ("He scored 3 goals vs. Chelsea on Sunday.", &["He scored 3 goals vs. Chelsea on Sunday."]),
    ("The trial is set for Tues. Oct. 5 in Boston.", &["The trial is set for Tues. Oct. 5 in Boston."]),
    ("He lives in Co. Kerry on the west coast.", &["He lives in Co. Kerry on the west coast."]),
    ("The deal was done by Pitt & Co. Shares jumped.", &["The deal was done by Pitt & Co.", "Shares jumped."]),
    (
        "The F.D.A. approved the drug. Doctors welcomed it.",
        &["The F.D.A. approved the drug.", "Doctors welcomed it."],
    ),
    ("The firm, Smith & Wesson Brands Inc., fell.", &["The firm, Smith & Wesson Brands Inc., fell."]),
    ("Amazon.com Inc. said sales rose.", &["Amazon.com Inc. said sales rose."]),
    // --- months ------------------------------------------------------------
    ("The attack happened on Oct. 19 in Gaza.", &["The attack happened on Oct. 19 in Gaza."]),
    ("The talks began Sept. 15, 2023, in Minsk.", &["The talks began Sept. 15, 2023, in Minsk."]),
    ("The law took effect in Sept. The rules changed.", &["The law took effect in Sept.", "The rules changed."]),
    ("Jan. 6 was a dark day.", &["Jan. 6 was a dark day."]),
    (
        "On Feb. 24, 2022, Russia invaded Ukraine. The war continues.",
        &["On Feb. 24, 2022, Russia invaded Ukraine.", "The war continues."],
    ),
    // --- numbers -----------------------------------------------------------
    ("He is ranked No. 2 in the world.", &["He is ranked No. 2 in the world."]),
    ("See Fig. 3 for details.", &["See Fig. 3 for details."]),
    ("Please turn to pp. 10-12.", &["Please turn to pp. 10-12."]),
    (
        "The company earned $6.25 billion. Profit rose 3.5% in the quarter.",
        &["The company earned $6.25 billion.", "Profit rose 3.5% in the quarter."],
    ),
    (
        "Inflation was 0.5 percent in May. Prices fell.",
        &["Inflation was 0.5 percent in May.", "Prices fell."],
    ),
    (
        "Version 2.1.3 fixed the bug. Users should update.",
        &["Version 2.1.3 fixed the bug.", "Users should update."],
    ),
    ("Python 3.12 is out.", &["Python 3.12 is out."]),
    (
        "The stock closed at $100.50. It had opened at $98.",
        &["The stock closed at $100.50.", "It had opened at $98."],
    ),
    ("The vote was 52-48. Democrats objected.", &["The vote was 52-48.", "Democrats objected."]),
    ("He finished in 2019. 2020 was worse.", &["He finished in 2019.", "2020 was worse."]),
    (
        "Sales hit 1.5 million units. 40% were exported.",
        &["Sales hit 1.5 million units.", "40% were exported."],
    ),
    (
        "Listed as ABC.L in London, the shares fell.",
        &["Listed as ABC.L in London, the shares fell."],
    ),
    ("It was 5 ft. 10 in. tall.", &["It was 5 ft. 10 in. tall."]),
    ("He is 6 ft. The doctor measured him.", &["He is 6 ft.", "The doctor measured him."]),
    ("Come in. The door is open.", &["Come in.", "The door is open."]),
    ("He said no. No one listened.", &["He said no.", "No one listened."]),
    ("Section 5(1) of the act applies.", &["Section 5(1) of the act applies."]),
    // --- times -------------------------------------------------------------
    (
        "The meeting starts at 10:30 a.m. ET on Tuesday.",
        &["The meeting starts at 10:30 a.m. ET on Tuesday."],
    ),
    (
        "The polls close at 8 p.m. Officials expect long lines.",
        &["The polls close at 8 p.m.", "Officials expect long lines."],
    ),
    ("Shortly after 9 p.m. Smith called 911.", &["Shortly after 9 p.m. Smith called 911."]),
    (
        "The store closes at 9 p.m. Smith said he would come early.",
        &["The store closes at 9 p.m.", "Smith said he would come early."],
    ),
    ("The vote is set for 5 p.m. Tuesday.", &["The vote is set for 5 p.m. Tuesday."]),
    (
        "The launch is at 10 a.m. (1400 GMT) on Friday.",
        &["The launch is at 10 a.m. (1400 GMT) on Friday."],
    ),
    ("He left at 6 p.m. He returned at midnight.", &["He left at 6 p.m.", "He returned at midnight."]),
    ("The game starts at 7 p.m. Eastern.", &["The game starts at 7 p.m. Eastern."]),
    (
        "She left at 3 a.m. on Friday. Police arrived later.",
        &["She left at 3 a.m. on Friday.", "Police arrived later."],
    ),
    ("The meeting ended at 5 p.m.", &["The meeting ended at 5 p.m."]),
    // --- ellipses ----------------------------------------------------------
    ("He paused... Then he left.", &["He paused...", "Then he left."]),
    ("Well... maybe we should go.", &["Well... maybe we should go."]),
    (
        "The list included apples, pears... and so on. The rest was junk.",
        &["The list included apples, pears... and so on.", "The rest was junk."],
    ),
    (
        "They discussed trade ... and so on. Talks resume Monday.",
        &["They discussed trade ... and so on.", "Talks resume Monday."],
    ),
    ("\u{201c}I don\u{2019}t know\u{2026}\u{201d} He paused.", &["\u{201c}I don\u{2019}t know\u{2026}\u{201d}", "He paused."]),
    ("It was late\u{2026} Everyone had gone home.", &["It was late\u{2026}", "Everyone had gone home."]),
    ("It was late\u{2026} and cold.", &["It was late\u{2026} and cold."]),
    (
        "The statement read: \u{201c}We will [...] respond in time.\u{201d}",
        &["The statement read: \u{201c}We will [...] respond in time.\u{201d}"],
    ),
    // --- quotations --------------------------------------------------------
    ("\"Why now?\" he asked.", &["\"Why now?\" he asked."]),
    (
        "\"Why now?\" Lindqvist asked. \"Because we can.\"",
        &["\"Why now?\" Lindqvist asked.", "\"Because we can.\""],
    ),
    (
        "\"The match is over. We go home,\" she said.",
        &["\"The match is over.", "We go home,\" she said."],
    ),
    ("\u{201c}Who knew?\u{201d} she asked.", &["\u{201c}Who knew?\u{201d} she asked."]),
    (
        "\u{201c}What is going on?\u{201d} Sen. Jane Doe asked reporters.",
        &["\u{201c}What is going on?\u{201d} Sen. Jane Doe asked reporters."],
    ),
    ("\u{201c}We won!\u{201d} He shouted it twice.", &["\u{201c}We won!\u{201d}", "He shouted it twice."]),
    ("She said, \"This is great.\" Then she left.", &["She said, \"This is great.\"", "Then she left."]),
    (
        "\u{201c}It\u{2019}s over,\u{201d} Smith said. \u{201c}We lost.\u{201d}",
        &["\u{201c}It\u{2019}s over,\u{201d} Smith said.", "\u{201c}We lost.\u{201d}"],
    ),
    (
        "He called it \u{201c}a disaster.\u{201d} Others disagreed.",
        &["He called it \u{201c}a disaster.\u{201d}", "Others disagreed."],
    ),
    (
        "The minister called the plan \u{201c}absurd.\u{201d}The opposition agreed.",
        &["The minister called the plan \u{201c}absurd.\u{201d}", "The opposition agreed."],
    ),
    (
        "Both sides want peace, he added.\u{201d}We can help,\u{201d} Tertel said.",
        &["Both sides want peace, he added.", "\u{201d}We can help,\u{201d} Tertel said."],
    ),
    ("\u{201c}Is it true?\u{201d}He nodded.", &["\u{201c}Is it true?\u{201d}", "He nodded."]),
    ("'This is great.' she said.", &["'This is great.' she said."]),
    ("He said: \"I'm done.\" And he left.", &["He said: \"I'm done.\"", "And he left."]),
    // --- brackets and credits ----------------------------------------------
    (
        "The vote was close. (The final tally was 5-4.) Critics called for a recount.",
        &["The vote was close.", "(The final tally was 5-4.)", "Critics called for a recount."],
    ),
    ("He spoke (briefly) and left.", &["He spoke (briefly) and left."]),
    (
        "Lukashenko in Sochi, Russia, on Sept. 15, 2023. (Mikhail Metzel/Pool/AFP via Getty Images)",
        &["Lukashenko in Sochi, Russia, on Sept. 15, 2023.", "(Mikhail Metzel/Pool/AFP via Getty Images)"],
    ),
    (
        "The ship sank. (Photo: Jane Doe/Reuters) Rescuers searched all night.",
        &["The ship sank.", "(Photo: Jane Doe/Reuters)", "Rescuers searched all night."],
    ),
    (
        "WASHINGTON (AP) \u{2014} The Senate voted on Tuesday.",
        &["WASHINGTON (AP) \u{2014} The Senate voted on Tuesday."],
    ),
    (
        "MINSK, Belarus (Reuters) - Belarus freed 52 prisoners. The U.S. lifted sanctions.",
        &["MINSK, Belarus (Reuters) - Belarus freed 52 prisoners.", "The U.S. lifted sanctions."],
    ),
    ("He cited the law (Sec. 5) in court.", &["He cited the law (Sec. 5) in court."]),
    (
        "The group (formerly XYZ Inc.) was renamed.",
        &["The group (formerly XYZ Inc.) was renamed."],
    ),
    (
        "The aircraft (a Boeing 737) landed safely. No one was hurt.",
        &["The aircraft (a Boeing 737) landed safely.", "No one was hurt."],
    ),
    // --- lists -------------------------------------------------------------
    ("1. Milk\n2. Eggs\n3. Bread", &["1. Milk", "2. Eggs", "3. Bread"]),
    ("\u{2022} First point\n\u{2022} Second point", &["\u{2022} First point", "\u{2022} Second point"]),
    ("- Item one\n- Item two", &["- Item one", "- Item two"]),
    (
        "(a) The first condition (b) The second condition",
        &["(a) The first condition", "(b) The second condition"],
    ),
    (
        "The top three were:\n1. Smith\n2. Jones\n3. Brown",
        &["The top three were:", "1. Smith", "2. Jones", "3. Brown"],
    ),
    (
        "A. The first option B. The second option",
        &["A. The first option", "B. The second option"],
    ),
    // --- URLs, e-mail addresses, domains -----------------------------------
    ("Visit www.example.com. The site has more.", &["Visit www.example.com.", "The site has more."]),
    ("Email jane.doe@example.org. She replies quickly.", &["Email jane.doe@example.org.", "She replies quickly."]),
    (
        "Read more at https://example.com/news/story.html?id=5. It is free.",
        &["Read more at https://example.com/news/story.html?id=5.", "It is free."],
    ),
    ("The Node.js runtime was updated.", &["The Node.js runtime was updated."]),
    ("Contact press@Example.Com for details.", &["Contact press@Example.Com for details."]),
    // --- glued sentences ---------------------------------------------------
    (
        "It was raining in the area.The US recognizes the risk.",
        &["It was raining in the area.", "The US recognizes the risk."],
    ),
    ("He was late.Then he left.", &["He was late.", "Then he left."]),
    ("What?No way.", &["What?", "No way."]),
    ("Prices rose 5%.Analysts were surprised.", &["Prices rose 5%.", "Analysts were surprised."]),
    ("The U.S.-Mexico border is busy.", &["The U.S.-Mexico border is busy."]),
    ("It ended in a draw.A rematch is planned.", &["It ended in a draw.", "A rematch is planned."]),
    ("Mr.Smith arrived late.", &["Mr.Smith arrived late."]),
    // --- line structure ----------------------------------------------------
    (
        "KGB boss reveals details of talks with US\n\nWait 5 sec.\n\nThe Ukraine conflict is on the agenda.",
        &["KGB boss reveals details of talks with US", "Wait 5 sec.", "The Ukraine conflict is on the agenda."],
    ),
    (
        "Belarus seeks talks with Kyiv\nby Dmytro Basmat\nThe head of the agency spoke.",
        &["Belarus seeks talks with Kyiv", "by Dmytro Basmat", "The head of the agency spoke."],
    ),
    (
        "Monday, October 20, 2025\nBelarus seeks talks with Kyiv",
        &["Monday, October 20, 2025", "Belarus seeks talks with Kyiv"],
    ),
    ("The president met the\nPrime Minister on Monday.", &["The president met the Prime Minister on Monday."]),
    (
        "This sentence was hard-wrapped\nin the middle of a clause.",
        &["This sentence was hard-wrapped in the middle of a clause."],
    ),
    ("Home\nNews\nSports", &["Home", "News", "Sports"]),
    (
        "Leave a Reply\nYour email address will not be published.",
        &["Leave a Reply", "Your email address will not be published."],
    ),
    ("Source\nReuters", &["Source", "Reuters"]),
    ("He met Gen.\nSmith at dawn.", &["He met Gen. Smith at dawn."]),
    ("Rostov-\non-Don is a city.", &["Rostov- on-Don is a city."]),
    ("First line.\r\nSecond line.\r\n", &["First line.", "Second line."]),
    ("\n\n  Leading blank lines. Then text.", &["Leading blank lines.", "Then text."]),
    ("A headline\u{2029}A paragraph.", &["A headline", "A paragraph."]),
    (
        "FILE PHOTO. \u{a9} Sputnik / Pavel Bednyakov",
        &["FILE PHOTO.", "\u{a9} Sputnik / Pavel Bednyakov"],
    ),
    // --- sentence starts: brands, scripts, digits --------------------------
    ("Apple reported results. iPhone sales rose 5%.", &["Apple reported results.", "iPhone sales rose 5%."]),
    ("The auction closed. eBay said bids were strong.", &["The auction closed.", "eBay said bids were strong."]),
    (
        "\u{41e}\u{43d} \u{443}\u{448}\u{451}\u{43b}. \u{41e}\u{43d}\u{430} \u{43e}\u{441}\u{442}\u{430}\u{43b}\u{430}\u{441}\u{44c}.",
        &["\u{41e}\u{43d} \u{443}\u{448}\u{451}\u{43b}.", "\u{41e}\u{43d}\u{430} \u{43e}\u{441}\u{442}\u{430}\u{43b}\u{430}\u{441}\u{44c}."],
    ),
    ("Il est parti. \u{c9}ric est rest\u{e9}.", &["Il est parti.", "\u{c9}ric est rest\u{e9}."]),
    ("The match ended. 3,000 fans stayed to cheer.", &["The match ended.", "3,000 fans stayed to cheer."]),
    (
        "He arrived. \u{bf}Qu\u{e9} pasa? Nobody knew.",
        &["He arrived.", "\u{bf}Qu\u{e9} pasa?", "Nobody knew."],
    ),
    (
        "\u{4eca}\u{5929}\u{5929}\u{6c14}\u{5f88}\u{597d}\u{3002}\u{6211}\u{4eec}\u{53bb}\u{516c}\u{56ed}\u{5427}\u{3002}",
        &["\u{4eca}\u{5929}\u{5929}\u{6c14}\u{5f88}\u{597d}\u{3002}", "\u{6211}\u{4eec}\u{53bb}\u{516c}\u{56ed}\u{5427}\u{3002}"],
    ),
    // --- exclamations and questions ----------------------------------------
    ("She works at Yahoo! Finance as an editor.", &["She works at Yahoo! Finance as an editor."]),
    ("He won on Jeopardy! The show aired Monday.", &["He won on Jeopardy!", "The show aired Monday."]),
    ("Stop! Police!", &["Stop!", "Police!"]),
    ("Wow!! That was close.", &["Wow!!", "That was close."]),
    ("Really?! We had no idea.", &["Really?!", "We had no idea."]),
    // --- miscellaneous traps -----------------------------------------------
    ("The temperature was 20 \u{b0}C. It was warm.", &["The temperature was 20 \u{b0}C.", "It was warm."]),
    ("He spent $5. That was all.", &["He spent $5.", "That was all."]),
    ("It cost \u{a3}5.50 a pint.", &["It cost \u{a3}5.50 a pint."]),
    ("The Ukraine war, per the U.N., displaced millions.", &["The Ukraine war, per the U.N., displaced millions."]),
    ("The team won 3-1 at St. James' Park.", &["The team won 3-1 at St. James' Park."]),
    ("That is JFK Jr.\u{2019}s book.", &["That is JFK Jr.\u{2019}s book."]),
];

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn news_cases() {
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let want: Vec<String> = expected.iter().map(|s| norm(s)).filter(|s| !s.is_empty()).collect();
        let got: Vec<String> = sentences(text, Mode::News)
            .map(|s| norm(s.text(text)))
            .filter(|s| !s.is_empty())
            .collect();
        if got != want {
            failures.push(format!("  text:     {text:?}\n  expected: {want:?}\n  got:      {got:?}"));
        }
    }
    println!("{} of {} news cases pass", CASES.len() - failures.len(), CASES.len());
    assert!(CASES.len() >= 120);
    assert!(
        failures.is_empty(),
        "{} of {} news cases fail:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// The segments always tile the input exactly.
#[test]
fn cases_tile_their_input() {
    for (text, _) in CASES {
        for mode in [Mode::News, Mode::Uax29] {
            let mut at = 0;
            for s in sentences(text, mode) {
                assert_eq!(s.start, at, "{text:?}");
                assert!(s.end > s.start);
                at = s.end;
            }
            assert_eq!(at, text.len(), "{text:?}");
        }
    }
}
