//! Transport errors as failures: which are worth retrying, and what they say without a URL's
//! secrets.

use std::time::Duration;

use url::Url;

use crate::error::{Failure, Kind};
use crate::util::secret::{redact_url, scrub};

/// reqwest's errors embed the URL, and a presigned URL's query string is a credential: the
/// URL is dropped and the causes are spelled out instead.
/// `proxy`: the proxy the request went through, if any, named when it cannot be reached.
pub(super) fn transport_failure(error: &reqwest::Error, proxy: Option<&Url>) -> Failure {
    let host = error
        .url()
        .map(host_port)
        .unwrap_or_else(|| "the server".to_string());
    let mut causes = Vec::new();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        causes.push(cause.to_string());
        source = cause.source();
    }
    // Whatever a cause says, a URL in it loses its query string.
    let cause = scrub(
        &causes.last().cloned().unwrap_or_else(|| error.to_string()),
        None,
    );
    // A certificate the trusted roots do not vouch for stays so: no retry.
    if let Some(problem) = crate::net::tls::certificate_problem(error) {
        return Failure::remote(format!(
            "cannot trust the certificate of {host} ({problem}); if your network inspects TLS, \
             point SSL_CERT_FILE at its CA bundle"
        ));
    }
    // Every other transport failure is a transient one as far as `send` knows: it retries them.
    let failure = if error.is_timeout() {
        Failure::new(Kind::Timeout, format!("{host} timed out ({cause})"))
    } else if let (true, Some(proxy)) = (error.is_connect(), proxy) {
        Failure::remote(format!(
            "cannot connect to {host} through the proxy {} ({cause}); check the proxy \
             variables (https_proxy, all_proxy, no_proxy) and the network",
            crate::net::proxy::shown(proxy)
        ))
    } else if error.is_connect() {
        Failure::remote(format!(
            "cannot connect to {host} ({cause}); check the base URL and the network"
        ))
    } else {
        Failure::remote(format!("the connection to {host} failed ({cause})"))
    };
    failure.transient()
}

/// The URL as retry notes show it: no query string (a presigned URL's is a credential), no
/// user name or password.
pub(super) fn without_query(url: &reqwest::Url) -> String {
    let mut url = url.clone();
    url.set_query(None);
    redact_url(url.as_str())
}

/// `host:port` (the port only when the URL names one), as failures name a server.
pub fn host_port(url: &Url) -> String {
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    format!("{}{port}", url.host_str().unwrap_or("the server"))
}

/// Nothing moved for `limit`: the transfer is given up, and may be tried again.
pub fn stalled(limit: Duration) -> Failure {
    Failure::new(
        Kind::Timeout,
        format!(
            "no byte moved for {} s, so the transfer was given up; check the network and \
             try again (--timeout sets the limit)",
            limit.as_secs()
        ),
    )
    .transient()
}
