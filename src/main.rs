use std::process::ExitCode;

fn main() -> ExitCode {
    heygen::commands::run(heygen::parse::parse())
}
