//! `heygen completions SHELL`: the completion script, generated from the command tree. It
//! reads no settings, so it works whatever the environment holds.

use clap_complete::Shell;

use crate::error::{Outcome, Result};
use crate::ui::output::Output;

pub fn run(output: &Output, shell: Shell) -> Result<Outcome> {
    let mut script = Vec::new();
    clap_complete::generate(
        shell,
        &mut crate::cli::parse::reference(),
        "heygen",
        &mut script,
    );
    output.text(&String::from_utf8_lossy(&script));
    Ok(Outcome::default())
}
