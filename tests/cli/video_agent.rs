//! `heygen video-agent create|status`: attachments uploaded first, the request body, waiting
//! for the video, and downloading it.

use heygen_sandbox::{FINISHED_VIDEO, Faults};
use serde_json::{Value, json};

use super::harness::*;

fn with_faults(spec: &str) -> Env {
    Env::with(|config| config.faults = Faults::parse(spec).unwrap())
}

/// stdout as one id with `prefix`.
fn printed_id(run: &assert_cmd::assert::Assert, prefix: &str) -> String {
    let out = stdout(run);
    let id = out.strip_suffix('\n').unwrap_or_default();
    assert!(is_id(id, prefix), "stdout should be a {prefix} id: {out:?}");
    id.to_string()
}

fn created(env: &Env) -> Vec<Value> {
    env.exchanges()
        .into_iter()
        .filter(|e| e.method == "POST" && e.path == "/v3/video-agents")
        .map(|e| e.json.unwrap_or_default())
        .collect()
}

/// Files in the workspace other than `keep`.
/// The files in the working folder besides `keep`, leaving out `.local`, where the state
/// directory keeps the records of completed uploads (HOME is the working folder).
fn others(env: &Env, keep: &[&str]) -> Vec<String> {
    std::fs::read_dir(env.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !keep.contains(&name.as_str()) && name != ".local")
        .collect()
}

#[test]
fn create_uploads_the_files_then_references_them_in_order() {
    let env = Env::new();
    let slide = env.png("slide.png");
    let logo = env.jpeg("logo.jpg");
    env.generate("earlier.png", PNG_SIGNATURE, 300);
    env.run(&["asset", "upload", "earlier.png"]).success();
    let earlier = env.only_asset_id();

    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "A product intro",
            &slide,
            &logo,
            "--url",
            "https://example.com/music.mp3",
            "--asset-id",
            &earlier,
        ])
        .success();

    printed_id(&run, "ses_");
    let ids = env.sandbox.asset_ids();
    assert_eq!(ids.len(), 3);
    // Uploads run side by side; the body keeps the order of the arguments.
    let id_of = |file: &str| {
        ids.iter()
            .find(|id| env.stored(id) == env.read(file))
            .unwrap()
            .clone()
    };
    let (slide_id, logo_id) = (id_of(&slide), id_of(&logo));
    assert_eq!(
        created(&env),
        [json!({
            "prompt": "A product intro",
            "files": [
                {"type": "asset_id", "asset_id": slide_id},
                {"type": "asset_id", "asset_id": logo_id},
                {"type": "asset_id", "asset_id": earlier},
                {"type": "url", "url": "https://example.com/music.mp3"},
            ],
        })]
    );
    let post = env.exchanges().pop().unwrap();
    assert_eq!(post.header("x-api-key"), Some(env.key()));
    assert!(post.header("idempotency-key").is_some());
}

#[test]
fn create_sends_only_the_fields_given_and_prints_the_answer_with_json() {
    let env = Env::new();

    let run = env
        .run(&[
            "--json",
            "video-agent",
            "create",
            "--prompt",
            "Hi",
            "--mode",
            "chat",
            "--orientation",
            "portrait",
            "--avatar-id",
            "avt_1",
            "--voice-id",
            "v1",
            "--style-id",
            "s1",
        ])
        .success();

    let line = json_line(&run);
    assert!(
        is_id(line["data"]["session_id"].as_str().unwrap(), "ses_"),
        "{line}"
    );
    assert_eq!(line["data"]["status"], "thinking");
    assert_eq!(
        created(&env),
        [
            json!({"prompt": "Hi", "mode": "chat", "orientation": "portrait",
                "avatar_id": "avt_1", "voice_id": "v1", "style_id": "s1"})
        ]
    );
}

#[test]
fn the_prompt_comes_from_a_file_or_standard_input() {
    let env = Env::new();
    env.write(
        "prompt.txt",
        "Open on the logo.\nThen the slides.\n".as_bytes(),
    );

    env.run(&["video-agent", "create", "--prompt-file", "prompt.txt"])
        .success();
    env.heygen()
        .args(["video-agent", "create", "--prompt-file", "-"])
        .write_stdin("From stdin")
        .assert()
        .success();

    let prompts: Vec<Value> = created(&env)
        .into_iter()
        .map(|b| b["prompt"].clone())
        .collect();
    assert_eq!(
        prompts,
        [
            // The last line end, which editors add, is not part of the prompt.
            json!("Open on the logo.\nThen the slides."),
            json!("From stdin")
        ]
    );
}

#[test]
fn bad_prompts_are_refused_before_anything_is_sent() {
    let env = Env::new();
    let slide = env.png("slide.png");
    let long = "é".repeat(10_001);
    env.write("empty.txt", b"  \n");

    for (args, says) in [
        (vec!["--prompt", ""], "the prompt is empty"),
        (vec!["--prompt-file", "empty.txt"], "the prompt is empty"),
        (
            vec!["--prompt", &long],
            "10001 characters; HeyGen takes at most 10000",
        ),
        (
            vec!["--prompt-file", "missing.txt"],
            "--prompt-file missing.txt: cannot be read",
        ),
        (
            vec!["--prompt", "p", "--avatar-id", ""],
            "--avatar-id is empty; give an id, or leave the option out",
        ),
        // Endless input is refused after a few KiB, not read into memory.
        (
            vec!["--prompt-file", "/dev/zero"],
            "--prompt-file /dev/zero: the prompt is longer than HeyGen's 10000 characters",
        ),
    ] {
        let run = env
            .run(&[&["video-agent", "create"][..], &args, &[&slide]].concat())
            .code(2);
        let errors = stderr(&run);
        assert_eq!(error_lines(&errors).len(), 1, "{errors}");
        assert!(errors.contains(says), "{errors}");
    }
    env.assert_nothing_sent();

    let exactly = "é".repeat(10_000);
    env.run(&["video-agent", "create", "--prompt", &exactly])
        .success();
    // The line end an editor adds to a file is not part of the prompt.
    env.write("prompt.txt", format!("{exactly}\n").as_bytes());
    env.run(&["video-agent", "create", "--prompt-file", "prompt.txt"])
        .success();
    let sent = env.exchanges().pop().unwrap().json.unwrap();
    assert_eq!(sent["prompt"], exactly.as_str());
}

#[test]
fn more_than_twenty_attachments_are_refused_before_anything_is_sent() {
    let env = Env::new();
    let mut args: Vec<String> = ["video-agent", "create", "--prompt", "p"]
        .map(String::from)
        .to_vec();
    for n in 0..11 {
        args.push(env.png(&format!("slide{n}.png")));
    }
    for n in 0..5 {
        args.extend(["--asset-id".into(), format!("ast_{n}")]);
    }
    for n in 0..5 {
        args.extend(["--url".into(), format!("https://example.com/{n}.png")]);
    }

    let run = env.heygen().args(&args).assert().code(2);

    let errors = stderr(&run);
    assert!(errors.contains("21 attachments"), "{errors}");
    assert!(errors.contains("at most 20"), "{errors}");
    env.assert_nothing_sent();
}

#[test]
fn bad_references_and_files_are_refused_before_anything_is_sent() {
    let env = Env::new();
    let gif = env.gif("anim.gif");
    for (args, says) in [
        (
            vec!["--url", "http://example.com/a.png"],
            "must be an https URL",
        ),
        (
            vec!["--url", "ftp://example.com/a.png"],
            "must be an https URL",
        ),
        (vec!["--asset-id", "../assets"], "is not an asset id"),
        (vec![gif.as_str()], "anim.gif: image/gif is not accepted"),
        (vec!["-"], "standard input cannot be attached"),
    ] {
        let run = env
            .run(&[&["video-agent", "create", "--prompt", "p"][..], &args].concat())
            .code(2);
        assert!(stderr(&run).contains(says), "{}", stderr(&run));
    }
    env.assert_nothing_sent();
}

#[test]
fn a_failed_attachment_creates_no_session_and_lists_the_uploaded_ids() {
    let env = with_faults("assets-500=1");
    let first = env.png("first.png");
    let second = env.png("second.png");

    let run = env
        .run(&[
            "--retries",
            "0",
            "video-agent",
            "create",
            "--prompt",
            "p",
            "-j",
            "1",
            &first,
            &second,
        ])
        .code(1);

    let errors = stderr(&run);
    single_error(&errors, "first.png");
    let uploaded = env.only_asset_id();
    assert!(
        errors.contains(&format!("second.png is {uploaded}"))
            && errors.contains(&format!("run again with --asset-id {uploaded}")),
        "{errors}"
    );
    assert!(created(&env).is_empty());
    assert_eq!(stdout(&run), "");
}

#[test]
fn a_refused_session_lists_the_uploaded_ids_for_a_rerun() {
    let env = Env::new();
    let slide = env.png("slide.png");

    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "p",
            &slide,
            "--asset-id",
            "ast_gone",
        ])
        .code(1);

    let errors = stderr(&run);
    let uploaded = env.only_asset_id();
    assert!(errors.contains(r#"No asset "ast_gone""#), "{errors}");
    assert!(
        errors.contains(&format!(
            "slide.png is {uploaded}; to reuse them, run again with --asset-id {uploaded}"
        )),
        "{errors}"
    );
}

#[test]
fn wait_follows_the_session_and_its_video_to_the_end() {
    let env = Env::new();

    let run = env
        .run(&[
            "--progress",
            "plain",
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--wait",
        ])
        .success();

    let video = printed_id(&run, "vid_");
    let errors = stderr(&run);
    assert!(errors.contains(": thinking (10%)"), "{errors}");
    assert!(
        errors.contains(&format!("video {video}: processing")),
        "{errors}"
    );
    assert_eq!(
        errors.matches(": thinking").count(),
        1,
        "one line per status: {errors}"
    );
    let polls: Vec<String> = env.requests().into_iter().skip(1).collect();
    assert!(
        polls
            .iter()
            .all(|p| p.starts_with("GET /v3/video-agents/ses_")
                || p.starts_with("GET /v3/videos/vid_")),
        "{polls:?}"
    );
}

#[test]
fn wait_with_json_prints_the_video_and_its_url_in_full_only_on_stdout() {
    let env = Env::new();

    let run = env
        .run(&[
            "--json",
            "-v",
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--wait",
        ])
        .success();

    let line = json_line(&run);
    assert_eq!(line["data"]["status"], "completed");
    let url = line["data"]["video_url"].as_str().unwrap();
    let signature = url.split("X-Amz-Signature=").nth(1).unwrap();
    assert_eq!(signature.len(), 64, "{url}");
    let errors = stderr(&run);
    assert!(
        errors.contains("/v3/videos/"),
        "-v traces the polls: {errors}"
    );
    assert!(!errors.contains(signature), "{errors}");
}

#[test]
fn a_failed_session_or_video_is_exit_1_with_heygens_reason() {
    let env = with_faults("agent-failed=1,video-failed=1");

    let run = env
        .run(&["video-agent", "create", "--prompt", "p", "--wait"])
        .code(1);
    let errors = stderr(&run);
    assert!(
        errors.contains("failed: The agent could not make a video"),
        "{errors}"
    );
    assert_eq!(stdout(&run), "");

    let run = env
        .run(&["--json", "video-agent", "create", "--prompt", "p", "--wait"])
        .code(1);
    let line = json_line(&run);
    assert_eq!(line["error"]["code"], "RENDER_FAILED");
    assert!(
        is_id(line["session_id"].as_str().unwrap(), "ses_"),
        "{line}"
    );
    assert!(stderr(&run).contains("RENDER_FAILED: Rendering stopped at frame 12"));
}

#[test]
fn a_session_waiting_for_input_ends_the_wait_and_says_what_to_do() {
    let env = with_faults("agent-input=1");

    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--mode",
            "chat",
            "--wait",
        ])
        .code(1);

    let errors = stderr(&run);
    let session = created_session(&env);
    let error = single_error(&errors, &session);
    assert!(
        error.contains("Should the logo open or close the video?"),
        "{error}"
    );
    assert!(
        error.ends_with(&format!(
            "answer it with: heygen video-agent send {session} --message '...' --wait"
        )),
        "{error}"
    );
}

fn created_session(env: &Env) -> String {
    env.requests()
        .into_iter()
        .find_map(|r| r.strip_prefix("GET /v3/video-agents/").map(str::to_string))
        .expect("a session was polled")
}

#[test]
fn out_of_wait_time_is_exit_4_naming_the_command_that_goes_on() {
    let env = Env::new();

    // Polled at the pace of use, the sandbox is still working when the second is up.
    let run = env
        .heygen()
        .env("HEYGEN_TEST_TIME_SCALE", "1")
        .args([
            "--wait-timeout",
            "1",
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--output",
            "demo.mp4",
        ])
        .assert()
        .code(4);

    let session = created_session(&env);
    let error = single_error(&stderr(&run), &session).to_string();
    assert!(error.contains("after 1s (--wait-timeout)"), "{error}");
    assert!(
        error.ends_with(&format!(
            "to go on waiting, run: heygen video-agent status {session} --output demo.mp4"
        )),
        "{error}"
    );
    assert_eq!(
        others(&env, &[]),
        Vec::<String>::new(),
        "nothing downloaded"
    );

    // The command it names finishes the job.
    let run = env
        .run(&["video-agent", "status", &session, "--output", "demo.mp4"])
        .success();
    printed_id(&run, "vid_");
    assert_eq!(env.read("demo.mp4"), FINISHED_VIDEO);
}

#[test]
fn output_downloads_exactly_the_served_bytes_without_the_key() {
    let env = Env::new();
    let slide = env.png("slide.png");

    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "p",
            &slide,
            "--output",
            "demo.mp4",
        ])
        .success();

    let video = printed_id(&run, "vid_");
    assert_eq!(env.read("demo.mp4"), FINISHED_VIDEO);
    assert_eq!(
        others(&env, &["demo.mp4", "slide.png"]),
        Vec::<String>::new()
    );
    let download = env.exchanges().pop().unwrap();
    assert_eq!(download.path, format!("/downloads/{video}.mp4"));
    assert_eq!(download.status, 200);
    assert_eq!(download.header("x-api-key"), None);
    let errors = stderr(&run);
    assert!(
        errors.contains(&format!("{} bytes saved to demo.mp4", FINISHED_VIDEO.len())),
        "{errors}"
    );
    assert!(!errors.contains("X-Amz-Signature"), "{errors}");
}

#[test]
fn output_refuses_to_overwrite_unless_forced() {
    let env = Env::new();
    env.write("demo.mp4", b"keep me");

    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--output",
            "demo.mp4",
        ])
        .code(2);

    assert!(
        stderr(&run).contains("--output demo.mp4 exists; add --force"),
        "{}",
        stderr(&run)
    );
    env.assert_nothing_sent();
    assert_eq!(env.read("demo.mp4"), b"keep me");

    env.run(&[
        "video-agent",
        "create",
        "--prompt",
        "p",
        "--output",
        "demo.mp4",
        "--force",
    ])
    .success();
    assert_eq!(env.read("demo.mp4"), FINISHED_VIDEO);
}

#[test]
fn output_dash_writes_only_the_video_on_stdout() {
    let env = Env::new();

    // --json asks for JSON on stdout, which then holds the video: refused, nothing sent.
    let run = env
        .run(&[
            "--json",
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--output",
            "-",
        ])
        .code(2);
    assert!(
        stderr(&run).contains(
            "--output - writes the video itself to standard output, so it cannot go with --json"
        ),
        "{}",
        stderr(&run)
    );
    env.assert_nothing_sent();

    let run = env
        .run(&["video-agent", "create", "--prompt", "p", "--output", "-"])
        .success();

    assert_eq!(run.get_output().stdout, FINISHED_VIDEO);
    assert!(
        stderr(&run).contains("bytes written to standard output"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn a_failed_download_leaves_nothing_and_a_cut_one_is_retried() {
    let env = with_faults("download-drop=2");

    let run = env
        .run(&[
            "--retries",
            "0",
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--output",
            "demo.mp4",
        ])
        .code(1);

    let errors = stderr(&run);
    assert!(errors.contains("broke during the download"), "{errors}");
    assert!(!errors.contains("X-Amz-Signature="), "{errors}");
    assert_eq!(
        others(&env, &[]),
        Vec::<String>::new(),
        "no file, no temporary file"
    );
    // The error says how to fetch the finished video again without making a new one.
    let session = errors
        .split_whitespace()
        .find(|word| word.starts_with("ses_"))
        .unwrap()
        .trim_end_matches(':');
    assert!(
        errors.contains(&format!(
            "to download it again run: heygen video-agent status {session} --output demo.mp4"
        )),
        "{errors}"
    );

    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--output",
            "demo.mp4",
        ])
        .success();
    assert!(stderr(&run).contains("retry 1 of 3"), "{}", stderr(&run));
    assert_eq!(env.read("demo.mp4"), FINISHED_VIDEO);
    assert_eq!(others(&env, &["demo.mp4"]), Vec::<String>::new());
}

#[test]
fn storage_refusals_are_reported_with_the_url_redacted() {
    let env = with_faults("download-503=4");

    let run = env
        .run(&[
            "--retries",
            "1",
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--output",
            "demo.mp4",
        ])
        .code(1);

    let errors = stderr(&run);
    assert!(
        errors.contains("storage refused the download of http://127.0.0.1:"),
        "{errors}"
    );
    assert!(errors.contains(".mp4?<redacted> (503 SlowDown"), "{errors}");
    assert!(errors.contains("retry 1 of 1"), "{errors}");
    assert_eq!(others(&env, &[]), Vec::<String>::new());
}

#[test]
fn status_prints_the_status_word_or_the_answer() {
    let env = Env::new();
    let session = printed_id(
        &env.run(&["video-agent", "create", "--prompt", "p"])
            .success(),
        "ses_",
    );

    let run = env.run(&["video-agent", "status", &session]).success();
    assert_eq!(stdout(&run), "thinking\n");
    let run = env
        .run(&["--json", "video-agent", "status", &session])
        .success();
    let line = json_line(&run);
    assert_eq!(line["data"]["status"], "generating");
    assert_eq!(line["data"]["progress"], 40);

    let run = env
        .run(&["video-agent", "status", &session, "--wait"])
        .success();
    printed_id(&run, "vid_");

    let run = env.run(&["video-agent", "status", "ses_missing"]).code(1);
    assert!(stderr(&run).contains("404"), "{}", stderr(&run));
    env.run(&["video-agent", "status", "../x"]).code(2);
}

#[test]
fn on_a_terminal_a_spinner_shows_the_status_and_the_download_a_bar() {
    let env = Env::new();

    let screen = env.on_a_terminal(
        "xterm",
        None,
        "video-agent create --prompt p --output demo.mp4",
    );

    assert!(screen.contains(": thinking (10%)"), "{screen:?}");
    assert!(screen.contains(": processing"), "{screen:?}");
    assert!(screen.contains(".mp4"), "{screen:?}");
    assert_eq!(env.read("demo.mp4"), FINISHED_VIDEO);
}

#[test]
fn an_expired_video_url_says_to_run_again_and_writes_nothing() {
    let env = Env::with(|config| config.url_ttl_secs = 0);

    let run = env
        .run(&[
            "video-agent",
            "create",
            "--prompt",
            "p",
            "--output",
            "demo.mp4",
        ])
        .code(1);

    let errors = stderr(&run);
    assert!(
        errors.contains(
            "(403 AccessDenied: Request has expired); run the command again for a fresh URL"
        ),
        "{errors}"
    );
    assert_eq!(others(&env, &[]), Vec::<String>::new());
}

#[test]
fn status_of_an_unknown_session_names_it() {
    let env = Env::new();
    let run = env
        .run(&["--json", "video-agent", "status", "ses_nope"])
        .code(1);
    assert!(
        stderr(&run).starts_with("heygen: error: ses_nope: "),
        "{}",
        stderr(&run)
    );
    let line: Value = serde_json::from_str(stdout(&run).trim()).unwrap();
    assert_eq!(line["session_id"], "ses_nope");
    assert_eq!(line["error"]["code"], "not_found");
}
