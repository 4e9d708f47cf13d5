//! Chinese bylines: the author field of a metadata line.
//!
//! ```text
//! han    := (FIELD | STAMP)* author (FIELD | STAMP)*     ; the whole line, ≤ 80 bytes
//! author := ("作者" | "記者" | "记者" | "文") (("：" | ":" | "／" | "/") ws* | ws+) NAME (("、" | ws+) NAME){0,2}
//! NAME   := 2–4 Han ideographs (a middle dot `·` between parts of a
//!           transliterated name allowed)               ; "张伟", "阿依古丽·买买提"
//! FIELD  := ("来源" | "來源" | "编辑" | "編輯" | "责任编辑" | "責任編輯")
//!           ("：" | ":") ws* any text up to white space  ; "来源：新华社"
//! STAMP  := digits, `-`, `/`, `:`, `年月日` and white space ; "2026-11-21 14:05"
//! ```
//!
//! `来源：新华社  作者：张伟  2026-11-21 14:05` → `张伟`. The name must end
//! where the field does (white space, `、`, the end of the line): `记者从会上获悉`
//! (`the reporter learned at the meeting`, body prose) has no separator
//! after the lead word and does not parse, and a run of five or more
//! ideographs is a sentence, not a name.

use heapless::Vec;

/// Author lead words; the single `文` (`text:`) only with a separator.
const LEADS: &[&str] = &["作者", "記者", "记者", "文"];
/// Other fields of the same metadata line.
const FIELDS: &[&str] = &["责任编辑", "責任編輯", "来源", "來源", "编辑", "編輯"];
const SEPS: &[char] = &['：', ':', '／', '/'];
/// Longest metadata line read (bytes).
const MAX_LEN: usize = 80;

fn han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF)
}

fn space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}'
}

/// A name at the start of `s`: its length in bytes.
fn name(s: &str) -> Option<usize> {
    let mut n = 0usize;
    let mut end = 0usize;
    let mut dotted = false;
    for (i, c) in s.char_indices() {
        if han(c) {
            n += 1;
            end = i + c.len_utf8();
        } else if c == '·' && n > 0 {
            dotted = true;
        } else {
            break;
        }
    }
    let rest = s.get(end..)?;
    let ends = rest.chars().next().is_none_or(|c| space(c) || c == '、');
    ((2..=4).contains(&n) || (dotted && (5..=10).contains(&n)))
        .then_some(end)
        .filter(|_| ends)
}

/// The line is a Chinese metadata line with an author field.
pub(super) fn han_byline(s: &str) -> Option<Vec<&str, 8>> {
    if s.len() > MAX_LEN || !s.chars().any(han) {
        return None;
    }
    let mut authors: Vec<&str, 8> = Vec::new();
    let mut r = s.trim_start_matches(space);
    while !r.is_empty() {
        if authors.is_empty()
            && let Some(after) = lead(r)
        {
            let mut rest = after;
            loop {
                let len = name(rest)?;
                let _ = authors.push(rest.get(..len)?);
                rest = rest.get(len..)?;
                // More names after `、` or white space, up to three.
                let spaced = rest.trim_start_matches(space);
                let next = rest
                    .strip_prefix('、')
                    .map(|x| x.trim_start_matches(space))
                    .or((spaced.len() < rest.len()).then_some(spaced));
                match next {
                    Some(n) if authors.len() < 3 && name(n).is_some() => rest = n,
                    _ => break,
                }
            }
            r = rest.trim_start_matches(space);
            continue;
        }
        if let Some(after) = field(r) {
            r = after.trim_start_matches(space);
            continue;
        }
        let stamp = r
            .char_indices()
            .find(|&(_, c)| {
                !(c.is_ascii_digit()
                    || matches!(c, '-' | '/' | ':' | '.' | '年' | '月' | '日')
                    || space(c))
            })
            .map_or(r.len(), |(i, _)| i);
        if stamp == 0 {
            return None;
        }
        r = r.get(stamp..)?;
    }
    (!authors.is_empty()).then_some(authors)
}

/// `author`'s lead and separator; returns the text after them.
fn lead(s: &str) -> Option<&str> {
    LEADS.iter().find_map(|l| {
        let r = s.strip_prefix(l)?;
        if let Some(after) = r.strip_prefix(SEPS) {
            return Some(after.trim_start_matches(space));
        }
        // `记者 张伟`: white space will do after the two-character leads.
        let t = r.trim_start_matches(space);
        (*l != "文" && t.len() < r.len()).then_some(t)
    })
}

/// A `FIELD` and its value; returns the text after them.
fn field(s: &str) -> Option<&str> {
    FIELDS.iter().find_map(|f| {
        let r = s.strip_prefix(f)?.strip_prefix(SEPS)?;
        let r = r.trim_start_matches(space);
        let end = r.find(space).unwrap_or(r.len());
        r.get(end..)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_lines() {
        let a = |s| han_byline(s).map(|v| v.iter().copied().collect::<heapless::Vec<&str, 8>>());
        assert_eq!(
            a("来源：新华社  作者：张伟  2026-11-21 14:05").as_deref(),
            Some(&["张伟"][..])
        );
        assert_eq!(
            a("作者：张伟、李明").as_deref(),
            Some(&["张伟", "李明"][..])
        );
        assert_eq!(
            a("记者 王小红 2026年11月21日").as_deref(),
            Some(&["王小红"][..])
        );
        assert_eq!(
            a("文/阿依古丽·买买提").as_deref(),
            Some(&["阿依古丽·买买提"][..])
        );
        assert_eq!(
            a("2026-11-21 09:30 來源：中央社 記者：陳怡君").as_deref(),
            Some(&["陳怡君"][..])
        );
        // Body prose and other fields are not bylines.
        assert_eq!(a("记者从会上获悉，新政策将于明年实施。"), None);
        assert_eq!(a("作者简介"), None);
        assert_eq!(a("来源：新华社"), None);
        assert_eq!(a("作者：中国人民大学经济学院"), None);
        assert_eq!(a("By Jane Doe"), None);
        assert_eq!(a(""), None);
    }
}
