//! HeyGen's v3 endpoints, as `heygen-api-v3.md` describes them. The key is attached here, to
//! API requests only; storage requests are made in `transfer::put` without it.

pub mod answers;
mod assets;
pub mod batches;
pub mod envelope;
pub mod library;
pub mod oauth;
pub mod types;
pub mod users;
mod video_agents;
mod videos;

use serde_json::{Value, json};

use crate::error::{Failure, Kind, Result};
use crate::net::http::header::AUTHORIZATION;
use crate::net::http::{
    Answer, Budget, HeaderName, HeaderValue, Http, Method, Request, StatusCode,
};
use crate::transfer::body::FileBody;
use crate::transfer::local_file::LocalFile;
use crate::util::key_source::KeySource;
use crate::util::secret::{ApiKey, hide_key, hide_key_in_value, scrub};
use answers::{AvatarGroup, CreatedAvatar};
pub use types::DirectUpload;

/// Tries of `complete` in all, while storage has not caught up (409) or after transient failures
/// alike, as HeyGen's own client makes them.
const COMPLETE_ATTEMPTS: u32 = 5;
const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
/// A request that creates something is tried again on 409 too: the same key is still being
/// handled (`request_in_progress`), for example the request of a run that was killed.
const CREATE: Budget = Budget {
    also_retry: Some(StatusCode::CONFLICT),
    attempts: None,
};

pub struct Api<'a> {
    http: &'a Http,
    base_url: &'a str,
    key: &'a ApiKey,
    /// The key is an OAuth access token, sent as `Authorization: Bearer`.
    bearer: bool,
    /// Where the key came from, named when HeyGen refuses it.
    source: Option<&'a KeySource>,
}

impl<'a> Api<'a> {
    pub fn new(http: &'a Http, base_url: &'a str, key: &'a ApiKey) -> Self {
        Self {
            http,
            base_url,
            key,
            bearer: false,
            source: None,
        }
    }

    /// Sends the key as an OAuth access token.
    pub fn bearer(mut self, bearer: bool) -> Self {
        self.bearer = bearer;
        self
    }

    pub fn key_source(mut self, source: Option<&'a KeySource>) -> Self {
        self.source = source;
        self
    }

    /// The data of a successful answer, or the failure it stands for, either way without the
    /// key: a server that echoes it back (in an error message, a URL) cannot make it shown.
    fn read(&self, answer: &Answer) -> Result<Value> {
        let mut value = envelope::success(answer).map_err(|failure| self.hidden(failure))?;
        hide_key_in_value(&mut value, self.key);
        Ok(value)
    }

    /// A failure's text without the key, and without the query string of any URL it quotes.
    fn hidden(&self, mut failure: Failure) -> Failure {
        failure.message = scrub(&failure.message, Some(self.key));
        failure.code = failure.code.map(|code| hide_key(&code, self.key));
        if let Some(source) = self.source.filter(|_| failure.kind == Kind::Auth) {
            failure.message = failure
                .message
                .replace(envelope::KEY_HINT, &source.refusal_hint());
        }
        failure
    }

    /// A request to the API, the credential attached: the key in `x-api-key`, or an OAuth
    /// login's access token in `Authorization: Bearer`.
    fn request(&self, method: Method, path: &str) -> Result<Request> {
        let (name, value) = match self.bearer {
            true => (AUTHORIZATION, format!("Bearer {}", self.key.expose())),
            false => (
                HeaderName::from_static("x-api-key"),
                self.key.expose().to_string(),
            ),
        };
        let mut value = HeaderValue::from_str(&value).map_err(|_| {
            Failure::input("the API key holds characters that cannot go in an HTTP header")
        })?;
        value.set_sensitive(true);
        Ok(Request::new(method, &format!("{}{path}", self.base_url))?.header(name, value))
    }

    /// A POST with a JSON body, under one idempotency key for all its tries.
    async fn post_json(
        &self,
        path: &str,
        body: &Value,
        key: &str,
        budget: Budget,
    ) -> Result<Answer> {
        self.http
            .send_within(budget, || {
                Ok(self
                    .request(Method::POST, path)?
                    .header(IDEMPOTENCY_KEY, header_value(key)?)
                    .json(body))
            })
            .await
    }

    /// `POST /v3/assets`: the file as the multipart field `file`, streamed, with a length,
    /// under the caller's idempotency key (kept across reruns until the answer is in hand).
    pub async fn upload_simple(
        &self,
        file: &LocalFile,
        source: &FileBody<'_>,
        key: &str,
    ) -> Result<Value> {
        let answer = self
            .http
            .send_within(CREATE, || {
                let (body, activity) = source.open()?;
                Ok(self
                    .request(Method::POST, "/v3/assets")?
                    .header(IDEMPOTENCY_KEY, header_value(key)?)
                    .file_part(
                        "file",
                        &file.name,
                        &file.content_type,
                        (body, file.size),
                        activity,
                    ))
            })
            .await?;
        self.read(&answer)
    }

    /// `POST /v3/assets/direct-uploads`. The idempotency key is the caller's so that a rerun
    /// after a crash replays the same init. A refusal for size (413) is the user's input
    /// problem: nothing was sent for the file yet.
    pub async fn init_direct(
        &self,
        file: &LocalFile,
        checksum: Option<&str>,
        idempotency: &str,
    ) -> Result<DirectUpload> {
        let mut body = json!({
            "filename": file.name,
            "content_type": file.content_type,
            "size_bytes": file.size,
        });
        if let Some(checksum) = checksum {
            body["checksum_sha256"] = json!(checksum);
        }
        let answer = self
            .http
            .send_within(CREATE, || {
                Ok(self
                    .request(Method::POST, "/v3/assets/direct-uploads")?
                    .header(IDEMPOTENCY_KEY, header_value(idempotency)?)
                    .json(&body))
            })
            .await?;
        if answer.status == StatusCode::PAYLOAD_TOO_LARGE {
            let failure = self.hidden(envelope::failure(&answer));
            return Err(Failure::input(format!(
                "{} bytes is over HeyGen's direct-upload limit ({}); nothing was uploaded",
                file.size, failure.message
            )));
        }
        DirectUpload::from_answer(self.read(&answer)?)
    }

    /// `POST /v3/assets/{id}/complete`, tried again while storage has not caught up (409),
    /// within one budget of tries shared with the transport's own retries.
    pub async fn complete(&self, asset_id: &str, checksum: Option<&str>) -> Result<Value> {
        let body = match checksum {
            Some(checksum) => json!({ "checksum_sha256": checksum }),
            None => json!({}),
        };
        let path = format!("/v3/assets/{asset_id}/complete");
        let budget = Budget {
            also_retry: Some(StatusCode::CONFLICT),
            attempts: Some(COMPLETE_ATTEMPTS),
        };
        self.read(
            &self
                .post_json(&path, &body, &idempotency_key(), budget)
                .await?,
        )
    }

    /// `GET /v3/avatars/{group_id}`: the group's training status.
    pub async fn avatar_group(&self, group_id: &str) -> Result<AvatarGroup> {
        let answer = self.get(&format!("/v3/avatars/{group_id}")).await?;
        Ok(AvatarGroup::read(answer))
    }

    /// `POST /v3/avatars/{group_id}/consent`: the consent page, or a consent video submitted.
    pub async fn avatar_consent(&self, group_id: &str, body: &Value) -> Result<Value> {
        let path = format!("/v3/avatars/{group_id}/consent");
        let answer = self
            .post_json(&path, body, &idempotency_key(), CREATE)
            .await?;
        self.read(&answer)
    }

    /// `POST /v3/avatars`, under the caller's idempotency key.
    pub async fn create_avatar(&self, body: &Value, key: &str) -> Result<CreatedAvatar> {
        let answer = self.post_json("/v3/avatars", body, key, CREATE).await?;
        CreatedAvatar::read(self.read(&answer)?)
    }
}

/// An idempotency key as a header value (one from an edited resume record may not be).
fn header_value(key: &str) -> Result<HeaderValue> {
    HeaderValue::from_str(key)
        .map_err(|_| Failure::remote("the recorded idempotency key cannot go in an HTTP header"))
}

/// One key per logical operation, the same on every retry of it, so that HeyGen replays the
/// first answer instead of creating a second asset or avatar.
pub fn idempotency_key() -> String {
    let mut bytes = [0u8; 16];
    // Without randomness, the time still makes a key unique enough for one user.
    if getrandom::fill(&mut bytes).is_err() {
        let nanos = crate::util::clock::since_epoch(std::time::SystemTime::now()).as_nanos();
        bytes = nanos.to_le_bytes();
    }
    format!("heygen-{}", hex::encode(bytes))
}
