//! The presigned PUT to storage: the URL exactly as given, exactly the signed headers, the
//! file streamed with its length. The API key is never attached here: the signature in the
//! URL is the credential, and storage is not HeyGen's API.

use url::Url;

use crate::error::{Failure, Result};
use crate::net::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use crate::net::http::{Answer, HeaderMap, HeaderName, HeaderValue, Http, Method, Request};
use crate::transfer::body::FileBody;
use crate::transfer::local_file::LocalFile;
use crate::util::secret::{scrub_all, url_secrets};
use crate::util::text::one_line;

/// How a PUT ended when storage did not store the bytes but a fresh URL may.
#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    Yes,
    /// The URL expired (storage said so): a fresh init gives a new one.
    UrlExpired,
}

/// PUTs the file (retried from byte 0 by `Http::send` after transient failures).
pub async fn put(
    http: &Http,
    url: &str,
    upload_headers: &[(String, String)],
    file: &LocalFile,
    source: &FileBody<'_>,
) -> Result<Stored> {
    let url = upload_url(url)?;
    let headers = signed_headers(upload_headers, file)?;
    let sent: Vec<String> = headers.keys().map(|n| n.as_str().to_string()).collect();
    let answer = http
        .send(|| {
            let (body, activity) = source.open()?;
            Ok(Request::to(Method::PUT, url.clone())
                .headers(headers.clone())
                .stream(body, activity))
        })
        .await;
    source.finish(answer.as_ref().is_ok_and(|a| a.status.is_success()));
    let answer = answer?;
    if answer.status.is_success() {
        source.check_unchanged()?;
        return Ok(Stored::Yes);
    }
    let mut failure = storage_failure(&answer, &sent);
    // Storage may quote the URL or the signature it was given (S3's `<SignatureProvided>`).
    let secrets = url_secrets(&url);
    failure.message = scrub_all(&failure.message, None, &secrets);
    failure.code = failure.code.map(|code| scrub_all(&code, None, &secrets));
    if failure.code.as_deref() == Some("AccessDenied") && failure.message.contains(EXPIRED) {
        return Ok(Stored::UrlExpired);
    }
    Err(failure)
}

/// S3's message for a presigned URL used after its expiry.
const EXPIRED: &str = "Request has expired";

/// Only http(s), and plain http only to this machine.
fn upload_url(raw: &str) -> Result<Url> {
    super::storage_url::check(raw, "upload_url", "nothing was uploaded")
}

/// `upload_headers` as given, Content-Length once (from the file), and the declared
/// Content-Type when storage did not sign one, as HeyGen's own client does.
fn signed_headers(upload_headers: &[(String, String)], file: &LocalFile) -> Result<HeaderMap> {
    let mut headers = HeaderMap::new();
    for (name, value) in upload_headers {
        let bad = || {
            Failure::remote(format!(
                "HeyGen's upload header \"{}\" is not a valid HTTP header; nothing was uploaded",
                one_line(name)
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

/// Storage answers S3-style XML: `<Error><Code>..</Code><Message>..</Message></Error>`. A
/// redirect is refused, never followed: it would send the file somewhere nobody signed for.
fn storage_failure(answer: &Answer, sent: &[String]) -> Failure {
    if let Some(target) = answer.redirect_target() {
        return Failure::remote(format!(
            "storage answered {}, redirecting to {}; heygen never follows redirects, so \
             nothing was uploaded; run the upload again",
            answer.status,
            one_line(&target)
        ))
        .with_code(format!("http_{}", answer.status.as_u16()));
    }
    let StorageError {
        code,
        message,
        detail,
    } = StorageError::read(&answer.text());
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
        Some("AccessDenied") if message.as_deref() == Some(EXPIRED) => {
            "; the upload URL expired, run the upload again for a fresh one".to_string()
        }
        _ => "; run the upload again".to_string(),
    });
    let failure = Failure::remote(explanation).with_status(answer.status.as_u16());
    match code {
        Some(code) => failure.with_code(code),
        None => failure.with_code(format!("http_{}", answer.status.as_u16())),
    }
}

/// What an S3-style error body says, each part on one line.
pub(super) struct StorageError {
    pub code: Option<String>,
    pub message: Option<String>,
    /// `Code: Message`, or whichever of them there is (empty with neither).
    pub detail: String,
}

impl StorageError {
    pub fn read(text: &str) -> StorageError {
        let code = xml_field(text, "Code").map(|c| one_line(&c));
        let message = xml_field(text, "Message").map(|m| one_line(&m));
        let detail = [code.as_deref(), message.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(": ");
        StorageError {
            code,
            message,
            detail,
        }
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
        assert!(upload_url("http://bucket.example.com/k").is_err());
        assert!(upload_url("http://127.0.0.2:9/k").is_ok());
        assert!(upload_url("https://bucket.s3.amazonaws.com/k?X-Amz-Signature=1").is_ok());
        for bad in [
            "ftp://127.0.0.1/k",
            "javascript:alert(1)",
            "data:,x",
            "",
            "/relative",
        ] {
            assert!(upload_url(bad).is_err(), "{bad}");
        }
        let refused = upload_url("http://example.invalid/k?X-Amz-Signature=S")
            .unwrap_err()
            .message;
        assert!(
            refused.contains("plain http") && !refused.contains("X-Amz"),
            "{refused}"
        );
    }

    fn answer(status: u16, location: Option<&str>, body: &[u8]) -> Answer {
        let mut headers = HeaderMap::new();
        if let Some(location) = location {
            headers.insert("location", HeaderValue::from_str(location).unwrap());
        }
        Answer {
            status: crate::net::http::StatusCode::from_u16(status).unwrap(),
            headers,
            body: body.to_vec(),
        }
    }

    #[test]
    fn a_redirect_from_storage_says_where_it_pointed() {
        let failure = storage_failure(
            &answer(
                307,
                Some("https://elsewhere.example/k?X-Amz-Signature=S"),
                b"",
            ),
            &[],
        );
        assert_eq!(
            failure.message,
            "storage answered 307 Temporary Redirect, redirecting to \
             https://elsewhere.example/k?<redacted>; heygen never follows redirects, so nothing \
             was uploaded; run the upload again"
        );
    }

    #[test]
    fn storage_errors_are_escaped_and_read_for_expiry() {
        let xml = b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>";
        let failure = storage_failure(&answer(403, None, xml), &[]);
        assert_eq!(failure.code.as_deref(), Some("AccessDenied"));
        assert!(failure.message.contains("expired, run the upload again"));
        let xml = b"<Error><Code>\x1b[31mX</Code><Message>a\nb\xff</Message></Error>";
        let failure = storage_failure(&answer(400, None, xml), &[]);
        assert!(
            !failure.message.chars().any(char::is_control),
            "{}",
            failure.message
        );
    }

    proptest::proptest! {
        #[test]
        fn any_storage_answer_gives_a_one_line_message(
            status in 300u16..600,
            code in proptest::option::of(".*"),
            message in proptest::option::of(".*"),
            noise in ".*",
            raw in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
        ) {
            let mut body = noise.into_bytes();
            if let Some(code) = code {
                body.extend_from_slice(format!("<Code>{code}</Code>").as_bytes());
            }
            if let Some(message) = message {
                body.extend_from_slice(format!("<Message>{message}").as_bytes());
                body.extend_from_slice(&raw);
                body.extend_from_slice(b"</Message>");
            }
            let failure = storage_failure(&answer(status, None, &body), &["x-a".into()]);
            proptest::prop_assert!(!failure.message.chars().any(char::is_control));
            proptest::prop_assert!(!failure.code().chars().any(char::is_control));
            proptest::prop_assert!(failure.message.len() < 8000);
        }

        #[test]
        fn xml_field_takes_any_text(text in ".*", tag in "[A-Za-z]{0,8}") {
            if let Some(field) = xml_field(&text, &tag) {
                proptest::prop_assert!(text.contains(&field));
            }
        }

        #[test]
        fn upload_url_takes_any_text(raw in ".*") {
            if let Ok(url) = upload_url(&raw) {
                proptest::prop_assert!(matches!(url.scheme(), "https" | "http"));
            }
        }
    }
}
