//! `heygen asset forget`: drop the local records `--reuse` reads, so that these files (or all)
//! are uploaded again next time. Nothing is sent; the assets stay at HeyGen.

use std::path::Path;

use serde_json::json;

use crate::cli::ForgetArgs;
use crate::error::{Failure, Outcome, Result};
use crate::transfer::checksum::sha256_hex_blocking;
use crate::upload::reuse;

use crate::commands::Context;

pub fn run(context: &Context, args: &ForgetArgs) -> Result<Outcome> {
    let output = &context.output;
    let Some(state_dir) = context.settings.state_dir.as_deref() else {
        return Err(Failure::input(
            "this system has no state folder, so there are no reuse records to forget",
        ));
    };
    if args.all {
        let dropped = reuse::forget_all(state_dir)?;
        let line = match dropped {
            true => "every reuse record dropped",
            false => "there were no reuse records",
        };
        output.result(line, &json!({"all": true, "dropped": dropped}));
        return Ok(Outcome::default());
    }
    let mut outcome = Outcome::default();
    for path in &args.files {
        let shown = path.display().to_string();
        match forget(state_dir, path) {
            Ok(count) => {
                let line = format!("{shown}: {count} reuse record(s) dropped");
                output.result(&line, &json!({"file": shown, "records_dropped": count}));
            }
            Err(failure) => {
                output.failed(&mut outcome, "file", &shown, &failure);
            }
        }
    }
    Ok(outcome)
}

/// Drops the records of the file's bytes, for every key and base URL.
fn forget(state_dir: &Path, path: &Path) -> Result<usize> {
    let metadata = std::fs::metadata(path).map_err(|e| {
        Failure::input(format!(
            "cannot read it ({e}); give the file that was uploaded"
        ))
    })?;
    if !metadata.is_file() {
        return Err(Failure::input(
            "is not a file; give the file that was uploaded",
        ));
    }
    let sha256 = sha256_hex_blocking(path).map_err(|f| Failure::input(f.message))?;
    reuse::forget(state_dir, &(sha256, metadata.len()))
}
