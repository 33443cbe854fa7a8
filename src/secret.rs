//! Secrets as types: the API key never prints itself, and presigned URLs lose their query
//! string (the signature) before they reach any output.

use std::fmt;

/// The HeyGen API key. `Debug` and `Display` print `(redacted)`, so a key cannot leak through
/// a log line or an error message by accident; `expose` is the one way to read it.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: impl Into<String>) -> Self {
        Self(key.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

/// Plain `http://` would carry the key or a presigned signature in the clear; it is allowed only
/// to this machine (127.0.0.0/8, ::1, `localhost`), where the sandbox runs.
pub fn cleartext_allowed(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// A URL fit for printing: the query string of a presigned URL is its credential.
pub fn redact_url(url: &str) -> String {
    match url.split_once('?') {
        Some((base, _)) => format!("{base}?<redacted>"),
        None => url.to_string(),
    }
}

/// Removes every secret from a piece of text that is about to be shown: the key, and the query
/// string of every URL in it.
pub fn scrub(text: &str, key: Option<&ApiKey>) -> String {
    let mut out = match key {
        Some(k) if !k.expose().is_empty() => text.replace(k.expose(), "(redacted)"),
        _ => text.to_string(),
    };
    let mut from = 0;
    while let Some(found) = find_url(&out[from..]) {
        let start = from + found;
        let end = start + out[start..].find(url_end).unwrap_or(out.len() - start);
        let url = &out[start..end];
        let redacted = redact_url(url);
        out.replace_range(start..end, &redacted);
        from = start + redacted.len();
    }
    out
}

fn find_url(text: &str) -> Option<usize> {
    [text.find("http://"), text.find("https://")]
        .into_iter()
        .flatten()
        .min()
}

/// Where a URL ends inside JSON, XML or prose.
fn url_end(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_never_formats() {
        let key = ApiKey::new("sk_live_123");
        assert_eq!(format!("{key} {key:?}"), "(redacted) (redacted)");
    }

    #[test]
    fn scrub_removes_key_and_signatures() {
        let key = ApiKey::new("sk_live_123");
        let text = r#"{"upload_url":"https://s3.example/a?X-Amz-Signature=abc","k":"sk_live_123"} see http://h/x?sig=1 ok"#;
        let out = scrub(text, Some(&key));
        assert!(!out.contains("abc") && !out.contains("sk_live_123") && !out.contains("sig=1"));
        assert!(out.contains("https://s3.example/a?<redacted>\""));
        assert!(out.ends_with("http://h/x?<redacted> ok"));
    }
}
