//! How long the tool waits between looks: before a retry, between polls of HeyGen's work, and
//! between plain progress lines. Users get the defaults; the test suite shortens them all by
//! one factor (`HEYGEN_TEST_TIME_SCALE`, not a user setting), so that what waits seconds in
//! use is tested in milliseconds, with the same code.

use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timing {
    /// The wait before a first retry, doubled for each next one (a server's Retry-After aside).
    pub first_retry: Duration,
    /// The wait before polling HeyGen's work again, doubled each time up to `max_poll`.
    pub first_poll: Duration,
    pub max_poll: Duration,
    /// How often a plain progress line comes while a transfer lasts.
    pub plain_every: Duration,
    /// The wait before reading a completed batch's statuses, doubled each time up to the most.
    pub first_status_read: Duration,
    pub max_status_gap: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Timing {
            first_retry: Duration::from_millis(500),
            first_poll: Duration::from_secs(1),
            max_poll: Duration::from_secs(15),
            plain_every: Duration::from_secs(10),
            first_status_read: Duration::from_millis(250),
            max_status_gap: Duration::from_secs(2),
        }
    }
}

impl Timing {
    /// Every interval times `factor` (0 < factor <= 1).
    pub fn scaled(factor: f64) -> Timing {
        let scale = |d: Duration| d.mul_f64(factor.clamp(0.001, 1.0));
        let normal = Timing::default();
        Timing {
            first_retry: scale(normal.first_retry),
            first_poll: scale(normal.first_poll),
            max_poll: scale(normal.max_poll),
            plain_every: scale(normal.plain_every),
            first_status_read: scale(normal.first_status_read),
            max_status_gap: scale(normal.max_status_gap),
        }
    }
}
