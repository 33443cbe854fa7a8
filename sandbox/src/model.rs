//! What the sandbox keeps: assets, avatar groups, video agent sessions and videos.

use std::collections::HashMap;
use std::time::Instant;

use super::random;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    PendingUpload,
    Uploaded,
    Completed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::PendingUpload => "pending_upload",
            Status::Uploaded => "uploaded",
            Status::Completed => "completed",
        }
    }
}

/// What init promised and the PUT must match.
pub struct Presigned {
    pub checksum: Option<[u8; 32]>,
    /// Signed header names (lowercase) and values, host aside (it is checked on its own).
    /// Its `x-amz-*` names are also the only ones a PUT may carry.
    pub signed_headers: Vec<(&'static str, String)>,
    /// The object's key when the URL points at an S3 bucket; its bytes then stay there.
    pub object_key: Option<String>,
    /// When the URL stops being valid (sandbox clock, seconds).
    pub expires_at: u64,
}

/// What is known about the bytes actually stored.
#[derive(Clone, Copy)]
pub struct Stored {
    /// Their SHA-256, computed on arrival when a checksum was declared, else when one is claimed
    /// at complete: storage pays for a hash only when somebody asks.
    pub digest: Option<[u8; 32]>,
    pub sniffed: Option<&'static str>,
}

pub struct Asset {
    pub id: String,
    /// The file name it was uploaded or declared with.
    pub name: String,
    /// When it was uploaded or declared (sandbox clock, seconds).
    pub created_at: u64,
    pub status: Status,
    pub size_bytes: u64,
    /// Declared at init, or sniffed for a simple upload.
    pub mime_type: String,
    /// `None` for simple uploads, which have no presigned URL.
    pub presigned: Option<Presigned>,
    pub stored: Option<Stored>,
    /// The batch whose item it is, when it came from one.
    pub batch: Option<String>,
}

pub struct Group {
    pub id: String,
    pub name: String,
    /// GETs so far: the first two report "processing", later ones "completed".
    pub polls: u32,
    /// Waits in `pending_consent` until the person shown consents.
    pub consent: Consent,
}

/// Where a group stands with the consent of the person it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Consent {
    /// Not needed (a photo avatar, say).
    NotNeeded,
    /// Needed and not given yet: training waits.
    Needed,
    /// A consent video was submitted: under review for one more poll.
    InReview,
    /// Given: training goes on.
    Given,
}

/// What became of a batch item once the batch was completed: ingested, or refused with a code
/// and a message.
pub type ItemOutcome = Result<(), (String, String)>;

/// A batch direct upload: its files' assets in the order sent, and, once completed, when and
/// what became of each.
pub struct Batch {
    pub title: Option<String>,
    pub created_at: u64,
    pub asset_ids: Vec<String>,
    pub completed: Option<(Instant, Vec<ItemOutcome>)>,
}

#[derive(Default)]
pub struct Registry {
    pub assets: HashMap<String, Asset>,
    pub asset_order: Vec<String>,
    pub groups: HashMap<String, Group>,
    pub sessions: HashMap<String, Session>,
    pub videos: HashMap<String, Video>,
    pub batches: HashMap<String, Batch>,
}

impl Asset {
    /// HeyGen's word for the kind of file.
    pub fn kind(&self) -> &'static str {
        match self.mime_type.split('/').next() {
            Some("image") => "image",
            Some("video") => "video",
            Some("audio") => "audio",
            _ => "document",
        }
    }
}

impl Registry {
    pub fn add_asset(&mut self, asset: Asset) {
        self.asset_order.push(asset.id.clone());
        self.assets.insert(asset.id.clone(), asset);
    }
}

/// How a session will end, fixed when it is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    Video,
    /// `agent-failed`
    Fails,
    /// `agent-input`: chat mode asking the user something, for ever.
    AsksForInput,
    /// `video-failed`: the session makes a video that fails to render.
    VideoFails,
}

pub struct Session {
    pub id: String,
    /// Created with `"mode": "chat"`: it takes messages.
    pub chat: bool,
    pub fate: Fate,
    /// Polls of the current run (a message starts a new one).
    pub polls: u32,
    /// The current run's video, once made.
    pub video_id: Option<String>,
    /// Every video the session made, oldest first.
    pub videos: Vec<String>,
    /// Stopped by the user: the run ends where it is.
    pub stopped: bool,
    pub created_at: u64,
}

/// A video a session made.
pub struct Video {
    pub id: String,
    pub polls: u32,
    /// `video-failed`: rendering fails.
    pub fails: bool,
    pub created_at: u64,
}

impl Video {
    pub fn new(fails: bool, now: u64) -> Video {
        Video {
            id: random::id("vid"),
            polls: 0,
            fails,
            created_at: now,
        }
    }
}
