//! Each fault's effect on the wire, its record in `exchanges()`, and that it changes nothing.

use std::time::{Duration, Instant};

use super::*;
use crate::{Exchange, Faults};

fn faulty(spec: &str) -> Sandbox {
    Sandbox::start(SandboxConfig {
        faults: Faults::parse(spec).unwrap(),
        ..small()
    })
    .unwrap()
}

/// A video of `len` bytes: an MP4 head padded with zeros.
fn video(len: usize) -> Vec<u8> {
    let mut bytes = MP4.to_vec();
    bytes.resize(len, 0);
    bytes
}

/// PUTs `bytes` with upload_headers; the status, or the error when no answer came. Owns what
/// it needs, so it can be spawned.
fn try_put(
    data: &Value,
    bytes: Vec<u8>,
    client: Client,
) -> impl Future<Output = reqwest::Result<u16>> + 'static {
    let mut request = client.put(data["upload_url"].as_str().unwrap()).body(bytes);
    for (name, value) in data["upload_headers"].as_object().unwrap() {
        request = request.header(name, value.as_str().unwrap());
    }
    async move { Ok(request.send().await?.status().as_u16()) }
}

fn last_put(sb: &Sandbox) -> Exchange {
    sb.exchanges()
        .into_iter()
        .rfind(|e| e.method == "PUT")
        .unwrap()
}

/// Waits (briefly) for the sandbox to record a request it will not answer.
async fn unanswered(sb: &Sandbox) -> Exchange {
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        if let Some(exchange) = sb.exchanges().into_iter().find(|e| e.status == 0) {
            return exchange;
        }
        assert!(Instant::now() < deadline, "no unanswered request recorded");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Drops the sandbox and checks it stopped promptly.
fn stop_quickly(sb: Sandbox) {
    let start = Instant::now();
    drop(sb);
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
}

#[tokio::test]
async fn api_status_faults_answer_and_change_nothing() {
    let sb = faulty("init-429=1,init-503=1,assets-500=1,avatars-502=1,avatars-408=1");
    let body = json!({"filename": "a.mp4", "content_type": "video/mp4", "size_bytes": 10});

    // A refused key uses up no fault.
    let response = Client::new()
        .post(format!("{}/v3/assets/direct-uploads", sb.base_url()))
        .header("x-api-key", "wrong")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);

    for (status, code_wanted) in [(429, "rate_limit_exceeded"), (503, "service_unavailable")] {
        let response = Client::new()
            .post(format!("{}/v3/assets/direct-uploads", sb.base_url()))
            .header("x-api-key", sb.key())
            .header("Idempotency-Key", "k1")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()["retry-after"], "1");
        let (got, answer) = read(response).await;
        assert_eq!((got, code(&answer)), (status, code_wanted));
        let exchange = sb.exchanges().pop().unwrap();
        assert_eq!(exchange.status, status);
        assert_eq!(exchange.error_code.as_deref(), Some(code_wanted));
        assert_eq!(exchange.body_len, body.to_string().len() as u64);
    }
    assert!(sb.asset_ids().is_empty());
    // The faults left no idempotency record: the same key now creates, then replays.
    let (status, first) =
        post_json(&sb, "/v3/assets/direct-uploads", body.clone(), Some("k1")).await;
    assert_eq!(status, 200, "{first}");
    let (_, again) = post_json(&sb, "/v3/assets/direct-uploads", body, Some("k1")).await;
    assert_eq!(first, again);
    assert_eq!(sb.asset_ids().len(), 1);

    let (status, answer) = simple_upload(&sb, PNG, Some("k2")).await;
    assert_eq!((status, code(&answer)), (500, "internal_error"));
    assert!(sb.exchanges().pop().unwrap().body_len > PNG.len() as u64);
    assert_eq!(sb.asset_ids().len(), 1);
    assert_eq!(simple_upload(&sb, PNG, Some("k2")).await.0, 200);

    // Only requests to the faulted method count.
    assert_eq!(get(&sb, "/v3/avatars").await.0, 405);
    let avatar =
        json!({"type": "photo", "name": "x", "file": {"type": "url", "url": "https://a/b.png"}});
    let response = Client::new()
        .post(format!("{}/v3/avatars", sb.base_url()))
        .header("x-api-key", sb.key())
        .json(&avatar)
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-type"], "text/html");
    assert_eq!(response.status(), 502);
    let (status, answer) = post_json(&sb, "/v3/avatars", avatar.clone(), None).await;
    assert_eq!((status, code(&answer)), (408, "request_timeout"));
    assert_eq!(post_json(&sb, "/v3/avatars", avatar, None).await.0, 200);

    assert_eq!(
        sb.faults().to_string(),
        "init-429=0,init-503=0,assets-500=0,avatars-502=0,avatars-408=0"
    );
}

#[tokio::test]
async fn complete_faults() {
    let sb = faulty("complete-409=1,complete-504=1");
    let data = init(&sb, MP4, "video/mp4", false).await;
    assert_eq!(put(&data, MP4, |r| r).await.0, 200);
    let complete = format!("/v3/assets/{}/complete", data["asset_id"].as_str().unwrap());
    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!(status, 409);
    assert_eq!(
        body,
        json!({"error": {"code": "conflict", "message": "Uploaded object not found yet. Retry after upload PUT returns 200."}})
    );
    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!((status, code(&body)), (504, "gateway_timeout"));
    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!(
        (status, body["data"]["status"].as_str()),
        (200, Some("processing"))
    );
}

#[tokio::test]
async fn storage_status_faults_store_nothing() {
    let sb = sandbox();
    let data = init(&sb, MP4, "video/mp4", true).await;
    let id = data["asset_id"].as_str().unwrap();
    let cases = [
        ("put-408", 408, "RequestTimeout"),
        ("put-429", 429, "TooManyRequests"),
        ("put-500", 500, "InternalError"),
        ("put-502", 502, "BadGateway"),
        ("put-503", 503, "SlowDown"),
        ("put-504", 504, "GatewayTimeout"),
        ("put-expired", 403, "AccessDenied"),
    ];
    for (name, status, xml) in cases {
        sb.set_faults(Faults::parse(&format!("{name}=1")).unwrap());
        let mut request = Client::new()
            .put(data["upload_url"].as_str().unwrap())
            .body(MP4.to_vec());
        for (header, value) in data["upload_headers"].as_object().unwrap() {
            request = request.header(header, value.as_str().unwrap());
        }
        let response = request.send().await.unwrap();
        let retry_after = response.headers().get("retry-after").cloned();
        assert_eq!(retry_after.is_some(), matches!(status, 429 | 503), "{name}");
        let (got, body) = (response.status().as_u16(), response.text().await.unwrap());
        assert_eq!((got, xml_code(&body)), (status, xml), "{name}");
        if name == "put-expired" {
            assert!(
                body.contains("<Message>Request has expired</Message>"),
                "{body}"
            );
        }
        let exchange = last_put(&sb);
        assert_eq!(exchange.body_len, MP4.len() as u64, "{name}: body drained");
        assert_eq!(exchange.error_code.as_deref(), Some(xml));
        assert_eq!(sb.stored_bytes(id), None);
    }
    assert_eq!(put(&data, MP4, |r| r).await.0, 200);
    assert_eq!(sb.stored_bytes(id).as_deref(), Some(MP4));
}

#[tokio::test]
async fn put_drop_closes_after_half_the_body() {
    let sb = Sandbox::start(SandboxConfig {
        max_direct_bytes: 2 << 20,
        faults: Faults::parse("put-drop=2").unwrap(),
        ..small()
    })
    .unwrap();
    let bytes = video(1 << 20);
    let data = init(&sb, &bytes, "video/mp4", false).await;
    let id = data["asset_id"].as_str().unwrap();

    assert!(try_put(&data, bytes.clone(), Client::new()).await.is_err());
    let dropped = last_put(&sb);
    assert_eq!(
        (dropped.status, dropped.error_code.as_deref()),
        (0, Some("fault:put-drop"))
    );
    assert!(
        (512 << 10..1 << 20).contains(&dropped.body_len),
        "{}",
        dropped.body_len
    );
    assert_eq!(sb.stored_bytes(id), None);

    // A body under 64 KiB is read whole, then dropped all the same.
    let small_data = init(&sb, MP4, "video/mp4", false).await;
    assert!(
        try_put(&small_data, MP4.to_vec(), Client::new())
            .await
            .is_err()
    );
    assert_eq!(last_put(&sb).body_len, MP4.len() as u64);

    assert_eq!(
        try_put(&data, bytes.clone(), Client::new()).await.unwrap(),
        200
    );
    assert_eq!(sb.stored_bytes(id), Some(bytes));
}

#[tokio::test]
async fn put_stall_holds_without_blocking_others_or_shutdown() {
    let sb = faulty("put-stall=1");
    let data = init(&sb, MP4, "video/mp4", false).await;

    let patient = Client::new();
    let stalled = tokio::spawn(try_put(&data, MP4.to_vec(), patient));
    let exchange = unanswered(&sb).await;
    assert_eq!(exchange.error_code.as_deref(), Some("fault:put-stall"));
    // A client with a timeout gives up on it.
    let hasty = Client::builder()
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let again = try_put(&data, MP4.to_vec(), hasty).await;
    assert_eq!(again.unwrap(), 200, "the fault was used up");
    assert_eq!(get(&sb, "/v3/assets/ast_0").await.0, 404);
    assert!(!stalled.is_finished());

    stop_quickly(sb);
    let outcome = tokio::time::timeout(Duration::from_secs(1), stalled).await;
    assert!(
        outcome.unwrap().unwrap().is_err(),
        "the stalled PUT ends with the sandbox"
    );
}

#[tokio::test]
async fn put_stall_until_the_client_gives_up() {
    let sb = faulty("put-stall=1");
    let data = init(&sb, MP4, "video/mp4", false).await;
    let hasty = Client::builder()
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let error = try_put(&data, MP4.to_vec(), hasty).await.unwrap_err();
    assert!(error.is_timeout(), "{error}");
    assert_eq!(
        unanswered(&sb).await.error_code.as_deref(),
        Some("fault:put-stall")
    );
    assert_eq!(sb.stored_bytes(data["asset_id"].as_str().unwrap()), None);
}

#[tokio::test]
async fn put_throttle_slows_every_put() {
    let sb = faulty("put-throttle=20000");
    let bytes = video(6000);
    let data = init(&sb, &bytes, "video/mp4", false).await;
    for _ in 0..2 {
        let start = Instant::now();
        assert_eq!(
            try_put(&data, bytes.clone(), Client::new()).await.unwrap(),
            200
        );
        // 2000-byte pieces, a tenth of a second apart.
        let took = start.elapsed();
        assert!(
            took >= Duration::from_millis(180) && took < Duration::from_secs(2),
            "{took:?}"
        );
    }
    assert_eq!(sb.faults().to_string(), "put-throttle=20000");

    sb.set_faults(Faults::parse("put-throttle=100").unwrap());
    let slow = tokio::spawn(try_put(&data, bytes, Client::new()));
    // Stopped while the PUT is under way.
    while !sb.arrived().iter().any(|r| r.starts_with("PUT ")) {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    stop_quickly(sb);
    let outcome = tokio::time::timeout(Duration::from_secs(1), slow).await;
    assert!(outcome.unwrap().unwrap().is_err());
}

#[tokio::test]
async fn rate_limit_refuses_over_the_burst_with_retry_after() {
    let sb = faulty("rate-limit=1/3");
    let mut statuses = Vec::new();
    for _ in 0..4 {
        let (status, body) = get(&sb, "/v3/assets/ast_0000000000000000").await;
        statuses.push(status);
        if status == 429 {
            assert_eq!(code(&body), "rate_limit_exceeded");
        }
    }
    // The burst of 3 goes through (to a 404: no such asset), the fourth is refused.
    assert_eq!(statuses, [404, 404, 404, 429]);
    let response = Client::new()
        .get(format!("{}/v3/assets/ast_0000000000000000", sb.base_url()))
        .header("x-api-key", sb.key())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    assert_eq!(response.headers()["retry-after"], "1");
}

#[tokio::test]
async fn delete_removes_the_asset() {
    let sb = sandbox();
    let (_, body) = simple_upload(&sb, PNG, None).await;
    let id = body["data"]["asset_id"].as_str().unwrap().to_string();
    let path = format!("/v3/assets/{id}");
    let deleted = Client::new()
        .delete(format!("{}{path}", sb.base_url()))
        .header("x-api-key", sb.key())
        .send()
        .await
        .unwrap();
    let (status, body) = read(deleted).await;
    assert_eq!((status, body), (200, json!({"data": {"id": id}})));
    assert_eq!(get(&sb, &path).await.0, 404);
    assert!(sb.stored_bytes(&id).is_none());
}

#[tokio::test]
async fn a_lost_answer_comes_after_the_work_and_the_same_key_replays_it() {
    let sb = faulty("assets-lost=1");
    let upload = || {
        let part = reqwest::multipart::Part::bytes(super::PNG.to_vec()).file_name("a.png");
        Client::new()
            .post(format!("{}/v3/assets", sb.base_url()))
            .header("x-api-key", sb.key())
            .header("Idempotency-Key", "lost-1")
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send()
    };
    assert!(upload().await.is_err(), "the answer never comes");
    assert_eq!(sb.asset_ids().len(), 1, "but the asset was made");
    let again = upload().await.unwrap();
    assert_eq!(again.status(), 200);
    let body: serde_json::Value = again.json().await.unwrap();
    assert_eq!(body["data"]["asset_id"], sb.asset_ids()[0].as_str());
    assert_eq!(sb.asset_ids().len(), 1, "the same key made nothing more");
}
