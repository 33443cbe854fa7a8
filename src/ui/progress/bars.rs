//! Progress bars that fit the terminal: a line never wraps, whatever its width. Narrower
//! terminals first lose the ETA, then the name is cut (ending in `…`).

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use console::{measure_text_width, truncate_str};
use indicatif::{ProgressDrawTarget, TermLike};

use super::figures;

/// Where no width is known (stderr is not a terminal and `COLUMNS` is unset).
const DEFAULT_WIDTH: u16 = 80;
/// The name column, when there is room for it.
const NAME: usize = 20;
/// The shortest a name is cut to, and the narrowest bar drawn.
const NAME_MIN: usize = 8;
const BAR_MIN: usize = 10;
const BAR_MAX: usize = 40;
/// Room kept for the figures, so that bars stay aligned while the numbers change.
const SIZES: usize = 15;
const RATE: usize = 11;
const ETA: usize = 10;

/// Where the bars are drawn and how wide the lines may be.
#[derive(Debug, Clone, Copy)]
pub enum Width {
    /// A terminal: asked at every redraw, so a resize is followed.
    Terminal,
    /// A log or a pipe that asked for bars (`--progress bar`).
    Fixed(u16),
}

impl Width {
    pub fn columns(self) -> usize {
        match self {
            Width::Terminal => console::Term::stderr()
                .size_checked()
                .map_or(DEFAULT_WIDTH, |(_, columns)| columns),
            Width::Fixed(columns) => columns,
        }
        .into()
    }
}

/// stderr's draw target: the terminal, or for an explicit `--progress bar` into a log or a
/// pipe, the same escape sequences `columns` wide (the settings read `COLUMNS`).
pub fn draw_target(columns: u16) -> (ProgressDrawTarget, Width) {
    if io::stderr().is_terminal() {
        return (ProgressDrawTarget::stderr(), Width::Terminal);
    }
    let target = ProgressDrawTarget::term_like(Box::new(Stderr { columns }));
    (target, Width::Fixed(columns))
}

/// What one bar shows.
pub struct Figures<'a> {
    pub name: &'a str,
    pub done: u64,
    pub total: u64,
    pub per_sec: f64,
    pub eta: Option<Duration>,
    /// Held back by HeyGen's rate limit before its first byte.
    pub waiting: bool,
}

const WAITING: &str = "waiting: HeyGen's rate limit";

/// `NAME [=====>    ] 28.6/286.1 MiB 31.2 MiB/s ETA 8s`, at most `width` columns.
pub fn line(width: usize, figures: &Figures<'_>) -> String {
    let sizes = figures::done_of(figures.done, figures.total);
    let rate = figures::rate(figures.per_sec);
    let eta = format!(
        "ETA {}",
        figures.eta.map_or_else(|| "?".to_string(), figures::eta)
    );
    let sizes_width = SIZES.max(sizes.len());
    let rate_width = RATE.max(rate.len());
    let eta_width = ETA.max(eta.len());
    // The name, " [", the bar, "] ", the sizes, " ", the rate, and maybe " " and the ETA.
    let fixed = 4 + sizes_width + 1 + rate_width;
    let with_eta = fixed + 1 + eta_width;
    // One name column for every bar, so that the bars line up.
    let (show_eta, name_width) = if NAME + BAR_MIN + with_eta <= width {
        (true, NAME)
    } else {
        let room = width.saturating_sub(fixed + BAR_MIN);
        (false, room.clamp(NAME_MIN, NAME))
    };
    let used = name_width + if show_eta { with_eta } else { fixed };
    let bar_width = width.saturating_sub(used).min(BAR_MAX);
    let mut text = format!(
        "{name} [{bar}] {sizes:>sizes_width$} {rate:>rate_width$}",
        name = fit(figures.name, name_width),
        bar = bar(bar_width, figures.done, figures.total),
    );
    if figures.waiting {
        text = format!(
            "{name} [{bar}] {WAITING}",
            name = fit(figures.name, name_width),
            bar = bar(bar_width, 0, figures.total),
        );
    } else if show_eta {
        text.push_str(&format!(" {eta:<eta_width$}"));
    }
    // A terminal narrower than the figures themselves: cut the line rather than wrap it.
    truncate_str(text.trim_end(), width, "").into_owned()
}

/// `name` cut to `width` columns with `…`, or padded to them.
fn fit(name: &str, width: usize) -> String {
    let cut = truncate_str(name, width, "…");
    let pad = width.saturating_sub(measure_text_width(&cut));
    format!("{cut}{}", " ".repeat(pad))
}

fn bar(width: usize, done: u64, total: u64) -> String {
    let filled = if total == 0 {
        width
    } else {
        ((done.min(total) as f64 / total as f64) * width as f64) as usize
    };
    let mut bar = "=".repeat(filled);
    if filled < width {
        bar.push('>');
        bar.push_str(&" ".repeat(width - filled - 1));
    }
    bar
}

/// stderr that is not a terminal, drawn on as if it were one `columns` wide.
#[derive(Debug)]
struct Stderr {
    columns: u16,
}

impl Stderr {
    fn write(&self, text: &str) -> io::Result<()> {
        io::stderr().lock().write_all(text.as_bytes())
    }
}

impl TermLike for Stderr {
    fn width(&self) -> u16 {
        self.columns
    }

    fn move_cursor_up(&self, n: usize) -> io::Result<()> {
        if n == 0 {
            return Ok(());
        }
        self.write(&format!("\x1b[{n}A"))
    }

    fn move_cursor_down(&self, n: usize) -> io::Result<()> {
        if n == 0 {
            return Ok(());
        }
        self.write(&format!("\x1b[{n}B"))
    }

    fn move_cursor_right(&self, n: usize) -> io::Result<()> {
        if n == 0 {
            return Ok(());
        }
        self.write(&format!("\x1b[{n}C"))
    }

    fn move_cursor_left(&self, n: usize) -> io::Result<()> {
        if n == 0 {
            return Ok(());
        }
        self.write(&format!("\x1b[{n}D"))
    }

    fn write_line(&self, s: &str) -> io::Result<()> {
        self.write(&format!("{s}\n"))
    }

    fn write_str(&self, s: &str) -> io::Result<()> {
        self.write(s)
    }

    fn clear_line(&self) -> io::Result<()> {
        self.write("\r\x1b[2K")
    }

    fn flush(&self) -> io::Result<()> {
        io::stderr().flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1 << 20;

    fn figures(name: &str) -> Figures<'_> {
        Figures {
            name,
            done: 28 * MIB,
            total: 286 * MIB,
            per_sec: 31.2 * MIB as f64,
            eta: Some(Duration::from_secs(8)),
            waiting: false,
        }
    }

    #[test]
    fn no_line_is_wider_than_the_terminal() {
        let names = [
            "a.mp4",
            "a-rather-long-name-for-a-video-file-from-the-camera.mp4",
            "録画ファイルの名前はとても長いです.mp4",
            "",
        ];
        for width in 1..=200 {
            for name in names {
                for (total, waiting) in [0, 1000, 286 * MIB, 5000 * 1024 * MIB]
                    .into_iter()
                    .flat_map(|total| [(total, false), (total, true)])
                {
                    let line = line(
                        width,
                        &Figures {
                            total,
                            waiting,
                            ..figures(name)
                        },
                    );
                    assert!(
                        measure_text_width(&line) <= width,
                        "{width}: {line:?} is {} wide",
                        measure_text_width(&line)
                    );
                }
            }
        }
    }

    #[test]
    fn narrow_terminals_lose_the_eta_then_the_name() {
        let long = "a-rather-long-name-for-a-video-file.mp4";
        let wide = line(100, &figures(long));
        assert!(wide.contains("ETA 8s"), "{wide}");
        assert!(wide.starts_with("a-rather-long-name-…"), "{wide}");

        let sixty = line(60, &figures("a.mp4"));
        assert!(!sixty.contains("ETA"), "{sixty}");
        assert!(sixty.starts_with("a.mp4               ["), "{sixty}");
        assert!(sixty.contains("28.0/286.0 MiB") && sixty.contains("31.2 MiB/s"));

        let cut = line(60, &figures(long));
        assert!(!cut.contains("ETA"), "{cut}");
        let name = cut.split(" [").next().unwrap();
        assert!(name.ends_with('…') && name.len() < 20 + 2, "{cut}");
        assert!(measure_text_width(&cut) <= 60, "{cut}");
    }

    #[test]
    fn a_bar_held_back_by_the_rate_limit_says_so() {
        let held = line(
            100,
            &Figures {
                done: 0,
                waiting: true,
                ..figures("clip.mp4")
            },
        );
        assert!(held.ends_with("] waiting: HeyGen's rate limit"), "{held}");
        assert!(!held.contains("B/s") && !held.contains("ETA"), "{held}");
    }

    #[test]
    fn the_bar_fills_with_the_bytes() {
        assert_eq!(bar(10, 0, 100), ">         ");
        assert_eq!(bar(10, 50, 100), "=====>    ");
        assert_eq!(bar(10, 100, 100), "==========");
        assert_eq!(bar(4, 0, 0), "====");
    }
}
