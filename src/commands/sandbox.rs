//! `heygen sandbox`: serve the local stand-in for the API until interrupted.

use std::path::Path;

use crate::cli::SandboxArgs;
use crate::error::{Failure, Outcome, Result};
use heygen_sandbox::{Faults, S3Target, Sandbox, SandboxConfig};

use super::Context;

pub fn run(context: &Context, args: &SandboxArgs) -> Result<Outcome> {
    let s3 = s3_target(args)?;
    let config = SandboxConfig {
        listen: args.listen,
        data_dir: args.data.clone(),
        key: args.key.clone(),
        max_direct_bytes: args.max_bytes,
        url_ttl_secs: args.url_ttl,
        // A sandbox started in the background would otherwise write into the user's terminal.
        log_requests: context.settings.verbose,
        faults: args.fault.clone().unwrap_or_default(),
        s3: s3.clone(),
        ..SandboxConfig::default()
    };
    let sandbox = Sandbox::start(config).map_err(|e| {
        Failure::input(format!(
            "cannot start the sandbox on {} ({e:#}); pick another --listen address",
            args.listen
        ))
    })?;
    // The two lines a script sources; the rest is for the person watching.
    let exports = format!(
        "export HEYGEN_API_BASE={}\nexport HEYGEN_API_KEY={}\n",
        sandbox.base_url(),
        sandbox.key()
    );
    if let Some(path) = &args.env_file {
        write_env_file(path, &exports).map_err(|e| {
            Failure::input(format!(
                "--env-file {}: cannot be written ({e}); name a file in a folder that exists",
                path.display()
            ))
        })?;
    }
    print!("{exports}");
    let _ = std::io::Write::flush(&mut std::io::stdout());
    context.output.note(&format!(
        "sandbox serving the HeyGen API on {}, bytes kept in {}; Ctrl-C stops it",
        sandbox.base_url(),
        sandbox.data_dir().display()
    ));
    if let Some(s3) = &s3 {
        context.output.note(&format!(
            "direct uploads go to bucket {} at {} (region {})",
            s3.bucket, s3.endpoint, s3.region
        ));
    }
    let faults = sandbox.faults();
    if faults != Faults::default() {
        context.output.note(&format!("injecting faults: {faults}"));
    }
    sandbox.wait();
    Ok(Outcome::default())
}

/// Writes `text` to a temporary file beside `path`, then renames it into place: a script that
/// waits for `path` never reads half of it.
fn write_env_file(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut temp, text.as_bytes())?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The bucket from the flags, with the credentials every AWS tool reads from the
/// environment (never from flags, which other users of the machine can see).
fn s3_target(args: &SandboxArgs) -> Result<Option<S3Target>> {
    let (Some(endpoint), Some(bucket)) = (&args.s3_endpoint, &args.s3_bucket) else {
        return Ok(None);
    };
    let credential = |name: &str| {
        std::env::var(name)
            .ok()
            .filter(|value| !value.is_empty())
            .ok_or_else(|| {
                Failure::input(format!(
                    "--s3-endpoint needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; {name} is not set"
                ))
            })
    };
    let target = S3Target {
        endpoint: endpoint.clone(),
        bucket: bucket.clone(),
        region: args.s3_region.clone(),
        access_key: credential("AWS_ACCESS_KEY_ID")?,
        secret_key: credential("AWS_SECRET_ACCESS_KEY")?,
    };
    target
        .check()
        .map_err(|e| Failure::input(format!("{e:#}")))?;
    // SigV4 presigned URLs live at most seven days; S3 refuses longer ones at PUT time.
    if args.url_ttl > 604_800 {
        return Err(Failure::input(
            "--url-ttl is at most 604800 (7 days) with --s3-endpoint: S3 refuses longer presigned URLs",
        ));
    }
    Ok(Some(target))
}
