//! Asset routes: simple upload, direct-upload init, complete, and lookup.

use axum::body::Body;
use axum::extract::{Extension, FromRequest, Multipart, Path, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::{Map, Value, json};

use super::errors::{ApiError, answer};
use super::exchange::{Note, ReceivedPart};
use super::idempotency::{self, Begun};
use super::json::{allow_only, optional_sha256, read_object};
use super::library;
use super::model::{Asset, Status};
use super::s3::Head;
use super::spool::{self, Spool, Spooled, drain};
use super::state::{App, AppState};
use super::uploads::{Declared, check_stored, not_arrived, presign, unsupported_bytes};
use super::{log, random};

/// A form's file name as browsers send it (WHATWG HTML, multipart/form-data encoding): `"`,
/// CR and LF arrive as `%22`, `%0D` and `%0A`, and nothing else is encoded.
fn form_file_name(sent: &str) -> String {
    sent.replace("%22", "\"")
        .replace("%0D", "\r")
        .replace("%0A", "\n")
}

const MULTIPART_ONLY: &str = "POST /v3/assets takes multipart/form-data with exactly one part: a field named `file` carrying a filename.";

/// POST /v3/assets
pub async fn simple_upload(
    State(app): State<AppState>,
    Extension(note): Extension<Note>,
    request: Request,
) -> Response {
    let key = match idempotency::key(request.headers()) {
        Ok(key) => key,
        Err(error) => {
            drain(request.into_body(), app.max_simple_bytes).await;
            return error.into_response();
        }
    };
    let now = app.clock.now_secs();
    let ticket = match app.idempotency.begin("POST /v3/assets", key, now) {
        Begun::Fresh(ticket) => ticket,
        // The body is read either way: the client is sending it.
        Begun::Replay(answer) => {
            drain(request.into_body(), app.max_simple_bytes).await;
            return answer.into_response();
        }
        Begun::Busy => {
            drain(request.into_body(), app.max_simple_bytes).await;
            return idempotency::in_progress().into_response();
        }
    };
    let received = receive_file(&app, &note, request).await;
    let stored = received.and_then(|(file, mime, name)| store_simple(&app, file, mime, name));
    ticket.finish(answer(stored), now).into_response()
}

/// Streams the single `file` part to disk, recording every part seen.
async fn receive_file(
    app: &App,
    note: &Note,
    request: Request,
) -> Result<(Spooled, &'static str, String), ApiError> {
    let is_multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            let mut params = v.split(';').map(str::trim);
            params
                .next()
                .is_some_and(|essence| essence.eq_ignore_ascii_case("multipart/form-data"))
                && params.any(|p| p.to_ascii_lowercase().starts_with("boundary="))
        });
    if !is_multipart {
        drain(request.into_body(), app.max_simple_bytes).await;
        return Err(ApiError::invalid(MULTIPART_ONLY));
    }
    let malformed = |e: axum::extract::multipart::MultipartError| {
        ApiError::invalid(format!("Malformed multipart body: {e}."))
    };
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|_| ApiError::invalid(MULTIPART_ONLY))?;

    let mut parts = 0;
    let mut file: Option<(Spool, u64, String)> = None;
    while let Some(mut field) = multipart.next_field().await.map_err(malformed)? {
        parts += 1;
        let mut part = ReceivedPart {
            name: field.name().unwrap_or_default().to_string(),
            filename: field.file_name().map(form_file_name),
            content_type: field.content_type().map(str::to_string),
            len: 0,
        };
        let wanted = parts == 1
            && part.name == "file"
            && part.filename.as_deref().is_some_and(|f| !f.is_empty());
        let mut spool = if wanted {
            Some(Spool::new(&app.spool_dir(), false).map_err(ApiError::internal)?)
        } else {
            None
        };
        while let Some(chunk) = field.chunk().await.map_err(malformed)? {
            part.len += chunk.len() as u64;
            // Past the limit keep counting (for the message) but stop writing.
            if let Some(spool) = spool.as_mut()
                && part.len <= app.max_simple_bytes
            {
                spool.write(&chunk).await.map_err(ApiError::internal)?;
            }
        }
        if let Some(spool) = spool {
            file = Some((spool, part.len, part.filename.clone().unwrap_or_default()));
        }
        note.part(part);
    }

    let (spool, len, name) = match file {
        Some(file) if parts == 1 => file,
        _ => return Err(ApiError::invalid(MULTIPART_ONLY).param("file")),
    };
    if len > app.max_simple_bytes {
        return Err(ApiError::too_large(format!(
            "The file is {len} bytes; POST /v3/assets takes at most {} bytes. Use the direct upload flow (POST /v3/assets/direct-uploads) for larger files.",
            app.max_simple_bytes
        ))
        .param("file"));
    }
    if len == 0 {
        return Err(ApiError::field("file", "The file is empty."));
    }
    let spooled = spool.finish().await.map_err(ApiError::internal)?;
    let Some(mime) = spooled.stored.sniffed else {
        return Err(unsupported_bytes());
    };
    Ok((spooled, mime, name))
}

fn store_simple(
    app: &App,
    file: Spooled,
    mime: &'static str,
    name: String,
) -> Result<Value, ApiError> {
    let id = random::id("ast");
    let (size, stored) = (file.len, file.stored);
    file.keep(&app.object_path(&id))
        .map_err(ApiError::internal)?;
    app.registry().add_asset(Asset {
        id: id.clone(),
        name,
        created_at: app.clock.now_secs(),
        status: Status::Completed,
        size_bytes: size,
        mime_type: mime.to_string(),
        presigned: None,
        stored: Some(stored),
        batch: None,
    });
    Ok(json!({
        "asset_id": id,
        "url": app.file_url(&id),
        "mime_type": mime,
        "size_bytes": size,
    }))
}

/// POST /v3/assets/direct-uploads, run once per idempotency key.
pub fn init_direct_upload(app: &App, fields: &Map<String, Value>) -> Result<Value, ApiError> {
    let declared = Declared::read(app, fields)?;
    Ok(presign(app, &declared, None))
}

/// POST /v3/assets/{asset_id}/complete
pub async fn complete(
    State(app): State<AppState>,
    Extension(note): Extension<Note>,
    Path(asset_id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let claimed = read_object(&headers, body, &note).await.and_then(|fields| {
        allow_only(&fields, &["checksum_sha256"], "")?;
        optional_sha256(&fields, "checksum_sha256")
    });
    let result = match claimed {
        Ok(claimed) => finish(&app, &asset_id, claimed).await,
        Err(error) => Err(error),
    };
    answer(result).into_response()
}

async fn finish(app: &App, id: &str, claimed: Option<[u8; 32]>) -> Result<Value, ApiError> {
    let in_bucket = app
        .registry()
        .assets
        .get(id)
        .and_then(|asset| asset.presigned.as_ref()?.object_key.clone());
    if let (Some(bucket), Some(key)) = (&app.s3, in_bucket) {
        let head = bucket.head(&key, app.clock.now_secs()).await;
        if app.exchanges.log_requests {
            let outcome = match &head {
                Ok(Some(_)) => "found".to_string(),
                Ok(None) => "not found".to_string(),
                Err(why) => why.clone(),
            };
            log::line(&format!(
                "sandbox: HEAD s3://{}/{key} {outcome}",
                bucket.name()
            ));
        }
        let head = head.map_err(|why| {
            ApiError::new(
                StatusCode::BAD_GATEWAY,
                "internal_error",
                format!(
                    "The sandbox could not check the upload in bucket {}: {why}. Check the endpoint, the bucket and the AWS credentials the sandbox was started with.",
                    bucket.name()
                ),
            )
        })?;
        return finish_in_bucket(app, id, claimed, head);
    }
    if claimed.is_some() {
        hash_stored(app, id).await?;
    }
    finish_local(app, id, claimed)
}

/// Computes the SHA-256 of an asset's stored bytes when their arrival did not (no checksum was
/// declared), off the registry's lock and the async threads.
async fn hash_stored(app: &App, id: &str) -> Result<(), ApiError> {
    let unhashed = app
        .registry()
        .assets
        .get(id)
        .is_some_and(|asset| asset.stored.is_some_and(|s| s.digest.is_none()));
    if !unhashed {
        return Ok(());
    }
    let path = app.object_path(id);
    let digest = tokio::task::spawn_blocking(move || spool::sha256_of(&path))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    if let Some(stored) = app
        .registry()
        .assets
        .get_mut(id)
        .and_then(|a| a.stored.as_mut())
    {
        stored.digest.get_or_insert(digest);
    }
    Ok(())
}

/// Complete against what the bucket holds: its size and, when the store reports one, its
/// SHA-256 (S3 returns it for objects uploaded with `x-amz-checksum-sha256`). The bytes stay
/// in the bucket, so their type is not sniffed.
fn finish_in_bucket(
    app: &App,
    id: &str,
    claimed: Option<[u8; 32]>,
    head: Option<Head>,
) -> Result<Value, ApiError> {
    let mut registry = app.registry();
    let asset = registry
        .assets
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found(format!("No asset {id}.")))?;
    let head = head.ok_or_else(not_arrived)?;
    if head.size != asset.size_bytes {
        return Err(ApiError::invalid(format!(
            "The object in the bucket is {} bytes but init declared {}.",
            head.size, asset.size_bytes
        )));
    }
    let declared = asset.presigned.as_ref().and_then(|p| p.checksum);
    if claimed.is_some_and(|c| declared.is_some_and(|d| d != c)) {
        return Err(ApiError::field(
            "checksum_sha256",
            "`checksum_sha256` differs from the one given at init.",
        ));
    }
    // A store that checked the signed x-amz-checksum-sha256 cannot differ; say so if one does.
    if let Some(stored) = head.sha256.as_deref()
        && claimed
            .or(declared)
            .is_some_and(|c| BASE64.encode(c) != stored)
    {
        return Err(ApiError::field(
            "checksum_sha256",
            "`checksum_sha256` does not match the uploaded bytes.",
        ));
    }
    asset.status = Status::Completed;
    Ok(json!({
        "asset_id": asset.id,
        "url": app.file_url(&asset.id),
        "mime_type": asset.mime_type,
        "size_bytes": asset.size_bytes,
        "status": "processing",
    }))
}

fn finish_local(app: &App, id: &str, claimed: Option<[u8; 32]>) -> Result<Value, ApiError> {
    let mut registry = app.registry();
    let asset = registry
        .assets
        .get_mut(id)
        .ok_or_else(|| ApiError::not_found(format!("No asset {id}.")))?;
    let sniffed = check_stored(asset, claimed)?;
    asset.status = Status::Completed;
    Ok(json!({
        "asset_id": asset.id,
        "url": app.file_url(&asset.id),
        "mime_type": sniffed,
        "size_bytes": asset.size_bytes,
        "status": "processing",
    }))
}

/// GET /v3/assets/{asset_id}
pub async fn get_asset(State(app): State<AppState>, Path(asset_id): Path<String>) -> Response {
    let registry = app.registry();
    let result = registry
        .assets
        .get(&asset_id)
        .map(|asset| library::asset_json(&app, asset))
        .ok_or_else(|| ApiError::not_found(format!("No asset {asset_id}.")));
    answer(result).into_response()
}
