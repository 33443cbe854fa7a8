//! The asset library: the list (beta, one owner at a time), delete, and the statuses of assets
//! that are still being processed.

use serde_json::Value;

use super::Api;
use crate::error::{Failure, Result};
use crate::net::http::{Method, StatusCode};

/// At most this many ids per statuses request, and items per page of the list.
pub const MAX_PER_REQUEST: usize = 100;

/// One page of the list: HeyGen's asset objects, newest first.
pub struct AssetPage {
    pub assets: Vec<Value>,
    pub next_token: Option<String>,
}

/// An asset's processing status, as the statuses endpoint says.
#[derive(Debug, Clone)]
pub struct AssetStatus {
    pub asset_id: String,
    /// queued, processing, completed, failed or not_found.
    pub status: String,
    pub answer: Value,
}

impl Api<'_> {
    /// `GET /v3/assets?username=&limit=&token=&folder_id=`: one page.
    pub async fn list_assets(
        &self,
        username: &str,
        limit: usize,
        token: Option<&str>,
        folder_id: Option<&str>,
    ) -> Result<AssetPage> {
        let mut query = vec![
            ("username", username.to_string()),
            ("limit", limit.to_string()),
        ];
        query.extend(token.map(|t| ("token", t.to_string())));
        query.extend(folder_id.map(|f| ("folder_id", f.to_string())));
        let answer = self.get(&format!("/v3/assets?{}", encode(&query))).await?;
        let assets = answer["data"]
            .as_array()
            .ok_or_else(|| Failure::remote("HeyGen's asset list holds no \"data\" list"))?
            .clone();
        let next_token = match answer["has_more"].as_bool() {
            Some(true) => answer["next_token"].as_str().map(str::to_string),
            _ => None,
        };
        Ok(AssetPage { assets, next_token })
    }

    /// `DELETE /v3/assets/{asset_id}`; `None` when HeyGen has no such asset (404).
    pub async fn delete_asset(&self, asset_id: &str) -> Result<Option<Value>> {
        let path = format!("/v3/assets/{asset_id}");
        let answer = self
            .http
            .send(|| self.request(Method::DELETE, &path))
            .await?;
        if answer.status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        self.read(&answer).map(Some)
    }

    /// `GET /v3/assets/statuses?asset_ids=...` for at most 100 ids.
    pub async fn asset_statuses(&self, asset_ids: &[String]) -> Result<Vec<AssetStatus>> {
        let query = encode(&[("asset_ids", asset_ids.join(","))]);
        let answer = self.get(&format!("/v3/assets/statuses?{query}")).await?;
        let items = answer["data"]
            .as_array()
            .ok_or_else(|| Failure::remote("HeyGen's statuses answer holds no \"data\" list"))?;
        Ok(items
            .iter()
            .map(|item| AssetStatus {
                asset_id: item["video_id"].as_str().unwrap_or_default().to_string(),
                status: item["status"].as_str().unwrap_or("unknown").to_string(),
                answer: item.clone(),
            })
            .collect())
    }
}

/// A query string, each value percent-encoded.
fn encode(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(name, value)| {
            let value =
                percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC);
            format!("{name}={value}")
        })
        .collect::<Vec<_>>()
        .join("&")
}
