//! GET /v3/users/me: the account of the sandbox's one key.

use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::errors::Answer;

/// The answer HeyGen gives for a wallet account, with made-up names (none holding the key,
/// which the client hides from whatever it shows).
pub async fn me() -> Response {
    Answer::data(json!({
        "username": super::library::USERNAME,
        "email": "rehearsal@example.com",
        "first_name": "Rehearsal",
        "last_name": "User",
        "billing_type": "wallet",
        "wallet": {"currency": "USD", "remaining_balance": 100.0},
    }))
    .into_response()
}
