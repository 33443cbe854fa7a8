//! HeyGen's answer envelopes: `{"data": {...}}` on success, `{"error": {"code", "message"}}`
//! on failure, and whatever a gateway sends instead (an HTML 502 page), read by status.

use serde_json::Value;

use crate::error::{Failure, Kind, Result};
use crate::http::Answer;
use crate::output::sanitize;
use crate::secret::redact_url;

/// The whole answer (`{"data": {...}}`) when it is a success with a data object.
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
    if !value.get("data").is_some_and(Value::is_object) {
        return Err(Failure::remote(
            "HeyGen's answer has no \"data\" object; the API may have changed, check for a newer heygen",
        ));
    }
    Ok(value)
}

/// The failure an unsuccessful answer stands for, quoting the API's code and message.
pub fn failure(answer: &Answer) -> Failure {
    let status = answer.status;
    if status.is_redirection() {
        let target = answer
            .headers
            .get("location")
            .map(|l| redact_url(&String::from_utf8_lossy(l.as_bytes())))
            .unwrap_or_else(|| "nowhere".into());
        return Failure::remote(format!(
            "HeyGen answered {status}, redirecting to {}; heygen never follows redirects (they \
             could carry the API key elsewhere), so check the base URL",
            sanitize(&target)
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
    let detail = sanitize(&detail);
    let failure = if matches!(status.as_u16(), 401 | 403) {
        Failure::new(
            Kind::Auth,
            format!(
                "HeyGen refused the API key ({} {detail}); check --api-key or HEYGEN_API_KEY",
                status.as_u16()
            ),
        )
    } else {
        Failure::remote(format!("HeyGen answered {} {detail}", status.as_u16()))
    };
    match code {
        Some(code) => failure.with_code(sanitize(&code)),
        None => failure.with_code(format!("http_{}", status.as_u16())),
    }
}

/// The error code and message of an error envelope, when the body is one.
pub fn error_fields(body: &[u8]) -> (Option<String>, Option<String>) {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return (None, None);
    };
    let field = |name: &str| {
        value
            .pointer(&format!("/error/{name}"))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    (field("code"), field("message"))
}
