//! Progress as it lands: plain lines of a slow transfer in a log, and bars that fit the
//! terminal (a real pseudo-terminal 60 columns wide) or a log that asked for them.

use heygen_sandbox::Faults;

use super::harness::*;

/// A sandbox whose storage reads every PUT body at 4 MB/s.
fn throttled() -> Env {
    let faults = Faults::parse("put-throttle=4000000").expect("a valid fault spec");
    Env::with(|config| config.faults = faults)
}

/// `HH:MM:SS`
fn is_clock(field: &str) -> bool {
    let bytes = field.as_bytes();
    bytes.len() == 8
        && bytes[2] == b':'
        && bytes[5] == b':'
        && field.chars().filter(char::is_ascii_digit).count() == 6
}

/// A number with one decimal and a binary unit: `28.6` then `MiB`.
fn is_figure(number: &str) -> bool {
    number
        .split_once('.')
        .is_some_and(|(whole, tenth)| whole.parse::<u64>().is_ok() && tenth.len() == 1)
}

/// A transfer that lasts longer than the line interval (the sandbox's storage reads slowly)
/// prints a line every interval (10 s in use, 0.5 s under test) with bytes, rate and ETA,
/// then its final line.
#[test]
fn a_slow_transfer_prints_a_line_every_interval_then_a_final_one() {
    let env = throttled();
    // 24 MiB at 4 MB/s: over 6 s, so the client still reads after several intervals whatever
    // the buffers between it and the sandbox hold.
    let clip = env.mp4("slow.mp4", 24 << 20);

    let run = env
        .run(&[
            "asset",
            "direct-upload",
            "--no-checksum",
            "--progress",
            "plain",
            &clip,
        ])
        .success();

    let stderr = stderr(&run);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines.len() >= 2,
        "a progress line, then the final one:\n{stderr}"
    );
    let (last, progress) = lines.split_last().unwrap();
    for line in progress {
        // 09:17:21 slow.mp4 10% 2.4/24.0 MiB 3.8 MiB/s ETA 5s
        let fields: Vec<&str> = line.split(' ').collect();
        assert_eq!(fields.len(), 9, "{line}");
        assert!(is_clock(fields[0]), "{line}");
        assert_eq!(fields[1], "slow.mp4", "{line}");
        let percent: u64 = fields[2].strip_suffix('%').unwrap().parse().unwrap();
        assert!(percent < 100, "{line}");
        let (done, total) = fields[3].split_once('/').unwrap();
        assert!(is_figure(done) && total == "24.0", "{line}");
        assert_eq!(fields[4], "MiB", "{line}");
        assert!(is_figure(fields[5]) && fields[6].ends_with("B/s"), "{line}");
        assert_eq!(fields[7], "ETA", "{line}");
        assert!(
            fields[8].ends_with('s') || fields[8].ends_with('m'),
            "{line}"
        );
    }
    // 09:17:27 slow.mp4 done in 6.1 s (24.0 MiB, 4.0 MiB/s)
    let fields: Vec<&str> = last.split(' ').collect();
    assert_eq!(fields.len(), 10, "{last}");
    assert!(is_clock(fields[0]), "{last}");
    assert_eq!(fields[1..4], ["slow.mp4", "done", "in"], "{last}");
    assert!(is_figure(fields[4]) && fields[5] == "s", "{last}");
    assert_eq!(fields[6..8], ["(24.0", "MiB,"], "{last}");
    assert!(
        is_figure(fields[8]) && fields[9].ends_with("B/s)"),
        "{last}"
    );
    let id = stdout(&run).trim().to_string();
    assert_eq!(env.stored(&id), env.read(&clip));
}

/// The rows a terminal `columns` wide shows, from what it was sent: escape sequences
/// removed, a new row at every carriage return and line feed, and where a row is full (the
/// terminal wraps there; indicatif pads each bar with spaces to the end of its row).
fn rows(raw: &str, columns: usize) -> Vec<String> {
    let mut segments = vec![String::new()];
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => {
                // CSI: ESC [ parameters, then one final byte in @..~.
                if chars.next_if_eq(&'[').is_some() {
                    for next in chars.by_ref() {
                        if ('@'..='~').contains(&next) {
                            break;
                        }
                    }
                }
                segments.push(String::new());
            }
            '\r' | '\n' => segments.push(String::new()),
            other => segments.last_mut().unwrap().push(other),
        }
    }
    let mut rows = Vec::new();
    // Notes are text, which a terminal may wrap; only bars must fit.
    segments.retain(|segment| !segment.starts_with("heygen: "));
    for segment in segments {
        let chars: Vec<char> = segment.chars().collect();
        for row in chars.chunks(columns) {
            let row: String = row.iter().collect();
            if !row.trim().is_empty() {
                rows.push(row.trim_end().to_string());
            }
        }
    }
    rows
}

/// The rows that are bars (`NAME [===>   ] ...`).
fn bars(rows: &[String]) -> Vec<&String> {
    rows.iter().filter(|row| row.contains(" [")).collect()
}

/// No bar wrapped: every row begins with something that begins a line (a bar's name, an
/// id, a note), never with the tail of a bar that did not fit.
fn assert_no_wrap(rows: &[String], starts: &[&str]) {
    for row in rows {
        assert!(
            starts.iter().any(|start| row.starts_with(start)),
            "a wrapped line: {row:?} in\n{rows:#?}"
        );
    }
}

const LONG_NAME: &str = "a-rather-long-name-for-a-video-file-from-the-camera.mp4";

/// At 60 columns no bar wraps: the ETA goes, and a long name is cut with `…`.
#[test]
fn bars_fit_a_terminal_of_sixty_columns() {
    let env = throttled();
    env.mp4(LONG_NAME, 6 << 20);
    let short = env.mp4("b.mp4", 6 << 20);

    let screen = env.on_a_terminal(
        "xterm",
        Some(60),
        &format!("asset direct-upload --no-checksum -j 2 {LONG_NAME} {short}"),
    );

    let rows = rows(&screen, 60);
    let drawn = bars(&rows);
    assert!(!drawn.is_empty(), "bars were drawn: {screen:?}");
    assert_no_wrap(
        &rows,
        &["a-rather-long-name… [", "b.mp4 ", "total ", "ast_"],
    );
    assert!(
        drawn
            .iter()
            .any(|bar| bar.starts_with("a-rather-long-name…")),
        "{drawn:#?}"
    );
    assert!(
        drawn.iter().any(|bar| bar.starts_with("total ")),
        "{drawn:#?}"
    );
    assert!(!drawn.iter().any(|bar| bar.contains("ETA")), "{drawn:#?}");
}

/// `--progress bar` is an explicit request: bars even into a file, `COLUMNS` wide, else 80.
#[test]
fn progress_bar_draws_into_a_log_at_the_width_it_is_given() {
    let env = throttled();
    let clip = env.mp4("clip.mp4", 6 << 20);

    for (columns, width) in [(Some("60"), 60), (None, 80)] {
        let mut heygen = env.heygen();
        heygen.env_remove("COLUMNS");
        if let Some(columns) = columns {
            heygen.env("COLUMNS", columns);
        }
        let run = heygen
            .args([
                "asset",
                "direct-upload",
                "--no-checksum",
                "--progress",
                "bar",
                &clip,
            ])
            .assert()
            .success();
        let raw = stderr(&run);
        assert!(
            raw.contains('\u{1b}'),
            "drawn with escape sequences: {raw:?}"
        );
        let rows = rows(&raw, width);
        let drawn = bars(&rows);
        assert!(!drawn.is_empty(), "{raw:?}");
        assert_no_wrap(&rows, &["clip.mp4 "]);
        assert_eq!(
            drawn.iter().any(|bar| bar.contains(" ETA ")),
            width == 80,
            "the ETA fits in 80 columns, not in 60: {drawn:#?}"
        );
    }

    // `auto` still decides: a log gets plain lines.
    let run = env
        .heygen()
        .env("COLUMNS", "60")
        .args(["asset", "upload", "--progress", "auto", &clip])
        .assert()
        .success();
    assert!(!stderr(&run).contains('\u{1b}'), "{}", stderr(&run));
}

/// A transfer that fails gets no `done` line: the error alone says what happened.
#[test]
fn a_failed_transfer_prints_no_done_line() {
    let env = Env::with(|config| config.faults = Faults::parse("put-stall=1").unwrap());
    let clip = env.mp4("clip.mp4", 300_000);

    let run = env
        .run(&[
            "--progress",
            "plain",
            "--timeout",
            "2",
            "--retries",
            "0",
            "asset",
            "direct-upload",
            &clip,
        ])
        .code(4);

    let stderr = stderr(&run);
    assert!(!stderr.contains("done in"), "{stderr}");
    assert!(stderr.contains("clip.mp4: no byte moved"), "{stderr}");
}

/// The figure before `MiB/s` in a text, the last one.
fn last_mib_per_sec(text: &str) -> Option<f64> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .windows(2)
        .filter(|pair| pair[1].trim_end_matches(')') == "MiB/s")
        .filter_map(|pair| pair[0].trim_start_matches('(').parse().ok())
        .next_back()
}

/// One speed figure: on a steady transfer the total bar's last rate and the summary's agree
/// within 10 % (both are bytes over the time since the start, not a recent-rate estimate).
#[test]
fn the_bar_and_the_summary_give_the_same_rate() {
    let env = throttled();
    let (a, b) = (env.mp4("a.mp4", 6 << 20), env.mp4("b.mp4", 6 << 20));
    let run = env
        .heygen()
        .env("COLUMNS", "100")
        .args(["asset", "direct-upload", "--no-checksum", "-j", "1"])
        .args(["--progress", "bar", &a, &b])
        .assert()
        .success();
    let log = stderr(&run);
    let rows = rows(&log, 100);
    let bar = rows
        .iter()
        .filter(|row| row.starts_with("total "))
        .filter_map(|row| last_mib_per_sec(row))
        .next_back()
        .unwrap_or_else(|| panic!("a total bar with a rate: {rows:#?}"));
    let summary_line = log
        .lines()
        .find(|line| line.contains("2 files: 2 done"))
        .unwrap_or_else(|| panic!("a summary: {log}"));
    let summary = last_mib_per_sec(summary_line).expect("a rate in the summary");
    assert!(
        (bar - summary).abs() <= summary * 0.10,
        "bar {bar} MiB/s, summary {summary} MiB/s: {summary_line}"
    );
}
