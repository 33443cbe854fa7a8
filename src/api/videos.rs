//! `GET /v3/videos/{video_id}`: a video's rendering status and, once done, its download URL.

use serde_json::Value;

use crate::error::Result;
use crate::net::http::Method;

use super::Api;
use super::answers::Video;

impl Api<'_> {
    /// `GET /v3/videos/{video_id}`. The answer's `video_url` is kept whole (it is presigned;
    /// output decides where it may be shown).
    pub async fn video(&self, video_id: &str) -> Result<Video> {
        let answer = self.get(&format!("/v3/videos/{video_id}")).await?;
        Ok(Video::read(answer))
    }

    /// A GET of an API path, retried like every request, read as an envelope.
    pub(super) async fn get(&self, path: &str) -> Result<Value> {
        let answer = self.http.send(|| self.request(Method::GET, path)).await?;
        self.read(&answer)
    }
}
