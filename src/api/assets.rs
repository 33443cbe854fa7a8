//! `GET /v3/assets/{asset_id}`: whether an asset uploaded before still exists.

use serde_json::Value;

use super::Api;
use crate::error::Result;
use crate::net::http::{Method, StatusCode};

impl Api<'_> {
    /// The asset's answer (`{"data": {"id", ...}}`), or `None` when HeyGen has no such asset
    /// (404: deleted).
    pub async fn asset(&self, asset_id: &str) -> Result<Option<Value>> {
        let path = format!("/v3/assets/{asset_id}");
        let answer = self.http.send(|| self.request(Method::GET, &path)).await?;
        if answer.status == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        self.read(&answer).map(Some)
    }
}
