//! SHA-256 of a file, as the presigned flow declares it. sha2 picks the CPU's SHA extensions
//! at run time where there are any.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{Failure, Result};

const BUFFER: usize = 1 << 20;

/// Lowercase hex SHA-256 of the file, computed off the async threads.
pub async fn sha256_hex(path: PathBuf) -> Result<String> {
    tokio::task::spawn_blocking(move || sha256_hex_blocking(&path))
        .await
        .map_err(|e| Failure::remote(format!("checksum failed ({e})")))?
}

/// Lowercase hex SHA-256 of the file, on this thread.
pub fn sha256_hex_blocking(path: &Path) -> Result<String> {
    let hash = || {
        let mut file = std::fs::File::open(path)?;
        let mut hasher = Sha256::new();
        let mut buffer = vec![0; BUFFER];
        loop {
            match file.read(&mut buffer)? {
                0 => break,
                n => hasher.update(&buffer[..n]),
            }
        }
        Ok::<_, std::io::Error>(hex::encode(hasher.finalize()))
    };
    hash().map_err(|e| Failure::remote(format!("cannot read it for the checksum ({e})")))
}
