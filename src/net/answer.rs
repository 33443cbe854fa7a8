//! Answers: read in full (API calls, storage errors) or streamed (downloads).

use std::time::Duration;

use bytes::Bytes;
use reqwest::header::RETRY_AFTER;

use crate::error::Result;
use crate::net::failure::transport_failure;
use crate::net::http::{HeaderMap, StatusCode};
use crate::net::retry::parse_retry_after;
use crate::util::secret::redact_url;

/// An answer read in full (up to `MAX_ANSWER_BYTES`).
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    /// How long the server asked to wait before trying again (`Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        retry_after(&self.headers)
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Where a redirect pointed (query string redacted), when this answer is one: redirects
    /// are reported, never followed.
    pub fn redirect_target(&self) -> Option<String> {
        redirect_target(self.status, &self.headers)
    }
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?;
    parse_retry_after(value)
}

/// Where a redirect answer pointed, its query string redacted; `None` for other answers.
fn redirect_target(status: StatusCode, headers: &HeaderMap) -> Option<String> {
    status.is_redirection().then(|| {
        headers
            .get("location")
            .map(|l| redact_url(&String::from_utf8_lossy(l.as_bytes())))
            .unwrap_or_else(|| "nowhere".into())
    })
}

/// An answer whose body is read as it arrives (a download), not whole.
pub struct Streaming {
    pub(super) response: reqwest::Response,
}

impl Streaming {
    pub fn status(&self) -> StatusCode {
        self.response.status()
    }

    pub fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }

    pub fn content_length(&self) -> Option<u64> {
        self.response.content_length()
    }

    /// Where a redirect pointed (query string redacted), when this answer is one.
    pub fn redirect_target(&self) -> Option<String> {
        redirect_target(self.status(), self.headers())
    }

    /// How long the server asked to wait before trying again (`Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        retry_after(self.headers())
    }

    /// The next piece of the body, `None` at its end; a connection that breaks is a transient
    /// failure.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>> {
        self.response
            .chunk()
            .await
            .map_err(|e| transport_failure(&e, None).transient())
    }
}
