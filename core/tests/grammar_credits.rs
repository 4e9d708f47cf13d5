//! Table and property tests for `tidings_core::grammar::credit`.

#[path = "common/table.rs"]
mod table;

use proptest::prelude::*;
use table::{assert_rejects, check_rows};
use tidings_core::grammar::credit::{parse_credit, trailing_credit};

/// `(line, who)`: the whole line is a credit.
const WHOLE: &[(&str, &str)] = &[
    (
        "(Mikhail Metzel/Pool/AFP via Getty Images)",
        "Mikhail Metzel/Pool/AFP via Getty Images",
    ),
    (
        "FILE PHOTO. ©\u{a0} Sputnik / Pavel Bednyakov",
        "Sputnik / Pavel Bednyakov",
    ),
    ("FILE PHOTO: Reuters/Jane Doe", "Reuters/Jane Doe"),
    ("Photo: Getty Images", "Getty Images"),
    ("Photo: iFixit", "iFixit"),
    ("Photo: Ringo H.W. Chiu, AP", "Ringo H.W. Chiu, AP"),
    ("Photograph: Jane Doe/The Guardian", "Jane Doe/The Guardian"),
    (
        "Photograph by Robyn Beck/AFP/Getty Images",
        "Robyn Beck/AFP/Getty Images",
    ),
    (
        "Photo by Kirk Irwin/Getty Images",
        "Kirk Irwin/Getty Images",
    ),
    (
        "(Photo by Kevin Mazur/Getty Images for Ithaca Holdings)",
        "Kevin Mazur/Getty Images for Ithaca Holdings",
    ),
    ("(Photo: Getty Images)", "Getty Images"),
    ("Image: Reuters", "Reuters"),
    ("(Image: GETTY )", "GETTY"),
    (
        "(Image: © NASA/ESA/K. Retherford/SWRI)",
        "NASA/ESA/K. Retherford/SWRI",
    ),
    ("(Image credit: Blue Origin)", "Blue Origin"),
    ("(Image credit: All About Space)", "All About Space"),
    (
        "(Image credit: Future/SpaceX/Blue Origin, Sierra Nevada)",
        "Future/SpaceX/Blue Origin, Sierra Nevada",
    ),
    (
        "(Image credit: Tyvak Nano-Satellite Systems, Inc.)",
        "Tyvak Nano-Satellite Systems, Inc.",
    ),
    ("Image copyright EPA", "EPA"),
    ("Image copyright Getty Images", "Getty Images"),
    ("Image Copyright @AOC @AOC", "@AOC @AOC"),
    (
        "Image Source: Neil Godwin / Future Publishing/Shutterstock",
        "Neil Godwin / Future Publishing/Shutterstock",
    ),
    ("Main image credit: Getty", "Getty"),
    (
        "Credit: Jane Doe for The New York Times",
        "Jane Doe for The New York Times",
    ),
    ("Credit: Reuters.", "Reuters"),
    ("Photo credit: Jane Doe", "Jane Doe"),
    ("Photo courtesy of NASA/JPL-Caltech", "NASA/JPL-Caltech"),
    ("Courtesy of the White House", "the White House"),
    ("Courtesy of NASA", "NASA"),
    ("Getty Images", "Getty Images"),
    ("Getty", "Getty"),
    ("Reuters", "Reuters"),
    ("AP Photo/Jeffrey T. Barnes", "AP Photo/Jeffrey T. Barnes"),
    ("(AP Photo/Alan Diaz, File)", "AP Photo/Alan Diaz, File"),
    ("REUTERS/Valentyn Ogirenko", "REUTERS/Valentyn Ogirenko"),
    (
        "Sakib Ali/Hindustan Times/Getty Images",
        "Sakib Ali/Hindustan Times/Getty Images",
    ),
    (
        "Natalie Naccache | Bloomberg | Getty Images",
        "Natalie Naccache | Bloomberg | Getty Images",
    ),
    ("(Manu Fernandez/AP)", "Manu Fernandez/AP"),
    (
        "( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)",
        "STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY",
    ),
    ("Jane Doe/Shutterstock", "Jane Doe/Shutterstock"),
    ("EPA-EFE/Sergey Dolzhenko", "EPA-EFE/Sergey Dolzhenko"),
    ("© 2025 Reuters", "Reuters"),
    ("© Reuters", "Reuters"),
    ("(c) 2024 Jane Doe", "Jane Doe"),
    (
        "Copyright © Sputnik / Ilya Pitalev",
        "Sputnik / Ilya Pitalev",
    ),
    ("Фото: Getty Images", "Getty Images"),
    ("Фото: РИА Новости", "РИА Новости"),
    ("Фото: Иван Петров / ТАСС", "Иван Петров / ТАСС"),
    ("Foto: Reuters", "Reuters"),
    (
        "Foto: Marcello Casal Jr./Agência Brasil",
        "Marcello Casal Jr./Agência Brasil",
    ),
    ("Crédito: Divulgação", "Divulgação"),
    ("[Photo: Jane Doe]", "Jane Doe"),
    ("Video: Reuters", "Reuters"),
    (
        "Photo illustration by Jane Doe/The Verge",
        "Jane Doe/The Verge",
    ),
    ("Photographer: Jane Doe/Bloomberg", "Jane Doe/Bloomberg"),
    ("AFP/Getty Images", "AFP/Getty Images"),
    ("Copyright 2025 Jane Doe", "Jane Doe"),
    ("© Aaron Schwartz", "Aaron Schwartz"),
    (
        "Patrick Semansky, ASSOCIATED PRESS",
        "Patrick Semansky, ASSOCIATED PRESS",
    ),
    ("(ITV via AP)", "ITV via AP"),
];

/// `(line, who, credit span text)`: a caption ending with a credit.
const TRAILING: &[(&str, &str, &str)] = &[
    (
        "Belarusian dictator Alexander Lukashenko attends a meeting with his Russian counterpart, Vladimir Putin, in Sochi, Russia, on Sept. 15, 2023. (Mikhail Metzel/Pool/AFP via Getty Images)",
        "Mikhail Metzel/Pool/AFP via Getty Images",
        "(Mikhail Metzel/Pool/AFP via Getty Images)",
    ),
    (
        "Minnesota Wild Jonas Brodin (25) celebrates his goal during the second period, Tuesday, Nov. 19, 2019, in Buffalo, N.Y. (AP Photo/Jeffrey T. Barnes)",
        "AP Photo/Jeffrey T. Barnes",
        "(AP Photo/Jeffrey T. Barnes)",
    ),
    (
        "Spain's Rafael Nadal celebrates a point in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)",
        "Manu Fernandez/AP",
        "(Manu Fernandez/AP)",
    ),
    (
        "How can a duvet affect your lungs when it is too big to go up your nostrils? (Photo: Getty Images)",
        "Getty Images",
        "(Photo: Getty Images)",
    ),
    (
        "A 14th century plague doctor (Image: GETTY)",
        "GETTY",
        "(Image: GETTY)",
    ),
    (
        "Yersinia pestis survives on fleas that live on rodents, like rats and rabbits. ( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)",
        "STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY",
        "( STEVE GSCHMEISSNER/SCIENCE PHOTO LIBRARY)",
    ),
    (
        "Scooter Braun and Scott Borchetta pose for a photo at a private residence on June 28, 2019 in Montecito, California. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)",
        "Kevin Mazur/Getty Images for Ithaca Holdings",
        "(Photo by Kevin Mazur/Getty Images for Ithaca Holdings)",
    ),
    (
        "Home Depot stock fell after the retailer reported third-quarter earnings. Photograph by Robyn Beck/AFP/Getty Images",
        "Robyn Beck/AFP/Getty Images",
        "Photograph by Robyn Beck/AFP/Getty Images",
    ),
    (
        "Vicente Aguiar loads garage door trims into his pickup truck outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz, File)",
        "AP Photo/Alan Diaz, File",
        "(AP Photo/Alan Diaz, File)",
    ),
    (
        "Lukashenko at a meeting in Minsk in 2023. Mikhail Metzel/Pool/AFP via Getty Images",
        "Mikhail Metzel/Pool/AFP via Getty Images",
        "Mikhail Metzel/Pool/AFP via Getty Images",
    ),
    (
        "Protesters in Kyiv on Sunday. Photo: Jane Doe/Reuters",
        "Jane Doe/Reuters",
        "Photo: Jane Doe/Reuters",
    ),
    (
        "Protesters in Kyiv on Sunday | Getty Images",
        "Getty Images",
        "Getty Images",
    ),
    (
        "Protesters in Kyiv on Sunday. © 2025 Reuters  ",
        "Reuters",
        "© 2025 Reuters",
    ),
    (
        "Protesters in Kyiv [Photo: Jane Doe]",
        "Jane Doe",
        "[Photo: Jane Doe]",
    ),
    (
        "Участники акции в Москве. Фото: Иван Петров / ТАСС",
        "Иван Петров / ТАСС",
        "Фото: Иван Петров / ТАСС",
    ),
    ("Getty Images", "Getty Images", "Getty Images"),
];

/// Lines with no credit (neither whole nor trailing).
const NOT_CREDITS: &[&str] = &[
    "",
    "Photo of the Day",
    "Photos",
    "Photos: Europa, Mysterious Icy Moon of Jupiter",
    "Photos: Metalachi fans rock out at San Antonio's Paper Tiger",
    "Image 1 of 5",
    "Image caption Assange gestures with a thumbs up after he was arrested",
    "Photo reprints",
    "Purchase Photos",
    "PanARMENIAN Photo:",
    "Фото",
    "Фото:",
    "Clique na foto do Adauto e veja as colunas sobre Formula 1",
    "Copyright © 2019 The Paradigm. All Rights Reserved.",
    "© 2019 Billboard. All Rights Reserved.",
    "© 2019 Vox Media, LLC. All Rights Reserved",
    "©2019 Forbes Media LLC. All Rights Reserved.",
    "Sports data © STATS 2018",
    "Getty Images Sues AI Firm Over Copyright",
    "The Ukraine conflict is a primary issue on the agenda.",
    "He was arrested (Reuters reported) and later released.",
    "Lukashenko, who has ruled Belarus since 1994, remains a key ally (Putin's).",
    "The vote (3-2) was close.",
    "(Published Monday, Nov. 18, 2019)",
    "Good Time for the British Royal Family (3:05)",
    "Kyiv (Ukraine)",
    "The Lakers beat the Celtics (Lakers/Celtics).",
    "by Dmytro Basmat",
    "4,512.37",
    "Read more: Belarus seeks talks with Kyiv",
    "Photo: Jane Doe went to the store and bought milk.",
    "Credit Cards",
    "Video: Signing Day 2019",
    "Copyright Policy",
    "© 2019 Microsoft",
    "June 26 -- PPL Center, Allentown, PA",
    "Stops: Tampa, FL; Raleigh, NC; Allentown, PA",
    "Best Cash Back Credit Cards",
];

#[test]
fn whole_line_credits() {
    check_rows(WHOLE, |&(line, who)| match parse_credit(line) {
        Some(c) if c.who == who && c.span.text(line) == line.trim() => Ok(()),
        got => Err(format!("{line:?}: want {who:?}, got {got:?}")),
    });
}

#[test]
fn trailing_credits() {
    check_rows(TRAILING, |&(line, who, span)| match trailing_credit(line) {
        Some(c) if c.who == who && c.span.text(line) == span => Ok(()),
        got => Err(format!("{line:?}: want {who:?} {span:?}, got {got:?}")),
    });
}

#[test]
fn whole_credits_are_trailing_credits() {
    for &(line, who) in WHOLE {
        let c = trailing_credit(line).map(|c| c.who);
        assert_eq!(c, Some(who), "{line:?}");
    }
}

#[test]
fn rejects_non_credits() {
    assert_rejects("credits", NOT_CREDITS, |l| {
        let c = parse_credit(l).or_else(|| trailing_credit(l))?;
        Some(format!("{:?} {:?}", c.who, c.span.text(l)))
    });
}

#[test]
fn table_sizes() {
    assert!(WHOLE.len() >= 45 && TRAILING.len() >= 15 && NOT_CREDITS.len() >= 30);
}

fn creditish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("(".to_string()),
        Just(")".to_string()),
        Just("[".to_string()),
        Just("Photo: ".to_string()),
        Just("Image credit".to_string()),
        Just("©".to_string()),
        Just("2025 ".to_string()),
        Just("Getty Images".to_string()),
        Just("/".to_string()),
        Just(" via ".to_string()),
        Just("Jane Doe".to_string()),
        Just("AP Photo".to_string()),
        Just(". ".to_string()),
        Just("Фото: ".to_string()),
        Just(" ".to_string()),
        Just("@x".to_string()),
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
}

fn check(line: &str) -> Result<(), TestCaseError> {
    for c in [parse_credit(line), trailing_credit(line)]
        .into_iter()
        .flatten()
    {
        prop_assert!(c.span.start <= c.span.end && c.span.end <= line.len());
        prop_assert!(line.is_char_boundary(c.span.start) && line.is_char_boundary(c.span.end));
        let text = c.span.text(line);
        let (t, w) = (text.as_ptr() as usize, c.who.as_ptr() as usize);
        prop_assert!(
            w >= t && w + c.who.len() <= t + text.len(),
            "who outside span"
        );
        prop_assert!(!c.who.is_empty());
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
    fn spans_in_bounds_on_creditish_strings(line in creditish()) {
        check(&line)?;
    }
}
