//! `--pretty`: re-indents a record's JSON without parsing it into a map, so
//! the field order (the core's, then `source`, `ingested_at`) and every
//! string's bytes stay exactly as written.

/// Pretty-prints one compact JSON value with two-space indents, in the
/// style of `serde_json::to_string_pretty`.
pub fn pretty(json: &str) -> String {
    let b = json.as_bytes();
    let mut out = String::with_capacity(json.len() + json.len() / 4);
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'"' => {
                let start = i;
                i += 1;
                while let Some(&d) = b.get(i) {
                    i += 1;
                    match d {
                        b'\\' => i += 1,
                        b'"' => break,
                        _ => {}
                    }
                }
                out.push_str(json.get(start..i.min(b.len())).unwrap_or_default());
                continue;
            }
            b'{' | b'[' => {
                let close = if c == b'{' { b'}' } else { b']' };
                let mut j = i + 1;
                while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                    j += 1;
                }
                if b.get(j) == Some(&close) {
                    out.push(c as char);
                    out.push(close as char);
                    i = j + 1;
                    continue;
                }
                depth += 1;
                out.push(c as char);
                newline(&mut out, depth);
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c as char);
            }
            b',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            b':' => out.push_str(": "),
            c if c.is_ascii_whitespace() => {}
            _ => {
                // Numbers, literals: ASCII outside strings.
                out.push(c as char);
            }
        }
        i += 1;
    }
    out
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_serde_json_pretty_and_keeps_order() {
        let compact = r#"{"z":1,"a":[1,2,{"k":"v, \"q\" [x]: {y}"}],"e":[],"o":{},"n":null,"s":{"b":-1.5e3}}"#;
        let v: serde_json::Value = serde_json::from_str(compact).unwrap();
        let p = pretty(compact);
        assert!(p.starts_with("{\n  \"z\": 1,"), "{p}");
        let back: serde_json::Value = serde_json::from_str(&p).unwrap();
        assert_eq!(back, v);
        assert!(p.contains("\"e\": [],"));
        assert!(p.contains("\"o\": {},"));
        assert!(p.contains("\"v, \\\"q\\\" [x]: {y}\""));
    }
}
