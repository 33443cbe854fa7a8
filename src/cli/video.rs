//! Arguments of `heygen video`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::FilesArgs;

#[derive(Debug, Subcommand)]
pub enum VideoCommand {
    /// Show a video's status (processing, completed, failed); --wait until it is done
    Status(VideoStatusArgs),
    /// Download a finished video (and, when asked, its captioned version, subtitles and
    /// thumbnail)
    Download(VideoDownloadArgs),
}

#[derive(Debug, Args)]
pub struct VideoStatusArgs {
    /// The video, as `video-agent` prints it
    #[arg(value_name = "VIDEO_ID")]
    pub video_id: String,

    /// Wait until it is rendered (at most --wait-timeout)
    #[arg(long)]
    pub wait: bool,
}

#[derive(Debug, Args)]
pub struct VideoDownloadArgs {
    /// The video, as `video-agent` prints it
    #[arg(value_name = "VIDEO_ID")]
    pub video_id: String,

    /// Where the video goes [default: VIDEO_ID.mp4] (`-`: standard output)
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    #[command(flatten)]
    pub files: FilesArgs,

    /// Replace files that exist
    #[arg(long)]
    pub force: bool,

    /// Wait until the video is rendered first (at most --wait-timeout)
    #[arg(long)]
    pub wait: bool,
}
