//! Progress bars on stderr, drawn only where a person is watching.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar for one file's transfer; hidden when progress is off (not a terminal, `--quiet`).
pub fn file_bar(enabled: bool, name: &str, total: u64) -> ProgressBar {
    if !enabled {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template(
        "{msg:20!} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta}",
    )
    .expect("the template is valid")
    .progress_chars("=> ");
    ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
        .with_style(style)
        .with_message(crate::output::sanitize(name))
}
