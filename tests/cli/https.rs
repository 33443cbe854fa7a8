//! HTTPS end to end: the sandbox over TLS with its own throwaway CA, trusted through
//! HEYGEN_CA_FILE (heygen alone) or SSL_CERT_FILE (in place of the system's store), and
//! refused at once, without retries, when nothing vouches for it.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use super::harness::*;

fn https_env() -> Env {
    let env = Env::with(|config| config.tls = true);
    assert!(env.base_url().starts_with("https://127.0.0.1:"));
    env
}

fn ca_file(env: &Env) -> String {
    env.sandbox
        .ca_file()
        .expect("a TLS sandbox has a CA")
        .display()
        .to_string()
}

/// Simple, direct (stopped before complete), complete, an avatar from a file, and the
/// account, all through `command`, which must trust the sandbox.
fn whole_flow(env: &Env, command: impl Fn() -> assert_cmd::Command) {
    let photo = env.png("photo.png");
    let clip = env.mp4("clip.mp4", 5000);
    let face = env.jpeg("face.jpg");

    let run = command()
        .args(["asset", "upload", &photo])
        .assert()
        .success();
    let simple = stdout(&run).trim().to_string();
    assert_eq!(env.stored(&simple), env.read(&photo));

    let run = command()
        .args(["asset", "direct-upload", "--no-complete", &clip])
        .assert()
        .success();
    let direct = stdout(&run).trim().to_string();
    let run = command()
        .args(["asset", "complete", &direct])
        .assert()
        .success();
    assert_eq!(stdout(&run).trim(), direct);
    assert_eq!(env.stored(&direct), env.read(&clip));

    let run = command()
        .args(["avatar", "create", "--name", "Ada", &face])
        .assert()
        .success();
    assert!(!stdout(&run).trim().is_empty());

    let run = command().args(["auth", "status"]).assert().success();
    assert!(
        stdout(&run).contains("account rehearsal"),
        "{}",
        stdout(&run)
    );

    let requests = env.requests();
    for expected in [
        "POST /v3/assets".to_string(),
        "POST /v3/assets/direct-uploads".to_string(),
        format!("PUT /storage/{direct}/clip.mp4"),
        format!("POST /v3/assets/{direct}/complete"),
        "POST /v3/avatars".to_string(),
        "GET /v3/users/me".to_string(),
    ] {
        assert!(requests.contains(&expected), "{expected} in {requests:?}");
    }
}

#[test]
fn the_whole_flow_runs_over_https_trusting_the_sandbox_through_heygen_ca_file() {
    let env = https_env();
    let ca = ca_file(&env);
    whole_flow(&env, || {
        let mut command = env.heygen();
        command.env("HEYGEN_CA_FILE", &ca);
        command
    });
}

#[test]
fn the_whole_flow_runs_over_https_trusting_the_sandbox_through_ssl_cert_file() {
    let env = https_env();
    let ca = ca_file(&env);
    whole_flow(&env, || {
        let mut command = env.heygen();
        command.env("SSL_CERT_FILE", &ca);
        command
    });
}

#[test]
fn without_the_ca_the_server_is_refused_at_once_with_the_fix() {
    let env = https_env();
    let photo = env.png("photo.png");
    let run = env.run(&["asset", "upload", &photo]).code(1);
    let host = env.base_url().trim_start_matches("https://").to_string();
    let error = single_error(&stderr(&run), "photo.png").to_string();
    assert!(
        error.contains(&format!("cannot trust the certificate of {host}")),
        "{error}"
    );
    assert!(error.contains("UnknownIssuer"), "{error}");
    assert!(
        error.contains("if your network inspects TLS, point SSL_CERT_FILE at its CA bundle"),
        "{error}"
    );
    assert!(
        !stderr(&run).contains("retry"),
        "not retried: {}",
        stderr(&run)
    );
    env.assert_nothing_sent();

    // A store that cannot be read: a warning, then the bundled roots, which do not know the
    // sandbox either.
    let run = env
        .heygen()
        .env("SSL_CERT_FILE", env.path("missing.pem"))
        .args(["asset", "upload", &photo])
        .assert()
        .code(1);
    assert!(
        stderr(&run).contains("heygen: warning: no trusted certificates could be loaded"),
        "{}",
        stderr(&run)
    );
    assert!(stderr(&run).contains("UnknownIssuer"), "{}", stderr(&run));

    // SSL_CERT_FILE replaces the system's store: another CA there does not help.
    let other = Env::with(|config| config.tls = true);
    env.heygen()
        .env("SSL_CERT_FILE", ca_file(&other))
        .args(["asset", "upload", &photo])
        .assert()
        .code(1);
    env.assert_nothing_sent();
}

#[test]
fn a_ca_file_that_holds_no_certificate_is_a_usage_error() {
    let env = https_env();
    let photo = env.png("photo.png");
    let bad = env.write("bad.pem", b"hello\n");
    let run = env
        .heygen()
        .args(["--ca-file", &bad, "asset", "upload", &photo])
        .assert()
        .code(2);
    assert!(
        stderr(&run).contains("--ca-file bad.pem"),
        "{}",
        stderr(&run)
    );
    env.assert_nothing_sent();
}

#[test]
fn heygen_sandbox_tls_prints_an_https_base_and_its_ca_and_serves() {
    let workspace = Workspace::new();
    let data = workspace.folder("data");
    let mut child = KillOnDrop(
        workspace
            .command()
            .args([
                "sandbox",
                "--tls",
                "--listen",
                "127.0.0.1:0",
                "--data",
                &data,
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("heygen sandbox starts"),
    );
    let mut lines = BufReader::new(child.0.stdout.take().unwrap()).lines();
    let mut next_line = || lines.next().expect("a line").expect("readable");
    let base = next_line()
        .strip_prefix("export HEYGEN_API_BASE=")
        .expect("the base URL first")
        .to_string();
    assert!(base.starts_with("https://127.0.0.1:"), "{base}");
    assert_eq!(next_line(), "export HEYGEN_API_KEY=sandbox");
    let ca = next_line()
        .strip_prefix("export HEYGEN_CA_FILE=")
        .expect("the CA's export line")
        .to_string();
    assert_eq!(
        ca,
        workspace
            .path(&data)
            .join("sandbox-ca.pem")
            .display()
            .to_string()
    );

    let photo = workspace.png("photo.png");
    let run = workspace
        .heygen_at(&base, "sandbox")
        .env("HEYGEN_CA_FILE", &ca)
        .args(["asset", "upload", &photo])
        .assert()
        .success();
    assert!(is_id(stdout(&run).trim(), "ast_"), "{}", stdout(&run));
}
