use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    heygen::commands::run(heygen::cli::Cli::parse())
}
