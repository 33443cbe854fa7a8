//! `heygen asset complete`: finalize direct uploads whose bytes have arrived.

use crate::error::{Kind, Outcome, Result};
use crate::input::check_asset_id;

use super::Context;

pub async fn run(context: &Context, asset_ids: &[String]) -> Result<Outcome> {
    let output = &context.output;
    let mut outcome = Outcome::default();
    for id in asset_ids {
        if let Err(failure) = check_asset_id(id) {
            output.item_failed("asset_id", id, &failure);
            outcome.record(Kind::Input);
        }
    }
    if outcome.failed() {
        return Ok(outcome);
    }
    let session = context.session()?;
    let api = session.api();
    for id in asset_ids {
        match api.complete(id, None).await {
            Ok(answer) => output.result(id, &answer),
            Err(failure) => {
                output.item_failed("asset_id", id, &failure);
                outcome.record(failure.kind);
            }
        }
    }
    Ok(outcome)
}
