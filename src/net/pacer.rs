//! One pace for every API request of a run. HeyGen limits requests per key, and a cap on
//! requests in flight cannot hold a rate (on a fast network one request at a time already
//! exceeds it), so the pacer spaces request *starts*.
//!
//! Until HeyGen refuses one (429), requests start freely. A refusal pauses every request until
//! its `Retry-After` (a backoff when absent) and sets the pace to a little under what HeyGen let
//! through since the last refusal; a run of successes raises it again, a long run lifts it. A
//! refusal does not count against a request's retries: only `--wait-timeout` without one
//! success ends the run. Throttling shows as one line when it starts and one when it ends.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::time::Instant;

use crate::error::{Failure, Result};
use crate::net::report::Report;
use crate::net::retry;

/// The pace is set this far under the rate HeyGen let through, so it holds without refusals.
const MARGIN: f64 = 0.95;
/// One refusal at most halves the pace: one unlucky request says little about the rate.
const MOST_LOWERED: f64 = 0.5;
/// After this many seconds' worth of successes at the current pace, it goes up by `RAISE`.
const RAISE_AFTER_SECS: f64 = 2.0;
const RAISE: f64 = 1.05;
/// Until a second refusal has measured the rate over a whole window (the first one sees a
/// burst at best), the pace goes up faster: by `EARLY_RAISE` every half second's worth.
const EARLY_RAISE_AFTER_SECS: f64 = 0.5;
const EARLY_RAISE: f64 = 1.5;
/// A pace that has held this long without a refusal is lifted: the limit has gone.
const QUIET_BEFORE_LIFTING: Duration = Duration::from_secs(60);
/// The slowest pace: one request every 20 s.
const SLOWEST: f64 = 0.05;

pub struct Pacer {
    state: Mutex<State>,
    wait_timeout: Duration,
    /// The pause after a refusal without Retry-After, doubled for each next in a row.
    first_retry: Duration,
    notes: Arc<dyn Report>,
}

/// A request let through, and when: a refusal of a request that started before the previous
/// refusal arrived tells nothing new about the rate.
#[derive(Debug, Clone, Copy)]
pub struct Ticket {
    started: Instant,
}

#[derive(Debug, Default)]
struct State {
    /// Requests per second; `None` while HeyGen has not limited the run.
    pace: Option<f64>,
    next_start: Option<Instant>,
    paused_until: Option<Instant>,
    /// Start of the window over which the rate HeyGen lets through is measured: the last
    /// refusal, or the first request.
    window_start: Option<Instant>,
    /// Successes in the window.
    let_through: u32,
    /// Successes since the pace last changed.
    since_change: u32,
    last_refusal: Option<Instant>,
    /// The window the pace was last measured over, in seconds.
    measured_over: f64,
    /// The first refusal since the last success: the wait timeout counts from there.
    refusing_since: Option<Instant>,
    refusals_in_row: u32,
    /// Since when the run is throttled, and how many refusals that cost.
    throttled_since: Option<Instant>,
    /// A refusal after the first has measured the rate.
    settled: bool,
    refused: u64,
    /// Throttling started and is to be announced once the pause is over: by then the
    /// successes under way at the refusal have counted in the pace.
    announce: bool,
    gave_up: bool,
}

/// What a refusal changed, for the note.
#[derive(Debug, PartialEq)]
enum Change {
    Nothing,
    Started(f64),
}

impl Pacer {
    pub fn new(wait_timeout: Duration, first_retry: Duration, notes: Arc<dyn Report>) -> Pacer {
        Pacer {
            state: Mutex::default(),
            wait_timeout,
            first_retry,
            notes,
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits for this request's turn: its slot in the pace, after any pause.
    pub async fn admit(&self) -> Result<Ticket> {
        loop {
            let slot = {
                let mut state = self.state();
                let now = Instant::now();
                let slot = state.reserve(now);
                if state.gave_up || state.past_deadline(slot, self.wait_timeout) {
                    state.gave_up = true;
                    return Err(self.kept_refusing());
                }
                slot
            };
            tokio::time::sleep_until(slot).await;
            let mut state = self.state();
            let now = Instant::now();
            // A refusal that arrived meanwhile may have paused every request: wait again.
            if state.paused_until.is_none_or(|until| until <= now) {
                state.window_start.get_or_insert(now);
                if std::mem::take(&mut state.announce)
                    && let Some(pace) = state.pace
                {
                    self.notes.note(&format!(
                        "HeyGen is limiting requests; slowing to about {}",
                        describe(pace)
                    ));
                }
                return Ok(Ticket { started: now });
            }
        }
    }

    /// HeyGen answered something other than 429.
    pub fn answered(&self, ticket: Ticket) {
        let lifted = self.state().answered(ticket, Instant::now());
        if let Some((seconds, refused)) = lifted {
            self.notes.throttled(false);
            self.notes.note(&format!(
                "HeyGen stopped limiting requests after {seconds:.0} s ({refused} refused and \
                 sent again); back to full speed"
            ));
        }
    }

    /// HeyGen answered 429: every request pauses, the pace goes down. Fails once
    /// `--wait-timeout` has passed without one success.
    pub fn refused(&self, ticket: Ticket, retry_after: Option<Duration>) -> Result<()> {
        let mut state = self.state();
        let now = Instant::now();
        if let Change::Started(_) = state.refused(ticket, now, retry_after, self.first_retry) {
            state.announce = true;
            self.notes.throttled(true);
        }
        if state.gave_up || state.past_deadline(now, self.wait_timeout) {
            state.gave_up = true;
            return Err(self.kept_refusing());
        }
        Ok(())
    }

    /// The end of a throttled run is the end of throttling: says how long it lasted, once. A
    /// command calls it before its summary line; dropping the pacer calls it otherwise.
    pub fn end_run(&self) {
        self.notes.throttled(false);
        let mut state = self.state();
        if let (Some(since), false) = (state.throttled_since.take(), state.gave_up) {
            self.notes.note(&format!(
                "HeyGen limited requests for the last {:.0} s of the run ({} refused and sent \
                 again)",
                since.elapsed().as_secs_f64(),
                state.refused
            ));
        }
    }

    fn kept_refusing(&self) -> Failure {
        Failure::remote(format!(
            "HeyGen kept refusing requests (429 rate_limit_exceeded) for {} s without letting \
             one through, so the run stopped; try again later (--wait-timeout sets how long to \
             wait)",
            self.wait_timeout.as_secs()
        ))
        .with_code("rate_limit_exceeded")
    }
}

impl Drop for Pacer {
    fn drop(&mut self) {
        self.end_run();
    }
}

impl State {
    /// The earliest start this request may have, taken from the pace.
    fn reserve(&mut self, now: Instant) -> Instant {
        let slot = [self.next_start, self.paused_until]
            .into_iter()
            .flatten()
            .fold(now, Instant::max);
        if let Some(pace) = self.pace {
            self.next_start = Some(slot + Duration::from_secs_f64(1.0 / pace));
        }
        slot
    }

    /// Whether a request starting at `at` would start after the run should have given up.
    fn past_deadline(&self, at: Instant, wait_timeout: Duration) -> bool {
        self.refusing_since
            .is_some_and(|since| at.saturating_duration_since(since) >= wait_timeout)
    }

    /// A success: the refusal streak ends, and the pace goes up after enough of them. Returns
    /// how long throttling lasted and what it cost when the pace is lifted.
    fn answered(&mut self, ticket: Ticket, now: Instant) -> Option<(f64, u64)> {
        self.refusing_since = None;
        self.refusals_in_row = 0;
        let pace = self.pace;
        if self.last_refusal.is_some_and(|at| ticket.started < at) {
            // Under way when the last refusal came, so let through in the window measured
            // then (successes take longer to answer than refusals): the pace counts it.
            self.pace = pace.map(|pace| pace + MARGIN / self.measured_over);
            return None;
        }
        self.let_through += 1;
        self.since_change += 1;
        let pace = pace?;
        let quiet = self
            .last_refusal
            .is_some_and(|at| now.saturating_duration_since(at) >= QUIET_BEFORE_LIFTING);
        if quiet {
            let since = self.throttled_since.take()?;
            self.settled = false;
            self.pace = None;
            self.next_start = None;
            let refused = std::mem::take(&mut self.refused);
            return Some((now.saturating_duration_since(since).as_secs_f64(), refused));
        }
        let (after, raise) = match self.settled {
            true => (RAISE_AFTER_SECS, RAISE),
            false => (EARLY_RAISE_AFTER_SECS, EARLY_RAISE),
        };
        if f64::from(self.since_change) >= (pace * after).max(1.0) {
            self.pace = Some(pace * raise);
            self.since_change = 0;
        }
        None
    }

    fn refused(
        &mut self,
        ticket: Ticket,
        now: Instant,
        retry_after: Option<Duration>,
        first_retry: Duration,
    ) -> Change {
        self.refused += 1;
        self.refusing_since.get_or_insert(now);
        let stale = self.last_refusal.is_some_and(|at| ticket.started < at);
        if stale {
            return Change::Nothing;
        }
        self.refusals_in_row += 1;
        let wait = retry::delay(self.refusals_in_row, retry_after, first_retry);
        let until = now + wait;
        self.paused_until = Some(self.paused_until.map_or(until, |p| p.max(until)));
        // What HeyGen let through since the last refusal: the window covers the pause too,
        // since the limit refills during it.
        let window = now
            .saturating_duration_since(self.window_start.unwrap_or(now))
            .max(wait)
            .as_secs_f64()
            .max(0.001);
        let measured = f64::from(self.let_through) / window * MARGIN;
        self.measured_over = window;
        let pace = match self.pace {
            Some(pace) => measured.clamp(pace * MOST_LOWERED, pace * MARGIN),
            None => measured,
        };
        // HeyGen's own `Retry-After` says one request per that wait goes through at least; it
        // keeps a run whose first request was refused from crawling.
        let floor = match retry_after {
            Some(_) => 1.0 / wait.as_secs_f64().max(0.001),
            None => SLOWEST,
        };
        let pace = pace.max(floor).max(SLOWEST);
        self.pace = Some(pace);
        self.next_start = None;
        self.window_start = Some(now);
        self.last_refusal = Some(now);
        self.let_through = 0;
        self.since_change = 0;
        match self.throttled_since {
            Some(_) => {
                self.settled = true;
                Change::Nothing
            }
            None => {
                self.throttled_since = Some(now);
                Change::Started(pace)
            }
        }
    }
}

/// "4 requests per second", or "one request every 5 s" under one a second.
fn describe(pace: f64) -> String {
    if pace >= 2.0 {
        format!("{:.0} requests per second", pace.floor())
    } else if pace >= 1.0 {
        "1 request per second".into()
    } else {
        format!("one request every {:.0} s", (1.0 / pace).ceil())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HALF_SECOND: Duration = Duration::from_millis(500);

    fn seconds(n: f64) -> Duration {
        Duration::from_millis((n * 1000.0).round() as u64)
    }

    #[test]
    fn the_first_refusal_sets_the_pace_from_what_went_through() {
        let start = Instant::now();
        let mut state = State::default();
        for _ in 0..10 {
            state.reserve(start);
            state.window_start.get_or_insert(start);
            state.answered(Ticket { started: start }, start + seconds(0.01));
        }
        let one_second = Duration::from_secs(1);
        let ticket = Ticket { started: start };
        let change = state.refused(ticket, start + seconds(0.02), Some(one_second), HALF_SECOND);
        // 10 let through in a window as long as the pause: 10 per second, less the margin.
        assert_eq!(change, Change::Started(10.0 * MARGIN));
        assert_eq!(state.paused_until, Some(start + seconds(1.02)));
        // Requests already under way when it came are refused too, and change nothing more.
        let change = state.refused(ticket, start + seconds(0.03), Some(one_second), HALF_SECOND);
        assert_eq!(change, Change::Nothing);
        assert_eq!(state.pace, Some(10.0 * MARGIN));
        assert_eq!(state.refused, 2);
        // Every request now waits out the pause, then one every 1/9.5 s.
        let first = state.reserve(start + seconds(0.5));
        let second = state.reserve(start + seconds(0.5));
        assert_eq!(first, start + seconds(1.02));
        assert_eq!(
            second - first,
            Duration::from_secs_f64(1.0 / (10.0 * MARGIN))
        );
        // A success that was under way when the refusal came counts in that window.
        state.answered(ticket, start + seconds(0.05));
        assert_eq!(state.pace, Some(11.0 * MARGIN));
    }

    #[test]
    fn successes_raise_the_pace_and_a_long_quiet_lifts_it() {
        let start = Instant::now();
        let mut state = State {
            pace: Some(10.0),
            settled: true,
            throttled_since: Some(start),
            last_refusal: Some(start),
            refused: 3,
            ..State::default()
        };
        let ticket = Ticket {
            started: start + seconds(0.5),
        };
        for _ in 0..20 {
            assert_eq!(state.answered(ticket, start + seconds(1.0)), None);
        }
        assert_eq!(state.pace, Some(10.0 * RAISE));
        assert_eq!(
            state.answered(ticket, start + seconds(61.0)),
            Some((61.0, 3))
        );
        assert_eq!(state.pace, None);
        assert_eq!(state.reserve(start), start);
        assert_eq!(state.reserve(start), start, "no pace, no spacing");
    }

    #[test]
    fn a_refusal_at_most_halves_the_pace_and_the_deadline_counts_from_the_first() {
        let start = Instant::now();
        let mut state = State {
            pace: Some(8.0),
            throttled_since: Some(start),
            window_start: Some(start),
            ..State::default()
        };
        let ticket = Ticket { started: start };
        state.refused(ticket, start + seconds(1.0), None, HALF_SECOND);
        assert_eq!(state.pace, Some(4.0));
        let timeout = seconds(30.0);
        assert!(!state.past_deadline(start + seconds(30.0), timeout));
        assert!(state.past_deadline(start + seconds(31.0), timeout));
        let later = Ticket {
            started: start + seconds(1.5),
        };
        state.answered(later, start + seconds(2.0));
        assert!(!state.past_deadline(start + seconds(100.0), timeout));
    }

    #[test]
    fn paces_read_naturally() {
        assert_eq!(describe(4.7), "4 requests per second");
        assert_eq!(describe(1.9), "1 request per second");
        assert_eq!(describe(1.0), "1 request per second");
        assert_eq!(describe(0.2), "one request every 5 s");
    }
}
