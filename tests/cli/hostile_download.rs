//! A finished video's URL from a hostile or broken API: the rules of upload URLs hold for it,
//! redirects are refused, and the key never goes along.

use super::harness::*;

const KEY: &str = "sk_download_key_1234";
const SIGNATURE: &str = "f00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeed";

/// The API's answers for a session that is done, whose video lives at `video_url`.
fn finished_at(video_url: &str) -> Vec<Reply> {
    vec![
        Reply::json(
            200,
            r#"{"data": {"session_id": "ses_1", "status": "completed", "video_id": "vid_1"}}"#,
        ),
        Reply::json(
            200,
            &format!(
                r#"{{"data": {{"id": "vid_1", "status": "completed", "video_url": "{video_url}"}}}}"#
            ),
        ),
    ]
}

fn fetch(workspace: &Workspace, api: &FakeServer) -> assert_cmd::assert::Assert {
    workspace
        .heygen_at(&api.base_url(), KEY)
        .args([
            "--retries",
            "0",
            "video-agent",
            "status",
            "ses_1",
            "--output",
            "demo.mp4",
        ])
        .assert()
}

fn nothing_written(workspace: &Workspace) {
    let left: Vec<_> = std::fs::read_dir(workspace.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn a_redirect_from_storage_is_refused_and_never_followed() {
    let elsewhere = FakeServer::start(vec![Reply::new(200).body(b"not the video")]);
    let url = format!("{BASE}/dl/vid_1.mp4?X-Amz-Signature={SIGNATURE}");
    let mut replies = finished_at(&url);
    replies.push(Reply::redirect(
        302,
        &format!(
            "{}/stolen?X-Amz-Signature={SIGNATURE}",
            elsewhere.base_url()
        ),
    ));
    let api = FakeServer::start(replies);
    let workspace = Workspace::new();

    let run = fetch(&workspace, &api).code(1);

    let errors = stderr(&run);
    assert!(errors.contains("storage answered 302 Found"), "{errors}");
    assert!(errors.contains("/stolen?<redacted>"), "{errors}");
    assert!(errors.contains("never follows redirects"), "{errors}");
    assert!(!errors.contains(SIGNATURE), "{errors}");
    elsewhere.assert_untouched();
    let download = api.requests().pop().unwrap();
    assert_eq!(download.line(), "GET /dl/vid_1.mp4");
    assert_eq!(download.header("x-api-key"), None);
    nothing_written(&workspace);
}

#[test]
fn urls_that_would_expose_the_video_are_never_fetched() {
    for (url, says) in [
        (
            "http://example.invalid/v.mp4?X-Amz-Signature=S",
            "uses plain http to another machine",
        ),
        ("file:///etc/passwd", "is not an http(s) URL"),
        ("not a url", "is not a URL"),
    ] {
        let api = FakeServer::start(finished_at(url));
        let workspace = Workspace::new();

        let run = fetch(&workspace, &api).code(1);

        let error = stderr(&run);
        assert!(
            error.contains(&format!("HeyGen's video_url {says}")),
            "{error}"
        );
        assert!(error.contains("nothing was downloaded"), "{error}");
        assert_eq!(
            api.lines().len(),
            2,
            "only the two polls: {:?}",
            api.lines()
        );
        nothing_written(&workspace);
    }
}

#[test]
fn a_body_shorter_than_announced_is_not_kept() {
    let url = format!("{BASE}/dl/vid_1.mp4");
    let mut replies = finished_at(&url);
    replies.push(
        Reply::new(200)
            .header("Content-Type", "video/mp4")
            .header("Content-Length", "5000")
            .body(b"\0\0\0\x18ftypmp42 only the start"),
    );
    let api = FakeServer::start(replies);
    let workspace = Workspace::new();

    let run = fetch(&workspace, &api).code(1);

    assert!(stderr(&run).contains("download"), "{}", stderr(&run));
    nothing_written(&workspace);
}
