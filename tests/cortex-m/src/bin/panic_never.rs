//! `firmware` and `stream` in one image, with a panic handler that cannot
//! link: if any panic path survives optimisation in the release build, the
//! link fails with an undefined reference to
//! `tidings_panic_path_survived_in_release_build`. scripts/embedded.sh
//! builds it, fails when the link does, and lists the functions that still
//! reach the panic machinery (from the disassembly of `firmware` and
//! `stream`, which link with a real handler).
#![no_std]
#![no_main]

use cortex_m_rt::entry;
use tidings_cortex_m::record;

const OUT_BYTES: usize = 32 * 1024;

#[entry]
fn main() -> ! {
    static mut OUT: [u8; OUT_BYTES] = [0; OUT_BYTES];
    // Both entry points, whole-document and streaming, must be free of
    // panic paths: `black_box` hides which one runs, so both are linked.
    if core::hint::black_box(false) {
        tidings_cortex_m::stream::run()
    }
    tidings_cortex_m::run(record::record, OUT, &record::capacity_metrics())
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo<'_>) -> ! {
    unsafe extern "C" {
        // Deliberately defined nowhere.
        fn tidings_panic_path_survived_in_release_build() -> !;
    }
    // SAFETY: never runs: linking succeeds only if this is unreachable.
    unsafe { tidings_panic_path_survived_in_release_build() }
}
