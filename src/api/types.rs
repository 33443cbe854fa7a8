//! The typed parts of HeyGen's answers that the tool acts on. Everything else is passed
//! through to `--json` output untouched.

use serde_json::Value;

use crate::error::{Failure, Result};

/// The answer to `POST /v3/assets/direct-uploads`.
#[derive(Debug, Clone)]
pub struct DirectUpload {
    pub asset_id: String,
    pub upload_url: String,
    /// Exactly the headers storage signed, values as strings.
    pub upload_headers: Vec<(String, String)>,
    pub expires_in_seconds: Option<u64>,
    pub max_bytes: Option<u64>,
    /// The whole answer, for output.
    pub answer: Value,
}

impl DirectUpload {
    pub fn from_answer(answer: Value) -> Result<DirectUpload> {
        let data = &answer["data"];
        let text = |name: &str| {
            data.get(name)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .ok_or_else(|| malformed(&format!("no \"{name}\" string")))
        };
        let asset_id = text("asset_id")?;
        let upload_url = text("upload_url")?;
        let headers = match data.get("upload_headers") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Object(map)) => map
                .iter()
                .map(|(name, value)| Ok((name.clone(), header_value(name, value)?)))
                .collect::<Result<_>>()?,
            Some(_) => return Err(malformed("\"upload_headers\" is not an object")),
        };
        Ok(DirectUpload {
            asset_id,
            upload_url,
            upload_headers: headers,
            expires_in_seconds: data.get("expires_in_seconds").and_then(Value::as_u64),
            max_bytes: data.get("max_bytes").and_then(Value::as_u64),
            answer,
        })
    }

    /// The answer without the upload URL and headers: what `--no-complete` prints, since the
    /// URL's query string is a credential.
    pub fn public_answer(&self) -> Value {
        let mut answer = self.answer.clone();
        if let Some(data) = answer.get_mut("data").and_then(Value::as_object_mut) {
            data.remove("upload_url");
            data.remove("upload_headers");
        }
        answer
    }
}

/// Header values are strings; numbers and booleans are coerced as HeyGen's own client does.
fn header_value(name: &str, value: &Value) -> Result<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        _ => Err(malformed(&format!(
            "upload header {:?} is not a string",
            crate::output::sanitize(name)
        ))),
    }
}

fn malformed(what: &str) -> Failure {
    Failure::remote(format!(
        "HeyGen's direct-upload answer is malformed ({what}); nothing was uploaded, try again"
    ))
}
