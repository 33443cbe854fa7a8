//! Video agent sessions, videos and their downloads, as strict as the rest.

use reqwest::Client;
use serde_json::{Value, json};

use super::{PNG, code, get, post_json, sandbox, simple_upload, xml_code};
use crate::{FINISHED_VIDEO, Faults, Sandbox};

async fn start(sb: &Sandbox, body: Value) -> (u16, Value) {
    post_json(sb, "/v3/video-agents", body, None).await
}

async fn asset(sb: &Sandbox) -> String {
    let (status, body) = simple_upload(sb, PNG, None).await;
    assert_eq!(status, 200, "{body}");
    body["data"]["asset_id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn refuses_what_the_reference_refuses() {
    let sb = sandbox();
    let id = asset(&sb).await;
    let file = json!({"type": "asset_id", "asset_id": id});
    let cases = [
        (json!({}), "prompt"),
        (json!({"prompt": ""}), "prompt"),
        (json!({"prompt": "x".repeat(10_001)}), "prompt"),
        (json!({"prompt": 7}), "prompt"),
        (
            json!({"prompt": "p", "files": vec![file.clone(); 21]}),
            "files",
        ),
        (json!({"prompt": "p", "files": file.clone()}), "files"),
        (
            json!({"prompt": "p", "files": [{"type": "asset_id", "asset_id": "ast_unknown"}]}),
            "files[0].asset_id",
        ),
        (
            json!({"prompt": "p", "files": [file.clone(), {"type": "url", "url": "http://example.com/a.png"}]}),
            "files[1].url",
        ),
        (
            json!({"prompt": "p", "files": [{"type": "url", "url": "https://example.com/a.png", "name": "a"}]}),
            "files[0].name",
        ),
        (
            json!({"prompt": "p", "files": [{"type": "base64", "media_type": "image/png", "data": "AA=="}]}),
            "files[0].type",
        ),
        (json!({"prompt": "p", "mode": "draft"}), "mode"),
        (
            json!({"prompt": "p", "orientation": "square"}),
            "orientation",
        ),
        (json!({"prompt": "p", "avatar_id": ""}), "avatar_id"),
        (
            json!({"prompt": "p", "callback_url": "http://example.com/hook"}),
            "callback_url",
        ),
        (
            json!({"prompt": "p", "incognito_mode": "yes"}),
            "incognito_mode",
        ),
        (json!({"prompt": "p", "duration": 30}), "duration"),
    ];
    for (body, param) in cases {
        let (status, answer) = start(&sb, body.clone()).await;
        assert_eq!(status, 400, "{body}: {answer}");
        assert_eq!(code(&answer), "invalid_parameter", "{answer}");
        assert_eq!(answer["error"]["param"], param, "{body}: {answer}");
    }
    // A direct upload not completed yet cannot be attached.
    let (_, init) = post_json(
        &sb,
        "/v3/assets/direct-uploads",
        json!({"filename": "a.png", "content_type": "image/png", "size_bytes": 10}),
        None,
    )
    .await;
    let pending = init["data"]["asset_id"].clone();
    let (status, answer) = start(
        &sb,
        json!({"prompt": "p", "files": [{"type": "asset_id", "asset_id": pending}]}),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        answer["error"]["message"]
            .as_str()
            .unwrap()
            .contains("completed first"),
        "{answer}"
    );
    assert!(sb.app.registry().sessions.is_empty());
}

#[tokio::test]
async fn takes_every_field_of_the_reference() {
    let sb = sandbox();
    let id = asset(&sb).await;
    let (status, answer) = start(
        &sb,
        json!({
            "prompt": "é".repeat(10_000),
            "files": [{"type": "asset_id", "asset_id": id}, {"type": "url", "url": "https://example.com/logo.png"}],
            "mode": "chat", "orientation": "portrait", "avatar_id": "a", "voice_id": "v",
            "style_id": "s", "brand_kit_id": "b", "callback_url": "https://example.com/hook",
            "callback_id": "c", "incognito_mode": true,
        }),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["data"]["status"], "thinking");
    assert_eq!(answer["data"]["video_id"], Value::Null);
    assert!(answer["data"]["created_at"].is_u64());
}

#[tokio::test]
async fn a_session_makes_a_video_that_downloads() {
    let sb = sandbox();
    let (_, answer) = start(&sb, json!({"prompt": "Intro"})).await;
    let session = format!(
        "/v3/video-agents/{}",
        answer["data"]["session_id"].as_str().unwrap()
    );

    let (_, thinking) = get(&sb, &session).await;
    assert_eq!(thinking["data"]["status"], "thinking");
    assert_eq!(thinking["data"]["video_id"], Value::Null);
    let (_, first) = get(&sb, &session).await;
    assert_eq!(first["data"]["status"], "generating");
    let video_id = first["data"]["video_id"].as_str().unwrap().to_string();
    let (_, second) = get(&sb, &session).await;
    assert_eq!(second["data"]["status"], "completed");
    assert_eq!(second["data"]["video_id"], video_id.as_str());

    let video = format!("/v3/videos/{video_id}");
    let (_, processing) = get(&sb, &video).await;
    assert_eq!(processing["data"]["status"], "processing");
    assert!(processing["data"].get("video_url").is_none());
    let (_, done) = get(&sb, &video).await;
    assert_eq!(done["data"]["status"], "completed");
    let url = done["data"]["video_url"].as_str().unwrap().to_string();
    assert!(url.contains("X-Amz-Signature="), "{url}");

    let response = Client::new().get(&url).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "video/mp4");
    assert_eq!(response.bytes().await.unwrap(), FINISHED_VIDEO);

    // The key never goes to storage; a changed URL does not verify.
    let response = Client::new()
        .get(&url)
        .header("x-api-key", sb.key())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(xml_code(&response.text().await.unwrap()), "AccessDenied");
    let tampered = url.replace(&video_id, "vid_0000000000000000");
    let response = Client::new().get(&tampered).send().await.unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(
        xml_code(&response.text().await.unwrap()),
        "SignatureDoesNotMatch"
    );
    let unsigned = url.split('?').next().unwrap();
    let response = Client::new().get(unsigned).send().await.unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(
        xml_code(&response.text().await.unwrap()),
        "SignatureDoesNotMatch"
    );
    let (status, missing) = get(&sb, "/v3/video-agents/ses_missing").await;
    assert_eq!((status, code(&missing)), (404, "not_found"));
}

#[tokio::test]
async fn faults_decide_how_sessions_end() {
    let sb = sandbox();
    sb.set_faults(
        Faults::parse("agent-failed=1,agent-input=1,video-failed=1,download-drop=1").unwrap(),
    );
    let mut sessions = Vec::new();
    for _ in 0..4 {
        let (_, answer) = start(&sb, json!({"prompt": "Intro"})).await;
        sessions.push(format!(
            "/v3/video-agents/{}",
            answer["data"]["session_id"].as_str().unwrap()
        ));
    }
    let (_, failed) = get(&sb, &sessions[0]).await;
    assert_eq!(failed["data"]["status"], "failed");
    assert_eq!(failed["data"]["messages"][0]["type"], "error");
    let (_, asking) = get(&sb, &sessions[1]).await;
    assert_eq!(asking["data"]["status"], "waiting_for_input");
    let (_, again) = get(&sb, &sessions[1]).await;
    assert_eq!(again["data"]["status"], "waiting_for_input");

    get(&sb, &sessions[2]).await;
    let (_, rendering) = get(&sb, &sessions[2]).await;
    let video = format!(
        "/v3/videos/{}",
        rendering["data"]["video_id"].as_str().unwrap()
    );
    get(&sb, &video).await;
    let (_, broken) = get(&sb, &video).await;
    assert_eq!(broken["data"]["status"], "failed");
    assert_eq!(broken["data"]["failure_code"], "RENDER_FAILED");

    // The fourth session is fine, but its first download is cut after half the bytes.
    get(&sb, &sessions[3]).await;
    let (_, fine) = get(&sb, &sessions[3]).await;
    let video = format!("/v3/videos/{}", fine["data"]["video_id"].as_str().unwrap());
    get(&sb, &video).await;
    let (_, done) = get(&sb, &video).await;
    let url = done["data"]["video_url"].as_str().unwrap();
    let cut = Client::new().get(url).send().await.unwrap().bytes().await;
    assert!(cut.is_err(), "the body should break off");
    let whole = Client::new().get(url).send().await.unwrap();
    assert_eq!(whole.bytes().await.unwrap(), FINISHED_VIDEO);
    assert_eq!(
        sb.faults().to_string(),
        "agent-failed=0,agent-input=0,video-failed=0,download-drop=0"
    );
}

#[tokio::test]
async fn replays_by_idempotency_key() {
    let sb = sandbox();
    let first = post_json(&sb, "/v3/video-agents", json!({"prompt": "p"}), Some("k-1")).await;
    let again = post_json(&sb, "/v3/video-agents", json!({"prompt": "p"}), Some("k-1")).await;
    assert_eq!(first, again);
    assert_eq!(sb.app.registry().sessions.len(), 1);
}
