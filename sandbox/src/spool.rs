//! Request bodies on disk: streamed to a temp file (hashed on the way when asked), so memory
//! stays constant.

use std::io::{self, Read};
use std::path::Path;

use axum::body::Body;
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use tempfile::NamedTempFile;
use tokio::io::AsyncWriteExt;

use super::model::Stored;
use super::sniff::{SNIFF_LEN, sniff};

pub struct Spool {
    file: NamedTempFile,
    writer: tokio::fs::File,
    hasher: Option<Sha256>,
    len: u64,
    head: Vec<u8>,
}

impl Spool {
    /// With `hashing`, the SHA-256 of the bytes is computed as they arrive.
    pub fn new(dir: &Path, hashing: bool) -> io::Result<Spool> {
        let file = NamedTempFile::new_in(dir)?;
        let writer = tokio::fs::File::from_std(file.as_file().try_clone()?);
        Ok(Spool {
            file,
            writer,
            hasher: hashing.then(Sha256::new),
            len: 0,
            head: Vec::with_capacity(SNIFF_LEN),
        })
    }

    pub async fn write(&mut self, chunk: &[u8]) -> io::Result<()> {
        let wanted = SNIFF_LEN.saturating_sub(self.head.len()).min(chunk.len());
        self.head.extend_from_slice(&chunk[..wanted]);
        if let Some(hasher) = &mut self.hasher {
            hasher.update(chunk);
        }
        self.len += chunk.len() as u64;
        self.writer.write_all(chunk).await
    }

    pub async fn finish(mut self) -> io::Result<Spooled> {
        self.writer.flush().await?;
        Ok(Spooled {
            file: self.file,
            len: self.len,
            stored: Stored {
                digest: self.hasher.map(|hasher| hasher.finalize().into()),
                sniffed: sniff(&self.head),
            },
        })
    }
}

/// SHA-256 of a stored file, for a digest its arrival did not compute.
pub fn sha256_of(path: &Path) -> io::Result<[u8; 32]> {
    let mut file = std::fs::File::open(path)?;
    let (mut hasher, mut buffer) = (Sha256::new(), vec![0; 1 << 20]);
    loop {
        match file.read(&mut buffer)? {
            0 => return Ok(hasher.finalize().into()),
            n => hasher.update(&buffer[..n]),
        }
    }
}

/// A complete body waiting to be accepted; dropped, it is deleted.
pub struct Spooled {
    file: NamedTempFile,
    pub len: u64,
    pub stored: Stored,
}

impl Spooled {
    /// Moves the bytes to their final place, replacing what was there.
    pub fn keep(self, dest: &Path) -> io::Result<()> {
        self.file.persist(dest).map(drop).map_err(|e| e.error)
    }
}

/// Reads and discards up to `cap` body bytes before a refusal, so a client still sending gets
/// to read the answer instead of a reset connection.
pub async fn drain(body: Body, cap: u64) {
    let mut stream = body.into_data_stream();
    let mut seen = 0u64;
    while seen <= cap {
        match stream.next().await {
            Some(Ok(chunk)) => seen += chunk.len() as u64,
            _ => break,
        }
    }
}
