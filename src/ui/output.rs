//! What the user sees: results on stdout (an id per line, or a JSON object per line), notes
//! and errors on stderr. Knows nothing about HTTP.
//!
//! Results are never lost silently: a reader that closed the pipe (`| head -1`) ends the
//! printing quietly (the commands start no further work), and any other stdout failure (a
//! full disk) makes the run fail with each unwritten result on stderr instead. Nothing written
//! to stderr can panic: a broken stderr is ignored, as there is nowhere left to report it.

use std::io::{ErrorKind, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use indicatif::{MultiProgress, ProgressDrawTarget};
use serde_json::{Value, json};

use crate::error::{Failure, Outcome};
use crate::util::text::{json_text, sanitize};

/// What became of stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stdout {
    Open,
    /// The reader went away: nothing more is printed, and that is no failure.
    Closed,
    /// A write failed otherwise (disk full): the run fails.
    Failed,
}

/// Cheap to clone: every clone writes around the same progress bars and shares what became
/// of stdout.
#[derive(Debug, Clone)]
pub struct Output {
    json: bool,
    quiet: bool,
    /// The terminal's progress bars, if any are drawn: lines are written around them so that
    /// neither tears the other.
    screen: MultiProgress,
    stdout: Arc<AtomicU8>,
}

impl Output {
    pub fn new(json: bool, quiet: bool) -> Self {
        Self {
            json,
            quiet,
            screen: MultiProgress::with_draw_target(ProgressDrawTarget::hidden()),
            stdout: Arc::new(AtomicU8::new(Stdout::Open as u8)),
        }
    }

    /// Whether results are JSON lines (`--json`).
    pub fn is_json(&self) -> bool {
        self.json
    }

    /// Where progress bars go, so that this output writes around them.
    pub fn screen(&self) -> &MultiProgress {
        &self.screen
    }

    pub fn stdout(&self) -> Stdout {
        match self.stdout.load(Ordering::Relaxed) {
            0 => Stdout::Open,
            1 => Stdout::Closed,
            _ => Stdout::Failed,
        }
    }

    /// One finished item: `id` in plain mode, `answer` (one JSON line) with `--json`.
    pub fn result(&self, id: &str, answer: &Value) {
        let line = if self.json {
            json_text(answer)
        } else {
            sanitize(id)
        };
        self.print(&line);
    }

    #[cfg(feature = "sandbox")]
    /// A line of a command's own making (already safe to show) on stdout.
    #[cfg_attr(not(feature = "sandbox"), allow(dead_code))]
    pub fn line(&self, line: &str) {
        self.print(line);
    }

    /// Text that already holds its own line ends (a completion script) on stdout.
    pub fn text(&self, text: &str) {
        self.screen.suspend(|| self.write_stdout(text, ""));
    }

    fn print(&self, line: &str) {
        self.screen
            .suspend(|| self.write_stdout(&format!("{line}\n"), line));
    }

    /// Writes to stdout unless the reader left; on another failure, `shown` (the result, when
    /// it fits on a line) goes to stderr.
    fn write_stdout(&self, text: &str, shown: &str) {
        if self.stdout() == Stdout::Closed {
            return;
        }
        let mut out = std::io::stdout().lock();
        let Err(error) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) else {
            return;
        };
        if error.kind() == ErrorKind::BrokenPipe {
            self.stdout.store(Stdout::Closed as u8, Ordering::Relaxed);
            return;
        }
        self.stdout.store(Stdout::Failed as u8, Ordering::Relaxed);
        let mut line = format!(
            "heygen: error: cannot write to stdout ({})",
            describe(&error)
        );
        if !shown.is_empty() {
            line.push_str(&format!("; the result was: {shown}"));
        }
        stderr_line(&line);
    }

    /// One finished item as tab-separated fields (each escaped alone, so the tabs stay),
    /// or `answer` with `--json`.
    pub fn result_fields(&self, fields: &[String], answer: &Value) {
        let line = if self.json {
            json_text(answer)
        } else {
            fields
                .iter()
                .map(|f| sanitize(f))
                .collect::<Vec<_>>()
                .join("\t")
        };
        self.print(&line);
    }

    /// One failed item: `heygen: error: SUBJECT: MESSAGE` on stderr and, with `--json`, a line
    /// `{"<field>": SUBJECT, "error": {...}}` on stdout so a pipeline keeps one line per item.
    pub fn item_failed(&self, field: &str, subject: &str, failure: &Failure) {
        if self.json {
            let line = json!({
                field: subject,
                "error": {"code": failure.code(), "message": failure.message},
            });
            self.print(&json_text(&line));
        }
        self.error(&format!("{subject}: {}", failure.message));
    }

    /// One failed item, as `item_failed`, counted in `outcome` (the exit code) by its kind.
    pub fn failed(&self, outcome: &mut Outcome, field: &str, subject: &str, failure: &Failure) {
        self.item_failed(field, subject, failure);
        outcome.record(failure.kind);
    }

    /// A failure that belongs to no single item.
    pub fn error(&self, message: &str) {
        let line = format!("heygen: error: {}", sanitize(message));
        self.screen.suspend(|| stderr_line(&line));
    }

    /// Lines of a `-v` trace, already escaped and scrubbed of secrets.
    pub fn trace(&self, lines: &[String]) {
        self.screen
            .suspend(|| lines.iter().for_each(|line| stderr_line(line)));
    }

    /// A note for the person at the terminal; `--quiet` silences it.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            self.notice(message);
        }
    }

    /// A note that `--quiet` does not silence (an interruption).
    pub fn notice(&self, message: &str) {
        let line = format!("heygen: {}", sanitize(message));
        self.screen.suspend(|| stderr_line(&line));
    }

    /// Clears the progress bars for good (the run is ending).
    pub fn clear_screen(&self) {
        let _ = self.screen.clear();
        self.screen.set_draw_target(ProgressDrawTarget::hidden());
    }
}

/// One line on stderr, ignoring failure: a closed or full stderr has nowhere to be reported.
pub fn stderr_line(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// An I/O error as a person reads it: "No space left on device", without "(os error 28)".
fn describe(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.rsplit_once(" (os error") {
        Some((reason, _)) => reason.to_string(),
        None => text,
    }
}
