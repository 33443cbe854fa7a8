//! HeyGen's rate limit: one pace for every request of a run, 429s that use up no retry, one
//! note when throttling starts, and a clear end when HeyGen never lets a request through.

use heygen_sandbox::Faults;

use super::harness::*;

fn with_faults(spec: &str) -> Env {
    let faults = Faults::parse(spec).expect("a valid fault spec");
    Env::with(|config| config.faults = faults)
}

fn statuses(env: &Env) -> Vec<u16> {
    env.exchanges().iter().map(|e| e.status).collect()
}

#[test]
fn many_files_at_high_jobs_all_go_through_a_rate_limit() {
    let env = with_faults("rate-limit=10/5");
    let files: Vec<String> = (0..40)
        .map(|i| env.png(&format!("shot{i:02}.png")))
        .collect();
    // One request per file, as without batches.
    let mut args = vec![
        "asset",
        "upload",
        "--batch",
        "never",
        "--jobs",
        "16",
        "--retries",
        "0",
    ];
    args.extend(files.iter().map(String::as_str));

    let run = env.run(&args).success();

    let ids = env.sandbox.asset_ids();
    assert_eq!(ids.len(), 40, "every file is uploaded once");
    assert_eq!(stdout(&run).lines().count(), 40);
    let statuses = statuses(&env);
    let refused = statuses.iter().filter(|&&s| s == 429).count();
    assert_eq!(statuses.len() - refused, 40, "{statuses:?}");
    // 16 at once meet a burst of 5: the first refusals are those already under way, then the
    // pace holds.
    assert!(refused <= 24, "{refused} refused: {statuses:?}");
    let stderr = stderr(&run);
    let notes: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("HeyGen is limiting requests"))
        .collect();
    assert_eq!(notes.len(), 1, "{stderr}");
    assert!(
        notes[0].starts_with("heygen: HeyGen is limiting requests; slowing to about "),
        "{stderr}"
    );
    let limited = stderr.find("HeyGen limited requests for the last");
    let summary = stderr.find("40 files: 40 done, 0 failed");
    assert!(
        limited.zip(summary).is_some_and(|(l, s)| l < s),
        "how long HeyGen limited requests, then the summary: {stderr}"
    );
    assert!(
        !stderr.contains("; retry "),
        "no line per refusal: {stderr}"
    );
    assert_eq!(error_lines(&stderr), Vec::<&str>::new());
}

/// A bar held back by the rate limit before its first byte says why, rather than `0 B/s ETA ?`.
#[test]
fn bars_held_back_by_the_rate_limit_say_they_are_waiting() {
    let env = with_faults("rate-limit=10/5");
    let files: Vec<String> = (0..30)
        .map(|i| env.png(&format!("shot{i:02}.png")))
        .collect();
    let run = env
        .heygen()
        .env("COLUMNS", "120")
        .args(["asset", "upload", "--batch", "never", "--jobs", "16"])
        .args(["--progress", "bar"])
        .args(&files)
        .assert()
        .success();
    assert_eq!(stdout(&run).lines().count(), 30);
    let stderr = stderr(&run);
    assert!(
        stderr.contains("] waiting: HeyGen's rate limit"),
        "{stderr}"
    );
}

#[test]
fn refusals_use_up_no_retry() {
    // Five refusals in a row, with --retries 0: the file still goes up.
    let env = with_faults("assets-429=5");
    let photo = env.png("me.png");

    let run = env
        .run(&["asset", "upload", "--retries", "0", &photo])
        .success();

    assert_eq!(statuses(&env), [429, 429, 429, 429, 429, 200]);
    assert_eq!(stdout(&run), format!("{}\n", env.only_asset_id()));
}

#[test]
fn a_storm_longer_than_the_wait_timeout_ends_with_one_clear_line() {
    let env = with_faults("assets-429=1000");
    let photo = env.png("me.png");

    let run = env
        .run(&["asset", "upload", "--wait-timeout", "2", &photo])
        .code(1);

    let stderr = stderr(&run);
    let error = single_error(&stderr, "me.png");
    assert!(
        error.contains("HeyGen kept refusing requests (429 rate_limit_exceeded) for 2 s"),
        "{error}"
    );
    assert!(error.contains("--wait-timeout"), "{error}");
    assert_eq!(stdout(&run), "");
    assert!(env.sandbox.asset_ids().is_empty());
    let statuses = statuses(&env);
    // Retry-After is 1 s: a few refusals in 2 s, not one per retry and not a flood.
    assert!(
        (2..=4).contains(&statuses.len()) && statuses.iter().all(|&s| s == 429),
        "{statuses:?}"
    );
}

#[test]
fn storage_429s_are_still_retries() {
    let env = with_faults("put-429=1");
    let clip = env.mp4("clip.mp4", 3000);

    let run = env.run(&["asset", "direct-upload", &clip]).success();

    let stderr = stderr(&run);
    assert!(stderr.contains("retry 1 of 3"), "{stderr}");
    assert!(!stderr.contains("HeyGen is limiting"), "{stderr}");
}
