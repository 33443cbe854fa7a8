//! `heygen video status|download VIDEO_ID`: every file of a finished video, by its id, each
//! through the one safe download path, and a URL that expired fetched again once.

use heygen_sandbox::{CAPTIONED_VIDEO, FINISHED_VIDEO, Faults, SUBTITLES};

use super::harness::*;

/// A finished video's id, made by a video agent session.
fn finished_video(env: &Env) -> String {
    let run = env
        .run(&["video-agent", "create", "--prompt", "an intro", "--wait"])
        .success();
    stdout(&run).trim().to_string()
}

fn downloads(env: &Env) -> Vec<String> {
    env.requests()
        .into_iter()
        .filter(|r| r.starts_with("GET /downloads/"))
        .collect()
}

#[test]
fn the_captioned_video_subtitles_and_thumbnail_and_nothing_else() {
    let env = Env::new();
    let video = finished_video(&env);

    let run = env
        .run(&[
            "video",
            "download",
            &video,
            "--output",
            "c.mp4",
            "--captioned",
            "--subtitles",
            "s.srt",
            "--thumbnail",
            "t.jpg",
        ])
        .success();

    assert_eq!(stdout(&run).trim(), video);
    assert_eq!(env.read("c.mp4"), CAPTIONED_VIDEO);
    assert_ne!(CAPTIONED_VIDEO, FINISHED_VIDEO);
    assert_eq!(&env.read("c.mp4")[4..8], b"ftyp", "an MP4");
    assert_eq!(env.read("s.srt"), SUBTITLES);
    assert!(
        String::from_utf8(env.read("s.srt"))
            .unwrap()
            .starts_with("1\n00:00:00,000 --> ")
    );
    assert_eq!(env.read("t.jpg")[..3], [0xff, 0xd8, 0xff], "a JPEG");
    assert_eq!(
        downloads(&env),
        [
            format!("GET /downloads/{video}.captioned.mp4"),
            format!("GET /downloads/{video}.srt"),
            format!("GET /downloads/{video}.jpg"),
        ]
    );

    // By default the plain video, named after its id; an existing file is not replaced.
    env.run(&["video", "download", &video]).success();
    assert_eq!(env.read(&format!("{video}.mp4")), FINISHED_VIDEO);
    let run = env.run(&["video", "download", &video]).code(2);
    assert!(stderr(&run).contains("--force"), "{}", stderr(&run));
    let run = env.run(&["video", "status", &video]).success();
    assert_eq!(stdout(&run), "completed\n");
}

#[test]
fn an_expired_url_is_fetched_again_once() {
    let env = Env::new();
    let video = finished_video(&env);
    env.sandbox
        .set_faults(Faults::parse("download-expired=1").unwrap());
    let before = env.requests().len();

    let run = env
        .run(&["video", "download", &video, "--output", "v.mp4"])
        .success();

    assert_eq!(env.read("v.mp4"), FINISHED_VIDEO);
    let after: Vec<String> = env.requests()[before..].to_vec();
    assert_eq!(
        after,
        [
            format!("GET /v3/videos/{video}"),
            format!("GET /downloads/{video}.mp4"),
            format!("GET /v3/videos/{video}"),
            format!("GET /downloads/{video}.mp4"),
        ]
    );
    assert!(
        stderr(&run).contains("expired; asking HeyGen for fresh ones"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn the_same_files_come_with_a_video_agent_run() {
    let env = Env::new();
    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--output",
            "v.mp4",
            "--subtitles",
            "v.srt",
        ])
        .success();
    assert!(is_id(stdout(&run).trim(), "vid_"));
    assert_eq!(env.read("v.mp4"), FINISHED_VIDEO);
    assert_eq!(env.read("v.srt"), SUBTITLES);
    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--thumbnail",
            "t.jpg",
        ])
        .code(2);
    assert!(
        stderr(&run).contains("go with --output"),
        "{}",
        stderr(&run)
    );
}
