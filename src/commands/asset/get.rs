//! `heygen asset get ID...`: each asset as the list shows it; a missing one is its own error.

use crate::cli::AssetIdsArgs;
use crate::error::{Outcome, Result};

use crate::commands::Context;
use crate::commands::asset::{check_ids, found, rows};

pub async fn run(context: &Context, args: &AssetIdsArgs) -> Result<Outcome> {
    check_ids(&args.ids)?;
    let client = context.client().await?;
    let mut outcome = Outcome::default();
    let (mut assets, mut answers) = (Vec::new(), Vec::new());
    for id in &args.ids {
        let missing = "HeyGen has no such asset (deleted, or never made)";
        match client.api().asset(id).await.and_then(found(missing)) {
            Ok(answer) => {
                assets.push(answer["data"].clone());
                answers.push(answer);
            }
            Err(failure) => context
                .output
                .failed(&mut outcome, "asset_id", id, &failure),
        }
    }
    rows::print(context, &assets, Some(&answers));
    Ok(outcome)
}
