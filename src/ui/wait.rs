//! Waiting for HeyGen's work (an avatar's training, a video's rendering): polls with backoff,
//! from 1 s doubling to 15 s, until the work is done or `--wait-timeout` runs out, and shows
//! the status as it changes (a spinner on a terminal, one line per new status in a log).

use std::time::Duration;

use tokio::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::{Failure, Kind, Result};
use crate::ui::output::Output;
use crate::ui::progress::Mode;
use crate::util::text::sanitize;
use crate::util::timing::Timing;

/// What one poll found.
pub enum Poll<T> {
    Done(T),
    /// Still under way: HeyGen's status word and, when it gives one, a percentage.
    Pending {
        status: String,
        progress: Option<u64>,
    },
}

/// One wait, shared by its phases (a session, then its video): they all end by one deadline.
pub struct Waiter {
    limit: Duration,
    /// How soon to look again, doubling up to the most.
    first_poll: Duration,
    max_poll: Duration,
    deadline: Instant,
    mode: Mode,
    output: Output,
    spinner: Option<ProgressBar>,
    last_status: Option<String>,
}

impl Waiter {
    pub fn new(limit: Duration, timing: Timing, mode: Mode, output: &Output) -> Self {
        Self {
            limit,
            first_poll: timing.first_poll,
            max_poll: timing.max_poll,
            deadline: Instant::now() + limit,
            mode,
            output: output.clone(),
            spinner: None,
            last_status: None,
        }
    }

    /// Calls `poll` until it is done, sleeping between polls (never past the deadline). Out of
    /// time, fails with exit 4, naming `resume`: the command that goes on waiting.
    pub async fn until<T, F, Fut>(&mut self, subject: &str, resume: &str, mut poll: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Poll<T>>>,
    {
        let _told_on_signal = crate::ui::interrupt::say_on_signal(format!(
            "{subject}: interrupted while waiting; to go on waiting, run: {resume}"
        ));
        let mut pause = self.first_poll;
        loop {
            let found = poll().await;
            let (status, progress) = match found {
                Ok(Poll::Done(value)) => {
                    self.clear();
                    return Ok(value);
                }
                Err(failure) => {
                    self.clear();
                    return Err(failure);
                }
                Ok(Poll::Pending { status, progress }) => (status, progress),
            };
            self.show(subject, &status, progress);
            let left = self.deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                self.clear();
                return Err(Failure::new(
                    Kind::Timeout,
                    format!(
                        "{subject} is still {status} after {} (--wait-timeout); to go on \
                         waiting, run: {resume}",
                        crate::util::duration::compact(self.limit)
                    ),
                ));
            }
            tokio::time::sleep(pause.min(left)).await;
            pause = (pause * 2).min(self.max_poll);
        }
    }

    fn show(&mut self, subject: &str, status: &str, progress: Option<u64>) {
        let line = match progress {
            Some(percent) => format!("{subject}: {status} ({percent}%)"),
            None => format!("{subject}: {status}"),
        };
        match self.mode {
            Mode::Off => {}
            Mode::Bars { .. } => {
                let spinner = self.spinner.get_or_insert_with(|| {
                    let screen = self.output.screen();
                    screen.set_draw_target(ProgressDrawTarget::stderr());
                    let spinner = screen.add(ProgressBar::new_spinner());
                    spinner.set_style(
                        ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                            .expect("the template is valid"),
                    );
                    spinner.enable_steady_tick(Duration::from_millis(120));
                    spinner
                });
                spinner.set_message(sanitize(&line));
            }
            Mode::Plain { .. } => {
                let key = format!("{subject} {status}");
                if self.last_status.as_deref() != Some(key.as_str()) {
                    self.output.note(&line);
                    self.last_status = Some(key);
                }
            }
        }
    }

    fn clear(&mut self) {
        if let Some(spinner) = self.spinner.take() {
            spinner.finish_and_clear();
        }
    }
}

impl Drop for Waiter {
    fn drop(&mut self) {
        self.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending() -> Result<Poll<()>> {
        Ok(Poll::Pending {
            status: "busy".into(),
            progress: None,
        })
    }

    #[tokio::test(start_paused = true)]
    async fn polls_back_off_from_1_to_15_seconds_and_last_at_the_deadline() {
        let output = Output::new(false, true);
        let mut waiter = Waiter::new(
            Duration::from_secs(60),
            Timing::default(),
            Mode::Off,
            &output,
        );
        let started = Instant::now();
        let mut polled_at = Vec::new();

        let result = waiter
            .until("the thing", "heygen resume", || {
                polled_at.push(started.elapsed().as_secs());
                async { pending() }
            })
            .await;

        assert_eq!(polled_at, [0, 1, 3, 7, 15, 30, 45, 60]);
        let failure = result.unwrap_err();
        assert_eq!(failure.kind, Kind::Timeout);
        assert_eq!(
            failure.message,
            "the thing is still busy after 1m (--wait-timeout); to go on waiting, run: heygen resume"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn phases_share_one_deadline_and_each_starts_at_1_second() {
        let output = Output::new(false, true);
        let mut waiter = Waiter::new(
            Duration::from_secs(10),
            Timing::default(),
            Mode::Off,
            &output,
        );
        let started = Instant::now();
        let mut polls = 0;
        let first = waiter
            .until("first", "resume", || {
                polls += 1;
                let done = polls == 3;
                async move {
                    match done {
                        true => Ok(Poll::Done("video")),
                        false => Ok(Poll::Pending {
                            status: "thinking".into(),
                            progress: Some(5),
                        }),
                    }
                }
            })
            .await;
        assert_eq!(first.unwrap(), "video");
        assert_eq!(started.elapsed().as_secs(), 3);

        let mut polled_at = Vec::new();
        let second = waiter
            .until("second", "resume", || {
                polled_at.push(started.elapsed().as_secs());
                async { pending() }
            })
            .await;
        assert_eq!(polled_at, [3, 4, 6, 10]);
        assert!(
            second
                .unwrap_err()
                .message
                .starts_with("second is still busy after 10s")
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_failure_ends_the_wait_at_once() {
        let output = Output::new(false, true);
        let plain = Mode::Plain {
            every: Duration::from_secs(10),
        };
        let mut waiter = Waiter::new(Duration::from_secs(10), Timing::default(), plain, &output);
        let result: Result<()> = waiter
            .until("it", "resume", || async {
                Err(Failure::remote("it failed"))
            })
            .await;
        assert_eq!(result.unwrap_err().message, "it failed");
    }
}
