//! The asset library: `GET /v3/assets` (beta), one page at a time, newest first, for the
//! owner named by `username` (required for now, as HeyGen requires it), and the one shape an
//! asset is shown in.

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::errors::{Answer, ApiError};
use super::model::{Asset, Status};
use super::state::{App, AppState};

/// The one user of the sandbox's key, as `GET /v3/users/me` names it.
pub const USERNAME: &str = "rehearsal";
const SPACE: &str = "spc_rehearsal";

/// An asset as `GET /v3/assets/{id}` and the list show it.
pub fn asset_json(app: &App, asset: &Asset) -> Value {
    json!({
        "id": asset.id,
        "name": asset.name,
        "type": asset.kind(),
        "owner": USERNAME,
        "space_id": SPACE,
        "uploaded_at": asset.created_at,
        "url": app.file_url(&asset.id),
    })
}

/// GET /v3/assets?username=U&limit=1..100&token=T&folder_id=F
pub async fn list(
    State(app): State<AppState>,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    match page(&app, &query) {
        Ok(body) => Answer {
            status: StatusCode::OK,
            body: body.to_string().into_bytes(),
            error_code: None,
        }
        .into_response(),
        Err(error) => error.into_response(),
    }
}

fn page(app: &App, query: &[(String, String)]) -> Result<Value, ApiError> {
    const ALLOWED: [&str; 4] = ["username", "limit", "token", "folder_id"];
    if let Some((name, _)) = query.iter().find(|(k, _)| !ALLOWED.contains(&k.as_str())) {
        return Err(ApiError::field(
            name.as_str(),
            format!(
                "Unknown query parameter `{name}`; allowed: {}.",
                ALLOWED.join(", ")
            ),
        ));
    }
    let value = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let username = value("username")
        .filter(|u| !u.is_empty())
        .ok_or_else(|| ApiError::field("username", "`username` is required for now."))?;
    let limit = match value("limit") {
        None => 20,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=100).contains(n))
            .ok_or_else(|| ApiError::field("limit", "`limit` must be an integer from 1 to 100."))?,
    };
    let start = match value("token") {
        None => 0,
        Some(text) => text
            .strip_prefix("lib_")
            .and_then(|n| n.parse::<usize>().ok())
            .ok_or_else(|| ApiError::field("token", "`token` is not a token this API gave."))?,
    };
    let registry = app.registry();
    // Newest first; only finished assets are in the library, and none is in a folder.
    let owned: Vec<&Asset> = registry
        .asset_order
        .iter()
        .rev()
        .filter_map(|id| registry.assets.get(id))
        .filter(|asset| asset.status == Status::Completed)
        .filter(|_| username == USERNAME && value("folder_id").is_none())
        .collect();
    let end = (start + limit).min(owned.len());
    let data: Vec<Value> = owned
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .map(|asset| asset_json(app, asset))
        .collect();
    let mut body = json!({ "data": data, "has_more": end < owned.len() });
    if end < owned.len() {
        body["next_token"] = json!(format!("lib_{end}"));
    }
    Ok(body)
}
