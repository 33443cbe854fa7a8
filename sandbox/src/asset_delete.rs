//! `DELETE /v3/assets/{asset_id}`, as HeyGen's CLI calls it: the asset and its bytes are gone,
//! and `GET /v3/assets/{asset_id}` answers 404 from then on.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::errors::{ApiError, answer};
use super::state::AppState;

pub async fn delete_asset(State(app): State<AppState>, Path(asset_id): Path<String>) -> Response {
    let removed = app.registry().assets.remove(&asset_id);
    let result = match removed {
        Some(asset) => {
            if asset.stored.is_some() {
                // Bytes kept in an S3 bucket stay there; the sandbox forgets the asset alone.
                let _ = std::fs::remove_file(app.object_path(&asset_id));
            }
            Ok(json!({ "id": asset_id }))
        }
        None => Err(ApiError::not_found(format!("No asset {asset_id}."))),
    };
    answer(result).into_response()
}
