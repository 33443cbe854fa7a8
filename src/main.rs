use std::process::ExitCode;

fn main() -> ExitCode {
    heygen::run(heygen::cli::parse::parse())
}
