//! Durations as people type them: `90s`, `20m`, `2h`, or a bare number of seconds.

use std::time::Duration;

/// Parses `N`, `Ns`, `Nm` or `Nh` (N a whole number of at least 1).
pub fn parse(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (digits, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => text.split_at(at),
        None => (text, "s"),
    };
    let seconds_per_unit = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        _ => {
            return Err(format!(
                "{text:?} is not a duration; use e.g. 90s, 20m or 2h"
            ));
        }
    };
    let count: u64 = digits
        .parse()
        .map_err(|_| format!("{text:?} is not a duration; use e.g. 90s, 20m or 2h"))?;
    if count == 0 {
        return Err("must be at least 1 second".to_string());
    }
    count
        .checked_mul(seconds_per_unit)
        .map(Duration::from_secs)
        .ok_or_else(|| format!("{text:?} is too long"))
}

/// The one way the tool shows a duration: compact, without spaces, the two largest units at
/// most and no zero tail: `45s`, `20m`, `1m05s`, `2h`, `2h03m`, `6d`, `1d04h`.
pub fn compact(duration: Duration) -> String {
    let seconds = duration.as_secs();
    let (big, small, units) = match seconds {
        0..60 => return format!("{seconds}s"),
        60..3600 => (seconds / 60, seconds % 60, ("m", "s")),
        3600..86400 => (seconds / 3600, seconds / 60 % 60, ("h", "m")),
        _ => (seconds / 86400, seconds / 3600 % 24, ("d", "h")),
    };
    match small {
        0 => format!("{big}{}", units.0),
        _ => format!("{big}{}{small:02}{}", units.0, units.1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_two_largest_units() {
        let shown = |secs| compact(Duration::from_secs(secs));
        assert_eq!(shown(45), "45s");
        assert_eq!(shown(1200), "20m");
        assert_eq!(shown(65), "1m05s");
        assert_eq!(shown(7200), "2h");
        assert_eq!(shown(2 * 3600 + 14 * 60 + 5), "2h14m");
        assert_eq!(shown(6 * 86400 + 5), "6d");
        assert_eq!(shown(86400 + 4 * 3600), "1d04h");
        for text in ["2h", "20m", "45s", "1s"] {
            assert_eq!(compact(parse(text).unwrap()), text);
        }
    }

    #[test]
    fn accepts_the_documented_forms() {
        assert_eq!(parse("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse("20m"), Ok(Duration::from_secs(1200)));
        assert_eq!(parse("2h"), Ok(Duration::from_secs(7200)));
        assert_eq!(parse("45"), Ok(Duration::from_secs(45)));
    }

    #[test]
    fn refuses_the_rest() {
        for bad in [
            "",
            "0",
            "0s",
            "m",
            "1d",
            "1.5h",
            "-3",
            "1 h",
            "99999999999999999999h",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
