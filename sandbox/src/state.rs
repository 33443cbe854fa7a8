//! The server's state: settings and the stores every handler reads.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use super::clock::Clock;
use super::exchange::ExchangeLog;
use super::faults::Faults;
use super::idempotency::Idempotency;
use super::limiter::Limiter;
use super::model::Registry;
use super::s3::Bucket;
use super::sync::lock;
use super::tokens::Tokens;

pub type AppState = std::sync::Arc<App>;

pub struct App {
    pub key: String,
    /// `http://host:port` (`https://` with TLS), the prefix of every URL the sandbox hands out.
    pub base_url: String,
    /// `host:port` as clients must send it in `Host` for presigned PUTs.
    pub host: String,
    pub max_simple_bytes: u64,
    pub max_direct_bytes: u64,
    pub url_ttl_secs: u64,
    /// Made fresh at every start, so URLs from an earlier run never verify.
    pub secret: [u8; 32],
    pub data_dir: PathBuf,
    pub registry: Mutex<Registry>,
    pub idempotency: Idempotency,
    /// Every request answered, and whether each is logged.
    pub exchanges: ExchangeLog,
    /// What to fail on purpose; counts go down as faults are used.
    pub faults: Mutex<Faults>,
    /// The key's token bucket, for the `rate-limit` fault.
    pub limiter: Limiter,
    /// The one clock, which tests may move forward.
    pub clock: Clock,
    /// OAuth tokens, accepted beside the key as `Authorization: Bearer`.
    pub oauth: Tokens,
    /// Where presigned uploads go when not to the sandbox's own storage.
    pub s3: Option<Bucket>,
}

impl App {
    /// Where an asset's bytes live once stored.
    pub fn object_path(&self, asset_id: &str) -> PathBuf {
        self.data_dir.join("assets").join(asset_id)
    }

    /// Where uploads are spooled before they are accepted (same filesystem, so moving is cheap).
    pub fn spool_dir(&self) -> PathBuf {
        self.data_dir.join("tmp")
    }

    pub fn file_url(&self, asset_id: &str) -> String {
        format!("{}/files/{asset_id}", self.base_url)
    }

    pub fn registry(&self) -> MutexGuard<'_, Registry> {
        lock(&self.registry)
    }
}

pub fn create_dirs(data_dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(data_dir.join("assets"))?;
    std::fs::create_dir_all(data_dir.join("tmp"))
}
