//! The modeled network in front of the API: `latency` delays every API request and
//! `rate-limit` refuses those over the key's rate with 429 and `Retry-After`, as HeyGen does.

use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::errors::ApiError;
use super::spool::drain;
use super::state::AppState;
use super::sync::lock;

/// Middleware on the API routes, inside the key check (a refused key uses up no token).
pub async fn limit(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let (latency, limit) = {
        let faults = lock(&app.faults);
        (faults.latency_ms(), faults.rate_limit())
    };
    if let Some(ms) = latency {
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }
    let Some(limit) = limit else {
        return next.run(request).await;
    };
    match app.limiter.take(limit) {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            // The client sends its body either way; reading it is what a real API costs it.
            drain(request.into_body(), app.max_simple_bytes).await;
            let mut response = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limit_exceeded",
                format!(
                    "Too many requests: at most {} per second (burst {}); retry after the \
                     number of seconds in Retry-After.",
                    limit.per_sec, limit.burst
                ),
            )
            .into_response();
            // Whole seconds, as the header carries them, and never 0.
            let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
            if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
    }
}
