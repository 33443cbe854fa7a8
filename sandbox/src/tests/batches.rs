//! Batch direct uploads and statuses, as strict as a single direct upload.

use std::time::Duration;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::{MP4, PNG, code, get, post_json, put, sandbox};
use crate::{Faults, Sandbox};

fn file(name: &str, bytes: &[u8], content_type: &str) -> Value {
    json!({
        "filename": name,
        "content_type": content_type,
        "size_bytes": bytes.len(),
        "checksum_sha256": hex::encode(Sha256::digest(bytes)),
    })
}

async fn create(sb: &Sandbox, files: Vec<Value>, key: Option<&str>) -> (u16, Value) {
    post_json(
        sb,
        "/v3/assets/direct-uploads/batches",
        json!({ "files": files }),
        key,
    )
    .await
}

async fn complete(sb: &Sandbox, batch_id: &str) -> (u16, Value) {
    post_json(
        sb,
        "/v3/assets/complete/batches",
        json!({ "batch_id": batch_id }),
        None,
    )
    .await
}

/// Reads the batch until no item is queued or processing.
async fn settled(sb: &Sandbox, batch_id: &str) -> Value {
    for _ in 0..200 {
        let (status, body) = get(sb, &format!("/v3/assets/batches/{batch_id}")).await;
        assert_eq!(status, 200, "{body}");
        if body["data"]["status"] != "processing" {
            return body["data"].clone();
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("batch {batch_id} never settled");
}

#[tokio::test]
async fn one_invalid_item_refuses_the_batch_and_is_named() {
    let sb = sandbox();
    let good = file("a.png", PNG, "image/png");
    let mut bad = file("b.png", PNG, "image/png");
    bad["size_bytes"] = json!(0);
    let (status, body) = create(&sb, vec![good.clone(), bad], None).await;
    assert_eq!((status, code(&body)), (400, "invalid_parameter"), "{body}");
    assert_eq!(body["error"]["param"], "files[1].size_bytes");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("files[1]: ")
    );
    for files in [vec![], vec![good; 101]] {
        let (status, body) = create(&sb, files, None).await;
        assert_eq!(
            (status, body["error"]["param"].as_str()),
            (400, Some("files"))
        );
    }
    let (status, body) = post_json(
        &sb,
        "/v3/assets/direct-uploads/batches",
        json!({"files": [file("a.png", PNG, "image/png")], "mode": "x"}),
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"]["param"].as_str()),
        (400, Some("mode"))
    );
    assert_eq!(sb.asset_ids(), Vec::<String>::new(), "nothing was made");
}

#[tokio::test]
async fn a_batch_is_put_completed_and_ingested_item_by_item() {
    let sb = sandbox();
    let files = vec![
        file("a.png", PNG, "image/png"),
        file("b.mp4", MP4, "video/mp4"),
        // Declared as an image, stored as a video: that item alone fails.
        file("c.png", MP4, "image/png"),
    ];
    let (status, body) = create(&sb, files.clone(), Some("batch-key-1")).await;
    assert_eq!(status, 200, "{body}");
    let data = body["data"].clone();
    let batch_id = data["batch_id"].as_str().unwrap().to_string();
    let items = data["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 3);
    assert!(items.iter().all(|i| i["status"] == "pending_upload"));
    // The same key gives the same batch.
    let (_, again) = create(&sb, files, Some("batch-key-1")).await;
    assert_eq!(again["data"], data);

    let (status, body) = complete(&sb, &batch_id).await;
    assert_eq!(
        (status, code(&body)),
        (409, "conflict"),
        "PUTs missing: {body}"
    );
    for (item, bytes) in items.iter().zip([PNG, MP4, MP4]) {
        assert_eq!(put(item, bytes, |r| r).await.0, 200);
    }
    let (status, body) = complete(&sb, &batch_id).await;
    assert_eq!(
        (status, body["data"]["batch_id"].as_str()),
        (202, Some(batch_id.as_str()))
    );
    assert_eq!(
        complete(&sb, &batch_id).await.0,
        202,
        "a repeat is accepted"
    );

    let batch = settled(&sb, &batch_id).await;
    assert_eq!(batch["status"], "completed");
    assert_eq!(batch["total_items"], 3);
    assert_eq!(batch["counts_by_status"]["completed"], 2);
    assert_eq!(batch["counts_by_status"]["failed"], 1);
    let ids: Vec<&str> = items
        .iter()
        .map(|i| i["asset_id"].as_str().unwrap())
        .collect();
    let got = batch["items"].as_array().unwrap();
    assert_eq!(got[0]["video_id"], ids[0]);
    assert_eq!(got[2]["status"], "failed");
    assert_eq!(got[2]["error"]["code"], "unsupported_file_type");

    let (status, body) = get(&sb, &format!("/v3/assets/{}", ids[0])).await;
    assert_eq!(
        (status, body["data"]["name"].as_str()),
        (200, Some("a.png"))
    );
    assert_eq!(sb.asset_status(ids[0]), Some("completed"));
    let query = format!(
        "/v3/assets/statuses?asset_ids={},{},ast_unknown",
        ids[1], ids[2]
    );
    let (status, body) = get(&sb, &query).await;
    assert_eq!(status, 200, "{body}");
    let statuses: Vec<&str> = body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["completed", "failed", "not_found"]);
    assert_eq!(body["has_more"], false);
}

#[tokio::test]
async fn an_expired_item_a_faulty_item_and_pages() {
    let sb = sandbox();
    sb.set_faults(Faults::parse("batch-item-failed=b.png").unwrap());
    let files = vec![
        file("a.png", PNG, "image/png"),
        file("b.png", PNG, "image/png"),
        file("c.png", PNG, "image/png"),
    ];
    let (_, body) = create(&sb, files, None).await;
    let batch_id = body["data"]["batch_id"].as_str().unwrap().to_string();
    let items = body["data"]["items"].as_array().unwrap().clone();
    for item in &items[..2] {
        assert_eq!(put(item, PNG, |r| r).await.0, 200);
    }
    // The third URL expires without its bytes: then complete is accepted.
    sb.advance_clock(3601);
    assert_eq!(complete(&sb, &batch_id).await.0, 202);
    let batch = settled(&sb, &batch_id).await;
    let status = |i: usize| batch["items"][i]["status"].as_str().unwrap().to_string();
    let error = |i: usize| {
        batch["items"][i]["error"]["code"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        [status(0), status(1), status(2)],
        ["completed", "failed", "failed"]
    );
    assert_eq!([error(1), error(2)], ["ingest_failed", "upload_expired"]);

    let (_, first) = get(&sb, &format!("/v3/assets/batches/{batch_id}?limit=2")).await;
    assert_eq!(first["data"]["items"].as_array().unwrap().len(), 2);
    assert_eq!(first["data"]["has_more"], true);
    let token = first["data"]["next_token"].as_str().unwrap();
    let (_, rest) = get(
        &sb,
        &format!("/v3/assets/batches/{batch_id}?limit=2&token={token}"),
    )
    .await;
    assert_eq!(rest["data"]["items"][0]["item_index"], 2);
    assert_eq!(rest["data"]["has_more"], false);
    for bad in ["limit=0", "limit=101", "token=nope", "size=2"] {
        let (status, _) = get(&sb, &format!("/v3/assets/batches/{batch_id}?{bad}")).await;
        assert_eq!(status, 400, "{bad}");
    }
    assert_eq!(get(&sb, "/v3/assets/batches/bat_unknown").await.0, 404);
    let (status, _) = get(&sb, "/v3/assets/statuses").await;
    assert_eq!(status, 400, "no ids");
}

#[tokio::test]
async fn batch_faults_answer_and_change_nothing() {
    let sb = sandbox();
    sb.set_faults(Faults::parse("batch-init-503=1,batch-complete-500=1").unwrap());
    let files = vec![file("a.png", PNG, "image/png")];
    let (status, _) = create(&sb, files.clone(), None).await;
    assert_eq!(status, 503);
    assert!(sb.asset_ids().is_empty());
    let (_, body) = create(&sb, files, None).await;
    let batch_id = body["data"]["batch_id"].as_str().unwrap().to_string();
    assert_eq!(put(&body["data"]["items"][0], PNG, |r| r).await.0, 200);
    assert_eq!(complete(&sb, &batch_id).await.0, 500);
    assert_eq!(complete(&sb, &batch_id).await.0, 202);
}
