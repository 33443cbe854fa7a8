//! The OAuth token endpoint, which trades a refresh token for a new pair. Errors there use
//! OAuth's shape (`{"error", "error_description"}`), not the API's envelope.

use std::collections::HashMap;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::state::AppState;
use super::tokens::{ACCESS_TTL_SECS, CLIENT_ID};

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    let body = json!({ "error": error, "error_description": description });
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// POST /v1/oauth/token, form-encoded `grant_type=refresh_token&refresh_token=&client_id=`.
pub async fn token(State(app): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Unreadable body.",
        );
    };
    if !is_form {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The body must be application/x-www-form-urlencoded.",
        );
    }
    let fields: HashMap<String, String> =
        url::form_urlencoded::parse(&bytes).into_owned().collect();
    let field = |name: &str| fields.get(name).map(String::as_str);
    if field("grant_type") != Some("refresh_token") {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "Only grant_type=refresh_token is supported.",
        );
    }
    if field("client_id") != Some(CLIENT_ID) {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "Unknown client_id.",
        );
    }
    let now = app.clock.now_secs();
    match field("refresh_token").and_then(|token| app.oauth.refresh(token, now)) {
        Some(pair) => {
            let body = json!({
                "access_token": pair.access_token,
                "refresh_token": pair.refresh_token,
                "expires_in": ACCESS_TTL_SECS,
                "token_type": "Bearer",
                "scope": "openid profile",
            });
            (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json")],
                body.to_string(),
            )
                .into_response()
        }
        None => oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "The refresh token is invalid, expired or already used.",
        ),
    }
}
