//! Peak stack use by painting: fill the unused stack with a pattern at the
//! start, find the lowest word that no longer holds it at the end.
//!
//! The stack grows down from `_stack_start` (the end of RAM) towards
//! `_stack_end` (the end of `.bss`/`.uninit`), both from cortex-m-rt's
//! `link.x`. [`paint`] runs from `main`, so it must not paint its own live
//! frame: it paints from `_stack_end` up to its current SP minus a margin
//! (nothing runs below the SP: no interrupts are enabled, and the loop
//! itself needs no stack). The measured peak is `_stack_start - lowest
//! scrubbed word`: it includes the runtime's and `main`'s frames, i.e. the
//! whole stack a device must reserve for this program.
//!
//! A used word that happens to equal the pattern hides at most itself and
//! the words above it that also match: the error is an undercount of a few
//! words at worst, and needs a frame full of `0xCCCC_CCCC`.

/// The pattern (the value cortex-m-rt's `paint-stack` feature uses).
pub const PAINT: u32 = 0xCCCC_CCCC;

/// Bytes left unpainted below the SP of [`paint`].
pub const MARGIN: usize = 256;

unsafe extern "C" {
    // Linker-script symbols: only their addresses mean anything.
    static _stack_start: u32;
    static _stack_end: u32;
    static __sdata: u32;
    static __edata: u32;
    static __sbss: u32;
    static __ebss: u32;
}

static PAINTED_TOP: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

fn addr(p: *const u32) -> usize {
    p as usize
}

/// The current stack pointer.
#[inline(always)]
fn sp() -> usize {
    let sp: usize;
    // SAFETY: reads a register, touches no memory.
    unsafe {
        core::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    sp
}

/// Lowest address of the stack region (word aligned).
fn floor() -> usize {
    (addr(&raw const _stack_end) + 3) & !3
}

/// Paints the free stack below the caller. Call once, first thing in `main`.
#[inline(never)]
pub fn paint() {
    let top = sp().saturating_sub(MARGIN) & !3;
    let mut p = floor();
    while p < top {
        // SAFETY: `floor()..top` is RAM between the end of the statics and
        // (well below) the live stack; nothing else uses it.
        unsafe { (p as *mut u32).write_volatile(PAINT) };
        p += 4;
    }
    PAINTED_TOP.store(top, core::sync::atomic::Ordering::Relaxed);
}

/// What [`peak`] measured.
#[derive(Clone, Copy, Debug)]
pub struct Peak {
    /// Bytes of stack used at the deepest point, from the top of RAM.
    pub used: usize,
    /// Bytes that were painted (an upper bound of what could be measured).
    pub painted: usize,
    /// Whether no painted word survived at the floor (the stack may have
    /// grown into the statics).
    floor_scrubbed: bool,
}

impl Peak {
    /// The stack reached the end of the statics: measurement invalid.
    pub fn overflowed(&self) -> bool {
        self.floor_scrubbed
    }
}

/// Scans the painted region from the floor up for the first scrubbed word.
#[inline(never)]
pub fn peak() -> Peak {
    let top = PAINTED_TOP.load(core::sync::atomic::Ordering::Relaxed);
    let start = addr(&raw const _stack_start);
    let floor = floor();
    let mut p = floor;
    // SAFETY: reads the region `paint` wrote, which is plain RAM.
    while p < top && unsafe { (p as *const u32).read_volatile() } == PAINT {
        p += 4;
    }
    Peak {
        used: start.saturating_sub(p),
        painted: top.saturating_sub(floor),
        floor_scrubbed: p == floor && top > floor,
    }
}

/// Sizes of the RAM sections, from the linker's symbols.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// `.data` bytes (initialised statics, copied from flash at reset).
    pub data: usize,
    /// `.bss` bytes (zeroed statics).
    pub bss: usize,
}

impl Layout {
    /// Reads the section bounds.
    pub fn get() -> Layout {
        Layout {
            data: addr(&raw const __edata).saturating_sub(addr(&raw const __sdata)),
            bss: addr(&raw const __ebss).saturating_sub(addr(&raw const __sbss)),
        }
    }
}
