//! The presigned PUT to storage: the URL exactly as given, exactly the signed headers, the
//! file streamed with its length. The API key is never attached here: the signature in the
//! URL is the credential, and storage is not HeyGen's API.

use reqwest::Url;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};

use crate::api::DirectUpload;
use crate::error::{Failure, Result};
use crate::http::{Activity, Answer, Http};
use crate::input::LocalFile;
use crate::output::sanitize;
use crate::transfer::{body, progress};

pub async fn put(
    http: &Http,
    upload: &DirectUpload,
    file: &LocalFile,
    show_progress: bool,
) -> Result<()> {
    let url = upload_url(&upload.upload_url)?;
    let headers = signed_headers(upload, file)?;
    let sent: Vec<String> = headers.keys().map(|n| n.as_str().to_string()).collect();
    let activity = Activity::default();
    let bar = progress::file_bar(show_progress, &file.name, file.size);
    let body = body::file_body(file, bar.clone(), activity.clone()).await?;
    let request = http.client().put(url).headers(headers).body(body);
    let answer = http.send(request, &activity).await;
    bar.finish_and_clear();
    let answer = answer?;
    if answer.status.is_success() {
        Ok(())
    } else {
        Err(storage_failure(&answer, &sent))
    }
}

/// Only http(s): a `file:` or other scheme from a server is never followed.
fn upload_url(raw: &str) -> Result<Url> {
    let bad = |why: &str| {
        Failure::remote(format!(
            "HeyGen's upload_url {why}; nothing was uploaded, try again"
        ))
    };
    let url = Url::parse(raw).map_err(|_| bad("is not a URL"))?;
    match url.scheme() {
        "http" | "https" => Ok(url),
        _ => Err(bad("is not an http(s) URL")),
    }
}

/// `upload_headers` as given, Content-Length once (from the file), and the declared
/// Content-Type when storage did not sign one, as HeyGen's own client does.
fn signed_headers(upload: &DirectUpload, file: &LocalFile) -> Result<HeaderMap> {
    let mut headers = HeaderMap::new();
    for (name, value) in &upload.upload_headers {
        let bad = || {
            Failure::remote(format!(
                "HeyGen's upload header {:?} is not a valid HTTP header; nothing was uploaded",
                sanitize(name)
            ))
        };
        let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| bad())?;
        if header == CONTENT_LENGTH {
            continue;
        }
        headers.append(header, HeaderValue::from_str(value).map_err(|_| bad())?);
    }
    if !headers.contains_key(CONTENT_TYPE) {
        let declared = HeaderValue::from_str(&file.content_type)
            .map_err(|_| Failure::input(format!("{:?} is not a MIME type", file.content_type)))?;
        headers.insert(CONTENT_TYPE, declared);
    }
    headers.insert(CONTENT_LENGTH, HeaderValue::from(file.size));
    Ok(headers)
}

/// Storage answers S3-style XML: `<Error><Code>..</Code><Message>..</Message></Error>`.
fn storage_failure(answer: &Answer, sent: &[String]) -> Failure {
    let text = answer.text();
    let code = xml_field(&text, "Code");
    let message = xml_field(&text, "Message");
    let detail = [code.as_deref(), message.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(": ");
    let mut explanation = format!(
        "storage refused the upload ({} {})",
        answer.status.as_u16(),
        if detail.is_empty() {
            "no details"
        } else {
            &detail
        }
    );
    explanation.push_str(&match code.as_deref() {
        Some("SignatureDoesNotMatch") => format!(
            "; the headers sent were {}, which must match the signed upload_headers",
            sent.join(", ")
        ),
        Some("AccessDenied") if message.as_deref() == Some("Request has expired") => {
            "; the upload URL expired, run the upload again for a fresh one".to_string()
        }
        _ => "; run the upload again".to_string(),
    });
    let failure = Failure::remote(sanitize(&explanation));
    match code {
        Some(code) => failure.with_code(sanitize(&code)),
        None => failure.with_code(format!("http_{}", answer.status.as_u16())),
    }
}

fn xml_field(text: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    let start = text.find(&open)? + open.len();
    let end = start + text[start..].find(&format!("</{tag}>"))?;
    Some(text[start..end].trim().to_string()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_s3_error_fields() {
        let xml =
            "<?xml version=\"1.0\"?><Error><Code>BadDigest</Code><Message>no</Message></Error>";
        assert_eq!(xml_field(xml, "Code").as_deref(), Some("BadDigest"));
        assert_eq!(xml_field(xml, "Message").as_deref(), Some("no"));
        assert_eq!(xml_field(xml, "RequestId"), None);
    }

    #[test]
    fn refuses_non_http_upload_urls() {
        assert!(upload_url("file:///etc/passwd").is_err());
        assert!(upload_url("https://bucket.s3.amazonaws.com/k?X-Amz-Signature=1").is_ok());
    }
}
