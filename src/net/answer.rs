//! Answers: read in full (API calls, storage errors) or streamed (downloads).

use bytes::Bytes;

use crate::error::Result;
use crate::net::failure::transport_failure;
use crate::net::http::{HeaderMap, StatusCode};
use crate::util::secret::redact_url;

/// An answer read in full (up to `MAX_ANSWER_BYTES`).
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// Where a redirect pointed (query string redacted), when this answer is one: redirects
    /// are reported, never followed.
    pub fn redirect_target(&self) -> Option<String> {
        redirect_target(self.status, &self.headers)
    }
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

    /// The next piece of the body, `None` at its end; a connection that breaks is a passing
    /// failure.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>> {
        self.response
            .chunk()
            .await
            .map_err(|e| transport_failure(&e, None).transient())
    }
}
