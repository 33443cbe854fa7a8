//! Assets as lines: on a terminal a table sized to it, elsewhere one tab-separated line each
//! (id, type, name, uploaded as RFC 3339, URL) for `cut` and `awk`, and with `--json` HeyGen's
//! object each.

use std::io::IsTerminal;
use std::time::{Duration, UNIX_EPOCH};

use serde_json::Value;

use crate::commands::Context;
use crate::util::text::sanitize;

/// The fields shown of an asset, in column order.
fn fields(asset: &Value) -> [String; 5] {
    let text = |name: &str| asset[name].as_str().unwrap_or_default().to_string();
    let uploaded = asset["uploaded_at"]
        .as_u64()
        .map(|secs| humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_secs(secs)))
        .map_or_else(String::new, |time| time.to_string());
    [
        text("id"),
        text("type"),
        text("name"),
        uploaded,
        text("url"),
    ]
}

/// Prints `assets` (HeyGen's asset objects); `answers`, when given, are what `--json` prints
/// for each instead of the object itself.
pub fn print(context: &Context, assets: &[Value], answers: Option<&[Value]>) {
    let output = &context.output;
    if output.is_json() || !std::io::stdout().is_terminal() {
        for (i, asset) in assets.iter().enumerate() {
            let answer = answers.map_or(asset, |a| &a[i]);
            output.result_fields(&fields(asset), answer);
        }
        return;
    }
    let mut rows: Vec<[String; 5]> =
        vec![["ID", "TYPE", "NAME", "UPLOADED", "URL"].map(String::from)];
    rows.extend(assets.iter().map(|a| fields(a).map(|f| sanitize(&f))));
    let columns = console::Term::stdout().size().1 as usize;
    for row in fit(&rows, columns.max(40)) {
        output.result(&row, &Value::Null);
    }
}

/// The rows as lines at most `width` wide: every column as wide as its widest cell, the name
/// and the URL cut (with `…`) when the line would not fit.
fn fit(rows: &[[String; 5]], width: usize) -> Vec<String> {
    let chars = |s: &String| s.chars().count();
    let mut widths: Vec<usize> = (0..5)
        .map(|c| rows.iter().map(|r| chars(&r[c])).max().unwrap_or(0))
        .collect();
    let fixed = widths[0] + widths[1] + widths[3] + 4 * 2;
    let room = width.saturating_sub(fixed);
    if widths[2] + widths[4] > room {
        widths[2] = widths[2].min(room / 3).max(4);
        widths[4] = room.saturating_sub(widths[2]).max(4);
    }
    let cut = |text: &String, width: usize| -> String {
        match chars(text) > width {
            true => text
                .chars()
                .take(width.saturating_sub(1))
                .chain(['…'])
                .collect(),
            false => format!("{text:width$}"),
        }
    };
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = (0..5).map(|c| cut(&row[c], widths[c])).collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_terminal_cuts_the_name_and_the_url() {
        let row = |name: &str, url: &str| {
            [
                "ast_1".into(),
                "image".into(),
                name.into(),
                "2026-12-06T20:00:00Z".into(),
                url.into(),
            ]
        };
        let rows = [row("NAME", "URL"), row(&"n".repeat(60), &"u".repeat(90))];
        let lines = fit(&rows, 80);
        assert!(lines.iter().all(|l| l.chars().count() <= 80), "{lines:?}");
        assert!(lines[1].contains('…'));
        assert!(lines[1].starts_with("ast_1  image  nnn"));
    }
}
