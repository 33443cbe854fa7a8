//! Reuse records: what was uploaded before, SHA-256 and size of a file's bytes → the asset HeyGen made of them,
//! per base URL and key fingerprint (never the key), so that `--reuse` sends the same bytes
//! once.
//!
//! One file, `<state dir>/heygen/reuse/records`, mode 0600 in a 0700 folder: a JSON line per
//! change, appended in one write (O_APPEND), so threads and processes writing at once lose no
//! record and tear none. A line with an asset id records it; one without drops what came
//! before it (in its scope, or in every scope when it names none). The last word wins.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use serde::{Deserialize, Serialize};

use crate::error::{Failure, Result};
use crate::util::private_file;
use crate::util::secret::ApiKey;

/// The bytes of a file, as records know them.
pub type Digest = (String, u64);

#[derive(Debug, Serialize, Deserialize)]
struct Line {
    /// `KEY_FINGERPRINT BASE_URL`; absent: every scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scope: Option<String>,
    sha256: String,
    size: u64,
    /// Absent: the record is dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    asset_id: Option<String>,
}

/// The records of one base URL and key.
pub struct ReuseRecords {
    path: Option<PathBuf>,
    scope: String,
    /// Read once, then kept up to date with this run's own changes.
    known: Mutex<Option<HashMap<Digest, String>>>,
    /// A write failed: the run goes on without records, and says so once.
    unwritable: AtomicBool,
}

impl ReuseRecords {
    /// `state_dir` `None`: nothing is recorded or found.
    pub fn new(state_dir: Option<&Path>, base_url: &str, key: &ApiKey) -> ReuseRecords {
        ReuseRecords {
            path: state_dir.map(records_path),
            scope: format!("{} {base_url}", key.fingerprint()),
            known: Mutex::new(None),
            unwritable: AtomicBool::new(false),
        }
    }

    fn known(&self) -> MutexGuard<'_, Option<HashMap<Digest, String>>> {
        self.known.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The asset made of these bytes before, if any.
    pub fn find(&self, digest: &Digest) -> Option<String> {
        let mut known = self.known();
        known
            .get_or_insert_with(|| self.load())
            .get(digest)
            .cloned()
    }

    /// ReuseRecords that these bytes are now `asset_id`.
    pub fn record(&self, digest: &Digest, asset_id: &str) -> Result<()> {
        self.write(digest, Some(asset_id))?;
        if let Some(known) = self.known().as_mut() {
            known.insert(digest.clone(), asset_id.to_string());
        }
        Ok(())
    }

    /// Drops the record of these bytes (its asset is gone).
    pub fn drop_record(&self, digest: &Digest) -> Result<()> {
        self.write(digest, None)?;
        if let Some(known) = self.known().as_mut() {
            known.remove(digest);
        }
        Ok(())
    }

    /// Drops the records that point at `asset_id` (deleted at HeyGen): the next `--reuse`
    /// uploads those bytes again. Returns how many there were.
    pub fn drop_asset(&self, asset_id: &str) -> Result<usize> {
        let digests: Vec<Digest> = {
            let mut known = self.known();
            let known = known.get_or_insert_with(|| self.load());
            known
                .iter()
                .filter(|(_, id)| id.as_str() == asset_id)
                .map(|(digest, _)| digest.clone())
                .collect()
        };
        for digest in &digests {
            self.drop_record(digest)?;
        }
        Ok(digests.len())
    }

    /// Appends a line; the first failure of a run is returned (one warning), later writes are
    /// not tried.
    fn write(&self, digest: &Digest, asset_id: Option<&str>) -> Result<()> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        if self.unwritable.load(Ordering::Relaxed) {
            return Ok(());
        }
        let line = Line {
            scope: Some(self.scope.clone()),
            sha256: digest.0.clone(),
            size: digest.1,
            asset_id: asset_id.map(str::to_string),
        };
        append(path, &line).or_else(
            |failure| match self.unwritable.swap(true, Ordering::Relaxed) {
                true => Ok(()),
                false => Err(failure),
            },
        )
    }

    fn load(&self) -> HashMap<Digest, String> {
        let mut known = HashMap::new();
        let Some(text) = self
            .path
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
        else {
            return known;
        };
        // A line that does not parse (another version's, or cut by a full disk) is skipped.
        for line in text
            .lines()
            .filter_map(|l| serde_json::from_str::<Line>(l).ok())
        {
            if line.scope.as_ref().is_some_and(|s| *s != self.scope) {
                continue;
            }
            let digest = (line.sha256, line.size);
            match line.asset_id {
                Some(id) => known.insert(digest, id),
                None => known.remove(&digest),
            };
        }
        known
    }
}

/// Drops the records of these bytes, for every base URL and key. Returns how many there were.
pub fn forget(state_dir: &Path, digest: &Digest) -> Result<usize> {
    let path = records_path(state_dir);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut scopes: HashMap<Option<String>, bool> = HashMap::new();
    for line in text
        .lines()
        .filter_map(|l| serde_json::from_str::<Line>(l).ok())
    {
        if line.sha256 == digest.0 && line.size == digest.1 {
            match line.scope {
                Some(scope) => scopes.insert(Some(scope), line.asset_id.is_some()),
                None => {
                    scopes.clear();
                    None
                }
            };
        }
    }
    let count = scopes.values().filter(|&&live| live).count();
    if count > 0 {
        let line = Line {
            scope: None,
            sha256: digest.0.clone(),
            size: digest.1,
            asset_id: None,
        };
        append(&path, &line)?;
    }
    Ok(count)
}

/// Drops every record. Returns whether there were any to drop.
pub fn forget_all(state_dir: &Path) -> Result<bool> {
    let path = records_path(state_dir);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Failure::remote(format!(
            "cannot remove {} ({e})",
            path.display()
        ))),
    }
}

fn records_path(state_dir: &Path) -> PathBuf {
    state_dir.join("heygen").join("reuse").join("records")
}

fn append(path: &Path, line: &Line) -> Result<()> {
    let mut text = serde_json::to_string(line).unwrap_or_default();
    text.push('\n');
    private_file::append(path, text.as_bytes()).map_err(|e| {
        Failure::remote(format!(
            "cannot write the reuse records in {} ({e})",
            path.display()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(n: u64) -> Digest {
        (format!("{n:064x}"), n)
    }

    #[test]
    fn records_are_kept_per_base_url_and_key_and_the_last_word_wins() {
        let dir = tempfile::tempdir().unwrap();
        let state = Some(dir.path());
        let (key, other_key) = (ApiKey::new("k1"), ApiKey::new("k2"));
        let mine = ReuseRecords::new(state, "https://a", &key);
        mine.record(&digest(1), "ast_1").unwrap();
        mine.record(&digest(2), "ast_2").unwrap();
        mine.drop_record(&digest(2)).unwrap();
        ReuseRecords::new(state, "https://b", &key)
            .record(&digest(3), "ast_3")
            .unwrap();
        ReuseRecords::new(state, "https://a", &other_key)
            .record(&digest(4), "ast_4")
            .unwrap();

        let fresh = ReuseRecords::new(state, "https://a", &key);
        assert_eq!(fresh.find(&digest(1)).as_deref(), Some("ast_1"));
        assert_eq!(fresh.find(&digest(2)), None);
        assert_eq!(fresh.find(&digest(3)), None, "another base URL");
        assert_eq!(fresh.find(&digest(4)), None, "another key");
        let text = std::fs::read_to_string(records_path(dir.path())).unwrap();
        assert!(!text.contains("k1") && !text.contains("k2"), "{text}");

        assert_eq!(forget(dir.path(), &digest(1)).unwrap(), 1);
        assert_eq!(forget(dir.path(), &digest(1)).unwrap(), 0);
        assert_eq!(
            ReuseRecords::new(state, "https://a", &key).find(&digest(1)),
            None
        );
        assert!(forget_all(dir.path()).unwrap());
        assert!(!forget_all(dir.path()).unwrap());
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        ReuseRecords::new(Some(dir.path()), "https://a", &ApiKey::new("k"))
            .record(&digest(1), "ast_1")
            .unwrap();
        let path = records_path(dir.path());
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
    }
}
