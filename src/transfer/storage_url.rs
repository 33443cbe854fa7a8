//! The rule for URLs HeyGen hands out for storage (an upload URL, a finished video's URL):
//! https, or plain http only to this machine; any other scheme is never followed.

use url::Url;

use crate::error::{Failure, Result};

/// Checks `raw`, the answer's field `field`; `consequence` says what was not done (`nothing
/// was uploaded`). Messages never quote the URL, whose query string is a credential.
pub fn check(raw: &str, field: &str, consequence: &str) -> Result<Url> {
    let bad =
        |why: &str| Failure::remote(format!("HeyGen's {field} {why}; {consequence}, try again"));
    let url = Url::parse(raw).map_err(|_| bad("is not a URL"))?;
    match url.scheme() {
        "https" => Ok(url),
        "http" if crate::util::secret::cleartext_allowed(&url) => Ok(url),
        "http" => Err(bad(
            "uses plain http to another machine, which would expose the file and the signature",
        )),
        _ => Err(bad("is not an http(s) URL")),
    }
}
