//! What every test needs: a sandbox on a free port, a temporary folder that serves as HOME,
//! HEYGEN_CONFIG_DIR and working directory, files to upload, and the `heygen` binary run
//! with an environment that only the test decides. `FakeServer` stands in for a hostile or
//! broken API or storage, where the sandbox is too well-behaved.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::process;

use assert_cmd::assert::Assert;
use assert_cmd::cargo::CommandCargoExt;
use base64::Engine as _;
use heygen_sandbox::{Exchange, Sandbox, SandboxConfig};
use serde_json::Value;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

mod fake_server;
mod kill_on_drop;
mod s3s_fs;
mod terminal;
// Shared with build.rs, which uses all of it.
#[allow(dead_code)]
pub mod tools;
pub use fake_server::*;
pub use kill_on_drop::KillOnDrop;
pub use s3s_fs::*;

pub const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
pub const JPEG_SIGNATURE: &[u8] = b"\xff\xd8\xff\xe0";
pub const MP4_HEADER: &[u8] = b"\0\0\0\x18ftypmp42";
pub const GIF_SIGNATURE: &[u8] = b"GIF89a";

/// Size of the small generated media files.
pub const SMALL: u64 = 256;

/// Variables of the user's environment that would change what the binary does: a stray key,
/// base URL or config folder, and proxies (every request must stay on 127.0.0.1).
const PROXY_VARIABLES: [&str; 6] = [
    "http_proxy",
    "HTTP_PROXY",
    "https_proxy",
    "HTTPS_PROXY",
    "all_proxy",
    "ALL_PROXY",
];

/// Variables that change which certificates HTTPS trusts.
const TRUST_VARIABLES: [&str; 2] = ["SSL_CERT_FILE", "SSL_CERT_DIR"];

/// A temporary folder with the files a test uploads. Paths handed to `heygen` are relative
/// to it (it is the working directory), so output can be compared with the path as given.
/// How much shorter than in use the tool's waits are under test (`HEYGEN_TEST_TIME_SCALE`).
pub const TIME_SCALE: f64 = 0.05;

pub struct Workspace {
    dir: TempDir,
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Where a path given to `heygen` lives on disk.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir().join(name)
    }

    pub fn read(&self, name: &str) -> Vec<u8> {
        fs::read(self.path(name)).expect("the generated file reads back")
    }

    /// `heygen`, run in the workspace, with HOME and HEYGEN_CONFIG_DIR pointing at it and
    /// nothing inherited that could pick a key, a server or a proxy.
    pub fn command(&self) -> process::Command {
        let mut command = process::Command::cargo_bin("heygen").expect("the heygen binary");
        for (name, _) in std::env::vars_os() {
            let name = name.to_string_lossy();
            if name.starts_with("HEYGEN_") || name.starts_with("XDG_") {
                command.env_remove(name.as_ref());
            }
        }
        for name in PROXY_VARIABLES.iter().chain(&TRUST_VARIABLES) {
            command.env_remove(name);
        }
        // Progress lines would land in every test's stderr; the tests of progress ask for it.
        // Retries, polls and plain progress lines come twenty times sooner than in use.
        command
            .current_dir(self.dir())
            .env("HOME", self.dir())
            .env("HEYGEN_CONFIG_DIR", self.dir())
            .env("HEYGEN_PROGRESS", "none")
            .env("HEYGEN_TEST_TIME_SCALE", TIME_SCALE.to_string());
        command
    }

    /// `heygen` pointed at `base_url` (a fake server), with `key` in HEYGEN_API_KEY.
    pub fn heygen_at(&self, base_url: &str, key: &str) -> assert_cmd::Command {
        let mut command = self.command();
        command
            .env("HEYGEN_API_BASE", base_url)
            .env("HEYGEN_API_KEY", key);
        assert_cmd::Command::from_std(command)
    }

    /// Writes `size` bytes: `header`, then a position-dependent pattern, so that a byte lost
    /// or moved anywhere shows. Streams in chunks (files go up to 32 MB); returns the
    /// lowercase hex SHA-256.
    pub fn generate(&self, name: &str, header: &[u8], size: u64) -> String {
        const CHUNK: u64 = 1 << 20;
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("the parent folder");
        }
        let mut out = BufWriter::new(File::create(&path).expect("the file is created"));
        let mut hasher = Sha256::new();
        let mut written = 0;
        while written < size {
            let end = (written + CHUNK).min(size);
            let chunk: Vec<u8> = (written..end)
                .map(|offset| match header.get(offset as usize) {
                    Some(byte) => *byte,
                    None => (offset % 251) as u8,
                })
                .collect();
            out.write_all(&chunk).expect("the file is written");
            hasher.update(&chunk);
            written = end;
        }
        out.flush().expect("the file is written");
        hex::encode(hasher.finalize())
    }

    pub fn write(&self, name: &str, bytes: &[u8]) -> String {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("the parent folder");
        }
        fs::write(path, bytes).expect("the file is written");
        name.to_string()
    }

    pub fn png(&self, name: &str) -> String {
        self.generate(name, PNG_SIGNATURE, SMALL);
        name.to_string()
    }

    pub fn jpeg(&self, name: &str) -> String {
        self.generate(name, JPEG_SIGNATURE, SMALL);
        name.to_string()
    }

    pub fn mp4(&self, name: &str, size: u64) -> String {
        self.generate(name, MP4_HEADER, size);
        name.to_string()
    }

    pub fn gif(&self, name: &str) -> String {
        self.generate(name, GIF_SIGNATURE, SMALL);
        name.to_string()
    }

    /// Text in a file whose name promises an image.
    pub fn text_as_png(&self, name: &str) -> String {
        self.write(name, b"this is a note, not an image\n")
    }

    pub fn empty(&self, name: &str) -> String {
        self.write(name, b"")
    }

    pub fn folder(&self, name: &str) -> String {
        fs::create_dir_all(self.path(name)).expect("the folder is created");
        name.to_string()
    }

    /// A PNG with mode 000. Returns `None` when the tests run with a privilege (root) that
    /// reads it anyway, so there is nothing to assert.
    pub fn unreadable_png(&self, name: &str) -> Option<String> {
        use std::os::unix::fs::PermissionsExt;
        let file = self.png(name);
        fs::set_permissions(self.path(name), fs::Permissions::from_mode(0o000))
            .expect("the mode is set");
        File::open(self.path(name)).is_err().then_some(file)
    }
}

/// A sandbox and a workspace; `heygen()` runs the binary against the sandbox with its key.
pub struct Env {
    pub sandbox: Sandbox,
    workspace: Workspace,
}

impl Deref for Env {
    type Target = Workspace;

    fn deref(&self) -> &Workspace {
        &self.workspace
    }
}

impl Env {
    pub fn new() -> Env {
        Env::with(|_| {})
    }

    /// A sandbox with some settings changed (a smaller limit, another key...).
    pub fn with(adjust: impl FnOnce(&mut SandboxConfig)) -> Env {
        let mut config = SandboxConfig {
            listen: "127.0.0.1:0".parse().unwrap(),
            ..Default::default()
        };
        adjust(&mut config);
        Env {
            sandbox: Sandbox::start(config).expect("the sandbox starts"),
            workspace: Workspace::new(),
        }
    }

    pub fn key(&self) -> &str {
        self.sandbox.key()
    }

    pub fn base_url(&self) -> String {
        self.sandbox.base_url()
    }

    /// `heygen` pointed at the sandbox, with no key from anywhere.
    pub fn heygen_without_key(&self) -> assert_cmd::Command {
        let mut command = self.command();
        command.env("HEYGEN_API_BASE", self.base_url());
        assert_cmd::Command::from_std(command)
    }

    /// `heygen` pointed at the sandbox, with the sandbox's key in HEYGEN_API_KEY.
    pub fn heygen(&self) -> assert_cmd::Command {
        let mut command = self.heygen_without_key();
        command.env("HEYGEN_API_KEY", self.key());
        command
    }

    /// `heygen` pointed at the sandbox with its key, as a process to spawn and signal.
    pub fn process(&self) -> process::Command {
        let mut command = self.command();
        command
            .env("HEYGEN_API_BASE", self.base_url())
            .env("HEYGEN_API_KEY", self.key());
        command
    }

    pub fn run(&self, args: &[&str]) -> Assert {
        self.heygen().args(args).assert()
    }

    pub fn exchanges(&self) -> Vec<Exchange> {
        self.sandbox.exchanges()
    }

    /// Waits until a request whose "METHOD /path" starts with `prefix` has arrived at the
    /// sandbox (answered or still under way), for at most 30 s.
    pub fn wait_for_arrival(&self, prefix: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while !self.sandbox.arrived().iter().any(|r| r.starts_with(prefix)) {
            assert!(
                std::time::Instant::now() < deadline,
                "no {prefix} request arrived"
            );
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    /// Each request as "METHOD /path", in arrival order.
    pub fn requests(&self) -> Vec<String> {
        self.exchanges()
            .iter()
            .map(|e| format!("{} {}", e.method, e.path))
            .collect()
    }

    /// Every request of a run, checking that there were exactly `N`.
    pub fn exactly<const N: usize>(&self) -> [Exchange; N] {
        let exchanges = self.exchanges();
        let requests = self.requests();
        exchanges
            .try_into()
            .unwrap_or_else(|_| panic!("expected {N} requests, the sandbox got {requests:?}"))
    }

    pub fn assert_nothing_sent(&self) {
        assert_eq!(
            self.requests(),
            Vec::<String>::new(),
            "nothing should reach the sandbox"
        );
    }

    /// The one asset the sandbox created.
    pub fn only_asset_id(&self) -> String {
        let ids = self.sandbox.asset_ids();
        assert_eq!(ids.len(), 1, "expected one asset, the sandbox has {ids:?}");
        ids[0].clone()
    }

    pub fn stored(&self, asset_id: &str) -> Vec<u8> {
        self.sandbox
            .stored_bytes(asset_id)
            .unwrap_or_else(|| panic!("the sandbox stored no bytes for {asset_id}"))
    }
}

pub fn stdout(run: &Assert) -> String {
    String::from_utf8_lossy(&run.get_output().stdout).into_owned()
}

pub fn stderr(run: &Assert) -> String {
    String::from_utf8_lossy(&run.get_output().stderr).into_owned()
}

/// stdout of a `--json` run: every line is one JSON value.
pub fn json_lines(run: &Assert) -> Vec<Value> {
    stdout(run)
        .lines()
        .map(|line| {
            serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("stdout line is not JSON ({e}): {line}"))
        })
        .collect()
}

/// The single JSON line of a `--json` run.
pub fn json_line(run: &Assert) -> Value {
    let lines = json_lines(run);
    assert_eq!(lines.len(), 1, "expected one JSON line: {lines:?}");
    lines.into_iter().next().unwrap()
}

/// The `heygen: error:` lines on stderr.
pub fn error_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| line.starts_with("heygen: error: "))
        .collect()
}

/// Checks that stderr holds exactly one error, about `subject`, and returns it.
pub fn single_error<'a>(stderr: &'a str, subject: &str) -> &'a str {
    let errors = error_lines(stderr);
    assert_eq!(
        errors.len(),
        1,
        "expected one error line, stderr was:\n{stderr}"
    );
    let prefix = format!("heygen: error: {subject}: ");
    assert!(
        errors[0].starts_with(&prefix),
        "the error should start with {prefix:?}: {}",
        errors[0]
    );
    errors[0]
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The form S3 uses in `x-amz-checksum-sha256`: base64 of the raw digest.
pub fn sha256_base64(hex_digest: &str) -> String {
    let raw = hex::decode(hex_digest).expect("a hex digest");
    base64::engine::general_purpose::STANDARD.encode(raw)
}

/// A sandbox id: the prefix and 16 lowercase hex digits.
pub fn is_id(text: &str, prefix: &str) -> bool {
    text.strip_prefix(prefix).is_some_and(|hex| {
        hex.len() == 16
            && hex
                .chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
    })
}
