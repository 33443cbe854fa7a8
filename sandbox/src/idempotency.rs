//! `Idempotency-Key`: a repeat on the same route replays the first answer without side effects.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use super::errors::{Answer, ApiError, answer};
use super::exchange::Note;
use super::json::read_object;
use super::sync::lock;

/// Validates the optional `Idempotency-Key` header: 1..=255 chars of `[A-Za-z0-9_:.-]`.
pub fn key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let mut values = headers.get_all("idempotency-key").iter();
    let Some(value) = values.next() else {
        return Ok(None);
    };
    let refuse = || {
        ApiError::invalid(
            "Idempotency-Key must be sent once, 1 to 255 characters of A-Z a-z 0-9 _ : . -",
        )
        .param("Idempotency-Key")
    };
    if values.next().is_some() {
        return Err(refuse());
    }
    let text = value.to_str().map_err(|_| refuse())?;
    let valid = (1..=255).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_:.-".contains(&b));
    if valid {
        Ok(Some(text.to_string()))
    } else {
        Err(refuse())
    }
}

/// A JSON POST that creates something: the key checked, the body read as a JSON object, and
/// `create` run at most once per key (a repeat replays the first answer; one while the first
/// is still running is refused with 409 `request_in_progress`).
pub async fn create_once(
    store: &Idempotency,
    now: u64,
    route: &'static str,
    headers: &HeaderMap,
    body: Body,
    note: &Note,
    create: impl FnOnce(&Map<String, Value>) -> Result<Value, ApiError>,
) -> Response {
    let key = match key(headers) {
        Ok(key) => key,
        Err(error) => return error.into_response(),
    };
    let ticket = match store.begin(route, key, now) {
        Begun::Fresh(ticket) => ticket,
        Begun::Replay(answer) => return answer.into_response(),
        Begun::Busy => return in_progress().into_response(),
    };
    let fields = read_object(headers, body, note).await;
    ticket
        .finish(answer(fields.and_then(|fields| create(&fields))), now)
        .into_response()
}

/// The answer to a repeat that comes while the first request is still being handled.
pub fn in_progress() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "request_in_progress",
        "A request with this Idempotency-Key is still being processed; retry shortly.",
    )
}

/// How long an answer is replayed, as HeyGen does.
const REPLAY_SECS: u64 = 24 * 3600;

type Slot = (&'static str, String);

/// What the store knows of a (route, key): still running, or answered at a time.
enum Known {
    Running,
    Answered(Answer, u64),
}

#[derive(Default)]
pub struct Idempotency {
    slots: Mutex<HashMap<Slot, Known>>,
}

/// How a request with a key begins.
pub enum Begun<'a> {
    /// The first of its key (or one with none): handle it, then `finish`.
    Fresh(Ticket<'a>),
    /// The key was answered within 24 h: the same answer again.
    Replay(Answer),
    /// The first request of the key is still being handled.
    Busy,
}

/// A request being handled under its key; dropped unfinished (its client went away), the key
/// is free again.
pub struct Ticket<'a> {
    store: &'a Idempotency,
    slot: Option<Slot>,
}

impl Idempotency {
    pub fn begin(&self, route: &'static str, key: Option<String>, now: u64) -> Begun<'_> {
        let Some(key) = key else {
            return Begun::Fresh(Ticket {
                store: self,
                slot: None,
            });
        };
        let slot = (route, key);
        let mut slots = lock(&self.slots);
        match slots.get(&slot) {
            Some(Known::Running) => return Begun::Busy,
            Some(Known::Answered(answer, at)) if now < at + REPLAY_SECS => {
                return Begun::Replay(answer.clone());
            }
            _ => {}
        }
        slots.insert(slot.clone(), Known::Running);
        Begun::Fresh(Ticket {
            store: self,
            slot: Some(slot),
        })
    }

    /// Replays the stored answer for (route, key), or runs `act` and remembers its answer.
    #[cfg(test)]
    pub fn run(
        &self,
        route: &'static str,
        key: Option<String>,
        now: u64,
        act: impl FnOnce() -> Answer,
    ) -> Answer {
        match self.begin(route, key, now) {
            Begun::Fresh(ticket) => ticket.finish(act(), now),
            Begun::Replay(answer) => answer,
            Begun::Busy => in_progress().into(),
        }
    }
}

impl Ticket<'_> {
    /// Remembers the answer for the key, unless it is a sandbox fault (5xx), which a retry
    /// should get past.
    pub fn finish(mut self, answer: Answer, now: u64) -> Answer {
        if let Some(slot) = self.slot.take() {
            let mut slots = lock(&self.store.slots);
            match answer.status.is_server_error() {
                true => slots.remove(&slot),
                false => slots.insert(slot, Known::Answered(answer.clone(), now)),
            };
        }
        answer
    }
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            lock(&self.store.slots).remove(&slot);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use serde_json::json;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for value in values {
            map.append("idempotency-key", HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn key_format() {
        assert_eq!(key(&headers(&[])).unwrap(), None);
        assert_eq!(
            key(&headers(&["a-b_c:d.e"])).unwrap().as_deref(),
            Some("a-b_c:d.e")
        );
        assert!(key(&headers(&["has space"])).is_err());
        assert!(key(&headers(&[""])).is_err());
        assert!(key(&headers(&[&"k".repeat(256)])).is_err());
        assert!(key(&headers(&["a", "b"])).is_err());
    }

    #[test]
    fn replays_per_route() {
        let store = Idempotency::default();
        let mut runs = 0;
        let mut act = |n| {
            runs += 1;
            Answer::data(json!({ "n": n }))
        };
        let first = store.run("a", Some("k".into()), 0, || act(1));
        let again = store.run("a", Some("k".into()), 10, || act(2));
        assert_eq!(first.body, again.body);
        let other = store.run("b", Some("k".into()), 10, || act(3));
        assert_ne!(first.body, other.body);
        // A day later the key is free again.
        let later = store.run("a", Some("k".into()), REPLAY_SECS, || act(4));
        assert_ne!(first.body, later.body);
        assert_eq!(runs, 3);
    }

    #[test]
    fn a_repeat_while_the_first_runs_is_refused() {
        let store = Idempotency::default();
        let Begun::Fresh(ticket) = store.begin("a", Some("k".into()), 0) else {
            panic!("the first is fresh");
        };
        assert!(matches!(store.begin("a", Some("k".into()), 0), Begun::Busy));
        drop(ticket);
        assert!(matches!(
            store.begin("a", Some("k".into()), 0),
            Begun::Fresh(_)
        ));
    }
}
