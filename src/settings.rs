//! Flags, environment and credential files, merged once into the settings the rest of the
//! code reads. Nothing else in the crate looks at the environment.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use crate::cli::GlobalArgs;
use crate::error::{Failure, Kind, Result};
use crate::secret::ApiKey;

#[derive(Debug)]
pub struct Settings {
    /// The API's base URL without a trailing slash.
    pub base_url: String,
    pub json: bool,
    pub quiet: bool,
    pub verbose: bool,
    /// Draw progress bars: stderr is a terminal and `--quiet` is off.
    pub progress: bool,
    /// A request fails when no byte has moved for this long.
    pub stall_timeout: Duration,
    /// Retries after a passing failure.
    pub retries: u32,
    /// Where the upload journal lives (`XDG_STATE_HOME` on Linux); `None` disables resuming.
    pub state_dir: Option<PathBuf>,
    key: std::result::Result<ApiKey, String>,
}

impl Settings {
    pub fn resolve(args: &GlobalArgs) -> Result<Settings> {
        Ok(Settings {
            base_url: parse_base_url(&args.base_url)?,
            json: args.json,
            quiet: args.quiet,
            verbose: args.verbose,
            progress: !args.quiet && std::io::stderr().is_terminal(),
            stall_timeout: Duration::from_secs(args.timeout),
            retries: args.retries,
            state_dir: dirs::state_dir().or_else(dirs::data_local_dir),
            key: find_key(args.api_key.as_deref()),
        })
    }

    /// The API key, or the exit-3 failure that names every place it was looked for. Asked
    /// for only once the input is known to be good, so input problems are reported first.
    pub fn api_key(&self) -> Result<&ApiKey> {
        self.key
            .as_ref()
            .map_err(|message| Failure::new(Kind::Auth, message.clone()))
    }
}

fn parse_base_url(raw: &str) -> Result<String> {
    let url = reqwest::Url::parse(raw).map_err(|e| {
        Failure::input(format!(
            "--base-url {raw:?} is not a URL ({e}); use one like {}",
            crate::cli::DEFAULT_BASE_URL
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.query().is_some() {
        return Err(Failure::input(format!(
            "--base-url {raw:?} must be an http(s) URL without a query string"
        )));
    }
    if url.scheme() == "http" && !crate::secret::cleartext_allowed(&url) {
        return Err(Failure::input(format!(
            "--base-url {raw:?} uses plain http, which would send the API key unencrypted; \
             use https (plain http is allowed only to this machine)"
        )));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// Flag, then `HEYGEN_API_KEY` (empty counts as unset), then the official CLI's credentials.
fn find_key(flag: Option<&str>) -> std::result::Result<ApiKey, String> {
    if let Some(key) = flag.map(str::trim).filter(|k| !k.is_empty()) {
        return Ok(ApiKey::new(key));
    }
    if let Some(key) = std::env::var("HEYGEN_API_KEY")
        .ok()
        .filter(|k| !k.trim().is_empty())
    {
        return Ok(ApiKey::new(key.trim()));
    }
    let file = official_credentials_path();
    if let Some(key) = file.as_ref().and_then(|f| read_credentials(f)) {
        return Ok(key);
    }
    let file = file.map_or_else(
        || "~/.heygen/credentials".into(),
        |f| f.display().to_string(),
    );
    Err(format!(
        "no API key: pass --api-key KEY, set HEYGEN_API_KEY, or log in with HeyGen's CLI \
         (which writes {file})"
    ))
}

/// Where HeyGen's official CLI keeps its key: `$HEYGEN_CONFIG_DIR/credentials`, else
/// `~/.heygen/credentials`.
fn official_credentials_path() -> Option<PathBuf> {
    match std::env::var_os("HEYGEN_CONFIG_DIR").filter(|d| !d.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir).join("credentials")),
        None => dirs::home_dir().map(|home| home.join(".heygen").join("credentials")),
    }
}

/// The file holds JSON `{"api_key": "..."}` or, in its older form, just the key on one line.
fn read_credentials(path: &std::path::Path) -> Option<ApiKey> {
    let text = std::fs::read_to_string(path).ok()?;
    let text = text.trim();
    let key = if text.starts_with('{') {
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        value.get("api_key")?.as_str()?.trim().to_string()
    } else {
        text.lines().next()?.trim().to_string()
    };
    (!key.is_empty()).then(|| ApiKey::new(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_both_forms() {
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("json");
        std::fs::write(&json, r#"{"api_key": "k1"}"#).unwrap();
        let line = dir.path().join("line");
        std::fs::write(&line, "k2\n").unwrap();
        let empty = dir.path().join("empty");
        std::fs::write(&empty, "{}").unwrap();
        assert_eq!(read_credentials(&json).unwrap().expose(), "k1");
        assert_eq!(read_credentials(&line).unwrap().expose(), "k2");
        assert!(read_credentials(&empty).is_none());
    }

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
