//! Waiting for HeyGen's work (an avatar's training, a video's rendering): polls with backoff,
//! from 1 s doubling to 15 s, until the work is done or `--wait-timeout` runs out, and shows
//! the status as it changes (a spinner on a terminal, one line per new status in a log).

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::{Failure, Kind, Result};
use crate::output::{Output, sanitize};
use crate::transfer::progress::Mode;

const FIRST_POLL: Duration = Duration::from_secs(1);
const MAX_POLL: Duration = Duration::from_secs(15);

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
    deadline: Instant,
    mode: Mode,
    output: Output,
    spinner: Option<ProgressBar>,
    last_status: Option<String>,
}

impl Waiter {
    pub fn new(limit: Duration, mode: Mode, output: &Output) -> Self {
        Self {
            limit,
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
        let mut pause = FIRST_POLL;
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
                        crate::duration::display(self.limit)
                    ),
                ));
            }
            tokio::time::sleep(pause.min(left)).await;
            pause = (pause * 2).min(MAX_POLL);
        }
    }

    fn show(&mut self, subject: &str, status: &str, progress: Option<u64>) {
        let line = match progress {
            Some(percent) => format!("{subject}: {status} ({percent}%)"),
            None => format!("{subject}: {status}"),
        };
        match self.mode {
            Mode::Off => {}
            Mode::Bars => {
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
            Mode::Plain => {
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
