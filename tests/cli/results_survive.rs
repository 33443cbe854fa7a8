//! Results are never lost: a reader that leaves ends the run quietly, a stdout that cannot
//! be written makes it fail with each result on stderr, and a broken stderr is no reason to
//! stop. Staged with real closed pipes and /dev/full.

use std::fs::OpenOptions;
use std::process::Stdio;

use super::harness::*;

fn pngs(env: &Env, count: usize) -> Vec<String> {
    (0..count).map(|i| env.png(&format!("p{i}.png"))).collect()
}

#[test]
fn a_closed_stdout_ends_the_run_quietly_after_the_upload_in_flight() {
    let env = Env::new();
    let files = pngs(&env, 6);
    let mut child = env
        .process()
        .args(["asset", "direct-upload", "--jobs", "1"])
        .args(&files)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("heygen starts");
    // The reader is gone before the first result: as `| head -0` would leave it.
    drop(child.stdout.take());
    let done = child.wait_with_output().unwrap();

    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(0), "{stderr}");
    assert!(error_lines(&stderr).is_empty(), "{stderr}");
    // The first file went all the way (complete included); no other file was started.
    let id = env.only_asset_id();
    let requests = env.requests();
    assert_eq!(requests.len(), 3, "{requests:?}");
    assert_eq!(requests[0], "POST /v3/assets/direct-uploads");
    assert!(requests[1].starts_with("PUT "), "{requests:?}");
    assert_eq!(requests[2], format!("POST /v3/assets/{id}/complete"));
    assert!(env.exchanges().iter().all(|e| e.status == 200));
}

#[test]
fn a_full_stdout_fails_and_every_result_goes_to_stderr() {
    let env = Env::new();
    let files = pngs(&env, 2);
    let full = OpenOptions::new().write(true).open("/dev/full").unwrap();
    let mut command = env.process();
    command
        .args(["asset", "upload", "--jobs", "1"])
        .args(&files)
        .stdout(full);
    let done = command.output().unwrap();
    assert_eq!(done.status.code(), Some(1));

    let ids = env.sandbox.asset_ids();
    assert_eq!(ids.len(), 2);
    let stderr = String::from_utf8_lossy(&done.stderr);
    let expected: Vec<String> = ids
        .iter()
        .map(|id| {
            format!(
                "heygen: error: cannot write to stdout (No space left on device); the result was: {id}"
            )
        })
        .collect();
    assert_eq!(error_lines(&stderr), expected, "{stderr}");
}

#[test]
fn completions_into_a_full_stdout_fail_instead_of_panicking() {
    let workspace = Workspace::new();
    let full = OpenOptions::new().write(true).open("/dev/full").unwrap();
    let mut command = workspace.command();
    command.args(["completions", "bash"]).stdout(full);
    let done = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(1), "{stderr}");
    assert!(
        error_lines(&stderr) == ["heygen: error: cannot write to stdout (No space left on device)"],
        "{stderr}"
    );
}

#[test]
fn a_closed_stderr_does_not_stop_the_run() {
    let env = Env::new();
    let photo = env.png("photo.png");
    let mut child = env
        .process()
        // -v writes many stderr lines, each of which would have panicked.
        .args(["-v", "--progress", "plain", "asset", "upload", &photo])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("heygen starts");
    drop(child.stderr.take());
    let done = child.wait_with_output().unwrap();

    assert_eq!(done.status.code(), Some(0));
    let id = env.only_asset_id();
    assert_eq!(String::from_utf8_lossy(&done.stdout), format!("{id}\n"));
}
