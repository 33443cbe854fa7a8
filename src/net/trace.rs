//! What `-v` shows of a request and its answer: never a credential, a key or a signature.

use crate::net::answer::Answer;
use crate::net::http::{HeaderMap, Http};
use crate::util::secret::{ApiKey, redact_url, scrub_all, scrub_body};
use crate::util::text::sanitize;

/// How much of an answer `-v` shows.
const TRACE_BODY_CHARS: usize = 4000;

impl Http {
    pub(super) fn trace_request(&self, request: &reqwest::Request) {
        if !self.verbose {
            return;
        }
        let mut lines = vec![format!(
            "> {} {}",
            request.method(),
            redact_url(request.url().as_str())
        )];
        if let Some(proxy) = self.proxy.proxy_for(request.url()) {
            lines.push(format!(
                "* through the proxy {}",
                crate::net::proxy::shown(&proxy)
            ));
        }
        lines.extend(trace_headers(
            '>',
            request.headers(),
            self.key.as_ref(),
            &[],
        ));
        self.report.trace(&lines);
    }

    /// The answer, without the key or the secrets of the URL asked (`url_secrets`), which a
    /// storage error may quote (S3's `<SignatureProvided>`).
    pub(super) fn trace_answer(&self, answer: &Answer, secrets: &[String]) {
        if !self.verbose {
            return;
        }
        let mut lines = vec![format!("< {}", answer.status)];
        lines.extend(trace_headers(
            '<',
            &answer.headers,
            self.key.as_ref(),
            secrets,
        ));
        let text = scrub_body(&answer.body, self.key.as_ref(), secrets);
        if !text.is_empty() {
            let shown: String = text.chars().take(TRACE_BODY_CHARS).collect();
            lines.push(format!("< {}", sanitize(&shown)));
        }
        self.report.trace(&lines);
    }
}

/// Each header on a line: credentials redacted by name, and every other value scrubbed of the
/// key and of `secrets` (a hostile `Location` may quote them) and of URL query strings.
fn trace_headers(
    direction: char,
    headers: &HeaderMap,
    key: Option<&ApiKey>,
    secrets: &[String],
) -> Vec<String> {
    let mut lines = Vec::new();
    for (name, value) in headers {
        let value = match name.as_str() {
            "x-api-key"
            | "authorization"
            | "proxy-authorization"
            | "cookie"
            | "set-cookie"
            | "x-amz-security-token" => "(redacted)".to_string(),
            _ => scrub_all(&String::from_utf8_lossy(value.as_bytes()), key, secrets),
        };
        lines.push(format!("{direction} {name}: {}", sanitize(&value)));
    }
    lines
}
