//! Complete against a bucket, with a canned store standing in for S3's HEAD answers: every
//! outcome of the HEAD check, and what the HEAD itself carries.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use base64::Engine;

use super::*;
use crate::S3Target;

/// Answers every request with the current reply (then closes), keeping each request head.
struct CannedStore {
    endpoint: String,
    reply: Arc<Mutex<String>>,
    heads: Arc<Mutex<Vec<String>>>,
}

impl CannedStore {
    fn start() -> CannedStore {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let reply = Arc::new(Mutex::new(String::new()));
        let heads = Arc::new(Mutex::new(Vec::new()));
        let (answer, seen) = (reply.clone(), heads.clone());
        // Detached: it ends with the test process.
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(&stream);
                let mut head = String::new();
                while reader.read_line(&mut head).is_ok_and(|n| n > 2) {}
                seen.lock().unwrap().push(head);
                let reply = answer.lock().unwrap().clone();
                let _ = (&stream).write_all(reply.as_bytes());
            }
        });
        CannedStore {
            endpoint,
            reply,
            heads,
        }
    }

    fn answer(&self, status: &str, headers: &[(&str, &str)]) {
        let mut reply = format!("HTTP/1.1 {status}\r\nconnection: close\r\n");
        for (name, value) in headers {
            reply.push_str(&format!("{name}: {value}\r\n"));
        }
        reply.push_str("\r\n");
        *self.reply.lock().unwrap() = reply;
    }
}

#[tokio::test]
async fn complete_checks_the_object_with_a_signed_head() {
    let store = CannedStore::start();
    let sb = Sandbox::start(SandboxConfig {
        s3: Some(S3Target {
            endpoint: store.endpoint.clone(),
            bucket: "media".into(),
            region: "eu-west-1".into(),
            access_key: "AKID".into(),
            secret_key: "s3cr3t-value".into(),
        }),
        ..small()
    })
    .unwrap();
    let data = init(&sb, MP4, "video/mp4", true).await;
    let id = data["asset_id"].as_str().unwrap();
    let url = data["upload_url"].as_str().unwrap();
    assert!(
        url.starts_with(&format!(
            "{}/media/uploads/{id}/my%20clip.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&",
            store.endpoint
        )),
        "{url}"
    );
    assert!(url.contains("X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost%3Bx-amz-checksum-sha256%3Bx-amz-meta-asset-id&"), "{url}");
    let complete = format!("/v3/assets/{id}/complete");
    let size = MP4.len().to_string();
    let digest = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(MP4));

    store.answer("404 Not Found", &[("content-length", "0")]);
    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!((status, code(&body)), (409, "conflict"), "{body}");

    store.answer("403 Forbidden", &[("content-length", "0")]);
    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!(status, 502, "{body}");
    assert!(!body.to_string().contains("s3cr3t-value"), "{body}");

    store.answer("200 OK", &[("content-length", "3")]);
    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!((status, code(&body)), (400, "invalid_parameter"), "{body}");

    let other = base64::engine::general_purpose::STANDARD.encode([0u8; 32]);
    store.answer(
        "200 OK",
        &[("content-length", &size), ("x-amz-checksum-sha256", &other)],
    );
    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!((status, code(&body)), (400, "invalid_parameter"), "{body}");

    // A store that reports no checksum is checked on size alone.
    store.answer("200 OK", &[("content-length", &size)]);
    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!(status, 200, "{body}");

    store.answer(
        "200 OK",
        &[
            ("content-length", &size),
            ("x-amz-checksum-sha256", &digest),
        ],
    );
    let (status, body) = post_json(&sb, &complete, json!({}), None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["mime_type"], "video/mp4");
    assert_eq!(sb.asset_status(id), Some("completed"));

    let heads = store.heads.lock().unwrap().clone();
    assert_eq!(heads.len(), 6);
    let head = heads[5].to_ascii_lowercase();
    assert!(
        head.starts_with(&format!(
            "head /media/uploads/{id}/my%20clip.mp4 http/1.1\r\n"
        )),
        "{head}"
    );
    assert!(
        head.contains("\r\nx-amz-checksum-mode: enabled\r\n"),
        "{head}"
    );
    assert!(
        head.contains(
            "\r\nauthorization: aws4-hmac-sha256 credential=akid/"
        ) && head.contains("/eu-west-1/s3/aws4_request, signedheaders=host;x-amz-checksum-mode;x-amz-content-sha256;x-amz-date, signature="),
        "{head}"
    );
}
