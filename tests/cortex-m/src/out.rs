//! Line output over semihosting, without `core::fmt`.
//!
//! Write errors are ignored: there is nobody to report them to, and a
//! missing line fails the host-side comparison anyway.

use cortex_m_semihosting::hio::{self, HostStream};

/// The host's standard output (QEMU's stdout with `target=native`).
pub struct Out(Option<HostStream>);

impl Out {
    /// Opens the host's standard output.
    pub fn stdout() -> Out {
        Out(hio::hstdout().ok())
    }

    /// Writes raw bytes.
    pub fn bytes(&mut self, b: &[u8]) -> &mut Out {
        if let Some(s) = self.0.as_mut() {
            let _ = s.write_all(b);
        }
        self
    }

    /// Writes a string.
    pub fn str(&mut self, s: &str) -> &mut Out {
        self.bytes(s.as_bytes())
    }

    /// Writes `n` in decimal.
    pub fn dec(&mut self, n: usize) -> &mut Out {
        let mut buf = [0u8; 20];
        let len = decimal(n, &mut buf);
        self.bytes(buf.get(buf.len().saturating_sub(len)..).unwrap_or(&[]))
    }

    /// Ends the line.
    pub fn nl(&mut self) -> &mut Out {
        self.bytes(b"\n")
    }

    /// Writes `metric <name> <value>\n`.
    pub fn metric(&mut self, name: &str, value: usize) -> &mut Out {
        self.str("metric ").str(name).str(" ").dec(value).nl()
    }
}

/// Writes the decimal digits of `n` right-aligned at the end of `buf` and
/// returns how many there are (`buf` of 20 bytes holds any `u64`).
pub fn decimal(mut n: usize, buf: &mut [u8]) -> usize {
    let mut len = 0;
    for slot in buf.iter_mut().rev() {
        *slot = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
        if n == 0 {
            break;
        }
    }
    len
}
