//! The command line as clap reads it, with the two adjustments the derived tree cannot say:
//! `heygen sandbox` takes only `-q` and `-v` of the global options, and an error's usage line
//! lists what the user typed, not what the environment set.

use std::ffi::OsString;

use clap::error::ErrorKind;
use clap::parser::ValueSource;
use clap::{Arg, ArgMatches, Command, CommandFactory, FromArgMatches};

use crate::cli::{Cli, examples};

/// The global options `heygen sandbox` takes; the others configure a client it is not.
const SANDBOX_GLOBALS: [&str; 2] = ["quiet", "verbose"];

/// The command tree as parsed: the derived one, built, with the sandbox's foreign globals
/// hidden and each subcommand's help short: its own options, the global ones named in two
/// lines (`heygen --help` describes them), and its examples.
pub fn command() -> Command {
    tree(Tree {
        with_env: true,
        short_help: true,
    })
}

/// The whole tree, every global option described in every command: what completion scripts
/// and man pages are made from.
pub fn reference() -> Command {
    tree(Tree {
        with_env: true,
        short_help: false,
    })
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
        && let Err(plain) = tree(Tree {
            with_env: false,
            short_help: true,
        })
        .try_get_matches_from(args)
        && plain.kind() == error.kind()
    {
        exit(plain);
    }
    exit(error)
}

struct Tree {
    /// Options read the environment (off to find the usage line of what was typed).
    with_env: bool,
    /// Subcommands name the global options instead of describing them.
    short_help: bool,
}

fn tree(kind: Tree) -> Command {
    let mut cmd = Cli::command();
    if !kind.with_env {
        cmd = without_env(cmd);
    }
    // Global options are copied into each subcommand when the tree is built; only then can
    // a subcommand's copies be hidden.
    cmd.build();
    let globals: Vec<&Arg> = cmd.get_arguments().filter(|a| a.is_global_set()).collect();
    let all = GlobalNames::of(globals.iter().copied());
    let sandbox = GlobalNames::of(
        globals
            .iter()
            .copied()
            .filter(|arg| SANDBOX_GLOBALS.contains(&arg.get_id().as_str())),
    );
    if let Some(examples) = examples::section("") {
        cmd = cmd.after_help(examples);
    }
    for sub in cmd.get_subcommands_mut() {
        let names = if sub.get_name() == "sandbox" {
            &sandbox
        } else {
            &all
        };
        adjust(sub, sub.get_name().to_string(), names, kind.short_help);
    }
    cmd
}

/// The global options a subcommand takes: their ids, and the two lines that name them.
struct GlobalNames {
    ids: Vec<String>,
    section: String,
}

impl GlobalNames {
    fn of<'a>(args: impl Iterator<Item = &'a Arg>) -> Self {
        let mut ids = Vec::new();
        // Names joined by ", ", a line ending in "," once the next would pass 72 columns.
        let mut lines: Vec<String> = Vec::new();
        for arg in args {
            ids.push(arg.get_id().to_string());
            let name = match (arg.get_short(), arg.get_long()) {
                (Some(short), Some(long)) => format!("-{short}, --{long}"),
                (None, Some(long)) => format!("--{long}"),
                (Some(short), None) => format!("-{short}"),
                (None, None) => continue,
            };
            match lines.last_mut() {
                Some(line) if line.len() + name.len() <= 72 => {
                    line.push_str(", ");
                    line.push_str(&name);
                }
                last => {
                    if let Some(line) = last {
                        line.push(',');
                    }
                    lines.push(format!("  {name}"));
                }
            }
        }
        Self {
            ids,
            section: format!(
                "Global options:\n{} (described in `heygen --help`)",
                lines.join("\n")
            ),
        }
    }

    fn takes(&self, arg: &Arg) -> bool {
        self.ids.iter().any(|id| arg.get_id() == id.as_str())
    }
}

/// Hides the global options `cmd` does not take, or with `short_help` all of them (named in
/// a short section instead), and ends its help with its examples.
fn adjust(cmd: &mut Command, path: String, globals: &GlobalNames, short_help: bool) {
    let examples = examples::section(&path);
    // `mut_args` keeps the order of the built tree's arguments (`mut_arg` would not, and the
    // built lookup table would then point at the wrong ones).
    let mut taken = std::mem::take(cmd).mut_args(|arg| {
        let hide = arg.is_global_set() && (short_help || !globals.takes(&arg));
        if hide { arg.hide(true) } else { arg }
    });
    let mut after = Vec::new();
    if short_help {
        after.push(globals.section.clone());
    }
    after.extend(examples);
    if !after.is_empty() {
        taken = taken.after_help(after.join("\n\n"));
    }
    *cmd = taken;
    for sub in cmd.get_subcommands_mut() {
        let path = format!("{path} {}", sub.get_name());
        adjust(sub, path, globals, short_help);
    }
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
