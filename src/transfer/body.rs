//! A file as a request body: streamed from disk in fixed-size chunks (memory stays flat at
//! any file size), counted by the progress bar and by the stall watchdog, and made afresh
//! from byte 0 for every try.

use std::time::SystemTime;

use futures_util::TryStreamExt;
use indicatif::ProgressBar;
use tokio::io::AsyncReadExt;
use tokio_util::io::ReaderStream;

use crate::error::{Failure, Result};
use crate::http::Activity;
use crate::input::LocalFile;

const CHUNK: usize = 256 * 1024;

pub struct FileBody<'a> {
    file: &'a LocalFile,
    bar: ProgressBar,
}

impl<'a> FileBody<'a> {
    pub fn new(file: &'a LocalFile, bar: ProgressBar) -> Self {
        Self { file, bar }
    }

    /// A fresh body and the activity it reports to. It yields exactly the validated size: a
    /// file that grew is cut (and caught by `check_unchanged`), one that shrank ends early and
    /// fails the request.
    pub fn open(&self) -> Result<(reqwest::Body, Activity)> {
        self.check_unchanged()?;
        let handle = std::fs::File::open(&self.file.path)
            .map_err(|e| Failure::remote(format!("cannot open it again ({e})")))?;
        let reader = tokio::fs::File::from_std(handle).take(self.file.size);
        let activity = Activity::default();
        let (bar, touched) = (self.bar.clone(), activity.clone());
        bar.set_position(0);
        let stream = ReaderStream::with_capacity(reader, CHUNK).inspect_ok(move |chunk| {
            bar.inc(chunk.len() as u64);
            touched.touch();
        });
        Ok((reqwest::Body::wrap_stream(stream), activity))
    }

    /// Fails when the file's size or modification time is no longer what was validated: the
    /// bytes sent would not be the file the user meant.
    pub fn check_unchanged(&self) -> Result<()> {
        let now = std::fs::metadata(&self.file.path).ok();
        let size = now.as_ref().map(|m| m.len());
        let modified: Option<SystemTime> = now.and_then(|m| m.modified().ok());
        if size == Some(self.file.size) && modified == self.file.modified {
            Ok(())
        } else {
            Err(Failure::remote(
                "changed while it was being uploaded, so it was not completed; run the upload \
                 again once the file is final",
            ))
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
