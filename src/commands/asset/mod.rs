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

use crate::error::Result;
use crate::upload::input;

/// Refuses, before anything is sent, an id that cannot be an asset's.
fn check_ids(ids: &[String]) -> Result<()> {
    for id in ids {
        input::check_asset_id(id).map_err(|failure| failure.context(format!("{id:?}")))?;
    }
    Ok(())
}
