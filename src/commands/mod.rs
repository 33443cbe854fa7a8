//! One module per command; this one resolves settings, runs the command, and turns its
//! outcome into the exit code.

mod asset_complete;
mod asset_forget;
mod asset_upload;
mod auth;
mod avatar_create;
mod completions;
#[cfg(feature = "sandbox")]
mod sandbox;

use std::process::ExitCode;

use crate::cli::{AssetCommand, AvatarCommand, Cli, Command};
use crate::error::{Failure, Outcome, Result};
use crate::output::Output;
use crate::session::Session;
use crate::settings::Settings;
use crate::upload::Route;

pub fn run(cli: Cli) -> ExitCode {
    let output = Output::new(cli.global.json, cli.global.quiet);
    let result = Settings::resolve(&cli.global).and_then(|settings| {
        let context = Context {
            settings,
            output: output.clone(),
        };
        dispatch(&context, cli.command)
    });
    match result {
        Ok(outcome) => outcome.exit_code(),
        Err(failure) => {
            output.error(&failure.message);
            ExitCode::from(failure.kind.exit_code())
        }
    }
}

fn dispatch(context: &Context, command: Command) -> Result<Outcome> {
    match command {
        Command::Asset(AssetCommand::Upload(args)) => {
            block_on(asset_upload::run(context, &args, Route::BySize))
        }
        Command::Asset(AssetCommand::DirectUpload(args)) => {
            let route = Route::Direct {
                complete: !args.no_complete,
            };
            block_on(asset_upload::run(context, &args.upload, route))
        }
        Command::Asset(AssetCommand::Complete(args)) => {
            block_on(asset_complete::run(context, &args))
        }
        Command::Asset(AssetCommand::Forget(args)) => asset_forget::run(context, &args),
        Command::Avatar(AvatarCommand::Create(args)) => {
            block_on(avatar_create::run(context, &args))
        }
        Command::Auth(command) => auth::run(context, &command),
        Command::Completions { shell } => completions::run(shell),
        #[cfg(feature = "sandbox")]
        Command::Sandbox(args) => sandbox::run(context, &args),
    }
}

fn block_on(command: impl Future<Output = Result<Outcome>>) -> Result<Outcome> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::remote(format!("cannot start the async runtime ({e})")))?
        .block_on(command)
}

/// What every command gets: the resolved settings and the output.
pub struct Context {
    pub settings: Settings,
    pub output: Output,
}

impl Context {
    /// Everything needed to talk to the API; fails (exit 3) when there is no key.
    pub fn session(&self) -> Result<Session> {
        Session::new(&self.settings, self.output.clone())
    }
}

/// The answer as printed for a file: `"file"` (the path as given) added at the top level.
fn with_file(mut answer: serde_json::Value, shown: &str) -> serde_json::Value {
    if let Some(object) = answer.as_object_mut() {
        object.insert("file".into(), shown.into());
    }
    answer
}
