//! A file as a request body: streamed from disk in fixed-size chunks (memory stays flat at
//! any file size), counted by the progress bar and by the stall watchdog, and made afresh
//! from byte 0 for every try.

use std::time::SystemTime;

use std::io::Read;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures_util::{Stream, TryStreamExt};
use sha2::{Digest, Sha256};

use crate::error::{Failure, Result};
use crate::net::http::{Activity, ByteStream};
use crate::transfer::local_file::LocalFile;
use crate::ui::progress::FileProgress;

const CHUNK: usize = 1 << 20;
const CHUNKS_AHEAD: usize = 2;

pub struct FileBody<'a> {
    file: &'a LocalFile,
    progress: FileProgress,
    /// With `hashing`: the thread hashing the last try's bytes, whose result is the SHA-256
    /// when that try read every byte.
    digest: Option<Arc<Mutex<Option<Hashing>>>>,
}

impl<'a> FileBody<'a> {
    pub fn new(file: &'a LocalFile, progress: FileProgress) -> Self {
        Self {
            file,
            progress,
            digest: None,
        }
    }

    /// Hashes the bytes as they stream, on a thread of its own fed the chunks once they went
    /// out: knowing them costs no second read, and the transfer does not wait for the hash.
    pub fn hashing(mut self) -> Self {
        self.digest = Some(Arc::default());
        self
    }

    /// Lowercase hex SHA-256 of the bytes, once a try has read them all (waiting for the
    /// hashing thread to catch up with the last chunks).
    pub fn digest(&self) -> Option<String> {
        let digest = self.digest.as_ref()?;
        let hashing = digest.lock().unwrap_or_else(|p| p.into_inner()).take()?;
        hashing.join().ok().flatten()
    }

    /// A fresh body and the activity it reports to. It yields exactly the validated size: a
    /// file that grew is cut (and caught by `check_unchanged`), one that shrank ends early and
    /// fails the request.
    pub fn open(&self) -> Result<(ByteStream, Activity)> {
        self.check_unchanged()?;
        let handle = std::fs::File::open(&self.file.path)
            .map_err(|e| Failure::remote(format!("cannot open it again ({e})")))?;
        let activity = Activity::default();
        let (progress, touched) = (self.progress.clone(), activity.clone());
        progress.restart();
        let chunks =
            read_ahead(handle, self.file.size, self.digest.clone()).inspect_ok(move |chunk| {
                progress.advance(chunk.len() as u64);
                touched.touch();
            });
        Ok((Box::pin(chunks), activity))
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

    /// Ends the progress of a transfer that went through, or (`done` false) of one that failed.
    pub fn finish(&self, done: bool) {
        match done {
            true => self.progress.finish(),
            false => self.progress.abandon(),
        }
    }
}

/// A thread hashing one try's chunks: the SHA-256 when they were the whole file.
type Hashing = std::thread::JoinHandle<Option<String>>;

/// Chunks the hashing thread may lag behind the network before the reader waits for it.
const HASH_AHEAD: usize = 4;

/// Starts a thread that hashes the chunks sent to it; it ends when the sender is dropped.
fn start_hashing(size: u64) -> (std::sync::mpsc::SyncSender<Bytes>, Hashing) {
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Bytes>(HASH_AHEAD);
    let hashing = std::thread::spawn(move || {
        let (mut hasher, mut seen) = (Sha256::new(), 0u64);
        for chunk in receiver {
            seen += chunk.len() as u64;
            hasher.update(&chunk);
        }
        (seen == size).then(|| hex::encode(hasher.finalize()))
    });
    (sender, hashing)
}

/// Reads the first `size` bytes on a blocking thread, a few chunks ahead of the network, each
/// read straight into the buffer that goes out: one copy per byte, few system calls. With
/// `digest`, each chunk also goes to a hashing thread once it went out. The thread ends when
/// the body is dropped (a finished or abandoned try).
fn read_ahead(
    file: std::fs::File,
    size: u64,
    digest: Option<Arc<Mutex<Option<Hashing>>>>,
) -> impl Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    let (sender, receiver) = tokio::sync::mpsc::channel(CHUNKS_AHEAD);
    let mut file = file;
    let mut left = size;
    let to_hash = digest.map(|slot| {
        let (to_hash, hashing) = start_hashing(size);
        *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(hashing);
        to_hash
    });
    tokio::task::spawn_blocking(move || {
        while left > 0 {
            let want = left.min(CHUNK as u64);
            // `read_to_end` fills spare capacity without zeroing it first: at these sizes,
            // clearing every buffer would cost as much CPU as the rest of the transfer.
            let mut chunk = Vec::with_capacity(want as usize);
            let read = (&mut file).take(want).read_to_end(&mut chunk);
            let (item, hashed) = match read {
                Ok(0) => return,
                Ok(n) => {
                    left -= n as u64;
                    let bytes = Bytes::from(chunk);
                    (Ok(bytes.clone()), Some(bytes))
                }
                Err(error) => (Err(error), None),
            };
            let failed = item.is_err();
            if sender.blocking_send(item).is_err() || failed {
                return;
            }
            if let (Some(to_hash), Some(bytes)) = (&to_hash, hashed) {
                let _ = to_hash.send(bytes);
            }
        }
    });
    futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
    })
}
