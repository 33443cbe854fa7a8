//! Keys: a refused key names where it came from, `auth login` checks a key before saving it,
//! `auth status` shows the account, and a large simple upload checks the key first.

use std::fs;

use super::harness::*;

const WRONG: &str = "sk_wrong_key_0000";

fn config_file(env: &Workspace) -> std::path::PathBuf {
    env.path(".config/heygen/config.json")
}

#[test]
fn a_refused_key_names_its_source_and_how_to_replace_it() {
    let env = Env::new();
    let photo = env.png("photo.png");

    let run = env
        .heygen()
        .env("HEYGEN_API_KEY", WRONG)
        .args(["asset", "upload", &photo])
        .assert()
        .code(3);
    let error = single_error(&stderr(&run), "photo.png").to_string();
    assert!(
        error.contains("the key came from HEYGEN_API_KEY"),
        "{error}"
    );

    let run = env
        .heygen_without_key()
        .args(["--api-key", WRONG, "asset", "upload", &photo])
        .assert()
        .code(3);
    assert!(
        stderr(&run).contains("the key came from --api-key"),
        "{}",
        stderr(&run)
    );

    env.heygen_without_key()
        .args(["auth", "login", "--no-verify"])
        .write_stdin(WRONG)
        .assert()
        .success();
    let run = env
        .heygen_without_key()
        .args(["asset", "upload", &photo])
        .assert()
        .code(3);
    let expected = format!(
        "the key came from heygen's config file {}; replace it with `heygen auth login`",
        config_file(&env).display()
    );
    assert!(stderr(&run).contains(&expected), "{}", stderr(&run));
    assert!(!stderr(&run).contains("HEYGEN_API_KEY"), "{}", stderr(&run));

    fs::remove_file(config_file(&env)).unwrap();
    env.write("credentials", WRONG.as_bytes());
    let run = env
        .heygen_without_key()
        .args(["asset", "upload", &photo])
        .assert()
        .code(3);
    let expected = format!(
        "the key came from HeyGen CLI's credentials file {}",
        env.path("credentials").display()
    );
    assert!(stderr(&run).contains(&expected), "{}", stderr(&run));
    assert!(!stderr(&run).contains(WRONG));
}

#[test]
fn login_saves_nothing_for_a_refused_key() {
    let env = Env::new();
    let run = env
        .heygen_without_key()
        .args(["auth", "login"])
        .write_stdin(WRONG)
        .assert()
        .code(3);
    let error = &error_lines(&stderr(&run))[0].to_string();
    assert!(error.contains("HeyGen refused the API key (401"), "{error}");
    assert!(error.contains("nothing was saved"), "{error}");
    assert!(!config_file(&env).exists());
    let [me] = env.exactly();
    assert_eq!(me.path, "/v3/users/me");
    assert_eq!(me.header("x-api-key"), Some(WRONG));
}

#[test]
fn login_saves_nothing_when_the_check_cannot_reach_heygen_unless_told_not_to_check() {
    let workspace = Workspace::new();
    // A port nobody listens on: bound, then closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let run = workspace
        .heygen_at(&base, "unused")
        .env_remove("HEYGEN_API_KEY")
        .args(["--retries", "0", "auth", "login"])
        .write_stdin("sk_new_key_1234")
        .assert()
        .code(1);
    assert!(
        stderr(&run).contains("cannot check the key"),
        "{}",
        stderr(&run)
    );
    assert!(stderr(&run).contains("--no-verify"), "{}", stderr(&run));
    assert!(!config_file(&workspace).exists());

    workspace
        .heygen_at(&base, "unused")
        .env_remove("HEYGEN_API_KEY")
        .args(["auth", "login", "--no-verify"])
        .write_stdin("sk_new_key_1234")
        .assert()
        .success();
    assert!(config_file(&workspace).exists());
}

#[test]
fn login_saves_the_key_unchecked_when_the_endpoint_is_absent() {
    let workspace = Workspace::new();
    let api = FakeServer::start(vec![Reply::json(
        404,
        r#"{"error":{"code":"not_found","message":"No such route."}}"#,
    )]);
    let run = workspace
        .heygen_at(&api.base_url(), "unused")
        .env_remove("HEYGEN_API_KEY")
        .args(["auth", "login"])
        .write_stdin("sk_new_key_1234")
        .assert()
        .success();
    assert!(
        stderr(&run).contains("could not check the key") && stderr(&run).contains("(404)"),
        "{}",
        stderr(&run)
    );
    assert!(config_file(&workspace).exists());
    assert_eq!(api.lines(), ["GET /v3/users/me"]);
}

#[test]
fn status_shows_the_source_even_when_the_account_cannot_be_shown() {
    let env = Env::new();
    let run = env
        .heygen()
        .env("HEYGEN_API_KEY", WRONG)
        .args(["auth", "status"])
        .assert()
        .code(3);
    assert_eq!(
        stdout(&run),
        "****0000 from the HEYGEN_API_KEY environment variable\n"
    );
    let error = &error_lines(&stderr(&run))[0].to_string();
    assert!(
        error.starts_with("heygen: error: cannot show the account: HeyGen refused"),
        "{error}"
    );

    let run = env.run(&["auth", "status"]).success();
    assert_eq!(
        stdout(&run),
        "**** from the HEYGEN_API_KEY environment variable; account rehearsal <rehearsal@example.com>\n"
    );
}

#[test]
fn status_says_why_the_account_cannot_be_shown_when_heygen_cannot_be_reached() {
    let workspace = Workspace::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let run = workspace
        .heygen_at(&format!("http://127.0.0.1:{port}"), "sk_some_key_9876")
        .args(["--retries", "0", "auth", "status"])
        .assert()
        .code(1);
    assert_eq!(
        stdout(&run),
        "****9876 from the HEYGEN_API_KEY environment variable\n"
    );
    let error = &error_lines(&stderr(&run))[0].to_string();
    assert!(
        error.starts_with("heygen: error: cannot show the account: cannot connect to 127.0.0.1:"),
        "{error}"
    );

    // An API without the endpoint: the key and source, and a note.
    let api = FakeServer::start(vec![Reply::json(
        404,
        r#"{"error":{"code":"not_found","message":"No such route."}}"#,
    )]);
    let run = workspace
        .heygen_at(&api.base_url(), "sk_some_key_9876")
        .args(["auth", "status"])
        .assert()
        .success();
    assert_eq!(
        stdout(&run),
        "****9876 from the HEYGEN_API_KEY environment variable\n"
    );
    assert!(
        stderr(&run).contains("the account cannot be shown"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn a_large_simple_upload_checks_the_key_before_sending_its_body() {
    let env = Env::new();
    env.generate("big.mp4", MP4_HEADER, 9 * 1024 * 1024);
    env.generate("big2.mp4", MP4_HEADER, 9 * 1024 * 1024);
    let small = env.png("small.png");

    let run = env
        .heygen()
        .env("HEYGEN_API_KEY", WRONG)
        .args(["asset", "upload", "big.mp4", "big2.mp4"])
        .assert()
        .code(3);
    assert!(
        stderr(&run).contains("HeyGen refused the API key"),
        "{}",
        stderr(&run)
    );
    assert_eq!(
        env.requests(),
        ["GET /v3/users/me"],
        "checked once, no body sent"
    );

    // A good key: one check per run, then the bodies.
    let before = env.exchanges().len();
    env.run(&["asset", "upload", "big.mp4", "big2.mp4", &small])
        .success();
    let after: Vec<String> = env.requests()[before..].to_vec();
    assert_eq!(
        after.iter().filter(|r| *r == "GET /v3/users/me").count(),
        1,
        "{after:?}"
    );
    assert_eq!(after.iter().filter(|r| *r == "POST /v3/assets").count(), 3);

    // Small files alone need no check.
    let before = env.exchanges().len();
    env.run(&["asset", "upload", &small]).success();
    assert_eq!(env.requests()[before..], ["POST /v3/assets"]);
}

#[test]
fn the_key_check_is_skipped_where_the_endpoint_is_absent() {
    let workspace = Workspace::new();
    workspace.generate("big.mp4", MP4_HEADER, 9 * 1024 * 1024);
    let api = FakeServer::start(vec![
        Reply::json(
            404,
            r#"{"error":{"code":"not_found","message":"No such route."}}"#,
        ),
        Reply::json(200, r#"{"data":{"asset_id":"ast_0123456789abcdef"}}"#),
    ]);
    let run = workspace
        .heygen_at(&api.base_url(), "sk_any")
        .args(["asset", "upload", "big.mp4"])
        .assert()
        .success();
    assert_eq!(stdout(&run), "ast_0123456789abcdef\n");
    assert_eq!(api.lines(), ["GET /v3/users/me", "POST /v3/assets"]);
}
