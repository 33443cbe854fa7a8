//! Never losing an upload: every fault the sandbox can inject is survived, with no second
//! asset, and an upload killed half-way resumes on the next run.

use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use heygen_sandbox::{Exchange, Faults};

use super::harness::*;

fn with_faults(spec: &str) -> Env {
    let faults = Faults::parse(spec).expect("a valid fault spec");
    Env::with(|config| config.faults = faults)
}

fn to(env: &Env, method: &str, path_start: &str) -> Vec<Exchange> {
    env.exchanges()
        .into_iter()
        .filter(|e| e.method == method && e.path.starts_with(path_start))
        .collect()
}

fn retry_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.contains("; retry ")).collect()
}

#[test]
fn rate_limited_init_waits_and_keeps_its_idempotency_key() {
    let env = with_faults("init-429=1");
    let clip = env.mp4("clip.mp4", 3000);

    let run = env.run(&["asset", "direct-upload", &clip]).success();

    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    // A rate limit is waited out by the pacer: one note, no retry used up.
    let stderr = stderr(&run);
    assert_eq!(retry_lines(&stderr), Vec::<&str>::new(), "{stderr}");
    assert!(
        stderr.contains("HeyGen is limiting requests; slowing to about"),
        "{stderr}"
    );
    let inits = to(&env, "POST", "/v3/assets/direct-uploads");
    assert_eq!(
        inits.iter().map(|e| e.status).collect::<Vec<_>>(),
        [429, 200]
    );
    let keys: Vec<_> = inits.iter().map(|e| e.header("idempotency-key")).collect();
    assert!(keys[0].is_some() && keys[0] == keys[1], "{keys:?}");
    assert_eq!(env.stored(&id), env.read(&clip));
}

#[test]
fn server_errors_on_every_endpoint_are_retried() {
    let env = with_faults("assets-500=1,init-503=1,put-502=1,complete-504=1,avatars-500=1");
    let (photo, clip) = (env.png("me.png"), env.mp4("clip.mp4", 3000));

    let avatar = env
        .run(&["avatar", "create", "--name", "Me", &photo])
        .success();
    let run = env.run(&["asset", "direct-upload", &clip]).success();

    assert_eq!(
        retry_lines(&stderr(&avatar)).len(),
        2,
        "{}",
        stderr(&avatar)
    );
    assert_eq!(retry_lines(&stderr(&run)).len(), 3, "{}", stderr(&run));
    assert_eq!(env.sandbox.asset_ids().len(), 2, "no second asset");
    let id = stdout(&run).trim().to_string();
    assert_eq!(env.stored(&id), env.read(&clip));
    let avatars = to(&env, "POST", "/v3/avatars");
    assert_eq!(avatars.len(), 2);
    assert_eq!(
        avatars[0].header("idempotency-key"),
        avatars[1].header("idempotency-key")
    );
}

#[test]
fn storage_trouble_and_dropped_connections_restart_the_put_from_byte_zero() {
    let env = with_faults("put-503=1,put-drop=1");
    let clip = env.mp4("clip.mp4", 300_000);

    let run = env.run(&["asset", "direct-upload", &clip]).success();

    let id = stdout(&run).trim().to_string();
    let puts = to(&env, "PUT", "/storage/");
    assert_eq!(
        puts.iter().map(|e| e.status).collect::<Vec<_>>(),
        [503, 0, 200]
    );
    assert_eq!(
        puts[2].body_len, 300_000,
        "the last try sent the whole file"
    );
    assert_eq!(env.stored(&id), env.read(&clip));
    assert_eq!(retry_lines(&stderr(&run)).len(), 2, "{}", stderr(&run));
}

#[test]
fn an_expired_url_gets_one_fresh_init_and_a_new_put() {
    let env = with_faults("put-expired=1");
    let clip = env.mp4("clip.mp4", 3000);

    let run = env.run(&["asset", "direct-upload", &clip]).success();

    let id = stdout(&run).trim().to_string();
    assert_eq!(to(&env, "POST", "/v3/assets/direct-uploads").len(), 2);
    let completes = to(&env, "POST", "/v3/assets/");
    let completed: Vec<_> = completes
        .iter()
        .filter(|e| e.path.ends_with("/complete"))
        .collect();
    assert_eq!(completed.len(), 1);
    assert_eq!(completed[0].path, format!("/v3/assets/{id}/complete"));
    assert_eq!(env.stored(&id), env.read(&clip));
    assert!(stderr(&run).contains("expired"), "{}", stderr(&run));
}

#[test]
fn complete_waits_for_storage_to_catch_up() {
    let env = with_faults("complete-409=2");
    let clip = env.mp4("clip.mp4", 3000);

    env.run(&["asset", "direct-upload", &clip]).success();

    let statuses: Vec<u16> = to(&env, "POST", "/v3/assets/ast_")
        .iter()
        .map(|e| e.status)
        .collect();
    assert_eq!(statuses, [409, 409, 200]);
}

#[test]
fn out_of_retries_fails_the_file_with_the_last_answer() {
    let env = with_faults("init-500=5");
    let clip = env.mp4("clip.mp4", 3000);

    let run = env
        .run(&["--json", "--retries", "1", "asset", "direct-upload", &clip])
        .code(1);

    assert_eq!(to(&env, "POST", "/v3/assets/direct-uploads").len(), 2);
    let line = json_line(&run);
    assert_eq!(line["file"], "clip.mp4");
    assert_eq!(line["error"]["code"], "internal_error");
    assert!(env.sandbox.asset_ids().is_empty());
}

#[test]
fn a_stalled_put_times_out_with_exit_4_or_is_retried() {
    let env = with_faults("put-stall=1");
    let clip = env.mp4("clip.mp4", 300_000);
    let run = env
        .run(&[
            "--timeout",
            "1",
            "--retries",
            "0",
            "asset",
            "direct-upload",
            &clip,
        ])
        .code(4);
    assert!(single_error(&stderr(&run), "clip.mp4").contains("no byte moved for 1 s"));

    env.sandbox
        .set_faults(Faults::parse("put-stall=1").unwrap());
    let run = env
        .run(&["--timeout", "1", "asset", "direct-upload", &clip])
        .success();
    let id = stdout(&run).trim().to_string();
    assert_eq!(env.stored(&id), env.read(&clip));
}

/// Where the harness's HOME puts the resume records.
fn resume_dir(env: &Env) -> PathBuf {
    env.dir().join(".local/state/heygen/uploads")
}

fn spawn(env: &Env, args: &[&str]) -> Child {
    env.command()
        .env("HEYGEN_API_BASE", env.base_url())
        .env("HEYGEN_API_KEY", env.key())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("heygen starts")
}

/// Waits until the resume record says the bytes are on their way (init done) and the PUT has
/// reached the sandbox.
fn wait_for_put(env: &Env) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let entry = std::fs::read_dir(resume_dir(env))
            .into_iter()
            .flatten()
            .flatten()
            .find_map(|f| {
                serde_json::from_slice::<serde_json::Value>(&std::fs::read(f.path()).ok()?).ok()
            });
        if let Some(entry) = entry.filter(|e| e["step"] == "initialized") {
            env.wait_for_arrival("PUT ");
            return entry;
        }
        assert!(Instant::now() < deadline, "the upload never got to its PUT");
        sleep(Duration::from_millis(50));
    }
}

#[test]
fn killed_during_the_put_the_same_command_resumes_the_same_asset() {
    let env = with_faults("put-throttle=200000");
    let clip = env.mp4("clip.mp4", 1_000_000);

    // The presigned flow is the one with resume records (`asset upload` takes it above 32 MB).
    let mut child = spawn(&env, &["asset", "direct-upload", &clip]);
    let entry = wait_for_put(&env);
    child.kill().expect("kill -9");
    child.wait().unwrap();
    assert!(
        env.exchanges()
            .iter()
            .all(|e| !e.path.ends_with("/complete"))
    );

    env.sandbox.set_faults(Faults::default());
    let run = env.run(&["asset", "direct-upload", &clip]).success();

    let id = entry["asset_id"].as_str().unwrap();
    assert_eq!(stdout(&run), format!("{id}\n"), "the same asset");
    assert_eq!(env.sandbox.asset_ids(), [id], "no second asset");
    assert_eq!(
        to(&env, "POST", "/v3/assets/direct-uploads").len(),
        1,
        "no second init"
    );
    assert_eq!(env.stored(id), env.read(&clip));
    assert!(stderr(&run).contains("resuming"), "{}", stderr(&run));
    assert_eq!(
        std::fs::read_dir(resume_dir(&env)).unwrap().count(),
        0,
        "entry removed once completed"
    );
}

#[test]
fn stored_but_not_completed_is_completed_by_a_rerun_or_by_pending() {
    let env = Env::new();
    let (a, b) = (env.mp4("a.mp4", 3000), env.mp4("b.mp4", 4000));
    let first = env
        .run(&["asset", "direct-upload", "--no-complete", &a])
        .success();
    let first = stdout(&first).trim().to_string();
    let puts_before = to(&env, "PUT", "/storage/").len();

    let run = env.run(&["asset", "direct-upload", &a]).success();
    assert_eq!(stdout(&run).trim(), first, "the same asset, completed");
    assert_eq!(
        to(&env, "PUT", "/storage/").len(),
        puts_before,
        "the PUT is not repeated"
    );

    let second = env
        .run(&["asset", "direct-upload", "--no-complete", &b])
        .success();
    let second = stdout(&second).trim().to_string();
    let run = env.run(&["asset", "complete", "--pending"]).success();
    assert_eq!(stdout(&run), format!("{second}\n"));
    let completed = to(&env, "POST", &format!("/v3/assets/{second}/complete"));
    let fields = completed[0].json.as_ref().unwrap();
    assert_eq!(
        fields["checksum_sha256"],
        sha256_hex(&env.read(&b)),
        "the resume record's checksum"
    );
    let run = env.run(&["asset", "complete", "--pending"]).success();
    assert_eq!(stdout(&run), "", "nothing left");
    assert_eq!(env.sandbox.asset_ids().len(), 2);
}

#[test]
fn a_file_that_changes_during_its_upload_is_not_completed() {
    let env = with_faults("put-throttle=200000");
    let clip = env.mp4("clip.mp4", 600_000);

    let child = spawn(&env, &["asset", "direct-upload", &clip]);
    wait_for_put(&env);
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(env.path(&clip))
        .unwrap();
    std::io::Write::write_all(&mut file, b"more").unwrap();
    drop(file);
    let done = child.wait_with_output().unwrap();

    assert_eq!(done.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&done.stderr).into_owned();
    assert!(single_error(&stderr, "clip.mp4").contains("changed while it was being uploaded"));
    assert!(
        env.exchanges()
            .iter()
            .all(|e| !e.path.ends_with("/complete"))
    );
}

#[test]
fn resume_records_live_under_xdg_state_home_privately() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", 3000);
    let state = env.dir().join("state");

    env.heygen()
        .env("XDG_STATE_HOME", &state)
        .args(["asset", "direct-upload", "--no-complete", &clip])
        .assert()
        .success();

    let entries: Vec<_> = std::fs::read_dir(state.join("heygen/uploads"))
        .expect("the resume records folder")
        .flatten()
        .collect();
    assert_eq!(entries.len(), 1);
    use std::os::unix::fs::PermissionsExt;
    let mode = entries[0].metadata().unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(
        !resume_dir(&env).exists(),
        "not under HOME when XDG_STATE_HOME is set"
    );
}
