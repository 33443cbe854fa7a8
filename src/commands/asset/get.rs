//! `heygen asset get ID...`: each asset as the list shows it; a missing one is its own error.

use crate::cli::AssetIdsArgs;
use crate::error::{Failure, Kind, Outcome, Result};

use crate::commands::Context;
use crate::commands::asset::{check_ids, rows};

pub async fn run(context: &Context, args: &AssetIdsArgs) -> Result<Outcome> {
    check_ids(&args.ids)?;
    let client = context.client().await?;
    let mut outcome = Outcome::default();
    let (mut assets, mut answers) = (Vec::new(), Vec::new());
    for id in &args.ids {
        match client.api().asset(id).await {
            Ok(Some(answer)) => {
                assets.push(answer["data"].clone());
                answers.push(answer);
            }
            Ok(None) => {
                let failure = Failure::remote("HeyGen has no such asset (deleted, or never made)")
                    .with_code("not_found");
                context.output.item_failed("asset_id", id, &failure);
                outcome.record(Kind::Remote);
            }
            Err(failure) => {
                context.output.item_failed("asset_id", id, &failure);
                outcome.record(failure.kind);
            }
        }
    }
    rows::print(context, &assets, Some(&answers));
    Ok(outcome)
}
