//! Where the transport and the pacer tell a person what happens. A leaf, so that `http` and
//! `pacer` (which `http` holds) share it without importing each other.

/// Retry and throttling notes, and with `-v` the trace of each exchange (already escaped and
/// scrubbed of secrets).
pub trait Report: Send + Sync {
    fn note(&self, message: &str);
    fn trace(&self, lines: &[String]);
    /// HeyGen's rate limit started (true) or stopped (false) holding requests back.
    fn throttled(&self, _throttled: bool) {}
}
