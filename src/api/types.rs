//! The typed parts of HeyGen's answers that the tool acts on. Everything else is passed
//! through to `--json` output untouched.

use serde_json::Value;

use crate::error::{Failure, Result};
use crate::util::text::{is_id, one_line};

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
        if !data.is_object() {
            return Err(malformed("no \"data\" object"));
        }
        let asset_id = text("asset_id")?;
        if !is_id(&asset_id) {
            return Err(malformed(
                "\"asset_id\" is not an id of letters, digits, '_' and '-'",
            ));
        }
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
    /// URL's query string is a credential. Whatever else quotes the URL loses its secrets too.
    pub fn public_answer(&self) -> Value {
        let mut answer = self.answer.clone();
        if let Some(data) = answer.get_mut("data").and_then(Value::as_object_mut) {
            data.remove("upload_url");
            data.remove("upload_headers");
        }
        let secrets = url::Url::parse(&self.upload_url)
            .map(|url| crate::util::secret::url_secrets(&url))
            .unwrap_or_default();
        crate::util::secret::scrub_value(&mut answer, None, &secrets);
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
            "upload header \"{}\" is not a string",
            one_line(name)
        ))),
    }
}

fn malformed(what: &str) -> Failure {
    Failure::remote(format!(
        "HeyGen's direct-upload answer is malformed ({what}); nothing was uploaded, try again"
    ))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn refused(data: Value) -> String {
        DirectUpload::from_answer(json!({ "data": data }))
            .expect_err("a malformed answer")
            .message
    }

    #[test]
    fn missing_and_mistyped_fields_are_named() {
        let url = "https://s3.example/k?X-Amz-Signature=1";
        assert!(refused(json!({})).contains("no \"asset_id\" string"));
        assert!(refused(json!({"asset_id": 42, "upload_url": url})).contains("\"asset_id\""));
        assert!(refused(json!({"asset_id": "ast_1", "upload_url": ["x"]})).contains("upload_url"));
        assert!(
            refused(json!({"asset_id": "ast_1", "upload_url": url, "upload_headers": "x"}))
                .contains("not an object")
        );
        let nested = refused(json!({"asset_id": "ast_1", "upload_url": url,
                                    "upload_headers": {"x-\u{1b}[2J": {"a": 1}}}));
        assert!(
            nested.contains("x-\\u{1b}[2J") && nested.contains("not a string"),
            "{nested}"
        );
        for id in [
            "../../v3/avatars",
            "ast_1?x=1",
            "ast 1",
            "ast_\u{1b}[2J",
            "ast_1/complete",
        ] {
            assert!(
                refused(json!({"asset_id": id, "upload_url": url})).contains("asset_id"),
                "{id}"
            );
        }
    }

    #[test]
    fn header_values_are_coerced_like_heygens_client() {
        let upload = DirectUpload::from_answer(json!({"data": {
            "asset_id": "ast_1", "upload_url": "https://s3.example/k",
            "upload_headers": {"content-type": "video/mp4", "x-n": 3, "x-b": true},
        }}))
        .unwrap();
        let mut headers = upload.upload_headers.clone();
        headers.sort();
        assert_eq!(
            headers,
            [
                ("content-type".to_string(), "video/mp4".to_string()),
                ("x-b".to_string(), "true".to_string()),
                ("x-n".to_string(), "3".to_string()),
            ]
        );
    }
}
