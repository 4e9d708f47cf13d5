//! nom grammars for the small line-level languages of news pages.
//!
//! * [`date`]: dates and times (`Monday, October 20, 2025`, `2025-10-19T14:05:00Z`,
//!   `20 октября 2025`, `2025년 10월 20일`), normalised to ISO 8601.
//! * [`byline`]: author lines (`By A, B and C`, `Jane Doe, Senior Editor`,
//!   `Reporting by A; Editing by B`).
//! * [`credit`]: photo credits (`(Mikhail Metzel/Pool/AFP via Getty Images)`,
//!   `Photo: Getty Images`, `© Sputnik / Pavel Bednyakov`).
//! * [`outlet`]: outlet credits and wire datelines (`/Telegraph/`, `— AP`,
//!   `KYIV (Reuters) -`, `WASHINGTON —`).
//!
//! Every grammar works on one line (`&str`), allocates nothing, never panics
//! and returns slices of its input. The grammars are strict: a sentence of
//! body text, a headline or a number must not parse as what it is not, since
//! the classifier treats a match as strong evidence.
//!
//! Shared pieces (private): `text` (white space, literals, digits, word
//! boundaries), `lexicon` (outlets, photo agencies, job-title words, name
//! particles), `name` (personal names) and `phrase` (outlet names and job
//! titles). Each module documents the forms it accepts as a grammar.

pub mod byline;
pub mod credit;
pub mod date;
pub mod outlet;

mod lexicon;
mod name;
mod phrase;
mod text;

pub(crate) use name::is_desk;
