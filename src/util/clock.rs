//! The crate's one clock: time since the Unix epoch. A leaf, like `text`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How long after the epoch `time` is (zero for a time before it).
pub fn since_epoch(time: SystemTime) -> Duration {
    time.duration_since(UNIX_EPOCH).unwrap_or_default()
}

/// Seconds since the epoch, now.
pub fn now_secs() -> u64 {
    since_epoch(SystemTime::now()).as_secs()
}
