//! Text rules every layer shares, and nothing else: making outside text safe to show on a
//! terminal line, and what an id HeyGen made looks like. A leaf: it imports nothing of the
//! crate, so the layers above may all use it without importing each other.

use serde_json::Value;

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

/// Longest piece of a server's text quoted in a message.
pub const MAX_QUOTED_CHARS: usize = 300;

/// A server's text made fit for one line: control characters escaped, cut at
/// `MAX_QUOTED_CHARS` (with an ellipsis).
pub fn one_line(text: &str) -> String {
    let mut chars = text.chars();
    let cut: String = chars.by_ref().take(MAX_QUOTED_CHARS).collect();
    let mut shown = sanitize(&cut);
    if chars.next().is_some() {
        shown.push('…');
    }
    shown
}

/// An id as HeyGen makes them (`ast_…`, `grp_…`): ids go into URL paths and into output, so
/// nothing but an id's characters is let through.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
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
