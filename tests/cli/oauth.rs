//! Logged in with HeyGen's CLI through OAuth: its credentials file holds an access token and a
//! refresh token, no key. The token goes to the API as `Authorization: Bearer`, never to
//! storage; one about to expire is refreshed once and written back; no token is ever shown.

use std::time::{Duration, SystemTime};

use serde_json::{Value, json};

use super::harness::*;

/// HeyGen's CLI's credentials file with a login whose access token expires in `secs` (the
/// sandbox's own lifetime for it is the same), with fields of its own to keep.
fn log_in(env: &Env, secs: u64) -> (String, String) {
    let (access, refresh, _) = env.sandbox.oauth_login(secs);
    write_login(
        env,
        &access,
        &refresh,
        SystemTime::now() + Duration::from_secs(secs),
    );
    (access, refresh)
}

fn write_login(env: &Env, access: &str, refresh: &str, expires: SystemTime) {
    let credentials = json!({
        "oauth": {
            "access_token": access,
            "refresh_token": refresh,
            "expires_at": humantime::format_rfc3339_seconds(expires).to_string(),
            "scope": "openid",
            "token_type": "Bearer",
            "issued_by": "heygen-cli 0.5",
        },
        "user": {"username": "ada", "theme": "dark"},
        "telemetry": false,
    });
    env.write("credentials", credentials.to_string().as_bytes());
}

fn credentials(env: &Env) -> Value {
    serde_json::from_slice(&env.read("credentials")).unwrap()
}

fn heygen(env: &Env) -> assert_cmd::Command {
    let mut command = env.heygen_without_key();
    command.env("HEYGEN_OAUTH_TOKEN_URL", env.sandbox.oauth_token_url());
    command
}

#[test]
fn an_oauth_login_uploads_with_bearer_and_sends_nothing_to_storage() {
    let env = Env::new();
    let (access, _) = log_in(&env, 3600);
    let photo = env.png("photo.png");
    let clip = env.mp4("clip.mp4", 3000);

    heygen(&env)
        .args(["asset", "upload", &photo])
        .assert()
        .success();
    heygen(&env)
        .args(["asset", "direct-upload", &clip])
        .assert()
        .success();

    let bearer = format!("Bearer {access}");
    for exchange in env.exchanges() {
        let to_api = exchange.path.starts_with("/v3/");
        assert_eq!(exchange.header("x-api-key"), None, "{}", exchange.path);
        match to_api {
            true => assert_eq!(exchange.header("authorization"), Some(bearer.as_str())),
            false => assert_eq!(exchange.header("authorization"), None, "{}", exchange.path),
        }
    }
    assert!(
        env.requests()
            .iter()
            .any(|r| r.starts_with("PUT /storage/"))
    );
    assert!(
        !env.requests().iter().any(|r| r.contains("oauth")),
        "no refresh needed"
    );
}

#[test]
fn an_expiring_login_is_refreshed_once_and_written_back_keeping_every_field() {
    let env = Env::new();
    let (old_access, old_refresh) = log_in(&env, 30);
    let photo = env.png("photo.png");

    let run = heygen(&env)
        .args(["-v", "asset", "upload", &photo])
        .assert()
        .success();

    let refreshes = |env: &Env| {
        env.requests()
            .iter()
            .filter(|r| *r == "POST /v1/oauth/token")
            .count()
    };
    assert_eq!(refreshes(&env), 1);
    let written = credentials(&env);
    let new_access = written["oauth"]["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    let new_refresh = written["oauth"]["refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(new_access, old_access);
    assert_ne!(
        new_refresh, old_refresh,
        "the sandbox rotates refresh tokens"
    );
    assert_eq!(written["oauth"]["issued_by"], "heygen-cli 0.5");
    assert_eq!(written["user"]["theme"], "dark");
    assert_eq!(written["telemetry"], false);
    let expires = written["oauth"]["expires_at"].as_str().unwrap();
    let expires = humantime::parse_rfc3339(expires).expect("RFC 3339");
    assert!(expires > SystemTime::now() + Duration::from_secs(3000));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.path("credentials"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let post = env
        .exchanges()
        .into_iter()
        .find(|e| e.path == "/v3/assets")
        .unwrap();
    assert_eq!(
        post.header("authorization"),
        Some(format!("Bearer {new_access}").as_str())
    );
    // Neither token is ever shown, -v included.
    let shown = format!("{}{}", stdout(&run), stderr(&run));
    for token in [&old_access, &old_refresh, &new_access, &new_refresh] {
        assert!(!shown.contains(token.as_str()), "{shown}");
    }

    // The next run uses the written tokens as they are.
    heygen(&env)
        .args(["asset", "upload", "--reuse", &photo])
        .assert()
        .success();
    assert_eq!(refreshes(&env), 1);
}

#[test]
fn a_refused_refresh_says_to_log_in_again_and_sends_nothing_to_the_api() {
    let env = Env::new();
    let (access, _, _) = env.sandbox.oauth_login(10);
    write_login(&env, &access, "ort_not_a_token", SystemTime::now());
    let photo = env.png("photo.png");

    let run = heygen(&env)
        .args(["asset", "upload", &photo])
        .assert()
        .code(3);

    let stderr = stderr(&run);
    assert!(
        stderr.contains("log in again with HeyGen's CLI"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("ort_not_a_token") && !stderr.contains(&access),
        "{stderr}"
    );
    assert_eq!(env.requests(), ["POST /v1/oauth/token"]);
}

#[test]
fn reuse_finds_an_upload_made_before_a_refresh_and_status_names_the_login() {
    let env = Env::new();
    let (access, refresh) = log_in(&env, 3600);
    let photo = env.png("photo.png");
    let first = heygen(&env)
        .args(["asset", "upload", &photo])
        .assert()
        .success();
    let id = stdout(&first).trim().to_string();

    // The token is about to run out: the next run refreshes it, and its records still hold.
    write_login(&env, &access, &refresh, SystemTime::now());
    let run = heygen(&env)
        .args(["asset", "upload", "--reuse", &photo])
        .assert()
        .success();
    assert_eq!(stdout(&run).trim(), id);
    assert!(stderr(&run).contains("(reused)"), "{}", stderr(&run));
    assert_eq!(env.sandbox.asset_ids().len(), 1);

    let run = heygen(&env).args(["auth", "status"]).assert().success();
    let line = stdout(&run);
    assert!(line.starts_with("OAuth login of HeyGen's CLI ("), "{line}");
    assert!(line.contains("user ada, expires in "), "{line}");
    let tokens = credentials(&env);
    for token in ["access_token", "refresh_token"] {
        let token = tokens["oauth"][token].as_str().unwrap();
        assert!(!line.contains(token), "{line}");
    }
}
