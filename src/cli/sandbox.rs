//! `heygen sandbox`: the arguments of the local stand-in for the API.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use super::DEFAULT_SANDBOX_ADDR;

#[cfg(feature = "sandbox")]
#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Address to listen on (port 0 picks a free one)
    #[arg(long, value_name = "ADDR", default_value = DEFAULT_SANDBOX_ADDR)]
    pub listen: SocketAddr,

    /// Folder that keeps the uploaded bytes [default: a temporary folder]
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,

    /// Also write the export lines to PATH, in one step once the sandbox listens (a script
    /// waits for the file, then sources it); the file is removed when the sandbox stops
    #[arg(long, value_name = "PATH")]
    pub env_file: Option<PathBuf>,

    /// The one API key the sandbox accepts
    #[arg(long, value_name = "KEY", default_value = "sandbox")]
    pub key: String,

    /// Serve HTTPS with a certificate made at start for 127.0.0.1, ::1 and localhost, signed
    /// by a throwaway CA written under --data (trust it with HEYGEN_CA_FILE)
    #[arg(long)]
    pub tls: bool,

    /// Largest file the presigned flow takes (answered as max_bytes)
    #[arg(long, value_name = "BYTES", default_value_t = 209_715_200)]
    pub max_bytes: u64,

    /// How long an upload URL stays valid
    #[arg(long, value_name = "SECONDS", default_value_t = 3600)]
    pub url_ttl: u64,

    /// Also make an OAuth login, as HeyGen's CLI holds one: an access token (valid an hour)
    /// and a refresh token, printed on stderr; the token endpoint is at /v1/oauth/token
    #[arg(long)]
    pub oauth: bool,

    /// With --oauth: write the login to PATH as HeyGen's CLI's credentials file (point
    /// HEYGEN_CONFIG_DIR at its folder, named `credentials`)
    #[arg(long, value_name = "PATH", requires = "oauth")]
    pub oauth_credentials: Option<PathBuf>,

    /// Fail on purpose, to rehearse retries and resume: NAME=N,... fails the next N matching
    /// requests (e.g. init-429=2,put-drop=1)
    ///
    /// NAME is ENDPOINT-STATUS, with ENDPOINT one of assets (POST /v3/assets), init (POST
    /// /v3/assets/direct-uploads), put (the storage PUT), complete, avatars (POST /v3/avatars),
    /// download (a finished video's GET), batch-init, batch-complete and STATUS one of 408, 429, 500, 502, 503, 504; or
    /// complete-409 (bytes not arrived yet), put-expired (403 Request has expired), put-drop
    /// (connection closed after half the body), put-stall (stops reading, never answers),
    /// ENDPOINT-lost for assets, init, complete, avatars, batch-init or batch-complete (the work
    /// is done, then the answer never comes),
    /// download-drop (connection closed after half the video), download-stall (no byte after half
    /// the video); or, counted in video agent sessions, agent-failed (the session fails),
    /// agent-input (it waits for the user's answer), video-failed (its video fails to render).
    /// put-throttle=BYTES_PER_SEC reads every PUT body at most that fast,
    /// assets-throttle=BYTES_PER_SEC every simple-upload body. rate-limit=PER_SEC[/BURST] answers
    /// API requests over that rate 429 with Retry-After; latency=MS delays every API request;
    /// batch-item-failed=FILENAME fails the ingestion of batch items of that name.
    #[arg(long, value_name = "SPEC", env = "HEYGEN_SANDBOX_FAULTS")]
    pub fault: Option<String>,

    /// Presign uploads for an S3-compatible store at this URL (http(s)://host[:port]) instead
    /// of the sandbox's own storage; credentials come from AWS_ACCESS_KEY_ID and
    /// AWS_SECRET_ACCESS_KEY
    #[arg(long, value_name = "URL", requires = "s3_bucket")]
    pub s3_endpoint: Option<String>,

    /// The bucket uploads go to (path-style, ENDPOINT/BUCKET/uploads/ASSET_ID/NAME); it must
    /// exist
    #[arg(long, value_name = "NAME", requires = "s3_endpoint")]
    pub s3_bucket: Option<String>,

    /// Region the S3 signatures are made for
    #[arg(
        long,
        value_name = "REGION",
        env = "AWS_REGION",
        default_value = "us-east-1"
    )]
    pub s3_region: String,
}
