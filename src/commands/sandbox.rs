//! `heygen sandbox`: serve the local stand-in for the API until interrupted.

use crate::cli::SandboxArgs;
use crate::error::{Failure, Outcome, Result};
use crate::sandbox::{Faults, Sandbox, SandboxConfig};

use super::Context;

pub fn run(context: &Context, args: &SandboxArgs) -> Result<Outcome> {
    let config = SandboxConfig {
        listen: args.listen,
        data_dir: args.data.clone(),
        key: args.key.clone(),
        max_direct_bytes: args.max_bytes,
        url_ttl_secs: args.url_ttl,
        log_requests: !context.settings.quiet,
        faults: args.fault.clone().unwrap_or_default(),
        ..SandboxConfig::default()
    };
    let sandbox = Sandbox::start(config).map_err(|e| {
        Failure::input(format!(
            "cannot start the sandbox on {} ({e:#}); pick another --listen address",
            args.listen
        ))
    })?;
    // The two lines a script sources; the rest is for the person watching.
    println!("export HEYGEN_API_BASE={}", sandbox.base_url());
    println!("export HEYGEN_API_KEY={}", sandbox.key());
    context.output.note(&format!(
        "sandbox serving the HeyGen API on {}, bytes kept in {}; Ctrl-C stops it",
        sandbox.base_url(),
        sandbox.data_dir().display()
    ));
    let faults = sandbox.faults();
    if faults != Faults::default() {
        context.output.note(&format!("injecting faults: {faults}"));
    }
    sandbox.wait();
    Ok(Outcome::default())
}
