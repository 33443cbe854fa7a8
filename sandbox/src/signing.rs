//! Presigned storage URLs: an HMAC over everything a client could tamper with.

use super::sigv4::percent_encode;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

pub const ALGORITHM: &str = "SANDBOX-HMAC-SHA256";

/// What a presigned PUT is bound to.
pub struct Canonical<'a> {
    /// Decoded request path, so equivalent percent-encodings verify alike.
    pub path: &'a str,
    pub host: &'a str,
    /// Every query parameter except the signature, decoded.
    pub query: &'a [(String, String)],
    /// Signed header names and the values the client must send.
    pub headers: &'a [(&'a str, String)],
}

impl Canonical<'_> {
    fn text(&self) -> String {
        let mut query: Vec<String> = self
            .query
            .iter()
            .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
            .collect();
        query.sort();
        let headers: String = self
            .headers
            .iter()
            .map(|(name, value)| format!("{name}:{}\n", percent_encode(value)))
            .collect();
        format!(
            "PUT\n{}\n{}\n{}\n{headers}",
            percent_encode(self.path),
            percent_encode(self.host),
            query.join("&")
        )
    }

    fn mac(&self, secret: &[u8]) -> Hmac<Sha256> {
        // HMAC accepts keys of any length, so this cannot fail.
        let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
        mac.update(self.text().as_bytes());
        mac
    }

    /// Lowercase hex signature.
    pub fn sign(&self, secret: &[u8]) -> String {
        hex::encode(self.mac(secret).finalize().into_bytes())
    }

    /// Constant-time check of a client-supplied hex signature.
    pub fn verify(&self, secret: &[u8], signature: &str) -> bool {
        hex::decode(signature).is_ok_and(|raw| self.mac(secret).verify_slice(&raw).is_ok())
    }
}

/// `YYYYMMDDTHHMMSSZ` for seconds since the Unix epoch (UTC).
pub fn format_amz_date(unix: u64) -> String {
    let (days, secs) = (unix / 86_400, unix % 86_400);
    let (year, month, day) = civil_from_days(days as i64);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// Inverse of [`format_amz_date`]; `None` unless the text has exactly that shape.
pub fn parse_amz_date(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<u64> {
        let part = text.get(range)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (year, month, day) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (hour, minute, second) = (num(9..11)?, num(11..13)?, num(13..15)?);
    if !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let days = u64::try_from(days_from_civil(year as i64, month as i64, day as i64)).ok()?;
    Some(days * 86_400 + hour * 3600 + minute * 60 + second)
}

// Howard Hinnant's civil-calendar algorithms (proleptic Gregorian).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical<'a>(
        query: &'a [(String, String)],
        headers: &'a [(&'a str, String)],
    ) -> Canonical<'a> {
        Canonical {
            path: "/storage/ast_1/a b.mp4",
            host: "127.0.0.1:1",
            query,
            headers,
        }
    }

    #[test]
    fn dates_round_trip() {
        assert_eq!(format_amz_date(0), "19700101T000000Z");
        assert_eq!(format_amz_date(1_709_210_096), "20240229T123456Z");
        for t in [0, 951_782_400, 1_709_210_096, 4_102_444_799] {
            assert_eq!(parse_amz_date(&format_amz_date(t)), Some(t));
        }
        assert_eq!(parse_amz_date("2024-02-29T12:34"), None);
        assert_eq!(parse_amz_date("20241329T123456Z"), None);
        assert_eq!(parse_amz_date("2024022+T123456Z"), None);
    }

    #[test]
    fn any_change_breaks_the_signature() {
        let secret = b"secret";
        let query = vec![("X-Amz-Expires".to_string(), "60".to_string())];
        let headers = vec![("content-length", "5".to_string())];
        let signature = canonical(&query, &headers).sign(secret);
        assert!(canonical(&query, &headers).verify(secret, &signature));
        assert!(!canonical(&query, &headers).verify(b"other", &signature));
        assert!(!canonical(&query, &headers).verify(secret, "zz"));

        let longer = vec![("X-Amz-Expires".to_string(), "61".to_string())];
        assert!(!canonical(&longer, &headers).verify(secret, &signature));
        let mut moved = canonical(&query, &headers);
        moved.host = "127.0.0.1:2";
        assert!(!moved.verify(secret, &signature));
        let mut renamed = canonical(&query, &headers);
        renamed.path = "/storage/ast_1/b.mp4";
        assert!(!renamed.verify(secret, &signature));
    }

    #[test]
    fn percent_encoding_keeps_only_unreserved() {
        assert_eq!(percent_encode("a b/é~.mp4"), "a%20b%2F%C3%A9~.mp4");
    }
}
