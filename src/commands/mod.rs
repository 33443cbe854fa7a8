//! One module per command; this one resolves what each command needs (the settings only for
//! those that use them), runs it, and turns its outcome into the exit code.

mod asset;
mod auth;
mod avatar;
mod completions;
#[cfg(feature = "sandbox")]
mod sandbox;
mod video;
mod video_agent;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::api::oauth;
use crate::cli::credentials::{self, KeySource, OAuthLogin};
use crate::cli::settings::Settings;
use crate::cli::{
    AssetCommand, AvatarCommand, BatchChoice, Cli, Command, GlobalArgs, VideoAgentCommand,
    VideoCommand,
};
use crate::error::{Failure, Kind, Outcome, Result};
use crate::ui::output::{Output, Stdout};
use crate::ui::progress;
use crate::ui::wait::Waiter;
use crate::upload::Route;
use crate::upload::client::{Client, Login};
use crate::upload::scheduler::AUTO_BATCH_FROM;
use crate::util::secret::ApiKey;

pub fn run(cli: Cli) -> ExitCode {
    let output = Output::new(cli.global.json, cli.global.quiet);
    crate::ui::interrupt::install(&output);
    let mut outcome = dispatch(&cli.global, &output, cli.command).unwrap_or_else(|failure| {
        output.error(&failure.message);
        let mut outcome = Outcome::default();
        outcome.record(failure.kind);
        outcome
    });
    if output.stdout() == Stdout::Failed {
        outcome.record(Kind::Output);
    }
    outcome.exit_code()
}

/// Runs the command, resolving the settings only for those that use them: `completions` and
/// `sandbox` read none (no key files, no base URL).
fn dispatch(global: &GlobalArgs, output: &Output, command: Command) -> Result<Outcome> {
    let context = || {
        Settings::resolve(global).map(|settings| Context {
            settings,
            output: output.clone(),
        })
    };
    match command {
        Command::Asset(AssetCommand::Upload(args)) => {
            block_on(asset::upload::run(&context()?, &args, Route::BySize))
        }
        Command::Asset(AssetCommand::DirectUpload(args)) => {
            let route = Route::Direct {
                complete: !args.no_complete,
            };
            block_on(asset::upload::run(&context()?, &args.upload, route))
        }
        Command::Asset(AssetCommand::Complete(args)) => {
            block_on(asset::complete::run(&context()?, &args))
        }
        Command::Asset(AssetCommand::Pending(args)) => asset::pending::run(&context()?, &args),
        Command::Asset(AssetCommand::Forget(args)) => asset::forget::run(&context()?, &args),
        Command::Asset(AssetCommand::List(args)) => block_on(asset::list::run(&context()?, &args)),
        Command::Asset(AssetCommand::Get(args)) => block_on(asset::get::run(&context()?, &args)),
        Command::Asset(AssetCommand::Delete(args)) => {
            block_on(asset::delete::run(&context()?, &args))
        }
        Command::Asset(AssetCommand::Status(args)) => {
            block_on(asset::status::run(&context()?, &args))
        }
        Command::Avatar(AvatarCommand::Create(args)) => {
            block_on(avatar::create::run(&context()?, &args))
        }
        Command::Avatar(AvatarCommand::Consent(args)) => {
            block_on(avatar::consent::run(&context()?, &args))
        }
        Command::Avatar(AvatarCommand::Status(args)) => {
            block_on(avatar::status::run(&context()?, &args))
        }
        Command::VideoAgent(VideoAgentCommand::Create(args)) => {
            block_on(video_agent::create(&context()?, &args))
        }
        Command::Video(VideoCommand::Status(args)) => block_on(video::status(&context()?, &args)),
        Command::Video(VideoCommand::Download(args)) => {
            block_on(video::download(&context()?, &args))
        }
        Command::VideoAgent(VideoAgentCommand::Send(args)) => {
            block_on(video_agent::send(&context()?, &args))
        }
        Command::VideoAgent(VideoAgentCommand::Stop(args)) => {
            block_on(video_agent::stop(&context()?, &args))
        }
        Command::VideoAgent(VideoAgentCommand::Videos(args)) => {
            block_on(video_agent::videos(&context()?, &args))
        }
        Command::VideoAgent(VideoAgentCommand::Status(args)) => {
            block_on(video_agent::status(&context()?, &args))
        }
        Command::Auth(command) => auth::run(&context()?, &command),
        Command::Completions { shell } => completions::run(output, shell),
        #[cfg(feature = "sandbox")]
        Command::Sandbox(args) => sandbox::run(output, &args, global.verbose),
    }
}

fn block_on<T>(command: impl Future<Output = Result<T>>) -> Result<T> {
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
    /// Everything needed to talk to the API; fails (exit 3) when there is no key. An OAuth
    /// login of HeyGen's CLI about to expire is refreshed first (once per run), and the new
    /// tokens written back to its file.
    pub async fn client(&self) -> Result<Client> {
        self.settings.base_url()?;
        let (key, source) = self.settings.key_and_source()?;
        if let Some(warning) = source.file().and_then(credentials::permission_warning) {
            self.output.note(&format!("warning: {warning}"));
        }
        let KeySource::OAuth(file) = &source else {
            return self.client_with(Login::key(key, Some(source)));
        };
        let login = credentials::read_oauth(file).ok_or_else(|| {
            Failure::new(
                Kind::Auth,
                format!("{} holds no OAuth login any more", file.display()),
            )
        })?;
        let login = self.refreshed(login).await?;
        // Records follow the user, not the token, which changes at every refresh.
        let user = login
            .user
            .clone()
            .unwrap_or_else(|| file.display().to_string());
        self.client_with(Login {
            key: login.access_token,
            bearer: true,
            source: Some(source),
            owner: ApiKey::new(format!("oauth-login:{user}")),
        })
    }

    /// The login, refreshed when its access token runs out within a minute.
    async fn refreshed(&self, login: OAuthLogin) -> Result<OAuthLogin> {
        if !login.expires_within(Duration::from_secs(60)) {
            return Ok(login);
        }
        let refresh_token = login.refresh_token.clone().ok_or_else(|| {
            Failure::new(
                Kind::Auth,
                "the OAuth login of HeyGen's CLI has expired and holds no refresh token; log in \
                 again with HeyGen's CLI (heygen auth login there), or give an API key",
            )
        })?;
        let settings = &self.settings;
        let new = oauth::refresh(
            settings.http_options(),
            Arc::new(self.output.clone()),
            &settings.oauth_token_url()?,
            &refresh_token,
        )
        .await?;
        let expires_at = SystemTime::now() + new.expires_in;
        let extra = [
            ("token_type", new.token_type.as_deref()),
            ("scope", new.scope.as_deref()),
        ];
        let stored = credentials::store_oauth(
            &login.file,
            &new.access_token,
            new.refresh_token.as_ref(),
            expires_at,
            &extra,
        );
        if let Err(error) = stored {
            self.output.note(&format!(
                "warning: cannot write the refreshed OAuth login back to {} ({error}); log in \
                 again with HeyGen's CLI if the next run is refused",
                login.file.display()
            ));
        }
        Ok(OAuthLogin {
            access_token: new.access_token,
            refresh_token: new.refresh_token.or(login.refresh_token),
            expires_at: Some(expires_at),
            ..login
        })
    }

    /// A client for a key that is not (yet) in any of its places: `heygen auth login`.
    pub fn client_for_key(&self, key: ApiKey, source: Option<KeySource>) -> Result<Client> {
        self.client_with(Login::key(key, source))
    }

    fn client_with(&self, login: Login) -> Result<Client> {
        let settings = &self.settings;
        Client::new(
            settings.http_options(),
            settings.base_url()?,
            login,
            settings.state_dir.as_deref(),
            settings.timing,
            self.output.clone(),
        )
    }

    /// How progress is shown.
    pub fn progress_mode(&self) -> progress::Mode {
        self.settings.progress
    }

    /// From how many files left to upload a run goes through HeyGen's batches (`--batch`).
    pub fn batch_from(&self, choice: BatchChoice) -> Option<usize> {
        match choice {
            BatchChoice::Auto => Some(AUTO_BATCH_FROM),
            BatchChoice::Always => Some(1),
            BatchChoice::Never => None,
        }
    }

    /// A wait for HeyGen's work, within `--wait-timeout`.
    pub fn waiter(&self) -> Waiter {
        let settings = &self.settings;
        Waiter::new(
            settings.wait_timeout,
            settings.timing,
            settings.progress,
            &self.output,
        )
    }
}

/// The answer as printed for a file: `"file"` (the path as given) added at the top level.
fn with_file(mut answer: serde_json::Value, shown: &str) -> serde_json::Value {
    if let Some(object) = answer.as_object_mut() {
        object.insert("file".into(), shown.into());
    }
    answer
}
