//! What a command needs to talk to HeyGen, built once from the settings: the HTTP transport,
//! the key, the base URL, the upload journal and how to report progress.

use crate::api::Api;
use crate::credentials;
use crate::error::Result;
use crate::http::{Http, HttpOptions};
use crate::journal::Journal;
use crate::output::Output;
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
    base_url: String,
}

impl Session {
    /// Fails (exit 3) when there is no key.
    pub fn new(settings: &Settings, output: Output) -> Result<Session> {
        let (key, source) = settings.key_and_source()?;
        if let Some(warning) = source.file().and_then(credentials::permission_warning) {
            output.note(&format!("warning: {warning}"));
        }
        let key = key.clone();
        let options = HttpOptions {
            stall_timeout: settings.stall_timeout,
            retries: settings.retries,
            verbose: settings.verbose,
            wait_timeout: settings.wait_timeout,
        };
        Ok(Session {
            http: Http::new(options, Some(key.clone()), output.clone())?,
            journal: Journal::new(settings.state_dir.clone()),
            records: Records::new(settings.state_dir.as_deref(), &settings.base_url, &key),
            reuse: false,
            output,
            key,
            base_url: settings.base_url.clone(),
        })
    }

    pub fn api(&self) -> Api<'_> {
        Api::new(&self.http, &self.base_url, &self.key)
    }
}
