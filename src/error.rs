//! The one place that decides exit codes. Every failure the tool reports is a `Failure`,
//! carrying the kind that maps to the exit code of HeyGen's own CLI.

use std::fmt;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// API, storage or network failure.
    Remote,
    /// Usage error or invalid input; nothing was sent for it.
    Input,
    /// No API key, or the API answered 401/403.
    Auth,
    /// A connection or transfer timed out.
    Timeout,
    /// Results could not be written to stdout (other than a reader closing the pipe).
    Output,
    /// Stopped by Ctrl-C (SIGINT).
    Interrupted,
    /// Stopped by SIGTERM.
    Terminated,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Remote | Kind::Output => 1,
            Kind::Input => 2,
            Kind::Auth => 3,
            Kind::Timeout => 4,
            // 128 + the signal's number, as shells report it.
            Kind::Interrupted => 130,
            Kind::Terminated => 143,
        }
    }
}

/// A failure ready to be shown: `message` says what happened and what to do, `code` is the
/// API's or storage's error code when there is one (used in `--json` output).
#[derive(Debug, Clone)]
pub struct Failure {
    pub kind: Kind,
    pub code: Option<String>,
    pub message: String,
    /// A transient failure (connection lost, stalled, timed out, 408, 429, 5xx) that a retry
    /// may get past.
    pub transient: bool,
    /// The HTTP status of the answer that failed, when there was one.
    pub status: Option<u16>,
    /// How long the server asked to wait before trying again, when it did.
    pub retry_after: Option<Duration>,
}

impl Failure {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Self {
            kind,
            code: None,
            message: message.into(),
            transient: false,
            status: None,
            retry_after: None,
        }
    }

    pub fn input(message: impl Into<String>) -> Self {
        Self::new(Kind::Input, message)
    }

    pub fn remote(message: impl Into<String>) -> Self {
        Self::new(Kind::Remote, message)
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    pub fn transient(mut self) -> Self {
        self.transient = true;
        self
    }

    /// What was being done when it failed, put before the message: `doing: message`.
    pub fn context(mut self, doing: impl fmt::Display) -> Self {
        self.message = format!("{doing}: {}", self.message);
        self
    }

    /// What to do about it, put after the message: `message; advice`.
    pub fn advice(mut self, advice: impl fmt::Display) -> Self {
        self.message = format!("{}; {advice}", self.message);
        self
    }

    /// The code shown in JSON error objects: the upstream one, or one named after the kind.
    pub fn code(&self) -> &str {
        self.code.as_deref().unwrap_or(match self.kind {
            Kind::Remote => "request_failed",
            Kind::Input => "invalid_input",
            Kind::Auth => "unauthorized",
            Kind::Timeout => "timeout",
            Kind::Output => "stdout_failed",
            Kind::Interrupted => "interrupted",
            Kind::Terminated => "terminated",
        })
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

pub type Result<T> = std::result::Result<T, Failure>;

/// Tracks a run of several items: every item runs, and the exit code is that of the first failure.
#[derive(Debug, Default)]
pub struct Outcome {
    first_failure: Option<Kind>,
}

impl Outcome {
    pub fn record(&mut self, kind: Kind) {
        self.first_failure.get_or_insert(kind);
    }

    pub fn failed(&self) -> bool {
        self.first_failure.is_some()
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.first_failure.map_or(0, Kind::exit_code))
    }
}
