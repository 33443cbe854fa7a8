//! `--jobs` keeps that many uploads in flight while files are left: a slow file in front
//! delays no other file's start, and results still come out in argument order. Proven with
//! the sandbox's record of when each request arrived and was answered, not with timings.

use heygen_sandbox::Faults;
use serde_json::Value;

use super::harness::*;

#[test]
fn a_slow_first_file_does_not_hold_back_the_others() {
    // Storage reads at most 200 kB/s: the first file's PUT takes 1.5 s, the others' none.
    let env = Env::with(|config| config.faults = Faults::parse("put-throttle=200000").unwrap());
    let big = env.mp4("big.mp4", 300_000);
    let small: Vec<String> = (0..6).map(|i| env.png(&format!("s{i}.png"))).collect();

    let run = env
        .heygen()
        .args(["--json", "asset", "direct-upload", "--jobs", "2", &big])
        .args(&small)
        .assert()
        .success();

    let exchanges = env.exchanges();
    let big_put = exchanges
        .iter()
        .find(|e| e.method == "PUT" && e.body_len == 300_000)
        .expect("the big file's PUT");
    let inits: Vec<_> = exchanges
        .iter()
        .filter(|e| e.path == "/v3/assets/direct-uploads")
        .collect();
    assert_eq!(inits.len(), 7);
    for init in &inits {
        let name = init.json.as_ref().unwrap()["filename"].as_str().unwrap();
        if name != "big.mp4" {
            assert!(
                init.arrived < big_put.answered,
                "{name} started only after the big file's PUT ended"
            );
        }
    }
    // Every small file was done (completed) while the big one was still being stored.
    let completes = exchanges
        .iter()
        .filter(|e| e.path.ends_with("/complete"))
        .filter(|e| e.answered < big_put.answered)
        .count();
    assert_eq!(completes, 6);

    let files: Vec<String> = json_lines(&run)
        .iter()
        .map(|line| {
            line["file"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_default()
        })
        .collect();
    let mut expected = vec![big.clone()];
    expected.extend(small.iter().cloned());
    assert_eq!(files, expected, "results in argument order");
    let ids: Vec<Value> = json_lines(&run)
        .iter()
        .map(|line| line["data"]["asset_id"].clone())
        .collect();
    assert!(ids.iter().all(Value::is_string), "{ids:?}");
}
