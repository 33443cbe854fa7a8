//! `heygen sandbox` as a separate process: it prints the lines a script sources, then serves.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use super::harness::*;

#[test]
fn prints_its_exports_and_serves_an_upload() {
    let workspace = Workspace::new();
    let data = workspace.folder("data");
    let log = File::create(workspace.path("sandbox.log")).unwrap();
    let mut child = KillOnDrop(
        workspace
            .command()
            .args(["sandbox", "-v", "--listen", "127.0.0.1:0", "--data", &data])
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("heygen sandbox starts"),
    );
    let mut lines = BufReader::new(child.0.stdout.take().unwrap()).lines();
    let mut next_line = || lines.next().expect("a line").expect("readable");

    let base = next_line()
        .strip_prefix("export HEYGEN_API_BASE=")
        .expect("first line exports HEYGEN_API_BASE")
        .to_string();
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");
    let port = &base["http://127.0.0.1:".len()..];
    assert!(port.parse::<u16>().is_ok_and(|p| p != 0), "{base}");
    assert_eq!(next_line(), "export HEYGEN_API_KEY=sandbox");

    let photo = workspace.png("photo.png");
    let mut upload = assert_cmd::Command::from_std(workspace.command());
    let run = upload
        .env("HEYGEN_API_BASE", &base)
        .env("HEYGEN_API_KEY", "sandbox")
        .args(["asset", "upload", &photo])
        .assert()
        .success();

    let id = stdout(&run);
    assert!(is_id(id.trim_end(), "ast_"), "{id:?}");
    let log = std::fs::read_to_string(workspace.path("sandbox.log")).unwrap();
    assert!(log.contains("POST /v3/assets 200"), "{log}");
    let kept = files_under(&workspace.path(&data));
    let photo_bytes = workspace.read(&photo);
    assert!(
        kept.iter()
            .any(|file| std::fs::read(file).unwrap() == photo_bytes),
        "the bytes are kept under --data: {kept:?}"
    );
}

/// `--env-file` appears whole once the sandbox listens, for a script that waits for it; and
/// without `-v` the sandbox's request log stays out of the terminal it was started from.
#[test]
fn env_file_appears_whole_once_listening_and_the_log_needs_verbose() {
    let workspace = Workspace::new();
    workspace.folder("run");
    let env_file = workspace.path("run/sandbox.env");
    let log = File::create(workspace.path("sandbox.log")).unwrap();
    let mut child = KillOnDrop(
        workspace
            .command()
            .args([
                "sandbox",
                "--listen",
                "127.0.0.1:0",
                "--env-file",
                "run/sandbox.env",
            ])
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("heygen sandbox starts"),
    );
    // What the README's snippet does: wait for the file, then source it.
    let text = loop {
        if let Ok(text) = std::fs::read_to_string(&env_file) {
            break text;
        }
        if let Some(status) = child.0.try_wait().unwrap() {
            panic!("the sandbox ended ({status}) without writing the file");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "every line at once: {text:?}");
    let base = lines[0]
        .strip_prefix("export HEYGEN_API_BASE=")
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(lines[1], "export HEYGEN_API_KEY=sandbox");
    assert_eq!(
        lines[2],
        format!("export HEYGEN_OAUTH_TOKEN_URL={base}/v1/oauth/token")
    );
    let leftovers: Vec<_> = std::fs::read_dir(workspace.path("run"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers,
        ["sandbox.env"],
        "no temporary file left beside it"
    );

    let photo = workspace.png("photo.png");
    let mut upload = assert_cmd::Command::from_std(workspace.command());
    upload
        .env("HEYGEN_API_BASE", base)
        .env("HEYGEN_API_KEY", "sandbox")
        .args(["asset", "upload", &photo])
        .assert()
        .success();

    let log = std::fs::read_to_string(workspace.path("sandbox.log")).unwrap();
    assert!(log.contains("sandbox serving the HeyGen API"), "{log}");
    assert!(
        !log.contains("POST /v3/assets"),
        "no request log without -v: {log}"
    );
}

#[test]
fn an_env_file_that_cannot_be_written_stops_the_sandbox_with_exit_2() {
    let workspace = Workspace::new();
    let run = assert_cmd::Command::from_std(workspace.command())
        .args([
            "sandbox",
            "--listen",
            "127.0.0.1:0",
            "--env-file",
            "no/such/folder/sandbox.env",
        ])
        .assert()
        .code(2);
    let stderr = stderr(&run);
    assert!(
        stderr.contains("--env-file no/such/folder/sandbox.env: cannot be written"),
        "{stderr}"
    );
    assert_eq!(
        stdout(&run),
        "",
        "no export lines for a sandbox that is gone"
    );
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}
