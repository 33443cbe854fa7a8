//! `Idempotency-Key`: a repeat on the same route replays the first answer without side effects.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::body::Body;
use axum::http::HeaderMap;
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
/// `create` run at most once per key (a repeat replays the first answer).
pub async fn create_once(
    store: &Idempotency,
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
    let fields = read_object(headers, body, note).await;
    store
        .run(route, key, || {
            answer(fields.and_then(|fields| create(&fields)))
        })
        .into_response()
}

#[derive(Default)]
pub struct Idempotency {
    answers: Mutex<HashMap<(&'static str, String), Answer>>,
}

impl Idempotency {
    /// Replays the stored answer for (route, key), or runs `act` and remembers its answer.
    /// The lock is held while `act` runs (it is short and synchronous), so two racing repeats
    /// cannot both create something.
    pub fn run(
        &self,
        route: &'static str,
        key: Option<String>,
        act: impl FnOnce() -> Answer,
    ) -> Answer {
        let Some(key) = key else {
            return act();
        };
        let mut answers = lock(&self.answers);
        let slot = (route, key);
        if let Some(answer) = answers.get(&slot) {
            return answer.clone();
        }
        let answer = act();
        // A sandbox fault is not the request's answer; let a retry try again.
        if !answer.status.is_server_error() {
            answers.insert(slot, answer.clone());
        }
        answer
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
        let first = store.run("a", Some("k".into()), || act(1));
        let again = store.run("a", Some("k".into()), || act(2));
        assert_eq!(first.body, again.body);
        let other = store.run("b", Some("k".into()), || act(3));
        assert_ne!(first.body, other.body);
        assert_eq!(runs, 2);
    }
}
