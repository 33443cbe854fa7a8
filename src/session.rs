//! What a command needs to talk to HeyGen, built once from the settings: the HTTP transport,
//! the key, the base URL, the upload journal and how to report progress.

use std::sync::Arc;

use tokio::sync::OnceCell;

use crate::api::Api;
use crate::credentials::{self, KeySource};
use crate::error::{Kind, Result};
use crate::http::{Http, HttpOptions};
use crate::journal::Journal;
use crate::output::Output;
use crate::report::Report;
use crate::reuse::Records;
use crate::secret::ApiKey;
use crate::settings::Settings;

pub struct Session {
    pub http: Http,
    pub journal: Journal,
    pub output: Output,
    /// What was uploaded before, for this base URL and key; every upload is recorded.
    pub records: Records,
    /// `--reuse`: a file whose bytes were uploaded before is not uploaded again.
    pub reuse: bool,
    key: ApiKey,
    /// Where the key came from, named when HeyGen refuses it.
    source: Option<KeySource>,
    base_url: String,
    /// The one key check of a run (`Session::check_key_once`).
    key_checked: OnceCell<Result<()>>,
}

impl Session {
    /// Fails (exit 3) when there is no key.
    pub fn new(settings: &Settings, output: Output) -> Result<Session> {
        settings.base_url()?;
        let (key, source) = settings.key_and_source()?;
        if let Some(warning) = source.file().and_then(credentials::permission_warning) {
            output.note(&format!("warning: {warning}"));
        }
        Session::for_key(settings, output, key, Some(source))
    }

    /// A session for a key that is not (yet) in any of its places: `heygen auth login`.
    pub fn for_key(
        settings: &Settings,
        output: Output,
        key: ApiKey,
        source: Option<KeySource>,
    ) -> Result<Session> {
        let base_url = settings.base_url()?;
        let options = HttpOptions {
            stall_timeout: settings.stall_timeout,
            retries: settings.retries,
            verbose: settings.verbose,
            ca_file: settings.ca_file.clone(),
            proxy: settings.proxy.clone(),
            wait_timeout: settings.wait_timeout,
        };
        Ok(Session {
            http: Http::new(options, Some(key.clone()), Arc::new(output.clone()))?,
            journal: Journal::new(settings.state_dir.clone(), &base_url, &key.fingerprint()),
            records: Records::new(settings.state_dir.as_deref(), &base_url, &key),
            reuse: false,
            output,
            key,
            source,
            base_url,
            key_checked: OnceCell::new(),
        })
    }

    pub fn api(&self) -> Api<'_> {
        Api::new(&self.http, &self.base_url, &self.key).key_source(self.source.as_ref())
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
}
