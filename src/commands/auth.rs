//! `heygen auth login | status | logout`: the key in heygen's own config file. The key is read
//! from standard input or a hidden prompt, never from the command line, where other users and
//! the shell history would see it.

use std::io::{IsTerminal, Read};
use std::time::SystemTime;

use serde_json::json;

use crate::api::envelope;
use crate::api::users::Account;
use crate::cli::AuthCommand;
use crate::cli::credentials::{self, KeySource, masked};
use crate::error::{Failure, Kind, Outcome, Result};
use crate::util::duration::compact;
use crate::util::secret::ApiKey;

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
        AuthCommand::Login { no_verify } => {
            if context.settings.key_places.flag.is_some() {
                return Err(Failure::input(
                    "`heygen auth login` does not take --api-key: the command line is visible to \
                     other users; pipe the key in (echo \"$KEY\" | heygen auth login) or type it \
                     at the prompt",
                ));
            }
            let key = read_key()?;
            if !no_verify {
                verify(context, &key)?;
            }
            credentials::store_key(&config_file, &key).map_err(|e| {
                Failure::remote(format!("cannot write {} ({e})", config_file.display()))
            })?;
            context.output.note(&format!(
                "saved key {} to {}",
                masked(&key),
                config_file.display()
            ));
            let overridden = context
                .settings
                .key_places
                .env
                .as_ref()
                .is_some_and(|env| !env.expose().trim().is_empty());
            if overridden {
                context.output.note(
                    "warning: HEYGEN_API_KEY is set in this shell and comes first, so commands \
                     here use it, not the saved key; unset HEYGEN_API_KEY to use the saved one",
                );
            }
        }
        AuthCommand::Status { offline } => return status(context, *offline),
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

/// Asks HeyGen whether the key works before it is saved: a refused key is not saved (exit 3),
/// nor is one that could not be checked for a network failure (exit 1); an API without the
/// endpoint (404) cannot tell, so the key is saved with a note.
fn verify(context: &Context, key: &ApiKey) -> Result<()> {
    let client = context.client_for_key(key.clone(), None)?;
    match super::block_on(client.api().me()) {
        Ok(Some(account)) => {
            context.output.note(&format!(
                "HeyGen accepted the key: {}",
                account_text(&account)
            ));
            Ok(())
        }
        Ok(None) => {
            context.output.note(&format!(
                "could not check the key: {} has no /v3/users/me (404); saving it unchecked",
                context.settings.base_url()?
            ));
            Ok(())
        }
        Err(failure) if failure.kind == Kind::Auth => Err(Failure::new(
            Kind::Auth,
            format!(
                "{}; nothing was saved; copy the key again from HeyGen's settings",
                failure
                    .message
                    .replace(&format!("; {}", envelope::KEY_HINT), "")
            ),
        )),
        Err(failure) => Err(Failure::remote(format!(
            "cannot check the key ({}); nothing was saved; try again, or save it unchecked with \
             --no-verify",
            failure.message
        ))),
    }
}

/// The key in effect and its source, then (unless `offline`) the account HeyGen says it
/// belongs to. When the account cannot be shown, the key and source still are.
fn status(context: &Context, offline: bool) -> Result<Outcome> {
    let (key, source) = context.settings.key_and_source()?;
    let (key, source) = (&key, &source);
    if let Some(warning) = source.file().and_then(credentials::permission_warning) {
        context.output.note(&format!("warning: {warning}"));
    }
    let mut line = format!("{} from {source}", masked(key));
    let mut answer = json!({
        "key": masked(key),
        "source": source.name(),
        "path": source.file().map(|p| p.display().to_string()),
    });
    // An OAuth login is named by its user and expiry: no part of a token is shown.
    if let KeySource::OAuth(file) = source
        && let Some(login) = credentials::read_oauth(file)
    {
        let user = login.user.as_deref().unwrap_or("(user not named)");
        let left = login
            .expires_at
            .and_then(|at| at.duration_since(SystemTime::now()).ok());
        let expiry = match left {
            Some(left) => format!("expires in {}", compact(left)),
            None => "expired (refreshed at the next request)".to_string(),
        };
        line = format!(
            "OAuth login of HeyGen's CLI ({}), user {user}, {expiry}",
            file.display()
        );
        answer = json!({
            "source": source.name(),
            "path": file.display().to_string(),
            "user": login.user,
            "expires_in_seconds": left.map(|d| d.as_secs()),
        });
    }
    let mut outcome = Outcome::default();
    let mut trouble = None;
    if !offline {
        let me = super::block_on(async {
            let client = match source {
                KeySource::OAuth(_) => context.client().await?,
                _ => context.client_for_key(key.clone(), Some(source.clone()))?,
            };
            client.api().me().await
        });
        match me {
            Ok(Some(account)) => {
                line.push_str(&format!("; account {}", account_text(&account)));
                answer["username"] = json!(account.username);
                answer["email"] = json!(account.email);
            }
            Ok(None) => context.output.note(&format!(
                "the account cannot be shown: {} has no /v3/users/me (404)",
                context.settings.base_url()?
            )),
            Err(failure) => {
                outcome.record(failure.kind);
                trouble = Some(failure);
            }
        }
    }
    context.output.result(&line, &answer);
    if let Some(failure) = trouble {
        context
            .output
            .error(&format!("cannot show the account: {}", failure.message));
    }
    Ok(outcome)
}

fn account_text(account: &Account) -> String {
    let name = account.username.as_deref().unwrap_or("(no username)");
    match &account.email {
        Some(email) => format!("{name} <{email}>"),
        None => name.to_string(),
    }
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
