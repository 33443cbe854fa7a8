//! The resume record of a batch: its idempotency key (written before the init goes out), then
//! its id and each file's asset, URL and whether its bytes are stored, then that it is being
//! completed. A run killed at any point is continued by the next run of the same files: the
//! same batch, no PUT sent twice, no second batch. Kept beside the other resume records, of
//! one base URL and key, and removed once every file's result is in hand.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::transfer::local_file::LocalFile;
use crate::upload::resume::{ResumeRecords, absolute, epoch_ns, path_hex};
use crate::util::clock::now_secs;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BatchRecord {
    pub base_url: String,
    pub key_fingerprint: String,
    pub created_at: u64,
    pub idempotency_key: String,
    /// Known once init answered.
    pub batch_id: Option<String>,
    pub files: Vec<BatchFile>,
    /// Every file's bytes are stored (or it went on its own): complete was or is being sent.
    pub completing: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BatchFile {
    #[serde(rename = "path_hex", with = "path_hex")]
    pub path: PathBuf,
    pub size: u64,
    pub modified_ns: Option<u128>,
    pub content_type: String,
    pub sha256: Option<String>,
    pub asset_id: Option<String>,
    pub upload_url: Option<String>,
    #[serde(default)]
    pub upload_headers: Vec<(String, String)>,
    pub expires_at: Option<u64>,
    pub stored: bool,
    /// Its batch URL expired before the bytes arrived: it went up on its own instead.
    #[serde(default)]
    pub alone: bool,
    /// The asset it became on its own, once completed.
    #[serde(default)]
    pub alone_asset: Option<String>,
}

impl BatchFile {
    /// Whether `file` (found at this file's path) is as it was: same size, time and type.
    pub fn unchanged(&self, file: &LocalFile) -> bool {
        self.size == file.size
            && self.modified_ns == file.modified.map(epoch_ns)
            && self.content_type == file.content_type
    }
}

impl ResumeRecords {
    /// A new batch's record, for these files in this order.
    pub fn new_batch(&self, files: &[(&LocalFile, Option<String>)], key: String) -> BatchRecord {
        BatchRecord {
            base_url: self.base_url.clone(),
            key_fingerprint: self.key_fingerprint.clone(),
            created_at: now_secs(),
            idempotency_key: key,
            batch_id: None,
            files: files
                .iter()
                .map(|(file, sha256)| BatchFile {
                    path: absolute(&file.path),
                    size: file.size,
                    modified_ns: file.modified.map(epoch_ns),
                    content_type: file.content_type.clone(),
                    sha256: sha256.clone(),
                    asset_id: None,
                    upload_url: None,
                    upload_headers: Vec::new(),
                    expires_at: None,
                    stored: false,
                    alone: false,
                    alone_asset: None,
                })
                .collect(),
            completing: false,
        }
    }

    fn batch_file(&self, key: &str) -> Option<PathBuf> {
        let name = hex::encode(Sha256::digest(key.as_bytes()));
        let dir = self.dir.as_ref()?;
        Some(dir.join(format!("batch-{}.json", &name[..32])))
    }

    /// Writes the record atomically; one that cannot be written fails nothing (the run goes
    /// on without records, as for single uploads).
    pub fn save_batch(&self, record: &BatchRecord) {
        let Some(target) = self.batch_file(&record.idempotency_key) else {
            return;
        };
        if self.unwritable.load(Ordering::Relaxed) {
            return;
        }
        let written = serde_json::to_vec(record)
            .map_err(std::io::Error::from)
            .and_then(|json| crate::util::private_file::write(&target, &json));
        if written.is_err() {
            let _ = fs::remove_file(&target);
        }
    }

    pub fn remove_batch(&self, record: &BatchRecord) {
        if let Some(target) = self.batch_file(&record.idempotency_key) {
            let _ = fs::remove_file(target);
        }
    }

    /// The batches of this API and key that an earlier run left unfinished, oldest first,
    /// while HeyGen may still replay their init.
    pub fn batches_here(&self) -> Vec<BatchRecord> {
        let Some(listing) = self.dir.as_ref().and_then(|d| fs::read_dir(d).ok()) else {
            return Vec::new();
        };
        let mut records: Vec<BatchRecord> = listing
            .flatten()
            .filter(|f| is_batch_file(&f.path()))
            .filter_map(|f| serde_json::from_slice(&fs::read(f.path()).ok()?).ok())
            .filter(|r: &BatchRecord| {
                r.base_url == self.base_url && r.key_fingerprint == self.key_fingerprint
            })
            .collect();
        records.sort_by_key(|r| r.created_at);
        records
    }
}

fn is_batch_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("batch-") && n.ends_with(".json"))
}
