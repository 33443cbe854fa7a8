//! `heygen asset upload` and `heygen asset direct-upload`: validate every file first, then
//! keep `--jobs` uploads in flight while files are left, whatever order they finish in,
//! printing results in argument order as soon as each and all before it are done.

use std::time::Instant;

use serde_json::json;

use crate::cli::UploadArgs;
use crate::error::{Failure, Kind, Outcome, Result};
use crate::transfer::local_file::LocalFile;
use crate::ui::output::Stdout;
use crate::ui::progress::figures;
use crate::upload::input;
use crate::upload::reuse::ReuseRecords;
use crate::upload::scheduler::Scheduler;
use crate::upload::{self, Route, batch};

use crate::commands::{Context, with_file};

pub async fn run(context: &Context, args: &UploadArgs, route: Route) -> Result<Outcome> {
    let output = &context.output;
    let mut outcome = Outcome::default();
    let paths = input::gather(&args.files, args.files_from.as_deref(), args.null)?;
    input::check_filename(&paths, args.filename.as_deref())?;
    let checked = input::check_all(
        &paths,
        args.content_type.as_deref(),
        args.filename.as_deref(),
    );
    if args.dry_run {
        return dry_run(context, args, route, checked);
    }
    let mut files = Vec::with_capacity(checked.len());
    // With --skip-invalid, each skipped file's line comes in its place among the results.
    let mut positions = Vec::with_capacity(checked.len());
    let mut skips = std::collections::VecDeque::new();
    for (position, (shown, result)) in checked.into_iter().enumerate() {
        match result {
            Ok(file) => {
                files.push(file);
                positions.push(position);
            }
            Err(failure) if args.skip_invalid => {
                skips.push_back((position, shown, failure.advice("skipped")));
            }
            Err(failure) => {
                output.item_failed("file", &shown, &failure);
                outcome.record(Kind::Input);
            }
        }
    }
    let skipped = skips.len();
    let show_skips = |skips: &mut std::collections::VecDeque<(usize, String, Failure)>,
                      before: usize| {
        while skips
            .front()
            .is_some_and(|(position, _, _)| *position < before)
        {
            if let Some((_, shown, failure)) = skips.pop_front() {
                output.item_failed("file", &shown, &failure);
            }
        }
    };
    if files.is_empty() {
        // Every file was invalid, skipped or not.
        show_skips(&mut skips, usize::MAX);
        outcome.record(Kind::Input);
    }
    if outcome.failed() {
        show_skips(&mut skips, usize::MAX);
        output.note(
            "nothing was uploaded; fix the files above and run again, or add --skip-invalid to \
             upload the others",
        );
        return Ok(outcome);
    }

    let mut client = context.client().await?;
    client.reuse = args.reuse.enabled;
    let total_bytes: u64 = files.iter().map(|f| f.size).sum();
    let started = Instant::now();
    let (mut done, mut reused) = (0, 0);
    let scheduler = Scheduler {
        route,
        jobs: args.jobs,
        checksum: !args.no_checksum,
        progress: context.progress_mode(),
        batch_from: context.batch_from(args.batch.when),
    };
    let mut next = 0;
    scheduler
        .upload(&client, &files, |file, result| {
            show_skips(&mut skips, positions[next]);
            next += 1;
            match result {
            Ok(uploaded) => {
                done += 1;
                reused += usize::from(uploaded.reused);
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
                output.failed(&mut outcome, "file", &file.shown, &failure);
            }
        }})
        .await;
    if output.stdout() != Stdout::Closed {
        show_skips(&mut skips, usize::MAX);
    }
    client.http.end_run();
    if paths.len() > 1 && output.stdout() != Stdout::Closed {
        let seconds = started.elapsed().as_secs_f64();
        let skipped = match skipped {
            0 => String::new(),
            n => format!(", {n} skipped"),
        };
        let reused = match reused {
            0 => String::new(),
            n => format!(" ({n} reused)"),
        };
        output.note(&format!(
            "{} files: {done} done{reused}, {} failed{skipped}, {} in {seconds:.1} s ({})",
            paths.len(),
            files.len() - done,
            figures::amount(total_bytes),
            figures::rate(figures::average(total_bytes, started.elapsed())),
        ));
    }
    Ok(outcome)
}

/// A checked file, and the asset its bytes already are when the reuse records know them.
type Planned = (LocalFile, Option<String>);

/// `--dry-run`: each file's plan (or why it is refused), in argument order. With `--reuse`
/// the local records alone are read: nothing is sent.
fn dry_run(
    context: &Context,
    args: &UploadArgs,
    route: Route,
    checked: Vec<(String, Result<LocalFile>)>,
) -> Result<Outcome> {
    let records = match args.reuse.enabled {
        true => Some(dry_run_records(context)?),
        false => None,
    };
    let rows: Vec<(String, Result<Planned>)> = checked
        .into_iter()
        .map(|(shown, checked)| {
            let planned = checked.and_then(|file| {
                let reused = match &records {
                    Some(records) => reused_before(&file, records)?,
                    None => None,
                };
                Ok((file, reused))
            });
            (shown, planned)
        })
        .collect();
    // The files that would go up, and which batch each would be in.
    let uploading: Vec<&LocalFile> = rows
        .iter()
        .filter_map(|(_, row)| match row {
            Ok((file, None)) => Some(file),
            _ => None,
        })
        .collect();
    let batch_from = match route {
        Route::Direct { complete: false } => None,
        _ => context.batch_from(args.batch.when),
    };
    let mut batch_of = vec![None; uploading.len()];
    if batch_from.is_some_and(|from| uploading.len() >= from) {
        let sizes: Vec<u64> = uploading.iter().map(|f| f.size).collect();
        let batches = batch::plan(&sizes);
        for (n, positions) in batches.iter().enumerate() {
            for &p in positions {
                batch_of[p] = Some((n + 1, batches.len()));
            }
        }
    }
    let mut outcome = Outcome::default();
    let mut valid = 0;
    let mut batch_of = batch_of.into_iter();
    for (shown, row) in rows {
        match row {
            Ok((file, reused)) => {
                valid += 1;
                let batch = match reused {
                    None => batch_of.next().flatten(),
                    Some(_) => None,
                };
                print_plan(context, &file, route, reused.as_deref(), batch);
            }
            Err(failure) if args.skip_invalid && failure.kind == Kind::Input => {
                context
                    .output
                    .item_failed("file", &shown, &failure.advice("skipped"));
            }
            Err(failure) => {
                context
                    .output
                    .failed(&mut outcome, "file", &shown, &failure);
            }
        }
    }
    if valid == 0 {
        outcome.record(Kind::Input);
    }
    Ok(outcome)
}

/// The records `--dry-run --reuse` reads: those of this base URL and key (none without a
/// state folder). Nothing is sent.
fn dry_run_records(context: &Context) -> Result<ReuseRecords> {
    let settings = &context.settings;
    let (key, _) = settings.key_and_source()?;
    Ok(ReuseRecords::new(
        settings.state_dir.as_deref(),
        &settings.base_url()?,
        &key,
    ))
}

/// The asset a file's bytes were uploaded as before, from the local records only.
fn reused_before(file: &LocalFile, records: &ReuseRecords) -> Result<Option<String>> {
    let sha256 = crate::transfer::checksum::sha256_hex_blocking(&file.path)?;
    Ok(records.find(&(sha256, file.size)))
}

fn print_plan(
    context: &Context,
    file: &LocalFile,
    route: Route,
    reused: Option<&str>,
    batch: Option<(usize, usize)>,
) {
    if let Some(id) = reused {
        let line = format!(
            "{}: {} bytes, {}, reused: uploaded before as {id} (reuse records; HeyGen is asked \
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
    if let Some((n, of)) = batch {
        let line = format!(
            "{}: {} bytes, {}, batch upload (batch {n} of {of}: HeyGen's batch direct upload, \
             one request presigns up to 100 files)",
            file.shown, file.size, file.content_type
        );
        let plan = json!({
            "file": file.shown,
            "size_bytes": file.size,
            "content_type": file.content_type,
            "route": "batch",
            "batch": n,
            "batches": of,
            "reason": "a run of many files goes through HeyGen's batch direct upload",
        });
        context.output.result(&line, &plan);
        return;
    }
    let (path, reason) = upload::plan(file, route);
    let line = format!(
        "{}: {} bytes, {}, {path} upload ({reason})",
        file.shown, file.size, file.content_type
    );
    let mut plan = json!({
        "file": file.shown,
        "size_bytes": file.size,
        "content_type": file.content_type,
        "route": path,
        "reason": reason,
    });
    if path == "direct" {
        plan["usual_max_bytes"] = json!(upload::USUAL_DIRECT_CAP);
    }
    context.output.result(&line, &plan);
}
