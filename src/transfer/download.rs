//! Downloads from storage (a finished video). The bytes stream into a temporary file beside
//! the destination, renamed over it only once all arrived, so a failed or interrupted download
//! never leaves a half file under the destination's name. The URL obeys the rules of upload
//! URLs (https, or plain http to this machine), a redirect is reported and never followed, the
//! API key is never sent (the URL's signature is the credential), and the URL is shown only
//! without its query string. Transient failures are retried as every request is (`retry`).

use std::io::{ErrorKind, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::Duration;

use std::io::Write;
use tempfile::NamedTempFile;
use url::Url;

use tokio::io::{AsyncSeekExt, AsyncWriteExt};

use super::put::StorageError;
use crate::error::{Failure, Result};
use crate::net::failure::{host_port, stalled};
use crate::net::http::{Http, Streaming};
use crate::net::retry;
use crate::ui::output::Output;
use crate::ui::progress::{Mode, Progress};
use crate::util::secret::{redact_url, scrub_all, url_secrets};
use crate::util::text::one_line;

/// How much of an error answer is read, to quote its code and message.
const MAX_ERROR_BYTES: usize = 64 * 1024;

/// Where the bytes go.
#[derive(Debug, Clone)]
pub enum Destination {
    File {
        path: PathBuf,
        force: bool,
    },
    /// Standard output, which then holds nothing but the bytes.
    Stdout,
}

impl Destination {
    /// `-` is standard output.
    pub fn new(path: &Path, force: bool) -> Self {
        match path.as_os_str() == "-" {
            true => Destination::Stdout,
            false => Destination::File {
                path: path.to_path_buf(),
                force,
            },
        }
    }

    /// Refuses, before anything is sent, a file that exists (unless `force`), a folder, or a
    /// path whose folder does not exist.
    pub fn check(&self) -> Result<()> {
        let Destination::File { path, force } = self else {
            return Ok(());
        };
        let shown = path.display();
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.is_dir() => {
                return Err(Failure::input(format!(
                    "--output {shown} is a folder; name a file in it instead"
                )));
            }
            Ok(_) if !force => {
                return Err(Failure::input(format!(
                    "--output {shown} exists; add --force to replace it, or pick another name"
                )));
            }
            _ => {}
        }
        let folder = folder_of(path);
        if !folder.is_dir() {
            return Err(Failure::input(format!(
                "--output {shown}: the folder {} does not exist",
                folder.display()
            )));
        }
        // The temporary file goes there: better to learn now than after a long wait.
        tempfile::Builder::new()
            .prefix(".heygen-probe.")
            .tempfile_in(folder)
            .map(drop)
            .map_err(|e| {
                Failure::input(format!(
                    "--output {shown}: cannot write in {} ({e})",
                    folder.display()
                ))
            })
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// How downloads behave, from the settings.
pub struct Downloader<'a> {
    pub http: &'a Http,
    pub output: &'a Output,
    pub progress: Mode,
    pub stall_timeout: Duration,
    pub verbose: bool,
}

impl Downloader<'_> {
    /// Downloads `raw_url` (the answer's field `field`) to `to`, showing progress under `name`.
    /// Returns the number of bytes written.
    pub async fn fetch(
        &self,
        raw_url: &str,
        field: &str,
        name: &str,
        to: &Destination,
    ) -> Result<u64> {
        let url = super::storage_url::check(raw_url, field, "nothing was downloaded")?;
        let secrets = url_secrets(&url);
        let mut sink = Sink::open(to)?;
        let progress = Progress::new(self.progress, None, self.output.screen());
        let mut retry = self.http.retry(None);
        loop {
            let failure = match self
                .attempt(&url, &secrets, &mut sink, &progress, name)
                .await
            {
                Ok(bytes) => {
                    sink.finish().await?;
                    return Ok(bytes);
                }
                Err(failure) => failure,
            };
            if !failure.transient || !sink.restartable() {
                return Err(failure);
            }
            let Some(wait) = retry.next(true, failure.retry_after) else {
                return Err(failure);
            };
            self.output.note(&format!(
                "GET {}: {}; retry {} of {} in {:.1} s",
                redact_url(url.as_str()),
                failure.message,
                retry.done(),
                retry.most(),
                wait.as_secs_f64()
            ));
            tokio::time::sleep(wait).await;
            sink.restart().await?;
        }
    }

    async fn attempt(
        &self,
        url: &Url,
        secrets: &[String],
        sink: &mut Sink,
        progress: &Progress,
        name: &str,
    ) -> Result<u64> {
        let shown = redact_url(url.as_str());
        // A fresh request with no header of the API's: storage gets no key. The transport
        // traces it with -v (and the proxy it goes through).
        let response = self
            .within_stall(self.http.open(url))
            .await?
            .map_err(not_started)?;
        let status = response.status();
        if self.verbose {
            let length = response
                .content_length()
                .map(|n| format!(" ({n} bytes)"))
                .unwrap_or_default();
            self.output.trace(&[format!("< {status}{length}")]);
        }
        if !status.is_success() {
            let retry_after = response.retry_after();
            let mut failure = self.refusal(response, &shown, secrets).await;
            failure.transient = retry::is_retryable(status.as_u16());
            failure.retry_after = retry_after;
            return Err(failure);
        }
        let expected = response.content_length();
        // Without a length there is nothing to measure progress against.
        let bar = match expected {
            Some(len) => progress.file(name, len),
            None => Progress::new(Mode::Off, None, self.output.screen()).file(name, 0),
        };
        let received = self.stream(response, sink, &bar, &host_port(url)).await;
        match (&received, expected) {
            (Ok(n), Some(len)) if *n == len => bar.finish(),
            (Ok(_), None) => bar.finish(),
            _ => bar.abandon(),
        }
        let received = received?;
        if let Some(expected) = expected.filter(|&n| n != received) {
            return Err(Failure::remote(format!(
                "the download from {} ended after {received} of {expected} bytes",
                host_port(url)
            ))
            .transient());
        }
        Ok(received)
    }

    async fn stream(
        &self,
        mut response: Streaming,
        sink: &mut Sink,
        bar: &crate::ui::progress::FileProgress,
        host: &str,
    ) -> Result<u64> {
        let mut received = 0u64;
        while let Some(chunk) = self
            .within_stall(response.chunk())
            .await?
            .map_err(|failure| broken_in_body(host, failure))?
        {
            sink.write(&chunk).await?;
            received += chunk.len() as u64;
            bar.advance(chunk.len() as u64);
        }
        Ok(received)
    }

    /// `work`, unless no byte moves for the stall timeout (exit 4, retried).
    async fn within_stall<T>(&self, work: impl Future<Output = T>) -> Result<T> {
        tokio::time::timeout(self.stall_timeout, work)
            .await
            .map_err(|_| stalled(self.stall_timeout))
    }

    /// What a refusal says: where a redirect pointed (never followed), or storage's S3-style
    /// code and message, without the URL's secrets.
    async fn refusal(&self, response: Streaming, shown: &str, secrets: &[String]) -> Failure {
        let status = response.status();
        if let Some(target) = response.redirect_target() {
            return Failure::remote(format!(
                "storage answered {status} for {shown}, redirecting to {}; heygen never follows \
                 redirects, so nothing was downloaded",
                one_line(&target)
            ))
            .with_code(format!("http_{}", status.as_u16()));
        }
        let mut body = Vec::new();
        let mut response = response;
        while let Ok(Some(chunk)) = response.chunk().await {
            body.extend_from_slice(&chunk[..chunk.len().min(MAX_ERROR_BYTES - body.len())]);
            if body.len() == MAX_ERROR_BYTES {
                break;
            }
        }
        let text = scrub_all(&String::from_utf8_lossy(&body), None, secrets);
        let StorageError { code, detail, .. } = StorageError::read(&text);
        let failure = Failure::remote(format!(
            "storage refused the download of {shown} ({} {}); run the command again for a \
             fresh URL",
            status.as_u16(),
            if detail.is_empty() {
                status.canonical_reason().unwrap_or("no details")
            } else {
                &detail
            }
        ));
        failure.with_code(code.unwrap_or_else(|| format!("http_{}", status.as_u16())))
    }
}

/// A download that could not start; the transport's failure (retried or not) says why.
fn not_started(failure: Failure) -> Failure {
    failure.context("the download could not start")
}

/// A connection that broke while the video arrived; the transport's failure says why.
fn broken_in_body(host: &str, failure: Failure) -> Failure {
    Failure::remote(format!(
        "the connection to {host} broke during the download ({})",
        failure.message
    ))
    .transient()
}

/// Where bytes are written while they arrive.
enum Sink {
    File {
        temp: NamedTempFile,
        writer: tokio::fs::File,
        path: PathBuf,
        force: bool,
        /// Ctrl-C or SIGTERM removes the partial file too: never a half video left behind.
        _removed_on_signal: crate::ui::interrupt::Guard,
    },
    Stdout {
        out: std::io::Stdout,
        written: u64,
    },
}

impl Sink {
    fn open(to: &Destination) -> Result<Sink> {
        let (path, force) = match to {
            Destination::Stdout => {
                return Ok(Sink::Stdout {
                    out: std::io::stdout(),
                    written: 0,
                });
            }
            Destination::File { path, force } => (path.clone(), *force),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "download".into());
        let cannot = |e: std::io::Error| {
            Failure::input(format!(
                "--output {}: cannot write in its folder ({e})",
                path.display()
            ))
        };
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".part")
            .tempfile_in(folder_of(&path))
            .map_err(cannot)?;
        let writer = tokio::fs::File::from_std(temp.as_file().try_clone().map_err(cannot)?);
        Ok(Sink::File {
            _removed_on_signal: crate::ui::interrupt::temporary(temp.path()),
            temp,
            writer,
            path,
            force,
        })
    }

    async fn write(&mut self, bytes: &[u8]) -> Result<()> {
        match self {
            Sink::File { writer, path, .. } => writer.write_all(bytes).await.map_err(|e| {
                Failure::remote(format!("cannot write beside {} ({e})", path.display()))
            }),
            Sink::Stdout { out, written } => {
                *written += bytes.len() as u64;
                // Standard output cannot be rewound: once a byte went out, the download is not retried.
                out.lock().write_all(bytes).map_err(stdout_failure)
            }
        }
    }

    /// Whether a retry can start again from byte 0: not once bytes went to standard output.
    fn restartable(&self) -> bool {
        match self {
            Sink::File { .. } => true,
            Sink::Stdout { written, .. } => *written == 0,
        }
    }

    async fn restart(&mut self) -> Result<()> {
        if let Sink::File { writer, path, .. } = self {
            let failed = |e: std::io::Error| {
                Failure::remote(format!("cannot write beside {} ({e})", path.display()))
            };
            writer.set_len(0).await.map_err(failed)?;
            writer.seek(SeekFrom::Start(0)).await.map_err(failed)?;
        }
        Ok(())
    }

    /// Flushes, and renames the temporary file over the destination (never over a file that
    /// appeared meanwhile, unless `--force`).
    async fn finish(self) -> Result<()> {
        match self {
            Sink::Stdout { out, .. } => out.lock().flush().map_err(stdout_failure),
            Sink::File {
                temp,
                mut writer,
                path,
                force,
                ..
            } => {
                let failed = |e: std::io::Error| {
                    Failure::remote(format!("cannot save {} ({e})", path.display()))
                };
                writer.flush().await.map_err(failed)?;
                writer.sync_all().await.map_err(failed)?;
                drop(writer);
                readable_by_others(temp.path());
                let kept = match force {
                    true => temp.persist(&path),
                    false => temp.persist_noclobber(&path),
                };
                kept.map(drop).map_err(|e| match e.error.kind() {
                    ErrorKind::AlreadyExists => Failure::input(format!(
                        "--output {} appeared during the download and was left alone; add \
                         --force to replace it",
                        path.display()
                    )),
                    _ => failed(e.error),
                })
            }
        }
    }
}

/// Temporary files are private; a downloaded video is an ordinary file.
fn readable_by_others(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644));
    }
    #[cfg(not(unix))]
    let _ = path;
}

fn stdout_failure(error: std::io::Error) -> Failure {
    match error.kind() {
        ErrorKind::BrokenPipe => {
            Failure::remote("standard output was closed before the video was written")
        }
        _ => Failure::remote(format!(
            "cannot write the video to standard output ({error})"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_file_is_refused_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("demo.mp4");
        assert!(Destination::new(&path, false).check().is_ok());
        std::fs::write(&path, b"old").unwrap();
        let refused = Destination::new(&path, false).check().unwrap_err();
        assert!(refused.message.contains("--force"), "{}", refused.message);
        assert!(Destination::new(&path, true).check().is_ok());
        assert!(Destination::new(dir.path(), true).check().is_err());
        let nowhere = dir.path().join("missing/demo.mp4");
        assert!(Destination::new(&nowhere, false).check().is_err());
        assert!(matches!(
            Destination::new(Path::new("-"), false),
            Destination::Stdout
        ));
    }
}
