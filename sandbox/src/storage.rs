//! PUT /storage/{asset_id}/{filename}: the presigned, S3-style upload target.

use axum::body::Body;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;

use super::errors::StorageError;
use super::exchange::Note;
use super::model::Status;
use super::random;
use super::signing::{Canonical, parse_amz_date};
use super::spool::{Spool, drain};
use super::state::{App, AppState};

const AUTH_PARAMS: [&str; 5] = [
    "X-Amz-Algorithm",
    "X-Amz-Date",
    "X-Amz-Expires",
    "X-Amz-SignedHeaders",
    "X-Amz-Signature",
];

/// What a PUT that passed every header check must deliver.
struct Expected {
    size: u64,
    checksum: Option<[u8; 32]>,
}

pub async fn put_object(
    State(app): State<AppState>,
    Extension(note): Extension<Note>,
    Path((asset_id, filename)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let outcome = match check(&app, &asset_id, &filename, &uri, &headers) {
        Ok(expected) => receive(&app, &asset_id, expected, body).await,
        Err(error) => {
            drain(body, app.max_direct_bytes).await;
            Err(error)
        }
    };
    match outcome {
        Ok(etag) => (StatusCode::OK, [(header::ETAG, etag)]).into_response(),
        Err(error) => error.into_response(&note.request_id),
    }
}

/// Steps 1 to 5: everything decidable from the request head, in S3's order.
fn check(
    app: &App,
    asset_id: &str,
    filename: &str,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<Expected, StorageError> {
    let query = Query::<Vec<(String, String)>>::try_from_uri(uri)
        .map(|Query(pairs)| pairs)
        .unwrap_or_default();
    let param = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    if AUTH_PARAMS.iter().any(|name| param(name).is_none()) {
        return Err(StorageError::access_denied(format!(
            "Query-string authentication requires the parameters {}.",
            AUTH_PARAMS.join(", ")
        )));
    }
    let signature = param("X-Amz-Signature").unwrap_or_default();

    let registry = app.registry();
    let presigned = registry
        .assets
        .get(asset_id)
        .and_then(|asset| asset.presigned.as_ref().map(|p| (asset, p)));
    let Some((asset, presigned)) = presigned else {
        return Err(StorageError::signature_mismatch(
            "No upload was initialised for this URL; use upload_url exactly as init returned it.",
        ));
    };
    let mut hosts = headers.get_all(header::HOST).iter();
    let host = match (hosts.next(), hosts.next()) {
        (Some(host), None) => host.to_str().unwrap_or_default(),
        _ => "",
    };
    let unsigned: Vec<(String, String)> = query
        .iter()
        .filter(|(k, _)| k != "X-Amz-Signature")
        .cloned()
        .collect();
    let canonical = Canonical {
        path: &format!("/storage/{asset_id}/{filename}"),
        host,
        query: &unsigned,
        headers: &presigned.signed_headers,
    };
    if !canonical.verify(&app.secret, signature) {
        return Err(StorageError::signature_mismatch(
            "The request signature we calculated does not match the signature you provided. Send upload_url byte for byte as init returned it (path, host and query).",
        ));
    }

    let issued = param("X-Amz-Date").and_then(parse_amz_date);
    let ttl = param("X-Amz-Expires").and_then(|v| v.parse::<u64>().ok());
    let (Some(issued), Some(ttl)) = (issued, ttl) else {
        return Err(StorageError::access_denied(
            "X-Amz-Date or X-Amz-Expires is malformed.",
        ));
    };
    let now = app.clock.now_secs();
    if now >= issued.saturating_add(ttl) {
        return Err(StorageError::access_denied("Request has expired"));
    }

    if headers.contains_key("x-api-key") || headers.contains_key(header::AUTHORIZATION) {
        return Err(StorageError::access_denied(
            "API credentials (x-api-key, Authorization) must never be sent to storage: the presigned URL is the credential.",
        ));
    }

    if !headers.contains_key(header::CONTENT_LENGTH) {
        return Err(StorageError::new(
            StatusCode::LENGTH_REQUIRED,
            "MissingContentLength",
            "You must provide the Content-Length HTTP header.",
        ));
    }

    for (name, want) in &presigned.signed_headers {
        let mut values = headers.get_all(*name).iter();
        let problem = match (values.next(), values.next()) {
            (None, _) => format!("Signed header {name} is missing; send it as {want:?}."),
            (Some(_), Some(_)) => format!("Header {name} is sent more than once."),
            (Some(got), None) if got.as_bytes() != want.as_bytes() => format!(
                "Header {name} is {:?} but the URL was signed for {want:?}.",
                String::from_utf8_lossy(got.as_bytes())
            ),
            _ => continue,
        };
        return Err(StorageError::signature_mismatch(problem));
    }
    let signed = |name: &str| presigned.signed_headers.iter().any(|(n, _)| *n == name);
    if let Some(extra) = headers.keys().map(|n| n.as_str()).find(|name| {
        (name.starts_with("x-amz-") || *name == "content-md5" || *name == "content-encoding")
            && !signed(name)
    }) {
        return Err(StorageError::signature_mismatch(format!(
            "Header {extra} is not in upload_headers; send upload_headers and nothing more."
        )));
    }

    Ok(Expected {
        size: asset.size_bytes,
        checksum: presigned.checksum,
    })
}

/// Steps 6 and 7: stream to disk, verify length and digest, then store. Returns the ETag.
/// A repeated PUT replaces the bytes, as S3 does, and the asset needs completing again.
async fn receive(
    app: &App,
    asset_id: &str,
    expected: Expected,
    body: Body,
) -> Result<String, StorageError> {
    let internal = |e: std::io::Error| {
        StorageError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalError",
            format!("Sandbox storage failed: {e}"),
        )
    };
    let incomplete = || {
        StorageError::new(
            StatusCode::BAD_REQUEST,
            "IncompleteBody",
            "You did not provide the number of bytes specified by the Content-Length HTTP header.",
        )
    };
    let mut spool = Spool::new(&app.spool_dir(), expected.checksum.is_some()).map_err(internal)?;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| incomplete())?;
        spool.write(&chunk).await.map_err(internal)?;
    }
    let spooled = spool.finish().await.map_err(internal)?;
    if spooled.len < expected.size {
        return Err(incomplete());
    }
    let stored = spooled.stored;
    if expected
        .checksum
        .is_some_and(|want| Some(want) != stored.digest)
    {
        return Err(StorageError::new(
            StatusCode::BAD_REQUEST,
            "BadDigest",
            "The x-amz-checksum-sha256 you specified did not match the calculated checksum.",
        ));
    }
    spooled.keep(&app.object_path(asset_id)).map_err(internal)?;
    if let Some(asset) = app.registry().assets.get_mut(asset_id) {
        asset.stored = Some(stored);
        asset.status = Status::Uploaded;
    }
    // S3's ETag names the stored version; without a digest at hand, a fresh one names it.
    let version = stored
        .digest
        .map_or_else(random::bytes::<16>, |d| d[..16].try_into().unwrap());
    Ok(format!("\"{}\"", hex::encode(version)))
}
