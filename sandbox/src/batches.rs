//! Batch direct uploads: one init presigns up to 100 files, each PUT like a single direct
//! upload, one complete hands the batch over, and its items are then ingested on their own,
//! queued → processing → completed (or failed) a short while later. Also the statuses of
//! assets and batches.

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::errors::{Answer, ApiError, answer};
use super::exchange::Note;
use super::json::{allow_only, read_object, required_str};
use super::model::{Batch, ItemOutcome, Registry, Status};
use super::random;
use super::state::{App, AppState};
use super::sync::lock;
use super::uploads::{Declared, check_stored, presign};

const MAX_FILES: usize = 100;
/// How long a completed item stays queued, then processing, before its outcome shows.
const QUEUED: Duration = Duration::from_millis(100);
const PROCESSING: Duration = Duration::from_millis(300);
/// At most this many ids per statuses request, as HeyGen allows.
const MAX_IDS: usize = 100;

/// POST /v3/assets/direct-uploads/batches, run once per idempotency key.
pub fn create(app: &App, fields: &Map<String, Value>) -> Result<Value, ApiError> {
    allow_only(fields, &["files", "title", "callback_url"], "")?;
    let files = match fields.get("files") {
        Some(Value::Array(files)) if (1..=MAX_FILES).contains(&files.len()) => files,
        _ => {
            return Err(ApiError::field(
                "files",
                format!("`files` must be an array of 1 to {MAX_FILES} files."),
            ));
        }
    };
    let title = match fields.get("title") {
        None | Some(Value::Null) => None,
        Some(Value::String(title)) if title.chars().count() <= 255 => Some(title.clone()),
        Some(_) => {
            return Err(ApiError::field(
                "title",
                "`title` must be a string of at most 255 characters.",
            ));
        }
    };
    if let Some(url) = fields.get("callback_url").filter(|v| !v.is_null()) {
        url.as_str()
            .filter(|url| url.starts_with("https://"))
            .ok_or_else(|| {
                ApiError::field("callback_url", "`callback_url` must be an https URL.")
            })?;
    }
    // Every item is checked before anything is made: one invalid item refuses the batch.
    let mut declared = Vec::with_capacity(files.len());
    for (index, file) in files.iter().enumerate() {
        let item = file.as_object().ok_or_else(|| {
            ApiError::field(
                format!("files[{index}]"),
                format!("`files[{index}]` must be an object."),
            )
        })?;
        declared.push(Declared::read(app, item).map_err(|error| in_item(error, index))?);
    }
    let batch_id = random::id("bat");
    let items: Vec<Value> = declared
        .iter()
        .map(|file| presign(app, file, Some(&batch_id)))
        .collect();
    let asset_ids = items
        .iter()
        .map(|item| item["asset_id"].as_str().unwrap_or_default().to_string())
        .collect();
    app.registry().batches.insert(
        batch_id.clone(),
        Batch {
            title,
            created_at: app.clock.now_secs(),
            asset_ids,
            completed: None,
        },
    );
    Ok(json!({ "batch_id": batch_id, "items": items }))
}

/// An item's error, named after its place in the batch.
fn in_item(mut error: ApiError, index: usize) -> ApiError {
    error.message = format!("files[{index}]: {}", error.message);
    error.param = Some(match error.param {
        Some(param) => format!("files[{index}].{param}"),
        None => format!("files[{index}]"),
    });
    error
}

/// POST /v3/assets/complete/batches: accepted once every item's bytes arrived or its URL
/// expired; a repeat answers the same.
pub async fn complete(
    State(app): State<AppState>,
    Extension(note): Extension<Note>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let result = read_object(&headers, body, &note)
        .await
        .and_then(|fields| {
            allow_only(&fields, &["batch_id"], "")?;
            Ok(required_str(&fields, "batch_id", "batch_id")?.to_string())
        })
        .and_then(|batch_id| hand_over(&app, &batch_id));
    match result {
        Ok(batch_id) => Answer {
            status: StatusCode::ACCEPTED,
            body: json!({ "data": { "batch_id": batch_id } })
                .to_string()
                .into_bytes(),
            error_code: None,
        }
        .into_response(),
        Err(error) => error.into_response(),
    }
}

fn hand_over(app: &App, batch_id: &str) -> Result<String, ApiError> {
    let now = app.clock.now_secs();
    let mut registry = app.registry();
    let registry = &mut *registry;
    let batch = registry
        .batches
        .get(batch_id)
        .ok_or_else(|| ApiError::not_found(format!("No batch {batch_id}.")))?;
    if batch.completed.is_some() {
        return Ok(batch_id.to_string());
    }
    let faults = lock(&app.faults);
    let mut outcomes = Vec::with_capacity(batch.asset_ids.len());
    for (index, id) in batch.asset_ids.iter().enumerate() {
        let Some(asset) = registry.assets.get(id) else {
            outcomes.push(Err(("not_found".into(), "The asset was deleted.".into())));
            continue;
        };
        let expired = asset.presigned.as_ref().is_none_or(|p| p.expires_at <= now);
        let outcome: ItemOutcome = match (&asset.stored, expired) {
            (None, false) => {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    "conflict",
                    format!(
                        "Uploaded object not found yet for files[{index}] ({id}). Retry after \
                         its upload PUT returns 200."
                    ),
                ));
            }
            (None, true) => Err((
                "upload_expired".into(),
                "The upload URL expired before the file's bytes arrived.".into(),
            )),
            (Some(_), _) if faults.item_fails(&asset.name) => Err((
                "ingest_failed".into(),
                "The file could not be ingested (sandbox fault batch-item-failed).".into(),
            )),
            (Some(_), _) => check_stored(asset, None)
                .map(drop)
                .map_err(|error| (error.code.to_string(), error.message)),
        };
        outcomes.push(outcome);
    }
    if let Some(batch) = registry.batches.get_mut(batch_id) {
        batch.completed = Some((Instant::now(), outcomes));
    }
    Ok(batch_id.to_string())
}

/// One item as the batch and statuses endpoints show it, settling its asset once ingested.
fn item(registry: &mut Registry, batch_id: &str, index: usize) -> Value {
    let Some(batch) = registry.batches.get(batch_id) else {
        return Value::Null;
    };
    let id = batch.asset_ids[index].clone();
    let (status, error) = match &batch.completed {
        None => ("queued", None),
        Some((at, _)) if at.elapsed() < QUEUED => ("queued", None),
        Some((at, _)) if at.elapsed() < PROCESSING => ("processing", None),
        Some((_, outcomes)) => match &outcomes[index] {
            Ok(()) => ("completed", None),
            Err((code, message)) => ("failed", Some(json!({"code": code, "message": message}))),
        },
    };
    if status == "completed"
        && let Some(asset) = registry.assets.get_mut(&id)
    {
        asset.status = Status::Completed;
    }
    let mut item = json!({
        "item_index": index,
        "status": status,
        "video_id": id,
        "batch_id": batch_id,
    });
    if let Some(error) = error {
        item["error"] = error;
    }
    item
}

/// Marks the assets of every ingested batch item completed, as reading the batch would.
pub fn settle(registry: &mut Registry) {
    let items: Vec<(String, usize)> = registry
        .batches
        .iter()
        .flat_map(|(id, batch)| (0..batch.asset_ids.len()).map(move |i| (id.clone(), i)))
        .collect();
    for (batch_id, index) in items {
        item(registry, &batch_id, index);
    }
}

/// GET /v3/assets/batches/{batch_id}?limit=&token=
pub async fn get(
    State(app): State<AppState>,
    Path(batch_id): Path<String>,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    answer(read_batch(&app, &batch_id, &query)).into_response()
}

fn read_batch(app: &App, batch_id: &str, query: &[(String, String)]) -> Result<Value, ApiError> {
    let (limit, start) = page(query, &["limit", "token"])?;
    let mut registry = app.registry();
    let batch = registry
        .batches
        .get(batch_id)
        .ok_or_else(|| ApiError::not_found(format!("No batch {batch_id}.")))?;
    let (total, title, created_at) = (batch.asset_ids.len(), batch.title.clone(), batch.created_at);
    let items: Vec<Value> = (0..total)
        .map(|index| item(&mut registry, batch_id, index))
        .collect();
    let mut counts = Map::new();
    for status in ["queued", "processing", "completed", "failed"] {
        let n = items.iter().filter(|i| i["status"] == status).count();
        counts.insert(status.into(), n.into());
    }
    let done = |status: &str| counts[status].as_u64().unwrap_or(0) as usize;
    let status = match done("completed") + done("failed") == total {
        false => "processing",
        true if done("completed") > 0 => "completed",
        true => "failed",
    };
    let end = (start + limit).min(total);
    let mut data = json!({
        "batch_id": batch_id,
        "status": status,
        "total_items": total,
        "counts_by_status": counts,
        "created_at": created_at,
        "items": items.get(start..end).unwrap_or_default(),
        "has_more": end < total,
    });
    if let Some(title) = title {
        data["title"] = json!(title);
    }
    if end < total {
        data["next_token"] = json!(token(end));
    }
    Ok(data)
}

/// `limit` (1 to 100, 100 when absent) and where `token` starts; other parameters but `allowed`
/// are refused.
fn page(query: &[(String, String)], allowed: &[&str]) -> Result<(usize, usize), ApiError> {
    if let Some((name, _)) = query.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        return Err(ApiError::field(
            name.as_str(),
            format!(
                "Unknown query parameter `{name}`; allowed: {}.",
                allowed.join(", ")
            ),
        ));
    }
    let value = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let limit = match value("limit") {
        None => MAX_IDS,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_IDS).contains(n))
            .ok_or_else(|| ApiError::field("limit", "`limit` must be an integer from 1 to 100."))?,
    };
    let start = match value("token") {
        None => 0,
        Some(text) => text
            .strip_prefix("pg_")
            .and_then(|n| n.parse().ok())
            .ok_or_else(|| ApiError::field("token", "`token` is not a token this API gave."))?,
    };
    Ok((limit, start))
}

fn token(start: usize) -> String {
    format!("pg_{start}")
}

/// GET /v3/assets/statuses?asset_ids=a,b&batch_ids=c: each asset's status (`not_found` for
/// one unknown), and each batch's items.
pub async fn statuses(
    State(app): State<AppState>,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    match read_statuses(&app, &query) {
        Ok(data) => Answer {
            status: StatusCode::OK,
            body: json!({ "data": data, "has_more": false })
                .to_string()
                .into_bytes(),
            error_code: None,
        }
        .into_response(),
        Err(error) => error.into_response(),
    }
}

fn read_statuses(app: &App, query: &[(String, String)]) -> Result<Vec<Value>, ApiError> {
    page(query, &["asset_ids", "batch_ids", "limit", "token"])?;
    let ids = |name: &str| -> Vec<String> {
        query
            .iter()
            .filter(|(k, _)| k == name)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (asset_ids, batch_ids) = (ids("asset_ids"), ids("batch_ids"));
    if asset_ids.is_empty() && batch_ids.is_empty() {
        return Err(ApiError::invalid("Give `asset_ids`, `batch_ids` or both."));
    }
    if asset_ids.len() + batch_ids.len() > MAX_IDS {
        return Err(ApiError::invalid(format!(
            "At most {MAX_IDS} ids in all, `asset_ids` and `batch_ids` together."
        )));
    }
    let mut registry = app.registry();
    let mut data = Vec::new();
    for id in &asset_ids {
        let found = registry
            .assets
            .get(id)
            .map(|asset| (asset.batch.clone(), asset.status));
        let status = match found {
            None => json!({"video_id": id, "status": "not_found"}),
            Some((Some(batch_id), _)) => {
                let index = registry.batches[&batch_id]
                    .asset_ids
                    .iter()
                    .position(|a| a == id)
                    .unwrap_or_default();
                item(&mut registry, &batch_id, index)
            }
            Some((None, Status::Completed)) => json!({"video_id": id, "status": "completed"}),
            Some((None, _)) => json!({"video_id": id, "status": "queued"}),
        };
        data.push(status);
    }
    for batch_id in &batch_ids {
        let Some(total) = registry.batches.get(batch_id).map(|b| b.asset_ids.len()) else {
            data.push(json!({"batch_id": batch_id, "status": "not_found"}));
            continue;
        };
        data.extend((0..total).map(|index| item(&mut registry, batch_id, index)));
    }
    Ok(data)
}
