//! What HeyGen accepts, recognised from a file's first bytes (the API sniffs too, so a
//! renamed file would be refused there anyway; refusing it here saves the transfer).

/// The types HeyGen accepts, as listed in its docs.
pub const ACCEPTED: &str = "PNG, JPEG, MP4, WebM, MP3, WAV, PDF";

/// How many leading bytes `detect` needs to see.
pub const SNIFF_LEN: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MediaType {
    pub mime: &'static str,
    pub label: &'static str,
}

impl MediaType {
    pub fn is_image(self) -> bool {
        self.mime.starts_with("image/")
    }
}

const PNG: MediaType = MediaType {
    mime: "image/png",
    label: "PNG",
};
const JPEG: MediaType = MediaType {
    mime: "image/jpeg",
    label: "JPEG",
};
const MP4: MediaType = MediaType {
    mime: "video/mp4",
    label: "MP4",
};
const WEBM: MediaType = MediaType {
    mime: "video/webm",
    label: "WebM",
};
const MP3: MediaType = MediaType {
    mime: "audio/mpeg",
    label: "MP3",
};
const WAV: MediaType = MediaType {
    mime: "audio/wav",
    label: "WAV",
};
const PDF: MediaType = MediaType {
    mime: "application/pdf",
    label: "PDF",
};

const ALL: [MediaType; 7] = [PNG, JPEG, MP4, WEBM, MP3, WAV, PDF];

/// Whether HeyGen accepts a MIME type (`audio/x-wav` is what some tools call WAV).
pub fn is_accepted_mime(mime: &str) -> bool {
    mime == "audio/x-wav" || ALL.iter().any(|t| t.mime == mime)
}

/// Recognises a supported type from the first bytes of a file.
pub fn detect(head: &[u8]) -> Option<MediaType> {
    let at = |offset: usize, magic: &[u8]| head.get(offset..offset + magic.len()) == Some(magic);
    if at(0, b"\x89PNG\r\n\x1a\n") {
        Some(PNG)
    } else if at(0, b"\xff\xd8\xff") {
        Some(JPEG)
    } else if at(4, b"ftyp") {
        Some(MP4)
    } else if at(0, b"\x1a\x45\xdf\xa3") {
        Some(WEBM)
    } else if at(0, b"RIFF") && at(8, b"WAVE") {
        Some(WAV)
    } else if at(0, b"%PDF-") {
        Some(PDF)
    } else if at(0, b"ID3") || is_mpeg_audio_frame(head) {
        Some(MP3)
    } else {
        None
    }
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
        let cases: [(&[u8], &str); 8] = [
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image/png"),
            (b"\xff\xd8\xff\xe0\0\x10JFIF", "image/jpeg"),
            (b"\0\0\0\x18ftypmp42\0\0\0\0", "video/mp4"),
            (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81", "video/webm"),
            (b"ID3\x04\0\0\0\0\0\0", "audio/mpeg"),
            (b"\xff\xfb\x90\x64\0\0", "audio/mpeg"),
            (b"RIFF\x24\0\0\0WAVEfmt ", "audio/wav"),
            (b"%PDF-1.7\n", "application/pdf"),
        ];
        for (head, mime) in cases {
            assert_eq!(detect(head).map(|t| t.mime), Some(mime), "{head:?}");
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
        }
        assert_eq!(guess_from_name("anim.gif").as_deref(), Some("image/gif"));
    }
}
