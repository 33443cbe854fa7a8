//! The help a newcomer reads: global options under their own heading, every argument
//! described, usage lines that show only what is required, range errors in words, and a
//! `heygen sandbox` that takes only the global options that make sense for a server.

use std::net::TcpListener;

use clap::Command;

use super::harness::*;

/// Every global option, as `--long` (the tree's own list, so a new one is checked too).
fn global_longs(tree: &Command) -> Vec<String> {
    tree.get_arguments()
        .filter(|arg| arg.is_global_set())
        .filter_map(|arg| arg.get_long().map(|long| format!("--{long}")))
        .collect()
}

/// The commands a user runs (no subcommands of their own), by path.
fn leaves(cmd: &Command, path: &str, out: &mut Vec<(String, Command)>) {
    if cmd.get_subcommands().next().is_none() {
        out.push((path.to_string(), cmd.clone()));
    }
    for sub in cmd.get_subcommands() {
        if sub.get_name() != "help" {
            leaves(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }
}

/// The lines of one `Heading:` section of a help text (up to the next heading).
fn section<'a>(help: &'a str, heading: &str) -> Vec<&'a str> {
    help.lines()
        .skip_while(|line| *line != heading)
        .skip(1)
        .take_while(|line| line.is_empty() || line.starts_with(' '))
        .collect()
}

/// Whether one of the lines introduces the option `long` (`  -q, --quiet  ...`).
fn mentions(lines: &[&str], long: &str) -> bool {
    lines.iter().any(|line| {
        line.split_whitespace()
            .take_while(|word| word.starts_with('-') || word.starts_with('<'))
            .any(|word| word.trim_end_matches(',') == long)
    })
}

#[test]
fn global_options_have_their_own_heading_in_every_command() {
    let tree = heygen::cli::parse::command();
    let globals = global_longs(&tree);
    for long in [
        "--api-key",
        "--base-url",
        "--json",
        "--quiet",
        "--verbose",
        "--progress",
        "--timeout",
        "--retries",
        "--wait-timeout",
    ] {
        assert!(globals.contains(&long.to_string()), "{long}: {globals:?}");
    }
    let mut commands = Vec::new();
    leaves(&tree, "heygen", &mut commands);
    commands.push(("heygen".to_string(), tree.clone()));
    assert!(commands.len() >= 8, "{:?}", commands.len());
    for (path, mut cmd) in commands {
        let help = cmd.render_help().to_string();
        let own = section(&help, "Options:");
        let global = section(&help, "Global options:");
        let expected: Vec<&String> = if path == "heygen sandbox" {
            globals
                .iter()
                .filter(|g| *g == "--quiet" || *g == "--verbose")
                .collect()
        } else {
            globals.iter().collect()
        };
        for long in &globals {
            assert!(
                !mentions(&own, long),
                "{path}: {long} under Options:\n{help}"
            );
            assert_eq!(
                mentions(&global, long),
                expected.contains(&long),
                "{path}: {long} under Global options:\n{help}"
            );
        }
    }
    // The binary prints the same headings.
    let run = assert_cmd::Command::from_std(Workspace::new().command())
        .args(["asset", "upload", "--help"])
        .assert()
        .success();
    let help = stdout(&run);
    for long in &globals {
        assert!(
            mentions(&section(&help, "Global options:"), long),
            "{long}: {help}"
        );
        assert!(
            !mentions(&section(&help, "Options:"), long),
            "{long}: {help}"
        );
    }
}

#[test]
fn every_argument_is_described() {
    fn check(cmd: &Command, path: &str) {
        for arg in cmd.get_arguments().filter(|arg| !arg.is_hide_set()) {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            assert!(
                !help.trim().is_empty(),
                "{path}: {} has no description",
                arg.get_id()
            );
        }
        for sub in cmd.get_subcommands() {
            check(sub, &format!("{path} {}", sub.get_name()));
        }
    }
    check(&heygen::cli::parse::command(), "heygen");
}

#[test]
fn api_key_help_names_the_four_places_in_order() {
    let tree = heygen::cli::parse::command();
    let api_key = tree
        .get_arguments()
        .find(|arg| arg.get_long() == Some("api-key"))
        .unwrap();
    let help = api_key.get_help().unwrap().to_string();
    let places = [
        "not given",
        "$HEYGEN_API_KEY",
        "heygen's config file",
        "credentials file of HeyGen's CLI",
    ];
    let positions: Vec<usize> = places
        .iter()
        .map(|place| {
            help.find(place)
                .unwrap_or_else(|| panic!("{place:?} in {help:?}"))
        })
        .collect();
    assert!(positions.is_sorted(), "{help}");
}

/// Options set from the environment are not required ones: the usage line of an error leaves
/// them out.
#[test]
fn usage_lines_leave_out_what_the_environment_set() {
    let workspace = Workspace::new();
    let run = assert_cmd::Command::from_std(workspace.command())
        .env("HEYGEN_API_BASE", "http://127.0.0.1:9")
        .env("HEYGEN_PROGRESS", "plain")
        .env("HEYGEN_MAX_RETRIES", "1")
        .env("HEYGEN_WAIT_TIMEOUT", "5m")
        .args(["asset", "upload"])
        .assert()
        .code(2);
    let text = stderr(&run);
    let usage = text
        .lines()
        .find(|line| line.starts_with("Usage: "))
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(
        usage, "Usage: heygen asset upload <FILE|--files-from <PATH>>",
        "{text}"
    );

    // The help shown for a missing subcommand names the global options and where they are
    // described, with the variables that set them.
    let run = assert_cmd::Command::from_std(workspace.command())
        .env_remove("HEYGEN_PROGRESS")
        .arg("asset")
        .assert()
        .code(2);
    assert!(
        stderr(&run).contains("--retries") && stderr(&run).contains("`heygen --help`"),
        "{}",
        stderr(&run)
    );
    let run = assert_cmd::Command::from_std(workspace.command())
        .arg("--help")
        .assert()
        .success();
    assert!(
        stdout(&run).contains("[env: HEYGEN_MAX_RETRIES="),
        "{}",
        stdout(&run)
    );

    // An error the environment caused still names it.
    let run = assert_cmd::Command::from_std(workspace.command())
        .env("HEYGEN_PROGRESS", "sometimes")
        .args(["asset", "upload", "x.png"])
        .assert()
        .code(2);
    assert!(stderr(&run).contains("'sometimes'"), "{}", stderr(&run));
}

#[test]
fn numbers_out_of_range_are_said_in_words() {
    let workspace = Workspace::new();
    for (args, expected) in [
        (["--timeout", "0"], "--timeout must be at least 1 (seconds)"),
        (
            ["--timeout", "soon"],
            "--timeout takes a whole number (seconds)",
        ),
        (["--jobs", "65"], "--jobs must be between 1 and 64"),
        (["--jobs", "0"], "--jobs must be between 1 and 64"),
        (["--retries", "many"], "--retries takes a whole number"),
    ] {
        let run = assert_cmd::Command::from_std(workspace.command())
            .args(["asset", "upload", "photo.png"])
            .args(args)
            .assert()
            .code(2);
        let stderr = stderr(&run);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(!stderr.contains("is not in"), "{stderr}");
    }
}

#[test]
fn sandbox_takes_only_quiet_and_verbose_of_the_global_options() {
    let workspace = Workspace::new();
    let heygen = || assert_cmd::Command::from_std(workspace.command());

    let run = heygen().args(["sandbox", "--help"]).assert().success();
    let help = stdout(&run);
    for foreign in [
        "--api-key",
        "--json",
        "--retries",
        "--base-url",
        "--timeout",
    ] {
        assert!(!help.contains(foreign), "{foreign}:\n{help}");
    }
    assert!(
        help.contains("--quiet") && help.contains("--verbose"),
        "{help}"
    );

    for args in [
        &["sandbox", "--json"][..],
        &["--api-key", "k", "sandbox"],
        &["sandbox", "--retries", "2"],
        &["--base-url", "http://127.0.0.1:9", "sandbox"],
        &["sandbox", "--progress", "none"],
    ] {
        let run = heygen().args(args).assert().code(2);
        let stderr = stderr(&run);
        assert!(
            stderr.contains("does not apply to `heygen sandbox`"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("export "), "it never started: {stderr}");
    }

    // -q and -v are taken, and the environment's settings for the client are no error: the
    // sandbox goes on to its own check (here: the address is taken).
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let run = heygen()
        .env("HEYGEN_API_BASE", "http://127.0.0.1:9")
        .env("HEYGEN_MAX_RETRIES", "1")
        .args(["sandbox", "-q", "-v", "--listen", &address])
        .assert()
        .code(2);
    let stderr = stderr(&run);
    assert!(stderr.contains("cannot start the sandbox"), "{stderr}");
}

/// Every command's help ends with examples of itself, and stays short: its own options, the
/// global ones named in two lines.
#[test]
fn every_command_shows_examples_and_a_short_page() {
    let tree = heygen::cli::parse::command();
    let mut commands = Vec::new();
    leaves(&tree, "heygen", &mut commands);
    commands.push(("heygen".to_string(), tree.clone()));
    for (path, mut cmd) in commands {
        let help = cmd.render_help().to_string();
        let examples = section(&help, "Examples:");
        let runs_itself = examples
            .iter()
            .any(|line| line.contains(&format!("{path} ")) || line.ends_with(&path));
        assert!(runs_itself, "{path}: no example of itself:\n{help}");
        if path != "heygen" {
            assert!(
                section(&help, "Global options:").len() <= 3,
                "{path}: global options described in full:\n{help}"
            );
        }
    }
    // What a newcomer sees first, at the default width.
    let run = assert_cmd::Command::from_std(Workspace::new().command())
        .env_remove("COLUMNS")
        .args(["asset", "upload", "--help"])
        .assert()
        .success();
    let help = stdout(&run);
    assert!(
        help.lines().count() <= 40,
        "{} lines:\n{help}",
        help.lines().count()
    );
    assert!(help.contains("Examples:\n  heygen asset upload "), "{help}");
}
