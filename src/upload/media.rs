//! What HeyGen accepts, recognised from a file's first bytes (the API sniffs too, so a
//! renamed file would be refused there anyway; refusing it here saves the transfer).

/// How many leading bytes `detect` reads (or the whole file when shorter): enough for an MP4's
/// brands, a WebM's EBML DocType and an SRT file's first cue.
pub const SNIFF_LEN: usize = 512;

pub use crate::transfer::local_file::MediaType;

/// A type: its MIME type, its name in messages, its usual extension.
const fn media(mime: &'static str, label: &'static str, extension: &'static str) -> MediaType {
    MediaType {
        mime,
        label,
        extension,
    }
}

const PNG: MediaType = media("image/png", "PNG", "png");
const JPEG: MediaType = media("image/jpeg", "JPEG", "jpg");
const MP4: MediaType = media("video/mp4", "MP4", "mp4");
const WEBM: MediaType = media("video/webm", "WebM", "webm");
const MP3: MediaType = media("audio/mpeg", "MP3", "mp3");
const WAV: MediaType = media("audio/wav", "WAV", "wav");
const PDF: MediaType = media("application/pdf", "PDF", "pdf");
const SRT: MediaType = media("application/x-subrip", "SRT", "srt");

const ALL: [MediaType; 8] = [PNG, JPEG, MP4, WEBM, MP3, WAV, PDF, SRT];

/// The types HeyGen accepts, as listed in its docs: "PNG, JPEG, ...".
pub fn accepted() -> String {
    ALL.map(|t| t.label).join(", ")
}

/// Whether HeyGen accepts a MIME type (`audio/x-wav` is what some tools call WAV).
pub fn is_accepted_mime(mime: &str) -> bool {
    mime == "audio/x-wav" || ALL.iter().any(|t| t.mime == mime)
}

/// Recognises a supported type from the first bytes of a file (`SNIFF_LEN` of them, or all).
pub fn detect(head: &[u8]) -> Option<MediaType> {
    let at = |offset: usize, magic: &[u8]| head.get(offset..offset + magic.len()) == Some(magic);
    if at(0, b"\x89PNG\r\n\x1a\n") {
        Some(PNG)
    } else if at(0, b"\xff\xd8\xff") {
        Some(JPEG)
    } else if is_mp4(head) {
        Some(MP4)
    } else if ebml_doc_type(head) == Some(b"webm") {
        Some(WEBM)
    } else if at(0, b"RIFF") && at(8, b"WAVE") {
        Some(WAV)
    } else if at(0, b"%PDF-") {
        Some(PDF)
    } else if at(0, b"ID3") || is_mpeg_audio_frame(head) {
        Some(MP3)
    } else if starts_with_srt_cue(head) {
        Some(SRT)
    } else {
        None
    }
}

/// A container HeyGen refuses although it holds video it takes, with the command that fixes it.
pub fn refused_container(head: &[u8]) -> Option<&'static str> {
    if ftyp_brands(head).is_some() {
        Some(
            "an ISO media file without an mp4 brand (QuickTime .mov or similar), which HeyGen \
             does not take as MP4; convert it: ffmpeg -i IN -c copy OUT.mp4",
        )
    } else if ebml_doc_type(head).is_some() {
        Some(
            "Matroska (EBML DocType other than webm), which HeyGen does not take as WebM; \
             convert it: ffmpeg -i IN -c copy OUT.webm",
        )
    } else {
        None
    }
}

/// MP4 as the WHATWG MIME Sniffing Standard defines it: an `ftyp` box whose major brand or
/// one of its compatible brands starts with `mp4`.
fn is_mp4(head: &[u8]) -> bool {
    ftyp_brands(head).is_some_and(|brands| brands.iter().any(|brand| brand.starts_with(b"mp4")))
}

/// The major and compatible brands of a leading `ftyp` box that lies whole within `head`.
fn ftyp_brands(head: &[u8]) -> Option<Vec<&[u8]>> {
    let size = usize::try_from(u32::from_be_bytes(head.get(0..4)?.try_into().ok()?)).ok()?;
    if head.len() < 12 || size < 12 || head.len() < size || !size.is_multiple_of(4) {
        return None;
    }
    if &head[4..8] != b"ftyp" {
        return None;
    }
    // Bytes 12..16 are the minor version, not a brand.
    let compatible = head[16.min(size)..size].chunks_exact(4);
    Some(std::iter::once(&head[8..12]).chain(compatible).collect())
}

/// The EBML header's DocType (`webm`, `matroska`), found the way the WHATWG standard looks for
/// it: the element id 0x4282 within the first 38 bytes, then its size as an EBML varint.
fn ebml_doc_type(head: &[u8]) -> Option<&[u8]> {
    if head.get(0..4) != Some(b"\x1a\x45\xdf\xa3") {
        return None;
    }
    let mut at = 4;
    while at + 1 < head.len() && at < 38 {
        if head[at..at + 2] == [0x42, 0x82] {
            let size_at = at + 2;
            let first = *head.get(size_at)?;
            let width = first.leading_zeros() as usize + 1;
            if width > 8 {
                return None;
            }
            let mut length = u64::from(first) & (0xff >> width);
            for byte in head.get(size_at + 1..size_at + width)? {
                length = (length << 8) | u64::from(*byte);
            }
            let start = size_at + width;
            let end = start.checked_add(usize::try_from(length).ok()?)?;
            return head.get(start..end);
        }
        at += 1;
    }
    None
}

/// SRT subtitles: UTF-8 text (a BOM allowed) that starts with a cue: an index line, then
/// `HH:MM:SS,mmm --> HH:MM:SS,mmm`.
fn starts_with_srt_cue(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    // A multi-byte character cut at the end of the head is not a reason to refuse.
    let text = match std::str::from_utf8(head) {
        Ok(text) => text,
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return false,
    };
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return false;
    }
    let mut lines = text.trim_start_matches(['\r', '\n']).lines();
    let index = lines.next().unwrap_or_default().trim_end();
    let timing = lines.next().unwrap_or_default();
    !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit()) && is_cue_timing(timing)
}

/// `00:00:01,000 --> 00:00:04,000`, optionally followed by position settings.
fn is_cue_timing(line: &str) -> bool {
    let stamp = |s: &str| {
        let b = s.as_bytes();
        b.len() == 12
            && [0, 1, 3, 4, 6, 7, 9, 10, 11]
                .iter()
                .all(|&i| b[i].is_ascii_digit())
            && b[2] == b':'
            && b[5] == b':'
            && b[8] == b','
    };
    line.len() >= 29 && stamp(&line[..12]) && &line[12..17] == " --> " && stamp(&line[17..29])
}

/// An MPEG-1/2 layer III frame header: 11 sync bits, then a layer III marker.
fn is_mpeg_audio_frame(head: &[u8]) -> bool {
    matches!(head, [0xff, second, ..] if second & 0xe0 == 0xe0 && second & 0x06 == 0x02)
}

/// What a file name suggests, for messages about files whose bytes match nothing supported.
pub fn guess_from_name(name: &str) -> Option<String> {
    mime_guess::from_path(name)
        .first()
        .map(|m| m.essence_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_every_supported_type() {
        let cases: [(&[u8], &str); 9] = [
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image/png"),
            (b"\xff\xd8\xff\xe0\0\x10JFIF", "image/jpeg"),
            (b"\0\0\0\x18ftypmp42\0\0\0\0isommp42", "video/mp4"),
            (
                b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm\x42\x87",
                "video/webm",
            ),
            (b"ID3\x04\0\0\0\0\0\0", "audio/mpeg"),
            (b"\xff\xfb\x90\x64\0\0", "audio/mpeg"),
            (b"RIFF\x24\0\0\0WAVEfmt ", "audio/wav"),
            (b"%PDF-1.7\n", "application/pdf"),
            (
                b"1\n00:00:01,000 --> 00:00:04,000\nHello\n",
                "application/x-subrip",
            ),
        ];
        for (head, mime) in cases {
            assert_eq!(detect(head).map(|t| t.mime), Some(mime), "{head:?}");
        }
    }

    #[test]
    fn mp4_needs_an_mp4_brand_in_a_whole_ftyp_box() {
        // Major brand isom, mp41 among the compatible ones.
        let compatible = b"\0\0\0\x20ftypisom\0\0\x02\0isomiso2avc1mp41";
        assert_eq!(detect(compatible), Some(MP4));
        // QuickTime: brand "qt  ", refused with the fix.
        let quicktime = b"\0\0\0\x14ftypqt  \0\0\x02\0qt  \0\0\0\x08wide";
        assert_eq!(detect(quicktime), None);
        assert!(refused_container(quicktime).unwrap().contains("OUT.mp4"));
        // A box that claims more bytes than the head holds, or a size not a multiple of 4.
        assert_eq!(detect(b"\0\0\0\x18ftypmp42\0\0\0\0"), None);
        assert_eq!(detect(b"\0\0\0\x0dftypmp42\0\0\0\0"), None);
        assert_eq!(refused_container(b"\0\0\0\x0cftypmp4"), None);
    }

    #[test]
    fn webm_needs_the_webm_doc_type() {
        let matroska = b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska\x42\x87";
        assert_eq!(detect(matroska), None);
        assert!(refused_container(matroska).unwrap().contains("OUT.webm"));
        // A two-byte size (0x40 0x04) is read as a varint.
        let wide = b"\x1a\x45\xdf\xa3\x42\x82\x40\x04webm";
        assert_eq!(detect(wide), Some(WEBM));
        assert_eq!(detect(b"\x1a\x45\xdf\xa3\x42\x82\x84we"), None);
        assert_eq!(detect(b"\x1a\x45\xdf\xa3\x42\x82\x00"), None);
    }

    #[test]
    fn srt_is_text_starting_with_a_cue() {
        let bom = b"\xef\xbb\xbf1\r\n00:00:01,000 --> 00:00:02,500 X1:10\r\nHi\r\n";
        assert_eq!(detect(bom), Some(SRT));
        // A character cut by the end of the head.
        let mut cut = b"12\n01:02:03,004 --> 01:02:04,000\ncaf\xc3\xa9 ".to_vec();
        cut.push(0xc3);
        assert_eq!(detect(&cut), Some(SRT));
        for text in [
            &b"hello world\n"[..],
            b"WEBVTT\n\n00:01.000 --> 00:04.000\nHi\n",
            b"1\n00:00:01.000 --> 00:00:04.000\n",
            b"one\n00:00:01,000 --> 00:00:04,000\n",
            b"1\n00:00:01,000 -> 00:00:04,000\n",
            b"1\n00:00:01,000 --> 00:00:04,000\n\xff\xfe",
            b"1\n00:00:01,000 --> 00:00:04,000\n\0binary",
        ] {
            assert_eq!(detect(text), None, "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn refuses_others() {
        for head in [
            &b"GIF89a\x01\0"[..],
            b"hello world",
            b"",
            b"\xff",
            b"RIFF\0\0\0\0AVI ",
        ] {
            assert_eq!(detect(head), None, "{head:?}");
            assert_eq!(refused_container(head), None, "{head:?}");
        }
        assert_eq!(guess_from_name("anim.gif").as_deref(), Some("image/gif"));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_read_without_panic(head in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600)) {
            let _ = detect(&head);
            let _ = refused_container(&head);
        }
    }
}
