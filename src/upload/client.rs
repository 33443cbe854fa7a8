//! What a command needs to talk to HeyGen, built once per command: the HTTP transport, the key,
//! the base URL, the records of uploads and where lines go.

use std::path::Path;
use std::sync::Arc;

use sha2::Digest;
use tokio::sync::OnceCell;

use crate::api::Api;
use crate::error::{Kind, Result};
use crate::net::http::{Http, HttpOptions};
use crate::net::report::Report;
use crate::ui::output::Output;
use crate::upload::resume::ResumeRecords;
use crate::upload::reuse::ReuseRecords;
use crate::util::key_source::KeySource;
use crate::util::secret::ApiKey;
use crate::util::timing::Timing;

/// The credential a client sends, where it came from, and whom the records belong to.
pub struct Login {
    pub key: ApiKey,
    /// `key` is an OAuth access token, sent as `Authorization: Bearer`.
    pub bearer: bool,
    /// Where the key came from (`None`: a key not stored yet, as in `heygen auth login`).
    pub source: Option<KeySource>,
    /// Resume and reuse records belong to this: the key itself, or an OAuth login's user,
    /// whose access token changes at every refresh.
    pub owner: ApiKey,
}

impl Login {
    /// An API key, the owner of its own records.
    pub fn key(key: ApiKey, source: Option<KeySource>) -> Login {
        Login {
            owner: key.clone(),
            key,
            bearer: false,
            source,
        }
    }
}

pub struct Client {
    pub http: Http,
    pub resume_records: ResumeRecords,
    pub output: Output,
    /// What was uploaded before, for this base URL and key; every upload is recorded.
    pub reuse_records: ReuseRecords,
    /// `--reuse`: a file whose bytes were uploaded before is not uploaded again.
    pub reuse: bool,
    /// How soon to read a batch's statuses again.
    pub timing: Timing,
    key: ApiKey,
    bearer: bool,
    /// Where the key came from, named when HeyGen refuses it.
    source: Option<KeySource>,
    base_url: String,
    /// The one key check of a run (`Client::check_key_once`).
    key_checked: OnceCell<Result<()>>,
}

impl Client {
    /// A client sending `login`'s credential; records live under `state_dir`.
    pub fn new(
        options: HttpOptions,
        base_url: String,
        login: Login,
        state_dir: Option<&Path>,
        timing: Timing,
        output: Output,
    ) -> Result<Client> {
        let Login {
            key,
            bearer,
            source,
            owner,
        } = login;
        Ok(Client {
            http: Http::new(options, Some(key.clone()), Arc::new(output.clone()))?,
            resume_records: ResumeRecords::new(
                state_dir.map(Path::to_path_buf),
                &base_url,
                &owner.fingerprint(),
            ),
            reuse_records: ReuseRecords::new(state_dir, &base_url, &owner),
            reuse: false,
            timing,
            output,
            key,
            bearer,
            source,
            base_url,
            key_checked: OnceCell::new(),
        })
    }

    /// The idempotency key of work that creates something, named by its kind and request body:
    /// the one an interrupted run sent, while HeyGen still replays it, else a new one. Retire
    /// it with `work_done` once the work's answer is in hand.
    pub fn work_key(&self, kind: &str, body: &serde_json::Value) -> (String, String) {
        let digest = sha2::Sha256::digest(body.to_string().as_bytes());
        let work = format!("{kind}:{}", hex::encode(digest));
        let key = self.resume_records.key_for(&work);
        (work, key)
    }

    /// The work's answer is in hand (or was refused for sure): its key is not used again.
    pub fn work_done(&self, work: &str) {
        self.resume_records.retire(work);
    }

    pub fn api(&self) -> Api<'_> {
        Api::new(&self.http, &self.base_url, &self.key)
            .bearer(self.bearer)
            .key_source(self.source.as_ref())
    }

    /// Checks the key with `GET /v3/users/me`, once per run, before the first large body goes
    /// out: a refused key (exit 3) is then found before megabytes are sent for nothing. An
    /// absent endpoint (404) or a network failure lets the run go on: the upload reports
    /// those itself.
    pub async fn check_key_once(&self) -> Result<()> {
        self.key_checked
            .get_or_init(|| async {
                match self.api().me().await {
                    Err(failure) if failure.kind == Kind::Auth => Err(failure),
                    _ => Ok(()),
                }
            })
            .await
            .clone()
    }
}

/// The transport's notes and traces go where every other line goes: around the progress bars.
impl Report for Output {
    fn note(&self, message: &str) {
        Output::note(self, message);
    }

    fn trace(&self, lines: &[String]) {
        Output::trace(self, lines);
    }

    fn throttled(&self, throttled: bool) {
        crate::ui::progress::set_throttled(throttled);
    }
}
