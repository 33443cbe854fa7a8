//! Ctrl-C and SIGTERM, sent for real to the spawned binary: the files in flight are named,
//! the temporary files are removed, resume records stay usable, and the exit code is 130 or
//! 143. The put-stall fault holds an upload open until the signal comes.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use heygen_sandbox::Faults;

use super::harness::*;

fn signal(child: &Child, name: &str) {
    let sent = Command::new("kill")
        .args(["-s", name, &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success(), "kill -s {name}");
}

/// Waits until the PUT has reached the sandbox (the stalled one is answered never).
fn wait_for_put(env: &Env) {
    env.wait_for_arrival("PUT ");
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

fn stalled() -> Env {
    Env::with(|config| config.faults = Faults::parse("put-stall=9").unwrap())
}

#[test]
fn ctrl_c_names_the_file_in_flight_keeps_its_record_and_exits_130() {
    let env = stalled();
    let clip = env.mp4("clip.mp4", 300_000);
    let child = env
        .process()
        .args(["asset", "direct-upload", &clip])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("heygen starts");
    wait_for_put(&env);
    signal(&child, "INT");
    let done = child.wait_with_output().unwrap();

    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(130), "{stderr}");
    assert_eq!(
        stderr.trim_end(),
        "heygen: clip.mp4: interrupted; run the same command again to resume"
    );
    assert!(done.stdout.is_empty());

    // The record says where the upload stood, and the same command resumes it.
    let records = files_in(&env.dir().join(".local/state/heygen/uploads"));
    assert_eq!(records.len(), 1, "{records:?}");
    env.sandbox.set_faults(Faults::default());
    let run = env.run(&["asset", "direct-upload", &clip]).success();
    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    assert_eq!(env.stored(&id), env.read(&clip));
}

#[test]
fn sigterm_removes_the_stdin_spool_and_exits_143() {
    let env = stalled();
    let clip = env.mp4("clip.mp4", 300_000);
    let tmp = env.path("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let child = env
        .process()
        .env("TMPDIR", &tmp)
        .args(["asset", "direct-upload", "-", "--filename", "clip.mp4"])
        .stdin(File::open(env.path(&clip)).unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("heygen starts");
    wait_for_put(&env);
    assert_eq!(
        files_in(&tmp).len(),
        1,
        "the spool exists during the upload"
    );
    signal(&child, "TERM");
    let done = child.wait_with_output().unwrap();

    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(143), "{stderr}");
    assert!(stderr.contains("heygen: -: interrupted"), "{stderr}");
    assert_eq!(
        files_in(&tmp),
        Vec::<PathBuf>::new(),
        "the spool is removed"
    );
}

/// `heygen sandbox`, its first line read (the base URL), with a broken HEYGEN_API_BASE in
/// the environment that it must not read.
fn spawn_sandbox(workspace: &Workspace, extra: &[&str]) -> (Child, String) {
    let mut child = workspace
        .command()
        .env("TMPDIR", workspace.path("tmp"))
        .env("HEYGEN_API_BASE", "http://devbox.lan:3210")
        .args(["sandbox", "--listen", "127.0.0.1:0"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("heygen sandbox starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().expect("a line").expect("readable");
    let base = first
        .strip_prefix("export HEYGEN_API_BASE=")
        .unwrap_or_else(|| panic!("an export line: {first}"))
        .to_string();
    (child, base)
}

fn listening(base: &str) -> bool {
    let address = base.strip_prefix("http://").unwrap();
    std::net::TcpStream::connect(address).is_ok()
}

#[test]
fn the_sandbox_stops_listening_and_removes_its_temporary_folder_on_ctrl_c() {
    let workspace = Workspace::new();
    let tmp = workspace.folder("tmp");
    let (child, base) = spawn_sandbox(&workspace, &[]);
    assert!(listening(&base));
    let folders = files_in(&workspace.path(&tmp));
    assert_eq!(folders.len(), 1, "its temporary folder: {folders:?}");

    signal(&child, "INT");
    let done = child.wait_with_output().unwrap();
    assert_eq!(done.status.code(), Some(130));
    assert!(!listening(&base), "still listening on {base}");
    assert_eq!(files_in(&workspace.path(&tmp)), Vec::<PathBuf>::new());
}

#[test]
fn the_sandbox_keeps_an_explicit_data_folder_on_sigterm() {
    let workspace = Workspace::new();
    workspace.folder("tmp");
    let data = workspace.folder("data");
    let (child, base) = spawn_sandbox(&workspace, &["--data", &data]);
    assert!(listening(&base));

    signal(&child, "TERM");
    let done = child.wait_with_output().unwrap();
    assert_eq!(done.status.code(), Some(143));
    assert!(!listening(&base), "still listening on {base}");
    assert!(
        !files_in(&workspace.path(&data)).is_empty(),
        "the --data folder keeps its layout"
    );
}

/// Ctrl-C typed at a terminal (util-linux `script` gives heygen one): the terminal's own
/// SIGINT reaches heygen, the bars are cleared, and the last thing shown is the line naming
/// the interrupted file.
#[test]
fn ctrl_c_at_a_terminal_clears_the_bars() {
    let env = stalled();
    let clip = env.mp4("clip.mp4", 300_000);
    let mut script = env
        .on_a_terminal_command("xterm", None, &format!("asset direct-upload {clip}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux script runs");
    wait_for_put(&env);
    let mut keyboard = script.stdin.take().unwrap();
    std::io::Write::write_all(&mut keyboard, b"\x03").unwrap();
    let done = script.wait_with_output().unwrap();
    drop(keyboard);

    let screen = String::from_utf8_lossy(&done.stdout);
    assert_eq!(done.status.code(), Some(130), "{screen:?}");
    assert!(screen.contains("clip.mp4 "), "a bar was drawn: {screen:?}");
    let (_, after_last_clear) = screen
        .rsplit_once("\u{1b}[2K")
        .expect("the bars are cleared");
    let shown = after_last_clear.trim_start_matches("\u{1b}[1A");
    assert_eq!(
        shown.trim_end(),
        "heygen: clip.mp4: interrupted; run the same command again to resume",
        "{screen:?}"
    );
}

#[test]
fn ctrl_c_during_a_download_leaves_no_partial_file() {
    let env = Env::with(|config| config.faults = Faults::parse("download-stall=9").unwrap());
    let slide = env.png("slide.png");
    let child = env
        .process()
        .args(["video-agent", "create", "--prompt", "p", &slide])
        .args(["--output", "demo.mp4"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("heygen starts");
    let part = || {
        files_in(env.dir())
            .into_iter()
            .any(|path| path.to_string_lossy().ends_with(".part"))
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    while !part() {
        assert!(Instant::now() < deadline, "the download never started");
        sleep(Duration::from_millis(20));
    }
    signal(&child, "INT");
    let done = child.wait_with_output().unwrap();

    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(130), "{stderr}");
    assert!(
        !part(),
        "a partial file was left: {:?}",
        files_in(env.dir())
    );
    assert!(!env.dir().join("demo.mp4").exists());
}

#[test]
fn ctrl_c_while_waiting_says_how_to_go_on_waiting() {
    let env = Env::new();
    let child = env
        .process()
        .args(["video-agent", "create", "--prompt", "p", "--wait"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("heygen starts");
    let deadline = Instant::now() + Duration::from_secs(30);
    while !env.requests().iter().any(|r| r == "POST /v3/video-agents") {
        assert!(Instant::now() < deadline, "the session was never created");
        sleep(Duration::from_millis(20));
    }
    signal(&child, "INT");
    let done = child.wait_with_output().unwrap();

    let stderr = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(130), "{stderr}");
    let session = stderr
        .split_whitespace()
        .find(|word| word.starts_with("ses_"))
        .expect("the session is named")
        .trim_end_matches([':', ','])
        .to_string();
    assert!(
        stderr.contains(&format!(
            "interrupted while waiting; to go on waiting, run: heygen video-agent status \
             {session} --wait"
        )),
        "{stderr}"
    );
}
