//! The direct path against s3s-fs: the sandbox presigns for an S3 implementation that others
//! wrote and that checks SigV4 itself, and what it stored is read back from its folder.
//! Without s3s-fs these tests are ignored outside CI and fail in CI (`build.rs`).

use serde_json::{Value, json};

use super::harness::*;

const CLIP_SIZE: u64 = 3000;
/// One byte over the simple-upload limit, so `asset upload` takes the presigned flow.
const OVER_SIMPLE: u64 = 32_000_001;

/// s3s-fs and a sandbox presigning for its bucket with `secret_key`.
fn start(secret_key: &str) -> (S3sFs, Env) {
    let s3 = S3sFs::start();
    let env = Env::with(|config| config.s3 = Some(s3.target(secret_key)));
    (s3, env)
}

fn key(asset_id: &str, filename: &str) -> String {
    format!("uploads/{asset_id}/{filename}")
}

#[test]
#[cfg_attr(missing_s3s_fs, ignore = "s3s-fs is not installed")]
fn direct_upload_lands_in_the_bucket_and_completes() {
    let (s3, env) = start(S3_SECRET_KEY);
    let digest = env.generate("takes/clip.mp4", MP4_HEADER, CLIP_SIZE);

    let run = env
        .run(&["asset", "direct-upload", "takes/clip.mp4"])
        .success();

    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"), "{}", s3.log());
    let answers = s3.answers();
    eprintln!("s3s-fs answered:\n{}", answers.join("\n"));
    let object = format!("/{S3_BUCKET}/{}", key(&id, "clip.mp4"));
    assert_eq!(
        answers,
        [format!("PUT {object} 200"), format!("HEAD {object} 200")]
    );
    // The PUT went to s3s-fs, not to the sandbox.
    let [init, complete] = env.exactly();
    assert_eq!([init.status, complete.status], [200; 2]);
    assert_eq!(complete.path, format!("/v3/assets/{id}/complete"));
    assert_eq!(complete.json, Some(json!({ "checksum_sha256": digest })));
    assert_eq!(s3.stored(&key(&id, "clip.mp4")), env.read("takes/clip.mp4"));
}

#[test]
#[cfg_attr(missing_s3s_fs, ignore = "s3s-fs is not installed")]
fn upload_over_the_simple_limit_goes_to_the_bucket() {
    let (s3, env) = start(S3_SECRET_KEY);
    let clip = env.mp4("big clip.mp4", OVER_SIMPLE);

    let run = env.run(&["asset", "upload", &clip]).success();

    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    assert_eq!(
        env.requests(),
        [
            "POST /v3/assets/direct-uploads".to_string(),
            format!("POST /v3/assets/{id}/complete"),
        ]
    );
    // The name's space travels percent-encoded in the signed path.
    let stored = s3.stored(&key(&id, "big clip.mp4"));
    assert_eq!(stored.len() as u64, OVER_SIMPLE);
    assert!(stored == env.read(&clip), "the stored bytes differ");
}

#[test]
#[cfg_attr(missing_s3s_fs, ignore = "s3s-fs is not installed")]
fn no_complete_then_complete() {
    let (s3, env) = start(S3_SECRET_KEY);
    let clip = env.mp4("clip.mp4", CLIP_SIZE);

    let run = env
        .run(&["asset", "direct-upload", "--no-complete", &clip])
        .success();
    let id = env.only_asset_id();
    assert_eq!(stdout(&run), format!("{id}\n"));
    assert_eq!(env.requests(), ["POST /v3/assets/direct-uploads"]);
    assert_eq!(s3.stored(&key(&id, "clip.mp4")), env.read(&clip));

    let run = env.run(&["asset", "complete", &id]).success();
    assert_eq!(stdout(&run), format!("{id}\n"));
    let [_, complete] = env.exactly();
    assert_eq!(complete.status, 200);
}

#[test]
#[cfg_attr(missing_s3s_fs, ignore = "s3s-fs is not installed")]
fn s3s_fs_refuses_a_tampered_header_and_takes_the_signed_put() {
    let (s3, env) = start(S3_SECRET_KEY);
    let digest = env.generate("clip.mp4", MP4_HEADER, CLIP_SIZE);
    let bytes = env.read("clip.mp4");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let api = |path: &str, body: Value| {
        client
            .post(format!("{}{path}", env.base_url()))
            .header("x-api-key", env.key())
            .json(&body)
            .send()
    };
    let put = |url: &str, headers: &[(String, String)], body: Vec<u8>| {
        let mut request = client.put(url).body(body);
        for (name, value) in headers {
            request = request.header(name, value);
        }
        request.send()
    };

    runtime.block_on(async {
        let init = api(
            "/v3/assets/direct-uploads",
            json!({
                "filename": "clip.mp4",
                "content_type": "video/mp4",
                "size_bytes": CLIP_SIZE,
                "checksum_sha256": digest,
            }),
        )
        .await
        .unwrap();
        assert_eq!(init.status(), 200);
        let init: Value = init.json().await.unwrap();
        let data = &init["data"];
        let id = data["asset_id"].as_str().unwrap().to_string();
        let url = data["upload_url"].as_str().unwrap().to_string();
        assert!(
            url.starts_with(&format!(
                "{}/{S3_BUCKET}/uploads/{id}/clip.mp4?",
                s3.endpoint()
            )),
            "{url}"
        );
        let signed: Vec<(String, String)> = data["upload_headers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(name, value)| (name.clone(), value.as_str().unwrap().to_string()))
            .collect();
        assert_eq!(
            data["upload_headers"],
            json!({
                "Content-Type": "video/mp4",
                "x-amz-meta-asset-id": id,
                "x-amz-checksum-sha256": sha256_base64(&digest),
            })
        );
        let complete = format!("/v3/assets/{id}/complete");

        let early = api(&complete, json!({})).await.unwrap();
        assert_eq!(early.status(), 409, "complete before the PUT");

        let tampered: Vec<(String, String)> = signed
            .iter()
            .map(|(name, value)| match name.as_str() {
                "Content-Type" => (name.clone(), "video/webm".to_string()),
                _ => (name.clone(), value.clone()),
            })
            .collect();
        let refused = put(&url, &tampered, bytes.clone()).await.unwrap();
        let status = refused.status();
        let body = refused.text().await.unwrap();
        eprintln!("s3s-fs, PUT with Content-Type: video/webm: {status}\n{body}");
        assert_eq!(status, 403, "{body}");
        assert!(
            body.contains("<Code>SignatureDoesNotMatch</Code>"),
            "{body}"
        );

        let unsigned = put(&url, &signed[..1], bytes.clone()).await.unwrap();
        let status = unsigned.status();
        let body = unsigned.text().await.unwrap();
        eprintln!("s3s-fs, PUT without the x-amz-* headers: {status}\n{body}");
        assert_eq!(status, 403, "{body}");
        assert!(
            body.contains("<Code>SignatureDoesNotMatch</Code>"),
            "{body}"
        );

        let mut wrong = bytes.clone();
        wrong[CLIP_SIZE as usize - 1] ^= 1;
        let corrupt = put(&url, &signed, wrong).await.unwrap();
        let status = corrupt.status();
        let body = corrupt.text().await.unwrap();
        eprintln!("s3s-fs, PUT of other bytes under the signed checksum: {status}\n{body}");
        assert_eq!(status, 400, "{body}");
        assert!(body.contains("<Code>BadDigest</Code>"), "{body}");
        // s3s-fs moves the bytes into place before it compares digests (S3 keeps nothing);
        // the signed PUT below replaces them, and the read-back at the end proves it.

        let accepted = put(&url, &signed, bytes.clone()).await.unwrap();
        eprintln!("s3s-fs, PUT as signed: {}", accepted.status());
        assert_eq!(accepted.status(), 200);

        let done = api(&complete, json!({ "checksum_sha256": digest }))
            .await
            .unwrap();
        assert_eq!(done.status(), 200);
        let done: Value = done.json().await.unwrap();
        assert_eq!(done["data"]["status"], "processing");
        assert_eq!(done["data"]["size_bytes"], CLIP_SIZE);
        assert_eq!(s3.stored(&key(&id, "clip.mp4")), bytes);
    });
    let answers = s3.answers();
    eprintln!("s3s-fs answered:\n{}", answers.join("\n"));
    let outcomes: Vec<&str> = answers
        .iter()
        .map(|a| {
            a.split_once(".mp4 ")
                .map_or(a.as_str(), |(_, outcome)| outcome)
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            "404 NoSuchKey",
            "403 SignatureDoesNotMatch",
            "403 SignatureDoesNotMatch",
            "400 BadDigest",
            "200",
            "200"
        ],
        "{answers:?}"
    );
}

#[test]
#[cfg_attr(missing_s3s_fs, ignore = "s3s-fs is not installed")]
fn a_signature_s3s_fs_refuses_fails_the_upload_with_its_reason() {
    // The sandbox signs with the wrong secret, so s3s-fs refuses the tool's own PUT.
    let (s3, env) = start("not-the-secret");
    let clip = env.mp4("clip.mp4", CLIP_SIZE);

    let run = env.run(&["asset", "direct-upload", &clip]).code(1);

    assert_eq!(stdout(&run), "");
    let stderr = stderr(&run);
    let error = single_error(&stderr, "clip.mp4");
    assert!(
        error.contains("403 SignatureDoesNotMatch") && error.contains("x-amz-meta-asset-id"),
        "{error}"
    );
    assert!(!stderr.contains("X-Amz-Signature="), "{stderr}");
    assert_eq!(env.requests(), ["POST /v3/assets/direct-uploads"]);
    let id = env.only_asset_id();
    assert!(!s3.object_path(&key(&id, "clip.mp4")).exists());
}

#[test]
#[cfg_attr(missing_s3s_fs, ignore = "s3s-fs is not installed")]
fn heygen_sandbox_takes_the_bucket_from_flags_and_credentials_from_the_environment() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let s3 = S3sFs::start();
    let workspace = Workspace::new();
    let log = std::fs::File::create(workspace.path("sandbox.log")).unwrap();
    let mut sandbox = KillOnDrop(
        workspace
            .command()
            // -v: the request log, which tells how `complete` checked the object.
            .args(["sandbox", "-v", "--listen", "127.0.0.1:0"])
            .args(["--s3-endpoint", &s3.endpoint(), "--s3-bucket", S3_BUCKET])
            .env("AWS_ACCESS_KEY_ID", S3_ACCESS_KEY)
            .env("AWS_SECRET_ACCESS_KEY", S3_SECRET_KEY)
            .env_remove("AWS_REGION")
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("heygen sandbox starts"),
    );
    let mut lines = BufReader::new(sandbox.0.stdout.take().unwrap()).lines();
    let base = lines
        .next()
        .and_then(Result::ok)
        .and_then(|line| {
            line.strip_prefix("export HEYGEN_API_BASE=")
                .map(str::to_string)
        })
        .expect("the sandbox prints its base URL");
    let clip = workspace.mp4("clip.mp4", CLIP_SIZE);

    let run = assert_cmd::Command::from_std(workspace.command())
        .env("HEYGEN_API_BASE", &base)
        .env("HEYGEN_API_KEY", "sandbox")
        .args(["asset", "direct-upload", &clip])
        .assert()
        .success();

    let id = stdout(&run).trim_end().to_string();
    assert!(is_id(&id, "ast_"), "{id:?}");
    assert_eq!(s3.stored(&key(&id, "clip.mp4")), workspace.read(&clip));
    let log = std::fs::read_to_string(workspace.path("sandbox.log")).unwrap();
    assert!(
        log.contains(&format!(
            "direct uploads go to bucket {S3_BUCKET} at {} (region us-east-1)",
            s3.endpoint()
        )),
        "{log}"
    );
    assert!(log.contains(&format!(
        "HEAD s3://{S3_BUCKET}/uploads/{id}/clip.mp4 found"
    )));
    assert!(!log.contains(S3_SECRET_KEY), "{log}");
}

#[test]
fn heygen_sandbox_refuses_an_unusable_bucket_setting() {
    let workspace = Workspace::new();
    // A sandbox that started by mistake would serve forever.
    let limit = std::time::Duration::from_secs(20);
    let mut command = assert_cmd::Command::from_std(workspace.command());
    let run = command
        .args(["sandbox", "--listen", "127.0.0.1:0"])
        .args(["--s3-endpoint", "http://127.0.0.1:9", "--s3-bucket", "b"])
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .timeout(limit)
        .assert()
        .code(2);
    let refusal = stderr(&run);
    assert_eq!(
        error_lines(&refusal),
        [
            "heygen: error: --s3-endpoint needs AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; AWS_ACCESS_KEY_ID is not set"
        ],
        "{refusal}"
    );

    let run = assert_cmd::Command::from_std(workspace.command())
        .args(["sandbox", "--listen", "127.0.0.1:0", "--url-ttl", "604801"])
        .args(["--s3-endpoint", "http://127.0.0.1:9", "--s3-bucket", "b"])
        .env("AWS_ACCESS_KEY_ID", "a")
        .env("AWS_SECRET_ACCESS_KEY", "b")
        .timeout(limit)
        .assert()
        .code(2);
    assert!(
        stderr(&run).contains("--url-ttl is at most 604800"),
        "{}",
        stderr(&run)
    );

    let run = assert_cmd::Command::from_std(workspace.command())
        .args(["sandbox", "--s3-bucket", "b"])
        .timeout(limit)
        .assert()
        .code(2);
    assert!(stderr(&run).contains("--s3-endpoint"), "{}", stderr(&run));
}
