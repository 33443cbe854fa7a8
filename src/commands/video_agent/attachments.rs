//! Files attached to a video: checked as `asset upload` checks them, uploaded the same way, and
//! named again when no video was started, so that a rerun need not upload them twice.

use std::path::PathBuf;

use crate::cli::BatchChoice;
use crate::error::{Failure, Kind, Outcome};
use crate::transfer::local_file::LocalFile;
use crate::upload::Route;
use crate::upload::client::Client;
use crate::upload::input;
use crate::upload::scheduler::Scheduler;

use crate::commands::Context;

/// Every FILE checked as `asset upload` checks it; `None` (with every problem reported) when
/// one fails, so nothing is sent.
pub fn check_files(
    context: &Context,
    paths: &[PathBuf],
    outcome: &mut Outcome,
) -> Option<Vec<LocalFile>> {
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        let shown = path.display().to_string();
        let checked = match path.as_os_str() == input::STDIN {
            true => Err(Failure::input(
                "standard input cannot be attached; save it to a file and name that",
            )),
            false => input::check(path, None),
        };
        match checked {
            Ok(file) => files.push(file),
            Err(failure) => {
                context.output.item_failed("file", &shown, &failure);
                outcome.record(Kind::Input);
            }
        }
    }
    if outcome.failed() {
        context
            .output
            .note("nothing was sent; fix the files above and run again");
        return None;
    }
    Some(files)
}

/// Uploads the FILEs as `asset upload` would. When one fails, no session is made: the ids that
/// did upload are listed so that a rerun can pass them with --asset-id.
pub async fn upload(
    context: &Context,
    client: &Client,
    files: &[LocalFile],
    jobs: u16,
    batch: BatchChoice,
) -> std::result::Result<Vec<(String, String)>, Kind> {
    let scheduler = Scheduler {
        route: Route::BySize,
        jobs,
        checksum: true,
        progress: context.progress_mode(),
        batch_from: context.batch_from(batch),
    };
    let mut ids = Vec::with_capacity(files.len());
    let mut failed = None;
    scheduler
        .upload(client, files, |file, result| match result {
            Ok(uploaded) => ids.push((file.shown.clone(), uploaded.asset_id)),
            Err(failure) => {
                context.output.item_failed("file", &file.shown, &failure);
                failed.get_or_insert(failure.kind);
            }
        })
        .await;
    match failed {
        None => Ok(ids),
        Some(kind) => {
            note_reusable(context, &ids);
            Err(kind)
        }
    }
}

/// No video was started: says which files did upload (path and asset id), so that a rerun can
/// pass their ids instead of uploading them again.
pub fn note_reusable(context: &Context, uploaded: &[(String, String)]) {
    let mut note = "no video was started".to_string();
    if !uploaded.is_empty() {
        let listed: Vec<String> = uploaded
            .iter()
            .map(|(shown, id)| format!("{shown} is {id}"))
            .collect();
        let again: Vec<String> = uploaded
            .iter()
            .map(|(_, id)| format!("--asset-id {id}"))
            .collect();
        note.push_str(&format!(
            "; uploaded already: {}; to reuse them, run again with {} in place of those files",
            listed.join(", "),
            again.join(" ")
        ));
    }
    context.output.note(&note);
}
