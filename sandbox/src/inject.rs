//! Applies the fault plan: a layer on each faultable route that answers, drops or stalls a
//! request before its handler runs, so a faulted request has no side effect.

use axum::body::Body;
use axum::extract::connect_info::ConnectInfo;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;

use super::conn::Cut;
use super::errors::{ApiError, StorageError};
use super::exchange::{Injected, Note};
use super::faults::{Endpoint, Fault};
use super::spool::drain;
use super::state::AppState;
use super::sync::lock;
use super::throttle::throttle;

/// A dropped or stalled PUT reads half the declared body but at least this much, so a body up
/// to this size is read whole before the connection goes.
const MIN_READ_BEFORE_CUT: u64 = 64 * 1024;

/// Middleware; its state names the endpoint it guards.
pub async fn inject(
    State((app, endpoint)): State<(AppState, Endpoint)>,
    request: Request,
    next: Next,
) -> Response {
    let mut request = request;
    let rate = match endpoint {
        Endpoint::Put => lock(&app.faults).throttle(),
        Endpoint::Assets => lock(&app.faults).assets_throttle(),
        _ => None,
    };
    if let Some(rate) = rate {
        request = request.map(|body| throttle(body, rate));
    }
    let fault = lock(&app.faults).take(endpoint);
    let Some(fault) = fault else {
        return next.run(request).await;
    };
    let note = request.extensions().get::<Note>().cloned();
    let request_id = note
        .as_ref()
        .map_or("", |n| n.request_id.as_str())
        .to_string();
    let drain_cap = match endpoint {
        Endpoint::Put => app.max_direct_bytes,
        _ => app.max_simple_bytes,
    };

    let mut response = match fault {
        Fault::Status(Endpoint::Put | Endpoint::Download, status) => {
            drain(request.into_body(), drain_cap).await;
            with_retry_after(storage_answer(status, fault).into_response(&request_id))
        }
        Fault::Status(_, status) => {
            drain(request.into_body(), drain_cap).await;
            api_answer(status, fault)
        }
        Fault::Conflict => {
            drain(request.into_body(), drain_cap).await;
            ApiError::new(
                StatusCode::CONFLICT,
                "conflict",
                "Uploaded object not found yet. Retry after upload PUT returns 200.",
            )
            .into_response()
        }
        Fault::Expired => {
            // The URL is expired from now on, for complete and statuses too.
            let asset_id = request.uri().path().split('/').nth(2).unwrap_or_default();
            let now = app.clock.now_secs();
            if let Some(presigned) = app
                .registry()
                .assets
                .get_mut(asset_id)
                .and_then(|asset| asset.presigned.as_mut())
            {
                presigned.expires_at = presigned.expires_at.min(now);
            }
            drain(request.into_body(), drain_cap).await;
            StorageError::access_denied("Request has expired").into_response(&request_id)
        }
        Fault::DownloadDrop => half_then(next.run(request).await, Then::Cut).await,
        Fault::DownloadExpired => {
            StorageError::access_denied("Request has expired").into_response(&request_id)
        }
        Fault::DownloadStall => half_then(next.run(request).await, Then::Hold).await,
        // Decided when a session is created, never by this layer.
        Fault::AgentFailed | Fault::AgentInput | Fault::VideoFailed | Fault::NeedsConsent => {
            next.run(request).await
        }
        Fault::Lost(_) => {
            let cut = request.extensions().get::<ConnectInfo<Cut>>().cloned();
            let done = next.run(request).await;
            // The work is done and recorded; its answer never leaves.
            let _ = axum::body::to_bytes(done.into_body(), usize::MAX).await;
            if let Some(note) = &note {
                note.finish(
                    &app.exchanges,
                    0,
                    Some(format!("fault:{fault}")),
                    Some(fault),
                );
            }
            if let Some(ConnectInfo(cut)) = cut {
                cut.cut();
            }
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
        Fault::Drop | Fault::Stall => {
            let cut = request.extensions().get::<ConnectInfo<Cut>>().cloned();
            let target = (declared_len(request.headers()) / 2).max(MIN_READ_BEFORE_CUT);
            let body = read_part(request.into_body(), target).await;
            if let Some(note) = &note {
                note.finish(
                    &app.exchanges,
                    0,
                    Some(format!("fault:{fault}")),
                    Some(fault),
                );
            }
            if fault == Fault::Stall {
                // Hold the connection, unread and unanswered, until the client gives up and
                // the sandbox stops (the runtime's shutdown cancels this task).
                let _unread = body;
                return std::future::pending().await;
            }
            if let Some(ConnectInfo(cut)) = cut {
                cut.cut();
            }
            // Never sent: the cut connection fails the write and is closed.
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    };
    response.extensions_mut().insert(Injected(fault));
    response
}

/// What follows the first half of a download under a fault.
enum Then {
    /// A broken connection: storage went away.
    Cut,
    /// Nothing more, the connection held open: storage stalled.
    Hold,
}

/// The answer's head as it is, then half its body, then `then`: what a client sees when
/// storage goes away or stalls mid-download.
async fn half_then(response: Response, then: Then) -> Response {
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let half = bytes.slice(..bytes.len() / 2);
    // The pause lets the head and the first half reach the client before the cut.
    let cut = async move {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        if let Then::Hold = then {
            std::future::pending::<()>().await;
        }
        Err(std::io::Error::other("sandbox fault download-drop"))
    };
    let chunks = futures_util::stream::once(async { Ok::<_, std::io::Error>(half) })
        .chain(futures_util::stream::once(cut));
    Response::from_parts(parts, Body::from_stream(chunks))
}

/// Content-Length, or 0 when absent or malformed.
fn declared_len(headers: &HeaderMap) -> u64 {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Reads body bytes until at least `target` arrived or the body ended; returns the rest unread.
async fn read_part(body: Body, target: u64) -> axum::body::BodyDataStream {
    let mut stream = body.into_data_stream();
    let mut seen = 0u64;
    while seen < target {
        match stream.next().await {
            Some(Ok(chunk)) => seen += chunk.len() as u64,
            _ => break,
        }
    }
    stream
}

/// The answer of an API `<endpoint>-<status>` fault.
fn api_answer(status: StatusCode, fault: Fault) -> Response {
    if status == StatusCode::BAD_GATEWAY {
        // What a gateway in front of the API sends: HTML, not the JSON envelope.
        let page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>\n";
        return (status, [(header::CONTENT_TYPE, "text/html")], page).into_response();
    }
    let (code, message) = match status {
        StatusCode::REQUEST_TIMEOUT => ("request_timeout", "The request took too long to arrive."),
        StatusCode::TOO_MANY_REQUESTS => (
            "rate_limit_exceeded",
            "Too many requests; retry after the number of seconds in Retry-After.",
        ),
        StatusCode::SERVICE_UNAVAILABLE => (
            "service_unavailable",
            "The service is temporarily unavailable.",
        ),
        StatusCode::GATEWAY_TIMEOUT => ("gateway_timeout", "The upstream service timed out."),
        _ => ("internal_error", "An internal error occurred."),
    };
    let message = format!("{message} (sandbox fault {fault})");
    with_retry_after(ApiError::new(status, code, message).into_response())
}

/// The S3-style error of a storage `put-<status>` fault.
fn storage_answer(status: StatusCode, fault: Fault) -> StorageError {
    let (code, message) = match status {
        StatusCode::REQUEST_TIMEOUT => (
            "RequestTimeout",
            "Your socket connection to the server was not read from or written to within the timeout period.",
        ),
        StatusCode::TOO_MANY_REQUESTS => ("TooManyRequests", "Please reduce your request rate."),
        StatusCode::BAD_GATEWAY => ("BadGateway", "The gateway got an invalid response."),
        StatusCode::SERVICE_UNAVAILABLE => ("SlowDown", "Please reduce your request rate."),
        StatusCode::GATEWAY_TIMEOUT => ("GatewayTimeout", "The gateway timed out."),
        _ => (
            "InternalError",
            "We encountered an internal error. Please try again.",
        ),
    };
    StorageError::new(status, code, format!("{message} (sandbox fault {fault})"))
}

/// 429 and 503 say when to come back, as rate limiters and S3's SlowDown do.
fn with_retry_after(mut response: Response) -> Response {
    if matches!(
        response.status(),
        StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
    ) {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}
