//! A file as a request body: streamed from disk in fixed-size chunks (memory stays flat at
//! any file size), counted by the progress bar and by the stall watchdog.

use futures_util::TryStreamExt;
use indicatif::ProgressBar;
use tokio_util::io::ReaderStream;

use crate::error::{Failure, Result};
use crate::http::Activity;
use crate::input::LocalFile;

const CHUNK: usize = 256 * 1024;

pub async fn file_body(
    file: &LocalFile,
    bar: ProgressBar,
    activity: Activity,
) -> Result<reqwest::Body> {
    let handle = tokio::fs::File::open(&file.path)
        .await
        .map_err(|e| Failure::remote(format!("cannot open it again ({e})")))?;
    let stream = ReaderStream::with_capacity(handle, CHUNK).inspect_ok(move |chunk| {
        bar.inc(chunk.len() as u64);
        activity.touch();
    });
    Ok(reqwest::Body::wrap_stream(stream))
}
