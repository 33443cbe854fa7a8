//! The one retry policy: whether a failed try is tried again and after how long. The send loop,
//! downloads and the pacer all ask it, so every request the tool makes follows the same rules.

use std::time::{Duration, SystemTime};

const MAX_DELAY: Duration = Duration::from_secs(30);
/// A server asking for a longer pause than this is not waited for blindly.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(300);

/// Statuses that say "not now" rather than "no": timeouts, rate limits, gateway trouble.
pub fn is_retryable(status: u16) -> bool {
    matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
}

/// The tries of one request.
#[derive(Debug, Clone, Copy)]
pub struct Retry {
    /// Transient failures that may be tried again (`--retries`).
    retries: u32,
    /// Tries in all, whatever failed; `None`: `retries` alone limits them.
    attempts: Option<u32>,
    tries: u32,
    transient: u32,
    /// The wait before the first retry.
    first: Duration,
}

impl Retry {
    pub fn new(retries: u32, attempts: Option<u32>, first: Duration) -> Retry {
        Retry {
            retries,
            attempts,
            tries: 0,
            transient: 0,
            first,
        }
    }

    /// After a failed try: how long to wait before the next, or `None` to give up.
    /// `transient`: a failure worth retrying, counted against `--retries`; otherwise an answer
    /// that means "not yet", counted against the attempts alone.
    pub fn next(&mut self, transient: bool, retry_after: Option<Duration>) -> Option<Duration> {
        self.tries += 1;
        if (transient && self.transient == self.retries) || self.tries > self.most() {
            return None;
        }
        self.transient += u32::from(transient);
        Some(delay(self.tries, retry_after, self.first))
    }

    /// Retries made so far.
    pub fn done(&self) -> u32 {
        self.tries
    }

    /// Retries there can be at most.
    pub fn most(&self) -> u32 {
        self.attempts.unwrap_or(self.retries + 1).saturating_sub(1)
    }
}

/// The wait before retry number `retry` (1 for the first): the server's `Retry-After` when it
/// sent one, else exponential backoff from `first` (0.5 s for users), doubling, capped at
/// 30 s, with ±25 % jitter so that many clients do not come back in step.
pub fn delay(retry: u32, retry_after: Option<Duration>, first: Duration) -> Duration {
    if let Some(wait) = retry_after {
        return wait.min(MAX_RETRY_AFTER);
    }
    let exponent = retry.saturating_sub(1).min(16);
    let base = first.saturating_mul(1 << exponent).min(MAX_DELAY);
    base.mul_f64(0.75 + 0.5 * unit_random())
}

/// `Retry-After` is either a number of seconds or an HTTP date.
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let text = value.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(text).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

fn unit_random() -> f64 {
    let mut bytes = [0u8; 8];
    match getrandom::fill(&mut bytes) {
        Ok(()) => (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64,
        Err(_) => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HALF_SECOND: Duration = Duration::from_millis(500);

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        assert_eq!(
            delay(1, parse_retry_after("7"), HALF_SECOND),
            Duration::from_secs(7)
        );
        let later = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(20));
        let wait = delay(1, parse_retry_after(&later), HALF_SECOND);
        assert!(
            wait > Duration::from_secs(17) && wait <= Duration::from_secs(20),
            "{wait:?}"
        );
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        for (retry, base) in [(1, 0.5), (2, 1.0), (3, 2.0), (10, 30.0)] {
            let wait = delay(retry, None, HALF_SECOND).as_secs_f64();
            assert!(
                wait >= base * 0.75 && wait <= base * 1.25,
                "retry {retry}: {wait}"
            );
        }
    }

    #[test]
    fn transient_failures_use_up_the_retries_and_others_the_attempts() {
        let mut retry = Retry::new(2, None, HALF_SECOND);
        assert!(retry.next(true, None).is_some());
        assert!(retry.next(true, None).is_some());
        assert_eq!(retry.next(true, None), None);
        assert_eq!((retry.done(), retry.most()), (3, 2));
        let mut retry = Retry::new(5, Some(3), HALF_SECOND);
        assert!(retry.next(false, None).is_some());
        assert!(retry.next(true, None).is_some());
        assert_eq!(retry.next(false, None), None);
    }

    #[test]
    fn only_transient_statuses_are_retried() {
        for status in [408, 429, 500, 502, 503, 504] {
            assert!(is_retryable(status));
        }
        for status in [400, 401, 403, 404, 409, 413] {
            assert!(!is_retryable(status));
        }
    }
}
