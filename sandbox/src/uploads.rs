//! Presigned uploads, single or in a batch: what init declares, checked; the asset and URL
//! made for it; and the stored bytes checked against the declaration at completion.

use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::{Map, Value, json};

use super::errors::ApiError;
use super::json::{allow_only, optional_sha256};
use super::model::{Asset, Presigned, Status};
use super::random;
use super::s3::object_key;
use super::signing::{ALGORITHM, Canonical, format_amz_date};
use super::sigv4::percent_encode;
use super::sniff::{is_supported, supported_list};
use super::state::App;

/// One file as an init declares it (alone, or as an item of a batch), checked.
pub struct Declared<'a> {
    pub filename: &'a str,
    pub content_type: &'a str,
    pub size: u64,
    pub checksum: Option<[u8; 32]>,
}

impl<'a> Declared<'a> {
    pub fn read(app: &App, fields: &'a Map<String, Value>) -> Result<Declared<'a>, ApiError> {
        allow_only(
            fields,
            &["filename", "content_type", "size_bytes", "checksum_sha256"],
            "",
        )?;
        let filename = match fields.get("filename") {
            Some(Value::String(name))
                if (1..=255).contains(&name.chars().count()) && !name.contains(['/', '\\']) =>
            {
                name
            }
            _ => {
                return Err(ApiError::field(
                    "filename",
                    "`filename` must be a string of 1 to 255 characters without '/' or '\\'.",
                ));
            }
        };
        let content_type = match fields.get("content_type") {
            Some(Value::String(mime)) if is_supported(mime) => mime,
            _ => {
                return Err(ApiError::field(
                    "content_type",
                    format!("`content_type` must be one of {}.", supported_list()),
                ));
            }
        };
        let Some(size) = fields
            .get("size_bytes")
            .and_then(Value::as_u64)
            .filter(|&n| n >= 1)
        else {
            return Err(ApiError::field(
                "size_bytes",
                "`size_bytes` must be the file's exact size, an integer >= 1.",
            ));
        };
        let checksum = optional_sha256(fields, "checksum_sha256")?;
        if size > app.max_direct_bytes {
            return Err(ApiError::too_large(format!(
                "size_bytes is {size} but max_bytes is {}.",
                app.max_direct_bytes
            ))
            .param("size_bytes"));
        }
        Ok(Declared {
            filename,
            content_type,
            size,
            checksum,
        })
    }
}

/// Makes the asset a declared file becomes (`batch`: the batch it is an item of) and its
/// presigned upload: the answer of a single init, or one item of a batch's.
pub fn presign(app: &App, declared: &Declared<'_>, batch: Option<&str>) -> Value {
    let Declared {
        filename,
        content_type,
        size,
        checksum,
    } = *declared;
    let id = random::id("ast");
    let mut upload_headers = Map::new();
    upload_headers.insert("Content-Type".into(), content_type.into());
    upload_headers.insert("x-amz-meta-asset-id".into(), id.as_str().into());
    let mut signed = vec![
        ("content-length", size.to_string()),
        ("content-type", content_type.to_string()),
        ("x-amz-meta-asset-id", id.clone()),
    ];
    let mut signed_names = "content-length;content-type;host;x-amz-meta-asset-id".to_string();
    if let Some(digest) = checksum {
        let encoded = BASE64.encode(digest);
        upload_headers.insert("x-amz-checksum-sha256".into(), encoded.as_str().into());
        signed.push(("x-amz-checksum-sha256", encoded));
        signed_names.push_str(";x-amz-checksum-sha256");
    }

    let now = app.clock.now_secs();
    let (upload_url, object_key) = match &app.s3 {
        Some(bucket) => {
            let key = object_key(&id, filename);
            let url = bucket.presign_put(&key, &signed, now, app.url_ttl_secs);
            (url, Some(key))
        }
        None => (
            own_upload_url(app, &id, filename, &signed_names, &signed, now),
            None,
        ),
    };

    app.registry().add_asset(Asset {
        id: id.clone(),
        name: filename.to_string(),
        created_at: now,
        status: Status::PendingUpload,
        size_bytes: size,
        mime_type: content_type.to_string(),
        presigned: Some(Presigned {
            checksum,
            signed_headers: signed,
            object_key,
            expires_at: now + app.url_ttl_secs,
        }),
        stored: None,
        batch: batch.map(str::to_string),
    });
    json!({
        "asset_id": id,
        "upload_url": upload_url,
        "upload_headers": upload_headers,
        "expires_in_seconds": app.url_ttl_secs,
        "max_bytes": app.max_direct_bytes,
        "status": "pending_upload",
    })
}

/// A URL to the sandbox's own storage, signed with its start-up secret.
fn own_upload_url(
    app: &App,
    id: &str,
    filename: &str,
    signed_names: &str,
    signed: &[(&str, String)],
    now: u64,
) -> String {
    let query = vec![
        ("X-Amz-Algorithm".to_string(), ALGORITHM.to_string()),
        ("X-Amz-Date".to_string(), format_amz_date(now)),
        ("X-Amz-Expires".to_string(), app.url_ttl_secs.to_string()),
        ("X-Amz-SignedHeaders".to_string(), signed_names.to_string()),
    ];
    let signature = Canonical {
        path: &format!("/storage/{id}/{filename}"),
        host: &app.host,
        query: &query,
        headers: signed,
    }
    .sign(&app.secret);
    // Every value above is made of URL-safe characters, so only the filename needs encoding.
    let query_text: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!(
        "{}/storage/{id}/{}?{}&X-Amz-Signature={signature}",
        app.base_url,
        percent_encode(filename),
        query_text.join("&")
    )
}

pub fn not_arrived() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "conflict",
        "Uploaded object not found yet. Retry after upload PUT returns 200.",
    )
}

/// The bytes stored for a presigned upload, checked against what init declared (and `claimed`
/// at complete): their SHA-256 and their type. Their sniffed type when they pass.
pub fn check_stored(asset: &Asset, claimed: Option<[u8; 32]>) -> Result<&'static str, ApiError> {
    let Some(stored) = asset.stored else {
        return Err(not_arrived());
    };
    let declared = asset.presigned.as_ref().and_then(|p| p.checksum);
    if let Some(claimed) = claimed
        && declared.is_some_and(|d| d != claimed)
    {
        return Err(ApiError::field(
            "checksum_sha256",
            "`checksum_sha256` differs from the one given at init.",
        ));
    }
    if claimed
        .or(declared)
        .is_some_and(|c| Some(c) != stored.digest)
    {
        return Err(ApiError::field(
            "checksum_sha256",
            "`checksum_sha256` does not match the uploaded bytes.",
        ));
    }
    let Some(sniffed) = stored.sniffed else {
        return Err(unsupported_bytes());
    };
    if sniffed != asset.mime_type {
        return Err(ApiError::unsupported_type(format!(
            "The upload was declared as {} but its bytes are {sniffed}.",
            asset.mime_type
        )));
    }
    Ok(sniffed)
}

pub fn unsupported_bytes() -> ApiError {
    ApiError::unsupported_type(format!(
        "The file's bytes are not a supported type ({}).",
        supported_list()
    ))
}
