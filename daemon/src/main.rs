//! `tidings`: turn scraped news text into article records.
//!
//! Subcommands: `parse` (files → records, once), `watch` (the watch-folder
//! daemon), `tail` (records back from NATS JetStream), `tokens` and
//! `sentences` (the core's segmenters).

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod cmd;
mod nats;
mod parse;
mod record;
mod size;
mod watch;

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
    /// Parse files (or directories, or stdin) into article records (JSON Lines).
    Parse(parse::ParseArgs),
    /// Watch an inbox folder and emit one record per file that lands in it.
    Watch(Box<watch::config::WatchArgs>),
    /// Print the records stored in NATS JetStream as JSON Lines.
    Tail(cmd::tail::TailArgs),
    /// Split text into word tokens.
    Tokens(cmd::tokens::TokensArgs),
    /// Split text into sentences.
    Sentences(cmd::sentences::SentencesArgs),
}

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let result = match &cli.command {
        Command::Parse(args) => parse::run(args),
        Command::Watch(args) => {
            // `watch` layers flags over environment over config file, so it
            // needs to know where each value came from.
            let Some(sub) = matches.subcommand_matches("watch") else {
                return ExitCode::from(2);
            };
            watch::run(args, sub)
        }
        Command::Tail(args) => cmd::tail::run(args),
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
