//! Shared server state: settings, assets, avatar groups and the exchange log.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use super::faults::Faults;
use super::idempotency::Idempotency;
use super::rate_limit::Limiter;
use super::record::Exchange;
use super::s3::Bucket;

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
    pub log_requests: bool,
    /// Made fresh at every start, so URLs from an earlier run never verify.
    pub secret: [u8; 32],
    pub data_dir: PathBuf,
    pub registry: Mutex<Registry>,
    pub idempotency: Idempotency,
    pub exchanges: Mutex<Vec<Exchange>>,
    /// What to fail on purpose; counts go down as faults are used.
    pub faults: Mutex<Faults>,
    /// The key's token bucket, for the `rate-limit` fault.
    pub limiter: Limiter,
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

/// Locks a mutex, carrying on after a panicked holder: every update is a single assignment or
/// push, so the data stays consistent.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn create_dirs(data_dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(data_dir.join("assets"))?;
    std::fs::create_dir_all(data_dir.join("tmp"))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    PendingUpload,
    Uploaded,
    Completed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::PendingUpload => "pending_upload",
            Status::Uploaded => "uploaded",
            Status::Completed => "completed",
        }
    }
}

/// What init promised and the PUT must match.
pub struct Presigned {
    pub checksum: Option<[u8; 32]>,
    /// Signed header names (lowercase) and values, host aside (it is checked on its own).
    /// Its `x-amz-*` names are also the only ones a PUT may carry.
    pub signed_headers: Vec<(&'static str, String)>,
    /// The object's key when the URL points at an S3 bucket; its bytes then stay there.
    pub object_key: Option<String>,
}

/// What is known about the bytes actually stored.
#[derive(Clone, Copy)]
pub struct Stored {
    pub digest: [u8; 32],
    pub sniffed: Option<&'static str>,
}

pub struct Asset {
    pub id: String,
    pub status: Status,
    pub size_bytes: u64,
    /// Declared at init, or sniffed for a simple upload.
    pub mime_type: String,
    /// `None` for simple uploads, which have no presigned URL.
    pub presigned: Option<Presigned>,
    pub stored: Option<Stored>,
}

pub struct Group {
    pub id: String,
    pub name: String,
    /// GETs so far: the first two report "processing", later ones "completed".
    pub polls: u32,
}

#[derive(Default)]
pub struct Registry {
    pub assets: HashMap<String, Asset>,
    pub asset_order: Vec<String>,
    pub groups: HashMap<String, Group>,
    pub sessions: HashMap<String, super::video_agents::Session>,
    pub videos: HashMap<String, super::videos::Video>,
}

impl Registry {
    pub fn add_asset(&mut self, asset: Asset) {
        self.asset_order.push(asset.id.clone());
        self.assets.insert(asset.id.clone(), asset);
    }
}
