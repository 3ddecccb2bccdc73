//! The state of one `mmap.mmap` object and its byte operations, without
//! interpreter types (errors are `MapErr`, turned into exceptions by mod.rs).
//!
//! How the mapping is backed (no `unsafe` outside src/heap/, so no real
//! mmap(2) call):
//! * a shared file mapping (ACCESS_DEFAULT/READ/WRITE over a file) reads and
//!   writes the file in place with `pread`/`pwrite` on its own descriptor
//!   (the fd re-opened through /proc/self/fd/N, as CPython dup()s it). The
//!   bytes live in the page cache, shared with every other reader and writer
//!   of the file, as a MAP_SHARED mapping's pages are;
//! * anonymous maps (fileno -1) and copy-on-write maps (ACCESS_COPY) own
//!   their bytes in a Vec (a private copy, read from the file at creation).

use std::cell::OnceCell;
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;

pub const ACCESS_DEFAULT: i64 = 0;
pub const ACCESS_READ: i64 = 1;
pub const ACCESS_WRITE: i64 = 2;
pub const ACCESS_COPY: i64 = 3;

/// Why an operation failed (mapped onto CPython's exception types).
pub enum MapErr {
    Closed,
    Value(&'static str),
    Index(&'static str),
    Type(&'static str),
    Buffer(&'static str),
    Io(io::Error),
    Errno(i32),
}

pub type MapResult<T> = Result<T, MapErr>;

pub struct Mmap {
    pub closed: bool,
    /// The mapping's own descriptor (None for anonymous maps).
    pub file: Option<File>,
    /// The bytes of anonymous and copy-on-write maps.
    pub private: Option<Vec<u8>>,
    pub len: usize,
    pub pos: usize,
    pub offset: u64,
    pub access: i64,
    /// A copy of a shared file map's bytes handed to memoryview/bytes()
    /// (filled on demand; dropped by every method call so it never goes stale
    /// across mmap operations).
    pub snapshot: OnceCell<Vec<u8>>,
    /// The snapshot was handed out writable (to a memoryview): write it back
    /// to the file before the next operation, at close, or when freed.
    pub dirty: bool,
}

impl Mmap {
    pub fn check(&mut self) -> MapResult<()> {
        if self.closed {
            return Err(MapErr::Closed);
        }
        self.write_back()?;
        self.snapshot = OnceCell::new();
        Ok(())
    }

    /// Stores what a memoryview wrote into the snapshot of a shared file map.
    fn write_back(&mut self) -> MapResult<()> {
        if !self.dirty {
            return Ok(());
        }
        self.dirty = false;
        match (self.snapshot.get(), &self.file) {
            (Some(snap), Some(f)) => f.write_all_at(snap, self.offset).map_err(MapErr::Io),
            _ => Ok(()),
        }
    }

    pub fn writable(&self) -> MapResult<()> {
        if self.access == ACCESS_READ {
            return Err(MapErr::Type("mmap can't modify a readonly memory map."));
        }
        Ok(())
    }

    /// Bytes [start, end) of the map (start ≤ end ≤ len).
    pub fn read_range(&self, start: usize, end: usize) -> MapResult<Vec<u8>> {
        if start >= end {
            return Ok(Vec::new());
        }
        if let Some(v) = &self.private {
            return Ok(v.get(start..end).map(|s| s.to_vec()).unwrap_or_default());
        }
        let Some(f) = &self.file else { return Err(MapErr::Closed) };
        let mut buf = vec![0u8; end - start];
        let mut done = 0;
        while done < buf.len() {
            match f.read_at(&mut buf[done..], self.offset + (start + done) as u64) {
                // Past the end of a file truncated behind our back: the rest reads as zeros.
                Ok(0) => break,
                Ok(n) => done += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(MapErr::Io(e)),
            }
        }
        Ok(buf)
    }

    pub fn byte(&self, i: usize) -> MapResult<u8> {
        Ok(self.read_range(i, i + 1)?.first().copied().unwrap_or(0))
    }

    /// Writes `data` at map position `start` (start + data.len() ≤ len).
    pub fn write_range(&mut self, start: usize, data: &[u8]) -> MapResult<()> {
        if let Some(v) = &mut self.private {
            if let Some(dst) = v.get_mut(start..start + data.len()) {
                dst.copy_from_slice(data);
            }
            return Ok(());
        }
        let Some(f) = &self.file else { return Err(MapErr::Closed) };
        f.write_all_at(data, self.offset + start as u64).map_err(MapErr::Io)
    }

    /// `size()`: the file's size, or EBADF for anonymous maps (fstat(-1), as CPython).
    pub fn file_size(&self) -> MapResult<u64> {
        match &self.file {
            Some(f) => Ok(f.metadata().map_err(MapErr::Io)?.len()),
            None => Err(MapErr::Errno(9)),
        }
    }

    pub fn find(&self, sub: &[u8], start: i64, end: i64, reverse: bool) -> MapResult<i64> {
        let size = self.len as i64;
        let clamp = |v: i64| -> usize {
            let v = if v < 0 { v + size } else { v };
            v.clamp(0, size) as usize
        };
        let (s, e) = (clamp(start), clamp(end));
        if e < s {
            return Ok(-1);
        }
        let hay = self.read_range(s, e)?;
        let found = if sub.is_empty() {
            Some(if reverse { hay.len() } else { 0 })
        } else if sub.len() > hay.len() {
            None
        } else if reverse {
            hay.windows(sub.len()).rposition(|w| w == sub)
        } else {
            hay.windows(sub.len()).position(|w| w == sub)
        };
        Ok(found.map_or(-1, |i| (s + i) as i64))
    }

    /// `resize(n)`: grows or shrinks the file (shared file maps) or the
    /// private bytes (anonymous maps).
    pub fn resize(&mut self, new_len: usize) -> MapResult<()> {
        if self.access != ACCESS_WRITE && self.access != ACCESS_DEFAULT {
            return Err(MapErr::Type("mmap can't resize a readonly or copy-on-write memory map."));
        }
        if let Some(f) = &self.file {
            f.set_len(self.offset + new_len as u64).map_err(MapErr::Io)?;
        } else if let Some(v) = &mut self.private {
            if new_len == 0 {
                return Err(MapErr::Errno(22));
            }
            v.resize(new_len, 0);
        }
        self.len = new_len;
        Ok(())
    }

    /// `flush()`: msync — for a file map, push the written pages to the disk.
    pub fn flush(&self) -> MapResult<()> {
        if self.access == ACCESS_READ || self.access == ACCESS_COPY {
            return Ok(());
        }
        match &self.file {
            Some(f) => f.sync_data().map_err(MapErr::Io),
            None => Ok(()),
        }
    }

    pub fn close(&mut self) {
        let _ = self.write_back();
        self.closed = true;
        self.file = None;
        self.private = None;
        self.snapshot = OnceCell::new();
    }

    /// The whole map for the buffer protocol (a private map's own bytes, or
    /// a snapshot of a shared file map's).
    pub fn buffer(&self) -> Option<&[u8]> {
        if self.closed {
            return None;
        }
        if let Some(v) = &self.private {
            return Some(v);
        }
        Some(self.snapshot.get_or_init(|| self.read_range(0, self.len).unwrap_or_default()))
    }

    /// The whole map, writable, for the buffer protocol (None for read-only maps).
    pub fn buffer_mut(&mut self) -> Option<&mut [u8]> {
        if self.closed || self.access == ACCESS_READ {
            return None;
        }
        if self.private.is_some() {
            return self.private.as_deref_mut();
        }
        self.buffer()?;
        self.dirty = true;
        self.snapshot.get_mut().map(|v| &mut v[..])
    }
}

impl Drop for Mmap {
    fn drop(&mut self) {
        let _ = self.write_back();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anon(bytes: &[u8]) -> Mmap {
        Mmap {
            closed: false,
            file: None,
            private: Some(bytes.to_vec()),
            len: bytes.len(),
            pos: 0,
            offset: 0,
            access: ACCESS_DEFAULT,
            snapshot: OnceCell::new(),
            dirty: false,
        }
    }

    #[test]
    fn find_and_rfind() {
        let m = anon(b"hello");
        assert_eq!(m.find(b"l", 0, 5, false).ok(), Some(2));
        assert_eq!(m.find(b"l", 0, 5, true).ok(), Some(3));
        assert_eq!(m.find(b"l", -2, 5, false).ok(), Some(3));
        assert_eq!(m.find(b"", 0, 5, true).ok(), Some(5));
        assert_eq!(m.find(b"l", 3, 2, false).ok(), Some(-1));
        assert_eq!(m.find(b"xyzxyz", 0, 5, false).ok(), Some(-1));
    }

    #[test]
    fn shared_file_map_reads_and_writes_the_file() {
        let path = std::env::temp_dir().join(format!("pyrite-mmap-test-{}", std::process::id()));
        std::fs::write(&path, b"abcdef").unwrap();
        let f = std::fs::OpenOptions::new().read(true).write(true).open(&path).unwrap();
        let mut m = anon(b"");
        m.file = Some(f);
        m.private = None;
        m.offset = 2;
        m.len = 4;
        assert_eq!(m.read_range(0, 4).ok(), Some(b"cdef".to_vec()));
        assert!(m.write_range(1, b"XY").is_ok());
        assert_eq!(std::fs::read(&path).unwrap(), b"abcXYf");
        assert_eq!(m.buffer(), Some(&b"cXYf"[..]));
        let _ = std::fs::remove_file(&path);
    }
}
