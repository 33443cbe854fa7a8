//! Proxies through a real forward proxy (Debian's tinyproxy, started here on 127.0.0.1): to
//! an https server the proxy sees a CONNECT and nothing else, plain http to the sandbox never
//! goes through it, and `no_proxy` sends a host direct. Without tinyproxy these tests are
//! ignored outside CI and fail in CI (`build.rs`).

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use super::harness::*;

const KEY: &str = "sk_proxy_secret_7781";

struct Tinyproxy {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Drop for Tinyproxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Tinyproxy {
    /// A tinyproxy on a free port (tinyproxy refuses `Port 0`).
    fn start(workspace: &Workspace) -> Tinyproxy {
        let binary = tools::find("tinyproxy").expect(
            "tinyproxy is not installed; .ci/run installs it (apt-get install -y tinyproxy)",
        );
        // The port is free when picked; another process may take it before tinyproxy does.
        for _ in 0..3 {
            let port = TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .expect("a free port")
                .port();
            let log = workspace.path(&format!("tinyproxy-{port}.log"));
            let config = workspace.path(&format!("tinyproxy-{port}.conf"));
            std::fs::write(
                &config,
                format!(
                    "Port {port}\nListen 127.0.0.1\nTimeout 60\nLogFile \"{}\"\nLogLevel Info\n\
                     MaxClients 20\nAllow 127.0.0.1\n",
                    log.display()
                ),
            )
            .unwrap();
            let child = Command::new(&binary)
                .args(["-d", "-c"])
                .arg(&config)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("tinyproxy starts");
            let mut proxy = Tinyproxy { child, port, log };
            if proxy.wait_until_listening() {
                return proxy;
            }
        }
        panic!("tinyproxy did not start listening");
    }

    fn wait_until_listening(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return true;
            }
            if self.child.try_wait().ok().flatten().is_some() {
                return false;
            }
            sleep(Duration::from_millis(50));
        }
        false
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// The requests the proxy was asked to make, as its log names them.
    fn requests(&self) -> Vec<String> {
        self.log()
            .lines()
            .filter_map(|line| {
                line.split_once("Request (")
                    .map(|(_, rest)| rest.to_string())
            })
            .collect()
    }
}

fn https_env() -> Env {
    Env::with(|config| {
        config.tls = true;
        config.key = KEY.into();
    })
}

#[test]
#[cfg_attr(missing_tinyproxy, ignore = "tinyproxy is not installed")]
fn to_https_the_proxy_sees_a_connect_and_nothing_else() {
    let env = https_env();
    let proxy = Tinyproxy::start(&env);
    let ca = env.sandbox.ca_file().unwrap().display().to_string();
    let photo = env.png("photo.png");
    let clip = env.mp4("clip.mp4", 5000);

    let run = env
        .heygen()
        .env("HTTPS_PROXY", proxy.url())
        .env("HEYGEN_CA_FILE", &ca)
        .args(["-v", "asset", "upload", &photo])
        .assert()
        .success();
    assert!(
        stderr(&run).contains(&format!("* through the proxy {}", proxy.url())),
        "{}",
        stderr(&run)
    );
    env.heygen()
        .env("https_proxy", proxy.url())
        .env("HEYGEN_CA_FILE", &ca)
        .args(["asset", "direct-upload", &clip])
        .assert()
        .success();

    let host = env.base_url().trim_start_matches("https://").to_string();
    let requests = proxy.requests();
    assert!(!requests.is_empty(), "{}", proxy.log());
    for request in &requests {
        assert!(
            request.contains(&format!("CONNECT {host} ")),
            "only tunnels: {request}"
        );
    }
    let log = proxy.log();
    assert!(!log.contains(KEY) && !log.contains("/v3/"), "{log}");
    // The API and storage requests all arrived, through the tunnels.
    assert!(
        env.requests()
            .contains(&"POST /v3/assets/direct-uploads".to_string())
    );
    assert_eq!(env.sandbox.asset_ids().len(), 2);
}

#[test]
#[cfg_attr(missing_tinyproxy, ignore = "tinyproxy is not installed")]
fn plain_http_to_the_sandbox_never_goes_through_a_proxy() {
    let env = Env::with(|config| config.key = KEY.into());
    let proxy = Tinyproxy::start(&env);
    let photo = env.png("photo.png");
    let clip = env.mp4("clip.mp4", 5000);
    let mut command = env.heygen();
    for name in [
        "http_proxy",
        "HTTP_PROXY",
        "all_proxy",
        "ALL_PROXY",
        "https_proxy",
    ] {
        command.env(name, proxy.url());
    }
    let run = command
        .args(["-v", "asset", "direct-upload", &photo, &clip])
        .assert()
        .success();
    assert!(
        !stderr(&run).contains("through the proxy"),
        "{}",
        stderr(&run)
    );
    assert_eq!(proxy.requests(), Vec::<String>::new(), "{}", proxy.log());
    assert!(!proxy.log().contains(KEY));
    assert_eq!(env.sandbox.asset_ids().len(), 2);
}

#[test]
#[cfg_attr(missing_tinyproxy, ignore = "tinyproxy is not installed")]
fn no_proxy_sends_a_host_direct() {
    let env = https_env();
    let proxy = Tinyproxy::start(&env);
    let ca = env.sandbox.ca_file().unwrap().display().to_string();
    let photo = env.png("photo.png");
    env.heygen()
        .env("HTTPS_PROXY", proxy.url())
        .env("NO_PROXY", "example.com,127.0.0.0/8")
        .env("HEYGEN_CA_FILE", &ca)
        .args(["asset", "upload", &photo])
        .assert()
        .success();
    assert_eq!(proxy.requests(), Vec::<String>::new(), "{}", proxy.log());
}

#[test]
fn a_proxy_heygen_cannot_use_is_a_usage_error() {
    let env = Env::new();
    let photo = env.png("photo.png");
    let run = env
        .heygen()
        .env("https_proxy", "socks5://127.0.0.1:1080")
        .args(["asset", "upload", &photo])
        .assert()
        .code(2);
    assert!(
        stderr(&run).contains("https_proxy uses socks5://"),
        "{}",
        stderr(&run)
    );
    env.assert_nothing_sent();
}

/// A proxy that cannot be reached is named, not the API behind it.
#[test]
fn an_unreachable_proxy_is_named() {
    let env = https_env();
    // A port nothing listens on: bound, then let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let ca = env.sandbox.ca_file().unwrap().display().to_string();
    let photo = env.png("photo.png");
    let run = env
        .heygen()
        .env("https_proxy", format!("http://127.0.0.1:{port}"))
        .env("HEYGEN_CA_FILE", &ca)
        .args(["--retries", "0", "asset", "upload", &photo])
        .assert()
        .code(1);
    let err = stderr(&run);
    assert!(
        err.contains(&format!("through the proxy http://127.0.0.1:{port}")),
        "{err}"
    );
    env.assert_nothing_sent();
}
