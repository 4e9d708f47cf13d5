//! News-mode cases: every phenomenon of the contract plus false-split
//! traps. Each case is the text and the sentences a copy editor would
//! produce, compared like `score_sbd.py` (trimmed, white-space runs
//! collapsed to one space, empty segments dropped). All cases are run and
//! every failure is reported.

use tidings_core::sentence::{Mode, sentences};

type Case = (&'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // --- titles and honorifics -------------------------------------------
    (
        "Mr. Smith arrived. He sat down.",
        &["Mr. Smith arrived.", "He sat down."],
    ),
    (
        "Gen. Mark Milley spoke on Tuesday.",
        &["Gen. Mark Milley spoke on Tuesday."],
    ),
    (
        "Lt. Col. Alexander Vindman testified.",
        &["Lt. Col. Alexander Vindman testified."],
    ),
    (
        "Sen. Ted Cruz, R-Texas, objected. The vote failed.",
        &["Sen. Ted Cruz, R-Texas, objected.", "The vote failed."],
    ),
    (
        "Gov. Gavin Newsom signed the bill.",
        &["Gov. Gavin Newsom signed the bill."],
    ),
    (
        "The bill was signed by ex-Gov. Jerry Brown in 2018.",
        &["The bill was signed by ex-Gov. Jerry Brown in 2018."],
    ),
    (
        "Former Rep. Liz Cheney lost. She conceded.",
        &["Former Rep. Liz Cheney lost.", "She conceded."],
    ),
    (
        "Dr. Anthony Fauci and Mrs. Clinton attended.",
        &["Dr. Anthony Fauci and Mrs. Clinton attended."],
    ),
    (
        "Army Gen. Mark Milley and Adm. Mike Gilday briefed reporters.",
        &["Army Gen. Mark Milley and Adm. Mike Gilday briefed reporters."],
    ),
    (
        "Cllr. Jane Brown objected to the plan.",
        &["Cllr. Jane Brown objected to the plan."],
    ),
    (
        "Supt. John Smith said the search continues.",
        &["Supt. John Smith said the search continues."],
    ),
    (
        "Prof. Jane Doe of Harvard disagreed.",
        &["Prof. Jane Doe of Harvard disagreed."],
    ),
    (
        "The Rev. Martin Luther King Jr. spoke in 1963.",
        &["The Rev. Martin Luther King Jr. spoke in 1963."],
    ),
    (
        "Det. Sgt. Mary Jones led the inquiry.",
        &["Det. Sgt. Mary Jones led the inquiry."],
    ),
    (
        "\"We are ready,\" Gov. Kathy Hochul said. \"Are you?\"",
        &["\"We are ready,\" Gov. Kathy Hochul said.", "\"Are you?\""],
    ),
    (
        "U.S. Sec. of State Marco Rubio flew to Kyiv.",
        &["U.S. Sec. of State Marco Rubio flew to Kyiv."],
    ),
    // --- initials ----------------------------------------------------------
    (
        "Donald J. Trump won the election.",
        &["Donald J. Trump won the election."],
    ),
    (
        "J.R.R. Tolkien wrote The Hobbit.",
        &["J.R.R. Tolkien wrote The Hobbit."],
    ),
    (
        "The novel was written by J.K. Rowling. It sold millions.",
        &[
            "The novel was written by J.K. Rowling.",
            "It sold millions.",
        ],
    ),
    (
        "Voters approved Proposition A. The measure takes effect in July.",
        &[
            "Voters approved Proposition A.",
            "The measure takes effect in July.",
        ],
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
    (
        "The F.B.I. Director testified.",
        &["The F.B.I. Director testified."],
    ),
    (
        "He joined the F.B.I. The bureau declined to comment.",
        &["He joined the F.B.I.", "The bureau declined to comment."],
    ),
    // --- abbreviations that may end a sentence -----------------------------
    (
        "I live in the U.S. Officials said the rule would change.",
        &[
            "I live in the U.S.",
            "Officials said the rule would change.",
        ],
    ),
    (
        "The U.S. Senate passed the bill.",
        &["The U.S. Senate passed the bill."],
    ),
    (
        "The U.S. Supreme Court ruled on Friday.",
        &["The U.S. Supreme Court ruled on Friday."],
    ),
    (
        "She moved to the U.K. Last year she returned.",
        &["She moved to the U.K.", "Last year she returned."],
    ),
    (
        "U.S. Rep. Ilhan Omar spoke.",
        &["U.S. Rep. Ilhan Omar spoke."],
    ),
    (
        "U.N. Secretary-General Antonio Guterres called for calm.",
        &["U.N. Secretary-General Antonio Guterres called for calm."],
    ),
    (
        "U.S.-based companies rallied.",
        &["U.S.-based companies rallied."],
    ),
    (
        "The rally was held in Washington, D.C. Thousands attended.",
        &[
            "The rally was held in Washington, D.C.",
            "Thousands attended.",
        ],
    ),
    (
        "The D.C. Council voted 12-1.",
        &["The D.C. Council voted 12-1."],
    ),
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
    (
        "Apple Inc. CEO Tim Cook unveiled the phone.",
        &["Apple Inc. CEO Tim Cook unveiled the phone."],
    ),
    (
        "Shares of Apple Inc. rose 3%. The Nasdaq gained.",
        &["Shares of Apple Inc. rose 3%.", "The Nasdaq gained."],
    ),
    (
        "He works for Acme Corp. The company makes anvils.",
        &["He works for Acme Corp.", "The company makes anvils."],
    ),
    (
        "Samsung Electronics Co. Ltd. reported earnings.",
        &["Samsung Electronics Co. Ltd. reported earnings."],
    ),
    (
        "They bought apples, pears, etc. Then they left.",
        &["They bought apples, pears, etc.", "Then they left."],
    ),
    (
        "They bought apples, pears, etc. and went home.",
        &["They bought apples, pears, etc. and went home."],
    ),
    (
        "Martin Luther King Jr. Day is a federal holiday.",
        &["Martin Luther King Jr. Day is a federal holiday."],
    ),
    (
        "The suspect, John Smith Jr., was arrested.",
        &["The suspect, John Smith Jr., was arrested."],
    ),
    (
        "She lives in St. Louis. He lives on Main St. They rarely meet.",
        &[
            "She lives in St. Louis.",
            "He lives on Main St.",
            "They rarely meet.",
        ],
    ),
    (
        "No. 10 Downing St. is the prime minister's residence.",
        &["No. 10 Downing St. is the prime minister's residence."],
    ),
    (
        "He visited No. 10 Downing St. The prime minister was out.",
        &[
            "He visited No. 10 Downing St.",
            "The prime minister was out.",
        ],
    ),
    (
        "She is a Ph.D. student at Yale.",
        &["She is a Ph.D. student at Yale."],
    ),
    (
        "He earned a Ph.D. He then taught at Yale.",
        &["He earned a Ph.D.", "He then taught at Yale."],
    ),
    (
        "LOS ANGELES, Calif. \u{2014} The fire spread overnight.",
        &["LOS ANGELES, Calif. \u{2014} The fire spread overnight."],
    ),
    (
        "He grew up in Springfield, Ill. His parents still live there.",
        &[
            "He grew up in Springfield, Ill.",
            "His parents still live there.",
        ],
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
    (
        "He scored 3 goals vs. Chelsea on Sunday.",
        &["He scored 3 goals vs. Chelsea on Sunday."],
    ),
    (
        "The trial is set for Tues. Oct. 5 in Boston.",
        &["The trial is set for Tues. Oct. 5 in Boston."],
    ),
    (
        "He lives in Co. Kerry on the west coast.",
        &["He lives in Co. Kerry on the west coast."],
    ),
    (
        "The deal was done by Pitt & Co. Shares jumped.",
        &["The deal was done by Pitt & Co.", "Shares jumped."],
    ),
    (
        "The F.D.A. approved the drug. Doctors welcomed it.",
        &["The F.D.A. approved the drug.", "Doctors welcomed it."],
    ),
    (
        "The firm, Smith & Wesson Brands Inc., fell.",
        &["The firm, Smith & Wesson Brands Inc., fell."],
    ),
    (
        "Amazon.com Inc. said sales rose.",
        &["Amazon.com Inc. said sales rose."],
    ),
    // --- months ------------------------------------------------------------
    (
        "The attack happened on Oct. 19 in Gaza.",
        &["The attack happened on Oct. 19 in Gaza."],
    ),
    (
        "The talks began Sept. 15, 2023, in Minsk.",
        &["The talks began Sept. 15, 2023, in Minsk."],
    ),
    (
        "The law took effect in Sept. The rules changed.",
        &["The law took effect in Sept.", "The rules changed."],
    ),
    ("Jan. 6 was a dark day.", &["Jan. 6 was a dark day."]),
    (
        "On Feb. 24, 2022, Russia invaded Ukraine. The war continues.",
        &[
            "On Feb. 24, 2022, Russia invaded Ukraine.",
            "The war continues.",
        ],
    ),
    // --- numbers -----------------------------------------------------------
    (
        "He is ranked No. 2 in the world.",
        &["He is ranked No. 2 in the world."],
    ),
    ("See Fig. 3 for details.", &["See Fig. 3 for details."]),
    ("Please turn to pp. 10-12.", &["Please turn to pp. 10-12."]),
    (
        "The company earned $6.25 billion. Profit rose 3.5% in the quarter.",
        &[
            "The company earned $6.25 billion.",
            "Profit rose 3.5% in the quarter.",
        ],
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
    (
        "The vote was 52-48. Democrats objected.",
        &["The vote was 52-48.", "Democrats objected."],
    ),
    (
        "He finished in 2019. 2020 was worse.",
        &["He finished in 2019.", "2020 was worse."],
    ),
    (
        "Sales hit 1.5 million units. 40% were exported.",
        &["Sales hit 1.5 million units.", "40% were exported."],
    ),
    (
        "Listed as ABC.L in London, the shares fell.",
        &["Listed as ABC.L in London, the shares fell."],
    ),
    ("It was 5 ft. 10 in. tall.", &["It was 5 ft. 10 in. tall."]),
    (
        "He is 6 ft. The doctor measured him.",
        &["He is 6 ft.", "The doctor measured him."],
    ),
    (
        "Come in. The door is open.",
        &["Come in.", "The door is open."],
    ),
    (
        "He said no. No one listened.",
        &["He said no.", "No one listened."],
    ),
    (
        "Section 5(1) of the act applies.",
        &["Section 5(1) of the act applies."],
    ),
    // --- times -------------------------------------------------------------
    (
        "The meeting starts at 10:30 a.m. ET on Tuesday.",
        &["The meeting starts at 10:30 a.m. ET on Tuesday."],
    ),
    (
        "The polls close at 8 p.m. Officials expect long lines.",
        &["The polls close at 8 p.m.", "Officials expect long lines."],
    ),
    (
        "Shortly after 9 p.m. Smith called 911.",
        &["Shortly after 9 p.m. Smith called 911."],
    ),
    (
        "The store closes at 9 p.m. Smith said he would come early.",
        &[
            "The store closes at 9 p.m.",
            "Smith said he would come early.",
        ],
    ),
    (
        "The vote is set for 5 p.m. Tuesday.",
        &["The vote is set for 5 p.m. Tuesday."],
    ),
    (
        "The launch is at 10 a.m. (1400 GMT) on Friday.",
        &["The launch is at 10 a.m. (1400 GMT) on Friday."],
    ),
    (
        "He left at 6 p.m. He returned at midnight.",
        &["He left at 6 p.m.", "He returned at midnight."],
    ),
    (
        "The game starts at 7 p.m. Eastern.",
        &["The game starts at 7 p.m. Eastern."],
    ),
    (
        "She left at 3 a.m. on Friday. Police arrived later.",
        &["She left at 3 a.m. on Friday.", "Police arrived later."],
    ),
    (
        "The meeting ended at 5 p.m.",
        &["The meeting ended at 5 p.m."],
    ),
    // --- ellipses ----------------------------------------------------------
    (
        "He paused... Then he left.",
        &["He paused...", "Then he left."],
    ),
    (
        "Well... maybe we should go.",
        &["Well... maybe we should go."],
    ),
    (
        "The list included apples, pears... and so on. The rest was junk.",
        &[
            "The list included apples, pears... and so on.",
            "The rest was junk.",
        ],
    ),
    (
        "They discussed trade ... and so on. Talks resume Monday.",
        &[
            "They discussed trade ... and so on.",
            "Talks resume Monday.",
        ],
    ),
    (
        "\u{201c}I don\u{2019}t know\u{2026}\u{201d} He paused.",
        &["\u{201c}I don\u{2019}t know\u{2026}\u{201d}", "He paused."],
    ),
    (
        "It was late\u{2026} Everyone had gone home.",
        &["It was late\u{2026}", "Everyone had gone home."],
    ),
    (
        "It was late\u{2026} and cold.",
        &["It was late\u{2026} and cold."],
    ),
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
    (
        "\u{201c}Who knew?\u{201d} she asked.",
        &["\u{201c}Who knew?\u{201d} she asked."],
    ),
    (
        "\u{201c}What is going on?\u{201d} Sen. Jane Doe asked reporters.",
        &["\u{201c}What is going on?\u{201d} Sen. Jane Doe asked reporters."],
    ),
    (
        "\u{201c}We won!\u{201d} He shouted it twice.",
        &["\u{201c}We won!\u{201d}", "He shouted it twice."],
    ),
    (
        "She said, \"This is great.\" Then she left.",
        &["She said, \"This is great.\"", "Then she left."],
    ),
    (
        "\u{201c}It\u{2019}s over,\u{201d} Smith said. \u{201c}We lost.\u{201d}",
        &[
            "\u{201c}It\u{2019}s over,\u{201d} Smith said.",
            "\u{201c}We lost.\u{201d}",
        ],
    ),
    (
        "He called it \u{201c}a disaster.\u{201d} Others disagreed.",
        &[
            "He called it \u{201c}a disaster.\u{201d}",
            "Others disagreed.",
        ],
    ),
    (
        "The minister called the plan \u{201c}absurd.\u{201d}The opposition agreed.",
        &[
            "The minister called the plan \u{201c}absurd.\u{201d}",
            "The opposition agreed.",
        ],
    ),
    (
        "Both sides want peace, he added.\u{201d}We can help,\u{201d} Tertel said.",
        &[
            "Both sides want peace, he added.",
            "\u{201d}We can help,\u{201d} Tertel said.",
        ],
    ),
    (
        "\u{201c}Is it true?\u{201d}He nodded.",
        &["\u{201c}Is it true?\u{201d}", "He nodded."],
    ),
    (
        "'This is great.' she said.",
        &["'This is great.' she said."],
    ),
    (
        "He said: \"I'm done.\" And he left.",
        &["He said: \"I'm done.\"", "And he left."],
    ),
    // --- brackets and credits ----------------------------------------------
    (
        "The vote was close. (The final tally was 5-4.) Critics called for a recount.",
        &[
            "The vote was close.",
            "(The final tally was 5-4.)",
            "Critics called for a recount.",
        ],
    ),
    (
        "He spoke (briefly) and left.",
        &["He spoke (briefly) and left."],
    ),
    (
        "Lukashenko in Sochi, Russia, on Sept. 15, 2023. (Mikhail Metzel/Pool/AFP via Getty Images)",
        &[
            "Lukashenko in Sochi, Russia, on Sept. 15, 2023.",
            "(Mikhail Metzel/Pool/AFP via Getty Images)",
        ],
    ),
    (
        "The ship sank. (Photo: Jane Doe/Reuters) Rescuers searched all night.",
        &[
            "The ship sank.",
            "(Photo: Jane Doe/Reuters)",
            "Rescuers searched all night.",
        ],
    ),
    (
        "WASHINGTON (AP) \u{2014} The Senate voted on Tuesday.",
        &["WASHINGTON (AP) \u{2014} The Senate voted on Tuesday."],
    ),
    (
        "MINSK, Belarus (Reuters) - Belarus freed 52 prisoners. The U.S. lifted sanctions.",
        &[
            "MINSK, Belarus (Reuters) - Belarus freed 52 prisoners.",
            "The U.S. lifted sanctions.",
        ],
    ),
    (
        "He cited the law (Sec. 5) in court.",
        &["He cited the law (Sec. 5) in court."],
    ),
    (
        "The group (formerly XYZ Inc.) was renamed.",
        &["The group (formerly XYZ Inc.) was renamed."],
    ),
    (
        "The aircraft (a Boeing 737) landed safely. No one was hurt.",
        &[
            "The aircraft (a Boeing 737) landed safely.",
            "No one was hurt.",
        ],
    ),
    // --- lists -------------------------------------------------------------
    (
        "1. Milk\n2. Eggs\n3. Bread",
        &["1. Milk", "2. Eggs", "3. Bread"],
    ),
    (
        "\u{2022} First point\n\u{2022} Second point",
        &["\u{2022} First point", "\u{2022} Second point"],
    ),
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
    (
        "Visit www.example.com. The site has more.",
        &["Visit www.example.com.", "The site has more."],
    ),
    (
        "Email jane.doe@example.org. She replies quickly.",
        &["Email jane.doe@example.org.", "She replies quickly."],
    ),
    (
        "Read more at https://example.com/news/story.html?id=5. It is free.",
        &[
            "Read more at https://example.com/news/story.html?id=5.",
            "It is free.",
        ],
    ),
    (
        "The Node.js runtime was updated.",
        &["The Node.js runtime was updated."],
    ),
    (
        "Contact press@Example.Com for details.",
        &["Contact press@Example.Com for details."],
    ),
    // --- glued sentences ---------------------------------------------------
    (
        "It was raining in the area.The US recognizes the risk.",
        &["It was raining in the area.", "The US recognizes the risk."],
    ),
    (
        "He was late.Then he left.",
        &["He was late.", "Then he left."],
    ),
    ("What?No way.", &["What?", "No way."]),
    (
        "Prices rose 5%.Analysts were surprised.",
        &["Prices rose 5%.", "Analysts were surprised."],
    ),
    (
        "The U.S.-Mexico border is busy.",
        &["The U.S.-Mexico border is busy."],
    ),
    (
        "It ended in a draw.A rematch is planned.",
        &["It ended in a draw.", "A rematch is planned."],
    ),
    ("Mr.Smith arrived late.", &["Mr.Smith arrived late."]),
    // --- line structure ----------------------------------------------------
    (
        "KGB boss reveals details of talks with US\n\nWait 5 sec.\n\nThe Ukraine conflict is on the agenda.",
        &[
            "KGB boss reveals details of talks with US",
            "Wait 5 sec.",
            "The Ukraine conflict is on the agenda.",
        ],
    ),
    (
        "Belarus seeks talks with Kyiv\nby Dmytro Basmat\nThe head of the agency spoke.",
        &[
            "Belarus seeks talks with Kyiv",
            "by Dmytro Basmat",
            "The head of the agency spoke.",
        ],
    ),
    (
        "Monday, October 20, 2025\nBelarus seeks talks with Kyiv",
        &["Monday, October 20, 2025", "Belarus seeks talks with Kyiv"],
    ),
    (
        "The president met the\nPrime Minister on Monday.",
        &["The president met the Prime Minister on Monday."],
    ),
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
    (
        "He met Gen.\nSmith at dawn.",
        &["He met Gen. Smith at dawn."],
    ),
    ("Rostov-\non-Don is a city.", &["Rostov- on-Don is a city."]),
    (
        "First line.\r\nSecond line.\r\n",
        &["First line.", "Second line."],
    ),
    (
        "\n\n  Leading blank lines. Then text.",
        &["Leading blank lines.", "Then text."],
    ),
    (
        "A headline\u{2029}A paragraph.",
        &["A headline", "A paragraph."],
    ),
    (
        "FILE PHOTO. \u{a9} Sputnik / Pavel Bednyakov",
        &["FILE PHOTO.", "\u{a9} Sputnik / Pavel Bednyakov"],
    ),
    // --- sentence starts: brands, scripts, digits --------------------------
    (
        "Apple reported results. iPhone sales rose 5%.",
        &["Apple reported results.", "iPhone sales rose 5%."],
    ),
    (
        "The auction closed. eBay said bids were strong.",
        &["The auction closed.", "eBay said bids were strong."],
    ),
    (
        "\u{41e}\u{43d} \u{443}\u{448}\u{451}\u{43b}. \u{41e}\u{43d}\u{430} \u{43e}\u{441}\u{442}\u{430}\u{43b}\u{430}\u{441}\u{44c}.",
        &[
            "\u{41e}\u{43d} \u{443}\u{448}\u{451}\u{43b}.",
            "\u{41e}\u{43d}\u{430} \u{43e}\u{441}\u{442}\u{430}\u{43b}\u{430}\u{441}\u{44c}.",
        ],
    ),
    (
        "Il est parti. \u{c9}ric est rest\u{e9}.",
        &["Il est parti.", "\u{c9}ric est rest\u{e9}."],
    ),
    (
        "The match ended. 3,000 fans stayed to cheer.",
        &["The match ended.", "3,000 fans stayed to cheer."],
    ),
    (
        "He arrived. \u{bf}Qu\u{e9} pasa? Nobody knew.",
        &["He arrived.", "\u{bf}Qu\u{e9} pasa?", "Nobody knew."],
    ),
    (
        "\u{4eca}\u{5929}\u{5929}\u{6c14}\u{5f88}\u{597d}\u{3002}\u{6211}\u{4eec}\u{53bb}\u{516c}\u{56ed}\u{5427}\u{3002}",
        &[
            "\u{4eca}\u{5929}\u{5929}\u{6c14}\u{5f88}\u{597d}\u{3002}",
            "\u{6211}\u{4eec}\u{53bb}\u{516c}\u{56ed}\u{5427}\u{3002}",
        ],
    ),
    // --- exclamations and questions ----------------------------------------
    (
        "She works at Yahoo! Finance as an editor.",
        &["She works at Yahoo! Finance as an editor."],
    ),
    (
        "He won on Jeopardy! The show aired Monday.",
        &["He won on Jeopardy!", "The show aired Monday."],
    ),
    ("Stop! Police!", &["Stop!", "Police!"]),
    ("Wow!! That was close.", &["Wow!!", "That was close."]),
    ("Really?! We had no idea.", &["Really?!", "We had no idea."]),
    // --- miscellaneous traps -----------------------------------------------
    (
        "The temperature was 20 \u{b0}C. It was warm.",
        &["The temperature was 20 \u{b0}C.", "It was warm."],
    ),
    (
        "He spent $5. That was all.",
        &["He spent $5.", "That was all."],
    ),
    (
        "It cost \u{a3}5.50 a pint.",
        &["It cost \u{a3}5.50 a pint."],
    ),
    (
        "The Ukraine war, per the U.N., displaced millions.",
        &["The Ukraine war, per the U.N., displaced millions."],
    ),
    (
        "The team won 3-1 at St. James' Park.",
        &["The team won 3-1 at St. James' Park."],
    ),
    (
        "That is JFK Jr.\u{2019}s book.",
        &["That is JFK Jr.\u{2019}s book."],
    ),
    // --- wire copy, scraped pages, quotations, lists (second batch) --------
    (
        "The shooting happened in Washington, D.C. Police said two people were hurt.",
        &[
            "The shooting happened in Washington, D.C.",
            "Police said two people were hurt.",
        ],
    ),
    (
        "Sen. Chuck Schumer, D-N.Y., said the vote would happen Tuesday.",
        &["Sen. Chuck Schumer, D-N.Y., said the vote would happen Tuesday."],
    ),
    (
        "The fire started near Ft. Lauderdale on Sunday.",
        &["The fire started near Ft. Lauderdale on Sunday."],
    ),
    (
        "Russian President Vladimir Putin speaks in Moscow on Oct. 19, 2025. REUTERS/Maxim Shemetov",
        &[
            "Russian President Vladimir Putin speaks in Moscow on Oct. 19, 2025.",
            "REUTERS/Maxim Shemetov",
        ],
    ),
    (
        "\"We will not surrender,\" Zelensky said. \"Ukraine will win.\"",
        &[
            "\"We will not surrender,\" Zelensky said.",
            "\"Ukraine will win.\"",
        ],
    ),
    (
        "He said the plan was \"dead on arrival.\" Republicans disagreed.",
        &[
            "He said the plan was \"dead on arrival.\"",
            "Republicans disagreed.",
        ],
    ),
    (
        "\"Is this the end?\" asked one resident.",
        &["\"Is this the end?\" asked one resident."],
    ),
    (
        "\"No!\" shouted the crowd.",
        &["\"No!\" shouted the crowd."],
    ),
    (
        "The question \u{2014} will it pass? \u{2014} remains open.",
        &["The question \u{2014} will it pass? \u{2014} remains open."],
    ),
    (
        "The S&P 500 rose 0.5%. The Dow fell 0.2%.",
        &["The S&P 500 rose 0.5%.", "The Dow fell 0.2%."],
    ),
    (
        "The U.S. economy grew 2.8% in the third quarter.",
        &["The U.S. economy grew 2.8% in the third quarter."],
    ),
    (
        "\"Stop!\" Officer Jane Doe shouted.",
        &["\"Stop!\" Officer Jane Doe shouted."],
    ),
    (
        "\"Where is the money?\" Trump wrote on Truth Social.",
        &["\"Where is the money?\" Trump wrote on Truth Social."],
    ),
    (
        "He called it \"absurd\". The minister resigned.",
        &["He called it \"absurd\".", "The minister resigned."],
    ),
    (
        "Trump met Xi in Busan, South Korea. The two leaders agreed to a truce.",
        &[
            "Trump met Xi in Busan, South Korea.",
            "The two leaders agreed to a truce.",
        ],
    ),
    (
        "The company\u{2019}s shares fell 5% to $23.50 in after-hours trading. Analysts had expected a loss of 12 cents a share.",
        &[
            "The company\u{2019}s shares fell 5% to $23.50 in after-hours trading.",
            "Analysts had expected a loss of 12 cents a share.",
        ],
    ),
    (
        "The Fed cut rates by 0.25 percentage point. It was the second cut this year.",
        &[
            "The Fed cut rates by 0.25 percentage point.",
            "It was the second cut this year.",
        ],
    ),
    (
        "Gen. Charles Q. Brown Jr., the chairman of the Joint Chiefs, was fired.",
        &["Gen. Charles Q. Brown Jr., the chairman of the Joint Chiefs, was fired."],
    ),
    (
        "The officer, Sgt. Maj. John Doe, declined to comment.",
        &["The officer, Sgt. Maj. John Doe, declined to comment."],
    ),
    (
        "KYIV, Ukraine (AP) \u{2014} Russian drones struck the capital overnight. At least three people were killed.",
        &[
            "KYIV, Ukraine (AP) \u{2014} Russian drones struck the capital overnight.",
            "At least three people were killed.",
        ],
    ),
    (
        "LONDON, Oct 19 (Reuters) - Britain's economy grew. The pound rose.",
        &[
            "LONDON, Oct 19 (Reuters) - Britain's economy grew.",
            "The pound rose.",
        ],
    ),
    (
        "Updated 10:42 AM EDT, Mon October 20, 2025\nThe Senate voted.",
        &[
            "Updated 10:42 AM EDT, Mon October 20, 2025",
            "The Senate voted.",
        ],
    ),
    (
        "By JOHN SMITH\nAssociated Press\nWASHINGTON (AP) \u{2014} The Senate voted.",
        &[
            "By JOHN SMITH",
            "Associated Press",
            "WASHINGTON (AP) \u{2014} The Senate voted.",
        ],
    ),
    (
        "Is Belarus changing sides?\nMinsk has released prisoners.",
        &[
            "Is Belarus changing sides?",
            "Minsk has released prisoners.",
        ],
    ),
    (
        "Key takeaways:\n\u{2022} The Senate voted.\n\u{2022} The House did not.",
        &[
            "Key takeaways:",
            "\u{2022} The Senate voted.",
            "\u{2022} The House did not.",
        ],
    ),
    (
        "The U.N. Security Council met on Friday. Russia vetoed the resolution.",
        &[
            "The U.N. Security Council met on Friday.",
            "Russia vetoed the resolution.",
        ],
    ),
    (
        "The E.U. imposed new sanctions. Hungary objected.",
        &["The E.U. imposed new sanctions.", "Hungary objected."],
    ),
    (
        "He moved to Los Angeles in the 1990s. There he met his wife.",
        &[
            "He moved to Los Angeles in the 1990s.",
            "There he met his wife.",
        ],
    ),
    (
        "The temperature hit 40C. Officials warned of heat stroke.",
        &[
            "The temperature hit 40C.",
            "Officials warned of heat stroke.",
        ],
    ),
    (
        "Mrs. May resigned in 2019. Mr. Johnson succeeded her.",
        &["Mrs. May resigned in 2019.", "Mr. Johnson succeeded her."],
    ),
    (
        "The show airs at 9 p.m. ET/PT on NBC.",
        &["The show airs at 9 p.m. ET/PT on NBC."],
    ),
    (
        "The deadline is 11:59 p.m. Friday, officials said.",
        &["The deadline is 11:59 p.m. Friday, officials said."],
    ),
    (
        "Polls open at 7 a.m. and close at 8 p.m. Voters must bring ID.",
        &[
            "Polls open at 7 a.m. and close at 8 p.m.",
            "Voters must bring ID.",
        ],
    ),
    (
        "The company was founded in 1998 by Larry Page and Sergey Brin. It went public in 2004.",
        &[
            "The company was founded in 1998 by Larry Page and Sergey Brin.",
            "It went public in 2004.",
        ],
    ),
    (
        "She earned $1.2 million last year, according to filings. Her salary was cut.",
        &[
            "She earned $1.2 million last year, according to filings.",
            "Her salary was cut.",
        ],
    ),
    (
        "Read more: https://www.reuters.com/world/. The report was updated.",
        &[
            "Read more: https://www.reuters.com/world/.",
            "The report was updated.",
        ],
    ),
    (
        "Contact us at tips@nytimes.com. We read every message.",
        &["Contact us at tips@nytimes.com.", "We read every message."],
    ),
    (
        "He posted on X.com. The post was deleted.",
        &["He posted on X.com.", "The post was deleted."],
    ),
    (
        "Shares of Nvidia Corp. rose 3%. Apple Inc. fell.",
        &["Shares of Nvidia Corp. rose 3%.", "Apple Inc. fell."],
    ),
    (
        "The ruling by U.S. District Judge Jane Doe was appealed.",
        &["The ruling by U.S. District Judge Jane Doe was appealed."],
    ),
    (
        "The attack on Oct. 7 killed 1,200 people. Israel responded.",
        &[
            "The attack on Oct. 7 killed 1,200 people.",
            "Israel responded.",
        ],
    ),
    (
        "He was born on Jan. 1, 1950, in Ohio. He died Tuesday.",
        &["He was born on Jan. 1, 1950, in Ohio.", "He died Tuesday."],
    ),
    (
        "The vote is scheduled for Dec. 5. Lawmakers are divided.",
        &[
            "The vote is scheduled for Dec. 5.",
            "Lawmakers are divided.",
        ],
    ),
    (
        "Then-Sen. Joe Biden voted for it.",
        &["Then-Sen. Joe Biden voted for it."],
    ),
    (
        "The Rev. Al Sharpton spoke. Hundreds listened.",
        &["The Rev. Al Sharpton spoke.", "Hundreds listened."],
    ),
    (
        "It was a \u{201c}terrible mistake,\u{201d} he said. \u{201c}We apologize.\u{201d}",
        &[
            "It was a \u{201c}terrible mistake,\u{201d} he said.",
            "\u{201c}We apologize.\u{201d}",
        ],
    ),
    (
        "\u{201c}We are ready.\u{201d} That was all she said.",
        &["\u{201c}We are ready.\u{201d}", "That was all she said."],
    ),
    (
        "\u{201c}Why?\u{201d} he asked. \u{201c}Because we can.\u{201d}",
        &[
            "\u{201c}Why?\u{201d} he asked.",
            "\u{201c}Because we can.\u{201d}",
        ],
    ),
    (
        "The minister said: \u{201c}The talks failed. We will try again.\u{201d}",
        &[
            "The minister said: \u{201c}The talks failed.",
            "We will try again.\u{201d}",
        ],
    ),
    (
        "\u{201c}How could this happen?\u{201d} Smith wondered aloud.",
        &["\u{201c}How could this happen?\u{201d} Smith wondered aloud."],
    ),
    (
        "Officials (including the mayor) attended. Protesters gathered outside.",
        &[
            "Officials (including the mayor) attended.",
            "Protesters gathered outside.",
        ],
    ),
    (
        "The storm hit Florida. (Photo by Joe Raedle/Getty Images)",
        &[
            "The storm hit Florida.",
            "(Photo by Joe Raedle/Getty Images)",
        ],
    ),
    (
        "The bill passed 218-214. (Reporting by Jane Doe; Editing by John Roe)",
        &[
            "The bill passed 218-214.",
            "(Reporting by Jane Doe; Editing by John Roe)",
        ],
    ),
    (
        "The app, called iMessage, is popular. iMessage users number 1 billion.",
        &[
            "The app, called iMessage, is popular.",
            "iMessage users number 1 billion.",
        ],
    ),
    (
        "\u{c9}mile Zola wrote the letter. \u{c9}douard Manet painted.",
        &[
            "\u{c9}mile Zola wrote the letter.",
            "\u{c9}douard Manet painted.",
        ],
    ),
    (
        "The results are due in 2026. 2025 was a record year.",
        &["The results are due in 2026.", "2025 was a record year."],
    ),
    (
        "The meeting\u{2019}s on Tues. Jan. 14. Bring your notes.",
        &[
            "The meeting\u{2019}s on Tues. Jan. 14.",
            "Bring your notes.",
        ],
    ),
    (
        "He said he was sorry.\u{201c}I made a mistake,\u{201d} he added.",
        &[
            "He said he was sorry.",
            "\u{201c}I made a mistake,\u{201d} he added.",
        ],
    ),
    (
        "Prices rose 3.2%.\u{201c}This is bad,\u{201d} she said.",
        &[
            "Prices rose 3.2%.",
            "\u{201c}This is bad,\u{201d} she said.",
        ],
    ),
    (
        "The F.B.I. and the C.I.A. declined to comment.",
        &["The F.B.I. and the C.I.A. declined to comment."],
    ),
    (
        "Ms. Harris, 60, spoke in Atlanta. Mr. Trump spoke in Reno, Nev. Both drew crowds.",
        &[
            "Ms. Harris, 60, spoke in Atlanta.",
            "Mr. Trump spoke in Reno, Nev.",
            "Both drew crowds.",
        ],
    ),
    (
        "He worked at J.P. Morgan for ten years.",
        &["He worked at J.P. Morgan for ten years."],
    ),
    (
        "The agency, known as the N.S.A., declined.",
        &["The agency, known as the N.S.A., declined."],
    ),
    (
        "It closed at 4 p.m. The next day it reopened.",
        &["It closed at 4 p.m.", "The next day it reopened."],
    ),
    (
        "At 10:15 p.m. Thursday, the verdict came.",
        &["At 10:15 p.m. Thursday, the verdict came."],
    ),
    (
        "By 6 a.m. Friday the fire was out.",
        &["By 6 a.m. Friday the fire was out."],
    ),
    (
        "Around 3 a.m. Police arrived.",
        &["Around 3 a.m. Police arrived."],
    ),
    (
        "They met in St. Petersburg. The talks lasted hours.",
        &["They met in St. Petersburg.", "The talks lasted hours."],
    ),
    (
        "Vol. II of the memoir is out.",
        &["Vol. II of the memoir is out."],
    ),
    (
        "He is No. 3 on the list. She is No. 1.",
        &["He is No. 3 on the list.", "She is No. 1."],
    ),
    (
        "Mt. Everest is 8,849 m. tall.",
        &["Mt. Everest is 8,849 m. tall."],
    ),
    (
        "He lives at 10 Main St. Apt. 4 in Boston.",
        &["He lives at 10 Main St. Apt. 4 in Boston."],
    ),
    (
        "The firm, Goldman Sachs Group Inc., reported profit. Morgan Stanley did too.",
        &[
            "The firm, Goldman Sachs Group Inc., reported profit.",
            "Morgan Stanley did too.",
        ],
    ),
    (
        "\"I'm not going anywhere!\" Trump said Tuesday.",
        &["\"I'm not going anywhere!\" Trump said Tuesday."],
    ),
    (
        "What happens next? Nobody knows.",
        &["What happens next?", "Nobody knows."],
    ),
    ("Wait... what?", &["Wait... what?"]),
    (
        "The ceasefire... it's over, he said.",
        &["The ceasefire... it's over, he said."],
    ),
    (
        "It\u{2019}s over\u{2026} for now.",
        &["It\u{2019}s over\u{2026} for now."],
    ),
    (
        "The report said: \u{201c}[T]he evidence is clear.\u{201d}",
        &["The report said: \u{201c}[T]he evidence is clear.\u{201d}"],
    ),
    (
        "He left (see Fig. 2). She stayed.",
        &["He left (see Fig. 2).", "She stayed."],
    ),
    (
        "Tap the \u{201c}Share\u{201d} button. Then choose Copy Link.",
        &[
            "Tap the \u{201c}Share\u{201d} button.",
            "Then choose Copy Link.",
        ],
    ),
    (
        "Photo: Getty Images\nThe president spoke.",
        &["Photo: Getty Images", "The president spoke."],
    ),
    (
        "Advertisement\nThe president spoke.",
        &["Advertisement", "The president spoke."],
    ),
    (
        "SHARE\nFacebook\nTwitter",
        &["SHARE", "Facebook", "Twitter"],
    ),
    (
        "1 of 5 | Firefighters battle the blaze. Photo by John Doe/UPI",
        &[
            "1 of 5 | Firefighters battle the blaze.",
            "Photo by John Doe/UPI",
        ],
    ),
    (
        "Oct. 19, 2025\nThe Senate voted.",
        &["Oct. 19, 2025", "The Senate voted."],
    ),
    (
        "Posted on Oct. 19, 2025 by admin",
        &["Posted on Oct. 19, 2025 by admin"],
    ),
    (
        "He spent 20 yrs. in prison. He was freed in 2020.",
        &["He spent 20 yrs. in prison.", "He was freed in 2020."],
    ),
    (
        "The deal was worth approx. $5 billion.",
        &["The deal was worth approx. $5 billion."],
    ),
    (
        "It happened in the U.S. and Canada.",
        &["It happened in the U.S. and Canada."],
    ),
    (
        "Ukraine\u{2019}s army said it downed 50 drones.The attack targeted Kyiv.",
        &[
            "Ukraine\u{2019}s army said it downed 50 drones.",
            "The attack targeted Kyiv.",
        ],
    ),
    (
        "The minister resigned!The scandal grew.",
        &["The minister resigned!", "The scandal grew."],
    ),
    (
        "He said:\u{201c}No.\u{201d} Then he left.",
        &["He said:\u{201c}No.\u{201d}", "Then he left."],
    ),
    (
        "\"I was there,\" she said. \"It was awful. Nobody helped.\"",
        &[
            "\"I was there,\" she said.",
            "\"It was awful.",
            "Nobody helped.\"",
        ],
    ),
    (
        "(Photo: AP) The ship sank.",
        &["(Photo: AP)", "The ship sank."],
    ),
    (
        "The three options are: (1) raise taxes; (2) cut spending; (3) borrow.",
        &["The three options are: (1) raise taxes; (2) cut spending; (3) borrow."],
    ),
    (
        "There are 3 reasons. 1. Cost. 2. Time. 3. Risk.",
        &["There are 3 reasons.", "1. Cost.", "2. Time.", "3. Risk."],
    ),
    (
        "1. Introduction\n2. Methods\n3. Results",
        &["1. Introduction", "2. Methods", "3. Results"],
    ),
    (
        "The store is open 9 a.m.-5 p.m. daily.",
        &["The store is open 9 a.m.-5 p.m. daily."],
    ),
    (
        "Visit Amazon.com. Prime Day starts Tuesday.",
        &["Visit Amazon.com.", "Prime Day starts Tuesday."],
    ),
    (
        "He said he works for \"Acme Inc.\" The company declined to comment.",
        &[
            "He said he works for \"Acme Inc.\"",
            "The company declined to comment.",
        ],
    ),
    (
        "She was born in the U.S.A. Her parents were not.",
        &["She was born in the U.S.A.", "Her parents were not."],
    ),
    (
        "The U.S.S. Gerald R. Ford arrived in the Mediterranean.",
        &["The U.S.S. Gerald R. Ford arrived in the Mediterranean."],
    ),
    (
        "He is the CEO of X Corp. and chairman of Y.",
        &["He is the CEO of X Corp. and chairman of Y."],
    ),
    (
        "The launch is set for 2 p.m. EDT. The crew is ready.",
        &["The launch is set for 2 p.m. EDT.", "The crew is ready."],
    ),
    (
        "Jones, who scored 20 pts. in the game, said he was tired.",
        &["Jones, who scored 20 pts. in the game, said he was tired."],
    ),
    ("...and then he left.", &["...and then he left."]),
    (
        "He said [the president] would come.",
        &["He said [the president] would come."],
    ),
    ("He left.\u{a0}She stayed.", &["He left.", "She stayed."]),
    ("He left.  She stayed.", &["He left.", "She stayed."]),
    ("Tags\nukraine\nrussia", &["Tags", "ukraine", "russia"]),
    (
        "Related topics\nworld news",
        &["Related topics", "world news"],
    ),
    (
        "Copyright 2025 The Associated Press. All rights reserved.",
        &[
            "Copyright 2025 The Associated Press.",
            "All rights reserved.",
        ],
    ),
    (
        "Sign up for our newsletter\nThe president spoke.",
        &["Sign up for our newsletter", "The president spoke."],
    ),
    (
        "Trump says tariffs will stay\nBy Jane Doe | Reuters\nOct. 19, 2025 5:30 PM ET\nWASHINGTON (Reuters) - President Donald Trump said on Sunday tariffs would stay.",
        &[
            "Trump says tariffs will stay",
            "By Jane Doe | Reuters",
            "Oct. 19, 2025 5:30 PM ET",
            "WASHINGTON (Reuters) - President Donald Trump said on Sunday tariffs would stay.",
        ],
    ),
    (
        "\u{2014} Jane Doe (@janedoe) October 19, 2025",
        &["\u{2014} Jane Doe (@janedoe) October 19, 2025"],
    ),
    (
        "See pic.twitter.com/abc123 for details.",
        &["See pic.twitter.com/abc123 for details."],
    ),
    (
        "The company, which is based in Austin, Texas, employs 5,000 people. It plans to hire more.",
        &[
            "The company, which is based in Austin, Texas, employs 5,000 people.",
            "It plans to hire more.",
        ],
    ),
    (
        "\u{201c}This is a historic day,\u{201d} said Rep. Jane Doe, D-Calif. \u{201c}We finally did it.\u{201d}",
        &[
            "\u{201c}This is a historic day,\u{201d} said Rep. Jane Doe, D-Calif.",
            "\u{201c}We finally did it.\u{201d}",
        ],
    ),
    (
        "The plan was approved by Gov. Ron DeSantis, R-Fla. Critics called it reckless.",
        &[
            "The plan was approved by Gov. Ron DeSantis, R-Fla.",
            "Critics called it reckless.",
        ],
    ),
    (
        "Rep. Ilhan Omar (D-Minn.) said she would vote no.",
        &["Rep. Ilhan Omar (D-Minn.) said she would vote no."],
    ),
    (
        "The hearing is in Room 2141 of the Rayburn Bldg. on Capitol Hill.",
        &["The hearing is in Room 2141 of the Rayburn Bldg. on Capitol Hill."],
    ),
    (
        "He was sentenced to 5 yrs. The judge was lenient.",
        &["He was sentenced to 5 yrs.", "The judge was lenient."],
    ),
    (
        "He asked: \u{201c}What now?\u{201d} Nobody answered.",
        &["He asked: \u{201c}What now?\u{201d}", "Nobody answered."],
    ),
    (
        "\u{201c}What now?\u{201d} Nobody answered.",
        &["\u{201c}What now?\u{201d}", "Nobody answered."],
    ),
    (
        "\u{201c}What now?\u{201d} President Trump asked reporters.",
        &["\u{201c}What now?\u{201d} President Trump asked reporters."],
    ),
    (
        "\u{201c}Are you serious?!\u{201d} Mr. Smith yelled.",
        &["\u{201c}Are you serious?!\u{201d} Mr. Smith yelled."],
    ),
    (
        "The war (which began in 2022) continues. Peace talks stalled.",
        &[
            "The war (which began in 2022) continues.",
            "Peace talks stalled.",
        ],
    ),
    (
        "She cited a study (Smith et al., 2020). The study was flawed.",
        &[
            "She cited a study (Smith et al., 2020).",
            "The study was flawed.",
        ],
    ),
    (
        "Smith et al. found that sleep matters.",
        &["Smith et al. found that sleep matters."],
    ),
    (
        "The drug, sold as Ozempic, costs $1,000 a month. Insurers balk.",
        &[
            "The drug, sold as Ozempic, costs $1,000 a month.",
            "Insurers balk.",
        ],
    ),
    (
        "Follow us on Twitter @nytimes. We post daily.",
        &["Follow us on Twitter @nytimes.", "We post daily."],
    ),
    (
        "The hashtag #MeToo spread. Millions posted.",
        &["The hashtag #MeToo spread.", "Millions posted."],
    ),
    (
        "The score was 2-1 (aet). Fans celebrated.",
        &["The score was 2-1 (aet).", "Fans celebrated."],
    ),
    (
        "He ran the 100m in 9.58 sec. That is a record.",
        &["He ran the 100m in 9.58 sec.", "That is a record."],
    ),
    (
        "It rained on Mon. and Tues. this week.",
        &["It rained on Mon. and Tues. this week."],
    ),
    (
        "They arrived on Sun. The hotel was full.",
        &["They arrived on Sun.", "The hotel was full."],
    ),
    (
        "The N.F.L. suspended him. He appealed.",
        &["The N.F.L. suspended him.", "He appealed."],
    ),
    (
        "The C.E.O. resigned. The board met.",
        &["The C.E.O. resigned.", "The board met."],
    ),
    (
        "Dr. Smith, M.D., Ph.D., leads the lab.",
        &["Dr. Smith, M.D., Ph.D., leads the lab."],
    ),
    (
        "She studied at Oxford Univ. and Harvard.",
        &["She studied at Oxford Univ. and Harvard."],
    ),
    (
        "\u{2022} Trade deal signed\n\u{2022} Tariffs cut by 10%\n\u{2022} Talks resume in Dec.",
        &[
            "\u{2022} Trade deal signed",
            "\u{2022} Tariffs cut by 10%",
            "\u{2022} Talks resume in Dec.",
        ],
    ),
    ("* First\n* Second", &["* First", "* Second"]),
    (
        "Ukraine\nRussia\nBelarus",
        &["Ukraine", "Russia", "Belarus"],
    ),
    (
        "The leaders met in Minsk\non Tuesday to discuss trade.",
        &["The leaders met in Minsk on Tuesday to discuss trade."],
    ),
    (
        "The leaders of Russia and Belarus met on Tuesday in Minsk to discuss trade and\nsecurity, officials said.",
        &[
            "The leaders of Russia and Belarus met on Tuesday in Minsk to discuss trade and security, officials said.",
        ],
    ),
    (
        "\u{201c}We want peace.\u{201d}\n\u{2014} Alexander Lukashenko",
        &[
            "\u{201c}We want peace.\u{201d}",
            "\u{2014} Alexander Lukashenko",
        ],
    ),
    (
        "He wrote, \u{201c}The end is near\u{2026}\u{201d} and left.",
        &["He wrote, \u{201c}The end is near\u{2026}\u{201d} and left."],
    ),
    ("The results? Mixed.", &["The results?", "Mixed."]),
    (
        "He said no. \u{201c}Never,\u{201d} he added.",
        &["He said no.", "\u{201c}Never,\u{201d} he added."],
    ),
    (
        "In the U.S., prices rose. In the U.K., they fell.",
        &["In the U.S., prices rose.", "In the U.K., they fell."],
    ),
    (
        "The U.S.' role is unclear.",
        &["The U.S.' role is unclear."],
    ),
    (
        "It was the U.S.\u{2019}s biggest deal. China objected.",
        &["It was the U.S.\u{2019}s biggest deal.", "China objected."],
    ),
    (
        "He fled to the U.S. in 1990.",
        &["He fled to the U.S. in 1990."],
    ),
    (
        "She joined Google in 2010. In 2015, she left.",
        &["She joined Google in 2010.", "In 2015, she left."],
    ),
    (
        "Is it legal? Yes. Is it wise? No.",
        &["Is it legal?", "Yes.", "Is it wise?", "No."],
    ),
    (
        "The verdict: guilty. The sentence: life.",
        &["The verdict: guilty.", "The sentence: life."],
    ),
    (
        "The temperature was -5\u{b0}C. Roads froze.",
        &["The temperature was -5\u{b0}C.", "Roads froze."],
    ),
    (
        "He scored in the 89th min. The crowd erupted.",
        &["He scored in the 89th min.", "The crowd erupted."],
    ),
    ("They won 3-0 vs. Arsenal.", &["They won 3-0 vs. Arsenal."]),
    (
        "Cases rose 12% y/y. Deaths fell.",
        &["Cases rose 12% y/y.", "Deaths fell."],
    ),
    (
        "The price is $5/lb. Buyers balked.",
        &["The price is $5/lb.", "Buyers balked."],
    ),
    // --- passages: datelines, page furniture, tickers, ellipses (third batch)
    (
        "MOSCOW, Oct. 20 (Reuters) - Russia said on Monday it had shot down 45 Ukrainian drones overnight. There was no immediate comment from Kyiv.",
        &[
            "MOSCOW, Oct. 20 (Reuters) - Russia said on Monday it had shot down 45 Ukrainian drones overnight.",
            "There was no immediate comment from Kyiv.",
        ],
    ),
    (
        "WASHINGTON \u{2014} The Supreme Court on Monday agreed to hear a case about Trump\u{2019}s tariffs. Arguments are set for Nov. 5.",
        &[
            "WASHINGTON \u{2014} The Supreme Court on Monday agreed to hear a case about Trump\u{2019}s tariffs.",
            "Arguments are set for Nov. 5.",
        ],
    ),
    (
        "Belarus leader\nLukashenko says he is ready for a \u{201c}big deal\u{201d}\nOctober 21, 2025\nBy Staff Writer\nMinsk is ready for a \u{201c}big deal\u{201d} with Washington, Belarusian leader Alexander Lukashenko said on Tuesday.",
        &[
            "Belarus leader",
            "Lukashenko says he is ready for a \u{201c}big deal\u{201d}",
            "October 21, 2025",
            "By Staff Writer",
            "Minsk is ready for a \u{201c}big deal\u{201d} with Washington, Belarusian leader Alexander Lukashenko said on Tuesday.",
        ],
    ),
    (
        "\u{201c}We will wait for their big proposals,\u{201d} Lukashenko said. \u{201c}They want these big deals.\u{201d} The remarks were carried by Belta.",
        &[
            "\u{201c}We will wait for their big proposals,\u{201d} Lukashenko said.",
            "\u{201c}They want these big deals.\u{201d}",
            "The remarks were carried by Belta.",
        ],
    ),
    (
        "The talks, held in Istanbul, lasted 90 min. Neither side commented afterward.",
        &[
            "The talks, held in Istanbul, lasted 90 min.",
            "Neither side commented afterward.",
        ],
    ),
    (
        "Trump told reporters aboard Air Force One: \u{201c}We\u{2019}ll see what happens.\u{201d} He did not elaborate.",
        &[
            "Trump told reporters aboard Air Force One: \u{201c}We\u{2019}ll see what happens.\u{201d}",
            "He did not elaborate.",
        ],
    ),
    (
        "\u{201c}Did you see that?\u{201d} asked Sen. Lindsey Graham, R-S.C. \u{201c}Unbelievable.\u{201d}",
        &[
            "\u{201c}Did you see that?\u{201d} asked Sen. Lindsey Graham, R-S.C.",
            "\u{201c}Unbelievable.\u{201d}",
        ],
    ),
    (
        "The package includes $61 billion for Ukraine, $26 billion for Israel and $8 billion for the Indo-Pacific. It passed 79-18.",
        &[
            "The package includes $61 billion for Ukraine, $26 billion for Israel and $8 billion for the Indo-Pacific.",
            "It passed 79-18.",
        ],
    ),
    (
        "Zelensky met with Trump at the White House on Friday.The meeting lasted two hours.",
        &[
            "Zelensky met with Trump at the White House on Friday.",
            "The meeting lasted two hours.",
        ],
    ),
    (
        "Zelensky met with Trump at the White House on Friday.\u{201c}It was a good meeting,\u{201d} he said afterward.",
        &[
            "Zelensky met with Trump at the White House on Friday.",
            "\u{201c}It was a good meeting,\u{201d} he said afterward.",
        ],
    ),
    (
        "The agency said it had \u{201c}no comment.\u{201d}The ministry did not respond.",
        &[
            "The agency said it had \u{201c}no comment.\u{201d}",
            "The ministry did not respond.",
        ],
    ),
    (
        "Photo: Reuters\nPresident Trump speaks in the Oval Office. (AP Photo/Evan Vucci)\nThe White House said Monday it would appeal.",
        &[
            "Photo: Reuters",
            "President Trump speaks in the Oval Office.",
            "(AP Photo/Evan Vucci)",
            "The White House said Monday it would appeal.",
        ],
    ),
    (
        "The former president (pictured) denied wrongdoing. His lawyers said they would appeal.",
        &[
            "The former president (pictured) denied wrongdoing.",
            "His lawyers said they would appeal.",
        ],
    ),
    (
        "Protesters gathered outside parliament. (Video: Jane Doe/The Washington Post) Police later cleared the square.",
        &[
            "Protesters gathered outside parliament.",
            "(Video: Jane Doe/The Washington Post)",
            "Police later cleared the square.",
        ],
    ),
    (
        "iPhone maker Apple reported record sales. eBay, by contrast, struggled.",
        &[
            "iPhone maker Apple reported record sales.",
            "eBay, by contrast, struggled.",
        ],
    ),
    (
        "\u{412} \u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{435} \u{43f}\u{440}\u{43e}\u{448}\u{435}\u{43b} \u{441}\u{430}\u{43c}\u{43c}\u{438}\u{442}. \u{41f}\u{443}\u{442}\u{438}\u{43d} \u{432}\u{44b}\u{441}\u{442}\u{443}\u{43f}\u{438}\u{43b} \u{441} \u{440}\u{435}\u{447}\u{44c}\u{44e}.",
        &[
            "\u{412} \u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{435} \u{43f}\u{440}\u{43e}\u{448}\u{435}\u{43b} \u{441}\u{430}\u{43c}\u{43c}\u{438}\u{442}.",
            "\u{41f}\u{443}\u{442}\u{438}\u{43d} \u{432}\u{44b}\u{441}\u{442}\u{443}\u{43f}\u{438}\u{43b} \u{441} \u{440}\u{435}\u{447}\u{44c}\u{44e}.",
        ],
    ),
    (
        "The deal was announced in \u{c1}vila. \u{d3}scar P\u{e9}rez led the talks.",
        &[
            "The deal was announced in \u{c1}vila.",
            "\u{d3}scar P\u{e9}rez led the talks.",
        ],
    ),
    (
        "Turnout was 67%. 12 million people voted.",
        &["Turnout was 67%.", "12 million people voted."],
    ),
    (
        "The company said revenue rose 8.4% to $94.9 billion. iPhone revenue was $46.2 billion.",
        &[
            "The company said revenue rose 8.4% to $94.9 billion.",
            "iPhone revenue was $46.2 billion.",
        ],
    ),
    (
        "Q: What happens next?\nA: We wait.",
        &["Q: What happens next?", "A: We wait."],
    ),
    (
        "Latest news\nMore from World\nMost read",
        &["Latest news", "More from World", "Most read"],
    ),
    (
        "Share this:\nFacebook\nX\nEmail",
        &["Share this:", "Facebook", "X", "Email"],
    ),
    (
        "Leave a Reply Cancel reply\nYour email address will not be published. Required fields are marked *",
        &[
            "Leave a Reply Cancel reply",
            "Your email address will not be published.",
            "Required fields are marked *",
        ],
    ),
    (
        "The minister, who spoke on condition of anonymity, said the U.S. had not been consulted. Washington declined to comment.",
        &[
            "The minister, who spoke on condition of anonymity, said the U.S. had not been consulted.",
            "Washington declined to comment.",
        ],
    ),
    (
        "It was the first visit by a U.S. president since 2016. Crowds lined the streets.",
        &[
            "It was the first visit by a U.S. president since 2016.",
            "Crowds lined the streets.",
        ],
    ),
    (
        "He studied at the U. of Michigan.",
        &["He studied at the U. of Michigan."],
    ),
    (
        "Asked whether he would run again, he said: \u{201c}Who knows?\u{201d} Then he smiled.",
        &[
            "Asked whether he would run again, he said: \u{201c}Who knows?\u{201d}",
            "Then he smiled.",
        ],
    ),
    (
        "\u{201c}Who knows?\u{201d} Biden said with a smile.",
        &["\u{201c}Who knows?\u{201d} Biden said with a smile."],
    ),
    (
        "\u{201c}Who knows?\u{201d} Former President Joe Biden said.",
        &["\u{201c}Who knows?\u{201d} Former President Joe Biden said."],
    ),
    (
        "\u{201c}Is that it?\u{201d} The crowd fell silent.",
        &["\u{201c}Is that it?\u{201d}", "The crowd fell silent."],
    ),
    (
        "\u{201c}No more!\u{201d} Protesters chanted outside.",
        &["\u{201c}No more!\u{201d}", "Protesters chanted outside."],
    ),
    (
        "The bill, H.R. 1, passed the House.",
        &["The bill, H.R. 1, passed the House."],
    ),
    ("See p. 12 and pp. 40-45.", &["See p. 12 and pp. 40-45."]),
    (
        "The attack occurred at approx. 3:15 p.m. local time.",
        &["The attack occurred at approx. 3:15 p.m. local time."],
    ),
    (
        "The plane landed at 6:05 a.m. Flight attendants then evacuated the cabin.",
        &[
            "The plane landed at 6:05 a.m.",
            "Flight attendants then evacuated the cabin.",
        ],
    ),
    (
        "Early Monday, at about 2 a.m. Eastern time, the quake struck.",
        &["Early Monday, at about 2 a.m. Eastern time, the quake struck."],
    ),
    (
        "The vote was 6-3. Justices Sotomayor, Kagan and Jackson dissented.",
        &[
            "The vote was 6-3.",
            "Justices Sotomayor, Kagan and Jackson dissented.",
        ],
    ),
    (
        "She was 5 ft. 4 in. and weighed 120 lbs. Police are searching for her.",
        &[
            "She was 5 ft. 4 in. and weighed 120 lbs.",
            "Police are searching for her.",
        ],
    ),
    (
        "The building is 1,000 ft. tall.",
        &["The building is 1,000 ft. tall."],
    ),
    (
        "Inflation rose to 3.7 pct. Economists had expected 3.6 pct.",
        &[
            "Inflation rose to 3.7 pct.",
            "Economists had expected 3.6 pct.",
        ],
    ),
    (
        "Alphabet Inc.\u{2019}s Google said it would appeal.",
        &["Alphabet Inc.\u{2019}s Google said it would appeal."],
    ),
    (
        "Tesla Inc. (TSLA) shares fell 4%.",
        &["Tesla Inc. (TSLA) shares fell 4%."],
    ),
    (
        "Shares of Meta Platforms Inc. (META) rose 2%. The Nasdaq gained 1%.",
        &[
            "Shares of Meta Platforms Inc. (META) rose 2%.",
            "The Nasdaq gained 1%.",
        ],
    ),
    (
        "He worked for Procter & Gamble Co. for 20 years.",
        &["He worked for Procter & Gamble Co. for 20 years."],
    ),
    (
        "The deal with Pfizer Inc. and BioNTech SE was signed Friday.",
        &["The deal with Pfizer Inc. and BioNTech SE was signed Friday."],
    ),
    (
        "The owner, Mr. Smith Jr., declined to comment.",
        &["The owner, Mr. Smith Jr., declined to comment."],
    ),
    (
        "The novel \u{201c}War and Peace\u{201d} was written by Leo Tolstoy. It runs 1,225 pages.",
        &[
            "The novel \u{201c}War and Peace\u{201d} was written by Leo Tolstoy.",
            "It runs 1,225 pages.",
        ],
    ),
    (
        "The report (PDF) is available online. It runs 40 pages.",
        &["The report (PDF) is available online.", "It runs 40 pages."],
    ),
    (
        "The report is at www.gov.uk/report. It runs 40 pages.",
        &["The report is at www.gov.uk/report.", "It runs 40 pages."],
    ),
    (
        "Email press@whitehouse.gov for details. Responses may be slow.",
        &[
            "Email press@whitehouse.gov for details.",
            "Responses may be slow.",
        ],
    ),
    (
        "The site, BBC.com, was down.",
        &["The site, BBC.com, was down."],
    ),
    (
        "Yields on the 10-yr. note rose.",
        &["Yields on the 10-yr. note rose."],
    ),
    (
        "The war has killed thousands...and displaced millions.",
        &["The war has killed thousands...and displaced millions."],
    ),
    (
        "The war has killed thousands\u{2026} The displaced number millions.",
        &[
            "The war has killed thousands\u{2026}",
            "The displaced number millions.",
        ],
    ),
    (
        "He hesitated. \u{201c}I \u{2026} I don\u{2019}t know.\u{201d}",
        &[
            "He hesitated.",
            "\u{201c}I \u{2026} I don\u{2019}t know.\u{201d}",
        ],
    ),
    (
        "\u{201c}But \u{2026} why?\u{201d} she asked.",
        &["\u{201c}But \u{2026} why?\u{201d} she asked."],
    ),
    (
        "The Nov. 5 election is close. Polls show a tie.",
        &["The Nov. 5 election is close.", "Polls show a tie."],
    ),
    ("Dec. 31 is the deadline.", &["Dec. 31 is the deadline."]),
    (
        "The Jan. 6 committee issued its report. Trump denounced it.",
        &[
            "The Jan. 6 committee issued its report.",
            "Trump denounced it.",
        ],
    ),
    (
        "Sept. 11, 2001, changed everything.",
        &["Sept. 11, 2001, changed everything."],
    ),
    (
        "The summit is in Aug. Leaders will attend.",
        &["The summit is in Aug.", "Leaders will attend."],
    ),
    (
        "Gen. (ret.) David Petraeus spoke.",
        &["Gen. (ret.) David Petraeus spoke."],
    ),
    (
        "Lt. Gov. Dan Patrick presided.",
        &["Lt. Gov. Dan Patrick presided."],
    ),
    (
        "Atty. Gen. Merrick Garland testified.",
        &["Atty. Gen. Merrick Garland testified."],
    ),
    (
        "Capt. Jack Sparrow is fictional.",
        &["Capt. Jack Sparrow is fictional."],
    ),
    (
        "Sgt. Pepper\u{2019}s is an album.",
        &["Sgt. Pepper\u{2019}s is an album."],
    ),
    (
        "Rev. Dr. Martin Luther King Jr. was assassinated in 1968.",
        &["Rev. Dr. Martin Luther King Jr. was assassinated in 1968."],
    ),
    (
        "Mr. and Mrs. Smith arrived.",
        &["Mr. and Mrs. Smith arrived."],
    ),
    (
        "Messrs. Smith and Jones disagreed.",
        &["Messrs. Smith and Jones disagreed."],
    ),
    (
        "Gov. Newsom vetoed the bill. Sen. Wiener was disappointed.",
        &[
            "Gov. Newsom vetoed the bill.",
            "Sen. Wiener was disappointed.",
        ],
    ),
    (
        "The senator (R-Texas) objected.",
        &["The senator (R-Texas) objected."],
    ),
    (
        "St. Patrick\u{2019}s Day is Monday.",
        &["St. Patrick\u{2019}s Day is Monday."],
    ),
    (
        "The U.N.\u{2019}s top court ruled.",
        &["The U.N.\u{2019}s top court ruled."],
    ),
    (
        "The E.U.-China summit ended. No deal was reached.",
        &["The E.U.-China summit ended.", "No deal was reached."],
    ),
    ("I.M. Pei designed it.", &["I.M. Pei designed it."]),
    (
        "The company is No. 1 in sales. No. 2 is Samsung.",
        &["The company is No. 1 in sales.", "No. 2 is Samsung."],
    ),
    ("Page 3 of 5\nNext page", &["Page 3 of 5", "Next page"]),
    ("A.I. is changing news.", &["A.I. is changing news."]),
    (
        "The A.I. boom continues. Nvidia benefits.",
        &["The A.I. boom continues.", "Nvidia benefits."],
    ),
    (
        "He invested in A.I. Nvidia rose 5%.",
        &["He invested in A.I.", "Nvidia rose 5%."],
    ),
    // --- attribution, credits, glued scripts, page lines (fourth batch) ---
    (
        "\"Who knew?\" Lindqvist asked.",
        &["\"Who knew?\" Lindqvist asked."],
    ),
    ("\"Who knew?\" she asked.", &["\"Who knew?\" she asked."]),
    (
        "\"The match is over. We go home,\" she said.",
        &["\"The match is over.", "We go home,\" she said."],
    ),
    (
        "\u{201c}Where were you?\u{201d} Detective Inspector Jane Morse asked.",
        &["\u{201c}Where were you?\u{201d} Detective Inspector Jane Morse asked."],
    ),
    (
        "\u{201c}Where were you?\u{201d} Morse asked the suspect, who shrugged.",
        &["\u{201c}Where were you?\u{201d} Morse asked the suspect, who shrugged."],
    ),
    (
        "\u{201c}Where were you?\u{201d} asked Morse.",
        &["\u{201c}Where were you?\u{201d} asked Morse."],
    ),
    (
        "\u{201c}Why?\u{201d} Trump posted on Truth Social. \u{201c}Because they lie!\u{201d}",
        &[
            "\u{201c}Why?\u{201d} Trump posted on Truth Social.",
            "\u{201c}Because they lie!\u{201d}",
        ],
    ),
    (
        "\u{201c}It\u{2019}s done!\u{201d} Netanyahu declared.",
        &["\u{201c}It\u{2019}s done!\u{201d} Netanyahu declared."],
    ),
    (
        "\u{201c}It\u{2019}s done!\u{201d} Netanyahu\u{2019}s office said in a statement.",
        &["\u{201c}It\u{2019}s done!\u{201d} Netanyahu\u{2019}s office said in a statement."],
    ),
    (
        "\u{201c}It\u{2019}s done!\u{201d} The statement was brief.",
        &[
            "\u{201c}It\u{2019}s done!\u{201d}",
            "The statement was brief.",
        ],
    ),
    (
        "\u{201c}What did he know, and when did he know it?\u{201d} Sen. Howard Baker famously asked.",
        &[
            "\u{201c}What did he know, and when did he know it?\u{201d} Sen. Howard Baker famously asked.",
        ],
    ),
    (
        "\u{201c}Are we safe?\u{201d} residents asked.",
        &["\u{201c}Are we safe?\u{201d} residents asked."],
    ),
    (
        "'Is it over?' he wondered.",
        &["'Is it over?' he wondered."],
    ),
    (
        "\"We're not leaving,\" said Maria Lopez, 34. \"This is our home.\"",
        &[
            "\"We're not leaving,\" said Maria Lopez, 34.",
            "\"This is our home.\"",
        ],
    ),
    (
        "He said it was \"the end of an era.\" Others were less sure.",
        &[
            "He said it was \"the end of an era.\"",
            "Others were less sure.",
        ],
    ),
    (
        "\"First, we win. Then we govern. Then we rebuild,\" the candidate said.",
        &[
            "\"First, we win.",
            "Then we govern.",
            "Then we rebuild,\" the candidate said.",
        ],
    ),
    (
        "The spokesman said: \"No comment.\"\nThe ministry was silent.",
        &[
            "The spokesman said: \"No comment.\"",
            "The ministry was silent.",
        ],
    ),
    (
        "\u{201c}So what?\u{201d}\n\nThat was his only reply.",
        &["\u{201c}So what?\u{201d}", "That was his only reply."],
    ),
    (
        "She asked, \u{201c}Who\u{2019}s paying?\u{201d} and left.",
        &["She asked, \u{201c}Who\u{2019}s paying?\u{201d} and left."],
    ),
    (
        "The question \u{2014} \u{201c}Who\u{2019}s paying?\u{201d} \u{2014} went unanswered.",
        &["The question \u{2014} \u{201c}Who\u{2019}s paying?\u{201d} \u{2014} went unanswered."],
    ),
    (
        "(Photo: Mikhail Metzel/AFP) Lukashenko spoke in Minsk.",
        &["(Photo: Mikhail Metzel/AFP)", "Lukashenko spoke in Minsk."],
    ),
    (
        "Lukashenko spoke in Minsk. (Photo: Mikhail Metzel/AFP)\nHe called for talks.",
        &[
            "Lukashenko spoke in Minsk.",
            "(Photo: Mikhail Metzel/AFP)",
            "He called for talks.",
        ],
    ),
    (
        "Lukashenko spoke in Minsk (Photo: AFP) and called for talks.",
        &["Lukashenko spoke in Minsk (Photo: AFP) and called for talks."],
    ),
    (
        "The results were clear. (Full results are listed below.) Turnout was high.",
        &[
            "The results were clear.",
            "(Full results are listed below.)",
            "Turnout was high.",
        ],
    ),
    (
        "The results were clear (turnout was 70%). Critics disagreed.",
        &[
            "The results were clear (turnout was 70%).",
            "Critics disagreed.",
        ],
    ),
    (
        "(Reuters) - The dollar rose on Monday.",
        &["(Reuters) - The dollar rose on Monday."],
    ),
    (
        "The dollar rose on Monday. (Reporting by Jane Doe in London; Editing by Mark Potter)",
        &[
            "The dollar rose on Monday.",
            "(Reporting by Jane Doe in London; Editing by Mark Potter)",
        ],
    ),
    (
        "Seoul, South Korea (CNN) \u{2014} North Korea fired a missile.",
        &["Seoul, South Korea (CNN) \u{2014} North Korea fired a missile."],
    ),
    (
        "eBay Inc. reported earnings. iPhone maker Apple did too.",
        &[
            "eBay Inc. reported earnings.",
            "iPhone maker Apple did too.",
        ],
    ),
    (
        "The quarter ended. 2024 results will follow.",
        &["The quarter ended.", "2024 results will follow."],
    ),
    (
        "\u{c0} Paris, the talks ended. \u{c9}ditions Gallimard published the book.",
        &[
            "\u{c0} Paris, the talks ended.",
            "\u{c9}ditions Gallimard published the book.",
        ],
    ),
    (
        "\u{417}\u{435}\u{43b}\u{435}\u{43d}\u{441}\u{44c}\u{43a}\u{438}\u{439} \u{441}\u{43a}\u{430}\u{437}\u{430}\u{432}. \u{406} \u{446}\u{435} \u{432}\u{441}\u{435}.",
        &[
            "\u{417}\u{435}\u{43b}\u{435}\u{43d}\u{441}\u{44c}\u{43a}\u{438}\u{439} \u{441}\u{43a}\u{430}\u{437}\u{430}\u{432}.",
            "\u{406} \u{446}\u{435} \u{432}\u{441}\u{435}.",
        ],
    ),
    (
        "The minister left.\u{417}\u{435}\u{43b}\u{435}\u{43d}\u{441}\u{44c}\u{43a}\u{438}\u{439} stayed.",
        &[
            "The minister left.",
            "\u{417}\u{435}\u{43b}\u{435}\u{43d}\u{441}\u{44c}\u{43a}\u{438}\u{439} stayed.",
        ],
    ),
    (
        "It was agreed.\u{201c}We are pleased,\u{201d} she said.",
        &[
            "It was agreed.",
            "\u{201c}We are pleased,\u{201d} she said.",
        ],
    ),
    (
        "He resigned?The news shocked everyone.",
        &["He resigned?", "The news shocked everyone."],
    ),
    (
        "\u{201c}Really?\u{201d}She laughed.",
        &["\u{201c}Really?\u{201d}", "She laughed."],
    ),
    (
        "The company reported a loss.Its shares fell 10%.",
        &["The company reported a loss.", "Its shares fell 10%."],
    ),
    (
        "Visit nytimes.com.The site is free.",
        &["Visit nytimes.com.The site is free."],
    ),
    (
        "The file is report.PDF on the server.",
        &["The file is report.PDF on the server."],
    ),
    (
        "Sales rose in Q3.The CEO was pleased.",
        &["Sales rose in Q3.", "The CEO was pleased."],
    ),
    (
        "The vote was 5-4.The dissent was sharp.",
        &["The vote was 5-4.", "The dissent was sharp."],
    ),
    (
        "He lives in the U.S.The move was hard.",
        &["He lives in the U.S.The move was hard."],
    ),
    (
        "The price was $5.It rose later.",
        &["The price was $5.", "It rose later."],
    ),
    (
        "KGB boss reveals details of talks with US\n\nWait 5 sec.\n\nThe Ukraine conflict and regional security are on the agenda, Ivan Tertel has told journalists.",
        &[
            "KGB boss reveals details of talks with US",
            "Wait 5 sec.",
            "The Ukraine conflict and regional security are on the agenda, Ivan Tertel has told journalists.",
        ],
    ),
    (
        "Russia & FSU\n\nLukashenko may take part in future peace talks \u{2013} top Ukrainian official",
        &[
            "Russia & FSU",
            "Lukashenko may take part in future peace talks \u{2013} top Ukrainian official",
        ],
    ),
    (
        "READ MORE: Lukashenko outlines how Belarus could enter Ukraine conflict\n\u{201c}There is already a real group.\u{201d}",
        &[
            "READ MORE: Lukashenko outlines how Belarus could enter Ukraine conflict",
            "\u{201c}There is already a real group.\u{201d}",
        ],
    ),
    (
        "Source\nLeave a Reply\nBack to top button",
        &["Source", "Leave a Reply", "Back to top button"],
    ),
    (
        "1. Ukraine\n2. Russia\n3. Belarus",
        &["1. Ukraine", "2. Russia", "3. Belarus"],
    ),
    (
        "Top stories:\n\u{2022} Trump meets Xi\n\u{2022} Markets rally",
        &[
            "Top stories:",
            "\u{2022} Trump meets Xi",
            "\u{2022} Markets rally",
        ],
    ),
    (
        "- Trump meets Xi\n- Markets rally",
        &["- Trump meets Xi", "- Markets rally"],
    ),
    (
        "The plan has three parts: a ceasefire, a prisoner swap and talks.",
        &["The plan has three parts: a ceasefire, a prisoner swap and talks."],
    ),
    (
        "In 2019 alone, 1.2 million people applied.",
        &["In 2019 alone, 1.2 million people applied."],
    ),
    (
        "The rate is 4.5%-4.75%. It was cut in Sept.",
        &["The rate is 4.5%-4.75%.", "It was cut in Sept."],
    ),
    (
        "He was No. 1. She was No. 2.",
        &["He was No. 1.", "She was No. 2."],
    ),
    (
        "Gov. Newsom (D) and Gov. Abbott (R) clashed.",
        &["Gov. Newsom (D) and Gov. Abbott (R) clashed."],
    ),
    (
        "The U.S. Fish and Wildlife Service listed the bird.",
        &["The U.S. Fish and Wildlife Service listed the bird."],
    ),
    (
        "The U.S. Army Corps of Engineers built it.",
        &["The U.S. Army Corps of Engineers built it."],
    ),
    (
        "The case is before the U.S. Court of Appeals for the 9th Circuit.",
        &["The case is before the U.S. Court of Appeals for the 9th Circuit."],
    ),
    (
        "He moved to the U.S. Then he moved back.",
        &["He moved to the U.S.", "Then he moved back."],
    ),
    (
        "She is from the U.K. Her husband is from France.",
        &["She is from the U.K.", "Her husband is from France."],
    ),
    (
        "He visited the U.S. Capitol on Tuesday.",
        &["He visited the U.S. Capitol on Tuesday."],
    ),
    (
        "U.S. Secretary of State Marco Rubio arrived.",
        &["U.S. Secretary of State Marco Rubio arrived."],
    ),
    (
        "The U.S. Treasury Department issued sanctions.",
        &["The U.S. Treasury Department issued sanctions."],
    ),
    (
        "Trade between the U.S. and China fell.",
        &["Trade between the U.S. and China fell."],
    ),
    (
        "The U.S. \u{2014} and its allies \u{2014} disagreed.",
        &["The U.S. \u{2014} and its allies \u{2014} disagreed."],
    ),
    (
        "It was made in the U.S.A. Prices rose.",
        &["It was made in the U.S.A.", "Prices rose."],
    ),
    // --- addresses, ranks, establishment dates ------------------------------
    (
        "The bakery, est. 1990, closed on Friday.",
        &["The bakery, est. 1990, closed on Friday."],
    ),
    (
        "Protesters gathered at 1600 Pennsylvania Ave. NW on Sunday.",
        &["Protesters gathered at 1600 Pennsylvania Ave. NW on Sunday."],
    ),
    (
        "Staff Sgt. 1st Class Jane Doe and Maj. Gen. John Roe spoke. Brig. Gen. Ann Lee did not.",
        &[
            "Staff Sgt. 1st Class Jane Doe and Maj. Gen. John Roe spoke.",
            "Brig. Gen. Ann Lee did not.",
        ],
    ),
    (
        "He lives in Springfield, Ill., and works in St. Louis, Mo. His wife works in Chicago.",
        &[
            "He lives in Springfield, Ill., and works in St. Louis, Mo.",
            "His wife works in Chicago.",
        ],
    ),
];

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn news_cases() {
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let want: Vec<String> = expected
            .iter()
            .map(|s| norm(s))
            .filter(|s| !s.is_empty())
            .collect();
        let got: Vec<String> = sentences(text, Mode::News)
            .map(|s| norm(s.text(text)))
            .filter(|s| !s.is_empty())
            .collect();
        if got != want {
            failures.push(format!(
                "  text:     {text:?}\n  expected: {want:?}\n  got:      {got:?}"
            ));
        }
    }
    println!(
        "{} of {} news cases pass",
        CASES.len() - failures.len(),
        CASES.len()
    );
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
