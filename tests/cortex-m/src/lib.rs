//! Firmware harness: runs `tidings-core` on a Cortex-M4 under QEMU
//! (`mps2-an386`) and reports what it costs there.
//!
//! `stream` feeds the seeds line by line into the core's streaming entry
//! point ([`stream::run`]). The other three binaries share [`run`]: `firmware` parses every seed with
//! [`record::record`], `empty` does the same walk without parsing (the
//! baseline that `firmware - empty` subtracts to give the core's own cost),
//! and `panic_never` is `firmware` with a panic handler that cannot link.
//!
//! The output is line-oriented, for scripts/embedded.sh:
//!
//! ```text
//! record <seed> <json>          one per seed, the record as the core wrote it
//! error <seed> <reason>         instead of `record` when parsing failed
//! metric <name> <decimal>       RAM and stack numbers
//! done ok|failed
//! ```
//!
//! The harness itself never formats with `core::fmt` and never indexes:
//! `core::fmt` would add kilobytes of code that the `empty` baseline might
//! not carry (skewing `firmware - empty`), and any panic path of ours would
//! hide the core's in the panic-never report.
#![no_std]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

pub mod out;
pub mod record;
pub mod stack;
pub mod stream;

use cortex_m_semihosting::debug;

use out::Out;

/// One input of the harness, embedded in flash with `include_bytes!`.
#[derive(Debug)]
pub struct Seed {
    /// File stem (`000_349d354b776c72e0`), or `joined` for the 16 KiB input.
    pub name: &'static str,
    /// The file's bytes.
    pub bytes: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// Why a seed produced no record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordError(pub &'static str);

/// Turns one article's text into its JSON record in `out`; returns the
/// record's length in bytes.
pub type RecordFn = fn(&str, &mut [u8]) -> Result<usize, RecordError>;

/// Runs `record` over every seed, prints the records and the RAM/stack
/// metrics over semihosting, and exits QEMU (status 0 only if every seed
/// produced a record).
///
/// `out_buf` is the static buffer records are written into; `extra` are
/// metrics of the caller (sizes of the parse state).
pub fn run(record: RecordFn, out_buf: &mut [u8], extra: &[(&str, usize)]) -> ! {
    // First, before anything deep runs: everything below here is unused.
    stack::paint();
    let mut out = Out::stdout();
    let mut ok = true;
    for seed in &SEEDS {
        let result = match core::str::from_utf8(seed.bytes) {
            Ok(text) => record(text, out_buf),
            Err(_) => Err(RecordError("not UTF-8")),
        };
        match result.and_then(|n| out_buf.get(..n).ok_or(RecordError("length out of range"))) {
            Ok(json) => {
                out.str("record ").str(seed.name).str(" ").bytes(json).nl();
            }
            Err(RecordError(reason)) => {
                ok = false;
                out.str("error ").str(seed.name).str(" ").str(reason).nl();
            }
        }
    }
    let peak = stack::peak();
    let layout = stack::Layout::get();
    out.metric("stack_peak_bytes", peak.used);
    out.metric("stack_painted_bytes", peak.painted);
    out.metric("data_bytes", layout.data);
    out.metric("bss_bytes", layout.bss);
    out.metric("out_buffer_bytes", out_buf.len());
    for (name, value) in extra {
        out.metric(name, *value);
    }
    if peak.overflowed() {
        ok = false;
        out.str("error stack the stack reached the painted floor")
            .nl();
    }
    out.str(if ok { "done ok" } else { "done failed" }).nl();
    exit(ok)
}

/// Ends the QEMU run: semihosting `SYS_EXIT` with success or failure.
pub fn exit(ok: bool) -> ! {
    debug::exit(if ok {
        debug::EXIT_SUCCESS
    } else {
        debug::EXIT_FAILURE
    });
    // Only reached without a debugger/semihosting host: park the core.
    loop {
        cortex_m::asm::wfi();
    }
}

/// Panic handler body of the runnable binaries: says where, exits with a
/// failure status (no `core::fmt`, so the message itself is not printed).
pub fn panic_exit(info: &core::panic::PanicInfo<'_>) -> ! {
    let mut out = Out::stdout();
    out.str("panic");
    if let Some(loc) = info.location() {
        out.str(" at ")
            .str(loc.file())
            .str(":")
            .dec(loc.line() as usize);
    }
    out.nl().str("done failed").nl();
    exit(false)
}

/// A fault (bad address, undefined instruction...) fails the run at once
/// instead of spinning until CI's timeout.
#[cortex_m_rt::exception]
unsafe fn HardFault(_frame: &cortex_m_rt::ExceptionFrame) -> ! {
    Out::stdout().str("hard fault").nl().str("done failed").nl();
    exit(false)
}

/// Any other exception or interrupt is unexpected here.
#[cortex_m_rt::exception]
unsafe fn DefaultHandler(_irqn: i16) {
    Out::stdout()
        .str("unexpected exception")
        .nl()
        .str("done failed")
        .nl();
    exit(false)
}
