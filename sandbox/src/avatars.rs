//! Avatar routes: creation from an asset or URL, and group status polling.

use axum::body::Body;
use axum::extract::{Extension, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::errors::{ApiError, answer};
use super::exchange::Note;
use super::faults::{Endpoint, Fault};
use super::json::{allow_only, read_object, required_str};
use super::model::{Consent, Group, Registry, Status};
use super::random;
use super::state::{App, AppState};
use super::sync::lock;

/// POST /v3/avatars, run once per idempotency key.
pub fn create(app: &App, fields: &Map<String, Value>) -> Result<Value, ApiError> {
    allow_only(fields, &["type", "name", "file", "avatar_group_id"], "")?;
    let kind = match fields.get("type").and_then(Value::as_str) {
        Some(kind @ ("photo" | "digital_twin")) => kind,
        _ => {
            return Err(ApiError::field(
                "type",
                "`type` must be \"photo\" or \"digital_twin\" (the sandbox does not model other avatar types).",
            ));
        }
    };
    let name = required_str(fields, "name", "name")?;
    let group_id = match fields.get("avatar_group_id") {
        None | Some(Value::Null) => None,
        Some(Value::String(id)) if !id.is_empty() => Some(id.as_str()),
        Some(_) => {
            return Err(ApiError::field(
                "avatar_group_id",
                "`avatar_group_id` must be a non-empty string.",
            ));
        }
    };
    let file = match fields.get("file") {
        Some(Value::Object(file)) => file,
        _ => {
            return Err(ApiError::field(
                "file",
                "`file` must be an object: {\"type\":\"asset_id\",\"asset_id\":...} or {\"type\":\"url\",\"url\":...}.",
            ));
        }
    };

    let mut registry = app.registry();
    check_input(&registry, kind, file)?;
    let group = match group_id {
        Some(id) => registry
            .groups
            .get_mut(id)
            .ok_or_else(|| ApiError::field("avatar_group_id", format!("No avatar group {id}.")))?,
        None => {
            let id = random::id("grp");
            let consent = match lock(&app.faults).take(Endpoint::AvatarGroups) {
                Some(Fault::NeedsConsent) => Consent::Needed,
                _ => Consent::NotNeeded,
            };
            registry.groups.entry(id.clone()).or_insert(Group {
                id,
                name: name.to_string(),
                polls: 0,
                consent,
            })
        }
    };
    // A new look means the group trains again.
    group.polls = 0;
    Ok(json!({
        "avatar_item": {
            "id": random::id("avt"),
            "name": name,
            "avatar_type": kind,
            "group_id": group.id,
            "status": "processing",
        },
        "avatar_group": {
            "id": group.id,
            "name": group.name,
            "status": "processing",
        },
    }))
}

/// Validates the `file` asset input for an avatar of `kind`.
fn check_input(registry: &Registry, kind: &str, file: &Map<String, Value>) -> Result<(), ApiError> {
    match file.get("type").and_then(Value::as_str) {
        Some("asset_id") => {
            allow_only(file, &["type", "asset_id"], "file.")?;
            let id = required_str(file, "asset_id", "file.asset_id")?;
            let asset = registry
                .assets
                .get(id)
                .ok_or_else(|| ApiError::field("file.asset_id", format!("No asset {id}.")))?;
            if asset.status != Status::Completed {
                return Err(ApiError::field(
                    "file.asset_id",
                    format!("Asset {id} must be completed first (POST /v3/assets/{id}/complete)."),
                ));
            }
            let accepted: &[&str] = match kind {
                "photo" => &["image/png", "image/jpeg"],
                _ => &["video/mp4", "video/webm"],
            };
            if !accepted.contains(&asset.mime_type.as_str()) {
                return Err(ApiError::field(
                    "file.asset_id",
                    format!(
                        "A {kind} avatar needs {} but asset {id} is {}.",
                        accepted.join(" or "),
                        asset.mime_type
                    ),
                ));
            }
            Ok(())
        }
        Some("url") => {
            allow_only(file, &["type", "url"], "file.")?;
            let url = required_str(file, "url", "file.url")?;
            if url.starts_with("https://") || url.starts_with("http://") {
                Ok(())
            } else {
                Err(ApiError::field(
                    "file.url",
                    "`file.url` must be an http(s) URL.",
                ))
            }
        }
        Some("base64") => Err(ApiError::field(
            "file.type",
            "The sandbox does not take base64 input; upload the file and pass its asset_id.",
        )),
        _ => Err(ApiError::field(
            "file.type",
            "`file.type` must be \"asset_id\", \"url\" or \"base64\".",
        )),
    }
}

/// GET /v3/avatars/{group_id}
pub async fn get_group(State(app): State<AppState>, Path(group_id): Path<String>) -> Response {
    let mut registry = app.registry();
    let result = registry
        .groups
        .get_mut(&group_id)
        .map(|group| {
            if group.consent == Consent::InReview {
                // Reviewed by the next look: training goes on from there.
                group.consent = Consent::Given;
                return group_json(group, "pending_consent");
            }
            if group.consent == Consent::Needed {
                return group_json(group, "pending_consent");
            }
            group.polls += 1;
            let status = match group.polls {
                1 | 2 => "processing",
                _ => "completed",
            };
            group_json(group, status)
        })
        .ok_or_else(|| ApiError::not_found(format!("No avatar group {group_id}.")));
    answer(result).into_response()
}

fn group_json(group: &Group, status: &str) -> Value {
    let consent = match group.consent {
        Consent::NotNeeded | Consent::Given => "approved",
        Consent::Needed => "pending",
        Consent::InReview => "in_review",
    };
    json!({ "id": group.id, "name": group.name, "status": status, "consent_status": consent })
}

/// POST /v3/avatars/{group_id}/consent: without a video, the page where the person approves
/// (`GET /consent/{group_id}` here approves at once); with `consent_video`, the recording is
/// submitted for review.
pub async fn consent(
    State(app): State<AppState>,
    Extension(note): Extension<Note>,
    Path(group_id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let fields = read_object(&headers, body, &note).await;
    let result = fields.and_then(|fields| {
        allow_only(&fields, &["consent_video", "reroute_url"], "")?;
        let mut registry = app.registry();
        let video = match fields.get("consent_video") {
            None | Some(Value::Null) => None,
            Some(file) => Some(check_consent_video(&registry, file)?),
        };
        let group = registry
            .groups
            .get_mut(&group_id)
            .ok_or_else(|| ApiError::not_found(format!("No avatar group {group_id}.")))?;
        if group.consent != Consent::Needed {
            return Err(ApiError::invalid(
                "This avatar group does not need consent, or has it already.",
            ));
        }
        let mut data = json!({});
        match video {
            Some(_) => group.consent = Consent::InReview,
            None => data["url"] = json!(format!("{}/consent/{group_id}", app.base_url)),
        }
        data["avatar_group"] = group_json(group, "pending_consent");
        Ok(data)
    });
    answer(result).into_response()
}

/// The consent video: an asset input naming a completed video asset, or an https URL.
fn check_consent_video(registry: &Registry, file: &Value) -> Result<String, ApiError> {
    if file.get("type").and_then(Value::as_str) == Some("url") {
        return file
            .get("url")
            .and_then(Value::as_str)
            .filter(|url| url.starts_with("https://"))
            .map(str::to_string)
            .ok_or_else(|| ApiError::field("consent_video", "`consent_video.url` must be https."));
    }
    let id = file
        .get("asset_id")
        .and_then(Value::as_str)
        .filter(|_| file.get("type").and_then(Value::as_str) == Some("asset_id"))
        .ok_or_else(|| {
            ApiError::field(
                "consent_video",
                "`consent_video` must be {\"type\": \"asset_id\", \"asset_id\": ...}.",
            )
        })?;
    match registry.assets.get(id) {
        Some(asset) if asset.status == Status::Completed && asset.kind() == "video" => {
            Ok(id.to_string())
        }
        _ => Err(ApiError::field(
            "consent_video",
            format!("Asset {id} is not a completed video."),
        )),
    }
}

/// GET /consent/{group_id}: the page where the person approves; the sandbox approves at once.
pub async fn approve(State(app): State<AppState>, Path(group_id): Path<String>) -> Response {
    let mut registry = app.registry();
    match registry.groups.get_mut(&group_id) {
        Some(group) if group.consent == Consent::Needed => {
            group.consent = Consent::Given;
            (StatusCode::OK, "Consent given; training goes on.\n").into_response()
        }
        Some(_) => (StatusCode::OK, "Nothing to consent to.\n").into_response(),
        None => (StatusCode::NOT_FOUND, "No such avatar group.\n").into_response(),
    }
}
