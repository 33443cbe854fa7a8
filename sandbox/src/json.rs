//! Strict JSON request bodies: the right Content-Type, at most 1 MiB, an object, no unknown fields.

use axum::body::Body;
use axum::http::{HeaderMap, StatusCode, header};
use futures_util::StreamExt;
use serde_json::{Map, Value};

use super::errors::ApiError;
use super::exchange::Note;

const MAX_JSON_BYTES: usize = 1 << 20;

/// Reads the body as a JSON object, recording it in the exchange when it parses.
pub async fn read_object(
    headers: &HeaderMap,
    body: Body,
    note: &Note,
) -> Result<Map<String, Value>, ApiError> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(ApiError::invalid(
            "This endpoint takes a JSON body: send Content-Type: application/json.",
        ));
    }

    let mut bytes = Vec::new();
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| ApiError::invalid("The request body could not be read."))?;
        if bytes.len() + chunk.len() > MAX_JSON_BYTES {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "request_too_large",
                format!("JSON bodies are limited to {MAX_JSON_BYTES} bytes."),
            ));
        }
        bytes.extend_from_slice(&chunk);
    }

    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::invalid(format!("The body is not valid JSON: {e}.")))?;
    note.json(&value);
    match value {
        Value::Object(map) => Ok(map),
        _ => Err(ApiError::invalid("The body must be a JSON object.")),
    }
}

/// Refuses any field outside `allowed`; `prefix` locates nested objects (`"file."`).
pub fn allow_only(
    map: &Map<String, Value>,
    allowed: &[&str],
    prefix: &str,
) -> Result<(), ApiError> {
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(unknown) => Err(ApiError::field(
            format!("{prefix}{unknown}"),
            format!(
                "Unknown field `{prefix}{unknown}`; allowed: {}.",
                allowed.join(", ")
            ),
        )),
        None => Ok(()),
    }
}

/// A required non-empty string field.
pub fn required_str<'a>(
    map: &'a Map<String, Value>,
    name: &str,
    param: &str,
) -> Result<&'a str, ApiError> {
    match map.get(name) {
        Some(Value::String(text)) if !text.is_empty() => Ok(text),
        Some(_) => Err(ApiError::field(
            param,
            format!("`{param}` must be a non-empty string."),
        )),
        None => Err(ApiError::field(param, format!("`{param}` is required."))),
    }
}

/// An optional SHA-256 given as 64 lowercase hex characters; `null` counts as absent.
pub fn optional_sha256(map: &Map<String, Value>, name: &str) -> Result<Option<[u8; 32]>, ApiError> {
    let refuse = || {
        ApiError::field(
            name,
            format!("`{name}` must be the SHA-256 of the file as 64 lowercase hex characters."),
        )
    };
    match map.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text))
            if text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) =>
        {
            let mut digest = [0u8; 32];
            hex::decode_to_slice(text, &mut digest).map_err(|_| refuse())?;
            Ok(Some(digest))
        }
        Some(_) => Err(refuse()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => unreachable!(),
        }
    }

    #[test]
    fn unknown_fields_are_named() {
        let map = object(json!({"a": 1, "zz": 2}));
        let error = allow_only(&map, &["a"], "file.").unwrap_err();
        assert_eq!(error.param.as_deref(), Some("file.zz"));
        assert!(allow_only(&map, &["a", "zz"], "").is_ok());
    }

    #[test]
    fn checksum_shape() {
        let good = "ab".repeat(32);
        let map = object(json!({"c": good, "upper": "AB".repeat(32), "short": "ab"}));
        assert_eq!(optional_sha256(&map, "c").unwrap(), Some([0xab; 32]));
        assert_eq!(optional_sha256(&map, "missing").unwrap(), None);
        assert!(optional_sha256(&map, "upper").is_err());
        assert!(optional_sha256(&map, "short").is_err());
    }
}
