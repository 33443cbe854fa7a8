//! `heygen asset upload` and `heygen asset direct-upload`.

use crate::cli::UploadArgs;
use crate::error::{Kind, Outcome, Result};
use crate::input;
use crate::upload::{Route, Uploader};

use super::{Context, with_file};

pub async fn run(context: &Context, args: &UploadArgs, route: Route) -> Result<Outcome> {
    let output = &context.output;
    let mut outcome = Outcome::default();
    let files = match input::check_all(&args.files, args.content_type.as_deref()) {
        Ok(files) => files,
        Err(problems) => {
            for (shown, failure) in &problems {
                output.item_failed("file", shown, failure);
            }
            output.note("nothing was uploaded; fix the files above and run again");
            outcome.record(Kind::Input);
            return Ok(outcome);
        }
    };
    let session = context.session()?;
    let uploader = Uploader {
        session: &session,
        checksum: !args.no_checksum,
    };
    for file in &files {
        match uploader.upload(file, route).await {
            Ok(uploaded) => {
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
    Ok(outcome)
}
