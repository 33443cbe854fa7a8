//! `heygen asset status ID...`: whether each asset is queued, processing, completed or failed
//! (100 ids a request); `--wait` polls until none is queued or processing.

use crate::api::library::{AssetStatus, MAX_PER_REQUEST};
use crate::cli::StatusArgs;
use crate::error::{Failure, Outcome, Result};
use crate::ui::wait::Poll;
use crate::upload::client::Client;

use crate::commands::Context;
use crate::commands::asset::check_ids;

pub async fn run(context: &Context, args: &StatusArgs) -> Result<Outcome> {
    check_ids(&args.ids)?;
    let client = context.client().await?;
    let statuses = match args.wait {
        false => read(&client, &args.ids).await?,
        true => {
            let subject = format!("{} asset(s)", args.ids.len());
            let resume = format!("heygen asset status {} --wait", args.ids.join(" "));
            let mut waiter = context.waiter();
            waiter
                .until(&subject, &resume, || async {
                    let statuses = read(&client, &args.ids).await?;
                    let busy = statuses.iter().filter(|s| is_busy(&s.status)).count();
                    match busy {
                        0 => Ok(Poll::Done(statuses)),
                        n => Ok(Poll::Pending {
                            status: format!("{n} still queued or processing"),
                            progress: None,
                        }),
                    }
                })
                .await?
        }
    };
    let mut outcome = Outcome::default();
    for status in statuses {
        match status.status.as_str() {
            "failed" | "not_found" => {
                let reason = status.answer["error"]["message"]
                    .as_str()
                    .or(status.answer["error"].as_str())
                    .unwrap_or(match status.status.as_str() {
                        "not_found" => "HeyGen has no such asset",
                        _ => "no reason given",
                    });
                let failure = Failure::remote(format!("{}: {reason}", status.status))
                    .with_code(status.status.clone());
                context
                    .output
                    .failed(&mut outcome, "asset_id", &status.asset_id, &failure);
            }
            _ => context.output.result_fields(
                &[status.asset_id.clone(), status.status.clone()],
                &status.answer,
            ),
        }
    }
    Ok(outcome)
}

fn is_busy(status: &str) -> bool {
    matches!(status, "queued" | "processing")
}

/// Every id's status, 100 ids a request, in the order asked.
async fn read(client: &Client, ids: &[String]) -> Result<Vec<AssetStatus>> {
    let mut all = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(MAX_PER_REQUEST) {
        all.extend(client.api().asset_statuses(chunk).await?);
    }
    Ok(all)
}
