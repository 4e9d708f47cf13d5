//! ISO 8601 text of a date, in a fixed buffer (no allocation).

/// ISO 8601 text: `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm[:ss]±hh:mm` when both a
/// time and its zone are known (UTC is written `+00:00`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Iso {
    buf: [u8; 25],
    len: u8,
}

impl Iso {
    /// The ISO text.
    pub fn as_str(&self) -> &str {
        self.buf
            .get(..usize::from(self.len))
            .and_then(|b| core::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    /// An empty buffer.
    pub(super) const fn new() -> Iso {
        Iso {
            buf: [0; 25],
            len: 0,
        }
    }

    /// Appends one ASCII byte (ignored when full).
    pub(super) fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(usize::from(self.len)) {
            *slot = b;
            self.len = self.len.saturating_add(1);
        }
    }

    /// Appends `value` as exactly `width` decimal digits (zero padded).
    pub(super) fn digits(&mut self, value: u32, width: u32) {
        let mut div = 10u32.saturating_pow(width.saturating_sub(1));
        while div > 0 {
            let d = (value / div) % 10;
            // `d` is below 10.
            self.push(b'0' + d as u8);
            div /= 10;
        }
    }
}

impl core::fmt::Display for Iso {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_digits() {
        let mut iso = Iso::new();
        iso.digits(2025, 4);
        iso.push(b'-');
        iso.digits(7, 2);
        assert_eq!(iso.as_str(), "2025-07");
        for _ in 0..40 {
            iso.push(b'x');
        }
        assert_eq!(iso.as_str().len(), 25);
    }
}
