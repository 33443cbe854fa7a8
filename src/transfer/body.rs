//! A file as a request body: streamed from disk in fixed-size chunks (memory stays flat at
//! any file size), counted by the progress bar and by the stall watchdog, and made afresh
//! from byte 0 for every try.

use std::time::SystemTime;

use std::io::Read;

use bytes::{Bytes, BytesMut};
use futures_util::{Stream, TryStreamExt};

use crate::error::{Failure, Result};
use crate::http::Activity;
use crate::input::LocalFile;
use crate::transfer::progress::FileProgress;

const CHUNK: usize = 1 << 20;
const CHUNKS_AHEAD: usize = 2;

pub struct FileBody<'a> {
    file: &'a LocalFile,
    progress: FileProgress,
}

impl<'a> FileBody<'a> {
    pub fn new(file: &'a LocalFile, progress: FileProgress) -> Self {
        Self { file, progress }
    }

    /// A fresh body and the activity it reports to. It yields exactly the validated size: a
    /// file that grew is cut (and caught by `check_unchanged`), one that shrank ends early and
    /// fails the request.
    pub fn open(&self) -> Result<(reqwest::Body, Activity)> {
        self.check_unchanged()?;
        let handle = std::fs::File::open(&self.file.path)
            .map_err(|e| Failure::remote(format!("cannot open it again ({e})")))?;
        let activity = Activity::default();
        let (progress, touched) = (self.progress.clone(), activity.clone());
        progress.restart();
        let chunks = read_ahead(handle, self.file.size).inspect_ok(move |chunk| {
            progress.advance(chunk.len() as u64);
            touched.touch();
        });
        Ok((reqwest::Body::wrap_stream(chunks), activity))
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
        self.progress.finish();
    }
}

/// Reads the first `size` bytes on a blocking thread, a few chunks ahead of the network, each
/// read straight into the buffer that goes out: one copy per byte, few system calls. The
/// thread ends when the body is dropped (a finished or abandoned try).
fn read_ahead(
    file: std::fs::File,
    size: u64,
) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    let (sender, receiver) = tokio::sync::mpsc::channel(CHUNKS_AHEAD);
    let mut reader = file.take(size);
    tokio::task::spawn_blocking(move || {
        loop {
            let left = usize::try_from(reader.limit()).unwrap_or(usize::MAX);
            let mut chunk = BytesMut::zeroed(CHUNK.min(left));
            let filled = match read_full(&mut reader, &mut chunk) {
                Ok(0) => return,
                Ok(filled) => filled,
                Err(error) => {
                    let _ = sender.blocking_send(Err(error));
                    return;
                }
            };
            chunk.truncate(filled);
            if sender.blocking_send(Ok(chunk.freeze())).is_err() {
                return;
            }
        }
    });
    futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
    })
}

/// Fills `buffer` unless the end comes first; returns how much was read.
fn read_full(reader: &mut impl Read, buffer: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}
