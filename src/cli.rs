//! The command-line interface: argument types only. Merging them with the environment and
//! credential files happens once, in `settings`.

#[cfg(feature = "sandbox")]
use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand};

#[cfg(feature = "sandbox")]
use heygen_sandbox::Faults;

pub const DEFAULT_BASE_URL: &str = "https://api.heygen.com";
#[cfg(feature = "sandbox")]
pub const DEFAULT_SANDBOX_ADDR: &str = "127.0.0.1:3210";

/// Upload images, video, audio and PDFs to HeyGen, and make avatars from them.
#[derive(Debug, Parser)]
#[command(
    name = "heygen",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// `Debug` is written by hand so that the key never shows in debug output.
#[derive(Args)]
pub struct GlobalArgs {
    /// API key [default: $HEYGEN_API_KEY, then the credentials file of HeyGen's CLI]
    #[arg(long, global = true, value_name = "KEY")]
    pub api_key: Option<String>,

    /// API base URL
    #[arg(long, global = true, value_name = "URL", env = "HEYGEN_API_BASE",
          default_value = DEFAULT_BASE_URL)]
    pub base_url: String,

    /// Print one JSON object per item on stdout
    #[arg(long, global = true)]
    pub json: bool,

    /// Print nothing on stderr but errors
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Show each HTTP exchange on stderr (secrets redacted)
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Fail a request when no byte has moved for this many seconds
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: u64,

    /// How progress is shown on stderr: bars on a terminal, else a plain line per file every
    /// 10 % or 10 s (auto); --quiet means none
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        env = "HEYGEN_PROGRESS",
        default_value = "auto"
    )]
    pub progress: ProgressChoice,

    /// Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen's rate limit
    /// (429) is waited out apart, without using retries, for at most --wait-timeout
    #[arg(
        long,
        global = true,
        value_name = "N",
        env = "HEYGEN_MAX_RETRIES",
        default_value_t = 3
    )]
    pub retries: u32,

    /// How long to wait for HeyGen to finish work (an avatar's training, a video): 90s, 20m,
    /// 2h, or a number of seconds
    #[arg(long, global = true, value_name = "DURATION", env = "HEYGEN_WAIT_TIMEOUT",
          default_value = "30m", value_parser = crate::duration::parse)]
    pub wait_timeout: std::time::Duration,
}

impl std::fmt::Debug for GlobalArgs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GlobalArgs")
            .field("api_key", &self.api_key.as_ref().map(|_| "(redacted)"))
            .field("base_url", &crate::secret::redact_url(&self.base_url))
            .field("json", &self.json)
            .field("quiet", &self.quiet)
            .field("verbose", &self.verbose)
            .field("timeout", &self.timeout)
            .field("progress", &self.progress)
            .field("retries", &self.retries)
            .field("wait_timeout", &self.wait_timeout)
            .finish()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ProgressChoice {
    Auto,
    Bar,
    Plain,
    None,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Upload and finalize assets
    #[command(subcommand)]
    Asset(AssetCommand),
    /// Create avatars
    #[command(subcommand)]
    Avatar(AvatarCommand),
    /// Store, show or remove the API key
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Print a completion script for a shell
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline
    #[cfg(feature = "sandbox")]
    Sandbox(SandboxArgs),
}

#[derive(Debug, Subcommand)]
pub enum AssetCommand {
    /// Upload files: one request up to 32,000,000 bytes, the presigned flow above
    Upload(UploadArgs),
    /// Upload files through the presigned flow (init, PUT to storage, complete), whatever their size
    DirectUpload(DirectUploadArgs),
    /// Finalize direct uploads whose bytes have arrived
    Complete(CompleteArgs),
    /// Drop the local records that --reuse reads, for these files' bytes or all of them
    Forget(ForgetArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("which").required(true).args(["files", "all"])))]
pub struct ForgetArgs {
    /// Files whose bytes are to be uploaded again next time
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Drop every record, for every key and base URL
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("which").required(true).args(["asset_ids", "pending"])))]
pub struct CompleteArgs {
    #[arg(value_name = "ASSET_ID")]
    pub asset_ids: Vec<String>,

    /// Complete every upload this computer stored but did not complete (see the journal)
    #[arg(long)]
    pub pending: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("inputs").required(true).multiple(true).args(["files", "files_from"])))]
pub struct UploadArgs {
    /// Files to upload; `-` reads one from standard input (name it with --filename)
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Also upload the files listed in PATH, one per line (`-` for standard input)
    #[arg(long, value_name = "PATH")]
    pub files_from: Option<PathBuf>,

    /// The list from --files-from is separated by NUL bytes (as find -print0 writes)
    #[arg(short = '0', long = "null", requires = "files_from")]
    pub null: bool,

    /// The file name HeyGen gets for FILE `-` (standard input)
    #[arg(long, value_name = "NAME")]
    pub filename: Option<String>,

    /// How many files go up at once
    #[arg(short, long, value_name = "N", default_value_t = 4,
          value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,

    /// Check the files and print the plan (size, type, path and why) without sending anything
    #[arg(long)]
    pub dry_run: bool,

    /// Send this MIME type instead of the one detected from the bytes (skips the type check)
    #[arg(long, value_name = "TYPE", value_parser = parse_mime)]
    pub content_type: Option<String>,

    /// Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)
    #[arg(long)]
    pub no_checksum: bool,

    #[command(flatten)]
    pub reuse: ReuseArg,
}

/// `--reuse`, for every command that uploads.
#[derive(Debug, Args)]
pub struct ReuseArg {
    /// Do not upload a file whose bytes were uploaded before with this key and base URL (and
    /// are still at HeyGen): print that asset instead
    #[arg(long = "reuse", env = "HEYGEN_REUSE",
          value_parser = clap::builder::BoolishValueParser::new())]
    pub enabled: bool,
}

#[derive(Debug, Args)]
pub struct DirectUploadArgs {
    #[command(flatten)]
    pub upload: UploadArgs,

    /// Stop after the bytes are stored; finalize later with `heygen asset complete`
    #[arg(long)]
    pub no_complete: bool,
}

#[derive(Debug, Subcommand)]
pub enum AvatarCommand {
    /// Create an avatar from a local file, an asset id or a URL
    Create(AvatarCreateArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("source").required(true).args(["file", "asset_id", "url"])))]
pub struct AvatarCreateArgs {
    /// The avatar's name
    #[arg(long)]
    pub name: String,

    /// A photo avatar (from an image) or a digital twin (from a video)
    #[arg(long = "type", value_enum, default_value = "photo")]
    pub kind: AvatarKind,

    /// Wait until HeyGen has finished training the avatar (at most --timeout seconds)
    #[arg(long)]
    pub wait: bool,

    /// A local file to upload first: PNG or JPEG for a photo, MP4 or WebM for a digital twin
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// An asset already uploaded and completed
    #[arg(long, value_name = "ID")]
    pub asset_id: Option<String>,

    /// A file HeyGen fetches itself (http or https)
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    #[command(flatten)]
    pub reuse: ReuseArg,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Store a key in heygen's config file, read from standard input or a hidden prompt
    Login,
    /// Show which key is in effect (masked) and where it comes from
    Status,
    /// Remove the key from heygen's config file
    Logout,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AvatarKind {
    Photo,
    DigitalTwin,
}

#[cfg(feature = "sandbox")]
#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Address to listen on (port 0 picks a free one)
    #[arg(long, value_name = "ADDR", default_value = DEFAULT_SANDBOX_ADDR)]
    pub listen: SocketAddr,

    /// Folder that keeps the uploaded bytes [default: a temporary folder]
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,

    /// The one API key the sandbox accepts
    #[arg(long, value_name = "KEY", default_value = "sandbox")]
    pub key: String,

    /// Largest file the presigned flow takes (answered as max_bytes)
    #[arg(long, value_name = "BYTES", default_value_t = 209_715_200)]
    pub max_bytes: u64,

    /// How long an upload URL stays valid
    #[arg(long, value_name = "SECONDS", default_value_t = 3600)]
    pub url_ttl: u64,

    /// Fail on purpose, to rehearse retries and resume: NAME=N,... fails the next N matching
    /// requests (e.g. init-429=2,put-drop=1)
    ///
    /// NAME is ENDPOINT-STATUS, with ENDPOINT one of assets (POST /v3/assets), init (POST
    /// /v3/assets/direct-uploads), put (the storage PUT), complete, avatars (POST /v3/avatars)
    /// and STATUS one of 408, 429, 500, 502, 503, 504; or complete-409 (bytes not arrived yet),
    /// put-expired (403 Request has expired), put-drop (connection closed after half the body),
    /// put-stall (stops reading, never answers). put-throttle=BYTES_PER_SEC reads every PUT body
    /// at most that fast, assets-throttle=BYTES_PER_SEC every simple-upload body.
    /// rate-limit=PER_SEC[/BURST] answers API requests over that rate 429 with Retry-After;
    /// latency=MS delays every API request.
    #[arg(long, value_name = "SPEC", env = "HEYGEN_SANDBOX_FAULTS",
          value_parser = Faults::parse)]
    pub fault: Option<Faults>,

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

/// A MIME type as HTTP carries it: `type/subtype`, no spaces or control characters.
fn parse_mime(value: &str) -> Result<String, String> {
    let valid = value.split_once('/').is_some_and(|(kind, sub)| {
        !kind.is_empty()
            && !sub.is_empty()
            && !sub.contains('/')
            && value.chars().all(|c| c.is_ascii_graphic() || c == ' ')
    });
    if valid {
        Ok(value.to_string())
    } else {
        Err("expected a MIME type such as video/mp4".to_string())
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    #[test]
    fn debug_output_hides_the_key() {
        let cli = super::Cli::parse_from(["heygen", "--api-key", "sk_hidden_1", "auth", "status"]);
        assert!(!format!("{cli:?}").contains("sk_hidden_1"));
    }
}
