//! Chinese and Japanese pages: no spaces between words, so word counts say
//! nothing about length. The parser must still find the headline, the
//! dateline (`2023年11月20日`) and every paragraph, short ones included.
//! The pages are written for this test in the shape of news sites.

use tidings_core::article::{Config, parse};

const ZH: &str = "首页
新闻
财经
科技
体育
娱乐
登录

科技 > 正文

国产大飞机完成首次跨洋试飞
2023年11月20日 10:30 来源：新华社
责任编辑：王明

新华社北京11月20日电 记者从中国商飞公司获悉，国产大型客机于20日完成首次跨洋试飞，飞机在空中飞行约十一个小时后平稳降落。

据介绍，此次试飞主要检验飞机在长航程条件下的系统性能和燃油效率。试飞机组表示，各项数据均符合设计预期。

业内专家认为，跨洋试飞的成功为该机型未来开拓国际市场奠定了基础。

相关新闻
国产新能源汽车出口持续增长
版权所有 © 2023 示例网 京ICP备12345678号
";

const JA: &str = "ニュース
経済
政治
スポーツ
ログイン

経済

日銀、大規模緩和の修正を決定　長期金利の上限を引き上げ

2023年11月1日 15時30分

日本銀行は1日の金融政策決定会合で、大規模な金融緩和策の一部を修正することを決めた。長期金利の上限の目安を引き上げ、市場の動きに柔軟に対応する。

植田総裁は記者会見で「物価目標の実現に向けて、緩和を粘り強く続ける」と述べた。

市場では円安が進み、1ドル＝151円台をつけた。

関連記事
円相場、一時151円台に
Copyright © 2023 Example Inc. All rights reserved.
";

/// A metadata line with an author field (`作者：`) between the source and
/// the time stamp; the editor's line (`责任编辑：`) names no author.
const ZH_AUTHOR: &str = "首页
新闻
财经
科技
体育
娱乐

国务院发布新一轮支持中小企业发展的措施

来源：新华社  作者：张伟  2026-11-21 14:05

新华社北京11月21日电 国务院常务会议21日审议通过了新一轮支持中小企业发展的政策措施，重点加大融资支持力度，减轻企业税费负担。

会议指出，中小企业是稳定就业的重要力量。今年以来，受外部环境变化影响，部分中小企业经营面临较大压力，需要进一步加大政策支持力度。

会议决定，将小微企业普惠贷款支持工具延续至2027年底，并扩大支持范围。同时，对符合条件的小型微利企业继续减半征收企业所得税。

会议要求，各地区各部门要抓紧制定实施细则，确保政策尽快落地见效。

责任编辑：李明

相关新闻
央行：保持流动性合理充裕
前十月全国税收收入同比增长

版权所有 新华网
";

fn check(page: &str, title: &str, date: &str, paragraphs: &[&str]) {
    let a = parse(page, &Config::default()).expect("parse");
    assert_eq!(a.title(), Some(title));
    assert_eq!(
        a.published()
            .and_then(|d| d.iso())
            .map(|i| i.as_str().get(..10).unwrap_or("").to_owned())
            .as_deref(),
        Some(date)
    );
    let body: Vec<String> = a.body().map(|p| p.to_string()).collect();
    assert_eq!(body, paragraphs);
}

#[test]
fn chinese_page() {
    check(
        ZH,
        "国产大飞机完成首次跨洋试飞",
        "2023-11-20",
        &[
            "新华社北京11月20日电 记者从中国商飞公司获悉，国产大型客机于20日完成首次跨洋试飞，飞机在空中飞行约十一个小时后平稳降落。",
            "据介绍，此次试飞主要检验飞机在长航程条件下的系统性能和燃油效率。试飞机组表示，各项数据均符合设计预期。",
            "业内专家认为，跨洋试飞的成功为该机型未来开拓国际市场奠定了基础。",
        ],
    );
}

#[test]
fn japanese_page() {
    check(
        JA,
        "日銀、大規模緩和の修正を決定　長期金利の上限を引き上げ",
        "2023-11-01",
        &[
            "日本銀行は1日の金融政策決定会合で、大規模な金融緩和策の一部を修正することを決めた。長期金利の上限の目安を引き上げ、市場の動きに柔軟に対応する。",
            "植田総裁は記者会見で「物価目標の実現に向けて、緩和を粘り強く続ける」と述べた。",
            "市場では円安が進み、1ドル＝151円台をつけた。",
        ],
    );
}

#[test]
fn chinese_author_field() {
    check(
        ZH_AUTHOR,
        "国务院发布新一轮支持中小企业发展的措施",
        "2026-11-21",
        &[
            "新华社北京11月21日电 国务院常务会议21日审议通过了新一轮支持中小企业发展的政策措施，重点加大融资支持力度，减轻企业税费负担。",
            "会议指出，中小企业是稳定就业的重要力量。今年以来，受外部环境变化影响，部分中小企业经营面临较大压力，需要进一步加大政策支持力度。",
            "会议决定，将小微企业普惠贷款支持工具延续至2027年底，并扩大支持范围。同时，对符合条件的小型微利企业继续减半征收企业所得税。",
            "会议要求，各地区各部门要抓紧制定实施细则，确保政策尽快落地见效。",
        ],
    );
    let a = parse(ZH_AUTHOR, &Config::default()).expect("parse");
    assert_eq!(a.authors().collect::<Vec<_>>(), ["张伟"]);
    // The older page's `责任编辑：王明` is an editor, not an author.
    let b = parse(ZH, &Config::default()).expect("parse");
    assert_eq!(b.authors().count(), 0);
}
