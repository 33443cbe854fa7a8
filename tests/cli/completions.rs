//! The committed completion scripts match the command tree, and the tree itself is sound.

use std::path::Path;

use super::harness::*;

const SCRIPTS: [(&str, &str); 5] = [
    ("bash", "heygen.bash"),
    ("zsh", "_heygen"),
    ("fish", "heygen.fish"),
    ("powershell", "_heygen.ps1"),
    ("elvish", "heygen.elv"),
];

/// Compares each committed script with what `heygen completions` prints now; a stale or
/// missing one is rewritten and the test fails, so the fix is to commit the new file. The
/// committed scripts are those of the default build, `heygen sandbox` included.
#[test]
#[cfg_attr(
    not(feature = "sandbox"),
    ignore = "the committed scripts are those of the default build"
)]
fn committed_completion_scripts_are_current() {
    let workspace = Workspace::new();
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let mut stale = Vec::new();
    for (shell, file) in SCRIPTS {
        let run = assert_cmd::Command::from_std(workspace.command())
            .args(["completions", shell])
            .assert()
            .success();
        let generated = stdout(&run);
        assert!(generated.contains("heygen"), "{shell}: {generated}");
        assert!(generated.contains("sandbox"), "{shell}: {generated}");
        let path = folder.join(file);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(generated.as_str()) {
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(&path, &generated).unwrap();
            stale.push(format!("completions/{file}"));
        }
    }
    assert!(
        stale.is_empty(),
        "regenerated {}; commit the regenerated files",
        stale.join(", ")
    );
}

#[test]
fn command_tree_is_consistent() {
    heygen::cli::parse::reference().debug_assert();
}

/// `completions` reads no settings: a base URL that would be refused changes nothing.
#[test]
fn completions_read_no_settings() {
    let workspace = Workspace::new();
    let reference = assert_cmd::Command::from_std(workspace.command())
        .args(["completions", "bash"])
        .assert()
        .success();
    let run = assert_cmd::Command::from_std(workspace.command())
        .env("HEYGEN_API_BASE", "http://devbox.lan:3210")
        .env("HEYGEN_PROGRESS", "sometimes")
        .env("HEYGEN_MAX_RETRIES", "many")
        .env("HEYGEN_WAIT_TIMEOUT", "forever")
        .env("HEYGEN_CA_FILE", "")
        .env("HEYGEN_REUSE", "")
        .args(["--base-url", "not a url", "completions", "bash"])
        .assert()
        .success();
    assert_eq!(stdout(&run), stdout(&reference));
    assert_eq!(stderr(&run), "");
}

/// A setting that does not parse fails the commands that use it, as a usage error.
#[test]
fn a_bad_setting_from_the_environment_fails_the_commands_that_use_it() {
    let workspace = Workspace::new();
    let photo = workspace.png("photo.png");
    let run = assert_cmd::Command::from_std(workspace.command())
        .env("HEYGEN_MAX_RETRIES", "many")
        .env("HEYGEN_API_KEY", "k")
        .args(["asset", "upload", &photo])
        .assert()
        .code(2);
    assert_eq!(
        stderr(&run),
        "heygen: error: invalid value 'many' for '--retries <N>': --retries takes a whole number; check the option and $HEYGEN_MAX_RETRIES\n"
    );
}

/// A value from the environment that is not one of an option's choices lists the choices and
/// names the variable.
#[test]
fn a_bad_choice_from_the_environment_lists_the_choices() {
    let workspace = Workspace::new();
    let photo = workspace.png("photo.png");
    let run = assert_cmd::Command::from_std(workspace.command())
        .env("HEYGEN_PROGRESS", "sometimes")
        .env("HEYGEN_API_KEY", "k")
        .args(["asset", "upload", &photo])
        .assert()
        .code(2);
    let err = stderr(&run);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("[possible values: auto, bar, plain, none]"),
        "{err}"
    );
    assert!(err.contains("$HEYGEN_PROGRESS"), "{err}");
}
