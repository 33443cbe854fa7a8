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

/// A duration the way `parse` reads it: `2h`, `20m`, `90s`.
pub fn display(duration: Duration) -> String {
    match duration.as_secs() {
        seconds if seconds >= 3600 && seconds % 3600 == 0 => format!("{}h", seconds / 3600),
        seconds if seconds >= 60 && seconds % 60 == 0 => format!("{}m", seconds / 60),
        seconds => format!("{seconds}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_what_it_parses() {
        for text in ["2h", "20m", "90s", "1s", "61m"] {
            assert_eq!(display(parse(text).unwrap()), text);
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
