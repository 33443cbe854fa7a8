//! Refreshing an OAuth login of HeyGen's CLI: the refresh token traded for a new access token
//! at the token endpoint, form-encoded. Errors there use OAuth's shape, not HeyGen's envelope,
//! so they are judged by their status.

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use url::Url;

use crate::error::{Failure, Kind, Result};
use crate::net::http::{Http, HttpOptions, Method, Request};
use crate::net::report::Report;
use crate::util::secret::ApiKey;

/// HeyGen's CLI's public client, which the login belongs to.
pub const CLIENT_ID: &str = "q2A2QRSke2LrFTPJhoDbHtXh";

/// What the token endpoint gave.
pub struct Refreshed {
    pub access_token: ApiKey,
    /// A new refresh token, when the endpoint rotated it.
    pub refresh_token: Option<ApiKey>,
    pub expires_in: Duration,
    pub token_type: Option<String>,
    pub scope: Option<String>,
}

/// Trades `refresh_token` for new tokens. The request is never traced (its answer holds the
/// tokens), and carries no API key. A refused refresh (400/401) is an auth failure: the login
/// has to be made again with HeyGen's CLI.
pub async fn refresh(
    mut options: HttpOptions,
    report: Arc<dyn Report>,
    token_url: &Url,
    refresh_token: &ApiKey,
) -> Result<Refreshed> {
    options.verbose = false;
    let http = Http::new(options, Some(refresh_token.clone()), report)?;
    let form = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", "refresh_token")
        .append_pair("refresh_token", refresh_token.expose())
        .append_pair("client_id", CLIENT_ID)
        .finish();
    let answer = http
        .send(|| Ok(Request::to(Method::POST, token_url.clone()).form(form.clone())))
        .await?;
    if matches!(answer.status.as_u16(), 400 | 401) {
        return Err(Failure::new(
            Kind::Auth,
            "HeyGen refused to refresh the OAuth login of its CLI (the login has ended); log in \
             again with HeyGen's CLI (heygen auth login there), or give an API key",
        ));
    }
    if !answer.status.is_success() {
        return Err(Failure::remote(format!(
            "the OAuth token endpoint answered {}; try again later",
            answer.status
        ))
        .with_status(answer.status.as_u16()));
    }
    let value: Value = serde_json::from_slice(&answer.body)
        .map_err(|_| Failure::remote("the OAuth token endpoint's answer is not JSON"))?;
    let text = |name: &str| {
        value
            .get(name)
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    let access_token = text("access_token")
        .map(ApiKey::new)
        .ok_or_else(|| Failure::remote("the OAuth token endpoint gave no access_token"))?;
    Ok(Refreshed {
        access_token,
        refresh_token: text("refresh_token").map(ApiKey::new),
        expires_in: Duration::from_secs(value["expires_in"].as_u64().unwrap_or(3600)),
        token_type: text("token_type"),
        scope: text("scope"),
    })
}
