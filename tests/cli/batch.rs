//! Runs of many files through HeyGen's batch direct upload: one request presigns 100 files,
//! the bytes go straight to storage, one request completes each batch. What the user sees is
//! what a run one by one shows: ids in argument order, a failed file's own error line.

use heygen_sandbox::Faults;

use super::harness::*;

fn pngs(env: &Env, count: usize) -> Vec<String> {
    (0..count)
        .map(|i| env.png(&format!("shot{i:03}.png")))
        .collect()
}

fn count(env: &Env, request: &str) -> usize {
    env.requests()
        .iter()
        .filter(|r| r.as_str() == request)
        .count()
}

#[test]
fn many_files_take_two_batch_inits_and_no_single_upload_and_print_ids_in_order() {
    let env = Env::new();
    let files = pngs(&env, 150);

    let run = env
        .heygen()
        .args(["asset", "upload", "--jobs", "16"])
        .args(&files)
        .assert()
        .success();

    assert_eq!(count(&env, "POST /v3/assets/direct-uploads/batches"), 2);
    assert_eq!(count(&env, "POST /v3/assets/complete/batches"), 2);
    assert_eq!(count(&env, "POST /v3/assets"), 0, "no simple upload");
    assert_eq!(
        count(&env, "POST /v3/assets/direct-uploads"),
        0,
        "no single init"
    );
    let api_requests = env
        .requests()
        .iter()
        .filter(|r| r.contains(" /v3/"))
        .count();
    assert!(
        api_requests <= 16,
        "{api_requests} API requests for 150 files"
    );
    // Each id in the order of the files, and each file's bytes stored under its id.
    let ids: Vec<String> = stdout(&run).lines().map(str::to_string).collect();
    assert_eq!(ids.len(), 150);
    let inits: Vec<_> = env
        .exchanges()
        .into_iter()
        .filter(|e| e.path == "/v3/assets/direct-uploads/batches")
        .collect();
    // Presigned in either order, each batch a run of the arguments.
    let name = |file: &serde_json::Value| file["filename"].as_str().unwrap().to_string();
    let mut batches: Vec<Vec<String>> = inits
        .iter()
        .map(|init| {
            let files = init.json.as_ref().unwrap()["files"].as_array().unwrap();
            files.iter().map(name).collect()
        })
        .collect();
    batches.sort();
    assert_eq!(batches[0].len(), 100);
    assert_eq!(batches.concat(), files, "batches of 100 in argument order");
    // The first batch's bytes go first, whichever batch was presigned first.
    let puts: Vec<String> = env
        .sandbox
        .arrived()
        .into_iter()
        .filter(|r| r.starts_with("PUT "))
        .collect();
    assert_eq!(puts.len(), 150);
    assert!(
        puts[..90].iter().all(|put| put.contains("/shot0")),
        "{puts:?}"
    );
    for (id, file) in ids.iter().zip(&files) {
        assert!(is_id(id, "ast_"), "{id}");
        assert_eq!(env.stored(id), env.read(file), "{file}");
    }
    assert_eq!(error_lines(&stderr(&run)), Vec::<&str>::new());
}

#[test]
fn a_failed_item_is_that_files_error_and_the_others_succeed() {
    let faults = Faults::parse("batch-item-failed=shot004.png").unwrap();
    let env = Env::with(|config| config.faults = faults);
    let files = pngs(&env, 12);

    let run = env
        .heygen()
        .args(["--json", "asset", "upload"])
        .args(&files)
        .assert()
        .code(1);

    let lines = json_lines(&run);
    assert_eq!(lines.len(), 12);
    for (line, file) in lines.iter().zip(&files) {
        assert_eq!(line["file"], file.as_str());
        match file.as_str() {
            "shot004.png" => assert_eq!(line["error"]["code"], "ingest_failed", "{line}"),
            _ => {
                assert_eq!(line["data"]["status"], "completed", "{line}");
                assert!(
                    line["data"]["asset_id"]
                        .as_str()
                        .is_some_and(|id| is_id(id, "ast_"))
                );
            }
        }
    }
    let stderr = stderr(&run);
    let error = single_error(&stderr, "shot004.png");
    assert!(error.contains("ingest_failed"), "{error}");
}

#[test]
fn batch_never_uploads_one_by_one_and_a_few_files_do_too() {
    let env = Env::new();
    let files = pngs(&env, 12);
    env.heygen()
        .args(["asset", "upload", "--batch", "never"])
        .args(&files)
        .assert()
        .success();
    assert_eq!(count(&env, "POST /v3/assets"), 12);

    let few = Env::new();
    let files = pngs(&few, 9);
    few.heygen()
        .args(["asset", "upload"])
        .args(&files)
        .assert()
        .success();
    assert_eq!(
        count(&few, "POST /v3/assets"),
        9,
        "auto: under 10 files, one by one"
    );
    let env = Env::new();
    let files = pngs(&env, 2);
    env.heygen()
        .env("HEYGEN_BATCH", "always")
        .args(["asset", "upload"])
        .args(&files)
        .assert()
        .success();
    assert_eq!(count(&env, "POST /v3/assets/direct-uploads/batches"), 1);
}

#[test]
fn a_file_whose_batch_url_expired_gets_a_fresh_single_init() {
    let env = Env::with(|config| config.faults = Faults::parse("put-expired=1").unwrap());
    let files = pngs(&env, 10);

    let run = env
        .heygen()
        .args(["asset", "upload", "--jobs", "1"])
        .args(&files)
        .assert()
        .success();

    assert_eq!(
        count(&env, "POST /v3/assets/direct-uploads"),
        1,
        "one fresh init"
    );
    let ids: Vec<String> = stdout(&run).lines().map(str::to_string).collect();
    assert_eq!(ids.len(), 10);
    for (id, file) in ids.iter().zip(&files) {
        assert_eq!(env.stored(id), env.read(file), "{file}");
    }
    assert!(
        stderr(&run)
            .contains("shot000.png: the batch's upload URL expired; uploading the file on its own"),
        "{}",
        stderr(&run)
    );
}

#[test]
fn a_bad_batch_value_is_a_usage_error() {
    let env = Env::new();
    let photo = env.png("a.png");
    let run = env
        .run(&["asset", "upload", "--batch", "sometimes", &photo])
        .code(2);
    assert!(stderr(&run).contains("sometimes"), "{}", stderr(&run));
    let run = env
        .heygen()
        .env("HEYGEN_BATCH", "often")
        .args(["asset", "upload", &photo])
        .assert()
        .code(2);
    assert!(stderr(&run).contains("often"), "{}", stderr(&run));
    assert!(env.requests().is_empty());
}

#[test]
fn dry_run_names_each_files_batch() {
    let env = Env::new();
    let files = pngs(&env, 101);

    let run = env
        .heygen()
        .args(["--json", "asset", "upload", "--dry-run"])
        .args(&files)
        .assert()
        .success();

    let plans = json_lines(&run);
    assert_eq!(plans.len(), 101);
    assert_eq!(
        (plans[0]["route"].as_str(), plans[0]["batch"].as_u64()),
        (Some("batch"), Some(1))
    );
    assert_eq!(
        (plans[100]["batch"].as_u64(), plans[100]["batches"].as_u64()),
        (Some(2), Some(2))
    );
    assert!(env.requests().is_empty(), "a dry run sends nothing");
}
