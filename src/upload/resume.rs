//! Resume records: the direct uploads in flight, so that a crash (a killed CI job, a closed laptop)
//! loses nothing: rerunning the same upload picks up where it stopped, with the same asset.
//!
//! One JSON file per base URL, key and local file under `<state dir>/heygen/uploads/`,
//! written atomically (temporary file, then rename) with mode 0600 before each step, and
//! removed once completed. It holds presigned URLs, which are credentials, hence the mode; the
//! key itself is never stored, only its fingerprint. Paths are stored as their bytes (hex), so
//! any file name round-trips. A record of another base URL or key is never used, nor touched.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::transfer::local_file::LocalFile;
use crate::util::clock::now_secs;

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

impl Step {
    pub fn name(self) -> &'static str {
        match self {
            Step::Initializing => "initializing",
            Step::Initialized => "initialized",
            Step::Uploaded => "uploaded",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// The canonical path, as bytes in hex.
    #[serde(rename = "path_hex", with = "path_hex")]
    pub path: PathBuf,
    /// The API the asset belongs to.
    pub base_url: String,
    /// `ApiKey::fingerprint` of the key the asset belongs to.
    pub key_fingerprint: String,
    /// Seconds since the epoch when the upload began.
    pub created_at: u64,
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
    /// A simple upload (one POST) whose key is kept until its answer is: a rerun after a
    /// kill sends the same key, and HeyGen answers with the asset it made.
    #[serde(default)]
    pub simple: bool,
}

impl Entry {
    /// Whether this entry still describes `file` as it is now (same size and mtime).
    pub fn matches(&self, file: &LocalFile) -> bool {
        self.size == file.size
            && self.modified_ns == file.modified.map(epoch_ns)
            && self.content_type == file.content_type
    }

    /// Whether HeyGen still replays what was sent with this entry's key (it keeps answers 24 h;
    /// an hour is kept in hand for clocks that differ).
    pub fn key_is_fresh(&self) -> bool {
        now_secs() < self.created_at.saturating_add(KEY_LIFETIME)
    }

    pub fn url_expired(&self) -> bool {
        self.expires_at.is_some_and(|at| now_secs() >= at)
    }

    /// Seconds since the upload began.
    pub fn age_secs(&self) -> u64 {
        now_secs().saturating_sub(self.created_at)
    }
}

/// A record's file names the path as bytes; serde sees hex text.
pub(super) mod path_hex {
    use std::path::{Path, PathBuf};

    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(path: &Path, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&hex::encode(crate::util::path_bytes::of(path)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<PathBuf, D::Error> {
        let text = String::deserialize(deserializer)?;
        let bytes = hex::decode(text).map_err(serde::de::Error::custom)?;
        Ok(crate::util::path_bytes::to_path(bytes))
    }
}

pub(super) fn epoch_ns(time: SystemTime) -> u128 {
    crate::util::clock::since_epoch(time).as_nanos()
}

/// The canonical path, or the path made absolute when it no longer exists.
pub fn absolute(path: &Path) -> PathBuf {
    fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

/// How long a recorded idempotency key is used again: HeyGen replays for 24 h.
const KEY_LIFETIME: u64 = 23 * 3600;

/// The key of a piece of work other than a file's upload (an avatar, a video agent session).
#[derive(Serialize, Deserialize)]
struct WorkKey {
    idempotency_key: String,
    created_at: u64,
}

/// The records folder, and which API and key this run's records belong to. `dir` is `None`
/// where the platform has no state directory (then uploads are simply not resumable).
pub struct ResumeRecords {
    pub(super) dir: Option<PathBuf>,
    pub(super) base_url: String,
    pub(super) key_fingerprint: String,
    /// Set once a record could not be written: the run goes on without records.
    pub(super) unwritable: AtomicBool,
}

impl ResumeRecords {
    pub fn new(state_dir: Option<PathBuf>, base_url: &str, key_fingerprint: &str) -> Self {
        Self {
            dir: state_dir.map(|d| d.join("heygen").join("uploads")),
            base_url: base_url.to_string(),
            key_fingerprint: key_fingerprint.to_string(),
            unwritable: AtomicBool::new(false),
        }
    }

    /// A new record for `file`, of this run's API and key.
    pub fn new_entry(
        &self,
        file: &LocalFile,
        sha256: Option<String>,
        idempotency_key: String,
    ) -> Entry {
        Entry {
            path: absolute(&file.path),
            base_url: self.base_url.clone(),
            key_fingerprint: self.key_fingerprint.clone(),
            created_at: now_secs(),
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
            simple: false,
        }
    }

    fn file_of(&self, base_url: &str, key_fingerprint: &str, path: &Path) -> Option<PathBuf> {
        let mut digest = Sha256::new();
        for part in [
            base_url.as_bytes(),
            key_fingerprint.as_bytes(),
            crate::util::path_bytes::of(path),
        ] {
            digest.update((part.len() as u64).to_le_bytes());
            digest.update(part);
        }
        let name = format!("{}.json", &hex::encode(digest.finalize())[..32]);
        self.dir.as_ref().map(|d| d.join(name))
    }

    /// This run's record file for a local file.
    fn file_for(&self, path: &Path) -> Option<PathBuf> {
        self.file_of(&self.base_url, &self.key_fingerprint, &absolute(path))
    }

    /// The entry for a local file left by an earlier run against the same API with the same key.
    pub fn load(&self, path: &Path) -> Option<Entry> {
        let entry: Entry = serde_json::from_slice(&fs::read(self.file_for(path)?).ok()?).ok()?;
        self.is_ours(&entry).then_some(entry)
    }

    fn is_ours(&self, entry: &Entry) -> bool {
        entry.base_url == self.base_url && entry.key_fingerprint == self.key_fingerprint
    }

    /// ReuseRecords a step before it is taken. Atomic: a crash leaves the old entry or the new one.
    /// A record that cannot be written (read-only home, full disk) does not stop the upload:
    /// the first failure returns the warning to show, and the run goes on without records.
    pub fn save(&self, entry: &Entry) -> Option<String> {
        let (Some(dir), Some(target)) = (&self.dir, self.file_for(&entry.path)) else {
            return None;
        };
        if self.unwritable.load(Ordering::Relaxed) {
            return None;
        }
        let written = serde_json::to_vec_pretty(entry)
            .map_err(std::io::Error::from)
            .and_then(|json| crate::util::private_file::write(&target, &json));
        let error = written.err()?;
        // A half-written record is worse than none.
        let _ = fs::remove_file(&target);
        (!self.unwritable.swap(true, Ordering::Relaxed)).then(|| {
            format!(
                "cannot write resume records in {} ({error}); uploading without them, so an \
                 interrupted upload starts over",
                dir.display()
            )
        })
    }

    pub fn remove(&self, path: &Path) {
        if let Some(file) = self.file_for(path) {
            let _ = fs::remove_file(file);
        }
    }

    fn remove_entry(&self, entry: &Entry) {
        if let Some(file) = self.file_of(&entry.base_url, &entry.key_fingerprint, &entry.path) {
            let _ = fs::remove_file(file);
        }
    }

    /// Removes this API's and key's entry for this asset (after `heygen asset complete ID`).
    pub fn remove_asset(&self, asset_id: &str) {
        for entry in self.entries_here() {
            if entry.asset_id.as_deref() == Some(asset_id) {
                self.remove_entry(&entry);
            }
        }
    }

    /// Removes every entry of a local file, whatever its API or key; returns how many.
    pub fn clear_path(&self, path: &Path) -> usize {
        let path = absolute(path);
        self.clear_where(|e| e.path == path)
    }

    /// Removes the records `which` picks; returns how many.
    pub fn clear_where(&self, mut which: impl FnMut(&Entry) -> bool) -> usize {
        let gone: Vec<Entry> = self.entries().into_iter().filter(|e| which(e)).collect();
        gone.iter().for_each(|e| self.remove_entry(e));
        gone.len()
    }

    /// Removes every record file, those an older heygen wrote or that no longer parse
    /// included; returns how many.
    pub fn clear_all(&self) -> usize {
        let Some(listing) = self.dir.as_ref().and_then(|d| fs::read_dir(d).ok()) else {
            return 0;
        };
        listing
            .flatten()
            .filter(|f| f.path().extension().is_some_and(|e| e == "json"))
            .filter(|f| fs::remove_file(f.path()).is_ok())
            .count()
    }

    /// The entries of this run's API and key, by path.
    pub fn entries_here(&self) -> Vec<Entry> {
        let mut entries = self.entries();
        entries.retain(|e| self.is_ours(e));
        entries
    }

    /// The idempotency key of a piece of work that creates something (`work` names it: the
    /// request body's digest, say): the one an earlier, interrupted run sent when HeyGen may
    /// still replay it, else a new one, written down before it is used.
    pub fn key_for(&self, work: &str) -> String {
        let file = self.file_of(&self.base_url, &self.key_fingerprint, Path::new(work));
        let earlier = file
            .as_ref()
            .and_then(|f| fs::read(f).ok())
            .and_then(|bytes| serde_json::from_slice::<WorkKey>(&bytes).ok())
            .filter(|k| now_secs() < k.created_at.saturating_add(KEY_LIFETIME));
        if let Some(earlier) = earlier {
            return earlier.idempotency_key;
        }
        let key = WorkKey {
            idempotency_key: crate::api::idempotency_key(),
            created_at: now_secs(),
        };
        if let Some(file) = file
            && !self.unwritable.load(Ordering::Relaxed)
            && let Ok(json) = serde_json::to_vec(&key)
        {
            let _ = crate::util::private_file::write(&file, &json);
        }
        key.idempotency_key
    }

    /// Keeps a local fact of this API and key under `name` (an avatar item's group, say), for
    /// a later run to read with `noted`.
    pub fn note(&self, name: &str, value: &str) {
        let Some(file) = self.file_of(&self.base_url, &self.key_fingerprint, Path::new(name))
        else {
            return;
        };
        if let Ok(json) = serde_json::to_vec(&serde_json::json!({ "value": value })) {
            let _ = crate::util::private_file::write(&file, &json);
        }
    }

    pub fn noted(&self, name: &str) -> Option<String> {
        let file = self.file_of(&self.base_url, &self.key_fingerprint, Path::new(name))?;
        let value: serde_json::Value = serde_json::from_slice(&fs::read(file).ok()?).ok()?;
        value["value"].as_str().map(str::to_string)
    }

    /// The work's answer is in hand: a later run of the same work is new work, with a new key.
    pub fn retire(&self, work: &str) {
        if let Some(file) = self.file_of(&self.base_url, &self.key_fingerprint, Path::new(work)) {
            let _ = fs::remove_file(file);
        }
    }

    /// Every entry of every API and key, by path.
    pub fn entries(&self) -> Vec<Entry> {
        let Some(listing) = self.dir.as_ref().and_then(|d| fs::read_dir(d).ok()) else {
            return Vec::new();
        };
        let mut entries: Vec<Entry> = listing
            .flatten()
            .filter(|f| f.path().extension().is_some_and(|e| e == "json"))
            .filter_map(|f| serde_json::from_slice(&fs::read(f.path()).ok()?).ok())
            .collect();
        entries.sort_by(|a, b| a.path.cmp(&b.path).then(a.base_url.cmp(&b.base_url)));
        entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(dir: &Path) -> LocalFile {
        let path = dir.join("clip.mp4");
        fs::write(&path, b"\0\0\0\x10ftypmp42\0\0\0\0").unwrap();
        crate::upload::input::check(&path, None).unwrap()
    }

    #[test]
    fn entries_round_trip_privately_and_go_away() {
        let dir = tempfile::tempdir().unwrap();
        let resume = ResumeRecords::new(Some(dir.path().join("state")), "http://h", "f1");
        let file = sample(dir.path());
        let mut entry = resume.new_entry(&file, Some("ab".into()), "key-1".into());
        entry.step = Step::Uploaded;
        entry.asset_id = Some("ast_1".into());
        assert_eq!(resume.save(&entry), None);
        let other_key = ResumeRecords::new(Some(dir.path().join("state")), "http://h", "f2");
        let other_api = ResumeRecords::new(Some(dir.path().join("state")), "http://g", "f1");
        assert!(other_key.load(&file.path).is_none() && other_api.load(&file.path).is_none());
        other_key.remove_asset("ast_1");
        assert_eq!(
            other_key.entries().len(),
            1,
            "another key's record is left alone"
        );
        let loaded = resume.load(&file.path).unwrap();
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
        resume.remove_asset("ast_1");
        assert!(resume.load(&file.path).is_none());
    }
}

#[cfg(all(test, unix))]
mod name_tests {
    use std::os::unix::ffi::OsStrExt;

    use super::*;

    #[test]
    fn any_file_name_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir
            .path()
            .join(std::ffi::OsStr::from_bytes(b"clip\xff\n.mp4"));
        fs::write(&path, b"\0\0\0\x10ftypmp42\0\0\0\0").unwrap();
        let file = crate::upload::input::check(&path, None).unwrap();
        let resume = ResumeRecords::new(Some(dir.path().join("state")), "http://h", "f1");
        assert_eq!(
            resume.save(&resume.new_entry(&file, None, "k".into())),
            None
        );
        let loaded = resume.load(&path).expect("the record reads back");
        assert_eq!(loaded.path, fs::canonicalize(&path).unwrap());
        assert_eq!(resume.clear_path(&path), 1);
        assert!(resume.entries().is_empty());
    }

    #[test]
    fn an_unwritable_folder_warns_once() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        fs::write(&blocker, b"").unwrap();
        let path = dir.path().join("clip.mp4");
        fs::write(&path, b"\0\0\0\x10ftypmp42\0\0\0\0").unwrap();
        let file = crate::upload::input::check(&path, None).unwrap();
        let resume = ResumeRecords::new(Some(blocker.join("state")), "http://h", "f1");
        let entry = resume.new_entry(&file, None, "k".into());
        assert!(resume.save(&entry).is_some());
        assert_eq!(resume.save(&entry), None);
    }
}
