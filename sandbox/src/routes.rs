//! The router: API routes behind the key check, storage behind its signature, strict fallbacks.

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Extension, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post, put};
use serde_json::{Map, Value};

use super::asset_delete::delete_asset;
use super::rate_limit::limit;

use super::errors::ApiError;
use super::exchange::Note;
use super::faults::Endpoint;
use super::spool::drain;
use super::state::{App, AppState};
use super::{
    assets, avatars, batches, idempotency, inject, library, oauth, record, storage, users,
    video_agents, videos,
};

/// What a create route does with the fields of its JSON body.
type Create = fn(&App, &Map<String, Value>) -> Result<Value, ApiError>;

/// A JSON POST that creates something, at most once per idempotency key (`create_once`);
/// `route` names it in the idempotency store.
fn created(route: &'static str, create: Create) -> MethodRouter<AppState> {
    post(
        move |State(app): State<AppState>,
              Extension(note): Extension<Note>,
              headers: HeaderMap,
              body: Body| async move {
            let now = app.clock.now_secs();
            let fields = |fields: &Map<String, Value>| create(&app, fields);
            idempotency::create_once(&app.idempotency, now, route, &headers, body, &note, fields)
                .await
        },
    )
}

pub fn router(app: AppState) -> Router {
    // Inside the key check, so a refused key uses up no fault.
    let faulty = |endpoint| from_fn_with_state((app.clone(), endpoint), inject::inject);
    let api = Router::new()
        .route(
            "/v3/assets",
            post(assets::simple_upload)
                .route_layer(faulty(Endpoint::Assets))
                .get(library::list),
        )
        .route(
            "/v3/assets/direct-uploads",
            created("POST /v3/assets/direct-uploads", assets::init_direct_upload)
                .route_layer(faulty(Endpoint::Init)),
        )
        .route(
            "/v3/assets/direct-uploads/batches",
            created("POST /v3/assets/direct-uploads/batches", batches::create)
                .route_layer(faulty(Endpoint::BatchInit)),
        )
        .route(
            "/v3/assets/complete/batches",
            post(batches::complete).route_layer(faulty(Endpoint::BatchComplete)),
        )
        .route("/v3/assets/batches/{batch_id}", get(batches::get))
        .route("/v3/assets/statuses", get(batches::statuses))
        .route(
            "/v3/assets/{asset_id}",
            get(assets::get_asset).delete(delete_asset),
        )
        .route(
            "/v3/assets/{asset_id}/complete",
            post(assets::complete).route_layer(faulty(Endpoint::Complete)),
        )
        .route(
            "/v3/avatars",
            created("POST /v3/avatars", avatars::create).route_layer(faulty(Endpoint::Avatars)),
        )
        .route("/v3/avatars/{group_id}", get(avatars::get_group))
        .route("/v3/avatars/{group_id}/consent", post(avatars::consent))
        .route("/v3/users/me", get(users::me))
        .route(
            "/v3/video-agents",
            created("POST /v3/video-agents", video_agents::create),
        )
        .route(
            "/v3/video-agents/{session_id}",
            get(video_agents::get_session).post(video_agents::send),
        )
        .route(
            "/v3/video-agents/{session_id}/stop",
            post(video_agents::stop),
        )
        .route(
            "/v3/video-agents/{session_id}/videos",
            get(video_agents::list_videos),
        )
        .route("/v3/videos/{video_id}", get(videos::get_video))
        // Before the key check is layered on, which turns these into opaque routes.
        .method_not_allowed_fallback(method_not_allowed)
        .route_layer(from_fn_with_state(app.clone(), limit))
        .route_layer(from_fn_with_state(app.clone(), require_key));

    Router::new()
        .merge(api)
        .route(
            "/storage/{asset_id}/{filename}",
            put(storage::put_object).route_layer(faulty(Endpoint::Put)),
        )
        .route("/v1/oauth/token", post(oauth::token))
        .route("/consent/{group_id}", get(avatars::approve))
        .route(
            "/downloads/{file}",
            get(videos::download).route_layer(faulty(Endpoint::Download)),
        )
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(not_found)
        // The handlers enforce their own limits while streaming.
        .layer(DefaultBodyLimit::disable())
        .layer(from_fn_with_state(app.clone(), record::record))
        .with_state(app)
}

/// The key in `x-api-key`, or a live OAuth access token in `Authorization: Bearer`; exactly
/// one of them, sent once.
async fn require_key(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let mut keys = headers.get_all("x-api-key").iter();
    let mut bearers = headers.get_all("authorization").iter();
    let valid = match (keys.next(), bearers.next()) {
        (Some(key), None) => key.as_bytes() == app.key.as_bytes() && keys.next().is_none(),
        (None, Some(bearer)) => {
            let token = bearer.to_str().ok().and_then(|b| b.strip_prefix("Bearer "));
            let now = app.clock.now_secs();
            token.is_some_and(|t| app.oauth.accepts(t, now)) && bearers.next().is_none()
        }
        _ => false,
    };
    if valid {
        return next.run(request).await;
    }
    drain(request.into_body(), app.max_simple_bytes).await;
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        "Missing or invalid x-api-key header (or OAuth access token).",
    )
    .into_response()
}

async fn not_found() -> ApiError {
    ApiError::not_found("No such route.")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "This route does not take that method.",
    )
}
