//! Chatting with the video agent from the terminal: a chat session asks, the answer goes with
//! `video-agent send` (files uploaded first, as `create` does), the wait follows the session to
//! its next video, `stop` halts it, `videos` lists what it made, and a wait on what is gone
//! ends at once.

use heygen_sandbox::{FINISHED_VIDEO, Faults};

use super::harness::*;

fn asking() -> Env {
    Env::with(|config| config.faults = Faults::parse("agent-input=1").unwrap())
}

/// A chat session that asks a question; its id.
fn chat_session(env: &Env) -> String {
    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "a launch video",
            "--mode",
            "chat",
        ])
        .success();
    stdout(&run).trim().to_string()
}

fn posted_to(env: &Env, path: &str) -> Vec<serde_json::Value> {
    env.exchanges()
        .into_iter()
        .filter(|e| e.method == "POST" && e.path == path)
        .map(|e| e.json.unwrap_or_default())
        .collect()
}

#[test]
fn an_answer_with_a_file_goes_up_and_the_next_video_comes_down() {
    let env = asking();
    let session = chat_session(&env);
    let logo = env.png("logo.png");

    // First the session asks; the wait says how to answer.
    let run = env
        .run(&["video-agent", "status", &session, "--wait"])
        .code(1);
    let errors = stderr(&run);
    let error = single_error(&errors, &session);
    assert!(
        error.contains("Should the logo open or close the video?"),
        "{error}"
    );
    assert!(
        error.contains(&format!("heygen video-agent send {session} --message")),
        "{error}"
    );

    let run = env
        .run(&[
            "video-agent",
            "send",
            &session,
            "--message",
            "Open with it",
            &logo,
            "--output",
            "first.mp4",
        ])
        .success();
    let first = stdout(&run).trim().to_string();
    assert!(is_id(&first, "vid_"), "{first}");
    assert_eq!(env.read("first.mp4"), FINISHED_VIDEO);
    let sent = posted_to(&env, &format!("/v3/video-agents/{session}"));
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["message"], "Open with it");
    let asset = env.only_asset_id();
    assert_eq!(
        sent[0]["files"][0]["asset_id"],
        asset.as_str(),
        "the file went up first"
    );

    // Asked again for an edit, it makes a second video; the wait is for that one.
    let run = env
        .run(&[
            "video-agent",
            "send",
            &session,
            "--message",
            "Shorter",
            "--output",
            "second.mp4",
        ])
        .success();
    let second = stdout(&run).trim().to_string();
    assert_ne!(second, first, "the next video, not the one before");
    assert_eq!(env.read("second.mp4"), FINISHED_VIDEO);

    let run = env.run(&["video-agent", "videos", &session]).success();
    let listed: Vec<String> = stdout(&run).lines().map(str::to_string).collect();
    assert_eq!(listed.len(), 2);
    assert!(
        listed[0].starts_with(&format!("{second}\t")),
        "newest first: {listed:?}"
    );
    assert!(listed[1].starts_with(&format!("{first}\t")), "{listed:?}");

    let run = env.run(&["video-agent", "stop", &session]).success();
    assert_eq!(stdout(&run).trim(), session);
    let run = env.run(&["video-agent", "status", &session]).success();
    assert_eq!(stdout(&run).trim(), "stopped");
}

#[test]
fn a_session_not_in_chat_mode_refuses_a_message_in_one_line() {
    let env = Env::new();
    let run = env
        .run(&["video-agent", "create", "--prompt", "p"])
        .success();
    let session = stdout(&run).trim().to_string();

    let run = env
        .run(&["video-agent", "send", &session, "--message", "hi"])
        .code(1);
    let errors = stderr(&run);
    let error = single_error(&errors, &session);
    assert!(error.contains("Only chat-mode sessions"), "{error}");
}

#[test]
fn a_wait_on_a_session_or_video_that_is_gone_ends_at_once() {
    let env = asking();
    let session = chat_session(&env);
    env.run(&["video-agent", "send", &session, "--message", "go", "--wait"])
        .success();
    env.sandbox.forget_session(&session);
    let before = env.requests().len();

    let run = env
        .run(&[
            "video-agent",
            "send",
            &session,
            "--message",
            "again",
            "--wait",
        ])
        .code(1);
    let errors = stderr(&run);
    assert!(single_error(&errors, &session).contains("404"), "{errors}");
    assert_eq!(env.requests().len() - before, 1, "one look, then no more");
    let run = env
        .run(&["video-agent", "status", &session, "--wait"])
        .code(1);
    assert!(stderr(&run).contains("404"), "{}", stderr(&run));
}
