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

    /// The first 16 hex digits of the key's SHA-256: names the key in records kept on disk
    /// (resume and reuse records) without storing it.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(self.0.as_bytes()))[..16].to_string()
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
pub fn cleartext_allowed(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// What `redact_url` puts after the `?`.
const REDACTED_QUERY: &str = "<redacted>";
/// Characters that end a URL quoted in prose rather than belong to it.
const TRAILING: &[char] = &[')', ']', '}', ';', ',', '.', ':', '!'];

/// A URL fit for printing: the query string of a presigned URL is its credential (and a
/// fragment could hold one too).
pub fn redact_url(url: &str) -> String {
    let shown = match url.find(['?', '#']) {
        Some(end) => format!("{}?{REDACTED_QUERY}", &url[..end]),
        None => url.to_string(),
    };
    without_userinfo(&shown)
}

/// `https://user:password@host/...` shown as `https://<redacted>@host/...`.
fn without_userinfo(url: &str) -> String {
    let Some(start) = url.find("://").map(|at| at + 3) else {
        return url.to_string();
    };
    let authority_end = url[start..].find('/').map_or(url.len(), |at| start + at);
    match url[start..authority_end].rfind('@') {
        Some(at) => format!(
            "{}{REDACTED_QUERY}@{}",
            &url[..start],
            &url[start + at + 1..]
        ),
        None => url.to_string(),
    }
}

/// The values in a URL's query string that are credentials: any parameter named like a
/// signature, token, credential, key or policy, and any long value (a signature or token by
/// another name). Scrubbed from whatever an answer to that URL says.
pub fn url_secrets(url: &url::Url) -> Vec<String> {
    const NAMES: [&str; 6] = ["sig", "token", "credential", "key", "policy", "auth"];
    let mut secrets: Vec<String> = url
        .query_pairs()
        .filter(|(name, value)| {
            let name = name.to_ascii_lowercase();
            value.len() >= 32 || (value.len() >= 6 && NAMES.iter().any(|n| name.contains(n)))
        })
        .map(|(_, value)| value.into_owned())
        .collect();
    // The longest first, so that a secret holding another is replaced whole.
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    secrets.dedup();
    secrets
}

/// Removes every secret from a piece of text that is about to be shown: the key, and the query
/// string of every URL in it.
pub fn scrub(text: &str, key: Option<&ApiKey>) -> String {
    scrub_all(text, key, &[])
}

/// `scrub`, also removing `others` (the secrets of a presigned URL, from `url_secrets`).
pub fn scrub_all(text: &str, key: Option<&ApiKey>, others: &[String]) -> String {
    let mut out = text.to_string();
    let secrets = key
        .map(ApiKey::expose)
        .into_iter()
        .chain(others.iter().map(String::as_str));
    for secret in secrets.filter(|s| !s.is_empty()) {
        if out.contains(secret) {
            out = out.replace(secret, "(redacted)");
        }
    }
    redact_urls(&out)
}

/// Replaces the query string of every URL in `text` (`http://` or `https://`, in any case), in
/// one pass whatever the text holds.
fn redact_urls(text: &str) -> String {
    // ASCII lowercasing keeps every byte offset.
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let (mut copied, mut from) = (0, 0);
    while let Some(found) = lower[from..].find("http") {
        let start = from + found;
        let rest = &lower[start + 4..];
        if !(rest.starts_with("://") || rest.starts_with("s://")) {
            from = start + 4;
            continue;
        }
        let mut end = start + text[start..].find(url_end).unwrap_or(text.len() - start);
        // Punctuation that ends a sentence or a bracket is prose, not URL.
        end = start + text[start..end].trim_end_matches(TRAILING).len();
        let url = &text[start..end];
        out.push_str(&text[copied..start]);
        if url.ends_with('?') && text[end..].starts_with(REDACTED_QUERY) {
            // Already redacted: kept as it is.
            end += REDACTED_QUERY.len();
            out.push_str(&text[start..end]);
        } else {
            out.push_str(&redact_url(url));
        }
        (copied, from) = (end, end);
    }
    out.push_str(&text[copied..]);
    out
}

/// An answer body fit for a trace: JSON is read and written again, so that escapes such as
/// `https:\/\/` or `\u0026` cannot hide a URL or a key from `scrub_all`, and every string in
/// it is scrubbed; anything else is scrubbed as text (invalid UTF-8 replaced).
pub fn scrub_body(body: &[u8], key: Option<&ApiKey>, others: &[String]) -> String {
    let text = String::from_utf8_lossy(body);
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(mut value) => {
            scrub_value(&mut value, key, others);
            value.to_string()
        }
        Err(_) => scrub_all(&text, key, others),
    }
}

/// Scrubs every string (and object key) inside a JSON value.
pub fn scrub_value(value: &mut serde_json::Value, key: Option<&ApiKey>, others: &[String]) {
    use serde_json::Value;
    match value {
        Value::String(text) => *text = scrub_all(text, key, others),
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| scrub_value(item, key, others)),
        Value::Object(map) => {
            let entries = std::mem::take(map);
            for (name, mut item) in entries {
                scrub_value(&mut item, key, others);
                map.insert(scrub_all(&name, key, others), item);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// The text with the key replaced, and nothing else changed (URLs keep their query strings):
/// for answers the tool acts on, in case a server echoes the key back.
pub fn hide_key(text: &str, key: &ApiKey) -> String {
    match key.expose() {
        "" => text.to_string(),
        secret => text.replace(secret, "(redacted)"),
    }
}

/// `hide_key` for every string (and object key) inside a JSON value.
pub fn hide_key_in_value(value: &mut serde_json::Value, key: &ApiKey) {
    use serde_json::Value;
    match value {
        Value::String(text) if !key.expose().is_empty() && text.contains(key.expose()) => {
            *text = hide_key(text, key);
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| hide_key_in_value(item, key)),
        Value::Object(map) if !key.expose().is_empty() => {
            let entries = std::mem::take(map);
            for (name, mut item) in entries {
                hide_key_in_value(&mut item, key);
                map.insert(hide_key(&name, key), item);
            }
        }
        _ => {}
    }
}

/// Where a URL ends inside JSON, XML or prose.
fn url_end(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_a_url_is_never_shown() {
        assert_eq!(
            redact_url("http://u:sekritpw@127.0.0.1:1/v3/assets?X-Amz-Signature=abc"),
            "http://<redacted>@127.0.0.1:1/v3/assets?<redacted>"
        );
        assert_eq!(redact_url("https://h/a@b"), "https://h/a@b");
    }

    #[test]
    fn fingerprint_is_the_start_of_the_sha256() {
        // printf sandbox | sha256sum
        assert_eq!(ApiKey::new("sandbox").fingerprint().len(), 16);
        assert_ne!(
            ApiKey::new("a").fingerprint(),
            ApiKey::new("b").fingerprint()
        );
        assert_eq!(ApiKey::new("abc").fingerprint(), "ba7816bf8f01cfea");
    }

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

    #[test]
    fn scrub_finds_urls_in_any_case_and_the_signatures_of_the_url_sent() {
        let url = url::Url::parse(
            "https://b.example/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=SIG0123456789\
             &X-Amz-Expires=3600&X-Amz-SignedHeaders=host",
        )
        .unwrap();
        let secrets = url_secrets(&url);
        assert_eq!(secrets, ["SIG0123456789"]);
        let xml = "<SignatureProvided>SIG0123456789</SignatureProvided> at HTTPS://b.example/k?a=b";
        let out = scrub_all(xml, None, &secrets);
        assert_eq!(
            out,
            "<SignatureProvided>(redacted)</SignatureProvided> at HTTPS://b.example/k?<redacted>"
        );
    }

    #[test]
    fn scrub_body_sees_through_json_escapes() {
        let key = ApiKey::new("sk_live_123");
        let body = br#"{"u":"https:\/\/s3.example\/a?X-Amz-Signature=abc","k":"sk\u005flive_123"}"#;
        let out = scrub_body(body, Some(&key), &[]);
        assert!(!out.contains("abc") && !out.contains("live_123"), "{out}");
        let html = scrub_body(b"<p>\xff sk_live_123</p>", Some(&key), &[]);
        assert_eq!(html, "<p>\u{fffd} (redacted)</p>");
    }

    proptest::proptest! {
        #[test]
        fn scrub_never_shows_a_key_or_a_query_string(
            before in ".*",
            after in "[^?#]*",
            secret in "[A-Za-z0-9=&%_-]{1,40}",
            scheme in "[hH][tT][tT][pP][sS]?",
        ) {
            let key = ApiKey::new("sk_PROP_KEY_0042");
            let text = format!("{before}{scheme}://h.example/p?{secret}Z\n{}{after}", key.expose());
            let out = scrub_all(&text, Some(&key), &[]);
            proptest::prop_assert!(!out.contains(key.expose()));
            let marked = format!("{secret}Z");
            proptest::prop_assert!(!out.contains(&marked), "{out:?}");
            let body = scrub_body(text.as_bytes(), Some(&key), &[]);
            proptest::prop_assert!(!body.contains(key.expose()));
        }
    }

    #[test]
    fn scrub_keeps_prose_around_a_url_and_redacts_once() {
        let text = "(see https://h/p?sig=1); or http://h/q?<redacted>, or HTTP://h/r?x.";
        assert_eq!(
            scrub(text, None),
            "(see https://h/p?<redacted>); or http://h/q?<redacted>, or HTTP://h/r?<redacted>."
        );
        assert_eq!(scrub(&scrub(text, None), None), scrub(text, None));
    }

    #[test]
    fn redact_url_drops_query_and_fragment() {
        assert_eq!(redact_url("https://h/p#t=1"), "https://h/p?<redacted>");
        assert_eq!(redact_url("https://h/p"), "https://h/p");
    }
}
