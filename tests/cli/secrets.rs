//! Every failure path the tool can reach, run with a known key and a known URL signature, with
//! and without `-v` and `--json`: neither may appear anywhere in what the tool prints, even
//! when a server echoes them back.

use super::harness::*;
use super::hostile::{
    CONTENT_TYPE_ONLY, KEY, SIGNATURE, assert_safe, complete_answer, init_answer, problems,
    signed_url,
};

/// One way for things to go wrong: its servers (the API first, started afresh for each run,
/// since replies go by request count), the extra flags and the exit code expected.
struct Scenario {
    name: &'static str,
    servers: fn() -> Vec<FakeServer>,
    flags: &'static [&'static str],
    code: i32,
}

fn api_only(reply: Reply) -> Vec<FakeServer> {
    vec![FakeServer::start(vec![reply])]
}

/// An API whose init points at a storage server answering `storage`.
fn with_storage(storage: Vec<Reply>) -> Vec<FakeServer> {
    let storage = FakeServer::start(storage);
    let api = FakeServer::start(vec![init_answer(
        &signed_url(&storage.base_url()),
        CONTENT_TYPE_ONLY,
    )]);
    vec![api, storage]
}

/// What S3 answers to a PUT whose headers differ from those signed, with the URL echoed in
/// the message for good measure.
fn signature_mismatch() -> Reply {
    Reply::xml(
        403,
        &format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SignatureDoesNotMatch</Code>\
             <Message>The request signature we calculated does not match the signature you \
             provided. Check your key and signing method. URL: {url}</Message>\
             <AWSAccessKeyId>AKIAEXAMPLE</AWSAccessKeyId>\
             <StringToSign>AWS4-HMAC-SHA256\n20240101T000000Z\n20240101/us-east-1/s3/aws4_request\n\
             0123abcd</StringToSign><SignatureProvided>{SIGNATURE}</SignatureProvided>\
             <CanonicalRequest>PUT\n/bucket/clip.mp4\nX-Amz-Algorithm=AWS4-HMAC-SHA256\n\
             host:127.0.0.1\n\nhost\nUNSIGNED-PAYLOAD</CanonicalRequest>\
             <RequestId>R1</RequestId></Error>",
            url = signed_url("https://bucket.s3.amazonaws.com")
        ),
    )
}

fn expired() -> Reply {
    Reply::xml(
        403,
        &format!(
            "<Error><Code>AccessDenied</Code><Message>Request has expired</Message>\
             <X-Amz-Expires>3600</X-Amz-Expires><Signature>{SIGNATURE}</Signature></Error>"
        ),
    )
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "401 echoing the key",
        servers: || {
            api_only(Reply::json(
                401,
                &format!(
                    r#"{{"error":{{"code":"unauthorized","message":"Invalid API key {KEY}"}}}}"#
                ),
            ))
        },
        flags: &[],
        code: 3,
    },
    Scenario {
        name: "403 with the key in the code",
        servers: || {
            api_only(Reply::json(
                403,
                &format!(r#"{{"error":{{"code":"forbidden_{KEY}","message":"no access"}}}}"#),
            ))
        },
        flags: &[],
        code: 3,
    },
    Scenario {
        name: "storage 403 SignatureDoesNotMatch",
        servers: || with_storage(vec![signature_mismatch()]),
        flags: &[],
        code: 1,
    },
    Scenario {
        name: "expired URL, twice",
        servers: || {
            let storage = FakeServer::start(vec![expired()]);
            let init = init_answer(&signed_url(&storage.base_url()), CONTENT_TYPE_ONLY);
            vec![FakeServer::start(vec![init.clone(), init]), storage]
        },
        flags: &[],
        code: 1,
    },
    Scenario {
        name: "storage refuses the connection",
        servers: || {
            api_only(init_answer(
                &signed_url(&closed_port_url()),
                CONTENT_TYPE_ONLY,
            ))
        },
        flags: &[],
        code: 1,
    },
    Scenario {
        name: "API redirect carrying the key and the signature",
        servers: || {
            api_only(Reply::redirect(
                302,
                &format!("http://127.0.0.1:9/{KEY}?X-Amz-Signature={SIGNATURE}&k={KEY}"),
            ))
        },
        flags: &[],
        code: 1,
    },
    Scenario {
        name: "storage redirect echoing the signature",
        servers: || {
            with_storage(vec![Reply::redirect(
                307,
                &format!("http://127.0.0.1:9/{SIGNATURE}/x?X-Amz-Signature={SIGNATURE}"),
            )])
        },
        flags: &[],
        code: 1,
    },
    Scenario {
        name: "escaped slashes in upload_url, then storage 400",
        servers: || {
            let storage = FakeServer::start(vec![Reply::xml(400, "<Error/>")]);
            let url = signed_url(&storage.base_url()).replace('/', "\\/");
            vec![
                FakeServer::start(vec![init_answer(&url, CONTENT_TYPE_ONLY)]),
                storage,
            ]
        },
        flags: &[],
        code: 1,
    },
    Scenario {
        name: "503 retried, then 400 echoing the key",
        servers: || {
            vec![FakeServer::start(vec![
                Reply::json(503, "{}").header("Retry-After", "0"),
                Reply::json(
                    400,
                    &format!(
                        r#"{{"error":{{"code":"bad","message":"{KEY} see {}"}}}}"#,
                        signed_url("https://bucket.example")
                    ),
                ),
            ])]
        },
        flags: &["--retries", "1"],
        code: 1,
    },
    Scenario {
        name: "complete echoing the key in a success",
        servers: || {
            vec![FakeServer::start(vec![
                init_answer(&signed_url(BASE), CONTENT_TYPE_ONLY),
                Reply::new(200),
                Reply::json(
                    200,
                    &format!(
                        r#"{{"data":{{"asset_id":"ast_hostile01","url":"https://cdn.example/a?k={KEY}","by":"{KEY}"}}}}"#
                    ),
                ),
            ])]
        },
        flags: &[],
        code: 0,
    },
    Scenario {
        name: "--no-complete with the signed URL under another name",
        servers: || {
            let url = signed_url(BASE);
            vec![FakeServer::start(vec![
                Reply::json(
                    200,
                    &format!(
                        r#"{{"data":{{"asset_id":"ast_hostile01","upload_url":"{url}","upload":{{"href":"{url}"}},"upload_headers":{CONTENT_TYPE_ONLY}}}}}"#
                    ),
                ),
                Reply::new(200),
            ])]
        },
        flags: &["--no-complete"],
        code: 0,
    },
];

#[test]
fn no_failure_path_shows_the_key_or_the_signature() {
    let mut failures = Vec::new();
    for scenario in SCENARIOS {
        for output_flags in [&[][..], &["-v"], &["--json"], &["-v", "--json"]] {
            let servers = (scenario.servers)();
            let workspace = Workspace::new();
            let clip = workspace.mp4("clip.mp4", 3000);
            let mut command = workspace.heygen_at(&servers[0].base_url(), KEY);
            command
                .args(["asset", "direct-upload"])
                .args(output_flags)
                .args(scenario.flags)
                .arg(&clip);
            if !scenario.flags.contains(&"--retries") {
                command.args(["--retries", "0"]);
            }

            let run = command.assert();

            let what = format!("{} with {output_flags:?}", scenario.name);
            let code = run.get_output().status.code();
            if code != Some(scenario.code) {
                failures.push(format!("{what}: exit {code:?}, stderr:\n{}", stderr(&run)));
            }
            failures.extend(problems(&run).into_iter().map(|p| format!("{what}: {p}")));
            if output_flags.contains(&"--json") {
                assert_eq!(json_lines(&run).len(), 1, "{what}");
            }
            if scenario.code != 0 {
                single_error(&stderr(&run), "clip.mp4");
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn an_unreachable_api_shows_no_secret() {
    for output_flags in [&[][..], &["-v"], &["--json"], &["-v", "--json"]] {
        let workspace = Workspace::new();
        let clip = workspace.mp4("clip.mp4", 3000);

        let run = workspace
            .heygen_at(&closed_port_url(), KEY)
            .args(["--retries", "0"])
            .args(output_flags)
            .args(["asset", "direct-upload", &clip])
            .assert()
            .code(1);
        assert_safe(&run);
        let error = single_error(&stderr(&run), "clip.mp4").to_string();
        assert!(error.contains("cannot connect to 127.0.0.1:"), "{error}");
    }
}

#[test]
fn a_rejected_key_from_the_flag_is_not_shown() {
    let api = FakeServer::start(vec![Reply::json(
        401,
        r#"{"error":{"code":"unauthorized","message":"bad key"}}"#,
    )]);
    let workspace = Workspace::new();
    let photo = workspace.png("photo.png");

    let run = workspace
        .heygen_at(&api.base_url(), "unused")
        .args(["-v", "--api-key", KEY, "asset", "upload", &photo])
        .assert()
        .code(3);

    assert_safe(&run);
    assert_eq!(api.requests()[0].header("x-api-key"), Some(KEY));
    assert!(
        stderr(&run).contains("x-api-key: (redacted)"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn a_successful_run_stores_nothing_secret_in_its_output() {
    let api = FakeServer::start(vec![
        init_answer(&signed_url(BASE), CONTENT_TYPE_ONLY),
        Reply::new(200),
        complete_answer(),
    ]);
    let workspace = Workspace::new();
    let clip = workspace.mp4("clip.mp4", 3000);

    let run = workspace
        .heygen_at(&api.base_url(), KEY)
        .args(["-v", "--json", "asset", "direct-upload", &clip])
        .assert()
        .success();

    assert_safe(&run);
    let stderr = stderr(&run);
    assert!(stderr.contains("/bucket/clip.mp4?<redacted>\n"), "{stderr}");
    assert_eq!(json_line(&run)["data"]["asset_id"], "ast_hostile01");
}

#[test]
fn a_signature_mismatch_quotes_storage_without_the_signature() {
    let servers = with_storage(vec![signature_mismatch()]);
    let workspace = Workspace::new();
    let clip = workspace.mp4("clip.mp4", 3000);

    let run = workspace
        .heygen_at(&servers[0].base_url(), KEY)
        .args(["--retries", "0", "asset", "direct-upload", &clip])
        .assert()
        .code(1);

    assert_safe(&run);
    assert_eq!(
        single_error(&stderr(&run), "clip.mp4"),
        "heygen: error: clip.mp4: storage refused the upload (403 SignatureDoesNotMatch: The \
         request signature we calculated does not match the signature you provided. Check your \
         key and signing method. URL: https://bucket.s3.amazonaws.com/bucket/clip.mp4?<redacted>); \
         the headers sent were content-type, content-length, which must match the signed \
         upload_headers"
    );
}

/// A password written into the base URL never shows, not even in retry notes.
#[test]
fn a_password_in_the_base_url_is_never_shown() {
    let workspace = Workspace::new();
    let photo = workspace.png("photo.png");
    // A port nothing listens on: bound, then let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let run = assert_cmd::Command::from_std(workspace.command())
        .env("HEYGEN_API_KEY", "sk_any")
        .args([
            "--base-url",
            &format!("http://user:sekritpw@127.0.0.1:{port}"),
            "--retries",
            "1",
            "-v",
            "asset",
            "upload",
            &photo,
        ])
        .assert()
        .code(1);
    let err = stderr(&run);
    assert!(err.contains("retry 1 of 1"), "{err}");
    assert!(!err.contains("sekritpw"), "{err}");
    assert!(!stdout(&run).contains("sekritpw"));
}
