//! Where the API key comes from, and what happens without one or with a wrong one.

use super::harness::*;

const KEY: &str = "sk_test_auth_7c41e9";
const WRONG: &str = "sk_test_wrong_0d5f2a";

fn env_with_key() -> Env {
    Env::with(|config| config.key = KEY.into())
}

/// Uploads a PNG with `command` and checks that it worked with the sandbox's key.
fn assert_upload_uses_the_key(env: &Env, mut command: assert_cmd::Command) {
    let photo = env.png("photo.png");
    let run = command.args(["asset", "upload", &photo]).assert().success();
    assert_eq!(stdout(&run), format!("{}\n", env.only_asset_id()));
    let [post] = env.exactly();
    assert_eq!(post.header("x-api-key"), Some(KEY));
}

#[test]
fn no_key_anywhere_exits_3_naming_every_place_and_sends_nothing() {
    let env = env_with_key();
    let photo = env.png("photo.png");

    let run = env
        .heygen_without_key()
        .args(["asset", "upload", &photo])
        .assert()
        .code(3);

    assert_eq!(stdout(&run), "");
    let stderr = stderr(&run);
    assert_eq!(error_lines(&stderr).len(), 1, "{stderr}");
    let credentials = env.path("credentials").display().to_string();
    for place in ["--api-key", "HEYGEN_API_KEY", credentials.as_str()] {
        assert!(stderr.contains(place), "should name {place}: {stderr}");
    }
    env.assert_nothing_sent();
}

#[test]
fn input_problems_are_reported_before_a_missing_key() {
    let env = env_with_key();
    let gif = env.gif("anim.gif");

    let run = env
        .heygen_without_key()
        .args(["asset", "upload", &gif])
        .assert()
        .code(2);

    let stderr = stderr(&run);
    single_error(&stderr, "anim.gif");
    assert!(!stderr.contains("HEYGEN_API_KEY"), "{stderr}");
    env.assert_nothing_sent();
}

#[test]
fn a_rejected_key_exits_3() {
    let env = env_with_key();
    let photo = env.png("photo.png");

    let run = env
        .heygen()
        .env("HEYGEN_API_KEY", WRONG)
        .args(["asset", "upload", &photo])
        .assert()
        .code(3);

    assert_eq!(stdout(&run), "");
    let error = single_error(&stderr(&run), "photo.png").to_string();
    assert!(error.contains("401"), "{error}");
    let [post] = env.exactly();
    assert_eq!(post.header("x-api-key"), Some(WRONG));
    assert_eq!(post.status, 401);
    assert!(env.sandbox.asset_ids().is_empty());
}

#[test]
fn key_from_the_credentials_file_in_json_form() {
    let env = env_with_key();
    env.write(
        "credentials",
        format!(r#"{{"api_key": "{KEY}"}}"#).as_bytes(),
    );
    assert_upload_uses_the_key(&env, env.heygen_without_key());
}

#[test]
fn key_from_the_credentials_file_in_single_line_form() {
    let env = env_with_key();
    env.write("credentials", format!("{KEY}\n").as_bytes());
    assert_upload_uses_the_key(&env, env.heygen_without_key());
}

#[test]
fn key_from_the_home_credentials_file_without_heygen_config_dir() {
    let env = env_with_key();
    env.write(
        ".heygen/credentials",
        format!(r#"{{"api_key": "{KEY}"}}"#).as_bytes(),
    );
    let mut command = env.heygen_without_key();
    command.env_remove("HEYGEN_CONFIG_DIR");
    assert_upload_uses_the_key(&env, command);
}

#[test]
fn the_flag_beats_the_environment() {
    let env = env_with_key();
    let mut command = env.heygen_without_key();
    command
        .env("HEYGEN_API_KEY", WRONG)
        .args(["--api-key", KEY]);
    assert_upload_uses_the_key(&env, command);
}

#[test]
fn the_environment_beats_the_credentials_file() {
    let env = env_with_key();
    env.write("credentials", format!("{WRONG}\n").as_bytes());
    let mut command = env.heygen_without_key();
    command.env("HEYGEN_API_KEY", KEY);
    assert_upload_uses_the_key(&env, command);
}

#[test]
fn an_empty_environment_variable_counts_as_unset() {
    let env = env_with_key();
    env.write("credentials", format!("{KEY}\n").as_bytes());
    let mut command = env.heygen_without_key();
    command.env("HEYGEN_API_KEY", "");
    assert_upload_uses_the_key(&env, command);
}

#[test]
fn an_empty_environment_variable_alone_is_no_key() {
    let env = env_with_key();
    let photo = env.png("photo.png");

    env.heygen_without_key()
        .env("HEYGEN_API_KEY", "")
        .args(["asset", "upload", &photo])
        .assert()
        .code(3);

    env.assert_nothing_sent();
}
