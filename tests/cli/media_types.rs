//! Types recognised the way HeyGen recognises them: SRT by its first cue, MP4 by an `mp4`
//! brand, WebM by its EBML DocType, read from real files made with ffmpeg
//! (`tests/fixtures/media`).

use super::harness::*;

/// A committed real media file, copied into the workspace under `name`.
fn fixture(env: &Env, fixture: &str, name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/media/{fixture}",
        env!("CARGO_MANIFEST_DIR")
    );
    env.write(name, &std::fs::read(path).expect("the fixture reads"))
}

const SRT: &[u8] =
    b"\xef\xbb\xbf1\r\n00:00:00,500 --> 00:00:02,000\r\nWelcome to the demo.\r\n\r\n\
2\r\n00:00:02,000 --> 00:00:04,250\r\nHere is our logo.\r\n";

#[test]
fn srt_subtitles_are_uploaded_as_subrip() {
    let env = Env::new();
    let subtitles = env.write("captions.srt", SRT);

    let run = env
        .run(&["asset", "upload", "--json", &subtitles])
        .success();

    let line = json_line(&run);
    assert_eq!(line["data"]["mime_type"], "application/x-subrip");
    let [upload] = env.exactly();
    assert_eq!(
        upload.parts[0].content_type.as_deref(),
        Some("application/x-subrip")
    );
    assert_eq!(env.stored(&env.only_asset_id()), SRT);
}

#[test]
fn srt_is_recognised_by_its_bytes_whatever_the_name() {
    let env = Env::new();
    let subtitles = env.write("captions.txt", SRT);

    env.run(&["asset", "direct-upload", &subtitles]).success();

    let init = &env.exchanges()[0];
    assert_eq!(
        init.json.as_ref().unwrap()["content_type"],
        "application/x-subrip"
    );
}

#[test]
fn other_text_is_refused_srt_name_or_not() {
    let env = Env::new();
    let notes = env.write("notes.srt", b"Welcome to the demo.\nHere is our logo.\n");
    let vtt = env.write(
        "captions.vtt",
        b"WEBVTT\n\n00:00.500 --> 00:02.000\nWelcome\n",
    );

    let run = env.run(&["asset", "upload", &notes, &vtt]).code(2);

    let stderr = stderr(&run);
    assert_eq!(error_lines(&stderr).len(), 2, "{stderr}");
    assert!(
        stderr.contains("notes.srt: named like application/x-subrip"),
        "{stderr}"
    );
    env.assert_nothing_sent();
}

#[test]
fn real_mp4_and_webm_go_up() {
    let env = Env::new();
    let mp4 = fixture(&env, "sample.mp4", "sample.mp4");
    let webm = fixture(&env, "clip.webm", "clip.webm");

    let run = env
        .run(&["asset", "upload", "--json", &mp4, &webm])
        .success();

    let lines = json_lines(&run);
    assert_eq!(lines[0]["data"]["mime_type"], "video/mp4");
    assert_eq!(lines[1]["data"]["mime_type"], "video/webm");
}

#[test]
fn quicktime_and_matroska_are_refused_with_the_conversion() {
    let env = Env::new();
    let mov = fixture(&env, "clip.mov", "clip.mov");
    // Named .mp4 and .webm: the bytes decide.
    let mov_named_mp4 = fixture(&env, "clip.mov", "renamed.mp4");
    let mkv = fixture(&env, "clip.mkv", "clip.mkv");
    let mkv_named_webm = fixture(&env, "clip.mkv", "renamed.webm");

    let run = env
        .run(&[
            "asset",
            "upload",
            &mov,
            &mov_named_mp4,
            &mkv,
            &mkv_named_webm,
        ])
        .code(2);

    let stderr = stderr(&run);
    let errors = error_lines(&stderr);
    assert_eq!(errors.len(), 4, "{stderr}");
    for (line, file, fix) in [
        (
            errors[0],
            "clip.mov",
            "convert it: ffmpeg -i IN -c copy OUT.mp4",
        ),
        (
            errors[1],
            "renamed.mp4",
            "convert it: ffmpeg -i IN -c copy OUT.mp4",
        ),
        (
            errors[2],
            "clip.mkv",
            "convert it: ffmpeg -i IN -c copy OUT.webm",
        ),
        (
            errors[3],
            "renamed.webm",
            "convert it: ffmpeg -i IN -c copy OUT.webm",
        ),
    ] {
        assert!(
            line.starts_with(&format!("heygen: error: {file}: ")),
            "{line}"
        );
        assert!(line.ends_with(fix), "{line}");
    }
    env.assert_nothing_sent();
}

#[test]
fn a_digital_twin_from_a_mov_is_refused_before_anything_is_sent() {
    let env = Env::new();
    let mov = fixture(&env, "clip.mov", "me.mov");

    let run = env
        .run(&[
            "avatar",
            "create",
            "--type",
            "digital-twin",
            "--name",
            "Me",
            &mov,
        ])
        .code(2);

    assert!(single_error(&stderr(&run), "me.mov").contains("OUT.mp4"));
    env.assert_nothing_sent();
}
