//! `tidings tokens [--mode news|uax29] [--format tsv|jsonl|count] [FILE|-]...`
//!
//! Output formats (a contract: other tools parse them):
//! * `tsv`: one token per line, `start<TAB>end<TAB>kind<TAB>text`, with `\t`,
//!   `\n`, `\r` and `\\` in the text escaped as `\t`, `\n`, `\r`, `\\`;
//! * `jsonl`: one object per token, `{"start":..,"end":..,"kind":"..","text":".."}`;
//! * `count`: the number of tokens, one line per input.
//!
//! Offsets are byte offsets into each input. With several inputs the outputs
//! follow each other in order.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use tidings_core::token::{self, Kind};

use super::ModeArg;
use super::input::{Input, for_each_input};

/// Output format of `tidings tokens`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum TokenFormat {
    /// `start<TAB>end<TAB>kind<TAB>text`, escaped.
    #[default]
    Tsv,
    /// One JSON object per token.
    Jsonl,
    /// The number of tokens.
    Count,
}

/// Arguments of `tidings tokens`.
#[derive(Debug, clap::Args)]
pub struct TokensArgs {
    /// Tokenizer mode.
    #[arg(long, value_enum, default_value_t = ModeArg::News)]
    pub mode: ModeArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TokenFormat::Tsv)]
    pub format: TokenFormat,
    /// Input files; `-` or none for standard input.
    pub files: Vec<PathBuf>,
}

/// Runs the command; returns the exit status.
pub fn run(args: &TokensArgs) -> anyhow::Result<u8> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mode = args.mode.into();
    let status = for_each_input(&args.files, |input| {
        write_tokens(&mut out, input, mode, args.format)
    })?;
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    Ok(status)
}

fn write_tokens(
    out: &mut impl Write,
    input: &Input,
    mode: tidings_core::Mode,
    format: TokenFormat,
) -> std::io::Result<()> {
    let text = input.text.as_str();
    let tokens = token::tokenize(text, mode);
    match format {
        TokenFormat::Count => writeln!(out, "{}", tokens.count()),
        TokenFormat::Tsv => {
            for t in tokens {
                write!(out, "{}\t{}\t{}\t", t.start, t.end, t.kind.as_str())?;
                write_tsv_escaped(out, t.text(text))?;
                out.write_all(b"\n")?;
            }
            Ok(())
        }
        TokenFormat::Jsonl => {
            for t in tokens {
                write_json_token(out, t.start, t.end, t.kind, t.text(text))?;
            }
            Ok(())
        }
    }
}

/// Escapes `\`, tab, line feed and carriage return so that one token is one line.
pub fn write_tsv_escaped(out: &mut impl Write, s: &str) -> std::io::Result<()> {
    let bytes = s.as_bytes();
    let mut last = 0;
    for (i, b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'\\' => b"\\\\",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            _ => continue,
        };
        out.write_all(&bytes[last..i])?;
        out.write_all(esc)?;
        last = i + 1;
    }
    out.write_all(&bytes[last..])
}

fn write_json_token(
    out: &mut impl Write,
    start: usize,
    end: usize,
    kind: Kind,
    text: &str,
) -> std::io::Result<()> {
    write!(
        out,
        "{{\"start\":{start},\"end\":{end},\"kind\":\"{}\",\"text\":",
        kind.as_str()
    )?;
    serde_json::to_writer(&mut *out, text)?;
    out.write_all(b"}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_escaping() {
        let mut v = Vec::new();
        write_tsv_escaped(&mut v, "a\tb\nc\\d\re").unwrap();
        assert_eq!(String::from_utf8(v).unwrap(), "a\\tb\\nc\\\\d\\re");
    }

    #[test]
    fn json_token_is_valid_json() {
        let mut v = Vec::new();
        write_json_token(&mut v, 3, 5, Kind::Word, "\"q\u{2028}").unwrap();
        let line = String::from_utf8(v).unwrap();
        let parsed: serde_json::Value = serde_json::from_str(line.trim_end()).unwrap();
        assert_eq!(parsed["start"], 3);
        assert_eq!(parsed["end"], 5);
        assert_eq!(parsed["kind"], "word");
        assert_eq!(parsed["text"], "\"q\u{2028}");
    }
}
