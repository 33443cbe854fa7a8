//! Progress on stderr, in the form that fits where it lands: bars on a terminal (one per active
//! file and one for the whole run, see `bars`), plain lines where stderr is a log (CI, `TERM=dumb`,
//! see `plain`), or nothing.

use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressState, ProgressStyle};

mod bars;
pub mod figures;
mod plain;

use crate::util::text::sanitize;
use bars::{Figures, Width};
use plain::PlainLines;

/// How progress is shown, resolved from `--progress`, `--quiet`, the terminal and `TERM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Bars; `log_width` is the width to draw at when stderr is not a terminal (`COLUMNS`,
    /// else 80): `--progress bar` into a log or a pipe.
    Bars {
        log_width: u16,
    },
    /// Plain lines, one `every` so often while a transfer lasts.
    Plain {
        every: Duration,
    },
    Off,
}

/// How long a bar moves before it shows a rate.
const RATE_AFTER: Duration = Duration::from_millis(500);

/// HeyGen is limiting requests: bars that have not started say they are waiting for that.
static THROTTLED: AtomicBool = AtomicBool::new(false);

/// Whether HeyGen's rate limit is holding requests back, for the bars to say so.
pub fn set_throttled(throttled: bool) {
    THROTTLED.store(throttled, Ordering::Relaxed);
}

/// The time left of each file being sent, in milliseconds (0: not known yet), so that the
/// total's ETA is never below the slowest file's. Atomics: the total reads them while
/// indicatif draws it, when it must not wait for another bar's lock.
type Etas = Arc<Mutex<Vec<Arc<AtomicU64>>>>;

/// The progress of one command: hands out a reporter per file.
#[derive(Clone)]
pub struct Progress {
    mode: Mode,
    bars: MultiProgress,
    total: Option<ProgressBar>,
    width: Width,
    etas: Etas,
}

impl Progress {
    /// `total_bytes` of the whole run, when there is more than one file to show a total for.
    /// Bars are drawn on `screen`, the one `Output` writes around.
    pub fn new(mode: Mode, total_bytes: Option<u64>, screen: &MultiProgress) -> Self {
        let bars = screen.clone();
        let mut width = Width::Terminal;
        if let Mode::Bars { log_width } = mode {
            let (target, columns) = bars::draw_target(log_width);
            bars.set_draw_target(target);
            width = columns;
        }
        let etas = Etas::default();
        let total = match (mode, total_bytes) {
            (Mode::Bars { .. }, Some(bytes)) => {
                let style = line_style("total".to_string(), width, Slowest::Read(etas.clone()));
                Some(bars.add(ProgressBar::new(bytes).with_style(style)))
            }
            _ => None,
        };
        Self {
            mode,
            bars,
            total,
            width,
            etas,
        }
    }

    /// A reporter for one file's transfer of `size` bytes.
    pub fn file(&self, name: &str, size: u64) -> FileProgress {
        let name = sanitize(name);
        let kind = match self.mode {
            Mode::Off => Kind::Off,
            Mode::Bars { .. } => {
                let eta = Arc::new(AtomicU64::new(0));
                lock(&self.etas).push(eta.clone());
                let style = line_style(name, self.width, Slowest::Write(eta.clone()));
                let bar = ProgressBar::new(size).with_style(style);
                let bar = match &self.total {
                    Some(total) => self.bars.insert_before(total, bar),
                    None => self.bars.add(bar),
                };
                Kind::Bar(Arc::new(FileBar {
                    bar,
                    total: self.total.clone(),
                    eta,
                    etas: self.etas.clone(),
                }))
            }
            Mode::Plain { every } => Kind::Plain(Arc::new(Mutex::new(PlainLines::new(
                name,
                size,
                every,
                Instant::now(),
            )))),
        };
        FileProgress { kind }
    }

    pub fn finish(&self) {
        if let Some(total) = &self.total {
            total.finish_and_clear();
        }
    }
}

/// What a bar does with the ETAs: a file's bar writes its own, the total reads them all.
#[derive(Clone)]
enum Slowest {
    Write(Arc<AtomicU64>),
    Read(Etas),
}

/// A style that draws the whole line (see `bars::line`) at the width of the moment.
fn line_style(name: String, width: Width, slowest: Slowest) -> ProgressStyle {
    let draw = move |state: &ProgressState, out: &mut dyn fmt::Write| {
        let total = state.len().unwrap_or(0);
        let done = state.pos().min(total);
        // The same figure the final lines give: bytes over the time since the first one (a
        // recent-rate estimate reads high while buffers fill, and never matches the end).
        // Its first half second says little: the first chunk lands in buffers at once.
        let elapsed = state.elapsed();
        let per_sec = if elapsed < RATE_AFTER {
            0.0
        } else {
            figures::average(done, elapsed)
        };
        let own = figures::time_left(total - done, per_sec);
        let eta = match &slowest {
            Slowest::Write(slot) => {
                slot.store(
                    own.map_or(0, |eta| eta.as_millis().max(1) as u64),
                    Ordering::Relaxed,
                );
                own
            }
            Slowest::Read(etas) => total_eta(own, &lock(etas)),
        };
        let figures = Figures {
            name: &name,
            done,
            total,
            per_sec,
            eta,
            waiting: done == 0 && THROTTLED.load(Ordering::Relaxed),
        };
        let _ = out.write_str(&bars::line(width.columns(), &figures));
    };
    ProgressStyle::with_template("{line}")
        .expect("the template is valid")
        .with_key("line", draw)
}

/// The run's time left: its own estimate, but never less than that of the slowest file
/// (a big file alone at the end goes at its own rate, not the run's).
fn total_eta(own: Option<Duration>, files: &[Arc<AtomicU64>]) -> Option<Duration> {
    let slowest = files
        .iter()
        .map(|eta| eta.load(Ordering::Relaxed))
        .max()
        .filter(|millis| *millis > 0)
        .map(Duration::from_millis);
    match (own, slowest) {
        (Some(own), Some(slowest)) => Some(own.max(slowest)),
        (own, slowest) => own.or(slowest),
    }
}

/// One file's progress; cheap to clone into a body stream.
#[derive(Clone)]
pub struct FileProgress {
    kind: Kind,
}

#[derive(Clone)]
enum Kind {
    Off,
    Bar(Arc<FileBar>),
    Plain(Arc<Mutex<PlainLines>>),
}

struct FileBar {
    bar: ProgressBar,
    total: Option<ProgressBar>,
    /// This file's slot in `etas`, dropped from it when the file is done.
    eta: Arc<AtomicU64>,
    etas: Etas,
}

impl FileProgress {
    /// Back to zero: a retry sends the file again from its first byte.
    pub fn restart(&self) {
        match &self.kind {
            Kind::Off => {}
            Kind::Bar(file) => {
                if let Some(total) = &file.total {
                    total.set_position(total.position().saturating_sub(file.bar.position()));
                }
                file.bar.set_position(0);
            }
            Kind::Plain(state) => lock(state).restart(Instant::now()),
        }
    }

    pub fn advance(&self, bytes: u64) {
        match &self.kind {
            Kind::Off => {}
            Kind::Bar(file) => {
                // The rate counts from the first byte, not from when the file was queued.
                if file.bar.position() == 0 {
                    file.bar.reset_elapsed();
                }
                file.bar.inc(bytes);
                if let Some(total) = &file.total {
                    total.inc(bytes);
                }
            }
            Kind::Plain(state) => {
                if let Some(line) = lock(state).advance(bytes, Instant::now()) {
                    crate::ui::output::stderr_line(&format!("{} {line}", clock()));
                }
            }
        }
    }

    /// The transfer went through: the bar goes, a plain log gets its `done in` line.
    pub fn finish(&self) {
        self.end(true);
    }

    /// The transfer failed: the bar goes, and no `done` line claims otherwise (the error
    /// says what happened).
    pub fn abandon(&self) {
        self.end(false);
    }

    fn end(&self, done: bool) {
        match &self.kind {
            Kind::Off => {}
            Kind::Bar(file) => {
                file.bar.finish_and_clear();
                lock(&file.etas).retain(|eta| !Arc::ptr_eq(eta, &file.eta));
                // The last bytes were counted when they went into the socket's buffer, up to
                // seconds before storage had them all: the total's rate is drawn again now.
                if let Some(total) = &file.total {
                    total.tick();
                }
            }
            Kind::Plain(state) => {
                let line = lock(state).finish(Instant::now());
                if let (true, Some(line)) = (done, line) {
                    crate::ui::output::stderr_line(&format!("{} {line}", clock()));
                }
            }
        }
    }
}

fn lock<T>(state: &Mutex<T>) -> MutexGuard<'_, T> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// UTC time of day, `HH:MM:SS`, as CI logs show it.
fn clock() -> String {
    let seconds = crate::util::clock::now_secs() % 86_400;
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

    fn slots(millis: &[u64]) -> Vec<Arc<AtomicU64>> {
        millis
            .iter()
            .map(|m| Arc::new(AtomicU64::new(*m)))
            .collect()
    }

    #[test]
    fn the_total_eta_is_never_below_the_slowest_file() {
        let secs = Duration::from_secs;
        // 110 MB left at 11 MB/s says 10 s, but the 100 MB file alone goes at 1 MB/s.
        assert_eq!(
            total_eta(Some(secs(10)), &slots(&[100_000, 1_000])),
            Some(secs(100))
        );
        assert_eq!(total_eta(Some(secs(10)), &slots(&[2_000])), Some(secs(10)));
        assert_eq!(total_eta(None, &slots(&[0, 3_000])), Some(secs(3)));
        assert_eq!(total_eta(Some(secs(4)), &slots(&[0])), Some(secs(4)));
        assert_eq!(total_eta(None, &[]), None);
    }
}
