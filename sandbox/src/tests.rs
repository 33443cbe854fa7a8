//! End-to-end tests: a real sandbox on 127.0.0.1:0 driven over HTTP.

use std::io::{Read, Write};
use std::net::TcpStream;

use reqwest::Client;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::{Sandbox, SandboxConfig};

mod batches;
mod bucket;
mod faults;
mod video_agents;

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR-pretend-image-data";
const MP4: &[u8] = b"\0\0\0\x18ftypisom\0\0\0\0isommp42-pretend-video-data";

/// Small limits keep the limit tests fast.
fn small() -> SandboxConfig {
    SandboxConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        key: "test-key".into(),
        max_simple_bytes: 1000,
        max_direct_bytes: 10_000,
        ..SandboxConfig::default()
    }
}

fn sandbox() -> Sandbox {
    Sandbox::start(small()).unwrap()
}

async fn read(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn simple_upload(sb: &Sandbox, bytes: &[u8], idempotency: Option<&str>) -> (u16, Value) {
    let part = reqwest::multipart::Part::bytes(bytes.to_vec()).file_name("photo.png");
    let mut request = Client::new()
        .post(format!("{}/v3/assets", sb.base_url()))
        .header("x-api-key", sb.key())
        .multipart(reqwest::multipart::Form::new().part("file", part));
    if let Some(key) = idempotency {
        request = request.header("Idempotency-Key", key);
    }
    read(request.send().await.unwrap()).await
}

async fn post_json(
    sb: &Sandbox,
    path: &str,
    body: Value,
    idempotency: Option<&str>,
) -> (u16, Value) {
    let mut request = Client::new()
        .post(format!("{}{path}", sb.base_url()))
        .header("x-api-key", sb.key())
        .json(&body);
    if let Some(key) = idempotency {
        request = request.header("Idempotency-Key", key);
    }
    read(request.send().await.unwrap()).await
}

async fn get(sb: &Sandbox, path: &str) -> (u16, Value) {
    let response = Client::new()
        .get(format!("{}{path}", sb.base_url()))
        .header("x-api-key", sb.key())
        .send()
        .await
        .unwrap();
    read(response).await
}

async fn init(sb: &Sandbox, bytes: &[u8], content_type: &str, checksum: bool) -> Value {
    let mut body =
        json!({"filename": "my clip.mp4", "content_type": content_type, "size_bytes": bytes.len()});
    if checksum {
        body["checksum_sha256"] = hex::encode(Sha256::digest(bytes)).into();
    }
    let (status, body) = post_json(sb, "/v3/assets/direct-uploads", body, None).await;
    assert_eq!(status, 200, "{body}");
    body["data"].clone()
}

/// PUTs `bytes` with upload_headers, letting `tweak` alter the request first.
async fn put(
    data: &Value,
    bytes: &[u8],
    tweak: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
) -> (u16, String) {
    let mut request = Client::new()
        .put(data["upload_url"].as_str().unwrap())
        .body(bytes.to_vec());
    for (name, value) in data["upload_headers"].as_object().unwrap() {
        request = request.header(name, value.as_str().unwrap());
    }
    let response = tweak(request).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or_default()
}

fn xml_code(body: &str) -> &str {
    body.split("<Code>")
        .nth(1)
        .and_then(|s| s.split("</Code>").next())
        .unwrap_or_default()
}

/// Sends a raw HTTP/1.1 request for the cases reqwest will not produce. `half_close` ends the
/// body early by shutting the write side; otherwise the head must say `Connection: close` (the
/// server may close at once on a half-close, racing its answer).
fn raw(sb: &Sandbox, head: &str, body: &[u8], half_close: bool) -> String {
    let address = sb.base_url().trim_start_matches("http://").to_string();
    let mut stream = TcpStream::connect(&address).unwrap();
    stream
        .write_all(head.replace("HOST", &address).as_bytes())
        .unwrap();
    stream.write_all(body).unwrap();
    if half_close {
        stream.shutdown(std::net::Shutdown::Write).unwrap();
    }
    let mut answer = String::new();
    // A reset after the answer is fine; the answer is what matters.
    let _ = stream.read_to_string(&mut answer);
    answer
}

fn path_and_query(sb: &Sandbox, data: &Value) -> String {
    data["upload_url"]
        .as_str()
        .unwrap()
        .trim_start_matches(&sb.base_url())
        .to_string()
}

#[tokio::test]
async fn simple_upload_stores_and_records() {
    let sb = sandbox();
    let (status, body) = simple_upload(&sb, PNG, None).await;
    assert_eq!(status, 200, "{body}");
    let id = body["data"]["asset_id"].as_str().unwrap();
    assert!(id.starts_with("ast_") && id.len() == 20);
    assert_eq!(body["data"]["mime_type"], "image/png");
    assert_eq!(body["data"]["size_bytes"], PNG.len());
    assert_eq!(body["data"]["url"], format!("{}/files/{id}", sb.base_url()));
    assert_eq!(sb.stored_bytes(id).as_deref(), Some(PNG));
    assert_eq!(sb.asset_ids(), vec![id.to_string()]);

    let (_, asset) = get(&sb, &format!("/v3/assets/{id}")).await;
    assert_eq!(sb.asset_status(id), Some("completed"));
    assert_eq!(asset["data"]["id"], id);
    assert_eq!(asset["data"]["name"], "photo.png");
    assert_eq!(asset["data"]["type"], "image");

    let exchange = &sb.exchanges()[0];
    assert_eq!(
        (exchange.method.as_str(), exchange.path.as_str()),
        ("POST", "/v3/assets")
    );
    assert_eq!(exchange.status, 200);
    assert_eq!(exchange.header("X-API-KEY"), Some("test-key"));
    assert_eq!(exchange.header_count("x-api-key"), 1);
    assert_eq!(exchange.parts.len(), 1);
    assert_eq!(exchange.parts[0].name, "file");
    assert_eq!(exchange.parts[0].filename.as_deref(), Some("photo.png"));
    assert_eq!(exchange.parts[0].len, PNG.len() as u64);
    assert!(exchange.body_len > PNG.len() as u64);
}

#[tokio::test]
async fn simple_upload_refusals() {
    let sb = sandbox();
    let mut big = PNG.to_vec();
    big.resize(1001, 0);
    let (status, body) = simple_upload(&sb, &big, None).await;
    assert_eq!((status, code(&body)), (413, "file_too_large"));
    assert!(body["error"]["message"].as_str().unwrap().contains("1000"));

    let (status, body) = simple_upload(&sb, b"GIF89a-not-supported", None).await;
    assert_eq!((status, code(&body)), (400, "unsupported_file_type"));

    let (status, body) = simple_upload(&sb, b"", None).await;
    assert_eq!((status, code(&body)), (400, "invalid_parameter"));

    let form = reqwest::multipart::Form::new().part(
        "upload",
        reqwest::multipart::Part::bytes(PNG.to_vec()).file_name("a.png"),
    );
    let response = Client::new()
        .post(format!("{}/v3/assets", sb.base_url()))
        .header("x-api-key", sb.key())
        .multipart(form)
        .send()
        .await
        .unwrap();
    let (status, body) = read(response).await;
    assert_eq!((status, code(&body)), (400, "invalid_parameter"));

    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::bytes(PNG.to_vec()).file_name("a.png"),
        )
        .text("extra", "x");
    let response = Client::new()
        .post(format!("{}/v3/assets", sb.base_url()))
        .header("x-api-key", sb.key())
        .multipart(form)
        .send()
        .await
        .unwrap();
    let (status, _) = read(response).await;
    assert_eq!(status, 400);
    assert_eq!(sb.exchanges().last().unwrap().parts.len(), 2);

    let (status, body) = post_json(&sb, "/v3/assets", json!({}), None).await;
    assert_eq!((status, code(&body)), (400, "invalid_parameter"));
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("multipart/form-data")
    );
    assert!(sb.asset_ids().is_empty());
}

#[tokio::test]
async fn auth_routes_and_methods() {
    let sb = sandbox();
    let response = Client::new()
        .get(format!("{}/v3/assets/ast_0", sb.base_url()))
        .header("x-api-key", "wrong")
        .send()
        .await
        .unwrap();
    assert!(
        response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .starts_with("req_")
    );
    let (status, body) = read(response).await;
    assert_eq!((status, code(&body)), (401, "unauthorized"));

    let (status, body) = get(&sb, "/v3/nothing").await;
    assert_eq!((status, code(&body)), (404, "not_found"));
    let (status, body) = get(&sb, "/v3/assets/ast_0").await;
    assert_eq!((status, code(&body)), (404, "not_found"));
    let (status, body) = get(&sb, "/v3/avatars").await;
    assert_eq!((status, code(&body)), (405, "method_not_allowed"));
    assert_eq!(
        sb.exchanges().last().unwrap().error_code.as_deref(),
        Some("method_not_allowed")
    );
}

#[tokio::test]
async fn users_me_answers_for_the_key_only() {
    let sb = sandbox();
    let (status, body) = get(&sb, "/v3/users/me").await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["username"], "rehearsal");
    assert_eq!(body["data"]["email"], "rehearsal@example.com");
    let response = Client::new()
        .get(format!("{}/v3/users/me", sb.base_url()))
        .header("x-api-key", "wrong")
        .send()
        .await
        .unwrap();
    let (status, body) = read(response).await;
    assert_eq!((status, code(&body)), (401, "unauthorized"));
}

#[tokio::test]
async fn init_validates_every_field() {
    let sb = sandbox();
    let good = json!({"filename": "a.mp4", "content_type": "video/mp4", "size_bytes": 10});
    let cases = [
        ("filename", json!("")),
        ("filename", json!("dir/a.mp4")),
        ("filename", json!("x".repeat(256))),
        ("content_type", json!("image/gif")),
        ("size_bytes", json!(0)),
        ("size_bytes", json!(1.5)),
        ("size_bytes", json!("10")),
        ("checksum_sha256", json!("AB".repeat(32))),
        ("checksum_sha256", json!("ab")),
        ("surprise", json!(true)),
    ];
    for (field, value) in cases {
        let mut body = good.clone();
        body[field] = value;
        let (status, answer) = post_json(&sb, "/v3/assets/direct-uploads", body, None).await;
        assert_eq!(
            (status, code(&answer)),
            (400, "invalid_parameter"),
            "{field}"
        );
        assert_eq!(answer["error"]["param"], field);
    }
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("size_bytes");
    let (status, answer) = post_json(&sb, "/v3/assets/direct-uploads", missing, None).await;
    assert_eq!(
        (status, answer["error"]["param"].as_str()),
        (400, Some("size_bytes"))
    );

    let mut big = good.clone();
    big["size_bytes"] = json!(10_001);
    let (status, answer) = post_json(&sb, "/v3/assets/direct-uploads", big, None).await;
    assert_eq!((status, code(&answer)), (413, "file_too_large"));
    assert!(
        answer["error"]["message"]
            .as_str()
            .unwrap()
            .contains("max_bytes is 10000")
    );

    let response = Client::new()
        .post(format!("{}/v3/assets/direct-uploads", sb.base_url()))
        .header("x-api-key", sb.key())
        .body(good.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(read(response).await.0, 400);
    assert!(sb.asset_ids().is_empty());
}

#[tokio::test]
async fn init_answer_shape() {
    let sb = sandbox();
    let data = init(&sb, MP4, "video/mp4", true).await;
    let id = data["asset_id"].as_str().unwrap();
    assert_eq!(data["status"], "pending_upload");
    assert_eq!(data["expires_in_seconds"], 3600);
    assert_eq!(data["max_bytes"], 10_000);
    let headers = &data["upload_headers"];
    assert_eq!(headers["Content-Type"], "video/mp4");
    assert_eq!(headers["x-amz-meta-asset-id"], id);
    assert_eq!(headers["x-amz-checksum-sha256"].as_str().unwrap().len(), 44);
    let url = data["upload_url"].as_str().unwrap();
    assert!(url.starts_with(&format!(
        "{}/storage/{id}/my%20clip.mp4?X-Amz-Algorithm=SANDBOX-HMAC-SHA256&X-Amz-Date=",
        sb.base_url()
    )));
    assert!(url.contains("&X-Amz-Expires=3600&X-Amz-SignedHeaders=content-length;content-type;host;x-amz-meta-asset-id;x-amz-checksum-sha256&X-Amz-Signature="));
    assert_eq!(sb.asset_status(id), Some("pending_upload"));
    let sent = sb.exchanges()[0].json.clone().unwrap();
    assert_eq!(sent["content_type"], "video/mp4");
}

#[tokio::test]
async fn direct_upload_round_trip() {
    let sb = sandbox();
    let data = init(&sb, MP4, "video/mp4", true).await;
    let id = data["asset_id"].as_str().unwrap();
    let complete = format!("/v3/assets/{id}/complete");

    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!((status, code(&body)), (409, "conflict"));
    assert_eq!(
        body["error"]["message"],
        "Uploaded object not found yet. Retry after upload PUT returns 200."
    );

    let (status, body) = put(&data, MP4, |r| r).await;
    assert_eq!((status, body.as_str()), (200, ""));
    let exchange = sb.exchanges().pop().unwrap();
    assert_eq!(exchange.body_len, MP4.len() as u64);
    assert_eq!(sb.stored_bytes(id).as_deref(), Some(MP4));
    assert_eq!(sb.asset_status(id), Some("uploaded"));

    let (status, body) = post_json(
        &sb,
        &complete,
        json!({"checksum_sha256": "0".repeat(64)}),
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("checksum_sha256"))
    );

    let checksum = hex::encode(Sha256::digest(MP4));
    let (status, first) =
        post_json(&sb, &complete, json!({"checksum_sha256": checksum}), None).await;
    assert_eq!(status, 200, "{first}");
    assert_eq!(first["data"]["status"], "processing");
    assert_eq!(first["data"]["mime_type"], "video/mp4");
    assert_eq!(first["data"]["size_bytes"], MP4.len());
    let (status, again) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!((status, &again), (200, &first));
    assert_eq!(sb.asset_status(id), Some("completed"));

    let (status, body) = post_json(&sb, &complete, json!({"extra": 1}), None).await;
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("extra"))
    );
    let (status, _) = post_json(
        &sb,
        "/v3/assets/ast_0000000000000000/complete",
        json!({}),
        None,
    )
    .await;
    assert_eq!(status, 404);
}

/// Bytes that arrived with no checksum declared are hashed only when complete claims one.
#[tokio::test]
async fn a_checksum_claimed_only_at_complete_is_checked_against_the_stored_bytes() {
    let sb = sandbox();
    let data = init(&sb, MP4, "video/mp4", false).await;
    let id = data["asset_id"].as_str().unwrap();
    let complete = format!("/v3/assets/{id}/complete");
    let (status, _) = put(&data, MP4, |r| r).await;
    assert_eq!(status, 200);

    let wrong = json!({"checksum_sha256": hex::encode(Sha256::digest(PNG))});
    let (status, body) = post_json(&sb, &complete, wrong, None).await;
    assert_eq!(
        (status, body["error"]["message"].as_str()),
        (
            400,
            Some("`checksum_sha256` does not match the uploaded bytes.")
        )
    );
    assert_eq!(sb.asset_status(id), Some("uploaded"));
    let right = json!({"checksum_sha256": hex::encode(Sha256::digest(MP4))});
    let (status, body) = post_json(&sb, &complete, right, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(sb.asset_status(id), Some("completed"));
}

#[tokio::test]
async fn complete_refuses_bytes_of_another_type() {
    let sb = sandbox();
    let data = init(&sb, PNG, "video/mp4", false).await;
    assert_eq!(put(&data, PNG, |r| r).await.0, 200);
    let (status, body) = post_json(
        &sb,
        &format!("/v3/assets/{}/complete", data["asset_id"].as_str().unwrap()),
        json!({}),
        None,
    )
    .await;
    assert_eq!((status, code(&body)), (400, "unsupported_file_type"));
}

#[tokio::test]
async fn put_refusals() {
    let sb = sandbox();
    let data = init(&sb, MP4, "video/mp4", true).await;
    let expect = |(status, body): (u16, String), want_status: u16, want_code: &str| {
        assert_eq!(
            (status, xml_code(&body)),
            (want_status, want_code),
            "{body}"
        );
        body
    };

    let mut tampered = data.clone();
    tampered["upload_url"] = data["upload_url"]
        .as_str()
        .unwrap()
        .replace("X-Amz-Expires=3600", "X-Amz-Expires=3601")
        .into();
    let body = expect(
        put(&tampered, MP4, |r| r).await,
        403,
        "SignatureDoesNotMatch",
    );
    assert!(body.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"));
    assert!(body.contains("<RequestId>req_"));
    let mut renamed = data.clone();
    renamed["upload_url"] = data["upload_url"]
        .as_str()
        .unwrap()
        .replace("my%20clip", "other")
        .into();
    expect(
        put(&renamed, MP4, |r| r).await,
        403,
        "SignatureDoesNotMatch",
    );
    let mut unsigned = data.clone();
    unsigned["upload_url"] = data["upload_url"]
        .as_str()
        .unwrap()
        .split("&X-Amz-Signature")
        .next()
        .unwrap()
        .into();
    expect(put(&unsigned, MP4, |r| r).await, 403, "AccessDenied");
    let mut unknown = data.clone();
    unknown["upload_url"] = data["upload_url"]
        .as_str()
        .unwrap()
        .replace("ast_", "ast_0")
        .into();
    expect(
        put(&unknown, MP4, |r| r).await,
        403,
        "SignatureDoesNotMatch",
    );

    let body = expect(
        put(&data, MP4, |r| r.header("x-api-key", "test-key")).await,
        403,
        "AccessDenied",
    );
    assert!(body.contains("never"));
    expect(
        put(&data, MP4, |r| r.header("authorization", "Bearer x")).await,
        403,
        "AccessDenied",
    );

    let body = expect(
        put(&data, MP4, |r| r.header("content-type", "video/MP4")).await,
        403,
        "SignatureDoesNotMatch",
    );
    assert!(body.contains("content-type"));
    let body = expect(
        put(&data, &MP4[1..], |r| r).await,
        403,
        "SignatureDoesNotMatch",
    );
    assert!(body.contains("content-length"));
    let body = expect(
        put(&data, MP4, |r| r.header("x-amz-acl", "private")).await,
        403,
        "SignatureDoesNotMatch",
    );
    assert!(body.contains("x-amz-acl"));
    // `header` appends, so this sends the signed header a second time.
    let repeated = |r: reqwest::RequestBuilder| {
        r.header("x-amz-meta-asset-id", data["asset_id"].as_str().unwrap())
    };
    let body = expect(
        put(&data, MP4, repeated).await,
        403,
        "SignatureDoesNotMatch",
    );
    assert!(body.contains("more than once"));

    let mut wrong = MP4.to_vec();
    wrong[20] ^= 1;
    expect(put(&data, &wrong, |r| r).await, 400, "BadDigest");

    let target = path_and_query(&sb, &data);
    let headers = format!(
        "Host: HOST\r\nContent-Type: video/mp4\r\nx-amz-meta-asset-id: {}\r\nx-amz-checksum-sha256: {}\r\n",
        data["asset_id"].as_str().unwrap(),
        data["upload_headers"]["x-amz-checksum-sha256"]
            .as_str()
            .unwrap()
    );
    let chunked = raw(
        &sb,
        &format!(
            "PUT {target} HTTP/1.1\r\n{headers}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        ),
        b"5\r\nhello\r\n0\r\n\r\n",
        false,
    );
    assert!(chunked.starts_with("HTTP/1.1 411"), "{chunked}");
    assert!(chunked.contains("<Code>MissingContentLength</Code>"));
    let short = raw(
        &sb,
        &format!(
            "PUT {target} HTTP/1.1\r\n{headers}Content-Length: {}\r\n\r\n",
            MP4.len()
        ),
        &MP4[..10],
        true,
    );
    assert!(short.contains("<Code>IncompleteBody</Code>"), "{short}");

    assert_eq!(sb.stored_bytes(data["asset_id"].as_str().unwrap()), None);
    assert_eq!(put(&data, MP4, |r| r).await.0, 200);
    let last = sb.exchanges().pop().unwrap();
    assert_eq!(
        last.query
            .iter()
            .filter(|(k, _)| k.starts_with("X-Amz-"))
            .count(),
        5
    );
}

#[tokio::test]
async fn expired_urls_are_refused() {
    let sb = Sandbox::start(SandboxConfig {
        url_ttl_secs: 0,
        ..small()
    })
    .unwrap();
    let data = init(&sb, MP4, "video/mp4", false).await;
    let (status, body) = put(&data, MP4, |r| r).await;
    assert_eq!((status, xml_code(&body)), (403, "AccessDenied"));
    assert!(body.contains("<Message>Request has expired</Message>"));
}

#[tokio::test]
async fn avatars() {
    let sb = sandbox();
    let (_, photo) = simple_upload(&sb, PNG, None).await;
    let photo_id = photo["data"]["asset_id"].as_str().unwrap();
    let request =
        json!({"type": "photo", "name": "Ana", "file": {"type": "asset_id", "asset_id": photo_id}});
    let (status, body) = post_json(&sb, "/v3/avatars", request.clone(), None).await;
    assert_eq!(status, 200, "{body}");
    let item = &body["data"]["avatar_item"];
    let group = &body["data"]["avatar_group"];
    assert!(item["id"].as_str().unwrap().starts_with("avt_"));
    assert_eq!(
        (item["name"].as_str(), item["avatar_type"].as_str()),
        (Some("Ana"), Some("photo"))
    );
    assert_eq!(item["group_id"], group["id"]);
    assert_eq!(
        (group["name"].as_str(), group["status"].as_str()),
        (Some("Ana"), Some("processing"))
    );
    let group_path = format!("/v3/avatars/{}", group["id"].as_str().unwrap());
    for _ in 0..2 {
        assert_eq!(
            get(&sb, &group_path).await.1["data"]["status"],
            "processing"
        );
    }
    assert_eq!(get(&sb, &group_path).await.1["data"]["status"], "completed");
    assert_eq!(get(&sb, "/v3/avatars/grp_0000000000000000").await.0, 404);

    let mut twin = request.clone();
    twin["type"] = "digital_twin".into();
    let (status, body) = post_json(&sb, "/v3/avatars", twin, None).await;
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("file.asset_id"))
    );

    let pending = init(&sb, MP4, "video/mp4", false).await;
    let unfinished = json!({"type": "digital_twin", "name": "B", "file": {"type": "asset_id", "asset_id": pending["asset_id"]}});
    let (status, body) = post_json(&sb, "/v3/avatars", unfinished, None).await;
    assert_eq!(status, 400);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("completed first")
    );

    let refusals = [
        (
            json!({"type": "photo", "name": "A", "file": {"type": "asset_id", "asset_id": "ast_0000000000000000"}}),
            "file.asset_id",
        ),
        (
            json!({"type": "photo", "name": "A", "file": {"type": "base64", "media_type": "image/png", "data": "AA=="}}),
            "file.type",
        ),
        (
            json!({"type": "photo", "name": "A", "file": {"type": "url", "url": "ftp://x"}}),
            "file.url",
        ),
        (
            json!({"type": "photo", "name": "A", "file": {"type": "url", "url": "https://x", "more": 1}}),
            "file.more",
        ),
        (
            json!({"type": "photo", "name": "", "file": {"type": "url", "url": "https://x"}}),
            "name",
        ),
        (
            json!({"type": "prompt", "name": "A", "prompt": "x"}),
            "prompt",
        ),
        (
            json!({"type": "selfie", "name": "A", "file": {"type": "url", "url": "https://x"}}),
            "type",
        ),
    ];
    for (request, param) in refusals {
        let (status, body) = post_json(&sb, "/v3/avatars", request, None).await;
        assert_eq!(
            (status, body["error"]["param"].as_str()),
            (400, Some(param)),
            "{body}"
        );
    }
    let by_url = json!({"type": "photo", "name": "C", "file": {"type": "url", "url": "https://example.com/a.png"}, "avatar_group_id": group["id"]});
    let (status, body) = post_json(&sb, "/v3/avatars", by_url, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["avatar_group"]["id"], group["id"]);
}

#[tokio::test]
async fn idempotent_replays() {
    let sb = sandbox();
    let first = simple_upload(&sb, PNG, Some("upload-1")).await;
    let again = simple_upload(&sb, PNG, Some("upload-1")).await;
    assert_eq!(first, again);
    assert_eq!(sb.asset_ids().len(), 1);
    assert!(sb.exchanges()[1].body_len > PNG.len() as u64);

    let body = json!({"filename": "a.mp4", "content_type": "video/mp4", "size_bytes": 10});
    let first = post_json(
        &sb,
        "/v3/assets/direct-uploads",
        body.clone(),
        Some("init:1"),
    )
    .await;
    let again = post_json(
        &sb,
        "/v3/assets/direct-uploads",
        body.clone(),
        Some("init:1"),
    )
    .await;
    assert_eq!((first.0, &first.1), (200, &again.1));
    assert_eq!(sb.asset_ids().len(), 2);
    let other = post_json(
        &sb,
        "/v3/assets/direct-uploads",
        body.clone(),
        Some("init:2"),
    )
    .await;
    assert_ne!(first.1, other.1);

    let avatar = json!({"type": "photo", "name": "A", "file": {"type": "url", "url": "https://x"}});
    let first = post_json(&sb, "/v3/avatars", avatar.clone(), Some("avatar.1")).await;
    let again = post_json(&sb, "/v3/avatars", avatar.clone(), Some("avatar.1")).await;
    assert_eq!(first, again);

    let (status, body) = post_json(&sb, "/v3/avatars", avatar, Some("bad key")).await;
    assert_eq!((status, code(&body)), (400, "invalid_parameter"));
}
