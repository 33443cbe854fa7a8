//! Arguments of `heygen video-agent`.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum VideoAgentCommand {
    /// Start a video from a prompt and files (local files are uploaded first); --wait or
    /// --output follow it to the finished video
    Create(VideoAgentCreateArgs),
    /// Show a session's status; --wait or --output follow it to the finished video
    Status(VideoAgentStatusArgs),
    /// Tell a chat session something (an answer, more context, an edit), with files; --wait
    /// or --output follow it to the next video
    Send(VideoAgentSendArgs),
    /// Stop a session's run at its next checkpoint, keeping what it made
    Stop(SessionArgs),
    /// List the videos a session made, newest first (id, status, duration, title)
    Videos(SessionArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("prompt_source").required(true).args(["prompt", "prompt_file"])))]
pub struct VideoAgentCreateArgs {
    /// What the video should be (1 to 10,000 characters)
    #[arg(long, value_name = "TEXT")]
    pub prompt: Option<String>,

    /// Read the prompt from PATH (`-` for standard input)
    #[arg(long, value_name = "PATH")]
    pub prompt_file: Option<PathBuf>,

    #[command(flatten)]
    pub attach: AttachArgs,

    /// generate (HeyGen's default) makes the video at once; chat may ask questions first
    #[arg(long, value_enum)]
    pub mode: Option<AgentMode>,

    /// The video's orientation
    #[arg(long, value_enum)]
    pub orientation: Option<Orientation>,

    /// The avatar to present the video
    #[arg(long, value_name = "ID")]
    pub avatar_id: Option<String>,

    /// The voice to narrate it
    #[arg(long, value_name = "ID")]
    pub voice_id: Option<String>,

    /// The visual style
    #[arg(long, value_name = "ID")]
    pub style_id: Option<String>,

    #[command(flatten)]
    pub follow: FollowArgs,
}

/// What goes with a prompt or a message: local files (uploaded first), assets, URLs.
#[derive(Debug, Args)]
pub struct AttachArgs {
    /// Local files to attach: each is uploaded as `asset upload` would, then referenced
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Attach an asset already uploaded (repeatable)
    #[arg(long = "asset-id", value_name = "ID")]
    pub asset_ids: Vec<String>,

    /// Attach a file HeyGen fetches itself, https only (repeatable)
    #[arg(long = "url", value_name = "URL")]
    pub urls: Vec<String>,

    /// How many files go up at once (1 to 64)
    #[arg(short, long, value_name = "N", default_value_t = 4,
          value_parser = super::parse_jobs)]
    pub jobs: u16,

    #[command(flatten)]
    pub reuse: super::ReuseArg,
    #[command(flatten)]
    pub batch: super::BatchArg,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("message_source").required(true).args(["message", "message_file"])))]
pub struct VideoAgentSendArgs {
    /// The chat session, as `video-agent create --mode chat` prints it
    #[arg(value_name = "SESSION_ID")]
    pub session_id: String,

    /// What to tell the agent: an answer, more context or an edit (1 to 10,000 characters)
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,

    /// Read the message from PATH (`-` for standard input)
    #[arg(long, value_name = "PATH")]
    pub message_file: Option<PathBuf>,

    #[command(flatten)]
    pub attach: AttachArgs,

    #[command(flatten)]
    pub follow: FollowArgs,
}

#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The session, as `video-agent create` prints it
    #[arg(value_name = "SESSION_ID")]
    pub session_id: String,
}

#[derive(Debug, Args)]
pub struct VideoAgentStatusArgs {
    /// The session, as `video-agent create` prints it
    #[arg(value_name = "SESSION_ID")]
    pub session_id: String,

    #[command(flatten)]
    pub follow: FollowArgs,
}

/// Following a session to its finished video.
#[derive(Debug, Args)]
pub struct FollowArgs {
    /// Wait for the finished video (at most --wait-timeout) and print its id
    #[arg(long)]
    pub wait: bool,

    /// Download the finished video to PATH (`-`: standard output); implies --wait
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    #[command(flatten)]
    pub files: FilesArgs,

    /// Replace PATH (and the other files asked for) when it exists
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// The files of a finished video besides the plain one.
#[derive(Debug, Args)]
pub struct FilesArgs {
    /// Download the captioned video (captions burned in) instead of the plain one
    #[arg(long)]
    pub captioned: bool,

    /// Also download the subtitles (SRT) to PATH
    #[arg(long, value_name = "PATH")]
    pub subtitles: Option<PathBuf>,

    /// Also download the thumbnail (JPEG) to PATH
    #[arg(long, value_name = "PATH")]
    pub thumbnail: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AgentMode {
    Generate,
    Chat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Orientation {
    Landscape,
    Portrait,
}
