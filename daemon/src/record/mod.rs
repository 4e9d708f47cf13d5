//! Building records: the one module shared by `tidings parse` and
//! `tidings watch`, so both commands write the same bytes for the same file.
//!
//! A record is the core's JSON object ([`core_bridge`]) with the daemon's
//! `"source"` and `"ingested_at"` spliced in before its final `}` — the
//! core's bytes are never re-serialized. A failure is a record too:
//! `{"schema":1,"error":{"kind","message"},"source":{…},"ingested_at":…}`.
//! Every record is one line: JSON Lines is the output format.

pub mod core_bridge;
pub mod decode;
pub mod pretty;
pub mod read;
pub mod timefmt;

use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use read::{FileData, FileMeta};

/// `error.kind` of an error record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// Binary data (NUL bytes).
    NotText,
    /// Over `--max-bytes`; not read.
    TooLarge,
    /// No bytes, or only white space.
    Empty,
    /// Could not be opened or read (after retries, for the daemon).
    Unreadable,
    /// A directory, FIFO, socket or device where a file was expected.
    NotAFile,
    /// A symbolic link (the daemon never follows them).
    Symlink,
    /// The core parser refused the text.
    Parse,
}

impl ErrorKind {
    /// The `error.kind` string.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorKind::NotText => "not_text",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::Empty => "empty",
            ErrorKind::Unreadable => "unreadable",
            ErrorKind::NotAFile => "not_a_file",
            ErrorKind::Symlink => "symlink",
            ErrorKind::Parse => "parse",
        }
    }

    /// Inverse of [`ErrorKind::as_str`].
    pub fn from_name(s: &str) -> Option<Self> {
        Some(match s {
            "not_text" => ErrorKind::NotText,
            "too_large" => ErrorKind::TooLarge,
            "empty" => ErrorKind::Empty,
            "unreadable" => ErrorKind::Unreadable,
            "not_a_file" => ErrorKind::NotAFile,
            "symlink" => ErrorKind::Symlink,
            "parse" => ErrorKind::Parse,
            _ => return None,
        })
    }
}

/// Why a file produced an error record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// Machine-readable kind.
    pub kind: ErrorKind,
    /// Human-readable detail.
    pub message: String,
}

impl Failure {
    /// A failure of `kind`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Failure {
            kind,
            message: message.into(),
        }
    }
}

/// The `source` object of a record.
#[derive(Clone, Debug)]
pub struct Source {
    /// The path (as given to `parse`; absolute in the inbox for `watch`).
    pub path: String,
    /// Size in bytes.
    pub bytes: u64,
    /// SHA-256 of the bytes (lower-case hex), when they were read.
    pub sha256: Option<String>,
    /// Modification time (RFC 3339, see [`format_mtime`]), when known.
    pub mtime: Option<String>,
}

impl Source {
    /// The source of a file that was read.
    pub fn from_data(path: String, data: &FileData) -> Self {
        Source {
            path,
            bytes: data.bytes.len() as u64,
            sha256: Some(hex(&data.sha256)),
            mtime: data.meta.mtime.map(format_mtime),
        }
    }

    /// The source of a file that was not read.
    pub fn from_meta(path: String, meta: Option<&FileMeta>) -> Self {
        Source {
            path,
            bytes: meta.map_or(0, |m| m.len),
            sha256: None,
            mtime: meta.and_then(|m| m.mtime).map(format_mtime),
        }
    }

    fn json(&self) -> SourceJson<'_> {
        SourceJson {
            path: &self.path,
            bytes: self.bytes,
            sha256: self.sha256.as_deref(),
            mtime: self.mtime.as_deref(),
        }
    }
}

/// Lower-case hex of a digest (a table lookup per nibble: `write!` with
/// `{:02x}` cost ~250 instructions a byte, which showed per file).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// `source.mtime`: nanosecond precision, so that it identifies the file
/// version exactly (crash recovery compares it).
pub fn format_mtime(t: SystemTime) -> String {
    timefmt::rfc3339(t, 9)
}

/// `ingested_at`: microseconds are plenty for a wall-clock stamp.
pub fn format_ingested_at(t: SystemTime) -> String {
    timefmt::rfc3339(t, 6)
}

#[derive(Serialize, Debug)]
struct SourceJson<'a> {
    path: &'a str,
    bytes: u64,
    sha256: Option<&'a str>,
    mtime: Option<&'a str>,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    schema: u32,
    error: ErrorJson<'a>,
    source: SourceJson<'a>,
    ingested_at: String,
}

#[derive(Serialize)]
struct ErrorJson<'a> {
    kind: &'a str,
    message: &'a str,
}

/// One record, ready to append (no trailing newline).
#[derive(Debug)]
pub struct Built {
    /// The JSON line.
    pub line: String,
    /// Set for an error record.
    pub failure: Option<Failure>,
}

/// Which article parser [`build_with`] runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Parser {
    /// The core's article parser: the only one for real use.
    #[default]
    Core,
    /// Bench only (`TIDINGS_BENCH_NULL_PARSER=1` for `tidings watch`): a
    /// fixed, minimal core object instead of parsing, so that the daemon's
    /// own pipeline (discovery, read, hash, decode, record, commit, ledger,
    /// moves) can be measured without the parser's cost. Everything around
    /// the parse step is unchanged, including decoding and error records.
    Null,
}

/// The core object [`Parser::Null`] produces for every article.
pub const NULL_PARSER_JSON: &str =
    r#"{"schema":1,"title":null,"warnings":["null parser (benchmark)"]}"#;

/// The record for a file's bytes: decode, parse, splice the source in.
pub fn build(bytes: &[u8], source: &Source, ingested_at: SystemTime) -> Built {
    build_with(Parser::Core, bytes, source, ingested_at)
}

/// [`build`] with a choice of parser (see [`Parser::Null`]).
pub fn build_with(parser: Parser, bytes: &[u8], source: &Source, ingested_at: SystemTime) -> Built {
    let decoded = match decode::decode(bytes) {
        Ok(d) => d,
        Err(f) => return build_error(f, source, ingested_at),
    };
    if bytes.is_empty() || decoded.text.trim().is_empty() {
        let msg = if bytes.is_empty() {
            "the file is empty"
        } else {
            "the file holds only white space"
        };
        return build_error(Failure::new(ErrorKind::Empty, msg), source, ingested_at);
    }
    let warnings: Vec<&str> = decoded.warning.into_iter().collect();
    let core = match parser {
        Parser::Core => core_bridge::article_json(&decoded.text, &warnings),
        Parser::Null => Ok(NULL_PARSER_JSON.to_owned()),
    };
    match core {
        Ok(core) => match splice(core, source, ingested_at) {
            Some(line) => Built {
                line,
                failure: None,
            },
            None => build_error(
                Failure::new(ErrorKind::Parse, "the parser's record is not a JSON object"),
                source,
                ingested_at,
            ),
        },
        Err(e) => build_error(
            Failure::new(ErrorKind::Parse, e.to_string()),
            source,
            ingested_at,
        ),
    }
}

/// The error record for `failure`.
pub fn build_error(failure: Failure, source: &Source, ingested_at: SystemTime) -> Built {
    let rec = ErrorRecord {
        schema: 1,
        error: ErrorJson {
            kind: failure.kind.as_str(),
            message: &failure.message,
        },
        source: source.json(),
        ingested_at: format_ingested_at(ingested_at),
    };
    // Serializing plain strings and numbers cannot fail.
    let line = serde_json::to_string(&rec).unwrap_or_default();
    Built {
        line,
        failure: Some(failure),
    }
}

/// Appends `"source"` and `"ingested_at"` to the core's object, in place.
fn splice(mut core: String, source: &Source, ingested_at: SystemTime) -> Option<String> {
    let end = core.trim_end().len();
    core.truncate(end);
    if !core.starts_with('{') || !core.ends_with('}') {
        return None;
    }
    core.pop();
    // A raw line break can only be structural white space in JSON (inside
    // strings it is escaped), so blanking it keeps the bytes' meaning and
    // keeps the record on one line.
    if memchr::memchr2(b'\n', b'\r', core.as_bytes()).is_some() {
        core = core.replace(['\n', '\r'], " ");
    }
    if !core.trim_end().ends_with('{') {
        core.push(',');
    }
    core.push_str("\"source\":");
    core.push_str(&serde_json::to_string(&source.json()).unwrap_or_default());
    core.push_str(",\"ingested_at\":\"");
    core.push_str(&format_ingested_at(ingested_at));
    core.push_str("\"}");
    Some(core)
}

/// What crash recovery needs from a record line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineSource {
    /// `source.path`.
    pub path: String,
    /// `source.bytes`.
    pub bytes: u64,
    /// `source.sha256` (hex).
    pub sha256: Option<String>,
    /// `source.mtime` (RFC 3339).
    pub mtime: Option<String>,
    /// `error`, for an error record.
    pub error: Option<Failure>,
}

/// Reads back the `source` (and `error`) of a record line; `None` when the
/// line is not a complete record (a torn write).
pub fn line_source(line: &[u8]) -> Option<LineSource> {
    #[derive(Deserialize)]
    struct Rec {
        source: SourceOwned,
        error: Option<ErrOwned>,
    }
    #[derive(Deserialize)]
    struct SourceOwned {
        path: String,
        bytes: u64,
        sha256: Option<String>,
        mtime: Option<String>,
    }
    #[derive(Deserialize)]
    struct ErrOwned {
        kind: String,
        message: String,
    }
    let rec: Rec = serde_json::from_slice(line).ok()?;
    Some(LineSource {
        path: rec.source.path,
        bytes: rec.source.bytes,
        sha256: rec.source.sha256,
        mtime: rec.source.mtime,
        error: rec.error.map(|e| {
            Failure::new(
                ErrorKind::from_name(&e.kind).unwrap_or(ErrorKind::Parse),
                e.message,
            )
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn hex_is_lower_case_two_digits_a_byte() {
        assert_eq!(hex(&[]), "");
        assert_eq!(hex(&[0x00, 0x0f, 0xa0, 0xff, 0x5c]), "000fa0ff5c");
        let all: Vec<u8> = (0..=255).collect();
        let want: String = all.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex(&all), want);
    }

    fn src() -> Source {
        Source {
            path: "in/a \"b\".txt".into(),
            bytes: 12,
            sha256: Some("ab".repeat(32)),
            mtime: Some(format_mtime(
                UNIX_EPOCH + Duration::from_secs(1_700_000_000),
            )),
        }
    }

    #[test]
    fn record_is_core_json_plus_source() {
        let now = UNIX_EPOCH + Duration::from_secs(1_760_000_000);
        let b = build("Title\n\nBody one.\n".as_bytes(), &src(), now);
        assert!(b.failure.is_none());
        assert!(!b.line.contains('\n'));
        let v: serde_json::Value = serde_json::from_str(&b.line).unwrap();
        assert_eq!(v["schema"], 1);
        assert_eq!(v["source"]["path"], "in/a \"b\".txt");
        assert_eq!(v["source"]["bytes"], 12);
        assert_eq!(v["source"]["sha256"], "ab".repeat(32));
        assert_eq!(v["source"]["mtime"], "2023-11-14T22:13:20.000000000Z");
        assert_eq!(v["ingested_at"], "2025-10-09T08:53:20.000000Z");
        // The core's bytes come first, unchanged.
        let core = core_bridge::article_json("Title\n\nBody one.\n", &[]).unwrap();
        assert!(b.line.starts_with(&core[..core.len() - 1]));
        let back = line_source(b.line.as_bytes()).unwrap();
        assert_eq!(back.path, "in/a \"b\".txt");
        assert_eq!(back.sha256.as_deref(), Some("ab".repeat(32).as_str()));
        assert!(back.error.is_none());
    }

    #[test]
    fn failures_are_error_records() {
        let now = SystemTime::now();
        for (bytes, kind) in [
            (&b""[..], ErrorKind::Empty),
            (b"  \n\t ", ErrorKind::Empty),
            (b"a\0b", ErrorKind::NotText),
        ] {
            let b = build(bytes, &src(), now);
            assert_eq!(b.failure.as_ref().map(|f| f.kind), Some(kind));
            let v: serde_json::Value = serde_json::from_str(&b.line).unwrap();
            assert_eq!(v["error"]["kind"], kind.as_str());
            assert_eq!(v["schema"], 1);
            let back = line_source(b.line.as_bytes()).unwrap();
            assert_eq!(back.error.map(|f| f.kind), Some(kind));
        }
    }

    #[test]
    fn windows_1252_warning_reaches_the_record() {
        let b = build(b"Caf\xe9\n\nNa\xefve body.", &src(), SystemTime::now());
        let v: serde_json::Value = serde_json::from_str(&b.line).unwrap();
        assert!(
            b.line.contains("Café") && b.line.contains("Naïve"),
            "{}",
            b.line
        );
        let warnings = v["warnings"].as_array().unwrap();
        assert_eq!(
            warnings.last().and_then(|w| w.as_str()),
            Some(decode::WARN_WINDOWS_1252),
            "the daemon's warning comes after the core's: {warnings:?}"
        );
    }

    #[test]
    fn torn_line_has_no_source() {
        let b = build(b"T\n\nbody", &src(), SystemTime::now());
        let torn = &b.line.as_bytes()[..b.line.len() - 3];
        assert!(line_source(torn).is_none());
    }
}
