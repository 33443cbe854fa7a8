//! `heygen sandbox` as a separate process: it prints the lines a script sources, then serves.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

use super::harness::*;

/// Kills the sandbox process however the test ends.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn prints_its_exports_and_serves_an_upload() {
    let workspace = Workspace::new();
    let data = workspace.folder("data");
    let log = File::create(workspace.path("sandbox.log")).unwrap();
    let mut child = KillOnDrop(
        workspace
            .command()
            .args(["sandbox", "--listen", "127.0.0.1:0", "--data", &data])
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
