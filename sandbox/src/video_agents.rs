//! Video agent sessions: `POST /v3/video-agents` checked as strictly as the reference spells
//! it, and `GET /v3/video-agents/{session_id}`, which moves a session thinking → generating
//! (with a video) → completed over successive polls, unless a fault decides otherwise.

use axum::body::Body;
use axum::extract::{Extension, Path, State};
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::errors::{ApiError, answer};
use super::exchange::Note;
use super::faults::{Endpoint, Fault};
use super::json::allow_only;
use super::model::{Fate, Registry, Session, Status, Video};
use super::state::{App, AppState};
use super::sync::lock;
use super::{idempotency, random};

const FIELDS: &[&str] = &[
    "prompt",
    "files",
    "mode",
    "orientation",
    "avatar_id",
    "voice_id",
    "style_id",
    "brand_kit_id",
    "callback_url",
    "callback_id",
    "incognito_mode",
];
const MAX_PROMPT_CHARS: usize = 10_000;
const MAX_FILES: usize = 20;

/// POST /v3/video-agents, run once per idempotency key: a new session.
pub fn create(app: &App, fields: &Map<String, Value>) -> Result<Value, ApiError> {
    allow_only(fields, FIELDS, "")?;
    let prompt = match fields.get("prompt") {
        Some(Value::String(prompt)) => prompt,
        Some(_) => return Err(ApiError::field("prompt", "`prompt` must be a string.")),
        None => return Err(ApiError::field("prompt", "`prompt` is required.")),
    };
    let chars = prompt.chars().count();
    if !(1..=MAX_PROMPT_CHARS).contains(&chars) {
        return Err(ApiError::field(
            "prompt",
            format!("`prompt` must be 1 to {MAX_PROMPT_CHARS} characters; it is {chars}."),
        ));
    }
    one_of(fields, "mode", &["generate", "chat"])?;
    one_of(fields, "orientation", &["landscape", "portrait"])?;
    for name in [
        "avatar_id",
        "voice_id",
        "style_id",
        "brand_kit_id",
        "callback_id",
    ] {
        match fields.get(name) {
            None | Some(Value::Null) => {}
            Some(Value::String(text)) if !text.is_empty() => {}
            Some(_) => {
                return Err(ApiError::field(
                    name,
                    format!("`{name}` must be a non-empty string."),
                ));
            }
        }
    }
    match fields.get("callback_url") {
        None | Some(Value::Null) => {}
        Some(Value::String(url)) if is_https(url) => {}
        Some(_) => {
            return Err(ApiError::field(
                "callback_url",
                "`callback_url` must be an https URL.",
            ));
        }
    }
    match fields.get("incognito_mode") {
        None | Some(Value::Null | Value::Bool(_)) => {}
        Some(_) => {
            return Err(ApiError::field(
                "incognito_mode",
                "`incognito_mode` must be a boolean.",
            ));
        }
    }

    let mut registry = app.registry();
    match fields.get("files") {
        None | Some(Value::Null) => {}
        Some(Value::Array(files)) => {
            if files.len() > MAX_FILES {
                return Err(ApiError::field(
                    "files",
                    format!(
                        "`files` holds at most {MAX_FILES} items; it has {}.",
                        files.len()
                    ),
                ));
            }
            for (index, file) in files.iter().enumerate() {
                check_file(&registry, index, file)?;
            }
        }
        Some(_) => {
            return Err(ApiError::field(
                "files",
                "`files` must be an array of asset inputs.",
            ));
        }
    }

    // Only a request that passed every check uses up a fault.
    let fate = match lock(&app.faults).take(Endpoint::VideoAgents) {
        Some(Fault::AgentFailed) => Fate::Fails,
        Some(Fault::AgentInput) => Fate::AsksForInput,
        Some(Fault::VideoFailed) => Fate::VideoFails,
        _ => Fate::Video,
    };
    let session = Session {
        id: random::id("ses"),
        chat: fields.get("mode").and_then(Value::as_str) == Some("chat"),
        fate,
        polls: 0,
        video_id: None,
        videos: Vec::new(),
        stopped: false,
        created_at: app.clock.now_secs(),
    };
    let answer = json!({
        "session_id": session.id,
        "status": "thinking",
        "video_id": null,
        "created_at": session.created_at,
    });
    registry.sessions.insert(session.id.clone(), session);
    Ok(answer)
}

fn one_of(fields: &Map<String, Value>, name: &str, allowed: &[&str]) -> Result<(), ApiError> {
    match fields.get(name) {
        None | Some(Value::Null) => Ok(()),
        Some(Value::String(value)) if allowed.contains(&value.as_str()) => Ok(()),
        Some(_) => Err(ApiError::field(
            name,
            format!("`{name}` must be one of: {}.", allowed.join(", ")),
        )),
    }
}

fn is_https(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| u.scheme() == "https" && u.host().is_some())
}

/// An asset input: an asset that exists and is completed, or an https URL.
fn check_file(registry: &Registry, index: usize, file: &Value) -> Result<(), ApiError> {
    let param = format!("files[{index}]");
    let Value::Object(file) = file else {
        return Err(ApiError::field(
            &param,
            format!(
                "`{param}` must be an object: {{\"type\":\"asset_id\",\"asset_id\":...}} or {{\"type\":\"url\",\"url\":...}}."
            ),
        ));
    };
    let prefix = format!("{param}.");
    match file.get("type").and_then(Value::as_str) {
        Some("asset_id") => {
            allow_only(file, &["type", "asset_id"], &prefix)?;
            let id = file.get("asset_id").and_then(Value::as_str).unwrap_or("");
            let asset = registry.assets.get(id).ok_or_else(|| {
                ApiError::field(format!("{prefix}asset_id"), format!("No asset {id:?}."))
            })?;
            if asset.status != Status::Completed {
                return Err(ApiError::field(
                    format!("{prefix}asset_id"),
                    format!("Asset {id} must be completed first (POST /v3/assets/{id}/complete)."),
                ));
            }
            Ok(())
        }
        Some("url") => {
            allow_only(file, &["type", "url"], &prefix)?;
            match file.get("url").and_then(Value::as_str) {
                Some(url) if is_https(url) => Ok(()),
                _ => Err(ApiError::field(
                    format!("{prefix}url"),
                    format!("`{prefix}url` must be an https URL."),
                )),
            }
        }
        Some("base64") => Err(ApiError::field(
            format!("{prefix}type"),
            "The sandbox does not take base64 input; upload the file and pass its asset_id.",
        )),
        _ => Err(ApiError::field(
            format!("{prefix}type"),
            format!("`{prefix}type` must be \"asset_id\", \"url\" or \"base64\"."),
        )),
    }
}

/// GET /v3/video-agents/{session_id}
pub async fn get_session(State(app): State<AppState>, Path(session_id): Path<String>) -> Response {
    let now = app.clock.now_secs();
    let mut registry = app.registry();
    let Registry {
        sessions, videos, ..
    } = &mut *registry;
    let result = sessions
        .get_mut(&session_id)
        .map(|session| poll(session, videos, now))
        .ok_or_else(|| ApiError::not_found(format!("No video agent session {session_id}.")));
    answer(result).into_response()
}

/// Moves the session one step and describes it.
fn poll(
    session: &mut Session,
    videos: &mut std::collections::HashMap<String, Video>,
    now: u64,
) -> Value {
    session.polls += 1;
    let mut data = json!({
        "session_id": session.id,
        "title": "Sandbox video",
        "created_at": session.created_at,
        "video_id": session.video_id,
    });
    let (status, progress) = match session.fate {
        _ if session.stopped => ("stopped", None),
        Fate::Fails => {
            data["messages"] = json!([{
                "role": "assistant",
                "type": "error",
                "content": "The agent could not make a video from this prompt (sandbox fault agent-failed).",
            }]);
            ("failed", None)
        }
        Fate::AsksForInput => {
            data["messages"] = json!([{
                "role": "assistant",
                "type": "text",
                "content": "Should the logo open or close the video? (sandbox fault agent-input)",
            }]);
            ("waiting_for_input", None)
        }
        // Thinking at the first poll, generating (with a video) at the second, then completed.
        Fate::Video | Fate::VideoFails if session.polls == 1 => ("thinking", Some(10)),
        Fate::Video | Fate::VideoFails => {
            let made = &mut session.videos;
            let video_id = session.video_id.get_or_insert_with(|| {
                let video = Video::new(session.fate == Fate::VideoFails, now);
                let id = video.id.clone();
                videos.insert(id.clone(), video);
                made.push(id.clone());
                id
            });
            data["video_id"] = json!(video_id);
            match session.polls {
                2 => ("generating", Some(40)),
                _ => ("completed", Some(100)),
            }
        }
    };
    data["status"] = json!(status);
    if let Some(progress) = progress {
        data["progress"] = json!(progress);
    }
    data
}

const MESSAGE_FIELDS: &[&str] = &["message", "files", "avatar_id", "voice_id", "brand_kit_id"];

/// POST /v3/video-agents/{session_id}: a message to a chat session that is waiting for one or
/// done; the session thinks again and makes a new video.
pub async fn send(
    State(app): State<AppState>,
    Extension(note): Extension<Note>,
    Path(session_id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let route = "POST /v3/video-agents/{session_id}";
    idempotency::create_once(
        &app.idempotency,
        app.clock.now_secs(),
        route,
        &headers,
        body,
        &note,
        |fields| answer_session(&app, &session_id, fields),
    )
    .await
}

fn answer_session(
    app: &App,
    session_id: &str,
    fields: &Map<String, Value>,
) -> Result<Value, ApiError> {
    allow_only(fields, MESSAGE_FIELDS, "")?;
    match fields.get("message") {
        Some(Value::String(text)) if (1..=MAX_PROMPT_CHARS).contains(&text.chars().count()) => {}
        _ => {
            return Err(ApiError::field(
                "message",
                format!("`message` must be a string of 1 to {MAX_PROMPT_CHARS} characters."),
            ));
        }
    }
    let mut registry = app.registry();
    match fields.get("files") {
        None | Some(Value::Null) => {}
        Some(Value::Array(files)) if files.len() <= MAX_FILES => {
            for (index, file) in files.iter().enumerate() {
                check_file(&registry, index, file)?;
            }
        }
        Some(_) => {
            return Err(ApiError::field(
                "files",
                format!("`files` must be an array of at most {MAX_FILES} asset inputs."),
            ));
        }
    }
    let session = registry
        .sessions
        .get_mut(session_id)
        .ok_or_else(|| ApiError::not_found(format!("Session not found: {session_id}.")))?;
    if !session.chat {
        return Err(ApiError::invalid(
            "Only chat-mode sessions (created with \"mode\": \"chat\") take messages.",
        ));
    }
    let waiting = session.fate == Fate::AsksForInput;
    let done = session.polls >= 3 && session.video_id.is_some();
    if session.stopped || !(waiting || done) {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "conflict",
            "The session is still working; send a message once it waits for one or is done.",
        ));
    }
    // A new run: it thinks, then makes a new video.
    session.fate = Fate::Video;
    session.polls = 0;
    session.video_id = None;
    Ok(json!({ "session_id": session.id, "run_id": random::id("run") }))
}

/// POST /v3/video-agents/{session_id}/stop
pub async fn stop(State(app): State<AppState>, Path(session_id): Path<String>) -> Response {
    let mut registry = app.registry();
    let result = registry
        .sessions
        .get_mut(&session_id)
        .map(|session| {
            session.stopped = true;
            json!({ "session_id": session.id })
        })
        .ok_or_else(|| ApiError::not_found(format!("Session not found: {session_id}.")));
    answer(result).into_response()
}

/// GET /v3/video-agents/{session_id}/videos: newest first.
pub async fn list_videos(State(app): State<AppState>, Path(session_id): Path<String>) -> Response {
    let registry = app.registry();
    let result = registry
        .sessions
        .get(&session_id)
        .map(|session| {
            let listed: Vec<Value> = session
                .videos
                .iter()
                .rev()
                .filter_map(|id| registry.videos.get(id))
                .map(|video| {
                    json!({
                        "id": video.id,
                        "status": match (video.polls, video.fails) {
                            (0, _) => "processing",
                            (_, true) => "failed",
                            _ => "completed",
                        },
                        "duration": 1.0,
                        "title": "Sandbox video",
                        "created_at": video.created_at,
                    })
                })
                .collect();
            json!(listed)
        })
        .ok_or_else(|| ApiError::not_found(format!("Session not found: {session_id}.")));
    answer(result).into_response()
}
