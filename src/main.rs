use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    heygen::run(heygen::cli::Cli::parse())
}
