//! A local file that passed the checks: what every layer below the checks needs to know of it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use tempfile::TempPath;

use crate::ui::interrupt;

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
    /// For standard input: the temporary file holding its bytes, removed when dropped.
    pub spool: Option<Arc<Spool>>,
}

/// The temporary copy of standard input: removed when dropped, or by Ctrl-C.
#[derive(Debug)]
pub struct Spool {
    // Declared first: unregistered before the file goes.
    _on_signal: interrupt::Guard,
    _path: TempPath,
}

impl Spool {
    pub fn new(on_signal: interrupt::Guard, path: TempPath) -> Spool {
        Spool {
            _on_signal: on_signal,
            _path: path,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// A type HeyGen accepts, recognised from the bytes.
pub struct MediaType {
    pub mime: &'static str,
    pub label: &'static str,
    /// The usual file name extension (what standard input is named by).
    pub extension: &'static str,
}

impl MediaType {
    pub fn is_image(self) -> bool {
        self.mime.starts_with("image/")
    }

    pub fn is_video(self) -> bool {
        self.mime.starts_with("video/")
    }
}
