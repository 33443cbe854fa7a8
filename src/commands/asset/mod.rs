//! `heygen asset ...`: uploads, the records kept of them, and the library at HeyGen.

pub mod complete;
pub mod delete;
pub mod forget;
pub mod get;
pub mod list;
pub mod pending;
mod rows;
pub mod status;
pub mod upload;

use serde_json::Value;

use crate::error::{Failure, Result};
use crate::upload::input;

/// Refuses, before anything is sent, an id that cannot be an asset's.
fn check_ids(ids: &[String]) -> Result<()> {
    for id in ids {
        input::check_asset_id(id).map_err(|failure| failure.context(format!("{id:?}")))?;
    }
    Ok(())
}

/// An answer the API may have found nothing for, as the item's failure `not_found` when it did
/// not (`missing` says what that means for this command).
fn found(missing: &'static str) -> impl FnOnce(Option<Value>) -> Result<Value> {
    move |answer| answer.ok_or_else(|| Failure::remote(missing).with_code("not_found"))
}
