//! What the user sees: results on stdout (an id per line, or a JSON object per line), notes
//! and errors on stderr. Knows nothing about HTTP.

use std::io::Write;

use indicatif::{MultiProgress, ProgressDrawTarget};
use serde_json::{Value, json};

use crate::error::Failure;
use crate::text::{json_text, sanitize};

/// Cheap to clone: every clone writes around the same progress bars.
#[derive(Debug, Clone)]
pub struct Output {
    json: bool,
    quiet: bool,
    /// The terminal's progress bars, if any are drawn: lines are written around them so that
    /// neither tears the other.
    screen: MultiProgress,
}

impl Output {
    pub fn new(json: bool, quiet: bool) -> Self {
        Self {
            json,
            quiet,
            screen: MultiProgress::with_draw_target(ProgressDrawTarget::hidden()),
        }
    }

    /// Where progress bars go, so that this output writes around them.
    pub fn screen(&self) -> &MultiProgress {
        &self.screen
    }

    /// One finished item: `id` in plain mode, `answer` (one JSON line) with `--json`.
    pub fn result(&self, id: &str, answer: &Value) {
        let line = if self.json {
            json_text(answer)
        } else {
            sanitize(id)
        };
        self.screen.suspend(|| print_line(&line));
    }

    /// One failed item: `heygen: error: SUBJECT: MESSAGE` on stderr and, with `--json`, a line
    /// `{"<field>": SUBJECT, "error": {...}}` on stdout so a pipeline keeps one line per item.
    pub fn item_failed(&self, field: &str, subject: &str, failure: &Failure) {
        if self.json {
            let line = json!({
                field: subject,
                "error": {"code": failure.code(), "message": failure.message},
            });
            self.screen.suspend(|| print_line(&json_text(&line)));
        }
        self.error(&format!("{subject}: {}", failure.message));
    }

    /// A failure that belongs to no single item.
    pub fn error(&self, message: &str) {
        let line = format!("heygen: error: {}", sanitize(message));
        self.screen.suspend(|| eprintln!("{line}"));
    }

    /// Lines of a `-v` trace, already escaped and scrubbed of secrets.
    pub fn trace(&self, lines: &[String]) {
        self.screen.suspend(|| {
            for line in lines {
                eprintln!("{line}");
            }
        });
    }

    /// A note for the person at the terminal; `--quiet` silences it.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            let line = format!("heygen: {}", sanitize(message));
            self.screen.suspend(|| eprintln!("{line}"));
        }
    }
}

/// A reader that closed the pipe (`heygen ... | head -1`) is not an error worth a panic.
fn print_line(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}").and_then(|()| out.flush());
}
