//! `heygen asset upload` and `heygen asset direct-upload`: validate every file first, then
//! upload `--jobs` at a time, printing results in argument order as soon as each and all
//! before it are done.

use std::time::Instant;

use futures_util::StreamExt;
use serde_json::json;

use crate::cli::UploadArgs;
use crate::error::{Kind, Outcome, Result};
use crate::input::{self, LocalFile};
use crate::session::Session;
use indicatif::HumanBytes;

use crate::transfer::progress::Progress;
use crate::upload::{self, Route, Uploaded, Uploader};

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
        for (shown, result) in &checked {
            match result {
                Ok(file) => print_plan(context, file, route),
                Err(failure) => {
                    output.item_failed("file", shown, failure);
                    outcome.record(Kind::Input);
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

    let session = context.session()?;
    let total_bytes: u64 = files.iter().map(|f| f.size).sum();
    let started = Instant::now();
    let mut done = 0;
    let batch = Batch {
        route,
        jobs: args.jobs,
        checksum: !args.no_checksum,
    };
    batch
        .upload(context, &session, &files, |file, result| match result {
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
        })
        .await;
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

/// How a batch of checked files goes up; shared by every command that uploads local files.
pub(super) struct Batch {
    pub route: Route,
    /// How many files go up at once.
    pub jobs: u16,
    pub checksum: bool,
}

impl Batch {
    /// Uploads files that passed validation, `jobs` at a time, with progress, and hands each
    /// result to `each` in argument order, as soon as it and all before it are done.
    pub async fn upload(
        &self,
        context: &Context,
        session: &Session,
        files: &[LocalFile],
        mut each: impl FnMut(&LocalFile, Result<Uploaded>),
    ) {
        let total_bytes: u64 = files.iter().map(|f| f.size).sum();
        let progress = Progress::new(
            context.settings.progress,
            (files.len() > 1).then_some(total_bytes),
            context.output.screen(),
        );
        let uploader = Uploader {
            session,
            progress: &progress,
            checksum: self.checksum,
        };
        let mut results = futures_util::stream::iter(files)
            .map(|file| {
                let uploader = &uploader;
                async move { (file, uploader.upload(file, self.route).await) }
            })
            .buffered(usize::from(self.jobs));
        while let Some((file, result)) = results.next().await {
            each(file, result);
        }
        progress.finish();
    }
}

fn print_plan(context: &Context, file: &LocalFile, route: Route) {
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
