//! The command-line interface: argument types only. Merging them with the environment and
//! credential files happens once, in `settings`.

use std::path::PathBuf;

use clap::builder::{EnumValueParser, OsStringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};

use crate::cli::deferred::{Deferred, Later};
use crate::util::secret::ApiKey;

mod asset;
mod auth;
mod avatar;
pub mod credentials;
pub mod deferred;
mod examples;
pub mod parse;
#[cfg(feature = "sandbox")]
mod sandbox;
pub mod settings;
mod video;
mod video_agent;
pub use asset::*;
pub use auth::*;
pub use avatar::*;
#[cfg(feature = "sandbox")]
pub use sandbox::*;
pub use video::*;
pub use video_agent::*;

pub const DEFAULT_BASE_URL: &str = "https://api.heygen.com";
/// Where HeyGen's CLI refreshes its OAuth logins.
pub const DEFAULT_OAUTH_TOKEN_URL: &str = "https://api2.heygen.com/v1/oauth/token";
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

    /// Retries after a transient failure (lost connection, stall, 408, 5xx); HeyGen's rate limit
    /// (429) is waited out apart, without using retries, for at most --wait-timeout
    #[arg(long, global = true, value_name = "N", env = "HEYGEN_MAX_RETRIES",
          default_value = "3", value_parser = Later(parse_retries))]
    pub retries: Deferred<u32>,

    /// How long to wait for HeyGen to finish work (an avatar's training, a video), or to stop
    /// refusing requests under its rate limit: 90s, 20m, 2h, or a number of seconds
    #[arg(long, global = true, value_name = "DURATION", env = "HEYGEN_WAIT_TIMEOUT",
          default_value = "30m", value_parser = Later(crate::util::duration::parse))]
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
    /// Show or download a video by its id: the video, captioned, its subtitles, its thumbnail
    #[command(subcommand)]
    Video(VideoCommand),
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
