//! Progress on stderr, in the form that fits where it lands: bars on a terminal (one per active
//! file and one for the batch), a plain line per file every 10 % or 10 s where stderr is a log
//! (CI), or nothing.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use indicatif::{HumanBytes, MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::text::sanitize;

/// How progress is shown (the commands map the settings' choice to it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Bars,
    Plain,
    Off,
}

/// A plain line at least this often while bytes move, and at each tenth of the file.
const PLAIN_EVERY: Duration = Duration::from_secs(10);

/// The progress of one command: hands out a reporter per file.
#[derive(Clone)]
pub struct Progress {
    mode: Mode,
    bars: MultiProgress,
    total: Option<ProgressBar>,
}

impl Progress {
    /// `total_bytes` of the whole batch, when there is more than one file to show a total for.
    /// Bars are drawn on `screen`, the one `Output` writes around.
    pub fn new(mode: Mode, total_bytes: Option<u64>, screen: &MultiProgress) -> Self {
        let bars = screen.clone();
        if mode == Mode::Bars {
            bars.set_draw_target(ProgressDrawTarget::stderr());
        }
        let total = match (mode, total_bytes) {
            (Mode::Bars, Some(bytes)) => {
                let bar = bars.add(ProgressBar::new(bytes).with_style(style()));
                bar.set_message("total");
                Some(bar)
            }
            _ => None,
        };
        Self { mode, bars, total }
    }

    /// A reporter for one file's transfer of `size` bytes.
    pub fn file(&self, name: &str, size: u64) -> FileProgress {
        let name = sanitize(name);
        let kind = match self.mode {
            Mode::Off => Kind::Off,
            Mode::Bars => {
                let bar = ProgressBar::new(size).with_style(style());
                let bar = match &self.total {
                    Some(total) => self.bars.insert_before(total, bar),
                    None => self.bars.add(bar),
                };
                bar.set_message(name);
                Kind::Bar(bar, self.total.clone())
            }
            Mode::Plain => Kind::Plain(Arc::new(Mutex::new(PlainState::new(name, size)))),
        };
        FileProgress { kind }
    }

    pub fn finish(&self) {
        if let Some(total) = &self.total {
            total.finish_and_clear();
        }
    }
}

fn style() -> ProgressStyle {
    ProgressStyle::with_template(
        "{msg:20!} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
    )
    .expect("the template is valid")
    .progress_chars("=> ")
}

/// One file's progress; cheap to clone into a body stream.
#[derive(Clone)]
pub struct FileProgress {
    kind: Kind,
}

#[derive(Clone)]
enum Kind {
    Off,
    Bar(ProgressBar, Option<ProgressBar>),
    Plain(Arc<Mutex<PlainState>>),
}

impl FileProgress {
    /// Back to zero: a retry sends the file again from its first byte.
    pub fn restart(&self) {
        match &self.kind {
            Kind::Off => {}
            Kind::Bar(bar, total) => {
                if let Some(total) = total {
                    total.set_position(total.position().saturating_sub(bar.position()));
                }
                bar.set_position(0);
            }
            Kind::Plain(state) => lock(state).restart(),
        }
    }

    pub fn advance(&self, bytes: u64) {
        match &self.kind {
            Kind::Off => {}
            Kind::Bar(bar, total) => {
                bar.inc(bytes);
                if let Some(total) = total {
                    total.inc(bytes);
                }
            }
            Kind::Plain(state) => lock(state).advance(bytes),
        }
    }

    pub fn finish(&self) {
        if let Kind::Bar(bar, _) = &self.kind {
            bar.finish_and_clear();
        }
    }
}

fn lock(state: &Mutex<PlainState>) -> std::sync::MutexGuard<'_, PlainState> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The plain reporter: `12:04:31 footage.mp4 40% 11.8 MB/s`, at each tenth and every 10 s.
struct PlainState {
    name: String,
    size: u64,
    sent: u64,
    started: Instant,
    last_line: Instant,
    last_tenth: u64,
}

impl PlainState {
    fn new(name: String, size: u64) -> Self {
        let now = Instant::now();
        Self {
            name,
            size,
            sent: 0,
            started: now,
            last_line: now,
            last_tenth: 0,
        }
    }

    fn restart(&mut self) {
        *self = Self::new(std::mem::take(&mut self.name), self.size);
    }

    fn advance(&mut self, bytes: u64) {
        self.sent += bytes;
        let tenth = (self.sent.saturating_mul(10)) / self.size.max(1);
        if tenth > self.last_tenth || self.last_line.elapsed() >= PLAIN_EVERY {
            self.last_tenth = tenth;
            self.last_line = Instant::now();
            crate::output::stderr_line(&self.line());
        }
    }

    fn line(&self) -> String {
        let percent = (self.sent.saturating_mul(100)) / self.size.max(1);
        let seconds = self.started.elapsed().as_secs_f64().max(0.001);
        format!(
            "{} {} {percent}% {}/s",
            clock(),
            self.name,
            HumanBytes((self.sent as f64 / seconds) as u64)
        )
    }
}

/// UTC time of day, `HH:MM:SS`, as CI logs show it.
fn clock() -> String {
    let seconds = crate::clock::now_secs() % 86_400;
    format!(
        "{:02}:{:02}:{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lines_come_at_each_tenth() {
        let mut state = PlainState::new("a.mp4".into(), 1000);
        state.advance(50);
        assert_eq!(state.last_tenth, 0);
        state.advance(60);
        assert_eq!(state.last_tenth, 1);
        assert!(state.line().contains(" a.mp4 11% "), "{}", state.line());
        state.restart();
        assert_eq!((state.sent, state.last_tenth), (0, 0));
    }
}
