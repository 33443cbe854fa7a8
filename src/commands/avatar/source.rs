//! What an avatar request is made from (a local file, uploaded first; an asset id; or a URL
//! HeyGen fetches), as the `{"type": ...}` asset input HeyGen reads: one way for `avatar
//! create` and `avatar consent`.

use serde_json::{Value, json};

use crate::error::Result;
use crate::transfer::local_file::LocalFile;
use crate::ui::progress::Progress;
use crate::upload::client::Client;
use crate::upload::{Route, Uploader};

/// Checked before anything is sent.
pub enum Source {
    File(LocalFile),
    AssetId(String),
    Url(String),
}

impl Source {
    /// The asset input of this source, a file uploaded first (any size, checksummed).
    pub async fn asset_input(&self, client: &Client, progress: &Progress) -> Result<Value> {
        Ok(match self {
            Source::File(file) => {
                let uploader = Uploader {
                    client,
                    progress,
                    checksum: true,
                };
                let uploaded = uploader.upload(file, Route::BySize).await?;
                json!({"type": "asset_id", "asset_id": uploaded.asset_id})
            }
            Source::AssetId(id) => json!({"type": "asset_id", "asset_id": id}),
            Source::Url(url) => json!({"type": "url", "url": url}),
        })
    }
}
