//! The numbers progress shows, short and in binary units as rclone and curl users read them:
//! `28.6/286.1 MiB`, `31.2 MiB/s`, `ETA 1m05s`, `11.4 s`.

use crate::util::duration::compact;
use std::time::Duration;

const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];

/// The unit `bytes` reads best in: its index in `UNITS` and its size.
fn unit_for(bytes: f64) -> (usize, f64) {
    let mut index = 0;
    let mut size = 1.0;
    while bytes >= size * 1024.0 && index + 1 < UNITS.len() {
        index += 1;
        size *= 1024.0;
    }
    (index, size)
}

/// `bytes` in the unit of `size`: whole bytes, else one decimal.
fn in_unit(bytes: f64, (index, size): (usize, f64)) -> String {
    if index == 0 {
        format!("{bytes:.0}")
    } else {
        format!("{:.1}", bytes / size)
    }
}

/// `286.1 MiB`.
pub fn amount(bytes: u64) -> String {
    let unit = unit_for(bytes as f64);
    format!("{} {}", in_unit(bytes as f64, unit), UNITS[unit.0])
}

/// `28.6/286.1 MiB`: both in the total's unit, so the two read as one figure.
pub fn done_of(done: u64, total: u64) -> String {
    let unit = unit_for(total as f64);
    format!(
        "{}/{} {}",
        in_unit(done as f64, unit),
        in_unit(total as f64, unit),
        UNITS[unit.0]
    )
}

/// `31.2 MiB/s`.
pub fn rate(bytes_per_sec: f64) -> String {
    let bytes = if bytes_per_sec.is_finite() {
        bytes_per_sec.max(0.0)
    } else {
        0.0
    };
    let unit = unit_for(bytes);
    format!("{} {}/s", in_unit(bytes, unit), UNITS[unit.0])
}

/// The rate every progress figure gives: `bytes` over `elapsed` (never a division by zero).
pub fn average(bytes: u64, elapsed: Duration) -> f64 {
    bytes as f64 / elapsed.as_secs_f64().max(0.001)
}

/// A time left, rounded up to the second: `8s`, `1m05s`, `2h03m`.
pub fn eta(left: Duration) -> String {
    compact(Duration::from_secs(left.as_secs_f64().ceil() as u64))
}

/// A time taken: `11.4 s`.
pub fn took(elapsed: Duration) -> String {
    format!("{:.1} s", elapsed.as_secs_f64())
}

/// The time left at `bytes_per_sec` for `left` bytes; `None` before anything has moved.
pub fn time_left(left: u64, bytes_per_sec: f64) -> Option<Duration> {
    (bytes_per_sec.is_finite() && bytes_per_sec > 0.0)
        .then(|| Duration::from_secs_f64((left as f64 / bytes_per_sec).min(1e9)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1 << 20;

    #[test]
    fn figures_read_like_the_examples() {
        let total = 286 * MIB + 104_864;
        assert_eq!(done_of(total / 10, total), "28.6/286.1 MiB");
        assert_eq!(amount(total), "286.1 MiB");
        assert_eq!(done_of(512, 1000), "512/1000 B");
        assert_eq!(done_of(0, 5 * MIB), "0.0/5.0 MiB");
        assert_eq!(rate(31.2 * MIB as f64), "31.2 MiB/s");
        assert_eq!(rate(f64::NAN), "0 B/s");
        assert_eq!(rate(2048.0), "2.0 KiB/s");
        assert_eq!(eta(Duration::from_millis(7_200)), "8s");
        assert_eq!(eta(Duration::from_secs(65)), "1m05s");
        assert_eq!(eta(Duration::from_secs(7_380)), "2h03m");
        assert_eq!(took(Duration::from_millis(11_440)), "11.4 s");
        assert_eq!(time_left(100, 0.0), None);
        assert_eq!(time_left(100, 50.0), Some(Duration::from_secs(2)));
        assert_eq!(average(3 * MIB, Duration::from_secs(2)), 1.5 * MIB as f64);
        assert_eq!(average(10, Duration::ZERO), 10_000.0);
    }
}
