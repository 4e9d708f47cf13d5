//! The stream's text window: the bytes of the lines whose blocks are not
//! decided yet, in a fixed array.
//!
//! Complete lines are stored each followed by `\n`, so the article segmenter
//! sees ordinary lines; blank lines are not stored (the stream remembers that
//! one came). After them, a *partial* line collects the bytes of a line that
//! has not ended yet. Once the oldest blocks are decided the window is
//! compacted with one `copy_within`; offsets into the window shift down and
//! the stream rebases what it holds.

/// A fixed window of complete UTF-8 lines plus one partial line.
#[derive(Debug)]
pub struct TextBuf<const N: usize> {
    bytes: [u8; N],
    /// Bytes of complete lines.
    len: usize,
    /// Bytes of the partial line after them.
    partial: usize,
}

impl<const N: usize> TextBuf<N> {
    /// An empty window.
    pub const fn new() -> Self {
        TextBuf {
            bytes: [0; N],
            len: 0,
            partial: 0,
        }
    }

    /// The complete lines.
    ///
    /// Not re-validated: the stream asks for its window once or twice per
    /// line, and checking up to `N` bytes each time cost a tenth of the
    /// stream's run time. The invariant that makes it sound is kept by this
    /// type alone: `bytes[..len]` only grows by [`Self::commit_partial`],
    /// which validates the line it appends, and only shrinks from the front
    /// by [`Self::drop_front`], which cuts on a character boundary.
    #[inline]
    pub fn as_str(&self) -> &str {
        let b = self.bytes.get(..self.len).unwrap_or(&[]);
        debug_assert!(core::str::from_utf8(b).is_ok());
        // SAFETY: `b` is valid UTF-8 (see above).
        unsafe { core::str::from_utf8_unchecked(b) }
    }

    /// Bytes of complete lines.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Free bytes (one is always kept for the partial line's `\n`).
    #[inline]
    pub fn free(&self) -> usize {
        N.saturating_sub(self.len + self.partial + 1)
    }

    /// Appends bytes to the partial line; `false` (nothing appended) when
    /// they do not fit.
    pub fn push_partial(&mut self, b: &[u8]) -> bool {
        if b.len() > self.free() {
            return false;
        }
        let at = self.len + self.partial;
        match self.bytes.get_mut(at..at + b.len()) {
            Some(d) => {
                d.copy_from_slice(b);
                self.partial += b.len();
                true
            }
            None => false,
        }
    }

    /// Forgets the partial line.
    pub fn drop_partial(&mut self) {
        self.partial = 0;
    }

    /// Ends the partial line: drops a trailing `\r`, checks UTF-8, and
    /// commits it as a complete line. `Ok(Some(offset))` for a line,
    /// `Ok(None)` for a blank one (not stored), `Err(())` when it is not
    /// UTF-8 (dropped).
    pub fn commit_partial(&mut self) -> Result<Option<usize>, ()> {
        let at = self.len;
        let mut n = self.partial;
        self.partial = 0;
        let raw = self.bytes.get(at..at + n).unwrap_or(&[]);
        if raw.last() == Some(&b'\r') {
            n -= 1;
        }
        let line = self.bytes.get(at..at + n).unwrap_or(&[]);
        let s = core::str::from_utf8(line).map_err(|_| ())?;
        if crate::article::lines::is_blank(s) {
            return Ok(None);
        }
        match self.bytes.get_mut(at + n) {
            Some(nl) => *nl = b'\n',
            None => return Err(()),
        }
        self.len = at + n + 1;
        Ok(Some(at))
    }

    /// Drops the first `n` bytes of complete lines (callers pass block
    /// starts; a position inside a character is moved back to its start);
    /// offsets shift down by the bytes dropped, which are returned.
    pub fn drop_front(&mut self, n: usize) -> usize {
        let mut n = n.min(self.len);
        if n == 0 {
            return 0;
        }
        // Never inside a character, whatever the caller passes: back up over
        // UTF-8 continuation bytes (keeps `as_str` sound). `len` itself is
        // the end of the valid text, always a boundary.
        while n > 0 && n < self.len && self.bytes.get(n).is_some_and(|&b| b & 0xC0 == 0x80) {
            n -= 1;
        }
        if n == 0 {
            return 0;
        }
        // `len + partial <= N` always; the `min` and the test only show the
        // compiler that `copy_within` cannot fail (no panic path left in
        // release builds; README, "Panic-freedom").
        let end = (self.len + self.partial).min(self.bytes.len());
        if n <= end {
            self.bytes.copy_within(n..end, 0);
        }
        self.len -= n;
        n
    }
}

impl<const N: usize> Default for TextBuf<N> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_partials_and_compaction() {
        let mut b = TextBuf::<16>::new();
        assert!(b.push_partial("hé".as_bytes()));
        assert!(b.push_partial(b"llo\r"));
        assert_eq!(b.commit_partial(), Ok(Some(0)));
        assert_eq!(b.as_str(), "héllo\n");
        assert!(b.push_partial(b"wor"));
        assert_eq!(b.as_str(), "h\u{e9}llo\n");
        // Inside `é`: moved back to its start.
        assert_eq!(b.drop_front(2), 1);
        assert_eq!(b.as_str(), "\u{e9}llo\n");
        assert_eq!(b.drop_front(6), 6);
        assert_eq!(b.as_str(), "");
        assert!(b.push_partial(b"ld"));
        assert_eq!(b.commit_partial(), Ok(Some(0)));
        assert_eq!(b.as_str(), "world\n");
        assert!(b.push_partial(b" \t"));
        assert_eq!(b.commit_partial(), Ok(None));
        assert!(b.push_partial(&[0xFF, b'a']));
        assert_eq!(b.commit_partial(), Err(()));
        assert_eq!(b.free(), 9);
        assert!(!b.push_partial(&[b'x'; 10]));
        assert!(b.push_partial(&[b'x'; 9]));
        assert_eq!(b.free(), 0);
    }
}
