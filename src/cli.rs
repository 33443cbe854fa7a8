//! The command-line interface: argument types only. Merging them with the environment and
//! credential files happens once, in `settings`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand};

use crate::sandbox::Faults;

pub const DEFAULT_BASE_URL: &str = "https://api.heygen.com";
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

#[derive(Debug, Args)]
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

    /// Retries after a passing failure (lost connection, stall, 408, 429, 5xx)
    #[arg(
        long,
        global = true,
        value_name = "N",
        env = "HEYGEN_MAX_RETRIES",
        default_value_t = 3
    )]
    pub retries: u32,
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
pub struct UploadArgs {
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Send this MIME type instead of the one detected from the bytes (skips the type check)
    #[arg(long, value_name = "TYPE", value_parser = parse_mime)]
    pub content_type: Option<String>,

    /// Do not send the SHA-256 of files that take the presigned flow (saves reading them twice)
    #[arg(long)]
    pub no_checksum: bool,
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
    /// Create a photo avatar from a local image, an asset id or a URL
    Create(AvatarCreateArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("source").required(true).args(["file", "asset_id", "url"])))]
pub struct AvatarCreateArgs {
    /// The avatar's name
    #[arg(long)]
    pub name: String,

    /// A PNG or JPEG file to upload first
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// An image asset already uploaded and completed
    #[arg(long, value_name = "ID")]
    pub asset_id: Option<String>,

    /// An image HeyGen fetches itself (http or https)
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
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
    /// at most that fast.
    #[arg(long, value_name = "SPEC", env = "HEYGEN_SANDBOX_FAULTS",
          value_parser = Faults::parse)]
    pub fault: Option<Faults>,
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
