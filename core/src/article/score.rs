//! Body evidence: from a segment's features to a signed score.
//!
//! [`quality`] says how much a segment looks like article prose, in about
//! −3…+3: sentence punctuation, stop-word share (or, for CJK/Hangul text,
//! length), not Title Case, long enough, and no boilerplate evidence
//! (teasers, captions, lexicon phrases, calls to action, duplicates).
//! [`body_score`] turns that into the mass the region finder adds up: long
//! prose counts a lot, every segment costs a little (so menus of one-word
//! lines sink), and *markers* — comment sections, related-article headers,
//! copyright lines, cookie banners — cost so much that the body region
//! rarely crosses them.

use super::Config;
use super::classify::inline_break;
use super::features::{Features, W_COOKIE, W_LEGAL, W_PROMO};
use crate::lexicon::boilerplate::Kind;

/// Context flags the region stage adds to a segment's features.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ctx {
    /// Same text as a neighbour.
    pub dup: bool,
    /// A caption by its neighbours: directly followed by a credit line,
    /// or directly after a bare caption label (`Image caption,` on a line
    /// of its own, [`caption_label`](super::classify::caption_label)).
    pub captioned: bool,
    /// Part of a run of data rows (a table).
    pub row: bool,
    /// Part of a run of headline + teaser cards.
    pub card: bool,
    /// An author biography.
    pub bio: bool,
    /// Glued in front of the body or of a headline repeat (standfirst).
    pub standfirst: bool,
    /// A repeat of a headline.
    pub repeat: bool,
    /// The pitch under a call to action (`Sign up for our newsletter` /
    /// `Get the day's top stories in your inbox.`): it carries the
    /// promotion signal of the line above, and passes it on no further.
    pub pitch: bool,
}

/// A teaser: truncated (`…`) or opening with a Title-Case headline run.
#[inline]
pub fn teaser(f: &Features) -> bool {
    f.ellipsis || (f.tc_run >= 5 && f.cap_stop && f.words >= 12)
}

/// A teaser whose Title-Case headline run is followed by running text
/// (a line that is all Title Case can still be a page's headline).
#[inline]
pub fn glued_teaser(f: &Features) -> bool {
    f.ellipsis || (f.tc_run >= 5 && f.cap_stop && f.words >= 12 && f.tc_run + 3 <= f.words)
}

/// A marker block: comments/related headers, footer lines, cookie banners.
#[inline]
pub fn marker(f: &Features) -> bool {
    if matches!(f.lex, Some(Kind::Caption | Kind::Credit)) {
        return false;
    }
    matches!(f.lex, Some(Kind::Comments | Kind::Related | Kind::Footer))
        || (f.signals & W_COOKIE != 0 && f.chars < 800)
        || (f.signals & W_LEGAL != 0 && f.chars < 400)
}

/// How much a segment looks like article prose (> 0: body-like).
pub fn quality(f: &Features, c: &Ctx) -> f32 {
    // Too short to be prose: under four tokens, unless the CJK characters
    // make up the length (a Chinese sentence can be one comma-free token).
    let w = f.weq();
    if (f.tokens < 4 && w < 4.0) || f.widget || c.standfirst || c.repeat || c.bio {
        return -1.0;
    }
    let mut q = if f.terminal { 1.0 } else { -0.3 };
    if f.cjk_script() {
        // No stop words to count: length stands in. A finished sentence
        // of 16 characters is about ten English words.
        q += if f.chars >= 40 {
            0.5
        } else if f.chars >= 16 && f.terminal {
            0.0
        } else {
            -0.5
        };
    } else {
        let sr = f.stop_ratio();
        q += if sr >= 0.25 {
            1.0
        } else if sr >= 0.15 {
            0.3
        } else {
            -0.7
        };
        if f.cap_ratio() > 0.6 && f.words >= 3 {
            q -= 0.8;
        }
    }
    if w >= 15.0 {
        q += 0.5;
    }
    if w < 8.0 {
        q -= 1.0;
    }
    if teaser(f) {
        q -= 2.5;
    }
    if f.words <= 50 && f.signals & W_PROMO != 0 {
        q -= 2.5;
    }
    if c.dup {
        q -= 2.0;
    }
    if c.captioned {
        q -= 2.0;
    }
    if f.caption {
        q -= 2.0;
    }
    if f.lex.is_some() || marker(f) {
        q -= 2.0;
    }
    if f.bullet {
        q -= 0.3;
    }
    // `Publié le 12 février 2024 à 17h05, modifié le …`: a publication
    // line, however many stop words it has, is no sentence of the article.
    if f.dateline() && !f.terminal {
        q -= 1.5;
    }
    if f.pipes >= 2 {
        q -= 1.0;
    }
    if u32::from(f.letters) * 2 < f.chars {
        q -= 1.0;
    }
    q
}

/// Mass a segment adds to a candidate body region.
pub fn body_score(f: &Features, c: &Ctx, q: f32, cfg: &Config) -> f32 {
    if c.bio {
        return -cfg.marker_cost;
    }
    // `RELATED: Wolves return to …`, `اقرأ أيضا: …` between paragraphs.
    if matches!(f.lex, Some(Kind::Related)) && inline_break(f) {
        return -cfg.segment_cost - 1.0;
    }
    if marker(f) {
        return -cfg.marker_cost;
    }
    if c.row {
        return cfg.row_score;
    }
    let w = f.weq();
    if q > 0.0 {
        return q * w.min(120.0) / 2.0 - cfg.segment_cost;
    }
    // An advert or a call to action between paragraphs (`CLICK HERE TO GET
    // THE … APP`, `Ad Feedback`) interrupts the article like a caption;
    // its lexicon phrase must not cost the paragraphs after it.
    if matches!(f.lex, Some(Kind::Ad | Kind::Promo)) && inline_break(f) {
        return -cfg.segment_cost - 1.0;
    }
    // Captions, credits and their duplicates interrupt articles: cheap.
    if f.caption
        || f.credit
        || c.captioned
        || c.dup
        || matches!(f.lex, Some(Kind::Caption | Kind::Credit))
    {
        return -cfg.segment_cost - 1.0;
    }
    let s = q * w.min(30.0) / 2.0 - cfg.segment_cost;
    if teaser(f) || f.lex.is_some() {
        s
    } else {
        s.max(-cfg.negative_cap)
    }
}

#[cfg(test)]
mod tests {
    use super::super::features::features;
    use super::*;

    #[test]
    fn prose_is_positive_menus_negative() {
        let cfg = Config::default();
        let c = Ctx::default();
        let p = features(
            "Kyiv has not yet responded to Tertel's comments, which came as Minsk has ramped up its efforts.",
        );
        assert!(quality(&p, &c) > 0.0);
        let n = features("Energy & Environment");
        let q = quality(&n, &c);
        assert!(q < 0.0 && body_score(&n, &c, q, &cfg) < 0.0);
        let h = features("Trump Claims He Will Void Biden Documents Signed with Autopen");
        assert!(quality(&h, &c) < 0.0);
        let m = features("Leave a Reply");
        assert_eq!(body_score(&m, &c, quality(&m, &c), &cfg), -cfg.marker_cost);
    }

    #[test]
    fn an_inline_related_link_costs_like_a_caption_a_related_box_like_a_marker() {
        let cfg = Config::default();
        let c = Ctx::default();
        let inline = features("اقرأ أيضا: ارتفاع أسعار الخضروات في الأسواق");
        let s = body_score(&inline, &c, quality(&inline, &c), &cfg);
        assert_eq!(s, -cfg.segment_cost - 1.0);
        let label = features("Read more");
        let s = body_score(&label, &c, quality(&label, &c), &cfg);
        assert_eq!(s, -cfg.marker_cost);
    }

    #[test]
    fn table_features() {
        let cases: &[(&str, bool)] = &[
            (
                "Belarusian opposition in neighboring Lithuania had a tough week, officials said on Monday.",
                true,
            ),
            (
                "엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의 일방적인 사진 공개였다.",
                true,
            ),
            (
                "Наши герои знают толк не только во вкусе, но и в красоте еды, и это видно.",
                true,
            ),
            ("Calendário da Stock Car 2018", false),
            (
                "China has warned they will cease control of Hong Kong (Image: GETTY )",
                false,
            ),
            (
                "Former Wild general manager Paul Fenton unknowingly signed his own death warrant...",
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
            // A publication line is no sentence, a sentence with a date is.
            (
                "Publié le 12 février 2024 à 17h05, modifié le 12 février 2024 à 19h30",
                false,
            ),
            (
                "Le ministre a présenté, mercredi 12 février, un plan de soutien à l’hôpital public.",
                true,
            ),
        ];
        for &(s, body) in cases {
            let q = quality(&features(s), &Ctx::default());
            assert_eq!(q > 0.0, body, "{s}: {q}");
        }
    }
}
