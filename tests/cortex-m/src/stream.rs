//! The streaming entry point on the device: every seed is fed line by line,
//! as it would arrive over a UART, into a fixed [`Stream`]; its title and
//! body paragraphs are printed as they are decided, for the host to compare
//! with `tidings parse`'s record (tools/compare_stream.py).
//!
//! Output lines (besides the metrics and `done` of the crate docs):
//!
//! ```text
//! stream-title <seed> <text>
//! stream-para <seed> <text>
//! stream-end <seed> <events>
//! ```

use tidings_core::stream::{Event, Stream};

use crate::out::Out;
use crate::{SEEDS, stack};

/// Text window of the device's stream (bytes).
pub const WINDOW: usize = 4096;
/// Undecided blocks it holds.
pub const SLOTS: usize = 32;

/// The device's stream type.
pub type DeviceStream = Stream<WINDOW, SLOTS>;

/// Feeds one seed line by line; the stream lives in this frame (its size is
/// part of the measured stack). `false` when a line was refused.
#[inline(never)]
fn feed(name: &str, text: &str, out: &mut Out) -> bool {
    let mut s = DeviceStream::default();
    let mut events = 0usize;
    let mut sink = |e: Event<'_>| {
        events += 1;
        match e {
            Event::Title(b) => {
                out.str("stream-title ").str(name).str(" ").str(b.text).nl();
            }
            Event::Paragraph(b) => {
                out.str("stream-para ").str(name).str(" ").str(b.text).nl();
            }
            _ => {}
        }
    };
    let mut ok = true;
    // Line by line, as from a UART: the stream never sees the whole text.
    for line in tidings_core::article::text::split_ascii(text, b'\n') {
        ok &= s.push_line(line, &mut sink).is_ok();
    }
    s.finish(&mut sink);
    out.str("stream-end ").str(name).str(" ").dec(events).nl();
    ok
}

/// Runs the stream over every seed, prints the events, the RAM and stack
/// metrics, and exits QEMU.
pub fn run() -> ! {
    stack::paint();
    let mut out = Out::stdout();
    let mut ok = true;
    for seed in &SEEDS {
        match core::str::from_utf8(seed.bytes) {
            Ok(text) => ok &= feed(seed.name, text, &mut out),
            Err(_) => ok = false,
        }
    }
    let peak = stack::peak();
    let layout = stack::Layout::get();
    out.metric("stack_peak_bytes", peak.used);
    out.metric("stack_painted_bytes", peak.painted);
    out.metric("data_bytes", layout.data);
    out.metric("bss_bytes", layout.bss);
    out.metric("stream_state_bytes", core::mem::size_of::<DeviceStream>());
    if peak.overflowed() {
        ok = false;
        out.str("error stack the stack reached the painted floor")
            .nl();
    }
    out.str(if ok { "done ok" } else { "done failed" }).nl();
    crate::exit(ok)
}
