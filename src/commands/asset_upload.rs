//! `heygen asset upload` and `heygen asset direct-upload`: validate every file first, then
//! upload `--jobs` at a time, printing results in argument order as soon as each and all
//! before it are done.

use std::time::Instant;

use futures_util::StreamExt;
use serde_json::json;

use crate::cli::UploadArgs;
use crate::error::{Kind, Outcome, Result};
use crate::input::{self, LocalFile};
use crate::reuse::Records;
use indicatif::HumanBytes;

use crate::transfer::progress::Progress;
use crate::upload::{self, Route, Uploader};

use super::{Context, with_file};

pub async fn run(context: &Context, args: &UploadArgs, route: Route) -> Result<Outcome> {
    let output = &context.output;
    let mut outcome = Outcome::default();
    let paths = input::gather(&args.files, args.files_from.as_deref(), args.null)?;
    let checked = input::check_all(
        &paths,
        args.content_type.as_deref(),
        args.filename.as_deref(),
    );
    if args.dry_run {
        let records = match args.reuse.enabled {
            true => Some(dry_run_records(context)?),
            false => None,
        };
        for (shown, result) in &checked {
            let planned = result.clone().and_then(|file| {
                let reused = match &records {
                    Some(records) => reused_before(&file, records)?,
                    None => None,
                };
                Ok((file, reused))
            });
            match planned {
                Ok((file, reused)) => print_plan(context, &file, route, reused.as_deref()),
                Err(failure) => {
                    output.item_failed("file", shown, &failure);
                    outcome.record(failure.kind);
                }
            }
        }
        return Ok(outcome);
    }
    let mut files = Vec::with_capacity(checked.len());
    for (shown, result) in checked {
        match result {
            Ok(file) => files.push(file),
            Err(failure) => {
                output.item_failed("file", &shown, &failure);
                outcome.record(Kind::Input);
            }
        }
    }
    if outcome.failed() {
        output.note("nothing was uploaded; fix the files above and run again");
        return Ok(outcome);
    }

    let mut session = context.session()?;
    session.reuse = args.reuse.enabled;
    let total_bytes: u64 = files.iter().map(|f| f.size).sum();
    let progress = Progress::new(
        context.settings.progress,
        (files.len() > 1).then_some(total_bytes),
        output.screen(),
    );
    let uploader = Uploader {
        session: &session,
        progress: &progress,
        checksum: !args.no_checksum,
    };
    let started = Instant::now();
    let mut done = 0;
    let mut results = futures_util::stream::iter(&files)
        .map(|file| {
            let uploader = &uploader;
            async move { (file, uploader.upload(file, route).await) }
        })
        .buffered(usize::from(args.jobs));
    while let Some((file, result)) = results.next().await {
        match result {
            Ok(uploaded) => {
                done += 1;
                output.result(&uploaded.asset_id, &with_file(uploaded.answer, &file.shown));
                if !uploaded.completed {
                    output.note(&format!(
                        "{}: stored as {id} but not completed; finish with: heygen asset complete {id}",
                        file.shown,
                        id = uploaded.asset_id
                    ));
                }
            }
            Err(failure) => {
                output.item_failed("file", &file.shown, &failure);
                outcome.record(failure.kind);
            }
        }
    }
    progress.finish();
    if files.len() > 1 {
        let seconds = started.elapsed().as_secs_f64();
        output.note(&format!(
            "{} files: {done} done, {} failed, {} in {seconds:.1} s ({}/s)",
            files.len(),
            files.len() - done,
            HumanBytes(total_bytes),
            HumanBytes((total_bytes as f64 / seconds.max(0.001)) as u64),
        ));
    }
    Ok(outcome)
}

/// The records `--dry-run --reuse` reads: those of this base URL and key (none without a
/// state folder). Nothing is sent.
fn dry_run_records(context: &Context) -> Result<Records> {
    let settings = &context.settings;
    Ok(Records::new(
        settings.state_dir.as_deref(),
        &settings.base_url,
        settings.api_key()?,
    ))
}

/// The asset a file's bytes were uploaded as before, from the local records only.
fn reused_before(file: &LocalFile, records: &Records) -> Result<Option<String>> {
    let sha256 = crate::transfer::checksum::sha256_hex_blocking(&file.path)?;
    Ok(records.find(&(sha256, file.size)))
}

fn print_plan(context: &Context, file: &LocalFile, route: Route, reused: Option<&str>) {
    if let Some(id) = reused {
        let line = format!(
            "{}: {} bytes, {}, reused: uploaded before as {id} (local records; HeyGen is asked \
             at upload time)",
            file.shown, file.size, file.content_type
        );
        let plan = json!({
            "file": file.shown,
            "size_bytes": file.size,
            "content_type": file.content_type,
            "route": "reuse",
            "asset_id": id,
            "reason": "the same bytes were uploaded before with this key and base URL",
        });
        context.output.result(&line, &plan);
        return;
    }
    let (path, reason) = upload::plan(file, route);
    let line = format!(
        "{}: {} bytes, {}, {path} upload ({reason})",
        file.shown, file.size, file.content_type
    );
    let plan = json!({
        "file": file.shown,
        "size_bytes": file.size,
        "content_type": file.content_type,
        "route": path,
        "reason": reason,
    });
    context.output.result(&line, &plan);
}
