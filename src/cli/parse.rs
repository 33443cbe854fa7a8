//! The command line as clap reads it, with the two adjustments the derived tree cannot say:
//! `heygen sandbox` takes only `-q` and `-v` of the global options, and an error's usage line
//! lists what the user typed, not what the environment set.

use std::ffi::OsString;

use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{ArgMatches, Command, CommandFactory, FromArgMatches};

use crate::cli::Cli;

/// The global options `heygen sandbox` takes; the others configure a client it is not.
const SANDBOX_GLOBALS: [&str; 2] = ["quiet", "verbose"];

/// The command tree: the derived one, built, with the sandbox's foreign globals hidden.
pub fn command() -> Command {
    tree(true)
}

/// Parses the process's arguments, or exits with clap's message (exit 2 for usage errors).
pub fn parse() -> Cli {
    parse_from(std::env::args_os())
}

pub fn parse_from<I, T>(args: I) -> Cli
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let mut cmd = command();
    let matches = match cmd.try_get_matches_from_mut(&args) {
        Ok(matches) => matches,
        Err(error) => exit_with(error, &args),
    };
    if let Err(error) = check_sandbox_globals(&mut cmd, &matches) {
        exit(error);
    }
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| exit(error.format(&mut cmd)))
}

/// Exits with clap's message, an error's first line prefixed `heygen: error:` as every other
/// error of the tool is; help and the version go to stdout as they are.
fn exit(error: clap::Error) -> ! {
    if !error.use_stderr() {
        error.exit();
    }
    let text = error.render().to_string();
    let text = match text.strip_prefix("error: ") {
        Some(rest) => format!("heygen: error: {rest}"),
        None => text,
    };
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
    std::process::exit(error.exit_code());
}

/// clap counts an option set from the environment (`HEYGEN_API_BASE`) as typed, and prints it
/// in an error's usage line as if it were required (`Usage: heygen asset upload --base-url
/// <URL> ...`). The same error from a tree that reads no environment has the right usage line;
/// when the environment caused the error, the first one stands.
fn exit_with(error: clap::Error, args: &[OsString]) -> ! {
    // Help shown for a missing subcommand keeps its `[env: ...]` notes.
    let shows_help = error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
    if error.use_stderr()
        && !shows_help
        && let Err(plain) = tree(false).try_get_matches_from(args)
        && plain.kind() == error.kind()
    {
        exit(plain);
    }
    exit(error)
}

fn tree(with_env: bool) -> Command {
    let mut cmd = Cli::command();
    if !with_env {
        cmd = without_env(cmd);
    }
    // Global options are copied into each subcommand when the tree is built; only then can
    // the sandbox's copies be hidden.
    cmd.build();
    let globals: Vec<String> = foreign_globals(&cmd);
    if let Some(sandbox) = cmd.find_subcommand_mut("sandbox") {
        // `mut_args` keeps the order of the built tree's arguments (`mut_arg` would not, and
        // the built lookup table would then point at the wrong ones).
        *sandbox = std::mem::take(sandbox).mut_args(|arg| {
            let foreign = globals.iter().any(|id| arg.get_id() == id.as_str());
            arg.hide(foreign)
        });
    }
    cmd
}

/// The ids of the global options `heygen sandbox` refuses.
fn foreign_globals(cmd: &Command) -> Vec<String> {
    cmd.get_arguments()
        .filter(|arg| arg.is_global_set())
        .map(|arg| arg.get_id().to_string())
        .filter(|id| !SANDBOX_GLOBALS.contains(&id.as_str()))
        .collect()
}

fn without_env(cmd: Command) -> Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    let mut cmd = cmd.mut_args(|arg| arg.env(None));
    for name in names {
        cmd = cmd.mut_subcommand(name, without_env);
    }
    cmd
}

/// A foreign global option typed with `heygen sandbox` (before or after the word) is a usage
/// error; set from the environment, it is ignored.
fn check_sandbox_globals(cmd: &mut Command, matches: &ArgMatches) -> Result<(), clap::Error> {
    let Some(("sandbox", sub)) = matches.subcommand() else {
        return Ok(());
    };
    let globals = foreign_globals(cmd);
    let Some(typed) = globals.iter().find(|id| {
        matches.value_source(id) == Some(ValueSource::CommandLine)
            || sub.value_source(id) == Some(ValueSource::CommandLine)
    }) else {
        return Ok(());
    };
    let flag = cmd
        .get_arguments()
        .find(|arg| arg.get_id() == typed.as_str())
        .and_then(|arg| arg.get_long())
        .unwrap_or(typed)
        .to_string();
    let sandbox = cmd
        .find_subcommand_mut("sandbox")
        .expect("the sandbox subcommand was matched");
    Err(sandbox.error(
        ErrorKind::ArgumentConflict,
        format!(
            "--{flag} does not apply to `heygen sandbox`, which takes only -q and -v of the \
             global options"
        ),
    ))
}
