//! The one-shot commands of the CLI: `tokens`, `sentences`, `tail`.

pub mod input;
pub mod sentences;
pub mod tail;
pub mod tokens;

/// `--mode` of the segmenting commands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ModeArg {
    /// UAX #29 plus news tailorings (white space skipped for tokens).
    #[default]
    News,
    /// Unicode UAX #29 exactly (every segment, white space included).
    Uax29,
}

impl From<ModeArg> for tidings_core::Mode {
    fn from(m: ModeArg) -> Self {
        match m {
            ModeArg::News => tidings_core::Mode::News,
            ModeArg::Uax29 => tidings_core::Mode::Uax29,
        }
    }
}
