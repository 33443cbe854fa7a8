//! Progress as plain lines, for logs and dumb terminals: nothing for a transfer's first 10 s,
//! then a line every 10 s with bytes, rate and time left, then one final line. A transfer
//! shorter than 10 s gets the final line only.

use std::time::{Duration, Instant};

use super::figures;

/// One file's plain lines; the caller passes the time, so the cadence is testable, and puts
/// the clock in front of each line.
pub struct PlainLines {
    name: String,
    size: u64,
    sent: u64,
    /// The first try's start: what `done in` counts from.
    started: Option<Instant>,
    /// This try's start: what the rate is measured over.
    attempt: Instant,
    next_line: Instant,
    /// How often a line comes while the transfer lasts.
    every: Duration,
    finished: bool,
}

impl PlainLines {
    pub fn new(name: String, size: u64, every: Duration, now: Instant) -> Self {
        Self {
            name,
            size,
            sent: 0,
            started: None,
            attempt: now,
            next_line: now + every,
            every,
            finished: false,
        }
    }

    /// A try begins (again) from byte 0.
    pub fn restart(&mut self, now: Instant) {
        self.started.get_or_insert(now);
        self.sent = 0;
        self.attempt = now;
        self.next_line = now + self.every;
        self.finished = false;
    }

    /// Counts `bytes`; returns a progress line when one is due.
    pub fn advance(&mut self, bytes: u64, now: Instant) -> Option<String> {
        self.started.get_or_insert(now);
        self.sent = self.sent.saturating_add(bytes).min(self.size);
        if self.sent >= self.size || now < self.next_line {
            return None;
        }
        while self.next_line <= now {
            self.next_line += self.every;
        }
        Some(self.progress(now))
    }

    /// The final line, once, when every byte went out.
    pub fn finish(&mut self, now: Instant) -> Option<String> {
        if self.finished || self.sent < self.size {
            return None;
        }
        self.finished = true;
        let took = now.duration_since(self.started.unwrap_or(self.attempt));
        let per_sec = figures::average(self.size, took);
        Some(format!(
            "{} done in {} ({}, {})",
            self.name,
            figures::took(took),
            figures::amount(self.size),
            figures::rate(per_sec)
        ))
    }

    /// `big300.mp4 10% 28.6/286.1 MiB 31.2 MiB/s ETA 8s`
    fn progress(&self, now: Instant) -> String {
        let percent = self.sent.saturating_mul(100) / self.size.max(1);
        let per_sec = figures::average(self.sent, now.duration_since(self.attempt));
        let eta = figures::time_left(self.size - self.sent, per_sec)
            .map_or_else(|| "?".to_string(), figures::eta);
        format!(
            "{} {percent}% {} {} ETA {eta}",
            self.name,
            figures::done_of(self.sent, self.size),
            figures::rate(per_sec)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1 << 20;
    const TEN_SECONDS: Duration = Duration::from_secs(10);

    fn at(start: Instant, millis: u64) -> Instant {
        start + Duration::from_millis(millis)
    }

    #[test]
    fn a_short_transfer_gets_the_final_line_only() {
        let start = Instant::now();
        let mut lines = PlainLines::new("clip.mp4".into(), 10 * MIB, TEN_SECONDS, start);
        lines.restart(start);
        for step in 1..=10 {
            assert_eq!(lines.advance(MIB, at(start, step * 10)), None);
        }
        assert_eq!(
            lines.finish(at(start, 100)).as_deref(),
            Some("clip.mp4 done in 0.1 s (10.0 MiB, 100.0 MiB/s)")
        );
        assert_eq!(lines.finish(at(start, 200)), None, "once");
    }

    #[test]
    fn a_line_every_ten_seconds_with_bytes_rate_and_eta() {
        let start = Instant::now();
        let size = 286 * MIB + 104_864;
        let mut lines = PlainLines::new("big300.mp4".into(), size, TEN_SECONDS, start);
        lines.restart(start);
        let mut printed = Vec::new();
        // 2.86 MiB every 1 s: the transfer takes 100 s.
        for second in 1..=100 {
            if let Some(line) = lines.advance(size / 100, at(start, second * 1000)) {
                printed.push((second, line));
            }
        }
        lines.advance(size, at(start, 100_500));
        let seconds: Vec<u64> = printed.iter().map(|(s, _)| *s).collect();
        assert_eq!(seconds, [10, 20, 30, 40, 50, 60, 70, 80, 90]);
        assert_eq!(
            printed[0].1,
            "big300.mp4 10% 28.6/286.1 MiB 2.9 MiB/s ETA 1m30s"
        );
        assert_eq!(
            lines.finish(at(start, 101_000)).unwrap(),
            "big300.mp4 done in 101.0 s (286.1 MiB, 2.8 MiB/s)"
        );
    }

    #[test]
    fn a_retry_starts_the_count_again_but_not_the_clock() {
        let start = Instant::now();
        let mut lines = PlainLines::new("a.mp4".into(), 100, TEN_SECONDS, start);
        lines.restart(start);
        assert_eq!(lines.advance(50, at(start, 9_000)), None);
        lines.restart(at(start, 9_500));
        assert_eq!(
            lines.finish(at(start, 9_600)),
            None,
            "not every byte went out"
        );
        assert_eq!(
            lines.advance(50, at(start, 15_000)),
            None,
            "10 s after the retry"
        );
        assert!(
            lines
                .advance(10, at(start, 19_500))
                .unwrap()
                .starts_with("a.mp4 60% ")
        );
        lines.advance(40, at(start, 20_000));
        assert!(
            lines
                .finish(at(start, 20_000))
                .unwrap()
                .starts_with("a.mp4 done in 20.0 s ")
        );
    }
}
