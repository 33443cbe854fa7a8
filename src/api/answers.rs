//! HeyGen's answers about work it does over time (video agent sessions, videos, avatar groups),
//! read into the few values the tool acts on. The whole answer is kept for `--json`.

use serde_json::Value;

use crate::error::{Failure, Result};
use crate::util::text::is_id;

fn text(answer: &Value, pointer: &str) -> Option<String> {
    answer
        .pointer(pointer)
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// An id the answer must hold, checked to be one.
fn id(answer: &Value, pointer: &str, what: &str) -> Result<String> {
    text(answer, pointer)
        .filter(|id| is_id(id))
        .ok_or_else(|| Failure::remote(format!("HeyGen's answer holds no valid {what}")))
}

/// `GET /v3/video-agents/{session_id}`.
#[derive(Debug, Clone)]
pub struct AgentSession {
    pub status: String,
    /// The video the session made, once it names one (`Some("")` counts as none).
    pub video_id: Option<String>,
    pub progress: Option<u64>,
    pub answer: Value,
}

impl AgentSession {
    pub fn read(answer: Value) -> AgentSession {
        AgentSession {
            status: text(&answer, "/data/status").unwrap_or_else(|| "unknown".into()),
            video_id: text(&answer, "/data/video_id").filter(|id| !id.is_empty()),
            progress: answer.pointer("/data/progress").and_then(Value::as_u64),
            answer,
        }
    }

    /// The newest message (HeyGen lists them newest first), of `kind` when given.
    pub fn last_message(&self, kind: Option<&str>) -> Option<&str> {
        self.answer
            .pointer("/data/messages")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|m| kind.is_none_or(|k| m["type"] == k))
            .find_map(|m| m["content"].as_str())
    }
}

/// `POST /v3/video-agents`: the session started.
pub fn session_id(answer: &Value) -> Result<String> {
    id(answer, "/data/session_id", "data.session_id")
}

/// `GET /v3/videos/{video_id}`.
#[derive(Debug, Clone)]
pub struct Video {
    pub status: String,
    pub progress: Option<u64>,
    /// Presigned: output decides where it may be shown.
    pub video_url: Option<String>,
    /// With captions burned in.
    pub captioned_video_url: Option<String>,
    /// SRT.
    pub subtitle_url: Option<String>,
    pub thumbnail_url: Option<String>,
    pub failure_code: Option<String>,
    pub failure_message: Option<String>,
    pub answer: Value,
}

impl Video {
    pub fn read(answer: Value) -> Video {
        Video {
            status: text(&answer, "/data/status").unwrap_or_else(|| "unknown".into()),
            progress: answer.pointer("/data/progress").and_then(Value::as_u64),
            video_url: text(&answer, "/data/video_url"),
            captioned_video_url: text(&answer, "/data/captioned_video_url"),
            subtitle_url: text(&answer, "/data/subtitle_url"),
            thumbnail_url: text(&answer, "/data/thumbnail_url"),
            failure_code: text(&answer, "/data/failure_code"),
            failure_message: text(&answer, "/data/failure_message"),
            answer,
        }
    }
}

/// `GET /v3/avatars/{group_id}`.
#[derive(Debug, Clone)]
pub struct AvatarGroup {
    pub status: String,
    /// pending, in_review, approved... when HeyGen says.
    pub consent_status: Option<String>,
    /// Why training failed, where HeyGen says.
    pub failure: Option<String>,
    pub answer: Value,
}

impl AvatarGroup {
    pub fn read(answer: Value) -> AvatarGroup {
        AvatarGroup {
            status: text(&answer, "/data/status").unwrap_or_else(|| "unknown".into()),
            consent_status: text(&answer, "/data/consent_status"),
            failure: ["/data/error/message", "/data/failure_reason", "/data/error"]
                .iter()
                .find_map(|pointer| text(&answer, pointer)),
            answer,
        }
    }
}

/// `POST /v3/avatars`: the avatar made, and the group whose training it waits for.
#[derive(Debug, Clone)]
pub struct CreatedAvatar {
    /// What a video uses: the item's id, or the group's when HeyGen made no item yet.
    pub avatar_id: String,
    /// The group whose training `avatar status` follows: the answer's group, else the item's.
    pub group_id: Option<String>,
    pub answer: Value,
}

impl CreatedAvatar {
    pub fn read(answer: Value) -> Result<CreatedAvatar> {
        let avatar_id = ["/data/avatar_item/id", "/data/avatar_group/id"]
            .iter()
            .find_map(|pointer| text(&answer, pointer))
            .ok_or_else(|| Failure::remote("HeyGen's answer names no avatar item or group id"))?;
        let group_id = ["/data/avatar_group/id", "/data/avatar_item/group_id"]
            .iter()
            .find_map(|pointer| text(&answer, pointer));
        Ok(CreatedAvatar {
            avatar_id,
            group_id,
            answer,
        })
    }
}

/// An upload's answer: the asset id it names.
pub fn asset_id(answer: &Value) -> Option<String> {
    text(answer, "/data/asset_id")
}
