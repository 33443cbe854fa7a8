//! `heygen auth login | status | logout`: the key in heygen's own config file. The key is read
//! from standard input or a hidden prompt, never from the command line, where other users and
//! the shell history would see it.

use std::io::{IsTerminal, Read};

use serde_json::json;

use crate::cli::AuthCommand;
use crate::credentials::{self, masked};
use crate::error::{Failure, Outcome, Result};
use crate::secret::ApiKey;

use super::Context;

pub fn run(context: &Context, command: &AuthCommand) -> Result<Outcome> {
    let config_file = context
        .settings
        .key_places
        .config_file
        .clone()
        .ok_or_else(|| {
            Failure::input(
                "this system has no config directory to keep the key in; use HEYGEN_API_KEY",
            )
        })?;
    match command {
        AuthCommand::Login => {
            if context.settings.key_places.flag.is_some() {
                return Err(Failure::input(
                    "`heygen auth login` does not take --api-key: the command line is visible to \
                     other users; pipe the key in (echo \"$KEY\" | heygen auth login) or type it \
                     at the prompt",
                ));
            }
            let key = read_key()?;
            credentials::store_key(&config_file, &key).map_err(|e| {
                Failure::remote(format!("cannot write {} ({e})", config_file.display()))
            })?;
            context.output.note(&format!(
                "saved key {} to {}",
                masked(&key),
                config_file.display()
            ));
        }
        AuthCommand::Status => {
            let (key, source) = context.settings.key_and_source()?;
            let (key, source) = (&key, &source);
            if let Some(warning) = source.file().and_then(credentials::permission_warning) {
                context.output.note(&format!("warning: {warning}"));
            }
            let line = format!("{} from {source}", masked(key));
            let answer = json!({
                "key": masked(key),
                "source": source.name(),
                "path": source.file().map(|p| p.display().to_string()),
            });
            context.output.result(&line, &answer);
        }
        AuthCommand::Logout => {
            let removed = credentials::remove_key(&config_file).map_err(|e| {
                Failure::remote(format!("cannot remove {} ({e})", config_file.display()))
            })?;
            context.output.note(&match removed {
                true => format!("removed the key from {}", config_file.display()),
                false => format!("no key was stored in {}", config_file.display()),
            });
        }
    }
    Ok(Outcome::default())
}

/// From a hidden prompt on a terminal, else the first line of standard input.
fn read_key() -> Result<ApiKey> {
    let text = if std::io::stdin().is_terminal() {
        rpassword::prompt_password("HeyGen API key: ")
            .map_err(|e| Failure::input(format!("cannot read the key from the terminal ({e})")))?
    } else {
        let mut text = String::new();
        std::io::stdin()
            .take(64 * 1024)
            .read_to_string(&mut text)
            .map_err(|e| {
                Failure::input(format!("cannot read the key from standard input ({e})"))
            })?;
        text
    };
    let key = text.lines().next().unwrap_or_default().trim();
    if key.is_empty() {
        return Err(Failure::input(
            "no key given; pipe it in (echo \"$KEY\" | heygen auth login) or type it at the prompt",
        ));
    }
    if key.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(Failure::input(
            "the key holds spaces or control characters; copy it again from HeyGen's settings",
        ));
    }
    Ok(ApiKey::new(key))
}
