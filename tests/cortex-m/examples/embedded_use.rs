//! Embedded use: count the words and sentences of a text on a Cortex-M.
#![no_std]
#![no_main]

use cortex_m_rt::entry;
use cortex_m_semihosting::debug;
use tidings_core::{Mode, sentence, token};

static TEXT: &str = "Minsk is ready for a \u{201c}big deal\u{201d} with Washington. \
                     Talks resumed on Tuesday, Sept. 9, at 5 p.m.";

#[entry]
fn main() -> ! {
    let words = token::tokenize(TEXT, Mode::News)
        .filter(|t| t.kind == token::Kind::Word)
        .count();
    let sentences = sentence::sentences(TEXT, Mode::News).count();
    // Spans borrow TEXT: nothing is copied, nothing is allocated.
    core::hint::black_box((words, sentences));
    debug::exit(debug::EXIT_SUCCESS);
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
