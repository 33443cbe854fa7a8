//! `heygen avatar ...`: the arguments of avatars made from uploaded files.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

use super::ReuseArg;

#[derive(Debug, Subcommand)]
pub enum AvatarCommand {
    /// Create an avatar from a local file, an asset id or a URL
    Create(AvatarCreateArgs),
    /// Show an avatar group's training status
    Status(AvatarStatusArgs),
    /// Get the consent page of a digital twin's person, or submit a recorded consent video
    Consent(AvatarConsentArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("recording").args(["video", "asset_id", "url"])))]
pub struct AvatarConsentArgs {
    /// The avatar group (grp_...), or the avatar id `avatar create` printed on this computer
    #[arg(value_name = "ID")]
    pub group_id: String,

    /// A recorded consent video to submit (uploaded first); without one, the consent page's
    /// URL is printed
    #[arg(long, value_name = "FILE")]
    pub video: Option<PathBuf>,

    /// A consent video already uploaded
    #[arg(long, value_name = "ID")]
    pub asset_id: Option<String>,

    /// A consent video HeyGen fetches itself (https)
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Then follow training to the end (a submitted video is reviewed first)
    #[arg(long)]
    pub wait: bool,
}

#[derive(Debug, Args)]
pub struct AvatarStatusArgs {
    /// The avatar group (grp_...), or the avatar id `avatar create` printed on this computer
    #[arg(value_name = "ID")]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AvatarKind {
    Photo,
    DigitalTwin,
}
