//! The command-line interface: argument types only. Merging them with the environment and
//! credential files happens once, in `settings`.

#[cfg(feature = "sandbox")]
use std::net::SocketAddr;
use std::path::PathBuf;

use clap::builder::{EnumValueParser, OsStringValueParser, TypedValueParser};
use clap::{ArgGroup, Args, Parser, Subcommand};

use crate::deferred::{Deferred, Later};
use crate::secret::ApiKey;

mod video_agent;
pub use video_agent::*;

pub const DEFAULT_BASE_URL: &str = "https://api.heygen.com";
#[cfg(feature = "sandbox")]
pub const DEFAULT_SANDBOX_ADDR: &str = "127.0.0.1:3210";

/// Upload images, video, audio, PDFs and subtitles to HeyGen, and make avatars and videos from
/// them.
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

/// The key is parsed straight into `ApiKey`, whose `Debug` never shows it.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// API key; when not given, looked for in $HEYGEN_API_KEY, then heygen's config file
    /// (heygen auth login), then the credentials file of HeyGen's CLI
    #[arg(long, global = true, value_name = "KEY", value_parser = parse_key)]
    pub api_key: Option<ApiKey>,

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

    /// Show each HTTP exchange on stderr (secrets redacted); for heygen sandbox, its request
    /// log
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Fail a request when no byte has moved for this many seconds
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 60,
          value_parser = parse_timeout)]
    pub timeout: u64,

    /// How progress is shown on stderr: auto draws bars on a terminal, else plain lines (one
    /// per file every 10 s, and one when it is done); bar draws bars into a log or a pipe too
    /// (COLUMNS wide, else 80); --quiet means none
    #[arg(long, global = true, value_name = "WHEN", env = "HEYGEN_PROGRESS",
          default_value = "auto",
          value_parser = Later(EnumValueParser::<ProgressChoice>::new()))]
    pub progress: Deferred<ProgressChoice>,

    /// Retries after a passing failure (lost connection, stall, 408, 5xx); HeyGen's rate limit
    /// (429) is waited out apart, without using retries, for at most --wait-timeout
    #[arg(long, global = true, value_name = "N", env = "HEYGEN_MAX_RETRIES",
          default_value = "3", value_parser = Later(parse_retries))]
    pub retries: Deferred<u32>,

    /// How long to wait for HeyGen to finish work (an avatar's training, a video), or to stop
    /// refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds
    #[arg(long, global = true, value_name = "DURATION", env = "HEYGEN_WAIT_TIMEOUT",
          default_value = "30m", value_parser = Later(crate::duration::parse))]
    pub wait_timeout: Deferred<std::time::Duration>,

    /// PEM certificates to trust for HTTPS on top of the system's (SSL_CERT_FILE and
    /// SSL_CERT_DIR replace the system's), for heygen alone
    #[arg(long, global = true, value_name = "PATH", env = "HEYGEN_CA_FILE",
          value_parser = OsStringValueParser::new().map(PathBuf::from))]
    pub ca_file: Option<PathBuf>,
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
    /// Create avatars and follow their training
    #[command(subcommand)]
    Avatar(AvatarCommand),
    /// Make videos from a prompt and your files, and download them
    #[command(subcommand)]
    VideoAgent(VideoAgentCommand),
    /// Store, show or remove the API key
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Print a completion script for a shell
    Completions {
        /// The shell the script is for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Serve a strict local stand-in for the HeyGen API, to rehearse scripts offline
    #[cfg(feature = "sandbox")]
    Sandbox(SandboxArgs),
}

#[derive(Debug, Subcommand)]
pub enum AssetCommand {
    /// Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones
    Upload(UploadArgs),
    /// Upload files through the presigned flow (init, PUT to storage, complete), whatever their size
    DirectUpload(DirectUploadArgs),
    /// Finalize direct uploads whose bytes have arrived
    Complete(CompleteArgs),
    /// List the uploads this computer can resume (file, asset id, step, age, base URL), or
    /// drop their records with --clear
    Pending(PendingArgs),
    /// Drop the local records that --reuse reads, for these files' bytes or all of them
    Forget(ForgetArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("targets").args(["files", "all"])))]
pub struct PendingArgs {
    /// Remove the records of the FILEs named (or of every file, with --all) instead of listing
    #[arg(long, requires = "targets")]
    pub clear: bool,

    /// With --clear: remove every record
    #[arg(long, requires = "clear", conflicts_with = "files")]
    pub all: bool,

    /// With --clear: the files whose records are removed
    #[arg(value_name = "FILE", requires = "clear")]
    pub files: Vec<PathBuf>,
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
    /// Ids of the direct uploads to finalize, as printed by --no-complete (ast_...)
    #[arg(value_name = "ASSET_ID")]
    pub asset_ids: Vec<String>,

    /// Complete every upload this computer stored but did not complete, of this base URL and
    /// key (see `heygen asset pending`)
    #[arg(long)]
    pub pending: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("inputs").required(true).multiple(true).args(["files", "files_from"])))]
pub struct UploadArgs {
    /// Files to upload; `-` reads one from standard input (name it with --filename)
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Also upload the files listed in PATH, one per line, blank lines and # comments ignored
    /// (`-` for standard input)
    #[arg(long, value_name = "PATH")]
    pub files_from: Option<PathBuf>,

    /// The list from --files-from is separated by NUL bytes (as find -print0 writes)
    #[arg(short = '0', long = "null", requires = "files_from")]
    pub null: bool,

    /// The file name HeyGen gets for FILE `-` (standard input)
    #[arg(long, value_name = "NAME")]
    pub filename: Option<String>,

    /// How many files go up at once (1 to 64)
    #[arg(short, long, value_name = "N", default_value_t = 4, value_parser = parse_jobs)]
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

    /// List the files that fail the checks and upload the rest (without it, one invalid file
    /// stops the batch before anything is sent)
    #[arg(long)]
    pub skip_invalid: bool,
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
    /// Show an avatar group's training status
    Status(AvatarStatusArgs),
}

#[derive(Debug, Args)]
pub struct AvatarStatusArgs {
    /// The avatar group (grp_...), as `avatar create --json` prints it
    #[arg(value_name = "GROUP_ID")]
    pub group_id: String,

    /// Wait until training is done (at most --wait-timeout)
    #[arg(long)]
    pub wait: bool,
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

    /// Wait until HeyGen has finished training the avatar (at most --wait-timeout)
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
    /// Store a key in heygen's config file, read from standard input or a hidden prompt,
    /// once HeyGen has accepted it
    Login {
        /// Save the key without asking HeyGen whether it works (offline set-up)
        #[arg(long)]
        no_verify: bool,
    },
    /// Show which key is in effect (masked), where it comes from, and its account
    Status {
        /// Do not ask HeyGen for the account: show the key and its source only
        #[arg(long)]
        offline: bool,
    },
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

    /// Fail on purpose, to rehearse retries and resume: NAME=N,... fails the next N matching
    /// requests (e.g. init-429=2,put-drop=1)
    ///
    /// NAME is ENDPOINT-STATUS, with ENDPOINT one of assets (POST /v3/assets), init (POST
    /// /v3/assets/direct-uploads), put (the storage PUT), complete, avatars (POST /v3/avatars),
    /// download (a finished video's GET) and STATUS one of 408, 429, 500, 502, 503, 504; or
    /// complete-409 (bytes not arrived yet), put-expired (403 Request has expired), put-drop
    /// (connection closed after half the body), put-stall (stops reading, never answers),
    /// download-drop (connection closed after half the video), download-stall (no byte after half
    /// the video); or, counted in video agent sessions, agent-failed (the session fails),
    /// agent-input (it waits for the user's answer), video-failed (its video fails to render).
    /// put-throttle=BYTES_PER_SEC reads every PUT body at most that fast,
    /// assets-throttle=BYTES_PER_SEC every simple-upload body. rate-limit=PER_SEC[/BURST] answers
    /// API requests over that rate 429 with Retry-After; latency=MS delays every API request.
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

fn parse_key(value: &str) -> Result<ApiKey, std::convert::Infallible> {
    Ok(ApiKey::new(value))
}

/// `--timeout`: whole seconds, at least one.
fn parse_timeout(value: &str) -> Result<u64, String> {
    whole_number(value, "--timeout", 1, u64::MAX).map_err(|problem| format!("{problem} (seconds)"))
}

/// `--retries`: 0 or more.
fn parse_retries(value: &str) -> Result<u32, String> {
    whole_number(value, "--retries", 0, u32::MAX.into()).map(|n| n as u32)
}

/// `--jobs`: 1 to 64 files at once.
fn parse_jobs(value: &str) -> Result<u16, String> {
    whole_number(value, "--jobs", 1, 64).map(|n| n as u16)
}

/// A whole number in `min..=max`, or a sentence that says which numbers `option` takes
/// (clap's own range check prints `0 is not in 1..18446744073709551615`).
fn whole_number(value: &str, option: &str, min: u64, max: u64) -> Result<u64, String> {
    let number = value
        .trim()
        .parse::<u64>()
        .map_err(|_| format!("{option} takes a whole number"))?;
    match (number < min, number > max) {
        (false, false) => Ok(number),
        _ if max == u64::MAX => Err(format!("{option} must be at least {min}")),
        _ => Err(format!("{option} must be between {min} and {max}")),
    }
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
