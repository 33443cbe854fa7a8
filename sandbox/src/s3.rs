//! A real S3-compatible bucket behind the sandbox: init presigns PUTs to it (path-style
//! `ENDPOINT/BUCKET/KEY`) and complete checks the object with a signed HEAD.

use std::fmt;
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::signing::format_amz_date;
use super::sigv4::{Request, Signer, encode_path};

/// Where and as whom the sandbox presigns uploads.
#[derive(Clone)]
pub struct S3Target {
    /// `http(s)://host[:port]`, without a path.
    pub endpoint: String,
    /// Must already exist.
    pub bucket: String,
    pub region: String,
    pub access_key: String,
    pub secret_key: String,
}

// By hand, so the secret key never lands in a debug print.
impl fmt::Debug for S3Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("S3Target")
            .field("endpoint", &self.endpoint)
            .field("bucket", &self.bucket)
            .field("region", &self.region)
            .field("access_key", &self.access_key)
            .field("secret_key", &"<redacted>")
            .finish()
    }
}

impl S3Target {
    /// Fails, saying why, when the endpoint or bucket cannot be used.
    pub fn check(&self) -> anyhow::Result<()> {
        Bucket::new(self.clone()).map(drop)
    }
}

/// What a HEAD found.
pub struct Head {
    pub size: u64,
    /// `x-amz-checksum-sha256` (base64) when the store keeps and reports it.
    pub sha256: Option<String>,
}

/// A checked target, ready to sign for.
pub struct Bucket {
    target: S3Target,
    /// `scheme://host[:port]` as it goes in URLs.
    origin: String,
    /// The `Host` header a client sends for `origin` (no port when it is the default).
    host: String,
    client: reqwest::Client,
}

impl Bucket {
    pub fn new(target: S3Target) -> anyhow::Result<Bucket> {
        let url = url::Url::parse(&target.endpoint).map_err(|e| {
            anyhow::anyhow!("the S3 endpoint {:?} is not a URL: {e}", target.endpoint)
        })?;
        let plain = matches!(url.scheme(), "http" | "https")
            && url.path() == "/"
            && url.query().is_none()
            && url.username().is_empty()
            && url.password().is_none();
        let Some(name) = url.host_str().filter(|_| plain) else {
            anyhow::bail!(
                "the S3 endpoint must look like http(s)://host[:port] with no path, got {:?}",
                target.endpoint
            );
        };
        let host = match url.port() {
            Some(port) => format!("{name}:{port}"),
            None => name.to_string(),
        };
        if target.bucket.is_empty() || target.bucket.contains('/') {
            anyhow::bail!("the S3 bucket name {:?} is not valid", target.bucket);
        }
        let mut client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30));
        // A store on this machine is never reached through a proxy.
        if matches!(url.host(), Some(url::Host::Ipv4(ip)) if ip.is_loopback())
            || matches!(url.host(), Some(url::Host::Ipv6(ip)) if ip.is_loopback())
            || name == "localhost"
        {
            client = client.no_proxy();
        }
        Ok(Bucket {
            origin: format!("{}://{host}", url.scheme()),
            host,
            target,
            client: client.build()?,
        })
    }

    pub fn name(&self) -> &str {
        &self.target.bucket
    }

    fn signer(&self) -> Signer<'_> {
        Signer {
            access_key: &self.target.access_key,
            secret_key: &self.target.secret_key,
            region: &self.target.region,
        }
    }

    fn path(&self, key: &str) -> String {
        encode_path(&format!("/{}/{key}", self.target.bucket))
    }

    /// A presigned PUT URL for `key`, binding `headers` (lowercase names) and `host`.
    pub fn presign_put(
        &self,
        key: &str,
        headers: &[(&str, String)],
        now: u64,
        ttl_secs: u64,
    ) -> String {
        let mut signed = headers.to_vec();
        signed.push(("host", self.host.clone()));
        let path = self.path(key);
        let query = self
            .signer()
            .presign("PUT", &path, &signed, &format_amz_date(now), ttl_secs);
        format!("{}{path}?{query}", self.origin)
    }

    /// HEADs `key` with a header signature, asking for the stored checksum. `Ok(None)`: no
    /// such object (yet). `Err`: the store refused or could not be reached.
    pub async fn head(&self, key: &str, now: u64) -> Result<Option<Head>, String> {
        let amz_date = format_amz_date(now);
        let empty = hex::encode(Sha256::digest(b""));
        let path = self.path(key);
        let headers = [
            ("host", self.host.clone()),
            ("x-amz-checksum-mode", "ENABLED".to_string()),
            ("x-amz-content-sha256", empty.clone()),
            ("x-amz-date", amz_date.clone()),
        ];
        let authorization = self.signer().authorization(
            &Request {
                method: "HEAD",
                path: &path,
                query: &[],
                headers: &headers,
                payload_hash: &empty,
            },
            &amz_date,
        );
        let mut request = self
            .client
            .head(format!("{}{path}", self.origin))
            .header("authorization", authorization);
        // reqwest sets Host itself, from the same URL.
        for (name, value) in headers.iter().filter(|(name, _)| *name != "host") {
            request = request.header(*name, value);
        }
        let response = request
            .send()
            .await
            .map_err(|e| format!("HEAD failed: {e}"))?;
        let status = response.status();
        if status == reqwest::StatusCode::NOT_FOUND {
            return Ok(None);
        }
        if !status.is_success() {
            return Err(format!("HEAD answered {status}"));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let size = header("content-length")
            .and_then(|v| v.parse().ok())
            .ok_or("HEAD answered without a valid Content-Length")?;
        Ok(Some(Head {
            size,
            sha256: header("x-amz-checksum-sha256"),
        }))
    }
}

/// Where an upload lands in the bucket.
pub fn object_key(asset_id: &str, filename: &str) -> String {
    format!("uploads/{asset_id}/{filename}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(endpoint: &str) -> S3Target {
        S3Target {
            endpoint: endpoint.to_string(),
            bucket: "media".to_string(),
            region: "us-east-1".to_string(),
            access_key: "AK".to_string(),
            secret_key: "SK-never-shown".to_string(),
        }
    }

    #[test]
    fn endpoints_are_origins_only() {
        for good in ["http://127.0.0.1:9000", "https://s3.example.com/"] {
            assert!(Bucket::new(target(good)).is_ok(), "{good}");
        }
        for bad in [
            "s3.example.com",
            "ftp://h",
            "http://h/prefix",
            "http://h?x=1",
            "http://u:p@h",
        ] {
            assert!(Bucket::new(target(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn presigned_urls_are_path_style_and_bind_the_host() {
        let bucket = Bucket::new(target("https://s3.example.com:443")).unwrap();
        let url = bucket.presign_put(
            &object_key("ast_1", "a b.mp4"),
            &[("content-type", "video/mp4".to_string())],
            0,
            60,
        );
        assert!(
            url.starts_with("https://s3.example.com/media/uploads/ast_1/a%20b.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F19700101%2Fus-east-1%2Fs3%2Faws4_request&"),
            "{url}"
        );
        assert!(url.contains("&X-Amz-SignedHeaders=content-type%3Bhost&"));
        assert!(!url.contains("SK-never-shown"));
    }

    #[test]
    fn debug_hides_the_secret_key() {
        let shown = format!("{:?}", target("http://h"));
        assert!(!shown.contains("SK-never-shown"), "{shown}");
        assert!(shown.contains("<redacted>"));
    }
}
