//! `heygen sandbox`: serve the local stand-in for the API until interrupted.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use crate::cli::SandboxArgs;
use crate::error::{Failure, Outcome, Result};
use crate::ui::output::Output;
use heygen_sandbox::{Faults, S3Target, Sandbox, SandboxConfig};

/// Reads only its own options (and the AWS credentials through the settings), not the API
/// settings: it is the API.
pub fn run(output: &Output, args: &SandboxArgs, verbose: bool) -> Result<Outcome> {
    let faults = match &args.fault {
        Some(spec) => Faults::parse(spec).map_err(|e| Failure::input(format!("--fault: {e}")))?,
        None => Faults::default(),
    };
    let s3 = s3_target(args)?;
    let config = SandboxConfig {
        listen: args.listen,
        data_dir: args.data.clone(),
        key: args.key.clone(),
        max_direct_bytes: args.max_bytes,
        url_ttl_secs: args.url_ttl,
        // A sandbox started in the background would otherwise write into the user's terminal.
        log_requests: verbose,
        faults,
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
    // Stopping is armed before anything is printed: a script may signal the sandbox as soon
    // as it has read the first line.
    let _env_file_removed_on_signal = args
        .env_file
        .as_deref()
        .map(crate::ui::interrupt::temporary);
    let slot = Arc::new(Mutex::new(Some(sandbox)));
    let taken = slot.clone();
    let _on_signal = crate::ui::interrupt::on_signal(move || {
        drop(taken.lock().unwrap_or_else(PoisonError::into_inner).take());
    });
    {
        // A signal meanwhile waits for this lock, then stops the sandbox.
        let held = slot.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(sandbox) = held.as_ref() else {
            return Ok(Outcome::default());
        };
        announce(output, args, sandbox, s3.as_ref())?;
    }
    serve_until_stopped(&slot);
    if let Some(path) = &args.env_file {
        let _ = std::fs::remove_file(path);
    }
    Ok(Outcome::default())
}

/// Prints the export lines (and writes them to --env-file), then what is served where.
fn announce(
    output: &Output,
    args: &SandboxArgs,
    sandbox: &Sandbox,
    s3: Option<&S3Target>,
) -> Result<()> {
    // The lines a script sources; the rest is for the person watching.
    let mut exports = format!(
        "export HEYGEN_API_BASE={}\nexport HEYGEN_API_KEY={}\n",
        sandbox.base_url(),
        sandbox.key()
    );
    // HEYGEN_CA_FILE, not SSL_CERT_FILE: the latter would make curl, git and pip in that shell
    // trust the sandbox alone.
    if let Some(ca_file) = sandbox.ca_file() {
        exports.push_str(&format!(
            "export HEYGEN_CA_FILE={}\n",
            shell_quoted(ca_file)
        ));
    }
    exports.push_str(&format!(
        "export HEYGEN_OAUTH_TOKEN_URL={}\n",
        sandbox.oauth_token_url()
    ));
    if let Some(path) = &args.env_file {
        write_env_file(path, &exports).map_err(|e| {
            Failure::input(format!(
                "--env-file {}: cannot be written ({e}); name a file in a folder that exists",
                path.display()
            ))
        })?;
    }
    output.line(exports.trim_end());
    if args.oauth {
        oauth_login(output, sandbox, args.oauth_credentials.as_deref())?;
    }
    output.note(&format!(
        "sandbox serving the HeyGen API on {}, bytes kept in {}; Ctrl-C stops it",
        sandbox.base_url(),
        sandbox.data_dir().display()
    ));
    if let Some(s3) = s3 {
        output.note(&format!(
            "direct uploads go to bucket {} at {} (region {})",
            s3.bucket, s3.endpoint, s3.region
        ));
    }
    let faults = sandbox.faults();
    if faults != Faults::default() {
        output.note(&format!("injecting faults: {faults}"));
    }
    Ok(())
}

/// An OAuth login of the sandbox's, told on stderr and, when asked, written as HeyGen's CLI
/// writes its credentials file.
fn oauth_login(output: &Output, sandbox: &Sandbox, file: Option<&Path>) -> Result<()> {
    let (access, refresh, expires_at) = sandbox.oauth_login(3600);
    let expires = humantime::format_rfc3339_seconds(
        std::time::UNIX_EPOCH + std::time::Duration::from_secs(expires_at),
    );
    output.note(&format!(
        "OAuth login: access token {access} (until {expires}), refresh token {refresh}"
    ));
    let Some(file) = file else {
        return Ok(());
    };
    let credentials = serde_json::json!({
        "oauth": {
            "access_token": access,
            "refresh_token": refresh,
            "expires_at": expires.to_string(),
            "scope": "openid profile",
            "token_type": "Bearer",
        },
        "user": {"username": "rehearsal", "email": "rehearsal@example.com"},
    });
    crate::util::private_file::write(file, credentials.to_string().as_bytes()).map_err(|e| {
        Failure::input(format!(
            "--oauth-credentials {}: cannot be written ({e})",
            file.display()
        ))
    })?;
    output.note(&format!(
        "wrote the login to {}; use it with HEYGEN_CONFIG_DIR set to its folder",
        file.display()
    ));
    Ok(())
}

/// Serves until the server fails or a signal comes. The signal path stops the server and
/// drops it, which removes a temporary data folder (an explicit --data folder is kept); the
/// export lines describe a server that is gone, so --env-file goes too.
fn serve_until_stopped(slot: &Mutex<Option<Sandbox>>) {
    loop {
        let running = slot
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .is_some_and(Sandbox::is_running);
        if !running {
            return;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Writes `text` to a temporary file beside `path`, then renames it into place: a script that
/// waits for `path` never reads half of it.
fn write_env_file(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    // The temporary file's own name means nothing to the user: only what went wrong is kept.
    let mut temp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| std::io::Error::new(e.kind(), e.kind().to_string()))?;
    std::io::Write::write_all(&mut temp, text.as_bytes())?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
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
    let missing = |name: &str| {
        Failure::input(format!(
            "--s3-endpoint needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; {name} is not set"
        ))
    };
    let (access_key, secret_key) = crate::cli::settings::s3_credentials();
    let target = S3Target {
        endpoint: endpoint.clone(),
        bucket: bucket.clone(),
        region: args.s3_region.clone(),
        access_key: access_key.ok_or_else(|| missing("AWS_ACCESS_KEY_ID"))?,
        secret_key: secret_key.ok_or_else(|| missing("AWS_SECRET_ACCESS_KEY"))?,
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
