//! A run of several files where the server refuses one: the others still go, and the exit code is the
//! first failure's.

use super::harness::*;

/// A sandbox whose simple path takes at most 1000 bytes, so a bigger PNG fails at the
/// server after passing every local check.
fn env_with_small_simple_limit() -> Env {
    Env::with(|config| config.max_simple_bytes = 1000)
}

#[test]
fn the_other_files_still_upload_and_the_exit_is_the_failure_code() {
    let env = env_with_small_simple_limit();
    let (first, too_big, last) = (env.png("a.png"), "big.png", env.jpeg("c.jpg"));
    env.generate(too_big, PNG_SIGNATURE, 2000);

    let run = env
        .run(&["asset", "upload", "--jobs", "1", &first, too_big, &last])
        .code(1);

    let ids = env.sandbox.asset_ids();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert_eq!(stdout(&run), format!("{}\n{}\n", ids[0], ids[1]));
    assert_eq!(env.stored(&ids[0]), env.read(&first));
    assert_eq!(env.stored(&ids[1]), env.read(&last));
    let error = single_error(&stderr(&run), too_big).to_string();
    assert!(error.contains("file_too_large"), "{error}");
    let statuses: Vec<u16> = env.exchanges().iter().map(|e| e.status).collect();
    assert_eq!(statuses, [200, 413, 200]);
}

#[test]
fn with_json_the_failed_file_gets_an_error_line_in_its_place() {
    let env = env_with_small_simple_limit();
    let (first, too_big, last) = (env.png("a.png"), "big.png", env.jpeg("c.jpg"));
    env.generate(too_big, PNG_SIGNATURE, 2000);

    let run = env
        .run(&["--json", "asset", "upload", &first, too_big, &last])
        .code(1);

    let lines = json_lines(&run);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["file"], "a.png");
    assert!(lines[0]["data"]["asset_id"].is_string());
    assert_eq!(lines[1]["file"], "big.png");
    assert_eq!(lines[1]["error"]["code"], "file_too_large");
    assert!(lines[1].get("data").is_none());
    assert_eq!(lines[2]["file"], "c.jpg");
    assert!(lines[2]["data"]["asset_id"].is_string());
}

/// With a 1000-byte direct limit and every file declared as MP4: `big.mp4` is refused at init
/// (input, exit 2) and `anim.gif` at complete, once its bytes are seen (API, exit 1).
fn mixed_failures(order: [&str; 3]) -> (Env, assert_cmd::assert::Assert) {
    let env = Env::with(|config| config.max_direct_bytes = 1000);
    env.mp4("big.mp4", 2000);
    env.gif("anim.gif");
    env.mp4("ok.mp4", 500);
    let mut args = vec![
        "asset",
        "direct-upload",
        "--jobs",
        "1",
        "--content-type",
        "video/mp4",
    ];
    args.extend(order);
    let run = env.heygen().args(&args).assert();
    (env, run)
}

#[test]
fn the_exit_code_is_the_first_failures() {
    let (env, run) = mixed_failures(["big.mp4", "anim.gif", "ok.mp4"]);
    let run = run.code(2);
    let ids = env.sandbox.asset_ids();
    assert_eq!(ids.len(), 2, "big.mp4 gets no asset: {ids:?}");
    assert_eq!(stdout(&run), format!("{}\n", ids[1]), "only ok.mp4 is done");
    let stderr = stderr(&run);
    let errors = error_lines(&stderr);
    assert_eq!(errors.len(), 2, "{stderr}");
    assert!(
        errors[0].starts_with("heygen: error: big.mp4: "),
        "{stderr}"
    );
    assert!(
        errors[1].starts_with("heygen: error: anim.gif: "),
        "{stderr}"
    );
    assert!(errors[1].contains("unsupported_file_type"), "{stderr}");

    let (_env, run) = mixed_failures(["anim.gif", "big.mp4", "ok.mp4"]);
    run.code(1);
}

#[test]
fn with_skip_invalid_and_json_a_skipped_files_line_comes_in_its_place() {
    let env = Env::new();
    let first = env.png("a.png");
    let bad = env.write("b.png", b"not a picture");
    let last = env.png("c.png");

    let run = env
        .run(&[
            "--json",
            "asset",
            "upload",
            "--skip-invalid",
            &first,
            &bad,
            &last,
        ])
        .success();

    let files: Vec<String> = json_lines(&run)
        .iter()
        .map(|line| line["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, ["a.png", "b.png", "c.png"]);
}
