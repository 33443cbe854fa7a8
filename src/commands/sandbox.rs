//! `heygen sandbox`: serve the local stand-in for the API until interrupted.

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
        log_requests: !context.settings.quiet,
        faults: args.fault.clone().unwrap_or_default(),
        s3: s3.clone(),
        tls: args.tls,
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
    // HEYGEN_CA_FILE, not SSL_CERT_FILE: the latter would make curl, git and pip in that shell
    // trust the sandbox alone.
    if let Some(ca_file) = sandbox.ca_file() {
        println!("export HEYGEN_CA_FILE={}", shell_quoted(ca_file));
    }
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

/// A path as one shell word.
fn shell_quoted(path: &std::path::Path) -> String {
    let text = path.display().to_string();
    let plain = text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:,@".contains(c));
    match plain {
        true => text,
        false => format!("'{}'", text.replace('\'', r"'\''")),
    }
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
