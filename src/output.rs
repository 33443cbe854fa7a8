//! What the user sees: results on stdout (an id per line, or a JSON object per line), notes
//! and errors on stderr. Knows nothing about HTTP.

use std::io::Write;

use indicatif::{MultiProgress, ProgressDrawTarget};
use serde_json::{Value, json};

use crate::error::Failure;

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

/// Escapes control characters (ANSI sequences included), which a server or a file name could
/// otherwise use to rewrite the user's terminal, and the invisible characters that reorder or
/// break a line (bidirectional overrides, line separators).
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if needs_escape(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Control characters (C0, DEL, C1), bidirectional controls and the Unicode line and
/// paragraph separators.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// A JSON value as one line that is safe on a terminal too: serde escapes C0 controls inside
/// strings, and this escapes the rest of `needs_escape` the same JSON way (`\u009b`), so the
/// line still parses to the same value.
pub fn json_text(value: &Value) -> String {
    let text = value.to_string();
    if !text.chars().any(needs_escape) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if needs_escape(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn sanitize_escapes_control_characters() {
        assert_eq!(super::sanitize("a\u{1b}[31mb\nc"), "a\\u{1b}[31mb\\nc");
        assert_eq!(super::sanitize("photo é.png"), "photo é.png");
        assert_eq!(
            super::sanitize("a\u{9b}2J\u{202e}gnp.exe\u{2028}"),
            "a\\u{9b}2J\\u{202e}gnp.exe\\u{2028}"
        );
    }

    #[test]
    fn json_lines_escape_what_a_terminal_would_act_on_and_still_parse() {
        let value = serde_json::json!({"m": "\u{1b}[2J \u{9b}31m \u{7f} \u{202e} é"});
        let line = super::json_text(&value);
        assert!(!line.chars().any(super::needs_escape), "{line}");
        assert!(line.contains("\\u009b") && line.contains("é"), "{line}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&line).unwrap(),
            value
        );
    }
}
