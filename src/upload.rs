//! One file's way into HeyGen: the simple multipart POST up to 32,000,000 bytes, the
//! presigned flow (checksum, init, PUT, complete) above that or when asked for.

use serde_json::Value;

use crate::api::Api;
use crate::error::{Failure, Result};
use crate::http::{Activity, Http};
use crate::input::LocalFile;
use crate::transfer::{body, checksum, progress, put};

/// The simple path's limit. HeyGen says "32 MB" without saying which; at or under 32×10^6
/// bytes is safe either way.
pub const SIMPLE_LIMIT: u64 = 32_000_000;

#[derive(Debug, Clone, Copy)]
pub enum Route {
    /// Simple up to `SIMPLE_LIMIT`, presigned above.
    BySize,
    /// Presigned whatever the size; `complete: false` stops after the PUT.
    Direct { complete: bool },
}

pub struct Uploaded {
    pub asset_id: String,
    /// HeyGen's last answer for the file (`{"data": {...}}`), secrets removed.
    pub answer: Value,
    pub completed: bool,
}

pub struct Uploader<'a> {
    pub api: &'a Api<'a>,
    pub http: &'a Http,
    pub progress: bool,
}

impl Uploader<'_> {
    pub async fn upload(&self, file: &LocalFile, route: Route) -> Result<Uploaded> {
        match route {
            Route::BySize if file.size <= SIMPLE_LIMIT => self.simple(file).await,
            Route::BySize => self.direct(file, true).await,
            Route::Direct { complete } => self.direct(file, complete).await,
        }
    }

    async fn simple(&self, file: &LocalFile) -> Result<Uploaded> {
        let activity = Activity::default();
        let bar = progress::file_bar(self.progress, &file.name, file.size);
        let body = body::file_body(file, bar.clone(), activity.clone()).await?;
        let answer = self.api.upload_simple(file, body, &activity).await;
        bar.finish_and_clear();
        let answer = answer?;
        Ok(Uploaded {
            asset_id: asset_id(&answer)?,
            answer,
            completed: true,
        })
    }

    async fn direct(&self, file: &LocalFile, complete: bool) -> Result<Uploaded> {
        let checksum = checksum::sha256_hex(file.path.clone()).await?;
        let upload = self.api.init_direct(file, Some(&checksum)).await?;
        if let Some(max) = upload.max_bytes.filter(|max| file.size > *max) {
            return Err(Failure::input(format!(
                "{} bytes is over HeyGen's direct-upload limit of {max} bytes (max_bytes); \
                 nothing was uploaded",
                file.size
            )));
        }
        put::put(self.http, &upload, file, self.progress).await?;
        if !complete {
            return Ok(Uploaded {
                asset_id: upload.asset_id.clone(),
                answer: upload.public_answer(),
                completed: false,
            });
        }
        let answer = self.api.complete(&upload.asset_id, Some(&checksum)).await?;
        Ok(Uploaded {
            asset_id: upload.asset_id,
            answer,
            completed: true,
        })
    }
}

fn asset_id(answer: &Value) -> Result<String> {
    answer
        .pointer("/data/asset_id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| Failure::remote("HeyGen's answer has no data.asset_id; try again"))
}
