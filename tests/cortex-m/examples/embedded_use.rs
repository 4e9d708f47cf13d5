//! Embedded use: parse a page into an article record on a Cortex-M, with
//! fixed capacities and no allocator, and print its JSON.
#![no_std]
#![no_main]

use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hio};
use tidings_core::article::{self, Article};
use tidings_core::json;

static PAGE: &str = "Belarus seeks talks with Kyiv\n\nBy Jane Doe\n\n\
    Minsk is ready for a \u{201c}big deal\u{201d} with Washington, the president said on \
    Tuesday, adding that talks with Kyiv could follow.\n\n\
    The two sides last met in September. Officials on both sides described the \
    meeting as constructive and said further rounds were planned.\n\n\
    Read more: Belarus frees prisoners\n";

#[entry]
fn main() -> ! {
    // Capacities: 32 paragraphs, 64 body lines, 16 boilerplate blocks,
    // 4 captions, 4 authors (about 1 KiB). Every field borrows PAGE.
    let mut record: Article<'_, 32, 64, 16, 4, 4> = Article::empty(PAGE);
    let mut buf = [0u8; 2048];
    let ok = match article::parse_into(PAGE, &article::Config::default(), &mut record) {
        // On error: json::Error::BufferTooSmall { needed } says how much.
        Ok(()) => match json::to_slice(&record, &[], &mut buf) {
            Ok(n) => hio::hstdout()
                .and_then(|mut out| out.write_all(buf.get(..n).unwrap_or(&[])))
                .is_ok(),
            Err(_) => false,
        },
        // A capacity ran out: article::Error::Capacity { which, limit, offset }.
        Err(_) => false,
    };
    debug::exit(if ok {
        debug::EXIT_SUCCESS
    } else {
        debug::EXIT_FAILURE
    });
    loop {
        cortex_m::asm::wfi();
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    debug::exit(debug::EXIT_FAILURE);
    loop {
        cortex_m::asm::wfi();
    }
}
