//! Block features and classification, table-driven.

use tidings_core::article::features::{W_COOKIE, W_LEGAL, W_PROMO, features};
use tidings_core::article::score::{Ctx, quality, teaser};
use tidings_core::article::{self, BoilerKind, Config};

#[test]
fn prose_versus_page_furniture() {
    // (block, looks like body prose)
    let cases: &[(&str, bool)] = &[
        (
            "The head of Belarus' State Security Committee claimed on Oct. 19 that his agency is prepared to engage in dialogue.",
            true,
        ),
        (
            "\"We are ready to make a big deal with them,\" he added, according to the state-run news agency.",
            true,
        ),
        (
            "Наши герои знают толк не только во вкусе, но и в красоте еды, и это видно по их страницам.",
            true,
        ),
        (
            "Nesta página você terá sempre a classificação atualizada da NASCAR até a última corrida!",
            true,
        ),
        (
            "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다.",
            true,
        ),
        ("Energy & Environment", false),
        (
            "Trump Administration Halts Immigration, Green Card, and Citizenship Processing for 19 Countries",
            false,
        ),
        (
            "Police: 2 In Custody After Death Of U of M-Dearborn Student-Athlete A 24-year-old woman and a man have been arrested",
            false,
        ),
        (
            "Former Wild general manager Paul Fenton unknowingly signed his own death warrant roughly 10 months ago...",
            false,
        ),
        (
            "China has warned they will cease control of Hong Kong (Image: GETTY )",
            false,
        ),
        (
            "This website uses cookies to improve your experience while you navigate through the website.",
            false,
        ),
        (
            "READ MORE: Lukashenko outlines how Belarus could enter Ukraine conflict",
            false,
        ),
        (
            "Get Motor Cycle Monthly delivered every month. Subscribe to our newsletter for the latest news.",
            false,
        ),
        ("[screen-sho]", false),
        ("Home | News | Sport | Business | Politics", false),
    ];
    for &(s, body) in cases {
        let q = quality(&features(s), &Ctx::default());
        assert_eq!(q > 0.0, body, "{s}: quality {q}");
    }
}

#[test]
fn feature_values() {
    let f = features("The home-improvement retailer earned $2.8 billion in the third quarter.");
    assert!(f.terminal && !f.ellipsis && f.words == 10 && f.stop >= 3);
    let f = features(
        "Police: 2 In Custody After Death Of U of M-Dearborn Student-Athlete A 24-year-old woman and a man",
    );
    assert!(teaser(&f) && f.cap_stop && f.tc_run >= 7);
    assert!(!teaser(&features(
        "Trump Claims He Will Void Biden Documents"
    )));
    assert!(features("Former Wild general manager signed his own death…").ellipsis);
    assert!(features("• Energy").bullet);
    assert!(features("[advertisement]").widget);
    assert_eq!(
        features("3. Man dies after crashing into power pole").list_num,
        3
    );
    assert_eq!(features("Home | News | Sport").pipes, 2);
    assert!(features("ТАСС СООБЩАЕТ").all_caps);
    let long = "word ".repeat(400);
    assert_eq!(features(&long).words, 400);
}

#[test]
fn lexicon_and_signal_words() {
    let kinds: &[(&str, Option<BoilerKind>)] = &[
        ("Advertisement", Some(BoilerKind::Ad)),
        ("ADVERTISEMENT", Some(BoilerKind::Ad)),
        ("Leave a Reply", Some(BoilerKind::Comments)),
        ("Back to top button", Some(BoilerKind::Nav)),
        ("Share this:", Some(BoilerKind::Share)),
        ("» Related articles", Some(BoilerKind::Related)),
        (
            "READ MORE: Lukashenko outlines how",
            Some(BoilerKind::Related),
        ),
        ("Читайте также: новости дня", Some(BoilerKind::Related)),
        ("Leia também: o que muda", Some(BoilerKind::Related)),
        ("Photo: iFixit", Some(BoilerKind::Credit)),
        (
            "© 2019 Associated Press. All Rights Reserved.",
            Some(BoilerKind::Footer),
        ),
        (
            "Image caption Scooter Braun has managed Justin Bieber",
            Some(BoilerKind::Caption),
        ),
        ("Subscribers were angry at the decision.", None),
        ("Sharing is caring, the minister said.", None),
    ];
    for &(s, want) in kinds {
        assert_eq!(features(s).lex, want, "{s}");
    }
    assert_ne!(
        features("We use cookies to personalise content and ads.").signals & W_COOKIE,
        0
    );
    assert_ne!(
        features("Follow us on Twitter for more news.").signals & W_PROMO,
        0
    );
    assert_ne!(
        features("Copyright 2019 BBC. All rights reserved.").signals & W_LEGAL,
        0
    );
}

#[test]
fn captions_credits_datelines_bylines() {
    let captions = [
        "Belarusian dictator Alexander Lukashenko attends a meeting in Sochi, Russia. (Mikhail Metzel/Pool/AFP via Getty Images)",
        "Vicente Aguiar loads garage door trims into his pickup truck. (AP Photo/Alan Diaz, File)",
        "In this photo issued by ITV, Jeremy Corbyn reacts during the debate. (ITV via AP)",
        "Sanjeev Verma/Hindustan Times/Getty Images",
        "Natalie Naccache | Bloomberg | Getty Images",
    ];
    for c in captions {
        assert!(features(c).caption, "{c}");
    }
    assert!(!features("He said (and meant it) that it was fine.").caption);
    assert!(features("(Image credit: Blue Origin)").credit);
    for d in [
        "Monday, October 20, 2025",
        "date 2025-10-19 KI logo",
        "PUBLISHED: 10:48, Tue, Nov 19, 2019",
        "Updated Nov. 19, 2019 8:21 am ET",
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
        "24 сентября 2018",
        "11/19/2019 by Lars Brandle",
    ] {
        assert!(features(d).date_like, "{d}");
    }
    assert!(!features("It costs 10 dollars more.").date_like);
    for b in [
        "by Dmytro Basmat",
        "By Laura Mowat",
        "Por João Silva",
        "Автор: Иван Петров",
    ] {
        assert!(features(b).byline_like, "{b}");
    }
    assert!(!features("by the way it works").byline_like);
}

#[test]
fn roles_on_small_pages() {
    let page = "World News\n\nGovernment Announces New Budget for Schools\n\nBy Maria Lopez\nMarch 3, 2024\n\n\
                The government announced a new budget for schools on Monday, promising more teachers and smaller classes.\n\n\
                Officials said the plan would be phased in over three years, starting with the poorest districts.\n\n\
                Teachers' unions welcomed the announcement but said that the money would not be enough to fix the buildings.\n\n\
                Related\nMinister Resigns After Scandal\nFloods Hit The North Again\n\nLeave a Reply\n\n© 2024 Example News. All rights reserved.\n";
    let a = article::parse(page, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Government Announces New Budget for Schools")
    );
    assert_eq!(a.section(), Some("World News"));
    assert_eq!(a.authors().collect::<Vec<_>>(), vec!["Maria Lopez"]);
    assert_eq!(
        a.published()
            .and_then(|d| d.iso())
            .map(|i| i.as_str().get(..10).unwrap_or("").to_owned()),
        Some("2024-03-03".to_owned())
    );
    assert_eq!(a.paragraph_count(), 3);
    let kinds: Vec<(BoilerKind, &str)> = a.boilerplate().collect();
    assert!(
        kinds
            .iter()
            .any(|&(k, t)| k == BoilerKind::Comments && t == "Leave a Reply"),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .any(|&(k, t)| k == BoilerKind::Footer && t.contains("All rights reserved")),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .any(|&(k, t)| k == BoilerKind::Related && t.contains("Related")),
        "{kinds:?}"
    );
    for p in a.body() {
        let s = p.to_string();
        assert!(
            !s.contains("Minister Resigns") && !s.contains("Leave a Reply"),
            "{s}"
        );
    }
}

#[test]
fn trailing_outlet_credit_leaves_the_body() {
    let page = "Lawmakers passed the bill late on Tuesday after a long debate in the chamber.\n\n\
                The measure now goes to the president, who is expected to sign it within days. /Reuters/\n";
    let a = article::parse(page, &Config::default()).expect("parse");
    assert_eq!(a.outlet(), Some("Reuters"));
    let last = a.body().last().map(|p| p.to_string()).unwrap_or_default();
    assert!(last.ends_with("within days."), "{last}");
    assert!(
        a.boilerplate()
            .any(|(k, t)| k == BoilerKind::Credit && t == "/Reuters/")
    );
}

#[test]
fn non_english_bodies_are_found() {
    let ru = "Главная\nНовости\nСпорт\n\nВ Москве открылась выставка\n\n\
              В понедельник в Москве открылась большая выставка современного искусства, которую уже посетили тысячи человек.\n\n\
              Организаторы рассказали, что в этом году в ней участвуют художники из двадцати стран мира.\n\n\
              Выставка продлится до конца месяца, а вход для студентов будет бесплатным.\n\nКомментарии\n";
    let a = article::parse(ru, &Config::default()).expect("parse");
    assert_eq!(a.paragraph_count(), 3);
    assert_eq!(a.title(), Some("В Москве открылась выставка"));
    let ko = "홈\n뉴스\n\n엘제이-류화영 진흙탕 싸움\n\n\
              그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다. 하지만 엘제이는 반박했다.\n\n\
              사실 남녀 관계라는 것이 당사자들이 아니면 그 속사정을 알기는 어려운 일이다. 게다가 사안은 복잡하다.\n\n\
              이 사안이 보다 명백하게 무엇이 진실인가가 밝혀져야 하는 이유가 여기에 있다.\n\n광고\n";
    let a = article::parse(ko, &Config::default()).expect("parse");
    assert_eq!(a.paragraph_count(), 3);
}
