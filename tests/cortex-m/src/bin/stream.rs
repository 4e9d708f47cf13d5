//! The streaming firmware: feeds every seed line by line into the core's
//! `stream::Stream` and prints the title and paragraphs it decides (see
//! `tidings_cortex_m::stream`).
#![no_std]
#![no_main]

use cortex_m_rt::entry;

#[entry]
fn main() -> ! {
    tidings_cortex_m::stream::run()
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    tidings_cortex_m::panic_exit(info)
}
