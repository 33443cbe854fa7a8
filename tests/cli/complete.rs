//! `heygen asset complete`: finalizing direct uploads.

use serde_json::json;

use super::harness::*;

/// An asset whose bytes are stored but that is not completed yet.
fn uploaded_not_completed(env: &Env) -> String {
    let clip = env.mp4("clip.mp4", 3000);
    env.run(&["asset", "direct-upload", "--no-complete", &clip])
        .success();
    env.only_asset_id()
}

#[test]
fn completes_an_uploaded_asset_and_prints_its_id() {
    let env = Env::new();
    let id = uploaded_not_completed(&env);

    let run = env.run(&["asset", "complete", &id]).success();

    assert_eq!(stdout(&run), format!("{id}\n"));
    let complete = env.exchanges().pop().unwrap();
    assert_eq!(complete.method, "POST");
    assert_eq!(complete.path, format!("/v3/assets/{id}/complete"));
    assert_eq!(complete.json, Some(json!({})));
    assert_eq!(complete.header("x-api-key"), Some(env.key()));
    assert_eq!(complete.status, 200);
}

#[test]
fn with_json_prints_the_answer_and_is_idempotent() {
    let env = Env::new();
    let id = uploaded_not_completed(&env);

    let first = json_line(&env.run(&["asset", "complete", &id, "--json"]).success());
    let second = json_line(&env.run(&["asset", "complete", &id, "--json"]).success());

    assert_eq!(first["data"]["asset_id"], id.as_str());
    assert_eq!(first["data"]["status"], "processing");
    assert_eq!(first["data"]["mime_type"], "video/mp4");
    assert_eq!(first, second);
}

#[test]
fn unknown_asset_fails_naming_it() {
    let env = Env::new();
    let id = "ast_0000000000000000";

    let run = env.run(&["asset", "complete", id]).code(1);

    assert_eq!(stdout(&run), "");
    let error = single_error(&stderr(&run), id).to_string();
    assert!(error.contains("404"), "{error}");
    assert!(error.contains("not_found"), "{error}");
    let [complete] = env.exactly();
    assert_eq!(complete.path, format!("/v3/assets/{id}/complete"));
    assert_eq!(complete.status, 404);
}

#[test]
fn unknown_asset_with_json_prints_an_error_object() {
    let env = Env::new();
    let id = "ast_0000000000000000";

    let run = env.run(&["--json", "asset", "complete", id]).code(1);

    let line = json_line(&run);
    assert_eq!(line["asset_id"], id);
    assert_eq!(line["error"]["code"], "not_found");
    assert!(line["error"]["message"].is_string(), "{line}");
    assert!(line.get("data").is_none(), "{line}");
}

#[test]
fn a_run_completes_the_others_after_a_failure() {
    let env = Env::new();
    let id = uploaded_not_completed(&env);
    let unknown = "ast_0000000000000000";
    let before = env.exchanges().len();

    let run = env.run(&["asset", "complete", unknown, &id]).code(1);

    assert_eq!(stdout(&run), format!("{id}\n"));
    single_error(&stderr(&run), unknown);
    let statuses: Vec<u16> = env.exchanges()[before..].iter().map(|e| e.status).collect();
    assert_eq!(statuses, [404, 200]);
}

#[test]
fn an_invalid_id_is_refused_before_anything_is_sent() {
    let env = Env::new();

    let run = env
        .run(&["asset", "complete", "ast_0123456789abcdef", "../x"])
        .code(2);

    assert_eq!(stdout(&run), "");
    single_error(&stderr(&run), "../x");
    env.assert_nothing_sent();
}

#[test]
fn conflict_is_retried_five_times() {
    // Expired upload URLs leave assets whose bytes never arrived: complete answers 409.
    let env = Env::with(|config| config.url_ttl_secs = 0);
    let clip = env.mp4("clip.mp4", 3000);
    env.run(&["asset", "direct-upload", "--no-complete", &clip])
        .code(1);
    let id = env.sandbox.asset_ids()[0].clone();
    let before = env.exchanges().len();

    let run = env.run(&["asset", "complete", &id]).code(1);

    let error = single_error(&stderr(&run), &id).to_string();
    assert!(error.contains("conflict"), "{error}");
    let attempts: Vec<(String, u16)> = env.exchanges()[before..]
        .iter()
        .map(|e| (e.path.clone(), e.status))
        .collect();
    let expected = (format!("/v3/assets/{id}/complete"), 409);
    assert_eq!(attempts, vec![expected; 5]);
}
