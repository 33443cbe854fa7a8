//! `POST /v3/video-agents` and `GET /v3/video-agents/{session_id}`: a video made by HeyGen's
//! agent from a prompt and attached files.

use serde_json::Value;

use crate::error::Result;

use super::Api;
use super::answers::AgentSession;

impl Api<'_> {
    /// `POST /v3/video-agents`, with an idempotency key kept across retries so that a retry
    /// never starts a second session.
    pub async fn create_video_agent(&self, body: &Value, key: &str) -> Result<Value> {
        self.read(
            &self
                .post_json("/v3/video-agents", body, key, super::CREATE)
                .await?,
        )
    }

    /// `GET /v3/video-agents/{session_id}`.
    pub async fn video_agent(&self, session_id: &str) -> Result<AgentSession> {
        let answer = self.get(&format!("/v3/video-agents/{session_id}")).await?;
        Ok(AgentSession::read(answer))
    }
}
