//! Records every request (for tests and `exchanges()`), tags answers with a request id, and
//! optionally logs one line per request.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::body::Body;
use axum::extract::{Query, Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use futures_util::StreamExt;

use super::errors::ErrorCode;
use super::faults::Fault;
use super::inject::Injected;
use super::random;
use super::state::{App, AppState, lock};

/// One request the sandbox answered.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub method: String,
    /// Path without the query string.
    pub path: String,
    /// Decoded query pairs.
    pub query: Vec<(String, String)>,
    /// Lowercase names, values as received, repeated headers kept.
    pub headers: Vec<(String, String)>,
    /// Bytes of request body read.
    pub body_len: u64,
    /// The request body, when it parsed as JSON.
    pub json: Option<serde_json::Value>,
    /// Multipart parts (POST /v3/assets).
    pub parts: Vec<ReceivedPart>,
    /// 0 when no answer was sent (the put-drop and put-stall faults).
    pub status: u16,
    /// API error code, or S3 `<Code>`, when the request failed; `fault:put-drop` or
    /// `fault:put-stall` for a request left unanswered on purpose.
    pub error_code: Option<String>,
    /// When the request's headers arrived.
    pub arrived: Instant,
    /// When it was answered (or given up on by a fault), its body read.
    pub answered: Instant,
}

impl Exchange {
    /// First value of a header (name compared case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// How many times a header was sent.
    pub fn header_count(&self, name: &str) -> usize {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .count()
    }
}

/// One part of a multipart body.
#[derive(Debug, Clone)]
pub struct ReceivedPart {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub len: u64,
}

/// Request extension through which handlers add what only they can see (parsed body, parts),
/// and through which a fault records an answer it never sends.
#[derive(Clone)]
pub struct Note {
    pub request_id: String,
    /// Taken when recorded, so each request is recorded once.
    draft: Arc<Mutex<Option<Exchange>>>,
    body_len: Arc<AtomicU64>,
}

impl Note {
    pub fn json(&self, value: &serde_json::Value) {
        if let Some(draft) = lock(&self.draft).as_mut() {
            draft.json = Some(value.clone());
        }
    }

    pub fn part(&self, part: ReceivedPart) {
        if let Some(draft) = lock(&self.draft).as_mut() {
            draft.parts.push(part);
        }
    }

    /// Records the exchange unless it already was. `fault` names the fault that made the answer.
    pub fn finish(&self, app: &App, status: u16, error_code: Option<String>, fault: Option<Fault>) {
        let Some(mut exchange) = lock(&self.draft).take() else {
            return;
        };
        exchange.body_len = self.body_len.load(Ordering::Relaxed);
        exchange.status = status;
        exchange.error_code = error_code;
        exchange.answered = Instant::now();
        if app.log_requests {
            // Path only: the query string carries the URL signature.
            let answer = match status {
                0 => "no answer".to_string(),
                _ => status.to_string(),
            };
            let fault = fault.map(|f| format!(" (fault {f})")).unwrap_or_default();
            let body = match exchange.body_len {
                0 => String::new(),
                n => format!(" ({n} bytes in)"),
            };
            crate::log(&format!(
                "sandbox: {} {} {answer}{fault}{body}",
                exchange.method, exchange.path
            ));
        }
        lock(&app.exchanges).push(exchange);
    }
}

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
    let note = Note {
        request_id: request_id.clone(),
        draft: Arc::new(Mutex::new(Some(draft))),
        body_len,
    };
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
    note.finish(&app, response.status().as_u16(), error_code, fault);
    response
}
