//! `heygen asset ...`: the arguments of uploads and of the records kept of them.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

use super::{parse_jobs, parse_mime};

#[derive(Debug, Subcommand)]
pub enum AssetCommand {
    /// Upload files: one request each up to 32,000,000 bytes, the presigned flow for larger ones
    Upload(UploadArgs),
    /// Upload files through the presigned flow (init, PUT to storage, complete), whatever their size
    DirectUpload(DirectUploadArgs),
    /// Finalize direct uploads whose bytes have arrived
    Complete(CompleteArgs),
    /// List the uploads this computer can resume (file, asset id, step, age, base URL), or
    /// drop their resume records with --clear
    Pending(PendingArgs),
    /// Drop the reuse records that --reuse reads, for these files' bytes or all of them
    Forget(ForgetArgs),
    /// List the assets of your HeyGen library, newest first (HeyGen's list is in beta)
    List(ListArgs),
    /// Show assets by id: id, type, name, when uploaded, URL
    Get(AssetIdsArgs),
    /// Delete assets by id (asks first on a terminal; give --yes anywhere else)
    Delete(DeleteArgs),
    /// Show whether assets are still being processed; --wait until none is
    Status(StatusArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Show at most N assets (1 to 10000)
    #[arg(long, value_name = "N", default_value_t = 50, conflicts_with = "all",
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub limit: u32,

    /// Show every asset, following all pages
    #[arg(long)]
    pub all: bool,

    /// Only the assets in this folder
    #[arg(long, value_name = "ID")]
    pub folder_id: Option<String>,

    /// Only assets of this type
    #[arg(long = "type", value_name = "TYPE", value_enum)]
    pub kind: Option<AssetKind>,

    /// Whose assets (HeyGen's list wants a username for now); default: the key's own, from
    /// GET /v3/users/me
    #[arg(long, value_name = "NAME")]
    pub username: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AssetKind {
    Image,
    Video,
    Audio,
    Font,
    Document,
}

impl AssetKind {
    /// The word HeyGen uses in an asset's `type`.
    pub fn name(self) -> &'static str {
        match self {
            AssetKind::Image => "image",
            AssetKind::Video => "video",
            AssetKind::Audio => "audio",
            AssetKind::Font => "font",
            AssetKind::Document => "document",
        }
    }
}

#[derive(Debug, Args)]
pub struct AssetIdsArgs {
    /// Asset ids, as uploads print them
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("which").required(true).multiple(true).args(["ids", "from_file"])))]
pub struct DeleteArgs {
    /// Asset ids to delete
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,

    /// Also delete the ids listed in PATH, one per line (`-` for standard input)
    #[arg(long, value_name = "PATH")]
    pub from_file: Option<PathBuf>,

    /// Delete without asking (needed where there is no terminal to ask on)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Asset ids, as uploads print them
    #[arg(value_name = "ID", required = true)]
    pub ids: Vec<String>,

    /// Wait until none is queued or processing
    #[arg(long)]
    pub wait: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("targets").args(["files", "all", "stale"])))]
pub struct PendingArgs {
    /// Remove the resume records of the FILEs named (or of every file, with --all) instead of
    /// listing
    #[arg(long, requires = "targets")]
    pub clear: bool,

    /// With --clear: remove every resume record
    #[arg(long, requires = "clear", conflicts_with_all = ["files", "stale"])]
    pub all: bool,

    /// With --clear: remove the records of uploads to an API on this computer that no longer
    /// answers (a sandbox that stopped; listed as "(API gone)")
    #[arg(long, requires = "clear", conflicts_with = "files")]
    pub stale: bool,

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

    /// Drop every reuse record, for every key and base URL
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
    /// Files to upload; `-` is standard input (stdin.EXT by its type, or --filename)
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Also upload the files listed in PATH, one per line, blank lines and # comments ignored
    /// (`-` for standard input)
    #[arg(long, value_name = "PATH")]
    pub files_from: Option<PathBuf>,

    /// The list from --files-from is separated by NUL bytes (as find -print0 writes)
    #[arg(short = '0', long = "null", requires = "files_from")]
    pub null: bool,

    /// The file name HeyGen gets for FILE `-` (standard input) [default: stdin.EXT by its type]
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
    /// stops the run before anything is sent)
    #[arg(long)]
    pub skip_invalid: bool,
    #[command(flatten)]
    pub reuse: ReuseArg,
    #[command(flatten)]
    pub batch: BatchArg,
}

/// `--batch`, for every command that uploads several files.
#[derive(Debug, Args)]
pub struct BatchArg {
    /// Send many files through HeyGen's batch upload, where one request presigns 100 files:
    /// auto (runs of 10 files or more), always or never
    #[arg(
        long = "batch",
        value_name = "WHEN",
        env = "HEYGEN_BATCH",
        default_value = "auto",
        value_enum
    )]
    pub when: BatchChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BatchChoice {
    Auto,
    Always,
    Never,
}

/// `--reuse`, for every command that uploads.
#[derive(Debug, Args)]
pub struct ReuseArg {
    /// Do not upload a file whose bytes were uploaded before with this key and base URL (and
    /// are still at HeyGen): print that asset instead
    #[arg(long = "reuse", env = "HEYGEN_REUSE", value_name = "BOOL", num_args = 0..=1,
          require_equals = true, default_value = "false", default_missing_value = "true",
          action = clap::ArgAction::Set,
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
