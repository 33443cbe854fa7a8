//! `heygen asset complete`: finalize direct uploads whose bytes have arrived, named by id or
//! found in the resume records (`--pending`).

use crate::cli::CompleteArgs;
use crate::error::{Kind, Outcome, Result};
use crate::ui::output::Stdout;
use crate::upload::input::check_asset_id;
use crate::upload::resume::Step;

use crate::commands::Context;

pub async fn run(context: &Context, args: &CompleteArgs) -> Result<Outcome> {
    let output = &context.output;
    let mut outcome = Outcome::default();
    for id in &args.asset_ids {
        if let Err(failure) = check_asset_id(id) {
            output.item_failed("asset_id", id, &failure);
            outcome.record(Kind::Input);
        }
    }
    if outcome.failed() {
        return Ok(outcome);
    }
    let client = context.client().await?;
    // Each id with the checksum its resume record holds, so storage verifies the bytes.
    let mut ids: Vec<(String, Option<String>)> =
        args.asset_ids.iter().map(|id| (id.clone(), None)).collect();
    if args.pending {
        // Only this API's and key's: another environment's assets are left for it.
        for entry in client.resume_records.entries_here() {
            match (entry.step, entry.asset_id) {
                (Step::Uploaded, Some(id)) if !ids.iter().any(|(known, _)| *known == id) => {
                    ids.push((id, entry.sha256));
                }
                (Step::Uploaded, _) => {}
                _ => output.note(&format!(
                    "{}: its bytes were not all stored; run the same upload again to resume it",
                    entry.path.display()
                )),
            }
        }
        if ids.is_empty() {
            output.note("no uploads are waiting to be completed");
        }
    }
    let api = client.api();
    for (id, checksum) in &ids {
        // A reader that closed stdout wants no more results: nothing new is started.
        if output.stdout() == Stdout::Closed {
            break;
        }
        match api.complete(id, checksum.as_deref()).await {
            Ok(answer) => {
                client.resume_records.remove_asset(id);
                output.result(id, &answer);
            }
            Err(failure) => {
                output.failed(&mut outcome, "asset_id", id, &failure);
            }
        }
    }
    Ok(outcome)
}
