//! Flags, environment and credential files, merged once into the settings the rest of the
//! code reads. Nothing else in the crate looks at the environment.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use crate::cli::{GlobalArgs, ProgressChoice};
use crate::credentials::{KeyPlaces, KeySource};
use crate::error::{Failure, Kind, Result};
use crate::proxy::ProxyEnv;
use crate::secret::ApiKey;
use crate::transfer::progress::Mode;

#[derive(Debug)]
pub struct Settings {
    /// The API's base URL without a trailing slash.
    pub base_url: String,
    pub json: bool,
    pub quiet: bool,
    pub verbose: bool,
    /// How progress is shown.
    pub progress: Mode,
    /// A request fails when no byte has moved for this long.
    pub stall_timeout: Duration,
    /// Retries after a passing failure.
    pub retries: u32,
    /// How long waiting for HeyGen's work (training, rendering) may take.
    pub wait_timeout: Duration,
    /// Where the upload journal lives (`XDG_STATE_HOME` on Linux); `None` disables resuming.
    pub state_dir: Option<PathBuf>,
    /// PEM certificates heygen trusts on top of the system's (`--ca-file`).
    pub ca_file: Option<PathBuf>,
    /// The proxies of the environment (`https_proxy`, `http_proxy`, `all_proxy`, `no_proxy`).
    pub proxy: ProxyEnv,
    /// Where keys are looked for (and where `heygen auth login` writes).
    pub key_places: KeyPlaces,
    key: std::result::Result<(ApiKey, KeySource), String>,
}

impl Settings {
    pub fn resolve(args: &GlobalArgs) -> Result<Settings> {
        let key_places = KeyPlaces::from_env(args.api_key.as_deref());
        Ok(Settings {
            base_url: parse_base_url(&args.base_url)?,
            json: args.json,
            quiet: args.quiet,
            verbose: args.verbose,
            progress: progress_mode(args.progress, args.quiet),
            stall_timeout: Duration::from_secs(args.timeout),
            retries: args.retries,
            wait_timeout: args.wait_timeout,
            state_dir: dirs::state_dir().or_else(dirs::data_local_dir),
            ca_file: args.ca_file.clone(),
            proxy: ProxyEnv::from_lookup(|name| std::env::var(name).ok()),
            key: key_places.find(),
            key_places,
        })
    }

    /// The API key, or the exit-3 failure that names every place it was looked for. Asked
    /// for only once the input is known to be good, so input problems are reported first.
    pub fn api_key(&self) -> Result<&ApiKey> {
        self.key_and_source().map(|(key, _)| key)
    }

    pub fn key_and_source(&self) -> Result<(&ApiKey, &KeySource)> {
        self.key
            .as_ref()
            .map(|(key, source)| (key, source))
            .map_err(|message| Failure::new(Kind::Auth, message.clone()))
    }
}

/// `auto` draws bars only for a person at a terminal that can show them (`TERM=dumb` cannot),
/// and writes plain lines into logs.
fn progress_mode(choice: ProgressChoice, quiet: bool) -> Mode {
    let dumb = std::env::var_os("TERM").is_some_and(|term| term == "dumb");
    match choice {
        _ if quiet => Mode::Off,
        ProgressChoice::None => Mode::Off,
        ProgressChoice::Bar => Mode::Bars,
        ProgressChoice::Plain => Mode::Plain,
        ProgressChoice::Auto if std::io::stderr().is_terminal() && !dumb => Mode::Bars,
        ProgressChoice::Auto => Mode::Plain,
    }
}

fn parse_base_url(raw: &str) -> Result<String> {
    let shown = crate::secret::redact_url(raw);
    let url = reqwest::Url::parse(raw).map_err(|e| {
        Failure::input(format!(
            "--base-url {shown:?} is not a URL ({e}); use one like {}",
            crate::cli::DEFAULT_BASE_URL
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.query().is_some() {
        return Err(Failure::input(format!(
            "--base-url {shown:?} must be an http(s) URL without a query string"
        )));
    }
    if url.scheme() == "http" && !crate::secret::cleartext_allowed(&url) {
        return Err(Failure::input(format!(
            "--base-url {shown:?} uses plain http, which would send the API key unencrypted; \
             use https (plain http is allowed only to this machine)"
        )));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_is_normalised_and_checked() {
        assert_eq!(
            parse_base_url("http://127.0.0.1:9/").unwrap(),
            "http://127.0.0.1:9"
        );
        assert!(parse_base_url("ftp://x").is_err());
        assert!(parse_base_url("http://api.heygen.com").is_err());
        assert!(parse_base_url("http://localhost:8080").is_ok());
        assert!(parse_base_url("http://[::1]:8080").is_ok());
        assert!(parse_base_url("http://localhost.evil.com").is_err());
        assert!(parse_base_url("not a url").is_err());
    }
}
