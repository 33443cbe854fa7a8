//! `heygen completions SHELL`: the completion script, generated from the command tree.

use clap_complete::Shell;

use crate::error::{Outcome, Result};

pub fn run(shell: Shell) -> Result<Outcome> {
    clap_complete::generate(
        shell,
        &mut crate::parse::command(),
        "heygen",
        &mut std::io::stdout(),
    );
    Ok(Outcome::default())
}
