//! Flags, environment and credential files, merged into the settings the rest of the code
//! reads. Besides clap's `env` attributes, nothing else in the crate looks at the environment.
//! Resolved only by the commands that need them: `completions` and `sandbox` read none of it,
//! and the base URL and the key are checked only when a command is about to talk to the API.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use crate::cli::credentials::{KeyPlaces, KeySource};
use crate::cli::{GlobalArgs, ProgressChoice};
use crate::error::{Failure, Kind, Result};
use crate::net::http::HttpOptions;
use crate::net::proxy::ProxyEnv;
use crate::ui::progress::Mode;
use crate::util::secret::ApiKey;
use crate::util::timing::Timing;

#[derive(Debug)]
pub struct Settings {
    /// The API's base URL as given; see `base_url`.
    base_url: String,
    pub verbose: bool,
    /// How progress is shown.
    pub progress: Mode,
    /// A request fails when no byte has moved for this long.
    pub stall_timeout: Duration,
    /// Retries after a transient failure.
    pub retries: u32,
    /// How long waiting for HeyGen's work (training, rendering) may take.
    pub wait_timeout: Duration,
    /// Where the resume and reuse records live (`XDG_STATE_HOME` on Linux); `None` disables resuming.
    pub state_dir: Option<PathBuf>,
    /// PEM certificates heygen trusts on top of the system's (`--ca-file`).
    pub ca_file: Option<PathBuf>,
    /// The proxies of the environment (`https_proxy`, `http_proxy`, `all_proxy`, `no_proxy`).
    pub proxy: ProxyEnv,
    /// Where keys are looked for (and where `heygen auth login` writes).
    pub key_places: KeyPlaces,
    /// How long to wait between retries, polls and plain progress lines.
    pub timing: Timing,
    /// Where an OAuth login is refreshed (`HEYGEN_OAUTH_TOKEN_URL`); see `oauth_token_url`.
    oauth_token_url: Option<String>,
}

impl Settings {
    pub fn resolve(args: &GlobalArgs) -> Result<Settings> {
        let official_dir = std::env::var_os("HEYGEN_CONFIG_DIR")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| dirs::home_dir().map(|home| home.join(".heygen")));
        let key_places = KeyPlaces {
            flag: args.api_key.clone(),
            env: std::env::var("HEYGEN_API_KEY").ok().map(ApiKey::new),
            config_file: dirs::config_dir().map(|d| d.join("heygen").join("config.json")),
            official_file: official_dir.map(|d| d.join("credentials")),
        };
        // The test suite's way to make waits short; not a user setting.
        let timing = std::env::var("HEYGEN_TEST_TIME_SCALE")
            .ok()
            .and_then(|factor| factor.parse::<f64>().ok())
            .filter(|factor| *factor > 0.0 && *factor < 1.0)
            .map_or_else(Timing::default, Timing::scaled);
        Ok(Settings {
            base_url: args.base_url.clone(),
            verbose: args.verbose,
            progress: progress_mode(
                args.progress.get().map_err(from("HEYGEN_PROGRESS"))?,
                args.quiet,
                timing.plain_every,
            ),
            stall_timeout: Duration::from_secs(args.timeout),
            retries: args.retries.get().map_err(from("HEYGEN_MAX_RETRIES"))?,
            wait_timeout: args
                .wait_timeout
                .get()
                .map_err(from("HEYGEN_WAIT_TIMEOUT"))?,
            state_dir: dirs::state_dir().or_else(dirs::data_local_dir),
            // An empty HEYGEN_CA_FILE means none, as an empty HEYGEN_API_KEY does.
            ca_file: args
                .ca_file
                .clone()
                .filter(|path| !path.as_os_str().is_empty()),
            proxy: ProxyEnv::from_lookup(|name| std::env::var(name).ok()),
            key_places,
            timing,
            oauth_token_url: std::env::var("HEYGEN_OAUTH_TOKEN_URL")
                .ok()
                .filter(|url| !url.is_empty()),
        })
    }

    /// How the transport behaves, from the flags and environment.
    pub fn http_options(&self) -> HttpOptions {
        HttpOptions {
            stall_timeout: self.stall_timeout,
            retries: self.retries,
            verbose: self.verbose,
            ca_file: self.ca_file.clone(),
            proxy: self.proxy.clone(),
            wait_timeout: self.wait_timeout,
            first_retry: self.timing.first_retry,
        }
    }

    /// The API's base URL without a trailing slash, or the exit-2 failure that says what is
    /// wrong with it.
    pub fn base_url(&self) -> Result<String> {
        parse_base_url(&self.base_url)
    }

    /// Where an OAuth login is refreshed: HeyGen's token endpoint, or `HEYGEN_OAUTH_TOKEN_URL`
    /// (https, or plain http to this machine only: the refresh token goes there).
    pub fn oauth_token_url(&self) -> Result<url::Url> {
        let raw = (self.oauth_token_url.as_deref()).unwrap_or(crate::cli::DEFAULT_OAUTH_TOKEN_URL);
        let bad = |why: &str| Failure::input(format!("HEYGEN_OAUTH_TOKEN_URL {why}"));
        let url = url::Url::parse(raw).map_err(|_| bad("is not a URL"))?;
        match url.scheme() {
            "https" => Ok(url),
            "http" if crate::util::secret::cleartext_allowed(&url) => Ok(url),
            _ => Err(bad(
                "must be https (plain http is allowed only to this machine), since the refresh \
                 token goes there",
            )),
        }
    }

    /// The API key in effect and where it came from (read from the key files now), or the
    /// exit-3 failure that names every place it was looked for. Asked for only once the input
    /// is known to be good, so input problems are reported first.
    pub fn key_and_source(&self) -> Result<(ApiKey, KeySource)> {
        self.key_places
            .find()
            .map_err(|message| Failure::new(Kind::Auth, message))
    }
}

#[cfg(feature = "sandbox")]
/// The credentials of `heygen sandbox --s3-endpoint`, from the variables every AWS tool reads
/// (never from flags, which other users of the machine can see): access key id and secret.
#[cfg(feature = "sandbox")]
pub fn s3_credentials() -> (Option<String>, Option<String>) {
    let read = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    (read("AWS_ACCESS_KEY_ID"), read("AWS_SECRET_ACCESS_KEY"))
}

/// A value that does not parse, from the option or from `variable`: the message points at
/// both, as the user may have set either.
fn from(variable: &'static str) -> impl Fn(String) -> Failure {
    move |message| Failure::input(format!("{message}; check the option and ${variable}"))
}

/// `auto` draws bars only for a person at a terminal that can show them (`TERM=dumb` cannot),
/// and writes plain lines into logs.
fn progress_mode(choice: ProgressChoice, quiet: bool, every: Duration) -> Mode {
    let dumb = std::env::var_os("TERM").is_some_and(|term| term == "dumb");
    // The variable shells export for the terminal's width.
    let log_width = std::env::var("COLUMNS")
        .ok()
        .and_then(|value| value.trim().parse::<u16>().ok())
        .filter(|columns| *columns > 0)
        .unwrap_or(80);
    match choice {
        _ if quiet => Mode::Off,
        ProgressChoice::None => Mode::Off,
        ProgressChoice::Bar => Mode::Bars { log_width },
        ProgressChoice::Plain => Mode::Plain { every },
        ProgressChoice::Auto if std::io::stderr().is_terminal() && !dumb => {
            Mode::Bars { log_width }
        }
        ProgressChoice::Auto => Mode::Plain { every },
    }
}

fn parse_base_url(raw: &str) -> Result<String> {
    let shown = crate::util::secret::redact_url(raw);
    let url = url::Url::parse(raw).map_err(|e| {
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
    if url.scheme() == "http" && !crate::util::secret::cleartext_allowed(&url) {
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
