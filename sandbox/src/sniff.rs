//! The sandbox's own type detection from a file's first bytes. It is deliberately separate from
//! any client-side detection so that a mistake in one cannot hide behind the other. MP4 and
//! WebM follow the WHATWG MIME Sniffing Standard (sections "signature for MP4" and "signature
//! for WebM"); SRT is text that opens with a cue.

/// Leading bytes kept for sniffing (fewer when the file is shorter).
pub const SNIFF_LEN: usize = 512;

/// Bytes that must appear at an offset.
type Magic = (usize, &'static [u8]);

/// (MIME type, every magic that must match), for the types a fixed signature decides.
const TABLE: &[(&str, &[Magic])] = &[
    ("image/png", &[(0, b"\x89PNG\r\n\x1a\n")]),
    ("image/jpeg", &[(0, b"\xFF\xD8\xFF")]),
    ("application/pdf", &[(0, b"%PDF-")]),
    ("audio/wav", &[(0, b"RIFF"), (8, b"WAVE")]),
    ("audio/mpeg", &[(0, b"ID3")]),
    ("audio/mpeg", &[(0, b"\xFF\xFB")]),
    ("audio/mpeg", &[(0, b"\xFF\xF3")]),
    ("audio/mpeg", &[(0, b"\xFF\xF2")]),
    ("audio/mpeg", &[(0, b"\xFF\xFA")]),
];

/// Decides whether leading bytes are of one type.
type Matcher = fn(&[u8]) -> bool;

/// Types decided by reading structure rather than a fixed signature.
const STRUCTURED: &[(&str, Matcher)] = &[
    ("video/mp4", mp4_signature),
    ("video/webm", webm_signature),
    ("application/x-subrip", srt_signature),
];

/// The MIME type of a file from its first bytes, if it is a supported type.
pub fn sniff(head: &[u8]) -> Option<&'static str> {
    let fixed = TABLE.iter().find(|(_, checks)| {
        checks
            .iter()
            .all(|(at, magic)| head.get(*at..at + magic.len()) == Some(*magic))
    });
    fixed.map(|(mime, _)| *mime).or_else(|| {
        STRUCTURED
            .iter()
            .find(|(_, matches)| matches(head))
            .map(|(mime, _)| *mime)
    })
}

/// WHATWG "matches the signature for MP4".
fn mp4_signature(sequence: &[u8]) -> bool {
    let length = sequence.len();
    if length < 12 {
        return false;
    }
    let box_size =
        u32::from_be_bytes([sequence[0], sequence[1], sequence[2], sequence[3]]) as usize;
    if length < box_size || !box_size.is_multiple_of(4) {
        return false;
    }
    if &sequence[4..8] != b"ftyp" {
        return false;
    }
    if &sequence[8..11] == b"mp4" {
        return true;
    }
    let mut bytes_read = 16;
    while bytes_read < box_size {
        if sequence.get(bytes_read..bytes_read + 3) == Some(b"mp4") {
            return true;
        }
        bytes_read += 4;
    }
    false
}

/// WHATWG "matches the signature for WebM".
fn webm_signature(sequence: &[u8]) -> bool {
    let length = sequence.len();
    if length < 4 || sequence[..4] != [0x1A, 0x45, 0xDF, 0xA3] {
        return false;
    }
    let mut iter = 4;
    while iter < length && iter < 38 {
        if sequence.get(iter..iter + 2) == Some(&[0x42, 0x82]) {
            iter += 2;
            if iter >= length {
                return false;
            }
            let number_size = vint_width(sequence[iter]);
            iter += number_size;
            if iter + 4 > length {
                return false;
            }
            if &sequence[iter..iter + 4] == b"webm" {
                return true;
            }
        }
        iter += 1;
    }
    false
}

/// The width in bytes of an EBML variable-size integer: its leading zero bits plus one.
fn vint_width(first: u8) -> usize {
    let mut mask = 0x80u8;
    let mut width = 1;
    while width < 8 && first & mask == 0 {
        mask >>= 1;
        width += 1;
    }
    width
}

/// SubRip: UTF-8 text (BOM allowed) whose first cue is an index line and then
/// `HH:MM:SS,mmm --> HH:MM:SS,mmm`.
fn srt_signature(head: &[u8]) -> bool {
    let body = match head {
        [0xEF, 0xBB, 0xBF, rest @ ..] => rest,
        _ => head,
    };
    let text = match std::str::from_utf8(body) {
        Ok(text) => text,
        // A character cut by the 512-byte limit.
        Err(error) if error.error_len().is_none() => {
            std::str::from_utf8(&body[..error.valid_up_to()]).unwrap_or("")
        }
        Err(_) => return false,
    };
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return false;
    }
    let mut lines = text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .skip_while(|line| line.is_empty());
    let (Some(index), Some(timing)) = (lines.next(), lines.next()) else {
        return false;
    };
    let index_ok = !index.is_empty() && index.chars().all(|c| c.is_ascii_digit());
    let mut halves = timing.splitn(2, " --> ");
    let start = halves.next().unwrap_or("");
    let end = halves.next().unwrap_or("");
    index_ok && timestamp(start) && end.get(..12).is_some_and(timestamp)
}

/// `HH:MM:SS,mmm`.
fn timestamp(text: &str) -> bool {
    text.len() == 12
        && text.char_indices().all(|(i, c)| match i {
            2 | 5 => c == ':',
            8 => c == ',',
            _ => c.is_ascii_digit(),
        })
}

/// The supported MIME types, for messages.
pub fn supported_list() -> String {
    let mut names: Vec<&str> = TABLE.iter().map(|(mime, _)| *mime).collect();
    names.dedup();
    names.extend(STRUCTURED.iter().map(|(mime, _)| *mime));
    names.join(", ")
}

/// Whether a declared content type is one the sandbox accepts.
pub fn is_supported(mime: &str) -> bool {
    TABLE.iter().any(|(known, _)| *known == mime) || STRUCTURED.iter().any(|(m, _)| *m == mime)
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
        assert_eq!(sniff(b"ID3\x04"), Some("audio/mpeg"));
        assert_eq!(sniff(b"\xFF\xFB\x90"), Some("audio/mpeg"));
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn mp4_by_brand_and_webm_by_doc_type() {
        assert_eq!(sniff(b"\0\0\0\x10ftypmp42\0\0\0\0"), Some("video/mp4"));
        assert_eq!(
            sniff(b"\0\0\0\x18ftypisom\0\0\0\0isommp41"),
            Some("video/mp4")
        );
        // QuickTime, and a box longer than what was read.
        assert_eq!(sniff(b"\0\0\0\x14ftypqt  \0\0\x02\0qt  "), None);
        assert_eq!(sniff(b"\0\0\0\x20ftypisom"), None);
        assert_eq!(
            sniff(b"\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01\x42\x82\x84webm"),
            Some("video/webm")
        );
        assert_eq!(sniff(b"\x1A\x45\xDF\xA3\xA3\x42\x82\x88matroska"), None);
        assert_eq!(sniff(b"\x1A\x45\xDF\xA3"), None);
    }

    #[test]
    fn real_files_made_with_ffmpeg() {
        let fixture = |name: &str| {
            let path = format!(
                "{}/../tests/fixtures/media/{name}",
                env!("CARGO_MANIFEST_DIR")
            );
            let bytes = std::fs::read(path).unwrap();
            bytes[..SNIFF_LEN.min(bytes.len())].to_vec()
        };
        assert_eq!(sniff(&fixture("sample.mp4")), Some("video/mp4"));
        assert_eq!(sniff(&fixture("clip.webm")), Some("video/webm"));
        assert_eq!(sniff(&fixture("clip.mov")), None);
        assert_eq!(sniff(&fixture("clip.mkv")), None);
    }

    #[test]
    fn srt_needs_a_cue() {
        assert_eq!(
            sniff(b"\xEF\xBB\xBF1\r\n00:00:01,000 --> 00:00:02,000\r\nHi"),
            Some("application/x-subrip")
        );
        assert_eq!(sniff(b"just some notes\n"), None);
        assert_eq!(sniff(b"1\n00:00:01.000 --> 00:00:02.000\n"), None);
        assert_eq!(sniff(b"1\n00:00:01,000 --> 00:00:02,000\n\x00"), None);
    }

    #[test]
    fn supported_types() {
        assert!(is_supported("video/mp4"));
        assert!(is_supported("application/x-subrip"));
        assert!(!is_supported("image/gif"));
        assert_eq!(supported_list().matches("audio/mpeg").count(), 1);
    }
}
