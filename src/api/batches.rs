//! HeyGen's batch direct upload: one init presigns up to 100 files, one complete hands them
//! over, and the batch's pages say what became of each.

use serde_json::{Value, json};

use super::types::DirectUpload;
use super::{Api, COMPLETE_ATTEMPTS, IDEMPOTENCY_KEY, header_value, idempotency_key};
use crate::error::{Failure, Result};
use crate::net::http::{Budget, Method, StatusCode};
use crate::transfer::local_file::LocalFile;
use crate::util::text::is_id;

/// At most this many files per batch, as HeyGen allows.
pub const MAX_FILES: usize = 100;

/// The answer to a batch init: its id and one presigned upload per file, in the order sent.
#[derive(Debug)]
pub struct BatchInit {
    pub batch_id: String,
    pub items: Vec<DirectUpload>,
}

/// What became of one item, as a page of the batch says.
#[derive(Debug, Clone)]
pub struct BatchItem {
    pub index: usize,
    /// queued, processing, completed or failed.
    pub status: String,
    pub asset_id: String,
    /// HeyGen's code and message for a failed item.
    pub error: Option<(String, String)>,
}

/// One page of a batch's items.
#[derive(Debug)]
pub struct BatchPage {
    pub items: Vec<BatchItem>,
    pub next_token: Option<String>,
}

impl Api<'_> {
    /// `POST /v3/assets/direct-uploads/batches`, each file with its SHA-256 when known. The
    /// idempotency key is the caller's, so that a retry gets the same batch.
    pub async fn create_batch(
        &self,
        files: &[(&LocalFile, Option<&str>)],
        idempotency: &str,
    ) -> Result<BatchInit> {
        let files: Vec<Value> = files
            .iter()
            .map(|(file, checksum)| {
                let mut item = json!({
                    "filename": file.name,
                    "content_type": file.content_type,
                    "size_bytes": file.size,
                });
                if let Some(checksum) = checksum {
                    item["checksum_sha256"] = json!(checksum);
                }
                item
            })
            .collect();
        let body = json!({ "files": files });
        let answer = self
            .http
            .send_within(super::CREATE, || {
                Ok(self
                    .request(Method::POST, "/v3/assets/direct-uploads/batches")?
                    .header(IDEMPOTENCY_KEY, header_value(idempotency)?)
                    .json(&body))
            })
            .await?;
        let answer = self.read(&answer)?;
        let malformed = |what: &str| {
            Failure::remote(format!(
                "HeyGen's batch answer is malformed ({what}); nothing was uploaded, try again"
            ))
        };
        let batch_id = answer["data"]["batch_id"]
            .as_str()
            .filter(|id| is_id(id))
            .ok_or_else(|| malformed("no valid \"batch_id\""))?
            .to_string();
        let items = answer["data"]["items"]
            .as_array()
            .filter(|items| items.len() == files.len())
            .ok_or_else(|| malformed("not one item per file"))?;
        let items = items
            .iter()
            .map(|item| DirectUpload::from_answer(json!({ "data": item })))
            .collect::<Result<_>>()?;
        Ok(BatchInit { batch_id, items })
    }

    /// `POST /v3/assets/complete/batches`, tried again while storage has not caught up (409),
    /// as a single complete is.
    pub async fn complete_batch(&self, batch_id: &str) -> Result<()> {
        let budget = Budget {
            also_retry: Some(StatusCode::CONFLICT),
            attempts: Some(COMPLETE_ATTEMPTS),
        };
        let body = json!({ "batch_id": batch_id });
        let answer = self
            .post_json(
                "/v3/assets/complete/batches",
                &body,
                &idempotency_key(),
                budget,
            )
            .await?;
        self.read(&answer).map(drop)
    }

    /// `GET /v3/assets/batches/{batch_id}`: a page of items, from `token` on.
    pub async fn batch_page(&self, batch_id: &str, token: Option<&str>) -> Result<BatchPage> {
        let mut path = format!("/v3/assets/batches/{batch_id}?limit={MAX_FILES}");
        if let Some(token) = token {
            path.push_str("&token=");
            path.push_str(
                &percent_encoding::utf8_percent_encode(token, percent_encoding::NON_ALPHANUMERIC)
                    .to_string(),
            );
        }
        let answer = self.get(&path).await?;
        let data = &answer["data"];
        let items = data["items"]
            .as_array()
            .ok_or_else(|| Failure::remote("HeyGen's batch page holds no \"items\" list"))?
            .iter()
            .map(read_item)
            .collect::<Result<_>>()?;
        let next_token = match data["has_more"].as_bool() {
            Some(true) => data["next_token"].as_str().map(str::to_string),
            _ => None,
        };
        Ok(BatchPage { items, next_token })
    }
}

fn read_item(item: &Value) -> Result<BatchItem> {
    let malformed = || Failure::remote("HeyGen's batch page holds an item without its index or id");
    let index = item["item_index"].as_u64().ok_or_else(malformed)? as usize;
    let asset_id = item["video_id"]
        .as_str()
        .filter(|id| is_id(id))
        .ok_or_else(malformed)?
        .to_string();
    let error = item.get("error").filter(|e| !e.is_null()).map(|error| {
        let text = |name: &str| error[name].as_str().unwrap_or_default().to_string();
        (text("code"), text("message"))
    });
    Ok(BatchItem {
        index,
        status: item["status"].as_str().unwrap_or("unknown").to_string(),
        asset_id,
        error,
    })
}
