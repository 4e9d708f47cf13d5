//! Parser for Unicode's `*BreakTest.txt` conformance lines, shared by the
//! word and sentence conformance tests.
//!
//! A line lists code points with `÷` (boundary) or `×` (no boundary) between
//! them, e.g. `÷ 0041 × 0308 ÷ 0020 ÷ # comment`.

/// One test line: the text and the byte offsets of its boundaries
/// (excluding 0, including the end). `None` for comments and blank lines.
pub fn parse(line: &str) -> Option<(String, Vec<usize>)> {
    let body = line.split('#').next()?.trim();
    if body.is_empty() {
        return None;
    }
    let mut text = String::new();
    let mut breaks = Vec::new();
    for field in body.split_whitespace() {
        match field {
            "÷" => {
                if !text.is_empty() {
                    breaks.push(text.len());
                }
            }
            "×" => {}
            hex => {
                let cp = u32::from_str_radix(hex, 16).ok()?;
                text.push(char::from_u32(cp)?);
            }
        }
    }
    Some((text, breaks))
}
