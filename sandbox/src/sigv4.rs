//! AWS Signature Version 4 for S3: presigned URLs and the `Authorization` header.
//!
//! Hand-written from AWS's published algorithm because the maintained crate (aws-sigv4) brings
//! in the AWS SDK's runtime crates; the tests below replay AWS's own worked examples.

use hmac::{Hmac, KeyInit, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use sha2::{Digest, Sha256};

pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";
/// What a presigned URL signs in place of the body, which is unknown when signing.
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
const SERVICE: &str = "s3";

/// Who signs, and for which region.
pub struct Signer<'a> {
    pub access_key: &'a str,
    pub secret_key: &'a str,
    pub region: &'a str,
}

/// A request as SigV4 sees it.
pub struct Request<'a> {
    pub method: &'a str,
    /// Already encoded as it goes on the wire (see [`encode_path`]).
    pub path: &'a str,
    /// Decoded query parameters.
    pub query: &'a [(String, String)],
    /// The signed headers: lowercase names and their values.
    pub headers: &'a [(&'a str, String)],
    /// Hex SHA-256 of the body, or [`UNSIGNED_PAYLOAD`].
    pub payload_hash: &'a str,
}

impl Signer<'_> {
    fn scope(&self, amz_date: &str) -> String {
        let day = amz_date.get(..8).unwrap_or(amz_date);
        format!("{day}/{}/{SERVICE}/aws4_request", self.region)
    }

    /// Lowercase hex signature of `request` at `amz_date` (`YYYYMMDDTHHMMSSZ`).
    pub fn signature(&self, request: &Request, amz_date: &str) -> String {
        let day = amz_date.get(..8).unwrap_or(amz_date);
        let mut key = hmac(format!("AWS4{}", self.secret_key).as_bytes(), day);
        for part in [self.region, SERVICE, "aws4_request"] {
            key = hmac(&key, part);
        }
        let string_to_sign = format!(
            "{ALGORITHM}\n{amz_date}\n{}\n{}",
            self.scope(amz_date),
            hex::encode(Sha256::digest(canonical_request(request)))
        );
        hex::encode(hmac(&key, &string_to_sign))
    }

    /// The query string of a presigned URL for `method` on `path`, signature last. The
    /// signed headers must be sent with exactly these values; `host` must be among them.
    pub fn presign(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, String)],
        amz_date: &str,
        expires_secs: u64,
    ) -> String {
        let mut query = vec![
            ("X-Amz-Algorithm".to_string(), ALGORITHM.to_string()),
            (
                "X-Amz-Credential".to_string(),
                format!("{}/{}", self.access_key, self.scope(amz_date)),
            ),
            ("X-Amz-Date".to_string(), amz_date.to_string()),
            ("X-Amz-Expires".to_string(), expires_secs.to_string()),
            ("X-Amz-SignedHeaders".to_string(), signed_names(headers)),
        ];
        let signature = self.signature(
            &Request {
                method,
                path,
                query: &query,
                headers,
                payload_hash: UNSIGNED_PAYLOAD,
            },
            amz_date,
        );
        query.push(("X-Amz-Signature".to_string(), signature));
        query
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k, false), encode(v, false)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The `Authorization` header value for `request`; its headers must include `x-amz-date`
    /// (equal to `amz_date`) and, for S3, `x-amz-content-sha256`.
    pub fn authorization(&self, request: &Request, amz_date: &str) -> String {
        format!(
            "{ALGORITHM} Credential={}/{}, SignedHeaders={}, Signature={}",
            self.access_key,
            self.scope(amz_date),
            signed_names(request.headers),
            self.signature(request, amz_date)
        )
    }
}

fn hmac(key: &[u8], data: &str) -> Vec<u8> {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(data.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

fn sorted_headers<'a>(headers: &'a [(&'a str, String)]) -> Vec<(String, String)> {
    let mut sorted: Vec<(String, String)> = headers
        .iter()
        .map(|(name, value)| {
            // Canonical values are trimmed, with inner runs of spaces collapsed.
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            (name.to_ascii_lowercase(), value)
        })
        .collect();
    sorted.sort();
    sorted
}

fn signed_names(headers: &[(&str, String)]) -> String {
    sorted_headers(headers)
        .into_iter()
        .map(|(name, _)| name)
        .collect::<Vec<_>>()
        .join(";")
}

fn canonical_request(request: &Request) -> String {
    let mut query: Vec<(String, String)> = request
        .query
        .iter()
        .map(|(k, v)| (encode(k, false), encode(v, false)))
        .collect();
    query.sort();
    let query: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let headers: String = sorted_headers(request.headers)
        .iter()
        .map(|(name, value)| format!("{name}:{value}\n"))
        .collect();
    format!(
        "{}\n{}\n{}\n{headers}\n{}\n{}",
        request.method,
        request.path,
        query.join("&"),
        signed_names(request.headers),
        request.payload_hash
    )
}

/// An object path as S3 signs it: each segment encoded once, slashes kept.
pub fn encode_path(path: &str) -> String {
    encode(path, true)
}

/// The sandbox's one percent-encoder, for query values, names and headers: everything but
/// RFC 3986 unreserved characters.
pub fn percent_encode(text: &str) -> String {
    encode(text, false)
}

/// RFC 3986's unreserved characters are kept; everything else is encoded.
const RESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// The same, keeping the slashes of a path.
const RESERVED_IN_PATH: &AsciiSet = &RESERVED.remove(b'/');

/// SigV4's URI encoding: everything but RFC 3986 unreserved characters (and, in paths, `/`).
fn encode(text: &str, keep_slash: bool) -> String {
    let set = match keep_slash {
        true => RESERVED_IN_PATH,
        false => RESERVED,
    };
    utf8_percent_encode(text, set).to_string()
}

#[cfg(test)]
mod tests {
    //! AWS's worked examples: "Authenticating Requests: Using Query Parameters" and
    //! "Signature Calculation Examples" (header-based) in the Amazon S3 API reference.

    use super::*;

    const EXAMPLE: Signer = Signer {
        access_key: "AKIAIOSFODNN7EXAMPLE",
        secret_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        region: "us-east-1",
    };
    const DATE: &str = "20130524T000000Z";
    const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    #[test]
    fn presigned_get_object_example() {
        let headers = [("host", "examplebucket.s3.amazonaws.com".to_string())];
        let query = EXAMPLE.presign("GET", "/test.txt", &headers, DATE, 86_400);
        assert_eq!(
            query,
            "X-Amz-Algorithm=AWS4-HMAC-SHA256\
             &X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request\
             &X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host\
             &X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
        );
    }

    #[test]
    fn header_signed_get_object_example() {
        let headers = [
            ("host", "examplebucket.s3.amazonaws.com".to_string()),
            ("range", "bytes=0-9".to_string()),
            ("x-amz-content-sha256", EMPTY_SHA256.to_string()),
            ("x-amz-date", DATE.to_string()),
        ];
        let request = Request {
            method: "GET",
            path: "/test.txt",
            query: &[],
            headers: &headers,
            payload_hash: EMPTY_SHA256,
        };
        assert_eq!(
            hex::encode(Sha256::digest(canonical_request(&request))),
            "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"
        );
        assert_eq!(
            EXAMPLE.authorization(&request, DATE),
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, \
             SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, \
             Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
        );
    }

    #[test]
    fn header_signed_put_object_example() {
        // The key `test$file.text` also checks path encoding.
        let payload = "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072";
        let headers = [
            ("date", "Fri, 24 May 2013 00:00:00 GMT".to_string()),
            ("host", "examplebucket.s3.amazonaws.com".to_string()),
            ("x-amz-date", DATE.to_string()),
            ("x-amz-storage-class", "REDUCED_REDUNDANCY".to_string()),
            ("x-amz-content-sha256", payload.to_string()),
        ];
        let request = Request {
            method: "PUT",
            path: &encode_path("/test$file.text"),
            query: &[],
            headers: &headers,
            payload_hash: payload,
        };
        assert_eq!(
            EXAMPLE.signature(&request, DATE),
            "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"
        );
    }

    #[test]
    fn header_values_are_trimmed_and_names_sorted() {
        let headers = [
            ("X-Amz-Meta-B", "  two   words ".to_string()),
            ("host", "h".to_string()),
        ];
        assert_eq!(signed_names(&headers), "host;x-amz-meta-b");
        assert_eq!(
            sorted_headers(&headers),
            [
                ("host".to_string(), "h".to_string()),
                ("x-amz-meta-b".to_string(), "two words".to_string())
            ]
        );
    }

    #[test]
    fn paths_keep_slashes_and_encode_the_rest() {
        assert_eq!(encode_path("/b/a b+é~.mp4"), "/b/a%20b%2B%C3%A9~.mp4");
        assert_eq!(encode("a/b=c", false), "a%2Fb%3Dc");
    }
}
