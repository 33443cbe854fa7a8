//! Resume records: one per base URL, key and file, healed when the server no longer knows
//! them, listed and cleared by `heygen asset pending`, any file name, never for stdin, and
//! never a reason for an upload to fail.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use heygen_sandbox::{Faults, Sandbox, SandboxConfig};
use serde_json::Value;

use super::harness::*;

/// Where the harness's HOME puts the records.
fn records_dir(workspace: &Workspace) -> PathBuf {
    workspace.dir().join(".local/state/heygen/uploads")
}

fn record_count(workspace: &Workspace) -> usize {
    std::fs::read_dir(records_dir(workspace)).map_or(0, |d| d.count())
}

fn sandbox_on(listen: &str, faults: &str) -> Sandbox {
    Sandbox::start(SandboxConfig {
        listen: listen.parse().unwrap(),
        faults: Faults::parse(faults).unwrap(),
        ..Default::default()
    })
    .expect("the sandbox starts")
}

fn requests(sandbox: &Sandbox) -> Vec<String> {
    sandbox
        .exchanges()
        .iter()
        .map(|e| format!("{} {}", e.method, e.path))
        .collect()
}

#[test]
fn a_record_the_restarted_server_no_longer_knows_is_replaced_once() {
    let workspace = Workspace::new();
    let clip = workspace.mp4("clip.mp4", 3000);
    let first = sandbox_on("127.0.0.1:0", "put-stall=1");
    let address = first.base_url().trim_start_matches("http://").to_string();
    let run = workspace
        .heygen_at(&first.base_url(), first.key())
        .args([
            "--timeout",
            "1",
            "--retries",
            "0",
            "asset",
            "direct-upload",
            &clip,
        ])
        .assert()
        .code(4);
    assert!(stderr(&run).contains("no byte moved"), "{}", stderr(&run));
    assert_eq!(record_count(&workspace), 1, "the record is kept");
    let old_id = first.asset_ids()[0].clone();
    drop(first);

    // The same address, a new server: the old upload URL's signature means nothing there.
    let second = sandbox_on(&address, "");
    let run = workspace
        .heygen_at(&second.base_url(), second.key())
        .args(["asset", "direct-upload", &clip])
        .assert()
        .success();
    let err = stderr(&run);
    assert!(
        err.contains(
            "clip.mp4: resuming an earlier upload (the upload URL is reused; a presigned PUT \
             cannot continue midway, so the bytes are sent again)"
        ),
        "{err}"
    );
    assert!(
        err.contains("clip.mp4: the earlier upload is unknown here now (403); dropped its record, starting over"),
        "{err}"
    );
    let new_id = stdout(&run).trim().to_string();
    assert_ne!(new_id, old_id);
    assert_eq!(second.stored_bytes(&new_id).unwrap(), workspace.read(&clip));
    assert_eq!(
        requests(&second),
        [
            format!("PUT /storage/{old_id}/clip.mp4"),
            "POST /v3/assets/direct-uploads".to_string(),
            format!("PUT /storage/{new_id}/clip.mp4"),
            format!("POST /v3/assets/{new_id}/complete"),
        ]
    );
    assert_eq!(record_count(&workspace), 0);
}

#[test]
fn stored_but_not_completed_on_a_forgotten_asset_starts_over() {
    let workspace = Workspace::new();
    let clip = workspace.mp4("clip.mp4", 3000);
    let first = sandbox_on("127.0.0.1:0", "");
    let address = first.base_url().trim_start_matches("http://").to_string();
    workspace
        .heygen_at(&first.base_url(), first.key())
        .args(["asset", "direct-upload", "--no-complete", &clip])
        .assert()
        .success();
    drop(first);

    let second = sandbox_on(&address, "");
    let run = workspace
        .heygen_at(&second.base_url(), second.key())
        .args(["asset", "direct-upload", &clip])
        .assert()
        .success();
    let err = stderr(&run);
    assert!(
        err.contains("resuming an earlier upload (the bytes are stored; only complete is left)"),
        "{err}"
    );
    assert!(err.contains("unknown here now (404)"), "{err}");
    let id = stdout(&run).trim().to_string();
    assert_eq!(second.stored_bytes(&id).unwrap(), workspace.read(&clip));
    assert_eq!(second.asset_ids(), [id]);
}

#[test]
fn a_record_belongs_to_one_base_url_and_one_key() {
    let workspace = Workspace::new();
    let clip = workspace.mp4("clip.mp4", 3000);
    let first = sandbox_on("127.0.0.1:0", "");
    let second = sandbox_on("127.0.0.1:0", "");
    workspace
        .heygen_at(&first.base_url(), first.key())
        .args(["asset", "direct-upload", "--no-complete", &clip])
        .assert()
        .success();
    let first_requests = requests(&first).len();
    let record: Value = std::fs::read_dir(records_dir(&workspace))
        .unwrap()
        .flatten()
        .map(|f| serde_json::from_slice(&std::fs::read(f.path()).unwrap()).unwrap())
        .next()
        .unwrap();
    assert_eq!(record["base_url"], first.base_url());
    assert_eq!(record["key_fingerprint"].as_str().unwrap().len(), 16);
    assert!(!record.to_string().contains(first.key()), "never the key");

    // Another base URL: a fresh upload there; the first environment hears nothing.
    let run = workspace
        .heygen_at(&second.base_url(), second.key())
        .args(["asset", "direct-upload", &clip])
        .assert()
        .success();
    assert!(!stderr(&run).contains("resuming"), "{}", stderr(&run));
    assert_eq!(second.asset_ids().len(), 1);
    assert_eq!(requests(&first).len(), first_requests);
    assert_eq!(record_count(&workspace), 1, "the first one's record stays");

    // Another key at the first base URL: nothing of the first key's is pending for it.
    let run = workspace
        .heygen_at(&first.base_url(), "sk_another_key")
        .args(["asset", "complete", "--pending"])
        .assert()
        .success();
    assert!(
        stderr(&run).contains("no uploads are waiting"),
        "{}",
        stderr(&run)
    );
    assert_eq!(requests(&first).len(), first_requests);

    // The key that made it completes it.
    let run = workspace
        .heygen_at(&first.base_url(), first.key())
        .args(["asset", "complete", "--pending"])
        .assert()
        .success();
    assert_eq!(stdout(&run).trim(), first.asset_ids()[0]);
    assert_eq!(record_count(&workspace), 0);
}

#[test]
fn pending_lists_and_clears_records() {
    let env = Env::new();
    let (a, b) = (env.mp4("a.mp4", 3000), env.mp4("b.mp4", 3000));
    for file in [&a, &b] {
        env.run(&["asset", "direct-upload", "--no-complete", file])
            .success();
    }
    let ids = env.sandbox.asset_ids();
    std::fs::remove_file(env.path(&b)).unwrap();

    let run = env.run(&["asset", "pending"]).success();
    let dir = std::fs::canonicalize(env.dir()).unwrap();
    let lines: Vec<Vec<String>> = stdout(&run)
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    assert_eq!(lines.len(), 2, "{}", stdout(&run));
    assert_eq!(lines[0][0], dir.join("a.mp4").display().to_string());
    assert_eq!(
        lines[1][0],
        format!("{} (file gone)", dir.join("b.mp4").display())
    );
    for (line, id) in lines.iter().zip(&ids) {
        assert_eq!(line[1], *id);
        assert_eq!(line[2], "uploaded");
        assert!(line[3].ends_with('s'), "an age: {}", line[3]);
        assert_eq!(line[4], env.base_url());
    }

    let run = env.run(&["--json", "asset", "pending"]).success();
    let objects = json_lines(&run);
    assert_eq!(objects[1]["file_gone"], Value::Bool(true));
    assert_eq!(objects[0]["step"], "uploaded");
    assert_eq!(objects[0]["asset_id"], ids[0].as_str());

    let run = env.run(&["asset", "pending", "--clear"]).code(2);
    assert!(stderr(&run).contains("--clear"), "{}", stderr(&run));
    let run = env
        .run(&["--json", "asset", "pending", "--clear", &b])
        .success();
    assert_eq!(json_line(&run)["records_removed"], 1);
    assert_eq!(
        stdout(&env.run(&["asset", "pending"]).success())
            .lines()
            .count(),
        1
    );
    // A record an older heygen wrote (the path as text) is not listed, and --all removes it.
    std::fs::write(records_dir(&env).join("0123.json"), br#"{"path": "/x"}"#).unwrap();
    assert_eq!(
        stdout(&env.run(&["asset", "pending"]).success())
            .lines()
            .count(),
        1
    );
    let run = env.run(&["asset", "pending", "--clear", "--all"]).success();
    assert_eq!(stdout(&run), "2 resume record(s) removed\n");
    assert_eq!(stdout(&env.run(&["asset", "pending"]).success()), "");
    assert_eq!(record_count(&env), 0);
}

/// Records of uploads to a sandbox that has stopped are shown apart, and `--clear --stale`
/// drops them and only them.
#[test]
fn records_of_a_stopped_sandbox_are_marked_and_cleared_as_stale() {
    let env = Env::new();
    let (a, b) = (env.mp4("a.mp4", 3000), env.mp4("b.mp4", 3000));
    env.run(&["asset", "direct-upload", "--no-complete", &a])
        .success();
    let other = sandbox_on("127.0.0.1:0", "");
    env.heygen()
        .env("HEYGEN_API_BASE", other.base_url())
        .args(["asset", "direct-upload", "--no-complete", &b])
        .assert()
        .success();
    let gone_url = other.base_url();
    drop(other);

    let run = env.run(&["asset", "pending"]).success();
    let lines: Vec<Vec<String>> = stdout(&run)
        .lines()
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    assert_eq!(lines.len(), 2, "{}", stdout(&run));
    assert_eq!(lines[0][4], env.base_url());
    assert_eq!(lines[1][4], format!("{gone_url} (API gone)"));
    let objects = json_lines(&env.run(&["--json", "asset", "pending"]).success());
    assert_eq!(objects[0]["api_gone"], Value::Bool(false));
    assert_eq!(objects[1]["api_gone"], Value::Bool(true));

    let run = env
        .run(&["asset", "pending", "--clear", "--stale"])
        .success();
    assert_eq!(stdout(&run), "1 resume record(s) of APIs gone removed\n");
    let left = stdout(&env.run(&["asset", "pending"]).success());
    assert_eq!(left.lines().count(), 1, "{left}");
    assert!(left.contains("a.mp4"), "{left}");
}

#[test]
fn an_unwritable_state_folder_warns_once_and_uploads_anyway() {
    let env = Env::new();
    let (a, b) = (env.mp4("a.mp4", 3000), env.mp4("b.mp4", 3000));
    let blocker = env.write("not-a-folder", b"");
    let run = env
        .heygen()
        .env("XDG_STATE_HOME", env.path(&blocker).join("state"))
        .args(["asset", "direct-upload", "--jobs", "1", &a, &b])
        .assert()
        .success();
    assert_eq!(stdout(&run).lines().count(), 2);
    let err = stderr(&run);
    let warnings: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("heygen: warning: cannot write resume records"))
        .collect();
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(
        warnings[0].contains("uploading without them"),
        "{}",
        warnings[0]
    );
    // The records of completed uploads (for --reuse) say so once too, not once per file.
    let all: Vec<&str> = err.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(all.len(), 2, "{err}");

    let photos: Vec<String> = (0..3).map(|i| env.png(&format!("p{i}.png"))).collect();
    let mut args = vec!["asset", "upload"];
    args.extend(photos.iter().map(String::as_str));
    let run = env
        .heygen()
        .env("XDG_STATE_HOME", env.path(&blocker).join("state"))
        .args(&args)
        .assert()
        .success();
    // Simple uploads keep their idempotency keys in resume records too: one warning each kind.
    let err = stderr(&run);
    let all: Vec<&str> = err.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(all.len(), 2, "{err}");
}

#[test]
fn standard_input_is_never_recorded() {
    let env = Env::new();
    let bytes = std::fs::read(env.path(&env.mp4("clip.mp4", 3000))).unwrap();
    env.heygen()
        .args([
            "asset",
            "direct-upload",
            "--no-complete",
            "--filename",
            "in.mp4",
            "-",
        ])
        .write_stdin(bytes)
        .assert()
        .success();
    assert_eq!(record_count(&env), 0);
    let run = env.run(&["asset", "complete", "--pending"]).success();
    assert!(
        stderr(&run).contains("no uploads are waiting"),
        "{}",
        stderr(&run)
    );
}

/// `clip<FF>.mp4`: not UTF-8.
fn odd_name() -> &'static OsStr {
    OsStr::from_bytes(b"clip\xff.mp4")
}

#[test]
fn a_file_name_that_is_not_utf8_takes_the_simple_path() {
    let env = Env::new();
    env.mp4("plain.mp4", 3000);
    std::fs::rename(env.path("plain.mp4"), env.dir().join(odd_name())).unwrap();
    let run = env
        .heygen()
        .arg("asset")
        .arg("upload")
        .arg(odd_name())
        .assert()
        .success();
    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    assert_eq!(
        env.exchanges()[0].parts[0].filename.as_deref(),
        Some("clip\u{fffd}.mp4")
    );
}

#[test]
fn a_file_name_that_is_not_utf8_is_recorded_resumed_listed_and_completed() {
    let env = Env::with(|c| c.faults = Faults::parse("put-stall=1").unwrap());
    env.mp4("plain.mp4", 3000);
    std::fs::rename(env.path("plain.mp4"), env.dir().join(odd_name())).unwrap();
    env.heygen()
        .args([
            "--timeout",
            "1",
            "--retries",
            "0",
            "asset",
            "direct-upload",
            "--no-complete",
        ])
        .arg(odd_name())
        .assert()
        .code(4);
    assert_eq!(record_count(&env), 1);

    let run = env.run(&["asset", "pending"]).success();
    assert!(
        stdout(&run).contains("clip\u{fffd}.mp4\t"),
        "{}",
        stdout(&run)
    );

    let run = env
        .heygen()
        .args(["asset", "direct-upload", "--no-complete"])
        .arg(odd_name())
        .assert()
        .success();
    assert!(
        stderr(&run).contains("resuming an earlier upload"),
        "{}",
        stderr(&run)
    );
    let id = env.only_asset_id();
    assert_eq!(stdout(&run).trim(), id, "the same asset");

    let run = env.run(&["asset", "complete", "--pending"]).success();
    assert_eq!(stdout(&run).trim(), id);
    assert_eq!(
        env.stored(&id),
        std::fs::read(env.dir().join(odd_name())).unwrap()
    );
    assert_eq!(record_count(&env), 0);
}
