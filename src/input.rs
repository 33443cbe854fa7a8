//! The files named on the command line, checked before anything is sent: a batch with one bad
//! file sends nothing, so a typo never leaves half a batch uploaded.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::error::{Failure, Result};
use crate::media::{self, ACCEPTED, MediaType};

/// A file that passed validation, with what the upload needs to know about it.
#[derive(Debug, Clone)]
pub struct LocalFile {
    pub path: PathBuf,
    /// The path as the user gave it: how output refers to the file.
    pub shown: String,
    /// The base name sent to HeyGen.
    pub name: String,
    pub size: u64,
    pub content_type: String,
    /// The detected type; `None` when `--content-type` skipped detection.
    pub media: Option<MediaType>,
    pub modified: Option<SystemTime>,
}

/// Checks every path; returns the good files, or every problem found (with the path shown).
pub fn check_all(
    paths: &[PathBuf],
    content_type: Option<&str>,
) -> std::result::Result<Vec<LocalFile>, Vec<(String, Failure)>> {
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    for path in paths {
        match check(path, content_type) {
            Ok(file) => good.push(file),
            Err(failure) => bad.push((path.display().to_string(), failure)),
        }
    }
    if bad.is_empty() { Ok(good) } else { Err(bad) }
}

/// Checks one file: exists, regular, readable, not empty, and of a type HeyGen accepts (from
/// its bytes), unless `content_type` overrides detection.
pub fn check(path: &Path, content_type: Option<&str>) -> Result<LocalFile> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| open_failure(&e))?;
    if meta.is_dir() {
        return Err(Failure::input(
            "is a directory; name the files inside it instead (for example DIR/*)",
        ));
    }
    if !meta.is_file() {
        return Err(Failure::input(
            "is not a regular file; save the data to a file and upload that",
        ));
    }
    let mut file = File::open(path).map_err(|e| open_failure(&e))?;
    if meta.len() == 0 {
        return Err(Failure::input("is empty; HeyGen refuses empty files"));
    }
    let mut head = Vec::with_capacity(media::SNIFF_LEN);
    (&mut file)
        .take(media::SNIFF_LEN as u64)
        .read_to_end(&mut head)
        .map_err(|e| open_failure(&e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    let (media, content_type) = match (content_type, media::detect(&head)) {
        (Some(forced), detected) => (detected, forced.to_string()),
        (None, Some(detected)) => (Some(detected), detected.mime.to_string()),
        (None, None) => return Err(unsupported(&name)),
    };
    Ok(LocalFile {
        path: path.to_path_buf(),
        shown,
        name,
        size: meta.len(),
        content_type,
        media,
        modified: meta.modified().ok(),
    })
}

fn open_failure(error: &std::io::Error) -> Failure {
    Failure::input(match error.kind() {
        ErrorKind::NotFound => "no such file; check the path".to_string(),
        ErrorKind::PermissionDenied => {
            "cannot be read (permission denied); check its permissions".to_string()
        }
        _ => format!("cannot be read ({error})"),
    })
}

fn unsupported(name: &str) -> Failure {
    let accepted = media::guess_from_name(name).filter(|guess| media::is_accepted_mime(guess));
    let message = match (accepted, media::guess_from_name(name)) {
        (Some(guess), _) => format!(
            "named like {guess}, but its bytes are not of any type HeyGen accepts ({ACCEPTED}); \
             HeyGen detects the type from the bytes"
        ),
        (None, Some(guess)) => format!("{guess} is not accepted by HeyGen ({ACCEPTED})"),
        (None, None) => format!("unknown file type; HeyGen accepts {ACCEPTED}"),
    };
    Failure::input(format!(
        "{message}; convert it, or pass --content-type to send it anyway"
    ))
}

/// An asset id as HeyGen makes them (`ast_…`): it goes into a URL path, so nothing else is
/// let through.
pub fn check_asset_id(id: &str) -> Result<()> {
    let valid = !id.is_empty()
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if valid {
        Ok(())
    } else {
        Err(Failure::input(
            "is not an asset id (letters, digits, '_' and '-', like ast_abc123)",
        ))
    }
}
