//! The record of direct uploads in flight, so that a crash (a killed CI job, a closed laptop)
//! loses nothing: rerunning the same upload picks up where it stopped, with the same asset.
//!
//! One JSON file per local file under `<state dir>/heygen/uploads/`, written atomically
//! (temporary file, then rename) with mode 0600 before each step, and removed once completed.
//! It holds presigned URLs, which are credentials, hence the mode.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Failure, Result};
use crate::input::LocalFile;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The init request is about to go out, with `idempotency_key`: a rerun replays it.
    Initializing,
    /// Init answered: asset id and upload URL known, bytes not stored yet.
    Initialized,
    /// Storage has the bytes; only complete is left.
    Uploaded,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub path: PathBuf,
    pub size: u64,
    pub modified_ns: Option<u128>,
    pub content_type: String,
    pub sha256: Option<String>,
    pub idempotency_key: String,
    pub asset_id: Option<String>,
    pub upload_url: Option<String>,
    #[serde(default)]
    pub upload_headers: Vec<(String, String)>,
    /// Seconds since the epoch after which the upload URL is no good.
    pub expires_at: Option<u64>,
    pub step: Step,
    /// The init answer without URL and headers, for `--no-complete` output.
    #[serde(default)]
    pub init_answer: Option<serde_json::Value>,
}

impl Entry {
    /// Whether this entry still describes `file` as it is now (same size and mtime).
    pub fn matches(&self, file: &LocalFile) -> bool {
        self.size == file.size
            && self.modified_ns == file.modified.map(epoch_ns)
            && self.content_type == file.content_type
    }

    pub fn url_expired(&self) -> bool {
        self.expires_at.is_some_and(|at| now_secs() >= at)
    }
}

pub fn new_entry(file: &LocalFile, sha256: Option<String>, idempotency_key: String) -> Entry {
    Entry {
        path: absolute(&file.path),
        size: file.size,
        modified_ns: file.modified.map(epoch_ns),
        content_type: file.content_type.clone(),
        sha256,
        idempotency_key,
        asset_id: None,
        upload_url: None,
        upload_headers: Vec::new(),
        expires_at: None,
        step: Step::Initializing,
        init_answer: None,
    }
}

pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn epoch_ns(time: SystemTime) -> u128 {
    time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

fn absolute(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The journal folder; `None` where the platform has no state directory (then uploads are
/// simply not resumable).
pub struct Journal {
    dir: Option<PathBuf>,
}

impl Journal {
    pub fn new(state_dir: Option<PathBuf>) -> Self {
        Self {
            dir: state_dir.map(|d| d.join("heygen").join("uploads")),
        }
    }

    fn file_for(&self, path: &Path) -> Option<PathBuf> {
        let digest = Sha256::digest(absolute(path).to_string_lossy().as_bytes());
        let name = format!("{}.json", &hex::encode(digest)[..32]);
        self.dir.as_ref().map(|d| d.join(name))
    }

    /// The entry for a local file, if one was left by an earlier run.
    pub fn load(&self, path: &Path) -> Option<Entry> {
        let text = fs::read_to_string(self.file_for(path)?).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Records a step before it is taken. Atomic: a crash leaves the old entry or the new one.
    pub fn save(&self, entry: &Entry) -> Result<()> {
        let (Some(dir), Some(target)) = (&self.dir, self.file_for(&entry.path)) else {
            return Ok(());
        };
        let failed = |e: std::io::Error| {
            Failure::remote(format!(
                "cannot write the upload journal in {} ({e}); check that folder",
                dir.display()
            ))
        };
        let json = serde_json::to_vec_pretty(entry).map_err(|e| failed(e.into()))?;
        crate::private_file::write(&target, &json).map_err(failed)
    }

    pub fn remove(&self, path: &Path) {
        if let Some(file) = self.file_for(path) {
            let _ = fs::remove_file(file);
        }
    }

    /// Removes whichever entry recorded this asset (after `heygen asset complete ID`).
    pub fn remove_asset(&self, asset_id: &str) {
        for entry in self.entries() {
            if entry.asset_id.as_deref() == Some(asset_id) {
                self.remove(&entry.path);
            }
        }
    }

    /// Every entry, oldest path first.
    pub fn entries(&self) -> Vec<Entry> {
        let Some(listing) = self.dir.as_ref().and_then(|d| fs::read_dir(d).ok()) else {
            return Vec::new();
        };
        let mut entries: Vec<Entry> = listing
            .flatten()
            .filter(|f| f.path().extension().is_some_and(|e| e == "json"))
            .filter_map(|f| serde_json::from_str(&fs::read_to_string(f.path()).ok()?).ok())
            .collect();
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(dir: &Path) -> LocalFile {
        let path = dir.join("clip.mp4");
        fs::write(&path, b"\0\0\0\x10ftypmp42\0\0\0\0").unwrap();
        crate::input::check(&path, None).unwrap()
    }

    #[test]
    fn entries_round_trip_privately_and_go_away() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(Some(dir.path().join("state")));
        let file = sample(dir.path());
        let mut entry = new_entry(&file, Some("ab".into()), "key-1".into());
        entry.step = Step::Uploaded;
        entry.asset_id = Some("ast_1".into());
        journal.save(&entry).unwrap();
        let loaded = journal.load(&file.path).unwrap();
        assert_eq!(loaded.step, Step::Uploaded);
        assert!(loaded.matches(&file));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let saved = fs::read_dir(dir.path().join("state/heygen/uploads")).unwrap();
            for f in saved.flatten() {
                assert_eq!(f.metadata().unwrap().permissions().mode() & 0o777, 0o600);
            }
        }
        journal.remove_asset("ast_1");
        assert!(journal.load(&file.path).is_none());
    }
}
