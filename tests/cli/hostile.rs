//! A hostile or broken API and storage (the fake server): redirects, malformed init answers,
//! bad upload headers and URLs, huge, HTML, invalid UTF-8 and terminal-rewriting error bodies.
//! Each must end in one clear error line and a non-zero exit, never a panic or a hang.

use assert_cmd::assert::Assert;

use super::harness::*;

pub const KEY: &str = "sk_SECRET_KEY_1234567890";
pub const SIGNATURE: &str = "SIGSECRET0123456789";
const CLIP_SIZE: u64 = 3000;

/// A presigned-looking URL on `base` (which may be `BASE`, the server's own address).
pub fn signed_url(base: &str) -> String {
    format!(
        "{base}/bucket/clip.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600\
         &X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost&X-Amz-Signature={SIGNATURE}"
    )
}

/// An init answer with `upload_url` and `upload_headers` (JSON text) as given.
pub fn init_answer(upload_url: &str, headers: &str) -> Reply {
    Reply::json(
        200,
        &format!(
            r#"{{"data":{{"asset_id":"ast_hostile01","upload_url":"{upload_url}","upload_headers":{headers},"expires_in_seconds":3600,"max_bytes":209715200,"status":"pending_upload"}}}}"#
        ),
    )
}

pub const CONTENT_TYPE_ONLY: &str = r#"{"content-type":"video/mp4"}"#;

pub fn complete_answer() -> Reply {
    Reply::json(
        200,
        r#"{"data":{"asset_id":"ast_hostile01","url":"https://cdn.example/a","status":"processing"}}"#,
    )
}

/// `heygen [flags] asset direct-upload clip.mp4` against `api`, no retries.
pub fn direct_upload(workspace: &Workspace, api: &FakeServer, flags: &[&str]) -> Assert {
    let clip = workspace.mp4("clip.mp4", CLIP_SIZE);
    workspace
        .heygen_at(&api.base_url(), KEY)
        .args(["--retries", "0"])
        .args(flags)
        .args(["asset", "direct-upload", &clip])
        .assert()
}

/// Checks a failed run: exit `code`, nothing on stdout (no `--json` here), one error line
/// about clip.mp4 with nothing a terminal would act on, no panic, no secret. Returns the line.
pub fn clean_failure(run: &Assert, code: i32) -> String {
    let stderr = stderr(run);
    assert_eq!(
        run.get_output().status.code(),
        Some(code),
        "exit code; stderr:\n{stderr}"
    );
    assert_eq!(stdout(run), "", "stdout");
    assert_safe(run);
    single_error(&stderr, "clip.mp4").to_string()
}

/// No panic, no escape or other control byte (but newlines) and no secret in either output.
pub fn assert_safe(run: &Assert) {
    let problems = problems(run);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What `assert_safe` checks, as a list of what is wrong.
pub fn problems(run: &Assert) -> Vec<String> {
    let output = run.get_output();
    let mut problems = Vec::new();
    for (name, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        let checks = [
            (text.contains("panicked"), "a panic"),
            (
                text.chars().any(|c| c.is_control() && c != '\n'),
                "a control character",
            ),
            (text.contains(KEY), "the key"),
            (text.contains(SIGNATURE), "the signature"),
        ];
        for (found, what) in checks {
            if found {
                problems.push(format!("{name} shows {what}:\n{text:?}"));
            }
        }
    }
    problems
}

fn contains(error: &str, part: &str) {
    assert!(
        error.contains(part),
        "the error should say {part:?}: {error}"
    );
}

#[test]
fn a_redirect_from_the_api_is_refused_and_its_target_named_and_never_reached() {
    let elsewhere = FakeServer::start(vec![Reply::json(200, "{}")]);
    for status in [301, 302, 303, 307, 308] {
        let location = format!("{}/v3/assets/direct-uploads", elsewhere.base_url());
        let api = FakeServer::start(vec![Reply::redirect(status, &location)]);
        let workspace = Workspace::new();

        let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);

        contains(&error, &format!("HeyGen answered {status}"));
        contains(&error, &format!("redirecting to {location}"));
        contains(&error, "never follows redirects");
        assert_eq!(api.lines(), ["POST /v3/assets/direct-uploads"]);
        assert_eq!(api.requests()[0].header("x-api-key"), Some(KEY));
    }
    elsewhere.assert_untouched();
}

#[test]
fn a_redirect_answering_the_simple_upload_is_refused_too() {
    let elsewhere = FakeServer::start(vec![Reply::json(200, "{}")]);
    let api = FakeServer::start(vec![Reply::redirect(
        308,
        &format!("{}/v3/assets", elsewhere.base_url()),
    )]);
    let workspace = Workspace::new();
    let photo = workspace.png("clip.mp4.png");

    let run = workspace
        .heygen_at(&api.base_url(), KEY)
        .args(["asset", "upload", &photo])
        .assert();

    assert_eq!(run.get_output().status.code(), Some(1));
    assert_safe(&run);
    let error = single_error(&stderr(&run), "clip.mp4.png").to_string();
    contains(&error, &elsewhere.host());
    assert_eq!(api.lines(), ["POST /v3/assets"]);
    elsewhere.assert_untouched();
}

#[test]
fn a_redirect_from_storage_is_refused_and_its_target_never_reached() {
    let elsewhere = FakeServer::start(vec![Reply::json(200, "{}")]);
    let storage = FakeServer::start(vec![Reply::redirect(
        307,
        &format!(
            "{}/bucket/clip.mp4?X-Amz-Signature={SIGNATURE}",
            elsewhere.base_url()
        ),
    )]);
    let api = FakeServer::start(vec![init_answer(
        &signed_url(&storage.base_url()),
        CONTENT_TYPE_ONLY,
    )]);
    let workspace = Workspace::new();

    let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);

    assert_eq!(
        error,
        format!(
            "heygen: error: clip.mp4: storage answered 307 Temporary Redirect, redirecting to \
             {}/bucket/clip.mp4?<redacted>; heygen never follows redirects, so nothing was \
             uploaded; run the upload again",
            elsewhere.base_url()
        )
    );
    assert_eq!(api.lines(), ["POST /v3/assets/direct-uploads"]);
    assert_eq!(storage.lines(), ["PUT /bucket/clip.mp4"]);
    let put = &storage.requests()[0];
    assert_eq!(
        put.header("x-api-key"),
        None,
        "the key never goes to storage"
    );
    assert_eq!(put.body.len() as u64, CLIP_SIZE);
    elsewhere.assert_untouched();
}

#[test]
fn malformed_init_answers_stop_before_storage() {
    let url = signed_url(BASE);
    let cases = [
        (r#"{"data":{}}"#.to_string(), "no \"asset_id\" string"),
        (
            format!(r#"{{"data":{{"asset_id":42,"upload_url":"{url}"}}}}"#),
            "no \"asset_id\" string",
        ),
        (
            r#"{"data":{"asset_id":"ast_1","upload_url":{"href":"x"}}}"#.to_string(),
            "no \"upload_url\" string",
        ),
        (
            r#"{"data":{"asset_id":"ast_1","upload_url":""}}"#.to_string(),
            "no \"upload_url\" string",
        ),
        (
            format!(
                r#"{{"data":{{"asset_id":"ast_1","upload_url":"{url}","upload_headers":["a"]}}}}"#
            ),
            "\"upload_headers\" is not an object",
        ),
        (
            format!(r#"{{"data":{{"asset_id":"../../v3/avatars","upload_url":"{url}"}}}}"#),
            "\"asset_id\" is not an id",
        ),
        (r#"{"data":[]}"#.to_string(), "no \"data\" object"),
        (r#"{"data":null}"#.to_string(), "no \"data\" object"),
        ("[1,2]".to_string(), "no \"data\" object"),
        (r#"{"data":"#.to_string(), "not JSON"),
    ];
    for (body, expected) in cases {
        let api = FakeServer::start(vec![Reply::json(200, &body)]);
        let workspace = Workspace::new();

        let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);

        contains(&error, expected);
        assert_eq!(api.lines(), ["POST /v3/assets/direct-uploads"], "{body}");
    }
}

#[test]
fn bad_upload_headers_stop_before_storage() {
    let cases = [
        (
            r#"{"x-amz-meta-a":{"nested":1}}"#,
            "upload header \"x-amz-meta-a\" is not a string",
        ),
        (
            r#"{"x-amz-meta-a":["v"]}"#,
            "upload header \"x-amz-meta-a\" is not a string",
        ),
        (
            r#"{"x-amz-meta-a":null}"#,
            "upload header \"x-amz-meta-a\" is not a string",
        ),
        (
            r#"{"bad header":"v"}"#,
            "upload header \"bad header\" is not a valid HTTP header",
        ),
        (
            r#"{"":"v"}"#,
            "upload header \"\" is not a valid HTTP header",
        ),
        (
            r#"{"x-\u001b[31mred":"v"}"#,
            "upload header \"x-\\u{1b}[31mred\" is not a valid HTTP header",
        ),
        (
            r#"{"x-amz-meta-a":"v\r\nx-api-key: stolen"}"#,
            "upload header \"x-amz-meta-a\" is not a valid HTTP header",
        ),
    ];
    for (headers, expected) in cases {
        let storage = FakeServer::start(vec![Reply::new(200)]);
        let api = FakeServer::start(vec![init_answer(&signed_url(&storage.base_url()), headers)]);
        let workspace = Workspace::new();

        let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);

        contains(&error, expected);
        contains(&error, "nothing was uploaded");
        storage.assert_untouched();
    }
}

#[test]
fn upload_urls_that_are_not_https_or_loopback_http_are_never_contacted() {
    let ftp = FakeServer::start(vec![Reply::new(200)]);
    let cases = [
        ("file:///etc/passwd".to_string(), "is not an http(s) URL"),
        (
            format!("ftp://{}/bucket/clip.mp4", ftp.host()),
            "is not an http(s) URL",
        ),
        ("javascript:alert(1)".to_string(), "is not an http(s) URL"),
        ("not a url".to_string(), "is not a URL"),
        (
            format!("http://example.invalid/bucket/clip.mp4?X-Amz-Signature={SIGNATURE}"),
            "uses plain http to another machine",
        ),
    ];
    for (url, expected) in cases {
        let api = FakeServer::start(vec![init_answer(&url, CONTENT_TYPE_ONLY)]);
        let workspace = Workspace::new();

        let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);

        contains(&error, &format!("HeyGen's upload_url {expected}"));
        assert_eq!(api.lines(), ["POST /v3/assets/direct-uploads"]);
    }
    ftp.assert_untouched();
}

#[test]
fn a_plain_http_base_url_to_another_machine_is_refused_before_any_request() {
    let workspace = Workspace::new();
    let clip = workspace.mp4("clip.mp4", CLIP_SIZE);

    let run = workspace
        .heygen_at("http://example.invalid", KEY)
        .args(["asset", "direct-upload", &clip])
        .assert()
        .code(2);

    assert_safe(&run);
    let stderr = stderr(&run);
    assert_eq!(error_lines(&stderr).len(), 1, "{stderr}");
    contains(&stderr, "plain http");
}

#[test]
fn a_2_gb_error_body_is_cut_and_the_run_ends() {
    for (status, expected) in [
        (400, "HeyGen answered 400 Bad Request"),
        (500, "HeyGen answered 500 Internal Server Error"),
        (200, "not JSON"),
    ] {
        let api = FakeServer::start(vec![Reply::huge(status, 2_000_000_000)]);
        let workspace = Workspace::new();

        let run = direct_upload(&workspace, &api, &["-v"]);

        let error = clean_failure(&run, 1);
        contains(&error, expected);
        assert!(stderr(&run).len() < 64 * 1024, "-v shows a bounded part");
    }
}

#[test]
fn a_2_gb_error_body_from_storage_is_cut_too() {
    let storage = FakeServer::start(vec![Reply::huge(403, 2_000_000_000)]);
    let api = FakeServer::start(vec![init_answer(
        &signed_url(&storage.base_url()),
        CONTENT_TYPE_ONLY,
    )]);
    let workspace = Workspace::new();

    let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);

    contains(&error, "storage refused the upload (403 no details)");
}

#[test]
fn a_huge_error_message_is_cut_to_a_readable_line() {
    let body = format!(
        r#"{{"error":{{"code":"invalid_parameter","message":"{}"}}}}"#,
        "x".repeat(500_000)
    );
    let api = FakeServer::start(vec![Reply::json(400, &body)]);
    let workspace = Workspace::new();

    let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);

    let quoted = format!("invalid_parameter: {}…", "x".repeat(300));
    assert_eq!(
        error,
        format!("heygen: error: clip.mp4: HeyGen answered 400 {quoted}")
    );
}

#[test]
fn an_html_502_page_falls_back_to_the_status() {
    let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
                <center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    let api = FakeServer::start(vec![
        Reply::new(502)
            .header("Content-Type", "text/html")
            .body(page.as_bytes()),
    ]);
    let workspace = Workspace::new();

    let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);

    assert_eq!(
        error,
        "heygen: error: clip.mp4: HeyGen answered 502 Bad Gateway"
    );
}

#[test]
fn invalid_utf8_in_an_error_message_is_shown_replaced() {
    let api = FakeServer::start(vec![Reply::new(400).body(
        b"{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"caf\xe9 \xff\xfe name\"}}",
    )]);
    let workspace = Workspace::new();

    let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);

    assert_eq!(
        error,
        "heygen: error: clip.mp4: HeyGen answered 400 invalid_parameter: caf\u{fffd} \u{fffd}\u{fffd} name"
    );
}

#[test]
fn escape_sequences_and_control_characters_in_messages_are_escaped() {
    let body = r#"{"error":{"code":"\u001b[31mbad\u001b[0m","message":"\u001b]0;pwned\u0007\u001b[2J\r\n\u0000gone\u009b1m \u202etxt.exe"}}"#;
    let api = FakeServer::start(vec![Reply::json(400, body)]);
    let workspace = Workspace::new();

    let run = direct_upload(&workspace, &api, &["-v"]);

    let error = clean_failure(&run, 1);
    assert_eq!(
        error,
        "heygen: error: clip.mp4: HeyGen answered 400 \\u{1b}[31mbad\\u{1b}[0m: \
         \\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\r\\n\\u{0}gone\\u{9b}1m \\u{202e}txt.exe"
    );

    let json = workspace
        .heygen_at(&api.base_url(), KEY)
        .args([
            "--retries",
            "0",
            "--json",
            "asset",
            "direct-upload",
            "clip.mp4",
        ])
        .assert()
        .code(1);
    assert_safe(&json);
    let line = json_line(&json);
    assert_eq!(line["error"]["code"], "\\u{1b}[31mbad\\u{1b}[0m");
}

#[test]
fn escape_sequences_from_storage_are_escaped() {
    let xml = "<?xml version=\"1.0\"?><Error><Code>Access\x1b[2JDenied</Code>\
               <Message>\x1b]8;;https://evil.example\x07click\x1b]8;;\x07</Message></Error>";
    let storage = FakeServer::start(vec![Reply::xml(403, xml)]);
    let api = FakeServer::start(vec![init_answer(
        &signed_url(&storage.base_url()),
        CONTENT_TYPE_ONLY,
    )]);
    let workspace = Workspace::new();

    let error = clean_failure(&direct_upload(&workspace, &api, &["-v"]), 1);

    contains(
        &error,
        "storage refused the upload (403 Access\\u{1b}[2JDenied:",
    );
}

#[test]
fn a_raw_escape_in_a_header_is_a_transport_error() {
    let api = FakeServer::start(vec![
        Reply::new(302).raw_header("Location", b"http://127.0.0.1:9/\x1b[2J"),
    ]);
    let workspace = Workspace::new();

    let error = clean_failure(&direct_upload(&workspace, &api, &["-v"]), 1);

    contains(&error, &format!("the connection to {} failed", api.host()));
}

#[test]
fn success_answers_without_data_are_errors() {
    // Init answers without data.
    for body in [r#"{"ok":true}"#, r#"{"asset_id":"ast_1"}"#] {
        let api = FakeServer::start(vec![Reply::json(200, body)]);
        let workspace = Workspace::new();
        let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);
        contains(&error, "HeyGen's answer has no \"data\" object");
    }

    // Complete, after the bytes were stored.
    let api = FakeServer::start(vec![
        init_answer(&signed_url(BASE), CONTENT_TYPE_ONLY),
        Reply::new(200),
        Reply::json(200, r#"{"result":"ok"}"#),
    ]);
    let workspace = Workspace::new();
    let error = clean_failure(&direct_upload(&workspace, &api, &[]), 1);
    contains(&error, "HeyGen's answer has no \"data\" object");
    assert_eq!(
        api.lines(),
        [
            "POST /v3/assets/direct-uploads",
            "PUT /bucket/clip.mp4",
            "POST /v3/assets/ast_hostile01/complete",
        ]
    );

    // The simple upload.
    let api = FakeServer::start(vec![Reply::json(201, r#"{"asset_id":"ast_1"}"#)]);
    let workspace = Workspace::new();
    let photo = workspace.png("clip.mp4.png");
    let run = workspace
        .heygen_at(&api.base_url(), KEY)
        .args(["asset", "upload", &photo])
        .assert()
        .code(1);
    assert_safe(&run);
    let error = single_error(&stderr(&run), "clip.mp4.png").to_string();
    contains(&error, "no \"data\" object");
}

#[test]
fn the_fake_server_serves_a_whole_direct_upload() {
    // The other tests' failures are the cases' own, not the fake server's.
    let api = FakeServer::start(vec![
        init_answer(&signed_url(BASE), CONTENT_TYPE_ONLY),
        Reply::new(200),
        complete_answer(),
    ]);
    let workspace = Workspace::new();

    let run = direct_upload(&workspace, &api, &[]).success();

    assert_eq!(stdout(&run), "ast_hostile01\n");
    let requests = api.requests();
    assert_eq!(requests[1].header("content-type"), Some("video/mp4"));
    assert_eq!(requests[1].body, workspace.read("clip.mp4"));
    assert!(requests[1].target.ends_with(SIGNATURE));
    assert_eq!(requests[2].header("x-api-key"), Some(KEY));
}
