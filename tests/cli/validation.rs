//! Bad input files: refused with exit 2 before anything is sent, each problem on one line
//! that names the file.

use super::harness::*;

const UPLOAD_COMMANDS: [&str; 2] = ["upload", "direct-upload"];

/// Runs both upload commands on `file` and checks the refusal: exit 2, nothing on stdout, one
/// error naming the file and containing each of `reasons`, nothing sent.
fn assert_refused(env: &Env, file: &str, reasons: &[&str]) {
    for command in UPLOAD_COMMANDS {
        let run = env.run(&["asset", command, file]).code(2);
        assert_eq!(stdout(&run), "", "asset {command}");
        let error = single_error(&stderr(&run), file).to_string();
        for reason in reasons {
            assert!(error.contains(reason), "asset {command}: {error}");
        }
    }
    env.assert_nothing_sent();
}

#[test]
fn missing_file() {
    let env = Env::new();
    assert_refused(&env, "nowhere/missing.png", &["no such file"]);
}

#[test]
fn directory() {
    let env = Env::new();
    let folder = env.folder("shots");
    assert_refused(&env, &folder, &["is a directory"]);
}

#[test]
fn empty_file() {
    let env = Env::new();
    let empty = env.empty("empty.mp4");
    assert_refused(&env, &empty, &["is empty"]);
}

#[test]
fn unreadable_file() {
    let env = Env::new();
    // Root reads mode-000 files, so the client would rightly upload it: nothing to assert.
    let Some(locked) = env.unreadable_png("locked.png") else {
        eprintln!("skipped: this user can read files with mode 000");
        return;
    };
    assert_refused(&env, &locked, &["permission denied"]);
}

#[test]
fn gif_names_its_type_and_what_is_accepted() {
    let env = Env::new();
    let gif = env.gif("anim.gif");
    assert_refused(
        &env,
        &gif,
        &[
            "image/gif is not accepted by HeyGen",
            "(PNG, JPEG, MP4, WebM, MP3, WAV, PDF, SRT)",
        ],
    );
}

#[test]
fn text_named_png() {
    let env = Env::new();
    let fake = env.text_as_png("fake.png");
    assert_refused(&env, &fake, &["image/png", "bytes"]);
}

#[test]
fn one_bad_file_in_a_run_stops_the_whole_run_and_all_problems_are_listed() {
    let env = Env::new();
    let (good, gif, also_good) = (env.png("a.png"), env.gif("b.gif"), env.jpeg("c.jpg"));
    let missing = "d.png";

    let run = env
        .run(&["asset", "upload", &good, &gif, &also_good, missing])
        .code(2);

    assert_eq!(stdout(&run), "");
    let stderr = stderr(&run);
    let errors = error_lines(&stderr);
    assert_eq!(errors.len(), 2, "{stderr}");
    assert!(errors[0].starts_with("heygen: error: b.gif: "), "{stderr}");
    assert!(errors[1].starts_with("heygen: error: d.png: "), "{stderr}");
    env.assert_nothing_sent();
}

#[test]
fn refusals_with_json_print_one_error_object_per_bad_file() {
    let env = Env::new();
    let (good, empty) = (env.png("a.png"), env.empty("b.png"));

    let run = env
        .run(&["asset", "upload", "--json", &good, &empty, "c.mp4"])
        .code(2);

    let lines = json_lines(&run);
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["b.png", "c.mp4"]);
    for line in &lines {
        assert!(line["error"]["code"].is_string(), "{line}");
        assert!(line["error"]["message"].is_string(), "{line}");
    }
    env.assert_nothing_sent();
}

#[test]
fn content_type_lets_a_gif_through_to_the_api() {
    let env = Env::new();
    let gif = env.gif("anim.gif");

    let run = env
        .run(&["asset", "upload", "--content-type", "image/gif", &gif])
        .code(1);

    // Sent as declared; the API, which sniffs the bytes, has the last word.
    let [post] = env.exactly();
    assert_eq!(post.path, "/v3/assets");
    assert_eq!(post.parts.len(), 1);
    assert_eq!(post.parts[0].content_type.as_deref(), Some("image/gif"));
    assert_eq!(post.parts[0].filename.as_deref(), Some("anim.gif"));
    assert_eq!(post.parts[0].len, SMALL);
    assert_eq!(post.status, 400);
    let error = single_error(&stderr(&run), "anim.gif").to_string();
    assert!(error.contains("unsupported_file_type"), "{error}");
}

#[test]
fn a_malformed_content_type_is_a_usage_error() {
    let env = Env::new();
    let photo = env.png("photo.png");

    let run = env
        .run(&["asset", "upload", "--content-type", "png", &photo])
        .code(2);

    assert_eq!(stdout(&run), "");
    assert!(stderr(&run).contains("--content-type"), "{}", stderr(&run));
    env.assert_nothing_sent();
}
