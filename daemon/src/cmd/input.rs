//! Reading the inputs of the one-shot text commands (`tokens`, `sentences`).
//!
//! Files are read whole; `-` (or no operand) is standard input. Text must be
//! UTF-8: the segmenters report byte offsets into the input, so decoding it
//! as something else would make the offsets lie. A file that is not UTF-8 is
//! reported with its name and the offset of the first bad byte, and the other
//! files are still processed (exit status 65, EX_DATAERR, at the end).

use std::io::Read;
use std::path::{Path, PathBuf};

/// `sysexits.h` EX_DATAERR: the input data was incorrect.
pub const EX_DATAERR: u8 = 65;
/// `sysexits.h` EX_NOINPUT: an input file did not exist or was not readable.
pub const EX_NOINPUT: u8 = 66;

/// One named input.
#[derive(Debug)]
pub struct Input {
    /// The text.
    pub text: String,
}

/// Why an input could not be used.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// Not UTF-8.
    #[error("{name}: not valid UTF-8 at byte offset {offset}")]
    NotUtf8 {
        /// Input name.
        name: String,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// Could not be read.
    #[error("{name}: {source}")]
    Io {
        /// Input name.
        name: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

impl InputError {
    /// The exit status this error maps to.
    pub fn exit_code(&self) -> u8 {
        match self {
            InputError::NotUtf8 { .. } => EX_DATAERR,
            InputError::Io { .. } => EX_NOINPUT,
        }
    }
}

/// Reads one operand (`-` is standard input).
pub fn read_input(operand: &Path) -> Result<Input, InputError> {
    let is_stdin = operand.as_os_str() == "-";
    let name = if is_stdin {
        "<stdin>".to_owned()
    } else {
        operand.display().to_string()
    };
    let bytes = if is_stdin {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|source| InputError::Io {
                name: name.clone(),
                source,
            })?;
        buf
    } else {
        std::fs::read(operand).map_err(|source| InputError::Io {
            name: name.clone(),
            source,
        })?
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Input { text }),
        Err(e) => Err(InputError::NotUtf8 {
            name,
            offset: e.utf8_error().valid_up_to(),
        }),
    }
}

/// The operands, with "no operand" meaning standard input.
pub fn operands(files: &[PathBuf]) -> Vec<PathBuf> {
    if files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        files.to_vec()
    }
}

/// Runs `each` over every operand, reporting unusable inputs on stderr and
/// carrying on. Returns the exit status: 0, or the worst error's code.
pub fn for_each_input(
    files: &[PathBuf],
    mut each: impl FnMut(&Input) -> std::io::Result<()>,
) -> anyhow::Result<u8> {
    let mut status = 0u8;
    for operand in operands(files) {
        match read_input(&operand) {
            Ok(input) => match each(&input) {
                Ok(()) => {}
                // A closed pipe (`| head`) is not an error worth reporting.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(status),
                Err(e) => return Err(e.into()),
            },
            Err(err) => {
                eprintln!("tidings: {err}");
                status = status.max(err.exit_code());
            }
        }
    }
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_utf8_names_file_and_offset() {
        let dir = std::env::temp_dir().join(format!("tidings-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("bad.txt");
        std::fs::write(&p, b"abc\xffdef").unwrap();
        let err = read_input(&p).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("bad.txt"), "{msg}");
        assert!(msg.contains("byte offset 3"), "{msg}");
        assert_eq!(err.exit_code(), EX_DATAERR);
        std::fs::remove_dir_all(&dir).ok();
    }
}
