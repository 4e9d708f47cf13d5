//! `tidings`: turn scraped news text into article records.
//!
//! Subcommands: `tokens`, `sentences` (the core's segmenters), and — in
//! progress — `parse` and `watch`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

#[derive(Debug, Parser)]
#[command(
    name = "tidings",
    version,
    about = "Turn scraped news text into clean article records"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Split text into word tokens.
    Tokens(cmd::tokens::TokensArgs),
    /// Split text into sentences.
    Sentences(cmd::sentences::SentencesArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Tokens(args) => cmd::tokens::run(args),
        Command::Sentences(args) => cmd::sentences::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("tidings: {e:#}");
            ExitCode::from(1)
        }
    }
}
