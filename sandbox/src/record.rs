//! Records every request (for tests and `exchanges()`), tags answers with a request id, and
//! optionally logs one line per request.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::body::Body;
use axum::extract::{Query, Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use futures_util::StreamExt;

use super::errors::ErrorCode;
use super::exchange::{Exchange, Injected, Note};
use super::random;
use super::state::AppState;
use super::sync::lock;

/// Outermost middleware.
pub async fn record(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let request_id = format!("req_{}", hex::encode(random::bytes::<12>()));
    let query = Query::<Vec<(String, String)>>::try_from_uri(request.uri())
        .map(|Query(pairs)| pairs)
        .unwrap_or_default();
    let headers = request
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
            (name.as_str().to_string(), value)
        })
        .collect();
    lock(&app.exchanges.arrived).push(format!("{} {}", request.method(), request.uri().path()));
    let draft = Exchange {
        method: request.method().to_string(),
        path: request.uri().path().to_string(),
        query,
        headers,
        body_len: 0,
        json: None,
        parts: Vec::new(),
        status: 0,
        error_code: None,
        arrived: Instant::now(),
        answered: Instant::now(),
    };

    // Count body bytes as handlers pull them, whatever they do with them.
    let body_len = Arc::new(AtomicU64::new(0));
    let (mut parts, body) = request.into_parts();
    let counter = body_len.clone();
    let counted = body.into_data_stream().inspect(move |chunk| {
        if let Ok(bytes) = chunk {
            counter.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        }
    });
    let note = Note::new(request_id.clone(), draft, body_len);
    parts.extensions.insert(note.clone());

    let mut response = next
        .run(Request::from_parts(parts, Body::from_stream(counted)))
        .await;

    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert("x-request-id", value);
    }
    let error_code = response
        .extensions()
        .get::<ErrorCode>()
        .map(|c| c.0.clone());
    let fault = response.extensions().get::<Injected>().map(|i| i.0);
    note.finish(
        &app.exchanges,
        response.status().as_u16(),
        error_code,
        fault,
    );
    response
}
