//! Answers and error bodies: the API's JSON envelope and storage's S3-style XML.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// Response extension telling the recorder which error code an answer carried.
#[derive(Clone)]
pub struct ErrorCode(pub String);

/// A finished API answer, kept whole so an idempotent replay is byte-identical.
#[derive(Clone)]
pub struct Answer {
    pub status: StatusCode,
    pub body: Vec<u8>,
    pub error_code: Option<String>,
}

impl Answer {
    /// A 200 `{"data": ...}` answer.
    pub fn data(data: Value) -> Answer {
        Answer {
            status: StatusCode::OK,
            body: json!({ "data": data }).to_string().into_bytes(),
            error_code: None,
        }
    }
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, "application/json")],
            self.body,
        )
            .into_response();
        if let Some(code) = self.error_code {
            response.extensions_mut().insert(ErrorCode(code));
        }
        response
    }
}

/// Turns a handler's outcome into the answer that is sent (and stored for replay).
pub fn answer(result: Result<Value, ApiError>) -> Answer {
    match result {
        Ok(data) => Answer::data(data),
        Err(error) => error.into(),
    }
}

/// An API failure, answered as `{"error":{"code","message","param"?}}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub param: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            param: None,
        }
    }

    /// 400 invalid_parameter without a specific field.
    pub fn invalid(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid_parameter", message)
    }

    /// 400 invalid_parameter naming the offending field.
    pub fn field(param: impl Into<String>, message: impl Into<String>) -> ApiError {
        ApiError::invalid(message).param(param)
    }

    pub fn param(mut self, param: impl Into<String>) -> ApiError {
        self.param = Some(param.into());
        self
    }

    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", message)
    }

    pub fn unsupported_type(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "unsupported_file_type", message)
    }

    pub fn too_large(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "file_too_large", message)
    }

    /// A local I/O failure: the sandbox's fault, never stored for idempotent replay.
    pub fn internal(error: impl std::fmt::Display) -> ApiError {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            format!("sandbox storage failed: {error}"),
        )
    }
}

impl From<ApiError> for Answer {
    fn from(error: ApiError) -> Answer {
        let mut body = json!({ "code": error.code, "message": error.message });
        if let Some(param) = error.param {
            body["param"] = Value::String(param);
        }
        Answer {
            status: error.status,
            body: json!({ "error": body }).to_string().into_bytes(),
            error_code: Some(error.code.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        Answer::from(self).into_response()
    }
}

/// A storage failure, answered the way S3 does: an XML `<Error>` document.
#[derive(Debug)]
pub struct StorageError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl StorageError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        StorageError {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn access_denied(message: impl Into<String>) -> Self {
        StorageError::new(StatusCode::FORBIDDEN, "AccessDenied", message)
    }

    pub fn signature_mismatch(message: impl Into<String>) -> Self {
        StorageError::new(StatusCode::FORBIDDEN, "SignatureDoesNotMatch", message)
    }

    pub fn into_response(self, request_id: &str) -> Response {
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{}</Code><Message>{}</Message><RequestId>{}</RequestId></Error>",
            self.code,
            xml_escape(&self.message),
            xml_escape(request_id)
        );
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, "application/xml")],
            body,
        )
            .into_response();
        response
            .extensions_mut()
            .insert(ErrorCode(self.code.to_string()));
        response
    }
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_carries_param_only_when_set() {
        let plain = Answer::from(ApiError::not_found("no such asset"));
        let body: Value = serde_json::from_slice(&plain.body).unwrap();
        assert_eq!(
            body,
            json!({"error": {"code": "not_found", "message": "no such asset"}})
        );

        let named = Answer::from(ApiError::field("size_bytes", "must be >= 1"));
        let body: Value = serde_json::from_slice(&named.body).unwrap();
        assert_eq!(body["error"]["param"], "size_bytes");
        assert_eq!(named.status, StatusCode::BAD_REQUEST);
        assert_eq!(named.error_code.as_deref(), Some("invalid_parameter"));
    }

    #[test]
    fn xml_messages_are_escaped() {
        assert_eq!(xml_escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
    }
}
