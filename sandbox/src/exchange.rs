//! What the sandbox records of each request, and the notes handlers and faults add to it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::faults::Fault;
use super::log;
use super::sync::lock;

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
    pub fn finish(
        &self,
        log: &ExchangeLog,
        status: u16,
        error_code: Option<String>,
        fault: Option<Fault>,
    ) {
        let Some(mut exchange) = lock(&self.draft).take() else {
            return;
        };
        exchange.body_len = self.body_len.load(Ordering::Relaxed);
        exchange.status = status;
        exchange.error_code = error_code;
        exchange.answered = Instant::now();
        if log.log_requests {
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
            log::line(&format!(
                "sandbox: {} {} {answer}{fault}{body}",
                exchange.method, exchange.path
            ));
        }
        lock(&log.exchanges).push(exchange);
    }
}

impl Note {
    /// A note for a request whose exchange is `draft`, its body counted into `body_len`.
    pub fn new(request_id: String, draft: Exchange, body_len: Arc<AtomicU64>) -> Note {
        Note {
            request_id,
            draft: Arc::new(Mutex::new(Some(draft))),
            body_len,
        }
    }
}

/// Every request answered, for tests and `exchanges()`.
#[derive(Default)]
pub struct ExchangeLog {
    pub exchanges: Mutex<Vec<Exchange>>,
    /// "METHOD /path" of each request as its headers arrive, answered or not yet.
    pub arrived: Mutex<Vec<String>>,
    /// One line on stderr per request.
    pub log_requests: bool,
}

/// Response extension naming the fault that made the answer, for the request log.
#[derive(Clone, Copy)]
pub struct Injected(pub Fault);
