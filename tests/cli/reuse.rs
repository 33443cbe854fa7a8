//! `--reuse`: the same bytes go up once per base URL and key, while HeyGen still has them.

use std::process::Stdio;

use heygen_sandbox::{Sandbox, SandboxConfig};

use super::harness::*;

/// What the sandbox received after the first `skip` requests, as "METHOD /path".
fn requests_after(env: &Env, skip: usize) -> Vec<String> {
    env.requests().into_iter().skip(skip).collect()
}

fn upload_one(env: &Env, file: &str) -> String {
    let run = env.run(&["asset", "upload", file]).success();
    stdout(&run).trim().to_string()
}

/// `DELETE /v3/assets/{id}`, as HeyGen's own CLI does it.
fn delete_asset(env: &Env, id: &str) {
    let url = format!("{}/v3/assets/{id}", env.base_url());
    let status = tokio::runtime::Runtime::new().unwrap().block_on(async {
        reqwest::Client::new()
            .delete(url)
            .header("x-api-key", env.key())
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status.as_u16(), 200);
}

#[test]
fn a_rerun_with_reuse_uploads_nothing_and_prints_the_same_asset() {
    let env = Env::new();
    let photo = env.png("me.png");
    let id = upload_one(&env, &photo);
    let before = env.requests().len();

    let run = env
        .run(&["--json", "asset", "upload", "--reuse", &photo])
        .success();

    assert_eq!(
        requests_after(&env, before),
        [format!("GET /v3/assets/{id}")]
    );
    let line = json_line(&run);
    assert_eq!(line["data"]["asset_id"], id.as_str());
    assert_eq!(line["reused"], true);
    assert_eq!(line["file"], "me.png");
    // The rest is what `GET /v3/assets/{id}` says of the asset.
    assert_eq!(line["data"]["type"], "image");
    assert_eq!(line["data"]["name"], "me.png");
    assert!(line["data"].get("id").is_none(), "{line}");
    assert!(
        stderr(&run).contains(&format!("me.png: already uploaded as {id} (reused)")),
        "{}",
        stderr(&run)
    );

    // HEYGEN_REUSE=1 does the same, and plain output is the id.
    let run = env
        .heygen()
        .env("HEYGEN_REUSE", "1")
        .args(["asset", "upload", &photo])
        .assert()
        .success();
    assert_eq!(stdout(&run), format!("{id}\n"));
    assert_eq!(env.sandbox.asset_ids(), [id]);
}

#[test]
fn direct_uploads_and_avatars_reuse_too() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", 3000);
    let photo = env.png("me.png");
    let clip_id = stdout(&env.run(&["asset", "direct-upload", &clip]).success())
        .trim()
        .to_string();
    let photo_id = upload_one(&env, &photo);
    let before = env.requests().len();

    let run = env
        .run(&["asset", "direct-upload", "--reuse", &clip])
        .success();
    assert_eq!(stdout(&run), format!("{clip_id}\n"));
    env.run(&["avatar", "create", "--name", "Me", "--reuse", &photo])
        .success();

    assert_eq!(
        requests_after(&env, before),
        [
            format!("GET /v3/assets/{clip_id}"),
            format!("GET /v3/assets/{photo_id}"),
            "POST /v3/avatars".to_string(),
        ]
    );
    let avatar = env.exchanges().pop().unwrap();
    assert_eq!(avatar.json.unwrap()["file"]["asset_id"], photo_id.as_str());
}

#[test]
fn a_deleted_asset_is_uploaded_again_and_recorded_anew() {
    let env = Env::new();
    let photo = env.png("me.png");
    let old = upload_one(&env, &photo);
    delete_asset(&env, &old);
    let before = env.requests().len();

    let run = env.run(&["asset", "upload", "--reuse", &photo]).success();

    let new = stdout(&run).trim().to_string();
    assert_ne!(new, old);
    assert_eq!(
        requests_after(&env, before),
        [
            format!("GET /v3/assets/{old}"),
            "POST /v3/assets".to_string()
        ]
    );
    assert!(
        stderr(&run).contains(&format!(
            "me.png: {old} is no longer at HeyGen; uploading again"
        )),
        "{}",
        stderr(&run)
    );
    assert_eq!(env.stored(&new), env.read(&photo));
    let before = env.requests().len();
    let run = env.run(&["asset", "upload", "--reuse", &photo]).success();
    assert_eq!(stdout(&run), format!("{new}\n"));
    assert_eq!(
        requests_after(&env, before),
        [format!("GET /v3/assets/{new}")]
    );
}

#[test]
fn records_are_not_used_with_another_base_url() {
    let first = Env::new();
    let photo = first.png("me.png");
    upload_one(&first, &photo);
    let other = Sandbox::start(SandboxConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        ..SandboxConfig::default()
    })
    .unwrap();

    first
        .heygen()
        .env("HEYGEN_API_BASE", other.base_url())
        .args(["asset", "upload", "--reuse", &photo])
        .assert()
        .success();

    let requests: Vec<String> = other
        .exchanges()
        .iter()
        .map(|e| format!("{} {}", e.method, e.path))
        .collect();
    assert_eq!(requests, ["POST /v3/assets"]);
}

#[test]
fn records_are_not_used_with_another_key() {
    let workspace = Workspace::new();
    let photo = workspace.png("me.png");
    let sandbox_with = |listen, key: &str| {
        Sandbox::start(SandboxConfig {
            listen,
            key: key.into(),
            ..SandboxConfig::default()
        })
        .unwrap()
    };
    let first = sandbox_with("127.0.0.1:0".parse().unwrap(), "first-key");
    let base_url = first.base_url();
    workspace
        .heygen_at(&base_url, "first-key")
        .args(["asset", "upload", &photo])
        .assert()
        .success();
    // The same base URL (the same port), answered by a sandbox with another key.
    drop(first);
    let listen = base_url.trim_start_matches("http://").parse().unwrap();
    let second = sandbox_with(listen, "second-key");

    workspace
        .heygen_at(&base_url, "second-key")
        .args(["asset", "upload", "--reuse", &photo])
        .assert()
        .success();

    let requests: Vec<String> = second
        .exchanges()
        .iter()
        .map(|e| format!("{} {}", e.method, e.path))
        .collect();
    assert_eq!(
        requests,
        ["POST /v3/assets"],
        "no GET: no record for this key"
    );
}

#[test]
fn two_processes_recording_at_once_lose_nothing() {
    let env = Env::new();
    let files: Vec<String> = (0..60)
        .map(|i| {
            // Different bytes per file: the header, then the index.
            let name = format!("shot{i:02}.png");
            let mut bytes = PNG_SIGNATURE.to_vec();
            bytes.extend(format!("shot {i}").bytes());
            env.write(&name, &bytes)
        })
        .collect();
    let spawn = |half: &[String]| {
        env.command()
            .env("HEYGEN_API_BASE", env.base_url())
            .env("HEYGEN_API_KEY", env.key())
            .args(["asset", "upload", "--jobs", "8"])
            .args(half)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (left, right) = files.split_at(30);
    let children = [spawn(left), spawn(right)];
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let before = env.requests().len();

    let mut args = vec!["--json", "asset", "upload", "--dry-run", "--reuse"];
    args.extend(files.iter().map(String::as_str));
    let run = env.run(&args).success();

    let lines = json_lines(&run);
    assert_eq!(lines.len(), 60);
    let ids = env.sandbox.asset_ids();
    for line in &lines {
        assert_eq!(line["route"], "reuse", "{line}");
        assert!(
            ids.iter().any(|id| line["asset_id"] == id.as_str()),
            "{line}"
        );
    }
    assert_eq!(env.requests().len(), before, "a dry run sends nothing");
}

#[test]
fn forget_drops_the_records_of_a_file_or_all() {
    let env = Env::new();
    let (photo, other) = (env.png("me.png"), env.jpeg("you.jpg"));
    upload_one(&env, &photo);
    upload_one(&env, &other);

    let run = env.run(&["asset", "forget", &photo]).success();
    assert_eq!(stdout(&run), "me.png: 1 reuse record(s) dropped\n");
    let before = env.requests().len();
    env.run(&["asset", "upload", "--reuse", &photo]).success();
    assert_eq!(requests_after(&env, before), ["POST /v3/assets"]);

    env.run(&["asset", "forget", "--all"]).success();
    let before = env.requests().len();
    env.run(&["asset", "upload", "--reuse", &other]).success();
    assert_eq!(requests_after(&env, before), ["POST /v3/assets"]);

    let usage = env.run(&["asset", "forget"]).code(2);
    assert!(stderr(&usage).contains("--all"), "{}", stderr(&usage));
    let missing = env.run(&["asset", "forget", "gone.png"]).code(2);
    single_error(&stderr(&missing), "gone.png");
}

#[test]
fn an_upload_without_a_declared_checksum_is_recorded_from_its_streamed_bytes() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", 3000);
    let run = env
        .run(&["asset", "direct-upload", "--no-checksum", &clip])
        .success();
    let id = stdout(&run).trim().to_string();
    let init = env.exchanges()[0].json.clone().unwrap();
    assert!(init.get("checksum_sha256").is_none(), "{init}");
    let before = env.requests().len();

    env.run(&["asset", "upload", "--reuse", &clip]).success();

    assert_eq!(
        requests_after(&env, before),
        [format!("GET /v3/assets/{id}")]
    );
}

#[test]
fn a_video_agent_attachment_uploaded_before_is_reused() {
    let env = Env::new();
    let slide = env.png("slide.png");
    let id = upload_one(&env, &slide);
    let before = env.requests().len();

    let run = env
        .run(&["video-agent", "create", "--prompt", "p", &slide, "--reuse"])
        .success();

    assert_eq!(
        requests_after(&env, before),
        [
            format!("GET /v3/assets/{id}"),
            "POST /v3/video-agents".to_string()
        ],
        "no upload the second time"
    );
    let post = env.exchanges().pop().unwrap();
    assert_eq!(
        post.json.unwrap()["files"],
        serde_json::json!([{"type": "asset_id", "asset_id": id}])
    );
    assert!(stdout(&run).starts_with("ses_"), "{}", stdout(&run));
    assert!(
        stderr(&run).contains(&format!("slide.png: already uploaded as {id} (reused)")),
        "{}",
        stderr(&run)
    );
    assert_eq!(env.sandbox.asset_ids(), [id]);
}
