//! What the user sees: results on stdout (an id per line, or a JSON object per line), notes
//! and errors on stderr. Knows nothing about HTTP.

use std::io::Write;

use serde_json::{Value, json};

use crate::error::Failure;

#[derive(Debug, Clone, Copy)]
pub struct Output {
    json: bool,
    quiet: bool,
}

impl Output {
    pub fn new(json: bool, quiet: bool) -> Self {
        Self { json, quiet }
    }

    /// One finished item: `id` in plain mode, `answer` (one JSON line) with `--json`.
    pub fn result(&self, id: &str, answer: &Value) {
        let line = if self.json {
            answer.to_string()
        } else {
            sanitize(id)
        };
        print_line(&line);
    }

    /// One failed item: `heygen: error: SUBJECT: MESSAGE` on stderr and, with `--json`, a line
    /// `{"<field>": SUBJECT, "error": {...}}` on stdout so a pipeline keeps one line per item.
    pub fn item_failed(&self, field: &str, subject: &str, failure: &Failure) {
        if self.json {
            let line = json!({
                field: subject,
                "error": {"code": failure.code(), "message": failure.message},
            });
            print_line(&line.to_string());
        }
        self.error(&format!("{subject}: {}", failure.message));
    }

    /// A failure that belongs to no single item.
    pub fn error(&self, message: &str) {
        eprintln!("heygen: error: {}", sanitize(message));
    }

    /// A note for the person at the terminal; `--quiet` silences it.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("heygen: {}", sanitize(message));
        }
    }
}

/// A reader that closed the pipe (`heygen ... | head -1`) is not an error worth a panic.
fn print_line(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}").and_then(|()| out.flush());
}

/// Escapes control characters (ANSI sequences included), which a server or a file name could
/// otherwise use to rewrite the user's terminal.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn sanitize_escapes_control_characters() {
        assert_eq!(super::sanitize("a\u{1b}[31mb\nc"), "a\\u{1b}[31mb\\nc");
        assert_eq!(super::sanitize("photo é.png"), "photo é.png");
    }
}
