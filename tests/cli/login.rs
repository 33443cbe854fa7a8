//! `heygen auth login | status | logout`: the key stored privately in heygen's own config
//! file, the documented precedence end to end, and the warning for a file others can read.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::harness::*;

const KEY: &str = "sk_login_key_5c7e21d9";
const OFFICIAL: &str = "sk_official_key_00aa";
const ENV_KEY: &str = "sk_env_key_11bb";
const FLAG_KEY: &str = "sk_flag_key_22cc";

fn mode(path: &Path) -> u32 {
    fs::metadata(path)
        .expect("the path exists")
        .permissions()
        .mode()
        & 0o777
}

/// Where login writes when XDG_CONFIG_HOME is not set: HOME/.config.
fn config_file(env: &Workspace) -> PathBuf {
    env.path(".config/heygen/config.json")
}

fn login(env: &Env, stdin: &str) -> assert_cmd::assert::Assert {
    env.heygen_without_key()
        .args(["auth", "login"])
        .write_stdin(stdin)
        .assert()
}

/// `auth status --offline --json`: the key and its source, no request.
fn status_json(command: &mut assert_cmd::Command) -> Value {
    let run = command
        .args(["auth", "status", "--offline", "--json"])
        .assert()
        .success();
    for key in [KEY, OFFICIAL, ENV_KEY, FLAG_KEY] {
        assert!(!stdout(&run).contains(key), "only the last 4 characters");
    }
    json_line(&run)
}

/// Uploads a PNG and returns the key the sandbox received.
fn key_sent(env: &Env, mut command: assert_cmd::Command) -> String {
    let before = env.exchanges().len();
    let photo = env.png("photo.png");
    let _exit_is_not_the_point = command.args(["asset", "upload", &photo]).assert();
    let exchanges = env.exchanges();
    assert_eq!(exchanges.len(), before + 1, "one request per upload");
    exchanges[before]
        .header("x-api-key")
        .expect("a key was sent")
        .to_string()
}

#[test]
fn login_from_stdin_writes_a_private_file_under_xdg_config_home_that_then_works() {
    let env = Env::with(|config| config.key = KEY.into());
    let xdg = env.path("xdg");

    let run = env
        .heygen_without_key()
        .env("XDG_CONFIG_HOME", &xdg)
        .args(["auth", "login"])
        .write_stdin(format!("{KEY}\n"))
        .assert()
        .success();

    let file = xdg.join("heygen/config.json");
    assert_eq!(stdout(&run), "");
    assert_eq!(
        stderr(&run),
        format!(
            "heygen: HeyGen accepted the key: rehearsal <rehearsal@example.com>\n\
             heygen: saved key ****21d9 to {}\n",
            file.display()
        )
    );
    assert_eq!((mode(&file), mode(file.parent().unwrap())), (0o600, 0o700));
    let stored: Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
    assert_eq!(stored, json!({ "api_key": KEY }));
    assert!(!config_file(&env).exists(), "XDG_CONFIG_HOME is honoured");

    let photo = env.png("photo.png");
    let run = env
        .heygen_without_key()
        .env("XDG_CONFIG_HOME", &xdg)
        .args(["asset", "upload", &photo])
        .assert()
        .success();
    assert_eq!(stdout(&run), format!("{}\n", env.only_asset_id()));
    assert!(
        !stderr(&run).contains("warning"),
        "a private file draws no warning"
    );
    let [me, post] = env.exactly();
    assert_eq!(me.path, "/v3/users/me", "login checked the key");
    assert_eq!(me.header("x-api-key"), Some(KEY));
    assert_eq!(post.header("x-api-key"), Some(KEY));
}

#[test]
fn login_without_xdg_config_home_writes_under_home_and_closes_an_open_folder() {
    let env = Env::with(|config| config.key = KEY.into());
    let folder = env.path(".config/heygen");
    fs::create_dir_all(&folder).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
    fs::write(
        folder.join("config.json"),
        r#"{"api_key":"old","kept":true}"#,
    )
    .unwrap();
    fs::set_permissions(
        folder.join("config.json"),
        fs::Permissions::from_mode(0o644),
    )
    .unwrap();

    login(&env, &format!("  {KEY}  \r\n")).success();

    let file = config_file(&env);
    assert_eq!((mode(&file), mode(&folder)), (0o600, 0o700));
    let stored: Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
    assert_eq!(stored, json!({ "api_key": KEY, "kept": true }));
    let leftovers: Vec<_> = fs::read_dir(&folder).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
}

#[test]
fn status_shows_the_source_and_only_the_last_4_characters() {
    let env = Env::with(|config| config.key = KEY.into());
    login(&env, KEY).success();
    let file = config_file(&env);

    let run = env
        .heygen_without_key()
        .args(["auth", "status"])
        .assert()
        .success();
    assert_eq!(
        stdout(&run),
        format!(
            "****21d9 from heygen's config file {}; account rehearsal <rehearsal@example.com>\n",
            file.display()
        )
    );
    assert_eq!(stderr(&run), "");

    let run = env
        .heygen_without_key()
        .args(["auth", "status", "--json"])
        .assert()
        .success();
    assert_eq!(
        json_line(&run),
        json!({"key": "****21d9", "source": "config_file", "path": file.display().to_string(),
               "username": "rehearsal", "email": "rehearsal@example.com"})
    );
    let before = env.exchanges().len();
    let line = status_json(&mut env.heygen_without_key());
    assert_eq!(
        line,
        json!({"key": "****21d9", "source": "config_file", "path": file.display().to_string()})
    );
    assert_eq!(env.exchanges().len(), before, "--offline sends nothing");
}

#[test]
fn precedence_is_flag_then_env_then_heygens_file_then_the_official_file() {
    let env = Env::with(|config| config.key = FLAG_KEY.into());
    let official = env.path("credentials");

    // Only the official CLI's file.
    env.write(
        "credentials",
        format!(r#"{{"api_key":"{OFFICIAL}"}}"#).as_bytes(),
    );
    fs::set_permissions(&official, fs::Permissions::from_mode(0o600)).unwrap();
    let line = status_json(&mut env.heygen_without_key());
    assert_eq!(line["source"], "official_cli");
    assert_eq!(line["key"], "****00aa");
    assert_eq!(line["path"], official.display().to_string());
    assert_eq!(key_sent(&env, env.heygen_without_key()), OFFICIAL);

    // heygen's own file beats it; the official file is read, never written.
    env.heygen_without_key()
        .args(["auth", "login", "--no-verify"])
        .write_stdin(KEY)
        .assert()
        .success();
    let line = status_json(&mut env.heygen_without_key());
    assert_eq!(line["source"], "config_file");
    assert_eq!(key_sent(&env, env.heygen_without_key()), KEY);
    assert_eq!(
        fs::read_to_string(&official).unwrap(),
        format!(r#"{{"api_key":"{OFFICIAL}"}}"#)
    );

    // The environment beats both files.
    let with_env = || {
        let mut command = env.heygen_without_key();
        command.env("HEYGEN_API_KEY", ENV_KEY);
        command
    };
    let line = status_json(&mut with_env());
    assert_eq!(
        line,
        json!({"key": "****11bb", "source": "env", "path": null})
    );
    assert_eq!(key_sent(&env, with_env()), ENV_KEY);

    // The flag beats everything.
    let with_flag = || {
        let mut command = with_env();
        command.args(["--api-key", FLAG_KEY]);
        command
    };
    let line = status_json(&mut with_flag());
    assert_eq!(
        line,
        json!({"key": "****22cc", "source": "flag", "path": null})
    );
    assert_eq!(key_sent(&env, with_flag()), FLAG_KEY);

    // Plain status names each source in words.
    let run = with_env()
        .args(["auth", "status", "--offline"])
        .assert()
        .success();
    assert_eq!(
        stdout(&run),
        "****11bb from the HEYGEN_API_KEY environment variable\n"
    );
}

#[test]
fn a_key_file_others_can_read_draws_a_warning_naming_it_and_the_fix() {
    let env = Env::with(|config| config.key = KEY.into());
    login(&env, KEY).success();
    let file = config_file(&env);
    fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
    let warning = format!(
        "heygen: warning: {path} holds the API key and other users can read it; fix with: \
         chmod 600 '{path}'\n",
        path = file.display()
    );

    let run = env
        .heygen_without_key()
        .args(["auth", "status"])
        .assert()
        .success();
    assert_eq!(stderr(&run), warning);

    let photo = env.png("photo.png");
    let run = env
        .heygen_without_key()
        .args(["asset", "upload", &photo])
        .assert()
        .success();
    assert!(stderr(&run).contains(&warning), "{}", stderr(&run));

    // The official CLI's file gets the same warning.
    fs::remove_file(&file).unwrap();
    env.write("credentials", format!("{KEY}\n").as_bytes());
    let official = env.path("credentials");
    fs::set_permissions(&official, fs::Permissions::from_mode(0o604)).unwrap();
    let run = env
        .heygen_without_key()
        .args(["auth", "status"])
        .assert()
        .success();
    assert!(
        stderr(&run).contains(&format!("chmod 600 '{}'", official.display())),
        "{}",
        stderr(&run)
    );
}

#[test]
fn logout_removes_the_key() {
    let env = Env::with(|config| config.key = KEY.into());
    login(&env, KEY).success();
    let file = config_file(&env);

    let run = env
        .heygen_without_key()
        .args(["auth", "logout"])
        .assert()
        .success();
    assert_eq!(
        stderr(&run),
        format!("heygen: removed the key from {}\n", file.display())
    );
    assert!(!file.exists());

    let run = env
        .heygen_without_key()
        .args(["auth", "logout"])
        .assert()
        .success();
    assert_eq!(
        stderr(&run),
        format!("heygen: no key was stored in {}\n", file.display())
    );
    env.heygen_without_key()
        .args(["auth", "status"])
        .assert()
        .code(3);
}

#[test]
fn login_refuses_the_key_on_the_command_line() {
    let env = Env::new();

    let run = env
        .heygen_without_key()
        .args(["--api-key", KEY, "auth", "login"])
        .write_stdin(format!("{KEY}\n"))
        .assert()
        .code(2);

    let stderr = stderr(&run);
    assert_eq!(error_lines(&stderr).len(), 1, "{stderr}");
    assert!(stderr.contains("does not take --api-key"), "{stderr}");
    assert!(!stderr.contains(KEY), "{stderr}");
    assert!(!config_file(&env).exists());
}

#[test]
fn login_with_nothing_on_stdin_is_a_usage_error() {
    let env = Env::new();
    for stdin in ["", "\n", "   \n\n", "two words\n"] {
        let run = login(&env, stdin).code(2);

        let stderr = stderr(&run);
        assert_eq!(error_lines(&stderr).len(), 1, "{stdin:?}: {stderr}");
        assert_eq!(stdout(&run), "");
        assert!(!config_file(&env).exists(), "{stdin:?}");
    }
    env.assert_nothing_sent();
}

/// A config file that is not JSON is named, never sent as a key.
#[test]
fn a_corrupt_config_file_is_named_and_not_used_as_a_key() {
    let env = Env::new();
    let file = config_file(&env);
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(&file, "notjson").unwrap();
    let photo = env.png("photo.png");

    let run = env
        .heygen_without_key()
        .args(["asset", "upload", &photo])
        .assert()
        .code(3);

    let err = stderr(&run);
    assert!(err.contains(&file.display().to_string()), "{err}");
    assert!(err.contains("is not valid JSON"), "{err}");
    env.assert_nothing_sent();
}

/// Saving a key while HEYGEN_API_KEY is set says that the variable still comes first.
#[test]
fn login_with_heygen_api_key_set_says_the_variable_comes_first() {
    let env = Env::new();
    let run = env
        .heygen()
        .args(["auth", "login"])
        .write_stdin(format!("{}\n", env.key()))
        .assert()
        .success();
    let err = stderr(&run);
    assert!(
        err.contains("HEYGEN_API_KEY is set in this shell and comes first"),
        "{err}"
    );
    // Without the variable, no such warning.
    let run = login(&env, &format!("{}\n", env.key())).success();
    assert!(!stderr(&run).contains("comes first"), "{}", stderr(&run));
}
