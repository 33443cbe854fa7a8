//! HeyGen's answer envelopes: `{"data": {...}}` on success, `{"error": {"code", "message"}}`
//! on failure, and whatever a gateway sends instead (an HTML 502 page), read by status.

use serde_json::Value;

use crate::error::{Failure, Kind, Result};
use crate::net::http::Answer;
use crate::util::text::one_line;

/// The whole answer (`{"data": {...}}`, or `{"data": [...]}` for a list) when it is a
/// success with data.
pub fn success(answer: &Answer) -> Result<Value> {
    if !answer.status.is_success() {
        return Err(failure(answer));
    }
    let value: Value = serde_json::from_slice(&answer.body).map_err(|_| {
        Failure::remote(format!(
            "HeyGen answered {} with a body that is not JSON; try again later",
            answer.status
        ))
    })?;
    if !value
        .get("data")
        .is_some_and(|data| data.is_object() || data.is_array())
    {
        return Err(Failure::remote(
            "HeyGen's answer has no \"data\" object; the API may have changed, check for a newer heygen",
        ));
    }
    Ok(value)
}

/// What a refusal of the key says to do when where the key came from is not known; the API
/// layer replaces it with `KeySource::refusal_hint`.
pub const KEY_HINT: &str = "check --api-key or HEYGEN_API_KEY";

/// The failure an unsuccessful answer stands for, quoting the API's code and message.
pub fn failure(answer: &Answer) -> Failure {
    let status = answer.status;
    if let Some(target) = answer.redirect_target() {
        return Failure::remote(format!(
            "HeyGen answered {status}, redirecting to {}; heygen never follows redirects (they \
             could carry the API key elsewhere), so check the base URL",
            one_line(&target)
        ));
    }
    let (code, message) = error_fields(&answer.body);
    let detail = match (&code, &message) {
        (Some(code), Some(message)) => format!("{code}: {message}"),
        (Some(code), None) => code.clone(),
        (None, Some(message)) => message.clone(),
        (None, None) => status
            .canonical_reason()
            .unwrap_or("no explanation")
            .to_string(),
    };
    let failure = if matches!(status.as_u16(), 401 | 403) {
        Failure::new(
            Kind::Auth,
            format!(
                "HeyGen refused the API key ({} {detail}); {KEY_HINT}",
                status.as_u16()
            ),
        )
    } else {
        Failure::remote(format!("HeyGen answered {} {detail}", status.as_u16()))
    };
    let failure = failure.with_status(status.as_u16());
    match code {
        Some(code) => failure.with_code(code),
        None => failure.with_code(format!("http_{}", status.as_u16())),
    }
}

/// The error code and message of an error envelope, when the body is one: read leniently
/// (invalid UTF-8 replaced, a number for a code, an error that is only a string), and each
/// made fit for one line of a terminal: control characters escaped, length capped.
pub fn error_fields(body: &[u8]) -> (Option<String>, Option<String>) {
    let text = String::from_utf8_lossy(body);
    let Ok(value) = serde_json::from_str::<Value>(&text) else {
        return (None, None);
    };
    let field = |name: &str| match value.pointer(&format!("/error/{name}")) {
        Some(Value::String(text)) => Some(text.clone()),
        Some(Value::Number(number)) => Some(number.to_string()),
        _ => None,
    };
    let message = match value.get("error") {
        Some(Value::String(message)) => Some(message.clone()),
        _ => field("message"),
    };
    let shown = |text: Option<String>| text.map(|t| one_line(&t)).filter(|t| !t.trim().is_empty());
    (shown(field("code")), shown(message))
}

#[cfg(test)]
mod tests {
    use crate::net::http::header::LOCATION;
    use crate::net::http::{HeaderMap, HeaderValue, StatusCode};
    use proptest::prelude::*;

    use super::*;
    use crate::api::DirectUpload;
    use crate::util::text::MAX_QUOTED_CHARS;

    pub(crate) fn answer(status: u16, body: Vec<u8>) -> Answer {
        Answer {
            status: StatusCode::from_u16(status).unwrap(),
            headers: HeaderMap::new(),
            body,
        }
    }

    /// Field names HeyGen's answers use, so that generated shapes hit the interesting paths.
    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => prop::sample::select(vec![
                "data", "error", "code", "message", "asset_id", "upload_url",
                "upload_headers", "content-type", "max_bytes", "expires_in_seconds",
            ])
            .prop_map(str::to_string),
            1 => any::<String>(),
        ]
    }

    /// Arbitrary JSON, strings included with control characters, escapes and URLs.
    pub(crate) fn json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            any::<String>().prop_map(Value::String),
            "(\\x1b\\[[0-9;]*[a-zA-Z]|[\\x00-\\x1f\\x7f-\\x9f]|https?://[a-z.]+/[a-z]*\\?[a-zA-Z=&]*|ast_[a-z0-9]{4}|[a-z ]){0,12}"
                .prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((name(), inner), 0..6)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    /// What a server might send: JSON shaped like an envelope, any JSON, or any bytes.
    fn body() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            (json(), json()).prop_map(|(code, message)| {
                serde_json::json!({"error": {"code": code, "message": message}})
                    .to_string()
                    .into_bytes()
            }),
            json().prop_map(|data| serde_json::json!({ "data": data }).to_string().into_bytes()),
            json().prop_map(|value| value.to_string().into_bytes()),
            prop::collection::vec(any::<u8>(), 0..400),
        ]
    }

    fn assert_fit_for_a_terminal(text: &str) {
        assert!(
            !text.chars().any(char::is_control),
            "control character in {text:?}"
        );
        assert!(
            text.chars().count() < 8000,
            "too long: {} chars",
            text.len()
        );
    }

    proptest! {
        #[test]
        fn any_answer_reads_without_panic_into_a_one_line_message(
            status in 100u16..600,
            body in body(),
            location in prop::collection::vec(any::<u8>(), 0..80),
        ) {
            let mut answer = answer(status, body);
            if let Ok(value) = HeaderValue::from_bytes(&location) {
                answer.headers.insert(LOCATION, value);
            }
            match success(&answer) {
                Ok(value) => {
                    prop_assert!(answer.status.is_success());
                    prop_assert!(value["data"].is_object() || value["data"].is_array());
                    if let Err(failure) = DirectUpload::from_answer(value) {
                        assert_fit_for_a_terminal(&failure.message);
                    }
                }
                Err(failure) => {
                    assert_fit_for_a_terminal(&failure.message);
                    assert_fit_for_a_terminal(failure.code());
                }
            }
            let failure = failure(&answer);
            assert_fit_for_a_terminal(&failure.message);
            assert_fit_for_a_terminal(failure.code());
        }

        #[test]
        fn error_fields_are_escaped_and_bounded(body in body()) {
            let (code, message) = error_fields(&body);
            for text in code.iter().chain(message.iter()) {
                assert_fit_for_a_terminal(text);
                prop_assert!(!text.trim().is_empty());
            }
        }

        #[test]
        fn direct_upload_answers_of_any_shape(data in json()) {
            match DirectUpload::from_answer(serde_json::json!({ "data": data })) {
                Ok(upload) => {
                    prop_assert!(!upload.asset_id.is_empty());
                    prop_assert!(upload.asset_id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
                    prop_assert!(!upload.upload_url.is_empty());
                }
                Err(failure) => assert_fit_for_a_terminal(&failure.message),
            }
        }
    }

    #[test]
    fn messages_are_read_leniently_and_shown_escaped() {
        let body = b"{\"error\":{\"code\":\"bad\",\"message\":\"caf\xe9 \\u001b[31mred\"}}";
        let (code, message) = error_fields(body);
        assert_eq!(code.as_deref(), Some("bad"));
        assert_eq!(message.as_deref(), Some("caf\u{fffd} \\u{1b}[31mred"));
        // A raw control character makes the JSON invalid: the status speaks instead.
        assert_eq!(
            error_fields(b"{\"error\":{\"message\":\"a\x1b[2J\"}}"),
            (None, None)
        );
        assert_eq!(
            error_fields(br#"{"error": "just text", "code": 7}"#),
            (None, Some("just text".into()))
        );
        assert_eq!(
            error_fields(br#"{"error": {"code": 429, "message": "  "}}"#),
            (Some("429".into()), None)
        );
        let long = format!(r#"{{"error": {{"message": "{}"}}}}"#, "y".repeat(5000));
        let shown = error_fields(long.as_bytes()).1.unwrap();
        assert_eq!(shown.chars().count(), MAX_QUOTED_CHARS + 1);
        assert!(shown.ends_with('…'));
    }

    #[test]
    fn a_gateway_page_falls_back_to_the_status() {
        let page = b"<html><body><h1>502 Bad Gateway</h1></body></html>".to_vec();
        let failure = failure(&answer(502, page));
        assert_eq!(failure.message, "HeyGen answered 502 Bad Gateway");
        assert_eq!(failure.code(), "http_502");
        let failure = success(&answer(200, b"<html>ok</html>".to_vec())).unwrap_err();
        assert!(failure.message.contains("not JSON"), "{}", failure.message);
        let failure = success(&answer(200, br#"{"ok": true}"#.to_vec())).unwrap_err();
        assert!(
            failure.message.contains("no \"data\""),
            "{}",
            failure.message
        );
    }
}
