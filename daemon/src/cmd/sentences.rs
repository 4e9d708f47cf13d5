//! `tidings sentences [--mode news|uax29] [--format lines|jsonl] [FILE|-]...`
//!
//! Output formats (a contract: other tools parse them):
//! * `lines`: one sentence per line, trimmed, every inner run of white space
//!   that contains a line break shown as one space (so a sentence is one line);
//!   sentences that are only white space are not printed;
//! * `jsonl`: one JSON string per sentence, verbatim (white space included),
//!   so that the strings concatenate back to the input.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use tidings_core::sentence;

use super::ModeArg;
use super::input::{Input, for_each_input};

/// Output format of `tidings sentences`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SentenceFormat {
    /// One sentence per line.
    #[default]
    Lines,
    /// One JSON string per sentence, verbatim.
    Jsonl,
}

/// Arguments of `tidings sentences`.
#[derive(Debug, clap::Args)]
pub struct SentencesArgs {
    /// Segmenter mode.
    #[arg(long, value_enum, default_value_t = ModeArg::News)]
    pub mode: ModeArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SentenceFormat::Lines)]
    pub format: SentenceFormat,
    /// Input files; `-` or none for standard input.
    pub files: Vec<PathBuf>,
}

/// Runs the command; returns the exit status.
pub fn run(args: &SentencesArgs) -> anyhow::Result<u8> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mode = args.mode.into();
    let status = for_each_input(&args.files, |input| {
        write_sentences(&mut out, input, mode, args.format)
    })?;
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    Ok(status)
}

fn write_sentences(
    out: &mut impl Write,
    input: &Input,
    mode: tidings_core::Mode,
    format: SentenceFormat,
) -> std::io::Result<()> {
    let text = input.text.as_str();
    for span in sentence::sentences(text, mode) {
        let s = span.text(text);
        match format {
            SentenceFormat::Jsonl => {
                serde_json::to_writer(&mut *out, s)?;
                out.write_all(b"\n")?;
            }
            SentenceFormat::Lines => {
                let trimmed = s.trim();
                if !trimmed.is_empty() {
                    write_one_line(out, trimmed)?;
                    out.write_all(b"\n")?;
                }
            }
        }
    }
    Ok(())
}

/// Characters that end a line for line-oriented readers (Python's
/// `str.splitlines` among them): they must not appear inside a printed sentence.
const LINE_BREAKS: [char; 10] = [
    '\n', '\r', '\u{b}', '\u{c}', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}', '\u{2029}',
];

fn is_space_or_break(c: char) -> bool {
    c.is_whitespace() || LINE_BREAKS.contains(&c)
}

/// Writes `s` with every white-space run that contains a line break (or a
/// paragraph/line separator) replaced by one space.
fn write_one_line(out: &mut impl Write, s: &str) -> std::io::Result<()> {
    let mut rest = s;
    while let Some(pos) = rest.find(is_space_or_break) {
        let (head, tail) = rest.split_at(pos);
        out.write_all(head.as_bytes())?;
        let ws_len = tail.find(|c| !is_space_or_break(c)).unwrap_or(tail.len());
        let (ws, after) = tail.split_at(ws_len);
        if ws.contains(LINE_BREAKS) {
            out.write_all(b" ")?;
        } else {
            out.write_all(ws.as_bytes())?;
        }
        rest = after;
    }
    out.write_all(rest.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_line(s: &str) -> String {
        let mut v = Vec::new();
        write_one_line(&mut v, s).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn inner_line_breaks_become_one_space() {
        assert_eq!(one_line("a\nb"), "a b");
        assert_eq!(one_line("a \r\n  b"), "a b");
        assert_eq!(one_line("a  b"), "a  b", "runs without a break are kept");
        assert_eq!(one_line("a\u{2029}b"), "a b");
        assert_eq!(
            one_line("a\u{1e}b"),
            "a b",
            "Python's splitlines splits on U+001E"
        );
    }
}
