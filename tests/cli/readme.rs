//! The README's sandbox snippet, run as written: it cannot hang when the sandbox cannot start.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// The first ```sh block under "## The sandbox".
fn snippet() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("the README");
    let section = readme
        .split("## The sandbox")
        .nth(1)
        .expect("the sandbox section");
    let block = section.split("```sh\n").nth(1).expect("a sh block");
    block.split("```").next().unwrap().to_string()
}

#[test]
fn the_sandbox_snippet_exits_non_zero_at_once_when_the_port_is_taken() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let workspace = super::harness::Workspace::new();
    let heygen = assert_cmd::cargo::cargo_bin("heygen");
    let bin = heygen.parent().unwrap();
    let script = snippet().replace("127.0.0.1:0", &format!("127.0.0.1:{port}"));
    assert!(script.contains(&format!("127.0.0.1:{port}")), "{script}");

    let started = Instant::now();
    // Bounded, so that a snippet that hangs fails the test instead of hanging it.
    let run = Command::new("timeout")
        .args(["10", "bash", "-c", &script])
        .current_dir(workspace.dir())
        .env(
            "PATH",
            format!("{}:{}", bin.display(), std::env::var("PATH").unwrap()),
        )
        .env("HOME", workspace.dir())
        .output()
        .expect("bash runs");

    assert!(!run.status.success(), "{run:?}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(!workspace.dir().join("sandbox.env").exists());
}
