//! The sandbox's own byte-signature table. It is deliberately separate from any client-side
//! detection so that a mistake in one cannot hide behind the other.

/// Enough leading bytes to decide every entry of the table.
pub const SNIFF_LEN: usize = 12;

/// Bytes that must appear at an offset.
type Magic = (usize, &'static [u8]);

/// (MIME type, every magic that must match).
const TABLE: &[(&str, &[Magic])] = &[
    ("image/png", &[(0, b"\x89PNG\r\n\x1a\n")]),
    ("image/jpeg", &[(0, b"\xFF\xD8\xFF")]),
    ("application/pdf", &[(0, b"%PDF-")]),
    ("audio/wav", &[(0, b"RIFF"), (8, b"WAVE")]),
    ("video/webm", &[(0, b"\x1A\x45\xDF\xA3")]),
    ("video/mp4", &[(4, b"ftyp")]),
    ("audio/mpeg", &[(0, b"ID3")]),
    ("audio/mpeg", &[(0, b"\xFF\xFB")]),
    ("audio/mpeg", &[(0, b"\xFF\xF3")]),
    ("audio/mpeg", &[(0, b"\xFF\xF2")]),
    ("audio/mpeg", &[(0, b"\xFF\xFA")]),
];

/// The MIME type of a file from its first bytes, if it is a supported type.
pub fn sniff(head: &[u8]) -> Option<&'static str> {
    TABLE
        .iter()
        .find(|(_, checks)| {
            checks
                .iter()
                .all(|(at, magic)| head.get(*at..at + magic.len()) == Some(*magic))
        })
        .map(|(mime, _)| *mime)
}

/// The supported MIME types, for messages.
pub fn supported_list() -> String {
    let mut names: Vec<&str> = TABLE.iter().map(|(mime, _)| *mime).collect();
    names.dedup();
    names.join(", ")
}

/// Whether a declared content type is one the sandbox accepts.
pub fn is_supported(mime: &str) -> bool {
    TABLE.iter().any(|(known, _)| *known == mime)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_each_signature() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\nrest"), Some("image/png"));
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0"), Some("image/jpeg"));
        assert_eq!(sniff(b"%PDF-1.7"), Some("application/pdf"));
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVEfmt "), Some("audio/wav"));
        assert_eq!(sniff(b"RIFF\0\0\0\0AVI "), None);
        assert_eq!(sniff(b"\x1A\x45\xDF\xA3"), Some("video/webm"));
        assert_eq!(sniff(b"\0\0\0\x20ftypisom"), Some("video/mp4"));
        assert_eq!(sniff(b"ID3\x04"), Some("audio/mpeg"));
        assert_eq!(sniff(b"\xFF\xFB\x90"), Some("audio/mpeg"));
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn supported_types() {
        assert!(is_supported("video/mp4"));
        assert!(!is_supported("image/gif"));
        assert_eq!(supported_list().matches("audio/mpeg").count(), 1);
    }
}
