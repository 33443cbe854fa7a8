//! The key's token bucket, for the `rate-limit` fault: `burst` requests at once, then
//! `per_sec` a second.

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

use super::faults::RateLimit;
use super::sync::lock;

/// The bucket of the one key the sandbox accepts.
#[derive(Default)]
pub struct Limiter {
    /// Tokens left and when they were counted; `None` until the first request (a full bucket).
    bucket: Mutex<Option<(f64, Instant)>>,
}

impl Limiter {
    /// Takes a token, or says how long until one is there.
    pub fn take(&self, limit: RateLimit) -> Result<(), Duration> {
        let now = Instant::now();
        let mut bucket = lock(&self.bucket);
        let (tokens, counted) = bucket.unwrap_or((f64::from(limit.burst), now));
        let rate = f64::from(limit.per_sec);
        let tokens =
            (tokens + now.duration_since(counted).as_secs_f64() * rate).min(f64::from(limit.burst));
        if tokens >= 1.0 {
            *bucket = Some((tokens - 1.0, now));
            Ok(())
        } else {
            *bucket = Some((tokens, now));
            Err(Duration::from_secs_f64((1.0 - tokens) / rate))
        }
    }
}
