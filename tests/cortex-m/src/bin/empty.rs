//! Baseline firmware: the same runtime, harness, seeds and record buffer as
//! `firmware`, but no parsing. `firmware - empty` is what the core costs.
#![no_std]
#![no_main]

use cortex_m_rt::entry;
use tidings_cortex_m::RecordError;

/// Same record buffer as `firmware`.
const OUT_BYTES: usize = 32 * 1024;

/// Writes an empty record, but looks at the text so the seeds stay in
/// flash (they are in `firmware` too).
fn no_parse(text: &str, _out: &mut [u8]) -> Result<usize, RecordError> {
    core::hint::black_box(text);
    Ok(0)
}

#[entry]
fn main() -> ! {
    static mut OUT: [u8; OUT_BYTES] = [0; OUT_BYTES];
    tidings_cortex_m::run(no_parse, OUT, &[])
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    tidings_cortex_m::panic_exit(info)
}
