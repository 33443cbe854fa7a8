//! Videos: `GET /v3/videos/{video_id}` (processing, then completed with a presigned
//! `video_url`, or failed), and the storage that serves the finished video: a small real MP4,
//! only through a valid, unexpired signature and never to a request that carries API
//! credentials.

use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::errors::{ApiError, StorageError, answer};
use super::exchange::Note;
use super::signing::{ALGORITHM, Canonical, format_amz_date, parse_amz_date};
use super::state::{App, AppState};

/// The finished video every session makes: one second of colour and a tone, made with ffmpeg.
pub const FINISHED_VIDEO: &[u8] = include_bytes!("../assets/finished-video.mp4");
/// The same with a caption band burned in (ffmpeg's drawbox): a different, real MP4.
pub const CAPTIONED_VIDEO: &[u8] = include_bytes!("../assets/captioned-video.mp4");
/// Its first frame as a JPEG.
pub const THUMBNAIL: &[u8] = include_bytes!("../assets/thumbnail.jpg");
/// Its subtitles.
pub const SUBTITLES: &[u8] = b"1\n00:00:00,000 --> 00:00:01,000\nA sandbox video.\n\n";

/// The files of a finished video: the suffix of its name, its type and its bytes. The longer
/// suffix first, so that `.captioned.mp4` is not read as `.mp4`.
const FILES: [(&str, &str, &[u8]); 4] = [
    (".captioned.mp4", "video/mp4", CAPTIONED_VIDEO),
    (".mp4", "video/mp4", FINISHED_VIDEO),
    (".srt", "application/x-subrip", SUBTITLES),
    (".jpg", "image/jpeg", THUMBNAIL),
];

/// GET /v3/videos/{video_id}
pub async fn get_video(State(app): State<AppState>, Path(video_id): Path<String>) -> Response {
    let mut registry = app.registry();
    let result = registry
        .videos
        .get_mut(&video_id)
        .map(|video| {
            video.polls += 1;
            let mut data = json!({
                "id": video.id,
                "title": "Sandbox video",
                "created_at": video.created_at,
            });
            match (video.polls, video.fails) {
                (1, _) => data["status"] = json!("processing"),
                (_, true) => {
                    data["status"] = json!("failed");
                    data["failure_code"] = json!("RENDER_FAILED");
                    data["failure_message"] =
                        json!("Rendering stopped at frame 12 (sandbox fault video-failed).");
                }
                (_, false) => {
                    data["status"] = json!("completed");
                    data["duration"] = json!(1.0);
                    data["completed_at"] = json!(app.clock.now_secs());
                    data["video_url"] = json!(presign(&app, &video.id, ".mp4"));
                    data["captioned_video_url"] = json!(presign(&app, &video.id, ".captioned.mp4"));
                    data["subtitle_url"] = json!(presign(&app, &video.id, ".srt"));
                    data["thumbnail_url"] = json!(presign(&app, &video.id, ".jpg"));
                    data["video_page_url"] = json!(format!("{}/videos/{}", app.base_url, video.id));
                }
            }
            data
        })
        .ok_or_else(|| ApiError::not_found(format!("No video {video_id}.")));
    answer(result).into_response()
}

fn download_path(video_id: &str, suffix: &str) -> String {
    format!("/downloads/{video_id}{suffix}")
}

/// A download URL signed with the sandbox's start-up secret, valid for `url_ttl_secs`.
fn presign(app: &App, video_id: &str, suffix: &str) -> String {
    let query = vec![
        ("X-Amz-Algorithm".to_string(), ALGORITHM.to_string()),
        (
            "X-Amz-Date".to_string(),
            format_amz_date(app.clock.now_secs()),
        ),
        ("X-Amz-Expires".to_string(), app.url_ttl_secs.to_string()),
        ("X-Amz-SignedHeaders".to_string(), "host".to_string()),
    ];
    let path = download_path(video_id, suffix);
    let signature = Canonical {
        path: &path,
        host: &app.host,
        query: &query,
        headers: &[],
    }
    .sign(&app.secret);
    let query: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!(
        "{}{path}?{}&X-Amz-Signature={signature}",
        app.base_url,
        query.join("&")
    )
}

/// GET /downloads/{video_id}{.mp4|.captioned.mp4|.srt|.jpg}
pub async fn download(
    State(app): State<AppState>,
    Extension(note): Extension<Note>,
    Path(file): Path<String>,
    Query(query): Query<Vec<(String, String)>>,
    headers: HeaderMap,
) -> Response {
    match check_download(&app, &file, &query, &headers) {
        Ok((content_type, bytes)) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, content_type.to_string()),
                (header::CONTENT_LENGTH, bytes.len().to_string()),
            ],
            bytes,
        )
            .into_response(),
        Err(error) => error.into_response(&note.request_id),
    }
}

fn check_download(
    app: &App,
    file: &str,
    query: &[(String, String)],
    headers: &HeaderMap,
) -> Result<(&'static str, &'static [u8]), StorageError> {
    let (video_id, suffix, content_type, bytes) = FILES
        .iter()
        .find_map(|(suffix, content_type, bytes)| {
            Some((file.strip_suffix(suffix)?, *suffix, *content_type, *bytes))
        })
        .unwrap_or(("", ".mp4", "video/mp4", FINISHED_VIDEO));
    let param = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let unsigned: Vec<(String, String)> = query
        .iter()
        .filter(|(k, _)| k != "X-Amz-Signature")
        .cloned()
        .collect();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let canonical = Canonical {
        path: &download_path(video_id, suffix),
        host,
        query: &unsigned,
        headers: &[],
    };
    if !canonical.verify(&app.secret, param("X-Amz-Signature").unwrap_or_default()) {
        return Err(StorageError::signature_mismatch(
            "The request signature we calculated does not match the signature you provided. Use video_url exactly as given.",
        ));
    }
    let issued = param("X-Amz-Date").and_then(parse_amz_date);
    let ttl = param("X-Amz-Expires").and_then(|v| v.parse::<u64>().ok());
    match (issued, ttl) {
        (Some(issued), Some(ttl)) if app.clock.now_secs() < issued.saturating_add(ttl) => {}
        _ => return Err(StorageError::access_denied("Request has expired")),
    }
    let finished = app
        .registry()
        .videos
        .get(video_id)
        .is_some_and(|video| video.polls >= 2 && !video.fails);
    if !finished {
        return Err(StorageError::new(
            StatusCode::NOT_FOUND,
            "NoSuchKey",
            "The specified key does not exist.",
        ));
    }
    if headers.contains_key("x-api-key") || headers.contains_key(header::AUTHORIZATION) {
        return Err(StorageError::access_denied(
            "API credentials (x-api-key, Authorization) must never be sent to storage: the presigned URL is the credential.",
        ));
    }
    Ok((content_type, bytes))
}
