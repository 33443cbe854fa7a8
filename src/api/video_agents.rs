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

    /// `POST /v3/video-agents/{session_id}`: a message to a chat session, under the caller's
    /// idempotency key.
    pub async fn send_to_video_agent(
        &self,
        session_id: &str,
        body: &Value,
        key: &str,
    ) -> Result<Value> {
        let path = format!("/v3/video-agents/{session_id}");
        self.read(&self.post_json(&path, body, key, super::CREATE).await?)
    }

    /// `POST /v3/video-agents/{session_id}/stop`.
    pub async fn stop_video_agent(&self, session_id: &str) -> Result<Value> {
        let path = format!("/v3/video-agents/{session_id}/stop");
        let body = serde_json::json!({});
        let key = super::idempotency_key();
        self.read(&self.post_json(&path, &body, &key, super::CREATE).await?)
    }

    /// `GET /v3/video-agents/{session_id}/videos`: the session's videos, newest first.
    pub async fn video_agent_videos(&self, session_id: &str) -> Result<Vec<Value>> {
        let answer = self
            .get(&format!("/v3/video-agents/{session_id}/videos"))
            .await?;
        Ok(answer["data"].as_array().cloned().unwrap_or_default())
    }
}
