//! `heygen asset direct-upload`: init, the presigned PUT to storage, complete.

use heygen_sandbox::Exchange;
use serde_json::json;

use super::harness::*;

const CLIP_SIZE: u64 = 3000;

fn query<'a>(exchange: &'a Exchange, name: &str) -> Option<&'a str> {
    exchange
        .query
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn sends_init_then_the_bytes_then_complete() {
    let env = Env::new();
    let digest = env.generate("takes/clip.mp4", MP4_HEADER, CLIP_SIZE);

    let run = env
        .run(&["asset", "direct-upload", "takes/clip.mp4"])
        .success();

    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    assert_eq!(stderr(&run), "");
    assert_eq!(
        env.requests(),
        [
            "POST /v3/assets/direct-uploads".to_string(),
            format!("PUT /storage/{id}/clip.mp4"),
            format!("POST /v3/assets/{id}/complete"),
        ]
    );
    let [init, put, complete] = env.exactly();
    assert_eq!([init.status, put.status, complete.status], [200; 3]);

    assert_eq!(
        init.json,
        Some(json!({
            "filename": "clip.mp4",
            "content_type": "video/mp4",
            "size_bytes": CLIP_SIZE,
            "checksum_sha256": digest,
        }))
    );
    assert_eq!(init.header("x-api-key"), Some(env.key()));

    assert_eq!(put.header("content-type"), Some("video/mp4"));
    assert_eq!(put.header("x-amz-meta-asset-id"), Some(id.as_str()));
    assert_eq!(
        put.header("x-amz-checksum-sha256"),
        Some(sha256_base64(&digest).as_str())
    );
    assert_eq!(put.header_count("content-length"), 1);
    assert_eq!(put.header("content-length"), Some("3000"));
    assert_eq!(
        put.header("x-api-key"),
        None,
        "the key never goes to storage"
    );
    assert_eq!(put.header("authorization"), None);
    assert_eq!(put.body_len, CLIP_SIZE);
    // Exactly the signed headers: each once, and no other x-amz-* header.
    let signed: Vec<&str> = query(&put, "X-Amz-SignedHeaders")
        .expect("the URL names its signed headers")
        .split(';')
        .collect();
    for name in signed.iter().filter(|n| **n != "host") {
        assert_eq!(put.header_count(name), 1, "signed header {name}");
    }
    for (name, _) in &put.headers {
        if name.starts_with("x-amz-") {
            assert!(
                signed.contains(&name.as_str()),
                "unsigned header {name} sent"
            );
        }
    }

    assert_eq!(complete.json, Some(json!({ "checksum_sha256": digest })));
    assert_eq!(complete.header("x-api-key"), Some(env.key()));
    assert_eq!(env.stored(&id), env.read("takes/clip.mp4"));
}

#[test]
fn with_json_prints_the_complete_answer_and_the_path_as_given() {
    let env = Env::new();
    let clip = env.mp4("takes/clip.mp4", CLIP_SIZE);

    let run = env
        .run(&["asset", "direct-upload", "--json", &clip])
        .success();

    let id = env.only_asset_id();
    let line = json_line(&run);
    assert_eq!(line["data"]["asset_id"], id.as_str());
    assert_eq!(line["data"]["status"], "processing");
    assert_eq!(line["data"]["size_bytes"], CLIP_SIZE);
    assert_eq!(line["file"], "takes/clip.mp4");
    assert!(!stdout(&run).contains("X-Amz-Signature"), "{line}");
}

#[test]
fn no_complete_stops_after_the_put_and_says_how_to_finish() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", CLIP_SIZE);

    let run = env
        .run(&["asset", "direct-upload", "--no-complete", &clip])
        .success();

    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    assert!(
        stderr(&run).contains(&format!("heygen asset complete {id}")),
        "{}",
        stderr(&run)
    );
    assert_eq!(
        env.requests(),
        [
            "POST /v3/assets/direct-uploads".to_string(),
            format!("PUT /storage/{id}/clip.mp4"),
        ]
    );
    assert_eq!(env.stored(&id), env.read(&clip));
}

#[test]
fn no_complete_with_json_prints_the_init_answer_without_url_or_headers() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", CLIP_SIZE);

    let run = env
        .run(&["asset", "direct-upload", "--no-complete", "--json", &clip])
        .success();

    let id = env.only_asset_id();
    let line = json_line(&run);
    assert_eq!(line["data"]["asset_id"], id.as_str());
    assert_eq!(line["data"]["status"], "pending_upload");
    assert_eq!(line["file"], "clip.mp4");
    let data = line["data"].as_object().unwrap();
    assert!(!data.contains_key("upload_url"), "{line}");
    assert!(!data.contains_key("upload_headers"), "{line}");
    let [_, put] = env.exactly();
    let signature = query(&put, "X-Amz-Signature").expect("a signed URL");
    assert!(!stdout(&run).contains(signature));
}

#[test]
fn quiet_silences_the_note_of_no_complete() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", CLIP_SIZE);

    let run = env
        .run(&["-q", "asset", "direct-upload", "--no-complete", &clip])
        .success();

    assert_eq!(stdout(&run), format!("{}\n", env.only_asset_id()));
    assert_eq!(stderr(&run), "");
}

#[test]
fn over_max_bytes_stops_before_any_byte_is_sent() {
    let env = Env::with(|config| config.max_direct_bytes = 1000);
    let clip = env.mp4("clip.mp4", 2000);

    let run = env.run(&["asset", "direct-upload", &clip]).code(2);

    assert_eq!(stdout(&run), "");
    let error = single_error(&stderr(&run), "clip.mp4").to_string();
    assert!(error.contains("2000 bytes"), "{error}");
    let requests = env.requests();
    assert!(
        requests
            .iter()
            .all(|r| r == "POST /v3/assets/direct-uploads"),
        "only init may be sent: {requests:?}"
    );
}

#[test]
fn expired_upload_urls_fail_without_completing() {
    let env = Env::with(|config| config.url_ttl_secs = 0);
    let clip = env.mp4("clip.mp4", CLIP_SIZE);

    let run = env.run(&["asset", "direct-upload", &clip]).code(1);

    assert_eq!(stdout(&run), "");
    let error = single_error(&stderr(&run), "clip.mp4").to_string();
    assert!(error.contains("expired"), "{error}");
    let requests = env.requests();
    assert!(
        !requests.iter().any(|r| r.ends_with("/complete")),
        "no complete without stored bytes: {requests:?}"
    );
    for id in env.sandbox.asset_ids() {
        assert_eq!(env.sandbox.stored_bytes(&id), None, "{id}");
    }
}

#[test]
fn no_checksum_leaves_the_checksum_out_of_every_step() {
    let env = Env::new();
    let clip = env.mp4("clip.mp4", CLIP_SIZE);

    env.run(&["asset", "direct-upload", "--no-checksum", &clip])
        .success();

    let [init, put, complete] = env.exactly();
    let init_body = init.json.expect("a JSON init");
    assert!(init_body.get("checksum_sha256").is_none(), "{init_body}");
    assert_eq!(init_body["size_bytes"], CLIP_SIZE);
    assert_eq!(put.header("x-amz-checksum-sha256"), None);
    assert_eq!(put.status, 200);
    assert_eq!(complete.json, Some(json!({})));
    assert_eq!(complete.status, 200);
    assert_eq!(env.stored(&env.only_asset_id()), env.read(&clip));
}
