//! One file's way into HeyGen: the simple multipart POST up to 32,000,000 bytes, the
//! presigned flow (checksum, init, PUT, complete) above that or when asked for. The presigned
//! flow writes each step to its resume record first, so a rerun after a crash resumes it.

use serde_json::{Value, json};

pub mod batch;
pub mod batch_record;
pub mod client;
pub mod input;
pub mod media;
pub mod resume;
pub mod reuse;
pub mod scheduler;

use crate::api::{answers, idempotency_key};
use crate::error::{Failure, Result};
use crate::transfer::body::FileBody;
use crate::transfer::checksum;
use crate::transfer::local_file::LocalFile;
use crate::transfer::put::{self, Stored};
use crate::ui::interrupt;
use crate::ui::progress::Progress;
use crate::upload::client::Client;
use crate::upload::resume::{Entry, Step};
use crate::upload::reuse::Digest;

/// The simple path's limit. HeyGen says "32 MB" without saying which; at or under 32×10^6
/// bytes is safe either way.
pub const SIMPLE_LIMIT: u64 = 32_000_000;

/// A simple upload with a body larger than this checks the key first (once per run).
const KEY_CHECK_ABOVE: u64 = 8 * 1024 * 1024;

/// URLs handed out again after one expired, per file.
const FRESH_INITS: u32 = 1;
/// Assumed lifetime of an upload URL when init does not say.
pub const DEFAULT_URL_LIFETIME: u64 = 3600;

#[derive(Debug, Clone, Copy)]
pub enum Route {
    /// Simple up to `SIMPLE_LIMIT`, presigned above.
    BySize,
    /// Presigned whatever the size; `complete: false` stops after the PUT.
    Direct { complete: bool },
}

pub struct Uploaded {
    pub asset_id: String,
    /// HeyGen's last answer for the file (`{"data": {...}}`), secrets removed.
    pub answer: Value,
    pub completed: bool,
    /// Not uploaded: the same bytes were before (`--reuse`).
    pub reused: bool,
    /// The bytes' SHA-256 when the presigned flow declared it.
    sha256: Option<String>,
}

impl Uploaded {
    /// A file uploaded and completed now.
    fn completed(asset_id: String, answer: Value) -> Uploaded {
        Uploaded {
            asset_id,
            answer,
            completed: true,
            reused: false,
            sha256: None,
        }
    }
}

/// What `--reuse` found for a file.
pub enum Reuse {
    /// The asset its bytes already are.
    Found(Uploaded),
    /// None: the file is to be uploaded (`sha256` when the lookup computed it).
    New { sha256: Option<String> },
}

pub struct Uploader<'a> {
    pub client: &'a Client,
    pub progress: &'a Progress,
    /// Send SHA-256 at init and complete (storage then verifies the bytes).
    pub checksum: bool,
}

impl Uploader<'_> {
    /// Uploads the file, or with `--reuse` finds the asset its bytes already are. Every
    /// completed upload is recorded, for a later `--reuse`.
    pub async fn upload(&self, file: &LocalFile, route: Route) -> Result<Uploaded> {
        match self.reused(file).await? {
            Reuse::Found(uploaded) => Ok(uploaded),
            Reuse::New { sha256 } => self.upload_new(file, route, sha256).await,
        }
    }

    /// With `--reuse`: the asset the file's bytes already are, or their SHA-256 (computed for
    /// the lookup) for the upload. Without it: a new upload, its bytes not read yet.
    pub async fn reused(&self, file: &LocalFile) -> Result<Reuse> {
        if !self.client.reuse {
            return Ok(Reuse::New { sha256: None });
        }
        let _in_flight = interrupt::in_flight(&file.shown);
        let sha256 = checksum::sha256_hex(file.path.clone()).await?;
        match self.reuse(file, &(sha256.clone(), file.size)).await? {
            Some(uploaded) => Ok(Reuse::Found(uploaded)),
            None => Ok(Reuse::New {
                sha256: Some(sha256),
            }),
        }
    }

    /// Uploads a file `--reuse` did not find; `known`: its SHA-256 when computed already.
    pub async fn upload_new(
        &self,
        file: &LocalFile,
        route: Route,
        known: Option<String>,
    ) -> Result<Uploaded> {
        // Ctrl-C names the files it interrupts.
        let _in_flight = interrupt::in_flight(&file.shown);
        let simple = takes_simple_path(file, route);
        let mut source = FileBody::new(file, self.progress.file(&file.name, file.size));
        if known.is_none() && (simple || !self.checksum) {
            source = source.hashing();
        }
        let uploaded = match route {
            _ if simple => self.simple(file, &source).await?,
            Route::Direct { complete } => {
                self.direct(file, &source, complete, known.clone()).await?
            }
            Route::BySize => self.direct(file, &source, true, known.clone()).await?,
        };
        let sha256 = known
            .or_else(|| uploaded.sha256.clone())
            .or_else(|| source.digest());
        if let (true, Some(sha256)) = (uploaded.completed, sha256) {
            self.remember(file, sha256, &uploaded.asset_id);
        }
        // Retired only now: a run killed before the reuse record was written sends the same
        // key again, and `--reuse` or HeyGen's replay gives the same asset.
        if uploaded.completed {
            self.client.resume_records.remove(&file.path);
        }
        Ok(uploaded)
    }

    /// Records that the file's bytes are now `asset_id`, for a later `--reuse`.
    pub fn remember(&self, file: &LocalFile, sha256: String, asset_id: &str) {
        let recorded = self
            .client
            .reuse_records
            .record(&(sha256, file.size), asset_id);
        self.warn(file, recorded);
    }

    /// The asset these bytes became before, if HeyGen still has it (`GET` answers 200); a
    /// record of an asset HeyGen no longer has (404) is dropped.
    async fn reuse(&self, file: &LocalFile, digest: &Digest) -> Result<Option<Uploaded>> {
        let records = &self.client.reuse_records;
        let Some(asset_id) = records.find(digest) else {
            return Ok(None);
        };
        if input::check_asset_id(&asset_id).is_err() {
            return Ok(None);
        }
        let Some(answer) = self.client.api().asset(&asset_id).await? else {
            self.client.output.note(&format!(
                "{}: {asset_id} is no longer at HeyGen; uploading again",
                file.shown
            ));
            self.warn(file, records.drop_record(digest));
            return Ok(None);
        };
        self.client.output.note(&format!(
            "{}: already uploaded as {asset_id} (reused)",
            file.shown
        ));
        // The upload's shape, so `.data.asset_id` reads the same: GET's own object says `id`.
        let mut data = serde_json::Map::new();
        data.insert("asset_id".into(), json!(asset_id));
        if let Some(fields) = answer.get("data").and_then(Value::as_object) {
            data.extend(
                fields
                    .iter()
                    .filter(|(name, _)| !matches!(name.as_str(), "id" | "asset_id"))
                    .map(|(name, value)| (name.clone(), value.clone())),
            );
        }
        Ok(Some(Uploaded {
            reused: true,
            ..Uploaded::completed(asset_id, json!({"data": data, "reused": true}))
        }))
    }

    /// The records are a convenience: failing to write them fails no upload.
    fn warn(&self, file: &LocalFile, result: Result<()>) {
        if let Err(failure) = result {
            self.client
                .output
                .note(&format!("warning: {}: {}", file.shown, failure.message));
        }
    }

    async fn simple(&self, file: &LocalFile, source: &FileBody<'_>) -> Result<Uploaded> {
        // A refused key is otherwise found only after the whole body has gone out.
        if file.size > KEY_CHECK_ABOVE {
            self.client.check_key_once().await?;
        }
        // The key is written down before the POST goes out and dropped once its answer is in
        // hand: a run killed in between sends the same key again, and HeyGen answers with the
        // asset it made instead of making a second one.
        let resume = &self.client.resume_records;
        let earlier = (file.spool.is_none())
            .then(|| resume.load(&file.path))
            .flatten()
            .filter(|e| e.simple && e.matches(file) && e.key_is_fresh());
        let entry = earlier.unwrap_or_else(|| {
            let mut entry = resume.new_entry(file, None, idempotency_key());
            entry.simple = true;
            self.record(file, &entry);
            entry
        });
        let answer = self
            .client
            .api()
            .upload_simple(file, source, &entry.idempotency_key)
            .await;
        source.finish(answer.is_ok());
        if answer.as_ref().is_err_and(is_definite) {
            resume.remove(&file.path);
        }
        let answer = answer?;
        source.check_unchanged()?;
        let asset_id = answers::asset_id(&answer)
            .ok_or_else(|| Failure::remote("HeyGen's answer has no data.asset_id; try again"))?;
        Ok(Uploaded::completed(asset_id, answer))
    }

    /// The presigned flow, resumed from this file's record when an earlier run left one. A
    /// resumed step that the API or storage no longer knows (403 or 404: another sandbox run,
    /// a revoked URL) drops the record and starts the file over, once.
    /// `known`: the bytes' SHA-256 when `--reuse` computed it already.
    async fn direct(
        &self,
        file: &LocalFile,
        source: &FileBody<'_>,
        complete: bool,
        known: Option<String>,
    ) -> Result<Uploaded> {
        let resume = &self.client.resume_records;
        // Standard input leaves no file to come back to: it is never recorded.
        let recorded = file.spool.is_none();
        let earlier = recorded
            .then(|| resume.load(&file.path))
            .flatten()
            .filter(|e| e.matches(file));
        if let Some(entry) = earlier {
            self.client.output.note(&format!(
                "{}: resuming an earlier upload ({})",
                file.shown,
                resume_point(&entry)
            ));
            match self.direct_from(file, source, complete, entry).await {
                Err(failure) if is_gone(&failure) => {
                    resume.remove(&file.path);
                    self.client.output.note(&format!(
                        "{}: the earlier upload is unknown here now ({}); dropped its record, \
                         starting over",
                        file.shown,
                        failure.status.unwrap_or_default()
                    ));
                }
                other => return other,
            }
        }
        let sha256 = match (self.checksum, known) {
            (true, Some(known)) => Some(known),
            (true, None) => Some(checksum::sha256_hex(file.path.clone()).await?),
            (false, _) => None,
        };
        let entry = resume.new_entry(file, sha256, idempotency_key());
        self.direct_from(file, source, complete, entry).await
    }

    /// Writes a step's record, unless the file is not recorded; a record that cannot be
    /// written is warned about once, and the upload goes on.
    fn record(&self, file: &LocalFile, entry: &Entry) {
        if file.spool.is_some() {
            return;
        }
        if let Some(warning) = self.client.resume_records.save(entry) {
            self.client.output.note(&format!("warning: {warning}"));
        }
    }

    async fn direct_from(
        &self,
        file: &LocalFile,
        source: &FileBody<'_>,
        complete: bool,
        mut entry: Entry,
    ) -> Result<Uploaded> {
        let resume = &self.client.resume_records;
        let mut fresh_inits = 0;
        while entry.step != Step::Uploaded {
            if entry.step == Step::Initializing {
                self.record(file, &entry);
                if let Err(failure) = self.init(file, &mut entry).await {
                    // Unless refused for sure, HeyGen may have made the asset: the key stays
                    // for a rerun to send again.
                    if is_definite(&failure) {
                        resume.remove(&file.path);
                    }
                    return Err(failure);
                }
                self.record(file, &entry);
            }
            let stored = match entry.url_expired() {
                true => Stored::UrlExpired,
                false => self.put(file, source, &entry).await?,
            };
            match stored {
                Stored::Yes => entry.step = Step::Uploaded,
                Stored::UrlExpired if fresh_inits < FRESH_INITS => {
                    fresh_inits += 1;
                    self.client.output.note(&format!(
                        "{}: the upload URL expired; asking HeyGen for a fresh one",
                        file.shown
                    ));
                    entry.idempotency_key = idempotency_key();
                    entry.step = Step::Initializing;
                }
                Stored::UrlExpired => {
                    return Err(Failure::remote(
                        "the upload URL expired again before the bytes arrived; check the \
                         computer's clock and the connection, then run the upload again",
                    ));
                }
            }
            self.record(file, &entry);
        }
        let asset_id = entry.asset_id.clone().unwrap_or_default();
        if !complete {
            let answer = entry.init_answer.clone();
            let answer = answer.unwrap_or_else(|| json!({"data": {"asset_id": asset_id}}));
            return Ok(Uploaded {
                completed: false,
                ..Uploaded::completed(asset_id, answer)
            });
        }
        let answer = self
            .client
            .api()
            .complete(&asset_id, entry.sha256.as_deref())
            .await?;
        Ok(Uploaded {
            sha256: entry.sha256,
            ..Uploaded::completed(asset_id, answer)
        })
    }

    /// Init, recording the asset and URL in the entry. A file over the API's `max_bytes` is
    /// refused before any byte goes to storage.
    async fn init(&self, file: &LocalFile, entry: &mut Entry) -> Result<()> {
        let upload = self
            .client
            .api()
            .init_direct(file, entry.sha256.as_deref(), &entry.idempotency_key)
            .await?;
        if let Some(max) = upload.max_bytes.filter(|max| file.size > *max) {
            return Err(Failure::input(format!(
                "{} bytes is over HeyGen's direct-upload limit of {max} bytes (max_bytes); \
                 nothing was uploaded",
                file.size
            )));
        }
        entry.init_answer = Some(upload.public_answer());
        let lifetime = upload.expires_in_seconds.unwrap_or(DEFAULT_URL_LIFETIME);
        entry.asset_id = Some(upload.asset_id);
        entry.upload_url = Some(upload.upload_url);
        entry.upload_headers = upload.upload_headers;
        entry.expires_at = Some(crate::util::clock::now_secs().saturating_add(lifetime));
        entry.step = Step::Initialized;
        Ok(())
    }

    async fn put(&self, file: &LocalFile, source: &FileBody<'_>, entry: &Entry) -> Result<Stored> {
        let url = entry.upload_url.as_deref().unwrap_or_default();
        put::put(&self.client.http, url, &entry.upload_headers, file, source).await
    }
}

fn takes_simple_path(file: &LocalFile, route: Route) -> bool {
    matches!(route, Route::BySize) && file.size <= SIMPLE_LIMIT
}

/// HeyGen's usual direct-upload cap (200 MiB); the real one comes with each init, as
/// `max_bytes`, so a dry run can only say what is usual.
pub const USUAL_DIRECT_CAP: u64 = 209_715_200;

/// The path a file will take and why, for `--dry-run`. A direct upload is not promised: its
/// cap is known only once init answers.
pub fn plan(file: &LocalFile, route: Route) -> (&'static str, String) {
    let why = match route {
        _ if takes_simple_path(file, route) => {
            return ("simple", "at most 32,000,000 bytes".into());
        }
        Route::BySize => "over 32,000,000 bytes",
        Route::Direct { .. } => "direct-upload always takes the presigned flow",
    };
    let cap = match file.size > USUAL_DIRECT_CAP {
        true => "over HeyGen's usual cap of 209,715,200 bytes, so init will likely refuse it",
        false => "HeyGen's cap is known only at init (max_bytes), usually 209,715,200 bytes",
    };
    ("direct", format!("{why}; {cap}"))
}

/// What a resumed upload will do: the step the record says it reached.
fn resume_point(entry: &Entry) -> &'static str {
    match entry.step {
        Step::Initializing => "init was under way; it is sent again with the same idempotency key",
        Step::Initialized => {
            "the upload URL is reused; a presigned PUT cannot continue midway, so the bytes are \
             sent again"
        }
        Step::Uploaded => "the bytes are stored; only complete is left",
    }
}

/// A refusal HeyGen made for sure (a 4xx other than 409 and 429): nothing was made, and the
/// same request under the same key would be refused again. A lost connection or a 5xx may have
/// made something.
pub fn is_definite(failure: &Failure) -> bool {
    failure
        .status
        .is_some_and(|s| (400..500).contains(&s) && s != 409 && s != 429)
}

/// A resumed step refused as unknown or forbidden: storage no longer takes the upload URL, or
/// the API no longer knows the asset.
fn is_gone(failure: &Failure) -> bool {
    matches!(failure.status, Some(403 | 404)) && failure.kind != crate::error::Kind::Auth
}
