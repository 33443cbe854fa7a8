//! Where the API key comes from, in order: `--api-key`, `HEYGEN_API_KEY`, this tool's own
//! config file (`heygen auth login`), then the credentials file of HeyGen's official CLI: its
//! `api_key`, else its OAuth login, whose refreshed tokens are written back there as HeyGen's
//! CLI writes them, so that both tools stay logged in.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};

pub use crate::util::key_source::KeySource;
use crate::util::secret::ApiKey;

/// The places a key is looked for, resolved by the settings. `Debug` shows whether a key was
/// given, never the key.
#[derive(Debug, Clone)]
pub struct KeyPlaces {
    pub flag: Option<ApiKey>,
    pub env: Option<ApiKey>,
    /// `<config dir>/heygen/config.json`.
    pub config_file: Option<PathBuf>,
    /// `$HEYGEN_CONFIG_DIR/credentials`, else `~/.heygen/credentials`.
    pub official_file: Option<PathBuf>,
}

impl KeyPlaces {
    /// The key in effect and where it came from, or the message naming every place tried.
    pub fn find(&self) -> Result<(ApiKey, KeySource), String> {
        let given = |value: &Option<ApiKey>| {
            value
                .as_ref()
                .map(|key| key.expose().trim())
                .filter(|k| !k.is_empty())
                .map(ApiKey::new)
        };
        if let Some(key) = given(&self.flag) {
            return Ok((key, KeySource::Flag));
        }
        if let Some(key) = given(&self.env) {
            return Ok((key, KeySource::Env));
        }
        if let Some(file) = &self.config_file
            && let Some(key) = read_config_key(file)?
        {
            return Ok((key, KeySource::ConfigFile(file.clone())));
        }
        if let Some((file, key)) = self
            .official_file
            .as_ref()
            .and_then(|f| Some((f, read_key(f)?)))
        {
            return Ok((key, KeySource::OfficialCli(file.clone())));
        }
        if let Some(login) = self.official_file.as_deref().and_then(read_oauth) {
            return Ok((login.access_token, KeySource::OAuth(login.file)));
        }
        let shown = |file: &Option<PathBuf>, fallback: &str| {
            file.as_ref()
                .map_or(fallback.to_string(), |f| f.display().to_string())
        };
        Err(format!(
            "no API key: pass --api-key KEY, set HEYGEN_API_KEY, run `heygen auth login` \
             (which writes {}), or log in with HeyGen's CLI (which writes {})",
            shown(&self.config_file, "heygen/config.json"),
            shown(&self.official_file, "~/.heygen/credentials")
        ))
    }
}

/// The key in heygen's own config file, which `heygen auth login` writes as JSON: a file that
/// is not (edited by hand, cut short) is an error that names it, never sent as a key.
fn read_config_key(path: &Path) -> Result<Option<ApiKey>, String> {
    let Ok(text) = fs::read_to_string(path) else {
        return Ok(None);
    };
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        format!(
            "heygen's config file {} is not valid JSON ({e}); run `heygen auth login` to write \
             it again, or remove it",
            path.display()
        )
    })?;
    Ok(value
        .get("api_key")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|key| !key.is_empty())
        .map(ApiKey::new))
}

/// A key file holds JSON `{"api_key": "..."}` or, in the official CLI's older form, just the
/// key on one line.
pub fn read_key(path: &Path) -> Option<ApiKey> {
    let text = fs::read_to_string(path).ok()?;
    let text = text.trim();
    let key = if text.starts_with('{') {
        let value: Value = serde_json::from_str(text).ok()?;
        value.get("api_key")?.as_str()?.trim().to_string()
    } else {
        text.lines().next()?.trim().to_string()
    };
    (!key.is_empty()).then(|| ApiKey::new(key))
}

/// An OAuth login HeyGen's CLI keeps in its credentials file.
#[derive(Debug, Clone)]
pub struct OAuthLogin {
    pub file: PathBuf,
    pub access_token: ApiKey,
    pub refresh_token: Option<ApiKey>,
    /// `None` when the file does not say (or not readably): taken as expired.
    pub expires_at: Option<SystemTime>,
    /// Who is logged in: the user's id, username or email, as the file names them.
    pub user: Option<String>,
}

impl OAuthLogin {
    /// Whether the access token runs out within `margin`.
    pub fn expires_within(&self, margin: Duration) -> bool {
        self.expires_at
            .is_none_or(|at| at <= SystemTime::now() + margin)
    }
}

/// The OAuth login in a credentials file with no `api_key`:
/// `{"oauth": {"access_token", "refresh_token", "expires_at", ...}, "user"?: {...}}`.
pub fn read_oauth(path: &Path) -> Option<OAuthLogin> {
    let value: Value = serde_json::from_str(&fs::read_to_string(path).ok()?).ok()?;
    let oauth = value.get("oauth")?;
    let text = |v: &Value, name: &str| {
        v.get(name)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    let user = value.get("user").and_then(|user| {
        ["username", "email", "id", "user_id"]
            .iter()
            .find_map(|name| text(user, name))
    });
    Some(OAuthLogin {
        file: path.to_path_buf(),
        access_token: ApiKey::new(text(oauth, "access_token")?),
        refresh_token: text(oauth, "refresh_token").map(ApiKey::new),
        expires_at: text(oauth, "expires_at").and_then(|t| parse_rfc3339(&t)),
        user,
    })
}

/// New tokens, written back the way HeyGen's CLI writes them: atomically, mode 0600, every
/// other field kept, `expires_at` in RFC 3339. A refresh token not given keeps the old one.
pub fn store_oauth(
    path: &Path,
    access_token: &ApiKey,
    refresh_token: Option<&ApiKey>,
    expires_at: SystemTime,
    extra: &[(&str, Option<&str>)],
) -> std::io::Result<()> {
    let mut value: Value = serde_json::from_str(&fs::read_to_string(path)?)?;
    let oauth = value
        .get_mut("oauth")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| std::io::Error::other("the file holds no OAuth login any more"))?;
    oauth.insert("access_token".into(), json!(access_token.expose()));
    if let Some(refresh_token) = refresh_token {
        oauth.insert("refresh_token".into(), json!(refresh_token.expose()));
    }
    let expires = humantime::format_rfc3339_seconds(expires_at).to_string();
    oauth.insert("expires_at".into(), json!(expires));
    for (name, field) in extra {
        if let Some(field) = field {
            oauth.insert((*name).into(), json!(field));
        }
    }
    crate::util::private_file::write(path, serde_json::to_string_pretty(&value)?.as_bytes())
}

/// RFC 3339 as HeyGen's CLI writes it (Go's time format): `Z` or a `±HH:MM` offset, with or
/// without fractions of a second.
fn parse_rfc3339(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    if let Some(utc) = text.strip_suffix('Z').or_else(|| text.strip_suffix('z')) {
        return humantime::parse_rfc3339_weak(utc).ok();
    }
    let (local, sign, offset) = match text.get(text.len().checked_sub(6)?..)? {
        tail if tail.starts_with('+') => (&text[..text.len() - 6], 1i64, &tail[1..]),
        tail if tail.starts_with('-') => (&text[..text.len() - 6], -1i64, &tail[1..]),
        _ => return None,
    };
    let (hours, minutes) = offset.split_once(':')?;
    let seconds = (hours.parse::<i64>().ok()? * 60 + minutes.parse::<i64>().ok()?) * 60;
    let local = humantime::parse_rfc3339_weak(local).ok()?;
    let shift = Duration::from_secs(seconds.unsigned_abs());
    // Local time minus its offset is UTC.
    match sign * seconds >= 0 {
        true => local.checked_sub(shift),
        false => local.checked_add(shift),
    }
}

/// The warning for a key file that other users can read, with the command that fixes it.
pub fn permission_warning(path: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).ok()?.permissions().mode();
        (mode & 0o077 != 0).then(|| {
            format!(
                "{} holds the API key and other users can read it; fix with: chmod 600 '{}'",
                path.display(),
                path.display()
            )
        })
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Stores the key in this tool's config file: atomically, the file 0600 in a 0700 folder.
pub fn store_key(path: &Path, key: &ApiKey) -> std::io::Result<()> {
    let mut config = fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .filter(Value::is_object)
        .unwrap_or_else(|| json!({}));
    config["api_key"] = json!(key.expose());
    crate::util::private_file::write(path, serde_json::to_string_pretty(&config)?.as_bytes())
}

/// Removes the key from this tool's config file; `false` when there was none.
pub fn remove_key(path: &Path) -> std::io::Result<bool> {
    if read_key(path).is_none() {
        return Ok(false);
    }
    fs::remove_file(path)?;
    Ok(true)
}

/// The key as `status` shows it: the last 4 characters only.
pub fn masked(key: &ApiKey) -> String {
    let chars: Vec<char> = key.expose().chars().collect();
    // The last four tell keys apart; a short key would be given away by them.
    if chars.len() < SHOWN_TAIL_FROM {
        return "****".to_string();
    }
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("****{tail}")
}

/// Keys at least this long show their last four characters when masked.
const SHOWN_TAIL_FROM: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_times_read_as_heygens_cli_writes_them() {
        let utc = parse_rfc3339("2026-12-06T20:00:00Z").unwrap();
        assert_eq!(parse_rfc3339("2026-12-06T21:00:00+01:00"), Some(utc));
        assert_eq!(parse_rfc3339("2026-12-06T15:30:00-04:30"), Some(utc));
        assert!(parse_rfc3339("2026-12-06T20:00:00.123456789Z").is_some());
        assert_eq!(parse_rfc3339("tomorrow"), None);
    }

    #[test]
    fn a_masked_key_shows_its_last_four_only_when_long() {
        assert_eq!(masked(&ApiKey::new("sk_live_0123456789abcd")), "****abcd");
        assert_eq!(masked(&ApiKey::new("sandbox")), "****");
        assert_eq!(masked(&ApiKey::new("bad")), "****");
    }

    fn places(dir: &Path) -> KeyPlaces {
        KeyPlaces {
            flag: None,
            env: None,
            config_file: Some(dir.join("config/heygen/config.json")),
            official_file: Some(dir.join("official/credentials")),
        }
    }

    #[test]
    fn precedence_is_flag_env_config_official() {
        let dir = tempfile::tempdir().unwrap();
        let mut places = places(dir.path());
        assert!(places.find().unwrap_err().contains("heygen auth login"));
        fs::create_dir_all(dir.path().join("official")).unwrap();
        fs::write(dir.path().join("official/credentials"), "k-official\n").unwrap();
        assert_eq!(places.find().unwrap().0.expose(), "k-official");
        store_key(
            places.config_file.as_ref().unwrap(),
            &ApiKey::new("k-config"),
        )
        .unwrap();
        assert_eq!(places.find().unwrap().0.expose(), "k-config");
        places.env = Some(ApiKey::new(" "));
        assert_eq!(
            places.find().unwrap().0.expose(),
            "k-config",
            "empty env is unset"
        );
        places.env = Some(ApiKey::new("k-env"));
        assert_eq!(places.find().unwrap().1, KeySource::Env);
        places.flag = Some(ApiKey::new("k-flag"));
        assert_eq!(places.find().unwrap().1, KeySource::Flag);
    }

    #[test]
    fn debug_output_never_shows_a_key() {
        let mut places = places(Path::new("/nowhere"));
        places.flag = Some(ApiKey::new("sk_flag_secret"));
        places.env = Some(ApiKey::new("sk_env_secret"));
        let shown = format!("{places:?}");
        assert!(
            !shown.contains("secret") && shown.contains("(redacted)"),
            "{shown}"
        );
    }

    #[test]
    fn stored_privately_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("heygen/config.json");
        store_key(&file, &ApiKey::new("secret-1234")).unwrap();
        assert_eq!(read_key(&file).unwrap().expose(), "secret-1234");
        assert_eq!(permission_warning(&file), None);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let dir_mode = fs::metadata(file.parent().unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(dir_mode & 0o777, 0o700);
            fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
            assert!(permission_warning(&file).unwrap().contains("chmod 600"));
        }
        assert!(remove_key(&file).unwrap());
        assert!(!remove_key(&file).unwrap());
        assert_eq!(masked(&ApiKey::new("secret-key-1234")), "****1234");
    }

    #[cfg(unix)]
    #[test]
    fn an_existing_open_folder_is_closed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("heygen");
        fs::create_dir(&folder).unwrap();
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
        let file = folder.join("config.json");
        fs::write(&file, r#"{"api_key": "old", "other": 1}"#).unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
        store_key(&file, &ApiKey::new("new-key")).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&folder), mode(&file)), (0o700, 0o600));
        let stored: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(stored, json!({"api_key": "new-key", "other": 1}));
    }

    #[test]
    fn both_file_forms() {
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("json");
        fs::write(&json, r#"{"api_key": "k1"}"#).unwrap();
        let line = dir.path().join("line");
        fs::write(&line, "k2\n").unwrap();
        let empty = dir.path().join("empty");
        fs::write(&empty, "{}").unwrap();
        assert_eq!(read_key(&json).unwrap().expose(), "k1");
        assert_eq!(read_key(&line).unwrap().expose(), "k2");
        assert!(read_key(&empty).is_none());
    }
}
