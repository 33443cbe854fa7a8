//! The sandbox's one clock: seconds since the Unix epoch, which a test can move forward (so
//! that URLs expire and remembered answers age) without waiting.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Debug, Default)]
pub struct Clock {
    /// Seconds added to the system's time.
    ahead: AtomicU64,
}

impl Clock {
    pub fn now_secs(&self) -> u64 {
        let real = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        real.saturating_add(self.ahead.load(Ordering::Relaxed))
    }

    pub fn advance(&self, secs: u64) {
        self.ahead.fetch_add(secs, Ordering::Relaxed);
    }
}
