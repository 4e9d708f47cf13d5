//! The firmware: parses every seed with the core and prints the records,
//! the RAM and the stack peak over semihosting (see the crate docs).
#![no_std]
#![no_main]

use cortex_m_rt::entry;
use tidings_cortex_m::record;

/// Record buffer size: holds the record of the ≥ 16 KiB `joined` input.
const OUT_BYTES: usize = 32 * 1024;

#[entry]
fn main() -> ! {
    // cortex-m-rt turns this into a `&'static mut` (entry runs once): the
    // record buffer is a static, in `.bss`, not on the measured stack.
    static mut OUT: [u8; OUT_BYTES] = [0; OUT_BYTES];
    tidings_cortex_m::run(record::record, OUT, &record::capacity_metrics())
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    tidings_cortex_m::panic_exit(info)
}
