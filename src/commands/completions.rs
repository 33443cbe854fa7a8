//! `heygen completions SHELL`: the completion script, generated from the command tree.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::{Outcome, Result};

pub fn run(shell: Shell) -> Result<Outcome> {
    clap_complete::generate(shell, &mut Cli::command(), "heygen", &mut std::io::stdout());
    Ok(Outcome::default())
}
