//! s3s-fs, an S3 server over a folder written by others, that checks SigV4 signatures for
//! real: the direct path's PUT is proven against it and not only against our own sandbox.
//! Each test starts its own on 127.0.0.1 with a free port, over a temporary folder.

use std::fs::File;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use heygen_sandbox::S3Target;
use tempfile::TempDir;

pub const S3_ACCESS_KEY: &str = "heygen-test-access";
pub const S3_SECRET_KEY: &str = "heygen-test-secret-0123456789";
pub const S3_BUCKET: &str = "heygen-media";

const DATA: &str = "data";
const LOG: &str = "s3s-fs.log";
const INSTALL: &str = "cargo install s3s-fs --version 0.14.1 --features binary --locked";

/// A running s3s-fs, killed on drop.
pub struct S3sFs {
    child: Child,
    /// Holds `data/` (s3s-fs's root) and the log.
    root: TempDir,
    port: u16,
}

impl S3sFs {
    /// Starts s3s-fs with one empty bucket. Its tests are marked ignored when it is missing
    /// outside CI (`build.rs`); one that runs without it fails.
    pub fn start() -> S3sFs {
        let binary = super::tools::find("s3s-fs")
            .unwrap_or_else(|| panic!("s3s-fs is not installed; install it with: {INSTALL}"));
        // The log sits next to the data folder, not among s3s-fs's buckets.
        let root = tempfile::tempdir().expect("a folder for s3s-fs");
        std::fs::create_dir_all(root.path().join(DATA).join(S3_BUCKET)).expect("the bucket folder");
        // The free port is released before s3s-fs binds it, so another process may win the
        // race: then s3s-fs exits and the next port is tried.
        for _ in 0..5 {
            let port = free_port();
            let log = File::create(root.path().join(LOG)).expect("the s3s-fs log");
            let mut child = Command::new(&binary)
                .args(["--host", "127.0.0.1", "--port", &port.to_string()])
                .args(["--access-key", S3_ACCESS_KEY, "--secret-key", S3_SECRET_KEY])
                .arg(root.path().join(DATA))
                .env("RUST_LOG", "s3s=debug")
                .stdin(Stdio::null())
                .stdout(log.try_clone().expect("the log handle"))
                .stderr(log)
                .spawn()
                .unwrap_or_else(|e| panic!("starting {}: {e}", binary.display()));
            if wait_until_listening(&mut child, port) {
                return S3sFs { child, root, port };
            }
            let _ = child.wait();
        }
        let log = std::fs::read_to_string(root.path().join(LOG)).unwrap_or_default();
        panic!("s3s-fs did not start on any of 5 free ports:\n{log}");
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The sandbox's setting for this server's bucket, with `secret_key` (the right one
    /// unless a test wants signatures to fail).
    pub fn target(&self, secret_key: &str) -> S3Target {
        S3Target {
            endpoint: self.endpoint(),
            bucket: S3_BUCKET.to_string(),
            region: "us-east-1".to_string(),
            access_key: S3_ACCESS_KEY.to_string(),
            secret_key: secret_key.to_string(),
        }
    }

    /// Where s3s-fs keeps the object `key` (it maps BUCKET/KEY onto the folder).
    pub fn object_path(&self, key: &str) -> PathBuf {
        self.root.path().join(DATA).join(S3_BUCKET).join(key)
    }

    /// The bytes stored for `key`, read straight from s3s-fs's folder.
    pub fn stored(&self, key: &str) -> Vec<u8> {
        std::fs::read(self.object_path(key))
            .unwrap_or_else(|e| panic!("s3s-fs stored no object {key} ({e}):\n{}", self.log()))
    }

    /// What s3s-fs logged (its own tracing output).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.root.path().join(LOG)).unwrap_or_default()
    }
}

impl S3sFs {
    /// One line per request s3s-fs answered, from its debug log: `PUT /bucket/key 403
    /// SignatureDoesNotMatch` (query strings, and so signatures, left out).
    pub fn answers(&self) -> Vec<String> {
        let mut answers = Vec::new();
        let mut request = String::new();
        for line in self.log().lines() {
            if let Some(rest) = line.split("req: Request { method: ").nth(1) {
                let method = rest.split(',').next().unwrap_or_default();
                let uri = rest.split("uri: ").nth(1).unwrap_or_default();
                let path = uri.split(['?', ',']).next().unwrap_or_default();
                request = format!("{method} {path}");
            } else if let Some(rest) = line.split("resp: Response { status: ").nth(1) {
                let status = rest.split(',').next().unwrap_or_default();
                let code = rest
                    .split("<Code>")
                    .nth(1)
                    .and_then(|c| c.split("</Code>").next())
                    .map(|c| format!(" {c}"))
                    .unwrap_or_default();
                answers.push(format!("{request} {status}{code}"));
            }
        }
        answers
    }
}

impl Drop for S3sFs {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `s3s-fs` on PATH, else where `cargo install` puts it.
/// Waits for the port to accept connections; false when s3s-fs exited first.
fn wait_until_listening(child: &mut Child, port: u16) -> bool {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        if child.try_wait().ok().flatten().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    panic!("s3s-fs did not listen on 127.0.0.1:{port} within 20 s");
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}
